#pragma once
// Dates as news writes them, resolved to an interval of days against the publication date.
#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
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

// Returns the regex (RE2 syntax, no capturing groups) that {{date}} expands to. It carries its own
// case-insensitive flag, so it works with and without a surrounding (?i). docs/dates.md lists the forms.
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

// The words the date grammar is built from; date_regex() and parse_date() both use these tables.
enum class DateWordKind { month, season, weekday, ordinal };
struct DateWord {
    std::string_view word;  // lower case, as matched (case-insensitively)
    DateWordKind kind;
    // month: 1-12; season: its first month (spring 3, summer 6, autumn/fall 9, winter 12);
    // weekday: ISO number (Monday 1 ... Sunday 7); ordinal: 1-4, or 0 for "last"/"final".
    unsigned value;
    bool abbreviation = false;
};
std::span<const DateWord> date_words();

}  // namespace claimcheck
