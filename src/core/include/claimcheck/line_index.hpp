#pragma once
// Turns byte offsets into line and column, only when something is printed. Offsets are the data.
#include <cstddef>
#include <string_view>
#include <vector>

namespace claimcheck {

struct Position {
    std::size_t line = 1;    // from 1
    std::size_t column = 1;  // from 1, counted in bytes
};

class LineIndex {
public:
    LineIndex() = default;
    explicit LineIndex(std::string_view text);

    // Returns the line and column of a byte offset (offsets past the end clamp to the end).
    Position position(std::size_t offset) const;
    // Returns the text of a line (from 1) without its line end; empty when out of range.
    std::string_view line_text(std::string_view text, std::size_t line) const;

private:
    std::vector<std::size_t> line_starts_{0};
    std::size_t size_ = 0;
};

}  // namespace claimcheck
