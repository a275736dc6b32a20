// Regression (found by tests/fuzz/fuzz_article): U+2026 becomes "..." of the same byte length, and
// offsets inside the dots used to map into the middle of the original character.
#include <boost/test/unit_test.hpp>

#include "claimcheck/article.hpp"

using namespace claimcheck;

BOOST_AUTO_TEST_SUITE(offset_map_regressions)

BOOST_AUTO_TEST_CASE(offsets_inside_an_ellipsis_map_to_a_whole_character) {
    const std::string original = "x\xE2\x80\xA6y";  // x…y
    OffsetMap offsets;
    const std::string normalised = normalise_text(original, offsets);
    BOOST_TEST(normalised == "x...y");
    BOOST_TEST(offsets.to_original(0) == 0u);
    BOOST_TEST(offsets.to_original(1) == 1u);  // before the dots: before the ellipsis
    BOOST_TEST(offsets.to_original(2) == 4u);  // inside the dots: after the ellipsis
    BOOST_TEST(offsets.to_original(3) == 4u);
    BOOST_TEST(offsets.to_original(4) == 4u);  // after the dots
    BOOST_TEST(offsets.to_original(5) == 5u);
}

BOOST_AUTO_TEST_CASE(an_ellipsis_after_a_byte_order_mark_keeps_later_offsets) {
    const std::string original = "\xEF\xBB\xBF\xE2\x80\xA6y";
    OffsetMap offsets;
    const std::string normalised = normalise_text(original, offsets);
    BOOST_TEST(normalised == "...y");
    BOOST_TEST(offsets.to_original(3) == 6u);
    BOOST_TEST(offsets.to_original(4) == 7u);
}

BOOST_AUTO_TEST_SUITE_END()
