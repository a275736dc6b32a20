// claimcheck batch: many stories, one JSON line each, as a streaming mapper. The main thread reads
// manifest lines lazily into a bounded queue; workers run the pipeline; a writer puts records out in
// input order as soon as each and all before it are done. At most `16 x threads` stories are in flight,
// so memory does not grow with the input. Rule sets are loaded once per distinct list of paths; each
// worker builds its own RE2::Set (Extractor) for them.
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <future>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_set>

#include <fmt/format.h>

#include "batch.hpp"
#include "claimcheck/compare.hpp"
#include "claimcheck/extract.hpp"
#include "claimcheck/render.hpp"
#include "claimcheck/rules.hpp"
#include "commands.hpp"
#include "pipeline.hpp"

namespace claimcheck {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;
using batch::ManifestSource;

// A manifest line longer than this is an error record, never a reason to hold unbounded memory.
constexpr std::size_t max_manifest_line = std::size_t{256} << 20;

struct BatchOptions {
    std::vector<std::string> manifests;
    unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
    std::string resume;
    std::string output;
    std::string fail_on = "conflict";
};

FailOn fail_on_of(const std::string& name) {
    if (name == "omission") return FailOn::omission;
    if (name == "never") return FailOn::never;
    return FailOn::conflict;
}

// ---- Rule sets, loaded once and shared by every story that names the same rule paths.

using SharedRules = std::shared_ptr<const RuleSet>;

// What a worker builds once per rule set it meets: its own Extractor, and the rule table every
// report over the set shares. An Extractor's RE2::Set keeps its DFA behind a lock; shared by all
// workers, they waited on each other (-j 2 was 15% slower). The patterns themselves stay shared:
// each is run far less often than the set.
struct CompiledRules {
    explicit CompiledRules(const RuleSet& rules) : extractor(rules), table(rule_table(rules)) {}
    const Extractor extractor;
    const RuleTable table;
};

class WorkerRules {
public:
    const CompiledRules& for_rules(const SharedRules& rules) {
        auto& compiled = compiled_[rules.get()];
        if (!compiled) compiled = std::make_unique<const CompiledRules>(*rules);
        return *compiled;
    }

private:
    std::map<const RuleSet*, std::unique_ptr<const CompiledRules>> compiled_;  // rule sets outlive the run
};

class RuleCache {
public:
    // Loads and compiles a rule set the first time it is asked for; later callers (on any thread)
    // wait for that one build. A rule set that fails to load fails the same way for every story.
    SharedRules get(const std::vector<std::string>& paths) {
        std::string key;
        for (const auto& p : paths) key += p + '\n';
        std::promise<SharedRules> promise;
        std::shared_future<SharedRules> future;
        bool build = false;
        {
            std::lock_guard lock(mutex_);
            auto it = entries_.find(key);
            if (it == entries_.end()) {
                future = promise.get_future().share();
                entries_.emplace(key, future);
                build = true;
            } else {
                future = it->second;
            }
        }
        if (build) {
            try {
                auto rules = std::make_shared<const RuleSet>(load_rules(paths));
                print_once(rules->warnings);
                promise.set_value(std::move(rules));
            } catch (...) {
                promise.set_exception(std::current_exception());
            }
        }
        return future.get();
    }

private:
    // A rule file's warnings are about the file, not a story: printed on standard error once, when
    // the rule set is built (repeating them in every record cost more than checking the story).
    void print_once(const std::vector<Diagnostic>& warnings) {
        std::lock_guard lock(mutex_);
        for (const auto& w : warnings) std::cerr << format_diagnostic(w) << "\n";
    }

    std::mutex mutex_;
    std::map<std::string, std::shared_future<SharedRules>> entries_;
};

// ---- Records

Json nullable(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }
Json nullable(std::size_t n) { return n == 0 ? Json(nullptr) : Json(n); }

Json diagnostics_json(const std::vector<Diagnostic>& diagnostics) {
    Json out = Json::array();
    for (const auto& d : diagnostics)
        out.push_back({{"file", nullable(d.file)}, {"line", nullable(d.line)}, {"column", nullable(d.column)},
                       {"message", d.message}});
    return out;
}

std::string line_of(const Json& record) {
    return record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string error_record(const std::string& id, const std::vector<Diagnostic>& diagnostics) {
    return line_of(Json{{"id", id}, {"status", "error"}, {"errors", diagnostics_json(diagnostics)}});
}

std::string ok_record(const std::string& id, const Report& report, int exit) {
    Json record{{"id", id},
                {"status", "ok"},
                {"exit", exit},
                {"summary",
                 {{"agreement", report.summary.agreement},
                  {"omission", report.summary.omission},
                  {"conflict", report.summary.conflict}}},
                {"report", report_json(report)}};
    // check prints these on standard error; a batch keeps an article's warnings with its story.
    if (!report.warnings.empty()) record["warnings"] = diagnostics_json(report.warnings);
    return line_of(record);
}

// The exit a record of an earlier run stands for, under this run's --fail-on.
int exit_of_record(const nlohmann::json& record, FailOn fail_on) {
    if (record.value("status", "") != "ok") return 2;
    Report summary_only;
    const auto summary = record.value("summary", nlohmann::json::object());
    summary_only.summary.conflict = summary.value("conflict", std::size_t{0});
    summary_only.summary.omission = summary.value("omission", std::size_t{0});
    return exit_status(summary_only, fail_on);
}

// ---- One story

struct Job {
    std::size_t sequence = 0;
    const ManifestSource* source = nullptr;
    std::size_t line_number = 0;
    std::string line;
    bool too_long = false;
};

struct Outcome {
    std::string record;  // one line, '\n'-terminated; empty when skipped
    int exit = 0;
};

class StoryRunner {
public:
    StoryRunner(FailOn fail_on, std::unordered_set<std::string> done_ids)
        : fail_on_(fail_on), done_ids_(std::move(done_ids)) {}

    // Never throws: whatever goes wrong with one story becomes its error record.
    Outcome run(const Job& job, WorkerRules& compiled_rules) {
        std::string id = batch::line_id(job.line_number);
        try {
            if (job.too_long)
                return error(id, batch::line_id(job.line_number), *job.source, job.line_number,
                             fmt::format("manifest line longer than {} MiB", max_manifest_line >> 20));
            nlohmann::json manifest;
            try {
                manifest = batch::parse_manifest_line(job.line, *job.source, job.line_number);
            } catch (const InputError& e) {
                if (done_ids_.count(id)) return {};
                return {error_record(id, e.diagnostics()), 2};
            }
            id = batch::story_id(manifest, job.line_number);
            if (done_ids_.count(id)) return {};
            batch::Story story = batch::read_story(manifest, *job.source, job.line_number);
            SharedRules rules = rules_.get(story.rule_paths);
            const CompiledRules& compiled = compiled_rules.for_rules(rules);
            Report report = run_pipeline(*rules, compiled.table, compiled.extractor, story.articles);
            int exit = exit_status(report, fail_on_);
            return {ok_record(id, report, exit), exit};
        } catch (const InputError& e) {
            return {error_record(id, e.diagnostics()), 2};
        } catch (const std::bad_alloc&) {
            return error(id, id, *job.source, job.line_number, "out of memory");
        } catch (const std::exception& e) {
            return error(id, id, *job.source, job.line_number, fmt::format("internal error: {}", e.what()));
        }
    }

private:
    Outcome error(const std::string& id, const std::string& skip_id, const ManifestSource& source,
                  std::size_t line_number, std::string message) {
        if (done_ids_.count(skip_id)) return {};
        Diagnostic d{.severity = Severity::error, .file = source.name, .line = line_number, .column = 0,
                     .message = std::move(message), .source_line = {}};
        return {error_record(id, {d}), 2};
    }

    FailOn fail_on_;
    const std::unordered_set<std::string> done_ids_;  // read-only once the run starts
    RuleCache rules_;
};

// ---- The streaming run: reader (this thread) -> bounded queue -> workers -> reorder buffer -> writer.

class BatchRun {
public:
    BatchRun(StoryRunner& runner, batch::Output& output, batch::Progress& progress, unsigned threads)
        : runner_(runner), output_(output), progress_(progress), threads_(threads), capacity_(16 * std::size_t{threads}) {}

    // Returns the worst exit of the stories written; throws InputError when reading or writing failed.
    int run(const std::vector<std::string>& manifests) {
        std::vector<std::thread> workers;
        for (unsigned i = 0; i < threads_; ++i) workers.emplace_back([this] { work(); });
        std::thread writer([this] { write(); });
        try {
            read_all(manifests);
        } catch (...) {
            stop(std::current_exception());
        }
        {
            std::lock_guard lock(mutex_);
            input_done_ = true;
        }
        work_ready_.notify_all();
        result_ready_.notify_all();
        for (auto& w : workers) w.join();
        writer.join();
        progress_.finish(written_);
        if (failure_) std::rethrow_exception(failure_);
        return worst_exit_;
    }

private:
    void read_all(const std::vector<std::string>& manifests) {
        for (const auto& path : manifests) {
            sources_.push_back(std::make_unique<ManifestSource>(ManifestSource{
                path, path == "-" ? std::string() : fs::path(path).parent_path().string()}));
            const ManifestSource* source = sources_.back().get();
            int fd = batch::open_manifest(path);
            batch::LineReader reader(fd, path == "-" ? "standard input" : path, max_manifest_line);
            Job job;
            try {
                while (reader.next(job.line, job.too_long)) {
                    if (!job.too_long && job.line.find_first_not_of(" \t") == std::string::npos) continue;
                    job.source = source;
                    job.line_number = reader.line_number();
                    if (!enqueue(std::move(job))) break;
                    job = Job{};
                }
            } catch (...) {
                if (fd != STDIN_FILENO) ::close(fd);
                throw;
            }
            if (fd != STDIN_FILENO) ::close(fd);
        }
    }

    // Waits for room (fewer than capacity stories between the writer and the reader); false when stopping.
    bool enqueue(Job job) {
        std::unique_lock lock(mutex_);
        room_.wait(lock, [&] { return failure_ || next_sequence_ - next_to_write_ < capacity_; });
        if (failure_) return false;
        job.sequence = next_sequence_++;
        queue_.push_back(std::move(job));
        work_ready_.notify_one();
        return true;
    }

    void work() {
        WorkerRules compiled_rules;
        for (;;) {
            Job job;
            {
                std::unique_lock lock(mutex_);
                work_ready_.wait(lock, [&] { return failure_ || !queue_.empty() || input_done_; });
                if (failure_ || queue_.empty()) return;
                job = std::move(queue_.front());
                queue_.pop_front();
            }
            Outcome outcome = runner_.run(job, compiled_rules);
            {
                std::lock_guard lock(mutex_);
                finished_.emplace(job.sequence, std::move(outcome));
            }
            result_ready_.notify_one();
        }
    }

    void write() {
        std::unique_lock lock(mutex_);
        for (;;) {
            result_ready_.wait(lock, [&] {
                return failure_ || finished_.count(next_to_write_) ||
                       (input_done_ && next_to_write_ == next_sequence_);
            });
            if (failure_) return;
            if (!finished_.count(next_to_write_)) {
                lock.unlock();
                sync_at_end();
                return;
            }
            std::vector<Outcome> ready;
            for (auto it = finished_.find(next_to_write_); it != finished_.end() && it->first == next_to_write_ + ready.size();
                 it = finished_.erase(it))
                ready.push_back(std::move(it->second));
            lock.unlock();
            try {
                for (const auto& outcome : ready) {
                    if (outcome.record.empty()) continue;  // already in the resumed output
                    output_.write_line(outcome.record);
                    worst_exit_ = std::max(worst_exit_, outcome.exit);
                }
                output_.checkpoint();
            } catch (...) {
                stop(std::current_exception());
                return;
            }
            written_ += ready.size();
            progress_.update(written_);
            lock.lock();
            next_to_write_ += ready.size();
            room_.notify_one();
        }
    }

    void sync_at_end() {
        try {
            output_.sync();
        } catch (...) {
            stop(std::current_exception());
        }
    }

    void stop(std::exception_ptr failure) {
        {
            std::lock_guard lock(mutex_);
            if (!failure_) failure_ = failure;
        }
        room_.notify_all();
        work_ready_.notify_all();
        result_ready_.notify_all();
    }

    StoryRunner& runner_;
    batch::Output& output_;
    batch::Progress& progress_;
    unsigned threads_;
    // Stories between the reader and the writer. At 4 a worker, the workers of -j 2 ran dry about 50
    // times over 6,000 stories, waiting for the reader or the writer to get a core; at 16 twice.
    std::size_t capacity_;
    std::vector<std::unique_ptr<ManifestSource>> sources_;

    std::mutex mutex_;
    std::condition_variable room_, work_ready_, result_ready_;
    std::deque<Job> queue_;
    std::map<std::size_t, Outcome> finished_;  // the reorder buffer
    std::size_t next_sequence_ = 0;
    std::size_t next_to_write_ = 0;
    bool input_done_ = false;
    std::exception_ptr failure_;

    // Writer thread only.
    int worst_exit_ = 0;
    std::size_t written_ = 0;
};

bool same_file(const std::string& a, const std::string& b) {
    std::error_code ec;
    return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

void check_paths(const BatchOptions& options) {
    std::vector<Diagnostic> problems;
    if (std::count(options.manifests.begin(), options.manifests.end(), "-") > 1)
        problems.push_back(Diagnostic{.severity = Severity::error, .file = {}, .line = 0, .column = 0,
                                      .message = "standard input ('-') can be read only once", .source_line = {}});
    if (!options.resume.empty() && !options.output.empty() && options.output != options.resume)
        problems.push_back(file_error(options.output, "--resume appends to its FILE; --output must be the same file or left out"));
    for (const auto& manifest : options.manifests)
        for (const auto& out : {options.output, options.resume})
            if (!out.empty() && manifest != "-" && same_file(manifest, out))
                problems.push_back(file_error(out, "is also a manifest; the output would overwrite its input"));
    if (!problems.empty()) throw InputError(std::move(problems));
}

int run_batch(const BatchOptions& options) {
    check_paths(options);
    for (const auto& path : options.manifests)  // fail before any output is touched
        if (path != "-") ::close(batch::open_manifest(path));
    FailOn fail_on = fail_on_of(options.fail_on);

    std::unordered_set<std::string> done_ids;
    int earlier_exit = 0;
    batch::Output output = [&] {
        if (!options.resume.empty())
            return batch::Output::resume(options.resume, [&](const nlohmann::json& record, std::size_t) {
                done_ids.insert(record["id"].get<std::string>());
                earlier_exit = std::max(earlier_exit, exit_of_record(record, fail_on));
            });
        if (!options.output.empty()) return batch::Output::create(options.output);
        return batch::Output();
    }();

    bool show_progress = isatty(STDERR_FILENO) != 0;
    batch::Progress progress(show_progress, show_progress ? batch::count_stories(options.manifests) : std::nullopt);
    StoryRunner runner(fail_on, std::move(done_ids));
    BatchRun run(runner, output, progress, options.jobs);
    return std::max(earlier_exit, run.run(options.manifests));
}

}  // namespace

Command add_batch_command(CLI::App& app) {
    auto options = std::make_shared<BatchOptions>();
    CLI::App* cmd = app.add_subcommand(
        "batch", "Check many stories: one JSON manifest per line in, one JSON record per line out, in input order");
    cmd->add_option("manifests", options->manifests, "Manifest files (JSON lines), or '-' for standard input")
        ->required()
        ->type_name("MANIFEST");
    cmd->add_option("-j,--jobs", options->jobs, "Stories checked at once (default: the number of cores)")
        ->check(CLI::Range(1u, 1024u))
        ->type_name("N");
    cmd->add_option("--resume", options->resume,
                    "Skip the stories already recorded in FILE (an earlier output) and append the rest to it")
        ->type_name("FILE");
    cmd->add_option("--output,-o", options->output, "Write the records to FILE instead of standard output")
        ->type_name("FILE");
    cmd->add_option("--fail-on", options->fail_on, "Exit 1 when a finding of some story reaches this status (default: conflict)")
        ->check(CLI::IsMember({"conflict", "omission", "never"}))
        ->type_name("STATUS");
    cmd->footer("Exit status: 0 no finding reaches --fail-on, 1 one does, 2 some story (or the run) had bad input.");
    return [options] { return run_batch(*options); };
}

}  // namespace claimcheck
