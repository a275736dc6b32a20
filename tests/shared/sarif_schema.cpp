// The SARIF output against the OASIS SARIF 2.1.0 schema (../shared/conformance/sarif, JSON Schema
// draft-04), validated with valijson, for hand-built reports: a conflict, an omission, hostile names.
#include <memory>
#include <string>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "../unit/report/ci_reports.hpp"
#include "claimcheck/render.hpp"
#include "test_support.hpp"

namespace {

using nlohmann::json;
namespace ci = claimcheck::testing::ci;

const valijson::Schema& sarif_schema() {
    static const std::unique_ptr<valijson::Schema> schema = [] {
        auto path = *claimcheck::testing::shared_dir() / "conformance/sarif/sarif-schema-2.1.0.json";
        json document = json::parse(claimcheck::testing::read_text(path));
        auto out = std::make_unique<valijson::Schema>();
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
        valijson::adapters::NlohmannJsonAdapter adapter(document);
        parser.populateSchema(adapter, *out);
        return out;
    }();
    return *schema;
}

// Returns every schema violation, one per line; empty when the document is valid.
std::string violations(const json& document) {
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(document);
    if (validator.validate(sarif_schema(), target, &results)) return {};
    std::string out;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        std::string where;
        for (const std::string& step : error.context) where += step;
        out += where + ": " + error.description + "\n";
    }
    return out.empty() ? "invalid" : out;
}

json rendered(const claimcheck::Report& report) { return json::parse(claimcheck::render_sarif(report, ".")); }

}  // namespace

BOOST_AUTO_TEST_SUITE(sarif_schema)

BOOST_AUTO_TEST_CASE(the_validator_rejects_an_invalid_log) {
    // A region cannot start at column 0, and a result needs a message: the check must be able to fail.
    json log = rendered(ci::basic_report());
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"] = 0;
    BOOST_TEST(!violations(log).empty());
    json no_message = rendered(ci::basic_report());
    no_message["runs"][0]["results"][0].erase("message");
    BOOST_TEST(!violations(no_message).empty());
    json bad_kind = rendered(ci::basic_report());
    bad_kind["runs"][0]["columnKind"] = "bytes";
    BOOST_TEST(!violations(bad_kind).empty());
}

BOOST_AUTO_TEST_CASE(a_conflict_and_an_omission_validate) {
    json log = rendered(ci::basic_report());
    BOOST_REQUIRE_EQUAL(log["runs"][0]["results"].size(), 2u);
    std::string problems = violations(log);
    BOOST_TEST(problems.empty(), problems);
}

BOOST_AUTO_TEST_CASE(hostile_names_and_json_articles_validate) {
    std::string problems = violations(rendered(ci::hostile_report()));
    BOOST_TEST(problems.empty(), problems);
}

BOOST_AUTO_TEST_CASE(inline_sources_and_outside_paths_validate) {
    claimcheck::Report report = ci::basic_report();
    report.sources[1].meta.path = "/elsewhere/coast news.txt";
    report.findings[0].claims.push_back(ci::claim_at(report, 0, 2, "ferry ran aground", "ran aground"));
    std::string problems = violations(rendered(report));
    BOOST_TEST(problems.empty(), problems);
}

BOOST_AUTO_TEST_CASE(an_empty_report_validates) {
    std::string problems = violations(rendered(claimcheck::Report{}));
    BOOST_TEST(problems.empty(), problems);
}

BOOST_AUTO_TEST_SUITE_END()
