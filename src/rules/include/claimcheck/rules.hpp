#pragma once
// Rule files (*.rules.json): loaded, validated against rules/schema.json, snippets expanded,
// patterns compiled once. Every problem in every file is collected before anything fails.
#include <cstddef>
#include <map>
#include <memory>
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

// A pattern as written and as compiled. The RE2 is immutable and shared, so copies of a RuleSet
// (and threads) share one compiled pattern.
struct Pattern {
    std::string source;                 // as written in the rule file
    std::string expanded;               // with every snippet expanded
    std::string prefilter;              // for the RE2::Set: {{number}} and {{date}} widened to (?s:.*)
    std::shared_ptr<const re2::RE2> re;
    RuleLocation location;
};

struct MatchExample {
    std::string text;
    std::optional<nlohmann::json> value;   // expected value: a number, a string, a date or {"from","to"}
    std::optional<std::string> published;  // for date rules
    RuleLocation location;
};

struct NoMatchExample {
    std::string text;
    RuleLocation location;
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
    std::vector<MatchExample> match_examples;
    std::vector<NoMatchExample> no_match_examples;
    RuleLocation location;  // of the rule's "id"
    bool generic = false;   // from a file marked "generic": yields to story rules on the same evidence
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
