#pragma once
// Checks of a compiled pattern that are warnings, not errors: the pattern works, but probably not as
// its author meant.
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

// Returns the text of the group named `name` (between "(?P<name>" and its closing parenthesis) in an
// RE2 pattern, or nothing when the pattern has no such group.
std::optional<std::string> named_group_body(std::string_view pattern, std::string_view name);

// True when the group named `value` can capture the empty string. The group is tested on its own
// with its zero-width assertions (^ $ \A \z \b \B) removed: assertions only ever forbid matches, so
// a group that cannot match "" without them cannot match "" with them, whatever surrounds it. The
// check errs on the side of warning only for a group whose every empty path has contradictory
// assertions, such as \b\B.
bool value_group_can_be_empty(std::string_view expanded_pattern);

}  // namespace claimcheck
