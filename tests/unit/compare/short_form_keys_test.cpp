// key_short_forms: a name's short form ("the Union") is read as the story's only longer name ending
// with it ("the National Union"), across the rules that set it.
#include <boost/test/unit_test.hpp>

#include "claimcheck/compare.hpp"
#include "claimcheck/extract.hpp"
#include "compare_texts.hpp"

using namespace claimcheck;

namespace {

std::string party_rules(bool short_forms) {
    const std::string flag = short_forms ? R"("key_short_forms": true,)" : "";
    return R"json({"rules": [
  {"id": "seats", "claim": "Seats", "type": "number", )json" + flag + R"json(
   "patterns": ["(?:[Tt]he )?(?P<key>[A-Z]\\w+(?: [A-Z]\\w+)?) won (?P<value>{{number}}) seats"]},
  {"id": "share", "claim": "Vote share", "type": "number", "unit": "%", )json" + flag + R"json(
   "patterns": ["(?:[Tt]he )?(?P<key>[A-Z]\\w+(?: [A-Z]\\w+)?) took (?P<value>{{number}}%)"]}
]})json";
}

Report check(const std::vector<std::string>& texts, bool short_forms) {
    RuleSet rules = load_rules_text("t.rules.json", party_rules(short_forms));
    return testing::compare_texts(rules, texts);
}

std::vector<std::string> keys_of(const Report& report) {
    std::vector<std::string> keys;
    for (const auto& finding : report.findings) keys.push_back(report.rules[finding.rule].id + ":" + finding.key.value_or(""));
    return keys;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(short_form_keys)

BOOST_AUTO_TEST_CASE(a_short_form_in_another_article_and_another_rule_joins_the_full_name) {
    Report report = check({"The National Union won 84 seats. The National Union took 38%.",
                           "The Union took 38%."}, true);
    BOOST_TEST(keys_of(report) == (std::vector<std::string>{"seats:national union", "share:national union"}),
               boost::test_tools::per_element());
    const Finding& share = report.findings[1];
    BOOST_TEST((share.status == Status::agreement));
    BOOST_REQUIRE_EQUAL(share.notes.size(), 1u);
    BOOST_TEST(share.notes[0] == "\"union\" is read as \"national union\", the only longer name in the story that ends with it");
}

BOOST_AUTO_TEST_CASE(without_the_flag_a_short_form_is_a_key_of_its_own) {
    Report report = check({"The National Union took 38%.", "The Union took 38%."}, false);
    BOOST_TEST(keys_of(report) == (std::vector<std::string>{"share:national union", "share:union"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_short_form_of_two_names_stays_as_written) {
    Report report = check({"The National Union took 38%. The Civic Union took 20%.", "The Union took 38%."}, true);
    BOOST_TEST(keys_of(report) == (std::vector<std::string>{"share:civic union", "share:national union", "share:union"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(only_whole_words_make_a_short_form) {
    Report report = check({"The National Union took 38%.", "The Onion took 38%."}, true);
    BOOST_TEST(keys_of(report) == (std::vector<std::string>{"share:national union", "share:onion"}),
               boost::test_tools::per_element());
}

// key_heads: a noun's head ("towers") is read as the rule's only longer key ending with it ("cooling
// towers"), within one rule, unless an article states both.
Report check_counts(const std::vector<std::string>& texts) {
    RuleSet rules = load_rules_text("c.rules.json", R"json({"rules": [
  {"id": "count", "claim": "Count", "type": "number", "key_heads": true,
   "patterns": ["(?P<value>{{number}}) (?P<key>(?:cooling |care )?(?:towers|homes))"]},
  {"id": "share", "claim": "Share", "type": "number", "unit": "%", "key_short_forms": true,
   "patterns": ["(?P<key>[A-Z]\\w+(?: [A-Z]\\w+)?) took (?P<value>{{number}}%)"]}
]})json");
    return testing::compare_texts(rules, texts);
}

BOOST_AUTO_TEST_CASE(a_noun_head_joins_the_only_longer_key_of_its_rule) {
    Report report = check_counts({"Crews will demolish 4 cooling towers.", "The 4 towers will go."});
    BOOST_TEST(keys_of(report) == (std::vector<std::string>{"count:cooling tower"}), boost::test_tools::per_element());
    BOOST_TEST((report.findings[0].status == Status::agreement));
    BOOST_REQUIRE_EQUAL(report.findings[0].notes.size(), 1u);
    BOOST_TEST(report.findings[0].notes[0] == "\"tower\" is read as \"cooling tower\", the only longer key in the story that ends with it");
}

BOOST_AUTO_TEST_CASE(a_noun_head_stated_beside_its_longer_key_stays_apart) {
    Report report = check_counts({"The flood hit 300 homes and 4 care homes.", "It hit 300 homes."});
    BOOST_TEST(keys_of(report) == (std::vector<std::string>{"count:care home", "count:home"}), boost::test_tools::per_element());
    BOOST_TEST((report.findings[1].status == Status::agreement));
}

BOOST_AUTO_TEST_CASE(noun_heads_do_not_join_names_of_other_rules) {
    Report report = check_counts({"The Cooling Towers took 12%. 4 towers stand.", "4 towers stand."});
    BOOST_TEST(keys_of(report) == (std::vector<std::string>{"count:tower", "share:cooling tower"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
