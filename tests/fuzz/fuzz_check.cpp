// Fuzzes a whole check: fuzzed article text against the Tokyo rules (loaded once) beside a fixed
// example article; extraction, comparison and the JSON report. Every claim's text is the original
// bytes at its offsets, every interval runs forwards, and the report is valid JSON.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>
#include <nlohmann/json.hpp>
#include "claimcheck/article.hpp"
#include "claimcheck/compare.hpp"
#include "claimcheck/diagnostic.hpp"
#include "claimcheck/extract.hpp"
#include "claimcheck/render.hpp"
#include "claimcheck/rules.hpp"
#include "fuzz_check.hpp"

namespace {

const claimcheck::RuleSet& tokyo_rules() {
    static const claimcheck::RuleSet rules =
        claimcheck::load_rules({CLAIMCHECK_SOURCE_DIR "/rules/tokyo-mpd.rules.json"});
    return rules;
}

const claimcheck::Extractor& extractor() {
    static const claimcheck::Extractor instance(tokyo_rules());
    return instance;
}

const claimcheck::Article& fixed_article() {
    static const claimcheck::Article article =
        claimcheck::read_article(CLAIMCHECK_SOURCE_DIR "/examples/tokyo-mpd/metro-daily.txt");
    return article;
}

// Extracted once: only the fuzzed article changes between runs.
const claimcheck::Extraction& fixed_extraction() {
    static const claimcheck::Extraction extraction = extractor().extract(fixed_article(), 0);
    return extraction;
}

void check_span(const claimcheck::Article& article, const claimcheck::Span& span, const std::string& text) {
    FUZZ_REQUIRE(span.start <= span.end);
    FUZZ_REQUIRE(span.end <= article.original.size());
    FUZZ_REQUIRE(article.original.compare(span.start, span.end - span.start, text) == 0);
    FUZZ_REQUIRE(span.line >= 1 && span.column >= 1);
    FUZZ_REQUIRE(span.end_line >= span.line);
}

void check_value(const claimcheck::Value& value) {
    if (value.quantity) {
        const claimcheck::Interval& interval = value.quantity->interval;
        FUZZ_REQUIRE(!std::isnan(interval.low) && !std::isnan(interval.high));
        FUZZ_REQUIRE(interval.low <= interval.high);
    }
    if (value.date) FUZZ_REQUIRE(value.date->from <= value.date->to);
}

void check_extraction(const claimcheck::Article& article, const claimcheck::Extraction& extraction,
                      std::size_t source) {
    std::size_t previous_start = 0;
    for (const claimcheck::Claim& claim : extraction.claims) {
        FUZZ_REQUIRE(claim.source == source);
        FUZZ_REQUIRE(claim.rule < tokyo_rules().rules.size());
        FUZZ_REQUIRE(claim.span.start >= previous_start);
        previous_start = claim.span.start;
        check_span(article, claim.span, claim.text);
        check_value(claim.value);
    }
    for (const claimcheck::DroppedMatch& dropped : extraction.dropped) {
        check_span(article, dropped.span, dropped.text);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    claimcheck::ArticleMeta meta;
    meta.id = "fuzzed";
    meta.path = "fuzzed.txt";
    meta.published = "2024-03-15";
    std::vector<claimcheck::Article> articles;
    articles.push_back(fixed_article());
    try {
        articles.push_back(claimcheck::make_article(meta, std::string(reinterpret_cast<const char*>(data), size)));
    } catch (const claimcheck::InputError&) {
        return 0;  // the article fuzzer covers refusals
    }
    std::vector<claimcheck::Extraction> extractions;
    try {
        extractions.push_back(fixed_extraction());
        extractions.push_back(extractor().extract(articles[1], 1));
        check_extraction(articles[1], extractions.back(), 1);
    } catch (const claimcheck::InputError& error) {
        FUZZ_REQUIRE(!error.diagnostics().empty());  // e.g. too many claims: refused, not cut
        return 0;
    }
    const claimcheck::Report report = claimcheck::compare_claims(tokyo_rules(), claimcheck::rule_table(tokyo_rules()), articles, std::move(extractions));
    FUZZ_REQUIRE(report.sources.size() == articles.size());
    std::size_t counted = 0;
    for (const claimcheck::Finding& finding : report.findings) {
        FUZZ_REQUIRE(finding.rule < report.rules.size());
        for (const claimcheck::Claim& claim : finding.claims) {
            FUZZ_REQUIRE(claim.source < articles.size());
            check_span(articles[claim.source], claim.span, claim.text);
        }
        for (std::size_t missing : finding.missing_in) FUZZ_REQUIRE(missing < articles.size());
        ++counted;
    }
    FUZZ_REQUIRE(report.summary.agreement + report.summary.omission + report.summary.conflict == counted);
    const std::string json = claimcheck::render_json(report);
    FUZZ_REQUIRE(nlohmann::json::accept(json));
    return 0;
}
