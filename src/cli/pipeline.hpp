#pragma once
// The pipeline shared by check and batch: extract every article with one compiled rule set, align the
// claims, and put the rule files' warnings first.
#include <vector>

#include "claimcheck/article.hpp"
#include "claimcheck/extract.hpp"
#include "claimcheck/report.hpp"
#include "claimcheck/rules.hpp"

namespace claimcheck {

// `extractor` must have been built over `rules`. Thread-safe: both are only read.
Report run_pipeline(const RuleSet& rules, const Extractor& extractor, const std::vector<Article>& articles);

}  // namespace claimcheck
