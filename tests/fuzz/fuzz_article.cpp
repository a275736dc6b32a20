// Fuzzes the article reader: the UTF-8 check, normalisation, the offset map and sentence splitting.
#include <cstddef>
#include <cstdint>
#include <string>
#include "claimcheck/article.hpp"
#include "claimcheck/diagnostic.hpp"
#include "fuzz_check.hpp"

namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

void check_article(const claimcheck::Article& article) {
    const std::string& normalised = article.normalised;
    const std::string& original = article.original;
    FUZZ_REQUIRE(normalised.size() <= original.size());
    FUZZ_REQUIRE(!claimcheck::find_invalid_utf8(normalised).has_value());
    // The map is monotone over character boundaries and stays inside the original; each boundary
    // maps to a character boundary of the original.
    std::size_t previous = 0;
    for (std::size_t offset = 0; offset <= normalised.size(); ++offset) {
        if (offset < normalised.size() && is_continuation(static_cast<unsigned char>(normalised[offset]))) {
            continue;
        }
        const std::size_t mapped = article.offsets.to_original(offset);
        FUZZ_REQUIRE(mapped <= original.size());
        FUZZ_REQUIRE(mapped >= previous);
        FUZZ_REQUIRE(mapped == original.size() ||
                     !is_continuation(static_cast<unsigned char>(original[mapped])));
        previous = mapped;
    }
    FUZZ_REQUIRE(article.offsets.to_original(normalised.size()) == original.size());
    std::size_t sentence_end = 0;
    for (const claimcheck::Sentence& sentence : article.sentences) {
        FUZZ_REQUIRE(sentence.start <= sentence.end);
        FUZZ_REQUIRE(sentence.end <= normalised.size());
        FUZZ_REQUIRE(sentence.start >= sentence_end);
        sentence_end = sentence.end;
    }
    if (!normalised.empty()) {
        const claimcheck::Sentence& last = article.sentence_at(normalised.size());
        FUZZ_REQUIRE(last.end <= normalised.size());
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    const auto invalid = claimcheck::find_invalid_utf8(text);
    if (invalid) FUZZ_REQUIRE(*invalid < text.size());
    claimcheck::ArticleMeta meta;
    meta.id = "fuzz";
    meta.path = "fuzz.txt";
    try {
        const claimcheck::Article article = claimcheck::make_article(meta, text);
        FUZZ_REQUIRE(!invalid.has_value());
        FUZZ_REQUIRE(article.original == text);
        check_article(article);
    } catch (const claimcheck::InputError& error) {
        FUZZ_REQUIRE(!error.diagnostics().empty());
        // Only invalid UTF-8 or a text that normalises to nothing but blanks is refused.
        if (!invalid) {
            claimcheck::OffsetMap offsets;
            const std::string normalised = claimcheck::normalise_text(text, offsets);
            FUZZ_REQUIRE(normalised.find_first_not_of(" \n\t") == std::string::npos);
        }
    }
    return 0;
}
