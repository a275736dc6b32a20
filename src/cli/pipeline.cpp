#include "pipeline.hpp"

#include "claimcheck/compare.hpp"

namespace claimcheck {

Report run_pipeline(const RuleSet& rules, const RuleTable& table, const Extractor& extractor,
                    const std::vector<Article>& articles) {
    std::vector<Extraction> extractions;
    extractions.reserve(articles.size());
    for (std::size_t i = 0; i < articles.size(); ++i) extractions.push_back(extractor.extract(articles[i], i));
    return compare_claims(rules, table, articles, std::move(extractions));
}

}  // namespace claimcheck
