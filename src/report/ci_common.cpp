#include "ci_common.hpp"

#include <filesystem>

namespace claimcheck::ci {

bool is_problem(const Finding& finding) { return finding.status != Status::agreement; }

const char* status_name(Status status) {
    switch (status) {
        case Status::agreement: return "agreement";
        case Status::omission: return "omission";
        case Status::conflict: return "conflict";
    }
    return "agreement";
}

const RuleInfo& rule_of(const Report& report, const Finding& finding) {
    static const RuleInfo unknown{"unknown-rule", "unknown claim", "", RuleType::text, {}};
    return finding.rule < report.rules.size() ? report.rules[finding.rule] : unknown;
}

std::string source_id(const Report& report, std::size_t source) {
    if (source < report.sources.size()) return report.sources[source].meta.id;
    return "source " + std::to_string(source + 1);
}

std::string finding_name(const Report& report, const Finding& finding) {
    std::string name = rule_of(report, finding).id;
    if (finding.key && !finding.key->empty()) name += " " + *finding.key;
    return name;
}

std::string claim_statement(const Claim& claim) {
    if (claim.denial) return "denies it";
    const std::string& said = claim.value.text.empty() ? claim.text : claim.value.text;
    return (claim.figure_only ? "has the same figure \"" : "says \"") + said + "\"";
}

std::string line_label(const Claim& claim) { return "line " + std::to_string(claim.span.line); }

namespace {

std::string place_label(const Claim& claim, bool with_columns) {
    std::string label = line_label(claim);
    if (with_columns) label += ":" + std::to_string(claim.span.column);
    return label;
}

std::string join_sources(const Report& report, const std::vector<std::size_t>& sources) {
    std::string out;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (i > 0) out += ", ";
        out += source_id(report, sources[i]);
    }
    return out;
}

std::string finding_subject(const Report& report, const Finding& finding) {
    std::string subject = "\"" + rule_of(report, finding).claim + "\"";
    if (finding.key && !finding.key->empty()) subject += " (key \"" + *finding.key + "\")";
    return subject;
}

}  // namespace

std::string describe_finding(const Report& report, const Finding& finding, bool with_columns) {
    std::string out = std::string(status_name(finding.status)) +
                      (finding.status == Status::omission ? " of " : " on ") + finding_subject(report, finding) + ": ";
    for (std::size_t i = 0; i < finding.claims.size(); ++i) {
        const Claim& claim = finding.claims[i];
        if (i > 0) out += ", ";
        out += source_id(report, claim.source) + " " + claim_statement(claim) + " (" + place_label(claim, with_columns) + ")";
    }
    if (finding.claims.empty()) out += "no article states it";
    if (!finding.missing_in.empty()) {
        out += finding.status == Status::omission ? "; left out by " : "; not stated by ";
        out += join_sources(report, finding.missing_in);
    }
    for (const std::string& note : finding.notes) out += "; note: " + note;
    return out;
}

bool positions_are_in_file(const ArticleMeta& meta) {
    return !meta.path.empty() && std::filesystem::path(meta.path).extension() != ".json";
}

std::size_t utf16_column(std::string_view text, std::size_t offset, std::size_t byte_column) {
    if (byte_column == 0 || offset > text.size() || byte_column - 1 > offset) return byte_column;
    std::size_t units = 0;
    for (std::size_t i = offset - (byte_column - 1); i < offset; ++i) {
        auto byte = static_cast<unsigned char>(text[i]);
        if ((byte & 0xC0) == 0x80) continue;  // a continuation byte belongs to the character before
        units += byte >= 0xF0 ? 2 : 1;          // four-byte sequences are surrogate pairs in UTF-16
    }
    return units + 1;
}

CodeUnitSpan utf16_span(const Report& report, const Claim& claim) {
    const Span& span = claim.span;
    if (span.line == 0) return {};
    std::string_view text;
    if (claim.source < report.sources.size()) text = report.sources[claim.source].text;
    return {span.line, utf16_column(text, span.start, span.column), span.end_line,
            utf16_column(text, span.end, span.end_column)};
}

std::string fnv1a64_hex(std::string_view bytes) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    static const char digits[] = "0123456789abcdef";
    std::string hex(16, '0');
    for (int i = 15; i >= 0; --i, hash >>= 4) hex[static_cast<std::size_t>(i)] = digits[hash & 0xF];
    return hex;
}

}  // namespace claimcheck::ci
