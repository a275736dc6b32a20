#include "positioned_json.hpp"

#include <cstdlib>
#include <iterator>
#include <vector>

namespace claimcheck {

namespace {

// An iterator over the text that records how far nlohmann's lexer has read, which is how each SAX
// event learns where its token ends.
struct CountingIterator {
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    const char* at = nullptr;
    const char* base = nullptr;
    std::size_t* consumed = nullptr;

    reference operator*() const { return *at; }
    CountingIterator& operator++() {
        ++at;
        *consumed = static_cast<std::size_t>(at - base);
        return *this;
    }
    CountingIterator operator++(int) {
        CountingIterator copy = *this;
        ++*this;
        return copy;
    }
    bool operator==(const CountingIterator& other) const { return at == other.at; }
    bool operator!=(const CountingIterator& other) const { return at != other.at; }
};

bool is_number_char(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

class PositionRecorder : public nlohmann::json_sax<nlohmann::json> {
public:
    PositionRecorder(std::string_view text, const std::size_t& consumed, JsonLimits limits, PositionedJson& out)
        : text_(text), consumed_(consumed), limits_(limits), out_(out) {}

    std::optional<JsonSyntaxError> error;

    bool null() override { return add(nullptr, literal_start(4)); }
    bool boolean(bool v) override { return add(v, literal_start(v ? 4 : 5)); }
    bool number_integer(number_integer_t v) override { return add(v, number_start()); }
    bool number_unsigned(number_unsigned_t v) override { return add(v, number_start()); }
    bool number_float(number_float_t v, const string_t&) override { return add(v, number_start()); }
    bool string(string_t& v) override { return add(v, string_start()); }
    bool binary(binary_t&) override { return true; }

    bool start_object(std::size_t) override { return open(nlohmann::json::object()); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(nlohmann::json::array()); }
    bool end_array() override { return close(); }

    bool key(string_t& k) override {
        Frame& frame = stack_.back();
        std::string member = pointer_append(frame.pointer, k);
        if (frame.value->contains(k))
            out_.problems.push_back({string_start(), member, "duplicate field \"" + k + "\""});
        else
            out_.key_offsets[member] = string_start();
        frame.key = k;
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
        std::string what = ex.what();
        // nlohmann writes "...parse error at line L, column C: MESSAGE"; keep MESSAGE, we print our own position.
        auto colon = what.find(": ", what.find("column"));
        std::string message = colon == std::string::npos ? what : what.substr(colon + 2);
        error = JsonSyntaxError{position > 0 ? position - 1 : 0, "invalid JSON: " + message};
        return false;
    }

private:
    struct Frame {
        nlohmann::json* value;
        std::string pointer;
        std::string key;
    };

    std::size_t literal_start(std::size_t length) const { return consumed_ >= length ? consumed_ - length : 0; }

    std::size_t number_start() const {
        std::size_t end = consumed_;
        // The lexer reads one character past a number before it knows the number ended.
        if (end > 0 && end <= text_.size() && !is_number_char(text_[end - 1])) --end;
        while (end > 0 && is_number_char(text_[end - 1])) --end;
        return end;
    }

    std::size_t string_start() const {
        // consumed_ is just past the closing quote; find the opening quote that is not escaped.
        std::size_t i = consumed_ >= 2 ? consumed_ - 2 : 0;
        while (i > 0) {
            if (text_[i] == '"') {
                std::size_t backslashes = 0;
                while (i > backslashes && text_[i - 1 - backslashes] == '\\') ++backslashes;
                if (backslashes % 2 == 0) return i;
            }
            --i;
        }
        return 0;
    }

    std::string next_pointer() const {
        if (stack_.empty()) return "";
        const Frame& frame = stack_.back();
        if (frame.value->is_array()) return pointer_append(frame.pointer, std::to_string(frame.value->size()));
        return pointer_append(frame.pointer, frame.key);
    }

    nlohmann::json* place(nlohmann::json value) {
        if (stack_.empty()) {
            out_.value = std::move(value);
            return &out_.value;
        }
        Frame& frame = stack_.back();
        if (frame.value->is_array()) {
            frame.value->push_back(std::move(value));
            return &frame.value->back();
        }
        nlohmann::json& slot = (*frame.value)[frame.key];
        slot = std::move(value);
        return &slot;
    }

    bool add(nlohmann::json value, std::size_t start) {
        out_.value_offsets.emplace(next_pointer(), start);
        place(std::move(value));
        return true;
    }

    bool open(nlohmann::json container) {
        std::size_t start = consumed_ > 0 ? consumed_ - 1 : 0;
        if (stack_.size() >= limits_.max_depth) {
            error = JsonSyntaxError{start, "JSON nesting deeper than " + std::to_string(limits_.max_depth) + " levels"};
            return false;
        }
        std::string pointer = next_pointer();
        out_.value_offsets.emplace(pointer, start);
        nlohmann::json* slot = place(std::move(container));
        stack_.push_back(Frame{slot, pointer, {}});
        return true;
    }

    bool close() {
        stack_.pop_back();
        return true;
    }

    std::string_view text_;
    const std::size_t& consumed_;
    JsonLimits limits_;
    PositionedJson& out_;
    std::vector<Frame> stack_;
};

}  // namespace

std::string pointer_append(const std::string& pointer, const std::string& token) {
    std::string out = pointer + "/";
    for (char c : token) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::size_t PositionedJson::offset_of(std::string pointer) const {
    while (true) {
        if (auto it = value_offsets.find(pointer); it != value_offsets.end()) return it->second;
        if (pointer.empty()) return 0;
        pointer.erase(pointer.rfind('/'));
    }
}

std::size_t PositionedJson::key_offset_of(const std::string& pointer) const {
    if (auto it = key_offsets.find(pointer); it != key_offsets.end()) return it->second;
    return offset_of(pointer);
}

std::variant<PositionedJson, JsonSyntaxError> parse_positioned_json(std::string_view text, JsonLimits limits) {
    PositionedJson out;
    std::size_t consumed = 0;
    PositionRecorder recorder(text, consumed, limits, out);
    CountingIterator first{text.data(), text.data(), &consumed};
    CountingIterator last{text.data() + text.size(), text.data(), &consumed};
    bool ok = nlohmann::json::sax_parse(first, last, &recorder);
    if (recorder.error) return *recorder.error;
    if (!ok) return JsonSyntaxError{consumed, "invalid JSON"};
    return out;
}

std::size_t offset_in_json_string(std::string_view text, std::size_t quote_offset, std::size_t index) {
    std::size_t at = quote_offset + 1;
    std::size_t decoded = 0;
    while (at < text.size() && text[at] != '"' && decoded < index) {
        if (text[at] == '\\' && at + 1 < text.size()) {
            if (text[at + 1] == 'u') {
                // \uXXXX is one code point: 1 to 3 decoded bytes (4 for a surrogate pair, written as two escapes).
                unsigned code = static_cast<unsigned>(std::strtoul(std::string(text.substr(at + 2, 4)).c_str(), nullptr, 16));
                decoded += code < 0x80 ? 1 : code < 0x800 ? 2 : (code >= 0xD800 && code < 0xDC00) ? 4 : 3;
                at += (code >= 0xD800 && code < 0xDC00) ? 12 : 6;
            } else {
                decoded += 1;
                at += 2;
            }
        } else {
            decoded += 1;
            at += 1;
        }
    }
    return at;
}

}  // namespace claimcheck
