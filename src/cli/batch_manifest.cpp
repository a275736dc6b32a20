// Manifest lines: {"id", "rules", "articles", "published"?}, checked strictly so that a typo in a field
// name is an error record rather than a silently different story.
#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "batch.hpp"
#include "claimcheck/date.hpp"

namespace claimcheck::batch {

namespace fs = std::filesystem;

namespace {

using Json = nlohmann::json;

Diagnostic at_line(const ManifestSource& source, std::size_t line_number, std::string message) {
    return Diagnostic{.severity = Severity::error,
                      .file = source.name,
                      .line = line_number,
                      .column = 0,
                      .message = std::move(message),
                      .source_line = {}};
}

// A relative path in a manifest is relative to the manifest's folder, so a folder of stories can be
// moved or shipped to another machine as a whole.
std::string resolve(const ManifestSource& source, const std::string& path) {
    if (source.folder.empty() || fs::path(path).is_absolute()) return path;
    return (fs::path(source.folder) / path).lexically_normal().string();
}

bool is_known(const std::string& key, std::initializer_list<const char*> known) {
    return std::any_of(known.begin(), known.end(), [&](const char* k) { return key == k; });
}

// Collects the problems of one manifest, so a story's error record lists all of them at once.
class Checker {
public:
    Checker(const ManifestSource& source, std::size_t line_number) : source_(source), line_(line_number) {}

    void problem(std::string message) { problems_.push_back(at_line(source_, line_, std::move(message))); }
    void add(const std::vector<Diagnostic>& diagnostics) {
        problems_.insert(problems_.end(), diagnostics.begin(), diagnostics.end());
    }
    bool ok() const { return problems_.empty(); }
    void throw_if_any() {
        if (!problems_.empty()) throw InputError(std::move(problems_));
    }

    // A field that must be a string when present.
    std::optional<std::string> optional_string(const Json& object, const char* field, const std::string& where) {
        auto it = object.find(field);
        if (it == object.end() || it->is_null()) return std::nullopt;
        if (!it->is_string()) {
            problem(fmt::format("{}\"{}\" must be a string", where, field));
            return std::nullopt;
        }
        return it->get<std::string>();
    }

    std::optional<std::string> optional_date(const Json& object, const char* field, const std::string& where) {
        auto date = optional_string(object, field, where);
        if (date && !parse_iso_date(*date)) {
            problem(fmt::format("{}\"{}\" must be a date YYYY-MM-DD, not \"{}\"", where, field, *date));
            return std::nullopt;
        }
        return date;
    }

private:
    const ManifestSource& source_;
    std::size_t line_;
    std::vector<Diagnostic> problems_;
};

std::vector<std::string> read_rule_paths(const Json& manifest, const ManifestSource& source, Checker& check) {
    std::vector<std::string> paths;
    auto it = manifest.find("rules");
    if (it == manifest.end()) {
        check.problem("a manifest needs \"rules\": a rule file or folder, or a list of them");
        return paths;
    }
    if (it->is_string()) {
        paths.push_back(resolve(source, it->get<std::string>()));
        return paths;
    }
    if (!it->is_array() || it->empty()) {
        check.problem("\"rules\" must be a path or a non-empty list of paths");
        return paths;
    }
    for (const auto& path : *it) {
        if (!path.is_string() || path.get<std::string>().empty()) {
            check.problem("\"rules\" must list paths (non-empty strings)");
            return {};
        }
        paths.push_back(resolve(source, path.get<std::string>()));
    }
    return paths;
}

// One entry of "articles": {"path", "id"?, ...} names a file; {"id", "text", ...} is the article itself.
std::optional<Article> read_entry(const Json& entry, std::size_t index, const ManifestSource& source, Checker& check) {
    std::string where = fmt::format("\"articles\"[{}]: ", index);
    if (!entry.is_object()) {
        check.problem(where + "must be an object with \"path\", or \"id\" and \"text\"");
        return std::nullopt;
    }
    for (const auto& [key, _] : entry.items())
        if (!is_known(key, {"path", "id", "text", "published", "title", "outlet", "url"}))
            check.problem(fmt::format("{}unknown field \"{}\"; expected path or text, id, published, title, outlet, url",
                                      where, key));
    auto path = check.optional_string(entry, "path", where);
    auto text = check.optional_string(entry, "text", where);
    auto id = check.optional_string(entry, "id", where);
    ArticleMeta overrides;
    overrides.published = check.optional_date(entry, "published", where);
    overrides.title = check.optional_string(entry, "title", where);
    overrides.outlet = check.optional_string(entry, "outlet", where);
    overrides.url = check.optional_string(entry, "url", where);
    if (path.has_value() == text.has_value()) {
        check.problem(where + "needs either \"path\" or \"text\"");
        return std::nullopt;
    }
    if (id && id->empty()) {
        check.problem(where + "\"id\" must not be empty");
        return std::nullopt;
    }
    if (text && !id) {
        check.problem(where + "an article given as \"text\" needs an \"id\"");
        return std::nullopt;
    }
    try {
        Article article;
        if (path) {
            article = read_article(resolve(source, *path));
        } else {
            ArticleMeta meta;
            meta.id = *id;
            article = make_article(std::move(meta), *text);
        }
        // Fields written in the manifest win over those of a .json article file.
        if (id) article.meta.id = *id;
        if (overrides.published) article.meta.published = overrides.published;
        if (overrides.title) article.meta.title = overrides.title;
        if (overrides.outlet) article.meta.outlet = overrides.outlet;
        if (overrides.url) article.meta.url = overrides.url;
        return article;
    } catch (const InputError& e) {
        check.add(e.diagnostics());
        return std::nullopt;
    }
}

std::vector<Article> read_articles(const Json& manifest, const ManifestSource& source, Checker& check) {
    std::vector<Article> articles;
    auto it = manifest.find("articles");
    if (it == manifest.end() || !it->is_array()) {
        check.problem("a manifest needs \"articles\": a list of {\"path\"} or {\"id\", \"text\"}");
        return articles;
    }
    if (it->size() < 2) check.problem("a story needs at least two articles to compare");
    for (std::size_t i = 0; i < it->size(); ++i) {
        std::optional<Article> article = read_entry((*it)[i], i, source, check);
        if (!article) continue;
        for (const auto& other : articles)
            if (other.meta.id == article->meta.id)
                check.problem(fmt::format("\"articles\"[{}]: article id \"{}\" is also the id of an earlier article", i,
                                          article->meta.id));
        articles.push_back(std::move(*article));
    }
    return articles;
}

// "published": {"ID": "YYYY-MM-DD"}, like check's --published ID=DATE.
void apply_published(const Json& manifest, std::vector<Article>& articles, Checker& check) {
    auto it = manifest.find("published");
    if (it == manifest.end() || it->is_null()) return;
    if (!it->is_object()) {
        check.problem("\"published\" must be an object {\"ARTICLE ID\": \"YYYY-MM-DD\"}");
        return;
    }
    for (const auto& [id, date] : it->items()) {
        if (!date.is_string() || !parse_iso_date(date.get<std::string>())) {
            check.problem(fmt::format("\"published\".\"{}\" must be a date YYYY-MM-DD", id));
            continue;
        }
        bool found = false;
        for (auto& article : articles)
            if (article.meta.id == id) article.meta.published = date.get<std::string>(), found = true;
        if (!found) check.problem(fmt::format("\"published\": no article has the id \"{}\"", id));
    }
}

}  // namespace

std::string line_id(std::size_t line_number) { return fmt::format("line {}", line_number); }

std::string story_id(const Json& manifest, std::size_t line_number) {
    if (manifest.is_object()) {
        auto it = manifest.find("id");
        if (it != manifest.end() && it->is_string() && !it->get<std::string>().empty()) return it->get<std::string>();
    }
    return line_id(line_number);
}

Json parse_manifest_line(const std::string& line, const ManifestSource& source, std::size_t line_number) {
    try {
        return Json::parse(line);
    } catch (const Json::parse_error& e) {
        // nlohmann writes "...parse error at line L, column C: MESSAGE"; keep MESSAGE, the record has the place.
        std::string what = e.what();
        auto colon = what.find(": ", what.find("column"));
        Diagnostic d = at_line(source, line_number, "invalid JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2)));
        d.column = std::max<std::size_t>(e.byte, 1);
        throw InputError(std::move(d));
    }
}

Story read_story(const Json& manifest, const ManifestSource& source, std::size_t line_number) {
    Checker check(source, line_number);
    if (!manifest.is_object()) {
        check.problem("a manifest line must be a JSON object {\"id\", \"rules\", \"articles\"}");
        check.throw_if_any();
    }
    for (const auto& [key, _] : manifest.items())
        if (!is_known(key, {"id", "rules", "articles", "published"}))
            check.problem(fmt::format("unknown field \"{}\"; expected id, rules, articles, published", key));
    Story story;
    auto id = manifest.find("id");
    if (id == manifest.end() || !id->is_string() || id->get<std::string>().empty())
        check.problem("a manifest needs a non-empty string \"id\"");
    else
        story.id = id->get<std::string>();
    story.rule_paths = read_rule_paths(manifest, source, check);
    story.articles = read_articles(manifest, source, check);
    if (check.ok()) apply_published(manifest, story.articles, check);
    check.throw_if_any();
    return story;
}

}  // namespace claimcheck::batch
