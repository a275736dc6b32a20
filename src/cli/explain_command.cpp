// claimcheck explain: one rule against one text, step by step: its patterns expanded, every match
// with its groups and value, what `unless` and `denials` did, and near misses when nothing matched.
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "authoring.hpp"
#include "claimcheck/explain.hpp"
#include "claimcheck/date.hpp"
#include "claimcheck/extract.hpp"
#include "claimcheck/quantity.hpp"
#include "commands.hpp"

namespace claimcheck {

namespace {

struct ExplainOptions {
    std::vector<std::string> rules;
    std::string rule_id;
    std::string article;
    std::optional<std::string> text;
    std::string published;
    bool full = false;
};

// A problem with the command line, which names no file.
InputError usage_error(std::string message) { return InputError(plain_error(std::move(message))); }

Article text_article(const std::string& text) {
    ArticleMeta meta;
    meta.id = "--text";
    return make_article(std::move(meta), text);
}

const Rule& find_rule(const RuleSet& rules, const std::string& id) {
    for (const auto& rule : rules.rules)
        if (rule.id == id) return rule;
    std::string known;
    for (const auto& rule : rules.rules)
        if (rule.id.find(id) != std::string::npos || id.find(rule.id) != std::string::npos) known += " " + rule.id;
    throw usage_error(fmt::format("no rule has the id \"{}\"{}", id, known.empty() ? "" : "; did you mean:" + known));
}

Article read_input(const ExplainOptions& options) {
    if (options.text.has_value() == !options.article.empty())
        throw usage_error("explain needs a text: give --text TEXT or an ARTICLE file, not both");
    Article article = options.text ? text_article(*options.text)
                      : options.article == "-" ? read_article_or_stdin("-")
                                               : read_article(options.article);
    if (!options.published.empty()) {
        if (!parse_iso_date(options.published))
            throw usage_error(fmt::format("--published {}: expected YYYY-MM-DD", options.published));
        article.meta.published = options.published;
    }
    return article;
}

std::string at(const Span& span) { return fmt::format("{}:{}", span.line, span.column); }

// The expanded pattern, with the built-in snippets shown by name unless `full`: {{number}} alone
// expands to many kilobytes, and `claimcheck numbers` / `dates` show what they match.
std::string shown_expansion(std::string expanded, bool full) {
    if (full) return expanded;
    for (const auto& [name, regex] : {std::pair{"{{number}}", number_regex()}, std::pair{"{{date}}", date_regex()}}) {
        const std::string wrapped = "(?:" + regex + ")";
        for (std::size_t at = expanded.find(wrapped); at != std::string::npos; at = expanded.find(wrapped, at + 1))
            expanded.replace(at, wrapped.size(), name);
    }
    return expanded;
}

void print_patterns(const char* kind, const std::vector<Pattern>& patterns, bool full) {
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        const Pattern& p = patterns[i];
        std::cout << fmt::format("{} {} ({}:{}:{})\n", kind, i + 1, p.location.file, p.location.line, p.location.column)
                  << "  written:  " << p.source << "\n";
        if (p.source.find("{{") != std::string::npos)
            std::cout << "  expanded: " << shown_expansion(full_expansion(p), full) << "\n";
    }
}

const PatternMatch* match_at(const std::vector<PatternMatch>& matches, const Span& span) {
    for (const auto& m : matches)
        if (m.span.start == span.start && m.span.end == span.end) return &m;
    return nullptr;
}

void print_groups(const PatternMatch* match) {
    if (!match) return;
    for (const auto& g : match->groups) {
        if (g.span) std::cout << fmt::format("    group {}: {} at {}\n", g.name, quoted(g.text), at(*g.span));
        else std::cout << fmt::format("    group {}: (took no part)\n", g.name);
    }
}

std::string pattern_list(const char* kind, const std::vector<std::size_t>& indices, const std::vector<Pattern>& patterns) {
    std::string out;
    for (std::size_t i : indices) out += fmt::format("{}{} {} `{}`", out.empty() ? "" : ", ", kind, i + 1, patterns[i].source);
    return out;
}

void print_near_misses(const Rule& rule, const Article& article) {
    auto misses = near_misses(rule, article);
    if (misses.empty()) {
        std::cout << "no sentence holds half of the words any pattern needs\n";
        return;
    }
    std::cout << "near misses (sentences holding the pattern's words that it does not match):\n";
    for (const auto& miss : misses) {
        std::cout << fmt::format("  {} (pattern {}): {}\n", at(miss.sentence.span), miss.pattern + 1, quoted(miss.sentence.text));
        std::string found, missing;
        for (const auto& w : miss.found) found += (found.empty() ? "" : ", ") + w;
        for (const auto& w : miss.missing) missing += (missing.empty() ? "" : ", ") + w;
        std::cout << "    holds: " << found << (missing.empty() ? "" : "; lacks: " + missing) << "\n";
        if (!miss.failing_part.empty()) {
            if (miss.matched_part.empty()) std::cout << "    the pattern fails at its start: `" << miss.failing_part << "`\n";
            else std::cout << "    matches as far as `" << miss.matched_part << "`, then fails at `" << miss.failing_part << "`\n";
        }
    }
}

int run_explain(const ExplainOptions& options) {
    RuleSet all = load_rules(options.rules);
    const Rule& rule = find_rule(all, options.rule_id);
    Article article = read_input(options);

    std::cout << fmt::format("rule {} ({}{}): {}\n", rule.id, to_string(rule.type), rule.unit.empty() ? "" : ", unit " + rule.unit,
                             rule.claim)
              << fmt::format("  defined at {}:{}:{}\n", rule.location.file, rule.location.line, rule.location.column);
    if (!options.full) std::cout << "  ({{number}} and {{date}} are shown by name; --full expands them too)\n";
    print_patterns("pattern", rule.patterns, options.full);
    print_patterns("unless", rule.unless, options.full);
    print_patterns("denial", rule.denials, options.full);
    print_patterns("antecedent", rule.antecedents, options.full);

    RuleSet single{{rule}, all.files, {}};
    Extractor extractor(single);
    Extraction extraction = extractor.extract(article, 0);
    auto matches = match_patterns(rule.patterns, article);
    auto denial_matches = match_patterns(rule.denials, article);

    std::cout << fmt::format("\nin {}:\n", article.meta.path.empty() ? article.meta.id : article.meta.path);
    std::size_t claims = 0, denials = 0;
    for (const auto& claim : extraction.claims) {
        SentenceText sentence = sentence_holding(article, claim.span.start);
        if (claim.denial) {
            ++denials;
            const PatternMatch* m = match_at(denial_matches, claim.span);
            std::cout << fmt::format("denial {} {}{}: the sentence states the claim's negation\n", at(claim.span), quoted(claim.text),
                                     m ? fmt::format(" (denial {})", m->pattern + 1) : "");
            std::cout << "    sentence: " << quoted(sentence.text) << "\n";
            continue;
        }
        ++claims;
        const PatternMatch* m = match_at(matches, claim.span);
        std::cout << fmt::format("match {} {}{}\n", at(claim.span), quoted(claim.text),
                                 m ? fmt::format(" (pattern {})", m->pattern + 1) : "");
        print_groups(m);
        if (rule.type != RuleType::presence) std::cout << "    value read: " << describe_value(rule.type, claim.value) << "\n";
        if (!claim.key.empty()) std::cout << "    key: " << quoted(claim.key) << "\n";
        if (!claim.reading_note.empty()) std::cout << "    reading: " << claim.reading_note << "\n";
    }
    for (const auto& dropped : extraction.dropped) {
        SentenceText sentence = sentence_holding(article, dropped.span.start);
        std::cout << fmt::format("dropped {} {}: {}\n", at(dropped.span), quoted(dropped.text), dropped.reason);
        auto unless = patterns_matching_in(rule.unless, article, sentence.index);
        auto denying = patterns_matching_in(rule.denials, article, sentence.index);
        if (!unless.empty()) std::cout << "    matched by: " << pattern_list("unless", unless, rule.unless) << "\n";
        if (!denying.empty()) std::cout << "    matched by: " << pattern_list("denial", denying, rule.denials) << "\n";
        std::cout << "    sentence: " << quoted(sentence.text) << "\n";
        print_groups(match_at(matches, dropped.span));
    }
    for (const auto& m : matches) {
        bool kept = std::any_of(extraction.claims.begin(), extraction.claims.end(),
                                [&](const Claim& c) { return c.span.start == m.span.start && c.span.end == m.span.end; }) ||
                    std::any_of(extraction.dropped.begin(), extraction.dropped.end(), [&](const DroppedMatch& d) {
                        return d.span.start == m.span.start && d.span.end == m.span.end;
                    });
        if (!kept)
            std::cout << fmt::format("set aside {} {} (pattern {}): overlaps a longer match of this rule\n", at(m.span),
                                     quoted(m.text), m.pattern + 1);
    }
    for (const auto& w : extraction.warnings) std::cout << format_diagnostic(w) << "\n";
    std::cout << fmt::format("{} claim{}, {} dropped, {} denial{}\n", claims, claims == 1 ? "" : "s", extraction.dropped.size(),
                             denials, denials == 1 ? "" : "s");
    if (claims == 0 && extraction.dropped.empty()) print_near_misses(rule, article);
    std::cout.flush();
    return 0;
}

}  // namespace

Command add_explain_command(CLI::App& app) {
    auto options = std::make_shared<ExplainOptions>();
    CLI::App* cmd = app.add_subcommand("explain", "Show how one rule reads a text: expanded patterns, matches, groups, "
                                                  "values, unless and denials, near misses");
    cmd->add_option("--rules,-r", options->rules, "A rule file or a folder of *.rules.json (repeat for more)")
        ->required()
        ->allow_extra_args(false)
        ->type_name("PATH");
    cmd->add_option("rule", options->rule_id, "The id of the rule to explain")->required()->type_name("RULE_ID");
    cmd->add_option("article", options->article, "An article file (.txt or .json), or '-' for standard input")
        ->type_name("ARTICLE");
    cmd->add_option("--text,-t", options->text, "The text to explain the rule on, instead of an article")->type_name("TEXT");
    cmd->add_option("--published", options->published, "Publication date of the text, YYYY-MM-DD, for date rules")
        ->type_name("DATE");
    cmd->add_flag("--full", options->full, "Expand {{number}} and {{date}} too (many kilobytes of regex)");
    return [options] { return run_explain(*options); };
}

}  // namespace claimcheck
