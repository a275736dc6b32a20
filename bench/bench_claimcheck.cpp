// Benchmarks for claimcheck's hot paths. Ratios against baselines measured in the same process are
// reported as counters (e.g. speedup_vs_naive), so one run gives comparable figures.
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>

#include <re2/re2.h>

#include "claimcheck/cli.hpp"
#include "claimcheck/compare.hpp"
#include "claimcheck/date.hpp"
#include "claimcheck/extract.hpp"
#include "claimcheck/quantity.hpp"
#include "claimcheck/rules.hpp"
#include "corpus_files.hpp"
#include "generator.hpp"

namespace claimcheck::bench {

namespace {

constexpr std::size_t corpus_articles = 16;
constexpr std::size_t article_bytes = 5000;
constexpr std::size_t batch_articles = 8000;

struct Loaded {
    explicit Loaded(std::size_t n) : rules(load_rules_text("bench.rules.json", generate_rules({.rules = n}))), extractor(rules) {}
    RuleSet rules;
    Extractor extractor;  // refers to `rules`
};

// Rule sets are compiled once per size and shared by every benchmark that uses that size.
const Loaded& loaded(std::size_t n) {
    static std::map<std::size_t, std::unique_ptr<Loaded>> cache;
    auto& slot = cache[n];
    if (!slot) slot = std::make_unique<Loaded>(n);
    return *slot;
}

std::vector<Article> make_corpus(std::size_t count, std::size_t bytes, std::size_t rules) {
    std::vector<Article> out;
    for (std::size_t i = 0; i < count; ++i)
        out.push_back(make_article({.id = "a" + std::to_string(i), .published = "2024-03-01"},
                                   generate_article(bytes, 1000 + i, rules)));
    return out;
}

// Nanoseconds per article of the naive loop, per rule count, for the speedup counters.
std::map<std::size_t, double>& naive_ns_per_article() {
    static std::map<std::size_t, double> times;
    return times;
}

// CPU time of this process: the ratios should not depend on what else the machine is running.
struct Clock {
    using time_point = double;
    static double now() {
        timespec t{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return static_cast<double>(t.tv_sec) * 1e9 + static_cast<double>(t.tv_nsec);
    }
};

double ns_between(double a, double b) { return b - a; }

// Every pattern, with captures, over every article: what extraction would cost without the set.
void naive_extraction(benchmark::State& state) {
    const std::size_t n = static_cast<std::size_t>(state.range(0));
    const Loaded& set = loaded(n);
    auto corpus = make_corpus(corpus_articles, article_bytes, n);
    std::vector<const RE2*> patterns;
    // The patterns exactly as written and expanded, as a user's own loop would run them.
    for (const auto& rule : set.rules.rules)
        for (const auto& p : rule.patterns) patterns.push_back(&exact_regex(p));
    std::size_t matches = 0;
    auto scan = [&](const Article& article) {
        for (const RE2* re : patterns) {
            re2::StringPiece input(article.normalised);
            re2::StringPiece value;
            while (RE2::FindAndConsume(&input, *re, &value)) ++matches;
        }
    };
    for (const auto& article : corpus) scan(article);  // warm RE2's lazily built DFAs, as a long run would
    matches = 0;
    auto start = Clock::now();
    for (auto _ : state) {
        for (const auto& article : corpus) scan(article);
    }
    double per_article = ns_between(start, Clock::now()) / static_cast<double>(state.iterations() * corpus.size());
    naive_ns_per_article()[n] = per_article;
    benchmark::DoNotOptimize(matches);
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.size()));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.size() * article_bytes));
    state.counters["matches_per_article"] =
        static_cast<double>(matches) / static_cast<double>(state.iterations() * corpus.size());
}

// Extractor::extract: the set pass, then captures for the patterns that hit, then values.
void extraction(benchmark::State& state) {
    const std::size_t n = static_cast<std::size_t>(state.range(0));
    const Loaded& set = loaded(n);
    auto corpus = make_corpus(corpus_articles, article_bytes, n);
    for (std::size_t i = 0; i < corpus.size(); ++i) set.extractor.extract(corpus[i], i);  // warm the DFAs
    std::size_t claims = 0;
    auto start = Clock::now();
    for (auto _ : state) {
        for (std::size_t i = 0; i < corpus.size(); ++i) claims += set.extractor.extract(corpus[i], i).claims.size();
    }
    double per_article = ns_between(start, Clock::now()) / static_cast<double>(state.iterations() * corpus.size());
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.size()));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.size() * article_bytes));
    state.counters["claims_per_article"] =
        static_cast<double>(claims) / static_cast<double>(state.iterations() * corpus.size());
    if (auto it = naive_ns_per_article().find(n); it != naive_ns_per_article().end())
        state.counters["speedup_vs_naive"] = it->second / per_article;
}

// Extraction time against article size, at a fixed 1,000 rules. Every size runs over the same amount
// of text (320 KB), in fewer and longer articles: RE2's DFAs get slower per byte as the text they have
// seen grows (more states, fewer of them in the CPU's caches), which is not the article size's doing.
void extraction_by_size(benchmark::State& state) {
    const std::size_t bytes = static_cast<std::size_t>(state.range(0));
    const Loaded& set = loaded(1000);
    auto corpus = make_corpus(320000 / bytes, bytes, 1000);
    // Warm RE2's lazily built DFAs first, as `extraction` does: the first pass over new text pays for
    // building DFA states (at 80 KB that is most of a single timed pass), a long run does not.
    for (std::size_t i = 0; i < corpus.size(); ++i) benchmark::DoNotOptimize(set.extractor.extract(corpus[i], i));
    for (auto _ : state)
        for (std::size_t i = 0; i < corpus.size(); ++i) benchmark::DoNotOptimize(set.extractor.extract(corpus[i], i));
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.size()));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.size() * bytes));
}

// Loading a rule file: parse, schema check, snippet expansion, every RE2 compiled, plus the set.
void load_and_compile(benchmark::State& state) {
    const std::size_t n = static_cast<std::size_t>(state.range(0));
    std::string text = generate_rules({.rules = n});
    for (auto _ : state) {
        RuleSet rules = load_rules_text("bench.rules.json", text);
        Extractor extractor(rules);
        benchmark::DoNotOptimize(&extractor);
    }
    state.counters["rules_per_second"] =
        benchmark::Counter(static_cast<double>(n * state.iterations()), benchmark::Counter::kIsRate);
}

// One story: two 5 KB articles extracted and compared, with the rules already loaded.
void check_pair(benchmark::State& state) {
    const std::size_t n = static_cast<std::size_t>(state.range(0));
    const Loaded& set = loaded(n);
    auto pair = make_corpus(2, article_bytes, n);
    for (auto _ : state) {
        std::vector<Extraction> extractions{set.extractor.extract(pair[0], 0), set.extractor.extract(pair[1], 1)};
        benchmark::DoNotOptimize(compare_claims(set.rules, rule_table(set.rules), pair, std::move(extractions)));
    }
    state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}

const std::vector<std::string> quantity_phrases{
    "12", "3,400", "five", "twenty-one", "1.5 million", "about 40", "nearly 900 people", "more than 60",
    "two thousand and five", "between 10 and 20", "a dozen", "some 170 km", "$4.2bn", "40 percent"};

const std::vector<std::string> date_phrases{
    "March 3, 2024", "3 March 2024", "last Tuesday", "on Monday", "in February", "2024-02-11",
    "early March", "last year", "yesterday", "the end of 2023", "mid-January", "next week"};

// `claimcheck batch` as a whole (load, extraction, comparison, JSON records) over 4,000 stories of two
// 5 KB articles with 1,000 rules, at -j 1 and -j 2. Wall time: the point is what a second core buys.
// Loading the rules and warming each worker's DFAs are included; over 1,000 stories they are a third
// of the run and -j 2 gains only ~1.4x, over 4,000 they are amortised as in a day's batch.
const std::filesystem::path& batch_corpus() {
    static const std::filesystem::path dir = [] {
        auto path = std::filesystem::temp_directory_path() / fmt::format("claimcheck-bench-{}", getpid());
        write_corpus(path, 1000, batch_articles, article_bytes);
        std::atexit([] { std::filesystem::remove_all(batch_corpus()); });
        return path;
    }();
    return dir;
}

int run_claimcheck(std::vector<std::string> args) {
    std::vector<char*> argv;
    for (auto& arg : args) argv.push_back(arg.data());
    // The generated rules have no examples; the warning about each of them is not what is measured.
    const int saved = dup(STDERR_FILENO), null = open("/dev/null", O_WRONLY);
    dup2(null, STDERR_FILENO);
    const int status = run_cli(static_cast<int>(argv.size()), argv.data());
    dup2(saved, STDERR_FILENO);
    close(null);
    close(saved);
    return status;
}

double seconds_of_batch(const std::filesystem::path& dir, int jobs) {
    const auto start = std::chrono::steady_clock::now();
    if (run_claimcheck({"claimcheck", "batch", "-j", std::to_string(jobs), "--fail-on", "never", "-o",
                        (dir / "records.jsonl").string(), (dir / "manifest.jsonl").string()}) != 0)
        return -1;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// Rounds of -j 1 then -j 2, each round's ratio taken on its own: this machine's speed drifts by 10-20%
// over a minute, and a -j 1 run in a fast minute against a -j 2 run in a slow one said nothing.
constexpr int batch_rounds = 3;

void batch_throughput(benchmark::State& state) {
    const auto& dir = batch_corpus();
    std::vector<double> one, two, ratios;
    for (auto _ : state)
        for (int round = 0; round < batch_rounds; ++round) {
            one.push_back(seconds_of_batch(dir, 1));
            two.push_back(seconds_of_batch(dir, 2));
            if (one.back() <= 0 || two.back() <= 0) return state.SkipWithError("claimcheck batch failed");
            ratios.push_back(one.back() / two.back());
        }
    const double megabytes = static_cast<double>(batch_articles * article_bytes) / 1e6;
    state.counters["j1_seconds"] = median(one);
    state.counters["j2_seconds"] = median(two);
    state.counters["j1_MB_per_second"] = megabytes / median(one);
    state.counters["j2_MB_per_second"] = megabytes / median(two);
    state.counters["speedup_vs_j1"] = median(ratios);
    state.counters["speedup_lowest"] = *std::min_element(ratios.begin(), ratios.end());
}

// Peak memory (RSS) of loading N rules and checking eight stories of two 5 KB articles. It runs in a
// fresh process (this program again, with --peak-memory-child N), which prints its own high-water
// mark: a forked child's ru_maxrss would count the memory of this process too.
int peak_memory_child(std::size_t n) {
    RuleSet rules = load_rules_text("bench.rules.json", generate_rules({.rules = n}));
    Extractor extractor(rules);
    const RuleTable table = rule_table(rules);
    auto corpus = make_corpus(corpus_articles, article_bytes, n);
    for (std::size_t i = 0; i + 1 < corpus.size(); i += 2) {
        std::vector<Extraction> pair{extractor.extract(corpus[i], 0), extractor.extract(corpus[i + 1], 1)};
        benchmark::DoNotOptimize(compare_claims(rules, table, {corpus[i], corpus[i + 1]}, std::move(pair)));
    }
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.starts_with("VmHWM:")) std::cout << std::stol(line.substr(6)) << "\n";  // in kB
    return 0;
}

void peak_memory(benchmark::State& state) {
    const std::string self = std::filesystem::read_symlink("/proc/self/exe").string();
    const std::string command = "'" + self + "' --peak-memory-child " + std::to_string(state.range(0));
    long peak_kb = 0;
    for (auto _ : state) {
        FILE* child = popen(command.c_str(), "r");
        if (!child || std::fscanf(child, "%ld", &peak_kb) != 1) state.SkipWithError("the child printed no peak");
        if (child && pclose(child) != 0) state.SkipWithError("the child failed");
    }
    state.counters["peak_RSS_MB"] = static_cast<double>(peak_kb) / 1024.0;
}

// Phrases never seen before, each parsed in full (the parser keeps the phrases it has seen): the
// forms of quantity_phrases around a figure that changes every time.
const std::vector<std::pair<std::string, std::string>> quantity_forms{
    {"", ""},         {"about ", ""},   {"nearly ", " people"}, {"more than ", ""},   {"", " million"},
    {"$", "bn"},      {"some ", " km"}, {"", " percent"},      {"between 1 and ", ""}, {"", ",000"},
    {"up to ", "kg"}, {"", " hundred"}, {"at least ", " tonnes"}, {"", "-year"}};

void quantity_parser(benchmark::State& state) {
    std::size_t figure = 0;
    for (auto _ : state)
        for (const auto& [before, after] : quantity_forms)
            benchmark::DoNotOptimize(parse_quantity(before + std::to_string(++figure) + after));
    state.counters["phrases_per_second"] = benchmark::Counter(
        static_cast<double>(quantity_forms.size() * state.iterations()), benchmark::Counter::kIsRate);
}

// The same phrases again and again, as figures recur in news.
void quantity_parser_repeated(benchmark::State& state) {
    for (auto _ : state)
        for (const auto& phrase : quantity_phrases) benchmark::DoNotOptimize(parse_quantity(phrase));
    state.counters["phrases_per_second"] = benchmark::Counter(
        static_cast<double>(quantity_phrases.size() * state.iterations()), benchmark::Counter::kIsRate);
}

void date_parser(benchmark::State& state) {
    DateContext context{std::chrono::year_month_day{std::chrono::year{2024}, std::chrono::month{3}, std::chrono::day{14}},
                        "The council said it met last week."};
    for (auto _ : state)
        for (const auto& phrase : date_phrases) benchmark::DoNotOptimize(parse_date(phrase, context));
    state.counters["phrases_per_second"] = benchmark::Counter(
        static_cast<double>(date_phrases.size() * state.iterations()), benchmark::Counter::kIsRate);
}

}  // namespace

// The naive loop is registered first at each size so that extraction's speedup counter can read it.
BENCHMARK(naive_extraction)->Arg(10)->Arg(100)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond);
BENCHMARK(extraction)->Arg(10)->Arg(100)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond);
BENCHMARK(extraction_by_size)->Arg(1000)->Arg(5000)->Arg(20000)->Arg(80000)->Unit(benchmark::kMillisecond);
BENCHMARK(load_and_compile)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(check_pair)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(batch_throughput)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();
BENCHMARK(peak_memory)->Arg(1000)->Arg(5000)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();
BENCHMARK(quantity_parser);
BENCHMARK(quantity_parser_repeated);
BENCHMARK(date_parser);

}  // namespace claimcheck::bench

int main(int argc, char** argv) {
    if (argc == 3 && std::string_view(argv[1]) == "--peak-memory-child")
        return claimcheck::bench::peak_memory_child(std::stoul(argv[2]));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
