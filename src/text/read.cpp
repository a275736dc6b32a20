#include <algorithm>
#include <filesystem>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "claimcheck/article.hpp"
#include "claimcheck/date.hpp"
#include "claimcheck/diagnostic.hpp"
#include "claimcheck/files.hpp"

namespace claimcheck {

namespace fs = std::filesystem;

const Sentence& Article::sentence_at(std::size_t offset) const {
    auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                               [](std::size_t o, const Sentence& s) { return o < s.end; });
    return it == sentences.end() ? sentences.back() : *it;
}

namespace {

std::string name_of(const ArticleMeta& meta) { return meta.path.empty() ? meta.id : meta.path; }

Diagnostic json_error(const std::string& path, const std::string& text, std::size_t offset, std::string message) {
    LineIndex lines(text);
    Position p = lines.position(offset);
    return Diagnostic{Severity::error, path, p.line, p.column, std::move(message),
                      std::string(lines.line_text(text, p.line))};
}

std::optional<std::string> optional_string(const nlohmann::json& doc, const char* field, const std::string& path,
                                           const std::string& text) {
    if (!doc.contains(field) || doc[field].is_null()) return std::nullopt;
    if (!doc[field].is_string()) throw InputError(json_error(path, text, 0, fmt::format("\"{}\" must be a string", field)));
    return doc[field].get<std::string>();
}

Article read_json_article(const std::string& path, const std::string& content) {
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(content);
    } catch (const nlohmann::json::parse_error& e) {
        std::string what = e.what();
        auto colon = what.find(": ", what.find("column"));
        throw InputError(json_error(path, content, e.byte > 0 ? e.byte - 1 : 0,
                                    "invalid JSON: " + (colon == std::string::npos ? what : what.substr(colon + 2))));
    }
    if (!doc.is_object()) throw InputError(json_error(path, content, 0, "a JSON article must be an object"));
    static const char* known[] = {"id", "text", "published", "title", "outlet", "url"};
    for (const auto& [key, _] : doc.items())
        if (std::find(std::begin(known), std::end(known), key) == std::end(known))
            throw InputError(json_error(path, content, 0,
                                        fmt::format("unknown field \"{}\" in a JSON article; expected id, text, "
                                                    "published, title, outlet, url", key)));
    ArticleMeta meta;
    meta.path = path;
    auto id = optional_string(doc, "id", path, content);
    auto text = optional_string(doc, "text", path, content);
    if (!id || id->empty()) throw InputError(file_error(path, "a JSON article needs a non-empty \"id\""));
    if (!text) throw InputError(file_error(path, "a JSON article needs a \"text\""));
    meta.id = *id;
    meta.published = optional_string(doc, "published", path, content);
    meta.title = optional_string(doc, "title", path, content);
    meta.outlet = optional_string(doc, "outlet", path, content);
    meta.url = optional_string(doc, "url", path, content);
    if (meta.published && !parse_iso_date(*meta.published))
        throw InputError(file_error(path, fmt::format("\"published\" must be a date YYYY-MM-DD, not \"{}\"", *meta.published)));
    return make_article(std::move(meta), std::move(*text));
}

}  // namespace

Article make_article(ArticleMeta meta, std::string text) {
    if (auto bad = find_invalid_utf8(text))
        throw InputError(file_error(name_of(meta), fmt::format("invalid UTF-8 at byte {}", *bad)));
    Article article;
    article.meta = std::move(meta);
    article.original = std::move(text);
    article.normalised = normalise_text(article.original, article.offsets);
    bool blank = std::all_of(article.normalised.begin(), article.normalised.end(),
                             [](char c) { return c == ' ' || c == '\n' || c == '\t'; });
    if (blank) throw InputError(file_error(name_of(article.meta), "article is empty"));
    article.lines = LineIndex(article.original);
    article.sentences = split_sentences(article.normalised);
    return article;
}

Article read_article(const std::string& path, const ArticleLimits& limits) {
    std::string content = read_file(path, limits.max_bytes);
    if (fs::path(path).extension() == ".json") {
        if (auto bad = find_invalid_utf8(content))
            throw InputError(file_error(path, fmt::format("invalid UTF-8 at byte {}", *bad)));
        return read_json_article(path, content);
    }
    ArticleMeta meta;
    meta.id = fs::path(path).stem().string();
    meta.path = path;
    return make_article(std::move(meta), std::move(content));
}

}  // namespace claimcheck
