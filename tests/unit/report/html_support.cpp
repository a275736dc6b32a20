#include "html_support.hpp"

#include <algorithm>
#include <regex>
#include <set>
#include <stdexcept>

namespace claimcheck::html_testing {

Claim make_claim(const Report& report, std::size_t rule, std::size_t source, std::size_t start, std::size_t end) {
    const std::string& text = report.sources.at(source).text;
    Claim claim;
    claim.rule = rule;
    claim.source = source;
    claim.span.start = start;
    claim.span.end = end;
    claim.span.line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + start, '\n'));
    claim.span.column = 1;
    claim.text = text.substr(start, end - start);
    claim.value.text = claim.text;
    return claim;
}

Claim claim_of(const Report& report, std::size_t rule, std::size_t source, std::string_view needle) {
    std::size_t at = report.sources.at(source).text.find(needle);
    if (at == std::string::npos) throw std::logic_error("needle not in source: " + std::string(needle));
    return make_claim(report, rule, source, at, at + needle.size());
}

Quantity quantity(double low, double high, std::string unit, bool low_open, bool high_open) {
    return Quantity{Interval{low, high, low_open, high_open}, std::move(unit)};
}

SourceInfo make_source(std::string id, std::string text) {
    SourceInfo source;
    source.meta.id = id;
    source.meta.path = "articles/" + id + ".txt";
    source.text = std::move(text);
    return source;
}

RuleInfo make_rule(std::string id, std::string claim, RuleType type) {
    RuleInfo rule;
    rule.id = std::move(id);
    rule.claim = std::move(claim);
    rule.type = type;
    return rule;
}

Finding make_finding(std::size_t rule, Status status) {
    Finding finding;
    finding.rule = rule;
    finding.status = status;
    return finding;
}

void count(Report& report) {
    report.summary = {};
    for (const Finding& f : report.findings) {
        if (f.status == Status::agreement) ++report.summary.agreement;
        if (f.status == Status::omission) ++report.summary.omission;
        if (f.status == Status::conflict) ++report.summary.conflict;
    }
}

namespace {

const std::set<std::string> void_elements = {"meta", "br", "input"};
const std::set<std::string> known_elements = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "section", "table",
    "thead", "tbody", "tr", "th", "td", "a", "code", "nav", "ul", "ol", "li", "button", "span", "div",
    "label", "input", "p", "mark", "br", "article", "main", "footer", "script"};
const std::set<std::string> known_attributes = {
    "lang", "charset", "name", "content", "http-equiv", "class", "id", "href", "scope", "type",
    "aria-pressed", "aria-label", "aria-labelledby", "for", "autocomplete", "spellcheck", "hidden",
    "role", "tabindex", "title", "data-filter", "data-count", "data-status", "data-claims", "data-findings"};

std::string check_tag(const std::string& tag, std::vector<std::string>& open) {
    static const std::regex closing(R"re(^/([a-z0-9]+)$)re");
    static const std::regex opening(R"re(^([a-z0-9]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*$)re");
    static const std::regex attribute(R"re(([a-z-]+)(?:="([^"<>]*)")?)re");
    std::smatch m;
    if (std::regex_match(tag, m, closing)) {
        if (open.empty() || open.back() != m[1].str())
            return "</" + m[1].str() + "> closes <" + (open.empty() ? "nothing" : open.back()) + ">";
        open.pop_back();
        return {};
    }
    if (!std::regex_match(tag, m, opening)) return "malformed tag <" + tag + ">";
    std::string name = m[1].str();
    if (!known_elements.count(name)) return "unexpected element <" + name + ">";
    std::string attributes = m[2].str();
    for (std::sregex_iterator it(attributes.begin(), attributes.end(), attribute), end; it != end; ++it) {
        std::string attr = (*it)[1].str();
        if (!known_attributes.count(attr)) return "unexpected attribute " + attr + " in <" + tag + ">";
        if (attr == "href" && (*it)[2].str().rfind("#", 0) != 0) return "link out of the page: <" + tag + ">";
    }
    if (!void_elements.count(name)) open.push_back(name);
    return {};
}

}  // namespace

std::string check_markup(const std::string& html) {
    const std::string doctype = "<!DOCTYPE html>\n";
    if (html.rfind(doctype, 0) != 0) return "no doctype";
    std::vector<std::string> open;
    std::size_t at = doctype.size();
    while (at < html.size()) {
        std::size_t lt = html.find('<', at);
        if (lt == std::string::npos) break;
        std::size_t gt = html.find('>', lt);
        if (gt == std::string::npos) return "unterminated tag";
        std::string tag = html.substr(lt + 1, gt - lt - 1);
        if (std::string problem = check_tag(tag, open); !problem.empty()) return problem;
        at = gt + 1;
        // Raw text elements: skip to their end tag.
        for (std::string raw : {"script", "style"}) {
            if (!open.empty() && open.back() == raw) {
                std::size_t close = html.find("</" + raw + ">", at);
                if (close == std::string::npos) return "unclosed <" + raw + ">";
                at = close;
            }
        }
    }
    if (!open.empty()) return "unclosed <" + open.back() + ">";
    return {};
}

namespace {

std::string decode(const std::string& text) {
    static const std::vector<std::pair<std::string, std::string>> references = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"},
        {"&#x2028;", "\xE2\x80\xA8"}, {"&#x2029;", "\xE2\x80\xA9"}, {"&amp;", "&"}};
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        bool replaced = false;
        for (const auto& [from, to] : references) {
            if (text.compare(at, from.size(), from) == 0) {
                out += to;
                at += from.size();
                replaced = true;
                break;
            }
        }
        if (!replaced) out += text[at++];
    }
    return out;
}

}  // namespace

std::string text_of_element(const std::string& html, const std::string& id) {
    std::size_t start = html.find("id=\"" + id + "\"");
    if (start == std::string::npos) return "(no element " + id + ")";
    start = html.find('>', start) + 1;
    // Every element of the article text is a mark or span inside one div: stop at its </div>.
    std::size_t end = html.find("</div>", start);
    std::string inner = html.substr(start, end - start);
    std::string text;
    bool in_tag = false;
    for (char c : inner) {
        if (c == '<') in_tag = true;
        else if (c == '>') in_tag = false;
        else if (!in_tag) text += c;
    }
    return decode(text);
}

std::size_t count_of(std::string_view haystack, std::string_view needle) {
    std::size_t n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace claimcheck::html_testing
