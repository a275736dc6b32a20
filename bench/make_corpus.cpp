// Writes a generated benchmark corpus to a folder, for the command-line comparisons
// (bench/compare_ripgrep.sh): N rules, the same patterns expanded one per line for grep-like tools,
// articles as files, and a batch manifest pairing them into stories.
//   claimcheck_bench_corpus DIR RULES ARTICLES [BYTES]
#include <filesystem>
#include <fstream>
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "claimcheck/diagnostic.hpp"
#include "claimcheck/rules.hpp"
#include "generator.hpp"

namespace fs = std::filesystem;
using namespace claimcheck;

namespace {

void write_file(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::cerr << "usage: claimcheck_bench_corpus DIR RULES ARTICLES [BYTES]\n";
        return 2;
    }
    try {
        fs::path dir = argv[1];
        std::size_t rules = std::stoul(argv[2]), articles = std::stoul(argv[3]);
        std::size_t bytes = argc > 4 ? std::stoul(argv[4]) : 5000;
        fs::create_directories(dir / "articles");
        std::string rule_text = bench::generate_rules({.rules = rules});
        write_file(dir / "bench.rules.json", rule_text);
        // The patterns exactly as the set sees them, snippets expanded, one per line.
        RuleSet loaded = load_rules_text((dir / "bench.rules.json").string(), rule_text);
        std::string patterns;
        for (const auto& rule : loaded.rules)
            for (const auto& p : rule.patterns) {
                // grep-like tools join the list into one regex, where a repeated group name is an error.
                std::string plain = p.expanded;
                for (std::size_t at; (at = plain.find("(?P<")) != std::string::npos;)
                    plain.replace(at, plain.find('>', at) + 1 - at, "(?:");
                for (const char* escape : {"\\/", "\\%"})  // escapes RE2 takes and rg rejects
                    for (std::size_t at; (at = plain.find(escape)) != std::string::npos;) plain.erase(at, 1);
                patterns += plain + "\n";
            }
        write_file(dir / "patterns.txt", patterns);
        std::string manifest;
        for (std::size_t i = 0; i < articles; ++i) {
            std::string name = fmt::format("a{:05}.txt", i);
            write_file(dir / "articles" / name, bench::generate_article(bytes, 1000 + i, rules));
            if (i % 2 == 1) {
                nlohmann::json story{{"id", fmt::format("s{}", i / 2)},
                                     {"rules", {(dir / "bench.rules.json").string()}},
                                     {"articles", {{{"path", (dir / "articles" / fmt::format("a{:05}.txt", i - 1)).string()}},
                                                   {{"path", (dir / "articles" / name).string()}}}}};
                manifest += story.dump() + "\n";
            }
        }
        write_file(dir / "manifest.jsonl", manifest);
    } catch (const InputError& e) {
        std::cerr << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << e.what() << "\n";
        return 2;
    }
    return 0;
}
