// Builds the {{number}} regex from the word tables. The same builder, with named groups, is the
// regex parse_quantity() matches a phrase against, so the two cannot drift apart.
#include <algorithm>
#include <cmath>
#include <vector>

#include <re2/re2.h>

#include "number_internal.hpp"

namespace claimcheck::number_detail {

namespace {

bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// A word as a regex: special characters escaped, each space standing for any run of white space.
std::string word_pattern(std::string_view word) {
    std::string out;
    for (char c : word) {
        if (c == ' ') {
            out += R"(\s+)";
        } else if (is_word_char(c) || static_cast<unsigned char>(c) >= 0x80) {
            out += c;
        } else {
            out += '\\';
            out += c;
        }
    }
    return out;
}

// An alternation of words, longest first so leftmost-first matching prefers the longer word.
// Words starting (ending) with a letter or digit get a \b before (after) them; words written right
// after a figure ("2bn", "29km") have no \b before them (`follows_figure`). A boundary that every
// word has is written once, around the group: \b(?:a|b)\b matches as \ba\b|\bb\b does, and RE2
// keeps each regex's parse tree for its lifetime, so the shorter form is smaller in memory too.
std::string alternation(std::vector<std::string_view> words, bool follows_figure = false) {
    std::stable_sort(words.begin(), words.end(), [](auto a, auto b) { return a.size() > b.size(); });
    std::vector<std::string_view> distinct;
    for (std::string_view word : words)
        if (std::find(distinct.begin(), distinct.end(), word) == distinct.end()) distinct.push_back(word);
    auto bounded_front = [&](std::string_view w) { return is_word_char(w.front()) && !follows_figure; };
    auto bounded_back = [](std::string_view w) { return is_word_char(w.back()); };
    const bool all_front = !distinct.empty() && std::all_of(distinct.begin(), distinct.end(), bounded_front);
    const bool all_back = !distinct.empty() && std::all_of(distinct.begin(), distinct.end(), bounded_back);
    std::string out = all_front ? R"(\b(?:)" : "(?:";
    for (std::size_t i = 0; i < distinct.size(); ++i) {
        if (i > 0) out += '|';
        const std::string_view word = distinct[i];
        if (!all_front && bounded_front(word)) out += R"(\b)";
        out += word_pattern(word);
        if (!all_back && bounded_back(word)) out += R"(\b)";
    }
    return out + (all_back ? R"()\b)" : ")");
}

std::vector<std::string_view> words_where(auto keep) {
    std::vector<std::string_view> chosen;
    for (const NumberWord& word : number_words()) {
        if (keep(word)) chosen.push_back(word.word);
    }
    return chosen;
}

std::string words_of(NumberWordKind kind) {
    return alternation(words_where([kind](const NumberWord& w) { return w.kind == kind; }),
                       kind == NumberWordKind::abbreviation);
}

std::vector<std::string_view> kind_words(NumberWordKind kind) {
    return words_where([kind](const NumberWord& w) { return w.kind == kind; });
}

std::vector<std::string_view> cardinal_words(double from, double to, bool tens) {
    return words_where([&](const NumberWord& w) {
        // fmod, not a cast to int: the table also holds scales (1e12) that no int represents.
        return w.kind == NumberWordKind::cardinal && w.value >= from && w.value <= to &&
               (!tens || std::fmod(w.value, 10.0) == 0);
    });
}

std::vector<std::string_view> denominators(bool plural) {
    return words_where(
        [plural](const NumberWord& w) { return w.kind == NumberWordKind::denominator && w.plural == plural; });
}

// Plain words (letters only) as one alternation, longest first, without boundaries.
std::string word_list_body(std::vector<std::string_view> words) {
    std::stable_sort(words.begin(), words.end(), [](auto a, auto b) { return a.size() > b.size(); });
    std::string out;
    for (std::string_view word : words) {
        if (!out.empty()) out += '|';
        out += word;
    }
    return out;
}

// Plain words as a whole-word alternation: \b(?:seventeen|seven|...)\b. One pair of boundaries
// for the list keeps the regex small.
std::string word_list(std::vector<std::string_view> words) {
    return R"(\b(?:)" + word_list_body(std::move(words)) + R"()\b)";
}

std::string units(bool before_number, bool word_end) {
    std::vector<std::string_view> chosen;
    for (const UnitName& unit : unit_names()) {
        if (before_number && !unit.before_number) continue;
        if (!before_number && is_word_char(unit.name.back()) != word_end) continue;
        chosen.push_back(unit.name);
    }
    return alternation(chosen, !before_number);
}

// The names of units of time ("week", "fortnight", "hours").
std::string time_units() {
    std::vector<std::string_view> chosen;
    for (const UnitName& unit : unit_names()) {
        const auto info = unit_info(unit.symbol);
        if (info && info->dimension == "duration") chosen.push_back(unit.name);
    }
    return alternation(chosen);
}

// "m" before a currency written after the figure is million ("12m euros"); alone it is metres.
std::string millions_of_currency() {
    std::vector<std::string_view> currencies;
    for (const UnitName& unit : unit_names()) {
        const auto info = unit_info(unit.symbol);
        if (!unit.before_number && info && info->dimension.starts_with("currency") && is_word_char(unit.name.back()))
            currencies.push_back(unit.name);
    }
    return R"(m\s+)" + alternation(currencies, true);
}

// The pieces of the grammar, each a regex without groups.
struct Pieces {
    std::string joiner = R"((?:\s*-\s*|\s+))";  // "twenty-one", "twenty one", "two - thirds"
    std::string word_number;                     // zero ... ninety-nine
    std::string digits;                          // 1,500  40 000  3.5  .5  -2  1e6
    std::string article = R"(\b(?:an|a)\b)";
    std::string hundred;
    std::string scale;
    std::string integer;      // words, digits or both: "two thousand three hundred", "4 thousand 3 hundred and 21"
    std::string abbreviated;  // 2bn, 10k
    std::string fraction;     // a third, two-thirds, half
    std::string amount;       // any of the above, with a sign word and a scale after a fraction
    std::string digit_amount;  // digits with an optional scale: the ends of "20-30", "$2-3 million"

    Pieces() {
        const std::string ones = word_list(cardinal_words(1, 9, false));
        word_number = R"(\b(?:(?:)" + word_list_body(cardinal_words(20, 90, true)) + ")(?:" + joiner + ones + ")?|" +
                      word_list_body(cardinal_words(10, 19, false)) + "|" + word_list_body(cardinal_words(1, 9, false)) +
                      "|" + word_list_body(cardinal_words(0, 0, false)) + R"()\b)";
        digits = R"([-+\x{2212}]?(?:\b(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|)"
                 R"(\d{1,3}(?:[ \x{A0}\x{2009}\x{202F}]\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?)";
        hundred = word_list(kind_words(NumberWordKind::hundred));
        scale = word_list(kind_words(NumberWordKind::scale));
        const std::string multiplier = word_list(
            words_where([](const NumberWord& w) {
                return w.kind == NumberWordKind::hundred || w.kind == NumberWordKind::scale;
            }));
        const std::string number = "(?:" + word_number + "|" + digits + ")";
        // A figure times its multipliers: "two hundred", "a thousand", "3 hundred thousand", "hundred".
        const std::string multiplied = "(?:(?:" + number + "|" + article + ")" + joiner + multiplier + "|" + hundred +
                                       ")(?:" + joiner + multiplier + ")*";
        integer = "(?:" + multiplied + R"((?:\s+(?:and\s+)?)" + multiplied + R"()*(?:\s+and\s+)" + number +
                  R"(|\s+)" + word_number + ")?|" + number + ")";
        abbreviated = digits + R"(\s?)" + words_of(NumberWordKind::abbreviation);
        const std::string one_part = "(?:(?:" + article + R"(|\bone\b))" + joiner + word_list(denominators(false)) + ")";
        const std::string parts = "(?:" + number + joiner + word_list(denominators(true)) + ")";
        fraction = "(?:" + one_part + "|" + parts + R"(|\bhalf\b))";
        const std::string of_scale = R"((?:\s+of)?(?:\s+)" + article + R"()?\s+)" + scale;
        const std::string word_decimal = word_number + "(?:" + joiner + hundred + R"()?\s+point(?:\s+)" +
                                         word_number + R"()+(?:\s+)" + scale + ")?";
        digit_amount = "(?:" + abbreviated + "|" + digits + R"((?:\s+)" + scale + ")?)";
        // The forms that begin like an integer come first ("three point five", "one half", "1.9bn"), so
        // that leftmost-first matching inside a rule pattern takes the whole phrase, not its first part.
        amount = "(?:(?:" + words_of(NumberWordKind::negative) + R"(\s+)?(?:)" + word_decimal + "|" + fraction + "(?:" +
                 of_scale + R"()?|\bquarter)" + of_scale + "|" + abbreviated + "|" + integer +
                 R"((?:\s+and\s+(?:)" + one_part + "|" + parts + ")(?:" + of_scale + ")?)?))";
    }
};

const Pieces& pieces() {
    static const Pieces instance;
    return instance;
}

class Builder {
public:
    explicit Builder(bool capture) : capture_(capture) {}

    std::string group(std::string_view name, const std::string& body) const {
        if (!capture_) return "(?:" + body + ")";
        return "(?P<" + std::string(name) + ">" + body + ")";
    }

    // One figure with its currency and unit: "$1.2 billion", "20 km", "three-year", "12m euros"; or
    // one of a unit of time written with the article: "a week", "an hour", "a year and a half".
    std::string figure(std::string_view prefix, const std::string& amount) const {
        const std::string p(prefix);
        // "m euros" first: leftmost-first matching would otherwise stop at "12m" (metres) in "12m euros".
        const std::string unit = millions_of_currency() + "|" + units(false, true) + "|" + units(false, false);
        const std::string counted = "(?:" + group(p + "_currency", units(true, false)) + R"(\s*)?)" +
                                    group(p + "_amount", amount) + R"((?:(?:\s*-\s*|\s*))" + group(p + "_unit", unit) +
                                    R"(|\b))";
        const std::string one_of_time = pieces().article + R"(\s+)" + group(p + "_one_unit", time_units()) +
                                        group(p + "_half", R"(\s+and\s+a\s+half\b)") + "?";
        return "(?:" + counted + "|" + one_of_time + ")";
    }
    std::string figure(std::string_view prefix) const { return figure(prefix, pieces().amount); }

    std::string single() const {
        return "(?:" + hedge("hedge") + "|" + group("from", R"(\bfrom)") + R"(\s+)?)" + group("low", figure("low")) +
               postfix("postfix");
    }

    // "between A and B", "A-B" (figures in digits only: "twenty-one" is one number),
    // "[from] A to B" and a single figure, each with its hedge.
    std::string phrase() const {
        const std::string between = R"(\bbetween\s+)" + group("between_low", figure("between_low")) +
                                    R"(\s+and\s+)" + group("between_high", figure("between_high"));
        const std::string dashed = "(?:" + hedge("dash_hedge") + ")?" + group("dash_low", figure("dash_low", pieces().digit_amount)) +
                                   R"(\s*[-\x{2013}\x{2014}]\s*)" +
                                   group("dash_high", figure("dash_high", pieces().digit_amount)) + postfix("dash_postfix");
        const std::string ranged = "(?:" + hedge("hedge") + "|" + group("from", R"(\bfrom)") + R"(\s+)?)" +
                                   group("low", figure("low")) + R"((?:\s+to\s+)" + group("high", figure("high")) +
                                   ")?" + postfix("postfix");
        return "(?:" + between + "|" + dashed + "|" + ranged + ")";
    }

    std::string hedge(std::string_view name) const {
        return group(name, words_of(NumberWordKind::hedge)) + R"(\s+)";
    }

    std::string postfix(std::string_view name) const {
        std::vector<std::string_view> spelled = words_where([](const NumberWord& w) {
            return w.kind == NumberWordKind::postfix && is_word_char(w.word.front());
        });
        std::vector<std::string_view> signs = words_where([](const NumberWord& w) {
            return w.kind == NumberWordKind::postfix && !is_word_char(w.word.front());
        });
        return group(name, R"(\s+)" + alternation(spelled) + "|" + alternation(signs)) + "?";
    }

private:
    bool capture_;
};

}  // namespace

std::string phrase_pattern(bool capture) { return "(?i:" + Builder(capture).phrase() + ")"; }

// The compact form: each amount is any run of the grammar's amount tokens (figures, number words,
// "a", "and", "of", "point"), joined as the grammar joins them, with the grammar's own currencies,
// units, hedges and postfixes around it. Every token and boundary is taken from the pieces above,
// so it matches everything phrase_pattern() matches, at a quarter of its size.
std::string span_pattern() {
    const Pieces& p = pieces();
    std::vector<std::string_view> words = words_where([](const NumberWord& w) {
        return w.kind == NumberWordKind::cardinal || w.kind == NumberWordKind::hundred ||
               w.kind == NumberWordKind::scale || w.kind == NumberWordKind::denominator ||
               w.kind == NumberWordKind::negative;
    });
    for (std::string_view joining : {"a", "an", "and", "of", "point", "one"}) words.push_back(joining);
    const std::string token =
        "(?:" + p.digits + R"((?:\s?)" + words_of(NumberWordKind::abbreviation) + ")?|" + alternation(words) + ")";
    // Each piece is written once and repeated with an operator, never by copying its text: RE2 keeps
    // a pattern's parse tree, and a rule set holds one such pattern per {{number}} rule. The form
    // differs from the grammar's only in accepting a joiner before the first token or a separator
    // before the first figure, which the check of every match (is_number_phrase_at) turns away.
    const std::string amount = "(?:" + p.joiner + "?" + token + ")+";
    const Builder builder(false);
    const std::string figure = builder.figure("", amount);
    return "(?i:(?:" + builder.hedge("") + R"(|\bfrom\s+|\bbetween\s+)?(?:(?:\s*[-\x{2013}\x{2014}]\s*|\s+(?:to|and)\s+)?)" +
           figure + "){1,2}" + builder.postfix("") + ")";
}

std::string single_pattern(bool capture) { return "(?i:" + Builder(capture).single() + ")"; }

}  // namespace claimcheck::number_detail

namespace claimcheck {

const std::string& number_regex() {
    static const std::string regex = number_detail::phrase_pattern(false);
    return regex;
}

const std::string& number_span_regex() {
    static const std::string regex = number_detail::span_pattern();
    return regex;
}

bool is_number_phrase_at(std::string_view text, std::size_t start, std::size_t end) {
    // One per thread: every number match of every pattern comes here, and a shared RE2 takes its DFA's
    // lock on each call; with one for all batch workers, -j 2 lost about a tenth of its speed.
    thread_local const RE2 exact = [] {
        RE2::Options options;
        options.set_max_mem(64 << 20);  // the DFA of this large regex runs out at RE2's default
        return RE2(number_regex(), options);
    }();
    // The whole text is the context, so \b at either end sees the neighbouring characters.
    return end <= text.size() && start <= end &&
           exact.Match(re2::StringPiece(text.data(), text.size()), start, end, RE2::ANCHOR_BOTH, nullptr, 0);
}

}  // namespace claimcheck
