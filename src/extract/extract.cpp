#include "claimcheck/extract.hpp"
#include "matching.hpp"
#include "names.hpp"
#include "spans.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

namespace claimcheck {

namespace {

// Which rule and list a pattern in the set belongs to.
enum class PatternRole { claim, denial };

struct SetEntry {
    std::size_t rule;
    std::size_t pattern;
    PatternRole role;
};

// RE2::Set needs an explicit budget: at the default it thrashes silently with many patterns. Run per
// sentence, its DFA needs far less than over whole articles. Each batch worker has its own set, so
// the budget counts twice at -j 2: 16 MB + 2 KB a pattern (26 MB at 5,000) ran as fast as 112 MB
// over 2,000 stories, and at 5,000 rules 9 MB was too little to match at all (docs/performance.md).
int64_t set_memory_budget(std::size_t patterns) {
    int64_t budget = (16LL << 20) + static_cast<int64_t>(patterns) * (2LL << 10);
    return std::min<int64_t>(budget, 2LL << 30);
}

// True when text[from, to) crosses into another clause: a comma, semicolon, colon, bracket or dash.
bool clause_break_between(std::string_view text, std::size_t from, std::size_t to) {
    if (from >= to) return false;
    const std::string_view between = text.substr(from, to - from);
    return between.find_first_of(",;:()") != std::string_view::npos || between.find(" - ") != std::string_view::npos;
}

// Where a match's figure (its value group, or the whole match) lies in its sentence.
std::pair<std::size_t, std::size_t> figure_in(const RawMatch& m, const Sentence& sentence) {
    const auto [start, end] = m.value.value_or(std::pair{m.start, m.end});
    return {start - sentence.start, std::min(end, sentence.end) - sentence.start};
}

// Whether an `unless` pattern drops a match whose figure is sentence[figure.first, figure.second). A guard
// that names a figure of its own ("expected about 250,000", "could rise to 50") speaks only about that
// figure. Any other speaks about what follows it in the sentence and about its own clause: it guards a
// figure after it ("in 1994, when 61 people died"; "Four of the injured"), or before it with no clause
// break between ("61 people died in 1994"), but not one in an earlier clause ("27 people died, the worst
// toll since 2009"; "injuring 14 people, most of them children").
bool guarded(const std::vector<Pattern>& guards, std::string_view sentence, std::pair<std::size_t, std::size_t> figure) {
    for (std::size_t i = 0; i < guards.size(); ++i)
        for (const RawMatch& g : all_matches(guards[i], sentence, 0, sentence.size(), i)) {
            const bool applies = guards[i].names_a_figure
                                     ? g.start < figure.second && figure.first < g.end
                                     : g.start < figure.second || !clause_break_between(sentence, figure.second, g.start);
            if (applies) return true;
        }
    return false;
}

using Window = std::pair<std::size_t, std::size_t>;  // [from, to) in normalised offsets

// Runs the set over text[from, to); a set that runs out of memory is an error, never a silent miss.
std::vector<int> set_hits(const RE2::Set& set, const Article& article, std::size_t from, std::size_t to) {
    std::vector<int> hits;
    RE2::Set::ErrorInfo error_info{};
    re2::StringPiece piece(article.normalised.data() + from, to - from);
    if (!set.Match(piece, &hits, &error_info) && error_info.kind != RE2::Set::kNoError)
        throw InputError(file_error(article.meta.path.empty() ? article.meta.id : article.meta.path,
                                    "RE2 ran out of memory while matching; the rule set is too large for its budget"));
    std::sort(hits.begin(), hits.end());
    return hits;
}

bool contains(const std::vector<int>& sorted, int value) { return std::binary_search(sorted.begin(), sorted.end(), value); }

// Sorts windows and joins those that touch or overlap, so no text is searched twice.
void join_windows(std::vector<Window>& windows) {
    std::sort(windows.begin(), windows.end());
    std::vector<Window> joined;
    for (const Window& w : windows) {
        if (!joined.empty() && w.first <= joined.back().second) joined.back().second = std::max(joined.back().second, w.second);
        else joined.push_back(w);
    }
    windows = std::move(joined);
}

// Which patterns to run with captures, and where. The set runs per sentence, and a pattern is
// captured only inside the sentences it hits. It also runs over each pair of adjacent sentences: a
// pattern that hits a pair but neither sentence alone has a match across the boundary (a sentence
// splitter can cut inside a claim, as after "Gen."), and is captured over the pair. The set never
// runs over the whole article: its DFA then tracks every partial match from the start of the text
// (the `(?s:.*)` that stands in for {{number}} never ends), which was slow, took hundreds of MB and
// grew faster than the article.
std::map<int, std::vector<Window>> capture_plan(const RE2::Set& set, const Article& article) {
    std::map<int, std::vector<Window>> plan;
    const auto& sentences = article.sentences;
    if (sentences.size() <= 1) {
        for (int hit : set_hits(set, article, 0, article.normalised.size())) plan[hit].emplace_back(0, article.normalised.size());
        return plan;
    }
    std::vector<std::vector<int>> sentence_hits;
    for (const Sentence& sentence : sentences) {
        sentence_hits.push_back(set_hits(set, article, sentence.start, sentence.end));
        for (int hit : sentence_hits.back()) plan[hit].emplace_back(sentence.start, sentence.end);
    }
    for (std::size_t i = 0; i + 1 < sentences.size(); ++i)
        for (int hit : set_hits(set, article, sentences[i].start, sentences[i + 1].end))
            if (!contains(sentence_hits[i], hit) && !contains(sentence_hits[i + 1], hit))
                plan[hit].emplace_back(sentences[i].start, sentences[i + 1].end);
    for (auto& [_, windows] : plan) join_windows(windows);
    return plan;
}

// A possessive before a name says whose it is, not what: "her Civic Alliance" is the Civic Alliance.
std::string_view without_possessive(std::string_view text) {
    for (std::string_view word : {"her ", "his ", "its ", "their ", "our "})
        if (text.size() > word.size() && fold_text(text.substr(0, word.size())) == fold_text(word))
            return text.substr(word.size());
    return text;
}

// Normalises a key: a possessive, case, spacing, a plural ending, then the rule's synonyms.
std::string normalise_key(const Rule& rule, std::string_view text) {
    auto fold = [](std::string_view s) {
        std::string k = fold_text(s);
        auto strip = [&k](std::size_t n) { k.resize(k.size() - n); };
        if (k.ends_with("species") || k.ends_with("series")) {
            // the same in the singular
        } else if (k.size() > 4 && k.ends_with("ies")) {
            k = k.substr(0, k.size() - 3) + "y";  // bodies
        } else if (k.ends_with("ches") || k.ends_with("shes") || k.ends_with("xes") || k.ends_with("sses")) {
            strip(2);  // churches, bushes, boxes, businesses
        } else if (k.size() > 3 && k.ends_with("s") && !k.ends_with("ss") && !k.ends_with("us") &&
                   !k.ends_with("is")) {
            strip(1);  // homes; not celsius, census, crisis
        }
        return k;
    };
    std::string key = fold(without_possessive(text));
    for (const auto& [from, to] : rule.keys)
        if (fold(from) == key) return fold(to);
    return key;
}

bool refers_back(const Rule& rule, const std::string& key) {
    if (!rule.key_references) return false;
    const auto& words = rule.key_references->words;
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return normalise_key(rule, w) == key; });
}

// The sentence before `sentence`, skipping blank ones (the break between paragraphs is a sentence of
// its own); nothing for the first.
std::optional<re2::StringPiece> sentence_before(const Article& article, const Sentence& sentence) {
    auto index = static_cast<std::size_t>(&sentence - article.sentences.data());
    auto blank = [](re2::StringPiece s) { return std::all_of(s.begin(), s.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }); };
    while (index > 0) {
        const Sentence& before = article.sentences[--index];
        const re2::StringPiece text(article.normalised.data() + before.start, before.end - before.start);
        if (!blank(text)) return text;
    }
    return std::nullopt;
}

// The leftmost match of any of `patterns` in `text`: its group `group` (0 for the whole match).
std::optional<re2::StringPiece> leftmost_of(const std::vector<Pattern>& patterns, re2::StringPiece text, const char* group) {
    std::optional<re2::StringPiece> first;
    std::size_t first_start = 0;
    for (const auto& pattern : patterns) {
        const RE2& re = exact_regex(pattern);
        const int wanted = group ? re.NamedCapturingGroups().at(group) : 0;
        std::vector<re2::StringPiece> groups(static_cast<std::size_t>(wanted) + 1);
        if (!re.Match(text, 0, text.size(), RE2::UNANCHORED, groups.data(), wanted + 1)) continue;
        const auto start = static_cast<std::size_t>(groups[0].data() - text.data());
        if (!first || start < first_start) {
            first = groups[static_cast<std::size_t>(wanted)];
            first_start = start;
        }
    }
    return first;
}

// The first name the rule's key_references find in the sentence before `sentence`, as a key. Only that
// sentence: further back, the party a sentence calls "the party" is too often not the first one named.
std::optional<std::string> name_before(const Rule& rule, const Article& article, const Sentence& sentence) {
    const auto text = sentence_before(article, sentence);
    if (!text) return std::nullopt;
    const auto name = leftmost_of(rule.key_references->names, *text, "key");
    if (!name || name->empty()) return std::nullopt;
    return normalise_key(rule, std::string_view(name->data(), name->size()));
}

// What a match's "It" refers to: the first of the rule's antecedents in the sentence before, as written.
// Only that sentence, as for names: further back, "it" has too often become something else.
std::optional<std::string> antecedent_before(const Rule& rule, const Article& article, const Sentence& sentence) {
    const auto text = sentence_before(article, sentence);
    if (!text) return std::nullopt;
    const auto subject = leftmost_of(rule.antecedents, *text, nullptr);
    if (!subject || subject->empty()) return std::nullopt;
    return std::string(subject->data(), subject->size());
}

}  // namespace

struct Extractor::Compiled {
    std::unique_ptr<RE2::Set> set;
    std::vector<SetEntry> entries;
};

Extractor::Extractor(const RuleSet& rules, ExtractLimits limits)
    : rules_(rules), limits_(limits), compiled_(std::make_unique<Compiled>()) {
    std::size_t count = 0;
    for (const auto& rule : rules.rules) count += rule.patterns.size() + rule.denials.size();
    RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(set_memory_budget(count));
    compiled_->set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
    auto add = [&](const Pattern& pattern, SetEntry entry) {
        std::string error;
        if (compiled_->set->Add(pattern.prefilter, &error) < 0)
            throw InputError(Diagnostic{Severity::error, pattern.location.file, pattern.location.line,
                                        pattern.location.column, "invalid pattern: " + error});
        compiled_->entries.push_back(entry);
    };
    for (std::size_t r = 0; r < rules.rules.size(); ++r) {
        const Rule& rule = rules.rules[r];
        for (std::size_t p = 0; p < rule.patterns.size(); ++p) add(rule.patterns[p], {r, p, PatternRole::claim});
        for (std::size_t p = 0; p < rule.denials.size(); ++p) add(rule.denials[p], {r, p, PatternRole::denial});
    }
    if (!compiled_->set->Compile())
        throw InputError(plain_error(fmt::format(
                                        "the {} patterns do not fit RE2's memory budget of {} MB; load fewer rules",
                                        count, set_memory_budget(count) >> 20)));
}

Extractor::~Extractor() = default;

void scale(Interval& interval, double factor) {
    interval.low *= factor;
    interval.high *= factor;
}

// A quantity as the rule reads it: the rule's unit where none is written; a share in words, for a
// percentage, is that share of 100 ("a third of the vote" is 33.3%); in a count, "11m" glued to its
// digits is 11 million, not metres ("11m customers").
void read_for_rule(const Rule& rule, std::string_view text, Quantity& quantity) {
    if (quantity.unit.empty() && rule.unit == "%" && states_a_fraction(text)) scale(quantity.interval, 100);
    if (quantity.unit.empty()) quantity.unit = rule.unit;
    const bool glued_m = text.size() > 1 && text.back() == 'm' && std::isdigit(static_cast<unsigned char>(text[text.size() - 2]));
    if (rule.dimension == "count" && quantity.unit == "m" && glued_m) {
        scale(quantity.interval, 1e6);
        quantity.unit.clear();
    }
}

Value read_value(const Rule& rule, std::string_view text, const DateContext& context) {
    Value value;
    value.text = std::string(text);
    switch (rule.type) {
        case RuleType::number: {
            QuantityParse parse = parse_quantity(text, rule.number_options);
            if (parse.quantity) {
                value.quantity = std::move(parse.quantity);
                read_for_rule(rule, text, *value.quantity);
            } else {
                value.note = parse.problem.empty() ? "not a quantity" : parse.problem;
            }
            break;
        }
        case RuleType::date: {
            DateParse parse = parse_date(text, context);
            if (parse.interval) value.date = parse.interval;
            else value.note = parse.problem.empty() ? "not a date" : parse.problem;
            break;
        }
        case RuleType::text:
            value.folded = fold_text(text);
            break;
        case RuleType::presence:
            break;
    }
    return value;
}

namespace {

bool overlap(const std::pair<std::size_t, std::size_t>& a, const std::pair<std::size_t, std::size_t>& b) {
    return a.first < b.second && b.first < a.second;
}

// Overlapping matches that read different figures (and, for a keyed rule, different keys) are two claims
// ("The Front took 61 seats and the Greens 23": the second match runs through the first's figure).
bool separate_claims(const RawMatch& a, const RawMatch& b) {
    if (!a.value || !b.value || overlap(*a.value, *b.value)) return false;
    if (a.key && b.key) return !overlap(*a.key, *b.key);
    return !a.key && !b.key;
}

// Keeps, of matches of one rule that overlap and are not separate claims, the longest (the earliest
// pattern on a tie).
std::vector<RawMatch> without_overlaps(std::vector<RawMatch> matches) {
    std::sort(matches.begin(), matches.end(), [](const RawMatch& a, const RawMatch& b) {
        if (a.start != b.start) return a.start < b.start;
        if (a.end != b.end) return a.end > b.end;
        return a.pattern < b.pattern;
    });
    std::vector<RawMatch> kept;
    std::vector<std::size_t> open;  // kept matches that reach past the current start: the only rivals
    for (const auto& m : matches) {
        std::erase_if(open, [&](std::size_t i) { return kept[i].end <= m.start; });
        auto rival = std::find_if(open.begin(), open.end(), [&](std::size_t i) { return !separate_claims(m, kept[i]); });
        if (rival == open.end()) {
            kept.push_back(m);
            open.push_back(kept.size() - 1);
        } else if (m.end - m.start > kept[*rival].end - kept[*rival].start) {
            kept[*rival] = m;
        }
    }
    return kept;
}

// A figure of another dimension than the rule's is no value of it: "seven kilometres" is no count of
// people, "up to 4 per cent" no fine. Returns why the figure is dropped, or nothing.
std::optional<std::string> wrong_dimension(const Rule& rule, const Value& value) {
    if (rule.dimension.empty() || !value.quantity) return std::nullopt;
    const std::string dimension = unit_dimension(value.quantity->unit);
    // A bare figure may be in a unit written elsewhere ("a 4.9 billion budget" in a story in crowns).
    if (dimension == rule.dimension || (dimension == "count" && rule.dimension != "count")) return std::nullopt;
    if (rule.dimension == "count") return fmt::format("\"{}\" has a unit, and the rule counts", value.text);
    return fmt::format("\"{}\" is not a figure in {}", value.text, rule.dimension);
}

// A count written as a bare year ("the 1998 floods", "its 2019 results") is read as the year.
std::optional<std::string> reads_as_year(const Rule& rule, const Value& value) {
    const std::string& t = value.text;
    const bool digits = std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    const bool year_shape = t.size() == 4 && digits && (t.starts_with("18") || t.starts_with("19") || t.starts_with("20"));
    if (rule.dimension != "count" || !year_shape) return std::nullopt;
    return fmt::format("\"{}\" reads as a year, and the rule counts", t);
}

// A count's noun that is a unit ("12 kilometres", "three days", "40 euros") is the figure's unit, not a
// thing counted; "one" before a plural is a pronoun with its verb ("One deals with China"). Returns why
// the match is dropped, or nothing.
std::optional<std::string> not_a_counted_noun(const Rule& rule, std::string_view key_text, std::string_view value_text) {
    if (rule.dimension != "count") return std::nullopt;
    if (canonical_unit(key_text)) return fmt::format("\"{}\" is a unit, and the rule counts", key_text);
    if (fold_text(value_text) == "one" && key_text.ends_with('s'))
        return fmt::format("\"{} {}\" is no count: \"one\" before a plural", value_text, key_text);
    return std::nullopt;
}

// The words a match reads around its figure: fewer means the words that say what it counts are nearer.
std::size_t words_around(const Claim& claim) {
    return (claim.span.end - claim.span.start) - (claim.value_span.end - claim.value_span.start);
}

// A figure means one thing. When generic rules read the same figure ("killing 27 people and injuring
// 300": killed reads 27 from "killing", injured from "injuring" four words on), a rule that is not a
// fallback wins over one that is, then the reading whose words are nearest the figure, then the earlier
// rule; the others are dropped. Story rules are left alone: they say what a figure means in their story.
void keep_nearest_readings(const RuleSet& rules, Extraction& out) {
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> nearest;  // value span -> index into out.claims
    auto generic_figure = [&](const Claim& c) {
        return rules.rules[c.rule].generic && rules.rules[c.rule].type == RuleType::number && !c.denial;
    };
    auto rank = [&](const Claim& c) { return std::tuple(rules.rules[c.rule].fallback, words_around(c), c.rule); };
    for (std::size_t i = 0; i < out.claims.size(); ++i) {
        const Claim& claim = out.claims[i];
        if (!generic_figure(claim)) continue;
        auto [it, inserted] = nearest.try_emplace({claim.value_span.start, claim.value_span.end}, i);
        if (!inserted && rank(claim) < rank(out.claims[it->second])) it->second = i;
    }
    std::vector<Claim> kept;
    for (std::size_t i = 0; i < out.claims.size(); ++i) {
        Claim& claim = out.claims[i];
        std::size_t winner = generic_figure(claim) ? nearest.at({claim.value_span.start, claim.value_span.end}) : i;
        if (winner == i) {
            kept.push_back(std::move(claim));
            continue;
        }
        const Rule& reader = rules.rules[out.claims[winner].rule];
        out.dropped.push_back({claim.rule, claim.source, claim.span, claim.text,
                               rules.rules[claim.rule].fallback && !reader.fallback
                                   ? fmt::format("the figure is read by rule {}; this rule is a fallback", reader.id)
                                   : fmt::format("the figure is read by rule {}, whose words are nearer to it", reader.id)});
    }
    out.claims = std::move(kept);
}

Figure figure_at(const Article& article, std::size_t start, std::size_t end) {
    Figure figure;
    figure.span = to_span(article, start, end);
    figure.text = original_text(article, figure.span);
    figure.start = start;
    figure.normalised = article.normalised.substr(start, end - start);
    figure.sentence = static_cast<std::size_t>(&article.sentence_at(start) - article.sentences.data());
    return figure;
}

std::vector<Figure> quantities_in(const Article& article) {
    std::vector<Figure> figures;
    for (const QuantityMatch& found : find_quantities(article.normalised))
        figures.push_back(figure_at(article, found.start, found.end));
    return figures;
}

std::vector<Figure> dates_in(const Article& article, std::optional<std::chrono::year_month_day> published) {
    std::vector<Figure> dates;
    for (const DateMatch& found : find_dates(article.normalised, published))
        dates.push_back(figure_at(article, found.start, found.end));
    return dates;
}

}  // namespace

Extraction Extractor::extract(const Article& article, std::size_t source) const {
    Extraction out;
    const std::string& text = article.normalised;

    // Group the hit patterns per rule, so overlaps and denials are settled per rule.
    std::map<std::size_t, std::vector<RawMatch>> claims_by_rule, denials_by_rule;
    for (const auto& [hit, windows] : capture_plan(*compiled_->set, article)) {
        const SetEntry& entry = compiled_->entries[static_cast<std::size_t>(hit)];
        const Rule& rule = rules_.rules[entry.rule];
        const Pattern& pattern = entry.role == PatternRole::claim ? rule.patterns[entry.pattern] : rule.denials[entry.pattern];
        auto& bucket = entry.role == PatternRole::claim ? claims_by_rule[entry.rule] : denials_by_rule[entry.rule];
        for (const auto& [from, to] : windows) {
            auto matches = all_matches(pattern, text, from, to, entry.pattern);
            bucket.insert(bucket.end(), matches.begin(), matches.end());
        }
    }

    std::optional<std::chrono::year_month_day> published;
    if (article.meta.published) published = parse_iso_date(*article.meta.published);
    const std::string& file = article.meta.path.empty() ? article.meta.id : article.meta.path;

    std::optional<FullNames> names;  // read when a rule first needs them

    std::set<std::size_t> rules_seen;
    for (const auto& [r, _] : claims_by_rule) rules_seen.insert(r);
    for (const auto& [r, _] : denials_by_rule) rules_seen.insert(r);
    for (std::size_t r : rules_seen) {
        const Rule& rule = rules_.rules[r];
        // Sentences that deny the claim: their matches count as denials, not as assertions.
        std::set<std::size_t> denied_sentences;
        for (const auto& d : without_overlaps(denials_by_rule[r])) {
            const Sentence& sentence = article.sentence_at(d.start);
            denied_sentences.insert(sentence.start);
            Claim claim;
            claim.rule = r;
            claim.source = source;
            claim.span = to_span(article, d.start, d.end);
            claim.text = original_text(article, claim.span);
            claim.value.text = claim.text;
            claim.denial = true;
            out.claims.push_back(std::move(claim));
        }
        for (const auto& m : without_overlaps(claims_by_rule[r])) {
            const Sentence& sentence = article.sentence_at(m.start);
            std::string_view sentence_text(text.data() + sentence.start, sentence.end - sentence.start);
            Span span = to_span(article, m.start, m.end);
            std::string reason;
            if (denied_sentences.count(sentence.start)) reason = "the sentence denies the claim";
            else if (guarded(rule.unless, sentence_text, figure_in(m, sentence)))
                reason = "the sentence matches an 'unless' pattern";
            if (!reason.empty()) {
                out.dropped.push_back({r, source, span, original_text(article, span), reason});
                continue;
            }
            Claim claim;
            claim.rule = r;
            claim.source = source;
            claim.span = span;
            claim.text = original_text(article, span);
            if (m.value) {
                std::string_view normalised_value(text.data() + m.value->first, m.value->second - m.value->first);
                claim.value = read_value(rule, normalised_value, DateContext{published, sentence_text});
                Span value_span = to_span(article, m.value->first, m.value->second);
                claim.value_span = value_span;
                claim.value.text = original_text(article, value_span);
                auto problem = wrong_dimension(rule, claim.value);
                if (!problem) problem = reads_as_year(rule, claim.value);
                if (problem) {
                    out.dropped.push_back({r, source, span, claim.text, *problem});
                    continue;
                }
                if (!claim.value.note.empty())
                    out.warnings.push_back({Severity::warning, file, value_span.line, value_span.column,
                                            fmt::format("rule {}: no value read from \"{}\": {}", rule.id,
                                                        claim.value.text, claim.value.note)});
            } else {
                claim.value_span = span;
                claim.value.text = claim.text;
            }
            if (m.key) {
                const std::string_view key_text(text.data() + m.key->first, m.key->second - m.key->first);
                if (auto problem = not_a_counted_noun(rule, key_text, claim.value.text)) {
                    out.dropped.push_back({r, source, span, claim.text, *problem});
                    continue;
                }
                claim.key = normalise_key(rule, key_text);
                if (rule.key_short_forms && is_one_name(key_text)) {
                    if (!names) names.emplace(text);
                    if (auto full = names->of(key_text)) {
                        claim.reading_note = fmt::format("\"{}\" is read as \"{}\", the full name the article gives",
                                                         key_text, *full);
                        claim.key = normalise_key(rule, *full);
                    }
                }
            }
            if (m.ref) {
                const std::string_view ref_text(text.data() + m.ref->first, m.ref->second - m.ref->first);
                auto subject = antecedent_before(rule, article, sentence);
                if (!subject) {
                    out.dropped.push_back({r, source, span, claim.text,
                                           fmt::format("\"{}\" refers back, and the sentence before names none of the rule's antecedents", ref_text)});
                    continue;
                }
                claim.reading_note = fmt::format("\"{}\" is read as \"{}\", named in the sentence before it", ref_text, *subject);
            }
            if (refers_back(rule, claim.key)) {
                auto name = name_before(rule, article, sentence);
                if (!name) {
                    out.dropped.push_back({r, source, span, claim.text,
                                           fmt::format("\"{}\" refers back to a name, and the sentence before names none", claim.key)});
                    continue;
                }
                claim.reading_note = fmt::format("\"{}\" is read as \"{}\", the first name in the sentence before it",
                                                 claim.key, *name);
                claim.key = *name;
            }
            out.claims.push_back(std::move(claim));
            if (out.claims.size() > limits_.max_claims)
                throw InputError(file_error(file, fmt::format("more than {} claims in one article; the rules match too "
                                                              "much (check for a pattern that matches almost anything)",
                                                              limits_.max_claims)));
        }
    }
    keep_nearest_readings(rules_, out);
    out.figures = quantities_in(article);
    out.dates = dates_in(article, published);
    std::stable_sort(out.claims.begin(), out.claims.end(),
                     [](const Claim& a, const Claim& b) { return a.span.start < b.span.start; });
    return out;
}

}  // namespace claimcheck
