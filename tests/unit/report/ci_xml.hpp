#pragma once
// A small, strict XML 1.0 reader for the JUnit tests: enough of the grammar to parse what a JUnit
// writer may produce (declaration, elements, attributes, character data, entity and character
// references, comments) and to reject what a real parser rejects (mismatched tags, bare '&' or '<',
// characters XML 1.0 forbids, malformed UTF-8). Throws std::runtime_error with the byte offset.
#include <cctype>
#include <cstddef>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::testing::xml {

struct Element {
    std::string name;
    std::map<std::string, std::string> attributes;  // values with references resolved
    std::string text;                               // character data directly inside, resolved
    std::vector<Element> children;

    const Element* child(const std::string& child_name) const {
        for (const Element& c : children)
            if (c.name == child_name) return &c;
        return nullptr;
    }
};

class Reader {
public:
    explicit Reader(std::string_view text) : text_(text) {}

    Element document() {
        check_characters();
        if (text_.substr(0, 5) == "<?xml") skip_past("?>");
        skip_misc();
        Element root = element();
        skip_misc();
        if (pos_ != text_.size()) fail("content after the root element");
        return root;
    }

private:
    [[noreturn]] void fail(const std::string& what) const {
        throw std::runtime_error("XML: " + what + " at byte " + std::to_string(pos_));
    }

    static void append_utf8(std::string& out, char32_t c) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }

    static bool allowed(char32_t c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
               (c >= 0x10000 && c <= 0x10FFFF);
    }

    // The whole document must be well-formed UTF-8 of allowed characters.
    void check_characters() {
        for (pos_ = 0; pos_ < text_.size();) {
            auto b = static_cast<unsigned char>(text_[pos_]);
            std::size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
            if (n == 0 || pos_ + n > text_.size()) fail("malformed UTF-8");
            char32_t c = n == 1 ? b : b & (0x7F >> n);
            for (std::size_t k = 1; k < n; ++k) {
                auto cont = static_cast<unsigned char>(text_[pos_ + k]);
                if ((cont & 0xC0) != 0x80) fail("malformed UTF-8");
                c = (c << 6) | (cont & 0x3F);
            }
            if (!allowed(c)) fail("a character XML 1.0 forbids");
            pos_ += n;
        }
        pos_ = 0;
    }

    bool at(std::string_view s) const { return text_.substr(pos_, s.size()) == s; }

    void skip_past(std::string_view end) {
        std::size_t found = text_.find(end, pos_);
        if (found == std::string_view::npos) fail("unterminated construct");
        pos_ = found + end.size();
    }

    void skip_space() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\t' || text_[pos_] == '\r'))
            ++pos_;
    }

    void skip_misc() {
        for (;;) {
            skip_space();
            if (at("<!--")) skip_past("-->");
            else return;
        }
    }

    std::string name() {
        std::size_t start = pos_;
        while (pos_ < text_.size()) {
            char c = text_[pos_];
            bool name_char = std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == ':' || c == '-' || c == '.' ||
                             static_cast<unsigned char>(c) >= 0x80;
            if (!name_char) break;
            ++pos_;
        }
        if (pos_ == start) fail("a name was expected");
        return std::string(text_.substr(start, pos_ - start));
    }

    // Resolves a reference starting at '&'.
    void reference(std::string& out) {
        std::size_t semicolon = text_.find(';', pos_);
        if (semicolon == std::string_view::npos || semicolon - pos_ > 12) fail("bare '&'");
        std::string_view ref = text_.substr(pos_ + 1, semicolon - pos_ - 1);
        if (ref == "amp") out += '&';
        else if (ref == "lt") out += '<';
        else if (ref == "gt") out += '>';
        else if (ref == "quot") out += '"';
        else if (ref == "apos") out += '\'';
        else if (ref.size() > 1 && ref[0] == '#') {
            bool hex = ref[1] == 'x';
            std::string digits(ref.substr(hex ? 2 : 1));
            if (digits.empty()) fail("empty character reference");
            std::size_t used = 0;
            unsigned long code = std::stoul(digits, &used, hex ? 16 : 10);
            if (used != digits.size() || !allowed(static_cast<char32_t>(code))) fail("bad character reference");
            append_utf8(out, static_cast<char32_t>(code));
        } else {
            fail("unknown entity");
        }
        pos_ = semicolon + 1;
    }

    std::string attribute_value() {
        if (pos_ >= text_.size() || (text_[pos_] != '"' && text_[pos_] != '\'')) fail("a quoted value was expected");
        char quote = text_[pos_++];
        std::string out;
        while (pos_ < text_.size() && text_[pos_] != quote) {
            char c = text_[pos_];
            if (c == '<') fail("'<' in an attribute value");
            if (c == '&') {
                reference(out);
                continue;
            }
            // Attribute-value normalisation: literal white space becomes a space.
            out += (c == '\n' || c == '\t' || c == '\r') ? ' ' : c;
            ++pos_;
        }
        if (pos_ >= text_.size()) fail("unterminated attribute value");
        ++pos_;
        return out;
    }

    Element element() {
        if (!at("<")) fail("'<' was expected");
        ++pos_;
        Element out;
        out.name = name();
        for (;;) {
            skip_space();
            if (at("/>")) {
                pos_ += 2;
                return out;
            }
            if (at(">")) {
                ++pos_;
                break;
            }
            std::string attribute = name();
            skip_space();
            if (!at("=")) fail("'=' was expected");
            ++pos_;
            skip_space();
            if (!out.attributes.emplace(attribute, attribute_value()).second) fail("duplicate attribute");
        }
        for (;;) {
            if (pos_ >= text_.size()) fail("unclosed element " + out.name);
            if (at("</")) {
                pos_ += 2;
                if (name() != out.name) fail("mismatched end tag for " + out.name);
                skip_space();
                if (!at(">")) fail("'>' was expected");
                ++pos_;
                return out;
            }
            if (at("<!--")) skip_past("-->");
            else if (at("<![CDATA[")) {
                std::size_t start = pos_ + 9;
                skip_past("]]>");
                out.text += text_.substr(start, pos_ - 3 - start);
            } else if (at("<")) out.children.push_back(element());
            else if (at("&")) reference(out.text);
            else if (at("]]>")) fail("']]>' in character data");
            else {
                // Line ends are normalised to LF, as every conforming parser does.
                if (at("\r\n")) ++pos_;
                out.text += text_[pos_] == '\r' ? '\n' : text_[pos_];
                ++pos_;
            }
        }
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

inline Element parse(std::string_view text) { return Reader(text).document(); }

}  // namespace claimcheck::testing::xml
