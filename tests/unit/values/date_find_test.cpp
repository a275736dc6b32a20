// find_dates over running text, and the strict ISO dates of publication dates and examples.
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>

#include "claimcheck/date.hpp"

namespace {

using namespace claimcheck;
namespace bdata = boost::unit_test::data;

// "text[from, to) = phrase, first day..last day" per match, or "text: problem" for unresolved ones.
std::vector<std::string> describe(std::string_view text, const char* published) {
    std::vector<std::string> lines;
    for (const DateMatch& match : find_dates(text, parse_iso_date(published))) {
        std::string line(text.substr(match.start, match.end - match.start));
        if (match.parse.interval) {
            line += " = " + format_iso_date(match.parse.interval->from) + ".." +
                    format_iso_date(match.parse.interval->to);
        } else {
            line += ": " + match.parse.problem;
        }
        lines.push_back(line);
    }
    return lines;
}

using Lines = std::vector<std::string>;

BOOST_AUTO_TEST_SUITE(date_find)

BOOST_AUTO_TEST_CASE(finds_dates_in_text_order_and_the_longest_phrase_wins) {
    const Lines found = describe("On Monday, April 5, 2021, the line opened; it will close in May.", "2021-03-20");
    const Lines expected{"On Monday, April 5, 2021 = 2021-04-05..2021-04-05", "in May = 2021-05-01..2021-05-31"};
    BOOST_TEST(found == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(reports_byte_offsets_of_each_phrase) {
    const std::string text = "Work starts next spring.";
    const auto matches = find_dates(text, parse_iso_date("2020-11-05"));
    BOOST_REQUIRE_EQUAL(matches.size(), 1u);
    BOOST_TEST(matches[0].start == 12u);
    BOOST_TEST(matches[0].end == 23u);
    BOOST_REQUIRE(matches[0].parse.interval.has_value());
    BOOST_TEST(format_iso_date(matches[0].parse.interval->from) == "2021-03-01");
    BOOST_TEST(format_iso_date(matches[0].parse.interval->to) == "2021-05-31");
}

BOOST_AUTO_TEST_CASE(each_sentence_gives_its_own_tense) {
    const Lines found = describe("The store closed on Monday. It will reopen on Monday!", "2021-03-20");
    const Lines expected{"on Monday = 2021-03-15..2021-03-15", "on Monday = 2021-03-22..2021-03-22"};
    BOOST_TEST(found == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(starting_points_forward) {
    const Lines found = describe("Starting April 1, tickets cost more.", "2021-04-05");
    const Lines expected{"April 1 = 2022-04-01..2022-04-01"};
    BOOST_TEST(found == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(unresolvable_dates_are_reported_with_their_problem) {
    const Lines found = describe("The deadline was February 29, 2023, or else next week.", "");
    BOOST_REQUIRE_EQUAL(found.size(), 2u);
    BOOST_TEST(found[0].starts_with("February 29, 2023: "));
    BOOST_TEST(found[0].find("not a leap year") != std::string::npos);
    BOOST_TEST(found[1].starts_with("next week: \"next week\" needs the publication date"));
}

struct Quiet {
    const char* text;
};
std::ostream& operator<<(std::ostream& out, const Quiet& q) { return out << q.text; }

// Texts in which nothing is a date.
const Quiet no_dates[] = {
    {"Protesters march on the capital."},
    {"Theresa May said the plan may change."},
    {"Some 1500 troops and 2021 vehicles were sent."},
    {"Prices fall in the second half of the match."},
    {"A spring storm hit the town."},
    {"Record 2021-4-1 is malformed."},
};

BOOST_DATA_TEST_CASE(ordinary_words_and_numbers_are_not_dates, bdata::make(no_dates), sample) {
    const Lines found = describe(sample.text, "2021-03-20");
    BOOST_TEST(found.empty(), "found: " << (found.empty() ? "" : found.front()));
}

BOOST_AUTO_TEST_CASE(bare_years_need_a_time_word) {
    const Lines found = describe("In 2017, 300 workers; since 2019 more; after 2020 fewer; 2021 rooms.", "");
    const Lines expected{"In 2017 = 2017-01-01..2017-12-31", "2019 = 2019-01-01..2019-12-31",
                         "2020 = 2020-01-01..2020-12-31"};
    BOOST_TEST(found == expected, boost::test_tools::per_element());
}

struct IsoCase {
    const char* text;
    bool valid;
};
std::ostream& operator<<(std::ostream& out, const IsoCase& c) { return out << '"' << c.text << '"'; }

const IsoCase iso_cases[] = {
    {"2021-04-01", true},  {"2024-02-29", true},   {"0999-12-31", true},   {"2023-02-29", false},
    {"2021-04-31", false}, {"2021-13-01", false},  {"2021-4-01", false},   {"2021-04-1", false},
    {"21-04-01", false},   {"2021/04/01", false},  {" 2021-04-01", false}, {"2021-04-01 ", false},
    {"2021-04-01x", false}, {"", false},           {"abcd-ef-gh", false},  {"2021-0a-01", false},
};

BOOST_DATA_TEST_CASE(iso_dates_are_strict, bdata::make(iso_cases), sample) {
    const auto parsed = parse_iso_date(sample.text);
    BOOST_TEST(parsed.has_value() == sample.valid);
    if (parsed) BOOST_TEST(format_iso_date(std::chrono::sys_days{*parsed}) == sample.text);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
