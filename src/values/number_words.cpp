// The word tables of the number grammar. The regex (number_regex.cpp) and the reader
// (number_amount.cpp, quantity_parse.cpp) are both built from these lists; docs/numbers.md lists them.
#include "claimcheck/quantity.hpp"

namespace claimcheck {

namespace {

using K = NumberWordKind;

// Hedges and the interval each one gives a figure x (w = NumberOptions::around, default 0.1):
//   around        some, about, around, roughly, approximately, approx., an estimated, estimated,
//                 circa, c., "or so" (after)                         -> [x - w|x|, x + w|x|]
//   lower_open    more than, over, above, in excess of, upwards of, greater than -> (x, +inf)
//   lower_closed  at least, no fewer than, no less than, a minimum of, "or more", "+", "-odd" (after)
//                                                                    -> [x, +inf)
//   upper_open    less than, fewer than, under, below               -> [0, x) when x >= 0, else (-inf, x)
//   upper_closed  up to, at most, no more than, a maximum of, as many as, as much as, "or fewer", "or less" (after)
//                                                                    -> [0, x] when x >= 0, else (-inf, x]
//   just_below    nearly, almost, just under, just below, close to  -> [x - w|x|, x)
//   exact         exactly, precisely                                 -> [x, x]
// Counts in the news are not negative, so "under 5" starts at 0; a negative figure has no floor.
constexpr NumberWord words[] = {
    {"zero", K::cardinal, 0},
    {"nought", K::cardinal, 0},
    {"naught", K::cardinal, 0},
    {"one", K::cardinal, 1},
    {"two", K::cardinal, 2},
    {"three", K::cardinal, 3},
    {"four", K::cardinal, 4},
    {"five", K::cardinal, 5},
    {"six", K::cardinal, 6},
    {"seven", K::cardinal, 7},
    {"eight", K::cardinal, 8},
    {"nine", K::cardinal, 9},
    {"ten", K::cardinal, 10},
    {"eleven", K::cardinal, 11},
    {"twelve", K::cardinal, 12},
    {"thirteen", K::cardinal, 13},
    {"fourteen", K::cardinal, 14},
    {"fifteen", K::cardinal, 15},
    {"sixteen", K::cardinal, 16},
    {"seventeen", K::cardinal, 17},
    {"eighteen", K::cardinal, 18},
    {"nineteen", K::cardinal, 19},
    {"twenty", K::cardinal, 20},
    {"thirty", K::cardinal, 30},
    {"forty", K::cardinal, 40},
    {"fourty", K::cardinal, 40},
    {"fifty", K::cardinal, 50},
    {"sixty", K::cardinal, 60},
    {"seventy", K::cardinal, 70},
    {"eighty", K::cardinal, 80},
    {"ninety", K::cardinal, 90},

    {"hundred", K::hundred, 100},

    {"thousand", K::scale, 1e3},
    {"million", K::scale, 1e6},
    {"billion", K::scale, 1e9},
    {"trillion", K::scale, 1e12},
    {"dozen", K::scale, 12},
    {"dozens", K::scale, 12},
    {"doz", K::scale, 12},
    {"dozs", K::scale, 12},
    {"dz", K::scale, 12},
    {"dzs", K::scale, 12},
    {"lakh", K::scale, 1e5},
    {"crore", K::scale, 1e7},

    {"k", K::abbreviation, 1e3},
    {"mn", K::abbreviation, 1e6},
    {"mln", K::abbreviation, 1e6},
    {"mil", K::abbreviation, 1e6},
    {"b", K::abbreviation, 1e9},
    {"bn", K::abbreviation, 1e9},
    {"bln", K::abbreviation, 1e9},
    {"tn", K::abbreviation, 1e12},
    {"trn", K::abbreviation, 1e12},
    {"tln", K::abbreviation, 1e12},

    {"half", K::denominator, 2},
    {"halves", K::denominator, 2, Hedge::none, true},
    {"third", K::denominator, 3},
    {"thirds", K::denominator, 3, Hedge::none, true},
    {"quarter", K::denominator, 4},
    {"quarters", K::denominator, 4, Hedge::none, true},
    {"fourth", K::denominator, 4},
    {"fourths", K::denominator, 4, Hedge::none, true},
    {"fifth", K::denominator, 5},
    {"fifths", K::denominator, 5, Hedge::none, true},
    {"sixth", K::denominator, 6},
    {"sixths", K::denominator, 6, Hedge::none, true},
    {"seventh", K::denominator, 7},
    {"sevenths", K::denominator, 7, Hedge::none, true},
    {"eighth", K::denominator, 8},
    {"eighths", K::denominator, 8, Hedge::none, true},
    {"ninth", K::denominator, 9},
    {"ninths", K::denominator, 9, Hedge::none, true},
    {"tenth", K::denominator, 10},
    {"tenths", K::denominator, 10, Hedge::none, true},
    {"hundredth", K::denominator, 100},
    {"hundredths", K::denominator, 100, Hedge::none, true},
    {"thousandth", K::denominator, 1000},
    {"thousandths", K::denominator, 1000, Hedge::none, true},

    {"some", K::hedge, 0, Hedge::around},
    {"about", K::hedge, 0, Hedge::around},
    {"around", K::hedge, 0, Hedge::around},
    {"roughly", K::hedge, 0, Hedge::around},
    {"approximately", K::hedge, 0, Hedge::around},
    {"approx.", K::hedge, 0, Hedge::around},
    {"an estimated", K::hedge, 0, Hedge::around},
    {"estimated", K::hedge, 0, Hedge::around},
    {"circa", K::hedge, 0, Hedge::around},
    {"c.", K::hedge, 0, Hedge::around},
    {"more than", K::hedge, 0, Hedge::lower_open},
    {"greater than", K::hedge, 0, Hedge::lower_open},
    {"over", K::hedge, 0, Hedge::lower_open},
    {"above", K::hedge, 0, Hedge::lower_open},
    {"in excess of", K::hedge, 0, Hedge::lower_open},
    {"upwards of", K::hedge, 0, Hedge::lower_open},
    {"at least", K::hedge, 0, Hedge::lower_closed},
    {"no fewer than", K::hedge, 0, Hedge::lower_closed},
    {"no less than", K::hedge, 0, Hedge::lower_closed},
    {"a minimum of", K::hedge, 0, Hedge::lower_closed},
    {"less than", K::hedge, 0, Hedge::upper_open},
    {"fewer than", K::hedge, 0, Hedge::upper_open},
    {"under", K::hedge, 0, Hedge::upper_open},
    {"below", K::hedge, 0, Hedge::upper_open},
    {"up to", K::hedge, 0, Hedge::upper_closed},
    {"at most", K::hedge, 0, Hedge::upper_closed},
    {"no more than", K::hedge, 0, Hedge::upper_closed},
    {"a maximum of", K::hedge, 0, Hedge::upper_closed},
    {"as many as", K::hedge, 0, Hedge::upper_closed},
    {"as much as", K::hedge, 0, Hedge::upper_closed},
    {"nearly", K::hedge, 0, Hedge::just_below},
    {"almost", K::hedge, 0, Hedge::just_below},
    {"just under", K::hedge, 0, Hedge::just_below},
    {"just below", K::hedge, 0, Hedge::just_below},
    {"close to", K::hedge, 0, Hedge::just_below},
    {"exactly", K::hedge, 0, Hedge::exact},
    {"precisely", K::hedge, 0, Hedge::exact},

    {"or so", K::postfix, 0, Hedge::around},
    {"or more", K::postfix, 0, Hedge::lower_closed},
    {"+", K::postfix, 0, Hedge::lower_closed},
    {"-odd", K::postfix, 0, Hedge::lower_closed},
    {"or fewer", K::postfix, 0, Hedge::upper_closed},
    {"or less", K::postfix, 0, Hedge::upper_closed},

    {"minus", K::negative, -1},
    {"negative", K::negative, -1},
};

}  // namespace

std::span<const NumberWord> number_words() { return words; }

}  // namespace claimcheck
