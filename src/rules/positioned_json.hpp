#pragma once
// JSON parsed with the byte offset of every value and key kept as data, so that errors point at the
// offending value without re-searching the text.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimcheck {

struct PositionedJson {
    nlohmann::json value;
    std::map<std::string, std::size_t> value_offsets;  // JSON pointer -> byte offset of the value
    std::map<std::string, std::size_t> key_offsets;    // JSON pointer of a member -> offset of its key
    struct Problem {
        std::size_t offset;
        std::string pointer;
        std::string message;
    };
    std::vector<Problem> problems;  // duplicate keys

    // Returns the offset of the value at `pointer`, or of its nearest enclosing value.
    std::size_t offset_of(std::string pointer) const;
    // Returns the offset of a member's key (falls back to its value).
    std::size_t key_offset_of(const std::string& pointer) const;
};

struct JsonSyntaxError {
    std::size_t offset = 0;
    std::string message;
};

struct JsonLimits {
    std::size_t max_depth = 64;
};

// Parses JSON text. Returns the syntax error instead when the text is not JSON.
std::variant<PositionedJson, JsonSyntaxError> parse_positioned_json(std::string_view text, JsonLimits limits = {});

// Appends an escaped reference token to a JSON pointer.
std::string pointer_append(const std::string& pointer, const std::string& token);

// Returns the byte offset, in the raw JSON text, of character `index` of the decoded string whose
// opening quote is at `quote_offset` (accounts for escapes such as \\ and \u00e9).
std::size_t offset_in_json_string(std::string_view text, std::size_t quote_offset, std::size_t index);

}  // namespace claimcheck
