#include "names.hpp"

#include <set>

#include <re2/re2.h>

#include "claimcheck/value.hpp"

namespace claimcheck {

namespace {

const char* const kName = R"(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)";

// Words that stand before a surname without being a first name.
const std::set<std::string, std::less<>>& not_first_names() {
    static const std::set<std::string, std::less<>> words = {
        "A", "After", "Also", "An", "And", "As", "At", "Before", "Both", "Brother", "But", "By", "Capt",
        "Captain", "Chairman", "Chairwoman", "Chancellor", "Chief", "Coach", "Col", "Colonel", "Commissioner",
        "Constable", "Councillor", "Cllr", "Dame", "Detective", "Director", "Dr", "Each", "Even", "Father", "For",
        "From", "Gen", "General", "Gov", "Governor", "Her", "His", "However", "If", "In", "Inspector", "Its",
        "Judge", "Justice", "King", "Lady", "Lieutenant", "Lord", "Major", "Manager", "Mayor", "Meanwhile",
        "Minister", "Miss", "Mr", "Mrs", "Ms", "Mx", "Now", "Of", "Officer", "On", "Or", "Our", "Pope", "Premier",
        "President", "Prince", "Princess", "Prof", "Professor", "Queen", "Rev", "Reverend", "Saint", "Secretary",
        "Sen", "Senator", "Sergeant", "Sgt", "Since", "Sir", "Sister", "So", "St", "Still", "The", "Their", "Then",
        "These", "This", "Those", "To", "Today", "Under", "When", "While", "With", "Yesterday",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"};
    return words;
}

}  // namespace

bool is_one_name(std::string_view text) {
    static const RE2 name(kName);
    return RE2::FullMatch(re2::StringPiece(text.data(), text.size()), name);
}

FullNames::FullNames(std::string_view text) {
    // A run of two or more capitalised words; its last two are the candidate.
    static const std::string name = kName;
    static const RE2 run("\\b((?:" + name + " )*)(" + name + ") (" + name + ")\\b");
    re2::StringPiece input(text.data(), text.size());
    std::string before, first, last;
    while (RE2::FindAndConsume(&input, run, &before, &first, &last)) {
        if (not_first_names().count(first)) continue;
        const std::string surname = fold_text(last);
        const std::string full = first + " " + last;
        auto [it, inserted] = by_surname_.emplace(surname, full);
        if (!inserted && it->second && fold_text(*it->second) != fold_text(full)) it->second.reset();
    }
}

std::optional<std::string> FullNames::of(std::string_view surname) const {
    auto it = by_surname_.find(fold_text(surname));
    return it == by_surname_.end() ? std::nullopt : it->second;
}

}  // namespace claimcheck
