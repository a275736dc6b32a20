#pragma once
// Hand-built Reports for the CI renderer tests (SARIF, JUnit, GitHub annotations). Header-only so the
// SARIF schema test in tests/shared/ can use the same reports. The article sentences are made up.
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "claimcheck/line_index.hpp"
#include "claimcheck/report.hpp"

namespace claimcheck::testing::ci {

inline SourceInfo source(std::string id, std::string path, std::string text) {
    SourceInfo info;
    info.meta.id = std::move(id);
    info.meta.path = std::move(path);
    info.text = std::move(text);
    return info;
}

inline RuleInfo rule(std::string id, std::string claim, std::string description = {}) {
    RuleInfo info;
    info.id = std::move(id);
    info.claim = std::move(claim);
    info.description = std::move(description);
    return info;
}

// A claim of `rule` at the first occurrence of `text` in source `source`, with its span computed the
// way the extractor does (byte offsets, lines and byte columns from 1).
inline Claim claim_at(const Report& report, std::size_t rule, std::size_t source, const std::string& text,
                      const std::string& value, bool denial = false) {
    const std::string& article = report.sources.at(source).text;
    std::size_t start = article.find(text);
    if (start == std::string::npos) throw std::logic_error("claim text not in article: " + text);
    LineIndex lines(article);
    Position begin = lines.position(start);
    Position end = lines.position(start + text.size());
    Claim claim;
    claim.rule = rule;
    claim.source = source;
    claim.span = {start, start + text.size(), begin.line, begin.column, end.line, end.column};
    claim.text = text;
    claim.value.text = value;
    claim.denial = denial;
    return claim;
}

inline Finding finding(std::size_t rule, Status status, std::vector<Claim> claims,
                       std::vector<std::size_t> missing_in = {}, std::optional<std::string> key = std::nullopt) {
    Finding out;
    out.rule = rule;
    out.status = status;
    out.claims = std::move(claims);
    out.missing_in = std::move(missing_in);
    out.key = std::move(key);
    for (const Claim& claim : out.claims)
        if (claim.denial) out.denied_in.push_back(claim.source);
    return out;
}

inline void count(Report& report) {
    report.summary = {};
    for (const Finding& f : report.findings) {
        if (f.status == Status::agreement) ++report.summary.agreement;
        if (f.status == Status::omission) ++report.summary.omission;
        if (f.status == Status::conflict) ++report.summary.conflict;
    }
}

// The line of the harbour article holding the conflicting figure. Before the figure: "É" (2 bytes,
// 1 UTF-16 unit) and a ship emoji (4 bytes, 2 UTF-16 units), so byte and UTF-16 columns differ by 3.
inline const std::string harbour_figure_line = "The ferry \xC3\x89toile du Matin \xF0\x9F\x9A\xA2 carried 212 passengers when it struck the reef.";

// Three sources (two files, one inline), three rules: a conflict, an omission and an agreement.
// `preamble` is inserted at the start of the harbour article to move every offset in it.
inline Report basic_report(const std::string& preamble = {}, const std::string& harbour_figure = "212") {
    Report report;
    std::string figure_line = harbour_figure_line;
    figure_line.replace(figure_line.find("212"), 3, harbour_figure);
    report.sources.push_back(source("harbour-gazette", "articles/harbour gazette.txt",
                                    preamble + "Rescuers searched the bay until dawn.\n" + figure_line +
                                        "\nThe captain was rescued by a fishing boat.\n"));
    report.sources.push_back(source("coast-news", "articles/coast-news.txt",
                                    "About 150 passengers were aboard the ferry, officials said.\n"
                                    "Its captain was rescued before noon.\n"));
    report.sources.push_back(source("wire", "", "A ferry ran aground overnight. The captain was rescued."));
    report.rules.push_back(rule("ferry-passengers", "number of passengers aboard", "How many people the ferry carried."));
    report.rules.push_back(rule("ferry-name", "name of the ferry"));
    report.rules.push_back(rule("captain-rescued", "the captain was rescued"));

    report.findings.push_back(finding(0, Status::conflict,
                                      {claim_at(report, 0, 0, harbour_figure + " passengers", harbour_figure),
                                       claim_at(report, 0, 1, "About 150 passengers", "About 150")},
                                      {2}));
    report.findings.push_back(finding(
        1, Status::omission, {claim_at(report, 1, 0, "ferry \xC3\x89toile du Matin", "\xC3\x89toile du Matin")}, {1, 2}));
    report.findings.push_back(finding(2, Status::agreement,
                                      {claim_at(report, 2, 0, "captain was rescued", ""),
                                       claim_at(report, 2, 1, "captain was rescued", ""),
                                       claim_at(report, 2, 2, "captain was rescued", "")}));
    count(report);
    return report;
}

// File names and values that break naive escaping: commas, colons, '%', a newline, brackets, XML
// metacharacters and control characters; a claim spanning two lines; a .json article.
inline const std::string hostile_path = "in,box/odd: 100%\nname.txt";

inline Report hostile_report() {
    Report report;
    report.sources.push_back(source("odd,one", hostile_path,
                                    "Turnout was 50%, or 1:2 <b>&amp;</b> \"so\" [said](1) \x01\x0B officials.\n"
                                    "The toll rose to 40\npeople by Friday.\n"));
    report.sources.push_back(source("feed", "feeds/wire.json", "Turnout was 61%. The toll rose to 38 people."));
    report.rules.push_back(rule("turnout", "turnout <percent> & \"share\""));
    report.rules.push_back(rule("toll", "death toll"));
    std::string turnout = "50%, or 1:2 <b>&amp;</b> \"so\" [said](1) \x01\x0B";
    report.findings.push_back(finding(0, Status::conflict,
                                      {claim_at(report, 0, 0, turnout, turnout), claim_at(report, 0, 1, "61%", "61%")}));
    report.findings.push_back(finding(1, Status::conflict,
                                      {claim_at(report, 1, 0, "40\npeople", "40"),
                                       claim_at(report, 1, 1, "38 people", "38")},
                                      {}, std::string("deaths")));
    report.findings.back().notes.push_back("a note with %, : and\nnewline");
    count(report);
    return report;
}

}  // namespace claimcheck::testing::ci
