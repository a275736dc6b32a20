#pragma once
// The pipeline shared by check and batch: extract every article with one compiled rule set and align
// the claims. The report's warnings are the articles' own; the rule files' warnings stay in the RuleSet
// (check prints them with the story's, batch once per rule set).
#include <vector>

#include "claimcheck/article.hpp"
#include "claimcheck/extract.hpp"
#include "claimcheck/report.hpp"
#include "claimcheck/rules.hpp"

namespace claimcheck {

// `extractor` must have been built over `rules`, and `table` be rule_table(rules). Thread-safe: all
// three are only read.
Report run_pipeline(const RuleSet& rules, const RuleTable& table, const Extractor& extractor,
                    const std::vector<Article>& articles);

}  // namespace claimcheck
