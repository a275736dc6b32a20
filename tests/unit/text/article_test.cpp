#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include "claimcheck/article.hpp"
#include "claimcheck/diagnostic.hpp"
#include "test_support.hpp"

using namespace claimcheck;
namespace bdata = boost::unit_test::data;

BOOST_AUTO_TEST_SUITE(articles)

struct Utf8Case {
    std::string name;
    std::string bytes;
    std::optional<std::size_t> bad_at;
};
std::ostream& operator<<(std::ostream& out, const Utf8Case& c) { return out << c.name; }

const Utf8Case utf8_cases[] = {
    {"ascii", "plain text", std::nullopt},
    {"two-byte", "caf\xc3\xa9", std::nullopt},
    {"three-byte curly quote", "it\xe2\x80\x99s", std::nullopt},
    {"four-byte emoji", "ok \xf0\x9f\x98\x80", std::nullopt},
    {"max code point", "\xf4\x8f\xbf\xbf", std::nullopt},
    {"overlong slash", "a\xc0\xaf", 1},
    {"overlong three-byte", "ab\xe0\x80\xaf", 2},
    {"overlong four-byte", "\xf0\x80\x80\xaf", 0},
    {"surrogate", "x\xed\xa0\x80", 1},
    {"past U+10FFFF", "\xf4\x90\x80\x80", 0},
    {"truncated at end", "abc\xe2\x80", 3},
    {"lone continuation", "ab\x80" "c", 2},
    {"bad continuation", "\xc3(", 0},
    {"never-used byte", "\xff", 0},
};

BOOST_DATA_TEST_CASE(finds_the_first_invalid_utf8_byte, bdata::make(utf8_cases), c) {
    BOOST_TEST((find_invalid_utf8(c.bytes) == c.bad_at));
}

BOOST_AUTO_TEST_CASE(normalises_spaces_quotes_dashes_and_line_ends) {
    OffsetMap map;
    std::string original = "\xef\xbb\xbfMPD\xe2\x80\x99s\xc2\xa0" "staff \xe2\x80\x9cnew\xe2\x80\x9d \xe2\x80\x93 ok\r\nend";
    std::string normalised = normalise_text(original, map);
    BOOST_TEST(normalised == "MPD's staff \"new\" - ok\nend");
    // Every character boundary maps back to the same character in the original.
    BOOST_TEST(map.to_original(0) == 3u);                    // after the byte-order mark
    BOOST_TEST(map.to_original(3) == 6u);                    // the apostrophe
    BOOST_TEST(map.to_original(4) == 9u);                    // 's'
    BOOST_TEST(map.to_original(5) == 10u);                   // the no-break space
    BOOST_TEST(map.to_original(6) == 12u);                   // 'staff'
    BOOST_TEST(map.to_original(normalised.size()) == original.size());
    BOOST_TEST(map.to_original(normalised.find("end")) == original.find("end"));
}

BOOST_AUTO_TEST_CASE(offset_map_is_monotone) {
    OffsetMap map;
    std::string original = "a\xe2\x80\x94" "b\r\n\xc2\xa0" "c\xe2\x80\xa6";
    std::string normalised = normalise_text(original, map);
    std::size_t previous = 0;
    for (std::size_t i = 0; i <= normalised.size(); ++i) {
        BOOST_TEST(map.to_original(i) >= previous);
        previous = map.to_original(i);
    }
    BOOST_TEST(previous == original.size());
}

BOOST_AUTO_TEST_CASE(splits_sentences_with_icu) {
    auto sentences = split_sentences("The bureau acted. It said so on March 19! Did it?\n\nNew paragraph");
    // A line end closes a sentence (ICU treats it as a paragraph separator), so a blank line is one too.
    BOOST_REQUIRE_EQUAL(sentences.size(), 5u);
    BOOST_TEST(sentences[0].start == 0u);
    BOOST_TEST(sentences[1].start == 18u);
    BOOST_TEST(sentences[2].start == 42u);
    BOOST_TEST(sentences[4].start == 51u);
    BOOST_TEST(sentences.back().end == 64u);
}

BOOST_AUTO_TEST_CASE(finds_the_sentence_of_an_offset) {
    Article a = make_article({.id = "a"}, "One two. Three four. Five.");
    BOOST_TEST(a.sentence_at(0).start == 0u);
    BOOST_TEST(a.sentence_at(12).start == 9u);
    BOOST_TEST(a.sentence_at(25).start == 21u);
}

BOOST_AUTO_TEST_CASE(rejects_empty_and_invalid_articles) {
    BOOST_CHECK_THROW(make_article({.id = "a", .path = "a.txt"}, ""), InputError);
    BOOST_CHECK_THROW(make_article({.id = "a", .path = "a.txt"}, " \n\t\n"), InputError);
    try {
        make_article({.id = "a", .path = "a.txt"}, "ok \xc0\xaf");
        BOOST_FAIL("expected an error");
    } catch (const InputError& e) {
        BOOST_TEST(format_diagnostic(e.diagnostics()[0]) == "a.txt: error: invalid UTF-8 at byte 3");
    }
}

BOOST_AUTO_TEST_CASE(reads_text_and_json_articles) {
    testing::TempDir dir;
    testing::write_text(dir / "bridge-a.txt", "Six lanes.\n");
    Article text = read_article((dir / "bridge-a.txt").string());
    BOOST_TEST(text.meta.id == "bridge-a");
    BOOST_TEST(!text.meta.published);

    testing::write_text(dir / "b.json", R"({"id": "b", "text": "Eight lanes.", "published": "2024-05-02", "outlet": "X"})");
    Article json = read_article((dir / "b.json").string());
    BOOST_TEST(json.meta.id == "b");
    BOOST_TEST(json.original == "Eight lanes.");
    BOOST_TEST(*json.meta.published == "2024-05-02");
    BOOST_TEST(*json.meta.outlet == "X");
}

BOOST_AUTO_TEST_CASE(reports_bad_json_articles_with_their_position) {
    testing::TempDir dir;
    auto error_of = [&](const std::string& content) {
        testing::write_text(dir / "x.json", content);
        try {
            read_article((dir / "x.json").string());
        } catch (const InputError& e) {
            return format_diagnostic(e.diagnostics()[0]);
        }
        return std::string("no error");
    };
    std::string prefix = (dir / "x.json").string();
    BOOST_TEST(error_of("{\"id\": \"a\",\n \"text\": \"x\",}").find(prefix + ":2:14: error: invalid JSON") == 0u);
    BOOST_TEST(error_of(R"({"id": "a"})").find("needs a \"text\"") != std::string::npos);
    BOOST_TEST(error_of(R"({"id": "a", "text": "x", "date": "2020"})").find("unknown field \"date\"") != std::string::npos);
    BOOST_TEST(error_of(R"({"id": "a", "text": "x", "published": "2023-02-29"})").find("YYYY-MM-DD") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(reports_missing_and_folder_articles) {
    testing::TempDir dir;
    BOOST_CHECK_THROW(read_article((dir / "absent.txt").string()), InputError);
    BOOST_CHECK_THROW(read_article(dir.path().string()), InputError);
}

BOOST_AUTO_TEST_SUITE_END()
