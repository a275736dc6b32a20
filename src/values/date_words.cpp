// The word tables of the date grammar: one source for the regex and the parser.
#include <array>

#include "date_internal.hpp"

namespace claimcheck {

namespace {

using enum DateWordKind;

constexpr std::array words{
    DateWord{"january", month, 1},     DateWord{"jan", month, 1, true},
    DateWord{"february", month, 2},    DateWord{"feb", month, 2, true},
    DateWord{"march", month, 3},       DateWord{"mar", month, 3, true},
    DateWord{"april", month, 4},       DateWord{"apr", month, 4, true},
    DateWord{"may", month, 5},
    DateWord{"june", month, 6},        DateWord{"jun", month, 6, true},
    DateWord{"july", month, 7},        DateWord{"jul", month, 7, true},
    DateWord{"august", month, 8},      DateWord{"aug", month, 8, true},
    DateWord{"september", month, 9},   DateWord{"sept", month, 9, true},
    DateWord{"sep", month, 9, true},
    DateWord{"october", month, 10},    DateWord{"oct", month, 10, true},
    DateWord{"november", month, 11},   DateWord{"nov", month, 11, true},
    DateWord{"december", month, 12},   DateWord{"dec", month, 12, true},

    DateWord{"spring", season, 3},     DateWord{"summer", season, 6},
    DateWord{"autumn", season, 9},     DateWord{"fall", season, 9},
    DateWord{"winter", season, 12},

    // Weekday abbreviations are left out on purpose: "sat", "wed" and "sun" are ordinary words.
    DateWord{"monday", weekday, 1},    DateWord{"tuesday", weekday, 2},
    DateWord{"wednesday", weekday, 3}, DateWord{"thursday", weekday, 4},
    DateWord{"friday", weekday, 5},    DateWord{"saturday", weekday, 6},
    DateWord{"sunday", weekday, 7},

    DateWord{"first", ordinal, 1},     DateWord{"1st", ordinal, 1, true},
    DateWord{"second", ordinal, 2},    DateWord{"2nd", ordinal, 2, true},
    DateWord{"third", ordinal, 3},     DateWord{"3rd", ordinal, 3, true},
    DateWord{"fourth", ordinal, 4},    DateWord{"4th", ordinal, 4, true},
    DateWord{"final", ordinal, 0},     DateWord{"last", ordinal, 0},
};

}  // namespace

std::span<const DateWord> date_words() { return words; }

namespace date_detail {

std::string lower_ascii(std::string_view text) {
    std::string lowered(text);
    for (char& c : lowered) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return lowered;
}

std::optional<unsigned> word_value(std::string_view word, DateWordKind kind) {
    if (!word.empty() && word.back() == '.') word.remove_suffix(1);
    const std::string lowered = lower_ascii(word);
    for (const DateWord& entry : words) {
        if (entry.kind == kind && entry.word == lowered) return entry.value;
    }
    return std::nullopt;
}

std::string_view month_name(unsigned month_number) {
    static constexpr std::array<std::string_view, 12> names{
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    return month_number >= 1 && month_number <= 12 ? names[month_number - 1] : "?";
}

std::string_view weekday_name(unsigned iso_weekday) {
    static constexpr std::array<std::string_view, 7> names{"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                           "Friday", "Saturday", "Sunday"};
    return iso_weekday >= 1 && iso_weekday <= 7 ? names[iso_weekday - 1] : "?";
}

}  // namespace date_detail
}  // namespace claimcheck
