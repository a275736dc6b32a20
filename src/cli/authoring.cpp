#include "authoring.hpp"

#include <cmath>

#include <fmt/format.h>

#include "claimcheck/date.hpp"

namespace claimcheck {

namespace {

std::string number_text(double x) {
    if (std::isinf(x)) return x > 0 ? "+inf" : "-inf";
    return fmt::format("{}", x);
}

std::string interval_text(const Interval& i) {
    if (i.low == i.high && !i.low_open && !i.high_open) return number_text(i.low);
    return fmt::format("{}{}, {}{}", i.low_open ? "(" : "[", number_text(i.low), number_text(i.high),
                       i.high_open ? ")" : "]");
}

}  // namespace

std::string quoted(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return "\"" + text + "\"";
}

std::string describe_value(RuleType type, const Value& value) {
    if (!value.note.empty()) return "no value (" + value.note + ")";
    switch (type) {
        case RuleType::number:
            if (!value.quantity) return "no value";
            return interval_text(value.quantity->interval) + (value.quantity->unit.empty() ? "" : " " + value.quantity->unit);
        case RuleType::date:
            if (!value.date) return "no value";
            if (value.date->from == value.date->to) return format_iso_date(value.date->from);
            return format_iso_date(value.date->from) + " to " + format_iso_date(value.date->to);
        case RuleType::text:
            return quoted(value.text) + " (compared as " + quoted(value.folded) + ")";
        case RuleType::presence:
            return "present";
    }
    return "";
}

std::string describe_expected(const nlohmann::json& expected) {
    if (expected.is_object() && expected.contains("from") && expected.contains("to"))
        return expected["from"].get<std::string>() + " to " + expected["to"].get<std::string>();
    if (expected.is_string()) return quoted(expected.get<std::string>());
    return expected.dump();
}

bool value_meets(RuleType type, const Value& value, const nlohmann::json& expected) {
    switch (type) {
        case RuleType::number: {
            if (!value.quantity || !expected.is_number()) return false;
            double x = expected.get<double>();
            return value.quantity->interval.low <= x && x <= value.quantity->interval.high;
        }
        case RuleType::text:
            return expected.is_string() && value.note.empty() && fold_text(expected.get<std::string>()) == value.folded;
        case RuleType::date: {
            if (!value.date) return false;
            if (expected.is_string()) {
                auto day = parse_iso_date(expected.get<std::string>());
                return day && value.date->from <= std::chrono::sys_days(*day) && std::chrono::sys_days(*day) <= value.date->to;
            }
            if (!expected.is_object() || !expected.contains("from") || !expected.contains("to")) return false;
            auto from = parse_iso_date(expected["from"].get<std::string>());
            auto to = parse_iso_date(expected["to"].get<std::string>());
            return from && to && value.date->from == std::chrono::sys_days(*from) && value.date->to == std::chrono::sys_days(*to);
        }
        case RuleType::presence:
            return true;
    }
    return false;
}

}  // namespace claimcheck
