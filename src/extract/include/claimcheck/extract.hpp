#pragma once
// Extraction: one RE2::Set pass per article finds which patterns can match; only those run with
// captures. Build an Extractor once per rule set and share it (it is immutable and thread-safe).
#include <memory>
#include <vector>

#include "claimcheck/article.hpp"
#include "claimcheck/claim.hpp"
#include "claimcheck/rules.hpp"

namespace re2 {
class RE2;
}

namespace claimcheck {

struct ExtractLimits {
    std::size_t max_claims = 100000;  // per article; more is an error, not a silent cut
};

class Extractor {
public:
    // Compiles the set over every pattern of every rule. Throws InputError when the set cannot be
    // built within its memory budget.
    explicit Extractor(const RuleSet& rules, ExtractLimits limits = {});
    ~Extractor();
    Extractor(const Extractor&) = delete;
    Extractor& operator=(const Extractor&) = delete;

    // Extracts every claim of every rule from one article. `source` is the article's index.
    Extraction extract(const Article& article, std::size_t source) const;

    const RuleSet& rules() const { return rules_; }

private:
    struct Compiled;
    const RuleSet& rules_;
    ExtractLimits limits_;
    std::unique_ptr<Compiled> compiled_;
};

// Reads the value of a match for a rule (used by extraction and by rule self-tests).
Value read_value(const Rule& rule, std::string_view value_text, const DateContext& context);

}  // namespace claimcheck
