#pragma once
// Shared by the compare tests: the pipeline from texts to a report, one article per text.
#include <string>
#include <vector>

#include "claimcheck/compare.hpp"
#include "claimcheck/extract.hpp"

namespace claimcheck::testing {

inline Report compare_texts(const RuleSet& rules, const std::vector<std::string>& texts) {
    Extractor extractor(rules);
    std::vector<Article> articles;
    std::vector<Extraction> extractions;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        articles.push_back(make_article({.id = "s" + std::to_string(i)}, texts[i]));
        extractions.push_back(extractor.extract(articles.back(), i));
    }
    return compare_claims(rules, rule_table(rules), articles, std::move(extractions));
}

}  // namespace claimcheck::testing
