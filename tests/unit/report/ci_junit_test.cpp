// JUnit XML output: parsed back with a strict reader; counts, failures and escaping.
#include <string>

#include <boost/test/unit_test.hpp>

#include "ci_reports.hpp"
#include "ci_xml.hpp"
#include "claimcheck/render.hpp"
#include "test_support.hpp"

namespace {

using claimcheck::FailOn;
using claimcheck::render_junit;
namespace ci = claimcheck::testing::ci;
namespace xml = claimcheck::testing::xml;

const xml::Element& suite_of(const xml::Element& root) {
    const xml::Element* suite = root.child("testsuite");
    if (!suite) throw std::runtime_error("no testsuite");
    return *suite;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ci_junit)

BOOST_AUTO_TEST_CASE(matches_golden_files) {
    auto golden = claimcheck::testing::source_dir() / "tests/golden/ci";
    std::string basic =
        claimcheck::testing::check_golden(golden / "basic.junit.xml", render_junit(ci::basic_report(), FailOn::conflict));
    BOOST_TEST(basic.empty(), basic);
    std::string hostile =
        claimcheck::testing::check_golden(golden / "hostile.junit.xml", render_junit(ci::hostile_report(), FailOn::conflict));
    BOOST_TEST(hostile.empty(), hostile);
}

BOOST_AUTO_TEST_CASE(the_reader_rejects_what_is_not_well_formed) {
    // The reader must be able to fail, or the tests below prove nothing.
    BOOST_CHECK_THROW(xml::parse("<a><b></a></b>"), std::runtime_error);
    BOOST_CHECK_THROW(xml::parse("<a x=\"1 & 2\"/>"), std::runtime_error);
    BOOST_CHECK_THROW(xml::parse("<a>\x01</a>"), std::runtime_error);
    BOOST_CHECK_THROW(xml::parse("<a x=\"<\"/>"), std::runtime_error);
    BOOST_CHECK_THROW(xml::parse("<a>\xC3</a>"), std::runtime_error);
    BOOST_CHECK_NO_THROW(xml::parse("<?xml version=\"1.0\"?>\n<a x='&#10;&amp;'>t&lt;</a>\n"));
}

BOOST_AUTO_TEST_CASE(one_test_case_per_finding_with_counts) {
    xml::Element root = xml::parse(render_junit(ci::basic_report(), FailOn::conflict));
    BOOST_TEST(root.name == "testsuites");
    const xml::Element& suite = suite_of(root);
    BOOST_TEST(suite.attributes.at("name") == "claimcheck");
    BOOST_TEST(suite.attributes.at("tests") == "3");
    BOOST_TEST(suite.attributes.at("failures") == "1");
    BOOST_TEST(suite.attributes.at("errors") == "0");
    BOOST_TEST(suite.attributes.at("skipped") == "0");
    BOOST_TEST(root.attributes.at("tests") == "3");
    BOOST_TEST(root.attributes.at("failures") == "1");
    BOOST_REQUIRE_EQUAL(suite.children.size(), 3u);
    const xml::Element& conflict = suite.children[0];
    BOOST_TEST(conflict.attributes.at("classname") == "claimcheck.ferry-passengers");
    BOOST_TEST(conflict.attributes.at("name") == "ferry-passengers : number of passengers aboard");
    BOOST_TEST(!suite.children[2].child("failure"));  // the agreement passes
}

BOOST_AUTO_TEST_CASE(a_conflict_fails_naming_values_and_places) {
    xml::Element root = xml::parse(render_junit(ci::basic_report(), FailOn::conflict));
    const xml::Element* failure = suite_of(root).children[0].child("failure");
    BOOST_REQUIRE(failure);
    BOOST_TEST(failure->attributes.at("type") == "conflict");
    const std::string& message = failure->attributes.at("message");
    BOOST_TEST(message.find("harbour-gazette says \"212\" (line 2:41)") != std::string::npos, message);
    BOOST_TEST(message.find("coast-news says \"About 150\" (line 1:1)") != std::string::npos, message);
    BOOST_TEST(failure->text.find("harbour-gazette (articles/harbour gazette.txt) 2:41 says \"212\": \"212 passengers\"") !=
                   std::string::npos,
               failure->text);
    BOOST_TEST(failure->text.find("wire: not stated") != std::string::npos, failure->text);
}

BOOST_AUTO_TEST_CASE(omissions_fail_only_when_the_run_fails_on_omissions) {
    xml::Element passing = xml::parse(render_junit(ci::basic_report(), FailOn::conflict));
    const xml::Element& omission = suite_of(passing).children[1];
    BOOST_TEST(!omission.child("failure"));
    BOOST_REQUIRE(omission.child("system-out"));
    BOOST_TEST(omission.child("system-out")->text.find("left out by coast-news, wire") != std::string::npos);

    xml::Element failing = xml::parse(render_junit(ci::basic_report(), FailOn::omission));
    BOOST_TEST(suite_of(failing).attributes.at("failures") == "2");
    const xml::Element* failure = suite_of(failing).children[1].child("failure");
    BOOST_REQUIRE(failure);
    BOOST_TEST(failure->attributes.at("type") == "omission");
}

BOOST_AUTO_TEST_CASE(keyed_findings_name_their_key) {
    xml::Element root = xml::parse(render_junit(ci::hostile_report(), FailOn::conflict));
    BOOST_TEST(suite_of(root).children[1].attributes.at("name") == "toll deaths : death toll");
}

BOOST_AUTO_TEST_CASE(hostile_text_is_escaped_and_illegal_characters_dropped) {
    std::string out = render_junit(ci::hostile_report(), FailOn::conflict);
    BOOST_TEST(out.find('\x01') == std::string::npos);
    BOOST_TEST(out.find('\x0B') == std::string::npos);
    xml::Element root = xml::parse(out);  // throws when not well-formed
    const xml::Element& turnout = suite_of(root).children[0];
    BOOST_TEST(turnout.attributes.at("name") == "turnout : turnout <percent> & \"share\"");
    const std::string& message = turnout.child("failure")->attributes.at("message");
    BOOST_TEST(message.find("odd,one says \"50%, or 1:2 <b>&amp;</b> \"so\" [said](1) \"") != std::string::npos, message);
    // A newline in an attribute survives as a reference rather than being folded into a space.
    const std::string& toll = suite_of(root).children[1].child("failure")->attributes.at("message");
    BOOST_TEST(toll.find("and\nnewline") != std::string::npos, toll);
}

BOOST_AUTO_TEST_CASE(malformed_utf8_becomes_a_replacement_character) {
    claimcheck::Report report = ci::basic_report();
    report.rules[0].claim = "bad \xC3 byte";
    std::string out = render_junit(report, FailOn::conflict);
    BOOST_CHECK_NO_THROW(xml::parse(out));
    BOOST_TEST(out.find("bad \xEF\xBF\xBD byte") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_empty_report_is_an_empty_passing_suite) {
    xml::Element root = xml::parse(render_junit(claimcheck::Report{}, FailOn::omission));
    BOOST_TEST(suite_of(root).attributes.at("tests") == "0");
    BOOST_TEST(suite_of(root).children.empty());
}

BOOST_AUTO_TEST_SUITE_END()
