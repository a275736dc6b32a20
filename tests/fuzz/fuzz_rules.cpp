// Fuzzes the rule loader with arbitrary text: it either loads or throws InputError, and whatever it
// loads is consistent (every pattern compiled, every rule has an id and at least one pattern).
#include <cstddef>
#include <cstdint>
#include <string>
#include <re2/re2.h>
#include "claimcheck/diagnostic.hpp"
#include "claimcheck/rules.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const claimcheck::RuleSet set = claimcheck::load_rules_text("fuzz.rules.json", text);
        for (const claimcheck::Rule& rule : set.rules) {
            FUZZ_REQUIRE(!rule.id.empty());
            FUZZ_REQUIRE(!rule.patterns.empty());
            for (const auto* list : {&rule.patterns, &rule.unless, &rule.denials}) {
                for (const claimcheck::Pattern& pattern : *list) {
                    FUZZ_REQUIRE(pattern.re != nullptr);
                    FUZZ_REQUIRE(pattern.re->ok());
                }
            }
            if (rule.tolerance.relative) FUZZ_REQUIRE(*rule.tolerance.relative >= 0);
            FUZZ_REQUIRE(rule.number_options.around >= 0 &&
                         rule.number_options.around <= claimcheck::max_around);
        }
        for (const claimcheck::Diagnostic& warning : set.warnings) {
            FUZZ_REQUIRE(warning.severity == claimcheck::Severity::warning);
        }
    } catch (const claimcheck::InputError& error) {
        FUZZ_REQUIRE(!error.diagnostics().empty());
        for (const claimcheck::Diagnostic& diagnostic : error.diagnostics()) {
            FUZZ_REQUIRE(!diagnostic.message.empty());
        }
    }
    return 0;
}
