// claimcheck lint: every problem of every rule file in one run, errors and warnings, as a compiler
// prints them.
#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "claimcheck/rules.hpp"
#include "commands.hpp"

namespace claimcheck {

namespace {

struct LintOptions {
    std::vector<std::string> rules;
    std::string format = "text";
};

nlohmann::ordered_json to_json(const Diagnostic& d) {
    auto or_null = [](std::size_t n) { return n == 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(n); };
    return {{"file", d.file.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(d.file)},
            {"line", or_null(d.line)},
            {"column", or_null(d.column)},
            {"severity", d.severity == Severity::error ? "error" : "warning"},
            {"message", d.message}};
}

void print_text(const std::vector<Diagnostic>& diagnostics, std::size_t errors) {
    for (const auto& d : diagnostics) std::cout << format_diagnostic_with_source(d) << "\n";
    std::size_t warnings = diagnostics.size() - errors;
    if (diagnostics.empty()) std::cout << "no problems found\n";
    else std::cout << fmt::format("{} error{}, {} warning{}\n", errors, errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
}

int run_lint(const LintOptions& options) {
    std::vector<Diagnostic> diagnostics;
    try {
        diagnostics = load_rules(options.rules).warnings;
    } catch (const InputError& e) {
        // The loader gathers every problem, warnings included, before it gives up.
        diagnostics = e.diagnostics();
    }
    std::size_t errors = static_cast<std::size_t>(std::count_if(
        diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
    if (options.format == "json") {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& d : diagnostics) list.push_back(to_json(d));
        std::cout << list.dump(2) << "\n";
    } else {
        print_text(diagnostics, errors);
    }
    std::cout.flush();
    return errors > 0 ? 2 : 0;
}

}  // namespace

Command add_lint_command(CLI::App& app) {
    auto options = std::make_shared<LintOptions>();
    CLI::App* cmd = app.add_subcommand("lint", "Check rule files: every error and warning, with line and column");
    cmd->add_option("--rules,-r", options->rules, "A rule file or a folder of *.rules.json (repeat for more)")
        ->required()
        ->type_name("PATH");
    cmd->add_option("--format", options->format, "text (compiler style, default) or json")
        ->check(CLI::IsMember({"text", "json"}))
        ->type_name("FORMAT");
    cmd->footer("Exit status: 0 no errors (warnings allowed), 2 an error.");
    return [options] { return run_lint(*options); };
}

}  // namespace claimcheck
