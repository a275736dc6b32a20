// claimcheck test: runs every rule's examples through the real extraction and reports each failure.
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "authoring.hpp"
#include "claimcheck/extract.hpp"
#include "commands.hpp"

namespace claimcheck {

namespace {

struct TestOptions {
    std::vector<std::string> rules;
    bool verbose = false;
};

// What the rule stated in an example: its asserted claims (denials and dropped matches are not).
std::vector<Claim> claims_of(const Extractor& extractor, std::size_t rule, const std::string& text,
                             const std::optional<std::string>& published, std::string& problem) {
    try {
        ArticleMeta meta;
        meta.id = "example";
        meta.published = published;
        Article article = make_article(std::move(meta), text);
        std::vector<Claim> out;
        for (auto& claim : extractor.extract(article, 0).claims)
            if (claim.rule == rule && !claim.denial) out.push_back(std::move(claim));
        return out;
    } catch (const InputError& e) {
        problem = format_diagnostic(e.diagnostics().front());
        return {};
    }
}

std::string describe_claims(const Rule& rule, const std::vector<Claim>& claims) {
    if (claims.empty()) return "no match";
    std::string out;
    for (const auto& claim : claims) {
        if (!out.empty()) out += "; ";
        out += "match " + quoted(claim.text);
        if (rule.type != RuleType::presence) out += ", value " + describe_value(rule.type, claim.value);
        if (!claim.key.empty()) out += ", key " + quoted(claim.key);
    }
    return out;
}

struct Tally {
    std::size_t passed = 0, failed = 0;
};

void report(Tally& tally, bool passed, bool verbose, const Rule& rule, const RuleLocation& at, const char* kind,
            const std::string& text, const std::string& read, const std::string& expected) {
    if (passed) {
        ++tally.passed;
        if (verbose) std::cout << fmt::format("{}:{}:{}: ok: rule {}: {} example {}\n", at.file, at.line, at.column, rule.id, kind, quoted(text));
        return;
    }
    ++tally.failed;
    std::cout << fmt::format("{}:{}:{}: error: rule {}: {} example failed\n", at.file, at.line, at.column, rule.id, kind)
              << "    example:  " << quoted(text) << "\n"
              << "    read:     " << read << "\n"
              << "    expected: " << expected << "\n";
}

void test_rule(const Extractor& extractor, std::size_t index, bool verbose, Tally& tally) {
    const Rule& rule = extractor.rules().rules[index];
    for (const auto& example : rule.match_examples) {
        std::string problem;
        auto claims = claims_of(extractor, index, example.text, example.published, problem);
        std::string expected = "a match";
        if (example.value) expected += ", value " + describe_expected(*example.value);
        if (example.key) expected += ", key " + quoted(*example.key);
        const bool passed = std::any_of(claims.begin(), claims.end(), [&](const Claim& c) {
            return (!example.value || value_meets(rule.type, c.value, *example.value)) &&
                   (!example.key || c.key == *example.key);
        });
        report(tally, passed, verbose, rule, example.location, "match", example.text,
               problem.empty() ? describe_claims(rule, claims) : problem, expected);
    }
    for (const auto& example : rule.no_match_examples) {
        std::string problem;
        auto claims = claims_of(extractor, index, example.text, std::nullopt, problem);
        report(tally, claims.empty() && problem.empty(), verbose, rule, example.location, "no_match", example.text,
               problem.empty() ? describe_claims(rule, claims) : problem, "no match");
    }
}

int run_test(const TestOptions& options) {
    RuleSet rules = load_rules(options.rules);
    for (const auto& w : rules.warnings) std::cerr << format_diagnostic(w) << "\n";
    Extractor extractor(rules);
    Tally tally;
    for (std::size_t r = 0; r < rules.rules.size(); ++r) test_rule(extractor, r, options.verbose, tally);
    std::cout << fmt::format("{} passed, {} failed\n", tally.passed, tally.failed);
    std::cout.flush();
    return tally.failed > 0 ? 1 : 0;
}

}  // namespace

Command add_test_command(CLI::App& app) {
    auto options = std::make_shared<TestOptions>();
    CLI::App* cmd = app.add_subcommand("test", "Run the examples of every rule and report the ones that fail");
    cmd->add_option("--rules,-r", options->rules, "A rule file or a folder of *.rules.json (repeat for more)")
        ->required()
        ->type_name("PATH");
    cmd->add_flag("--verbose,-v", options->verbose, "Also list the examples that pass");
    cmd->footer("Exit status: 0 every example passes, 1 one fails, 2 a rule file is bad.");
    return [options] { return run_test(*options); };
}

}  // namespace claimcheck
