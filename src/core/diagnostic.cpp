#include "claimcheck/diagnostic.hpp"

#include <fmt/format.h>

namespace claimcheck {

std::string format_diagnostic(const Diagnostic& d) {
    std::string out;
    if (!d.file.empty()) {
        out += d.file;
        if (d.line > 0) out += fmt::format(":{}:{}", d.line, d.column);
        out += ": ";
    }
    out += d.severity == Severity::error ? "error: " : "warning: ";
    out += d.message;
    return out;
}

std::string format_diagnostic_with_source(const Diagnostic& d) {
    std::string out = format_diagnostic(d);
    if (d.line == 0 || d.source_line.empty()) return out;
    out += "\n  " + d.source_line + "\n  ";
    // Keep tabs so the caret lines up under tab-indented source.
    for (std::size_t i = 0; i + 1 < d.column && i < d.source_line.size(); ++i)
        out += d.source_line[i] == '\t' ? '\t' : ' ';
    out += '^';
    return out;
}

InputError::InputError(std::vector<Diagnostic> diagnostics) : diagnostics_(std::move(diagnostics)) {
    if (diagnostics_.empty()) diagnostics_.push_back(plain_error("invalid input"));
    summary_ = format_diagnostic(diagnostics_.front());
}

InputError::InputError(Diagnostic diagnostic) : InputError(std::vector<Diagnostic>{std::move(diagnostic)}) {}

Diagnostic plain_error(std::string message) { return file_error({}, std::move(message)); }

Diagnostic file_error(std::string file, std::string message) {
    return Diagnostic{Severity::error, std::move(file), 0, 0, std::move(message), {}};
}

}  // namespace claimcheck
