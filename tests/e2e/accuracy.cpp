// Accuracy of the generic rule packs (rules/generic) over the story pairs in tests/corpus*/, each with
// the findings a careful reader expects (docs/accuracy.md says which sets the packs were tuned on).
// Precision per status and recall over agreements and conflicts must stay at or above the figures
// published in docs/accuracy.md.
#include <algorithm>
#include <filesystem>
#include <ostream>
#include <map>
#include <set>

#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "test_support.hpp"

using namespace claimcheck::testing;
namespace fs = std::filesystem;

namespace {

// The published figures (docs/accuracy.md), per corpus: never above what the corpus measures.
struct Floors {
    const char* corpus;  // folder under tests/
    double conflict_precision, agreement_precision, omission_precision, recall;
};
std::ostream& operator<<(std::ostream& out, const Floors& floors) { return out << floors.corpus; }

constexpr Floors published[] = {
    {"corpus", 1.0, 0.96, 0.25, 1.0},               // measured 13/13, 49/51, 7/28, 62/62
    {"corpus-round1", 1.0, 1.0, 0.6, 0.95},         // measured 6/6, 41/41, 14/23, 47/49
    {"corpus-round2", 1.0, 0.97, 0.55, 0.94},       // measured 6/6, 45/46, 11/20, 51/54
    {"corpus-round3", 1.0, 0.96, 0.5, 0.96},        // measured 6/6, 48/50, 12/24, 54/56
    {"corpus-round4", 1.0, 0.95, 0.2, 0.87},        // measured 7/7, 41/43, 6/30, 48/55
    {"corpus-round5", 1.0, 1.0, 0.55, 0.96},        // measured 7/7, 42/42, 11/20, 49/51
    {"corpus-round6", 1.0, 0.97, 0.33, 0.95},       // measured 7/7, 39/40, 7/21, 46/48
    {"corpus-round7", 1.0, 1.0, 0.35, 0.86},        // measured 6/6, 38/38, 7/20, 44/51
    {"corpus-round8", 1.0, 1.0, 0.42, 0.92},        // measured 8/8, 55/55, 11/26, 63/68
    {"corpus-round9", 1.0, 0.91, 0.26, 0.94},       // measured 7/7, 44/48, 9/34, 51/54 (blind once in session 8: 5/6 conflicts)
    {"corpus-round10", 1.0, 1.0, 0.26, 0.91},       // measured 8/8, 56/56, 5/19, 64/70 (blind once in session 8)
    {"corpus-unseen", 1.0, 0.97, 0.65, 1.0},        // measured 8/8, 35/36, 19/29, 43/43 (tuned on in round 3)
    {"corpus-unseen2", 1.0, 1.0, 0.5, 0.97},        // measured 6/6, 30/30, 12/24, 36/37 (tuned on in session 7, see docs/accuracy.md)
    {"corpus-unseen3", 1.0, 1.0, 0.41, 0.89},       // measured 5/5, 30/30, 10/24, 35/39: blind, see docs/accuracy.md
    {"corpus-unseen4", 1.0, 0.94, 0.3, 0.85},       // measured 6/6, 48/51, 7/23, 54/63: blind, see docs/accuracy.md
    {"corpus-unseen5", 1.0, 0.95, 0.27, 0.82},      // measured 7/7, 41/43, 12/43, 48/58 (blind once in session 9: 4/6 conflicts, recall 40/58)
    {"corpus-unseen6", 1.0, 0.97, 0.46, 0.94},      // measured 8/8, 48/49, 19/41, 56/59 (blind once in session 9: 4/7 conflicts, recall 44/59)
    {"corpus-unseen7", 1.0, 1.0, 0.42, 0.96},       // measured 8/8, 44/44, 11/26, 52/54 (blind once in session 10: 7/8 conflicts, recall 45/54)
    {"corpus-unseen8", 1.0, 0.93, 0.41, 0.85},      // measured 6/6, 41/44, 14/34, 47/55 (blind once in session 10: 3/3 conflicts, recall 37/55)
    {"corpus-unseen9", 1.0, 1.0, 0.47, 0.93},       // measured 8/8, 54/54, 10/21, 62/66 (blind once in session 11: 6/6 conflicts, recall 56/66)
    {"corpus-unseen10", 1.0, 0.97, 0.38, 0.94},     // measured 8/8, 45/46, 10/26, 53/56 (blind once in session 11: 6/6 conflicts, recall 48/56)
};

using FindingId = std::pair<std::string, std::string>;  // rule, key ("" when unkeyed)

int severity(const std::string& status) { return status == "conflict" ? 2 : status == "agreement" ? 1 : 0; }

// A generic rule's figures far apart are split into findings of one rule and key (docs/accuracy.md): the
// claim is scored by the most severe of them, as a CI gate reads it.
std::map<FindingId, std::string> statuses(const nlohmann::json& findings) {
    std::map<FindingId, std::string> out;
    for (const auto& f : findings) {
        std::string key = f.contains("key") && f["key"].is_string() ? f["key"].get<std::string>() : "";
        std::string status = f["status"].get<std::string>();
        auto [it, added] = out.try_emplace({f["rule"].get<std::string>(), key}, status);
        if (!added && severity(status) > severity(it->second)) it->second = status;
    }
    return out;
}

// Without a final "s": the tool folds a key's plural ending ("Free Citizens" is `free citizen`), and the
// expected files write party names as printed.
std::string without_plural(std::string name) {
    if (name.ends_with("s")) name.pop_back();
    return name;
}

// Candidates are named in full or by surname, and the expected files of different sets chose
// differently: "holt" and "mara holt" are the same key of a name-keyed rule, as are "free citizen" and
// "free citizens".
bool same_name(const std::string& a, const std::string& b) {
    const std::string x = without_plural(a), y = without_plural(b);
    return x == y || x.ends_with(" " + y) || y.ends_with(" " + x);
}

void match_name_keys(std::map<FindingId, std::string>& actual, const std::map<FindingId, std::string>& expected) {
    static const std::set<std::string> named = {"generic.count.seats", "generic.count.votes", "generic.rate.vote-share"};
    std::map<FindingId, std::string> matched;
    for (const auto& [id, status] : actual) {
        FindingId as = id;
        if (named.count(id.first) && !expected.count(id)) {
            std::vector<FindingId> same;
            for (const auto& [other, _] : expected)
                if (other.first == id.first && same_name(other.second, id.second)) same.push_back(other);
            if (same.size() == 1 && !actual.count(same.front())) as = same.front();
        }
        matched[as] = status;
    }
    actual = std::move(matched);
}

struct Tally {
    std::map<std::string, std::size_t> reported, reported_right;  // per status
    std::size_t expected_ac = 0, found_ac = 0;
};

void score_story(const fs::path& dir, Tally& tally) {
    RunResult r = run_claimcheck({"check", "--rules", (source_dir() / "rules" / "generic").string(), "--json", "-",
                                  (dir / "a.txt").string(), (dir / "b.txt").string()});
    BOOST_REQUIRE_MESSAGE(r.status == 0 || r.status == 1, r.err);
    auto actual = statuses(nlohmann::json::parse(r.out)["findings"]);
    auto expected = statuses(nlohmann::json::parse(read_text(dir / "expected.json"))["findings"]);
    match_name_keys(actual, expected);
    for (const auto& [id, status] : actual) {
        ++tally.reported[status];
        auto it = expected.find(id);
        bool right = it != expected.end() && it->second == status;
        if (right) ++tally.reported_right[status];
        else BOOST_TEST_MESSAGE(dir.filename().string() << ": reported " << id.first << " [" << id.second << "] " << status);
    }
    for (const auto& [id, status] : expected) {
        if (status == "omission") continue;
        ++tally.expected_ac;
        auto it = actual.find(id);
        if (it != actual.end() && it->second == status) ++tally.found_ac;
        else BOOST_TEST_MESSAGE(dir.filename().string() << ": missed " << id.first << " [" << id.second << "] " << status);
    }
}

double ratio(std::size_t a, std::size_t b) { return b == 0 ? 1.0 : static_cast<double>(a) / static_cast<double>(b); }

}  // namespace

BOOST_AUTO_TEST_SUITE(accuracy)

BOOST_DATA_TEST_CASE(generic_packs_meet_the_published_precision_and_recall, boost::unit_test::data::make(published),
                     floors) {
    std::vector<fs::path> stories;
    for (const auto& entry : fs::directory_iterator(source_dir() / "tests" / floors.corpus))
        if (fs::exists(entry.path() / "expected.json")) stories.push_back(entry.path());
    std::sort(stories.begin(), stories.end());
    BOOST_REQUIRE_GE(stories.size(), 12u);
    Tally tally;
    for (const auto& story : stories) score_story(story, tally);

    double conflict_precision = ratio(tally.reported_right["conflict"], tally.reported["conflict"]);
    double agreement_precision = ratio(tally.reported_right["agreement"], tally.reported["agreement"]);
    double omission_precision = ratio(tally.reported_right["omission"], tally.reported["omission"]);
    double recall = ratio(tally.found_ac, tally.expected_ac);
    BOOST_TEST_MESSAGE(floors.corpus << ": conflict precision " << conflict_precision << " ("
                                     << tally.reported_right["conflict"] << "/" << tally.reported["conflict"]
                                     << "), agreement precision " << agreement_precision << " ("
                                     << tally.reported_right["agreement"] << "/" << tally.reported["agreement"]
                                     << "), omission precision " << omission_precision << " ("
                                     << tally.reported_right["omission"] << "/" << tally.reported["omission"]
                                     << "), recall " << recall << " (" << tally.found_ac << "/" << tally.expected_ac << ")");
    BOOST_TEST(conflict_precision >= floors.conflict_precision);
    BOOST_TEST(agreement_precision >= floors.agreement_precision);
    BOOST_TEST(omission_precision >= floors.omission_precision);
    BOOST_TEST(recall >= floors.recall);
}

BOOST_AUTO_TEST_SUITE_END()
