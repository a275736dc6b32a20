// parse_date: every form resolved to its days, against publication dates that flip the answer.
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>

#include "claimcheck/date.hpp"

namespace {

using namespace claimcheck;
namespace bdata = boost::unit_test::data;

struct Resolution {
    const char* phrase;
    const char* published;  // "" for none
    const char* sentence;   // "" for none
    const char* from;
    const char* to;
};

std::ostream& operator<<(std::ostream& out, const Resolution& r) {
    return out << '"' << r.phrase << "\" published " << r.published << " in \"" << r.sentence << '"';
}

std::optional<std::chrono::year_month_day> published_of(const char* text) {
    if (std::string_view(text).empty()) return std::nullopt;
    return parse_iso_date(text);
}

void check_resolution(const Resolution& sample) {
    const DateParse parse = parse_date(sample.phrase, {published_of(sample.published), sample.sentence});
    BOOST_TEST_INFO("problem: " << parse.problem);
    BOOST_REQUIRE(parse.interval.has_value());
    BOOST_TEST(parse.problem.empty());
    BOOST_TEST(format_iso_date(parse.interval->from) == sample.from);
    BOOST_TEST(format_iso_date(parse.interval->to) == sample.to);
}

// Dates that need no publication date.
const Resolution absolute_dates[] = {
    {"2021-04-01", "", "", "2021-04-01", "2021-04-01"},
    {"1 April 2021", "", "", "2021-04-01", "2021-04-01"},
    {"April 1, 2021", "", "", "2021-04-01", "2021-04-01"},
    {"April 1 2021", "", "", "2021-04-01", "2021-04-01"},
    {"april 1st, 2021", "", "", "2021-04-01", "2021-04-01"},
    {"the 1st of April 2021", "", "", "2021-04-01", "2021-04-01"},
    {"on 3 Sept. 2021", "", "", "2021-09-03", "2021-09-03"},
    {"Sept. 30, 2021", "", "", "2021-09-30", "2021-09-30"},
    {"Thursday, April 1, 2021", "", "", "2021-04-01", "2021-04-01"},
    {"Monday 5 April 2021", "", "", "2021-04-05", "2021-04-05"},
    {"February 29, 2024", "", "", "2024-02-29", "2024-02-29"},
    {"29 February 2024", "", "", "2024-02-29", "2024-02-29"},
    {"2024-02-29", "", "", "2024-02-29", "2024-02-29"},
    {"March 2022", "", "", "2022-03-01", "2022-03-31"},
    {"March of 2022", "", "", "2022-03-01", "2022-03-31"},
    {"in February 2024", "", "", "2024-02-01", "2024-02-29"},
    {"Feb 2023", "", "", "2023-02-01", "2023-02-28"},
    {"in 2017", "", "", "2017-01-01", "2017-12-31"},
    {"during 2017", "", "", "2017-01-01", "2017-12-31"},
    {"from 3 June 2031", "", "", "2031-06-03", "2031-06-03"},
    {"2017", "", "", "2017-01-01", "2017-12-31"},
    {"the 1990s", "", "", "1990-01-01", "1999-12-31"},
    {"the 1990's", "", "", "1990-01-01", "1999-12-31"},
    {"in the 2000s", "", "", "2000-01-01", "2009-12-31"},
    {"the early 1990s", "", "", "1990-01-01", "1993-12-31"},
    {"the mid-1990s", "", "", "1994-01-01", "1996-12-31"},
    {"the late 1990s", "", "", "1997-01-01", "1999-12-31"},
    {"the third quarter of 2021", "", "", "2021-07-01", "2021-09-30"},
    {"the first quarter of 2021", "", "", "2021-01-01", "2021-03-31"},
    {"the 4th quarter of 2021", "", "", "2021-10-01", "2021-12-31"},
    {"the last quarter of 2021", "", "", "2021-10-01", "2021-12-31"},
    {"Q3 2021", "", "", "2021-07-01", "2021-09-30"},
    {"q1 of 2024", "", "", "2024-01-01", "2024-03-31"},
    {"the first half of 2022", "", "", "2022-01-01", "2022-06-30"},
    {"the second half of 2022", "", "", "2022-07-01", "2022-12-31"},
    {"H2 2022", "", "", "2022-07-01", "2022-12-31"},
    {"early March 2022", "", "", "2022-03-01", "2022-03-10"},
    {"mid-March 2022", "", "", "2022-03-11", "2022-03-20"},
    {"late March 2022", "", "", "2022-03-21", "2022-03-31"},
    {"late February 2024", "", "", "2024-02-21", "2024-02-29"},
    {"late February 2023", "", "", "2023-02-21", "2023-02-28"},
    {"late April, 2021", "", "", "2021-04-21", "2021-04-30"},
    {"early 2021", "", "", "2021-01-01", "2021-04-30"},
    {"mid-2021", "", "", "2021-05-01", "2021-08-31"},
    {"late 2021", "", "", "2021-09-01", "2021-12-31"},
    {"spring 2021", "", "", "2021-03-01", "2021-05-31"},
    {"the summer of 2020", "", "", "2020-06-01", "2020-08-31"},
    {"autumn 2020", "", "", "2020-09-01", "2020-11-30"},
    {"fall 2020", "", "", "2020-09-01", "2020-11-30"},
    {"the winter of 2021", "", "", "2021-12-01", "2022-02-28"},
    {"winter 2023", "", "", "2023-12-01", "2024-02-29"},
};

BOOST_AUTO_TEST_SUITE(date_resolution)

BOOST_DATA_TEST_CASE(absolute_forms_resolve_without_publication_date, bdata::make(absolute_dates), sample) {
    check_resolution(sample);
}

// Relative forms; 2021-03-20 is a Saturday, 2021-03-22 a Monday.
const Resolution relative_dates[] = {
    // A day without a year: the nearest occurrence, unless the tense says otherwise.
    {"April 1", "2021-03-20", "", "2021-04-01", "2021-04-01"},
    {"April 1", "2021-03-20", "Starting April 1, fares rise.", "2021-04-01", "2021-04-01"},
    {"April 1", "2021-03-20", "The line opened on April 1.", "2020-04-01", "2020-04-01"},
    {"April 1", "2021-04-05", "", "2021-04-01", "2021-04-01"},
    {"April 1", "2021-04-05", "Fares will rise on April 1.", "2022-04-01", "2022-04-01"},
    {"March 1", "2021-03-20", "", "2021-03-01", "2021-03-01"},
    {"March 1", "2021-03-20", "The fare rise is scheduled for March 1.", "2022-03-01", "2022-03-01"},
    {"1 March", "2021-03-20", "The new timetable is to be introduced on 1 March.", "2022-03-01", "2022-03-01"},
    {"February 29", "2023-06-01", "", "2024-02-29", "2024-02-29"},
    {"February 29", "2023-06-01", "The office was closed on February 29.", "2020-02-29", "2020-02-29"},
    {"Thursday, April 1", "2021-03-20", "", "2021-04-01", "2021-04-01"},
    // A month without a year.
    {"October", "2021-03-20", "", "2020-10-01", "2020-10-31"},
    {"October", "2021-03-20", "The bridge will reopen in October.", "2021-10-01", "2021-10-31"},
    {"in October", "2021-03-20", "The bridge will reopen in October.", "2021-10-01", "2021-10-31"},
    {"October", "2021-10-15", "The bridge reopened in October.", "2021-10-01", "2021-10-31"},
    {"October", "2021-10-15", "The bridge will reopen in October.", "2021-10-01", "2021-10-31"},
    {"in May", "2021-03-20", "", "2021-05-01", "2021-05-31"},
    {"in may", "2021-03-20", "The plant closed in May.", "2020-05-01", "2020-05-31"},
    {"early March", "2021-03-20", "", "2021-03-01", "2021-03-10"},
    {"late March", "2021-03-20", "The works will end in late March.", "2021-03-21", "2021-03-31"},
    {"early March", "2021-03-20", "The works will end in early March.", "2022-03-01", "2022-03-10"},
    {"this October", "2021-03-20", "", "2021-10-01", "2021-10-31"},
    {"next October", "2021-10-15", "", "2022-10-01", "2022-10-31"},
    {"last October", "2021-10-15", "", "2020-10-01", "2020-10-31"},
    {"next October", "2021-09-30", "", "2021-10-01", "2021-10-31"},
    // Years, months and weeks relative to the publication date.
    {"next year", "2021-03-20", "", "2022-01-01", "2022-12-31"},
    {"last year", "2021-03-20", "", "2020-01-01", "2020-12-31"},
    {"this year", "2021-03-20", "", "2021-01-01", "2021-12-31"},
    {"next month", "2021-12-15", "", "2022-01-01", "2022-01-31"},
    {"last month", "2021-01-10", "", "2020-12-01", "2020-12-31"},
    {"this month", "2024-02-10", "", "2024-02-01", "2024-02-29"},
    {"late next month", "2021-03-20", "", "2021-04-21", "2021-04-30"},
    {"early next year", "2021-03-20", "", "2022-01-01", "2022-04-30"},
    {"next week", "2021-03-20", "", "2021-03-22", "2021-03-28"},
    {"this week", "2021-03-20", "", "2021-03-15", "2021-03-21"},
    {"last week", "2021-03-20", "", "2021-03-08", "2021-03-14"},
    {"the first half of next year", "2021-03-20", "", "2022-01-01", "2022-06-30"},
    {"the second half of this year", "2021-03-20", "", "2021-07-01", "2021-12-31"},
    {"the third quarter of last year", "2021-03-20", "", "2020-07-01", "2020-09-30"},
    // Seasons: the same phrase before and after a season or year turns.
    {"next spring", "2020-11-05", "", "2021-03-01", "2021-05-31"},
    {"next spring", "2021-02-28", "", "2021-03-01", "2021-05-31"},
    {"next spring", "2021-03-01", "", "2022-03-01", "2022-05-31"},
    {"next spring", "2021-03-20", "", "2022-03-01", "2022-05-31"},
    {"last spring", "2021-03-20", "", "2020-03-01", "2020-05-31"},
    {"last spring", "2021-05-31", "", "2020-03-01", "2020-05-31"},
    {"last spring", "2021-06-01", "", "2021-03-01", "2021-05-31"},
    {"this spring", "2021-11-05", "", "2021-03-01", "2021-05-31"},
    {"this spring", "2021-01-05", "", "2021-03-01", "2021-05-31"},
    {"next summer", "2021-07-01", "", "2022-06-01", "2022-08-31"},
    {"last autumn", "2021-10-01", "", "2020-09-01", "2020-11-30"},
    {"this fall", "2021-03-20", "", "2021-09-01", "2021-11-30"},
    {"next winter", "2021-01-15", "", "2021-12-01", "2022-02-28"},
    {"this winter", "2021-01-15", "", "2020-12-01", "2021-02-28"},
    {"this winter", "2021-10-01", "", "2021-12-01", "2022-02-28"},
    {"last winter", "2021-03-20", "", "2020-12-01", "2021-02-28"},
    {"last winter", "2021-02-20", "", "2019-12-01", "2020-02-29"},
    {"in the spring", "2021-11-05", "The park will open in the spring.", "2022-03-01", "2022-05-31"},
    {"in the spring", "2021-11-05", "The park opened in the spring.", "2021-03-01", "2021-05-31"},
    {"during the summer", "2021-11-05", "", "2021-06-01", "2021-08-31"},
    // Days.
    {"yesterday", "2021-03-01", "", "2021-02-28", "2021-02-28"},
    {"today", "2021-03-01", "", "2021-03-01", "2021-03-01"},
    {"tonight", "2021-03-01", "", "2021-03-01", "2021-03-01"},
    {"tomorrow", "2024-02-28", "", "2024-02-29", "2024-02-29"},
    {"tomorrow", "2021-12-31", "", "2022-01-01", "2022-01-01"},
    // Weekdays: nearest occurrence, the tense picks the direction.
    {"on Monday", "2021-03-20", "", "2021-03-22", "2021-03-22"},
    {"on Monday", "2021-03-20", "The minister resigned on Monday.", "2021-03-15", "2021-03-15"},
    {"on Monday", "2021-03-20", "Talks will resume on Monday.", "2021-03-22", "2021-03-22"},
    {"from June 3", "2031-05-20", "Dockers are to strike for two days from June 3.", "2031-06-03", "2031-06-03"},
    {"Thursday", "2021-03-20", "", "2021-03-18", "2021-03-18"},
    {"Thursday", "2021-03-20", "The vote will be held on Thursday.", "2021-03-25", "2021-03-25"},
    {"on Monday", "2021-03-22", "", "2021-03-22", "2021-03-22"},
    {"on Monday", "2021-03-22", "The shop was closed on Monday.", "2021-03-22", "2021-03-22"},
    {"next Monday", "2021-03-20", "", "2021-03-22", "2021-03-22"},
    {"next Monday", "2021-03-22", "", "2021-03-29", "2021-03-29"},
    {"last Monday", "2021-03-22", "", "2021-03-15", "2021-03-15"},
    {"this Saturday", "2021-03-20", "", "2021-03-20", "2021-03-20"},
};

BOOST_DATA_TEST_CASE(relative_forms_resolve_against_publication_date, bdata::make(relative_dates), sample) {
    check_resolution(sample);
}

struct Failure {
    const char* phrase;
    const char* published;
    const char* reason;  // a part of the problem text
};

std::ostream& operator<<(std::ostream& out, const Failure& f) {
    return out << '"' << f.phrase << "\" published " << f.published;
}

const char* const needs_publication =
    "needs the publication date; give it with --published ID=YYYY-MM-DD or a JSON article's \"published\"";

const Failure failures[] = {
    {"February 29, 2023", "", "2023 is not a leap year"},
    {"29 February 2023", "2023-05-01", "2023 is not a leap year"},
    {"2023-02-29", "", "2023 is not a leap year"},
    {"April 31", "2021-03-20", "April has only 30 days"},
    {"April 31, 2021", "", "April has only 30 days"},
    {"31 June", "2021-03-20", "June has only 30 days"},
    {"February 30", "2021-03-20", "February has only 29 days"},
    {"2021-04-31", "", "April has only 30 days"},
    {"2021-13-01", "", "there is no month 13"},
    {"2021-00-10", "", "there is no month 0"},
    {"Monday, April 1, 2021", "", "2021-04-01 is a Thursday, not a Monday"},
    {"Monday, April 1", "2021-03-20", "2021-04-01 is a Thursday, not a Monday"},
    {"next spring", "", needs_publication},
    {"last winter", "", needs_publication},
    {"in the spring", "", needs_publication},
    {"April 1", "", needs_publication},
    {"early March", "", needs_publication},
    {"October", "", needs_publication},
    {"in May", "", needs_publication},
    {"next October", "", needs_publication},
    {"yesterday", "", needs_publication},
    {"on Monday", "", needs_publication},
    {"next Monday", "", needs_publication},
    {"next year", "", needs_publication},
    {"last month", "", needs_publication},
    {"next week", "", needs_publication},
    {"the first half of next year", "", needs_publication},
    {"the third quarter of this year", "", needs_publication},
    {"late next month", "", needs_publication},
    {"the day after", "2021-03-20", "not a date expression"},
    {"", "2021-03-20", "not a date expression"},
};

BOOST_DATA_TEST_CASE(unresolvable_phrases_give_a_reason_and_no_days, bdata::make(failures), sample) {
    const DateParse parse = parse_date(sample.phrase, {published_of(sample.published), ""});
    BOOST_TEST(!parse.interval.has_value());
    BOOST_TEST_INFO("problem: " << parse.problem);
    BOOST_TEST(parse.problem.find(sample.reason) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(tense_markers_before_the_phrase_win_over_markers_after_it) {
    const auto published = parse_iso_date("2021-03-20");
    const auto resolve = [&](const char* sentence) {
        const DateParse parse = parse_date("April 1", {published, sentence});
        BOOST_REQUIRE(parse.interval.has_value());
        return format_iso_date(parse.interval->from);
    };
    BOOST_TEST(resolve("Officials announced that the line will open on April 1.") == "2021-04-01");
    BOOST_TEST(resolve("On April 1, the line opened, officials said.") == "2020-04-01");
    BOOST_TEST(resolve("The ministry said the line would open on April 1.") == "2021-04-01");
    BOOST_TEST(resolve("The line was expected to open on April 1.") == "2021-04-01");
    BOOST_TEST(resolve("The line, which opened years ago, will close on April 1.") == "2021-04-01");
    // Compounds and -ed words that are not verbs do not make a sentence past.
    BOOST_TEST(resolve("The so-called April 1 plan is here.") == "2021-04-01");
    BOOST_TEST(resolve("A hundred people need April 1 off.") == "2021-04-01");
}

BOOST_AUTO_TEST_CASE(the_phrase_is_located_by_address_when_it_is_a_view_into_the_sentence) {
    // "April 1" appears twice; the view into the second occurrence must read the marker before it.
    const std::string sentence = "It opened April 1 and it will close April 1";
    const std::string_view second = std::string_view(sentence).substr(sentence.rfind("April 1"));
    const DateParse parse = parse_date(second, {parse_iso_date("2021-03-20"), sentence});
    BOOST_REQUIRE(parse.interval.has_value());
    BOOST_TEST(format_iso_date(parse.interval->from) == "2021-04-01");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
