// The batch writer's output file (src/cli/batch.hpp, the cli stage's own header for its batch parts).
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "batch.hpp"

using namespace claimcheck;

namespace {

std::string contents(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(batch_output)

BOOST_AUTO_TEST_CASE(lines_written_while_a_checkpoint_syncs_in_the_background_all_arrive_in_order) {
    const auto path = std::filesystem::temp_directory_path() / "claimcheck-batch-output-test.jsonl";
    std::string expected;
    {
        auto output = batch::Output::create(path.string());
        for (int round = 0; round < 3; ++round) {
            // A checkpoint starts a sync only once a second has passed since the last one.
            std::this_thread::sleep_for(std::chrono::milliseconds(1050));
            for (int i = 0; i < 100; ++i) {
                std::string line = "{\"id\":\"r" + std::to_string(round) + "-" + std::to_string(i) + "\"}\n";
                output.write_line(line);
                expected += line;
                output.checkpoint();
            }
        }
        output.sync();
        output.write_line("{\"id\":\"last\"}\n");  // left to the destructor, with no sync
        expected += "{\"id\":\"last\"}\n";
        output.checkpoint();
    }
    BOOST_TEST(contents(path) == expected);
    std::filesystem::remove(path);
}

BOOST_AUTO_TEST_CASE(checkpoints_on_standard_output_do_nothing) {
    batch::Output output;
    output.checkpoint();
    output.sync();
}

BOOST_AUTO_TEST_SUITE_END()
