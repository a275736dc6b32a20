#pragma once
// The stylesheet and script embedded in the HTML report (private to the report stage).
#include <string_view>

namespace claimcheck::html {

std::string_view stylesheet();
std::string_view script();

}  // namespace claimcheck::html
