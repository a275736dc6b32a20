#pragma once
// Hand-made reports and a strict markup checker for the HTML renderer's tests.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/report.hpp"

namespace claimcheck::html_testing {

// A claim of rule `rule` in source `source` covering text[start, end) of that source.
Claim make_claim(const Report& report, std::size_t rule, std::size_t source, std::size_t start, std::size_t end);

// Finds `needle` in source `source` and returns a claim over it (the first occurrence).
Claim claim_of(const Report& report, std::size_t rule, std::size_t source, std::string_view needle);

Quantity quantity(double low, double high, std::string unit = {}, bool low_open = false, bool high_open = false);

SourceInfo make_source(std::string id, std::string text);
RuleInfo make_rule(std::string id, std::string claim, RuleType type = RuleType::number);

Finding make_finding(std::size_t rule, Status status);

// Sets the summary from the findings.
void count(Report& report);

// Checks that `html` is well-formed: every tag is a known element with only known, double-quoted
// attributes, no event handler, only in-page links, every non-void element closed in order, and no
// raw '<' in text. Returns an empty string when it is, else what is wrong.
std::string check_markup(const std::string& html);

// The text inside the element with id `id`, tags removed and references decoded.
std::string text_of_element(const std::string& html, const std::string& id);

std::size_t count_of(std::string_view haystack, std::string_view needle);

}  // namespace claimcheck::html_testing
