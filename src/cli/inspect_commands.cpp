// claimcheck numbers / dates: every quantity or date expression in a text, as JSON lines, for rule
// authors and tests.
#include <unistd.h>

#include <iostream>
#include <iterator>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "claimcheck/article.hpp"
#include "claimcheck/date.hpp"
#include "claimcheck/diagnostic.hpp"
#include "claimcheck/files.hpp"
#include "claimcheck/quantity.hpp"
#include "commands.hpp"

namespace claimcheck {

namespace {

using Json = nlohmann::ordered_json;

Json bound(double x) {
    if (!std::isfinite(x)) return nullptr;
    if (std::floor(x) == x && std::fabs(x) < 9.007199254740992e15) return static_cast<int64_t>(x);
    return x;
}

std::string original_slice(const Article& article, std::size_t start, std::size_t end) {
    return article.original.substr(start, end - start);
}

}  // namespace

Article read_article_or_stdin(const std::string& path) {
    if (path != "-") {
        ArticleMeta meta;
        meta.id = path;
        meta.path = path;
        return make_article(std::move(meta), read_file(path, ArticleLimits{}.max_bytes));
    }
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return make_article(ArticleMeta{"standard input", {}, {}, {}, {}, {}}, std::move(text));
}

Command add_numbers_command(CLI::App& app) {
    auto path = std::make_shared<std::string>("-");
    auto around = std::make_shared<double>(NumberOptions{}.around);
    CLI::App* cmd = app.add_subcommand("numbers", "Print every quantity in a text as JSON lines (offsets in bytes)");
    cmd->add_option("file", *path, "A text file, or '-' for standard input")->type_name("FILE");
    cmd->add_option("--around", *around, "Half-width of 'some', 'about'... as a fraction (default 0.1)")
        ->check(CLI::Range(0.0, 0.25));
    return [path, around] {
        Article article = read_article_or_stdin(*path);
        for (const auto& m : find_quantities(article.normalised, NumberOptions{*around})) {
            std::size_t start = article.offsets.to_original(m.start), end = article.offsets.to_original(m.end);
            const Interval& i = m.quantity.interval;
            Json line{{"text", original_slice(article, start, end)}, {"start", start}, {"end", end},
                      {"low", bound(i.low)}, {"high", bound(i.high)}, {"low_open", i.low_open},
                      {"high_open", i.high_open}, {"unit", m.quantity.unit.empty() ? Json(nullptr) : Json(m.quantity.unit)}};
            std::cout << line.dump() << "\n";
        }
        return 0;
    };
}

Command add_dates_command(CLI::App& app) {
    auto path = std::make_shared<std::string>("-");
    auto published = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("dates", "Print every date expression in a text as JSON lines, resolved");
    cmd->add_option("file", *path, "A text file, or '-' for standard input")->type_name("FILE");
    cmd->add_option("--published", *published, "The text's publication date, YYYY-MM-DD")->type_name("DATE");
    return [path, published] {
        std::optional<std::chrono::year_month_day> day;
        if (!published->empty()) {
            day = parse_iso_date(*published);
            if (!day) throw InputError(plain_error(fmt::format("--published {}: expected YYYY-MM-DD", *published)));
        }
        Article article = read_article_or_stdin(*path);
        for (const auto& m : find_dates(article.normalised, day)) {
            std::size_t start = article.offsets.to_original(m.start), end = article.offsets.to_original(m.end);
            Json line{{"text", original_slice(article, start, end)}, {"start", start}, {"end", end}};
            line["from"] = m.parse.interval ? Json(format_iso_date(m.parse.interval->from)) : Json(nullptr);
            line["to"] = m.parse.interval ? Json(format_iso_date(m.parse.interval->to)) : Json(nullptr);
            if (!m.parse.problem.empty()) line["note"] = m.parse.problem;
            std::cout << line.dump() << "\n";
        }
        return 0;
    };
}

}  // namespace claimcheck
