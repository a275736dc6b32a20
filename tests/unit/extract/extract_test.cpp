#include <boost/test/unit_test.hpp>

#include "claimcheck/extract.hpp"

using namespace claimcheck;

namespace {

RuleSet rules_of(const std::string& rules_json) { return load_rules_text("t.rules.json", "{\"rules\": [" + rules_json + "]}"); }

RuleSet generic_rules_of(const std::string& rules_json) {
    return load_rules_text("g.rules.json", "{\"generic\": true, \"rules\": [" + rules_json + "]}");
}

Extraction extract_from(const RuleSet& rules, const std::string& text) {
    Extractor extractor(rules);
    return extractor.extract(make_article({.id = "a", .path = "a.txt"}, text), 0);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(extraction)

BOOST_AUTO_TEST_CASE(collects_every_match_with_original_offsets) {
    RuleSet rules = rules_of(R"J({"id": "lanes", "claim": "C", "type": "number", "patterns": ["(?i)(?P<value>{{number}}) lanes"]})J");
    std::string text = "The bridge has 6 lanes.\nLater it had 8 lanes.";
    Extraction out = extract_from(rules, text);
    BOOST_REQUIRE_EQUAL(out.claims.size(), 2u);
    const Claim& first = out.claims[0];
    BOOST_TEST(first.span.start == 15u);
    BOOST_TEST(first.span.end == 22u);
    BOOST_TEST(first.text == "6 lanes");
    BOOST_TEST(first.span.line == 1u);
    BOOST_TEST(first.span.column == 16u);
    BOOST_TEST(first.value.text == "6");
    BOOST_TEST(first.value.quantity->interval.low == 6);
    BOOST_TEST(out.claims[1].span.line == 2u);
    BOOST_TEST(out.claims[1].span.column == 14u);
    BOOST_TEST(out.claims[1].value.quantity->interval.low == 8);
}

BOOST_AUTO_TEST_CASE(matches_through_normalised_spaces_and_apostrophes) {
    // The text has a no-break space and a curly apostrophe; the rule is written with ASCII ones.
    RuleSet rules = rules_of(R"J({"id": "dept", "claim": "C", "type": "presence", "patterns": ["MPD's public security"]})J");
    std::string text = "Part of the\xc2\xa0MPD\xe2\x80\x99s public security department.";
    Extraction out = extract_from(rules, text);
    BOOST_REQUIRE_EQUAL(out.claims.size(), 1u);
    const Claim& claim = out.claims[0];
    BOOST_TEST(claim.span.start == 13u);
    BOOST_TEST(claim.text == "MPD\xe2\x80\x99s public security");  // exactly the original bytes
    BOOST_TEST(claim.text == text.substr(claim.span.start, claim.span.end - claim.span.start));
}

BOOST_AUTO_TEST_CASE(keeps_the_longest_of_overlapping_matches_of_one_rule) {
    RuleSet rules = rules_of(R"J({"id": "r", "claim": "C", "type": "text",
        "patterns": ["(?P<value>Russia)", "(?P<value>Russia and Eastern Europe)"]})J");
    Extraction out = extract_from(rules, "It covers Russia and Eastern Europe.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 1u);
    BOOST_TEST(out.claims[0].value.text == "Russia and Eastern Europe");
    BOOST_TEST(out.claims[0].value.folded == "russia and eastern europe");
}

BOOST_AUTO_TEST_CASE(only_rules_whose_patterns_match_produce_claims) {
    RuleSet rules = rules_of(R"J({"id": "a", "claim": "C", "type": "presence", "patterns": ["alpha"]},
                                 {"id": "b", "claim": "D", "type": "presence", "patterns": ["beta", "gamma"]})J");
    Extraction out = extract_from(rules, "gamma then alpha");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 2u);
    BOOST_TEST(out.claims[0].rule == 1u);  // by offset: gamma first
    BOOST_TEST(out.claims[1].rule == 0u);
}

BOOST_AUTO_TEST_CASE(unless_drops_a_match_in_the_same_sentence) {
    RuleSet rules = rules_of(R"J({"id": "w", "claim": "C", "type": "presence", "patterns": ["warning was issued"],
                                  "unless": ["(?i)\\bno warning"]})J");
    Extraction out = extract_from(rules, "No warning was issued on Monday. A warning was issued on Tuesday.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 1u);
    BOOST_TEST(out.claims[0].span.start == 35u);
    BOOST_REQUIRE_EQUAL(out.dropped.size(), 1u);
    BOOST_TEST(out.dropped[0].reason.find("unless") != std::string::npos);
}

const char* died_unless_past = R"J({"id": "k", "claim": "K", "type": "number",
  "patterns": ["(?P<value>{{number}}) (?:\\w+ )?(?:died|were killed)"], "unless": ["\\b(?:in|since) (?:19|20)\\d\\d\\b"]})J";

BOOST_AUTO_TEST_CASE(unless_guards_what_follows_it_and_its_own_clause) {
    RuleSet rules = rules_of(died_unless_past);
    Extraction out = extract_from(rules,
        "Twenty-one miners died in the blast, the worst accident since 1998, when 34 men were killed. "
        "Nine people died in 2004.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 1u);
    BOOST_TEST(out.claims[0].value.text == "Twenty-one");
    BOOST_REQUIRE_EQUAL(out.dropped.size(), 2u);
    BOOST_TEST(out.dropped[0].text == "34 men were killed");
    BOOST_TEST(out.dropped[1].text == "Nine people died");
}

BOOST_AUTO_TEST_CASE(unless_in_a_later_clause_leaves_the_match) {
    RuleSet rules = rules_of(died_unless_past);
    Extraction out = extract_from(rules, "Four people died, the most in one day since 2009.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 1u);
    BOOST_TEST(out.claims[0].value.text == "Four");
}

BOOST_AUTO_TEST_CASE(an_unless_pattern_with_a_figure_guards_only_that_figure) {
    RuleSet rules = rules_of(R"J({"id": "p", "claim": "P", "type": "number",
      "patterns": ["(?P<value>{{number}}) passengers"], "unless": ["licensed to carry {{number}}"]})J");
    Extraction out = extract_from(rules, "The ferry, licensed to carry 120 passengers, had 161 passengers aboard.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 1u);
    BOOST_TEST(out.claims[0].value.text == "161");
    BOOST_REQUIRE_EQUAL(out.dropped.size(), 1u);
    BOOST_TEST(out.dropped[0].text == "120 passengers");
}

BOOST_AUTO_TEST_CASE(a_figure_with_a_unit_is_no_value_of_a_count) {
    RuleSet rules = rules_of(R"J({"id": "e", "claim": "E", "type": "number", "dimension": "count",
      "patterns": ["(?P<value>{{number}}) (?:\\w+ ){0,5}?ordered out"]})J");
    Extraction out = extract_from(rules, "Everyone within seven kilometres of the crater was ordered out. 300 people were ordered out.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 1u);
    BOOST_TEST(out.claims[0].value.text == "300");
    BOOST_REQUIRE_EQUAL(out.dropped.size(), 1u);
    BOOST_TEST(out.dropped[0].reason == "\"seven kilometres\" has a unit, and the rule counts");
}

BOOST_AUTO_TEST_CASE(a_count_whose_noun_is_a_unit_or_whose_figure_is_a_year_or_a_pronoun_is_dropped) {
    RuleSet rules = rules_of(R"J({"id": "c", "claim": "C", "type": "number", "dimension": "count",
      "patterns": ["(?P<value>{{number}}) (?P<key>[a-z]+s)\\b"]})J");
    Extraction out = extract_from(rules, "It took three decades. The 1998 floods hit 300 homes and 1,998 farms. One deals with it.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 2u);
    BOOST_TEST(out.claims[0].key == "home");
    BOOST_TEST(out.claims[1].value.text == "1,998");
    BOOST_REQUIRE_EQUAL(out.dropped.size(), 3u);
    BOOST_TEST(out.dropped[0].reason == "\"decades\" is a unit, and the rule counts");
    BOOST_TEST(out.dropped[1].reason == "\"1998\" reads as a year, and the rule counts");
    BOOST_TEST(out.dropped[2].reason == "\"One deals\" is no count: \"one\" before a plural");
}

BOOST_AUTO_TEST_CASE(a_count_reads_a_glued_m_as_million_and_another_dimension_drops_a_unit) {
    RuleSet rules = rules_of(R"J(
      {"id": "c", "claim": "C", "type": "number", "dimension": "count", "patterns": ["(?P<value>{{number}}) customers"]},
      {"id": "f", "claim": "F", "type": "number", "dimension": "currency", "patterns": ["fined (?P<value>{{number}})"]})J");
    Extraction out = extract_from(rules, "The firm has 11m customers. It was fined 4 per cent. It was fined 40 million.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 2u);
    BOOST_TEST(out.claims[0].value.quantity->interval.low == 11e6);
    BOOST_TEST(out.claims[0].value.quantity->unit.empty());
    BOOST_TEST(out.claims[1].value.text == "40 million");
    BOOST_REQUIRE_EQUAL(out.dropped.size(), 1u);
    BOOST_TEST(out.dropped[0].reason == "\"4 per cent\" is not a figure in currency");
}

BOOST_AUTO_TEST_CASE(a_denial_turns_the_sentence_into_a_denying_claim) {
    RuleSet rules = rules_of(R"J({"id": "w", "claim": "C", "type": "presence", "patterns": ["warning was issued"],
                                  "denials": ["(?i)\\bno warning was issued"]})J");
    Extraction out = extract_from(rules, "No warning was issued.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 1u);
    BOOST_TEST(out.claims[0].denial);
    BOOST_TEST(out.claims[0].text == "No warning was issued");
    BOOST_TEST(out.dropped.size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_value_that_cannot_be_read_is_a_warning_not_a_value) {
    RuleSet rules = rules_of(R"J({"id": "n", "claim": "C", "type": "number", "patterns": ["(?P<value>[a-z]+) lanes"]})J");
    Extraction out = extract_from(rules, "It has many lanes.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 1u);
    BOOST_TEST(!out.claims[0].value.quantity);
    BOOST_TEST(!out.claims[0].value.note.empty());
    BOOST_REQUIRE_EQUAL(out.warnings.size(), 1u);
    BOOST_TEST(out.warnings[0].file == "a.txt");
    BOOST_TEST(out.warnings[0].line == 1u);
    BOOST_TEST(out.warnings[0].column == 8u);
}

BOOST_AUTO_TEST_CASE(keys_fold_case_plurals_and_synonyms) {
    RuleSet rules = rules_of(R"J({"id": "k", "claim": "C", "type": "number", "keys": {"riders": "passengers"},
                                  "patterns": ["(?P<value>\\d+) (?P<key>[A-Za-z]+) (?:were|was)"]})J");
    Extraction out = extract_from(rules, "12 Riders were hurt. 3 passengers were not. 4 Buildings were hit.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 3u);
    BOOST_TEST(out.claims[0].key == "passenger");
    BOOST_TEST(out.claims[1].key == "passenger");
    BOOST_TEST(out.claims[2].key == "building");
}

// "celsius" was folded to "celsiu" by stripping every final "s", and "species" to "specy".
BOOST_AUTO_TEST_CASE(keys_keep_words_that_only_look_plural) {
    RuleSet rules = rules_of(R"J({"id": "k", "claim": "C", "type": "number",
                                  "patterns": ["(?P<value>\\d+) (?P<key>[A-Za-z]+) (?:were|was)"]})J");
    Extraction out = extract_from(rules, "40 Celsius was hot. 2 census was run. 5 churches were shut. 6 boxes were lost. "
                                         "27 species were found. 3 series were shown.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 6u);
    BOOST_TEST(out.claims[0].key == "celsius");
    BOOST_TEST(out.claims[1].key == "census");
    BOOST_TEST(out.claims[2].key == "church");
    BOOST_TEST(out.claims[3].key == "box");
    BOOST_TEST(out.claims[4].key == "species");  // not "specy"
    BOOST_TEST(out.claims[5].key == "series");
}

BOOST_AUTO_TEST_CASE(crlf_text_gives_the_same_claims_as_lf_text) {
    RuleSet rules = rules_of(R"J({"id": "n", "claim": "C", "type": "number", "patterns": ["(?P<value>\\d+) lanes"]})J");
    Extraction lf = extract_from(rules, "a\nb 6 lanes\nc 7 lanes");
    Extraction crlf = extract_from(rules, "a\r\nb 6 lanes\r\nc 7 lanes");
    BOOST_REQUIRE_EQUAL(lf.claims.size(), crlf.claims.size());
    for (std::size_t i = 0; i < lf.claims.size(); ++i) {
        BOOST_TEST(lf.claims[i].span.line == crlf.claims[i].span.line);
        BOOST_TEST(lf.claims[i].span.column == crlf.claims[i].span.column);
        BOOST_TEST(lf.claims[i].text == crlf.claims[i].text);
    }
}

// The set runs per sentence and per pair of adjacent sentences (src/extract/extract.cpp). ICU ends a
// sentence at "N." before a capital, so "N. KOREA" is cut in two.
BOOST_AUTO_TEST_CASE(a_match_across_two_sentences_is_found_even_where_the_pattern_also_matches_one) {
    RuleSet rules = rules_of(R"J({"id": "r", "claim": "C", "type": "presence", "patterns": ["(?i)china,? (?:and )?n(?:orth|\\.) korea"]})J");
    Extraction out = extract_from(rules, "SPYING BY CHINA, N. KOREA\nThe unit watches China and North Korea. It grows.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 2u);
    BOOST_TEST(out.claims[0].text == "CHINA, N. KOREA");
    BOOST_TEST(out.claims[1].text == "China and North Korea");
}

BOOST_AUTO_TEST_CASE(a_match_spans_at_most_two_sentences) {
    RuleSet rules = rules_of(R"J({"id": "r", "claim": "C", "type": "presence", "patterns": ["alpha.*omega"]})J");
    BOOST_TEST(extract_from(rules, "An alpha one. Then omega two.").claims.size() == 1u);
    BOOST_TEST(extract_from(rules, "An alpha one. A middle. Then omega two.").claims.empty());
}

// "five and six" is a run of number words to the compact {{number}} but not one phrase of the
// grammar: the exact pattern, compiled on demand with a budget large enough for it, finds "six".
BOOST_AUTO_TEST_CASE(a_compact_match_outside_the_grammar_is_settled_by_the_exact_pattern) {
    RuleSet rules = rules_of(R"J({"id": "n", "claim": "C", "type": "number", "patterns": ["(?P<value>{{number}}) lanes"]})J");
    Extraction out = extract_from(rules, "They built five and six lanes.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 1u);
    BOOST_TEST(out.claims[0].value.text == "six");
}

namespace {

const char* seats_with_references = R"J({"id": "seats", "claim": "C", "type": "number",
  "key_references": {"words": ["the party"], "names": ["(?P<key>[A-Z]\\w+ (?:Union|League))"]},
  "patterns": ["(?P<key>[Tt]he party|[A-Z]\\w+ League) took (?P<value>{{number}}) seats"]})J";

}  // namespace

BOOST_AUTO_TEST_CASE(a_key_that_refers_back_is_read_as_the_first_name_in_the_sentence_before) {
    RuleSet rules = rules_of(seats_with_references);
    Extraction out = extract_from(rules, "The Harbour Union beat the Coast League.\n\nThe party took 40 seats.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 1u);
    BOOST_TEST(out.claims[0].key == "harbour union");
    BOOST_TEST(out.claims[0].reading_note == "\"the party\" is read as \"harbour union\", the first name in the sentence before it");
}

BOOST_AUTO_TEST_CASE(a_key_that_refers_back_to_no_name_drops_its_match) {
    RuleSet rules = rules_of(seats_with_references);
    for (const std::string text : {"The party took 40 seats.", "Counting ended late. The party took 40 seats."}) {
        Extraction out = extract_from(rules, text);
        BOOST_TEST(out.claims.empty());
        BOOST_REQUIRE_EQUAL(out.dropped.size(), 1u);
        BOOST_TEST(out.dropped[0].reason == "\"the party\" refers back to a name, and the sentence before names none");
    }
}

BOOST_AUTO_TEST_CASE(a_named_key_is_kept_as_written) {
    RuleSet rules = rules_of(seats_with_references);
    Extraction out = extract_from(rules, "The Harbour Union won. The Coast League took 12 seats.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 1u);
    BOOST_TEST(out.claims[0].key == "coast league");
    BOOST_TEST(out.claims[0].reading_note.empty());
}

namespace {

const char* inflation_with_antecedents = R"J({"id": "inflation", "claim": "C", "type": "number",
  "antecedents": ["(?i)\\binflation\\b"],
  "patterns": ["(?i)\\binflation (?:was|stood at) (?P<value>{{number}})%", "\\b(?P<ref>It) stood at (?P<value>{{number}})%"]})J";

}  // namespace

BOOST_AUTO_TEST_CASE(a_match_that_refers_back_needs_an_antecedent_in_the_sentence_before) {
    RuleSet rules = rules_of(inflation_with_antecedents);
    Extraction out = extract_from(rules, "Inflation eased in May.\n\nIt stood at 3.1%.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 1u);
    BOOST_TEST(out.claims[0].value.text == "3.1");
    BOOST_TEST(out.claims[0].reading_note == "\"It\" is read as \"Inflation\", named in the sentence before it");
}

BOOST_AUTO_TEST_CASE(a_match_that_refers_back_to_no_antecedent_is_dropped) {
    RuleSet rules = rules_of(inflation_with_antecedents);
    for (const std::string text : {"It stood at 3.1%.", "Unemployment rose. It stood at 3.1%.",
                                   "Inflation eased. The bank met. It stood at 3.1%."}) {
        Extraction out = extract_from(rules, text);
        BOOST_TEST(out.claims.empty(), text);
        BOOST_REQUIRE_EQUAL(out.dropped.size(), 1u);
        BOOST_TEST(out.dropped[0].reason == "\"It\" refers back, and the sentence before names none of the rule's antecedents");
    }
    Extraction plain = extract_from(rules, "Inflation was 2.9%.");
    BOOST_REQUIRE_EQUAL(plain.claims.size(), 1u);
    BOOST_TEST(plain.claims[0].reading_note.empty());
}

namespace {

const char* votes_by_name = R"J({"id": "votes", "claim": "C", "type": "number", "key_short_forms": true,
  "patterns": ["(?P<key>[A-Z]\\w+) received (?P<value>{{number}}) votes"]})J";

std::string key_of_votes(const std::string& text) {
    Extraction out = extract_from(rules_of(votes_by_name), text);
    BOOST_REQUIRE_EQUAL(out.claims.size(), 1u);
    return out.claims[0].key;
}

}  // namespace

BOOST_AUTO_TEST_CASE(a_surname_key_is_read_as_the_full_name_the_article_gives) {
    Extraction out = extract_from(rules_of(votes_by_name),
                                  "The Green candidate Lena Marsk won the seat. Marsk received 9,120 votes.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 1u);
    BOOST_TEST(out.claims[0].key == "lena marsk");
    BOOST_TEST(out.claims[0].reading_note == "\"Marsk\" is read as \"Lena Marsk\", the full name the article gives");
    BOOST_TEST(key_of_votes("Former mayor Conservative Piet Orlan lost. Orlan received 2,001 votes.") == "piet orlan");
}

BOOST_AUTO_TEST_CASE(a_surname_key_stays_a_surname_after_a_title_or_with_two_first_names) {
    BOOST_TEST(key_of_votes("Mayor Marsk was re-elected. Marsk received 9,120 votes.") == "marsk");
    BOOST_TEST(key_of_votes("After Marsk spoke, Marsk received 9,120 votes.") == "marsk");
    BOOST_TEST(key_of_votes("Lena Marsk beat Tom Marsk. Marsk received 9,120 votes.") == "marsk");
    BOOST_TEST(key_of_votes("Marsk received 9,120 votes.") == "marsk");
}

BOOST_AUTO_TEST_CASE(a_possessive_before_a_key_is_not_part_of_it) {
    BOOST_TEST(key_of_votes("Her Alliance received 9,120 votes.") == "alliance");
    BOOST_TEST(key_of_votes("Their Alliance received 9,120 votes.") == "alliance");
}

BOOST_AUTO_TEST_CASE(a_surname_key_is_kept_for_rules_whose_keys_are_not_names) {
    RuleSet rules = rules_of(R"J({"id": "votes", "claim": "C", "type": "number",
      "patterns": ["(?P<key>[A-Z]\\w+) received (?P<value>{{number}}) votes"]})J");
    Extraction out = extract_from(rules, "Lena Marsk won. Marsk received 9,120 votes.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 1u);
    BOOST_TEST(out.claims[0].key == "marsk");
}

BOOST_AUTO_TEST_CASE(overlapping_matches_of_other_keys_and_figures_are_two_claims) {
    RuleSet rules = rules_of(R"J({"id": "seats", "claim": "C", "type": "number", "patterns": [
      "(?P<key>[A-Z]\\w+) took (?P<value>{{number}}) seats",
      "took {{number}} seats and the (?P<key>[A-Z]\\w+) (?P<value>{{number}})\\b"]})J");
    Extraction out = extract_from(rules, "The Front took 61 seats and the Greens 23.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 2u);
    BOOST_TEST(out.claims[0].key == "front");
    BOOST_TEST(out.claims[0].value.text == "61");
    BOOST_TEST(out.claims[1].key == "green");
    BOOST_TEST(out.claims[1].value.text == "23");
}

BOOST_AUTO_TEST_CASE(overlapping_matches_of_one_figure_keep_the_longest) {
    RuleSet rules = rules_of(R"J({"id": "seats", "claim": "C", "type": "number", "patterns": [
      "(?P<key>[A-Z]\\w+) took (?P<value>{{number}}) seats",
      "(?P<key>[A-Z]\\w+ [A-Z]\\w+) took (?P<value>{{number}})"]})J");
    Extraction out = extract_from(rules, "The Green Front took 61 seats.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 1u);
    BOOST_TEST(out.claims[0].key == "green front");
}

const char* killed_and_injured = R"J(
  {"id": "killed", "claim": "K", "type": "number", "patterns": ["kill(?:ed|ing) (?P<value>{{number}})",
                                                                "(?P<value>{{number}}) (?:\\w+ ){0,4}?killed"]},
  {"id": "injured", "claim": "I", "type": "number", "patterns": ["injur(?:ed|ing) (?P<value>{{number}})",
                                                                 "(?P<value>{{number}}) (?:\\w+ ){0,4}?injur(?:ed|ing)"]})J";

BOOST_AUTO_TEST_CASE(a_figure_read_by_two_generic_rules_keeps_the_nearest_reading) {
    RuleSet rules = generic_rules_of(killed_and_injured);
    Extraction out = extract_from(rules, "The quake struck at dawn, killing 27 people and injuring 300.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 2u);
    BOOST_TEST(rules.rules[out.claims[0].rule].id == "killed");
    BOOST_TEST(out.claims[0].value.text == "27");
    BOOST_TEST(rules.rules[out.claims[1].rule].id == "injured");
    BOOST_TEST(out.claims[1].value.text == "300");
    BOOST_REQUIRE_EQUAL(out.dropped.size(), 1u);
    BOOST_TEST(out.dropped[0].text == "27 people and injuring");
    BOOST_TEST(out.dropped[0].reason == "the figure is read by rule killed, whose words are nearer to it");
}

BOOST_AUTO_TEST_CASE(story_rules_may_read_one_figure_twice) {
    RuleSet rules = rules_of(killed_and_injured);
    Extraction out = extract_from(rules, "The quake struck at dawn, killing 27 people and injuring 300.");
    BOOST_TEST(out.claims.size() == 3u);
    BOOST_TEST(out.dropped.empty());
}

BOOST_AUTO_TEST_CASE(a_fallback_rule_yields_the_figure_even_when_its_words_are_nearer) {
    RuleSet rules = generic_rules_of(R"J(
      {"id": "things", "claim": "T", "type": "number", "fallback": true, "patterns": ["(?P<value>{{number}}) (?P<key>guests)"]},
      {"id": "ill", "claim": "I", "type": "number", "patterns": ["(?P<value>{{number}}) (?:\\w+ ){0,3}?fell ill"]})J");
    Extraction out = extract_from(rules, "Some 30 guests fell ill after the banquet.");
    BOOST_REQUIRE_EQUAL(out.claims.size(), 1u);
    BOOST_TEST(rules.rules[out.claims[0].rule].id == "ill");
    BOOST_REQUIRE_EQUAL(out.dropped.size(), 1u);
    BOOST_TEST(out.dropped[0].reason == "the figure is read by rule ill; this rule is a fallback");
}

BOOST_AUTO_TEST_SUITE_END()
