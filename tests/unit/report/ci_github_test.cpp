// GitHub Actions annotations: one command per claim, parsed back the way the runner reads them.
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "ci_reports.hpp"
#include "claimcheck/render.hpp"
#include "test_support.hpp"

namespace {

using claimcheck::render_github;
namespace ci = claimcheck::testing::ci;

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// The runner's decoding: %25 last, so "%253A" stays "%3A".
std::string unescape(std::string text) {
    for (auto [from, to] : {std::pair{"%0D", "\r"}, {"%0A", "\n"}, {"%3A", ":"}, {"%2C", ","}, {"%25", "%"}})
        text = replace_all(text, from, to);
    return text;
}

struct Command {
    std::string name;
    std::map<std::string, std::string> properties;
    std::vector<std::string> order;
    std::string message;
};

// Parses "::name key=value,key=value::message" as the runner does: the first "::" after the name
// ends the properties, properties split on ',' and '='.
Command parse_command(const std::string& line) {
    if (line.rfind("::", 0) != 0) throw std::runtime_error("not a command: " + line);
    std::size_t end = line.find("::", 2);
    if (end == std::string::npos) throw std::runtime_error("no message separator: " + line);
    std::string head = line.substr(2, end - 2);
    Command command;
    command.message = unescape(line.substr(end + 2));
    std::size_t space = head.find(' ');
    command.name = head.substr(0, space);
    if (space == std::string::npos) return command;
    std::stringstream properties(head.substr(space + 1));
    for (std::string property; std::getline(properties, property, ',');) {
        std::size_t equals = property.find('=');
        std::string key = property.substr(0, equals);
        command.order.push_back(key);
        command.properties[key] = unescape(property.substr(equals + 1));
    }
    return command;
}

std::vector<Command> commands(const std::string& out) {
    std::vector<Command> parsed;
    std::stringstream lines(out);
    for (std::string line; std::getline(lines, line);) parsed.push_back(parse_command(line));
    return parsed;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ci_github)

BOOST_AUTO_TEST_CASE(matches_golden_files) {
    auto golden = claimcheck::testing::source_dir() / "tests/golden/ci";
    std::string basic = claimcheck::testing::check_golden(golden / "basic.github.txt", render_github(ci::basic_report()));
    BOOST_TEST(basic.empty(), basic);
    std::string hostile =
        claimcheck::testing::check_golden(golden / "hostile.github.txt", render_github(ci::hostile_report()));
    BOOST_TEST(hostile.empty(), hostile);
}

BOOST_AUTO_TEST_CASE(an_error_per_conflicting_claim_and_a_warning_per_omitted_claim) {
    std::vector<Command> parsed = commands(render_github(ci::basic_report()));
    BOOST_REQUIRE_EQUAL(parsed.size(), 3u);  // two claims in conflict, one stating the omitted claim
    BOOST_TEST(parsed[0].name == "error");
    BOOST_TEST(parsed[1].name == "error");
    BOOST_TEST(parsed[2].name == "warning");
    BOOST_TEST(parsed[0].properties.at("file") == "articles/harbour gazette.txt");
    BOOST_TEST(parsed[1].properties.at("file") == "articles/coast-news.txt");
    BOOST_TEST((parsed[0].order == std::vector<std::string>{"file", "line", "col", "endLine", "endColumn", "title"}));
    BOOST_TEST(parsed[0].properties.at("title") == "claimcheck conflict: ferry-passengers");
    BOOST_TEST(parsed[0].message.find("harbour-gazette says \"212\" here.") == 0, parsed[0].message);
    BOOST_TEST(parsed[0].message.find("coast-news says \"About 150\" (line 1)") != std::string::npos, parsed[0].message);
    BOOST_TEST(parsed[2].message.find("left out by coast-news, wire") != std::string::npos, parsed[2].message);
}

BOOST_AUTO_TEST_CASE(columns_are_utf16_code_units) {
    Command first = commands(render_github(ci::basic_report())).at(0);
    BOOST_TEST(first.properties.at("line") == "2");
    BOOST_TEST(first.properties.at("col") == "38");  // byte column 41: an "É" and an emoji before it
    BOOST_TEST(first.properties.at("endLine") == "2");
    BOOST_TEST(first.properties.at("endColumn") == "52");
}

BOOST_AUTO_TEST_CASE(hostile_file_names_and_values_are_escaped) {
    std::string out = render_github(ci::hostile_report());
    // Every command stays on its own line: no raw CR or LF leaks from names, values or notes.
    std::vector<Command> parsed = commands(out);
    BOOST_REQUIRE_EQUAL(parsed.size(), 4u);
    BOOST_TEST(out.find("file=in%2Cbox/odd%3A 100%25%0Aname.txt,") != std::string::npos, out);
    BOOST_TEST(parsed[0].properties.at("file") == ci::hostile_path);  // and the runner reads it back exactly
    // Control characters other than tab, CR and LF are dropped.
    BOOST_TEST(parsed[0].message.find("odd,one says \"50%, or 1:2 <b>&amp;</b> \"so\" [said](1) \" here.") == 0,
               parsed[0].message);
    BOOST_TEST(out.find('\x01') == std::string::npos);
    BOOST_TEST(out.find('\x0B') == std::string::npos);
    BOOST_TEST(parsed[2].properties.at("title") == "claimcheck conflict: toll deaths");
    BOOST_TEST(parsed[2].message.find("40\npeople") == std::string::npos);  // values, not whole claims, are quoted
    BOOST_TEST(parsed[2].message.find("note: a note with %, : and\nnewline") != std::string::npos, parsed[2].message);
}

BOOST_AUTO_TEST_CASE(multi_line_claims_have_no_columns) {
    Command toll = commands(render_github(ci::hostile_report())).at(2);
    BOOST_TEST(toll.properties.at("line") == "2");
    BOOST_TEST(toll.properties.at("endLine") == "3");
    BOOST_TEST(!toll.properties.count("col"));
    BOOST_TEST(!toll.properties.count("endColumn"));
}

BOOST_AUTO_TEST_CASE(json_articles_are_annotated_as_whole_files) {
    Command feed = commands(render_github(ci::hostile_report())).at(1);
    BOOST_TEST(feed.properties.at("file") == "feeds/wire.json");
    BOOST_TEST(!feed.properties.count("line"));
}

BOOST_AUTO_TEST_CASE(inline_sources_have_no_file) {
    claimcheck::Report report = ci::basic_report();
    report.findings[0].claims.push_back(ci::claim_at(report, 0, 2, "ferry ran aground", "ran aground"));
    Command wire = commands(render_github(report)).at(2);
    BOOST_TEST(!wire.properties.count("file"));
    BOOST_TEST(wire.properties.at("title") == "claimcheck conflict: ferry-passengers");
}

BOOST_AUTO_TEST_CASE(nothing_to_say_when_everything_agrees) {
    claimcheck::Report report = ci::basic_report();
    report.findings.erase(report.findings.begin(), report.findings.begin() + 2);
    BOOST_TEST(render_github(report).empty());
}

BOOST_AUTO_TEST_SUITE_END()
