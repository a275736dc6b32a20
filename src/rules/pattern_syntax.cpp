#include "claimcheck/pattern_syntax.hpp"

#include <algorithm>
#include <vector>

namespace claimcheck {

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

std::size_t skip_escape(std::string_view p, std::size_t at) {
    if (p.compare(at, 2, "\\Q") == 0) {
        std::size_t end = p.find("\\E", at + 2);
        return end == std::string_view::npos ? p.size() : end + 2;
    }
    std::size_t next = std::min(at + 2, p.size());
    char kind = at + 1 < p.size() ? p[at + 1] : '\0';
    if ((kind == 'p' || kind == 'P' || kind == 'x') && next < p.size() && p[next] == '{') {
        std::size_t close = p.find('}', next);
        return close == std::string_view::npos ? p.size() : close + 1;
    }
    return next;
}

std::size_t skip_group(std::string_view p, std::size_t at) {
    std::size_t depth = 0, i = at;
    while (i < p.size()) {
        if (p[i] == '\\') i = skip_escape(p, i);
        else if (p[i] == '[') i = skip_class(p, i);
        else {
            if (p[i] == '(') ++depth;
            if (p[i] == ')' && --depth == 0) return i + 1;
            ++i;
        }
    }
    return p.size();
}

bool inside_repeated_group(std::string_view p, std::size_t at) {
    std::vector<std::size_t> open;    // where the groups open at the scan position start
    std::vector<std::size_t> around;  // of those, the ones open at `at`
    bool passed = false;
    for (std::size_t i = 0; i < p.size();) {
        if (!passed && i >= at) {
            around = open;
            passed = true;
        }
        if (p[i] == '\\') {
            i = skip_escape(p, i);
        } else if (p[i] == '[') {
            i = skip_class(p, i);
        } else {
            if (p[i] == '(') open.push_back(i);
            if (p[i] == ')' && !open.empty()) {
                const bool holds_at = std::find(around.begin(), around.end(), open.back()) != around.end();
                open.pop_back();
                const char next = i + 1 < p.size() ? p[i + 1] : '\0';
                if (holds_at && (next == '*' || next == '+' || next == '{')) return true;
            }
            ++i;
        }
    }
    return false;
}

}  // namespace claimcheck
