#pragma once
// The subcommands. Each registers its options on the app and returns the function that runs it.
#include <functional>

#include <CLI/CLI.hpp>

namespace claimcheck {

using Command = std::function<int()>;

Command add_check_command(CLI::App& app);
Command add_numbers_command(CLI::App& app);
Command add_dates_command(CLI::App& app);
Command add_lint_command(CLI::App& app);
Command add_test_command(CLI::App& app);
Command add_explain_command(CLI::App& app);
Command add_batch_command(CLI::App& app);

// Reads a file, or standard input for "-", as an article for the inspection commands.
struct Article;
Article read_article_or_stdin(const std::string& path);

// True when standard output is a terminal that should get colour (NO_COLOR honoured).
bool stdout_wants_colour();

}  // namespace claimcheck
