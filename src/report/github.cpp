// GitHub Actions workflow commands: an ::error annotation at each claim of a conflict and a ::warning
// at each claim of an omission, so a pull request shows the disagreement on the article's own lines.
// Columns are UTF-16 code units, like the SARIF output.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "ci_common.hpp"
#include "claimcheck/render.hpp"

namespace claimcheck {

namespace {

// The escaping of @actions/core (packages/core/src/command.ts): the runner decodes these sequences.
// Other control characters (an ESC could restyle the log) are dropped; articles never need them.
std::string escape_data(std::string_view text) {
    std::string out;
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t' && c != '\r' && c != '\n') || byte == 0x7F) continue;
        switch (c) {
            case '%': out += "%25"; break;
            case '\r': out += "%0D"; break;
            case '\n': out += "%0A"; break;
            default: out += c;
        }
    }
    return out;
}

// Property values end at ',' and the message starts after "::", so both are escaped as well.
std::string escape_property(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case ':': out += "%3A"; break;
            case ',': out += "%2C"; break;
            default: out += escape_data(std::string_view(&c, 1));
        }
    }
    return out;
}

struct Property {
    std::string name;
    std::string value;
};

std::string command(const char* name, const std::vector<Property>& properties, const std::string& message) {
    std::string out = std::string("::") + name;
    for (std::size_t i = 0; i < properties.size(); ++i)
        out += (i == 0 ? " " : ",") + properties[i].name + "=" + escape_property(properties[i].value);
    return out + "::" + escape_data(message) + "\n";
}

// Where the annotation goes. GitHub ignores columns on an annotation that spans lines, so they are
// only given for a single-line claim. A .json article's positions are in its "text" field, not the
// file, so it is annotated as a whole file; an inline source has no file at all.
std::vector<Property> claim_place(const Report& report, const Claim& claim) {
    std::vector<Property> place;
    if (claim.source >= report.sources.size()) return place;
    const ArticleMeta& meta = report.sources[claim.source].meta;
    if (meta.path.empty()) return place;
    place.push_back({"file", std::filesystem::path(meta.path).lexically_normal().generic_string()});
    if (!ci::positions_are_in_file(meta) || claim.span.line == 0) return place;
    ci::CodeUnitSpan span = ci::utf16_span(report, claim);
    std::size_t end_line = span.end_line >= span.line ? span.end_line : span.line;
    bool one_line = end_line == span.line;
    place.push_back({"line", std::to_string(span.line)});
    if (one_line) place.push_back({"col", std::to_string(span.column)});
    place.push_back({"endLine", std::to_string(end_line)});
    if (one_line) place.push_back({"endColumn", std::to_string(span.end_column)});
    return place;
}

std::string annotations(const Report& report, const Finding& finding) {
    const char* level = finding.status == Status::conflict ? "error" : "warning";
    std::string title = std::string("claimcheck ") + ci::status_name(finding.status) + ": " + ci::finding_name(report, finding);
    std::string description = ci::describe_finding(report, finding, false);
    if (finding.claims.empty()) return command(level, {{"title", title}}, description);
    std::string out;
    for (const Claim& claim : finding.claims) {
        std::vector<Property> properties = claim_place(report, claim);
        properties.push_back({"title", title});
        std::string here = ci::source_id(report, claim.source) + " " + ci::claim_statement(claim) + " here. ";
        out += command(level, properties, here + description);
    }
    return out;
}

}  // namespace

std::string render_github(const Report& report) {
    std::string out;
    for (const Finding& finding : report.findings)
        if (ci::is_problem(finding)) out += annotations(report, finding);
    return out;
}

}  // namespace claimcheck
