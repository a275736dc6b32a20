// Fuzzes the number grammar: whatever number_regex() matches parses, every interval has
// low <= high and no NaN, and find_quantities returns ordered, in-bounds, non-overlapping spans.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <re2/re2.h>
#include "claimcheck/quantity.hpp"
#include "fuzz_check.hpp"

namespace {

void check_interval(const claimcheck::Interval& interval) {
    FUZZ_REQUIRE(!std::isnan(interval.low) && !std::isnan(interval.high));
    FUZZ_REQUIRE(interval.low <= interval.high);
    if (std::isinf(interval.low)) FUZZ_REQUIRE(interval.low_open);
    if (std::isinf(interval.high)) FUZZ_REQUIRE(interval.high_open);
}

// The compact form rule patterns are compiled with must match wherever the full regex does.
const re2::RE2& span_pattern() {
    static const re2::RE2 pattern(claimcheck::number_span_regex());
    return pattern;
}

const re2::RE2& number_pattern() {
    // The loader's budget for one pattern: at RE2's default the DFA of this large regex runs out.
    static const re2::RE2 pattern("(" + claimcheck::number_regex() + ")", [] {
        re2::RE2::Options options;
        options.set_max_mem(64 << 20);
        return options;
    }());
    return pattern;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    // The first byte picks the hedge width, so widths outside [0, max_around] are tried too.
    claimcheck::NumberOptions options;
    options.around = (static_cast<int>(data[0]) - 64) / 256.0;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

    // The phrase as a whole: parses or explains why not.
    const claimcheck::QuantityParse whole = claimcheck::parse_quantity(text, options);
    if (whole.quantity) {
        check_interval(whole.quantity->interval);
    } else {
        FUZZ_REQUIRE(!whole.problem.empty());
    }

    // Every match of the regex parses: the regex and the parser are one grammar.
    FUZZ_REQUIRE(number_pattern().ok());
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece match;
    while (!input.empty() && re2::RE2::FindAndConsume(&input, number_pattern(), &match)) {
        if (match.empty()) {
            input.remove_prefix(1);
            continue;
        }
        const auto start = static_cast<std::size_t>(match.data() - text.data());
        FUZZ_REQUIRE(span_pattern().Match(re2::StringPiece(text.data(), text.size()), start, start + match.size(),
                                          re2::RE2::ANCHOR_BOTH, nullptr, 0));
        FUZZ_REQUIRE(claimcheck::is_number_phrase_at(text, start, start + match.size()));
        const claimcheck::QuantityParse parse = claimcheck::parse_quantity(std::string_view(match.data(), match.size()), options);
        // Every match is in the grammar. Some state no usable value (a range that runs backwards,
        // units that clash, a figure too large to represent); those are refused with a reason.
        FUZZ_REQUIRE(parse.in_grammar);
        if (!parse.quantity) {
            FUZZ_REQUIRE(!parse.problem.empty());
        } else {
            check_interval(parse.quantity->interval);
        }
    }

    std::size_t previous_end = 0;
    for (const claimcheck::QuantityMatch& found : claimcheck::find_quantities(text, options)) {
        FUZZ_REQUIRE(found.start < found.end);
        FUZZ_REQUIRE(found.end <= text.size());
        FUZZ_REQUIRE(found.start >= previous_end);
        previous_end = found.end;
        check_interval(found.quantity.interval);
    }
    return 0;
}
