#pragma once
// Renderers: pure functions of a Report. Each returns the whole output as bytes.
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "claimcheck/report.hpp"

namespace claimcheck {

// The JSON report, version 1 (see docs/report-format.md). Deterministic bytes.
std::string render_json(const Report& report);

// The same report as a JSON value (render_json is its dump), for callers that embed it, e.g. batch.
nlohmann::ordered_json report_json(const Report& report);

// The human summary: findings grouped conflicts, omissions, agreements, then totals.
std::string render_text(const Report& report, bool colour);

// The self-contained HTML page for editors.
std::string render_html(const Report& report);

// SARIF 2.1.0. `working_folder` makes artifact URIs relative.
std::string render_sarif(const Report& report, const std::string& working_folder);

// JUnit XML: one test case per finding; conflicts (and omissions when fail_on is omission) fail.
std::string render_junit(const Report& report, FailOn fail_on);

// GitHub Actions workflow commands (::error / ::warning), one per claim of a conflict or omission.
std::string render_github(const Report& report);

}  // namespace claimcheck
