#include "claimcheck/compare.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "same_figure.hpp"

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

void add_note(std::vector<std::string>& notes, const std::string& note) {
    if (!note.empty() && std::find(notes.begin(), notes.end(), note) == notes.end()) notes.push_back(note);
}

// Two sources agree when some value of one is compatible with some value of the other.
bool sources_compatible(const Rule& rule, const ClaimGroup& a, const ClaimGroup& b, std::vector<std::string>& notes) {
    bool any = false;
    for (const Claim* x : a)
        for (const Claim* y : b) {
            std::string note;
            if (compatible(rule, x->value, y->value, &note)) any = true;
            add_note(notes, note);
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

// A generic rule does not know what it read: figures more than five times apart are more often two things
// ("either of the two doses" and "5,000 doses"; a strike's three weeks and a plan's five years) than two
// outlets' clash, so they are not compared. Negative values are left alone: -2C and 3C are a real clash.
constexpr double far_apart_ratio = 5;

bool far_apart(const Value& a, const Value& b) {
    if (!a.quantity || !b.quantity || a.quantity->interval.low < 0 || b.quantity->interval.low < 0) return false;
    QuantityGap gap = quantity_gap(*a.quantity, *b.quantity);
    return gap.comparable && gap.magnitude > 0 && gap.gap > gap.magnitude * (1 - 1 / far_apart_ratio);
}

// The claims of a generic number conflict in groups whose figures are within five times of some other
// figure of the group; one group when they all are, or when an article denies the claim.
std::vector<std::vector<const Claim*>> near_groups(const Finding& finding) {
    if (!finding.denied_in.empty()) return {};
    std::vector<std::vector<const Claim*>> groups;
    for (const Claim& claim : finding.claims) {
        std::vector<std::size_t> near;
        for (std::size_t g = 0; g < groups.size(); ++g)
            if (std::any_of(groups[g].begin(), groups[g].end(),
                            [&](const Claim* other) { return !far_apart(claim.value, other->value); }))
                near.push_back(g);
        if (near.empty()) {
            groups.push_back({&claim});
            continue;
        }
        // The claim joins the first near group and brings the others with it.
        for (std::size_t i = near.size(); i-- > 1;) {
            auto& merged = groups[near[i]];
            groups[near.front()].insert(groups[near.front()].end(), merged.begin(), merged.end());
            groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(near[i]));
        }
        groups[near.front()].push_back(&claim);
    }
    return groups;
}

// A conflict of a generic number rule between figures far apart becomes one finding per group of near
// figures (an agreement, an omission, or a conflict within the group), with a note; any other finding
// stays as it is.
std::vector<Finding> split_far_apart(const Rule& rule, Finding finding, std::size_t source_count) {
    if (finding.status != Status::conflict || !rule.generic || rule.type != RuleType::number) return {finding};
    auto groups = near_groups(finding);
    if (groups.size() < 2) return {finding};
    std::vector<Finding> parts;
    for (const auto& group : groups) {
        Finding part = align(rule, finding.rule, finding.key, source_count, group);
        for (const std::string& note : finding.notes) add_note(part.notes, note);
        part.notes.push_back(fmt::format("figures more than {} times apart are read as different things, not compared",
                                         far_apart_ratio));
        parts.push_back(std::move(part));
    }
    return parts;
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

// A key that is the last words of exactly one longer key in `keys` stands for that key.
std::map<std::string, std::string> longer_keys(const std::set<std::string>& keys) {
    std::map<std::string, std::string> longer_key;
    for (const auto& key : keys) {
        std::vector<std::string> longer;
        for (const auto& other : keys)
            if (other.size() > key.size() && other.ends_with(" " + key)) longer.push_back(other);
        if (longer.size() == 1) longer_key[key] = longer.front();
    }
    return longer_key;
}

// Short keys read as longer ones: names' short forms across the rules with key_short_forms ("union" of
// "national union": the party named in a seats claim is the same party in a vote-share claim), and nouns'
// heads within one rule with key_heads ("tower" of "cooling tower").
struct LongerKeys {
    std::map<std::string, std::string> names;
    std::map<std::size_t, std::map<std::string, std::string>> heads;  // per rule

    const std::map<std::string, std::string>* for_rule(const RuleSet& rules, std::size_t rule) const {
        if (rules.rules[rule].key_short_forms) return &names;
        auto it = heads.find(rule);
        return it == heads.end() ? nullptr : &it->second;
    }
};

// A noun's head stands for the longer key only when no article states both: "300 homes and four care
// homes" are two things in every article of the story.
LongerKeys longer_keys(const RuleSet& rules, const std::vector<Extraction>& extractions) {
    std::set<std::string> names;
    std::map<std::size_t, std::set<std::string>> nouns;
    std::vector<std::set<std::pair<std::size_t, std::string>>> nouns_per_article;
    for (const auto& extraction : extractions) {
        nouns_per_article.emplace_back();
        for (const auto& claim : extraction.claims) {
            if (claim.key.empty()) continue;
            if (rules.rules[claim.rule].key_short_forms) names.insert(claim.key);
            else if (rules.rules[claim.rule].key_heads) {
                nouns[claim.rule].insert(claim.key);
                nouns_per_article.back().insert({claim.rule, claim.key});
            }
        }
    }
    LongerKeys longer{longer_keys(names), {}};
    for (const auto& [rule, keys] : nouns) {
        auto heads = longer_keys(keys);
        std::erase_if(heads, [&, rule = rule](const auto& head) {
            return std::any_of(nouns_per_article.begin(), nouns_per_article.end(), [&](const auto& stated) {
                return stated.count({rule, head.first}) && stated.count({rule, head.second});
            });
        });
        longer.heads[rule] = std::move(heads);
    }
    return longer;
}

// Rewrites short keys to the longer key; returns the short keys read, per rule and longer key.
using ShortForms = std::map<std::pair<std::size_t, std::string>, std::set<std::string>>;
ShortForms fold_short_keys(const RuleSet& rules, std::vector<Extraction>& extractions) {
    const LongerKeys longer = longer_keys(rules, extractions);
    ShortForms read;
    for (auto& extraction : extractions)
        for (auto& claim : extraction.claims) {
            const auto* map = longer.for_rule(rules, claim.rule);
            if (!map) continue;
            auto it = map->find(claim.key);
            if (it == map->end()) continue;
            read[{claim.rule, it->second}].insert(claim.key);
            claim.key = it->second;
        }
    return read;
}

// What words that refer back in a finding's claims were read as.
std::vector<std::string> reading_notes(const Finding& finding) {
    std::vector<std::string> notes;
    for (const Claim& claim : finding.claims)
        if (!claim.reading_note.empty()) notes.push_back(claim.reading_note);
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
    const ShortForms short_forms = fold_short_keys(rules, extractions);

    const SameFigureFinder same_figures(articles, extractions);

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
            SameFigures same = same_figures.find(rules.rules[r], finding);
            if (!same.claims.empty()) {
                std::vector<const Claim*> with_figures = claims;
                for (const Claim& claim : same.claims) with_figures.push_back(&claim);
                finding = align(rules.rules[r], r, finding_key, articles.size(), with_figures);
                finding.notes.insert(finding.notes.end(), same.notes.begin(), same.notes.end());
            }
            for (const std::string& note : reading_notes(finding)) add_note(finding.notes, note);
            if (auto it = short_forms.find({r, key}); it != short_forms.end())
                for (const auto& short_form : it->second)
                    finding.notes.push_back(fmt::format("\"{}\" is read as \"{}\", the only longer {} in the story that ends with it",
                                                        short_form, key, rules.rules[r].key_short_forms ? "name" : "key"));
            for (Finding& part : split_far_apart(rules.rules[r], std::move(finding), articles.size())) {
                switch (part.status) {
                    case Status::agreement: ++report.summary.agreement; break;
                    case Status::omission: ++report.summary.omission; break;
                    case Status::conflict: ++report.summary.conflict; break;
                }
                report.findings.push_back(std::move(part));
            }
        }
    }
    for (auto& extraction : extractions) {
        report.dropped.insert(report.dropped.end(), extraction.dropped.begin(), extraction.dropped.end());
        report.warnings.insert(report.warnings.end(), extraction.warnings.begin(), extraction.warnings.end());
    }
    return report;
}

}  // namespace claimcheck
