// The tense of a sentence, as far as it decides which occurrence of "April 1" or "Monday" is meant.
// A heuristic on words, not a parser: the tense marker nearest the phrase (before it, else after it) wins.
#include <algorithm>
#include <array>
#include <functional>

#include "date_internal.hpp"

namespace claimcheck::date_detail {

namespace {

struct Word {
    std::size_t start;
    std::string text;  // lower case
};

bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c == '-' ||
           static_cast<unsigned char>(c) >= 0x80;
}

std::vector<Word> split_words(std::string_view sentence) {
    std::vector<Word> words;
    std::size_t i = 0;
    while (i < sentence.size()) {
        if (!is_word_char(sentence[i])) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < sentence.size() && is_word_char(sentence[i])) ++i;
        words.push_back({start, lower_ascii(sentence.substr(start, i - start))});
    }
    return words;
}

bool in_list(std::string_view word, std::span<const std::string_view> list) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

constexpr std::array<std::string_view, 16> future_words{
    "will",   "won't",    "would", "shall", "starting", "from",    "scheduled", "expected", "planned",
    "slated", "upcoming", "due",   "plans", "plan",     "intends", "tomorrow"};

// Past forms that do not end in -ed.
constexpr std::array<std::string_view, 40> irregular_past{
    "was",  "were",  "had",  "did",    "been",  "said", "ago",   "began",  "came",  "went",
    "took", "made",  "held", "told",   "won",   "lost", "fell",  "rose",   "met",   "gave",
    "got",  "sold",  "paid", "built",  "saw",   "left", "led",   "fled",   "struck", "spent",
    "sent", "found", "drew", "became", "broke", "ran",  "spoke", "wrote",  "thought", "yesterday"};

// Words ending in -ed that are not past verbs.
constexpr std::array<std::string_view, 26> not_past{
    "need",   "feed",    "seed",   "speed",  "weed",   "heed",    "deed",   "breed",  "greed",
    "creed",  "indeed",  "proceed", "exceed", "succeed", "bed",    "red",    "shed",   "wed",
    "hundred", "united", "kindred", "sacred", "naked",  "limited", "related", "based"};

enum class Marker { none, future, past };

Marker marker_of(const std::vector<Word>& words, std::size_t index) {
    const std::string& word = words[index].text;
    if (in_list(word, future_words)) return Marker::future;
    if (word.size() > 3 && word.ends_with("'ll")) return Marker::future;
    const bool next_is = index + 1 < words.size();
    if ((word == "to" || word == "will") && next_is && words[index + 1].text == "be") return Marker::future;
    if (word == "set" && next_is && words[index + 1].text == "to") return Marker::future;
    // After "be" a participle is passive voice and takes its tense from the words before it
    // ("will be held", "is to be opened").
    const bool after_be = index > 0 && (words[index - 1].text == "be" || words[index - 1].text == "being");
    if (after_be) return Marker::none;
    if (in_list(word, irregular_past)) return Marker::past;
    // Compounds ("so-called", "Paris-based") are adjectives far more often than verbs.
    const bool compound = word.find('-') != std::string::npos;
    if (word.size() > 3 && word.ends_with("ed") && !compound && !in_list(word, not_past)) return Marker::past;
    return Marker::none;
}

// Where the phrase lies in the sentence: by address when it is a view into it, else by search.
std::optional<std::pair<std::size_t, std::size_t>> locate(std::string_view sentence, std::string_view phrase) {
    const std::less_equal<const char*> not_after;
    if (!phrase.empty() && not_after(sentence.data(), phrase.data()) &&
        not_after(phrase.data() + phrase.size(), sentence.data() + sentence.size())) {
        const auto start = static_cast<std::size_t>(phrase.data() - sentence.data());
        return std::pair{start, start + phrase.size()};
    }
    const std::size_t found = phrase.empty() ? std::string_view::npos : sentence.find(phrase);
    if (found == std::string_view::npos) return std::nullopt;
    return std::pair{found, found + phrase.size()};
}

Direction direction_of(Marker marker) {
    return marker == Marker::future ? Direction::forward
           : marker == Marker::past ? Direction::backward
                                    : Direction::nearest;
}

}  // namespace

Direction tense_direction(std::string_view sentence, std::string_view phrase) {
    const std::vector<Word> words = split_words(sentence);
    const auto span = locate(sentence, phrase);
    if (!span) {
        // Phrase not in the sentence: any future marker wins, else any past one.
        Marker seen = Marker::none;
        for (std::size_t i = 0; i < words.size(); ++i) {
            const Marker marker = marker_of(words, i);
            if (marker == Marker::future) return Direction::forward;
            if (marker == Marker::past) seen = Marker::past;
        }
        return direction_of(seen);
    }
    Marker before = Marker::none;
    for (std::size_t i = 0; i < words.size() && words[i].start < span->first; ++i) {
        if (const Marker marker = marker_of(words, i); marker != Marker::none) before = marker;
    }
    if (before != Marker::none) return direction_of(before);
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].start < span->second) continue;
        if (const Marker marker = marker_of(words, i); marker != Marker::none) return direction_of(marker);
    }
    return Direction::nearest;
}

}  // namespace claimcheck::date_detail
