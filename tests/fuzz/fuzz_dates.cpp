// Fuzzes the date grammar against a fixed publication date: every phrase date_regex() matches
// resolves or says why not, every interval runs forwards, and find_dates' spans are ordered and
// in bounds.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <re2/re2.h>
#include "claimcheck/date.hpp"
#include "fuzz_check.hpp"

namespace {

constexpr std::chrono::year_month_day published{std::chrono::year{2024}, std::chrono::month{3},
                                                std::chrono::day{15}};

void check_parse(const claimcheck::DateParse& parse) {
    if (parse.interval) {
        FUZZ_REQUIRE(parse.interval->from <= parse.interval->to);
        FUZZ_REQUIRE(parse.problem.empty());
        // Both ends format and read back as the same day.
        for (const auto day : {parse.interval->from, parse.interval->to}) {
            const std::string iso = claimcheck::format_iso_date(day);
            const auto back = claimcheck::parse_iso_date(iso);
            if (back) FUZZ_REQUIRE(std::chrono::sys_days{*back} == day);
        }
    } else {
        FUZZ_REQUIRE(!parse.problem.empty());
    }
}

const re2::RE2& date_pattern() {
    static const re2::RE2 pattern("(" + claimcheck::date_regex() + ")", [] {
        re2::RE2::Options options;
        options.set_max_mem(64 << 20);
        return options;
    }());
    return pattern;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const claimcheck::DateContext context{.published = published, .sentence = text};

    check_parse(claimcheck::parse_date(text, context));
    check_parse(claimcheck::parse_date(text, claimcheck::DateContext{.sentence = text}));

    FUZZ_REQUIRE(date_pattern().ok());
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece match;
    while (!input.empty() && re2::RE2::FindAndConsume(&input, date_pattern(), &match)) {
        if (match.empty()) {
            input.remove_prefix(1);
            continue;
        }
        check_parse(claimcheck::parse_date(std::string_view(match.data(), match.size()), context));
    }

    std::size_t previous_end = 0;
    for (const claimcheck::DateMatch& found : claimcheck::find_dates(text, published)) {
        FUZZ_REQUIRE(found.start < found.end);
        FUZZ_REQUIRE(found.end <= text.size());
        FUZZ_REQUIRE(found.start >= previous_end);
        previous_end = found.end;
        check_parse(found.parse);
    }

    // ISO dates: whatever parses formats back to the same text.
    if (const auto iso = claimcheck::parse_iso_date(text)) {
        FUZZ_REQUIRE(claimcheck::format_iso_date(std::chrono::sys_days{*iso}) == text);
    }
    return 0;
}
