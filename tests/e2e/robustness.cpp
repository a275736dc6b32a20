// Inputs at the edges: each one must work or fail cleanly (exit 2, the file named), never crash or
// hang. docs/robustness.md lists every bad input and the test that checks it.
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <string>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace claimcheck::testing;
namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

const std::string bridge_rules = "fixtures/bridge/bridge.rules.json";
const std::string bridge_a = "fixtures/bridge/bridge-a.txt";
const std::string bridge_b = "fixtures/bridge/bridge-b.txt";

const std::string presence_rule =
    R"J({"rules": [{"id": "t", "claim": "Toll", "type": "presence", "patterns": ["toll"]}]})J";

// The rule and status of every finding, in report order: what must not change with line endings.
json finding_outline(const json& report) {
    json outline = json::array();
    for (const json& finding : report.at("findings")) {
        outline.push_back({finding.at("rule"), finding.at("status")});
    }
    return outline;
}

RunResult check_to_stdout(const std::vector<std::string>& rules_and_articles) {
    std::vector<std::string> args{"check", "--fail-on", "never", "--json", "-", "--rules"};
    args.insert(args.end(), rules_and_articles.begin(), rules_and_articles.end());
    return run_claimcheck(args);
}

std::string with_crlf(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(robustness)

BOOST_AUTO_TEST_CASE(a_byte_order_mark_in_a_rule_file_and_an_article) {
    TempDir dir;
    const std::string bom = "\xEF\xBB\xBF";
    write_text(dir / "r.rules.json", bom + read_text(source_dir() / "tests" / bridge_rules));
    write_text(dir / "a.txt", bom + read_text(source_dir() / "tests" / bridge_a));
    RunResult with_bom = check_to_stdout({(dir / "r.rules.json").string(), (dir / "a.txt").string(), bridge_b});
    RunResult without = check_to_stdout({bridge_rules, bridge_a, bridge_b});
    BOOST_TEST_REQUIRE(with_bom.status == 0, with_bom.err);
    BOOST_TEST(finding_outline(json::parse(with_bom.out)) == finding_outline(json::parse(without.out)));
}

BOOST_AUTO_TEST_CASE(crlf_line_ends_give_the_same_findings_as_lf) {
    TempDir dir;
    write_text(dir / "a.txt", with_crlf(read_text(source_dir() / "tests" / bridge_a)));
    write_text(dir / "b.txt", with_crlf(read_text(source_dir() / "tests" / bridge_b)));
    write_text(dir / "r.rules.json", with_crlf(read_text(source_dir() / "tests" / bridge_rules)));
    RunResult crlf = check_to_stdout({(dir / "r.rules.json").string(), (dir / "a.txt").string(), (dir / "b.txt").string()});
    RunResult lf = check_to_stdout({bridge_rules, bridge_a, bridge_b});
    BOOST_TEST_REQUIRE(crlf.status == 0, crlf.err);
    const json crlf_report = json::parse(crlf.out);
    const json lf_report = json::parse(lf.out);
    BOOST_TEST(finding_outline(crlf_report) == finding_outline(lf_report));
    BOOST_TEST(crlf_report.at("summary") == lf_report.at("summary"));
    BOOST_TEST(!crlf_report.at("findings").empty());
}

BOOST_AUTO_TEST_CASE(nul_bytes_in_an_article_are_text) {
    TempDir dir;
    write_text(dir / "r.rules.json", presence_rule);
    write_text(dir / "a.txt", std::string("Drivers pay a toll.\0\0 More\0text.", 32));
    write_text(dir / "b.txt", "No toll here either, a toll there.");
    RunResult r = check_to_stdout({(dir / "r.rules.json").string(), (dir / "a.txt").string(), (dir / "b.txt").string()});
    BOOST_TEST_REQUIRE(r.status == 0, r.err);
    const json report = json::parse(r.out);
    BOOST_TEST(report.at("summary").at("agreement") == 1);
}

BOOST_AUTO_TEST_CASE(overlong_surrogate_and_truncated_utf8_name_the_byte) {
    const std::pair<std::string, std::string> cases[] = {
        {"toll \xC0\xAF", "invalid UTF-8 at byte 5"},           // overlong '/'
        {"toll \xED\xB0\x80 x", "invalid UTF-8 at byte 5"},     // a low surrogate
        {"toll toll \xE2\x82", "invalid UTF-8 at byte 10"},     // truncated at the end
        {"\xF8\x88\x80\x80\x80 toll", "invalid UTF-8 at byte 0"},  // a byte that never occurs
    };
    for (const auto& [text, message] : cases) {
        TempDir dir;
        write_text(dir / "r.rules.json", presence_rule);
        write_text(dir / "a.txt", "a toll");
        write_text(dir / "b.txt", text);
        RunResult r = check_to_stdout({(dir / "r.rules.json").string(), (dir / "a.txt").string(), (dir / "b.txt").string()});
        BOOST_TEST(r.status == 2);
        BOOST_TEST(r.err.find((dir / "b.txt").string() + ": error: " + message) != std::string::npos, r.err);
        BOOST_TEST(r.out.empty());
    }
}

BOOST_AUTO_TEST_CASE(a_20_mb_article_is_checked) {
    TempDir dir;
    // Mostly sentences no rule matches, so the claim limit is not what is tested.
    std::string big = "The new bridge has 6 lanes and runs 2.4 km. Drivers will pay a toll.\n";
    const std::string filler = "The river was calm that morning and the crowd on the banks was large.\n";
    while (big.size() < (std::size_t{20} << 20)) big += filler;
    write_text(dir / "big.txt", big);
    RunResult r = check_to_stdout({bridge_rules, bridge_a, (dir / "big.txt").string()});
    BOOST_TEST_REQUIRE(r.status == 0, r.err.substr(0, 2000));
    const json report = json::parse(r.out);
    BOOST_TEST(report.at("summary").at("conflict") == 0);
    BOOST_TEST(report.at("summary").at("agreement") >= 3);
}

BOOST_AUTO_TEST_CASE(a_5_mb_line_is_checked) {
    TempDir dir;
    std::string half;
    while (half.size() < (std::size_t{5} << 19)) half += "and the river runs on ";
    write_text(dir / "long.txt", half + "past a bridge with 6 lanes " + half + "\n");
    RunResult r = check_to_stdout({bridge_rules, bridge_a, (dir / "long.txt").string()});
    BOOST_TEST_REQUIRE(r.status == 0, r.err.substr(0, 2000));
    BOOST_TEST(json::parse(r.out).at("summary").at("agreement") == 1);
}

BOOST_AUTO_TEST_CASE(a_number_too_large_to_represent_is_a_warning_without_a_value) {
    TempDir dir;
    write_text(dir / "huge.txt", "The bridge has " + std::string(5000, '7') + " lanes.\n");
    RunResult r = check_to_stdout({bridge_rules, bridge_a, (dir / "huge.txt").string()});
    BOOST_TEST_REQUIRE(r.status == 0, r.err);
    BOOST_TEST(r.err.find("warning") != std::string::npos, r.err);
    BOOST_TEST(r.err.find("to represent") != std::string::npos, r.err);
    BOOST_TEST(r.out.find("inf") == std::string::npos);
    BOOST_TEST(r.out.find("Infinity") == std::string::npos);
    BOOST_TEST(r.out.find("1e+") == std::string::npos);
    const json parsed = json::parse(r.out);  // throws, failing the test, unless the output is valid JSON
    BOOST_TEST(parsed.is_object());
}

BOOST_AUTO_TEST_CASE(a_symlink_loop_in_a_rules_folder_fails_cleanly) {
    TempDir dir;
    fs::create_directories(dir / "rules");
    write_text(dir / "rules" / "r.rules.json", presence_rule);
    fs::create_symlink(dir / "rules" / "loop", dir / "rules" / "loop");
    fs::create_directory_symlink(dir / "rules", dir / "rules" / "again");
    RunResult r = check_to_stdout({(dir / "rules").string(), bridge_a, bridge_b});
    // Either the loop is skipped with the good file read, or the run stops naming the entry.
    if (r.status == 2) {
        BOOST_TEST(r.err.find((dir / "rules").string()) != std::string::npos, r.err);
        BOOST_TEST(r.out.empty());
    } else {
        BOOST_TEST(r.status == 0, r.err);
        BOOST_TEST(json::parse(r.out).at("findings").size() == 1u);
    }
}

BOOST_AUTO_TEST_CASE(an_unreadable_entry_under_a_rules_folder_fails_cleanly) {
    TempDir dir;
    fs::create_directories(dir / "rules");
    write_text(dir / "rules" / "good.rules.json", presence_rule);
    // Root reads any file whatever its mode; nobody can read a socket, so it stands for the entry
    // that cannot be read.
    const fs::path entry = dir / "rules" / "socket.rules.json";
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    BOOST_TEST_REQUIRE(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    BOOST_TEST_REQUIRE(entry.string().size() < sizeof(address.sun_path));
    std::strcpy(address.sun_path, entry.c_str());
    BOOST_TEST_REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0);
    RunResult r = check_to_stdout({(dir / "rules").string(), bridge_a, bridge_b});
    ::close(fd);
    BOOST_TEST(r.status == 2);
    BOOST_TEST(r.err.find(entry.string() + ": error: cannot read") != std::string::npos, r.err);
    BOOST_TEST(r.out.empty());
}

BOOST_AUTO_TEST_CASE(a_report_on_dev_full_is_written_in_place_and_fails) {
    if (!fs::exists("/dev/full")) return;
    RunResult r = run_claimcheck({"check", "--rules", bridge_rules, bridge_a, bridge_b, "--json", "/dev/full"});
    BOOST_TEST(r.status == 2);
    BOOST_TEST(r.err.find("/dev/full: error: cannot write") != std::string::npos, r.err);
    BOOST_TEST(fs::is_character_file("/dev/full"));
}

BOOST_AUTO_TEST_CASE(the_same_article_twice_is_refused) {
    RunResult r = check_to_stdout({bridge_rules, bridge_a, bridge_a});
    BOOST_TEST(r.status == 2);
    BOOST_TEST(r.err.find(bridge_a) != std::string::npos, r.err);
}

BOOST_AUTO_TEST_CASE(nested_quantifiers_run_in_linear_time) {
    TempDir dir;
    write_text(dir / "r.rules.json",
               R"J({"rules": [{"id": "t", "claim": "Run of a", "type": "presence", "patterns": ["(a+)+$"]}]})J");
    write_text(dir / "a.txt", std::string(200000, 'a') + "b\n");
    write_text(dir / "b.txt", std::string(200000, 'a'));  // '$' is the end of the text: no newline
    RunResult r = check_to_stdout({(dir / "r.rules.json").string(), (dir / "a.txt").string(), (dir / "b.txt").string()});
    BOOST_TEST_REQUIRE(r.status == 0, r.err);
    BOOST_TEST(json::parse(r.out).at("summary").at("omission") == 1);
}

BOOST_AUTO_TEST_CASE(a_batch_manifest_line_that_is_not_json_is_an_error_record) {
    RunResult r = run_claimcheck({"batch", "-"}, {}, {}, "not json at all\n");
    BOOST_TEST(r.status == 2);
    const json record = json::parse(r.out);
    BOOST_TEST(record.at("status") == "error");
    BOOST_TEST(record.at("errors").at(0).at("message").get<std::string>().find("invalid JSON") == 0u);
}

// The limits: each stops the run with exit 2 and the file named, before memory or time runs out.
struct LimitCase {
    std::string rules;    // rule file content
    std::string article;  // second article's content
    std::string message;  // expected after "FILE" in stderr
    bool on_rules;        // whether the rule file (else the article) is the one named
};

void check_limit(const LimitCase& c) {
    TempDir dir;
    write_text(dir / "r.rules.json", c.rules);
    write_text(dir / "a.txt", "a toll");
    write_text(dir / "b.txt", c.article);
    RunResult r = check_to_stdout({(dir / "r.rules.json").string(), (dir / "a.txt").string(), (dir / "b.txt").string()});
    BOOST_TEST(r.status == 2);
    const std::string file = (dir / (c.on_rules ? "r.rules.json" : "b.txt")).string();
    BOOST_TEST(r.err.find(file) != std::string::npos, r.err.substr(0, 2000));
    BOOST_TEST(r.err.find(c.message) != std::string::npos, r.err.substr(0, 2000));
    BOOST_TEST(r.out.empty());
}

std::string presence_with(const std::string& define_json, const std::string& pattern) {
    return R"J({"define": {)J" + define_json + R"J(}, "rules": [{"id": "t", "claim": "C", "type": "presence", "patterns": [")J" +
           pattern + R"J("]}]})J";
}

BOOST_AUTO_TEST_CASE(a_rule_file_over_8_mb_is_refused) {
    const std::string padding(std::size_t{9} << 20, 'x');
    check_limit({R"J({"description": ")J" + padding + R"J(", "rules": []})J", "a toll",
                 "file is larger than the limit of 8388608 bytes", true});
}

BOOST_AUTO_TEST_CASE(an_article_over_64_mb_is_refused) {
    check_limit({presence_rule, std::string((std::size_t{64} << 20) + 1, 'a'),
                 "file is larger than the limit of 67108864 bytes", false});
}

BOOST_AUTO_TEST_CASE(defines_nested_too_deep_are_refused) {
    std::string defines = R"J("d0": "toll")J";
    for (int i = 1; i < 20; ++i) defines += ", \"d" + std::to_string(i) + "\": \"{{d" + std::to_string(i - 1) + "}}\"";
    check_limit({presence_with(defines, "{{d19}}"), "a toll", "defines nest deeper than 16 levels", true});
}

BOOST_AUTO_TEST_CASE(a_pattern_expanding_past_1_mb_is_refused) {
    std::string defines = "\"d0\": \"" + std::string(1000, 'x') + "\"";
    for (int i = 1; i < 12; ++i) {
        const std::string previous = "{{d" + std::to_string(i - 1) + "}}";
        defines += ", \"d" + std::to_string(i) + "\": \"" + previous + previous + "\"";
    }
    check_limit({presence_with(defines, "{{d11}}"), "a toll",
                 "pattern is larger than 1048576 bytes once its snippets are expanded", true});
}

BOOST_AUTO_TEST_CASE(a_pattern_over_re2s_memory_budget_is_refused) {
    std::string pattern;
    for (int i = 0; i < 20; ++i) pattern += "\\\\pL{1000}";
    check_limit({presence_with(R"J("unused": "x")J", pattern), "a toll",
                 "pattern is too large for RE2's memory budget; split it into several patterns", true});
}

BOOST_AUTO_TEST_CASE(more_than_100000_claims_in_an_article_is_an_error) {
    std::string many;
    for (int i = 0; i <= 100000; ++i) many += "A toll. ";
    check_limit({presence_rule, many, "more than 100000 claims in one article", false});
}

BOOST_AUTO_TEST_SUITE_END()
