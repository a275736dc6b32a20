// A generic rule's claim yields to a story rule's claim on overlapping text of the same source.
#include <boost/test/unit_test.hpp>

#include "claimcheck/compare.hpp"
#include "claimcheck/extract.hpp"
#include "compare_texts.hpp"

using namespace claimcheck;

namespace {

const char* two_rules = R"({"rules": [
  {"id": "story.staff", "claim": "Staff of the unit", "type": "number",
   "patterns": ["(?i)\\bunit has (?P<value>{{number}}) staff"]},
  {"id": "generic.staff", "claim": "Staff", "type": "number",
   "patterns": ["(?i)(?P<value>{{number}}) staff\\b"]}
]})";

Report check(const std::vector<std::string>& texts, bool second_is_generic) {
    RuleSet rules = load_rules_text("t.rules.json", two_rules);
    rules.rules[1].generic = second_is_generic;
    return testing::compare_texts(rules, texts);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(generic_overlap)

BOOST_AUTO_TEST_CASE(story_rule_keeps_the_evidence_and_the_generic_claim_is_dropped_with_the_reason) {
    Report report = check({"The unit has 40 staff.", "The unit has 40 staff."}, true);
    BOOST_REQUIRE_EQUAL(report.findings.size(), 1u);
    BOOST_TEST(report.rules[report.findings[0].rule].id == "story.staff");
    BOOST_REQUIRE_EQUAL(report.dropped.size(), 2u);
    BOOST_TEST(report.dropped[0].reason == "the same evidence is claimed by story rule story.staff");
    BOOST_TEST(report.dropped[0].text == "40 staff");
}

BOOST_AUTO_TEST_CASE(generic_claims_on_other_text_stay) {
    Report report = check({"The unit has 40 staff. The city has 900 staff.", "The city has 900 staff."}, true);
    BOOST_REQUIRE_EQUAL(report.findings.size(), 2u);
    BOOST_TEST(report.rules[report.findings[1].rule].id == "generic.staff");
    BOOST_TEST(report.findings[1].claims.size() == 2u);
    BOOST_TEST(report.dropped.size() == 1u);
}

BOOST_AUTO_TEST_CASE(two_story_rules_on_the_same_text_both_stay) {
    Report report = check({"The unit has 40 staff."}, false);
    BOOST_TEST(report.findings.size() == 2u);
    BOOST_TEST(report.dropped.empty());
}

BOOST_AUTO_TEST_SUITE_END()
