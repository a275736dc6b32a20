#pragma once
// The Report: everything a run found, as one plain value. Every renderer is a pure function of it.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "claimcheck/article.hpp"
#include "claimcheck/claim.hpp"
#include "claimcheck/diagnostic.hpp"
#include "claimcheck/rules.hpp"

namespace claimcheck {

enum class Status { agreement, omission, conflict };

const char* to_string(Status status);

struct SourceInfo {
    ArticleMeta meta;
    std::string text;  // the original bytes, for renderers that show the article
};

struct RuleInfo {
    std::string id;
    std::string claim;
    std::string description;
    RuleType type = RuleType::text;
    RuleLocation location;
};

struct Finding {
    std::size_t rule = 0;            // index into Report::rules
    std::optional<std::string> key;  // set for keyed rules
    Status status = Status::agreement;
    std::vector<std::size_t> missing_in;  // source indexes that do not state the claim, in source order
    std::vector<std::size_t> denied_in;   // source indexes that deny it
    std::vector<Claim> claims;            // by source, then offset
    std::vector<std::string> notes;       // e.g. incomparable units
};

struct Summary {
    std::size_t agreement = 0;
    std::size_t omission = 0;
    std::size_t conflict = 0;
};

struct Report {
    std::vector<SourceInfo> sources;    // in argument order
    std::vector<RuleInfo> rules;        // every loaded rule, in rule order
    std::vector<Finding> findings;      // in rule order, then key
    Summary summary;
    std::vector<std::size_t> unmatched_rules;  // rule indexes
    std::vector<DroppedMatch> dropped;         // evidence set aside by `unless`
    std::vector<Diagnostic> warnings;          // about the inputs, for the record
};

enum class FailOn { conflict, omission, never };

// Returns 1 when some finding reaches `fail_on`, else 0.
int exit_status(const Report& report, FailOn fail_on);

}  // namespace claimcheck
