// Compiling the full {{number}} regex costs tens of milliseconds a pattern, so a pattern's exact form
// is compiled only when a match of its compact form needs it (see Pattern in rules.hpp).
#include <fmt/format.h>
#include <re2/re2.h>

#include "claimcheck/rules.hpp"
#include "compile_pattern.hpp"
#include "snippets.hpp"

namespace claimcheck {

DeferredRegex::DeferredRegex() = default;

DeferredRegex::~DeferredRegex() = default;

const re2::RE2& DeferredRegex::get(const std::function<std::string()>& text) const {
    std::call_once(compiled_, [&] { re_ = compile_pattern(text()); });
    return *re_;
}

std::string full_expansion(const Pattern& pattern) {
    // Each compact use is "(?P<__number_N>" + number_span_regex() + ")" (snippets.cpp).
    const std::string& compact = pattern.re->pattern();
    const std::string open = "(?P<" + std::string(number_group_prefix);
    std::string out;
    std::size_t at = 0;
    for (std::size_t group = compact.find(open); group != std::string::npos; group = compact.find(open, at)) {
        const std::size_t body = compact.find('>', group) + 1;
        out.append(compact, at, group - at);
        out += number_regex();
        at = body + number_span_regex().size() + 1;
    }
    return out.append(compact, at);
}

const re2::RE2& exact_regex(const Pattern& pattern) {
    if (!pattern.exact) return *pattern.re;
    const re2::RE2& re = pattern.exact->get([&] { return full_expansion(pattern); });
    if (!re.ok())
        throw InputError(Diagnostic{Severity::error, pattern.location.file, pattern.location.line,
                                    pattern.location.column,
                                    "pattern is too large for RE2's memory budget; split it into several patterns"});
    return re;
}

}  // namespace claimcheck
