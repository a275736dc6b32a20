// The date grammar: one list of forms, each an RE2 pattern with capturing groups and the function
// that resolves its groups to days. date_regex() is the same list with the groups made
// non-capturing, so whatever {{date}} matches, parse_date() reads.
#include <algorithm>
#include <memory>

#include <re2/re2.h>

#include "date_internal.hpp"

namespace claimcheck {

namespace chr = std::chrono;
using namespace date_detail;

namespace {

// --- Pattern pieces, built from the word tables -------------------------------------------------

std::string words_of(DateWordKind kind, auto keep) {
    std::vector<std::string_view> chosen;
    for (const DateWord& word : date_words()) {
        if (word.kind == kind && keep(word)) chosen.push_back(word.word);
    }
    // Longest first, so an alternation never stops at a prefix of a longer word.
    std::stable_sort(chosen.begin(), chosen.end(), [](auto a, auto b) { return a.size() > b.size(); });
    std::string joined;
    for (std::string_view word : chosen) {
        if (!joined.empty()) joined += '|';
        joined += word;
    }
    return joined;
}

std::string capitalized(std::string_view word) {
    std::string out(word);
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

std::string upper(std::string_view word) {
    std::string out(word);
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
    return out;
}

struct Pieces {
    std::string month;       // any month name or abbreviation ("Sept." keeps its dot)
    std::string bare_month;  // a month standing alone: written Capitalized or UPPER, never "May"
    std::string day = R"((3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b)";
    std::string year = R"(([12][0-9]{3})\b)";
    std::string weekday;
    std::string season;
    std::string quarter_ordinal;
    std::string half_ordinal;
    std::string relative = R"((next|last|this)\b)";
    std::string part = R"((early|mid|late)(?:-|\s+))";
    // A year written out or relative to the publication year: two groups.
    std::string any_year;
};

Pieces make_pieces() {
    using enum DateWordKind;
    Pieces p;
    const auto all = [](const DateWord&) { return true; };
    p.month = "((?:" + words_of(month, [](const DateWord& w) { return !w.abbreviation; }) + R"()\b|(?:)" +
              words_of(month, [](const DateWord& w) { return w.abbreviation; }) + R"()\b\.?))";
    // Standing alone, "may" and "march" are verbs far more often than months: the bare form wants
    // a capital (and "May" is also a name), so lower-case or "May" needs "in"/"during" before it.
    std::string bare;
    for (const DateWord& word : date_words()) {
        if (word.kind != month || word.abbreviation || word.word == "may") continue;
        if (!bare.empty()) bare += '|';
        bare += capitalized(word.word) + '|' + upper(word.word);
    }
    p.bare_month = "((?-i:" + bare + R"()\b))";
    p.weekday = "((?:" + words_of(weekday, all) + R"()\b))";
    p.season = "((?:" + words_of(season, all) + R"()\b))";
    p.quarter_ordinal = "((?:" + words_of(ordinal, all) + R"()\b))";
    p.half_ordinal = "((?:" + words_of(ordinal, [](const DateWord& w) { return w.value <= 2; }) + R"()\b))";
    p.any_year = R"((?:([12][0-9]{3})\b|(next|last|this)\s+year\b))";
    return p;
}

// --- Resolution helpers -------------------------------------------------------------------------

using Groups = std::vector<std::string>;  // lower case; empty when the group did not take part

struct Request {
    std::string_view phrase;
    const DateContext& context;
    std::optional<sys_days> published;

    Direction direction() const { return tense_direction(context.sentence, phrase); }
};

DateParse resolved(DayInterval interval) { return {interval, {}}; }
DateParse resolved(std::optional<DayInterval> interval, std::string_view why_not) {
    if (!interval) return {std::nullopt, std::string(why_not)};
    return {interval, {}};
}
DateParse problem(std::string why) { return {std::nullopt, std::move(why)}; }

DateParse needs_publication(const Request& request) {
    return problem("\"" + std::string(request.phrase) +
                   "\" needs the publication date; give it with --published ID=YYYY-MM-DD or a JSON "
                   "article's \"published\"");
}

int number(const std::string& digits) {
    int value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return value;
}

year year_of(const std::string& digits) { return year{number(digits)}; }
month month_of(const std::string& word) { return month{word_value(word, DateWordKind::month).value_or(0)}; }
unsigned value_of(const std::string& word, DateWordKind kind) { return word_value(word, kind).value_or(0); }
int offset_of(const std::string& relative) { return relative == "next" ? 1 : relative == "last" ? -1 : 0; }

std::string describe_day(month m, chr::day d) {
    return std::string(month_name(static_cast<unsigned>(m))) + " " + std::to_string(static_cast<unsigned>(d));
}

// Why month m has no day d in any year (nothing when some year has it).
std::optional<std::string> impossible_day(month m, chr::day d) {
    if (!m.ok()) return "there is no month " + std::to_string(static_cast<unsigned>(m));
    // 2000 was a leap year: a day missing from its month is missing from every year's.
    if ((year{2000} / m / d).ok()) return std::nullopt;
    const unsigned length = static_cast<unsigned>(chr::year_month_day_last{year{2000} / m / chr::last}.day());
    return describe_day(m, d) + " is not a date: " + std::string(month_name(static_cast<unsigned>(m))) +
           " has only " + std::to_string(length) + " days";
}

std::optional<std::string> impossible_day(year y, month m, chr::day d) {
    if (auto why = impossible_day(m, d)) return why;
    if ((y / m / d).ok()) return std::nullopt;
    return describe_day(m, d) + ", " + std::to_string(static_cast<int>(y)) + " is not a date: " +
           std::to_string(static_cast<int>(y)) + " is not a leap year";
}

std::optional<sys_days> published_day(const DateContext& context) {
    if (!context.published || !context.published->ok()) return std::nullopt;
    return sys_days{*context.published};
}

year published_year(const Request& request) { return chr::year_month_day{*request.published}.year(); }

// A yearly interval named without a year, resolved by the sentence's tense.
DateParse yearly_by_tense(const Request& request, const std::function<std::optional<DayInterval>(year)>& in_year) {
    if (!request.published) return needs_publication(request);
    const auto candidates = yearly_candidates(published_year(request), in_year);
    return resolved(pick_occurrence(candidates, *request.published, request.direction()),
                    "no occurrence of \"" + std::string(request.phrase) + "\" near the publication date");
}

// "next X" / "last X" / "this X" of a yearly interval; `this_year` is the year "this" means.
DateParse yearly_relative(const Request& request, const std::string& relative, year this_year,
                          const std::function<DayInterval(year)>& in_year) {
    if (relative == "this") return resolved(in_year(this_year));
    const auto candidates = yearly_candidates(published_year(request),
                                              [&](year y) { return std::optional<DayInterval>{in_year(y)}; });
    const auto chosen = relative == "next" ? next_occurrence(candidates, *request.published)
                                           : last_occurrence(candidates, *request.published);
    return resolved(chosen, "no occurrence of \"" + std::string(request.phrase) + "\" near the publication date");
}

// Checks that a written weekday agrees with the day it names.
DateParse check_weekday(DateParse parse, const std::string& weekday_word) {
    if (weekday_word.empty() || !parse.interval) return parse;
    const unsigned written = value_of(weekday_word, DateWordKind::weekday);
    const sys_days day = parse.interval->from;
    const unsigned actual = chr::weekday{day}.iso_encoding();
    if (written == actual) return parse;
    return problem(format_iso_date(day) + " is a " + std::string(weekday_name(actual)) + ", not a " +
                   std::string(weekday_name(written)));
}

// A day of a month, with or without a year (and perhaps a weekday).
DateParse resolve_day(const Request& request, const std::string& month_word, const std::string& day_digits,
                      const std::string& year_digits, const std::string& weekday_word) {
    const month m = month_of(month_word);
    const chr::day d{static_cast<unsigned>(number(day_digits))};
    if (!year_digits.empty()) {
        const year y = year_of(year_digits);
        if (auto why = impossible_day(y, m, d)) return problem(*why);
        return check_weekday(resolved(single_day(sys_days{y / m / d})), weekday_word);
    }
    if (auto why = impossible_day(m, d)) return problem(*why);
    const DateParse parse = yearly_by_tense(request, [&](year y) -> std::optional<DayInterval> {
        if (!(y / m / d).ok()) return std::nullopt;
        return single_day(sys_days{y / m / d});
    });
    return check_weekday(parse, weekday_word);
}

DayInterval years_span(year first, year last) {
    return {sys_days{first / chr::January / 1}, sys_days{last / chr::December / 31}};
}

// The year a quarter or half belongs to: written, or next/last/this year.
std::optional<year> chosen_year(const Request& request, const std::string& year_digits,
                                const std::string& relative) {
    if (!year_digits.empty()) return year_of(year_digits);
    if (!request.published) return std::nullopt;
    return published_year(request) + chr::years{offset_of(relative)};
}

DateParse quarter(const Request& request, unsigned number_of_quarter, const std::string& year_digits,
                  const std::string& relative) {
    const auto y = chosen_year(request, year_digits, relative);
    if (!y) return needs_publication(request);
    if (number_of_quarter == 0) number_of_quarter = 4;  // "the last quarter"
    return resolved(month_span(*y, month{3 * (number_of_quarter - 1) + 1}, 3));
}

DateParse half(const Request& request, unsigned number_of_half, const std::string& year_digits,
               const std::string& relative) {
    const auto y = chosen_year(request, year_digits, relative);
    if (!y) return needs_publication(request);
    if (number_of_half == 0) number_of_half = 2;  // "the last half"
    return resolved(month_span(*y, month{6 * (number_of_half - 1) + 1}, 6));
}

// The season a "this" means: the one starting in the publication year, except that January and
// February belong to the winter that began the December before.
year this_season_year(const Request& request, month first_month) {
    const chr::year_month_day published{*request.published};
    if (first_month == chr::December && published.month() <= chr::February) return published.year() - chr::years{1};
    return published.year();
}

// --- The forms ----------------------------------------------------------------------------------

enum class FormId {
    iso, month_day, day_month, part_month, month_year, part_year, decade, quarter, q_year, half, h_year,
    season_year, relative_season, in_season, relative_month, in_month, bare_month, relative_unit,
    relative_week, day_word, weekday, year,
};

using Resolver = DateParse (*)(const Groups&, const Request&);

struct Form {
    FormId id;
    std::string pattern;  // with capturing groups, numbered from 0 in Groups
    Resolver resolve;
};

std::vector<Form> make_forms() {
    const Pieces p = make_pieces();
    const std::string s = R"(\s+)";
    // Order matters for RE2's default leftmost-first matching inside rules: where two forms start
    // alike, the longer comes first, so (?P<value>{{date}}) takes "April 1, 2021" and not "April".
    return {
        {FormId::iso, R"(([12][0-9]{3})-([0-9]{2})-([0-9]{2})\b)",
         [](const Groups& g, const Request&) {
             const year y = year_of(g[0]);
             const month m{static_cast<unsigned>(number(g[1]))};
             const chr::day d{static_cast<unsigned>(number(g[2]))};
             if (auto why = impossible_day(y, m, d)) return problem(g[0] + "-" + g[1] + "-" + g[2] + ": " + *why);
             return resolved(single_day(sys_days{y / m / d}));
         }},
        {FormId::month_day, "(?:" + p.weekday + R"(,?\s+)?)" + p.month + s + p.day + R"((?:,?\s+)" + p.year + ")?",
         [](const Groups& g, const Request& r) { return resolve_day(r, g[1], g[2], g[3], g[0]); }},
        {FormId::day_month,
         "(?:" + p.weekday + R"(,?\s+)?(?:the\s+)?)" + p.day + R"((?:\s+of)?\s+)" + p.month + R"((?:,?\s+)" +
             p.year + ")?",
         [](const Groups& g, const Request& r) { return resolve_day(r, g[2], g[1], g[3], g[0]); }},
        {FormId::part_month, p.part + p.month + R"((?:,?\s+)" + p.year + ")?",
         [](const Groups& g, const Request& r) {
             const month m = month_of(g[1]);
             const std::string part = g[0];
             if (!g[2].empty()) return resolved(part_of_month(year_of(g[2]), m, part));
             return yearly_by_tense(r, [&](year y) { return std::optional{part_of_month(y, m, part)}; });
         }},
        {FormId::month_year, p.month + R"((?:,?\s+|\s+of\s+))" + p.year,
         [](const Groups& g, const Request&) { return resolved(month_span(year_of(g[1]), month_of(g[0]), 1)); }},
        {FormId::part_year, p.part + p.year,
         [](const Groups& g, const Request&) { return resolved(part_of_year(year_of(g[1]), g[0])); }},
        {FormId::decade, R"((?:the\s+)?(?:)" + p.part + R"()?([12][0-9]{2}0)'?s\b)",
         [](const Groups& g, const Request&) {
             const year first = year_of(g[1]);
             if (g[0] == "early") return resolved(years_span(first, first + chr::years{3}));
             if (g[0] == "mid") return resolved(years_span(first + chr::years{4}, first + chr::years{6}));
             if (g[0] == "late") return resolved(years_span(first + chr::years{7}, first + chr::years{9}));
             return resolved(years_span(first, first + chr::years{9}));
         }},
        {FormId::quarter, R"((?:the\s+)?)" + p.quarter_ordinal + R"(\s+quarter\s+of\s+)" + p.any_year,
         [](const Groups& g, const Request& r) {
             return quarter(r, value_of(g[0], DateWordKind::ordinal), g[1], g[2]);
         }},
        {FormId::q_year, R"(q([1-4])(?:\s+of)?\s+)" + p.year,
         [](const Groups& g, const Request& r) { return quarter(r, static_cast<unsigned>(number(g[0])), g[1], ""); }},
        {FormId::half, R"((?:the\s+)?)" + p.half_ordinal + R"(\s+half\s+of\s+)" + p.any_year,
         [](const Groups& g, const Request& r) { return half(r, value_of(g[0], DateWordKind::ordinal), g[1], g[2]); }},
        {FormId::h_year, R"(h([12])(?:\s+of)?\s+)" + p.year,
         [](const Groups& g, const Request& r) { return half(r, static_cast<unsigned>(number(g[0])), g[1], ""); }},
        {FormId::season_year, R"((?:the\s+)?)" + p.season + R"(\s+(?:of\s+)?)" + p.year,
         [](const Groups& g, const Request&) {
             return resolved(season_span(year_of(g[1]), month{value_of(g[0], DateWordKind::season)}));
         }},
        {FormId::relative_season, p.relative + s + p.season,
         [](const Groups& g, const Request& r) {
             if (!r.published) return needs_publication(r);
             const month first{value_of(g[1], DateWordKind::season)};
             return yearly_relative(r, g[0], this_season_year(r, first),
                                    [&](year y) { return season_span(y, first); });
         }},
        {FormId::in_season, R"((?:in|during)\s+(?:the\s+)?)" + p.season,
         [](const Groups& g, const Request& r) {
             const month first{value_of(g[0], DateWordKind::season)};
             return yearly_by_tense(r, [&](year y) { return std::optional{season_span(y, first)}; });
         }},
        {FormId::relative_month, p.relative + s + p.month,
         [](const Groups& g, const Request& r) {
             if (!r.published) return needs_publication(r);
             const month m = month_of(g[1]);
             return yearly_relative(r, g[0], published_year(r), [&](year y) { return month_span(y, m, 1); });
         }},
        {FormId::in_month, R"((?:in|during)\s+)" + p.month,
         [](const Groups& g, const Request& r) {
             const month m = month_of(g[0]);
             return yearly_by_tense(r, [&](year y) { return std::optional{month_span(y, m, 1)}; });
         }},
        {FormId::bare_month, p.bare_month,
         [](const Groups& g, const Request& r) {
             const month m = month_of(g[0]);
             return yearly_by_tense(r, [&](year y) { return std::optional{month_span(y, m, 1)}; });
         }},
        {FormId::relative_unit, "(?:" + p.part + ")?" + p.relative + R"(\s+(year|month)\b)",
         [](const Groups& g, const Request& r) {
             if (!r.published) return needs_publication(r);
             const chr::year_month_day published{*r.published};
             const int offset = offset_of(g[1]);
             if (g[2] == "year") {
                 const year y = published.year() + chr::years{offset};
                 return resolved(g[0].empty() ? month_span(y, chr::January, 12) : part_of_year(y, g[0]));
             }
             const chr::year_month ym = published.year() / published.month() + chr::months{offset};
             return resolved(g[0].empty() ? month_span(ym.year(), ym.month(), 1)
                                          : part_of_month(ym.year(), ym.month(), g[0]));
         }},
        {FormId::relative_week, p.relative + R"(\s+week\b)",
         [](const Groups& g, const Request& r) {
             if (!r.published) return needs_publication(r);
             return resolved(week_of(*r.published + chr::weeks{offset_of(g[0])}));
         }},
        {FormId::day_word, R"((yesterday|today|tonight|tomorrow)\b)",
         [](const Groups& g, const Request& r) {
             if (!r.published) return needs_publication(r);
             const int offset = g[0] == "yesterday" ? -1 : g[0] == "tomorrow" ? 1 : 0;
             return resolved(single_day(*r.published + chr::days{offset}));
         }},
        {FormId::weekday, "(?:" + p.relative + R"(\s+)?)" + p.weekday,
         [](const Groups& g, const Request& r) {
             if (!r.published) return needs_publication(r);
             const chr::weekday wanted{value_of(g[1], DateWordKind::weekday) % 7};
             std::vector<DayInterval> candidates;
             for (int offset = -14; offset <= 14; ++offset) {
                 const sys_days day = *r.published + chr::days{offset};
                 if (chr::weekday{day} == wanted) candidates.push_back(single_day(day));
             }
             std::optional<DayInterval> chosen;
             if (g[0] == "next") chosen = next_occurrence(candidates, *r.published);
             else if (g[0] == "last") chosen = last_occurrence(candidates, *r.published);
             else chosen = pick_occurrence(candidates, *r.published, r.direction());
             return resolved(chosen, "no such weekday near the publication date");
         }},
        {FormId::year, p.year,
         [](const Groups& g, const Request&) { return resolved(month_span(year_of(g[0]), chr::January, 12)); }},
    };
}

const std::string prefix = R"(\b(?:(?:in|on|during|from)\s+)?)";  // "from June 3": the day a strike or service starts

// Turns every capturing group of an RE2 pattern into a non-capturing one.
std::string without_captures(std::string_view pattern) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '\\' && i + 1 < pattern.size()) {
            out += c;
            out += pattern[++i];
        } else if (c == '[') {
            // Copy a character class whole: a '(' inside it is a literal.
            std::size_t end = i + 1;
            if (end < pattern.size() && pattern[end] == '^') ++end;
            if (end < pattern.size() && pattern[end] == ']') ++end;
            while (end < pattern.size() && pattern[end] != ']') end += pattern[end] == '\\' ? 2 : 1;
            out.append(pattern.substr(i, end - i + 1));
            i = end;
        } else if (c == '(' && (i + 1 >= pattern.size() || pattern[i + 1] != '?')) {
            out += "(?:";
        } else {
            out += c;
        }
    }
    return out;
}

struct CompiledForm {
    const Form* form;
    std::unique_ptr<RE2> anchored;
};

struct Grammar {
    std::vector<Form> forms = make_forms();
    std::vector<CompiledForm> compiled;
    std::string regex;

    Grammar() {
        std::string alternatives;
        for (const Form& form : forms) {
            if (!alternatives.empty()) alternatives += '|';
            alternatives += without_captures(form.pattern);
            RE2::Options options;
            options.set_case_sensitive(false);
            compiled.push_back({&form, std::make_unique<RE2>(prefix + "(?:" + form.pattern + ")", options)});
        }
        regex = "(?i:" + prefix + "(?:" + alternatives + "))";
    }
};

const Grammar& grammar() {
    static const Grammar instance;
    return instance;
}

std::string_view trim(std::string_view text) {
    const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

struct FormParse {
    DateParse parse;
    std::optional<FormId> form;
};

FormParse parse_with_form(std::string_view phrase, const DateContext& context) {
    phrase = trim(phrase);
    const Request request{phrase, context, published_day(context)};
    for (const CompiledForm& entry : grammar().compiled) {
        const int group_count = entry.anchored->NumberOfCapturingGroups();
        std::vector<re2::StringPiece> pieces(static_cast<std::size_t>(group_count) + 1);
        if (!entry.anchored->Match(phrase, 0, phrase.size(), RE2::ANCHOR_BOTH, pieces.data(), group_count + 1)) {
            continue;
        }
        Groups groups;
        for (int i = 1; i <= group_count; ++i) {
            const re2::StringPiece& piece = pieces[static_cast<std::size_t>(i)];
            groups.push_back(piece.data() ? lower_ascii(std::string_view(piece.data(), piece.size())) : "");
        }
        return {entry.form->resolve(groups, request), entry.form->id};
    }
    return {problem("\"" + std::string(phrase) + "\" is not a date expression claimcheck knows (see docs/dates.md)"),
            std::nullopt};
}

bool is_sentence_end(char c) { return c == '.' || c == '!' || c == '?' || c == '\n'; }

// The sentence around [start, end): from after the previous '.', '!', '?' or newline to the next one.
std::string_view sentence_around(std::string_view text, std::size_t start, std::size_t end) {
    std::size_t from = start;
    while (from > 0 && !is_sentence_end(text[from - 1])) --from;
    std::size_t to = end;
    while (to < text.size() && !is_sentence_end(text[to])) ++to;
    return text.substr(from, to - from);
}

// The word just before `position`, lower case.
std::string word_before(std::string_view text, std::size_t position) {
    std::size_t end = position;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    std::size_t start = end;
    while (start > 0 && ((text[start - 1] >= 'a' && text[start - 1] <= 'z') ||
                         (text[start - 1] >= 'A' && text[start - 1] <= 'Z'))) {
        --start;
    }
    return lower_ascii(text.substr(start, end - start));
}

// A bare "2017" in running text is as likely a count as a year; find_dates takes it only after a
// word that introduces a time ("in 2017" is matched with its "in" and needs no check).
bool reads_as_year(std::string_view text, std::size_t start) {
    static const std::vector<std::string> time_words{"since", "until", "till", "before", "after", "throughout"};
    const std::string previous = word_before(text, start);
    return std::find(time_words.begin(), time_words.end(), previous) != time_words.end();
}

}  // namespace

const std::string& date_regex() { return grammar().regex; }

DateParse parse_date(std::string_view phrase, const DateContext& context) {
    return parse_with_form(phrase, context).parse;
}

std::vector<DateMatch> find_dates(std::string_view text, std::optional<chr::year_month_day> published) {
    static const RE2 scanner = [] {
        RE2::Options options;
        options.set_longest_match(true);
        return RE2(date_regex(), options);
    }();
    // RE2 objects are not movable in this version; the lambda above relies on guaranteed elision.
    std::vector<DateMatch> matches;
    std::size_t position = 0;
    re2::StringPiece found;
    while (position < text.size() &&
           scanner.Match(text, position, text.size(), RE2::UNANCHORED, &found, 1)) {
        const auto start = static_cast<std::size_t>(found.data() - text.data());
        const std::size_t end = start + found.size();
        position = end > start ? end : start + 1;
        const std::string_view phrase = text.substr(start, end - start);
        const DateContext context{published, sentence_around(text, start, end)};
        FormParse parse = parse_with_form(phrase, context);
        const bool bare_year = parse.form == FormId::year && !phrase.empty() && phrase.front() >= '0' &&
                               phrase.front() <= '9';
        if (bare_year && !reads_as_year(text, start)) continue;
        matches.push_back({start, end, std::move(parse.parse)});
    }
    return matches;
}

}  // namespace claimcheck
