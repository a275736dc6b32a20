// End to end: the real binary on fixture articles, against golden files (CLAIMCHECK_UPDATE_GOLDEN=1 rewrites them).
#include <sys/stat.h>

#include <filesystem>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace claimcheck::testing;
namespace fs = std::filesystem;
namespace bdata = boost::unit_test::data;

namespace {

const std::string rules = "fixtures/bridge/bridge.rules.json";
const std::string a = "fixtures/bridge/bridge-a.txt";
const std::string b = "fixtures/bridge/bridge-b.txt";
const std::string c = "fixtures/bridge/bridge-c.json";

fs::path golden(const std::string& name) { return source_dir() / "tests" / "golden" / name; }

}  // namespace

BOOST_AUTO_TEST_SUITE(check_command)

BOOST_AUTO_TEST_CASE(json_report_for_two_sources_matches_golden) {
    RunResult r = run_claimcheck({"check", "--rules", rules, a, b, "--json", "-"});
    BOOST_TEST(r.status == 1);  // a conflict, and --fail-on defaults to conflict
    std::string diff = check_golden(golden("bridge-ab.json"), r.out);
    BOOST_TEST(diff.empty(), diff);
}

BOOST_AUTO_TEST_CASE(json_report_for_three_sources_matches_golden) {
    RunResult r = run_claimcheck({"check", "--rules", rules, a, b, c, "--json", "-"});
    std::string diff = check_golden(golden("bridge-abc.json"), r.out);
    BOOST_TEST(diff.empty(), diff);
}

BOOST_AUTO_TEST_CASE(text_summary_matches_golden) {
    RunResult r = run_claimcheck({"check", "--rules", rules, a, b, c});
    BOOST_TEST(r.status == 1);
    std::string diff = check_golden(golden("bridge-abc.txt"), r.out);
    BOOST_TEST(diff.empty(), diff);
}

BOOST_AUTO_TEST_CASE(report_holds_the_contract_fields) {
    RunResult r = run_claimcheck({"check", "--rules", rules, a, b, c, "--json", "-"});
    auto report = nlohmann::json::parse(r.out);
    BOOST_TEST(report["version"] == 1);
    BOOST_TEST(report["tool"]["name"] == "claimcheck");
    BOOST_TEST(report["sources"].size() == 3u);
    BOOST_TEST(report["sources"][2]["published"] == "2024-05-02");
    BOOST_TEST(report["summary"].size() == 3u);
    for (const auto& finding : report["findings"]) {
        for (const char* field : {"rule", "key", "claim", "type", "status", "missing_in", "claims"})
            BOOST_TEST(finding.contains(field), field);
        for (const auto& claim : finding["claims"]) {
            // The claim's text is exactly the bytes of the source between start and end.
            std::string source = claim["source"];
            std::string path = source == "bridge-c" ? "" : "fixtures/bridge/" + source + ".txt";
            if (path.empty()) continue;
            std::string text = read_text(source_dir() / "tests" / path);
            std::size_t start = claim["start"], end = claim["end"];
            BOOST_TEST(text.substr(start, end - start) == claim["text"].get<std::string>());
        }
    }
    BOOST_TEST(report["unmatched_rules"] == nlohmann::json::array({"bridge.cost"}));
}

BOOST_AUTO_TEST_CASE(same_inputs_give_the_same_bytes) {
    auto once = run_claimcheck({"check", "--rules", rules, a, b, c, "--json", "-"});
    auto twice = run_claimcheck({"check", "--rules", rules, a, b, c, "--json", "-"});
    BOOST_TEST(once.out == twice.out);
}

BOOST_AUTO_TEST_CASE(fail_on_sets_the_exit_status) {
    BOOST_TEST(run_claimcheck({"check", "--rules", rules, a, b, "--fail-on", "never"}).status == 0);
    BOOST_TEST(run_claimcheck({"check", "--rules", rules, a, b, "--fail-on", "omission"}).status == 1);
    // Only agreements and omissions between a and c for these rules? c states a different figure, so
    // check a rule set without the numeric rules: omissions alone.
    TempDir dir;
    write_text(dir / "t.rules.json", R"J({"rules": [{"id": "t", "claim": "Toll", "type": "presence", "patterns": ["toll"]}]})J");
    std::string r = (dir / "t.rules.json").string();
    BOOST_TEST(run_claimcheck({"check", "--rules", r, a, b}).status == 0);
    BOOST_TEST(run_claimcheck({"check", "--rules", r, a, b, "--fail-on", "omission"}).status == 1);
    BOOST_TEST(run_claimcheck({"check", "--rules", r, a, b, "--fail-on", "bogus"}).status == 2);
}

BOOST_AUTO_TEST_CASE(stdout_holds_only_the_format_written_there) {
    RunResult r = run_claimcheck({"check", "--rules", rules, a, b, "--json", "-"});
    BOOST_CHECK_NO_THROW(nlohmann::json::parse(r.out));
}

BOOST_AUTO_TEST_CASE(colour_only_when_asked_for_a_terminal) {
    RunResult r = run_claimcheck({"check", "--rules", rules, a, b});
    BOOST_TEST(r.out.find("\x1b[") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(writes_reports_into_files_and_the_summary_to_stdout) {
    TempDir dir;
    RunResult r = run_claimcheck({"check", "--rules", rules, a, b, "--json", (dir / "r.json").string()});
    BOOST_TEST(r.status == 1);
    BOOST_TEST(fs::exists(dir / "r.json"));
    BOOST_TEST(r.out.find("CONFLICT") != std::string::npos);
    // No temporary file is left beside the report.
    BOOST_TEST(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
}

BOOST_AUTO_TEST_CASE(a_failing_run_leaves_an_earlier_report_as_it_was) {
    TempDir dir;
    fs::path report = dir / "r.json";
    write_text(report, "earlier report\n");
    RunResult r = run_claimcheck({"check", "--rules", rules, a, (dir / "missing.txt").string(), "--json", report.string()});
    BOOST_TEST(r.status == 2);
    BOOST_TEST(read_text(report) == "earlier report\n");
    BOOST_TEST(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
}

BOOST_AUTO_TEST_CASE(a_device_given_as_output_is_written_in_place) {
    RunResult r = run_claimcheck({"check", "--rules", rules, a, b, "--json", "/dev/null"});
    BOOST_TEST(r.status == 1);
    BOOST_TEST(fs::is_character_file("/dev/null"));
}

BOOST_AUTO_TEST_CASE(a_full_disk_is_an_error_and_replaces_nothing) {
    if (!fs::exists("/dev/full")) return;
    TempDir dir;
    fs::path report = dir / "r.json";
    write_text(report, "earlier\n");
    RunResult r = run_claimcheck({"check", "--rules", rules, a, b, "--json", report.string(), "--sarif", "/dev/full"});
    BOOST_TEST(r.status == 2);
    BOOST_TEST(r.err.find("/dev/full: error: cannot write") != std::string::npos, r.err);
    BOOST_TEST(read_text(report) == "earlier\n");
}

BOOST_AUTO_TEST_CASE(version_and_help) {
    RunResult v = run_claimcheck({"--version"});
    BOOST_TEST(v.status == 0);
    BOOST_TEST(v.out.find("claimcheck 0.1.0") != std::string::npos);
    RunResult h = run_claimcheck({"--help"});
    BOOST_TEST(h.status == 0);
    BOOST_TEST(h.out.find("check") != std::string::npos);
    RunResult ch = run_claimcheck({"check", "--help"});
    BOOST_TEST(ch.status == 0);
    BOOST_TEST(ch.out.find("--rules") != std::string::npos);
    BOOST_TEST(ch.out.find("--fail-on") != std::string::npos);
    BOOST_TEST(run_claimcheck({}).status == 2);
}

BOOST_AUTO_TEST_CASE(rules_may_be_repeated_one_path_each) {
    TempDir dir;
    write_text(dir / "t.rules.json", R"J({"rules": [{"id": "t", "claim": "Toll", "type": "presence", "patterns": ["toll"]}]})J");
    RunResult r = run_claimcheck({"check", "--rules", rules, "--rules", (dir / "t.rules.json").string(), a, b, "--json", "-"});
    auto report = nlohmann::json::parse(r.out);
    BOOST_TEST(report["findings"].back()["rule"] == "t");
    BOOST_TEST(report["sources"].size() == 2u);  // the second --rules value did not swallow an article
}

BOOST_AUTO_TEST_CASE(published_dates_from_the_command_line) {
    RunResult r = run_claimcheck({"check", "--rules", rules, a, b, "--published", "bridge-a=2024-05-01", "--json", "-"});
    auto report = nlohmann::json::parse(r.out);
    BOOST_TEST(report["sources"][0]["published"] == "2024-05-01");
    BOOST_TEST(run_claimcheck({"check", "--rules", rules, a, b, "--published", "nobody=2024-05-01"}).status == 2);
    BOOST_TEST(run_claimcheck({"check", "--rules", rules, a, b, "--published", "bridge-a=2024-02-30"}).status == 2);
}

// Bad input: exit 2, a message naming the file, and no report written.
struct BadInput {
    std::string name;
    std::vector<std::string> files;  // name, content pairs flattened: written into the temp folder
    std::vector<std::string> args;   // {dir} is replaced by the temp folder
    std::string message;             // expected in stderr, {dir} replaced
};
std::ostream& operator<<(std::ostream& out, const BadInput& c) { return out << c.name; }

const std::string good_rule = R"J({"rules": [{"id": "t", "claim": "Toll", "type": "presence", "patterns": ["toll"]}]})J";

const BadInput bad_inputs[] = {
    {"malformed JSON", {"r.rules.json", "{\"rules\": [1,]}"}, {"{dir}/r.rules.json", "A", "B"},
     "{dir}/r.rules.json:1:14: error: invalid JSON"},
    {"pattern RE2 rejects", {"r.rules.json", R"J({"rules": [{"id": "t", "claim": "C", "type": "presence", "patterns": ["(x"]}]})J"},
     {"{dir}/r.rules.json", "A", "B"}, "{dir}/r.rules.json:1:71: error: invalid pattern: missing )"},
    {"number rule without value", {"r.rules.json", R"J({"rules": [{"id": "t", "claim": "C", "type": "number", "patterns": ["x"]}]})J"},
     {"{dir}/r.rules.json", "A", "B"}, "{dir}/r.rules.json:1:69: error: a number rule needs a group named 'value'"},
    {"text rule without value", {"r.rules.json", R"J({"rules": [{"id": "t", "claim": "C", "type": "text", "patterns": ["x"]}]})J"},
     {"{dir}/r.rules.json", "A", "B"}, "{dir}/r.rules.json:1:67: error: a text rule needs a group named 'value'"},
    {"unknown field", {"r.rules.json", R"J({"rules": [{"id": "t", "claim": "C", "type": "presence", "patterns": ["x"], "colour": 1}]})J"},
     {"{dir}/r.rules.json", "A", "B"}, "{dir}/r.rules.json:1:77: error: unknown field \"colour\""},
    {"missing field", {"r.rules.json", R"J({"rules": [{"id": "t", "type": "presence", "patterns": ["x"]}]})J"},
     {"{dir}/r.rules.json", "A", "B"}, "{dir}/r.rules.json:1:12: error: missing required field \"claim\""},
    {"unknown type", {"r.rules.json", R"J({"rules": [{"id": "t", "claim": "C", "type": "size", "patterns": ["x"]}]})J"},
     {"{dir}/r.rules.json", "A", "B"}, "{dir}/r.rules.json:1:46: error: unknown \"type\" value \"size\""},
    {"unknown snippet", {"r.rules.json", R"J({"rules": [{"id": "t", "claim": "C", "type": "presence", "patterns": ["{{size}}"]}]})J"},
     {"{dir}/r.rules.json", "A", "B"}, "{dir}/r.rules.json:1:72: error: unknown snippet {{size}}"},
    {"duplicate id", {"r.rules.json", good_rule, "s.rules.json", good_rule}, {"{dir}", "A", "B"},
     "{dir}/s.rules.json:1:19: error: duplicate rule id \"t\", first defined at {dir}/r.rules.json:1:19"},
    {"define cycle", {"r.rules.json", R"J({"define": {"a": "{{a}}"}, "rules": [{"id": "t", "claim": "C", "type": "presence", "patterns": ["{{a}}"]}]})J"},
     {"{dir}/r.rules.json", "A", "B"}, "{dir}/r.rules.json:1:19: error: define cycle: a -> a"},
    {"missing rules path", {}, {"{dir}/nothing", "A", "B"}, "{dir}/nothing: error: no such rules file or folder"},
    {"folder without rule files", {"notes.txt", "x"}, {"{dir}", "A", "B"}, "{dir}: error: folder holds no rule files"},
    {"missing article", {"r.rules.json", good_rule, "a.txt", "toll"}, {"{dir}/r.rules.json", "{dir}/a.txt", "{dir}/b.txt"},
     "{dir}/b.txt: error: no such file"},
    {"empty article", {"r.rules.json", good_rule, "a.txt", "toll", "b.txt", ""}, {"{dir}/r.rules.json", "{dir}/a.txt", "{dir}/b.txt"},
     "{dir}/b.txt: error: article is empty"},
    {"article is a folder", {"r.rules.json", good_rule, "a.txt", "toll"}, {"{dir}/r.rules.json", "{dir}/a.txt", "{dir}"},
     "{dir}: error: is a folder, not a file"},
    {"invalid UTF-8", {"r.rules.json", good_rule, "a.txt", "toll", "b.txt", "toll \xed\xa0\x80"},
     {"{dir}/r.rules.json", "{dir}/a.txt", "{dir}/b.txt"}, "{dir}/b.txt: error: invalid UTF-8 at byte 5"},
    {"duplicate article id", {"r.rules.json", good_rule, "a.txt", "toll", "sub/a.txt", "toll"},
     {"{dir}/r.rules.json", "{dir}/a.txt", "{dir}/sub/a.txt"}, "{dir}/sub/a.txt: error: article id \"a\" is also the id of {dir}/a.txt"},
    {"one article only", {"r.rules.json", good_rule, "a.txt", "toll"}, {"{dir}/r.rules.json", "{dir}/a.txt"},
     "error: check needs at least two articles"},
};

BOOST_DATA_TEST_CASE(bad_input_exits_2_names_the_file_and_writes_nothing, bdata::make(bad_inputs), c) {
    TempDir dir;
    auto expand = [&](std::string s) {
        for (auto at = s.find("{dir}"); at != std::string::npos; at = s.find("{dir}"))
            s.replace(at, 5, dir.path().string());
        return s;
    };
    for (std::size_t i = 0; i + 1 < c.files.size(); i += 2) {
        fs::create_directories((dir / c.files[i]).parent_path());
        write_text(dir / c.files[i], c.files[i + 1]);
    }
    std::vector<std::string> args{"check", "--rules"};
    for (const auto& arg : c.args)
        args.push_back(arg == "A" ? source_dir().string() + "/tests/" + a : arg == "B" ? source_dir().string() + "/tests/" + b : expand(arg));
    fs::create_directories("/tmp/claimcheck-e2e-out");
    std::string report = (dir / "out" / "report.json").string();
    fs::create_directories(dir / "out");
    args.insert(args.end(), {"--json", report});
    RunResult r = run_claimcheck(args);
    BOOST_TEST(r.status == 2);
    BOOST_TEST(r.err.find(expand(c.message)) != std::string::npos, "expected " << expand(c.message) << "\ngot\n" << r.err);
    BOOST_TEST(!fs::exists(report));
    BOOST_TEST(r.out.empty());
}

BOOST_AUTO_TEST_CASE(an_output_folder_that_does_not_exist) {
    TempDir dir;
    std::string report = (dir / "no" / "such" / "r.json").string();
    RunResult r = run_claimcheck({"check", "--rules", rules, a, b, "--json", report});
    BOOST_TEST(r.status == 2);
    BOOST_TEST(r.err.find(report + ": error: cannot write the JSON report: folder") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(the_same_output_twice) {
    TempDir dir;
    std::string report = (dir / "r.json").string();
    RunResult r = run_claimcheck({"check", "--rules", rules, a, b, "--json", report, "--html", report});
    BOOST_TEST(r.status == 2);
    BOOST_TEST(r.err.find("given as output twice") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(date_claims_agree_and_conflict_against_their_publication_dates) {
    TempDir dir;
    write_text(dir / "d.rules.json", R"J({"rules": [{"id": "opening", "claim": "When the line opens", "type": "date",
        "patterns": ["(?i)\\bopens?\\s+(?P<value>{{date}})"]}]})J");
    write_text(dir / "a.json", R"J({"id": "a", "published": "2021-03-20", "text": "The new line opens April 1."})J");
    write_text(dir / "b.json", R"J({"id": "b", "published": "2020-11-05", "text": "The line opens next spring."})J");
    write_text(dir / "c.json", R"J({"id": "c", "published": "2021-03-20", "text": "The line opens in March 2022."})J");
    auto status_of = [&](const std::string& x, const std::string& y) {
        RunResult r = run_claimcheck({"check", "--rules", (dir / "d.rules.json").string(), (dir / x).string(),
                                      (dir / y).string(), "--json", "-"});
        return nlohmann::json::parse(r.out)["findings"][0]["status"].get<std::string>();
    };
    BOOST_TEST(status_of("a.json", "b.json") == "agreement");  // April 1, 2021 lies in spring 2021
    BOOST_TEST(status_of("a.json", "c.json") == "conflict");
    BOOST_TEST(status_of("b.json", "c.json") == "conflict");
}

BOOST_AUTO_TEST_CASE(an_unreadable_article) {
    // Root reads any file whatever its mode, so use a file that fails on read: /proc/self/mem.
    RunResult r = run_claimcheck({"check", "--rules", rules, a, "/proc/self/mem"});
    BOOST_TEST(r.status == 2);
    BOOST_TEST(r.err.find("/proc/self/mem: error: cannot read") != std::string::npos, r.err);
}

BOOST_AUTO_TEST_SUITE_END()
