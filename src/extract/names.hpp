#pragma once
// Full names an article gives, so a surname key ("Holt received 18,204 votes") reads as the person
// the article introduced ("Mara Holt"), the same key the other articles' claims are likely to have.
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

class FullNames {
public:
    // Reads the last two words of each run of capitalised words ("the Green candidate Mara Holt",
    // "Conservative Anita Greaves"), unless the first of the two is a title or a function word ("Mayor
    // Holt", "After Holt").
    explicit FullNames(std::string_view text);

    // The full name whose last word is `surname`; none when the article gives none, or two different ones.
    std::optional<std::string> of(std::string_view surname) const;

private:
    std::map<std::string, std::optional<std::string>> by_surname_;  // folded surname -> full name as written
};

// One capitalised word, as a surname is written: "Holt", "Brenner-Hof".
bool is_one_name(std::string_view text);

}  // namespace claimcheck
