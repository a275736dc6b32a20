#include "claimcheck/cli.hpp"

#include <iostream>
#include <map>

#include "claimcheck/diagnostic.hpp"
#include "claimcheck/version.hpp"
#include "commands.hpp"

namespace claimcheck {

namespace {

void print_diagnostics(const std::vector<Diagnostic>& diagnostics) {
    for (const auto& d : diagnostics) std::cerr << format_diagnostic_with_source(d) << "\n";
}

}  // namespace

int run_cli(int argc, char** argv) {
    CLI::App app{"claimcheck: checks whether news articles about the same event agree.", "claimcheck"};
    app.set_version_flag("--version", std::string(tool_name) + " " + tool_version);
    app.require_subcommand(1);
    app.footer("Exit status: 0 no finding reaches --fail-on, 1 one does, 2 bad input or output.\n"
               "Run 'claimcheck COMMAND --help' for a command's options.");
    std::map<CLI::App*, Command> commands;
    auto add = [&](Command (*register_command)(CLI::App&)) {
        Command command = register_command(app);
        commands[app.get_subcommands({}).back()] = std::move(command);
    };
    add(add_check_command);
    add(add_numbers_command);
    add(add_dates_command);
    add(add_lint_command);
    add(add_test_command);
    add(add_explain_command);
    add(add_batch_command);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int status = app.exit(e);
        return status == 0 ? 0 : 2;
    }
    try {
        for (auto& [subcommand, command] : commands)
            if (subcommand->parsed()) return command();
    } catch (const InputError& e) {
        print_diagnostics(e.diagnostics());
        return 2;
    } catch (const std::bad_alloc&) {
        std::cerr << "claimcheck: error: out of memory\n";
        return 2;
    }
    return 2;
}

}  // namespace claimcheck
