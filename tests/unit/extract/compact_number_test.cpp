// Patterns with {{number}} run in a compact form whose matches are checked against the full grammar
// (rules.hpp, Pattern). These tests hold that to its promise: the claims are exactly those the fully
// expanded patterns find, over every article and rule example in the project.
#include <filesystem>
#include <sstream>

#include <boost/test/unit_test.hpp>

#include "claimcheck/extract.hpp"
#include "test_support.hpp"

using namespace claimcheck;
using claimcheck::testing::read_text;
using claimcheck::testing::shared_dir;
using claimcheck::testing::source_dir;
namespace fs = std::filesystem;

namespace {

// The same rules with every pattern compiled in full: the reference the compact form must equal.
RuleSet exact_copy(RuleSet rules) {
    for (Rule& rule : rules.rules)
        for (auto* list : {&rule.patterns, &rule.unless, &rule.denials})
            for (Pattern& pattern : *list) {
                if (!pattern.exact) continue;
                pattern.re = std::shared_ptr<const re2::RE2>(pattern.exact, &exact_regex(pattern));
                pattern.number_groups.clear();
                pattern.exact = nullptr;
            }
    return rules;
}

// Every claim and dropped match, one per line, for a readable difference.
std::string listing(const RuleSet& rules, const Extraction& out) {
    std::ostringstream s;
    for (const Claim& c : out.claims)
        s << rules.rules[c.rule].id << " " << c.span.start << "-" << c.span.end << " [" << c.value.text << "] key="
          << c.key << (c.denial ? " denial" : "") << "\n";
    for (const DroppedMatch& d : out.dropped)
        s << "dropped " << rules.rules[d.rule].id << " " << d.span.start << "-" << d.span.end << " " << d.reason << "\n";
    return s.str();
}

std::vector<fs::path> article_files() {
    std::vector<fs::path> out;
    std::vector<fs::path> roots{source_dir() / "examples", source_dir() / "tests" / "fixtures"};
    for (const auto& entry : fs::directory_iterator(source_dir() / "tests"))
        if (entry.path().filename().string().starts_with("corpus")) roots.push_back(entry.path());
    if (auto shared = shared_dir()) roots.push_back(*shared / "seeds");
    for (const fs::path& root : roots) {
        if (!fs::exists(root)) continue;
        for (const auto& entry : fs::recursive_directory_iterator(root))
            if (entry.is_regular_file() && entry.path().extension() == ".txt") out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Number forms where a run of number words is not one phrase, ranges that state no value, and words
// that hold a number word inside them.
const char* const awkward_text =
    "Between 30 and 4 boats sank. Five and six staff left. The a5 staff met. Some 2bn dollars went, "
    "then one and a half million euros. In 1990-91 some 12 people were killed, and from 12 km to 3 kg "
    "of supplies arrived. About 170 staff, more than 200 injured, nearly 40,000 homes and twenty-one "
    "seats; half a million voters, two-thirds of members and $3m. Between two and three years, 20-30 km. "
    "A dozen, a hundred and five, 1,200 million dollars, 1.5 percent, 4.5% and 12 to 14 officers. It cost "
    "about £1.9bn, or $3.4bn at most, and three point five million people watched.";

void check_same_claims(const RuleSet& rules, const RuleSet& exact, const std::string& name, const std::string& text) {
    const Article article = make_article({.id = name, .path = name}, text);
    const std::string compact_claims = listing(rules, Extractor(rules).extract(article, 0));
    const std::string exact_claims = listing(exact, Extractor(exact).extract(article, 0));
    BOOST_TEST_INFO(name);
    BOOST_TEST(compact_claims == exact_claims);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(compact_number)

BOOST_AUTO_TEST_CASE(the_project_rules_find_the_same_claims_as_their_full_patterns) {
    const RuleSet rules = load_rules({(source_dir() / "rules").string()});
    const RuleSet exact = exact_copy(rules);
    std::size_t compact = 0;
    for (const Rule& rule : rules.rules)
        for (const Pattern& pattern : rule.patterns) compact += pattern.exact != nullptr;
    BOOST_TEST_REQUIRE(compact > 20u);  // the packs use {{number}} throughout

    const auto files = article_files();
    BOOST_TEST_REQUIRE(files.size() > 80u);
    for (const fs::path& file : files) check_same_claims(rules, exact, file.string(), read_text(file));
    for (const Rule& rule : rules.rules)
        for (const MatchExample& example : rule.match_examples) check_same_claims(rules, exact, rule.id, example.text);
    check_same_claims(rules, exact, "awkward", awkward_text);
}

BOOST_AUTO_TEST_CASE(a_bare_number_pattern_finds_every_number_the_full_grammar_finds) {
    const RuleSet rules = load_rules_text("t.rules.json", R"J({"rules": [
        {"id": "n", "claim": "C", "type": "number", "patterns": ["(?P<value>{{number}})"]},
        {"id": "k", "claim": "C", "type": "number", "patterns": ["(?P<value>{{number}})\\s+(?P<key>[a-z]+)"]},
        {"id": "u", "claim": "C", "type": "number", "patterns": ["(?P<value>{{number}}) staff"],
         "unless": ["between {{number}} and"]}]})J");
    const RuleSet exact = exact_copy(rules);
    check_same_claims(rules, exact, "awkward", awkward_text);
    for (const fs::path& file : article_files()) check_same_claims(rules, exact, file.string(), read_text(file));
}

BOOST_AUTO_TEST_CASE(a_number_in_a_repeated_group_is_compiled_in_full) {
    // A group inside a repetition holds only its last repetition, so the earlier ones could not be
    // checked: such a pattern is compiled exactly from the start.
    const RuleSet rules = load_rules_text("t.rules.json", R"J({"rules": [
        {"id": "list", "claim": "C", "type": "number", "patterns": ["(?:{{number}}, )+(?P<value>{{number}}) staff"]},
        {"id": "one", "claim": "C", "type": "number", "patterns": ["(?P<value>{{number}}) staff"]}]})J");
    BOOST_TEST(rules.rules[0].patterns[0].exact == nullptr);
    BOOST_TEST(rules.rules[1].patterns[0].exact != nullptr);
    const Extraction out = Extractor(rules).extract(make_article({.id = "a", .path = "a"}, "Five and six, 7 staff"), 0);
    BOOST_REQUIRE_EQUAL(out.claims.size(), 2u);
    BOOST_TEST(out.claims[0].value.text == "7");
}

BOOST_AUTO_TEST_SUITE_END()
