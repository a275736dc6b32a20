#pragma once
namespace claimcheck {
inline constexpr const char* tool_name = "claimcheck";
inline constexpr const char* tool_version = CLAIMCHECK_VERSION;
}  // namespace claimcheck
