#include "claimcheck/files.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <fmt/format.h>

#include "claimcheck/diagnostic.hpp"

namespace claimcheck {

std::string read_file(const std::string& path, std::size_t max_bytes) {
    namespace fs = std::filesystem;
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) throw InputError(file_error(path, "no such file"));
    if (fs::is_directory(status)) throw InputError(file_error(path, "is a folder, not a file"));
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(file_error(path, fmt::format("cannot read: {}", std::strerror(errno))));
    std::string content;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        content.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (content.size() > max_bytes)
            throw InputError(file_error(path, fmt::format("file is larger than the limit of {} bytes", max_bytes)));
    }
    if (in.bad()) throw InputError(file_error(path, "cannot read: I/O error"));
    return content;
}

}  // namespace claimcheck
