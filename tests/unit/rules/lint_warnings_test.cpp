// The loader's warnings: rules that load but probably do not do what their author meant.
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "claimcheck/rules.hpp"

using namespace claimcheck;
namespace bdata = boost::unit_test::data;

namespace {

std::string warnings_of(const std::string& text) {
    std::string out;
    for (const auto& w : load_rules_text("r.rules.json", text).warnings) out += format_diagnostic(w) + "\n";
    return out;
}

// A text rule with examples and one pattern, written as a JSON string body.
std::string text_rule(const std::string& pattern) {
    return R"J({"rules": [{"id": "a", "claim": "C", "type": "text", "examples": {"match": ["x"]}, "patterns": [")J" +
           pattern + "\"]}]}";
}

struct ValueGroup {
    std::string pattern;  // as written inside the JSON string
    bool can_be_empty;
};

std::ostream& operator<<(std::ostream& out, const ValueGroup& g) { return out << g.pattern; }

const ValueGroup value_groups[] = {
    {"is (?P<value>[0-9]+)", false},
    {"is (?P<value>[0-9]*)", true},
    {"is (?P<value>[0-9]+)?", false},  // the group takes no part, or matches a digit
    {"is (?P<value>(?:red|blue)?)", true},
    {"is (?P<value>red|)", true},
    {"is (?P<value>\\\\b)", true},
    {"is (?P<value>\\\\b\\\\w*)", true},    // empty right after a word, whatever the assertion says alone
    {"is (?P<value>^x?$)", true},
    {"is (?P<value>[)(]+)", false},       // parentheses in a class are not groups
    {"is (?P<value>\\\\(a\\\\))", false},   // nor escaped ones
    {"is (?P<value>(?:a)(?:b)?)", false},
    {"is (?P<value>x{0,3})", true},
    {"is (?P<value>x{1,3})", false},
    {"is (?P<value>\\\\Q)\\\\E+)", false},  // a quoted ) does not close the group
};

}  // namespace

BOOST_AUTO_TEST_SUITE(lint_warnings)

BOOST_DATA_TEST_CASE(a_value_group_that_can_match_nothing, bdata::make(value_groups), group) {
    std::string warnings = warnings_of(text_rule(group.pattern));
    bool warned = warnings.find("the 'value' group can match the empty string") != std::string::npos;
    BOOST_TEST(warned == group.can_be_empty, warnings);
}

BOOST_AUTO_TEST_CASE(a_rule_without_examples) {
    std::string warnings = warnings_of(R"J({"rules": [{"id": "a.b", "claim": "C", "type": "presence", "patterns": ["x"]}]})J");
    BOOST_TEST(warnings.find("r.rules.json:1:19: warning: rule \"a.b\" has no examples") == 0u, warnings);
}

BOOST_AUTO_TEST_CASE(duplicate_patterns_once_expanded) {
    std::string warnings = warnings_of(R"J({"define": {"w": "walls?"}, "rules": [
      {"id": "a", "claim": "C", "type": "presence", "patterns": ["x {{w}}", "x (?:walls?)"], "examples": {"match": ["x wall"]}},
      {"id": "b", "claim": "C", "type": "presence", "patterns": ["x {{w}}"], "unless": ["no", "no"], "examples": {"match": ["x wall"]}}]})J");
    BOOST_TEST(warnings.find("r.rules.json:2:77: warning: pattern duplicates pattern 1 of this rule (r.rules.json:2:66)") !=
                   std::string::npos,
               warnings);
    BOOST_TEST(warnings.find("r.rules.json:3:66: warning: pattern duplicates pattern 1 of rule \"a\" (r.rules.json:2:66)") !=
                   std::string::npos,
               warnings);
    BOOST_TEST(warnings.find("warning: unless pattern duplicates unless pattern 1 of the rule") != std::string::npos, warnings);
}

BOOST_AUTO_TEST_CASE(published_on_a_rule_that_is_not_a_date_rule) {
    std::string warnings = warnings_of(R"J({"rules": [{"id": "a", "claim": "C", "type": "presence", "patterns": ["x"],
      "examples": {"match": [{"text": "x", "published": "2021-01-01"}]}}]})J");
    BOOST_TEST(warnings.find("warning: \"published\" matters only to date rules; this is a presence rule") != std::string::npos,
               warnings);
}

BOOST_AUTO_TEST_SUITE_END()
