// End to end: claimcheck batch over the stories of tests/fixtures/batch (a made-up ferry grounding).
#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace claimcheck::testing;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

fs::path fixtures() { return source_dir() / "tests" / "fixtures" / "batch"; }

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::vector<std::string> ids_of(const std::string& output) {
    std::vector<std::string> ids;
    for (const auto& line : lines_of(output)) ids.push_back(json::parse(line).at("id").get<std::string>());
    return ids;
}

std::string manifest_text() { return read_text(fixtures() / "stories.jsonl"); }

// Runs batch in the fixtures folder, so manifest paths given on stdin resolve as in the file.
RunResult batch(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.begin(), "batch");
    return run_claimcheck(args, fixtures().string(), {}, input);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(batch_command)

BOOST_AUTO_TEST_CASE(records_come_out_in_input_order_with_four_threads) {
    // A slow story first: the quick ones after it finish earlier but must still be written after it.
    TempDir dir;
    std::string long_text;
    for (int i = 0; i < 4000; ++i) long_text += "A ferry carrying 40 passengers was bound for Marlow. Two were hurt.\n";
    write_text(dir / "long.txt", long_text);
    std::string slow = R"({"id": "slow", "rules": "ferry.rules.json", "articles": [{"path": ")" + (dir / "long.txt").string() +
                       R"("}, {"path": "articles/bay-radio.txt"}]})" "\n";
    RunResult parallel = batch({"-j", "4", "-"}, slow + manifest_text());
    BOOST_TEST(parallel.err == "");  // no progress bar when standard error is not a terminal
    std::vector<std::string> ids = ids_of(parallel.out);
    BOOST_TEST_REQUIRE(ids.size() == 41u);
    BOOST_TEST(ids[0] == "slow");
    for (std::size_t i = 1; i < ids.size(); ++i)
        BOOST_TEST(ids[i] == (i <= 10 ? "ferry-0" : "ferry-") + std::to_string(i - 1));
    RunResult serial = batch({"-j", "1", "-"}, slow + manifest_text());
    BOOST_TEST(serial.out == parallel.out);
    BOOST_TEST(serial.status == parallel.status);
}

BOOST_AUTO_TEST_CASE(a_record_holds_the_report_that_check_writes) {
    RunResult r = batch({"stories.jsonl"});
    json record = json::parse(lines_of(r.out).at(1));  // ferry-01: island-post and bay-radio
    BOOST_TEST(record.at("id") == "ferry-01");
    BOOST_TEST(record.at("status") == "ok");
    RunResult check = run_claimcheck({"check", "--rules", "ferry.rules.json", "--json", "-", "articles/island-post.txt",
                                      "articles/bay-radio.txt"},
                                     fixtures().string());
    BOOST_TEST(record.at("report") == json::parse(check.out));
    BOOST_TEST(record.at("exit") == check.status);
    BOOST_TEST(record.at("summary") == json::parse(check.out).at("summary"));
}

// A rule file's warnings were once copied into every record: 1,000 rules without examples made each
// record 200 KB and the batch no faster on two threads than on one.
BOOST_AUTO_TEST_CASE(a_rule_file_warning_is_printed_once_not_in_every_record) {
    TempDir dir;
    write_text(dir / "bare.rules.json",
               R"({"rules": [{"id": "hurt", "claim": "People hurt", "type": "number",
                              "patterns": ["(?P<value>{{number}}) (?:were|was) hurt"]}]})");
    std::string stories;
    for (int i = 0; i < 3; ++i)
        stories += R"({"id": "s)" + std::to_string(i) + R"(", "rules": ")" + (dir / "bare.rules.json").string() +
                   R"(", "articles": [{"path": "articles/bay-radio.txt"}, {"path": "articles/island-post.txt"}]})" "\n";
    RunResult r = batch({"-j", "2", "-"}, stories);
    BOOST_TEST(r.status == 0);
    std::size_t printed = 0;
    for (std::size_t at = r.err.find("has no examples"); at != std::string::npos; at = r.err.find("has no examples", at + 1))
        ++printed;
    BOOST_TEST(printed == 1u);
    for (const auto& line : lines_of(r.out)) BOOST_TEST(!json::parse(line).contains("warnings"));
}

BOOST_AUTO_TEST_CASE(standard_input_gives_the_same_records_as_the_file) {
    RunResult from_file = batch({"stories.jsonl"});
    RunResult from_stdin = batch({"-"}, manifest_text());
    BOOST_TEST(from_stdin.out == from_file.out);
    BOOST_TEST(from_stdin.status == from_file.status);
}

BOOST_AUTO_TEST_CASE(relative_paths_resolve_against_the_manifest_folder) {
    // Run from elsewhere: the manifest's own folder anchors "articles/..." and "ferry.rules.json".
    TempDir elsewhere;
    RunResult r = run_claimcheck({"batch", (fixtures() / "stories.jsonl").string()}, elsewhere.path().string());
    std::vector<std::string> lines = lines_of(r.out);
    BOOST_TEST_REQUIRE(lines.size() == 40u);
    for (const auto& line : lines) BOOST_TEST(json::parse(line).at("status") == "ok");
}

BOOST_AUTO_TEST_CASE(a_bad_story_changes_nothing_else) {
    TempDir dir;
    write_text(dir / "broken.rules.json", "{\"rules\": [ {\"id\": \"x\",\n");
    std::vector<std::string> good = lines_of(manifest_text());
    std::vector<std::string> bad = {
        "this is not json",
        R"({"id": "missing-article", "rules": ["ferry.rules.json"], "articles": [{"path": "articles/nowhere.txt"}, {"path": "articles/bay-radio.txt"}]})",
        R"({"id": "bad-rules", "rules": [")" + (dir / "broken.rules.json").string() +
            R"("], "articles": [{"path": "articles/coast-herald.txt"}, {"path": "articles/bay-radio.txt"}]})",
        R"({"id": "typo", "rules": ["ferry.rules.json"], "artcles": []})",
    };
    std::string mixed;
    for (std::size_t i = 0; i < good.size(); ++i) {
        mixed += good[i] + "\n";
        if (i % 10 == 4) mixed += bad[i / 10] + "\n";
    }
    RunResult with_bad = batch({"-j", "4", "-"}, mixed);
    RunResult without = batch({"-j", "4", "-"}, manifest_text());
    BOOST_TEST(with_bad.status == 2);

    std::vector<std::string> kept, errors;
    for (const auto& line : lines_of(with_bad.out))
        (json::parse(line).at("status") == "ok" ? kept : errors).push_back(line);
    BOOST_TEST(kept == lines_of(without.out), boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(errors.size() == 4u);

    json not_json = json::parse(errors[0]);
    BOOST_TEST(not_json.at("id") == "line 6");  // five good lines, then the bad one
    BOOST_TEST(not_json.at("errors").at(0).at("file") == "-");
    BOOST_TEST(not_json.at("errors").at(0).at("line") == 6);
    BOOST_TEST(not_json.at("errors").at(0).at("message").get<std::string>().find("invalid JSON") == 0u);

    json missing = json::parse(errors[1]);
    BOOST_TEST(missing.at("id") == "missing-article");
    BOOST_TEST(missing.at("errors").at(0).at("file") == "articles/nowhere.txt");

    json bad_rules = json::parse(errors[2]);
    BOOST_TEST(bad_rules.at("id") == "bad-rules");
    BOOST_TEST(bad_rules.at("errors").at(0).at("file") == (dir / "broken.rules.json").string());
    BOOST_TEST(bad_rules.at("errors").at(0).at("line").is_number());

    json typo = json::parse(errors[3]);
    BOOST_TEST(typo.at("id") == "typo");
    BOOST_TEST(typo.dump().find("unknown field \\\"artcles\\\"") != std::string::npos, typo.dump());
}

BOOST_AUTO_TEST_CASE(resume_after_a_killed_run_writes_each_story_once) {
    TempDir dir;
    RunResult full = batch({"-j", "3", "--output", (dir / "full.jsonl").string(), "stories.jsonl"});
    BOOST_TEST(full.out == "");
    std::string complete = read_text(dir / "full.jsonl");
    std::vector<std::string> lines = lines_of(complete);
    BOOST_TEST_REQUIRE(lines.size() == 40u);

    // A run stopped after 17 whole records and half of the 18th.
    std::string stopped;
    for (std::size_t i = 0; i < 17; ++i) stopped += lines[i] + "\n";
    stopped += lines[17].substr(0, lines[17].size() / 2);
    write_text(dir / "out.jsonl", stopped);

    RunResult resumed = batch({"-j", "4", "--resume", (dir / "out.jsonl").string(), "stories.jsonl"});
    BOOST_TEST(resumed.status == full.status);
    std::string after = read_text(dir / "out.jsonl");
    BOOST_TEST(after == complete);
    std::vector<std::string> ids = ids_of(after);
    std::sort(ids.begin(), ids.end());
    BOOST_TEST((std::adjacent_find(ids.begin(), ids.end()) == ids.end()));

    // Resuming a finished run adds nothing and reports the same status.
    RunResult again = batch({"--resume", (dir / "out.jsonl").string(), "stories.jsonl"});
    BOOST_TEST(again.status == full.status);
    BOOST_TEST(read_text(dir / "out.jsonl") == complete);
}

BOOST_AUTO_TEST_CASE(resume_starts_a_new_file_and_refuses_a_foreign_one) {
    TempDir dir;
    RunResult fresh = batch({"--resume", (dir / "new.jsonl").string(), "stories.jsonl"});
    BOOST_TEST(lines_of(read_text(dir / "new.jsonl")).size() == 40u);

    write_text(dir / "notes.txt", "shopping list\n");
    RunResult foreign = batch({"--resume", (dir / "notes.txt").string(), "stories.jsonl"});
    BOOST_TEST(foreign.status == 2);
    BOOST_TEST(foreign.err.find("not a claimcheck batch record") != std::string::npos, foreign.err);
    BOOST_TEST(read_text(dir / "notes.txt") == "shopping list\n");
}

BOOST_AUTO_TEST_CASE(exit_status_follows_fail_on) {
    // coast-herald and tide-weekly agree on everything they both state.
    std::string agreeing =
        R"({"id": "calm", "rules": "ferry.rules.json", "articles": [{"path": "articles/coast-herald.txt"}, {"path": "articles/tide-weekly.json"}]})"
        "\n";
    // island-post leaves out the injuries: an omission, no conflict.
    std::string omitting =
        R"({"id": "quiet", "rules": "ferry.rules.json", "articles": [{"path": "articles/coast-herald.txt"}, {"path": "articles/island-post.txt"}]})"
        "\n";
    // bay-radio counts 55 passengers where coast-herald counts 40.
    std::string conflicting =
        R"({"id": "loud", "rules": "ferry.rules.json", "articles": [{"path": "articles/coast-herald.txt"}, {"path": "articles/bay-radio.txt"}]})"
        "\n";
    BOOST_TEST(batch({"-"}, agreeing).status == 0);
    BOOST_TEST(batch({"-"}, omitting).status == 0);
    BOOST_TEST(batch({"--fail-on", "omission", "-"}, omitting).status == 1);
    BOOST_TEST(batch({"-"}, agreeing + conflicting).status == 1);
    BOOST_TEST(batch({"--fail-on", "never", "-"}, agreeing + conflicting).status == 0);
    BOOST_TEST(batch({"-"}, agreeing + "{oops\n" + conflicting).status == 2);
    json loud = json::parse(lines_of(batch({"-"}, conflicting).out).at(0));
    BOOST_TEST(loud.at("exit") == 1);
    BOOST_TEST(loud.at("summary").at("conflict").get<int>() >= 1);
}

BOOST_AUTO_TEST_CASE(bad_invocations_exit_2_before_writing) {
    TempDir dir;
    RunResult missing = batch({"--output", (dir / "out.jsonl").string(), "no-such-manifest.jsonl"});
    BOOST_TEST(missing.status == 2);
    BOOST_TEST(missing.err.find("no-such-manifest.jsonl") != std::string::npos, missing.err);
    BOOST_TEST(!fs::exists(dir / "out.jsonl"));
    BOOST_TEST(batch({"-j", "0", "stories.jsonl"}).status == 2);
    BOOST_TEST(batch({"-", "-"}, "").status == 2);
    write_text(dir / "m.jsonl", manifest_text());
    RunResult clobber = batch({"--output", (dir / "m.jsonl").string(), (dir / "m.jsonl").string()});
    BOOST_TEST(clobber.status == 2);
    BOOST_TEST(read_text(dir / "m.jsonl") == manifest_text());
}

BOOST_AUTO_TEST_SUITE_END()
