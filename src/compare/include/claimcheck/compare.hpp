#pragma once
// Alignment: lines the claims of every source up per rule (and key) into findings.
#include <vector>

#include "claimcheck/report.hpp"

namespace claimcheck {

// Builds the report for the given articles (in argument order) and their extractions (one per article,
// same order).
Report compare_claims(const RuleSet& rules, const std::vector<Article>& articles,
                      std::vector<Extraction> extractions);

// Returns true when two values of a rule are compatible under the rule's tolerance; sets `note` when
// they cannot be compared (the pair then counts as compatible).
bool compatible(const Rule& rule, const Value& a, const Value& b, std::string* note = nullptr);

}  // namespace claimcheck
