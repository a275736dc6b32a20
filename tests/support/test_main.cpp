// The main of every test program. `--require-shared` makes the program exit with the CTest skip code
// when ../shared/ is absent, so a user's fresh clone reports those tests as skipped, not failed.
#include <cstring>
#include <iostream>

#include <boost/test/unit_test.hpp>

#include "test_support.hpp"

bool init_unit_test() { return true; }

int main(int argc, char* argv[]) {
    std::vector<char*> args;
    bool require_shared = false;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--require-shared") == 0) require_shared = true;
        else args.push_back(argv[i]);
    }
    if (require_shared && !claimcheck::testing::shared_dir()) {
        std::cout << "../shared/ is absent: skipping\n";
        return CLAIMCHECK_SKIP_CODE;
    }
    return boost::unit_test::unit_test_main(&init_unit_test, static_cast<int>(args.size()), args.data());
}
