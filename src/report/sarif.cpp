// SARIF 2.1.0 (OASIS): one result per conflict (error) and omission (warning), for GitHub code
// scanning and other SARIF viewers. Columns are stated as UTF-16 code units (`columnKind`), the unit
// of the JavaScript-based viewers; claimcheck's byte offsets are given exactly as byteOffset/byteLength.
#include <algorithm>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include <nlohmann/json.hpp>

#include "ci_common.hpp"
#include "claimcheck/render.hpp"
#include "claimcheck/version.hpp"

namespace claimcheck {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

constexpr const char* sarif_schema_uri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
// Relative artifact URIs are resolved against the root of the checkout, the convention GitHub and
// the SARIF spec's examples share.
constexpr const char* source_root_base = "%SRCROOT%";
// The key of our partial fingerprint; the version changes whenever the recipe does.
constexpr const char* fingerprint_key = "claimcheckFinding/v1";

// Percent-encodes everything but RFC 3986 unreserved characters and the path separator, so spaces,
// '%', '#', '?', ':' (which would read as a scheme) and non-ASCII bytes survive as a URI path.
std::string percent_encode_path(const std::string& path) {
    static const char digits[] = "0123456789ABCDEF";
    std::string out;
    for (char c : path) {
        auto byte = static_cast<unsigned char>(c);
        bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') ||
                          byte == '-' || byte == '.' || byte == '_' || byte == '~' || byte == '/';
        if (unreserved) {
            out += c;
        } else {
            out += '%';
            out += digits[byte >> 4];
            out += digits[byte & 0xF];
        }
    }
    return out;
}

bool escapes_base(const fs::path& relative) {
    return relative.empty() || *relative.begin() == "..";
}

// The artifactLocation of a source: relative to the working folder (with %SRCROOT%) when the file is
// inside it, an absolute file URI otherwise, and the source id for an inline source.
Json artifact_location(const ArticleMeta& meta, const std::string& working_folder) {
    if (meta.path.empty()) return Json{{"uri", percent_encode_path(meta.id)}};
    fs::path path = fs::path(meta.path).lexically_normal();
    fs::path base = fs::path(working_folder.empty() ? "." : working_folder).lexically_normal();
    std::error_code error;
    if (path.is_absolute() != base.is_absolute()) {
        // Mixed forms are compared through the current directory, which is what a relative path means.
        path = fs::absolute(path, error).lexically_normal();
        base = fs::absolute(base, error).lexically_normal();
    }
    fs::path relative = path.lexically_relative(base);
    if (!escapes_base(relative))
        return Json{{"uri", percent_encode_path(relative.generic_string())}, {"uriBaseId", source_root_base}};
    fs::path absolute = path.is_absolute() ? path : fs::absolute(path, error).lexically_normal();
    return Json{{"uri", "file://" + percent_encode_path(absolute.generic_string())}};
}

// SARIF reads "[text](target)" in a message as a link; literal brackets from articles are escaped.
std::string message_text(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '[' || c == ']') out += '\\';
        out += c;
    }
    return out;
}

Json region(const Report& report, const Claim& claim) {
    ci::CodeUnitSpan span = ci::utf16_span(report, claim);
    Json out;
    out["startLine"] = span.line;
    out["startColumn"] = span.column;
    out["endLine"] = span.end_line >= span.line ? span.end_line : span.line;
    if (span.end_column >= 1) out["endColumn"] = span.end_column;
    out["byteOffset"] = claim.span.start;
    out["byteLength"] = claim.span.end >= claim.span.start ? claim.span.end - claim.span.start : 0;
    out["snippet"] = Json{{"text", claim.text}};
    return out;
}

// A location for one claim. A .json article's positions refer to its "text" field, not to the file,
// so such a location names the file without a region rather than point at the wrong bytes.
Json claim_location(const Report& report, const Claim& claim, const std::string& working_folder) {
    Json physical;
    if (claim.source < report.sources.size()) {
        const ArticleMeta& meta = report.sources[claim.source].meta;
        physical["artifactLocation"] = artifact_location(meta, working_folder);
        bool has_region = claim.span.line > 0 && (meta.path.empty() || ci::positions_are_in_file(meta));
        if (has_region) physical["region"] = region(report, claim);
    } else {
        physical["artifactLocation"] = Json{{"uri", percent_encode_path(ci::source_id(report, claim.source))}};
    }
    Json location;
    location["physicalLocation"] = std::move(physical);
    std::string said = ci::source_id(report, claim.source) + " " + ci::claim_statement(claim) + " (" +
                       ci::line_label(claim) + "): \"" + claim.text + "\"";
    location["message"] = Json{{"text", message_text(said)}};
    return location;
}

// Stable across runs: built from what the finding is (rule, key, status, who says what, who is
// silent), never from offsets, which move whenever unrelated text is edited.
std::string fingerprint(const Report& report, const Finding& finding) {
    constexpr char field = '\x1f';
    std::vector<std::string> statements;
    for (const Claim& claim : finding.claims)
        statements.push_back(ci::source_id(report, claim.source) + '\x1e' + (claim.denial ? "deny" : "state") + '\x1e' +
                             claim.text);
    std::sort(statements.begin(), statements.end());
    std::vector<std::string> missing;
    for (std::size_t source : finding.missing_in) missing.push_back(ci::source_id(report, source));
    std::sort(missing.begin(), missing.end());

    std::string recipe = ci::rule_of(report, finding).id;
    recipe += field + std::string(finding.key ? "key:" + *finding.key : "nokey");
    recipe += field + std::string(ci::status_name(finding.status));
    for (const std::string& statement : statements) recipe += field + statement;
    for (const std::string& source : missing) recipe += field + std::string("missing:") + source;
    return ci::fnv1a64_hex(recipe);
}

Json source_ids(const Report& report, const std::vector<std::size_t>& sources) {
    Json ids = Json::array();
    for (std::size_t source : sources) ids.push_back(ci::source_id(report, source));
    return ids;
}

Json result(const Report& report, const Finding& finding, const std::string& working_folder) {
    const RuleInfo& rule = ci::rule_of(report, finding);
    Json out;
    out["ruleId"] = rule.id;
    if (finding.rule < report.rules.size()) out["ruleIndex"] = finding.rule;
    out["kind"] = "fail";
    out["level"] = finding.status == Status::conflict ? "error" : "warning";
    out["message"] = Json{{"text", message_text(ci::describe_finding(report, finding, false))}};
    if (!finding.claims.empty()) {
        out["locations"] = Json::array({claim_location(report, finding.claims.front(), working_folder)});
        Json related = Json::array();
        for (std::size_t i = 1; i < finding.claims.size(); ++i) {
            Json location = claim_location(report, finding.claims[i], working_folder);
            Json with_id;
            with_id["id"] = i;
            for (auto& [name, value] : location.items()) with_id[name] = value;
            related.push_back(std::move(with_id));
        }
        if (!related.empty()) out["relatedLocations"] = std::move(related);
    }
    out["partialFingerprints"] = Json{{fingerprint_key, fingerprint(report, finding)}};
    Json properties;
    properties["status"] = ci::status_name(finding.status);
    if (finding.key) properties["key"] = *finding.key;
    properties["missingIn"] = source_ids(report, finding.missing_in);
    properties["deniedIn"] = source_ids(report, finding.denied_in);
    if (!finding.notes.empty()) properties["notes"] = finding.notes;
    out["properties"] = std::move(properties);
    return out;
}

Json rule_descriptor(const RuleInfo& rule) {
    Json out;
    out["id"] = rule.id;
    out["shortDescription"] = Json{{"text", rule.claim}};
    if (!rule.description.empty()) out["fullDescription"] = Json{{"text", rule.description}};
    return out;
}

Json tool(const Report& report) {
    Json driver;
    driver["name"] = tool_name;
    driver["version"] = tool_version;
    driver["semanticVersion"] = tool_version;
    Json rules = Json::array();
    for (const RuleInfo& rule : report.rules) rules.push_back(rule_descriptor(rule));
    driver["rules"] = std::move(rules);
    return Json{{"driver", std::move(driver)}};
}

}  // namespace

std::string render_sarif(const Report& report, const std::string& working_folder) {
    Json results = Json::array();
    for (const Finding& finding : report.findings)
        if (ci::is_problem(finding)) results.push_back(result(report, finding, working_folder));

    Json run;
    run["tool"] = tool(report);
    run["columnKind"] = "utf16CodeUnits";
    run["newlineSequences"] = Json::array({"\r\n", "\n"});
    run["results"] = std::move(results);

    Json log;
    log["$schema"] = sarif_schema_uri;
    log["version"] = "2.1.0";
    log["runs"] = Json::array({std::move(run)});
    // Article text was checked as UTF-8 when read; a hand-built report with bad bytes still renders.
    return log.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace claimcheck
