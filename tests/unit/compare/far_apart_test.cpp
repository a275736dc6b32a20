// A generic number rule does not compare figures more than five times apart: they are read as two
// things, each its own finding, not as a clash.
#include <algorithm>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "claimcheck/compare.hpp"
#include "claimcheck/extract.hpp"
#include "compare_texts.hpp"

using namespace claimcheck;

namespace {

const char* doses_rule = R"({"rules": [
  {"id": "doses", "claim": "Doses given", "type": "number", "patterns": ["(?i)(?P<value>{{number}}) doses\\b"]}
]})";

Report check(const std::vector<std::string>& texts, bool generic) {
    RuleSet rules = load_rules_text("t.rules.json", doses_rule);
    rules.rules[0].generic = generic;
    return testing::compare_texts(rules, texts);
}

std::vector<std::string> statuses(const Report& report) {
    std::vector<std::string> out;
    for (const Finding& finding : report.findings) out.push_back(to_string(finding.status));
    return out;
}

bool noted_far_apart(const Finding& finding) {
    return std::any_of(finding.notes.begin(), finding.notes.end(),
                       [](const std::string& note) { return note.find("times apart") != std::string::npos; });
}

}  // namespace

BOOST_AUTO_TEST_SUITE(far_apart)

BOOST_AUTO_TEST_CASE(generic_figures_far_apart_are_two_omissions_with_a_note) {
    Report report = check({"Nurses gave 5,000 doses.", "Each child needs 2 doses."}, true);
    BOOST_REQUIRE_EQUAL(report.findings.size(), 2u);
    BOOST_TEST((statuses(report) == std::vector<std::string>{"omission", "omission"}));
    BOOST_TEST(report.summary.conflict == 0u);
    BOOST_TEST(report.summary.omission == 2u);
    BOOST_TEST(report.findings[0].missing_in == std::vector<std::size_t>{1});
    BOOST_TEST(report.findings[1].missing_in == std::vector<std::size_t>{0});
    BOOST_TEST(noted_far_apart(report.findings[0]));
}

BOOST_AUTO_TEST_CASE(a_story_rule_still_reports_the_conflict) {
    Report report = check({"Nurses gave 5,000 doses.", "Each child needs 2 doses."}, false);
    BOOST_REQUIRE_EQUAL(report.findings.size(), 1u);
    BOOST_TEST(to_string(report.findings[0].status) == std::string("conflict"));
}

BOOST_AUTO_TEST_CASE(a_real_clash_is_kept_and_the_far_figure_split_off) {
    Report report = check({"Nurses gave 3,900 doses. Each child needs 2 doses.", "Nurses gave 3,400 doses."}, true);
    BOOST_REQUIRE_EQUAL(report.findings.size(), 2u);
    BOOST_TEST((statuses(report) == std::vector<std::string>{"conflict", "omission"}));
    BOOST_TEST(report.findings[0].claims.size() == 2u);
    BOOST_TEST(report.findings[1].claims.at(0).text == "2 doses");
}

BOOST_AUTO_TEST_CASE(agreeing_figures_are_not_split_by_a_far_one) {
    Report report = check({"Nurses gave 400 doses.", "Nurses gave 400 doses. Each child needs 2 doses."}, true);
    BOOST_TEST((statuses(report) == std::vector<std::string>{"agreement"}));
}

BOOST_AUTO_TEST_CASE(five_times_apart_is_still_compared) {
    Report report = check({"Nurses gave 20 doses.", "Nurses gave 4 doses."}, true);
    BOOST_TEST((statuses(report) == std::vector<std::string>{"conflict"}));
}

BOOST_AUTO_TEST_SUITE_END()
