#pragma once

#include "core/jsonvalue.h"
#include "core/result.h"

namespace Models {

struct CSharpOptions {
    bool separateNamespace = true;        // Altinn.App.Models.<RootType> (Studio's default for new models)
    bool nullableReferenceTypes = false;  // from .altinnstudio/settings.json useNullableReferenceTypes
};

// Generates the C# model classes for an Altinn JSON Schema (format reference §7.5), through
// its model metadata (modelmetadata.h): one class per type, depth first from the root class.
// What Studio could not compile either is an Error naming the element: a name C# cannot take,
// two members or two different types that would share a C# name (XML names that differ only
// by '-'), a member named like its class, xsd:duration.
Result<QString> generateCSharp(const Json::Value &schema, const CSharpOptions &options = {});

} // namespace Models
