#pragma once

#include "core/jsonvalue.h"

namespace Models {

// Simplifies a JSON Schema the way Altinn Studio does after converting an XSD: an `allOf`
// holding a single subschema is replaced by that subschema's keywords, in its place. It
// stays a one-element `allOf` when the subschema has a `$ref` and the node has other
// keywords (a `$ref` beside siblings means something else in older drafts), or when a
// keyword would appear twice. The keywords we add to Studio's dialect (XsdKeywords) do not
// count for these rules, so the structure is the one Studio writes; only one of ours on both
// sides keeps the allOf. Nested single `allOf`s collapse; every subschema is visited
// (properties, $defs, items, the composition keywords, ...). Values that are not schemas
// (enum, const, default, the @xsd* keywords) are left alone.
Json::Value normalizeJsonSchema(const Json::Value &schema);

} // namespace Models
