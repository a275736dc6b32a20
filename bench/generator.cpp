#include "generator.hpp"

#include <array>
#include <random>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace claimcheck::bench {

namespace {

constexpr std::array<const char*, 24> onsets{"b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s",
                                             "t", "v", "w", "br", "st", "tr", "pl", "gr", "sh", "ch", "k", "z"};
constexpr std::array<const char*, 8> vowels{"a", "e", "i", "o", "u", "ai", "ea", "ou"};
constexpr std::array<const char*, 10> codas{"", "n", "r", "s", "t", "l", "nd", "rk", "m", "x"};

// The i-th word of the vocabulary: two syllables, so words are distinct and pronounceable.
std::string word(std::size_t i) {
    std::string w;
    for (int s = 0; s < 2; ++s) {
        w += onsets[i % onsets.size()];
        i /= onsets.size();
        w += vowels[i % vowels.size()];
        i /= vowels.size();
        if (s == 1) w += codas[i % codas.size()];
    }
    return w;
}

// The two words that introduce rule r's claim ("subject verb"), unique per rule.
std::pair<std::string, std::string> cue_words(std::size_t r) { return {word(3 * r + 7), word(3 * r + 8)}; }

bool uses_number(const RuleSpec& spec, std::size_t r) { return spec.number_every && r % spec.number_every == 0; }

std::string pattern_of(const RuleSpec& spec, std::size_t r) {
    auto [a, b] = cue_words(r);
    if (uses_number(spec, r)) return fmt::format("(?i)\\b{} {} (?P<value>{{{{number}}}}) (?:people|units|tonnes)", a, b);
    return fmt::format("(?i)\\b{} (?:{}|{}ed) (?:the |a )?(?P<value>[a-z]+)\\b", a, b, b);
}

const std::array<const char*, 12> figures{"12", "3,400", "five", "twenty-one", "1.5 million", "about 40",
                                          "nearly 900", "seven", "more than 60", "2,000", "eleven", "a dozen"};
const std::array<const char*, 6> fillers{"the", "of", "and", "in", "said", "on"};

}  // namespace

std::string generate_rules(const RuleSpec& spec) {
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (std::size_t r = 0; r < spec.rules; ++r) {
        rules.push_back({{"id", fmt::format("bench.rule{}", r)},
                         {"claim", fmt::format("Generated claim {}", r)},
                         {"type", uses_number(spec, r) ? "number" : "text"},
                         {"patterns", {pattern_of(spec, r)}}});
    }
    nlohmann::ordered_json file{{"description", "generated benchmark rules"}, {"rules", rules}};
    return file.dump(1);
}

std::vector<std::string> rule_phrases(const RuleSpec& spec) {
    std::vector<std::string> out;
    for (std::size_t r = 0; r < spec.rules; ++r) out.push_back(pattern_of(spec, r));
    return out;
}

std::string generate_article(std::size_t bytes, std::uint64_t seed, std::size_t rules_to_mention) {
    std::mt19937_64 random(seed);
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
    std::string text;
    while (text.size() < bytes) {
        std::string sentence;
        std::size_t words = 8 + pick(14);
        bool claim = rules_to_mention && pick(3) == 0;  // a third of sentences state a claim
        std::size_t claim_at = pick(words);
        for (std::size_t w = 0; w < words; ++w) {
            if (!sentence.empty()) sentence += ' ';
            if (claim && w == claim_at) {
                std::size_t r = pick(rules_to_mention);
                auto [a, b] = cue_words(r);
                // Number rules are every 10th in the default spec; both shapes are written so either kind hits.
                if (r % 10 == 0) sentence += fmt::format("{} {} {} people", a, b, figures[pick(figures.size())]);
                else sentence += fmt::format("{} {}ed the {}", a, b, word(pick(5000)));
            } else if (pick(4) == 0) {
                sentence += fillers[pick(fillers.size())];
            } else if (pick(12) == 0) {
                sentence += figures[pick(figures.size())];
            } else {
                sentence += word(pick(20000));
            }
        }
        sentence[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sentence[0])));
        text += sentence;
        text += pick(8) == 0 ? ".\n\n" : ". ";
    }
    return text;
}

}  // namespace claimcheck::bench
