#include "html_escape.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace claimcheck::html {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// Returns the length of the valid UTF-8 sequence starting at text[at], or 0 when it is invalid
// (overlong forms, surrogates, code points past U+10FFFF, truncated sequences).
std::size_t utf8_sequence_length(std::string_view text, std::size_t at, std::size_t end) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char lead = byte(at);
    std::size_t length = 0;
    unsigned char second_low = 0x80, second_high = 0xBF;
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) length = 3;
    else if (lead >= 0xF0 && lead <= 0xF4) length = 4;
    else return 0;
    if (lead == 0xE0) second_low = 0xA0;
    if (lead == 0xED) second_high = 0x9F;
    if (lead == 0xF0) second_low = 0x90;
    if (lead == 0xF4) second_high = 0x8F;
    if (at + length > end) return 0;
    if (byte(at + 1) < second_low || byte(at + 1) > second_high) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (byte(at + i) < 0x80 || byte(at + i) > 0xBF) return 0;
    return length;
}

// Appends one ASCII byte, escaped.
void append_ascii(std::string& out, std::string_view text, std::size_t at) {
    char c = text[at];
    switch (c) {
    case '&': out += "&amp;"; return;
    case '<': out += "&lt;"; return;
    case '>': out += "&gt;"; return;
    case '"': out += "&quot;"; return;
    case '\'': out += "&#39;"; return;
    case '\t':
    case '\n': out += c; return;
    case '\r':
        // CR LF is one line end; a lone CR is one too.
        if (at + 1 < text.size() && text[at + 1] == '\n') return;
        out += '\n';
        return;
    default: break;
    }
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) out += replacement;
    else out += c;
}

}  // namespace

void append_escaped(std::string& out, std::string_view text) { append_escaped(out, text, 0, text.size()); }

void append_escaped(std::string& out, std::string_view text, std::size_t start, std::size_t end) {
    end = std::min(end, text.size());
    std::size_t at = std::min(start, end);
    out.reserve(out.size() + (end - at));
    while (at < end) {
        std::size_t length = utf8_sequence_length(text, at, end);
        std::string_view sequence = text.substr(at, length);
        if (length == 0) {
            out += replacement;
            at += 1;
            continue;
        }
        if (length == 1) append_ascii(out, text, at);
        else if (sequence == "\xE2\x80\xA8") out += "&#x2028;";
        else if (sequence == "\xE2\x80\xA9") out += "&#x2029;";
        else if (length == 2 && static_cast<unsigned char>(sequence[0]) == 0xC2 &&
                 static_cast<unsigned char>(sequence[1]) < 0xA0)
            out += replacement;  // C1 control characters are parse errors in HTML
        else out += sequence;
        at += length;
    }
}

std::string escaped(std::string_view text) {
    std::string out;
    append_escaped(out, text);
    return out;
}

namespace {

constexpr std::array<std::uint32_t, 64> round_constants = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

std::uint32_t rotate_right(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

void compress(std::array<std::uint32_t, 8>& state, const unsigned char* block) {
    std::array<std::uint32_t, 64> w{};
    for (int i = 0; i < 16; ++i)
        w[i] = (std::uint32_t(block[4 * i]) << 24) | (std::uint32_t(block[4 * i + 1]) << 16) |
               (std::uint32_t(block[4 * i + 2]) << 8) | std::uint32_t(block[4 * i + 3]);
    for (int i = 16; i < 64; ++i) {
        std::uint32_t s0 = rotate_right(w[i - 15], 7) ^ rotate_right(w[i - 15], 18) ^ (w[i - 15] >> 3);
        std::uint32_t s1 = rotate_right(w[i - 2], 17) ^ rotate_right(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    auto [a, b, c, d, e, f, g, h] = state;
    for (int i = 0; i < 64; ++i) {
        std::uint32_t s1 = rotate_right(e, 6) ^ rotate_right(e, 11) ^ rotate_right(e, 25);
        std::uint32_t choice = (e & f) ^ (~e & g);
        std::uint32_t t1 = h + s1 + choice + round_constants[i] + w[i];
        std::uint32_t s0 = rotate_right(a, 2) ^ rotate_right(a, 13) ^ rotate_right(a, 22);
        std::uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
        std::uint32_t t2 = s0 + majority;
        h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    std::array<std::uint32_t, 8> add = {a, b, c, d, e, f, g, h};
    for (int i = 0; i < 8; ++i) state[i] += add[i];
}

std::array<unsigned char, 32> sha256(std::string_view bytes) {
    std::array<std::uint32_t, 8> state = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                          0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    std::string padded(bytes);
    std::uint64_t bit_length = std::uint64_t(bytes.size()) * 8;
    padded += static_cast<char>(0x80);
    while (padded.size() % 64 != 56) padded += '\0';
    for (int i = 7; i >= 0; --i) padded += static_cast<char>((bit_length >> (8 * i)) & 0xFF);
    for (std::size_t at = 0; at < padded.size(); at += 64)
        compress(state, reinterpret_cast<const unsigned char*>(padded.data() + at));
    std::array<unsigned char, 32> digest{};
    for (int i = 0; i < 32; ++i) digest[i] = static_cast<unsigned char>(state[i / 4] >> (24 - 8 * (i % 4)));
    return digest;
}

std::string base64(const unsigned char* data, std::size_t size) {
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t at = 0; at < size; at += 3) {
        std::uint32_t chunk = std::uint32_t(data[at]) << 16;
        if (at + 1 < size) chunk |= std::uint32_t(data[at + 1]) << 8;
        if (at + 2 < size) chunk |= data[at + 2];
        out += alphabet[(chunk >> 18) & 63];
        out += alphabet[(chunk >> 12) & 63];
        out += at + 1 < size ? alphabet[(chunk >> 6) & 63] : '=';
        out += at + 2 < size ? alphabet[chunk & 63] : '=';
    }
    return out;
}

}  // namespace

std::string sha256_base64(std::string_view bytes) {
    auto digest = sha256(bytes);
    return base64(digest.data(), digest.size());
}

}  // namespace claimcheck::html
