#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>
#include <re2/re2.h>

#include "claimcheck/date.hpp"
#include "claimcheck/files.hpp"
#include "claimcheck/line_index.hpp"
#include "claimcheck/pattern_syntax.hpp"
#include "claimcheck/rules.hpp"
#include "pattern_checks.hpp"
#include "compile_pattern.hpp"
#include "positioned_json.hpp"
#include "schema_check.hpp"
#include "snippets.hpp"

namespace claimcheck {

namespace fs = std::filesystem;

const char* to_string(RuleType type) {
    switch (type) {
        case RuleType::number: return "number";
        case RuleType::text: return "text";
        case RuleType::presence: return "presence";
        case RuleType::date: return "date";
    }
    return "text";
}

namespace {

constexpr std::size_t max_rule_file_bytes = 8u << 20;

// One rule file being read: its text, its parsed document, and the problems found so far.
class RuleFile {
public:
    RuleFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)), lines_(text_) {}

    const std::string& path() const { return path_; }
    std::vector<Diagnostic>& diagnostics() { return diagnostics_; }

    Diagnostic at_offset(std::size_t offset, std::string message, Severity severity = Severity::error) const {
        Position p = lines_.position(offset);
        return Diagnostic{severity, path_, p.line, p.column, std::move(message),
                          std::string(lines_.line_text(text_, p.line))};
    }
    RuleLocation location(std::size_t offset) const {
        Position p = lines_.position(offset);
        return {path_, p.line, p.column};
    }
    void error(std::size_t offset, std::string message) { diagnostics_.push_back(at_offset(offset, std::move(message))); }
    void warn(std::size_t offset, std::string message) {
        diagnostics_.push_back(at_offset(offset, std::move(message), Severity::warning));
    }
    void warn_at(const RuleLocation& where, std::string message) { add_at(where, std::move(message), Severity::warning); }
    void error_at(const RuleLocation& where, std::string message) { add_at(where, std::move(message), Severity::error); }
    void add_at(const RuleLocation& where, std::string message, Severity severity) {
        diagnostics_.push_back(Diagnostic{severity, path_, where.line, where.column, std::move(message),
                                          std::string(lines_.line_text(text_, where.line))});
    }

    // Parses and schema-checks the file; returns false when nothing more can be read from it.
    bool parse() {
        auto parsed = parse_positioned_json(text_);
        if (auto* syntax = std::get_if<JsonSyntaxError>(&parsed)) {
            error(syntax->offset, syntax->message);
            return false;
        }
        json_ = std::get<PositionedJson>(std::move(parsed));
        for (const auto& problem : json_.problems) {
            error(problem.offset, problem.message);
            schema_failed_.insert(problem.pointer);
        }
        for (const auto& problem : check_rule_schema(json_.value)) {
            // An unknown field does not stop the rule's other checks; a bad value does.
            if (!problem.at_key) schema_failed_.insert(problem.pointer);
            error(problem.at_key ? json_.key_offset_of(problem.pointer) : json_.offset_of(problem.pointer),
                  problem.message);
        }
        return json_.value.is_object() && json_.value.contains("rules") && json_.value["rules"].is_array();
    }

    // True when the schema found a problem at or under `pointer` (or the document itself is broken).
    bool schema_failed_under(const std::string& pointer) const {
        for (const auto& failed : schema_failed_)
            if (failed.empty() || failed == pointer || failed.rfind(pointer + "/", 0) == 0) return true;
        return false;
    }

    const PositionedJson& json() const { return json_; }
    const std::string& text() const { return text_; }

private:
    std::string path_;
    std::string text_;
    LineIndex lines_;
    PositionedJson json_;
    std::set<std::string> schema_failed_;
    std::vector<Diagnostic> diagnostics_;
};

// Builds the rules of one file, reporting every problem into the file.
class RuleBuilder {
public:
    explicit RuleBuilder(RuleFile& file)
        : file_(file), defines_(read_defines()), snippets_(defines_), prefilter_snippets_(defines_, {}, SnippetForm::set_prefilter),
          compact_snippets_(defines_, {}, SnippetForm::compact) {
        check_defines();
    }

    std::vector<Rule> build() {
        precompile();
        std::vector<Rule> rules;
        const auto& list = file_.json().value["rules"];
        for (std::size_t i = 0; i < list.size(); ++i) {
            std::string pointer = "/rules/" + std::to_string(i);
            if (file_.schema_failed_under(pointer)) continue;
            if (auto rule = build_rule(list[i], pointer)) rules.push_back(std::move(*rule));
        }
        if (!file_.schema_failed_under("/define"))
            for (const auto& name : snippets_.unused_defines())
                if (!bad_defines_.count(name)) file_.warn(file_.json().key_offset_of("/define/" + name), "define \"" + name + "\" is never used");
        return rules;
    }

private:
    std::map<std::string, std::string> read_defines() {
        std::map<std::string, std::string> defines;
        const auto& doc = file_.json().value;
        if (!doc.contains("define") || file_.schema_failed_under("/define")) return defines;
        for (const auto& [name, pattern] : doc["define"].items()) {
            if (!is_snippet_name(name))
                file_.error(file_.json().key_offset_of("/define/" + name),
                            "define name \"" + name + "\" cannot be used as {{" + name + "}}: use letters, digits and _");
            else if (name == "number" || name == "date")
                file_.error(file_.json().key_offset_of("/define/" + name),
                            "define \"" + name + "\" would hide the built-in snippet {{" + name + "}}");
            else
                defines[name] = pattern.get<std::string>();
        }
        return defines;
    }

    // Expands every define once, so a cycle or an unknown snippet is reported at the define.
    void check_defines() {
        SnippetExpander checker(defines_);
        for (const auto& [name, pattern] : defines_) {
            SnippetError error;
            if (bad_defines_.count(name) || checker.expand("{{" + name + "}}", error)) continue;
            // Every define of a cycle is broken; the cycle is reported once, at the first of them.
            for (const auto& member : defines_)
                if (error.message.find(" " + member.first + " ") != std::string::npos ||
                    error.message.ends_with(" " + member.first))
                    bad_defines_.insert(member.first);
            std::size_t offset = file_.json().offset_of("/define/" + name);
            file_.error(offset_in_json_string(file_.text(), offset, error.index), error.message);
            bad_defines_.insert(name);
        }
    }

    template <typename T>
    T setting(const nlohmann::json& rule, const char* name, T fallback) const {
        if (rule.contains(name)) return rule[name].get<T>();
        const auto& doc = file_.json().value;
        if (doc.contains("defaults") && doc["defaults"].contains(name)) return doc["defaults"][name].get<T>();
        return fallback;
    }

    Tolerance tolerance(const nlohmann::json& rule) const {
        nlohmann::json t = setting<nlohmann::json>(rule, "tolerance", nlohmann::json::object());
        Tolerance out;
        if (t.contains("relative")) out.relative = t["relative"].get<double>();
        if (t.contains("absolute")) out.absolute = t["absolute"].get<double>();
        return out;
    }

    std::optional<Rule> build_rule(const nlohmann::json& json, const std::string& pointer) {
        Rule rule;
        rule.id = json["id"].get<std::string>();
        rule.claim = json["claim"].get<std::string>();
        rule.description = json.value("description", "");
        rule.generic = file_.json().value.value("generic", false);
        rule.fallback = json.value("fallback", false);
        rule.dimension = json.value("dimension", std::string());
        rule.type = type_of(json["type"].get<std::string>());
        rule.location = file_.location(file_.json().offset_of(pointer + "/id"));
        rule.tolerance = tolerance(json);
        rule.number_options.around = setting<double>(json, "around", NumberOptions{}.around);
        std::size_t errors_before = count_errors();

        if (json.contains("unit")) read_unit(rule, json["unit"].get<std::string>(), pointer + "/unit");
        std::optional<RequiredGroup> value_group;
        if (rule.type != RuleType::presence)
            value_group = RequiredGroup{"value", fmt::format("a {} rule needs a group named 'value' in every pattern, as in "
                                                             "(?P<value>...)", to_string(rule.type))};
        rule.patterns = compile_list(json, "patterns", pointer, value_group);
        rule.unless = compile_list(json, "unless", pointer);
        rule.denials = compile_list(json, "denials", pointer);
        read_keys(rule, json);
        read_key_references(rule, json, pointer);
        read_antecedents(rule, json, pointer);
        read_examples(rule, json, pointer);
        warn_about_rule(rule);
        return count_errors() == errors_before ? std::optional<Rule>(std::move(rule)) : std::nullopt;
    }

    static RuleType type_of(const std::string& name) {
        if (name == "number") return RuleType::number;
        if (name == "presence") return RuleType::presence;
        if (name == "date") return RuleType::date;
        return RuleType::text;
    }

    std::size_t count_errors() const {
        return static_cast<std::size_t>(std::count_if(file_.diagnostics().begin(), file_.diagnostics().end(),
                                                      [](const Diagnostic& d) { return d.severity == Severity::error; }));
    }

    void read_unit(Rule& rule, const std::string& unit, const std::string& pointer) {
        if (rule.type != RuleType::number) {
            file_.error(file_.json().offset_of(pointer), "\"unit\" applies to number rules only");
            return;
        }
        if (auto canonical = canonical_unit(unit)) rule.unit = *canonical;
        else file_.error(file_.json().offset_of(pointer), "unknown unit \"" + unit + "\"");
    }

    struct RequiredGroup {
        std::string name;
        std::string message;  // when a pattern lacks it
    };

    std::vector<Pattern> compile_list(const nlohmann::json& json, const char* field, const std::string& rule_pointer,
                                      const std::optional<RequiredGroup>& required = std::nullopt) {
        std::vector<Pattern> out;
        if (!json.contains(field)) return out;
        const auto& list = json[field];
        for (std::size_t i = 0; i < list.size(); ++i) {
            std::string pointer = rule_pointer + "/" + field + "/" + std::to_string(i);
            auto pattern = compile(list[i].get<std::string>(), pointer);
            if (!pattern) continue;
            if (required && !pattern->re->NamedCapturingGroups().count(required->name)) {
                file_.error(file_.json().offset_of(pointer), required->message);
                continue;
            }
            out.push_back(std::move(*pattern));
        }
        return out;
    }

    // The regex a pattern is compiled as: its compact form (see Pattern in rules.hpp) or, when it has
    // no {{number}} or one inside a repeated group, its full expansion.
    static const std::string& text_to_compile(const std::string& expanded, const std::string& compact) {
        const bool deferred = compact != expanded && !number_in_repeated_group(compact);
        return deferred ? compact : expanded;
    }

    // Compiles every pattern of the file at once, on every core; compile() then finds its RE2 here and
    // builds the rules in file order as before, so diagnostics keep their order. A pattern written
    // twice is compiled once.
    void precompile() {
        SnippetExpander full(defines_), compact(defines_, {}, SnippetForm::compact);
        std::vector<std::string> texts;
        const auto& list = file_.json().value["rules"];
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (file_.schema_failed_under("/rules/" + std::to_string(i))) continue;
            for (const char* field : {"patterns", "unless", "denials", "antecedents"}) {
                if (!list[i].contains(field)) continue;
                for (const auto& source : list[i][field]) {
                    SnippetError unused;
                    const auto expanded = full.expand(source.get<std::string>(), unused);
                    if (!expanded) continue;
                    std::string text =
                        text_to_compile(*expanded, compact.expand(source.get<std::string>(), unused).value_or(*expanded));
                    texts.push_back(std::move(text));
                }
            }
        }
        std::sort(texts.begin(), texts.end());
        texts.erase(std::unique(texts.begin(), texts.end()), texts.end());
        auto compiled = compile_patterns(texts);
        for (std::size_t i = 0; i < texts.size(); ++i) precompiled_.emplace(std::move(texts[i]), std::move(compiled[i]));
    }

    std::shared_ptr<const RE2> compiled_regex(const std::string& text) {
        auto [it, inserted] = precompiled_.try_emplace(text);
        if (inserted) it->second = compile_pattern(text);
        return it->second;
    }

    std::optional<Pattern> compile(const std::string& source, const std::string& pointer) {
        std::size_t offset = file_.json().offset_of(pointer);
        SnippetError snippet_error;
        auto expanded = snippets_.expand(source, snippet_error);
        if (!expanded) {
            // A broken define was reported at the define itself; its uses add nothing.
            if (!bad_defines_.count(snippet_error.define))
                file_.error(offset_in_json_string(file_.text(), offset, snippet_error.index), snippet_error.message);
            return std::nullopt;
        }
        if (expanded->find("(?P<" + std::string(number_group_prefix)) != std::string::npos) {
            file_.error(offset, fmt::format("group names beginning with {} are reserved for {{{{number}}}}",
                                            number_group_prefix));
            return std::nullopt;
        }
        SnippetError unused;
        const std::string compact = compact_snippets_.expand(source, unused).value_or(*expanded);
        const std::string& compiled = text_to_compile(*expanded, compact);
        const bool deferred = &compiled == &compact;
        std::shared_ptr<const RE2> re = compiled_regex(compiled);
        if (!re->ok()) {
            file_.error(offset, compile_error(*re, compiled));
            return std::nullopt;
        }
        std::string prefilter = prefilter_snippets_.expand(source, unused).value_or(*expanded);
        const bool names_a_figure = prefilter != *expanded;  // only {{number}} and {{date}} differ there
        Pattern pattern{source, std::move(prefilter), std::move(re), {}, nullptr, file_.location(offset), names_a_figure};
        if (!deferred) return pattern;
        for (const auto& [name, index] : pattern.re->NamedCapturingGroups())
            if (name.starts_with(number_group_prefix)) pattern.number_groups.push_back(index);
        pattern.exact = std::make_shared<const DeferredRegex>();
        // The exact form is compiled later; one that may not fit the budget is compiled now, so
        // that it fails here, at load, with the file and line.
        if (may_not_fit(pattern) && !exact_form(pattern).ok()) {
            file_.error(offset, compile_error(exact_form(pattern), *expanded));
            return std::nullopt;
        }
        return pattern;
    }

    static const RE2& exact_form(const Pattern& pattern) {
        return pattern.exact->get([&] { return full_expansion(pattern); });
    }

    static std::string compile_error(const RE2& re, const std::string& pattern) {
        if (re.error_code() == RE2::ErrorPatternTooLarge)
            return "pattern is too large for RE2's memory budget; split it into several patterns";
        // RE2 ends some messages with the whole pattern; the caret already shows which one.
        std::string error = re.error();
        if (auto cut = error.find(": " + pattern); cut != std::string::npos) error.erase(cut);
        return "invalid pattern: " + error;
    }

    static bool number_in_repeated_group(const std::string& compact) {
        const std::string marker = "(?P<" + std::string(number_group_prefix);
        for (std::size_t at = compact.find(marker); at != std::string::npos; at = compact.find(marker, at + 1))
            if (inside_repeated_group(compact, at)) return true;
        return false;
    }

    // The exact form's size, estimated from the compact one; far below RE2's limit for any pattern
    // with a handful of {{number}}.
    static bool may_not_fit(const Pattern& pattern) {
        static const int extra = [] {
            return compile_pattern(number_regex())->ProgramSize() - compile_pattern(number_span_regex())->ProgramSize();
        }();
        const int64_t estimate = pattern.re->ProgramSize() + static_cast<int64_t>(pattern.number_groups.size()) * extra;
        return estimate > 200'000;
    }

    void read_keys(Rule& rule, const nlohmann::json& json) {
        rule.key_short_forms = json.value("key_short_forms", false);
        rule.key_heads = json.value("key_heads", false);
        if (!json.contains("keys")) return;
        for (const auto& [from, to] : json["keys"].items()) rule.keys[from] = to.get<std::string>();
    }

    void read_key_references(Rule& rule, const nlohmann::json& json, const std::string& pointer) {
        if (!json.contains("key_references")) return;
        const auto& references = json["key_references"];
        const std::string at = pointer + "/key_references";
        KeyReferences out;
        for (const auto& word : references["words"]) out.words.push_back(word.get<std::string>());
        out.names = compile_list(references, "names", at,
                                 RequiredGroup{"key", "every pattern of \"names\" needs a group named 'key', as in (?P<key>...)"});
        if (!has_key_group(rule))
            file_.error(file_.json().key_offset_of(at), "\"key_references\" needs patterns with a group named 'key'");
        rule.key_references = std::move(out);
    }

    // Antecedents and patterns with a group 'ref' come together: each is useless without the other.
    void read_antecedents(Rule& rule, const nlohmann::json& json, const std::string& pointer) {
        rule.antecedents = compile_list(json, "antecedents", pointer);
        const auto refers = [](const Pattern& p) { return p.re->NamedCapturingGroups().count("ref") > 0; };
        const bool has_ref_group = std::any_of(rule.patterns.begin(), rule.patterns.end(), refers);
        if (json.contains("antecedents") && !has_ref_group)
            file_.error(file_.json().key_offset_of(pointer + "/antecedents"),
                        "\"antecedents\" needs a pattern with a group named 'ref', as in (?P<ref>It) stood at");
        if (!json.contains("antecedents"))
            for (const Pattern& pattern : rule.patterns)
                if (refers(pattern))
                    file_.error_at(pattern.location,
                                   "a group named 'ref' refers back, and the rule has no \"antecedents\" to find what it refers to");
    }

    static bool has_key_group(const Rule& rule) {
        return std::any_of(rule.patterns.begin(), rule.patterns.end(),
                           [](const Pattern& p) { return p.re->NamedCapturingGroups().count("key") > 0; });
    }

    void read_examples(Rule& rule, const nlohmann::json& json, const std::string& pointer) {
        if (!json.contains("examples")) return;
        const auto& examples = json["examples"];
        if (examples.contains("match"))
            for (std::size_t i = 0; i < examples["match"].size(); ++i) {
                const auto& e = examples["match"][i];
                MatchExample example;
                example.location = file_.location(file_.json().offset_of(pointer + "/examples/match/" + std::to_string(i)));
                if (e.is_string()) {
                    example.text = e.get<std::string>();
                } else {
                    example.text = e["text"].get<std::string>();
                    if (e.contains("value")) example.value = e["value"];
                    if (e.contains("published")) example.published = e["published"].get<std::string>();
                    if (e.contains("key")) example.key = e["key"].get<std::string>();
                    check_example(rule, e, pointer + "/examples/match/" + std::to_string(i));
                }
                rule.match_examples.push_back(std::move(example));
            }
        if (examples.contains("no_match"))
            for (std::size_t i = 0; i < examples["no_match"].size(); ++i)
                rule.no_match_examples.push_back(
                    {examples["no_match"][i].get<std::string>(),
                     file_.location(file_.json().offset_of(pointer + "/examples/no_match/" + std::to_string(i)))});
    }

    // An example's value must be one the rule can read; its publication date must be a real day.
    void check_example(const Rule& rule, const nlohmann::json& example, const std::string& pointer) {
        if (example.contains("published")) {
            std::size_t offset = file_.json().offset_of(pointer + "/published");
            if (!parse_iso_date(example["published"].get<std::string>()))
                file_.error(offset, "\"published\" is not a real day (YYYY-MM-DD)");
            else if (rule.type != RuleType::date)
                file_.warn(offset, fmt::format("\"published\" matters only to date rules; this is a {} rule", to_string(rule.type)));
        }
        if (example.contains("key") && !has_key_group(rule))
            file_.error(file_.json().offset_of(pointer + "/key"), "\"key\" needs a rule whose patterns have a group named 'key'");
        if (!example.contains("value")) return;
        if (auto problem = example_value_problem(rule.type, example["value"]))
            file_.error(file_.json().offset_of(pointer + "/value"), *problem);
    }

    static std::optional<std::string> example_value_problem(RuleType type, const nlohmann::json& value) {
        auto is_day = [](const nlohmann::json& v) { return v.is_string() && parse_iso_date(v.get<std::string>()); };
        switch (type) {
            case RuleType::presence:
                return "a presence rule reads no value: leave \"value\" out";
            case RuleType::number:
                if (!value.is_number()) return "the example value of a number rule must be a number";
                break;
            case RuleType::text:
                if (!value.is_string()) return "the example value of a text rule must be a string";
                break;
            case RuleType::date:
                if (value.is_object() && value.contains("from") && value.contains("to") && is_day(value["from"]) &&
                    is_day(value["to"])) {
                    if (*parse_iso_date(value["from"].get<std::string>()) > *parse_iso_date(value["to"].get<std::string>()))
                        return "\"from\" is after \"to\"";
                } else if (!is_day(value)) {
                    return "the example value of a date rule must be a day \"YYYY-MM-DD\" or {\"from\": DAY, \"to\": DAY}";
                }
                break;
        }
        return std::nullopt;
    }

    // Warnings: the rule loads, but probably does not do what its author meant.
    void warn_about_rule(const Rule& rule) {
        for (const auto& pattern : rule.patterns)
            if (rule.type != RuleType::presence && value_group_can_be_empty(pattern.re->pattern()))
                file_.warn_at(pattern.location, "the 'value' group can match the empty string, so a match may read no value; "
                                                "make it match at least one character (+ rather than *, no trailing ?)");
        for (const auto* list : {&rule.unless, &rule.denials}) {
            const char* name = list == &rule.unless ? "unless" : "denials";
            for (std::size_t i = 0; i < list->size(); ++i)
                for (std::size_t j = 0; j < i; ++j)
                    if ((*list)[i].re->pattern() == (*list)[j].re->pattern())
                        file_.warn_at((*list)[i].location, fmt::format("{} pattern duplicates {} pattern {} of the rule",
                                                                       name, name, j + 1));
        }
        if (rule.match_examples.empty() && rule.no_match_examples.empty())
            file_.warn_at(rule.location, fmt::format("rule \"{}\" has no examples: add \"examples\": {{\"match\": [...], "
                                                     "\"no_match\": [...]}} so that 'claimcheck test' checks it", rule.id));
    }

    RuleFile& file_;
    std::map<std::string, std::string> defines_;
    SnippetExpander snippets_;
    SnippetExpander prefilter_snippets_;
    std::map<std::string, std::shared_ptr<const RE2>> precompiled_;  // regex text -> compiled
    SnippetExpander compact_snippets_;
    std::set<std::string> bad_defines_;
};

// Warns about a pattern that is, once expanded, the same as an earlier one of any rule loaded so far:
// both find the same claims.
void warn_about_duplicate_patterns(RuleFile& file, const RuleSet& set, std::size_t first_new_rule) {
    // Patterns compare by the regex compiled: the same expansion gives the same compact form.
    std::map<std::string_view, std::pair<const Rule*, std::size_t>> seen;  // regex -> rule, pattern index
    for (std::size_t r = 0; r < set.rules.size(); ++r) {
        const Rule& rule = set.rules[r];
        for (std::size_t p = 0; p < rule.patterns.size(); ++p) {
            auto [it, inserted] = seen.emplace(rule.patterns[p].re->pattern(), std::make_pair(&rule, p));
            if (inserted || r < first_new_rule) continue;
            const auto& [first_rule, first_pattern] = it->second;
            const RuleLocation& at = first_rule->patterns[first_pattern].location;
            std::string whose = first_rule == &rule ? std::string("of this rule")
                                                    : fmt::format("of rule \"{}\"", first_rule->id);
            file.warn_at(rule.patterns[p].location, fmt::format("pattern duplicates pattern {} {} ({}:{}:{})",
                                                                first_pattern + 1, whose, at.file, at.line, at.column));
        }
    }
}

void read_rule_file(RuleFile& file, RuleSet& set) {
    if (file.parse()) {
        RuleBuilder builder(file);
        std::size_t first_new_rule = set.rules.size();
        for (auto& rule : builder.build()) set.rules.push_back(std::move(rule));
        warn_about_duplicate_patterns(file, set, first_new_rule);
    }
    std::stable_sort(file.diagnostics().begin(), file.diagnostics().end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
}

void check_unique_ids(const RuleSet& set, std::vector<Diagnostic>& diagnostics) {
    std::map<std::string, const Rule*> first;
    for (const auto& rule : set.rules) {
        auto [it, inserted] = first.emplace(rule.id, &rule);
        if (inserted) continue;
        const RuleLocation& a = it->second->location;
        const RuleLocation& b = rule.location;
        diagnostics.push_back({Severity::error, b.file, b.line, b.column,
                               fmt::format("duplicate rule id \"{}\", first defined at {}:{}:{}", rule.id, a.file,
                                           a.line, a.column)});
    }
}

// Expands the paths: files as given, folders recursively for *.rules.json in sorted order.
std::vector<std::string> rule_files(const std::vector<std::string>& paths, std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> files;
    for (const auto& path : paths) {
        std::error_code ec;
        if (!fs::exists(path, ec)) {
            diagnostics.push_back(file_error(path, "no such rules file or folder"));
        } else if (fs::is_directory(path, ec)) {
            std::vector<std::string> found;
            fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
            for (; !ec && it != end; it.increment(ec)) {
                const std::string name = it->path().filename().string();
                if (name.size() > 11 && name.ends_with(".rules.json") && !it->is_directory(ec))
                    found.push_back(it->path().string());
            }
            if (ec) diagnostics.push_back(file_error(path, "cannot read folder: " + ec.message()));
            std::sort(found.begin(), found.end());
            if (found.empty() && !ec)
                diagnostics.push_back(file_error(path, "folder holds no rule files (*.rules.json)"));
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.push_back(path);
        }
    }
    return files;
}

RuleSet finish(RuleSet set, std::vector<Diagnostic> diagnostics) {
    check_unique_ids(set, diagnostics);
    bool failed = std::any_of(diagnostics.begin(), diagnostics.end(),
                              [](const Diagnostic& d) { return d.severity == Severity::error; });
    if (failed) throw InputError(std::move(diagnostics));
    set.warnings = std::move(diagnostics);
    return set;
}

}  // namespace

RuleSet load_rules_text(const std::string& path, const std::string& text) {
    RuleSet set;
    RuleFile file(path, text);
    read_rule_file(file, set);
    set.files.push_back(path);
    return finish(std::move(set), std::move(file.diagnostics()));
}

RuleSet load_rules(const std::vector<std::string>& paths) {
    RuleSet set;
    std::vector<Diagnostic> diagnostics;
    if (paths.empty()) diagnostics.push_back(plain_error("no rules given: use --rules PATH"));
    std::set<std::string> seen;
    for (const auto& path : rule_files(paths, diagnostics)) {
        std::string canonical = fs::weakly_canonical(path).string();
        if (!seen.insert(canonical).second) continue;  // the same file through two paths is read once
        try {
            RuleFile file(path, read_file(path, max_rule_file_bytes));
            read_rule_file(file, set);
            diagnostics.insert(diagnostics.end(), file.diagnostics().begin(), file.diagnostics().end());
            set.files.push_back(path);
        } catch (const InputError& e) {
            diagnostics.insert(diagnostics.end(), e.diagnostics().begin(), e.diagnostics().end());
        }
    }
    return finish(std::move(set), std::move(diagnostics));
}

}  // namespace claimcheck
