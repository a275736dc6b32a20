#include <algorithm>

#include "claimcheck/article.hpp"

namespace claimcheck {

void OffsetMap::add_anchor(std::size_t normalised, std::size_t original) {
    normalised_.push_back(normalised);
    original_.push_back(original);
}

std::size_t OffsetMap::to_original(std::size_t normalised) const {
    auto next = std::upper_bound(normalised_.begin(), normalised_.end(), normalised);
    auto i = static_cast<std::size_t>(next - normalised_.begin()) - 1;
    return original_[i] + (normalised - normalised_[i]);
}

namespace {

// Decodes the code point at s[i] (valid UTF-8 assumed) and its length.
char32_t decode(std::string_view s, std::size_t i, std::size_t& length) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    unsigned char c = b(0);
    if (c < 0x80) return length = 1, c;
    if (c < 0xE0) return length = 2, char32_t((c & 0x1F) << 6 | (b(1) & 0x3F));
    if (c < 0xF0) return length = 3, char32_t((c & 0x0F) << 12 | (b(1) & 0x3F) << 6 | (b(2) & 0x3F));
    return length = 4, char32_t((c & 0x07) << 18 | (b(1) & 0x3F) << 12 | (b(2) & 0x3F) << 6 | (b(3) & 0x3F));
}

// Returns the ASCII text that replaces a code point, or nullptr to keep it. "" removes it.
const char* replacement(char32_t c) {
    switch (c) {
        case 0x00A0: case 0x1680: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
        case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F:
        case 0x205F: case 0x3000:
            return " ";
        case 0x2028: case 0x2029: case 0x0085:
            return "\n";
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
            return "'";
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
            return "\"";
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
            return "-";
        case 0x2026:
            return "...";
        case 0xFEFF: case 0x200B: case 0x00AD:  // byte-order mark, zero-width space, soft hyphen
            return "";
        default:
            return nullptr;
    }
}

}  // namespace

std::string normalise_text(std::string_view text, OffsetMap& offsets) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        char c = text[i];
        if (c == '\r') {
            bool crlf = i + 1 < text.size() && text[i + 1] == '\n';
            out += '\n';
            i += crlf ? 2 : 1;
            if (crlf) offsets.add_anchor(out.size(), i);
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x80) {
            out += c;
            ++i;
            continue;
        }
        std::size_t length = 1;
        char32_t code = decode(text, i, length);
        if (const char* r = replacement(code)) {
            std::size_t r_length = std::char_traits<char>::length(r);
            out += r;
            i += length;
            // Inside a replacement of several characters ("..." for U+2026) no original character
            // starts: those offsets map to the end of the original character, so spans stay whole.
            for (std::size_t inside = out.size() - r_length + 1; inside < out.size(); ++inside)
                offsets.add_anchor(inside, i);
            if (r_length != length || r_length > 1) offsets.add_anchor(out.size(), i);
        } else {
            out.append(text, i, length);
            i += length;
        }
    }
    return out;
}

}  // namespace claimcheck
