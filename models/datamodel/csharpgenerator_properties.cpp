#include "csharpgenerator_p.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models::CSharpDetail {

namespace {

using Kind = ElementMetadata::Type;

const QString Indent = u"    "_s;

// A property with the attributes above it and what follows it (ShouldSerialize methods).
struct Member {
    QStringList attributes;  // without the brackets
    QString declaration;
    QStringList after;       // whole blocks, already indented
};

QString block(const QStringList &attributes, const QString &declaration)
{
    QString out;
    for (const QString &a : attributes)
        out += Indent + u'[' + a + u"]\n";
    return out + Indent + declaration + u'\n';
}

QString wholeNumber(const QString &literal)
{
    return QString::number(qint64(literal.toDouble()));
}

bool isNumeric(const QString &cs)
{
    return cs == u"int" || cs == u"short" || cs == u"long" || cs == u"decimal";
}

// [Range] from minimum/maximum; integer types get their whole range when the schema sets none.
QString rangeAttribute(const ElementMetadata &m, const QString &cs)
{
    const bool hasMin = m.hasRestriction(u"minimum");
    const bool hasMax = m.hasRestriction(u"maximum");
    if (!isNumeric(cs) || (!hasMin && !hasMax && !isIntegerValueType(m.xsdValueType)))
        return {};
    const bool integral = cs == u"int" || cs == u"long";
    const QString open = cs == u"int" ? u"Int32"_s : cs == u"long" ? u"Int64"_s : u"Double"_s;
    // RangeAttribute has int and double constructors: a whole literal needs a 'd' to pick double.
    const auto literal = [integral](const QString &v) { return integral || v.contains(u'.') ? v : v + u'd'; };
    const QString low = hasMin ? literal(m.restriction(u"minimum")) : open + u".MinValue";
    const QString high = hasMax ? literal(m.restriction(u"maximum")) : open + u".MaxValue";
    return u"Range(%1, %2)"_s.arg(low, high);
}

// One expression only: C# allows a single [RegularExpression] per property.
QString patternOf(const ElementMetadata &m)
{
    if (m.hasRestriction(u"pattern"))
        return m.restriction(u"pattern");
    if (m.hasRestriction(u"totalDigits")) {
        const QString digits = wholeNumber(m.restriction(u"totalDigits"));
        return isIntegerValueType(m.xsdValueType) ? u"^-?[0-9]{0,%1}$"_s.arg(digits)
                                                  : u"^-?(([0-9]){1}(\\.)?){0,%1}$"_s.arg(digits);
    }
    return builtInPattern(m.xsdValueType);
}

QStringList validationAttributes(const ElementMetadata &m, const QString &cs)
{
    QStringList out;
    if (m.maxOccurs > 1)
        return out;  // a list: the facets are about its items
    const QString length = m.restriction(u"length");
    if (m.hasRestriction(u"minLength") || !length.isEmpty())
        out.append(u"MinLength(%1)"_s.arg(wholeNumber(length.isEmpty() ? m.restriction(u"minLength") : length)));
    if (m.hasRestriction(u"maxLength") || !length.isEmpty())
        out.append(u"MaxLength(%1)"_s.arg(wholeNumber(length.isEmpty() ? m.restriction(u"maxLength") : length)));
    if (const QString range = rangeAttribute(m, cs); !range.isEmpty())
        out.append(range);
    if (const QString pattern = patternOf(m); !pattern.isEmpty())
        out.append(u"RegularExpression(@\"%1\")"_s.arg(QString(pattern).replace(u'"', u"\"\""_s)));
    if (isCSharpValueType(cs) && m.minOccurs > 0)
        out.append(u"Required"_s);
    return out;
}

Result<QString> valueCSharpType(const ElementMetadata &m)
{
    const QString cs = csharpTypeOf(m.xsdValueType);
    if (cs.isEmpty()) {
        return Error(QCoreApplication::translate("DataModel", "%1 has the type %2, which C# models do not support")
                         .arg(m.xPath, m.xsdValueType));
    }
    return cs;
}

// The property's type: value types are always nullable, reference types only with NRT.
Result<QString> propertyType(const ElementMetadata &m, bool nrt)
{
    QString type;
    if (m.type == Kind::Group) {
        const Result<QString> cls = csharpIdentifier(m.typeName, m);
        if (!cls)
            return cls.error();
        type = *cls;
    } else {
        const Result<QString> cs = valueCSharpType(m);
        if (!cs)
            return cs.error();
        type = *cs;
    }
    if (m.maxOccurs > 1)
        return QString(u"List<"_s + type + (nrt ? u">?"_s : u">"_s));
    return QString(type + (isCSharpValueType(type) || nrt ? u"?"_s : QString()));
}

Result<QString> fixedInitializer(const ElementMetadata &m, const QString &cs)
{
    const QString v = m.fixedValue.value_or(QString());
    if (cs == u"string")
        return csharpStringLiteral(v);
    if (cs == u"bool" && (v == u"true" || v == u"1"))
        return u"true"_s;
    if (cs == u"bool" && (v == u"false" || v == u"0"))
        return u"false"_s;
    if (cs == u"DateTime")
        return u"DateTime.Parse(%1, System.Globalization.CultureInfo.InvariantCulture)"_s.arg(csharpStringLiteral(v));
    bool number = false;
    v.toDouble(&number);
    if (isNumeric(cs) && number) {
        // A fractional literal is a double; a decimal property needs the M suffix.
        const bool fractional = v.contains(u'.') || v.contains(u'e') || v.contains(u'E');
        return cs == u"decimal" && fractional ? QString(v + u'M') : v;
    }
    return Error(QCoreApplication::translate("DataModel", "The fixed value \"%1\" of %2 does not fit its type %3")
                     .arg(v, m.xPath, m.xsdValueType));
}

QString xmlElementAttribute(const ElementMetadata &m, int order, bool isNullable)
{
    QString a = u"XmlElement("_s + csharpStringLiteral(m.xName);
    if (!m.orderOblivious)
        a += u", Order = "_s + QString::number(order);
    if (isNullable)
        a += u", IsNullable = true"_s;
    return a + u')';
}

// ShouldSerialize for an optional group holding only a text and one fixed attribute (SERES
// "orid" types): without it an empty value is still written, with its fixed attribute.
QString textHolderCheck(const ElementMetadata &m, const ClassSet &classes, const QString &name)
{
    const ClassPlan *cls = m.maxOccurs > 1 ? nullptr : classes.find(m.typeName);
    if (!cls || cls->members.size() != 2)
        return {};
    const ElementMetadata *text = nullptr;
    const ElementMetadata *fixed = nullptr;
    for (const ElementMetadata *c : cls->members) {
        if (c->isTagContent)
            text = c;
        else if (c->type == Kind::Attribute && c->fixedValue)
            fixed = c;
    }
    if (!text || !fixed)
        return {};
    const bool valueType = isCSharpValueType(csharpTypeOf(text->xsdValueType));
    return u"%1?.%2%3 is not null"_s.arg(name, text->name, valueType ? u"Nullable"_s : QString());
}

QString shouldSerializeMethod(const QString &propertyName, const QString &condition)
{
    return Indent + u"public bool ShouldSerialize%1() => %2;\n"_s.arg(propertyName, condition);
}

Result<Member> elementMember(const ElementMetadata &m, const QString &name, int order, const ClassSet &classes,
                             bool nrt)
{
    const Result<QString> type = propertyType(m, nrt);
    if (!type)
        return type.error();
    Member out;
    const QString cs = m.type == Kind::Group ? QString() : csharpTypeOf(m.xsdValueType);
    const bool list = m.maxOccurs > 1;
    const bool valueType = isCSharpValueType(cs);
    out.attributes = validationAttributes(m, cs);
    out.attributes.append(xmlElementAttribute(m, order, m.nillable && !list && !valueType));
    out.attributes.append(u"JsonProperty(%1)"_s.arg(csharpStringLiteral(m.xName)));
    out.attributes.append(u"JsonPropertyName(%1)"_s.arg(csharpStringLiteral(m.xName)));
    out.declaration = u"public %1 %2 { get; set; }"_s.arg(*type, name);
    if (m.fixedValue && m.type != Kind::Group) {
        const Result<QString> init = fixedInitializer(m, cs);
        if (!init)
            return init.error();
        out.attributes.append(u"BindNever"_s);
        out.declaration += u" = "_s + *init + u';';
    }
    if (valueType && !list && m.minOccurs == 0 && !m.nillable)
        out.after.append(shouldSerializeMethod(m.name, name + u".HasValue"));
    if (const QString check = textHolderCheck(m, classes, name); !check.isEmpty())
        out.after.append(shouldSerializeMethod(m.name, check));
    return out;
}

Result<Member> attributeMember(const ElementMetadata &m, const QString &name, bool nrt)
{
    const Result<QString> type = propertyType(m, nrt);
    if (!type)
        return type.error();
    const QString cs = csharpTypeOf(m.xsdValueType);
    Member out;
    out.attributes = validationAttributes(m, cs);
    out.attributes.append(u"XmlAttribute(%1)"_s.arg(csharpStringLiteral(m.xName)));
    out.declaration = u"public %1 %2 { get; set; }"_s.arg(*type, name);
    if (m.fixedValue) {
        const Result<QString> init = fixedInitializer(m, cs);
        if (!init)
            return init.error();
        out.attributes.append(u"BindNever"_s);
        out.declaration += u" = "_s + *init + u';';
    }
    return out;
}

// The text of a simpleContent type. XmlSerializer cannot put a nullable value type in
// [XmlText], so a value type is kept in a nullable property for JSON and binding, and a
// plain property over it serves XML.
Result<Member> textMember(const ElementMetadata &m, const QString &name, bool nrt)
{
    const Result<QString> cs = valueCSharpType(m);
    if (!cs)
        return cs.error();
    Member out;
    out.attributes = validationAttributes(m, *cs);
    if (!isCSharpValueType(*cs)) {
        out.attributes.append(u"XmlText()"_s);
        out.declaration = u"public %1 %2 { get; set; }"_s.arg(nrt ? *cs + u'?' : *cs, name);
        return out;
    }
    const QString nullableName = name + u"Nullable";
    const QString json = csharpStringLiteral(m.xName);
    out.attributes.prepend(u"JsonProperty(PropertyName = %1)"_s.arg(json));
    out.attributes.prepend(u"JsonPropertyName(%1)"_s.arg(json));
    out.attributes.prepend(u"XmlIgnore"_s);
    out.declaration = u"public %1? %2 { get; set; }"_s.arg(*cs, nullableName);
    const QString body = u"public %1 %2\n%3{\n%3  get => %4 ?? default;\n%3  set\n%3  {\n"
                         "%3    this.%4 = value;\n%3  }\n%3}"_s.arg(*cs, name, Indent, nullableName);
    out.after.append(block({u"XmlText"_s, u"System.Text.Json.Serialization.JsonIgnore"_s,
                            u"Newtonsoft.Json.JsonIgnore"_s},
                           body));
    return out;
}

QStringList altinnRowIdBlocks()
{
    return {block({u"XmlAttribute(\"altinnRowId\")"_s, u"JsonPropertyName(\"altinnRowId\")"_s,
                   u"System.Text.Json.Serialization.JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)"_s,
                   u"Newtonsoft.Json.JsonIgnore"_s},
                  u"public Guid AltinnRowId { get; set; }"_s),
            shouldSerializeMethod(u"AltinnRowId"_s, u"AltinnRowId != default"_s)};
}

Status checkMemberName(const ClassPlan &plan, const ElementMetadata &m, const QString &name, QSet<QString> &taken)
{
    if (name == plan.name) {
        return Error(QCoreApplication::translate("DataModel", "%1 would get the C# name %2, the same as its class, "
                                                              "which C# does not allow")
                         .arg(m.xPath, name));
    }
    if (taken.contains(name)) {
        return Error(QCoreApplication::translate("DataModel", "Two members of the C# class %1 would both be named %2 "
                                                              "(XML names that differ only by '-'?), at %3")
                         .arg(plan.name, name, m.xPath));
    }
    taken.insert(name);
    return {};
}

} // namespace

Result<QStringList> writeMembers(const ClassPlan &plan, const ClassSet &classes, bool nullableReferenceTypes)
{
    QStringList blocks;
    QSet<QString> taken;
    if (plan.repeated) {
        blocks = altinnRowIdBlocks();
        taken.insert(u"AltinnRowId"_s);
    }
    int order = 0;
    for (const ElementMetadata *m : plan.members) {
        const Result<QString> name = csharpIdentifier(m->name, *m);
        if (!name)
            return name.error();
        if (const Status s = checkMemberName(plan, *m, *name, taken); !s)
            return s.error();
        const bool nullableText = m->isTagContent && isCSharpValueType(csharpTypeOf(m->xsdValueType));
        if (const Status s = nullableText ? checkMemberName(plan, *m, *name + u"Nullable", taken) : Status(); !s)
            return s.error();
        Result<Member> member = m->isTagContent              ? textMember(*m, *name, nullableReferenceTypes)
                                : m->type == Kind::Attribute ? attributeMember(*m, *name, nullableReferenceTypes)
                                                             : elementMember(*m, *name, ++order, classes,
                                                                             nullableReferenceTypes);
        if (!member)
            return member.error();
        blocks.append(block(member->attributes, member->declaration));
        blocks.append(member->after);
    }
    return blocks;
}

} // namespace Models::CSharpDetail
