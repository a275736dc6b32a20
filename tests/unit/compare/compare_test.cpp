#include <cmath>
#include <utility>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "claimcheck/compare.hpp"
#include "claimcheck/extract.hpp"
#include "compare_texts.hpp"

using namespace claimcheck;
namespace bdata = boost::unit_test::data;

namespace {

Value number(double low, double high, bool low_open = false, bool high_open = false, std::string unit = "") {
    Value v;
    v.quantity = Quantity{{low, high, low_open, high_open}, unit};
    return v;
}

Rule number_rule(std::optional<double> relative = {}, std::optional<double> absolute = {}) {
    Rule r;
    r.type = RuleType::number;
    r.tolerance = {relative, absolute};
    return r;
}

Report check(const std::string& rules_json, const std::vector<std::string>& texts) {
    RuleSet rules = load_rules_text("t.rules.json", "{\"rules\": [" + rules_json + "]}");
    return testing::compare_texts(rules, texts);
}

const double inf = INFINITY;

}  // namespace

namespace claimcheck {
std::ostream& operator<<(std::ostream& out, Status s) { return out << to_string(s); }
}  // namespace claimcheck

BOOST_AUTO_TEST_SUITE(alignment)

struct ToleranceCase {
    std::string name;
    Value a, b;
    Rule rule;
    bool compatible;
};
std::ostream& operator<<(std::ostream& out, const ToleranceCase& c) { return out << c.name; }

const ToleranceCase tolerance_cases[] = {
    {"equal", number(22, 22), number(22, 22), number_rule(), true},
    {"different", number(6, 6), number(8, 8), number_rule(), false},
    {"within 5 percent", number(12000, 12000), number(11800, 11800), number_rule(0.05), true},
    {"beyond 5 percent", number(12000, 12000), number(9000, 9000), number_rule(0.05), false},
    {"absolute allows", number(10, 10), number(12, 12), number_rule({}, 2), true},
    {"absolute too small", number(10, 10), number(13, 13), number_rule({}, 2), false},
    {"larger of both", number(100, 100), number(109, 109), number_rule(0.1, 1), true},
    {"at least vs exact", number(12, inf, false, true), number(14, 14), number_rule(), true},
    {"more than vs at most", number(200, inf, true, true), number(150, 200), number_rule(), false},
    {"more than vs about", number(200, inf, true, true), number(135, 165), number_rule(), false},
    {"hedges overlap", number(153, 187), number(180, 180), number_rule(), true},
    {"touching closed ends", number(10, 20), number(20, 30), number_rule(), true},
};

BOOST_DATA_TEST_CASE(compares_intervals_under_tolerance, bdata::make(tolerance_cases), c) {
    BOOST_TEST(compatible(c.rule, c.a, c.b) == c.compatible);
    BOOST_TEST(compatible(c.rule, c.b, c.a) == c.compatible);
}

BOOST_AUTO_TEST_CASE(text_compares_after_folding) {
    Rule r;
    r.type = RuleType::text;
    Value a, b, c;
    a.folded = fold_text("Russia and  Eastern Europe");
    b.folded = fold_text("russia and eastern europe");
    c.folded = fold_text("Russia and Europe");
    BOOST_TEST(compatible(r, a, b));
    BOOST_TEST(!compatible(r, a, c));
}

const std::string lanes = R"J({"id": "lanes", "claim": "Lanes", "type": "number", "patterns": ["(?P<value>\\d+) lanes"]})J";
const std::string opened = R"J({"id": "opened", "claim": "Opened", "type": "presence", "patterns": ["opened"]})J";
const std::string cost = R"J({"id": "cost", "claim": "Cost", "type": "presence", "patterns": ["cost"]})J";

BOOST_AUTO_TEST_CASE(agreement_omission_conflict_and_unmatched) {
    Report r = check(lanes + "," + opened + "," + cost, {"6 lanes, opened.", "6 lanes."});
    BOOST_REQUIRE_EQUAL(r.findings.size(), 2u);
    BOOST_TEST(r.findings[0].status == Status::agreement);
    BOOST_TEST(r.findings[1].status == Status::omission);
    BOOST_TEST(r.findings[1].missing_in == std::vector<std::size_t>{1});
    BOOST_TEST(r.unmatched_rules == std::vector<std::size_t>{2});
    BOOST_TEST(r.summary.agreement == 1u);
    BOOST_TEST(r.summary.omission == 1u);
    BOOST_TEST(r.summary.conflict == 0u);
}

BOOST_AUTO_TEST_CASE(some_compatible_pair_makes_sources_agree) {
    Report r = check(lanes, {"6 lanes now, 8 lanes later.", "8 lanes."});
    BOOST_TEST(r.findings[0].status == Status::agreement);
    BOOST_TEST(r.findings[0].claims.size() == 3u);
}

BOOST_AUTO_TEST_CASE(conflict_wins_over_omission_and_still_lists_the_absent) {
    Report r = check(lanes, {"6 lanes.", "nothing here.", "8 lanes."});
    BOOST_TEST(r.findings[0].status == Status::conflict);
    BOOST_TEST(r.findings[0].missing_in == std::vector<std::size_t>{1});
    BOOST_TEST(r.summary.conflict == 1u);
}

BOOST_AUTO_TEST_CASE(claims_are_ordered_by_source_then_offset) {
    Report r = check(lanes, {"x 9 lanes, 6 lanes.", "6 lanes."});
    const auto& claims = r.findings[0].claims;
    BOOST_TEST(claims[0].source == 0u);
    BOOST_TEST(claims[0].span.start < claims[1].span.start);
    BOOST_TEST(claims[2].source == 1u);
}

BOOST_AUTO_TEST_CASE(assertion_against_denial_is_a_conflict) {
    std::string warned = R"J({"id": "w", "claim": "W", "type": "presence", "patterns": ["warning was issued"],
                              "denials": ["(?i)no warning was issued"]})J";
    Report conflict = check(warned, {"A warning was issued.", "No warning was issued."});
    BOOST_TEST(conflict.findings[0].status == Status::conflict);
    BOOST_TEST(conflict.findings[0].denied_in == std::vector<std::size_t>{1});
    Report only_denied = check(warned, {"No warning was issued.", "Nothing."});
    BOOST_TEST(only_denied.findings[0].status == Status::omission);
    BOOST_TEST(only_denied.findings[0].denied_in == std::vector<std::size_t>{0});
    BOOST_TEST(only_denied.findings[0].missing_in == std::vector<std::size_t>{1});
}

BOOST_AUTO_TEST_CASE(reports_share_one_rule_table_and_a_change_to_one_report_copies_it) {
    const RuleTable table(std::vector<RuleInfo>{{"a.b", "The claim", "", RuleType::text, {}}});
    Report first;
    first.rules = table;
    Report second = first;
    BOOST_TEST(&std::as_const(second).rules[0] == &table[0]);  // shared, not copied
    second.rules[0].claim = "Changed";
    BOOST_TEST(second.rules[0].claim == "Changed");
    BOOST_TEST(std::as_const(first).rules[0].claim == "The claim");
    BOOST_TEST(table[0].claim == "The claim");
    second.rules.push_back({"c.d", "Another", "", RuleType::text, {}});
    BOOST_TEST(second.rules.size() == 2u);
    BOOST_TEST(first.rules.size() == 1u);
    BOOST_TEST(Report{}.rules.empty());
}

BOOST_AUTO_TEST_CASE(exit_status_follows_fail_on) {
    Report r;
    r.summary.omission = 1;
    BOOST_TEST(exit_status(r, FailOn::conflict) == 0);
    BOOST_TEST(exit_status(r, FailOn::omission) == 1);
    r.summary.conflict = 1;
    BOOST_TEST(exit_status(r, FailOn::conflict) == 1);
    BOOST_TEST(exit_status(r, FailOn::never) == 0);
}

BOOST_AUTO_TEST_SUITE_END()
