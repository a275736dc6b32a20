#include "html_values.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include <fmt/format.h>

namespace claimcheck::html {

namespace {

constexpr const char* en_dash = "\xE2\x80\x93";

std::string group_thousands(std::string digits) {
    std::size_t first = digits[0] == '-' ? 1 : 0;
    for (std::size_t at = digits.size(); at > first + 3; at -= 3) digits.insert(at - 3, ",");
    return digits;
}

std::string with_unit(std::string text, const std::string& unit) {
    if (unit.empty()) return text;
    if (unit == "%") return text + unit;
    return text + " " + unit;
}

}  // namespace

std::string format_number(double value) {
    if (std::isnan(value)) return "?";
    if (std::isinf(value)) return value > 0 ? "\xE2\x88\x9E" : "\xE2\x88\x92\xE2\x88\x9E";
    if (value == std::trunc(value) && std::fabs(value) < 1e15) {
        std::string digits = fmt::format("{:.0f}", value);
        if (digits == "-0") digits = "0";
        return std::fabs(value) >= 10000 ? group_thousands(digits) : digits;
    }
    return fmt::format("{:.6g}", value);
}

std::string format_interval(const Interval& interval, const std::string& unit) {
    bool low_bounded = std::isfinite(interval.low);
    bool high_bounded = std::isfinite(interval.high);
    if (!low_bounded && !high_bounded) return "any value";
    if (!low_bounded)
        return (interval.high_open ? "less than " : "at most ") + with_unit(format_number(interval.high), unit);
    if (!high_bounded)
        return (interval.low_open ? "more than " : "at least ") + with_unit(format_number(interval.low), unit);
    if (interval.low == interval.high && !interval.low_open && !interval.high_open)
        return with_unit(format_number(interval.low), unit);
    std::string range = format_number(interval.low) + en_dash + format_number(interval.high);
    if (interval.low_open || interval.high_open)
        range = (interval.low_open ? "(" : "[") + range + (interval.high_open ? ")" : "]");
    return with_unit(range, unit);
}

namespace {

std::string format_day(std::chrono::sys_days day) {
    std::chrono::year_month_day date{day};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                       static_cast<unsigned>(date.day()));
}

}  // namespace

std::string format_days(const DayInterval& days) {
    if (days.from == days.to) return format_day(days.from);
    return format_day(days.from) + " " + en_dash + " " + format_day(days.to);
}

std::string value_as_written(const Claim& claim) {
    if (!claim.value.text.empty()) return claim.value.text;
    if (!claim.text.empty()) return claim.text;
    return "(empty)";
}

std::string value_resolved(const Claim& claim) {
    if (claim.value.quantity) return format_interval(claim.value.quantity->interval, claim.value.quantity->unit);
    if (claim.value.date) return format_days(*claim.value.date);
    return {};
}

namespace {

// The widest gap between stated intervals: from the lowest upper end to the highest lower end.
struct Extremes {
    double lowest_high = std::numeric_limits<double>::infinity();
    double highest_low = -std::numeric_limits<double>::infinity();
    bool add(double low, double high) {
        lowest_high = std::min(lowest_high, high);
        highest_low = std::max(highest_low, low);
        return true;
    }
    bool apart() const {
        return std::isfinite(lowest_high) && std::isfinite(highest_low) && highest_low > lowest_high;
    }
};

std::string quantity_gap(const Finding& finding) {
    Extremes extremes;
    const std::string* unit = nullptr;
    for (const Claim& claim : finding.claims) {
        if (claim.denial || !claim.value.quantity) continue;
        const Quantity& q = *claim.value.quantity;
        if (unit && *unit != q.unit) return {};  // units differ: the finding's notes say why
        unit = &q.unit;
        extremes.add(q.interval.low, q.interval.high);
    }
    if (!unit || !extremes.apart()) return {};
    return fmt::format("Gap: {} between {} and {}",
                       with_unit(format_number(extremes.highest_low - extremes.lowest_high), *unit),
                       format_number(extremes.lowest_high), format_number(extremes.highest_low));
}

std::string date_gap(const Finding& finding) {
    Extremes extremes;
    bool any = false;
    for (const Claim& claim : finding.claims) {
        if (claim.denial || !claim.value.date) continue;
        any = true;
        extremes.add(claim.value.date->from.time_since_epoch().count(),
                     claim.value.date->to.time_since_epoch().count());
    }
    if (!any || !extremes.apart()) return {};
    auto days = static_cast<long long>(extremes.highest_low - extremes.lowest_high);
    auto day = [](double count) { return format_day(std::chrono::sys_days{std::chrono::days{static_cast<int>(count)}}); };
    return fmt::format("Gap: {} {} between {} and {}", days, days == 1 ? "day" : "days", day(extremes.lowest_high),
                       day(extremes.highest_low));
}

}  // namespace

std::string conflict_gap(const Finding& finding) {
    std::string gap = quantity_gap(finding);
    return gap.empty() ? date_gap(finding) : gap;
}

std::string claim_anchor(std::size_t finding, std::size_t claim) { return fmt::format("m-{}-{}", finding, claim); }

}  // namespace claimcheck::html
