#include "html_highlight.hpp"

#include <algorithm>
#include <set>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "html_escape.hpp"
#include "html_values.hpp"

namespace claimcheck::html {

namespace {

struct Highlight {
    std::size_t start = 0;
    std::size_t end = 0;
    std::size_t finding = 0;
    std::size_t claim = 0;
    Status status = Status::agreement;
    bool denial = false;
    bool anchored = false;  // its id has been written
};

std::vector<Highlight> highlights_of(const Report& report, std::size_t source) {
    std::size_t size = report.sources[source].text.size();
    std::vector<Highlight> out;
    for (std::size_t f = 0; f < report.findings.size(); ++f) {
        const Finding& finding = report.findings[f];
        for (std::size_t c = 0; c < finding.claims.size(); ++c) {
            const Claim& claim = finding.claims[c];
            if (claim.source != source) continue;
            std::size_t start = std::min(claim.span.start, size);
            std::size_t end = std::clamp(claim.span.end, start, size);
            out.push_back({start, end, f, c, finding.status, claim.denial});
        }
    }
    return out;
}

int severity(Status status) {
    switch (status) {
    case Status::conflict: return 2;
    case Status::omission: return 1;
    case Status::agreement: return 0;
    }
    return 0;
}

const char* status_name(Status status) {
    switch (status) {
    case Status::conflict: return "conflict";
    case Status::omission: return "omission";
    case Status::agreement: return "agreement";
    }
    return "agreement";
}

// "conflict · rule.id [key]: some 170 = 153–187", what hovering or focusing a highlight tells.
std::string tip(const Report& report, const Highlight& h) {
    const Finding& finding = report.findings[h.finding];
    const Claim& claim = finding.claims[h.claim];
    std::string rule = finding.rule < report.rules.size() ? report.rules[finding.rule].id : "?";
    std::string text = std::string(status_name(finding.status)) + " \xC2\xB7 " + rule;
    if (finding.key) text += " [" + *finding.key + "]";
    text += claim.denial ? ": denies " : claim.figure_only ? ": same figure " : ": ";
    text += value_as_written(claim);
    std::string resolved = value_resolved(claim);
    if (!resolved.empty() && resolved != value_as_written(claim)) text += " = " + resolved;
    return text;
}

class SegmentWriter {
public:
    SegmentWriter(std::string& out, const Report& report, std::string_view text, std::vector<Highlight> highlights)
        : out_(out), report_(report), text_(text), highlights_(std::move(highlights)) {}

    void write() {
        std::vector<std::size_t> points = boundaries();
        for (std::size_t i = 0; i < points.size(); ++i) {
            write_empty_anchors(points[i]);
            if (i + 1 < points.size()) write_segment(points[i], points[i + 1]);
        }
    }

private:
    std::vector<std::size_t> boundaries() const {
        std::set<std::size_t> points{0, text_.size()};
        for (const Highlight& h : highlights_) {
            points.insert(h.start);
            points.insert(h.end);
        }
        return {points.begin(), points.end()};
    }

    // A claim with an empty span still gets its id, on an empty element where it would start.
    void write_empty_anchors(std::size_t at) {
        for (Highlight& h : highlights_) {
            if (h.start != at || h.end != at || h.anchored) continue;
            out_ += fmt::format("<span class=\"anchor\" id=\"{}\"></span>", claim_anchor(h.finding, h.claim));
            h.anchored = true;
        }
    }

    void write_segment(std::size_t start, std::size_t end) {
        std::vector<Highlight*> active;
        for (Highlight& h : highlights_)
            if (h.start <= start && h.end >= end && h.start < h.end) active.push_back(&h);
        if (active.empty()) {
            append_escaped(out_, text_, start, end);
            return;
        }
        write_mark(active, start, end);
    }

    // The segment's mark takes the id of the first claim that starts here; any other claim starting
    // here gets an empty anchor just before it, so every id is written exactly once.
    void write_mark(const std::vector<Highlight*>& active, std::size_t start, std::size_t end) {
        std::string id;
        for (Highlight* h : active) {
            if (h->anchored) continue;
            h->anchored = true;
            std::string anchor = claim_anchor(h->finding, h->claim);
            if (id.empty()) id = anchor;
            else out_ += fmt::format("<span class=\"anchor\" id=\"{}\"></span>", anchor);
        }
        Status status = Status::agreement;
        bool denial = false;
        std::string claims, findings, title;
        std::set<std::size_t> seen_findings;
        for (const Highlight* h : active) {
            if (severity(h->status) > severity(status)) status = h->status;
            denial = denial || h->denial;
            claims += (claims.empty() ? "" : " ") + claim_anchor(h->finding, h->claim);
            if (seen_findings.insert(h->finding).second)
                findings += (findings.empty() ? "" : " ") + fmt::format("f-{}", h->finding);
            title += (title.empty() ? "" : "\n") + tip(report_, *h);
        }
        out_ += fmt::format("<mark class=\"claim st-{}{}\"", status_name(status), denial ? " denial" : "");
        if (!id.empty()) out_ += fmt::format(" id=\"{}\"", id);
        out_ += fmt::format(" tabindex=\"0\" data-claims=\"{}\" data-findings=\"{}\" title=\"", claims, findings);
        append_escaped(out_, title);
        out_ += "\">";
        append_escaped(out_, text_, start, end);
        out_ += "</mark>";
    }

    std::string& out_;
    const Report& report_;
    std::string_view text_;
    std::vector<Highlight> highlights_;
};

}  // namespace

void append_highlighted_text(std::string& out, const Report& report, std::size_t source) {
    std::string_view text = report.sources[source].text;
    SegmentWriter(out, report, text, highlights_of(report, source)).write();
}

}  // namespace claimcheck::html
