#pragma once
// Shared between the number grammar's files: the regex builder, the amount reader and the units.
#include <optional>
#include <string>
#include <string_view>

#include "claimcheck/quantity.hpp"

namespace claimcheck::number_detail {

// The whole phrase grammar; with `capture` its parts are named groups for parse_quantity(),
// without it every group is non-capturing (that is number_regex()).
std::string phrase_pattern(bool capture);
// The same without the range forms, for find_quantities() when a range does not read.
std::string single_pattern(bool capture);
// The compact superset of phrase_pattern(false) behind number_span_regex().
std::string span_pattern();

// The value of the amount part of a phrase ("1.5 million", "two-thirds of a million").
struct Amount {
    double value = 0;
    double last_multiplier = 1;  // the last hundred/scale/abbreviation applied (1 when none)
    bool scaled = false;         // a multiplier was written
    std::string problem;         // not empty when the text is no amount or its value cannot be represented
    bool out_of_range = false;   // the problem is only that the value cannot be represented
};
Amount read_amount(std::string_view text);

// What a canonical unit measures and how it converts to its dimension's base unit.
struct UnitInfo {
    std::string_view symbol;
    std::string_view dimension;  // "length", "currency", "percent"...
    std::string_view base;       // the base unit's symbol
    double factor = 1;           // base units per one of this unit
};
std::optional<UnitInfo> unit_info(std::string_view symbol);

std::string lower_ascii(std::string_view text);
// Collapses runs of white space (ASCII, U+00A0, U+2009, U+202F) into one ASCII space.
std::string squeeze_spaces(std::string_view text);

}  // namespace claimcheck::number_detail
