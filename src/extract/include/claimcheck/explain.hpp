#pragma once
// What `claimcheck explain` shows a rule author: every match of a rule's patterns with all its groups,
// which sentences its `unless` and `denials` patterns hit, and, when nothing matched, the sentences
// that came close and where the pattern stopped matching in them.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/article.hpp"
#include "claimcheck/claim.hpp"
#include "claimcheck/rules.hpp"

namespace claimcheck {

struct GroupCapture {
    std::string name;         // the group's name, or its number for an unnamed group
    std::optional<Span> span; // empty when the group took no part in the match
    std::string text;         // original bytes
};

struct PatternMatch {
    std::size_t pattern = 0;  // index into the list given
    Span span;
    std::string text;
    std::vector<GroupCapture> groups;
};

// Every non-empty, non-overlapping match of each pattern in the article, pattern by pattern.
std::vector<PatternMatch> match_patterns(const std::vector<Pattern>& patterns, const Article& article);

struct SentenceText {
    std::size_t index = 0;  // into Article::sentences
    Span span;
    std::string text;       // original bytes
};

// The sentence holding an original byte offset.
SentenceText sentence_holding(const Article& article, std::size_t original_offset);

// Indices of the patterns that match somewhere in a sentence (as extraction tests `unless`).
std::vector<std::size_t> patterns_matching_in(const std::vector<Pattern>& patterns, const Article& article,
                                              std::size_t sentence);

// The literal words (3+ letters) a pattern as written needs, outside snippets, classes and escapes.
// Each term lists alternatives ("(?:current|existing)" is one term of two words); optional parts
// ("(?: dedicated)?", the s of "units?") are left out. Words are lower case.
std::vector<std::vector<std::string>> literal_terms(std::string_view pattern_source);

struct NearMiss {
    std::size_t pattern = 0;
    SentenceText sentence;
    std::vector<std::string> found;    // a word of each term the sentence holds
    std::vector<std::string> missing;  // each term it lacks, alternatives joined with '|'
    // The longest leading part of the pattern (as written) that matches in the sentence, and the part
    // where matching stops; both empty when the pattern cannot be split at its top level.
    std::string matched_part;
    std::string failing_part;
};

// Sentences holding at least half of a pattern's literal terms that the pattern does not match in,
// best first (most terms held), at most `per_pattern` for each pattern.
std::vector<NearMiss> near_misses(const Rule& rule, const Article& article, std::size_t per_pattern = 3);

}  // namespace claimcheck
