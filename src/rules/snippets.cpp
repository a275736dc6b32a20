#include "snippets.hpp"

#include <algorithm>
#include <vector>

#include "claimcheck/date.hpp"
#include "claimcheck/quantity.hpp"

namespace claimcheck {

namespace {

bool is_name_char(char c, bool first) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (!first && c >= '0' && c <= '9');
}

// Returns the snippet name at `at` (just after "{{") when the text there is NAME}}.
std::optional<std::string> snippet_name(const std::string& text, std::size_t at) {
    std::size_t end = at;
    while (end < text.size() && is_name_char(text[end], end == at)) ++end;
    if (end == at || text.compare(end, 2, "}}") != 0) return std::nullopt;
    return text.substr(at, end - at);
}

}  // namespace

bool is_snippet_name(const std::string& name) {
    if (name.empty()) return false;
    for (std::size_t i = 0; i < name.size(); ++i)
        if (!is_name_char(name[i], i == 0)) return false;
    return true;
}

SnippetExpander::SnippetExpander(const std::map<std::string, std::string>& defines, SnippetLimits limits,
                                 SnippetForm form)
    : defines_(defines), limits_(limits), form_(form) {}

std::optional<std::string> SnippetExpander::expand(const std::string& pattern, SnippetError& error) {
    std::vector<std::string> stack;
    numbers_ = 0;
    return expand_at(pattern, stack, error);
}

std::optional<std::string> SnippetExpander::expand_at(const std::string& text, std::vector<std::string>& stack,
                                                      SnippetError& error) {
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t open = text.find("{{", at);
        std::optional<std::string> name = open == std::string::npos ? std::nullopt : snippet_name(text, open + 2);
        if (!name) {
            std::size_t next = open == std::string::npos ? text.size() : open + 2;
            out.append(text, at, next - at);
            at = next;
            continue;
        }
        out.append(text, at, open - at);
        at = open + name->size() + 4;
        std::string expansion;
        if ((*name == "number" || *name == "date") && form_ == SnippetForm::set_prefilter) {
            expansion = "(?s:.*)";
        } else if (*name == "number" && form_ == SnippetForm::compact) {
            expansion = "(?P<" + std::string(number_group_prefix) + std::to_string(numbers_++) + ">" +
                        number_span_regex() + ")";
        } else if (*name == "number") {
            expansion = number_regex();
        } else if (*name == "date") {
            expansion = date_regex();
        } else if (auto define = defines_.find(*name); define != defines_.end()) {
            used_.insert(*name);
            if (std::find(stack.begin(), stack.end(), *name) != stack.end()) {
                std::string cycle;
                for (const auto& s : stack) cycle += s + " -> ";
                error = {open, "define cycle: " + cycle + *name, stack.front()};
                return std::nullopt;
            }
            if (stack.size() >= limits_.max_depth) {
                error = {open, "defines nest deeper than " + std::to_string(limits_.max_depth) + " levels", stack.front()};
                return std::nullopt;
            }
            stack.push_back(*name);
            SnippetError inner;
            auto nested = expand_at(define->second, stack, inner);
            stack.pop_back();
            if (!nested) {
                // Report at this use of the define, naming the define's own problem.
                error = {open, inner.message, stack.empty() ? *name : std::string()};
                return std::nullopt;
            }
            expansion = *nested;
        } else {
            error = {open, "unknown snippet {{" + *name + "}}: not {{number}}, {{date}} or a define of this file"};
            return std::nullopt;
        }
        out += "(?:" + expansion + ")";
        if (out.size() > limits_.max_expanded_size) {
            error = {open, "pattern is larger than " + std::to_string(limits_.max_expanded_size) +
                               " bytes once its snippets are expanded"};
            return std::nullopt;
        }
    }
    return out;
}

std::set<std::string> SnippetExpander::unused_defines() const {
    std::set<std::string> unused;
    for (const auto& [name, _] : defines_)
        if (!used_.count(name)) unused.insert(name);
    return unused;
}

}  // namespace claimcheck
