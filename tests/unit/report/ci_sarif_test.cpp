// SARIF output: results, locations, columns, URIs and fingerprints, from hand-built reports.
#include <string>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "ci_reports.hpp"
#include "claimcheck/render.hpp"
#include "claimcheck/version.hpp"
#include "test_support.hpp"

namespace {

using claimcheck::Report;
using claimcheck::render_sarif;
using nlohmann::json;
namespace ci = claimcheck::testing::ci;

json sarif(const Report& report, const std::string& working_folder = ".") {
    return json::parse(render_sarif(report, working_folder));
}

const json& run_of(const json& log) { return log.at("runs").at(0); }

// The golden files hold "@VERSION@" for the tool version, so a release does not rewrite them.
std::string without_version(std::string text) {
    std::string version = std::string("\"") + claimcheck::tool_version + "\"";
    for (std::size_t at = text.find(version); at != std::string::npos; at = text.find(version, at))
        text.replace(at, version.size(), "\"@VERSION@\"");
    return text;
}

std::string fingerprint(const json& result) { return result.at("partialFingerprints").at("claimcheckFinding/v1"); }

}  // namespace

BOOST_AUTO_TEST_SUITE(ci_sarif)

BOOST_AUTO_TEST_CASE(matches_golden_files) {
    auto golden = claimcheck::testing::source_dir() / "tests/golden/ci";
    std::string basic = claimcheck::testing::check_golden(golden / "basic.sarif.json",
                                                          without_version(render_sarif(ci::basic_report(), ".")));
    BOOST_TEST(basic.empty(), basic);
    std::string hostile = claimcheck::testing::check_golden(golden / "hostile.sarif.json",
                                                            without_version(render_sarif(ci::hostile_report(), ".")));
    BOOST_TEST(hostile.empty(), hostile);
}

BOOST_AUTO_TEST_CASE(is_deterministic) {
    BOOST_TEST(render_sarif(ci::basic_report(), ".") == render_sarif(ci::basic_report(), "."));
}

BOOST_AUTO_TEST_CASE(names_the_tool_and_every_rule) {
    json log = sarif(ci::basic_report());
    BOOST_TEST(log.at("version") == "2.1.0");
    const json& driver = run_of(log).at("tool").at("driver");
    BOOST_TEST(driver.at("name") == "claimcheck");
    BOOST_TEST(driver.at("version") == claimcheck::tool_version);
    const json& rules = driver.at("rules");
    BOOST_REQUIRE_EQUAL(rules.size(), 3u);
    BOOST_TEST(rules[0].at("id") == "ferry-passengers");
    BOOST_TEST(rules[0].at("shortDescription").at("text") == "number of passengers aboard");
    BOOST_TEST(rules[0].at("fullDescription").at("text") == "How many people the ferry carried.");
    BOOST_TEST(!rules[1].contains("fullDescription"));  // no description was written
}

BOOST_AUTO_TEST_CASE(reports_conflicts_as_errors_and_omissions_as_warnings_but_not_agreements) {
    json results = run_of(sarif(ci::basic_report())).at("results");
    BOOST_REQUIRE_EQUAL(results.size(), 2u);
    BOOST_TEST(results[0].at("ruleId") == "ferry-passengers");
    BOOST_TEST(results[0].at("ruleIndex") == 0);
    BOOST_TEST(results[0].at("level") == "error");
    BOOST_TEST(results[1].at("ruleId") == "ferry-name");
    BOOST_TEST(results[1].at("ruleIndex") == 1);
    BOOST_TEST(results[1].at("level") == "warning");
}

BOOST_AUTO_TEST_CASE(messages_name_the_values_and_sources) {
    json results = run_of(sarif(ci::basic_report())).at("results");
    std::string conflict = results[0].at("message").at("text");
    BOOST_TEST(conflict.find("harbour-gazette says \"212\"") != std::string::npos, conflict);
    BOOST_TEST(conflict.find("coast-news says \"About 150\"") != std::string::npos, conflict);
    std::string omission = results[1].at("message").at("text");
    BOOST_TEST(omission.find("left out by coast-news, wire") != std::string::npos, omission);
    BOOST_TEST(omission.find("harbour-gazette says \"\xC3\x89toile du Matin\"") != std::string::npos, omission);
}

BOOST_AUTO_TEST_CASE(locates_the_first_claim_and_relates_the_others) {
    Report report = ci::basic_report();
    json conflict = run_of(sarif(report)).at("results").at(0);
    const json& primary = conflict.at("locations").at(0).at("physicalLocation");
    BOOST_TEST(primary.at("artifactLocation").at("uri") == "articles/harbour%20gazette.txt");
    BOOST_TEST(primary.at("artifactLocation").at("uriBaseId") == "%SRCROOT%");
    BOOST_TEST(primary.at("region").at("snippet").at("text") == "212 passengers");
    BOOST_TEST(primary.at("region").at("startLine") == 2);
    const claimcheck::Span& span = report.findings[0].claims[0].span;
    BOOST_TEST(primary.at("region").at("byteOffset") == span.start);
    BOOST_TEST(primary.at("region").at("byteLength") == 14);

    const json& related = conflict.at("relatedLocations");
    BOOST_REQUIRE_EQUAL(related.size(), 1u);
    BOOST_TEST(related[0].at("id") == 1);
    const json& other = related[0].at("physicalLocation");
    BOOST_TEST(other.at("artifactLocation").at("uri") == "articles/coast-news.txt");
    BOOST_TEST(other.at("region").at("startLine") == 1);
    BOOST_TEST(other.at("region").at("startColumn") == 1);
    BOOST_TEST(other.at("region").at("snippet").at("text") == "About 150 passengers");
}

BOOST_AUTO_TEST_CASE(states_and_honours_utf16_columns) {
    Report report = ci::basic_report();
    json log = sarif(report);
    BOOST_TEST(run_of(log).at("columnKind") == "utf16CodeUnits");
    const json& region = run_of(log).at("results").at(0).at("locations").at(0).at("physicalLocation").at("region");
    // Before "212" on its line: one 2-byte letter (1 unit) and one 4-byte emoji (2 units).
    const claimcheck::Span& span = report.findings[0].claims[0].span;
    BOOST_TEST(span.column == 41u);
    BOOST_TEST(region.at("startColumn") == 38);
    BOOST_TEST(region.at("endColumn") == 52);
    BOOST_TEST(region.at("endLine") == 2);
}

BOOST_AUTO_TEST_CASE(inline_sources_use_their_id_as_uri) {
    Report report = ci::basic_report();
    report.findings[0].claims.push_back(ci::claim_at(report, 0, 2, "ferry ran aground", "ran aground"));
    json related = run_of(sarif(report)).at("results").at(0).at("relatedLocations");
    const json& artifact = related.at(1).at("physicalLocation").at("artifactLocation");
    BOOST_TEST(artifact.at("uri") == "wire");
    BOOST_TEST(!artifact.contains("uriBaseId"));
}

BOOST_AUTO_TEST_CASE(uris_are_relative_to_the_working_folder) {
    Report report = ci::basic_report();
    auto uri_of = [&](const std::string& path, const std::string& folder) {
        report.sources[0].meta.path = path;
        json location = run_of(sarif(report, folder)).at("results").at(0).at("locations").at(0);
        return location.at("physicalLocation").at("artifactLocation");
    };
    BOOST_TEST(uri_of("./articles/a.txt", ".").at("uri") == "articles/a.txt");
    BOOST_TEST(uri_of("/srv/news/articles/a.txt", "/srv/news").at("uri") == "articles/a.txt");
    BOOST_TEST(uri_of("/srv/news/articles/a.txt", "/srv/news/").at("uri") == "articles/a.txt");
    json outside = uri_of("/elsewhere/a b.txt", "/srv/news");
    BOOST_TEST(outside.at("uri") == "file:///elsewhere/a%20b.txt");
    BOOST_TEST(!outside.contains("uriBaseId"));  // only a relative reference may have a base
    BOOST_TEST(uri_of("articles/caf\xC3\xA9#1?.txt", ".").at("uri") == "articles/caf%C3%A9%231%3F.txt");
}

BOOST_AUTO_TEST_CASE(hostile_file_names_are_percent_encoded) {
    json result = run_of(sarif(ci::hostile_report())).at("results").at(0);
    BOOST_TEST(result.at("locations").at(0).at("physicalLocation").at("artifactLocation").at("uri") ==
               "in%2Cbox/odd%3A%20100%25%0Aname.txt");
}

BOOST_AUTO_TEST_CASE(escapes_brackets_that_would_read_as_links) {
    std::string message = run_of(sarif(ci::hostile_report())).at("results").at(0).at("message").at("text");
    BOOST_TEST(message.find("\\[said\\](1)") != std::string::npos, message);
}

BOOST_AUTO_TEST_CASE(json_articles_get_no_region_because_positions_are_in_their_text_field) {
    json related = run_of(sarif(ci::hostile_report())).at("results").at(0).at("relatedLocations").at(0);
    const json& physical = related.at("physicalLocation");
    BOOST_TEST(physical.at("artifactLocation").at("uri") == "feeds/wire.json");
    BOOST_TEST(!physical.contains("region"));
}

BOOST_AUTO_TEST_CASE(fingerprints_survive_offsets_moved_by_unrelated_text) {
    json before = run_of(sarif(ci::basic_report())).at("results");
    json after = run_of(sarif(ci::basic_report("An unrelated first line about the weather.\n\n"))).at("results");
    BOOST_REQUIRE_EQUAL(before.size(), after.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        auto region = [](const json& r) { return r.at("locations").at(0).at("physicalLocation").at("region"); };
        BOOST_TEST(region(before[i]).at("startLine") != region(after[i]).at("startLine"));  // the offsets did move
        BOOST_TEST(fingerprint(before[i]) == fingerprint(after[i]));
    }
    BOOST_TEST(fingerprint(before[0]).size() == 16u);
    BOOST_TEST(fingerprint(before[0]) != fingerprint(before[1]));
}

BOOST_AUTO_TEST_CASE(fingerprints_change_when_a_claim_changes) {
    json before = run_of(sarif(ci::basic_report())).at("results");
    json after = run_of(sarif(ci::basic_report("", "213"))).at("results");
    BOOST_TEST(fingerprint(before[0]) != fingerprint(after[0]));
    BOOST_TEST(fingerprint(before[1]) == fingerprint(after[1]));  // the omission did not change
}

BOOST_AUTO_TEST_CASE(an_empty_report_has_no_results) {
    json log = sarif(Report{});
    BOOST_TEST(run_of(log).at("results").empty());
    BOOST_TEST(run_of(log).at("tool").at("driver").at("rules").empty());
}

BOOST_AUTO_TEST_SUITE_END()
