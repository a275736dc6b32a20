#pragma once
// Quantities as news writes them ("some 170", "more than 200", "$1.2 billion"), read as intervals.
// One grammar: the same word tables generate the {{number}} regex and drive the parser, so whatever
// the regex captures the parser reads. docs/numbers.md describes the grammar.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// An interval of real numbers; an unbounded end is +/-infinity (and is always open).
// Invariant: low <= high.
struct Interval {
    double low = 0;
    double high = 0;
    bool low_open = false;
    bool high_open = false;
};

struct Quantity {
    Interval interval;  // in `unit`, as written ("$1.2 billion" is 1.2e9 USD)
    std::string unit;   // canonical unit symbol ("km", "USD", "%", "year"); empty when none was written
};

struct NumberOptions {
    // Half-width of "some", "about", "around"... as a fraction of the figure: some 170 -> [153, 187].
    // Values outside [0, max_around] are clamped into it.
    double around = 0.1;
};
inline constexpr double max_around = 0.25;

struct QuantityParse {
    std::optional<Quantity> quantity;  // empty when the phrase is not a quantity or states no usable value
    std::string problem;               // why there is no quantity, for a warning; empty on success
    // True when the phrase is in the grammar. It may still have no quantity: a range that runs
    // backwards ("between 30 and 4"), ends in units that clash, or a figure too large to represent.
    // Everything number_regex() matches is in the grammar.
    bool in_grammar = false;
};

// Returns the regex (RE2 syntax, no capturing groups) that {{number}} expands to. It carries its own
// case-insensitive flag, so it works with and without a surrounding (?i).
const std::string& number_regex();

// A compact regex (no capturing groups) that matches every phrase number_regex() matches, and some
// that it does not (any run of number words, "five and six"). A quarter of the size, so patterns with
// {{number}} compile and capture fast; each span it matches is then checked with is_number_phrase_at().
const std::string& number_span_regex();

// True when number_regex() matches exactly text[start, end), with the rest of `text` as context
// for word boundaries.
bool is_number_phrase_at(std::string_view text, std::size_t start, std::size_t end);

// Reads a phrase matched by number_regex() (optionally followed or preceded by a unit).
QuantityParse parse_quantity(std::string_view phrase, const NumberOptions& options = {});

// What a quantity measures, by its canonical unit: "count" when it has none, "currency" for every
// currency, else the unit's dimension ("length", "area", "duration", "percent", "mass"...); empty for a
// unit the grammar does not know.
std::string unit_dimension(std::string_view unit);

// True when a phrase states a share in words and no digits ("roughly a third", "two-thirds", "half"):
// read for a percentage, it is that share of 100.
bool states_a_fraction(std::string_view phrase);

struct QuantityMatch {
    std::size_t start = 0;  // byte offsets into the scanned text
    std::size_t end = 0;
    Quantity quantity;
};

// Finds every quantity phrase in a text, in text order; the longest phrase wins where phrases overlap.
std::vector<QuantityMatch> find_quantities(std::string_view text, const NumberOptions& options = {});

// Returns the canonical symbol of a unit name or symbol ("kilometres" -> "km"), or nothing when unknown.
std::optional<std::string> canonical_unit(std::string_view unit);

// The distance between two quantities after converting them to one unit.
struct QuantityGap {
    bool comparable = true;  // false for different dimensions or currencies
    double gap = 0;          // 0 when the intervals touch or overlap
    double magnitude = 0;    // the larger absolute finite bound involved, for relative tolerances
    std::string note;        // why they are not comparable
    std::string unit;        // the unit gap and magnitude are in: the base unit of the dimension
                             // ("m" for lengths), the shared unit, or empty when either had none
};

// Compares two quantities. A quantity without a unit compares by its number with any other.
QuantityGap quantity_gap(const Quantity& a, const Quantity& b);

// --- The grammar's word tables, for tests and documentation -------------------------------------

// How a hedge word turns a figure x into an interval (w is NumberOptions::around).
enum class Hedge {
    none,
    around,        // [x - w|x|, x + w|x|]
    lower_open,    // (x, +inf)
    lower_closed,  // [x, +inf)
    upper_open,    // [0, x) for x >= 0, else (-inf, x)
    upper_closed,  // [0, x] for x >= 0, else (-inf, x]
    just_below,    // [x - w|x|, x)
    exact,         // [x, x]
};

enum class NumberWordKind {
    cardinal,      // zero ... ninety: value
    hundred,       // "hundred": multiplies the group before it
    scale,         // thousand, million, dozen...: value, after a number ("two dozen", "a million")
    abbreviation,  // k, bn, mn...: value, written right after digits ("2bn", "$3m" is read as a unit)
    denominator,   // half, thirds...: value is the denominator; `plural` tells which numerators fit
    hedge,         // written before the figure
    postfix,       // written after the figure ("or so", "+")
    negative,      // "minus", "negative"
};

struct NumberWord {
    std::string_view word;  // lower case; a space stands for any run of white space
    NumberWordKind kind;
    double value = 0;
    Hedge hedge = Hedge::none;
    bool plural = false;  // denominators: "thirds" (after any number) vs "third" (after a/an/one)
};
std::span<const NumberWord> number_words();

// Every unit name the grammar knows, with its canonical symbol.
struct UnitName {
    std::string_view name;    // as written; a space stands for any run of white space
    std::string_view symbol;  // canonical symbol
    bool before_number = false;  // a currency sign or code written before the figure ("$", "USD")
};
std::span<const UnitName> unit_names();

}  // namespace claimcheck
