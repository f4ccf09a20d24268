#pragma once

#include "core/jsonfiledocument.h"

namespace Models {

// App/models/<name>.schema.json: the data model in Altinn's JSON Schema dialect (or the
// older "definitions" form). Here it answers one question for the form designer: does a
// binding path exist? The data-model editor builds on the same document.
class DataModelSchemaDocument : public JsonFileDocument {
    Q_OBJECT
public:
    explicit DataModelSchemaDocument(const QString &relativePath, QObject *parent = nullptr);

    QString modelName() const;  // file name without ".schema.json"

    struct FieldLookup {
        enum class Outcome { Found, Missing, Unverifiable };
        Outcome outcome = Outcome::Missing;
        QString existingPrefix;  // the longest prefix of the path that exists ("" = the root)
        QString missingSegment;  // the first segment that does not exist
        QStringList candidates;  // fields that do exist at that level, for the message
    };

    // Resolves a binding path: dot-separated field names relative to the root element, with
    // optional [N] row indexes, which are ignored. Follows $ref, allOf/anyOf/oneOf and array
    // items. Parts the schema leaves open (xsd:any, additionalProperties, references to other
    // files) make the answer Unverifiable rather than Missing. rootTypeName is the model's
    // root class (the last part of the data type's appLogic.classRef): older schemas list
    // their root element among many flattened root properties, and the app finds it by name.
    FieldLookup lookupField(QStringView path, const QString &rootTypeName = {}) const;
    bool hasField(QStringView path, const QString &rootTypeName = {}) const
    {
        return lookupField(path, rootTypeName).outcome != FieldLookup::Outcome::Missing;
    }

private:
    struct Expansion {
        QList<Json::Node> nodes;
        bool open = false;
    };
    Expansion expand(const Json::Node &schema) const;
    void expandInto(const Json::Node &schema, Expansion &out, QList<int> &seen, int depth) const;
    Json::Node resolveRef(const QString &ref) const;
    FieldLookup lookupFrom(const Json::Node &start, const QStringList &segments) const;
};

} // namespace Models
