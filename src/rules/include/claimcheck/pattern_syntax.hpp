#pragma once
// Reading an RE2 pattern's syntax: just enough to step over its escapes, classes and groups. Shared by
// the rules stage (lint checks, snippets) and explain, so every reader of a pattern agrees on it.
#include <cstddef>
#include <string_view>

namespace claimcheck {

// The index just past a character class that opens at `at` ("[...]", with "]" first taken
// literally, escapes and [:name:] classes inside).
std::size_t skip_class(std::string_view pattern, std::size_t at);

// The index just past an escape that starts at `at`: \Q...\E as a whole, \p{..} and \x{..} with their
// braces, otherwise the backslash and one character.
std::size_t skip_escape(std::string_view pattern, std::size_t at);

// The index just past the group that opens at `at`.
std::size_t skip_group(std::string_view pattern, std::size_t at);

// True when the text at `at` lies inside a group that is repeated (*, + or {n,m}): a capturing group
// there holds only its last repetition.
bool inside_repeated_group(std::string_view pattern, std::size_t at);

}  // namespace claimcheck
