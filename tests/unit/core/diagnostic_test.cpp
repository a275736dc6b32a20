#include <boost/test/unit_test.hpp>

#include "claimcheck/diagnostic.hpp"
#include "claimcheck/line_index.hpp"

using namespace claimcheck;

BOOST_AUTO_TEST_SUITE(diagnostics)

BOOST_AUTO_TEST_CASE(formats_like_a_compiler) {
    Diagnostic d{Severity::error, "rules/a.rules.json", 3, 14, "unknown field \"typo\"", "  \"typo\": 1"};
    BOOST_TEST(format_diagnostic(d) == "rules/a.rules.json:3:14: error: unknown field \"typo\"");
    d.severity = Severity::warning;
    BOOST_TEST(format_diagnostic(d) == "rules/a.rules.json:3:14: warning: unknown field \"typo\"");
}

BOOST_AUTO_TEST_CASE(leaves_out_missing_parts) {
    BOOST_TEST(format_diagnostic(file_error("a.txt", "article is empty")) == "a.txt: error: article is empty");
    BOOST_TEST(format_diagnostic(Diagnostic{.message = "no rules"}) == "error: no rules");
}

BOOST_AUTO_TEST_CASE(puts_a_caret_under_the_column) {
    Diagnostic d{Severity::error, "f", 1, 5, "bad", "abc defg"};
    BOOST_TEST(format_diagnostic_with_source(d) == "f:1:5: error: bad\n  abc defg\n      ^");
}

BOOST_AUTO_TEST_CASE(input_error_keeps_every_diagnostic) {
    InputError e({file_error("a", "one"), file_error("b", "two")});
    BOOST_TEST(e.diagnostics().size() == 2u);
    BOOST_TEST(std::string(e.what()) == "a: error: one");
}

BOOST_AUTO_TEST_CASE(line_index_maps_offsets_to_lines_and_byte_columns) {
    std::string text = "ab\ncd\xc3\xa9" "f\n\nlast";
    LineIndex lines(text);
    BOOST_TEST(lines.position(0).line == 1u);
    BOOST_TEST(lines.position(0).column == 1u);
    BOOST_TEST(lines.position(2).column == 3u);  // the newline itself
    BOOST_TEST(lines.position(3).line == 2u);
    BOOST_TEST(lines.position(7).column == 5u);  // bytes, not characters: é is two
    BOOST_TEST(lines.position(9).line == 3u);
    BOOST_TEST(lines.position(10).line == 4u);
    BOOST_TEST(lines.position(999).line == 4u);  // clamps
    BOOST_TEST(lines.line_text(text, 2) == "cd\xc3\xa9" "f");
    BOOST_TEST(lines.line_text(text, 3) == "");
    BOOST_TEST(lines.line_text(text, 9) == "");
}

BOOST_AUTO_TEST_SUITE_END()
