#pragma once
// The article text with every claim highlighted in place (private to the report stage).
#include <cstddef>
#include <string>

#include "claimcheck/report.hpp"

namespace claimcheck::html {

// Appends the escaped text of source `source` with a <mark> around each claim of each finding.
// Overlapping claims are split into non-overlapping segments, each a <mark> naming all its claims,
// so the markup stays well formed however spans overlap; spans are clamped to the text.
void append_highlighted_text(std::string& out, const Report& report, std::size_t source);

}  // namespace claimcheck::html
