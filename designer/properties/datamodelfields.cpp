#include "datamodelfields.h"

#include "datamodel/datamodelschemadocument.h"
#include "datamodel/schematree.h"
#include "metadata/applicationmetadatadocument.h"
#include "repository/apprepository.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Designer::DataModelFields", text);
}

// The value type of a scalar schema node: date formats and XSD date types win over "string".
QString valueTypeOf(const QString &jsonType, const QString &format, const QString &xsdType)
{
    const QString xsd = xsdType.section(u':', -1);
    if (format == u"date" || xsd == u"date")
        return u"date"_s;
    if (format == u"date-time" || xsd == u"dateTime")
        return u"date-time"_s;
    if (format == u"time" || xsd == u"time")
        return u"time"_s;
    return jsonType;
}

bool isDate(const QString &valueType)
{
    return valueType == u"date" || valueType == u"date-time";
}

bool isNumber(const QString &valueType)
{
    return valueType == u"integer" || valueType == u"number";
}

} // namespace

QString FieldInfo::typeText() const
{
    QString value;
    if (valueType == u"string")
        value = isList() ? tr("texts") : tr("text");
    else if (valueType == u"integer")
        value = isList() ? tr("whole numbers") : tr("whole number");
    else if (valueType == u"number")
        value = isList() ? tr("numbers") : tr("number");
    else if (valueType == u"boolean")
        value = isList() ? tr("yes/no values") : tr("yes/no");
    else if (isDate(valueType))
        value = isList() ? tr("dates") : tr("date");
    else if (valueType == u"time")
        value = isList() ? tr("times") : tr("time");
    else
        value = isList() ? tr("values") : tr("value");
    switch (shape) {
    case Shape::Value: return value;
    case Shape::ValueList: return tr("list of %1").arg(value);
    case Shape::Group: return tr("group");
    case Shape::GroupList: return tr("repeating group");
    }
    return value;
}

QList<FieldInfo> collectFields(const Models::AppRepository &repo, const QString &dataType)
{
    QList<FieldInfo> out;
    if (dataType.isEmpty())
        return out;
    const Models::DataModelSchemaDocument *schema = repo.dataModelSchema(dataType);
    if (!schema || !schema->isValid())
        return out;
    QString rootType;
    if (const Models::ApplicationMetadataDocument *meta = repo.applicationMetadata()) {
        if (const auto *dt = meta->dataType(dataType))
            rootType = dt->classRef.section(u'.', -1);
    }
    const Models::SchemaTree tree(schema->json(), rootType);
    QHash<QString, Models::SchemaNode> types;
    for (const Models::SchemaNode &t : tree.namedTypes())
        types.insert(t.name, t);
    for (const Models::SchemaNode &n : tree.allNodes()) {
        if (n.bindingPath.isEmpty())
            continue;
        FieldInfo f;
        f.path = n.bindingPath;
        f.name = n.name;
        f.depth = int(n.bindingPath.count(u'.'));
        f.required = n.required;
        QString jsonType = n.jsonType;
        QString format = n.format;
        QString xsdType = n.xsdType;
        bool group = n.hasChildren || n.kind == Models::SchemaNode::Kind::Group;
        if (n.kind == Models::SchemaNode::Kind::Reference && types.contains(n.typeName)) {
            const Models::SchemaNode &t = types.value(n.typeName);
            jsonType = jsonType.isEmpty() || jsonType == u"object" ? t.jsonType : jsonType;
            format = format.isEmpty() ? t.format : format;
            xsdType = xsdType.isEmpty() ? t.xsdType : xsdType;
            group = group || t.hasChildren;
        }
        f.valueType = group ? QString() : valueTypeOf(jsonType, format, xsdType);
        if (group)
            f.shape = n.isArray ? FieldInfo::Shape::GroupList : FieldInfo::Shape::Group;
        else
            f.shape = n.isArray ? FieldInfo::Shape::ValueList : FieldInfo::Shape::Value;
        out.append(f);
    }
    return out;
}

QString expectedDataText(const QString &data)
{
    if (data == u"string")
        return tr("a text");
    if (data == u"number")
        return tr("a number");
    if (data == u"boolean")
        return tr("a yes/no value");
    if (data == u"date")
        return tr("a date");
    if (data == u"scalar")
        return tr("a single value");
    if (data == u"list")
        return tr("a list of values");
    if (data == u"group")
        return tr("a repeating group");
    return tr("any field");
}

QString bindingMismatch(const FieldInfo &field, const QString &data)
{
    const QString expects = tr("This binding expects %1, but \"%2\" is %3.");
    const auto mismatch = [&] {
        const QString what = field.shape == FieldInfo::Shape::Value ? tr("a %1").arg(field.typeText())
                                                                    : field.typeText();
        return expects.arg(expectedDataText(data), field.path, what);
    };
    if (data.isEmpty() || data == u"any")
        return {};
    if (data == u"group")
        return field.shape == FieldInfo::Shape::GroupList ? QString() : mismatch();
    if (data == u"list")
        return field.shape == FieldInfo::Shape::ValueList ? QString() : mismatch();
    // The rest expect one value.
    if (field.shape != FieldInfo::Shape::Value)
        return mismatch();
    const QString &t = field.valueType;
    if (data == u"number" && !t.isEmpty() && !isNumber(t))
        return mismatch();
    if (data == u"boolean" && !t.isEmpty() && t != u"boolean" && t != u"string")
        return mismatch();
    if (data == u"date" && !t.isEmpty() && !isDate(t) && t != u"string")
        return mismatch();
    return {};
}

} // namespace Designer
