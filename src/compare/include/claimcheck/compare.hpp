#pragma once
// Alignment: lines the claims of every source up per rule (and key) into findings.
#include <vector>

#include "claimcheck/report.hpp"

namespace claimcheck {

// The rules as a report names them. Build it once per rule set and pass it to each compare_claims().
RuleTable rule_table(const RuleSet& rules);

// Builds the report for the given articles (in argument order) and their extractions (one per article,
// same order). `table` is rule_table(rules).
Report compare_claims(const RuleSet& rules, const RuleTable& table, const std::vector<Article>& articles,
                      std::vector<Extraction> extractions);

// Returns true when two values of a rule are compatible under the rule's tolerance; sets `note` when
// they cannot be compared (the pair then counts as compatible).
bool compatible(const Rule& rule, const Value& a, const Value& b, std::string* note = nullptr);

}  // namespace claimcheck
