#include "compile_pattern.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

namespace claimcheck {

std::unique_ptr<const re2::RE2> compile_pattern(const std::string& regex) {
    std::unique_ptr<re2::RE2> re;
    for (int64_t budget : {int64_t{1} << 20, int64_t{8} << 20, max_pattern_memory}) {
        re2::RE2::Options options;
        options.set_log_errors(false);
        options.set_max_mem(budget);
        re = std::make_unique<re2::RE2>(regex, options);
        if (re->error_code() != re2::RE2::ErrorPatternTooLarge) break;
    }
    return re;
}

std::vector<std::unique_ptr<const re2::RE2>> compile_patterns(const std::vector<std::string>& regexes) {
    std::vector<std::unique_ptr<const re2::RE2>> compiled(regexes.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < regexes.size(); i = next++) compiled[i] = compile_pattern(regexes[i]);
    };
    // A thread costs more than a few small patterns take to compile.
    const std::size_t threads = std::min<std::size_t>({std::max(1u, std::thread::hardware_concurrency()), 8,
                                                       regexes.size() / 32 + 1});
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
    work();
    for (auto& helper : helpers) helper.join();
    return compiled;
}

}  // namespace claimcheck
