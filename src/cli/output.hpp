#pragma once
// Outputs are written only when the whole run succeeded, each to a temporary file beside its target and
// renamed into place, so a failing run never leaves a half-written or changed report. A device or pipe
// given as output (/dev/stdout, a FIFO) is written in place, never replaced.
#include <string>
#include <vector>

namespace claimcheck {

class OutputSet {
public:
    // Registers an output; "-" is standard output. Throws InputError when the path cannot be written
    // (missing folder, a folder, given twice) — before any work is done.
    void add(const std::string& path, const std::string& what);
    bool empty() const { return targets_.empty(); }
    bool writes_stdout() const;

    // Sets the content of a registered output.
    void set(const std::string& path, std::string content);

    // Writes every output. Throws InputError (and leaves every target as it was) when one fails.
    void commit();

private:
    struct Target {
        std::string path;
        std::string what;
        std::string content;
    };
    std::vector<Target> targets_;
};

}  // namespace claimcheck
