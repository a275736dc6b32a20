#pragma once
// A generated corpus written as files, for the command line: the rule file, the patterns one per line
// for grep-like tools (bench/compare_ripgrep.sh), articles, and a batch manifest pairing them into stories.
#include <cstddef>
#include <filesystem>

namespace claimcheck::bench {

// Writes DIR/bench.rules.json, DIR/patterns.txt, DIR/articles/aNNNNN.txt and DIR/manifest.jsonl.
// Throws on a file that cannot be written.
void write_corpus(const std::filesystem::path& dir, std::size_t rules, std::size_t articles, std::size_t bytes);

}  // namespace claimcheck::bench
