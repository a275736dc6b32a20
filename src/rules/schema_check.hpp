#pragma once
// Validates a rule file against rules/schema.json (with valijson) and words each problem for people.
#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimcheck {

struct SchemaProblem {
    std::string pointer;  // JSON pointer of the offending value (or member, for an unknown field)
    bool at_key = false;  // point at the member's key rather than its value
    std::string message;
};

// Returns every problem, each once, at its most specific value.
std::vector<SchemaProblem> check_rule_schema(const nlohmann::json& document);

}  // namespace claimcheck
