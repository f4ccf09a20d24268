#include "datamodelschemadocument.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Models {

namespace {
constexpr int MaxExpansionDepth = 64;
}

DataModelSchemaDocument::DataModelSchemaDocument(const QString &relativePath, QObject *parent)
    : JsonFileDocument(FileKind::DataModelSchema, relativePath, parent)
{
}

QString DataModelSchemaDocument::modelName() const
{
    return fileNameWithout(u".schema.json");
}

Json::Node DataModelSchemaDocument::resolveRef(const QString &ref) const
{
    if (!ref.startsWith(u'#'))
        return {};  // another file: not followed
    return root().find(QStringView(ref).mid(1));
}

void DataModelSchemaDocument::expandInto(const Json::Node &schema, Expansion &out, QList<int> &seen, int depth) const
{
    if (!schema.isObject() || depth > MaxExpansionDepth || seen.contains(schema.offset()))
        return;
    seen.append(schema.offset());
    out.nodes.append(schema);
    const Json::Node ref = schema.member(u"$ref");
    if (ref.isString()) {
        const Json::Node target = resolveRef(ref.toString());
        if (target.isValid())
            expandInto(target, out, seen, depth + 1);
        else
            out.open = true;
    }
    for (const char16_t *combinator : {u"allOf", u"anyOf", u"oneOf"}) {
        for (const Json::Node &sub : schema.member(combinator).children())
            expandInto(sub, out, seen, depth + 1);
    }
    const Json::Node items = schema.member(u"items");
    if (items.isObject())
        expandInto(items, out, seen, depth + 1);
    const Json::Node additional = schema.member(u"additionalProperties");
    if (additional.isObject() || additional.toBool(false))
        out.open = true;
    if (schema.member(u"@xsdType").toString() == u"#any")
        out.open = true;
}

DataModelSchemaDocument::Expansion DataModelSchemaDocument::expand(const Json::Node &schema) const
{
    Expansion out;
    QList<int> seen;
    expandInto(schema, out, seen, 0);
    return out;
}

DataModelSchemaDocument::FieldLookup DataModelSchemaDocument::lookupFrom(const Json::Node &start,
                                                                         const QStringList &segments) const
{
    FieldLookup result;
    Json::Node current = start;
    QStringList done;
    for (const QString &segment : segments) {
        const Expansion ex = expand(current);
        Json::Node next;
        QStringList candidates;
        for (const Json::Node &n : ex.nodes) {
            const Json::Node props = n.member(u"properties");
            const Json::Node p = props.member(segment);
            if (p.isValid()) {
                next = p;
                break;
            }
            candidates += props.keys();
        }
        if (!next.isValid()) {
            result.outcome = ex.open ? FieldLookup::Outcome::Unverifiable : FieldLookup::Outcome::Missing;
            result.existingPrefix = done.join(u'.');
            result.missingSegment = segment;
            candidates.removeDuplicates();
            result.candidates = candidates;
            return result;
        }
        done.append(segment);
        current = next;
    }
    result.outcome = FieldLookup::Outcome::Found;
    result.existingPrefix = done.join(u'.');
    return result;
}

DataModelSchemaDocument::FieldLookup DataModelSchemaDocument::lookupField(QStringView path,
                                                                         const QString &rootTypeName) const
{
    static const QRegularExpression index(u"\\[\\d*\\]"_s);
    QString clean = path.toString();
    clean.remove(index);
    const QStringList segments = clean.split(u'.', Qt::SkipEmptyParts);
    if (!isValid())
        return {FieldLookup::Outcome::Unverifiable, {}, {}, {}};

    // Bindings are relative to the root element. Newer schemas describe it at the root (or
    // through oneOf/$ref); older ones wrap it in a root property such as "melding", alone or
    // first among flattened copies of every element, named like the model's root class.
    QList<Json::Node> starts{root()};
    const Json::Node rootProperties = root().member(u"properties");
    if (!rootTypeName.isEmpty() && rootProperties.member(rootTypeName).isValid())
        starts.append(rootProperties.member(rootTypeName));
    if (rootProperties.size() > 0 && rootProperties.at(0).member(u"$ref").isString())
        starts.append(rootProperties.at(0));
    const Expansion rootEx = expand(root());
    QStringList rootProps;
    for (const Json::Node &n : rootEx.nodes)
        rootProps += n.member(u"properties").keys();
    const QString rootElement = root().member(u"@xsdRootElement").toString();
    for (const Json::Node &n : rootEx.nodes) {
        const Json::Node props = n.member(u"properties");
        if (rootProps.size() == 1 && props.size() == 1)
            starts.append(props.at(0));
        else if (!rootElement.isEmpty() && props.member(rootElement).isValid())
            starts.append(props.member(rootElement));
    }

    FieldLookup best;
    for (const Json::Node &start : starts) {
        FieldLookup r = lookupFrom(start, segments);
        if (r.outcome != FieldLookup::Outcome::Missing)
            return r;
        if (best.missingSegment.isEmpty() || r.existingPrefix.size() > best.existingPrefix.size())
            best = r;
    }
    return best;
}

} // namespace Models
