#include "corpus_files.hpp"

#include <fstream>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "claimcheck/rules.hpp"
#include "generator.hpp"

namespace claimcheck::bench {

namespace fs = std::filesystem;

namespace {

void write_file(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

// The patterns exactly as the set sees them, snippets expanded, one per line.
std::string pattern_lines(const fs::path& rule_file, const std::string& rule_text) {
    RuleSet loaded = load_rules_text(rule_file.string(), rule_text);
    std::string patterns;
    for (const auto& rule : loaded.rules)
        for (const auto& p : rule.patterns) {
            // grep-like tools join the list into one regex, where a repeated group name is an error.
            std::string plain = full_expansion(p);
            for (std::size_t at; (at = plain.find("(?P<")) != std::string::npos;)
                plain.replace(at, plain.find('>', at) + 1 - at, "(?:");
            for (const char* escape : {"\\/", "\\%"})  // escapes RE2 takes and rg rejects
                for (std::size_t at; (at = plain.find(escape)) != std::string::npos;) plain.erase(at, 1);
            patterns += plain + "\n";
        }
    return patterns;
}

}  // namespace

void write_corpus(const fs::path& dir, std::size_t rules, std::size_t articles, std::size_t bytes) {
    fs::create_directories(dir / "articles");
    const fs::path rule_file = dir / "bench.rules.json";
    std::string rule_text = generate_rules({.rules = rules});
    write_file(rule_file, rule_text);
    write_file(dir / "patterns.txt", pattern_lines(rule_file, rule_text));
    std::string manifest;
    for (std::size_t i = 0; i < articles; ++i) {
        const fs::path article = dir / "articles" / fmt::format("a{:05}.txt", i);
        write_file(article, generate_article(bytes, 1000 + i, rules));
        if (i % 2 == 1) {
            const fs::path previous = dir / "articles" / fmt::format("a{:05}.txt", i - 1);
            nlohmann::json story{{"id", fmt::format("s{}", i / 2)},
                                 {"rules", {rule_file.string()}},
                                 {"articles", {{{"path", previous.string()}}, {{"path", article.string()}}}}};
            manifest += story.dump() + "\n";
        }
    }
    write_file(dir / "manifest.jsonl", manifest);
}

}  // namespace claimcheck::bench
