#pragma once
// claimcheck batch: the parts of the streaming runner that are not threads. Manifests in (one JSON
// story per line), one JSON record per story out.
#include <chrono>
#include <cstddef>
#include <functional>
#include <future>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimcheck/article.hpp"
#include "claimcheck/diagnostic.hpp"

namespace claimcheck::batch {

// Where a manifest line came from: its file as the user named it ("-" for standard input) and the
// folder its relative paths resolve against (empty: the working folder).
struct ManifestSource {
    std::string name;
    std::string folder;
};

// A story read from a manifest line, its articles read and dated, ready for the pipeline.
struct Story {
    std::string id;
    std::vector<std::string> rule_paths;  // resolved; equal lists share one compiled rule set
    std::vector<Article> articles;
};

// The id a story is recorded under: its "id" when the line is an object with a non-empty string id,
// else "line N".
std::string story_id(const nlohmann::json& manifest, std::size_t line_number);
std::string line_id(std::size_t line_number);

// Parses a manifest line; throws InputError (positioned at the line) when it is not JSON.
nlohmann::json parse_manifest_line(const std::string& line, const ManifestSource& source, std::size_t line_number);

// Checks a parsed manifest and reads its articles. Throws InputError holding every problem found.
Story read_story(const nlohmann::json& manifest, const ManifestSource& source, std::size_t line_number);

// Reads lines lazily from a file descriptor, so a manifest of any length is never held at once.
class LineReader {
public:
    // `name` is used in diagnostics; lines longer than max_line are skipped and reported as too long.
    LineReader(int fd, std::string name, std::size_t max_line);
    // Reads the next line, without its line end (LF or CRLF). Returns false at the end of the input.
    // Throws InputError when the input cannot be read.
    bool next(std::string& line, bool& too_long);
    std::size_t line_number() const { return line_number_; }

private:
    bool fill();
    int fd_;
    std::string name_;
    std::size_t max_line_;
    std::vector<char> buffer_;
    std::size_t begin_ = 0, end_ = 0;
    bool eof_ = false;
    std::size_t line_number_ = 0;
};

// Opens a manifest for reading ("-" is standard input). Throws InputError when it cannot be read.
int open_manifest(const std::string& path);

// Counts the non-blank lines of regular files, for the progress bar; nothing for standard input or pipes.
std::optional<std::size_t> count_stories(const std::vector<std::string>& paths);

// The output: standard output or a file, written one complete line per write() so that a stopped
// run leaves whole lines only.
class Output {
public:
    // Standard output.
    Output();
    // Creates or empties `path`.
    static Output create(const std::string& path);
    // Opens `path` to continue an earlier run (creating it when absent): cuts a final partial line,
    // calls `on_record` with every complete line (parsed) and its line number, then appends.
    static Output resume(const std::string& path,
                         const std::function<void(const nlohmann::json&, std::size_t)>& on_record);
    Output(Output&& other) noexcept;
    Output& operator=(Output&&) = delete;
    ~Output();

    void write_line(const std::string& line);  // `line` ends with '\n'
    // To disk, when the output is a regular file. A killed run loses nothing written (the lines are in
    // the page cache); syncing guards against a crash of the machine. `sync` waits for the disk.
    // `checkpoint` starts a sync at most once a second, on a thread of its own, and reports the last
    // one's failure: an fsync takes 20 ms or more, and the writer waiting on it left the workers idle.
    void sync();
    void checkpoint();

private:
    Output(int fd, std::string name, bool owned);
    void finish_background_sync();
    int fd_;
    std::string name_;
    bool owned_;
    bool regular_file_;
    std::chrono::steady_clock::time_point last_sync_ = std::chrono::steady_clock::now();
    std::future<int> background_sync_;  // errno of the running checkpoint's fsync, 0 when it worked
};

// The progress bar on standard error: stories done, rate, time left when the total is known.
class Progress {
public:
    Progress(bool enabled, std::optional<std::size_t> total);
    void update(std::size_t done);
    void finish(std::size_t done);

private:
    void draw(std::size_t done);
    bool enabled_;
    std::optional<std::size_t> total_;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace claimcheck::batch
