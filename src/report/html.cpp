// The HTML report: one self-contained page (inline style and script, no external resources).
// Every piece of report text is untrusted and goes through html::append_escaped; nothing from the
// report is ever placed in a URL, a script or a style, and ids are built from indexes only.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "claimcheck/render.hpp"
#include "html_assets.hpp"
#include "html_escape.hpp"
#include "html_highlight.hpp"
#include "html_values.hpp"

namespace claimcheck {

namespace {

using html::append_escaped;
using html::escaped;

const char* status_name(Status status) {
    switch (status) {
    case Status::conflict: return "conflict";
    case Status::omission: return "omission";
    case Status::agreement: return "agreement";
    }
    return "agreement";
}

const char* status_title(Status status) {
    switch (status) {
    case Status::conflict: return "Conflict";
    case Status::omission: return "Omission";
    case Status::agreement: return "Agreement";
    }
    return "Agreement";
}

// Conflicts first, then omissions, then agreements; report order within a status.
std::vector<std::size_t> findings_by_status(const Report& report) {
    std::vector<std::size_t> order;
    for (Status status : {Status::conflict, Status::omission, Status::agreement})
        for (std::size_t i = 0; i < report.findings.size(); ++i)
            if (report.findings[i].status == status) order.push_back(i);
    return order;
}

const RuleInfo* rule_of(const Report& report, std::size_t index) {
    return index < report.rules.size() ? &report.rules[index] : nullptr;
}

std::string source_name(const Report& report, std::size_t index) {
    if (index < report.sources.size()) return report.sources[index].meta.id;
    return fmt::format("source {}", index + 1);
}

// The page's policy: nothing may be loaded, and only the embedded style and script (by hash) apply,
// so markup that escaped escaping could still neither run nor fetch anything.
void write_head(std::string& out) {
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += fmt::format(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'sha256-{}'; script-src 'sha256-{}'; img-src 'none'; form-action 'none'; base-uri 'none'\">\n",
        html::sha256_base64(html::stylesheet()), html::sha256_base64(html::script()));
    out += "<meta name=\"referrer\" content=\"no-referrer\">\n";
    out += "<title>claimcheck report</title>\n<style>";
    out += html::stylesheet();
    out += "</style>\n</head>\n";
}

void write_sources(std::string& out, const Report& report) {
    out += "<section aria-labelledby=\"sources-heading\">\n<h2 id=\"sources-heading\">Sources</h2>\n";
    out += "<table class=\"sources\">\n<thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Title or outlet</th>"
           "<th scope=\"col\">Published</th><th scope=\"col\">File</th></tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < report.sources.size(); ++i) {
        const ArticleMeta& meta = report.sources[i].meta;
        std::string title = meta.title.value_or("");
        if (meta.outlet) title += title.empty() ? *meta.outlet : " (" + *meta.outlet + ")";
        out += fmt::format("<tr><th scope=\"row\"><a href=\"#s-{}\">", i);
        append_escaped(out, meta.id);
        out += "</a></th><td>";
        append_escaped(out, title.empty() ? "\xE2\x80\x94" : title);
        out += "</td><td>";
        append_escaped(out, meta.published.value_or("unknown"));
        out += "</td><td><code>";
        append_escaped(out, meta.path.empty() ? "(inline)" : meta.path);
        out += "</code></td></tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
}

void write_filter_button(std::string& out, const char* filter, const char* label, std::size_t count,
                         bool pressed) {
    out += fmt::format("<li><button type=\"button\" class=\"filter\" data-filter=\"{}\" aria-pressed=\"{}\">{} "
                       "<span class=\"count\" data-count=\"{}\">{}</span></button></li>\n",
                       filter, pressed ? "true" : "false", label, filter, count);
}

// The counts are buttons that filter the findings; without a script they still show the counts.
void write_filters(std::string& out, const Report& report) {
    const Summary& s = report.summary;
    out += "<nav aria-label=\"Filter findings\">\n<ul class=\"counts\">\n";
    write_filter_button(out, "all", "All", s.conflict + s.omission + s.agreement, true);
    write_filter_button(out, "conflict", "Conflicts", s.conflict, false);
    write_filter_button(out, "omission", "Omissions", s.omission, false);
    write_filter_button(out, "agreement", "Agreements", s.agreement, false);
    out += "</ul>\n<div class=\"text-filter\" id=\"text-filter-box\" hidden>"
           "<label for=\"text-filter\">Filter findings by text</label>"
           "<input type=\"search\" id=\"text-filter\" autocomplete=\"off\" spellcheck=\"false\"></div>\n"
           "</nav>\n";
}

void write_claim_value(std::string& out, const Claim& claim, std::string_view anchor) {
    if (claim.denial) out += "<span class=\"denies\">denies</span> ";
    if (claim.figure_only)
        out += "<span class=\"figure-only\" title=\"no pattern of the rule reads this sentence; the figure is the "
               "one the other sources state\">same figure</span> ";
    out += fmt::format("<a class=\"evidence\" href=\"#{}\">", anchor);
    append_escaped(out, html::value_as_written(claim));
    out += "</a>";
    std::string resolved = html::value_resolved(claim);
    if (!resolved.empty() && resolved != html::value_as_written(claim)) {
        out += " <span class=\"interval\">";
        append_escaped(out, resolved);
        out += "</span>";
    }
    if (!claim.value.note.empty()) {
        out += " <span class=\"where\">(";
        append_escaped(out, claim.value.note);
        out += ")</span>";
    }
    out += fmt::format(" <span class=\"where\">line {}</span>", claim.span.line);
}

bool contains(const std::vector<std::size_t>& list, std::size_t value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

// One row per source: its values with links to the evidence, "not stated" or "denies".
void write_source_values(std::string& out, const Report& report, const Finding& finding, std::size_t index) {
    out += "<table class=\"values\">\n<tbody>\n";
    for (std::size_t s = 0; s < report.sources.size(); ++s) {
        out += "<tr><th scope=\"row\">";
        append_escaped(out, source_name(report, s));
        out += "</th><td>";
        bool written = false;
        for (std::size_t c = 0; c < finding.claims.size(); ++c) {
            if (finding.claims[c].source != s) continue;
            if (written) out += "<br>";
            write_claim_value(out, finding.claims[c], html::claim_anchor(index, c));
            written = true;
        }
        if (!written && contains(finding.denied_in, s)) out += "<span class=\"denies\">denies</span>";
        else if (!written && contains(finding.missing_in, s)) out += "<span class=\"not-stated\">not stated</span>";
        else if (!written) out += "<span class=\"muted\">\xE2\x80\x94</span>";
        out += "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
}

void write_finding(std::string& out, const Report& report, std::size_t index) {
    const Finding& finding = report.findings[index];
    const RuleInfo* rule = rule_of(report, finding.rule);
    std::string claims;
    for (std::size_t c = 0; c < finding.claims.size(); ++c)
        claims += (c ? " " : "") + html::claim_anchor(index, c);
    out += fmt::format("<li class=\"finding st-{0}\" id=\"f-{1}\" data-status=\"{0}\" data-claims=\"{2}\">\n",
                       status_name(finding.status), index, claims);
    out += fmt::format("<div class=\"finding-head\"><span class=\"badge st-{}\">{}</span> <h3>",
                       status_name(finding.status), status_title(finding.status));
    std::string claim_text = rule ? (rule->claim.empty() ? rule->id : rule->claim) : "unknown rule";
    append_escaped(out, claim_text);
    out += "</h3></div>\n<p class=\"rule\">rule <code>";
    append_escaped(out, rule ? rule->id : fmt::format("#{}", finding.rule));
    out += "</code>";
    if (finding.key) {
        out += " \xC2\xB7 key <code>";
        append_escaped(out, *finding.key);
        out += "</code>";
    }
    out += "</p>\n";
    write_source_values(out, report, finding, index);
    if (finding.status == Status::conflict) {
        std::string gap = html::conflict_gap(finding);
        if (!gap.empty()) {
            out += "<p class=\"gap\">";
            append_escaped(out, gap);
            out += "</p>\n";
        }
    }
    if (!finding.notes.empty()) {
        out += "<ul class=\"notes\">\n";
        for (const std::string& note : finding.notes) {
            out += "<li>";
            append_escaped(out, note);
            out += "</li>\n";
        }
        out += "</ul>\n";
    }
    if (!finding.claims.empty()) out += "<button type=\"button\" class=\"select\">Show in articles</button>\n";
    out += "</li>\n";
}

void write_findings(std::string& out, const Report& report) {
    out += "<section class=\"findings-pane\" aria-labelledby=\"findings-heading\">\n"
           "<h2 id=\"findings-heading\">Findings</h2>\n";
    write_filters(out, report);
    out += "<p id=\"filter-status\" class=\"filter-status muted\" role=\"status\" hidden></p>\n";
    if (report.findings.empty()) out += "<p>No findings: no rule matched any article.</p>\n";
    out += "<ol class=\"findings\">\n";
    for (std::size_t index : findings_by_status(report)) write_finding(out, report, index);
    out += "</ol>\n</section>\n";
}

void write_article(std::string& out, const Report& report, std::size_t s) {
    const SourceInfo& source = report.sources[s];
    out += fmt::format("<article class=\"source\" id=\"s-{0}\" aria-labelledby=\"s-{0}-heading\">\n"
                       "<div class=\"source-head\"><h3 id=\"s-{0}-heading\">",
                       s);
    append_escaped(out, source.meta.id);
    out += "</h3>";
    std::string details = source.meta.title.value_or("");
    for (const auto& part : {source.meta.outlet, source.meta.published})
        if (part) details += (details.empty() ? "" : " \xC2\xB7 ") + *part;
    if (!details.empty()) {
        out += "<p>";
        append_escaped(out, details);
        out += "</p>";
    }
    out += fmt::format("</div>\n<div class=\"text\" id=\"s-{0}-text\" tabindex=\"0\" role=\"region\" "
                       "aria-labelledby=\"s-{0}-heading\">",
                       s);
    html::append_highlighted_text(out, report, s);
    out += "</div>\n</article>\n";
}

void write_articles(std::string& out, const Report& report) {
    out += "<section class=\"articles-pane\" id=\"articles\" aria-labelledby=\"articles-heading\">\n"
           "<h2 id=\"articles-heading\">Articles</h2>\n<div class=\"columns\">\n";
    for (std::size_t s = 0; s < report.sources.size(); ++s) write_article(out, report, s);
    out += "</div>\n</section>\n";
}

void write_unmatched(std::string& out, const Report& report) {
    if (report.unmatched_rules.empty()) return;
    out += "<h3>Rules that matched no article</h3>\n<ul>\n";
    for (std::size_t r : report.unmatched_rules) {
        const RuleInfo* rule = rule_of(report, r);
        if (!rule) continue;
        out += "<li><code>";
        append_escaped(out, rule->id);
        out += "</code>: ";
        append_escaped(out, rule->claim);
        out += "</li>\n";
    }
    out += "</ul>\n";
}

void write_dropped(std::string& out, const Report& report) {
    if (report.dropped.empty()) return;
    out += "<h3>Matches set aside</h3>\n<ul>\n";
    for (const DroppedMatch& dropped : report.dropped) {
        const RuleInfo* rule = rule_of(report, dropped.rule);
        out += "<li>";
        append_escaped(out, fmt::format("{}:{}:{}", source_name(report, dropped.source), dropped.span.line,
                                        dropped.span.column));
        out += " <code>";
        append_escaped(out, rule ? rule->id : "");
        out += "</code> \xE2\x80\x9C";
        append_escaped(out, dropped.text);
        out += "\xE2\x80\x9D: ";
        append_escaped(out, dropped.reason);
        out += "</li>\n";
    }
    out += "</ul>\n";
}

void write_warnings(std::string& out, const Report& report) {
    if (report.warnings.empty()) return;
    out += "<h3>Warnings</h3>\n<ul>\n";
    for (const Diagnostic& warning : report.warnings) {
        out += "<li><code>";
        append_escaped(out, format_diagnostic(warning));
        out += "</code></li>\n";
    }
    out += "</ul>\n";
}

void write_extras(std::string& out, const Report& report) {
    if (report.unmatched_rules.empty() && report.dropped.empty() && report.warnings.empty()) return;
    out += "<section class=\"extras\" aria-labelledby=\"extras-heading\">\n<h2 id=\"extras-heading\">Also noted</h2>\n";
    write_unmatched(out, report);
    write_dropped(out, report);
    write_warnings(out, report);
    out += "</section>\n";
}

}  // namespace

std::string render_html(const Report& report) {
    std::string out;
    write_head(out);
    out += "<body>\n<header class=\"page-header\">\n<h1>claimcheck report</h1>\n";
    write_sources(out, report);
    out += "</header>\n<main>\n<div class=\"layout\">\n";
    write_findings(out, report);
    write_articles(out, report);
    out += "</div>\n";
    write_extras(out, report);
    out += "</main>\n<footer class=\"page-footer\"><p>Written by claimcheck. Highlights are coloured by status and "
           "underlined solid for a conflict, dashed for an omission, dotted for an agreement.</p></footer>\n<script>";
    out += html::script();
    out += "</script>\n</body>\n</html>\n";
    return out;
}

}  // namespace claimcheck
