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

// The names of a day a date phrase uses: "Thursday, March 20" has all three, "on Thursday" a weekday.
struct DayNames {
    unsigned weekday = 0, month = 0, day = 0;  // 0: not named
};

DayNames day_names(std::string_view phrase) {
    static const RE2 word(R"(([A-Za-z]+|\d+))");
    DayNames names;
    re2::StringPiece rest(phrase.data(), phrase.size());
    std::string token;
    while (RE2::FindAndConsume(&rest, word, &token)) {
        if (std::isdigit(static_cast<unsigned char>(token[0]))) {
            if (token.size() <= 2 && !names.day) names.day = static_cast<unsigned>(std::stoul(token));
            continue;
        }
        const std::string lowered = lower(token);
        for (const DateWord& w : date_words())
            if (!w.abbreviation && w.word == lowered) {
                if (w.kind == DateWordKind::weekday) names.weekday = w.value;
                if (w.kind == DateWordKind::month) names.month = w.value;
            }
    }
    return names;
}

// Names the same day: no name both give differs, and they share one (a weekday, or a day of the month).
bool same_day_named(const DayNames& a, const DayNames& b) {
    auto agree = [](unsigned x, unsigned y) { return !x || !y || x == y; };
    if (!agree(a.weekday, b.weekday) || !agree(a.month, b.month) || !agree(a.day, b.day)) return false;
    return (a.weekday && a.weekday == b.weekday) || (a.day && a.day == b.day && a.month == b.month);
}

bool one_day(const DayInterval& date) { return date.from == date.to; }

// What other sources than `source` assert, when every claim of theirs is exact enough to look for: a
// narrow quantity, or a date that is one day or names one.
std::vector<const Claim*> stated_elsewhere(const Finding& finding, std::size_t source) {
    std::vector<const Claim*> stated;
    for (const Claim& claim : finding.claims) {
        if (claim.source == source || claim.denial) continue;
        const Value& value = claim.value;
        const DayNames names = day_names(value.text);
        const bool exact = value.quantity ? narrow(*value.quantity) : value.date ? one_day(*value.date) : names.weekday || names.day;
        if (!exact) return {};
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

bool SameFigureFinder::set_aside_by(const Source& source, std::size_t rule, const Span& span) {
    auto found = source.set_aside.find(rule);
    return found != source.set_aside.end() &&
           std::any_of(found->second.begin(), found->second.end(), [&](const Span& s) { return overlap(s, span); });
}

SameFigureFinder::SameFigureFinder(const std::vector<Article>& articles, const std::vector<Extraction>& extractions) {
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
        for (const Figure& date : extraction.dates)
            if (!claimed.overlaps(date.span)) source.dates.push_back({&date, std::nullopt, &article.sentences[date.sentence]});
        source.article = &article;
        for (const DroppedMatch& dropped : extraction.dropped) source.set_aside[dropped.rule].push_back(dropped.span);
        sources_.push_back(std::move(source));
    }
}

const SameFigureFinder::FreeFigure* SameFigureFinder::same_figure(const Rule& rule, const Finding& finding,
                                                                  const std::vector<const Claim*>& stated,
                                                                  const Source& source, bool silent, Value& value) const {
    // A silent source may state any of the others' figures; one that states another figure must state a
    // figure every other claim fits, or "18 months" for a co-defendant would settle 7 against 9 years.
    for (const FreeFigure& free : source.figures) {
        const std::string_view sentence =
            std::string_view(source.lowered).substr(free.sentence->start, free.sentence->end - free.sentence->start);
        if (!free.written || !says_enough(finding, *free.figure, *free.written, sentence)) continue;
        if (set_aside_by(source, finding.rule, free.figure->span)) continue;
        for (const Claim* claim : stated) {
            auto read = figure_value(rule, *free.figure, *claim);
            if (!read || !compatible(rule, claim->value, *read, nullptr)) continue;
            if (!silent && !fits_all(rule, *read, stated)) continue;
            value = std::move(*read);
            return &free;
        }
    }
    return nullptr;
}

const SameFigureFinder::FreeFigure* SameFigureFinder::same_date(const Rule& rule, const Finding& finding,
                                                                const std::vector<const Claim*>& stated,
                                                                const Source& source, Value& value) const {
    const Article& article = *source.article;
    std::optional<std::chrono::year_month_day> published;
    if (article.meta.published) published = parse_iso_date(*article.meta.published);
    for (const FreeFigure& free : source.dates) {
        if (set_aside_by(source, finding.rule, free.figure->span)) continue;
        const Sentence& sentence = *free.sentence;
        Value read = read_value(rule, free.figure->normalised,
                                DateContext{published, std::string_view(article.normalised).substr(sentence.start, sentence.end - sentence.start)});
        const DayNames names = day_names(free.figure->normalised);
        bool fits = std::all_of(stated.begin(), stated.end(), [&](const Claim* claim) {
            if (read.date && claim->value.date) return one_day(*read.date) && compatible(rule, claim->value, read, nullptr);
            return same_day_named(day_names(claim->value.text), names);
        });
        if (!fits) continue;
        read.text = free.figure->text;
        value = std::move(read);
        return &free;
    }
    return nullptr;
}

SameFigures SameFigureFinder::find(const Rule& rule, const Finding& finding) const {
    SameFigures out;
    if ((rule.type != RuleType::number && rule.type != RuleType::date) || finding.status == Status::agreement) return out;
    for (std::size_t source = 0; source < sources_.size(); ++source) {
        const std::vector<const Claim*> stated = stated_elsewhere(finding, source);
        if (stated.empty() || settled(rule, finding, source, stated)) continue;
        const bool silent = std::find(finding.missing_in.begin(), finding.missing_in.end(), source) != finding.missing_in.end();
        // A weekday in an article that dates the claim otherwise is no evidence: it may be another day's.
        if (rule.type == RuleType::date && !silent) continue;
        Value value;
        const FreeFigure* free = rule.type == RuleType::date ? same_date(rule, finding, stated, sources_[source], value)
                                                             : same_figure(rule, finding, stated, sources_[source], silent, value);
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
        out.notes.push_back(fmt::format("{} states the same {}, \"{}\" (line {}), in words no pattern of the rule "
                                        "reads; it is counted as stating the claim",
                                        sources_[source].article->meta.id, rule.type == RuleType::date ? "day" : "figure",
                                        figure.text, figure.span.line));
        out.claims.push_back(std::move(claim));
    }
    return out;
}

}  // namespace claimcheck
