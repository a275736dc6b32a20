// date_regex(): one grammar for {{date}} and parse_date(), built from the word tables.
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <re2/re2.h>

#include "claimcheck/date.hpp"

namespace claimcheck {
std::ostream& operator<<(std::ostream& out, const DateWord& word) { return out << word.word; }
}  // namespace claimcheck

namespace {

using namespace claimcheck;
namespace bdata = boost::unit_test::data;
namespace chr = std::chrono;

std::string in_value_group(const std::string& before, const std::string& after) {
    return before + "(?P<value>" + date_regex() + ")" + after;
}

// What a rule pattern `prefix(?P<value>{{date}})` captures in `text` with RE2's default
// leftmost-first matching; "" when nothing.
std::string captured(const std::string& pattern, const std::string& text) {
    const RE2 re(pattern);
    BOOST_REQUIRE_MESSAGE(re.ok(), re.error());
    std::string value;
    if (!RE2::PartialMatch(text, re, &value)) return "";
    return value;
}

const auto published = parse_iso_date("2021-03-20");

BOOST_AUTO_TEST_SUITE(date_grammar)

BOOST_AUTO_TEST_CASE(regex_has_no_capturing_groups_and_compiles_in_rule_contexts) {
    const RE2 bare(date_regex());
    BOOST_REQUIRE_MESSAGE(bare.ok(), bare.error());
    BOOST_TEST(bare.NumberOfCapturingGroups() == 0);
    const RE2 case_folded("(?i)" + date_regex());
    BOOST_TEST(case_folded.ok());
    const RE2 named(in_value_group("(?i)opened (?:on )?", ""));
    BOOST_REQUIRE(named.ok());
    BOOST_TEST(named.NumberOfCapturingGroups() == 1);
    BOOST_TEST(named.NamedCapturingGroups().count("value") == 1);
}

// Every form, as a rule would capture it out of a longer sentence.
const char* const phrases[] = {
    "2021-04-01",
    "1 April 2021",
    "April 1, 2021",
    "April 1st",
    "April 1",
    "the 1st of April",
    "Sept. 5, 2021",
    "Monday, April 5, 2021",
    "March 2022",
    "in 2017",
    "the 1990s",
    "the early 1990s",
    "the third quarter of 2021",
    "Q3 2021",
    "H1 2022",
    "the first half of 2022",
    "the first half of next year",
    "the last quarter of this year",
    "early March",
    "mid-March 2022",
    "late March",
    "early 2021",
    "mid-2021",
    "October",
    "in May",
    "in march",
    "this May",
    "next October",
    "next year",
    "last year",
    "this year",
    "next month",
    "late next month",
    "last month",
    "next week",
    "last week",
    "next spring",
    "last winter",
    "this fall",
    "in the autumn",
    "the summer of 2020",
    "spring 2021",
    "yesterday",
    "today",
    "tomorrow",
    "on Monday",
    "next Friday",
    "last Sunday",
};

BOOST_DATA_TEST_CASE(rules_capture_the_whole_phrase, bdata::make(phrases), phrase) {
    const std::string text = std::string("Note: ") + phrase + "; more follows";
    BOOST_TEST(captured(in_value_group("(?i)note: ", ""), text) == phrase);
    BOOST_TEST(captured(in_value_group("Note: ", ""), text) == phrase);
    // And parse_date reads every one of them (the relative ones with the publication date).
    const DateParse parse = parse_date(phrase, {published, ""});
    BOOST_TEST_INFO("problem: " << parse.problem);
    BOOST_TEST(parse.interval.has_value());
}

BOOST_AUTO_TEST_CASE(case_does_not_matter_for_the_regex_or_the_parser) {
    BOOST_TEST(captured(in_value_group("", ""), "APRIL 1, 2021") == "APRIL 1, 2021");
    BOOST_TEST(captured(in_value_group("", ""), "NEXT SPRING") == "NEXT SPRING");
    const DateParse parse = parse_date("NEXT SPRING", {published, ""});
    BOOST_REQUIRE(parse.interval.has_value());
    BOOST_TEST(format_iso_date(parse.interval->from) == "2022-03-01");
}

std::vector<DateWord> words_of(DateWordKind kind) {
    std::vector<DateWord> chosen;
    for (const DateWord& word : date_words()) {
        if (word.kind == kind) chosen.push_back(word);
    }
    return chosen;
}

bool fully_matched(const std::string& phrase) { return RE2::FullMatch(phrase, RE2(date_regex())); }

std::string day_of(const std::string& phrase) {
    const DateParse parse = parse_date(phrase, {published, ""});
    BOOST_TEST_INFO("\"" << phrase << "\": " << parse.problem);
    BOOST_REQUIRE(parse.interval.has_value());
    return format_iso_date(parse.interval->from);
}

std::string two_digits(unsigned value) { return (value < 10 ? "0" : "") + std::to_string(value); }

BOOST_DATA_TEST_CASE(every_month_word_is_matched_and_read, bdata::make(words_of(DateWordKind::month)), word) {
    const std::string name(word.word);
    const std::string expected = "2021-" + two_digits(word.value) + "-05";
    for (const std::string& phrase : {name + " 5, 2021", "5 " + name + " 2021", name + " 2021"}) {
        BOOST_TEST_INFO(phrase);
        BOOST_TEST(fully_matched(phrase));
    }
    BOOST_TEST(day_of(name + " 5, 2021") == expected);
    BOOST_TEST(day_of("5 " + name + " 2021") == expected);
    BOOST_TEST(day_of(name + " 2021") == "2021-" + two_digits(word.value) + "-01");
    if (word.abbreviation) {
        BOOST_TEST(fully_matched(name + ". 5, 2021"));
        BOOST_TEST(day_of(name + ". 5, 2021") == expected);
    }
}

BOOST_DATA_TEST_CASE(every_season_word_is_matched_and_read, bdata::make(words_of(DateWordKind::season)), word) {
    const std::string name(word.word);
    const std::string expected = "2021-" + two_digits(word.value) + "-01";
    BOOST_TEST(fully_matched(name + " 2021"));
    BOOST_TEST(fully_matched("next " + name));
    BOOST_TEST(day_of(name + " 2021") == expected);
    BOOST_TEST(day_of("this " + name) == expected);
}

BOOST_DATA_TEST_CASE(every_weekday_word_is_matched_and_read, bdata::make(words_of(DateWordKind::weekday)), word) {
    const std::string name(word.word);
    BOOST_TEST(fully_matched(name));
    BOOST_TEST(fully_matched("on " + name));
    const DateParse parse = parse_date("next " + name, {published, ""});
    BOOST_REQUIRE(parse.interval.has_value());
    BOOST_TEST(chr::weekday{parse.interval->from}.iso_encoding() == word.value);
    // The next one is within the week after the publication date.
    const auto ahead = (parse.interval->from - chr::sys_days{*published}).count();
    BOOST_TEST(ahead >= 1);
    BOOST_TEST(ahead <= 7);
}

BOOST_DATA_TEST_CASE(every_ordinal_word_is_matched_and_read, bdata::make(words_of(DateWordKind::ordinal)), word) {
    const std::string name(word.word);
    const unsigned quarter = word.value == 0 ? 4 : word.value;
    const std::string quarter_phrase = "the " + name + " quarter of 2021";
    BOOST_TEST(fully_matched(quarter_phrase));
    BOOST_TEST(day_of(quarter_phrase) == "2021-" + two_digits(3 * quarter - 2) + "-01");
    if (word.value <= 2) {
        const unsigned half = word.value == 0 ? 2 : word.value;
        const std::string half_phrase = "the " + name + " half of 2021";
        BOOST_TEST(fully_matched(half_phrase));
        BOOST_TEST(day_of(half_phrase) == "2021-" + two_digits(6 * half - 5) + "-01");
    }
}

BOOST_AUTO_TEST_CASE(words_that_are_mostly_not_dates_are_not_matched_alone) {
    for (const char* text : {"may", "May", "march", "fall", "spring", "Jan", "Mar", "sat", "wed", "sun",
                             "the second half", "the first quarter", "Q5 2021", "April 32"}) {
        BOOST_TEST_INFO(text);
        BOOST_TEST(!fully_matched(text));
    }
    // But a capitalized month standing alone is a month, and "in" makes the others months.
    BOOST_TEST(fully_matched("March"));
    BOOST_TEST(fully_matched("in may"));
    BOOST_TEST(fully_matched("in Jan."));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
