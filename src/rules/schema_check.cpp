#include "schema_check.hpp"

#include <algorithm>
#include <memory>
#include <optional>
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
        "Failed to validate against schema associated with pattern",
    };
    return std::any_of(std::begin(wrappers), std::end(wrappers), [&](const char* w) { return m.rfind(w, 0) == 0; });
}

// The JSON type name of a value, as the schema spells it.
std::string json_type(const nlohmann::json& value) {
    if (value.is_object()) return "object";
    if (value.is_array()) return "array";
    if (value.is_string()) return "string";
    if (value.is_boolean()) return "boolean";
    if (value.is_number()) return "number";
    return "null";
}

// Of a oneOf, the branch meant for this kind of value.
const nlohmann::json* branch_for(const nlohmann::json* schema, const nlohmann::json& value) {
    if (!schema || !schema->contains("oneOf")) return schema;
    for (const auto& branch : (*schema)["oneOf"]) {
        const nlohmann::json* b = resolve(&branch);
        if (b->contains("type") && (*b)["type"] == json_type(value)) return b;
    }
    return schema;
}

// Reports every member that an object's schema does not allow, each at its own key. (valijson reports
// only the first unknown member of an object, and nothing at all for propertyNames.)
void find_unknown_fields(const nlohmann::json& value, const nlohmann::json* schema, const std::string& pointer,
                         std::vector<SchemaProblem>& problems) {
    schema = branch_for(resolve(schema), value);
    if (!schema) return;
    if (value.is_array() && schema->contains("items")) {
        for (std::size_t i = 0; i < value.size(); ++i)
            find_unknown_fields(value[i], &(*schema)["items"], pointer_append(pointer, std::to_string(i)), problems);
        return;
    }
    if (!value.is_object()) return;
    const nlohmann::json* properties = schema->contains("properties") ? &(*schema)["properties"] : nullptr;
    const nlohmann::json* additional = schema->contains("additionalProperties") ? &(*schema)["additionalProperties"] : nullptr;
    for (const auto& [name, member] : value.items()) {
        std::string member_pointer = pointer_append(pointer, name);
        if (properties && properties->contains(name)) {
            find_unknown_fields(member, &(*properties)[name], member_pointer, problems);
        } else if (additional && additional->is_object()) {
            find_unknown_fields(member, additional, member_pointer, problems);
        } else if (additional && *additional == false) {
            std::string allowed;
            if (properties)
                for (const auto& [known, _] : properties->items()) allowed += (allowed.empty() ? "" : ", ") + known;
            problems.push_back({member_pointer, true, "unknown field \"" + name + "\"; expected one of: " + allowed});
        }
    }
}

std::optional<std::string> describe(const valijson::ValidationResults::Error& e, const nlohmann::json& document,
                                    std::string& pointer) {
    const std::string& m = e.description;
    if (is_wrapper_message(m)) return std::nullopt;
    auto tokens = path_tokens(e.context, document);
    pointer = to_pointer(tokens);
    const nlohmann::json* schema = schema_at(tokens, document);
    const nlohmann::json* value = value_at(tokens, document);
    std::string field = field_name(tokens);
    if (m.rfind("Missing required property", 0) == 0)
        return "missing required field \"" + quote_between(m, '\'', '\'') + "\"";
    if (m.rfind("Failed to match against any enum values", 0) == 0) {
        std::string got = value && value->is_string() ? value->get<std::string>() : (value ? value->dump() : "");
        std::string allowed = schema && schema->contains("enum") ? join_enum((*schema)["enum"]) : "";
        return "unknown " + field + " value \"" + got + "\"; expected one of: " + allowed;
    }
    if (m.rfind("Value type not permitted", 0) == 0) return field + " must be " + expected_type(schema);
    if (m.rfind("Failed to match regex specified by 'pattern'", 0) == 0) {
        std::string got = value && value->is_string() ? value->get<std::string>() : "";
        if (!tokens.empty() && tokens.back() == "id")
            return "invalid rule id \"" + got + "\": use lower-case letters, digits, '.', '-' and '_'";
        return "invalid " + field + " \"" + got + "\"";
    }
    if (m.find("no fewer than") != std::string::npos && value) {
        if (value->is_array()) return field + " needs at least one entry";
        if (value->is_string()) return field + " must not be empty";
        if (value->is_object()) return field + " needs at least one field";
    }
    if (m.rfind("Expected number greater than or equal to", 0) == 0 && schema && schema->contains("minimum"))
        return field + " must be at least " + (*schema)["minimum"].dump();
    if (m.rfind("Expected number less than or equal to", 0) == 0 && schema && schema->contains("maximum"))
        return field + " must be at most " + (*schema)["maximum"].dump();
    if (m.rfind("Failed to validate against exactly one", 0) == 0 || m.rfind("Failed to validate against any", 0) == 0) {
        std::string what = schema && schema->contains("description") ? (*schema)["description"].get<std::string>() : "";
        return "invalid " + field + (what.empty() ? "" : ": " + what);
    }
    return m;
}

}  // namespace

std::vector<SchemaProblem> check_rule_schema(const nlohmann::json& document) {
    std::vector<SchemaProblem> problems;
    find_unknown_fields(document, &schema_document(), "", problems);

    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter target(document);
    if (!validator.validate(compiled_schema(), target, &results)) {
        valijson::ValidationResults::Error error;
        while (results.popError(error)) {
            std::string pointer;
            if (auto message = describe(error, document, pointer)) problems.push_back({pointer, false, *message});
        }
    }

    // Each problem once, at its most specific value: a problem is dropped when another lies under it
    // (a oneOf that failed because of one field), except a missing field, which is the object's own.
    auto under = [](const std::string& child, const std::string& parent) {
        return child.size() > parent.size() && child.rfind(parent + "/", 0) == 0;
    };
    std::vector<SchemaProblem> kept;
    std::set<std::pair<std::string, std::string>> seen;
    for (const auto& p : problems) {
        bool general = p.message.rfind("missing required", 0) != 0 &&
                       std::any_of(problems.begin(), problems.end(), [&](const SchemaProblem& q) { return under(q.pointer, p.pointer); });
        if (!general && seen.emplace(p.pointer, p.message).second) kept.push_back(p);
    }
    return kept;
}

}  // namespace claimcheck
