#include "claimcheck/cli.hpp"

int main(int argc, char** argv) { return claimcheck::run_cli(argc, argv); }
