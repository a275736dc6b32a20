#pragma once
// Diagnostics describe the inputs (a bad rule, an unreadable article), never the content.
// They are built as data and formatted last, like a compiler's: FILE:LINE:COL: error: MESSAGE.
#include <cstddef>
#include <exception>
#include <string>
#include <vector>

namespace claimcheck {

enum class Severity { error, warning };

struct Diagnostic {
    Severity severity = Severity::error;
    std::string file;         // the path as the user gave it; empty when no file is involved
    std::size_t line = 0;     // from 1; 0 when the problem has no position
    std::size_t column = 0;   // from 1, in bytes
    std::string message;      // written for the user, no trailing period
    std::string source_line;  // the offending line, when known, for a caret display
};

// Formats "FILE:LINE:COL: error: MESSAGE" (parts without a value are left out).
std::string format_diagnostic(const Diagnostic& diagnostic);

// Formats the diagnostic followed by its source line and a caret under the column.
std::string format_diagnostic_with_source(const Diagnostic& diagnostic);

// The one exception type of the pipeline: bad input. Caught once, at the command boundary, where
// every diagnostic is printed and the run exits with status 2. Holds at least one diagnostic.
class InputError : public std::exception {
public:
    explicit InputError(std::vector<Diagnostic> diagnostics);
    explicit InputError(Diagnostic diagnostic);
    const std::vector<Diagnostic>& diagnostics() const noexcept { return diagnostics_; }
    const char* what() const noexcept override { return summary_.c_str(); }

private:
    std::vector<Diagnostic> diagnostics_;
    std::string summary_;
};

// Builds an error diagnostic for a file without a position.
Diagnostic file_error(std::string file, std::string message);

// Builds an error diagnostic that concerns no file (a bad option, a missing argument).
Diagnostic plain_error(std::string message);

}  // namespace claimcheck
