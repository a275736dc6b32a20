// The real seed articles (read from ../shared/seeds/, never copied into the project) against the shipped
// story rules: every rule's status as a careful reader would judge it.
#include <map>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace claimcheck::testing;

namespace {

const std::map<std::string, std::string> expected_status = {
    {"tokyo.sections.before", "agreement"},
    {"tokyo.sections.after", "agreement"},
    {"tokyo.staff.added", "omission"},
    {"tokyo.staff.second-section-now", "omission"},
    {"tokyo.staff.north-korea-section", "omission"},
    {"tokyo.staff.china-section", "omission"},
    {"tokyo.region.first-section", "conflict"},  // "Russia and Eastern Europe" against "Russia and Europe"
    {"tokyo.region.second-section", "agreement"},
    {"tokyo.region.southeast-asia", "omission"},
    {"tokyo.region.terrorism-section", "agreement"},
    {"tokyo.section.north-korea-own", "agreement"},
    {"tokyo.section.renamed-fourth", "omission"},
    {"tokyo.realignment.previous", "omission"},
    {"tokyo.law.year", "agreement"},
    {"tokyo.threat.china-north-korea", "agreement"},
    {"tokyo.announcement", "omission"},
    {"tokyo.start", "agreement"},  // "Starting April 1" (2021-03-20) and "from next spring" (November 2020)
    {"tokyo.sanctions.years", "omission"},
    {"tokyo.budget", "omission"},
    {"tokyo.threat.missiles-parade", "omission"},
    {"tokyo.threat.senkaku", "omission"},
};

std::string seed(const std::string& name) { return (*shared_dir() / "seeds" / name).string(); }

nlohmann::json check_json(const std::vector<std::string>& articles, const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args{"check", "--rules", (source_dir() / "rules").string(), "--json", "-"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.insert(args.end(), articles.begin(), articles.end());
    RunResult r = run_claimcheck(args);
    BOOST_REQUIRE_MESSAGE(r.status == 0 || r.status == 1, r.err);
    return nlohmann::json::parse(r.out);
}

void expect_statuses(const nlohmann::json& report) {
    std::map<std::string, std::string> actual;
    for (const auto& f : report["findings"]) actual[f["rule"]] = f["status"];
    for (const auto& [rule, status] : expected_status) {
        auto it = actual.find(rule);
        BOOST_TEST((it != actual.end() ? it->second : std::string("unmatched")) == status, rule);
    }
    for (const auto& f : report["findings"])
        if (f["type"] == "number") BOOST_TEST(f["status"] != "conflict", "false numeric conflict: " << f["rule"]);
    // Every story rule matches the story (generic packs may well not).
    for (const auto& rule : report["unmatched_rules"])
        BOOST_TEST(rule.get<std::string>().rfind("tokyo.", 0) != 0, "unmatched: " << rule);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(seed_articles)

BOOST_AUTO_TEST_CASE(text_articles_with_publication_dates_on_the_command_line) {
    expect_statuses(check_json({seed("tokyo-mpd-mainichi.txt"), seed("tokyo-mpd-asahi.txt")},
                               {"--published", "tokyo-mpd-mainichi=2021-03-20", "--published", "tokyo-mpd-asahi=2020-11-05"}));
}

BOOST_AUTO_TEST_CASE(json_articles_with_their_publication_dates) {
    TempDir dir;
    auto as_json = [&](const std::string& name, const std::string& id, const std::string& published) {
        nlohmann::json article{{"id", id}, {"text", read_text(seed(name))}, {"published", published}};
        write_text(dir / (id + ".json"), article.dump());
        return (dir / (id + ".json")).string();
    };
    expect_statuses(check_json({as_json("tokyo-mpd-mainichi.txt", "mainichi", "2021-03-20"),
                                as_json("tokyo-mpd-asahi.txt", "asahi", "2020-11-05")}));
}

BOOST_AUTO_TEST_CASE(the_start_date_resolves_to_april_2021_in_both) {
    auto report = check_json({seed("tokyo-mpd-mainichi.txt"), seed("tokyo-mpd-asahi.txt")},
                             {"--published", "tokyo-mpd-mainichi=2021-03-20", "--published", "tokyo-mpd-asahi=2020-11-05"});
    for (const auto& f : report["findings"]) {
        if (f["rule"] != "tokyo.start") continue;
        for (const auto& c : f["claims"]) {
            BOOST_TEST(c["value"]["from"].get<std::string>() <= "2021-04-01");
            BOOST_TEST(c["value"]["to"].get<std::string>() >= "2021-04-01");
        }
    }
}

BOOST_AUTO_TEST_CASE(asahi_no_break_spaces_and_curly_apostrophes_still_match) {
    auto report = check_json({seed("tokyo-mpd-mainichi.txt"), seed("tokyo-mpd-asahi.txt")});
    std::string asahi = read_text(seed("tokyo-mpd-asahi.txt"));
    for (const auto& f : report["findings"])
        for (const auto& c : f["claims"]) {
            if (c["source"] != "tokyo-mpd-asahi") continue;
            std::size_t start = c["start"], end = c["end"];
            BOOST_TEST(asahi.substr(start, end - start) == c["text"].get<std::string>());
        }
}

BOOST_AUTO_TEST_SUITE_END()
