// Compiling the full {{number}} regex costs tens of milliseconds a pattern, so a pattern's exact form
// is compiled only when a match of its compact form needs it (see Pattern in rules.hpp).
#include <fmt/format.h>
#include <re2/re2.h>

#include "claimcheck/rules.hpp"
#include "compile_pattern.hpp"

namespace claimcheck {

DeferredRegex::DeferredRegex() = default;

DeferredRegex::~DeferredRegex() = default;

const re2::RE2& DeferredRegex::get(const std::string& pattern) const {
    std::call_once(compiled_, [&] { re_ = compile_pattern(pattern); });
    return *re_;
}

const re2::RE2& exact_regex(const Pattern& pattern) {
    if (!pattern.exact) return *pattern.re;
    const re2::RE2& re = pattern.exact->get(pattern.expanded);
    if (!re.ok())
        throw InputError(Diagnostic{Severity::error, pattern.location.file, pattern.location.line,
                                    pattern.location.column,
                                    "pattern is too large for RE2's memory budget; split it into several patterns"});
    return re;
}

}  // namespace claimcheck
