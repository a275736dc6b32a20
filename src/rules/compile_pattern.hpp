#pragma once
// How the rules stage compiles patterns.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <re2/re2.h>

namespace claimcheck {

inline constexpr int64_t max_pattern_memory = 64 << 20;  // RE2's largest budget for one pattern

// Compiles a pattern with the smallest of a few RE2 budgets that its program fits. A budget bounds
// the program and the DFA states RE2 caches while matching: with 64 MB for every pattern, the caches
// of 5,000 patterns grew past 300 MB over a batch. 1 MB fits a pattern with one compact {{number}}.
// The result is not ok() when the pattern is invalid or too large even for the largest budget.
std::unique_ptr<const re2::RE2> compile_pattern(const std::string& regex);

// compile_pattern() for each regex, on every core: compiling is most of the time it takes to load
// a large rule set. Results are in the order of `regexes`.
std::vector<std::unique_ptr<const re2::RE2>> compile_patterns(const std::vector<std::string>& regexes);

}  // namespace claimcheck
