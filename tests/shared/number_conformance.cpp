// The number grammar against Microsoft Recognizers-Text's English test specs (../shared/conformance).
// Each case's input goes through find_quantities(); the figures it reads are compared with the
// expected values. How a case is scored, per file, is in docs/conformance.md.
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstdlib>
#include <functional>
#include <iostream>

#include <nlohmann/json.hpp>

#include "claimcheck/quantity.hpp"
#include "test_support.hpp"

namespace {

using namespace claimcheck;
using nlohmann::json;
namespace fs = std::filesystem;

json load_spec(const fs::path& path) {
    std::string text = testing::read_text(path);
    if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
    return json::parse(text);
}

fs::path spec_path(const std::string& relative) {
    return *testing::shared_dir() / "conformance/recognizers-text/Specs" / relative;
}

bool close_to(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)}); }

std::optional<double> number_of(const json& value) {
    if (!value.is_string()) return std::nullopt;
    std::string text = value.get<std::string>();
    if (!text.empty() && text.back() == '%') text.pop_back();
    char* end = nullptr;
    const double number = std::strtod(text.c_str(), &end);
    if (end == text.c_str() || *end != '\0') return std::nullopt;
    return number;
}

// The figures a quantity states, read with around = 0: a point, or the finite ends of a range or
// a bound ("more than 200" states 200; "up to 700" states 700).
std::vector<double> figures_of(const Quantity& quantity) {
    const Interval& interval = quantity.interval;
    if (interval.low == interval.high) return {interval.low};
    std::vector<double> figures;
    // The floor of 0 that "up to 700" gets is not a figure written.
    if (std::isfinite(interval.low) && !(interval.low == 0 && interval.high > 0)) {
        figures.push_back(interval.low);
    }
    if (std::isfinite(interval.high)) figures.push_back(interval.high);
    return figures;
}

bool same_figures(const std::vector<double>& expected, const std::vector<double>& actual) {
    if (expected.size() != actual.size()) return false;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (!close_to(expected[i], actual[i])) return false;
    }
    return true;
}

std::vector<Quantity> quantities_in(const std::string& input) {
    std::vector<Quantity> found;
    for (QuantityMatch& match : find_quantities(input, NumberOptions{0})) found.push_back(match.quantity);
    return found;
}

bool is_currency(const std::string& unit) {
    static const std::vector<std::string> codes{"USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF",
                                                "CAD", "AUD", "HKD", "NZD", "RUB", "BRL"};
    return std::find(codes.begin(), codes.end(), unit) != codes.end();
}

// A spec's case: expected figures, and which of the found quantities count for this file.
struct Scoring {
    std::function<std::optional<std::vector<double>>(const json& results)> expected;
    std::function<bool(const Quantity&)> counts = [](const Quantity&) { return true; };
};

struct Rate {
    int passed = 0;
    int total = 0;
    double value() const { return total == 0 ? 0 : static_cast<double>(passed) / total; }
};

std::optional<std::vector<double>> expected_values(const json& results) {
    std::vector<double> values;
    for (const json& result : results) {
        const std::optional<double> value = number_of(result["Resolution"].value("value", json()));
        if (!value) return std::nullopt;
        values.push_back(*value);
    }
    return values;
}

// "[20,30)" -> 20, 30; "(,100]" -> 100.
std::optional<std::vector<double>> expected_range_bounds(const json& results) {
    std::vector<double> values;
    for (const json& result : results) {
        std::string text = result["Resolution"].value("value", "");
        if (text.size() < 3) return std::nullopt;
        text = text.substr(1, text.size() - 2);
        const std::size_t comma = text.find(',');
        if (comma == std::string::npos) return std::nullopt;
        for (const std::string& part : {text.substr(0, comma), text.substr(comma + 1)}) {
            if (part.empty()) continue;
            const std::optional<double> value = number_of(json(part));
            if (!value) return std::nullopt;
            values.push_back(*value);
        }
        if (values.size() >= 2 && values[values.size() - 1] == values[values.size() - 2]) values.pop_back();
    }
    return values;
}

bool verbose() { return std::getenv("CLAIMCHECK_CONFORMANCE_VERBOSE") != nullptr; }

Rate score(const json& cases, const Scoring& scoring, const std::function<bool(const json&)>& selected,
           const std::string& label) {
    Rate rate;
    for (const json& item : cases) {
        if (!selected(item)) continue;
        const std::optional<std::vector<double>> expected = scoring.expected(item["Results"]);
        if (!expected) continue;  // a case whose values are not numbers ("rmb" alone)
        std::vector<double> actual;
        for (const Quantity& quantity : quantities_in(item["Input"].get<std::string>())) {
            if (!scoring.counts(quantity)) continue;
            for (double figure : figures_of(quantity)) actual.push_back(figure);
        }
        ++rate.total;
        if (same_figures(*expected, actual)) {
            ++rate.passed;
        } else if (verbose()) {
            std::cout << "  " << label << " FAIL: " << item["Input"].dump() << " expected";
            for (double value : *expected) std::cout << ' ' << value;
            std::cout << " got";
            for (double value : actual) std::cout << ' ' << value;
            std::cout << '\n';
        }
    }
    std::cout << label << ": " << rate.passed << "/" << rate.total << " = " << 100 * rate.value() << "%\n";
    return rate;
}

bool every_case(const json&) { return true; }

// Integers and decimals: every expected result is one (subtype "integer" or "decimal", or no
// subtype and a plain number), and there is at least one.
bool integers_or_decimals(const json& item) {
    const json& results = item["Results"];
    if (results.empty()) return false;
    for (const json& result : results) {
        const json& resolution = result["Resolution"];
        const std::string subtype = resolution.value("subtype", json()).is_string()
                                        ? resolution["subtype"].get<std::string>()
                                        : "";
        if (subtype == "integer" || subtype == "decimal") continue;
        if (!subtype.empty() || !number_of(resolution.value("value", json()))) return false;
    }
    return true;
}

bool nothing_expected(const json& item) { return item["Results"].empty(); }

}  // namespace

BOOST_AUTO_TEST_SUITE(number_conformance)

BOOST_AUTO_TEST_CASE(recognizers_text_english) {
    if (!testing::shared_dir()) return;
    const Scoring numbers{expected_values};
    const json number_model = load_spec(spec_path("Number/English/NumberModel.json"));
    score(number_model, numbers, every_case, "NumberModel (all cases)");
    score(number_model, numbers, nothing_expected, "NumberModel (cases expecting no number)");
    const Rate integers = score(number_model, numbers, integers_or_decimals, "NumberModel (integers and decimals)");

    score(load_spec(spec_path("Number/English/NumberRangeModel.json")), Scoring{expected_range_bounds}, every_case,
          "NumberRangeModel");
    score(load_spec(spec_path("Number/English/PercentModel.json")),
          Scoring{expected_values, [](const Quantity& q) { return q.unit == "%"; }}, every_case, "PercentModel");
    score(load_spec(spec_path("NumberWithUnit/English/CurrencyModel.json")),
          Scoring{expected_values, [](const Quantity& q) { return is_currency(q.unit); }}, every_case,
          "CurrencyModel");
    score(load_spec(spec_path("NumberWithUnit/English/DimensionModel.json")),
          Scoring{expected_values,
                  [](const Quantity& q) { return !q.unit.empty() && !is_currency(q.unit) && q.unit != "%"; }},
          every_case, "DimensionModel");

    BOOST_TEST(integers.total > 100);
    BOOST_TEST(integers.value() >= 0.90, "NumberModel integers and decimals: " << 100 * integers.value() << "%");
}

BOOST_AUTO_TEST_SUITE_END()
