// The HTML report: escaping of hostile text, well-formed highlights, order, numbers, determinism.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>

#include "../../../src/report/html_escape.hpp"
#include "claimcheck/render.hpp"
#include "html_support.hpp"
#include "test_support.hpp"

using namespace claimcheck;
using namespace claimcheck::html_testing;

namespace {

// Two articles about one made-up event, three rules, one finding of each status.
Report small_report() {
    Report report;
    report.sources.push_back(make_source("harbour-daily", "The ferry carried some 170 passengers.\n\n"
                                                          "It left Port Aster on Monday."));
    report.sources.push_back(make_source("coast-news", "Officials said 200 passengers were aboard.\r\n"
                                                       "The ferry left Port Aster."));
    report.sources[0].meta.title = "Ferry crosses in storm";
    report.sources[0].meta.published = "2024-05-06";
    report.sources[1].meta.outlet = "Coast News";
    report.rules.push_back(make_rule("ferry.passengers", "How many passengers were aboard"));
    report.rules.push_back(make_rule("ferry.port", "The port the ferry left", RuleType::text));
    report.rules.push_back(make_rule("ferry.day", "The day it left", RuleType::text));

    Finding agreement = make_finding(1, Status::agreement);
    agreement.claims.push_back(claim_of(report, 1, 0, "Port Aster"));
    agreement.claims.push_back(claim_of(report, 1, 1, "Port Aster"));

    Finding conflict = make_finding(0, Status::conflict);
    Claim hedged = claim_of(report, 0, 0, "some 170 passengers");
    hedged.value.text = "some 170";
    hedged.value.quantity = quantity(153, 187);
    Claim exact = claim_of(report, 0, 1, "200 passengers");
    exact.value.text = "200";
    exact.value.quantity = quantity(200, 200);
    conflict.claims = {hedged, exact};
    conflict.notes.push_back("a gap of 13 is more than the tolerance of 5%");

    Finding omission = make_finding(2, Status::omission);
    omission.claims.push_back(claim_of(report, 2, 0, "Monday"));
    omission.missing_in = {1};

    report.findings = {conflict, agreement, omission};
    // Report order is rule order; put them so that the page has to reorder.
    report.findings = {agreement, conflict, omission};
    count(report);
    return report;
}

const std::string hostile_script = "<script>window.pwned=1</script>";
const std::string hostile_img = "<img src=x onerror=alert(1)>";

Report hostile_report() {
    Report report;
    std::string text = "Police said " + hostile_script + " 40 widgets " + hostile_img +
                       " were lost </style><style>body{display:none}</style> and "
                       "<a href=\"javascript:alert(1)\">click</a> &amp; more \xE2\x80\xA8 then 50 widgets"
                       "\xE2\x80\xA9 and \"quoted\" 'single' \x01 \xFF done.";
    report.sources.push_back(make_source("<b>bold</b>", text));
    report.sources.push_back(make_source("x\" onmouseover=\"alert(2)", "Only 45 widgets </script><script>alert(3)</script>"));
    report.sources[0].meta.path = "</title><script>alert(4)</script>.txt";
    report.sources[0].meta.title = "<iframe src=javascript:alert(5)>";
    report.sources[1].meta.outlet = "javascript:alert(6)";
    report.sources[1].meta.url = "javascript:alert(7)";
    report.rules.push_back(make_rule("x.y\"><script>alert(8)</script>", hostile_img));
    report.rules.push_back(make_rule("unmatched<svg onload=alert(9)>", "</style><script>alert(10)</script>"));

    Finding finding = make_finding(0, Status::conflict);
    finding.key = "<img src=y onerror=alert(11)>";
    Claim first = claim_of(report, 0, 0, "40 widgets " + hostile_img);
    first.value.text = "40 widgets " + hostile_img;
    first.value.quantity = quantity(40, 40);
    Claim second = claim_of(report, 0, 1, "45 widgets </script>");
    second.value.quantity = quantity(45, 45, "<u>");
    finding.claims = {first, second};
    finding.notes.push_back("<script>alert(12)</script>");
    report.findings.push_back(finding);
    report.unmatched_rules.push_back(1);
    report.dropped.push_back(DroppedMatch{0, 0, first.span, hostile_img, "unless '<script>'"});
    report.warnings.push_back(Diagnostic{Severity::warning, "<script>.txt", 1, 1, "<img onerror=x>", ""});
    count(report);
    return report;
}

std::size_t position_of(const std::string& html, const std::string& needle) {
    std::size_t at = html.find(needle);
    BOOST_REQUIRE_MESSAGE(at != std::string::npos, "missing: " << needle);
    return at;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(html_report)

BOOST_AUTO_TEST_CASE(small_report_is_well_formed_and_matches_golden) {
    std::string html = render_html(small_report());
    BOOST_TEST(check_markup(html) == "");
    std::string difference =
        testing::check_golden(testing::source_dir() / "tests/golden/html/small.html", html);
    BOOST_TEST(difference == "", difference);
}

BOOST_AUTO_TEST_CASE(rendering_is_deterministic) {
    Report report = small_report();
    Report copy = report;
    BOOST_TEST(render_html(report) == render_html(copy));
    BOOST_TEST(render_html(hostile_report()) == render_html(hostile_report()));
}

BOOST_AUTO_TEST_CASE(findings_are_ordered_conflicts_omissions_agreements) {
    std::string html = render_html(small_report());
    // Report indexes: 0 agreement, 1 conflict, 2 omission.
    std::size_t conflict = position_of(html, "id=\"f-1\"");
    std::size_t omission = position_of(html, "id=\"f-2\"");
    std::size_t agreement = position_of(html, "id=\"f-0\"");
    BOOST_TEST(conflict < omission);
    BOOST_TEST(omission < agreement);
}

BOOST_AUTO_TEST_CASE(counts_are_the_summary) {
    Report report = small_report();
    report.summary = {4, 5, 6};  // the page shows the report's counts as they are
    std::string html = render_html(report);
    BOOST_TEST(count_of(html, "data-count=\"conflict\">6<") == 1u);
    BOOST_TEST(count_of(html, "data-count=\"omission\">5<") == 1u);
    BOOST_TEST(count_of(html, "data-count=\"agreement\">4<") == 1u);
    BOOST_TEST(count_of(html, "data-count=\"all\">15<") == 1u);
}

BOOST_AUTO_TEST_CASE(values_show_as_written_with_interval_and_gap) {
    std::string html = render_html(small_report());
    BOOST_TEST(count_of(html, ">some 170</a> <span class=\"interval\">153\xE2\x80\x93" "187</span>") == 1u);
    BOOST_TEST(count_of(html, "Gap: 13 between 187 and 200") == 1u);
    BOOST_TEST(count_of(html, "<span class=\"not-stated\">not stated</span>") == 1u);
    // An exact value is not repeated as its interval.
    BOOST_TEST(count_of(html, ">200</a> <span class=\"where\">") == 1u);
}

BOOST_AUTO_TEST_CASE(open_intervals_are_worded) {
    Report report = small_report();
    double infinity = std::numeric_limits<double>::infinity();
    Claim& hedged = report.findings[1].claims[0];
    hedged.value.quantity = quantity(200, infinity, "", true, true);
    std::string html = render_html(report);
    BOOST_TEST(count_of(html, "more than 200") >= 1u);
    hedged.value.quantity = quantity(-infinity, 5, "km", true, false);
    BOOST_TEST(count_of(render_html(report), "at most 5 km") >= 1u);
    hedged.value.quantity = quantity(10, 20, "%", true, false);
    BOOST_TEST(count_of(render_html(report), "(10\xE2\x80\x93" "20]%") >= 1u);
    hedged.value.quantity = quantity(15000, 15000);
    BOOST_TEST(count_of(render_html(report), "15,000") >= 1u);
}

BOOST_AUTO_TEST_CASE(denial_is_shown) {
    Report report = small_report();
    Finding& omission = report.findings[2];
    omission.missing_in.clear();
    omission.denied_in = {1};
    omission.status = Status::conflict;
    std::string html = render_html(report);
    BOOST_TEST(count_of(html, "<span class=\"denies\">denies</span>") == 1u);
    BOOST_TEST(count_of(html, "not stated") == 0u);
}

BOOST_AUTO_TEST_CASE(hostile_text_is_escaped_everywhere) {
    std::string html = render_html(hostile_report());
    BOOST_TEST(check_markup(html) == "");
    // Only the page's own script and style elements exist.
    BOOST_TEST(count_of(html, "<script") == 1u);
    BOOST_TEST(count_of(html, "</script") == 1u);
    BOOST_TEST(count_of(html, "<style") == 1u);
    BOOST_TEST(count_of(html, "</style") == 1u);
    for (std::string element : {"<img", "<iframe", "<svg", "<b>", "<u>", "<a href=\"javascript", "<a href=\"j"})
        BOOST_TEST(count_of(html, element) == 0u, element);
    BOOST_TEST(count_of(html, "href=\"#") == count_of(html, "href=\""));
    BOOST_TEST(count_of(html, "onerror=alert(1)>") == 0u);  // only as text, ending in &gt;
    BOOST_TEST(count_of(html, "&lt;img src=x onerror=alert(1)&gt;") >= 3u);  // article, claim, value
    BOOST_TEST(count_of(html, "x.y&quot;&gt;&lt;script&gt;alert(8)&lt;/script&gt;") >= 1u);
    BOOST_TEST(count_of(html, "&lt;/title&gt;&lt;script&gt;alert(4)&lt;/script&gt;.txt") == 1u);
    BOOST_TEST(count_of(html, "&amp;amp; more") == 1u);
    BOOST_TEST(count_of(html, "\xE2\x80\xA8") == 0u);
    BOOST_TEST(count_of(html, "\xE2\x80\xA9") == 0u);
    BOOST_TEST(count_of(html, "&#x2028;") == 1u);
    BOOST_TEST(count_of(html, "\xFF") == 0u);
    BOOST_TEST(count_of(html, "\x01") == 0u);
    // The source's url is never turned into a link.
    BOOST_TEST(count_of(html, "alert(7)") == 0u);
}

BOOST_AUTO_TEST_CASE(article_text_survives_highlighting) {
    Report report = hostile_report();
    std::string html = render_html(report);
    std::string shown = text_of_element(html, "s-0-text");
    std::string expected = report.sources[0].text;
    // Invalid bytes and controls are replaced, not dropped.
    expected.replace(expected.find('\x01'), 1, "\xEF\xBF\xBD");
    expected.replace(expected.find('\xFF'), 1, "\xEF\xBF\xBD");
    BOOST_TEST(shown == expected);
}

BOOST_AUTO_TEST_CASE(overlapping_highlights_are_well_formed) {
    Report report = small_report();
    report.sources[0].text = "abcdefghijklmnopqrstuvwxyz";
    Finding finding = make_finding(0, Status::conflict);
    for (auto [start, end] : std::vector<std::pair<std::size_t, std::size_t>>{
             {2, 10}, {5, 15}, {5, 15}, {7, 9}, {12, 20}, {20, 20}, {24, 99}, {30, 40}})
        finding.claims.push_back(make_claim(report, 0, 0, std::min<std::size_t>(start, 26),
                                            std::min<std::size_t>(end, 26)));
    finding.claims[6].span.end = 99;  // past the end: clamped
    finding.claims[7].span.start = 30;
    finding.claims[7].span.end = 40;
    report.findings = {finding};
    count(report);
    std::string html = render_html(report);
    BOOST_TEST(check_markup(html) == "");
    BOOST_TEST(text_of_element(html, "s-0-text") == report.sources[0].text);
    for (std::size_t c = 0; c < finding.claims.size(); ++c)
        BOOST_TEST(count_of(html, "id=\"m-0-" + std::to_string(c) + "\"") == 1u, "claim " << c);
    // Segments: a c d e f g h i j ... each claim names itself on every segment it covers.
    BOOST_TEST(count_of(html, "data-claims=\"m-0-0 m-0-1 m-0-2 m-0-3\"") == 1u);
}

BOOST_AUTO_TEST_CASE(line_breaks_are_kept_and_crlf_is_one) {
    std::string html = render_html(small_report());
    BOOST_TEST(text_of_element(html, "s-0-text") == small_report().sources[0].text);
    BOOST_TEST(text_of_element(html, "s-1-text") ==
               "Officials said 200 passengers were aboard.\nThe ferry left Port Aster.");
}

BOOST_AUTO_TEST_CASE(crlf_split_by_a_highlight_stays_one_line_end) {
    Report report = small_report();
    report.sources[1].text = "one\r\ntwo";
    report.findings = {make_finding(0, Status::omission)};
    report.findings[0].claims.push_back(make_claim(report, 0, 1, 0, 4));  // "one\r"
    std::string html = render_html(report);
    BOOST_TEST(text_of_element(html, "s-1-text") == "one\ntwo");
}

BOOST_AUTO_TEST_CASE(sha256_matches_known_vectors) {
    BOOST_TEST(html::sha256_base64("abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    BOOST_TEST(html::sha256_base64("") == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    BOOST_TEST(html::sha256_base64(std::string(1000, 'a')) == "Qe3s5C1j6Nm/UVqbppMuHCDLyfWl0TRkWttdsblzfqM=");
    // Lengths at the padding boundaries.
    BOOST_TEST(html::sha256_base64(std::string(55, 'a')) == "n0OQ+NMMLdkuyfCVtl4rmumwqSWlJY4kHJ8ekQ9zQxg=");
    BOOST_TEST(html::sha256_base64(std::string(64, 'a')) == "/+BU/nrgy23GXDr5th1SCfQ5hR20PQulmXM33xVGaOs=");
}

BOOST_AUTO_TEST_CASE(policy_allows_exactly_the_embedded_script_and_style) {
    std::string html = render_html(small_report());
    auto between = [&](const std::string& open, const std::string& close) {
        std::size_t start = position_of(html, open) + open.size();
        return html.substr(start, html.find(close, start) - start);
    };
    std::string script = between("<script>", "</script>");
    std::string style = between("<style>", "</style>");
    BOOST_TEST(count_of(html, "script-src 'sha256-" + html::sha256_base64(script) + "'") == 1u);
    BOOST_TEST(count_of(html, "style-src 'sha256-" + html::sha256_base64(style) + "'") == 1u);
    BOOST_TEST(count_of(html, "default-src 'none'") == 1u);
}

BOOST_AUTO_TEST_CASE(empty_report_renders) {
    Report report;
    std::string html = render_html(report);
    BOOST_TEST(check_markup(html) == "");
    BOOST_TEST(count_of(html, "No findings") == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
