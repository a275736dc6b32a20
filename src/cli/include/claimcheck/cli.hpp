#pragma once
// The command line: parses arguments, wires the stages, writes outputs, maps errors to exit status.
namespace claimcheck {

// Runs claimcheck with the process's arguments; returns the exit status (0, 1 or 2).
int run_cli(int argc, char** argv);

}  // namespace claimcheck
