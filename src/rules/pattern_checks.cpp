#include "pattern_checks.hpp"

#include <unordered_map>

#include <re2/re2.h>

#include "claimcheck/pattern_syntax.hpp"

namespace claimcheck {

namespace {

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
    // Most number rules share one value group, {{number}}: compiling it once per rule was a third of
    // the time to load a thousand rules.
    thread_local std::unordered_map<std::string, bool> known;
    if (auto it = known.find(*body); it != known.end()) return it->second;
    RE2::Options options;
    options.set_log_errors(false);
    RE2 alone("^(?:" + without_assertions(*body) + ")$", options);
    const bool empty = alone.ok() && RE2::FullMatch("", alone);
    if (known.size() > 1024) known.clear();
    known.emplace(std::move(*body), empty);
    return empty;
}

}  // namespace claimcheck
