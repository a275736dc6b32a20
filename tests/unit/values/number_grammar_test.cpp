// The grammar as one: every table word is matched by number_regex() and read by parse_quantity();
// what the regex finds inside a sentence reads; find_quantities; units and comparison.
#include <cctype>
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <ostream>

#include <re2/re2.h>

#include "claimcheck/quantity.hpp"

namespace claimcheck {
std::ostream& operator<<(std::ostream& out, const NumberWord& w) { return out << '"' << w.word << '"'; }
std::ostream& operator<<(std::ostream& out, const UnitName& u) { return out << '"' << u.name << '"'; }
}  // namespace claimcheck

namespace {

using namespace claimcheck;
namespace bdata = boost::unit_test::data;

// The regex is large: RE2's default 8 MiB leaves its DFA short of memory (it still matches, more
// slowly, and logs). Rules that use {{number}} should be compiled with this much.
RE2::Options roomy() {
    RE2::Options options;
    options.set_max_mem(64 << 20);
    return options;
}

const RE2& whole_number() {
    static const RE2 regex("(?i)(?P<value>" + number_regex() + ")", roomy());
    return regex;
}

std::vector<NumberWord> table_words() {
    const auto words = number_words();
    return {words.begin(), words.end()};
}

std::vector<UnitName> table_units() {
    const auto units = unit_names();
    return {units.begin(), units.end()};
}

// A phrase that uses the word the way the grammar allows it.
std::string phrase_with(const NumberWord& word) {
    const std::string w(word.word);
    switch (word.kind) {
    case NumberWordKind::cardinal:
        return w;
    case NumberWordKind::hundred:
    case NumberWordKind::scale:
        return "two " + w;
    case NumberWordKind::abbreviation:
        return "12" + w;
    case NumberWordKind::denominator:
        return word.plural ? "two " + w : "one " + w;
    case NumberWordKind::hedge:
        return w + " 40";
    case NumberWordKind::postfix:
        return std::isalpha(static_cast<unsigned char>(w.front())) ? "40 " + w : "40" + w;  // "40 or more", "40+", "40-odd"
    case NumberWordKind::negative:
        return w + " 40";
    }
    return w;
}

BOOST_AUTO_TEST_CASE(the_regex_has_no_capturing_groups_and_compiles_in_a_named_group) {
    const RE2 bare(number_regex(), roomy());
    BOOST_REQUIRE(bare.ok());
    BOOST_TEST(bare.NumberOfCapturingGroups() == 0);
    BOOST_REQUIRE(whole_number().ok());
    BOOST_TEST(whole_number().NumberOfCapturingGroups() == 1);
}

BOOST_DATA_TEST_CASE(every_table_word_is_matched_and_read, bdata::make(table_words()), word) {
    const std::string phrase = phrase_with(word);
    BOOST_TEST_INFO("phrase: " << phrase);
    BOOST_TEST(RE2::FullMatch(phrase, whole_number()));
    const QuantityParse parse = parse_quantity(phrase);
    BOOST_TEST_INFO("problem: " << parse.problem);
    BOOST_TEST(parse.quantity.has_value());
}

BOOST_DATA_TEST_CASE(every_unit_name_is_matched_and_read, bdata::make(table_units()), unit) {
    const std::string name(unit.name);
    const std::string phrase = unit.before_number ? name + " 40" : "40 " + name;
    BOOST_TEST_INFO("phrase: " << phrase);
    BOOST_TEST(RE2::FullMatch(phrase, whole_number()));
    const QuantityParse parse = parse_quantity(phrase);
    BOOST_TEST_INFO("problem: " << parse.problem);
    BOOST_REQUIRE(parse.quantity.has_value());
    BOOST_TEST(parse.quantity->unit == std::string(unit.symbol));
    BOOST_TEST(canonical_unit(unit.name).value_or("") == unit.symbol);
}

struct InSentence {
    const char* sentence;
    const char* pattern;  // uses {{number}} once, as a rule would
    const char* value;    // what the value group captures
};

std::ostream& operator<<(std::ostream& out, const InSentence& s) { return out << '"' << s.sentence << '"'; }

std::string expand(std::string pattern) {
    const std::string slot = "{{number}}";
    pattern.replace(pattern.find(slot), slot.size(), number_regex());
    return pattern;
}

const InSentence in_sentences[] = {
    {"The firm said some 170 staff would go.", "(?P<value>{{number}}) staff", "some 170"},
    {"It cost $1.2 billion last year.", "cost (?P<value>{{number}})", "$1.2 billion"},
    {"Police said more than 200 people were hurt.", "(?P<value>{{number}}) people", "more than 200"},
    {"The work takes between two and three years to finish.", "takes (?P<value>{{number}})",
     "between two and three years"},
    {"Roughly 20-30 km of coast was closed.", "(?P<value>{{number}}) of coast", "Roughly 20-30 km"},
    {"Turnout rose to 64.5% on Sunday.", "to (?P<value>{{number}})", "64.5%"},
    {"They hired twenty-one new nurses.", "hired (?P<value>{{number}})", "twenty-one"},
    {"Nearly half a million homes lost power.", "(?i)(?P<value>{{number}}) homes", "Nearly half a million"},
    {"The storm destroyed 40 000 hectares of forest.", "destroyed (?P<value>{{number}})", "40 000 hectares"},
    {"A crowd of up to 5,000 gathered.", "of (?P<value>{{number}}) gathered", "up to 5,000"},
    {"He ran 26 miles on the first day.", "ran (?P<value>{{number}})", "26 miles"},
    {"It was fined 4.5m euros this month.", "fined (?P<value>{{number}})", "4.5m euros"},
    {"The fund holds \xC2\xA3" "3bn in bonds.", "holds (?P<value>{{number}})", "\xC2\xA3" "3bn"},
};

// What the regex captures inside a sentence is a phrase the parser reads.
BOOST_DATA_TEST_CASE(what_the_regex_captures_in_a_sentence_reads, bdata::make(in_sentences), sample) {
    const RE2 rule(expand(sample.pattern), roomy());
    BOOST_REQUIRE(rule.ok());
    std::string captured;
    BOOST_REQUIRE(RE2::PartialMatch(sample.sentence, rule, &captured));
    BOOST_TEST(captured == sample.value);
    const QuantityParse parse = parse_quantity(captured);
    BOOST_TEST_INFO("problem: " << parse.problem);
    BOOST_TEST(parse.quantity.has_value());
}

BOOST_AUTO_TEST_CASE(a_trailing_unit_does_not_swallow_ordinary_words) {
    std::string captured;
    BOOST_REQUIRE(RE2::PartialMatch("We saw 170 staff members", whole_number(), &captured));
    BOOST_TEST(captured == "170");
    BOOST_REQUIRE(RE2::PartialMatch("about 12 meteors", whole_number(), &captured));
    BOOST_TEST(captured == "about 12");
    BOOST_REQUIRE(RE2::PartialMatch("5 kmh", whole_number(), &captured));
    BOOST_TEST(captured == "5");
}

struct Found {
    const char* text;
    std::vector<std::string> phrases;
};

std::ostream& operator<<(std::ostream& out, const Found& f) { return out << '"' << f.text << '"'; }

const Found finds[] = {
    {"Some 170 staff left over 3 years.", {"Some 170", "over 3 years"}},
    {"It cost $1.2 billion, up from $900m.", {"$1.2 billion", "$900m"}},
    {"between 2 and 3 million people", {"between 2 and 3 million"}},
    {"prices rose from 20 to 30 euros", {"from 20 to 30 euros"}},
    {"SCP-173 escaped", {"173"}},
    {"the twenty-fifth anniversary, the 4th time", {}},
    {"a 3-2 win in the 1990-91 season", {"3", "2", "1990", "91"}},
    {"Twenty-six people died", {"Twenty-six"}},
    {"someone often said nothing", {}},
    {"192.168 and 7", {"192.168", "7"}},
    {"one and a half million", {"one and a half million"}},
    {"a strike of a week, a year and a half later", {"a week", "a year and a half"}},
    {"a kilometre away, a day trip", {"a day"}},
    {"a few homes", {}},
};

BOOST_DATA_TEST_CASE(find_quantities_takes_the_longest_phrases_in_order, bdata::make(finds), sample) {
    const std::string text = sample.text;
    std::vector<std::string> phrases;
    for (const QuantityMatch& match : find_quantities(text)) {
        phrases.push_back(text.substr(match.start, match.end - match.start));
        BOOST_TEST(match.quantity.interval.low <= match.quantity.interval.high);
    }
    BOOST_TEST(phrases == sample.phrases, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(canonical_units) {
    BOOST_TEST(canonical_unit("kilometres").value_or("") == "km");
    BOOST_TEST(canonical_unit("Kilometers").value_or("") == "km");
    BOOST_TEST(canonical_unit("per  cent").value_or("") == "%");
    BOOST_TEST(canonical_unit("percentage points").value_or("") == "pp");
    BOOST_TEST(canonical_unit("US$").value_or("") == "USD");
    BOOST_TEST(canonical_unit("pounds").value_or("") == "GBP");
    BOOST_TEST(canonical_unit("lbs").value_or("") == "lb");
    BOOST_TEST(canonical_unit("year").value_or("") == "year");
    BOOST_TEST(!canonical_unit("furlongs").has_value());
}

Quantity quantity(const char* phrase) {
    const QuantityParse parse = parse_quantity(phrase);
    BOOST_TEST_REQUIRE(parse.quantity.has_value(), phrase << ": " << parse.problem);
    return *parse.quantity;
}

BOOST_AUTO_TEST_CASE(equal_amounts_in_different_units_have_no_gap) {
    const QuantityGap money = quantity_gap(quantity("$1.2 billion"), quantity("1,200 million dollars"));
    BOOST_TEST(money.comparable);
    BOOST_TEST(money.gap == 0);
    BOOST_TEST(money.magnitude == 1.2e9);
    const QuantityGap distance = quantity_gap(quantity("1.609344 km"), quantity("1 mile"));
    BOOST_TEST(distance.comparable);
    BOOST_TEST(distance.gap < 1e-6);
    BOOST_TEST(distance.unit == "m");
}

BOOST_AUTO_TEST_CASE(gaps_are_measured_in_the_base_unit) {
    const QuantityGap gap = quantity_gap(quantity("10 km"), quantity("5 miles"));
    BOOST_TEST(gap.comparable);
    BOOST_TEST(std::fabs(gap.gap - (10000 - 5 * 1609.344)) < 1e-6);
    BOOST_TEST(gap.magnitude == 10000);
    const QuantityGap years = quantity_gap(quantity("2 years"), quantity("24 months"));
    BOOST_TEST(years.gap < 1e-9);
}

BOOST_AUTO_TEST_CASE(overlapping_or_touching_intervals_have_no_gap) {
    BOOST_TEST(quantity_gap(quantity("some 170"), quantity("180")).gap == 0);
    BOOST_TEST(quantity_gap(quantity("more than 200"), quantity("200")).gap == 0);
    BOOST_TEST(quantity_gap(quantity("more than 200"), quantity("150")).gap == 50);
    BOOST_TEST(quantity_gap(quantity("under 10"), quantity("25")).gap == 15);
    BOOST_TEST(quantity_gap(quantity("under 10"), quantity("25")).magnitude == 25);
}

BOOST_AUTO_TEST_CASE(different_dimensions_and_currencies_do_not_compare) {
    const QuantityGap currencies = quantity_gap(quantity("$5"), quantity("5 euros"));
    BOOST_TEST(!currencies.comparable);
    BOOST_TEST(currencies.note.find("USD and EUR cannot be compared") != std::string::npos);
    BOOST_TEST(!quantity_gap(quantity("5 km"), quantity("5 kg")).comparable);
    BOOST_TEST(!quantity_gap(quantity("5%"), quantity("5 percentage points")).comparable);
    BOOST_TEST(!quantity_gap(quantity("300 pounds"), quantity("300 lb")).comparable);
}

BOOST_AUTO_TEST_CASE(a_quantity_without_unit_compares_by_its_number) {
    const QuantityGap gap = quantity_gap(quantity("12"), quantity("15 km"));
    BOOST_TEST(gap.comparable);
    BOOST_TEST(gap.gap == 3);
    BOOST_TEST(gap.unit.empty());
}

}  // namespace
