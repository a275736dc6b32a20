#include "matching.hpp"

#include <re2/re2.h>

namespace claimcheck {

std::size_t next_char_boundary(std::string_view text, std::size_t at) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    return at;
}

namespace {

// One match of a regex, its groups in offsets of the text.
struct Found {
    RawMatch match;
    bool numbers_hold = true;  // every compact {{number}} group holds a phrase of the full grammar
};

std::optional<Found> find(const RE2& re, const std::vector<int>& number_groups, std::string_view text,
                          std::size_t from, std::size_t to, std::size_t pattern_index) {
    const int groups = re.NumberOfCapturingGroups();
    std::vector<re2::StringPiece> captures(static_cast<std::size_t>(groups) + 1);
    if (!re.Match(re2::StringPiece(text.data(), text.size()), from, to, RE2::UNANCHORED, captures.data(), groups + 1))
        return std::nullopt;
    auto span_of = [&](int group) -> std::optional<std::pair<std::size_t, std::size_t>> {
        const re2::StringPiece& piece = captures[static_cast<std::size_t>(group)];
        if (piece.data() == nullptr) return std::nullopt;
        const auto start = static_cast<std::size_t>(piece.data() - text.data());
        return std::make_pair(start, start + piece.size());
    };
    auto named = [&](const char* name) -> std::optional<std::pair<std::size_t, std::size_t>> {
        const auto& names = re.NamedCapturingGroups();
        auto group = names.find(name);
        return group == names.end() ? std::nullopt : span_of(group->second);
    };
    const auto whole = span_of(0);
    Found found{RawMatch{whole->first, whole->second, named("value"), named("key"), named("ref"), pattern_index}};
    for (int group : number_groups) {
        if (auto span = span_of(group); span && !is_number_phrase_at(text, span->first, span->second))
            found.numbers_hold = false;
    }
    return found;
}

// The leftmost match from `from`. The compact form matches wherever the exact one does, so when its
// match does not hold, the exact one's leftmost match starts there or later.
std::optional<RawMatch> leftmost(const Pattern& pattern, std::string_view text, std::size_t from, std::size_t to,
                                 std::size_t pattern_index) {
    auto found = find(*pattern.re, pattern.number_groups, text, from, to, pattern_index);
    if (!found) return std::nullopt;
    if (found->numbers_hold) return found->match;
    auto exact = find(exact_regex(pattern), {}, text, found->match.start, to, pattern_index);
    if (!exact) return std::nullopt;
    return exact->match;
}

}  // namespace

std::vector<RawMatch> all_matches(const Pattern& pattern, std::string_view text, std::size_t from, std::size_t to,
                                  std::size_t pattern_index) {
    std::vector<RawMatch> out;
    std::size_t at = from;
    while (at <= to) {
        const auto match = leftmost(pattern, text, at, to, pattern_index);
        if (!match) break;
        at = match->end > match->start ? match->end : next_char_boundary(text, match->end);
        if (match->end > match->start) out.push_back(*match);  // an empty match states nothing
    }
    return out;
}

}  // namespace claimcheck
