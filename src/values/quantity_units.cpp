// Units: the names the grammar knows, their canonical symbols, dimensions and conversion factors,
// and the comparison of two quantities. docs/numbers.md lists the table.
#include <algorithm>
#include <cmath>

#include "number_internal.hpp"

namespace claimcheck {

using namespace number_detail;

namespace {

// Canonical symbol, dimension, the dimension's base unit, and base units per one of the unit.
// Currencies are each their own dimension: no exchange rates, so USD and EUR never compare.
// Durations convert through days with the Gregorian average year (365.2425 days).
constexpr UnitInfo units[] = {
    {"%", "percent", "%", 1},
    {"pp", "percentage points", "pp", 1},
    {"USD", "currency USD", "USD", 1},
    {"EUR", "currency EUR", "EUR", 1},
    {"GBP", "currency GBP", "GBP", 1},
    {"JPY", "currency JPY", "JPY", 1},
    {"CNY", "currency CNY", "CNY", 1},
    {"INR", "currency INR", "INR", 1},
    {"CHF", "currency CHF", "CHF", 1},
    {"CAD", "currency CAD", "CAD", 1},
    {"AUD", "currency AUD", "AUD", 1},
    {"HKD", "currency HKD", "HKD", 1},
    {"NZD", "currency NZD", "NZD", 1},
    {"RUB", "currency RUB", "RUB", 1},
    {"BRL", "currency BRL", "BRL", 1},
    {"SEK", "currency SEK", "SEK", 1},
    {"NOK", "currency NOK", "NOK", 1},
    {"DKK", "currency DKK", "DKK", 1},
    {"CZK", "currency CZK", "CZK", 1},
    {"crown", "currency crown", "crown", 1},  // "crowns" without a country: Nordic or Czech
    {"franc", "currency franc", "franc", 1},  // "francs" without a country
    {"shilling", "currency shilling", "shilling", 1},  // "shillings" without a country: East African
    {"KES", "currency KES", "KES", 1},
    {"peso", "currency peso", "peso", 1},
    {"PLN", "currency PLN", "PLN", 1},
    {"NGN", "currency NGN", "NGN", 1},
    {"ZAR", "currency ZAR", "ZAR", 1},
    {"km", "length", "m", 1000},
    {"m", "length", "m", 1},
    {"cm", "length", "m", 0.01},
    {"mm", "length", "m", 0.001},
    {"mi", "length", "m", 1609.344},
    {"nmi", "length", "m", 1852},
    {"yd", "length", "m", 0.9144},
    {"ft", "length", "m", 0.3048},
    {"in", "length", "m", 0.0254},
    {"kg", "mass", "kg", 1},
    {"g", "mass", "kg", 0.001},
    {"t", "mass", "kg", 1000},
    {"lb", "mass", "kg", 0.45359237},
    {"oz", "mass", "kg", 0.028349523125},
    {"km2", "area", "m2", 1e6},
    {"m2", "area", "m2", 1},
    {"ha", "area", "m2", 1e4},
    {"acre", "area", "m2", 4046.8564224},
    {"mi2", "area", "m2", 2589988.110336},
    {"l", "volume", "l", 1},
    {"ml", "volume", "l", 0.001},
    {"gal", "volume", "l", 3.785411784},  // the US gallon
    {"km/h", "speed", "km/h", 1},
    {"mph", "speed", "km/h", 1.609344},
    {"GW", "power", "W", 1e9},
    {"MW", "power", "W", 1e6},
    {"kW", "power", "W", 1e3},
    {"century", "duration", "day", 36524.25},
    {"decade", "duration", "day", 3652.425},
    {"year", "duration", "day", 365.2425},
    {"month", "duration", "day", 365.2425 / 12},
    {"fortnight", "duration", "day", 14},
    {"week", "duration", "day", 7},
    {"day", "duration", "day", 1},
    {"hour", "duration", "day", 1.0 / 24},
    {"minute", "duration", "day", 1.0 / 1440},
    {"second", "duration", "day", 1.0 / 86400},
};

// Every name the grammar accepts. "pounds" is the currency (GBP); the weight is written lb/lbs.
// Bare "dollars" and "$" are US dollars. "tons" are read as metric tonnes.
constexpr UnitName names[] = {
    {"%", "%"}, {"percent", "%"}, {"per cent", "%"}, {"pct", "%"}, {"pc", "%"}, {"percentage", "%"},
    {"percentage points", "pp"}, {"percentage point", "pp"}, {"pp", "pp"}, {"ppt", "pp"},

    {"$", "USD", true}, {"US$", "USD", true}, {"USD", "USD", true}, {"dollars", "USD"}, {"dollar", "USD"},
    {"US dollars", "USD"}, {"US dollar", "USD"},
    {"€", "EUR", true}, {"EUR", "EUR", true}, {"euros", "EUR"}, {"euro", "EUR"},
    {"£", "GBP", true}, {"GBP", "GBP", true}, {"pounds", "GBP"}, {"pound", "GBP"},
    {"pounds sterling", "GBP"}, {"sterling", "GBP"},
    {"¥", "JPY", true}, {"JPY", "JPY", true}, {"yen", "JPY"},
    {"CNY", "CNY", true}, {"RMB", "CNY", true}, {"yuan", "CNY"}, {"renminbi", "CNY"},
    {"₹", "INR", true}, {"INR", "INR", true}, {"rupees", "INR"}, {"rupee", "INR"},
    {"CHF", "CHF", true}, {"Swiss francs", "CHF"},
    {"C$", "CAD", true}, {"CA$", "CAD", true}, {"CAD", "CAD", true}, {"Canadian dollars", "CAD"},
    {"A$", "AUD", true}, {"AU$", "AUD", true}, {"AUD", "AUD", true}, {"Australian dollars", "AUD"},
    {"HK$", "HKD", true}, {"HKD", "HKD", true}, {"Hong Kong dollars", "HKD"},
    {"NZ$", "NZD", true}, {"NZD", "NZD", true}, {"New Zealand dollars", "NZD"},
    {"RUB", "RUB", true}, {"roubles", "RUB"}, {"rubles", "RUB"},
    {"R$", "BRL", true}, {"BRL", "BRL", true}, {"reais", "BRL"},
    {"SEK", "SEK", true}, {"kronor", "SEK"}, {"krona", "SEK"}, {"Swedish crowns", "SEK"},
    {"NOK", "NOK", true}, {"Norwegian crowns", "NOK"}, {"DKK", "DKK", true}, {"Danish crowns", "DKK"},
    {"CZK", "CZK", true}, {"koruna", "CZK"}, {"korunas", "CZK"}, {"Czech crowns", "CZK"},
    {"crowns", "crown"}, {"crown", "crown"},
    {"francs", "franc"}, {"franc", "franc"},
    {"shillings", "shilling"}, {"shilling", "shilling"}, {"KES", "KES", true}, {"Kenyan shillings", "KES"},
    {"pesos", "peso"}, {"peso", "peso"},
    {"PLN", "PLN", true}, {"zlotys", "PLN"}, {"zloty", "PLN"}, {"NGN", "NGN", true}, {"naira", "NGN"},
    {"ZAR", "ZAR", true},

    {"km", "km"}, {"kilometres", "km"}, {"kilometre", "km"}, {"kilometers", "km"}, {"kilometer", "km"},
    {"m", "m"}, {"metres", "m"}, {"metre", "m"}, {"meters", "m"}, {"meter", "m"},
    {"cm", "cm"}, {"centimetres", "cm"}, {"centimetre", "cm"}, {"centimeters", "cm"}, {"centimeter", "cm"},
    {"mm", "mm"}, {"millimetres", "mm"}, {"millimetre", "mm"}, {"millimeters", "mm"}, {"millimeter", "mm"},
    {"mi", "mi"}, {"miles", "mi"}, {"mile", "mi"},
    {"nautical miles", "nmi"}, {"nautical mile", "nmi"}, {"nmi", "nmi"},
    {"yards", "yd"}, {"yard", "yd"}, {"yd", "yd"},
    {"feet", "ft"}, {"foot", "ft"}, {"ft", "ft"},
    {"inches", "in"}, {"inch", "in"},

    {"kg", "kg"}, {"kilograms", "kg"}, {"kilogram", "kg"}, {"kilogrammes", "kg"}, {"kilos", "kg"},
    {"g", "g"}, {"grams", "g"}, {"gram", "g"}, {"grammes", "g"},
    {"tonnes", "t"}, {"tonne", "t"}, {"tons", "t"}, {"ton", "t"}, {"metric tons", "t"},
    {"lb", "lb"}, {"lbs", "lb"},
    {"oz", "oz"}, {"ounces", "oz"}, {"ounce", "oz"},

    {"km2", "km2"}, {"km²", "km2"}, {"sq km", "km2"}, {"square kilometres", "km2"},
    {"square kilometre", "km2"}, {"square kilometers", "km2"}, {"square kilometer", "km2"},
    {"m2", "m2"}, {"m²", "m2"}, {"sq m", "m2"}, {"square metres", "m2"}, {"square metre", "m2"},
    {"square meters", "m2"}, {"square meter", "m2"},
    {"hectares", "ha"}, {"hectare", "ha"}, {"ha", "ha"},
    {"acres", "acre"}, {"acre", "acre"},
    {"square miles", "mi2"}, {"square mile", "mi2"}, {"sq mi", "mi2"},

    {"litres", "l"}, {"litre", "l"}, {"liters", "l"}, {"liter", "l"}, {"l", "l"},
    {"millilitres", "ml"}, {"milliliters", "ml"}, {"ml", "ml"},
    {"gallons", "gal"}, {"gallon", "gal"}, {"gal", "gal"},

    {"km/h", "km/h"}, {"kph", "km/h"}, {"kilometres per hour", "km/h"}, {"kilometers per hour", "km/h"},
    {"mph", "mph"}, {"miles per hour", "mph"},

    {"gigawatts", "GW"}, {"gigawatt", "GW"}, {"GW", "GW"},
    {"megawatts", "MW"}, {"megawatt", "MW"}, {"MW", "MW"},
    {"kilowatts", "kW"}, {"kilowatt", "kW"}, {"kW", "kW"},

    {"centuries", "century"}, {"century", "century"},
    {"decades", "decade"}, {"decade", "decade"},
    {"years", "year"}, {"year", "year"},
    {"months", "month"}, {"month", "month"},
    {"fortnights", "fortnight"}, {"fortnight", "fortnight"},
    {"weeks", "week"}, {"week", "week"},
    {"days", "day"}, {"day", "day"},
    {"hours", "hour"}, {"hour", "hour"},
    {"minutes", "minute"}, {"minute", "minute"},
    {"seconds", "second"}, {"second", "second"},
};

Interval scaled(Interval interval, double factor) {
    interval.low *= factor;
    interval.high *= factor;
    return interval;
}

double larger_finite_bound(const Interval& a, const Interval& b) {
    double magnitude = 0;
    for (double bound : {a.low, a.high, b.low, b.high}) {
        if (std::isfinite(bound)) magnitude = std::max(magnitude, std::fabs(bound));
    }
    return magnitude;
}

QuantityGap gap_between(const Interval& a, const Interval& b, std::string unit) {
    QuantityGap result;
    // Touching ends count as overlapping, whatever their openness: the figures agree up to a point.
    const double above = b.low - a.high;  // b lies above a
    const double below = a.low - b.high;  // b lies below a
    result.gap = std::max({0.0, above, below});
    result.magnitude = larger_finite_bound(a, b);
    result.unit = std::move(unit);
    return result;
}

QuantityGap incomparable(std::string note) {
    QuantityGap result;
    result.comparable = false;
    result.note = std::move(note);
    return result;
}

}  // namespace

std::span<const UnitName> unit_names() { return names; }

namespace number_detail {

std::optional<UnitInfo> unit_info(std::string_view symbol) {
    for (const UnitInfo& unit : units) {
        if (unit.symbol == symbol) return unit;
    }
    return std::nullopt;
}

}  // namespace number_detail

std::optional<std::string> canonical_unit(std::string_view unit) {
    const std::string wanted = lower_ascii(squeeze_spaces(unit));
    for (const UnitName& name : names) {
        if (lower_ascii(name.name) == wanted) return std::string(name.symbol);
    }
    // Canonical symbols are accepted as themselves ("year", "mi2").
    for (const UnitInfo& info : units) {
        if (lower_ascii(info.symbol) == wanted) return std::string(info.symbol);
    }
    return std::nullopt;
}

QuantityGap quantity_gap(const Quantity& a, const Quantity& b) {
    if (a.unit.empty() || b.unit.empty()) return gap_between(a.interval, b.interval, "");
    if (a.unit == b.unit) return gap_between(a.interval, b.interval, a.unit);
    const std::optional<UnitInfo> first = unit_info(a.unit);
    const std::optional<UnitInfo> second = unit_info(b.unit);
    if (!first || !second) return incomparable(a.unit + " and " + b.unit + " cannot be compared");
    if (first->dimension != second->dimension) {
        const bool currencies = first->dimension.starts_with("currency") && second->dimension.starts_with("currency");
        return incomparable(a.unit + " and " + b.unit + " cannot be compared" +
                            (currencies ? " (no exchange rates)" : ""));
    }
    return gap_between(scaled(a.interval, first->factor), scaled(b.interval, second->factor),
                       std::string(first->base));
}

std::string unit_dimension(std::string_view unit) {
    if (unit.empty()) return "count";
    const auto info = number_detail::unit_info(unit);
    if (!info) return "";
    if (info->dimension.starts_with("currency")) return "currency";
    return std::string(info->dimension);
}

}  // namespace claimcheck
