#pragma once
// Findings short of agreement only because of a pattern's blind spot: a source states the figure the
// others state, in words no pattern of the rule reads ("2km from the plant" beside "within 2 kilometres
// of the plant"; "holds about 640 men" beside "around 640 prisoners"; "on Thursday" beside "opened on
// Thursday, March 20").
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "claimcheck/article.hpp"
#include "claimcheck/claim.hpp"
#include "claimcheck/report.hpp"
#include "claimcheck/rules.hpp"

namespace claimcheck {

struct SameFigures {
    std::vector<Claim> claims;  // `figure_only` claims to align with the finding's own
    std::vector<std::string> notes;
};

class SameFigureFinder {
public:
    // Indexes each source's figures that no claim reads; the articles and extractions must outlive it.
    SameFigureFinder(const std::vector<Article>& articles, const std::vector<Extraction>& extractions);

    // For each source of a number finding that is silent or states nothing the other sources' claims
    // fit, looks among its free figures for one that fits a claim of the other sources (every claim,
    // when the source states one of its own) and that this rule did not set aside. The figure must say
    // enough to stand for the claim: the key in its sentence for a keyed finding, else a unit, or a count
    // of at least 100 that is not a year. For a date
    // finding, and only in a silent source, a date that names the same day: the same single day once
    // resolved, or, unresolved, the same weekday, month and day of the month where both name them.
    SameFigures find(const Rule& rule, const Finding& finding) const;

private:
    struct FreeFigure {
        const Figure* figure;
        std::optional<Quantity> written;  // the phrase read without any rule; empty for a date
        const Sentence* sentence;
    };
    struct Source {
        std::vector<FreeFigure> figures;
        std::vector<FreeFigure> dates;
        const Article* article;
        std::map<std::size_t, std::vector<Span>> set_aside;  // per rule: its dropped matches
        std::string lowered;                                 // the normalised text, lower-cased
    };

    const FreeFigure* same_figure(const Rule& rule, const Finding& finding, const std::vector<const Claim*>& stated,
                                  const Source& source, bool silent, Value& value) const;
    // True when the rule set the span aside (an `unless` guard, a wrong dimension...).
    static bool set_aside_by(const Source& source, std::size_t rule, const Span& span);
    const FreeFigure* same_date(const Rule& rule, const Finding& finding, const std::vector<const Claim*>& stated,
                                const Source& source, Value& value) const;

    std::vector<Source> sources_;
};

}  // namespace claimcheck
