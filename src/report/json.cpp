#include <cmath>
#include <cstdint>
#include <limits>

#include <nlohmann/json.hpp>

#include "claimcheck/date.hpp"
#include "claimcheck/render.hpp"
#include "claimcheck/version.hpp"

namespace claimcheck {

namespace {

using Json = nlohmann::ordered_json;

// Whole numbers print as integers (6, not 6.0); an unbounded end is null, never an infinity.
Json number(double x) {
    if (!std::isfinite(x)) return nullptr;
    if (std::floor(x) == x && std::fabs(x) < 9.007199254740992e15) return static_cast<int64_t>(x);
    return x;
}

Json optional(const std::optional<std::string>& s) { return s ? Json(*s) : Json(nullptr); }

Json value_json(RuleType type, const Value& value) {
    Json out;
    out["text"] = value.text;
    if (type == RuleType::number) {
        if (value.quantity) {
            const Interval& i = value.quantity->interval;
            out["low"] = number(i.low);
            out["high"] = number(i.high);
            out["low_open"] = i.low_open;
            out["high_open"] = i.high_open;
            out["unit"] = value.quantity->unit.empty() ? Json(nullptr) : Json(value.quantity->unit);
        } else {
            out["low"] = nullptr;
            out["high"] = nullptr;
            out["low_open"] = false;
            out["high_open"] = false;
            out["unit"] = nullptr;
        }
    } else if (type == RuleType::date) {
        out["from"] = value.date ? Json(format_iso_date(value.date->from)) : Json(nullptr);
        out["to"] = value.date ? Json(format_iso_date(value.date->to)) : Json(nullptr);
    } else if (type == RuleType::text) {
        out["folded"] = value.folded;
    }
    if (!value.note.empty()) out["note"] = value.note;
    return out;
}

Json claim_json(const Report& report, RuleType type, const Claim& claim) {
    Json out;
    out["source"] = report.sources[claim.source].meta.id;
    out["start"] = claim.span.start;
    out["end"] = claim.span.end;
    out["line"] = claim.span.line;
    out["column"] = claim.span.column;
    out["text"] = claim.text;
    out["value"] = claim.denial ? Json(nullptr) : value_json(type, claim.value);
    if (claim.denial) out["denial"] = true;
    if (claim.figure_only) out["figure_only"] = true;
    return out;
}

Json source_ids(const Report& report, const std::vector<std::size_t>& indexes) {
    Json out = Json::array();
    for (std::size_t i : indexes) out.push_back(report.sources[i].meta.id);
    return out;
}

Json finding_json(const Report& report, const Finding& finding) {
    const RuleInfo& rule = report.rules[finding.rule];
    Json out;
    out["rule"] = rule.id;
    out["key"] = optional(finding.key);
    out["claim"] = rule.claim;
    out["type"] = to_string(rule.type);
    out["status"] = to_string(finding.status);
    out["missing_in"] = source_ids(report, finding.missing_in);
    out["denied_in"] = source_ids(report, finding.denied_in);
    out["claims"] = Json::array();
    for (const auto& claim : finding.claims) out["claims"].push_back(claim_json(report, rule.type, claim));
    out["notes"] = finding.notes;
    return out;
}

}  // namespace

nlohmann::ordered_json report_json(const Report& report) {
    Json out;
    out["version"] = 1;
    out["tool"] = {{"name", tool_name}, {"version", tool_version}};
    out["sources"] = Json::array();
    for (const auto& source : report.sources) {
        Json s;
        s["id"] = source.meta.id;
        s["path"] = source.meta.path.empty() ? Json(nullptr) : Json(source.meta.path);
        s["published"] = optional(source.meta.published);
        if (source.meta.title) s["title"] = *source.meta.title;
        if (source.meta.outlet) s["outlet"] = *source.meta.outlet;
        if (source.meta.url) s["url"] = *source.meta.url;
        out["sources"].push_back(s);
    }
    out["findings"] = Json::array();
    for (const auto& finding : report.findings) out["findings"].push_back(finding_json(report, finding));
    out["summary"] = {{"agreement", report.summary.agreement},
                      {"omission", report.summary.omission},
                      {"conflict", report.summary.conflict}};
    out["unmatched_rules"] = Json::array();
    for (std::size_t r : report.unmatched_rules) out["unmatched_rules"].push_back(report.rules[r].id);
    out["dropped"] = Json::array();
    for (const auto& d : report.dropped)
        out["dropped"].push_back({{"rule", report.rules[d.rule].id},
                                  {"source", report.sources[d.source].meta.id},
                                  {"start", d.span.start},
                                  {"end", d.span.end},
                                  {"line", d.span.line},
                                  {"column", d.span.column},
                                  {"text", d.text},
                                  {"reason", d.reason}});
    return out;
}

std::string render_json(const Report& report) {
    return report_json(report).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace claimcheck
