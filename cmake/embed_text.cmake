# Writes OUTPUT, a C++ source defining claimcheck::embedded_schema_text() with the bytes of INPUT.
file(READ ${INPUT} content HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${content}")
file(WRITE ${OUTPUT}
  "#include <string_view>\nnamespace claimcheck {\nstatic const char schema_bytes[] = {${bytes} 0};\n"
  "std::string_view embedded_schema_text() { return {schema_bytes, sizeof schema_bytes - 1}; }\n}\n")
