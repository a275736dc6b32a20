#pragma once
// Deterministic (seeded) news-like articles and rule files for the benchmarks. Rules mix literal-word
// patterns with a minority of {{number}} patterns, like real rule files; articles are built from the
// same vocabulary so that a realistic share of patterns hit.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace claimcheck::bench {

struct RuleSpec {
    std::size_t rules = 100;
    std::size_t number_every = 10;  // every n-th rule uses {{number}}; the rest match literal words
    std::uint64_t seed = 42;
};

// A rule file (JSON text) with `spec.rules` rules, one pattern each.
std::string generate_rules(const RuleSpec& spec);

// The same patterns as plain regexes (snippets expanded by the caller's loader, not here): one per line,
// named groups kept, for tools that read a pattern list.
std::vector<std::string> rule_phrases(const RuleSpec& spec);

// A news-like article of about `bytes` bytes: sentences of vocabulary words, some of which state claims
// that the generated rules match (with numbers in figures and in words).
std::string generate_article(std::size_t bytes, std::uint64_t seed, std::size_t rules_to_mention);

}  // namespace claimcheck::bench
