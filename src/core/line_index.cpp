#include "claimcheck/line_index.hpp"

#include <algorithm>

namespace claimcheck {

LineIndex::LineIndex(std::string_view text) : size_(text.size()) {
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') line_starts_.push_back(i + 1);
}

Position LineIndex::position(std::size_t offset) const {
    offset = std::min(offset, size_);
    auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    auto line = static_cast<std::size_t>(next - line_starts_.begin());
    return {line, offset - line_starts_[line - 1] + 1};
}

std::string_view LineIndex::line_text(std::string_view text, std::size_t line) const {
    if (line == 0 || line > line_starts_.size()) return {};
    std::size_t begin = line_starts_[line - 1];
    std::size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text.size();
    std::string_view out = text.substr(begin, end - begin);
    if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
    return out;
}

}  // namespace claimcheck
