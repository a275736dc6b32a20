#pragma once
// Reading input files with the errors users need to see: missing, unreadable, a folder, too large.
#include <cstddef>
#include <string>

namespace claimcheck {

// Reads a whole regular file. Throws InputError naming the path when it is missing, unreadable,
// not a regular file, or larger than max_bytes.
std::string read_file(const std::string& path, std::size_t max_bytes);

}  // namespace claimcheck
