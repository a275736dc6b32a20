#pragma once
// Snippet expansion: {{number}}, {{date}} and {{NAME}} for a file's defines.
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace claimcheck {

struct SnippetLimits {
    std::size_t max_depth = 16;             // defines using defines
    std::size_t max_expanded_size = 1 << 20; // bytes of one expanded pattern ({{number}} alone is large)
};

struct SnippetError {
    std::size_t index = 0;  // where in the pattern (decoded) the failing snippet starts
    std::string message;
    std::string define;     // the define, used directly by the pattern, in which the failure lies
};

// True for a name that {{NAME}} can refer to.
bool is_snippet_name(const std::string& name);

// How the built-in snippets expand. The RE2::Set only decides which patterns can match an article, so it
// gets a wide, cheap stand-in for {{number}} and {{date}} (tens of thousands of instructions each in
// full); the patterns that hit then run in full. The stand-in matches a superset, so nothing is missed.
// Patterns are compiled with {{number}} in its compact form (number_span_regex(), a quarter of the size),
// each use in a group named number_group_prefix + N so that a match can check what the group holds.
enum class SnippetForm { full, set_prefilter, compact };
inline constexpr std::string_view number_group_prefix = "__number_";

class SnippetExpander {
public:
    SnippetExpander(const std::map<std::string, std::string>& defines, SnippetLimits limits = {},
                    SnippetForm form = SnippetForm::full);

    // Expands every snippet in `pattern`; each expansion is wrapped in (?:...). Returns the error instead
    // for an unknown snippet, a define cycle or an expansion over the limits. Records the defines used.
    std::optional<std::string> expand(const std::string& pattern, SnippetError& error);

    // Names of defines no pattern has used so far.
    std::set<std::string> unused_defines() const;

private:
    std::optional<std::string> expand_at(const std::string& text, std::vector<std::string>& stack,
                                         SnippetError& error);
    const std::map<std::string, std::string>& defines_;
    SnippetLimits limits_;
    SnippetForm form_;
    std::set<std::string> used_;
    std::size_t numbers_ = 0;  // {{number}} groups named so far in this pattern (compact form)
};

}  // namespace claimcheck
