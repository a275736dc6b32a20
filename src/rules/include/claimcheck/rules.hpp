#pragma once
// Rule files (*.rules.json): loaded, validated against rules/schema.json, snippets expanded,
// patterns compiled once. Every problem in every file is collected before anything fails.
#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimcheck/diagnostic.hpp"
#include "claimcheck/quantity.hpp"

namespace re2 {
class RE2;
}

namespace claimcheck {

enum class RuleType { number, text, presence, date };

const char* to_string(RuleType type);

struct Tolerance {
    std::optional<double> relative;  // a gap of r x the larger magnitude is allowed
    std::optional<double> absolute;  // a gap of a is allowed (days, for date rules)
};

// Where something was written in a rule file, for diagnostics.
struct RuleLocation {
    std::string file;
    std::size_t line = 0;
    std::size_t column = 0;
};

// A regex compiled on first use, once, whichever thread asks first. It keeps no copy of its text:
// the first caller's `text()` builds it (for a Pattern, full_expansion()).
class DeferredRegex {
public:
    DeferredRegex();
    ~DeferredRegex();
    // Compiles the regex `text()` returns the first time; check ok(): it may not fit RE2's budget.
    const re2::RE2& get(const std::function<std::string()>& text) const;

private:
    mutable std::once_flag compiled_;
    mutable std::unique_ptr<const re2::RE2> re_;
};

// A pattern as written and as compiled. The RE2s are immutable and shared, so copies of a RuleSet
// (and threads) share one compiled pattern.
//
// The full {{number}} regex is large (tens of thousands of RE2 instructions), slow to compile and slow
// to capture with. So `re` holds it in a compact form that matches a superset, each use in the
// capturing group listed in `number_groups`; a match of `re` is a match of the pattern when each of
// those groups holds a phrase is_number_phrase_at() accepts. Otherwise `exact` (the pattern as
// expanded, compiled only then) decides. A pattern without {{number}} has no `exact`: `re` is exact.
// The full expansion is not kept: with the 33 KB {{number}} regex in each, 500 number rules held 17 MB
// of it; full_expansion() rebuilds it from the compact form.
struct Pattern {
    std::string source;                 // as written in the rule file
    std::string prefilter;              // for the RE2::Set: {{number}} and {{date}} widened to (?s:.*)
    std::shared_ptr<const re2::RE2> re;
    std::vector<int> number_groups;     // groups of `re` that hold a compact {{number}}
    std::shared_ptr<const DeferredRegex> exact;
    RuleLocation location;
    bool names_a_figure = false;        // holds a {{number}} or {{date}}
};

// The pattern with every snippet expanded in full: `re`'s regex with each compact {{number}} group
// replaced by the full {{number}} regex.
std::string full_expansion(const Pattern& pattern);

// The pattern exactly as expanded: `exact`, compiled now if it was not yet, or `re`. Throws
// InputError at the pattern when it does not fit RE2's memory budget.
const re2::RE2& exact_regex(const Pattern& pattern);

struct MatchExample {
    std::string text;
    std::optional<nlohmann::json> value;   // expected value: a number, a string, a date or {"from","to"}
    std::optional<std::string> published;  // for date rules
    std::optional<std::string> key;        // expected key, as the report gives it: "national union"
    RuleLocation location;
};

struct NoMatchExample {
    std::string text;
    RuleLocation location;
};

// Keys that refer back to a name ("the party" after "The Civic Union won..."): such a key is read as the
// first name `names` finds in the sentence before the match.
struct KeyReferences {
    std::vector<std::string> words;  // keys as written that refer back: "the party", "the alliance"
    std::vector<Pattern> names;      // each with a group named 'key'
};

struct Rule {
    std::string id;
    std::string claim;
    std::string description;
    RuleType type = RuleType::text;
    std::string unit;  // canonical unit symbol; empty when the rule names none
    Tolerance tolerance;
    NumberOptions number_options;
    std::vector<Pattern> patterns;
    std::vector<Pattern> unless;   // a match is dropped when one of these matches in its sentence
    std::vector<Pattern> denials;  // a sentence matching one of these denies the claim
    std::map<std::string, std::string> keys;  // synonyms for a `key` group: as written -> normalised
    bool key_short_forms = false;  // keys are names: "union" stands for the story's only "... union"
    bool key_heads = false;        // keys are nouns: "tower" stands for the rule's only "... tower" in the story
    std::optional<KeyReferences> key_references;
    // A match whose group 'ref' took part ("It stood at 3.4%") refers back: it counts only when one of
    // these finds the rule's subject ("inflation") in the sentence before.
    std::vector<Pattern> antecedents;
    std::vector<MatchExample> match_examples;
    std::vector<NoMatchExample> no_match_examples;
    RuleLocation location;  // of the rule's "id"
    bool generic = false;   // from a file marked "generic": yields to story rules on the same evidence
    bool fallback = false;  // a generic reading of a figure that yields to any other generic rule's reading
    std::string dimension;  // "count", "currency", "length"...: a figure of another dimension is no value
};

struct RuleSet {
    std::vector<Rule> rules;         // in file order, files in the order loaded
    std::vector<std::string> files;  // every rule file read
    std::vector<Diagnostic> warnings;
};

// Loads rule files and folders (read recursively for *.rules.json, in sorted path order).
// Throws InputError holding every problem found, each with file, line and column.
RuleSet load_rules(const std::vector<std::string>& paths);

// Loads rules from text already in memory (tests, editors); `file` names it in diagnostics.
RuleSet load_rules_text(const std::string& file, const std::string& text);

// Returns the bytes of rules/schema.json that the loader validates against.
std::string_view rule_schema_text();

}  // namespace claimcheck
