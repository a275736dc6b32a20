// parse_quantity(): matches a phrase against the grammar with named groups, reads each figure, joins
// ranges and applies hedges. The interval each hedge gives is listed in number_words.cpp.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <stdexcept>
#include <unordered_map>

#include <fmt/format.h>

#include <re2/re2.h>

#include "number_internal.hpp"

namespace claimcheck {

using namespace number_detail;

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr std::size_t max_phrase_bytes = 100000;

struct CompiledPhrase {
    std::unique_ptr<RE2> regex;
    std::map<std::string, int> groups;
    int group_count = 0;

    explicit CompiledPhrase(const std::string& pattern) {
        RE2::Options options;
        options.set_max_mem(64 << 20);
        options.set_log_errors(false);
        regex = std::make_unique<RE2>(pattern, options);
        // The pattern is built from constant tables: if it does not compile, that is a bug, found
        // by the unit tests on the first parse.
        if (!regex->ok()) throw std::logic_error("the number grammar does not compile: " + regex->error());
        group_count = regex->NumberOfCapturingGroups();
        groups = regex->NamedCapturingGroups();
    }
};

const CompiledPhrase& phrase_grammar() {
    static const CompiledPhrase compiled(phrase_pattern(true));
    return compiled;
}

class Groups {
public:
    Groups(const CompiledPhrase& compiled, std::vector<re2::StringPiece> pieces)
        : compiled_(compiled), pieces_(std::move(pieces)) {}

    // The text of a named group; nothing when the group did not take part in the match.
    std::optional<std::string_view> operator[](const std::string& name) const {
        const auto found = compiled_.groups.find(name);
        if (found == compiled_.groups.end()) return std::nullopt;
        const re2::StringPiece& piece = pieces_[static_cast<std::size_t>(found->second)];
        if (piece.data() == nullptr) return std::nullopt;
        return std::string_view(piece.data(), piece.size());
    }

private:
    const CompiledPhrase& compiled_;
    std::vector<re2::StringPiece> pieces_;
};

std::optional<Groups> match_phrase(std::string_view phrase) {
    const CompiledPhrase& compiled = phrase_grammar();
    std::vector<re2::StringPiece> pieces(static_cast<std::size_t>(compiled.group_count) + 1);
    if (!compiled.regex->Match(phrase, 0, phrase.size(), RE2::ANCHOR_BOTH, pieces.data(),
                               compiled.group_count + 1)) {
        return std::nullopt;
    }
    return Groups(compiled, std::move(pieces));
}

// One figure of a phrase, in its own unit.
struct Figure {
    double value = 0;
    std::string unit;
    double last_multiplier = 1;
    bool scaled = false;
    std::string problem;
    bool unreadable = false;  // the problem is that the words are not a number, not that the value is unusable
};

// "M" and "MM" after a figure, or "m" after a currency ("$3m"), mean million, and "G" billion;
// otherwise they are metres, millimetres and grams. Returns the multiplier, or 0 for a unit.
// ("m" before a currency, "12m euros", is read by read_figure.)
double scale_written_as_unit(std::string_view unit, bool after_currency) {
    const std::string lower = lower_ascii(unit);
    if ((lower == "m" || lower == "mm") && (after_currency || unit == "M" || unit == "MM")) return 1e6;
    if (unit == "G") return 1e9;
    return 0;
}

Figure read_figure(const Groups& groups, const std::string& prefix) {
    Figure figure;
    if (const auto time_unit = groups[prefix + "_one_unit"]) {  // "a week", "a year and a half"
        figure.value = groups[prefix + "_half"] ? 1.5 : 1;
        figure.unit = canonical_unit(*time_unit).value_or("");
        return figure;
    }
    const Amount amount = read_amount(groups[prefix + "_amount"].value_or(""));
    if (!amount.problem.empty()) return Figure{0, {}, 1, false, amount.problem, !amount.out_of_range};
    figure.value = amount.value;
    figure.scaled = amount.scaled;
    figure.last_multiplier = amount.last_multiplier;
    if (const auto currency = groups[prefix + "_currency"]) figure.unit = canonical_unit(*currency).value_or("");
    std::optional<std::string> unit;
    if (const auto written = groups[prefix + "_unit"]) unit = squeeze_spaces(*written);
    if (unit && unit->size() > 2 && lower_ascii(unit->substr(0, 2)) == "m ") {
        figure.value *= 1e6;  // "12m euros": the grammar lets "m" and a space precede only a currency
        figure.scaled = true;
        figure.last_multiplier = 1e6;
        unit = unit->substr(2);
    }
    if (unit) {
        if (const double scale = scale_written_as_unit(*unit, !figure.unit.empty()); scale > 0) {
            figure.value *= scale;
            figure.scaled = true;
            figure.last_multiplier = scale;
        } else {
            const std::string symbol = canonical_unit(*unit).value_or("");
            if (!figure.unit.empty() && symbol != figure.unit) {
                figure.problem = "\"" + std::string(*unit) + "\" after a figure in " + figure.unit;
                return figure;
            }
            figure.unit = symbol;
        }
    }
    if (!std::isfinite(figure.value)) figure.problem = "the figure is too large to represent";
    return figure;
}

Hedge hedge_of(std::optional<std::string_view> text, NumberWordKind kind) {
    if (!text) return Hedge::none;
    const std::string wanted = lower_ascii(squeeze_spaces(*text));
    for (const NumberWord& word : number_words()) {
        if (word.kind == kind && word.word == wanted) return word.hedge;
    }
    return Hedge::none;
}

double around_width(const NumberOptions& options) {
    if (std::isnan(options.around)) return NumberOptions{}.around;
    return std::clamp(options.around, 0.0, max_around);
}

// Applies a hedge to the interval [low, high] (a single figure has low == high).
Interval hedged(double low, double high, Hedge hedge, double width) {
    switch (hedge) {
    case Hedge::around:
        return {low - width * std::fabs(low), high + width * std::fabs(high), false, false};
    case Hedge::lower_open:
        return {low, infinity, true, true};
    case Hedge::lower_closed:
        return {low, infinity, false, true};
    case Hedge::upper_open:
        return high >= 0 ? Interval{0, high, false, true} : Interval{-infinity, high, true, true};
    case Hedge::upper_closed:
        return high >= 0 ? Interval{0, high, false, false} : Interval{-infinity, high, true, false};
    case Hedge::just_below:
        return {high - width * std::fabs(high), high, false, true};
    case Hedge::exact:
    case Hedge::none:
        break;
    }
    return {low, high, false, false};
}

bool finite_where_closed(const Interval& interval) {
    const bool low_ok = std::isfinite(interval.low) || (interval.low == -infinity && interval.low_open);
    const bool high_ok = std::isfinite(interval.high) || (interval.high == infinity && interval.high_open);
    return low_ok && high_ok && interval.low <= interval.high;
}

QuantityParse failure(std::string problem) { return QuantityParse{std::nullopt, std::move(problem), false}; }

// A phrase in the grammar that states no usable value.
QuantityParse no_value(std::string problem) { return QuantityParse{std::nullopt, std::move(problem), true}; }

QuantityParse failure(const Figure& figure) {
    return figure.unreadable ? failure(figure.problem) : no_value(figure.problem);
}

// Gives both ends of a range one unit: a unit written once applies to both ("20-30 km"), and a
// scale written once applies to both when that keeps the range ascending ("2-3 million").
std::string join_range(Figure& low, Figure& high) {
    if (low.unit.empty()) low.unit = high.unit;
    if (high.unit.empty()) high.unit = low.unit;
    if (low.unit != high.unit) {
        const std::optional<UnitInfo> from = unit_info(low.unit);
        const std::optional<UnitInfo> to = unit_info(high.unit);
        if (!from || !to || from->dimension != to->dimension) {
            return "the ends of the range are in " + low.unit + " and " + high.unit;
        }
        low.value = low.value * from->factor / to->factor;
        low.unit = high.unit;
    }
    if (!low.scaled && high.scaled && low.value * high.last_multiplier <= high.value) {
        low.value *= high.last_multiplier;
    }
    if (low.value > high.value) return "the range runs backwards";
    return {};
}

QuantityParse parse_trimmed(std::string_view phrase, const NumberOptions& options) {
    if (phrase.size() > max_phrase_bytes) return failure("the phrase is too long to be a quantity");
    const std::optional<Groups> groups = match_phrase(phrase);
    if (!groups) {
        return failure("\"" + std::string(phrase) + "\" is not a quantity claimcheck knows (see docs/numbers.md)");
    }
    std::string form = "low";  // the prefix of the groups that hold the figures
    if ((*groups)["between_low"]) form = "between";
    else if ((*groups)["dash_low"]) form = "dash";
    const bool ranged = form != "low" || (*groups)["high"].has_value();
    const std::string low_group = form == "low" ? "low" : form + "_low";
    const std::string high_group = form == "low" ? "high" : form + "_high";
    Figure low = read_figure(*groups, low_group);
    if (!low.problem.empty()) return failure(low);
    Figure high = low;
    if (ranged) {
        high = read_figure(*groups, high_group);
        if (!high.problem.empty()) return failure(high);
        if (std::string problem = join_range(low, high); !problem.empty()) {
            return no_value("\"" + std::string(phrase) + "\": " + problem);
        }
    }
    const std::string hedge_group = form == "dash" ? "dash_hedge" : "hedge";
    const std::string postfix_group = form == "dash" ? "dash_postfix" : "postfix";
    Hedge hedge = hedge_of((*groups)[hedge_group], NumberWordKind::hedge);
    if (hedge == Hedge::none) hedge = hedge_of((*groups)[postfix_group], NumberWordKind::postfix);
    const Interval interval = hedged(low.value, high.value, hedge, around_width(options));
    if (!finite_where_closed(interval)) return no_value("\"" + std::string(phrase) + "\" is too large to represent");
    return QuantityParse{Quantity{interval, low.unit}, {}, true};
}

// Matching a phrase with the grammar's groups needs RE2's NFA, since the grammar is far larger than
// RE2's faster engines allow (~150 us a phrase, where the rest of a claim costs a few). News repeats
// its figures, so each thread keeps the parses of the phrases it has seen; a bounded table, emptied
// when full, so that memory does not grow with the input.
class ParseCache {
public:
    const QuantityParse* find(const std::string& key) const {
        const auto it = parses_.find(key);
        return it == parses_.end() ? nullptr : &it->second;
    }
    void add(std::string key, const QuantityParse& parse) {
        if (parses_.size() >= capacity) parses_.clear();
        parses_.emplace(std::move(key), parse);
    }
    static constexpr std::size_t capacity = 4096;
    static constexpr std::size_t longest_phrase = 200;  // longer phrases are rare and not kept

private:
    std::unordered_map<std::string, QuantityParse> parses_;
};

}  // namespace

QuantityParse parse_quantity(std::string_view phrase, const NumberOptions& options) {
    while (!phrase.empty() && std::string_view(" \t\r\n\f").find(phrase.front()) != std::string_view::npos) {
        phrase.remove_prefix(1);
    }
    while (!phrase.empty() && std::string_view(" \t\r\n\f").find(phrase.back()) != std::string_view::npos) {
        phrase.remove_suffix(1);
    }
    if (phrase.size() > ParseCache::longest_phrase) return parse_trimmed(phrase, options);
    thread_local ParseCache cache;
    std::string key = fmt::format("{}\n{}", phrase, options.around);
    if (const QuantityParse* known = cache.find(key)) return *known;
    QuantityParse parse = parse_trimmed(phrase, options);
    cache.add(std::move(key), parse);
    return parse;
}

bool states_a_fraction(std::string_view phrase) {
    if (std::any_of(phrase.begin(), phrase.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    const std::string lower = lower_ascii(phrase);
    std::size_t at = 0;
    while (at < lower.size()) {
        const std::size_t start = lower.find_first_of("abcdefghijklmnopqrstuvwxyz", at);
        if (start == std::string::npos) break;
        std::size_t end = lower.find_first_not_of("abcdefghijklmnopqrstuvwxyz", start);
        if (end == std::string::npos) end = lower.size();
        const std::string_view word(lower.data() + start, end - start);
        for (const NumberWord& w : number_words())
            if (w.kind == NumberWordKind::denominator && w.word == word) return true;
        at = end;
    }
    return false;
}

}  // namespace claimcheck
