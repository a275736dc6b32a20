#pragma once
// The Report: everything a run found, as one plain value. Every renderer is a pure function of it.
#include <cstddef>
#include <memory>
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

// The rules a report refers to, in rule order. Reports over the same rule set share one table: a
// batch writes thousands of reports against the same rules, and copying 1,000 rules into each cost
// 8% of its time. Changing a shared table copies it first, so a Report stays a plain value.
class RuleTable {
public:
    RuleTable() = default;
    explicit RuleTable(std::vector<RuleInfo> rules)
        : rules_(std::make_shared<std::vector<RuleInfo>>(std::move(rules))) {}

    std::size_t size() const { return rules_ ? rules_->size() : 0; }
    bool empty() const { return size() == 0; }
    const RuleInfo& operator[](std::size_t i) const { return (*rules_)[i]; }
    std::vector<RuleInfo>::const_iterator begin() const { return all().begin(); }
    std::vector<RuleInfo>::const_iterator end() const { return all().end(); }

    RuleInfo& operator[](std::size_t i) { return own()[i]; }
    void push_back(RuleInfo rule) { own().push_back(std::move(rule)); }

private:
    const std::vector<RuleInfo>& all() const {
        static const std::vector<RuleInfo> none;
        return rules_ ? *rules_ : none;
    }
    std::vector<RuleInfo>& own() {
        if (!rules_) rules_ = std::make_shared<std::vector<RuleInfo>>();
        else if (rules_.use_count() > 1) rules_ = std::make_shared<std::vector<RuleInfo>>(*rules_);
        return *rules_;
    }

    std::shared_ptr<std::vector<RuleInfo>> rules_;
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
    RuleTable rules;                    // every loaded rule, in rule order
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
