#include "output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "claimcheck/diagnostic.hpp"

namespace claimcheck {

namespace fs = std::filesystem;

namespace {

bool is_special(const std::string& path) {
    struct stat st;
    return stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

void write_all(int fd, const std::string& content, const std::string& path) {
    std::size_t done = 0;
    while (done < content.size()) {
        ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw InputError(file_error(path, fmt::format("cannot write: {}", std::strerror(errno))));
        done += static_cast<std::size_t>(n);
    }
}

// Writes content to a new temporary file beside `path` and returns its name.
std::string write_temporary(const std::string& path, const std::string& content) {
    fs::path target(path);
    fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::string pattern = (folder / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    int fd = mkstemp(pattern.data());
    if (fd < 0) throw InputError(file_error(path, fmt::format("cannot write: {}", std::strerror(errno))));
    try {
        write_all(fd, content, path);
        if (fsync(fd) != 0) throw InputError(file_error(path, fmt::format("cannot write: {}", std::strerror(errno))));
    } catch (...) {
        close(fd);
        unlink(pattern.c_str());
        throw;
    }
    fchmod(fd, 0644);
    if (close(fd) != 0) {
        unlink(pattern.c_str());
        throw InputError(file_error(path, fmt::format("cannot write: {}", std::strerror(errno))));
    }
    return pattern;
}

void write_in_place(const std::string& path, const std::string& content) {
    if (path == "-") {
        write_all(STDOUT_FILENO, content, "standard output");
        return;
    }
    int fd = open(path.c_str(), O_WRONLY | O_TRUNC);
    if (fd < 0) fd = open(path.c_str(), O_WRONLY);
    if (fd < 0) throw InputError(file_error(path, fmt::format("cannot write: {}", std::strerror(errno))));
    try {
        write_all(fd, content, path);
    } catch (...) {
        close(fd);
        throw;
    }
    close(fd);
}

}  // namespace

void OutputSet::add(const std::string& path, const std::string& what) {
    for (const auto& t : targets_)
        if (t.path == path || (path != "-" && t.path != "-" && fs::weakly_canonical(t.path) == fs::weakly_canonical(path)))
            throw InputError(file_error(path, fmt::format("given as output twice ({} and {})", t.what, what)));
    if (path != "-" && !is_special(path)) {
        fs::path folder = fs::path(path).parent_path();
        std::error_code ec;
        if (!folder.empty() && !fs::is_directory(folder, ec))
            throw InputError(file_error(path, fmt::format("cannot write the {}: folder {} does not exist", what, folder.string())));
        if (fs::is_directory(path, ec))
            throw InputError(file_error(path, fmt::format("cannot write the {}: it is a folder", what)));
    }
    targets_.push_back({path, what, {}});
}

bool OutputSet::writes_stdout() const {
    for (const auto& t : targets_)
        if (t.path == "-") return true;
    return false;
}

void OutputSet::set(const std::string& path, std::string content) {
    for (auto& t : targets_)
        if (t.path == path) t.content = std::move(content);
}

void OutputSet::commit() {
    // First every regular file goes to a temporary; only when all are written is anything replaced.
    std::vector<std::pair<std::string, std::string>> staged;  // temporary, target
    try {
        for (const auto& t : targets_)
            if (t.path != "-" && !is_special(t.path)) staged.emplace_back(write_temporary(t.path, t.content), t.path);
    } catch (...) {
        for (const auto& [temporary, _] : staged) unlink(temporary.c_str());
        throw;
    }
    // Devices and pipes next: when one fails (a full disk, /dev/full), no file has been replaced yet.
    try {
        for (const auto& t : targets_)
            if (t.path == "-" || is_special(t.path)) write_in_place(t.path, t.content);
    } catch (...) {
        for (const auto& [temporary, _] : staged) unlink(temporary.c_str());
        throw;
    }
    for (const auto& [temporary, target] : staged)
        if (std::rename(temporary.c_str(), target.c_str()) != 0) {
            int error = errno;
            for (const auto& [t, _] : staged) unlink(t.c_str());
            throw InputError(file_error(target, fmt::format("cannot replace: {}", std::strerror(error))));
        }
}

}  // namespace claimcheck
