// claimcheck check: the main job. Rules and articles in, findings out.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "claimcheck/compare.hpp"
#include "claimcheck/extract.hpp"
#include "claimcheck/render.hpp"
#include "commands.hpp"
#include "output.hpp"
#include "pipeline.hpp"

namespace claimcheck {

namespace {

struct CheckOptions {
    std::vector<std::string> rules;
    std::vector<std::string> articles;
    std::vector<std::string> published;  // ID=YYYY-MM-DD
    std::string json, html, sarif, junit;
    bool github = false;
    std::string fail_on = "conflict";
};

FailOn fail_on_of(const std::string& name) {
    if (name == "omission") return FailOn::omission;
    if (name == "never") return FailOn::never;
    return FailOn::conflict;
}

// Applies --published ID=DATE to the articles; an unknown id or a bad date is an error.
void apply_published(std::vector<Article>& articles, const std::vector<std::string>& published) {
    std::vector<Diagnostic> problems;
    for (const auto& entry : published) {
        auto eq = entry.find('=');
        std::string id = entry.substr(0, eq);
        std::string date = eq == std::string::npos ? "" : entry.substr(eq + 1);
        if (eq == std::string::npos || !parse_iso_date(date)) {
            problems.push_back(plain_error(fmt::format("--published {}: expected ID=YYYY-MM-DD", entry)));
            continue;
        }
        bool found = false;
        for (auto& a : articles)
            if (a.meta.id == id) a.meta.published = date, found = true;
        if (!found) problems.push_back(plain_error(fmt::format("--published {}: no article has the id \"{}\"", entry, id)));
    }
    if (!problems.empty()) throw InputError(std::move(problems));
}

std::vector<Article> read_articles(const std::vector<std::string>& paths) {
    std::vector<Article> articles;
    std::vector<Diagnostic> problems;
    for (const auto& path : paths) {
        try {
            Article article = read_article(path);
            for (const auto& other : articles)
                if (other.meta.id == article.meta.id)
                    problems.push_back(file_error(path, fmt::format("article id \"{}\" is also the id of {}", article.meta.id,
                                                                    other.meta.path)));
            articles.push_back(std::move(article));
        } catch (const InputError& e) {
            problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
        }
    }
    if (!problems.empty()) throw InputError(std::move(problems));
    return articles;
}

void print_warnings(const std::vector<Diagnostic>& warnings) {
    for (const auto& w : warnings) std::cerr << format_diagnostic(w) << "\n";
}

int run_check(const CheckOptions& options) {
    OutputSet outputs;
    if (!options.json.empty()) outputs.add(options.json, "JSON report");
    if (!options.html.empty()) outputs.add(options.html, "HTML report");
    if (!options.sarif.empty()) outputs.add(options.sarif, "SARIF report");
    if (!options.junit.empty()) outputs.add(options.junit, "JUnit report");

    RuleSet rules = load_rules(options.rules);
    std::vector<Article> articles = read_articles(options.articles);
    apply_published(articles, options.published);

    Extractor extractor(rules);
    Report report = run_pipeline(rules, rule_table(rules), extractor, articles);
    report.warnings.insert(report.warnings.begin(), rules.warnings.begin(), rules.warnings.end());

    if (!options.json.empty()) outputs.set(options.json, render_json(report));
    if (!options.html.empty()) outputs.set(options.html, render_html(report));
    if (!options.sarif.empty()) outputs.set(options.sarif, render_sarif(report, std::filesystem::current_path().string()));
    if (!options.junit.empty()) outputs.set(options.junit, render_junit(report, fail_on_of(options.fail_on)));
    outputs.commit();

    print_warnings(report.warnings);
    if (options.github) std::cout << render_github(report);
    else if (!outputs.writes_stdout()) std::cout << render_text(report, stdout_wants_colour());
    std::cout.flush();
    return exit_status(report, fail_on_of(options.fail_on));
}

}  // namespace

bool stdout_wants_colour() {
    const char* no_colour = std::getenv("NO_COLOR");
    if (no_colour && *no_colour) return false;
    const char* term = std::getenv("TERM");
    if (term && std::string(term) == "dumb") return false;
    return isatty(STDOUT_FILENO) != 0;
}

Command add_check_command(CLI::App& app) {
    auto options = std::make_shared<CheckOptions>();
    CLI::App* cmd = app.add_subcommand("check", "Check articles against rules and report agreements, omissions and conflicts");
    cmd->add_option("--rules,-r", options->rules, "A rule file or a folder of *.rules.json (repeat for more)")
        ->required()
        ->allow_extra_args(false)
        ->type_name("PATH");
    cmd->add_option("articles", options->articles, "Articles: .txt (UTF-8 text) or .json ({\"id\",\"text\",...})")
        ->required()
        ->type_name("ARTICLE");
    cmd->add_option("--json", options->json, "Write the JSON report to FILE ('-' for standard output)")->type_name("FILE");
    cmd->add_option("--html", options->html, "Write the HTML report to FILE")->type_name("FILE");
    cmd->add_option("--sarif", options->sarif, "Write a SARIF 2.1.0 report to FILE")->type_name("FILE");
    cmd->add_option("--junit", options->junit, "Write a JUnit XML report to FILE")->type_name("FILE");
    cmd->add_flag("--github", options->github, "Print GitHub Actions annotations on standard output");
    cmd->add_option("--published", options->published, "Publication date of an article: ID=YYYY-MM-DD (repeatable)")
        ->allow_extra_args(false)
        ->type_name("ID=DATE");
    cmd->add_option("--fail-on", options->fail_on, "Exit 1 when a finding reaches this status (default: conflict)")
        ->check(CLI::IsMember({"conflict", "omission", "never"}))
        ->type_name("STATUS");
    return [options] {
        if (options->articles.size() < 2)
            throw InputError(plain_error("check needs at least two articles to compare"));
        if (options->github && (options->json == "-" || options->html == "-" || options->sarif == "-" || options->junit == "-"))
            throw InputError(plain_error("--github writes to standard output; give the other reports a file"));
        return run_check(*options);
    };
}

}  // namespace claimcheck
