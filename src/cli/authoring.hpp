#pragma once
// What the rule-authoring commands (lint, test, explain) share: showing a value read and checking it
// against an example's expected value.
#include <string>

#include <nlohmann/json.hpp>

#include "claimcheck/rules.hpp"
#include "claimcheck/value.hpp"

namespace claimcheck {

// A value as read, for people: "12", "[153, 187] km", "(200, +inf)", "2020-03-01 to 2020-03-31",
// "\"Russia\"", or why there is none.
std::string describe_value(RuleType type, const Value& value);

// An example's expected value, as written.
std::string describe_expected(const nlohmann::json& expected);

// True when the value read is the expected one: a number inside the interval (ends included), a
// text equal once folded, a day inside the date interval or {"from","to"} equal to it.
bool value_meets(RuleType type, const Value& value, const nlohmann::json& expected);

// Quotes a text for one line of output: "..." with newlines shown as spaces.
std::string quoted(std::string text);

}  // namespace claimcheck
