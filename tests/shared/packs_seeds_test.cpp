// The generic rule packs on the real seed articles (read from ../shared/seeds/, never copied): alone they
// find something and raise no numeric conflict; with the story rules, every finding is one a careful
// reader would agree with, and generic claims on the story rules' evidence are set aside.
#include <map>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace claimcheck::testing;

namespace {

std::string seed(const std::string& name) { return (*shared_dir() / "seeds" / name).string(); }

nlohmann::json check_seeds(const std::string& rules) {
    RunResult r = run_claimcheck({"check", "--rules", (source_dir() / rules).string(), "--json", "-",
                                  "--published", "tokyo-mpd-mainichi=2021-03-20", "--published",
                                  "tokyo-mpd-asahi=2020-11-05", seed("tokyo-mpd-mainichi.txt"), seed("tokyo-mpd-asahi.txt")});
    BOOST_REQUIRE_MESSAGE(r.status == 0 || r.status == 1, r.err);
    return nlohmann::json::parse(r.out);
}

// What a careful reader says of each generic finding on the seeds (rule/key -> status).
const std::map<std::string, std::string> generic_expected = {
    {"generic.count.things/country", "omission"},  // only one article counts the countries
};

}  // namespace

BOOST_AUTO_TEST_SUITE(packs_on_seed_articles)

BOOST_AUTO_TEST_CASE(generic_packs_alone_find_claims_without_numeric_conflict) {
    nlohmann::json report = check_seeds("rules/generic");
    BOOST_TEST(!report["findings"].empty());
    for (const auto& f : report["findings"])
        if (f["type"] == "number") BOOST_TEST(f["status"] != "conflict", "false numeric conflict: " << f["rule"]);
}

BOOST_AUTO_TEST_CASE(all_rules_give_at_least_twenty_findings_none_false) {
    nlohmann::json report = check_seeds("rules");
    BOOST_TEST(report["findings"].size() >= 20u);
    for (const auto& f : report["findings"]) {
        std::string rule = f["rule"];
        if (rule.rfind("generic.", 0) != 0) continue;  // story rules: checked one by one in seeds_test.cpp
        std::string id = rule + "/" + (f["key"].is_string() ? f["key"].get<std::string>() : "");
        auto it = generic_expected.find(id);
        BOOST_TEST((it != generic_expected.end() && it->second == f["status"]), "unexpected generic finding " << id << " " << f["status"]);
    }
}

BOOST_AUTO_TEST_CASE(generic_claims_on_story_evidence_are_dropped_with_the_reason) {
    nlohmann::json report = check_seeds("rules");
    std::size_t yielded = 0;
    for (const auto& d : report["dropped"])
        if (d["reason"].get<std::string>().rfind("the same evidence is claimed by story rule tokyo.", 0) == 0) ++yielded;
    BOOST_TEST(yielded >= 3u);
    for (const auto& f : report["findings"])
        if (f["rule"] == "generic.count.things") BOOST_TEST(f["key"] != "staff");
}

BOOST_AUTO_TEST_SUITE_END()
