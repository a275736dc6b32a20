#pragma once
// Escaping and hashing for the HTML report (private to the report stage).
#include <string>
#include <string_view>

namespace claimcheck::html {

// Appends `text` escaped for HTML element content and for double-quoted attribute values alike:
// & < > " ' become references, U+2028 and U+2029 become numeric references, and invalid UTF-8,
// NUL and other control characters (except tab and line feed) become U+FFFD, so the output is
// valid UTF-8 whatever bytes came in. CR LF and a lone CR become LF.
void append_escaped(std::string& out, std::string_view text);

// Appends text[start, end) escaped the same way. A CR is judged by the byte after it in the whole
// text, so CR LF split across two ranges still makes one line end.
void append_escaped(std::string& out, std::string_view text, std::size_t start, std::size_t end);

// Returns `text` escaped as append_escaped does.
std::string escaped(std::string_view text);

// Returns the base64 of the SHA-256 of `bytes`, as a Content-Security-Policy hash source wants it.
std::string sha256_base64(std::string_view bytes);

}  // namespace claimcheck::html
