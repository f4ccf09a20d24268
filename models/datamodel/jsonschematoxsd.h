#pragma once

#include "core/jsonvalue.h"
#include "core/result.h"

#include <QByteArray>

namespace Models {

// Writes the XSD for an Altinn JSON Schema (format reference §7.4), keeping what Altinn
// Studio's converter loses, so that XSD -> JSON Schema -> XSD gives an equivalent schema.
Result<QByteArray> convertJsonSchemaToXsd(const Json::Value &schema);

} // namespace Models
