// The rule-authoring commands end to end: lint, test, explain, and unless/denials through check.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

using claimcheck::testing::read_text;
using claimcheck::testing::run_claimcheck;
using claimcheck::testing::RunResult;
using claimcheck::testing::TempDir;
using claimcheck::testing::write_text;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A rule file with one clean rule around the parts a test changes.
std::string rule_file(const std::string& rules, const std::string& extra = "") {
    return "{\n" + extra + "  \"rules\": [\n" + rules + "\n  ]\n}\n";
}

const std::string bridge_rule = R"J(    {
      "id": "bridge.length",
      "claim": "The bridge's length",
      "type": "number",
      "unit": "m",
      "patterns": ["(?i)\\bbridge is (?P<value>[0-9]+) (?:m|metres)\\b"],
      "examples": {
        "match": [{"text": "The bridge is 120 metres long.", "value": 120}],
        "no_match": ["The bridge is long."]
      }
    })J";

// Returns the line after the first line that contains `part`.
std::string line_after(const std::string& text, const std::string& part) {
    std::size_t at = text.find(part);
    if (at == std::string::npos) return "";
    std::size_t start = text.find('\n', at);
    if (start == std::string::npos) return "";
    std::size_t end = text.find('\n', start + 1);
    return text.substr(start + 1, end == std::string::npos ? std::string::npos : end - start - 1);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(lint)

BOOST_AUTO_TEST_CASE(a_clean_file_passes) {
    TempDir dir;
    write_text(dir / "ok.rules.json", rule_file(bridge_rule));
    RunResult r = run_claimcheck({"lint", "--rules", "ok.rules.json"}, dir.path().string());
    BOOST_TEST(r.status == 0);
    BOOST_TEST(contains(r.out, "no problems found"));
}

BOOST_AUTO_TEST_CASE(an_error_is_reported_at_its_line_and_column_with_a_caret) {
    TempDir dir;
    // Line 16; the bad pattern's opening quote is at column 19.
    write_text(dir / "bad.rules.json", rule_file(bridge_rule + R"J(,
    {"id": "bridge.broken", "claim": "Broken", "type": "presence",
     "examples": {"match": ["x"]},
     "patterns": ["(?i)(unclosed"]})J"));
    RunResult r = run_claimcheck({"lint", "--rules", "bad.rules.json"}, dir.path().string());
    BOOST_TEST(r.status == 2);
    BOOST_TEST(contains(r.out, "bad.rules.json:16:19: error: invalid pattern: missing )"), r.out);
    BOOST_TEST(line_after(r.out, "bad.rules.json:16:19") == R"J(       "patterns": ["(?i)(unclosed"]})J");
    std::string caret = line_after(r.out, R"J("patterns": ["(?i)(unclosed"]})J");
    BOOST_TEST(caret == std::string(2 + 18, ' ') + "^");  // the source line is shown indented by 2
    BOOST_TEST(contains(r.out, "1 error, 0 warnings"));
}

BOOST_AUTO_TEST_CASE(every_problem_of_every_file_in_one_run) {
    TempDir dir;
    write_text(dir / "one.rules.json", rule_file(R"J(    {"id": "a", "claim": "A", "type": "number", "patterns": ["no value group"],
     "examples": {"match": ["no value group"]}})J"));
    write_text(dir / "two.rules.json", rule_file(R"J(    {"id": "b", "claim": "B", "type": "sometimes", "patterns": ["x"]})J"));
    RunResult r = run_claimcheck({"lint", "--rules", "one.rules.json", "two.rules.json"}, dir.path().string());
    BOOST_TEST(r.status == 2);
    BOOST_TEST(contains(r.out, "one.rules.json:3:62: error: a number rule needs a group named 'value'"), r.out);
    BOOST_TEST(contains(r.out, "two.rules.json:3:39: error: unknown \"type\" value \"sometimes\""), r.out);
}

BOOST_AUTO_TEST_CASE(each_kind_of_warning) {
    TempDir dir;
    write_text(dir / "warn.rules.json", rule_file(bridge_rule + R"J(,
    {"id": "bridge.empty", "claim": "Empty", "type": "number",
     "patterns": ["(?i)\\bspan of (?P<value>[0-9]*)m"]},
    {"id": "bridge.copy", "claim": "Copy", "type": "number",
     "patterns": ["(?i)\\bbridge is (?P<value>[0-9]+) (?:m|metres)\\b"],
     "examples": {"match": ["The bridge is 9 m wide."]}})J",
                                                  "  \"define\": {\"unused\": \"(?:never)\"},\n"));
    RunResult r = run_claimcheck({"lint", "--rules", "warn.rules.json"}, dir.path().string());
    BOOST_TEST(r.status == 0, r.out);
    BOOST_TEST(contains(r.out, "warn.rules.json:2:14: warning: define \"unused\" is never used"), r.out);
    BOOST_TEST(contains(r.out, "warn.rules.json:15:12: warning: rule \"bridge.empty\" has no examples"), r.out);
    BOOST_TEST(contains(r.out, "warn.rules.json:16:19: warning: the 'value' group can match the empty string"), r.out);
    BOOST_TEST(contains(r.out, "warn.rules.json:18:19: warning: pattern duplicates pattern 1 of rule \"bridge.length\" "
                               "(warn.rules.json:9:20)"),
               r.out);
    BOOST_TEST(contains(r.out, "0 errors, 4 warnings"), r.out);
}

BOOST_AUTO_TEST_CASE(a_value_group_that_cannot_be_empty_is_not_warned_about) {
    TempDir dir;
    write_text(dir / "ok.rules.json", rule_file(R"J(    {"id": "a", "claim": "A", "type": "text",
     "patterns": ["(?i)named (?P<value>\\b(?:[A-Z][a-z]*)?x+\\b)"], "examples": {"match": ["named Bx"]}})J"));
    RunResult r = run_claimcheck({"lint", "--rules", "ok.rules.json"}, dir.path().string());
    BOOST_TEST(r.status == 0);
    BOOST_TEST(!contains(r.out, "warning"), r.out);
}

BOOST_AUTO_TEST_CASE(warnings_are_reported_beside_errors) {
    TempDir dir;
    write_text(dir / "mixed.rules.json",
               rule_file(bridge_rule + R"J(,
    {"id": "b", "claim": "B", "type": "presence", "patterns": ["x"], "examples": {"match": [{"text": "x", "value": 1}]}})J",
                         "  \"define\": {\"unused\": \"y\"},\n"));
    RunResult r = run_claimcheck({"lint", "--rules", "mixed.rules.json"}, dir.path().string());
    BOOST_TEST(r.status == 2);
    BOOST_TEST(contains(r.out, "warning: define \"unused\" is never used"), r.out);
    BOOST_TEST(contains(r.out, "error: a presence rule reads no value"), r.out);
}

BOOST_AUTO_TEST_CASE(example_values_must_fit_the_rule_type) {
    TempDir dir;
    write_text(dir / "values.rules.json", rule_file(R"J(    {"id": "d", "claim": "D", "type": "date", "patterns": ["on (?P<value>{{date}})"],
     "examples": {"match": [{"text": "on 3 May 2021", "value": "2021-02-30"},
                            {"text": "on 3 May 2021", "value": {"from": "2021-05-04", "to": "2021-05-03"}},
                            {"text": "on 3 May 2021", "published": "2021-13-01"}]}})J"));
    RunResult r = run_claimcheck({"lint", "--rules", "values.rules.json"}, dir.path().string());
    BOOST_TEST(r.status == 2);
    BOOST_TEST(contains(r.out, "error: the example value of a date rule must be a day"), r.out);
    BOOST_TEST(contains(r.out, "error: \"from\" is after \"to\""), r.out);
    BOOST_TEST(contains(r.out, "error: \"published\" is not a real day"), r.out);
}

BOOST_AUTO_TEST_CASE(json_format) {
    TempDir dir;
    write_text(dir / "mixed.rules.json",
               rule_file(R"J(    {"id": "b", "claim": "B", "type": "presence", "patterns": ["(x"], "examples": {"match": ["x"]}})J",
                         "  \"define\": {\"unused\": \"y\"},\n"));
    RunResult r = run_claimcheck({"lint", "--rules", "mixed.rules.json", "--format", "json"}, dir.path().string());
    BOOST_TEST(r.status == 2);
    auto list = nlohmann::json::parse(r.out);
    BOOST_REQUIRE(list.is_array());
    BOOST_REQUIRE(list.size() == 2u);
    BOOST_TEST(list[0]["file"] == "mixed.rules.json");
    BOOST_TEST(list[0]["line"] == 2);
    BOOST_TEST(list[0]["column"] == 14);
    BOOST_TEST(list[0]["severity"] == "warning");
    BOOST_TEST(list[0]["message"] == "define \"unused\" is never used");
    BOOST_TEST(list[1]["severity"] == "error");
    BOOST_TEST(list[1]["line"] == 4);

    write_text(dir / "ok.rules.json", rule_file(bridge_rule));
    RunResult clean = run_claimcheck({"lint", "--rules", "ok.rules.json", "--format", "json"}, dir.path().string());
    BOOST_TEST(clean.status == 0);
    BOOST_TEST(nlohmann::json::parse(clean.out) == nlohmann::json::array());
}

BOOST_AUTO_TEST_CASE(a_missing_file_is_an_error) {
    TempDir dir;
    RunResult r = run_claimcheck({"lint", "--rules", "nowhere.rules.json"}, dir.path().string());
    BOOST_TEST(r.status == 2);
    BOOST_TEST(contains(r.out, "nowhere.rules.json: error:"), r.out);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(test_command)

BOOST_AUTO_TEST_CASE(passing_examples) {
    TempDir dir;
    write_text(dir / "ok.rules.json", rule_file(bridge_rule + R"J(,
    {"id": "bridge.name", "claim": "Name", "type": "text",
     "patterns": ["(?i)\\bcalled (?P<value>[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)*)"],
     "examples": {"match": [{"text": "It is called Old  Harbour.", "value": "old harbour"}], "no_match": ["It is called."]}},
    {"id": "bridge.opened", "claim": "Opening", "type": "date",
     "patterns": ["(?i)\\bopened\\s+(?P<value>{{date}})"],
     "examples": {"match": [{"text": "The bridge opened on 3 May 2021.", "value": "2021-05-03"},
                            {"text": "The bridge opened in May 2021.", "value": {"from": "2021-05-01", "to": "2021-05-31"}},
                            {"text": "The bridge opened in May 2021.", "value": "2021-05-20"},
                            {"text": "The bridge opened yesterday.", "value": "2021-06-09", "published": "2021-06-10"}]}},
    {"id": "bridge.closed", "claim": "Closed", "type": "presence",
     "patterns": ["(?i)\\bbridge (?:is|was) closed\\b"],
     "unless": ["(?i)\\bnot\\b"],
     "examples": {"match": ["The bridge was closed."], "no_match": ["It is not true that the bridge was closed."]}})J"));
    RunResult r = run_claimcheck({"test", "--rules", "ok.rules.json"}, dir.path().string());
    BOOST_TEST(r.status == 0, r.out);
    BOOST_TEST(contains(r.out, "10 passed, 0 failed\n"), r.out);
}

BOOST_AUTO_TEST_CASE(failing_examples_are_shown_with_their_place) {
    TempDir dir;
    write_text(dir / "fail.rules.json", rule_file(R"J(    {
      "id": "bridge.length",
      "claim": "The bridge's length",
      "type": "number",
      "patterns": ["(?i)\\bbridge is (?P<value>[0-9]+) (?:m|metres)\\b"],
      "examples": {
        "match": [{"text": "The bridge is 120 metres long.", "value": 130},
                  "The bridge is long.",
                  "The bridge is 50 m long."],
        "no_match": ["The bridge is 80 m wide."]
      }
    })J"));
    RunResult r = run_claimcheck({"test", "--rules", "fail.rules.json"}, dir.path().string());
    BOOST_TEST(r.status == 1);
    BOOST_TEST(contains(r.out, "fail.rules.json:9:19: error: rule bridge.length: match example failed\n"
                               "    example:  \"The bridge is 120 metres long.\"\n"
                               "    read:     match \"bridge is 120 metres\", value 120\n"
                               "    expected: a match, value 130\n"),
               r.out);
    BOOST_TEST(contains(r.out, "fail.rules.json:10:19: error: rule bridge.length: match example failed\n"
                               "    example:  \"The bridge is long.\"\n"
                               "    read:     no match\n"),
               r.out);
    BOOST_TEST(contains(r.out, "fail.rules.json:12:22: error: rule bridge.length: no_match example failed"), r.out);
    BOOST_TEST(contains(r.out, "expected: no match"), r.out);
    BOOST_TEST(contains(r.out, "1 passed, 3 failed\n"), r.out);
}

BOOST_AUTO_TEST_CASE(an_example_can_state_the_key_the_match_must_read) {
    TempDir dir;
    write_text(dir / "seats.rules.json", rule_file(R"J(    {
      "id": "election.seats",
      "claim": "Seats won",
      "type": "number",
      "patterns": ["\\b(?P<key>[A-Z]\\w+(?: [A-Z]\\w+)?) (?:won|took) (?P<value>[0-9]+) seats"],
      "keys": {"greens": "green party"},
      "examples": {
        "match": [{"text": "The Civic Unions took 61 seats.", "value": 61, "key": "civic union"},
                  {"text": "Greens won 12 seats.", "key": "green party"},
                  {"text": "Civic Union won 61 seats.", "value": 61, "key": "greens"}]
      }
    })J"));
    RunResult r = run_claimcheck({"test", "--rules", "seats.rules.json"}, dir.path().string());
    BOOST_TEST(r.status == 1);
    BOOST_TEST(contains(r.out, "seats.rules.json:12:19: error: rule election.seats: match example failed\n"
                               "    example:  \"Civic Union won 61 seats.\"\n"
                               "    read:     match \"Civic Union won 61 seats\", value 61, key \"civic union\"\n"
                               "    expected: a match, value 61, key \"greens\"\n"),
               r.out);
    BOOST_TEST(contains(r.out, "2 passed, 1 failed\n"), r.out);
}

BOOST_AUTO_TEST_CASE(an_example_key_needs_a_keyed_rule) {
    TempDir dir;
    write_text(dir / "bad.rules.json", rule_file(R"J(    {
      "id": "bridge.length",
      "claim": "The bridge's length",
      "type": "number",
      "patterns": ["(?i)\\bbridge is (?P<value>[0-9]+) m\\b"],
      "examples": {"match": [{"text": "The bridge is 120 m long.", "value": 120, "key": "bridge"}]}
    })J"));
    RunResult r = run_claimcheck({"test", "--rules", "bad.rules.json"}, dir.path().string());
    BOOST_TEST(r.status == 2);
    BOOST_TEST(contains(r.err, "bad.rules.json:8:"), r.err);
    BOOST_TEST(contains(r.err, "\"key\" needs a rule whose patterns have a group named 'key'"), r.err);
}

BOOST_AUTO_TEST_CASE(a_bad_rule_file_exits_2) {
    TempDir dir;
    write_text(dir / "bad.rules.json", "{\"rules\": [}");
    RunResult r = run_claimcheck({"test", "--rules", "bad.rules.json"}, dir.path().string());
    BOOST_TEST(r.status == 2);
    BOOST_TEST(contains(r.err, "bad.rules.json:1:12: error:"), r.err);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(explain)

const std::string warning_rules = rule_file(R"J(    {
      "id": "storm.warning",
      "claim": "A storm warning was issued",
      "type": "presence",
      "patterns": ["(?i)\\b{{level}} warning was issued\\b", "(?i)\\bissued an? {{level}} warning"],
      "unless": ["(?i)\\bno (?:storm )?warning\\b"],
      "denials": ["(?i)\\bdid not issue an? {{level}} warning"],
      "examples": {"match": ["A storm warning was issued."], "no_match": ["No storm warning was issued."]}
    },
    {
      "id": "storm.gusts",
      "claim": "The strongest gusts",
      "type": "number",
      "patterns": ["(?i)\\bgusts of (?P<value>[0-9]+) ?(?P<unit>km/h)"],
      "examples": {"match": [{"text": "Gusts of 90 km/h hit.", "value": 90}]}
    })J",
                                            "  \"define\": {\"level\": \"(?:storm|gale)\"},\n");

BOOST_AUTO_TEST_CASE(shows_expanded_patterns_groups_and_values) {
    TempDir dir;
    write_text(dir / "storm.rules.json", warning_rules);
    RunResult r = run_claimcheck({"explain", "--rules", "storm.rules.json", "storm.gusts", "--text",
                                  "The coast saw gusts of 120 km/h overnight."},
                                 dir.path().string());
    BOOST_TEST(r.status == 0, r.err);
    BOOST_TEST(contains(r.out, "rule storm.gusts (number): The strongest gusts"), r.out);
    BOOST_TEST(contains(r.out, "written:  (?i)\\bgusts of (?P<value>[0-9]+) ?(?P<unit>km/h)"), r.out);
    BOOST_TEST(contains(r.out, "match 1:15 \"gusts of 120 km/h\" (pattern 1)"), r.out);
    BOOST_TEST(contains(r.out, "group value: \"120\" at 1:24"), r.out);
    BOOST_TEST(contains(r.out, "group unit: \"km/h\" at 1:28"), r.out);
    BOOST_TEST(contains(r.out, "value read: 120"), r.out);
    BOOST_TEST(contains(r.out, "1 claim, 0 dropped, 0 denials"), r.out);
}

BOOST_AUTO_TEST_CASE(shows_defines_expanded_and_what_unless_and_denials_did) {
    TempDir dir;
    write_text(dir / "storm.rules.json", warning_rules);
    RunResult r = run_claimcheck({"explain", "--rules", "storm.rules.json", "storm.warning", "--text",
                                  "A gale warning was issued at noon. No warning was issued in the east, but a storm "
                                  "warning was issued later. The office did not issue a storm warning."},
                                 dir.path().string());
    BOOST_TEST(r.status == 0, r.err);
    BOOST_TEST(contains(r.out, "expanded: (?i)\\b(?:(?:storm|gale)) warning was issued\\b"), r.out);
    BOOST_TEST(contains(r.out, "unless 1 (storm.rules.json:"), r.out);
    BOOST_TEST(contains(r.out, "match 1:3 \"gale warning was issued\" (pattern 1)"), r.out);
    BOOST_TEST(contains(r.out, "dropped 1:77 \"storm warning was issued\": the sentence matches an 'unless' pattern"),
               r.out);
    BOOST_TEST(contains(r.out, "matched by: unless 1 `(?i)\\bno (?:storm )?warning\\b`"), r.out);
    BOOST_TEST(contains(r.out, "denial 1:120 \"did not issue a storm warning\" (denial 1)"), r.out);
    BOOST_TEST(contains(r.out, "1 claim, 1 dropped, 1 denial"), r.out);
    BOOST_TEST(!contains(r.out, "near misses"), r.out);
}

BOOST_AUTO_TEST_CASE(shows_what_a_reference_was_read_as_and_why_one_was_dropped) {
    TempDir dir;
    write_text(dir / "prices.rules.json", rule_file(R"J(    {
      "id": "prices.inflation",
      "claim": "The inflation rate",
      "type": "number",
      "antecedents": ["^(?i:inflation)\\b"],
      "patterns": ["\\b(?P<ref>It) stood at (?P<value>[0-9.]+)%"],
      "examples": {"match": [{"text": "Inflation eased. It stood at 3.1%.", "value": 3.1}]}
    })J"));
    RunResult r = run_claimcheck({"explain", "--rules", "prices.rules.json", "prices.inflation", "--text",
                                  "Inflation eased in May. It stood at 3.1%. Jobs were lost. It stood at 6%."},
                                 dir.path().string());
    BOOST_TEST(r.status == 0, r.err);
    BOOST_TEST(contains(r.out, "antecedent 1 (prices.rules.json:"), r.out);
    BOOST_TEST(contains(r.out, "match 1:25 \"It stood at 3.1%\" (pattern 1)"), r.out);
    BOOST_TEST(contains(r.out, "    reading: \"It\" is read as \"Inflation\", named in the sentence before it\n"), r.out);
    BOOST_TEST(contains(r.out, "dropped 1:59 \"It stood at 6%\": \"It\" refers back, and the sentence before names none of "
                               "the rule's antecedents"),
               r.out);
    BOOST_TEST(contains(r.out, "1 claim, 1 dropped, 0 denials"), r.out);
}

BOOST_AUTO_TEST_CASE(shows_near_misses_when_nothing_matched) {
    TempDir dir;
    write_text(dir / "storm.rules.json", warning_rules);
    write_text(dir / "article.txt", "The weather was calm. A storm warning may be issued tomorrow.\n");
    RunResult r = run_claimcheck({"explain", "--rules", "storm.rules.json", "storm.warning", "article.txt"},
                                 dir.path().string());
    BOOST_TEST(r.status == 0, r.err);
    BOOST_TEST(contains(r.out, "in article.txt:"), r.out);
    BOOST_TEST(contains(r.out, "0 claims, 0 dropped, 0 denials"), r.out);
    BOOST_TEST(contains(r.out, "near misses"), r.out);
    BOOST_TEST(contains(r.out, "1:23 (pattern 1): \"A storm warning may be issued tomorrow."), r.out);
    BOOST_TEST(contains(r.out, "holds: warning, issued; lacks: was"), r.out);
    BOOST_TEST(contains(r.out, "matches as far as `\\b{{level}} warning `, then fails at `w`"), r.out);
    BOOST_TEST(!contains(r.out, "The weather was calm"), r.out);
}

BOOST_AUTO_TEST_CASE(an_unknown_rule_or_a_missing_text_exits_2) {
    TempDir dir;
    write_text(dir / "storm.rules.json", warning_rules);
    RunResult unknown = run_claimcheck({"explain", "--rules", "storm.rules.json", "storm", "--text", "x"}, dir.path().string());
    BOOST_TEST(unknown.status == 2);
    BOOST_TEST(contains(unknown.err, "no rule has the id \"storm\"; did you mean: storm.warning storm.gusts"), unknown.err);
    RunResult no_text = run_claimcheck({"explain", "--rules", "storm.rules.json", "storm.gusts"}, dir.path().string());
    BOOST_TEST(no_text.status == 2);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(unless_and_denials_through_check)

const std::string evacuation_rules = rule_file(R"J(    {
      "id": "flood.evacuation",
      "claim": "Residents were ordered to evacuate",
      "type": "presence",
      "patterns": ["(?i)\\b(?:an )?evacuation order was issued\\b"],
      "unless": ["(?i)\\bno evacuation order\\b"],
      "denials": ["(?i)\\bno evacuation order was (?:issued|given)\\b"],
      "examples": {"match": ["An evacuation order was issued."]}
    },
    {
      "id": "flood.warning",
      "claim": "A flood warning was issued",
      "type": "presence",
      "patterns": ["(?i)\\bflood warning was issued\\b"],
      "unless": ["(?i)\\bno flood warning\\b"],
      "examples": {"match": ["A flood warning was issued."]}
    })J");

nlohmann::json check_json(const TempDir& dir, const std::vector<std::string>& articles) {
    std::vector<std::string> args{"check", "--rules", "flood.rules.json", "--json", "-", "--fail-on", "never"};
    args.insert(args.end(), articles.begin(), articles.end());
    RunResult r = run_claimcheck(args, dir.path().string());
    BOOST_TEST_REQUIRE(r.status == 0, r.err);
    return nlohmann::json::parse(r.out);
}

const nlohmann::json* finding(const nlohmann::json& report, const std::string& rule) {
    for (const auto& f : report["findings"])
        if (f["rule"] == rule) return &f;
    return nullptr;
}

BOOST_AUTO_TEST_CASE(a_sentence_saying_no_warning_was_issued_is_dropped) {
    TempDir dir;
    write_text(dir / "flood.rules.json", evacuation_rules);
    write_text(dir / "a.txt", "A flood warning was issued on Sunday.\n");
    write_text(dir / "b.txt", "No flood warning was issued, officials said.\n");
    auto report = check_json(dir, {"a.txt", "b.txt"});
    const auto* f = finding(report, "flood.warning");
    BOOST_REQUIRE(f);
    BOOST_TEST((*f)["status"] == "omission");
    BOOST_TEST((*f)["missing_in"] == nlohmann::json::array({"b"}));
    bool dropped = false;
    for (const auto& d : report["dropped"]) dropped = dropped || (d["rule"] == "flood.warning" && d["source"] == "b");
    BOOST_TEST(dropped, report["dropped"].dump());
}

BOOST_AUTO_TEST_CASE(a_denial_against_an_assertion_is_a_conflict) {
    TempDir dir;
    write_text(dir / "flood.rules.json", evacuation_rules);
    write_text(dir / "a.txt", "An evacuation order was issued for the valley.\n");
    write_text(dir / "b.txt", "No evacuation order was given, the mayor said.\n");
    auto report = check_json(dir, {"a.txt", "b.txt"});
    const auto* f = finding(report, "flood.evacuation");
    BOOST_REQUIRE(f);
    BOOST_TEST((*f)["status"] == "conflict");
    BOOST_TEST((*f)["denied_in"] == nlohmann::json::array({"b"}));
    BOOST_TEST((*f)["missing_in"] == nlohmann::json::array());
}

BOOST_AUTO_TEST_CASE(a_source_that_only_denies_shows_in_denied_in) {
    TempDir dir;
    write_text(dir / "flood.rules.json", evacuation_rules);
    write_text(dir / "a.txt", "The river rose overnight.\n");
    write_text(dir / "b.txt", "No evacuation order was issued.\n");
    auto report = check_json(dir, {"a.txt", "b.txt"});
    const auto* f = finding(report, "flood.evacuation");
    BOOST_REQUIRE(f);
    BOOST_TEST((*f)["denied_in"] == nlohmann::json::array({"b"}));
    BOOST_TEST((*f)["missing_in"] == nlohmann::json::array({"a"}));
    bool denial = false;
    for (const auto& c : (*f)["claims"]) denial = denial || (c["source"] == "b" && c.value("denial", false));
    BOOST_TEST(denial, f->dump());
}

BOOST_AUTO_TEST_SUITE_END()
