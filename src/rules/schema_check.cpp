#include "schema_check.hpp"

#include <algorithm>
#include <memory>
#include <set>

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "claimcheck/rules.hpp"
#include "positioned_json.hpp"

namespace claimcheck {

std::string_view embedded_schema_text();  // generated from rules/schema.json at build time

std::string_view rule_schema_text() { return embedded_schema_text(); }

namespace {

const nlohmann::json& schema_document() {
    static const nlohmann::json schema = nlohmann::json::parse(embedded_schema_text());
    return schema;
}

const valijson::Schema& compiled_schema() {
    static const std::unique_ptr<valijson::Schema> schema = [] {
        auto out = std::make_unique<valijson::Schema>();
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        valijson::adapters::NlohmannJsonAdapter adapter(schema_document());
        parser.populateSchema(adapter, *out);
        return out;
    }();
    return *schema;
}

// valijson names a path as "<root>", "[rules]", "[0]"...; turn it into the document's JSON pointer and
// the list of tokens.
std::vector<std::string> path_tokens(const std::vector<std::string>& context, const nlohmann::json& document) {
    std::vector<std::string> tokens;
    const nlohmann::json* node = &document;
    for (const std::string& part : context) {
        if (part.size() < 2 || part.front() != '[' || part.back() != ']') continue;
        std::string token = part.substr(1, part.size() - 2);
        tokens.push_back(token);
        if (node && node->is_array()) {
            std::size_t index = std::strtoul(token.c_str(), nullptr, 10);
            node = index < node->size() ? &(*node)[index] : nullptr;
        } else if (node && node->is_object() && node->contains(token)) {
            node = &(*node)[token];
        } else {
            node = nullptr;
        }
    }
    return tokens;
}

std::string to_pointer(const std::vector<std::string>& tokens) {
    std::string pointer;
    for (const auto& t : tokens) pointer = pointer_append(pointer, t);
    return pointer;
}

const nlohmann::json* resolve(const nlohmann::json* node) {
    while (node && node->is_object() && node->contains("$ref")) {
        std::string ref = (*node)["$ref"].get<std::string>();
        node = &schema_document().at(nlohmann::json::json_pointer(ref.substr(1)));
    }
    return node;
}

// Finds the schema that governs the value at `tokens`, following properties, items and $ref.
const nlohmann::json* schema_at(const std::vector<std::string>& tokens, const nlohmann::json& document) {
    const nlohmann::json* schema = resolve(&schema_document());
    const nlohmann::json* value = &document;
    for (const std::string& token : tokens) {
        if (!schema) return nullptr;
        if (value && value->is_array()) {
            schema = schema->contains("items") ? resolve(&(*schema)["items"]) : nullptr;
            std::size_t index = std::strtoul(token.c_str(), nullptr, 10);
            value = index < value->size() ? &(*value)[index] : nullptr;
        } else {
            if (schema->contains("properties") && (*schema)["properties"].contains(token))
                schema = resolve(&(*schema)["properties"][token]);
            else if (schema->contains("additionalProperties") && (*schema)["additionalProperties"].is_object())
                schema = resolve(&(*schema)["additionalProperties"]);
            else
                schema = nullptr;
            value = value && value->is_object() && value->contains(token) ? &(*value)[token] : nullptr;
        }
    }
    return schema;
}

const nlohmann::json* value_at(const std::vector<std::string>& tokens, const nlohmann::json& document) {
    const nlohmann::json* node = &document;
    for (const auto& token : tokens) {
        if (node->is_array()) {
            std::size_t index = std::strtoul(token.c_str(), nullptr, 10);
            if (index >= node->size()) return nullptr;
            node = &(*node)[index];
        } else if (node->is_object() && node->contains(token)) {
            node = &(*node)[token];
        } else {
            return nullptr;
        }
    }
    return node;
}

std::string join_enum(const nlohmann::json& values) {
    std::string out;
    for (const auto& v : values) out += (out.empty() ? "" : ", ") + (v.is_string() ? v.get<std::string>() : v.dump());
    return out;
}

std::string field_name(const std::vector<std::string>& tokens) {
    for (auto it = tokens.rbegin(); it != tokens.rend(); ++it)
        if (it->empty() || !std::isdigit(static_cast<unsigned char>((*it)[0]))) return "\"" + *it + "\"";
    return "the rule file";
}

std::string quote_between(const std::string& text, char open, char close) {
    auto a = text.find(open);
    auto b = text.rfind(close);
    return a != std::string::npos && b != std::string::npos && b > a ? text.substr(a + 1, b - a - 1) : "";
}

std::string expected_type(const nlohmann::json* schema) {
    if (!schema || !schema->contains("type")) return "a different kind of value";
    const auto& type = (*schema)["type"];
    std::string name = type.is_string() ? type.get<std::string>() : join_enum(type);
    if (name == "object") return "an object";
    if (name == "array") return "an array";
    return "a " + name;
}

bool is_wrapper_message(const std::string& m) {
    static const char* wrappers[] = {
        "Failed to validate item #",
        "Failed to validate against schema associated with property name",
        "Failed to validate against additional properties schema",
        "Object contains a property that could not be validated",
        "Failed to validate against child schema",
        "Failed to validate against schema associated with property",
    };
    return std::any_of(std::begin(wrappers), std::end(wrappers), [&](const char* w) { return m.rfind(w, 0) == 0; });
}

}  // namespace

std::vector<SchemaProblem> check_rule_schema(const nlohmann::json& document) {
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(document);
    if (validator.validate(compiled_schema(), target, &results)) return {};

    std::vector<valijson::ValidationResults::Error> errors;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) errors.push_back(error);

    // Members whose *name* failed propertyNames: those are unknown fields, reported at the key.
    std::set<std::string> unknown_members;
    for (const auto& e : errors)
        if (e.description.rfind("Failed to validate against schema associated with property name", 0) == 0) {
            auto tokens = path_tokens(e.context, document);
            tokens.push_back(quote_between(e.description, '\'', '\''));
            unknown_members.insert(to_pointer(tokens));
        }

    std::vector<SchemaProblem> problems;
    std::set<std::pair<std::string, std::string>> seen;
    auto add = [&](std::string pointer, bool at_key, std::string message) {
        if (seen.emplace(pointer, message).second) problems.push_back({std::move(pointer), at_key, std::move(message)});
    };
    for (const auto& e : errors) {
        const std::string& m = e.description;
        if (is_wrapper_message(m)) continue;
        auto tokens = path_tokens(e.context, document);
        std::string pointer = to_pointer(tokens);
        const nlohmann::json* schema = schema_at(tokens, document);
        const nlohmann::json* value = value_at(tokens, document);
        if (unknown_members.count(pointer)) {
            std::string name = tokens.empty() ? "" : tokens.back();
            if (m.find("enum") != std::string::npos || m.find("regex") != std::string::npos) {
                tokens.pop_back();
                const nlohmann::json* parent = schema_at(tokens, document);
                std::string allowed;
                if (parent && parent->contains("propertyNames") && (*parent)["propertyNames"].contains("enum"))
                    allowed = "; expected one of: " + join_enum((*parent)["propertyNames"]["enum"]);
                add(pointer, true, "unknown field \"" + name + "\"" + allowed);
            }
            continue;
        }
        if (m.rfind("Missing required property", 0) == 0) {
            add(pointer, false, "missing required field \"" + quote_between(m, '\'', '\'') + "\"");
        } else if (m.rfind("Failed to match against any enum values", 0) == 0) {
            std::string got = value && value->is_string() ? value->get<std::string>() : (value ? value->dump() : "");
            std::string allowed = schema && schema->contains("enum") ? join_enum((*schema)["enum"]) : "";
            add(pointer, false, "unknown " + field_name(tokens) + " value \"" + got + "\"; expected one of: " + allowed);
        } else if (m.rfind("Value type not permitted", 0) == 0) {
            add(pointer, false, field_name(tokens) + " must be " + expected_type(schema));
        } else if (m.rfind("Failed to match regex specified by 'pattern'", 0) == 0) {
            std::string got = value && value->is_string() ? value->get<std::string>() : "";
            if (!tokens.empty() && tokens.back() == "id")
                add(pointer, false, "invalid rule id \"" + got + "\": use lower-case letters, digits, '.', '-' and '_'");
            else
                add(pointer, false, "invalid " + field_name(tokens) + " \"" + got + "\"");
        } else if (m.find("no fewer than") != std::string::npos && value && value->is_array()) {
            add(pointer, false, field_name(tokens) + " needs at least one entry");
        } else if (m.find("no fewer than") != std::string::npos && value && value->is_string()) {
            add(pointer, false, field_name(tokens) + " must not be empty");
        } else if (m.find("no fewer than") != std::string::npos && value && value->is_object()) {
            add(pointer, false, field_name(tokens) + " needs at least one field");
        } else if (m.rfind("Expected number", 0) == 0) {
            add(pointer, false, field_name(tokens) + ": " + m.substr(std::string("Expected ").size()) +
                                    " expected");
        } else if (m.rfind("Failed to validate against exactly one", 0) == 0) {
            std::string what = schema && schema->contains("description") ? (*schema)["description"].get<std::string>() : "";
            add(pointer, false, "invalid " + field_name(tokens) + (what.empty() ? "" : ": " + what));
        } else {
            add(pointer, false, m);
        }
    }
    return problems;
}

}  // namespace claimcheck
