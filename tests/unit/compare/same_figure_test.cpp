// Same figures: a source that is silent, or states nothing the others' claims fit, is counted as stating
// the claim when it states the same figure in words no pattern reads, and the figure says enough.
#include <boost/test/unit_test.hpp>

#include "claimcheck/compare.hpp"
#include "claimcheck/extract.hpp"
#include "compare_texts.hpp"

using namespace claimcheck;

namespace {

Report check(const std::vector<std::string>& texts) {
    RuleSet rules = load_rules_text("f.rules.json", R"json({"rules": [
  {"id": "distance", "claim": "Distance", "type": "number", "dimension": "length",
   "patterns": ["within (?P<value>{{number}}) of"]},
  {"id": "cost", "claim": "Cost", "type": "number", "dimension": "currency", "tolerance": {"relative": 0.02},
   "patterns": ["cost (?P<value>{{number}})"]},
  {"id": "count", "claim": "Count", "type": "number", "dimension": "count",
   "patterns": ["(?P<value>{{number}}) (?P<key>prisoners|stations)"]},
  {"id": "killed", "claim": "Killed", "type": "number", "dimension": "count",
   "patterns": ["killed (?P<value>{{number}})"]},
  {"id": "opened", "claim": "Opened", "type": "date",
   "patterns": ["opened (?P<value>{{date}})"], "unless": ["talks"]}
]})json");
    return testing::compare_texts(rules, texts);
}

const Finding& finding_of(const Report& report, const std::string& rule) {
    for (const auto& finding : report.findings)
        if (report.rules[finding.rule].id == rule) return finding;
    throw std::runtime_error("no finding of " + rule);
}

Status status_of(const std::vector<std::string>& texts, const std::string& rule) {
    return finding_of(check(texts), rule).status;
}

// The date rule over two articles published on one day, so that weekdays resolve.
Status opened_status(const std::string& published, const std::string& a, const std::string& b) {
    RuleSet rules = load_rules_text("d.rules.json", R"json({"rules": [
  {"id": "opened", "claim": "Opened", "type": "date", "patterns": ["opened (?P<value>{{date}})"]}]})json");
    Extractor extractor(rules);
    std::vector<Article> articles{make_article({.id = "a", .published = published}, a),
                                  make_article({.id = "b", .published = published}, b)};
    std::vector<Extraction> extractions{extractor.extract(articles[0], 0), extractor.extract(articles[1], 1)};
    return compare_claims(rules, rule_table(rules), articles, std::move(extractions)).findings.at(0).status;
}

std::size_t figure_claims(const Finding& finding) {
    std::size_t n = 0;
    for (const auto& claim : finding.claims) n += claim.figure_only;
    return n;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(same_figure)

BOOST_AUTO_TEST_CASE(a_figure_with_its_unit_stands_for_the_claim) {
    Report report = check({"Everyone within 2 kilometres of the plant left.", "Police cleared an area 2km from the plant."});
    const Finding& distance = finding_of(report, "distance");
    BOOST_TEST((distance.status == Status::agreement));
    BOOST_TEST(distance.missing_in.empty());
    BOOST_REQUIRE_EQUAL(figure_claims(distance), 1u);
    const Claim& found = distance.claims.back();
    BOOST_TEST(found.source == 1u);
    BOOST_TEST(found.text == "2km");
    BOOST_TEST(found.value.quantity->unit == "km");
    BOOST_REQUIRE_EQUAL(distance.notes.size(), 1u);
    BOOST_TEST(distance.notes[0] == "s1 states the same figure, \"2km\" (line 1), in words no pattern of the rule reads; "
                                    "it is counted as stating the claim");
}

BOOST_AUTO_TEST_CASE(units_are_converted_and_tolerance_applies) {
    Report report = check({"It will cost $340 million.", "The bill is put at $338m."});
    BOOST_TEST((finding_of(report, "cost").status == Status::agreement));
}

BOOST_AUTO_TEST_CASE(another_currency_or_another_figure_is_no_evidence) {
    BOOST_TEST((status_of({"It will cost $250,000.", "The bill is 180,000 euros."}, "cost") == Status::omission));
    BOOST_TEST((status_of({"It will cost $250,000.", "The bill is $400,000."}, "cost") == Status::omission));
}

BOOST_AUTO_TEST_CASE(a_figure_fitting_anything_is_no_evidence) {
    Report report = check({"It will cost $2 million.", "The bill could be up to $3 million."});
    BOOST_TEST((finding_of(report, "cost").status == Status::omission));
}

BOOST_AUTO_TEST_CASE(a_figure_compared_against_is_another_claim) {
    Report report = check({"It will cost $2 million.", "The bill rose to $2.5 million from $2 million."});
    BOOST_TEST((finding_of(report, "cost").status == Status::omission));
}

BOOST_AUTO_TEST_CASE(a_figure_another_rule_reads_is_spoken_for) {
    Report report = check({"The storm killed 340 people.", "Some 300 prisoners and 340 stations were hit."});
    BOOST_TEST((finding_of(report, "killed").status == Status::omission));
}

BOOST_AUTO_TEST_CASE(a_keyed_figure_needs_its_key_in_the_sentence) {
    BOOST_TEST((status_of({"The line has 7 stations.", "Trains call at seven of the line's stations."}, "count") ==
                Status::agreement));
    BOOST_TEST((status_of({"The line has 7 stations.", "Trains run seven days a week."}, "count") ==
                Status::omission));
}

BOOST_AUTO_TEST_CASE(a_small_bare_count_without_its_key_is_no_evidence) {
    Report report = check({"The storm killed 12.", "Twelve boats sank."});
    BOOST_TEST((finding_of(report, "killed").status == Status::omission));
}

BOOST_AUTO_TEST_CASE(a_large_count_that_is_not_a_year_stands_for_the_claim) {
    BOOST_TEST((status_of({"The storm killed 1,200.", "In all, 1,200 died."}, "killed") == Status::agreement));
    BOOST_TEST((status_of({"The storm killed 2,000.", "Not since 2000 had a storm hit so hard."}, "killed") ==
                Status::omission));
}

// "four prisoners ... 23 prisoners" against "around 640 prisoners" would be a conflict; the first
// article's "holds about 640 men" shows the figures count different groups.
BOOST_AUTO_TEST_CASE(the_same_figure_settles_a_conflict_between_counts_of_different_groups) {
    Report report = check({"It hurt 4 prisoners. The jail holds about 640 men.", "The jail holds around 640 prisoners."});
    const Finding& count = finding_of(report, "count");
    BOOST_TEST((count.status == Status::agreement));
    BOOST_TEST(figure_claims(count) == 1u);
}

BOOST_AUTO_TEST_CASE(a_silent_source_may_state_any_of_the_figures_of_another) {
    // The first article's $198m is last year's; the second states this year's in words no pattern reads.
    Report report = check({"It will cost $212 million. Last year it would cost $198 million.", "The bill comes to $212m."});
    BOOST_TEST((finding_of(report, "cost").status == Status::agreement));
}

// A co-defendant's "18 months" in both articles does not settle 7 years against 9.
BOOST_AUTO_TEST_CASE(a_source_with_its_own_figure_must_fit_every_figure_of_the_other) {
    Report report = check({"The line has 7 stations. Its branch has 12 stations.", "The line has 9 stations and its branch 12."});
    BOOST_TEST((finding_of(report, "count").status == Status::conflict));
}

BOOST_AUTO_TEST_CASE(a_real_conflict_stays_one) {
    Report report = check({"The line has 7 stations.", "The line has 9 stations."});
    BOOST_TEST((finding_of(report, "count").status == Status::conflict));
    BOOST_TEST(figure_claims(finding_of(report, "count")) == 0u);
}

BOOST_AUTO_TEST_CASE(a_weekday_names_the_day_a_full_date_gives) {
    Report report = check({"The bridge opened on Thursday, March 20.", "Crowds crossed the bridge on Thursday."});
    const Finding& opened = finding_of(report, "opened");
    BOOST_TEST((opened.status == Status::agreement));
    BOOST_REQUIRE_EQUAL(figure_claims(opened), 1u);
    BOOST_TEST(opened.claims.back().text == "on Thursday");
}

BOOST_AUTO_TEST_CASE(another_weekday_or_a_set_aside_one_is_no_evidence) {
    BOOST_TEST((status_of({"The bridge opened on Thursday, March 20.", "Crowds came on Friday."}, "opened") ==
                Status::omission));
    BOOST_TEST((status_of({"The bridge opened on Thursday, March 20.", "Crowds came on Friday, March 21."}, "opened") ==
                Status::omission));
    BOOST_TEST((status_of({"The bridge opened on Thursday, March 20.", "The office opened on Thursday for talks."}, "opened") ==
                Status::omission));
}

BOOST_AUTO_TEST_CASE(resolved_dates_must_be_the_same_day) {
    const std::string opened = "The bridge opened on March 20.";
    BOOST_TEST((opened_status("2025-03-21", opened, "Crowds crossed it on Thursday.") == Status::agreement));  // a Thursday
    BOOST_TEST((opened_status("2025-03-21", opened, "Crowds crossed it on Wednesday.") == Status::omission));
}

// A weekday elsewhere in an article that dates the claim otherwise may be another day's.
BOOST_AUTO_TEST_CASE(a_weekday_does_not_settle_a_date_conflict) {
    // 2025-03-03 was a Monday.
    BOOST_TEST((opened_status("2025-03-04", "The bridge opened on March 3.",
                              "The bridge opened on February 24. Crowds came on Monday.") == Status::conflict));
}

BOOST_AUTO_TEST_SUITE_END()
