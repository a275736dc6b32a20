#pragma once
// How the rules stage compiles one pattern.
#include <cstdint>

#include <re2/re2.h>

namespace claimcheck {

inline constexpr int64_t max_pattern_memory = 64 << 20;  // RE2's budget for one pattern

inline re2::RE2::Options pattern_options() {
    re2::RE2::Options options;
    options.set_log_errors(false);
    options.set_max_mem(max_pattern_memory);
    return options;
}

}  // namespace claimcheck
