#include "same_figure.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <fmt/format.h>
#include <re2/re2.h>

#include "claimcheck/compare.hpp"
#include "claimcheck/extract.hpp"

namespace claimcheck {

namespace {

// A figure as exact as "about N" at most: "up to 6.2 per cent" or "below 3pc" fit too many claims.
bool narrow(const Quantity& quantity) {
    const Interval& i = quantity.interval;
    if (!std::isfinite(i.low) || !std::isfinite(i.high)) return false;
    return i.high - i.low <= 2 * max_around * std::max(std::fabs(i.low), std::fabs(i.high));
}

bool overlap(const Span& a, const Span& b) { return a.start < b.end && b.start < a.end; }

// Spans sorted by start, with the furthest end reached so far, for overlap queries in O(log n).
class SpanIndex {
public:
    explicit SpanIndex(std::vector<Span> spans) : spans_(std::move(spans)) {
        std::sort(spans_.begin(), spans_.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
        std::size_t furthest = 0;
        for (const Span& span : spans_) furthest_.push_back(furthest = std::max(furthest, span.end));
    }
    bool overlaps(const Span& span) const {
        auto before = std::lower_bound(spans_.begin(), spans_.end(), span.end,
                                       [](const Span& s, std::size_t end) { return s.start < end; });
        if (before == spans_.begin()) return false;
        return furthest_[static_cast<std::size_t>(before - spans_.begin()) - 1] > span.start;
    }

private:
    std::vector<Span> spans_;
    std::vector<std::size_t> furthest_;
};

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool starts_word(std::string_view text, std::size_t at) {
    return at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
}

// Every word of the key starts a word of the (lower-cased) sentence: "customer" in "1.4 million customers".
bool names_key(std::string_view sentence, const std::string& key) {
    std::size_t from = 0;
    while (from < key.size()) {
        std::size_t to = std::min(key.find(' ', from), key.size());
        const std::string_view word = std::string_view(key).substr(from, to - from);
        bool found = false;
        for (std::size_t at = sentence.find(word); at != std::string_view::npos && !found; at = sentence.find(word, at + 1))
            found = starts_word(sentence, at);
        if (!found) return false;
        from = to + 1;
    }
    return true;
}

// "rose to 6.1 per cent from 5.9 per cent", "faster than the 0.4%": the figure a claim is measured
// against is another time's or another place's.
bool compared_against(std::string_view text, std::size_t start) {
    static const RE2 before(R"((?i)(?:\bfrom|\bthan|\bversus|\bvs\.?|\bcompared (?:with|to)|\bagainst)\s+(?:the\s+|a\s+|an\s+)?$)");
    const std::size_t from = start > 40 ? start - 40 : 0;
    return RE2::PartialMatch(text.substr(from, start - from), before);
}

// "1887" in "built in 1887" is a year, whatever it counts elsewhere.
bool written_as_year(std::string_view text, double x) { return text.size() == 4 && x >= 1800 && x < 2100; }

// What other sources than `source` assert, when every claim of theirs is narrow enough to look for.
std::vector<const Claim*> stated_elsewhere(const Finding& finding, std::size_t source) {
    std::vector<const Claim*> stated;
    for (const Claim& claim : finding.claims) {
        if (claim.source == source || claim.denial) continue;
        if (!claim.value.quantity || !narrow(*claim.value.quantity)) return {};
        stated.push_back(&claim);
    }
    return stated;
}

bool fits_all(const Rule& rule, const Value& value, const std::vector<const Claim*>& stated) {
    return std::all_of(stated.begin(), stated.end(),
                       [&](const Claim* claim) { return compatible(rule, claim->value, value, nullptr); });
}

// True when the source already states something every other source's claims fit, or denies the claim.
bool settled(const Rule& rule, const Finding& finding, std::size_t source, const std::vector<const Claim*>& stated) {
    return std::any_of(finding.claims.begin(), finding.claims.end(), [&](const Claim& claim) {
        return claim.source == source && (claim.denial || fits_all(rule, claim.value, stated));
    });
}

// The figure read as the rule reads its values, when it is narrow and measures what the stated claim
// does (a length for a length, the same currency).
std::optional<Value> figure_value(const Rule& rule, const Figure& figure, const Claim& stated) {
    Value value = read_value(rule, figure.normalised, DateContext{});
    if (!value.quantity || !narrow(*value.quantity)) return std::nullopt;
    const Quantity& ours = *stated.value.quantity;
    if (unit_dimension(value.quantity->unit) != unit_dimension(ours.unit)) return std::nullopt;
    if (!quantity_gap(ours, *value.quantity).comparable) return std::nullopt;
    value.text = figure.text;
    return value;
}

// Small bare counts ("four", "23") are too common to stand for a claim without its key nearby.
bool says_enough(const Finding& finding, const Figure& figure, const Quantity& written, std::string_view sentence) {
    if (finding.key && names_key(sentence, *finding.key)) return true;
    if (!written.unit.empty()) return !finding.key;
    const double x = written.interval.high;
    return x >= 100 && !written_as_year(figure.normalised, x);
}

}  // namespace

SameFigureFinder::SameFigureFinder(const std::vector<Article>& articles, const std::vector<Extraction>& extractions)
    : articles_(articles) {
    for (std::size_t s = 0; s < articles.size(); ++s) {
        const Article& article = articles[s];
        const Extraction& extraction = extractions[s];
        Source source;
        source.lowered = lower(article.normalised);
        std::vector<Span> read;
        for (const Claim& claim : extraction.claims) read.push_back(claim.value_span);
        const SpanIndex claimed(std::move(read));
        for (const Figure& figure : extraction.figures) {
            if (claimed.overlaps(figure.span) || compared_against(article.normalised, figure.start)) continue;
            source.figures.push_back({&figure, parse_quantity(figure.normalised).quantity, &article.sentences[figure.sentence]});
        }
        for (const DroppedMatch& dropped : extraction.dropped) source.set_aside[dropped.rule].push_back(dropped.span);
        sources_.push_back(std::move(source));
    }
}

const SameFigureFinder::FreeFigure* SameFigureFinder::same_figure(const Rule& rule, const Finding& finding,
                                                                  const std::vector<const Claim*>& stated,
                                                                  const Source& source, Value& value) const {
    auto set_aside = source.set_aside.find(finding.rule);
    for (const FreeFigure& free : source.figures) {
        const std::string_view sentence =
            std::string_view(source.lowered).substr(free.sentence->start, free.sentence->end - free.sentence->start);
        if (!free.written || !says_enough(finding, *free.figure, *free.written, sentence)) continue;
        if (set_aside != source.set_aside.end() &&
            std::any_of(set_aside->second.begin(), set_aside->second.end(),
                        [&](const Span& span) { return overlap(span, free.figure->span); }))
            continue;
        auto read = figure_value(rule, *free.figure, *stated.front());
        if (!read || !fits_all(rule, *read, stated)) continue;
        value = std::move(*read);
        return &free;
    }
    return nullptr;
}

SameFigures SameFigureFinder::find(const Rule& rule, const Finding& finding) const {
    SameFigures out;
    if (rule.type != RuleType::number || finding.status == Status::agreement) return out;
    for (std::size_t source = 0; source < sources_.size(); ++source) {
        const std::vector<const Claim*> stated = stated_elsewhere(finding, source);
        if (stated.empty() || settled(rule, finding, source, stated)) continue;
        Value value;
        const FreeFigure* free = same_figure(rule, finding, stated, sources_[source], value);
        if (!free) continue;
        const Figure& figure = *free->figure;
        Claim claim;
        claim.rule = finding.rule;
        claim.source = source;
        claim.span = claim.value_span = figure.span;
        claim.text = figure.text;
        claim.value = std::move(value);
        claim.key = finding.key.value_or("");
        claim.figure_only = true;
        out.notes.push_back(fmt::format("{} states the same figure, \"{}\" (line {}), in words no pattern of the rule "
                                        "reads; it is counted as stating the claim",
                                        articles_[source].meta.id, figure.text, figure.span.line));
        out.claims.push_back(std::move(claim));
    }
    return out;
}

}  // namespace claimcheck
