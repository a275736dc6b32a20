// Calendar arithmetic for dates, all through std::chrono's calendar types.
#include <cstdio>

#include "date_internal.hpp"

namespace claimcheck {

namespace chr = std::chrono;

std::optional<chr::year_month_day> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto number = [&](std::size_t from, std::size_t length) -> std::optional<int> {
        int value = 0;
        for (std::size_t i = from; i < from + length; ++i) {
            if (text[i] < '0' || text[i] > '9') return std::nullopt;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const auto y = number(0, 4);
    const auto m = number(5, 2);
    const auto d = number(8, 2);
    if (!y || !m || !d) return std::nullopt;
    const chr::year_month_day date{chr::year{*y}, chr::month{static_cast<unsigned>(*m)},
                                   chr::day{static_cast<unsigned>(*d)}};
    if (!date.ok()) return std::nullopt;
    return date;
}

std::string format_iso_date(chr::sys_days day) {
    const chr::year_month_day date{day};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

namespace date_detail {

DayInterval single_day(sys_days day) { return {day, day}; }

DayInterval month_span(year y, month first_month, int count) {
    const chr::year_month first = y / first_month;
    const chr::year_month last = first + chr::months{count - 1};
    return {sys_days{first / chr::day{1}}, sys_days{last / chr::last}};
}

DayInterval season_span(year y, month first_month) { return month_span(y, first_month, 3); }

DayInterval part_of_month(year y, month m, std::string_view part) {
    const DayInterval whole = month_span(y, m, 1);
    if (part == "early") return {whole.from, sys_days{y / m / chr::day{10}}};
    if (part == "mid") return {sys_days{y / m / chr::day{11}}, sys_days{y / m / chr::day{20}}};
    return {sys_days{y / m / chr::day{21}}, whole.to};
}

DayInterval part_of_year(year y, std::string_view part) {
    if (part == "early") return month_span(y, chr::January, 4);
    if (part == "mid") return month_span(y, chr::May, 4);
    return month_span(y, chr::September, 4);
}

DayInterval week_of(sys_days day) {
    const sys_days monday = day - (chr::weekday{day} - chr::Monday);
    return {monday, monday + chr::days{6}};
}

std::optional<DayInterval> pick_occurrence(const std::vector<DayInterval>& candidates, sys_days published,
                                           Direction direction) {
    std::optional<DayInterval> best;
    switch (direction) {
    case Direction::forward:
        for (const DayInterval& candidate : candidates) {
            if (candidate.to >= published) return candidate;
        }
        return std::nullopt;
    case Direction::backward:
        for (const DayInterval& candidate : candidates) {
            if (candidate.from <= published) best = candidate;
        }
        return best;
    case Direction::nearest:
        break;
    }
    chr::days best_gap{0};
    for (const DayInterval& candidate : candidates) {
        const chr::days gap = candidate.from > published ? candidate.from - published
                              : candidate.to < published ? published - candidate.to
                                                         : chr::days{0};
        // Strictly smaller: on a tie the earlier occurrence stays.
        if (!best || gap < best_gap) {
            best = candidate;
            best_gap = gap;
        }
    }
    return best;
}

std::optional<DayInterval> next_occurrence(const std::vector<DayInterval>& candidates, sys_days published) {
    for (const DayInterval& candidate : candidates) {
        if (candidate.from > published) return candidate;
    }
    return std::nullopt;
}

std::optional<DayInterval> last_occurrence(const std::vector<DayInterval>& candidates, sys_days published) {
    std::optional<DayInterval> latest;
    for (const DayInterval& candidate : candidates) {
        if (candidate.to < published) latest = candidate;
    }
    return latest;
}

std::vector<DayInterval> yearly_candidates(year around,
                                           const std::function<std::optional<DayInterval>(year)>& in_year) {
    // Eight years either way always include two leap years, so February 29 is found in both directions.
    std::vector<DayInterval> candidates;
    for (year y = around - chr::years{8}; y <= around + chr::years{8}; ++y) {
        if (auto occurrence = in_year(y)) candidates.push_back(*occurrence);
    }
    return candidates;
}

}  // namespace date_detail
}  // namespace claimcheck
