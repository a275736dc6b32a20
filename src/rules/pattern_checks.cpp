#include "pattern_checks.hpp"

#include <re2/re2.h>

namespace claimcheck {

namespace {

// Returns the index just past a character class that opens at `at` ("[...]", with "]" first taken
// literally, escapes and [:name:] classes inside).
std::size_t skip_class(std::string_view p, std::size_t at) {
    std::size_t i = at + 1;
    if (i < p.size() && p[i] == '^') ++i;
    if (i < p.size() && p[i] == ']') ++i;
    while (i < p.size() && p[i] != ']') {
        if (p[i] == '\\') i += 2;
        else if (p.compare(i, 2, "[:") == 0 && p.find(":]", i + 2) != std::string_view::npos) i = p.find(":]", i + 2) + 2;
        else ++i;
    }
    return std::min(i + 1, p.size());
}

// Returns the index just past an escape that starts at `at` (a \Q...\E quotation as a whole).
std::size_t skip_escape(std::string_view p, std::size_t at) {
    if (p.compare(at, 2, "\\Q") == 0) {
        std::size_t end = p.find("\\E", at + 2);
        return end == std::string_view::npos ? p.size() : end + 2;
    }
    return std::min(at + 2, p.size());
}

// Copies a pattern without its zero-width assertions outside character classes.
std::string without_assertions(std::string_view p) {
    std::string out;
    std::size_t i = 0;
    while (i < p.size()) {
        if (p[i] == '\\') {
            std::size_t next = skip_escape(p, i);
            char kind = i + 1 < p.size() ? p[i + 1] : '\0';
            if (kind != 'b' && kind != 'B' && kind != 'A' && kind != 'z') out.append(p.substr(i, next - i));
            i = next;
        } else if (p[i] == '[') {
            std::size_t next = skip_class(p, i);
            out.append(p.substr(i, next - i));
            i = next;
        } else {
            if (p[i] != '^' && p[i] != '$') out += p[i];
            ++i;
        }
    }
    return out;
}

}  // namespace

std::optional<std::string> named_group_body(std::string_view p, std::string_view name) {
    const std::string python_open = "(?P<" + std::string(name) + ">";
    const std::string plain_open = "(?<" + std::string(name) + ">";
    std::size_t depth = 0, body_start = 0, group_depth = 0;
    bool inside = false;
    std::size_t i = 0;
    while (i < p.size()) {
        if (p[i] == '\\') {
            i = skip_escape(p, i);
        } else if (p[i] == '[') {
            i = skip_class(p, i);
        } else if (p[i] == '(') {
            ++depth;
            for (const auto& open : {python_open, plain_open})
                if (!inside && p.compare(i, open.size(), open) == 0) {
                    inside = true;
                    group_depth = depth;
                    body_start = i + open.size();
                }
            ++i;
        } else if (p[i] == ')') {
            if (inside && depth == group_depth) return std::string(p.substr(body_start, i - body_start));
            if (depth > 0) --depth;
            ++i;
        } else {
            ++i;
        }
    }
    return std::nullopt;
}

bool value_group_can_be_empty(std::string_view expanded_pattern) {
    auto body = named_group_body(expanded_pattern, "value");
    if (!body) return false;
    RE2::Options options;
    options.set_log_errors(false);
    RE2 alone("^(?:" + without_assertions(*body) + ")$", options);
    return alone.ok() && RE2::FullMatch("", alone);
}

}  // namespace claimcheck
