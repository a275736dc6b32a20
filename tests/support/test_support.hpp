#pragma once
// Shared by the test programs: where the project and ../shared/ are, and running the binary.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::testing {

std::filesystem::path source_dir();
// ../shared/ beside the project, or nothing when it is absent (a user's fresh clone).
std::optional<std::filesystem::path> shared_dir();

struct RunResult {
    int status = -1;
    std::string out;
    std::string err;
};

// Runs the claimcheck binary with arguments (no shell), in `cwd` when given, with extra environment
// variables NAME=VALUE, and feeds `input` on stdin.
RunResult run_claimcheck(const std::vector<std::string>& args, const std::string& cwd = {},
                         const std::vector<std::string>& env = {}, const std::string& input = {});

std::string read_text(const std::filesystem::path& path);
void write_text(const std::filesystem::path& path, const std::string& text);

// A fresh temporary folder, removed when the value goes out of scope.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

// Compares `actual` with a golden file; with CLAIMCHECK_UPDATE_GOLDEN=1 in the environment, rewrites
// the golden file instead. Returns an empty string when equal, else a description of the difference.
std::string check_golden(const std::filesystem::path& golden, const std::string& actual);

}  // namespace claimcheck::testing
