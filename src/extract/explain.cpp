#include "claimcheck/explain.hpp"
#include "claimcheck/pattern_syntax.hpp"
#include "matching.hpp"
#include "spans.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include <re2/re2.h>

namespace claimcheck {

namespace {

// --- Reading a pattern's syntax: just enough to split it into items and find its words ------------

// Length of a {{name}} snippet at `at`, or 0.
std::size_t snippet_length(std::string_view p, std::size_t at) {
    if (p.compare(at, 2, "{{") != 0) return 0;
    std::size_t i = at + 2;
    while (i < p.size() && (std::isalnum(static_cast<unsigned char>(p[i])) || p[i] == '_')) ++i;
    return i > at + 2 && p.compare(i, 2, "}}") == 0 ? i + 2 - at : 0;
}

std::size_t skip_quantifiers(std::string_view p, std::size_t i) {
    while (i < p.size()) {
        if (p[i] == '?' || p[i] == '*' || p[i] == '+') {
            ++i;
        } else if (p[i] == '{' && i + 1 < p.size() && std::isdigit(static_cast<unsigned char>(p[i + 1]))) {
            std::size_t close = p.find('}', i);
            if (close == std::string_view::npos) break;
            i = close + 1;
        } else {
            break;
        }
    }
    return i;
}

struct Item {
    std::string_view atom;
    std::string_view quantifier;
};

// Splits a pattern into its top-level items (an atom and its quantifier). Nothing when the pattern
// has a '|' at its top level, so that no prefix of it means anything on its own.
std::optional<std::vector<Item>> top_level_items(std::string_view p) {
    std::vector<Item> items;
    std::size_t i = 0;
    while (i < p.size()) {
        std::size_t end;
        if (p[i] == '|') return std::nullopt;
        if (p[i] == '\\') end = skip_escape(p, i);
        else if (p[i] == '[') end = skip_class(p, i);
        else if (p[i] == '(') end = skip_group(p, i);
        else if (std::size_t n = snippet_length(p, i)) end = i + n;
        else end = next_char_boundary(p, i);
        std::size_t after = skip_quantifiers(p, end);
        items.push_back({p.substr(i, end - i), p.substr(end, after - end)});
        i = after;
    }
    return items;
}

bool is_optional(std::string_view quantifier) {
    return !quantifier.empty() && (quantifier[0] == '?' || quantifier[0] == '*' || quantifier.starts_with("{0"));
}

bool is_word_byte(char c) { return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The body of a group atom "(...)", without its "?:", "?P<name>" or flags; nothing for a flags-only group.
std::optional<std::string_view> group_body(std::string_view atom) {
    std::string_view inner = atom.substr(1, atom.size() >= 2 ? atom.size() - 2 : 0);
    if (!inner.starts_with("?")) return inner;
    if (inner.starts_with("?P<") || inner.starts_with("?<")) {
        std::size_t close = inner.find('>');
        return close == std::string_view::npos ? inner : inner.substr(close + 1);
    }
    std::size_t colon = inner.find_first_not_of("?imsU-");
    if (colon == std::string_view::npos || inner[colon] != ':') return std::nullopt;  // (?i)
    return inner.substr(colon + 1);
}

// Every word of 3+ letters anywhere in a pattern fragment, optional or not.
void collect_all_words(std::string_view p, std::vector<std::string>& words) {
    auto items = top_level_items(p);
    if (!items) {
        std::size_t depth = 0, start = 0;  // split at top-level '|' and read each alternative
        for (std::size_t i = 0; i <= p.size();) {
            if (i == p.size() || (p[i] == '|' && depth == 0)) {
                collect_all_words(p.substr(start, i - start), words);
                start = ++i;
                continue;
            }
            if (p[i] == '\\') i = skip_escape(p, i);
            else if (p[i] == '[') i = skip_class(p, i);
            else if (p[i] == '(') i = skip_group(p, i);
            else ++i;
        }
        return;
    }
    std::string word;
    auto flush = [&] {
        if (word.size() >= 3) words.push_back(word);
        word.clear();
    };
    for (const auto& item : *items) {
        if (item.atom.size() >= 1 && is_word_byte(item.atom[0])) {
            word += lower(item.atom);
            if (!item.quantifier.empty()) flush();
            continue;
        }
        flush();
        if (item.atom.starts_with("("))
            if (auto body = group_body(item.atom)) collect_all_words(*body, words);
    }
    flush();
}

void collect_terms(std::string_view p, std::vector<std::vector<std::string>>& terms) {
    auto items = top_level_items(p);
    if (!items) {  // alternatives: one term that any of their words satisfies
        std::vector<std::string> words;
        collect_all_words(p, words);
        if (!words.empty()) terms.push_back(std::move(words));
        return;
    }
    std::string word;
    auto flush = [&] {
        if (word.size() >= 3) terms.push_back({word});
        word.clear();
    };
    for (const auto& item : *items) {
        if (is_optional(item.quantifier)) {
            flush();
            continue;
        }
        if (!item.atom.empty() && is_word_byte(item.atom[0])) {
            word += lower(item.atom);
            if (!item.quantifier.empty()) flush();
            continue;
        }
        flush();
        if (item.atom.starts_with("("))
            if (auto body = group_body(item.atom)) collect_terms(*body, terms);
    }
    flush();
}

std::string join(const std::vector<Item>& items, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) out.append(items[i].atom).append(items[i].quantifier);
    return out;
}

bool is_flags_only(const Item& item) { return item.atom.starts_with("(?") && !group_body(item.atom); }

// Finds how far a pattern gets in a sentence: the longest run of leading items that matches.
void locate_failure(const Pattern& pattern, std::string_view sentence, NearMiss& miss) {
    auto written = top_level_items(pattern.source);
    const std::string full = full_expansion(pattern);
    auto expanded = top_level_items(full);  // views into `full`
    if (!written || !expanded || written->size() != expanded->size() || written->empty()) return;
    RE2::Options options;
    options.set_log_errors(false);
    std::size_t flags = 0;
    while (flags < written->size() && is_flags_only((*written)[flags])) ++flags;
    std::size_t matched = flags;
    for (std::size_t k = written->size(); k > flags; --k) {
        RE2 prefix(join(*expanded, 0, k), options);
        if (prefix.ok() && RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), prefix)) {
            matched = k;
            break;
        }
    }
    if (matched == written->size()) return;
    miss.matched_part = join(*written, flags, matched);
    miss.failing_part = join(*written, matched, matched + 1);
}

}  // namespace

std::vector<PatternMatch> match_patterns(const std::vector<Pattern>& patterns, const Article& article) {
    std::vector<PatternMatch> out;
    const std::string& text = article.normalised;
    re2::StringPiece piece(text.data(), text.size());
    for (std::size_t index = 0; index < patterns.size(); ++index) {
        const RE2& re = exact_regex(patterns[index]);
        const int groups = re.NumberOfCapturingGroups();
        std::vector<re2::StringPiece> captures(static_cast<std::size_t>(groups) + 1);
        const auto& names = re.CapturingGroupNames();
        std::size_t at = 0;
        while (at <= text.size() && re.Match(piece, at, text.size(), RE2::UNANCHORED, captures.data(), groups + 1)) {
            auto offset = [&](const re2::StringPiece& p) { return static_cast<std::size_t>(p.data() - text.data()); };
            std::size_t start = offset(captures[0]), end = start + captures[0].size();
            at = end > start ? end : next_char_boundary(text, end);
            if (end == start) continue;
            PatternMatch match{index, to_span(article, start, end), {}, {}};
            match.text = original_text(article, match.span);
            for (int g = 1; g <= groups; ++g) {
                auto name = names.find(g);
                GroupCapture capture{name == names.end() ? std::to_string(g) : name->second, std::nullopt, {}};
                const auto& c = captures[static_cast<std::size_t>(g)];
                if (c.data() != nullptr) {
                    capture.span = to_span(article, offset(c), offset(c) + c.size());
                    capture.text = original_text(article, *capture.span);
                }
                match.groups.push_back(std::move(capture));
            }
            out.push_back(std::move(match));
        }
    }
    return out;
}

SentenceText sentence_holding(const Article& article, std::size_t original_offset) {
    std::size_t index = 0;
    for (std::size_t i = 0; i < article.sentences.size(); ++i)
        if (article.offsets.to_original(article.sentences[i].start) <= original_offset) index = i;
    if (article.sentences.empty()) return {};
    const Sentence& s = article.sentences[index];
    SentenceText out{index, to_span(article, s.start, s.end), {}};
    out.text = original_text(article, out.span);
    return out;
}

std::vector<std::size_t> patterns_matching_in(const std::vector<Pattern>& patterns, const Article& article,
                                              std::size_t sentence) {
    std::vector<std::size_t> out;
    if (sentence >= article.sentences.size()) return out;
    const Sentence& s = article.sentences[sentence];
    re2::StringPiece text(article.normalised.data() + s.start, s.end - s.start);
    for (std::size_t i = 0; i < patterns.size(); ++i)
        if (RE2::PartialMatch(text, exact_regex(patterns[i]))) out.push_back(i);
    return out;
}

std::vector<std::vector<std::string>> literal_terms(std::string_view pattern_source) {
    std::vector<std::vector<std::string>> terms;
    collect_terms(pattern_source, terms);
    return terms;
}

std::vector<NearMiss> near_misses(const Rule& rule, const Article& article, std::size_t per_pattern) {
    std::vector<NearMiss> out;
    for (std::size_t p = 0; p < rule.patterns.size(); ++p) {
        const Pattern& pattern = rule.patterns[p];
        auto terms = literal_terms(pattern.source);
        if (terms.empty()) continue;
        std::vector<NearMiss> misses;
        for (std::size_t s = 0; s < article.sentences.size(); ++s) {
            const Sentence& sentence = article.sentences[s];
            std::string_view text(article.normalised.data() + sentence.start, sentence.end - sentence.start);
            if (RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), exact_regex(pattern))) continue;
            std::string folded = lower(text);
            NearMiss miss;
            miss.pattern = p;
            for (const auto& term : terms) {
                auto held = std::find_if(term.begin(), term.end(),
                                         [&](const std::string& w) { return folded.find(w) != std::string::npos; });
                if (held != term.end()) {
                    miss.found.push_back(*held);
                } else {
                    std::string alternatives;
                    for (const auto& w : term) alternatives += (alternatives.empty() ? "" : "|") + w;
                    miss.missing.push_back(alternatives);
                }
            }
            if (miss.found.empty() || miss.found.size() * 2 < terms.size()) continue;
            Span span = to_span(article, sentence.start, sentence.end);
            miss.sentence = {s, span, original_text(article, span)};
            misses.push_back(std::move(miss));
        }
        std::stable_sort(misses.begin(), misses.end(),
                         [](const NearMiss& a, const NearMiss& b) { return a.found.size() > b.found.size(); });
        if (misses.size() > per_pattern) misses.resize(per_pattern);
        for (auto& miss : misses) {
            const Sentence& sentence = article.sentences[miss.sentence.index];
            locate_failure(pattern, std::string_view(article.normalised).substr(sentence.start, sentence.end - sentence.start),
                           miss);
            out.push_back(std::move(miss));
        }
    }
    return out;
}

}  // namespace claimcheck
