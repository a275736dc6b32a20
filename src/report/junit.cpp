// JUnit XML in the shape Jenkins and GitLab read: one test suite "claimcheck", one test case per
// finding. Conflicts fail; omissions fail only when the run fails on omissions. The exit status alone
// follows --fail-on never: the test report still says what disagrees.
#include <optional>
#include <string>
#include <string_view>

#include "ci_common.hpp"
#include "claimcheck/render.hpp"

namespace claimcheck {

namespace {

// Reads one UTF-8 sequence at `i`; returns its code point and advances `i`, or returns nothing
// (advancing one byte) for a byte that does not start a well-formed sequence.
std::optional<char32_t> next_code_point(std::string_view text, std::size_t& i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char lead = byte(i);
    if (lead < 0x80) return ++i, char32_t{lead};
    std::size_t length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0;
    if (length == 0 || lead > 0xF4 || i + length > text.size()) return ++i, std::nullopt;
    char32_t code = lead & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return ++i, std::nullopt;
        code = (code << 6) | (byte(i + k) & 0x3F);
    }
    bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
    if (overlong || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return ++i, std::nullopt;
    i += length;
    return code;
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates, U+FFFE and U+FFFF.
bool allowed_in_xml(char32_t code) {
    if (code < 0x20) return code == '\t' || code == '\n' || code == '\r';
    return !(code >= 0xD800 && code <= 0xDFFF) && code != 0xFFFE && code != 0xFFFF;
}

// Escapes text for XML content or a double-quoted attribute. Characters XML 1.0 cannot carry at all
// are dropped and malformed UTF-8 becomes U+FFFD, so the document always parses. In attributes, tab,
// LF and CR are written as references because parsers turn literal ones into spaces.
std::string xml_escape(std::string_view text, bool attribute) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t start = i;
        std::optional<char32_t> code = next_code_point(text, i);
        if (!code) {
            out += "\xEF\xBF\xBD";
            continue;
        }
        if (!allowed_in_xml(*code)) continue;
        switch (*code) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += attribute ? "&quot;" : "\""; break;
            case '\t': out += attribute ? "&#9;" : "\t"; break;
            case '\n': out += attribute ? "&#10;" : "\n"; break;
            case '\r': out += "&#13;"; break;  // a literal CR would be folded into the line end
            default: out.append(text.substr(start, i - start));
        }
    }
    return out;
}

std::string attribute(const std::string& name, std::string_view value) {
    return " " + name + "=\"" + xml_escape(value, true) + "\"";
}

bool fails(const Finding& finding, FailOn fail_on) {
    return finding.status == Status::conflict || (finding.status == Status::omission && fail_on == FailOn::omission);
}

// One line per claim and per silent source, for the failure body.
std::string finding_details(const Report& report, const Finding& finding) {
    std::string out = ci::describe_finding(report, finding, true) + "\n";
    for (const Claim& claim : finding.claims) {
        std::string where = ci::source_id(report, claim.source);
        if (claim.source < report.sources.size() && !report.sources[claim.source].meta.path.empty())
            where += " (" + report.sources[claim.source].meta.path + ")";
        out += "  " + where + " " + std::to_string(claim.span.line) + ":" + std::to_string(claim.span.column) + " " +
               ci::claim_statement(claim) + ": \"" + claim.text + "\"\n";
    }
    for (std::size_t source : finding.missing_in) out += "  " + ci::source_id(report, source) + ": not stated\n";
    for (const std::string& note : finding.notes) out += "  note: " + note + "\n";
    return out;
}

std::string test_case(const Report& report, const Finding& finding, FailOn fail_on) {
    const RuleInfo& rule = ci::rule_of(report, finding);
    std::string out = "    <testcase" + attribute("classname", "claimcheck." + rule.id) +
                      attribute("name", ci::finding_name(report, finding) + " : " + rule.claim);
    if (finding.status == Status::agreement) return out + "/>\n";
    out += ">\n";
    if (fails(finding, fail_on)) {
        out += "      <failure" + attribute("message", ci::describe_finding(report, finding, true)) +
               attribute("type", ci::status_name(finding.status)) + ">" + xml_escape(finding_details(report, finding), false) +
               "</failure>\n";
    } else {
        // A finding that does not fail the run is still worth reading in the test report.
        out += "      <system-out>" + xml_escape(finding_details(report, finding), false) + "</system-out>\n";
    }
    return out + "    </testcase>\n";
}

}  // namespace

std::string render_junit(const Report& report, FailOn fail_on) {
    std::size_t failures = 0;
    std::string cases;
    for (const Finding& finding : report.findings) {
        if (fails(finding, fail_on)) ++failures;
        cases += test_case(report, finding, fail_on);
    }
    std::string counts = attribute("tests", std::to_string(report.findings.size())) +
                         attribute("failures", std::to_string(failures)) + attribute("errors", "0");
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<testsuites" + attribute("name", "claimcheck") + counts + ">\n";
    out += "  <testsuite" + attribute("name", "claimcheck") + counts + attribute("skipped", "0") + ">\n";
    out += cases;
    out += "  </testsuite>\n</testsuites>\n";
    return out;
}

}  // namespace claimcheck
