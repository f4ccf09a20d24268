#pragma once

#include "core/jsonvalue.h"
#include "core/result.h"

namespace Models {

struct CSharpOptions {
    bool separateNamespace = true;        // Altinn.App.Models.<RootType> (Studio's default for new models)
    bool nullableReferenceTypes = false;  // from .altinnstudio/settings.json useNullableReferenceTypes
};

// Generates the C# model classes for an Altinn JSON Schema (format reference §7.5).
Result<QString> generateCSharp(const Json::Value &schema, const CSharpOptions &options = {});

} // namespace Models
