#include "test_support.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

extern char** environ;

namespace claimcheck::testing {

namespace fs = std::filesystem;

fs::path source_dir() { return CLAIMCHECK_SOURCE_DIR; }

std::optional<fs::path> shared_dir() {
    fs::path shared = source_dir().parent_path() / "shared";
    if (fs::is_directory(shared / "seeds")) return shared;
    return std::nullopt;
}

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void write_text(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

namespace {

// Reads both pipes to the end together, so a child that fills one cannot block on it.
void drain(int out_fd, int err_fd, std::string& out, std::string& err) {
    pollfd fds[2] = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
    int open = 2;
    char buffer[65536];
    while (open > 0) {
        if (poll(fds, 2, -1) < 0) break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
            ssize_t n = read(fds[i].fd, buffer, sizeof buffer);
            if (n <= 0) {
                close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            } else {
                (i == 0 ? out : err).append(buffer, static_cast<std::size_t>(n));
            }
        }
    }
}

}  // namespace

RunResult run_claimcheck(const std::vector<std::string>& args, const std::string& cwd,
                         const std::vector<std::string>& env, const std::string& input) {
    int in_pipe[2], out_pipe[2], err_pipe[2];
    if (pipe(in_pipe) || pipe(out_pipe) || pipe(err_pipe)) throw std::runtime_error("pipe failed");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in_pipe[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]})
        posix_spawn_file_actions_addclose(&actions, fd);
    if (!cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());

    std::vector<std::string> argv_text{CLAIMCHECK_BINARY};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_text) argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<std::string> env_text;
    for (char** e = environ; *e; ++e) {
        std::string entry = *e;
        // Tests see the plain, uncoloured, non-CI output unless they ask otherwise.
        if (entry.rfind("NO_COLOR=", 0) == 0 || entry.rfind("SOURCE_DATE_EPOCH=", 0) == 0) continue;
        env_text.push_back(entry);
    }
    env_text.insert(env_text.end(), env.begin(), env.end());
    std::vector<char*> envp;
    for (auto& e : env_text) envp.push_back(e.data());
    envp.push_back(nullptr);

    pid_t pid;
    int rc = posix_spawn(&pid, CLAIMCHECK_BINARY, &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(in_pipe[0]);
    close(out_pipe[1]);
    close(err_pipe[1]);
    if (rc != 0) throw std::runtime_error("cannot start " CLAIMCHECK_BINARY);
    // Small inputs fit the pipe buffer; larger ones are written before draining, which is fine for the
    // sizes tests use only because the binary reads all of stdin before writing.
    std::size_t written = 0;
    while (written < input.size()) {
        ssize_t n = write(in_pipe[1], input.data() + written, input.size() - written);
        if (n <= 0) break;
        written += static_cast<std::size_t>(n);
    }
    close(in_pipe[1]);
    RunResult result;
    drain(out_pipe[0], err_pipe[0], result.out, result.err);
    int status = 0;
    waitpid(pid, &status, 0);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

TempDir::TempDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() / ("claimcheck-test-" + std::to_string(getpid()) + "-" + std::to_string(rd()));
    fs::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
}

std::string check_golden(const fs::path& golden, const std::string& actual) {
    const char* update = std::getenv("CLAIMCHECK_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        fs::create_directories(golden.parent_path());
        write_text(golden, actual);
        return {};
    }
    if (!fs::exists(golden)) return "golden file " + golden.string() + " is missing (run with CLAIMCHECK_UPDATE_GOLDEN=1)";
    std::string expected = read_text(golden);
    if (expected == actual) return {};
    std::size_t i = 0;
    while (i < expected.size() && i < actual.size() && expected[i] == actual[i]) ++i;
    auto around = [&](const std::string& s) { return s.substr(i < 60 ? 0 : i - 60, 160); };
    return "differs from " + golden.string() + " at byte " + std::to_string(i) + "\n--- expected ---\n" +
           around(expected) + "\n--- actual ---\n" + around(actual) +
           "\n(after a deliberate change: CLAIMCHECK_UPDATE_GOLDEN=1 ctest)";
}

}  // namespace claimcheck::testing
