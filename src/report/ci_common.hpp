#pragma once
// Shared by the CI renderers (SARIF, JUnit, GitHub annotations): how findings, claims and their places
// are named, so the three formats tell the same story in the same words.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "claimcheck/report.hpp"

namespace claimcheck::ci {

// The findings CI formats report: conflicts and omissions (agreements are not problems).
bool is_problem(const Finding& finding);

// "conflict", "omission" or "agreement".
const char* status_name(Status status);

// The finding's rule; a placeholder rule when the index is out of range (a malformed Report must
// not crash a renderer).
const RuleInfo& rule_of(const Report& report, const Finding& finding);

// The id of a source; "source N" when the index is out of range.
std::string source_id(const Report& report, std::size_t source);

// "rule-id" or "rule-id key": names the finding among the others of its rule.
std::string finding_name(const Report& report, const Finding& finding);

// What a claim says: its value as written, its whole text when the value group is empty, or
// "denies it" for a denial.
std::string claim_statement(const Claim& claim);

// "line 3", the line of a claim in its article's text (claimcheck's own numbering).
std::string line_label(const Claim& claim);

// The one-paragraph description of a finding naming each source, what it says and where, e.g.
//   conflict on "deaths": a-news says "12" (line 3), b-post says "nine" (line 5)
// `with_columns` adds byte columns ("line 3:15"), claimcheck's own convention.
std::string describe_finding(const Report& report, const Finding& finding, bool with_columns);

// True when a claim's lines and columns are positions in the file at the source's path. They are not
// for a .json article (positions refer to its decoded "text" field), nor for an inline source.
bool positions_are_in_file(const ArticleMeta& meta);

// Converts a byte column (from 1) of the byte at `offset` in `text` to a column counted in UTF-16
// code units (from 1), the unit JavaScript-based viewers (GitHub, VS Code) use. Returns the byte
// column unchanged when the text does not hold that position (e.g. a hand-built report).
std::size_t utf16_column(std::string_view text, std::size_t offset, std::size_t byte_column);

struct CodeUnitSpan {
    std::size_t line = 0;  // 0 when the claim has no position
    std::size_t column = 0;
    std::size_t end_line = 0;
    std::size_t end_column = 0;
};

// The claim's span with columns in UTF-16 code units.
CodeUnitSpan utf16_span(const Report& report, const Claim& claim);

// FNV-1a, 64 bits, as 16 lowercase hex digits: a small, documented, deterministic hash.
std::string fnv1a64_hex(std::string_view bytes);

}  // namespace claimcheck::ci
