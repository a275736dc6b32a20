#pragma once
// How the HTML report words values: as written, as read (interval or dates), and conflict gaps.
#include <cstddef>
#include <string>

#include "claimcheck/report.hpp"

namespace claimcheck::html {

// "1,200" for whole numbers of five digits or more, "2024" below, "0.125" for fractions.
std::string format_number(double value);

// "170", "153–187", "(153–187]", "more than 200", "at most 5", with the unit after it.
std::string format_interval(const Interval& interval, const std::string& unit);

// "2024-03-05" or "2024-03-01 – 2024-03-31".
std::string format_days(const DayInterval& days);

// The value as the article wrote it (the value group, else the whole match).
std::string value_as_written(const Claim& claim);

// The value as read: an interval for a quantity, days for a date; empty otherwise.
std::string value_resolved(const Claim& claim);

// "Gap: 13 between 187 and 200" for a number or date conflict whose intervals are apart; else empty.
std::string conflict_gap(const Finding& finding);

// The id of a claim's highlight: built from indexes only.
std::string claim_anchor(std::size_t finding, std::size_t claim);

}  // namespace claimcheck::html
