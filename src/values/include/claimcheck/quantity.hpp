#pragma once
// Quantities as news writes them ("some 170", "more than 200", "$1.2 billion"), read as intervals.
// One grammar: the same word tables generate the {{number}} regex and drive the parser, so whatever
// the regex captures the parser reads.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

// An interval of real numbers; an unbounded end is +/-infinity (and is always open).
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
    double around = 0.1;
};

struct QuantityParse {
    std::optional<Quantity> quantity;  // empty when the phrase is not a quantity or cannot be represented
    std::string problem;               // why there is no quantity, for a warning; empty on success
};

// Returns the regex (RE2 syntax, no capturing groups) that {{number}} expands to.
const std::string& number_regex();

// Reads a phrase matched by number_regex() (optionally followed or preceded by a unit).
QuantityParse parse_quantity(std::string_view phrase, const NumberOptions& options = {});

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
};

// Compares two quantities. A quantity without a unit compares by its number with any other.
QuantityGap quantity_gap(const Quantity& a, const Quantity& b);

}  // namespace claimcheck
