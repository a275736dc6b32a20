// find_quantities(): scans a text with the {{number}} regex, leftmost-longest, and reads each match.
#include <memory>

#include <re2/re2.h>

#include "number_internal.hpp"

namespace claimcheck {

using namespace number_detail;

namespace {

std::unique_ptr<RE2> compile_longest(const std::string& pattern) {
    RE2::Options options;
    options.set_longest_match(true);
    options.set_max_mem(64 << 20);
    return std::make_unique<RE2>(pattern, options);
}

const RE2& phrase_scanner() {
    static const std::unique_ptr<RE2> regex = compile_longest(number_regex());
    return *regex;
}

const RE2& single_scanner() {
    static const std::unique_ptr<RE2> regex = compile_longest(single_pattern(false));
    return *regex;
}

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// A sign or a leading decimal point glued to the word before it is not the figure's:
// "SCP-173" is 173, "192.168" is not followed by ".168".
bool starts_inside_word(std::string_view text, std::size_t start) {
    if (start == 0) return false;
    const char first = text[start];
    const char before = text[start - 1];
    if (first == '-' || first == '+') return is_alnum(before);
    if (first == '.') return is_alnum(before) || before == '.';
    return false;
}

// "twenty" in "twenty-fifth" or "4" in "4th" is part of an ordinal, not a quantity. A large
// ordinal after a space ("two millionth") leaves the number before it alone.
bool followed_by_ordinal(std::string_view text, std::size_t end) {
    static const RE2 ordinal(
        R"((?i)(?:(?:\s*-\s*|\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|)"
        R"(eleventh|twelfth)|\s*-\s*(?:hundredth|thousandth|millionth)|th|st|nd|rd)\b)");
    return ordinal.Match(text, end, text.size(), RE2::ANCHOR_START, nullptr, 0);
}

// Where the figure after a leading "from " starts, or `start` when the phrase does not begin so.
std::size_t after_leading_from(std::string_view text, std::size_t start) {
    static const RE2 from(R"((?i)from\s+)");
    re2::StringPiece found;
    if (!from.Match(text, start, text.size(), RE2::ANCHOR_START, &found, 1)) return start;
    return start + found.size();
}

// The longest match of `scanner` starting exactly at `start`.
std::optional<std::string_view> match_at(const RE2& scanner, std::string_view text, std::size_t start) {
    re2::StringPiece found;
    if (!scanner.Match(text, start, text.size(), RE2::ANCHOR_START, &found, 1)) return std::nullopt;
    return std::string_view(found.data(), found.size());
}

}  // namespace

std::vector<QuantityMatch> find_quantities(std::string_view text, const NumberOptions& options) {
    std::vector<QuantityMatch> matches;
    std::size_t position = 0;
    re2::StringPiece found;
    while (position < text.size() &&
           phrase_scanner().Match(text, position, text.size(), RE2::UNANCHORED, &found, 1)) {
        auto start = static_cast<std::size_t>(found.data() - text.data());
        std::size_t end = start + found.size();
        if (end == start || starts_inside_word(text, start)) {
            position = start + 1;
            continue;
        }
        position = end;
        if (followed_by_ordinal(text, end)) continue;
        // "from" belongs to a phrase only with its "to": "up from $900m" finds "$900m".
        if (const std::size_t after_from = after_leading_from(text, start); after_from > start) {
            const std::optional<std::string_view> rest = match_at(single_scanner(), text, after_from);
            if (rest && after_from + rest->size() == end) start = after_from;
        }
        QuantityParse parse = parse_quantity(text.substr(start, end - start), options);
        if (!parse.quantity) {
            // A range that does not read ("3-2", "1990-91"): read its first figure alone.
            const std::optional<std::string_view> single = match_at(single_scanner(), text, start);
            if (!single || single->size() >= end - start) continue;
            end = start + single->size();
            position = end;
            parse = parse_quantity(*single, options);
            if (!parse.quantity) continue;
        }
        matches.push_back({start, end, std::move(*parse.quantity)});
    }
    return matches;
}

}  // namespace claimcheck
