// Reads the amount part of a quantity phrase: digits, number words, scales, fractions. It reads
// token by token with the word tables, so any amount the regex admits is read the same way.
#include <charconv>
#include <cmath>
#include <vector>

#include "number_internal.hpp"

namespace claimcheck::number_detail {

namespace {

struct Token {
    bool is_number = false;  // written in digits
    double value = 0;        // for digits
    std::string word;        // lower case, for words
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return c >= 'a' && c <= 'z'; }

// The length of the white space character at `i` (ASCII space, U+00A0, U+2009, U+202F), or 0.
std::size_t space_at(std::string_view text, std::size_t i) {
    const auto has = [&](std::string_view bytes) { return text.substr(i, bytes.size()) == bytes; };
    if (i >= text.size()) return 0;
    // RE2's \s (space, tab, newline, form feed, carriage return), which the regex joins words with.
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\f' || text[i] == '\r') return 1;
    if (has("\xC2\xA0")) return 2;
    if (has("\xE2\x80\x89") || has("\xE2\x80\xAF")) return 3;
    return 0;
}

struct NumberScan {
    std::size_t end = 0;
    std::string plain;  // digits, '.', 'e', sign: what from_chars reads
};

// Scans a number written in digits from `i`, dropping thousands separators (a comma or a space
// followed by a digit: the regex only admits them between groups of three).
NumberScan scan_digits(std::string_view text, std::size_t i) {
    NumberScan scan;
    while (i < text.size()) {
        const char c = text[i];
        if (is_digit(c)) {
            scan.plain += c;
            ++i;
        } else if (c == ',' && i + 1 < text.size() && is_digit(text[i + 1])) {
            ++i;
        } else if (const std::size_t space = space_at(text, i);
                   space > 0 && i + space < text.size() && is_digit(text[i + space]) &&
                   scan.plain.find_first_of(".e") == std::string::npos) {
            i += space;
        } else if (c == '.' && i + 1 < text.size() && is_digit(text[i + 1])) {
            scan.plain += c;
            ++i;
        } else if (c == 'e' && !scan.plain.empty()) {
            std::size_t next = i + 1;
            if (next < text.size() && (text[next] == '+' || text[next] == '-')) ++next;
            if (next >= text.size() || !is_digit(text[next])) break;
            scan.plain += text.substr(i, next - i);
            i = next;
        } else {
            break;
        }
    }
    scan.end = i;
    return scan;
}

struct Tokens {
    std::vector<Token> list;
    double sign = 1;
    std::string problem;
    bool out_of_range = false;  // a figure was read but its value cannot be represented
};

Tokens tokenize(std::string_view original) {
    const std::string text = lower_ascii(original);
    Tokens tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (const std::size_t space = space_at(text, i); space > 0) {
            i += space;
        } else if ((c == '-' || c == '+') && tokens.list.empty() && i + 1 < text.size() &&
                   (is_digit(text[i + 1]) || text[i + 1] == '.')) {
            if (c == '-') tokens.sign = -tokens.sign;
            ++i;
        } else if (text.substr(i, 3) == "\xE2\x88\x92" && tokens.list.empty()) {  // U+2212 minus sign
            tokens.sign = -tokens.sign;
            i += 3;
        } else if (c == '-' || c == '+') {
            ++i;  // a hyphen joining words ("twenty-one", "two-thirds"), or a sign the grammar allows
                  // on a later figure ("a dozen and +24"), read like the hyphen
        } else if (text.substr(i, 3) == "\xE2\x88\x92") {
            i += 3;  // U+2212 on a later figure: as '-' there
        } else if (is_digit(c) || (c == '.' && i + 1 < text.size() && is_digit(text[i + 1]))) {
            const NumberScan scan = scan_digits(text, i);
            Token token{true, 0, {}};
            const auto [end, error] = std::from_chars(scan.plain.data(), scan.plain.data() + scan.plain.size(),
                                                      token.value, std::chars_format::general);
            if (error != std::errc() || end != scan.plain.data() + scan.plain.size() || !std::isfinite(token.value)) {
                tokens.problem = "\"" + std::string(original.substr(i, scan.end - i)) +
                                 "\" is too large or too small to represent";
                tokens.out_of_range = true;
                return tokens;
            }
            tokens.list.push_back(token);
            i = scan.end;
        } else if (is_letter(c)) {
            std::size_t end = i;
            while (end < text.size() && is_letter(text[end])) ++end;
            tokens.list.push_back({false, 0, text.substr(i, end - i)});
            i = end;
        } else {
            tokens.problem = "unexpected character in \"" + std::string(original) + "\"";
            return tokens;
        }
    }
    return tokens;
}

const NumberWord* table_word(const Token& token) {
    if (token.is_number) return nullptr;
    for (const NumberWord& word : number_words()) {
        if (word.word == token.word) return &word;
    }
    return nullptr;
}

bool is_kind(const Token& token, NumberWordKind kind) {
    const NumberWord* word = table_word(token);
    return word && word->kind == kind;
}

bool is_article(const Token& token) { return !token.is_number && (token.word == "a" || token.word == "an"); }

using Span = std::span<const Token>;

// Integers the way they are spoken: "two hundred and five thousand three hundred", "4 thousand 3
// hundred". Hundreds and units of the current group are kept apart, so "hundred" multiplies only
// the figure just before it ("three hundred and two hundred" is 500).
Amount read_integer(Span tokens) {
    Amount amount;
    double total = 0;
    double hundreds = 0;
    double units = 0;
    for (const Token& token : tokens) {
        const NumberWord* word = table_word(token);
        if (token.is_number) {
            units += token.value;
        } else if (is_article(token)) {
            units += 1;
        } else if (token.word == "and" || token.word == "of") {
            continue;
        } else if (word && word->kind == NumberWordKind::cardinal) {
            units += word->value;
        } else if (word && word->kind == NumberWordKind::hundred) {
            hundreds += (units == 0 ? 1 : units) * word->value;
            units = 0;
            amount.last_multiplier = word->value;
            amount.scaled = true;
        } else if (word && (word->kind == NumberWordKind::scale || word->kind == NumberWordKind::abbreviation)) {
            const double group = hundreds + units;
            total += (group == 0 ? 1 : group) * word->value;
            hundreds = 0;
            units = 0;
            amount.last_multiplier = word->value;
            amount.scaled = true;
        } else {
            amount.problem = "\"" + token.word + "\" is not part of a number";
            return amount;
        }
    }
    amount.value = total + hundreds + units;
    return amount;
}

// "two hundred point zero three", "five point seventy-one": the words after "point" are digits.
Amount read_word_decimal(Span tokens, std::size_t point) {
    Amount amount = read_integer(tokens.first(point));
    std::string digits = "0.";
    std::size_t i = point + 1;
    for (; i < tokens.size(); ++i) {
        const NumberWord* word = table_word(tokens[i]);
        if (!word || word->kind != NumberWordKind::cardinal) break;
        int value = static_cast<int>(word->value);
        const NumberWord* next = i + 1 < tokens.size() ? table_word(tokens[i + 1]) : nullptr;
        if (value >= 20 && next && next->kind == NumberWordKind::cardinal && next->value < 10) {
            value += static_cast<int>(next->value);  // "seventy-one" is the digits 71
            ++i;
        }
        digits += std::to_string(value);
    }
    double fraction = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), fraction);
    amount.value += fraction;
    const Amount scale = read_integer(tokens.subspan(i));  // "five point five million"
    if (scale.scaled) {
        amount.value *= scale.value;
        amount.last_multiplier = scale.last_multiplier;
        amount.scaled = true;
    }
    return amount;
}

// "two-thirds", "one and a half", "3 million and a half", "half a million", "a quarter of a million".
Amount read_fraction(Span tokens, std::size_t denominator_at) {
    std::size_t numerator_from = 0;
    for (std::size_t i = 0; i < denominator_at; ++i) {
        if (!tokens[i].is_number && tokens[i].word == "and") numerator_from = i + 1;
    }
    Amount whole;
    if (numerator_from > 0) whole = read_integer(tokens.first(numerator_from - 1));
    const Span numerator_tokens = tokens.subspan(numerator_from, denominator_at - numerator_from);
    const Amount numerator = numerator_tokens.empty() ? Amount{1, 1, false, {}} : read_integer(numerator_tokens);
    if (!whole.problem.empty()) return whole;
    if (!numerator.problem.empty()) return numerator;
    double part = numerator.value / table_word(tokens[denominator_at])->value;
    // "3 million and a half" is 3.5 million; "one hundred and three quarters" is 100.75.
    if (whole.scaled && whole.last_multiplier >= 1000) part *= whole.last_multiplier;
    Amount amount = whole;
    amount.value = whole.value + part;
    const Amount after = read_integer(tokens.subspan(denominator_at + 1));  // "of a million"
    if (!after.problem.empty()) return after;
    if (after.scaled) {
        amount.value *= after.value;
        amount.last_multiplier = after.last_multiplier;
        amount.scaled = true;
    }
    return amount;
}

}  // namespace

Amount read_amount(std::string_view text) {
    Tokens tokens = tokenize(text);
    if (!tokens.problem.empty()) return Amount{0, 1, false, tokens.problem, tokens.out_of_range};
    std::vector<Token>& list = tokens.list;
    while (!list.empty() && is_kind(list.front(), NumberWordKind::negative)) {
        tokens.sign = -tokens.sign;
        list.erase(list.begin());
    }
    if (list.empty()) return Amount{0, 1, false, "no number in \"" + std::string(text) + "\""};
    Amount amount;
    const Span span(list);
    std::size_t denominator_at = list.size();
    std::size_t point_at = list.size();
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (denominator_at == list.size() && is_kind(list[i], NumberWordKind::denominator)) denominator_at = i;
        if (point_at == list.size() && !list[i].is_number && list[i].word == "point") point_at = i;
    }
    if (point_at < list.size()) amount = read_word_decimal(span, point_at);
    else if (denominator_at < list.size()) amount = read_fraction(span, denominator_at);
    else amount = read_integer(span);
    amount.value *= tokens.sign;
    if (amount.problem.empty() && !std::isfinite(amount.value)) {
        amount.problem = "\"" + std::string(text) + "\" is too large to represent";
        amount.out_of_range = true;
    }
    return amount;
}

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::string squeeze_spaces(std::string_view text) {
    std::string out;
    bool pending = false;
    for (std::size_t i = 0; i < text.size();) {
        if (const std::size_t space = space_at(text, i); space > 0) {
            pending = !out.empty();
            i += space;
            continue;
        }
        if (pending) out += ' ';
        pending = false;
        out += text[i++];
    }
    return out;
}

}  // namespace claimcheck::number_detail
