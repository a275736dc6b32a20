#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <re2/re2.h>

#include "claimcheck/rules.hpp"
#include "test_support.hpp"

using namespace claimcheck;
namespace bdata = boost::unit_test::data;

namespace {

// The rules of these tests have no examples; the warning about that is tested in lint_warnings_test.cpp.
bool is_missing_examples(const Diagnostic& d) { return d.message.find("has no examples") != std::string::npos; }

std::vector<Diagnostic> without_missing_examples(std::vector<Diagnostic> diagnostics) {
    std::erase_if(diagnostics, is_missing_examples);
    return diagnostics;
}

// Loads a rule file from text and returns its diagnostics formatted, one per line ("" when it loads).
std::string problems_of(const std::string& text) {
    try {
        RuleSet set = load_rules_text("r.rules.json", text);
        std::string out;
        for (const auto& w : without_missing_examples(set.warnings)) out += format_diagnostic(w) + "\n";
        return out;
    } catch (const InputError& e) {
        std::string out;
        for (const auto& d : without_missing_examples(e.diagnostics())) out += format_diagnostic(d) + "\n";
        return out;
    }
}

std::string rule(const std::string& fields) {
    return "{\"rules\": [\n{\"id\": \"a.b\", \"claim\": \"C\", " + fields + "}\n]}";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rule_loading)

struct BadRule {
    std::string name;
    std::string text;
    std::string expected;  // a line of the output
};
std::ostream& operator<<(std::ostream& out, const BadRule& c) { return out << c.name; }

const BadRule bad_rules[] = {
    {"trailing comma", "{\"rules\": [\n  {\"id\": \"a\"},\n]}",
     "r.rules.json:3:1: error: invalid JSON: syntax error while parsing value - unexpected ']'; expected '[', '{', or a literal"},
    {"pattern RE2 rejects", rule("\"type\": \"presence\", \"patterns\": [\"a(b\"]"),
     "r.rules.json:2:62: error: invalid pattern: missing )"},
    {"number rule without value group", rule("\"type\": \"number\", \"patterns\": [\"(\\\\d+) lanes\"]"),
     "r.rules.json:2:60: error: a number rule needs a group named 'value' in every pattern, as in (?P<value>...)"},
    {"text rule without value group", rule("\"type\": \"text\", \"patterns\": [\"x\"]"),
     "r.rules.json:2:58: error: a text rule needs a group named 'value' in every pattern, as in (?P<value>...)"},
    {"unknown field", rule("\"type\": \"presence\", \"patterns\": [\"x\"], \"patern\": 1"),
     "r.rules.json:2:68: error: unknown field \"patern\"; expected one of: antecedents, around, claim, denials, description, "
     "dimension, examples, fallback, id, key_heads, key_references, key_short_forms, keys, patterns, tolerance, type, unit, unless"},
    {"missing required field", "{\"rules\": [\n{\"id\": \"a.b\", \"type\": \"presence\", \"patterns\": [\"x\"]}]}",
     "r.rules.json:2:1: error: missing required field \"claim\""},
    {"names without a key group",
     rule("\"type\": \"presence\", \"patterns\": [\"(?P<key>x)\"], \"key_references\": {\"words\": [\"it\"], \"names\": [\"y\"]}"),
     "r.rules.json:2:123: error: every pattern of \"names\" needs a group named 'key', as in (?P<key>...)"},
    {"key references without a key",
     rule("\"type\": \"presence\", \"patterns\": [\"x\"], \"key_references\": {\"words\": [\"it\"], \"names\": [\"(?P<key>y)\"]}"),
     "r.rules.json:2:68: error: \"key_references\" needs patterns with a group named 'key'"},
    {"antecedents without a ref group", rule("\"type\": \"presence\", \"patterns\": [\"x\"], \"antecedents\": [\"y\"]"),
     "r.rules.json:2:68: error: \"antecedents\" needs a pattern with a group named 'ref', as in (?P<ref>It) stood at"},
    {"a ref group without antecedents", rule("\"type\": \"presence\", \"patterns\": [\"x\", \"(?P<ref>It) rose\"]"),
     "r.rules.json:2:67: error: a group named 'ref' refers back, and the rule has no \"antecedents\" to find what it refers to"},
    {"unknown type", rule("\"type\": \"colour\", \"patterns\": [\"x\"]"),
     "r.rules.json:2:37: error: unknown \"type\" value \"colour\"; expected one of: number, text, presence, date"},
    {"unknown snippet", rule("\"type\": \"presence\", \"patterns\": [\"a {{nope}} b\"]"),
     "r.rules.json:2:65: error: unknown snippet {{nope}}: not {{number}}, {{date}} or a define of this file"},
    {"define cycle", "{\"define\": {\"a\": \"x{{b}}\", \"b\": \"{{a}}\"},\n\"rules\": [{\"id\": \"a.b\", \"claim\": \"C\", \"type\": \"presence\", \"patterns\": [\"{{a}}\"]}]}",
     "r.rules.json:1:19: error: define cycle: a -> b -> a"},
    {"bad id", "{\"rules\": [\n{\"claim\": \"C\", \"type\": \"presence\", \"patterns\": [\"x\"], \"id\": \"Bad\"}\n]}",
     "r.rules.json:2:61: error: invalid rule id \"Bad\": use lower-case letters, digits, '.', '-' and '_'"},
    {"empty patterns", rule("\"type\": \"presence\", \"patterns\": []"),
     "r.rules.json:2:61: error: \"patterns\" needs at least one entry"},
    {"negative tolerance", rule("\"type\": \"number\", \"patterns\": [\"(?P<value>x)\"], \"tolerance\": {\"relative\": -1}"),
     "r.rules.json:2:103: error: \"relative\" must be at least 0"},
    {"unknown unit", rule("\"type\": \"number\", \"patterns\": [\"(?P<value>x)\"], \"unit\": \"furlongs per fortnight\""),
     "r.rules.json:2:85: error: unknown unit \"furlongs per fortnight\""},
    {"duplicate key", rule("\"type\": \"presence\", \"patterns\": [\"x\"], \"type\": \"text\""),
     "r.rules.json:2:68: error: duplicate field \"type\""},
    {"rules not an array", "{\"rules\": {}}", "r.rules.json:1:11: error: \"rules\" must be an array"},
    {"too deep", std::string(100, '[') + std::string(100, ']'), "r.rules.json:1:65: error: JSON nesting deeper than 64 levels"},
};

BOOST_DATA_TEST_CASE(reports_each_problem_at_its_value, bdata::make(bad_rules), c) {
    std::string out = problems_of(c.text);
    BOOST_TEST(out.find(c.expected + "\n") != std::string::npos, "expected\n  " << c.expected << "\ngot\n" << out);
}

BOOST_AUTO_TEST_CASE(reports_every_problem_of_a_file_once) {
    std::string text =
        "{\"rules\": [\n"
        "{\"id\": \"a.one\", \"claim\": \"C\", \"type\": \"colour\", \"patterns\": [\"x\"]},\n"
        "{\"id\": \"a.two\", \"claim\": \"C\", \"type\": \"number\", \"patterns\": [\"(\"], \"typo\": 1},\n"
        "{\"id\": \"a.three\", \"claim\": \"C\", \"type\": \"text\", \"patterns\": [\"no group\"]}\n"
        "]}";
    std::string out = problems_of(text);
    BOOST_TEST(std::count(out.begin(), out.end(), '\n') == 4);
    BOOST_TEST(out.find("r.rules.json:2:") != std::string::npos);
    BOOST_TEST(out.find("r.rules.json:3:62: error: invalid pattern") != std::string::npos);
    BOOST_TEST(out.find("unknown field \"typo\"") != std::string::npos);
    BOOST_TEST(out.find("r.rules.json:4:") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(expands_snippets_and_defines) {
    RuleSet set = load_rules_text("r.rules.json", R"J({
      "define": {"unit": "(?:lanes|roads)", "count": "(?P<value>{{number}}) {{unit}}"},
      "rules": [{"id": "a.b", "claim": "C", "type": "number", "patterns": ["(?i){{count}}"]}]})J");
    BOOST_REQUIRE_EQUAL(set.rules.size(), 1u);
    const Pattern& p = set.rules[0].patterns[0];
    BOOST_TEST(p.source == "(?i){{count}}");
    // Compared with ==, not printed: the full {{number}} regex is 33 KB.
    BOOST_TEST((full_expansion(p) == "(?i)(?:(?P<value>(?:" + number_regex() + ")) (?:(?:lanes|roads)))"));
    BOOST_TEST(RE2::PartialMatch("it has 6 lanes", *p.re));
    BOOST_TEST(!RE2::PartialMatch("it has 6 lines", *p.re));
    BOOST_TEST(without_missing_examples(set.warnings).empty());
}

BOOST_AUTO_TEST_CASE(a_pattern_with_two_numbers_expands_both_in_full) {
    RuleSet set = load_rules_text("r.rules.json", R"J({
      "rules": [{"id": "a.b", "claim": "C", "type": "number", "patterns": ["from (?P<value>{{number}}) to {{number}}$"]}]})J");
    BOOST_REQUIRE_EQUAL(set.rules.size(), 1u);
    BOOST_TEST((full_expansion(set.rules[0].patterns[0]) ==
                "from (?P<value>(?:" + number_regex() + ")) to (?:" + number_regex() + ")$"));
}

BOOST_AUTO_TEST_CASE(the_group_names_of_compact_numbers_are_reserved) {
    std::string out = problems_of(R"J({"rules": [{"id": "a.b", "claim": "C", "type": "number",
      "patterns": ["(?P<value>{{number}}) (?P<__number_0>x)"]}]})J");
    BOOST_TEST(out.find("r.rules.json:2:20: error: group names beginning with __number_ are reserved") != std::string::npos,
               out);
}

BOOST_AUTO_TEST_CASE(warns_about_unused_defines) {
    std::string out = problems_of(R"J({"define": {"spare": "x"}, "rules": [{"id": "a.b", "claim": "C", "type": "presence", "patterns": ["y"]}]})J");
    BOOST_TEST(out.find("r.rules.json:1:13: warning: define \"spare\" is never used") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(reads_fields_and_file_defaults) {
    RuleSet set = load_rules_text("r.rules.json", R"J({
      "defaults": {"tolerance": {"relative": 0.1}, "around": 0.2},
      "rules": [
        {"id": "a.one", "claim": "C", "type": "number", "patterns": ["(?P<value>{{number}}) km"], "unit": "km"},
        {"id": "a.two", "claim": "D", "type": "number", "patterns": ["(?P<value>x)"], "tolerance": {"absolute": 3}},
        {"id": "a.three", "claim": "E", "type": "text", "patterns": ["(?P<value>x)"], "description": "why",
         "examples": {"match": ["x", {"text": "x!", "value": "x"}], "no_match": ["y"]}}
      ]})J");
    BOOST_REQUIRE_EQUAL(set.rules.size(), 3u);
    BOOST_TEST(*set.rules[0].tolerance.relative == 0.1);
    BOOST_TEST(set.rules[0].number_options.around == 0.2);
    BOOST_TEST(set.rules[0].unit == "km");
    BOOST_TEST(!set.rules[1].tolerance.relative);
    BOOST_TEST(*set.rules[1].tolerance.absolute == 3);
    BOOST_TEST((set.rules[2].type == RuleType::text));
    BOOST_TEST(set.rules[2].description == "why");
    BOOST_TEST(set.rules[2].match_examples.size() == 2u);
    BOOST_TEST(set.rules[2].no_match_examples.size() == 1u);
    BOOST_TEST(set.rules[2].location.line == 6u);
}

BOOST_AUTO_TEST_CASE(reads_folders_recursively_in_sorted_order) {
    testing::TempDir dir;
    std::filesystem::create_directories(dir / "sub");
    auto file = [](const std::string& id) {
        return "{\"rules\": [{\"id\": \"" + id + "\", \"claim\": \"C\", \"type\": \"presence\", \"patterns\": [\"x\"]}]}";
    };
    testing::write_text(dir / "b.rules.json", file("b.one"));
    testing::write_text(dir / "sub" / "a.rules.json", file("sub.one"));
    testing::write_text(dir / "a.rules.json", file("a.one"));
    testing::write_text(dir / "schema.json", "not a rule file");
    RuleSet set = load_rules({dir.path().string()});
    BOOST_REQUIRE_EQUAL(set.rules.size(), 3u);
    BOOST_TEST(set.rules[0].id == "a.one");
    BOOST_TEST(set.rules[1].id == "b.one");
    BOOST_TEST(set.rules[2].id == "sub.one");
}

BOOST_AUTO_TEST_CASE(names_both_places_of_a_duplicate_id) {
    testing::TempDir dir;
    std::string body = R"J({"rules": [{"id": "same", "claim": "C", "type": "presence", "patterns": ["x"]}]})J";
    testing::write_text(dir / "a.rules.json", body);
    testing::write_text(dir / "b.rules.json", body);
    try {
        load_rules({(dir / "a.rules.json").string(), (dir / "b.rules.json").string()});
        BOOST_FAIL("expected an error");
    } catch (const InputError& e) {
        auto diagnostics = e.diagnostics();  // also warned: the two rules have the same pattern
        std::erase_if(diagnostics, [](const Diagnostic& d) { return d.severity == Severity::warning; });
        BOOST_REQUIRE_EQUAL(diagnostics.size(), 1u);
        std::string message = format_diagnostic(diagnostics[0]);
        BOOST_TEST(message.find((dir / "b.rules.json").string() + ":1:19: error: duplicate rule id \"same\", first defined at " +
                                (dir / "a.rules.json").string() + ":1:19") == 0u);
    }
}

BOOST_AUTO_TEST_CASE(reports_missing_paths_and_empty_folders) {
    testing::TempDir dir;
    try {
        load_rules({(dir / "absent").string(), dir.path().string()});
        BOOST_FAIL("expected an error");
    } catch (const InputError& e) {
        BOOST_REQUIRE_EQUAL(e.diagnostics().size(), 2u);
        BOOST_TEST(e.diagnostics()[0].message == "no such rules file or folder");
        BOOST_TEST(e.diagnostics()[1].message == "folder holds no rule files (*.rules.json)");
    }
}

BOOST_AUTO_TEST_CASE(reads_a_file_named_directly_whatever_its_name) {
    testing::TempDir dir;
    testing::write_text(dir / "odd.json", "{\"rules\": [{\"id\": \"x\", \"claim\": \"C\", \"type\": \"presence\", \"patterns\": [\"x\"]}]}");
    BOOST_TEST(load_rules({(dir / "odd.json").string()}).rules.size() == 1u);
}

BOOST_AUTO_TEST_CASE(accepts_a_byte_order_mark) {
    BOOST_TEST(problems_of("\xef\xbb\xbf{\"rules\": [{\"id\": \"x\", \"claim\": \"C\", \"type\": \"presence\", \"patterns\": [\"x\"]}]}") == "");
}

BOOST_AUTO_TEST_CASE(the_shipped_schema_is_the_one_the_loader_uses) {
    std::string on_disk = testing::read_text(testing::source_dir() / "rules" / "schema.json");
    BOOST_TEST(std::string(rule_schema_text()) == on_disk);
}

// Patterns compile with the smallest RE2 budget they fit (src/rules/compile_pattern.cpp); three
// compact {{number}} do not fit the smallest.
BOOST_AUTO_TEST_CASE(a_pattern_too_large_for_the_smallest_budget_loads_with_a_larger_one) {
    RuleSet set = load_rules_text("r.rules.json", rule(R"("type": "number", "patterns": ["from (?P<value>{{number}}) to {{number}} and {{number}} lanes"])"));
    BOOST_REQUIRE_EQUAL(set.rules.size(), 1u);
    BOOST_TEST(set.rules[0].patterns[0].re->ok());
    BOOST_TEST(RE2::PartialMatch("from 5 to 10 and 20 lanes", *set.rules[0].patterns[0].re));
}

BOOST_AUTO_TEST_SUITE_END()
