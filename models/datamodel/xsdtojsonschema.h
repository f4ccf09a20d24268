#pragma once

#include "core/jsonvalue.h"
#include "core/result.h"
#include "xmltree.h"

namespace Models {

// Converts an XSD (read with Xsd::readXsd) to Altinn's JSON Schema dialect, as Altinn
// Studio's converter writes it (format reference §7.2, §7.3), normalized (§7.3, last point).
Result<Json::Value> convertXsdToJsonSchema(const Xsd::XmlNode &schema);

} // namespace Models
