#pragma once
// The value a claim states, read from its rule's `value` group.
#include <optional>
#include <string>

#include "claimcheck/date.hpp"
#include "claimcheck/quantity.hpp"

namespace claimcheck {

struct Value {
    std::string text;                  // the value group as written (original bytes)
    std::optional<Quantity> quantity;  // number rules
    std::optional<DayInterval> date;   // date rules
    std::string folded;                // text rules: case and spacing folded, for comparison
    std::string note;                  // why no value could be read; empty otherwise
};

// Folds case (ASCII and, through simple rules, Latin letters) and runs of spaces for text comparison.
std::string fold_text(std::string_view text);

}  // namespace claimcheck
