#pragma once
// Articles: read, checked as UTF-8, normalised for matching, split into sentences. The original bytes
// are kept; every offset found in the normalised text maps back to them.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/line_index.hpp"

namespace claimcheck {

// Maps byte offsets in the normalised text back to the original. Normalisation only ever replaces a
// whole character (or CRLF) with one no longer than it, so the map is a sorted list of the points where the
// two texts shift against each other.
class OffsetMap {
public:
    // Records that normalised offset `normalised` corresponds to original offset `original`, and that
    // the following bytes correspond one to one until the next anchor. Anchors come in increasing order.
    void add_anchor(std::size_t normalised, std::size_t original);
    // Returns the original offset of a character boundary in the normalised text.
    std::size_t to_original(std::size_t normalised) const;

private:
    std::vector<std::size_t> normalised_{0};
    std::vector<std::size_t> original_{0};
};

struct Sentence {
    std::size_t start = 0;  // byte offsets in the normalised text
    std::size_t end = 0;
};

struct ArticleMeta {
    std::string id;
    std::string path;                      // as given; empty for an article given inline
    std::optional<std::string> published;  // "YYYY-MM-DD"
    std::optional<std::string> title;
    std::optional<std::string> outlet;
    std::optional<std::string> url;
};

struct Article {
    ArticleMeta meta;
    std::string original;    // the article text as read (for a .json article, its "text")
    std::string normalised;  // what rules match against
    OffsetMap offsets;       // normalised -> original
    LineIndex lines;         // over `original`
    std::vector<Sentence> sentences;

    // Returns the sentence holding a normalised offset (the last one when past the end).
    const Sentence& sentence_at(std::size_t normalised_offset) const;
};

struct ArticleLimits {
    std::size_t max_bytes = 64u << 20;
};

// Reads an article file: a .json article ({"id","text","published"?,...}) or any other file as UTF-8
// text whose id is the file name without extension. Throws InputError naming the file.
Article read_article(const std::string& path, const ArticleLimits& limits = {});

// Builds an article from text in memory. Throws InputError (naming meta.path, or meta.id when there is
// no path) for invalid UTF-8 (with the byte offset) or an empty text.
Article make_article(ArticleMeta meta, std::string text);

// Returns the offset of the first invalid UTF-8 byte (overlong forms, surrogates, truncated
// sequences, bytes that never occur), or nothing when the text is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Normalises text for matching: Unicode spaces -> ' ', typographic quotes, apostrophes and dashes ->
// ASCII, CRLF and CR -> LF, a leading byte-order mark removed. Expects valid UTF-8.
std::string normalise_text(std::string_view text, OffsetMap& offsets);

// Splits text into sentences with ICU's sentence break iterator.
std::vector<Sentence> split_sentences(std::string_view text);

}  // namespace claimcheck
