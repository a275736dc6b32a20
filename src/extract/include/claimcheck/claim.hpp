#pragma once
// Claims: what a rule found in one article, with the exact place it was found.
#include <cstddef>
#include <string>
#include <vector>

#include "claimcheck/diagnostic.hpp"
#include "claimcheck/value.hpp"

namespace claimcheck {

// A place in an article: byte offsets into the original file, and line and column (from 1; bytes).
struct Span {
    std::size_t start = 0;
    std::size_t end = 0;
    std::size_t line = 0;
    std::size_t column = 0;
    std::size_t end_line = 0;
    std::size_t end_column = 0;  // of the last byte's successor, from 1
};

struct Claim {
    std::size_t rule = 0;    // index into RuleSet::rules
    std::size_t source = 0;  // index of the article, in argument order
    Span span;
    std::string text;        // exactly the original bytes of the span
    Value value;
    Span value_span;         // where the value group was read; equal to `span` when the rule has none
    std::string key;         // normalised `key` group; empty when the rule has none
    std::string reading_note;  // what words that refer back were read as: "the party" as the name before it
    bool denial = false;     // the sentence states the claim's negation
    bool figure_only = false;  // no pattern read it: compare found it among the source's Figures
};

// A match that was found and then set aside, kept as evidence.
struct DroppedMatch {
    std::size_t rule = 0;
    std::size_t source = 0;
    Span span;
    std::string text;
    std::string reason;  // e.g. "the sentence matches unless pattern 'no warning'"
};

// A quantity or date phrase the article states, found by the grammar alone, whether a rule reads it or not.
struct Figure {
    Span span;
    std::string text;        // exactly the original bytes of the span
    std::size_t start = 0;   // offset of the phrase in the normalised text
    std::string normalised;  // the phrase in the normalised text, for reading it as a value
    std::size_t sentence = 0;  // index into Article::sentences
};

struct Extraction {
    std::vector<Claim> claims;  // by source, then offset
    std::vector<DroppedMatch> dropped;
    std::vector<Diagnostic> warnings;
    std::vector<Figure> figures;  // every quantity in the article, in text order
    std::vector<Figure> dates;    // every date in the article, in text order
};

}  // namespace claimcheck
