#pragma once
// Shared by the date*.cpp files of the values stage; not part of the public contract.
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/date.hpp"

namespace claimcheck::date_detail {

// --- Word tables (date_words.cpp) ---------------------------------------------------------------

// The value of a table word of that kind, or nothing. `word` is matched case-insensitively; a
// trailing '.' (as in "Sept.") is ignored.
std::optional<unsigned> word_value(std::string_view word, DateWordKind kind);
// "January" for 1.
std::string_view month_name(unsigned month);
std::string_view weekday_name(unsigned iso_weekday);

std::string lower_ascii(std::string_view text);

// --- Calendar (date_calendar.cpp) ---------------------------------------------------------------

using std::chrono::sys_days;
using std::chrono::year;
using std::chrono::month;

DayInterval single_day(sys_days day);
// The `count` months starting with first_month of year y (count may cross into the next year).
DayInterval month_span(year y, month first_month, int count);
// The season whose first month is `first_month`, starting in year y (winter 2021: Dec 2021 - Feb 2022).
DayInterval season_span(year y, month first_month);
// "early" (days 1-10), "mid" (11-20), "late" (21-end) of a month.
DayInterval part_of_month(year y, month m, std::string_view part);
// "early" (Jan-Apr), "mid" (May-Aug), "late" (Sep-Dec) of a year.
DayInterval part_of_year(year y, std::string_view part);
// The Monday-to-Sunday week holding `day`.
DayInterval week_of(sys_days day);

// Which occurrence of a yearly (or weekly) thing a phrase without a year means.
enum class Direction {
    nearest,   // no tense: the occurrence holding, else nearest to, the publication day
    forward,   // future tense: the first occurrence not over on the publication day
    backward,  // past tense: the latest occurrence already begun on the publication day
};

// Candidates in ascending order; nothing when none fits.
std::optional<DayInterval> pick_occurrence(const std::vector<DayInterval>& candidates, sys_days published,
                                           Direction direction);
// The first candidate starting after `published` / the latest ending before it.
std::optional<DayInterval> next_occurrence(const std::vector<DayInterval>& candidates, sys_days published);
std::optional<DayInterval> last_occurrence(const std::vector<DayInterval>& candidates, sys_days published);

// The occurrences of a yearly thing in the years around `around` (for Feb 29, far enough to reach
// a leap year either way); years where `in_year` gives nothing are skipped.
std::vector<DayInterval> yearly_candidates(year around,
                                           const std::function<std::optional<DayInterval>(year)>& in_year);

// --- Tense (date_tense.cpp) ---------------------------------------------------------------------

// Reads the direction from the tense marker nearest the phrase in its sentence (see docs/dates.md).
Direction tense_direction(std::string_view sentence, std::string_view phrase);

}  // namespace claimcheck::date_detail
