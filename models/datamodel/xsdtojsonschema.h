#pragma once

#include "core/jsonvalue.h"
#include "core/result.h"
#include "jsonschemanormalizer.h"
#include "xmltree.h"

namespace Models {

// Converts an XSD (read with Xsd::readXsd) to Altinn's JSON Schema dialect, as Altinn
// Studio's converter writes it (format reference §7.2, §7.3), normalized (§7.3, last point):
// the keywords, their order per node, the order of properties and $defs.
//
// Constructs the dialect cannot carry (xsd:union, xsd:redefine, xsd:import, xsd:include,
// xsd:notation, the list types IDREFS/ENTITIES/NMTOKENS, XSD 1.1 additions) and broken
// references give an Error naming the construct and its line; nothing is dropped silently
// in their place. Errors carry no file name: the caller knows it.
//
// Like Studio, the dialect has no keyword for, and so leaves out: whiteSpace facets, identity
// constraints (key/keyref/unique), fixed/default values of elements, the occurrence of
// choices, annotations other than those of declarations and types, and the XSD attributes
// id, version, form, block, final, abstract, mixed and substitutionGroup.
Result<Json::Value> convertXsdToJsonSchema(const Xsd::XmlNode &schema);

} // namespace Models
