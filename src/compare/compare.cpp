#include "claimcheck/compare.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

namespace claimcheck {

const char* to_string(Status status) {
    switch (status) {
        case Status::agreement: return "agreement";
        case Status::omission: return "omission";
        case Status::conflict: return "conflict";
    }
    return "agreement";
}

int exit_status(const Report& report, FailOn fail_on) {
    switch (fail_on) {
        case FailOn::never: return 0;
        case FailOn::conflict: return report.summary.conflict > 0 ? 1 : 0;
        case FailOn::omission: return report.summary.conflict + report.summary.omission > 0 ? 1 : 0;
    }
    return 0;
}

namespace {

double allowance(const Tolerance& tolerance, double magnitude) {
    double relative = tolerance.relative ? *tolerance.relative * magnitude : 0;
    double absolute = tolerance.absolute ? *tolerance.absolute : 0;
    return std::max(relative, absolute);
}

// Intervals that meet at one point where either end is open do not overlap: (200, inf) and [150, 200].
bool touch_at_open_end(const Interval& a, const Interval& b) {
    return (a.high == b.low && (a.high_open || b.low_open)) || (b.high == a.low && (b.high_open || a.low_open));
}

bool numbers_compatible(const Rule& rule, const Quantity& a, const Quantity& b, std::string* note) {
    QuantityGap gap = quantity_gap(a, b);
    if (!gap.comparable) {
        if (note) *note = gap.note;
        return true;
    }
    double allowed = allowance(rule.tolerance, gap.magnitude);
    // A small epsilon keeps 0.1 + 0.2 style rounding from turning equal amounts into a conflict.
    double epsilon = 1e-9 * std::max(1.0, gap.magnitude);
    if (gap.gap > allowed + epsilon) return false;
    if (gap.gap <= epsilon && allowed <= epsilon && a.unit == b.unit && touch_at_open_end(a.interval, b.interval))
        return false;
    return true;
}

bool dates_compatible(const Rule& rule, const DayInterval& a, const DayInterval& b) {
    auto widen = std::chrono::days(static_cast<long>(rule.tolerance.absolute.value_or(0)));
    return a.from - widen <= b.to && b.from - widen <= a.to;
}

}  // namespace

bool compatible(const Rule& rule, const Value& a, const Value& b, std::string* note) {
    switch (rule.type) {
        case RuleType::number:
            if (!a.quantity || !b.quantity) return true;
            return numbers_compatible(rule, *a.quantity, *b.quantity, note);
        case RuleType::date:
            if (!a.date || !b.date) return true;
            return dates_compatible(rule, *a.date, *b.date);
        case RuleType::text:
            return a.folded == b.folded;
        case RuleType::presence:
            return true;
    }
    return true;
}

namespace {

using ClaimGroup = std::vector<const Claim*>;

// Two sources agree when some value of one is compatible with some value of the other.
bool sources_compatible(const Rule& rule, const ClaimGroup& a, const ClaimGroup& b, std::vector<std::string>& notes) {
    bool any = false;
    for (const Claim* x : a)
        for (const Claim* y : b) {
            std::string note;
            if (compatible(rule, x->value, y->value, &note)) any = true;
            if (!note.empty() && std::find(notes.begin(), notes.end(), note) == notes.end()) notes.push_back(note);
        }
    return any;
}

Finding align(const Rule& rule, std::size_t rule_index, std::optional<std::string> key, std::size_t source_count,
              const std::vector<const Claim*>& claims) {
    Finding finding;
    finding.rule = rule_index;
    finding.key = std::move(key);
    std::vector<ClaimGroup> asserted(source_count), denied(source_count);
    for (const Claim* c : claims) (c->denial ? denied : asserted)[c->source].push_back(c);

    bool conflict = false;
    for (std::size_t s = 0; s < source_count; ++s) {
        if (asserted[s].empty() && denied[s].empty()) finding.missing_in.push_back(s);
        if (!denied[s].empty()) finding.denied_in.push_back(s);
        for (const Claim* c : asserted[s])
            if (!c->value.note.empty())
                finding.notes.push_back(fmt::format("no value read from \"{}\": {}", c->value.text, c->value.note));
    }
    for (std::size_t s = 0; s < source_count; ++s)
        for (std::size_t t = s + 1; t < source_count; ++t) {
            bool s_says = !asserted[s].empty(), t_says = !asserted[t].empty();
            if (s_says && t_says && !sources_compatible(rule, asserted[s], asserted[t], finding.notes)) conflict = true;
            // One asserts what the other only denies.
            if ((s_says && !t_says && !denied[t].empty()) || (t_says && !s_says && !denied[s].empty())) conflict = true;
        }
    finding.status = conflict ? Status::conflict : finding.missing_in.empty() ? Status::agreement : Status::omission;
    for (const Claim* c : claims) finding.claims.push_back(*c);
    std::stable_sort(finding.claims.begin(), finding.claims.end(), [](const Claim& a, const Claim& b) {
        return a.source != b.source ? a.source < b.source : a.span.start < b.span.start;
    });
    return finding;
}

bool spans_overlap(const Span& a, const Span& b) { return a.start < b.end && b.start < a.end; }

// A generic rule's claim yields to a story rule's claim on overlapping text of the same source: the more
// specific rule says what the evidence means. Returns the story rule that claims it, if any.
const Claim* story_claim_over(const RuleSet& rules, const Extraction& extraction, const Claim& generic_claim) {
    for (const Claim& other : extraction.claims)
        if (!rules.rules[other.rule].generic && other.source == generic_claim.source &&
            spans_overlap(other.span, generic_claim.span))
            return &other;
    return nullptr;
}

void drop_generic_overlaps(const RuleSet& rules, Extraction& extraction) {
    std::vector<const Claim*> story_over;  // per claim: the story claim it yields to, or null
    for (const Claim& claim : extraction.claims)
        story_over.push_back(rules.rules[claim.rule].generic ? story_claim_over(rules, extraction, claim) : nullptr);
    std::vector<Claim> kept;
    for (std::size_t i = 0; i < extraction.claims.size(); ++i) {
        const Claim& claim = extraction.claims[i];
        if (!story_over[i]) {
            kept.push_back(claim);
            continue;
        }
        extraction.dropped.push_back({claim.rule, claim.source, claim.span, claim.text,
                                      "the same evidence is claimed by story rule " + rules.rules[story_over[i]->rule].id});
    }
    extraction.claims = std::move(kept);
}

// Names' short forms, for rules with key_short_forms: a key that is the last words of exactly one longer
// key in the story ("union" of "national union") -> that key. Across such rules, since a party named in
// one (seats) is the same party in another (vote share).
std::map<std::string, std::string> short_form_keys(const RuleSet& rules, const std::vector<Extraction>& extractions) {
    std::set<std::string> names;
    for (const auto& extraction : extractions)
        for (const auto& claim : extraction.claims)
            if (rules.rules[claim.rule].key_short_forms && !claim.key.empty()) names.insert(claim.key);
    std::map<std::string, std::string> full_name;
    for (const auto& name : names) {
        std::vector<std::string> longer;
        for (const auto& other : names)
            if (other.size() > name.size() && other.ends_with(" " + name)) longer.push_back(other);
        if (longer.size() == 1) full_name[name] = longer.front();
    }
    return full_name;
}

// Rewrites short-form keys to the full name; returns the short forms read, per rule and full name.
using ShortForms = std::map<std::pair<std::size_t, std::string>, std::set<std::string>>;
ShortForms fold_short_form_keys(const RuleSet& rules, std::vector<Extraction>& extractions) {
    const auto full_name = short_form_keys(rules, extractions);
    ShortForms read;
    for (auto& extraction : extractions)
        for (auto& claim : extraction.claims) {
            auto it = full_name.find(claim.key);
            if (it == full_name.end() || !rules.rules[claim.rule].key_short_forms) continue;
            read[{claim.rule, it->second}].insert(claim.key);
            claim.key = it->second;
        }
    return read;
}

// What a finding's claims that referred back to a name were read as.
std::vector<std::string> reference_notes(const Finding& finding) {
    std::vector<std::string> notes;
    for (const Claim& claim : finding.claims)
        if (!claim.key_reference.empty())
            notes.push_back(fmt::format("\"{}\" is read as \"{}\", the first name in the sentence before it",
                                        claim.key_reference, claim.key));
    return notes;
}

}  // namespace

RuleTable rule_table(const RuleSet& rules) {
    std::vector<RuleInfo> table;
    table.reserve(rules.rules.size());
    for (const auto& rule : rules.rules) table.push_back({rule.id, rule.claim, rule.description, rule.type, rule.location});
    return RuleTable(std::move(table));
}

Report compare_claims(const RuleSet& rules, const RuleTable& table, const std::vector<Article>& articles,
                      std::vector<Extraction> extractions) {
    Report report;
    for (const auto& article : articles) report.sources.push_back({article.meta, article.original});
    report.rules = table;

    for (auto& extraction : extractions) drop_generic_overlaps(rules, extraction);
    const ShortForms short_forms = fold_short_form_keys(rules, extractions);

    // Claims per rule, then per key (an unkeyed rule has the one key "").
    std::vector<std::map<std::string, std::vector<const Claim*>>> by_rule(rules.rules.size());
    for (const auto& extraction : extractions)
        for (const auto& claim : extraction.claims) by_rule[claim.rule][claim.key].push_back(&claim);

    for (std::size_t r = 0; r < rules.rules.size(); ++r) {
        if (by_rule[r].empty()) {
            report.unmatched_rules.push_back(r);
            continue;
        }
        for (const auto& [key, claims] : by_rule[r]) {
            std::optional<std::string> finding_key;
            if (!key.empty()) finding_key = key;
            Finding finding = align(rules.rules[r], r, finding_key, articles.size(), claims);
            for (const std::string& note : reference_notes(finding))
                if (std::find(finding.notes.begin(), finding.notes.end(), note) == finding.notes.end()) finding.notes.push_back(note);
            if (auto it = short_forms.find({r, key}); it != short_forms.end())
                for (const auto& short_form : it->second)
                    finding.notes.push_back(fmt::format("\"{}\" is read as \"{}\", the only longer name in the story that ends with it", short_form, key));
            switch (finding.status) {
                case Status::agreement: ++report.summary.agreement; break;
                case Status::omission: ++report.summary.omission; break;
                case Status::conflict: ++report.summary.conflict; break;
            }
            report.findings.push_back(std::move(finding));
        }
    }
    for (auto& extraction : extractions) {
        report.dropped.insert(report.dropped.end(), extraction.dropped.begin(), extraction.dropped.end());
        report.warnings.insert(report.warnings.end(), extraction.warnings.begin(), extraction.warnings.end());
    }
    return report;
}

}  // namespace claimcheck
