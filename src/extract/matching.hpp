#pragma once
// Running one rule pattern over text (extract's own use). A pattern with {{number}} is run in its
// compact form and each match checked; the exact form decides where the check fails (rules.hpp).
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "claimcheck/rules.hpp"

namespace claimcheck {

// A match of one pattern, in offsets of the text searched.
struct RawMatch {
    std::size_t start, end;
    std::optional<std::pair<std::size_t, std::size_t>> value, key;
    std::optional<std::pair<std::size_t, std::size_t>> ref;  // the words that refer back ("It")
    std::size_t pattern;
};

// The offset of the next UTF-8 character after the one at `at`: where to search on after an empty match.
std::size_t next_char_boundary(std::string_view text, std::size_t at);

// Every non-empty, non-overlapping match of a pattern that starts in text[from, to) and ends by `to`,
// leftmost first, exactly as the pattern's fully expanded regex finds them. The rest of `text` is the
// context for \b and the like.
std::vector<RawMatch> all_matches(const Pattern& pattern, std::string_view text, std::size_t from, std::size_t to,
                                  std::size_t pattern_index);

}  // namespace claimcheck
