// Writes a generated benchmark corpus to a folder, for the command-line comparisons
// (bench/compare_ripgrep.sh).
//   claimcheck_bench_corpus DIR RULES ARTICLES [BYTES]
#include <iostream>

#include "claimcheck/diagnostic.hpp"
#include "corpus_files.hpp"

int main(int argc, char** argv) {
    if (argc < 4) {
        std::cerr << "usage: claimcheck_bench_corpus DIR RULES ARTICLES [BYTES]\n";
        return 2;
    }
    try {
        claimcheck::bench::write_corpus(argv[1], std::stoul(argv[2]), std::stoul(argv[3]),
                                        argc > 4 ? std::stoul(argv[4]) : 5000);
    } catch (const std::exception& e) {  // InputError included
        std::cerr << e.what() << "\n";
        return 2;
    }
    return 0;
}
