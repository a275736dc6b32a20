// Every rule file shown in docs/writing-rules.md (fenced as ```json rules) loads without errors and
// passes its own examples, so the tutorial cannot drift from what claimcheck does.
#include <sstream>

#include <boost/test/unit_test.hpp>

#include "test_support.hpp"

using claimcheck::testing::read_text;
using claimcheck::testing::run_claimcheck;
using claimcheck::testing::RunResult;
using claimcheck::testing::source_dir;
using claimcheck::testing::TempDir;
using claimcheck::testing::write_text;

namespace {

struct DocBlock {
    std::size_t line = 0;  // of the opening fence, from 1
    std::string text;
};

// The blocks fenced "```json rules" in a Markdown text.
std::vector<DocBlock> rule_blocks(const std::string& markdown) {
    std::vector<DocBlock> blocks;
    std::istringstream in(markdown);
    std::string line;
    std::size_t number = 0;
    DocBlock* open = nullptr;
    while (std::getline(in, line)) {
        ++number;
        if (open) {
            if (line.rfind("```", 0) == 0) open = nullptr;
            else open->text += line + "\n";
        } else if (line == "```json rules") {
            blocks.push_back({number, {}});
            open = &blocks.back();
        }
    }
    BOOST_TEST(!open, "an unclosed ```json rules block");
    return blocks;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(docs_examples)

BOOST_AUTO_TEST_CASE(rule_files_in_writing_rules_lint_clean_and_pass_their_examples) {
    auto blocks = rule_blocks(read_text(source_dir() / "docs" / "writing-rules.md"));
    BOOST_TEST(blocks.size() >= 3u, "docs/writing-rules.md should show at least three rule files");
    for (const auto& block : blocks) {
        BOOST_TEST_CONTEXT("docs/writing-rules.md block at line " << block.line) {
            TempDir dir;
            write_text(dir / "doc.rules.json", block.text);
            RunResult lint = run_claimcheck({"lint", "--rules", "doc.rules.json"}, dir.path().string());
            BOOST_TEST(lint.status == 0, lint.out << lint.err);
            BOOST_TEST(lint.out == "no problems found\n", lint.out);
            RunResult test = run_claimcheck({"test", "--rules", "doc.rules.json"}, dir.path().string());
            BOOST_TEST(test.status == 0, test.out << test.err);
            BOOST_TEST(test.out.find(" passed, 0 failed") != std::string::npos, test.out);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
