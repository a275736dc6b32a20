// Reading manifests lazily, writing records whole, and the progress bar.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iostream>

#include <fmt/format.h>

#include "batch.hpp"

namespace claimcheck::batch {

namespace {

InputError io_error(const std::string& name, const char* doing) {
    return InputError(file_error(name, fmt::format("cannot {}: {}", doing, std::strerror(errno))));
}

bool is_regular(int fd) {
    struct stat st;
    return fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

bool is_blank(std::string_view line) {
    return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

}  // namespace

// ---- LineReader

LineReader::LineReader(int fd, std::string name, std::size_t max_line)
    : fd_(fd), name_(std::move(name)), max_line_(max_line), buffer_(1 << 16) {}

bool LineReader::fill() {
    if (eof_) return false;
    if (begin_ > 0) {
        std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
        end_ -= begin_;
        begin_ = 0;
    }
    if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);
    for (;;) {
        ssize_t n = ::read(fd_, buffer_.data() + end_, buffer_.size() - end_);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw io_error(name_, "read");
        if (n == 0) {
            eof_ = true;
            return false;
        }
        end_ += static_cast<std::size_t>(n);
        return true;
    }
}

bool LineReader::next(std::string& line, bool& too_long) {
    too_long = false;
    std::size_t scanned = begin_;
    for (;;) {
        const char* data = buffer_.data();
        const void* newline = std::memchr(data + scanned, '\n', end_ - scanned);
        if (newline) {
            std::size_t stop = static_cast<const char*>(newline) - data;
            if (!too_long) line.assign(data + begin_, stop - begin_);
            begin_ = stop + 1;
            break;
        }
        if (end_ - begin_ > max_line_) {
            // Too long: drop what we have and keep skipping to the line end, holding nothing.
            too_long = true;
            begin_ = end_;
        }
        scanned = end_ - begin_;
        if (!fill()) {
            if (begin_ == end_ && !too_long) return false;  // end of input, no unterminated last line
            if (!too_long) line.assign(buffer_.data() + begin_, end_ - begin_);
            begin_ = end_;
            break;
        }
        scanned += begin_;
    }
    if (too_long) line.clear();
    if (!line.empty() && line.back() == '\r') line.pop_back();
    ++line_number_;
    return true;
}

int open_manifest(const std::string& path) {
    if (path == "-") return STDIN_FILENO;
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw io_error(path, "read the manifest");
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        throw InputError(file_error(path, "cannot read the manifest: it is a folder"));
    }
    return fd;
}

std::optional<std::size_t> count_stories(const std::vector<std::string>& paths) {
    std::size_t count = 0;
    for (const auto& path : paths) {
        if (path == "-") return std::nullopt;
        int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return std::nullopt;
        if (!is_regular(fd)) {
            ::close(fd);
            return std::nullopt;
        }
        LineReader reader(fd, path, 1 << 20);
        std::string line;
        bool too_long = false;
        try {
            while (reader.next(line, too_long))
                if (too_long || !is_blank(line)) ++count;
        } catch (const InputError&) {
            ::close(fd);
            return std::nullopt;
        }
        ::close(fd);
    }
    return count;
}

// ---- Output

Output::Output() : Output(STDOUT_FILENO, "standard output", false) {}

Output::Output(int fd, std::string name, bool owned)
    : fd_(fd), name_(std::move(name)), owned_(owned), regular_file_(is_regular(fd)) {}

Output::Output(Output&& other) noexcept
    : fd_(other.fd_),
      name_(std::move(other.name_)),
      owned_(other.owned_),
      regular_file_(other.regular_file_),
      last_sync_(other.last_sync_),
      background_sync_(std::move(other.background_sync_)) {
    other.owned_ = false;
}

Output::~Output() {
    if (background_sync_.valid()) background_sync_.wait();  // it still uses fd_
    if (owned_) ::close(fd_);
}

Output Output::create(const std::string& path) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) throw io_error(path, "write");
    return Output(fd, path, true);
}

// Finds the length of the file up to and including its last line end.
static off_t complete_length(int fd, const std::string& path) {
    off_t size = lseek(fd, 0, SEEK_END);
    if (size < 0) throw io_error(path, "read");
    char block[4096];
    off_t end = size;
    while (end > 0) {
        off_t start = std::max<off_t>(0, end - static_cast<off_t>(sizeof block));
        ssize_t n = pread(fd, block, static_cast<std::size_t>(end - start), start);
        if (n < 0 && errno == EINTR) continue;
        if (n != end - start) throw io_error(path, "read");
        for (off_t i = n; i > 0; --i)
            if (block[i - 1] == '\n') return start + i;
        end = start;
    }
    return 0;
}

Output Output::resume(const std::string& path,
                      const std::function<void(const nlohmann::json&, std::size_t)>& on_record) {
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) throw io_error(path, "open the output to resume");
    Output output(fd, path, true);
    if (!output.regular_file_) throw InputError(file_error(path, "--resume needs a regular file"));
    // A run stopped mid-write can leave a partial last line; it is not a record, so it goes.
    off_t complete = complete_length(fd, path);
    if (ftruncate(fd, complete) != 0) throw io_error(path, "cut the partial last line of");
    if (lseek(fd, 0, SEEK_SET) < 0) throw io_error(path, "read");
    LineReader reader(fd, path, static_cast<std::size_t>(-1));
    std::string line;
    bool too_long = false;
    while (reader.next(line, too_long)) {
        if (is_blank(line)) continue;
        nlohmann::json record;
        try {
            record = nlohmann::json::parse(line);
        } catch (const nlohmann::json::parse_error&) {
        }
        if (!record.is_object() || !record.contains("id") || !record["id"].is_string() || !record.contains("status"))
            throw InputError(Diagnostic{.severity = Severity::error,
                                        .file = path,
                                        .line = reader.line_number(),
                                        .column = 0,
                                        .message = "not a claimcheck batch record; refusing to append to this file",
                                        .source_line = {}});
        on_record(record, reader.line_number());
    }
    if (lseek(fd, 0, SEEK_END) < 0) throw io_error(path, "append to");
    return output;
}

void Output::write_line(const std::string& line) {
    // One write() for the whole line: a regular file gets all of it or, when the run is killed, none.
    std::size_t done = 0;
    while (done < line.size()) {
        ssize_t n = ::write(fd_, line.data() + done, line.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw io_error(name_, "write");
        done += static_cast<std::size_t>(n);
    }
}

void Output::finish_background_sync() {
    if (!background_sync_.valid()) return;
    errno = background_sync_.get();
    if (errno != 0) throw io_error(name_, "write");
}

void Output::sync() {
    finish_background_sync();
    if (regular_file_ && fsync(fd_) != 0) throw io_error(name_, "write");
    last_sync_ = std::chrono::steady_clock::now();
}

void Output::checkpoint() {
    if (!regular_file_) return;
    if (background_sync_.valid()) {
        if (background_sync_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
        finish_background_sync();
    }
    if (std::chrono::steady_clock::now() - last_sync_ < std::chrono::seconds(1)) return;
    last_sync_ = std::chrono::steady_clock::now();
    background_sync_ = std::async(std::launch::async, [fd = fd_] { return fsync(fd) == 0 ? 0 : errno; });
}

// ---- Progress

Progress::Progress(bool enabled, std::optional<std::size_t> total)
    : enabled_(enabled), total_(total), start_(std::chrono::steady_clock::now()), last_draw_() {}

void Progress::update(std::size_t done) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    draw(done);
}

void Progress::finish(std::size_t done) {
    if (!enabled_) return;
    draw(done);
    std::cerr << "\n";
}

void Progress::draw(std::size_t done) {
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
    std::string line;
    if (total_ && *total_ > 0) {
        constexpr std::size_t width = 30;
        std::size_t filled = std::min(width, done * width / *total_);
        line = fmt::format("[{}{}] {}/{} stories", std::string(filled, '#'), std::string(width - filled, '.'), done, *total_);
    } else {
        line = fmt::format("{} stories", done);
    }
    line += fmt::format("  {:.1f}/s", rate);
    if (total_ && rate > 0 && done <= *total_) {
        auto left = static_cast<long>(static_cast<double>(*total_ - done) / rate + 0.5);
        line += fmt::format("  {}:{:02}:{:02} left", left / 3600, left / 60 % 60, left % 60);
    }
    std::cerr << "\r\033[K" << line << std::flush;
}

}  // namespace claimcheck::batch
