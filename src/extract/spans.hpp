#pragma once
// Turning offsets in an article's normalised text into places in its original bytes (extract's own use).
#include <string>

#include "claimcheck/article.hpp"
#include "claimcheck/claim.hpp"

namespace claimcheck {

// Maps normalised offsets [start, end) to a span of the original file, with line and column.
inline Span to_span(const Article& article, std::size_t start, std::size_t end) {
    Span span;
    span.start = article.offsets.to_original(start);
    span.end = article.offsets.to_original(end);
    Position a = article.lines.position(span.start);
    Position b = article.lines.position(span.end);
    span.line = a.line;
    span.column = a.column;
    span.end_line = b.line;
    span.end_column = b.column;
    return span;
}

// Returns exactly the original bytes of a span.
inline std::string original_text(const Article& article, const Span& span) {
    return article.original.substr(span.start, span.end - span.start);
}

}  // namespace claimcheck
