#pragma once
// Dates as news writes them, resolved to an interval of days against the publication date.
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

struct DayInterval {
    std::chrono::sys_days from;  // first day, inclusive
    std::chrono::sys_days to;    // last day, inclusive
};

struct DateContext {
    std::optional<std::chrono::year_month_day> published;  // needed for relative expressions
    std::string_view sentence;  // the sentence around the phrase, for its tense
};

struct DateParse {
    std::optional<DayInterval> interval;  // empty when the phrase cannot be resolved
    std::string problem;                  // why not (invalid date, no publication date...); empty on success
};

// Returns the regex (RE2 syntax, no capturing groups) that {{date}} expands to.
const std::string& date_regex();

// Resolves a phrase matched by date_regex().
DateParse parse_date(std::string_view phrase, const DateContext& context);

struct DateMatch {
    std::size_t start = 0;
    std::size_t end = 0;
    DateParse parse;
};

// Finds every date expression in a text, in text order, longest first where they overlap.
std::vector<DateMatch> find_dates(std::string_view text,
                                  std::optional<std::chrono::year_month_day> published);

// Parses "YYYY-MM-DD"; nothing when malformed or not a real day.
std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text);
// Formats a day as "YYYY-MM-DD".
std::string format_iso_date(std::chrono::sys_days day);

}  // namespace claimcheck
