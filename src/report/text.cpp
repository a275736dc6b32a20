#include <array>
#include <cmath>

#include <fmt/format.h>

#include "claimcheck/render.hpp"

namespace claimcheck {

namespace {

struct Palette {
    const char* conflict = "";
    const char* omission = "";
    const char* agreement = "";
    const char* dim = "";
    const char* reset = "";
};

Palette palette(bool colour) {
    if (!colour) return {};
    return {"\x1b[1;31m", "\x1b[1;33m", "\x1b[32m", "\x1b[2m", "\x1b[0m"};
}

const char* label(Status s) {
    switch (s) {
        case Status::conflict: return "CONFLICT ";
        case Status::omission: return "OMISSION ";
        case Status::agreement: return "AGREEMENT";
    }
    return "";
}

std::string bound(double x) {
    if (std::floor(x) == x && std::fabs(x) < 1e15) return fmt::format("{}", static_cast<long long>(x));
    return fmt::format("{:g}", x);
}

// "some 170 [153, 187]": the value as written, then what it was read as when that differs.
std::string describe(RuleType type, const Claim& claim) {
    if (claim.denial) return fmt::format("denies: \"{}\"", claim.text);
    std::string out = fmt::format("{}\"{}\"", claim.figure_only ? "same figure: " : "", claim.value.text);
    if (type == RuleType::number && claim.value.quantity) {
        const Interval& i = claim.value.quantity->interval;
        std::string unit = claim.value.quantity->unit.empty() ? "" : " " + claim.value.quantity->unit;
        if (i.low == i.high) out += fmt::format(" = {}{}", bound(i.low), unit);
        else
            out += fmt::format(" = {}{}, {}{}{}", i.low_open ? '(' : '[', std::isinf(i.low) ? "-inf" : bound(i.low),
                               std::isinf(i.high) ? "inf" : bound(i.high), i.high_open ? ')' : ']', unit);
    }
    if (type == RuleType::date && claim.value.date) {
        out += " = " + format_iso_date(claim.value.date->from);
        if (claim.value.date->to != claim.value.date->from) out += ".." + format_iso_date(claim.value.date->to);
    }
    if (!claim.value.note.empty()) out += " (" + claim.value.note + ")";
    return out;
}

std::size_t id_width(const Report& report) {
    std::size_t width = 0;
    for (const auto& s : report.sources) width = std::max(width, s.meta.id.size());
    return width;
}

void render_finding(std::string& out, const Report& report, const Finding& f, const Palette& p) {
    const RuleInfo& rule = report.rules[f.rule];
    const char* colour = f.status == Status::conflict ? p.conflict : f.status == Status::omission ? p.omission : p.agreement;
    out += fmt::format("{}{}{}  {}{}  {}{}{}\n", colour, label(f.status), p.reset, rule.id,
                       f.key ? " [" + *f.key + "]" : "", p.dim, rule.claim, p.reset);
    std::size_t width = id_width(report);
    for (const auto& claim : f.claims)
        out += fmt::format("    {:<{}}  {:>7}  {}\n", report.sources[claim.source].meta.id, width,
                           fmt::format("{}:{}", claim.span.line, claim.span.column), describe(rule.type, claim));
    for (std::size_t s : f.missing_in)
        out += fmt::format("    {:<{}}  {:>7}  {}not stated{}\n", report.sources[s].meta.id, width, "", p.dim, p.reset);
    for (const auto& note : f.notes) out += fmt::format("    note: {}\n", note);
}

}  // namespace

std::string render_text(const Report& report, bool colour) {
    Palette p = palette(colour);
    std::string out;
    for (Status status : {Status::conflict, Status::omission, Status::agreement})
        for (const auto& finding : report.findings)
            if (finding.status == status) render_finding(out, report, finding, p);
    if (!report.findings.empty()) out += "\n";
    out += fmt::format("{}{} conflict{}{}, {}{} omission{}{}, {}{} agreement{}{} across {} sources",
                       report.summary.conflict ? p.conflict : "", report.summary.conflict,
                       report.summary.conflict == 1 ? "" : "s", p.reset, report.summary.omission ? p.omission : "",
                       report.summary.omission, report.summary.omission == 1 ? "" : "s", p.reset, p.agreement,
                       report.summary.agreement, report.summary.agreement == 1 ? "" : "s", p.reset,
                       report.sources.size());
    if (!report.unmatched_rules.empty()) {
        out += fmt::format("; {} rule{} matched nothing:", report.unmatched_rules.size(),
                           report.unmatched_rules.size() == 1 ? "" : "s");
        for (std::size_t r : report.unmatched_rules) out += " " + report.rules[r].id;
    }
    out += "\n";
    return out;
}

}  // namespace claimcheck
