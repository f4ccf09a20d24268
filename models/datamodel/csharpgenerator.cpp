#include "csharpgenerator.h"

#include "csharpgenerator_p.h"
#include "modelmetadata.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models {

using namespace CSharpDetail;

namespace {

const QStringList &usings()
{
    static const QStringList list = {
        u"System"_s,
        u"System.Collections.Generic"_s,
        u"System.ComponentModel.DataAnnotations"_s,
        u"System.Linq"_s,
        u"System.Text.Json.Serialization"_s,
        u"System.Xml.Serialization"_s,
        u"Microsoft.AspNetCore.Mvc.ModelBinding"_s,
        u"Newtonsoft.Json"_s,
    };
    return list;
}

bool isKeyword(const QString &name)
{
    static const QSet<QString> keywords = {
        u"abstract"_s, u"as"_s, u"base"_s, u"bool"_s, u"break"_s, u"byte"_s, u"case"_s, u"catch"_s,
        u"char"_s, u"checked"_s, u"class"_s, u"const"_s, u"continue"_s, u"decimal"_s, u"default"_s,
        u"delegate"_s, u"do"_s, u"double"_s, u"else"_s, u"enum"_s, u"event"_s, u"explicit"_s, u"extern"_s,
        u"false"_s, u"finally"_s, u"fixed"_s, u"float"_s, u"for"_s, u"foreach"_s, u"goto"_s, u"if"_s,
        u"implicit"_s, u"in"_s, u"int"_s, u"interface"_s, u"internal"_s, u"is"_s, u"lock"_s, u"long"_s,
        u"namespace"_s, u"new"_s, u"null"_s, u"object"_s, u"operator"_s, u"out"_s, u"override"_s,
        u"params"_s, u"private"_s, u"protected"_s, u"public"_s, u"readonly"_s, u"ref"_s, u"return"_s,
        u"sbyte"_s, u"sealed"_s, u"short"_s, u"sizeof"_s, u"stackalloc"_s, u"static"_s, u"string"_s,
        u"struct"_s, u"switch"_s, u"this"_s, u"throw"_s, u"true"_s, u"try"_s, u"typeof"_s, u"uint"_s,
        u"ulong"_s, u"unchecked"_s, u"unsafe"_s, u"ushort"_s, u"using"_s, u"virtual"_s, u"void"_s,
        u"volatile"_s, u"while"_s,
    };
    return keywords.contains(name);
}

bool isIdentifierPart(QChar c)
{
    switch (c.category()) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_Letter:
    case QChar::Number_DecimalDigit:
    case QChar::Punctuation_Connector:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Other_Format:
        return true;
    default:
        return false;
    }
}

// What a group's class holds, to tell apart two types that would share one class name.
QString shapeOf(const QList<const ElementMetadata *> &members)
{
    QStringList parts;
    for (const ElementMetadata *m : members) {
        parts.append(QStringList{m->xName, QString::number(int(m->type)), m->typeName, m->xsdValueType,
                                 QString::number(m->maxOccurs > 1), m->fixedValue.value_or(u"-"_s),
                                 QString::number(m->isTagContent)}
                         .join(u'|'));
    }
    return parts.join(u'\n');
}

// One class per type, in the order the types are first met, depth first.
Result<ClassSet> planClasses(const ModelMetadata &model)
{
    QHash<QString, QList<const ElementMetadata *>> children;
    for (const ElementMetadata &e : model.elements) {
        if (!e.parentElement.isEmpty())
            children[e.parentElement].append(&e);
    }
    ClassSet set;
    QStringList shapes;
    for (const ElementMetadata &e : model.elements) {
        if (e.type != ElementMetadata::Type::Group || !e.expanded)
            continue;
        const QList<const ElementMetadata *> members = children.value(e.id);
        const auto found = set.byName.constFind(e.typeName);
        if (found == set.byName.constEnd()) {
            set.byName.insert(e.typeName, int(set.classes.size()));
            set.classes.append({e.typeName, &e, members, false, e.parentElement.isEmpty()});
            shapes.append(shapeOf(members));
        } else if (shapes.at(found.value()) != shapeOf(members)) {
            return Error(QCoreApplication::translate("DataModel", "Two different types would both become the C# "
                                                                  "class %1 (the second at %2)")
                             .arg(e.typeName, e.xPath));
        }
    }
    for (const ElementMetadata &e : model.elements) {
        if (e.type == ElementMetadata::Type::Group && e.maxOccurs > 1)
            set.classes[set.byName.value(e.typeName)].repeated = true;
    }
    return set;
}

Result<QString> writeClass(const ClassPlan &plan, const ClassSet &classes, const ModelMetadata &model,
                           const CSharpOptions &options)
{
    const Result<QString> name = csharpIdentifier(plan.name, *plan.group);
    if (!name)
        return name.error();
    const Result<QStringList> members = writeMembers(plan, classes, options.nullableReferenceTypes);
    if (!members)
        return members.error();
    QString out;
    if (plan.isRoot) {
        out += u"  [XmlRoot(ElementName=%1"_s.arg(csharpStringLiteral(model.rootElementName));
        if (!model.targetNamespace.isEmpty())
            out += u", Namespace="_s + csharpStringLiteral(model.targetNamespace);
        out += u")]\n"_s;
    }
    out += u"  public class %1\n  {\n"_s.arg(*name);
    out += members->join(u'\n');
    return QString(out + u"  }\n"_s);
}

} // namespace

namespace CSharpDetail {

Result<QString> csharpIdentifier(const QString &name, const ElementMetadata &where)
{
    const bool startOk = !name.isEmpty() && (name.front().isLetter() || name.front() == u'_');
    if (!startOk || !std::all_of(name.cbegin(), name.cend(), isIdentifierPart)) {
        return Error(QCoreApplication::translate("DataModel", "\"%1\" (at %2) cannot be a name in C#")
                         .arg(name, where.xPath));
    }
    // A keyword is written verbatim ("@event"); the XML and JSON names are given explicitly.
    return isKeyword(name) ? QString(u'@' + name) : name;
}

QString csharpStringLiteral(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c == u'\r')
            out += u"\\r"_s;
        else if (c == u'\t')
            out += u"\\t"_s;
        else if (c.unicode() < 0x20)
            out += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out + u'"';
}

} // namespace CSharpDetail

Result<QString> generateCSharp(const Json::Value &schema, const CSharpOptions &options)
{
    const Result<ModelMetadata> model = buildModelMetadata(schema);
    if (!model)
        return model.error();
    const Result<ClassSet> classes = planClasses(*model);
    if (!classes)
        return classes.error();
    const Result<QString> rootName = csharpIdentifier(model->rootTypeName, model->elements.constFirst());
    if (!rootName)
        return rootName.error();

    QString out = options.nullableReferenceTypes ? u"#nullable enable\n"_s : u"#nullable disable\n"_s;
    for (const QString &u : usings())
        out += u"using "_s + u + u";\n";
    out += u"\nnamespace Altinn.App.Models"_s;
    if (options.separateNamespace)
        out += u'.' + *rootName;
    out += u"\n{\n"_s;
    for (qsizetype i = 0; i < classes->classes.size(); ++i) {
        const Result<QString> text = writeClass(classes->classes.at(i), *classes, *model, options);
        if (!text)
            return text.error();
        out += (i == 0 ? QString() : u"\n"_s) + *text;
    }
    return QString(out + u"}\n"_s);
}

} // namespace Models
