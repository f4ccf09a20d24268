// The component catalog against the current layout schema (the judge): the same types, only
// properties the schema has, complete nb/nn/en texts, new components with what the schema
// requires, valid ids, container rules with reasons, the names of older frontends, and
// ComponentTypes answering as it did before it read the catalog. Then the components a
// data-model field becomes (fieldcomponent.h), on real models of the corpus, checked with the
// official schema's own validator.

#include "core/jsondocument.h"
#include "datamodel/schematree.h"
#include "layout/componentcatalog.h"
#include "layout/componenttypes.h"
#include "layout/fieldcomponent.h"
#include "layoutschemacheck.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Models::ComponentCatalog;
using Models::ComponentEntry;

namespace {

const ComponentCatalog &catalog()
{
    return ComponentCatalog::instance();
}

// The generated layout schema, read with QtCore's JSON (only the tests do that).
class Schema {
public:
    bool load()
    {
        QFile f(TestPaths::sharedDir() + u"/schemas/generated/layout/layout.schema.v1.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        m_defs = QJsonDocument::fromJson(f.readAll()).object().value(u"definitions").toObject();
        return !m_defs.isEmpty();
    }

    QStringList types() const
    {
        QStringList out;
        for (const QJsonValue v : m_defs.value(u"AnyComponent").toObject().value(u"properties").toObject()
                                      .value(u"type").toObject().value(u"enum").toArray())
            out.append(v.toString());
        return out;
    }

    QString idPattern() const
    {
        return m_defs.value(u"ComponentBase").toObject().value(u"properties").toObject().value(u"id").toObject()
            .value(u"pattern").toString();
    }

    QJsonObject deref(const QJsonObject &node) const
    {
        const QString ref = node.value(u"$ref").toString();
        if (ref.startsWith(u"#/definitions/"))
            return deref(m_defs.value(ref.mid(14)).toObject());
        return node;
    }

    QJsonArray parts(const QString &type) const
    {
        return deref(m_defs.value(u"Comp"_s + type).toObject()).value(u"allOf").toArray();
    }

    // The closing part lists every property of the type and its required ones.
    QJsonObject closing(const QString &type) const { return parts(type).last().toObject(); }

    // Property name -> definition, through $ref and allOf.
    void collect(const QJsonObject &node, QJsonObject &out) const
    {
        const QJsonObject n = deref(node);
        const QJsonObject props = n.value(u"properties").toObject();
        for (auto it = props.begin(); it != props.end(); ++it) {
            if (!out.contains(it.key()))
                out.insert(it.key(), it.value());
        }
        for (const QJsonValue a : n.value(u"allOf").toArray())
            collect(a.toObject(), out);
    }

    QJsonObject definitions(const QString &type) const
    {
        QJsonObject out;
        const QJsonArray p = parts(type);
        for (qsizetype i = 0; i + 1 < p.size(); ++i)
            collect(p.at(i).toObject(), out);
        return out;
    }

    // The keys an object-valued property (textResourceBindings, dataModelBindings) accepts.
    QStringList keysOf(const QString &type, const QString &property) const
    {
        const QJsonObject def = deref(definitions(type).value(property).toObject());
        QStringList keys;
        auto closedKeys = [&](const QJsonObject &d) {
            for (const QJsonValue a : d.value(u"allOf").toArray()) {
                if (a.toObject().value(u"additionalProperties") == QJsonValue(false))
                    return a.toObject().value(u"properties").toObject().keys();
            }
            QJsonObject all;
            collect(d, all);
            return all.keys();
        };
        if (def.contains(u"anyOf")) {
            for (const QJsonValue a : def.value(u"anyOf").toArray())
                keys += closedKeys(deref(a.toObject()));
            return keys;
        }
        return closedKeys(def);
    }

    QJsonArray enumOf(const QString &type, const QString &property) const
    {
        const QJsonObject d = deref(definitions(type).value(property).toObject());
        return d.value(u"enum").toArray();
    }

private:
    QJsonObject m_defs;
};

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

QStringList currentTypes()
{
    QStringList out;
    for (const ComponentEntry *e : catalog().entries()) {
        if (!e->legacy)
            out.append(e->type);
    }
    return out;
}

// ComponentTypes as it answered before it read the catalog (its former hard-coded tables).
struct FormerComponentTypes {
    static QStringList current()
    {
        return {u"Accordion"_s, u"AccordionGroup"_s, u"ActionButton"_s, u"AddToList"_s, u"Address"_s, u"Alert"_s,
                u"AttachmentList"_s, u"Audio"_s, u"Button"_s, u"ButtonGroup"_s, u"Cards"_s, u"Checkboxes"_s, u"Custom"_s,
                u"CustomButton"_s, u"Date"_s, u"Datepicker"_s, u"Divider"_s, u"Dropdown"_s, u"FileUpload"_s,
                u"FileUploadWithTag"_s, u"Grid"_s, u"Group"_s, u"Heading"_s, u"IFrame"_s, u"Image"_s, u"ImageUpload"_s,
                u"Input"_s, u"InstanceInformation"_s, u"InstantiationButton"_s, u"Likert"_s, u"LikertItem"_s, u"Link"_s,
                u"List"_s, u"Map"_s, u"MultipleSelect"_s, u"NavigationBar"_s, u"NavigationButtons"_s, u"Number"_s,
                u"Option"_s, u"OrganizationLookup"_s, u"PDFPreviewButton"_s, u"Panel"_s, u"Paragraph"_s, u"Payment"_s,
                u"PaymentDetails"_s, u"PersonLookup"_s, u"PrintButton"_s, u"RadioButtons"_s, u"RepeatingGroup"_s,
                u"SigneeList"_s, u"SigningActions"_s, u"SigningDocumentList"_s, u"SimpleTable"_s, u"Subform"_s,
                u"Summary"_s, u"Summary2"_s, u"Tabs"_s, u"Text"_s, u"TextArea"_s, u"TimePicker"_s, u"Video"_s};
    }
    struct Rename {
        QString older, newer;
        int last;
    };
    static QList<Rename> renames()
    {
        return {{u"AddressComponent"_s, u"Address"_s, 3}, {u"Header"_s, u"Heading"_s, 4},
                {u"OrganisationLookup"_s, u"OrganizationLookup"_s, 4}};
    }
    static QStringList known(int major)
    {
        QStringList out = current();
        for (const Rename &r : renames()) {
            if (major <= r.last)
                out.append(r.older);
        }
        return out;
    }
    static Models::ComponentTypes::Knowledge classify(const QString &type, int major, QString *suggestion)
    {
        for (const Rename &r : renames()) {
            if (type == r.older && major > r.last) {
                *suggestion = r.newer;
                return Models::ComponentTypes::Knowledge::OtherVersion;
            }
            if (type == r.newer && major <= r.last && major < 4) {
                *suggestion = r.older;
                return Models::ComponentTypes::Knowledge::OtherVersion;
            }
        }
        return known(major).contains(type) ? Models::ComponentTypes::Knowledge::Known
                                           : Models::ComponentTypes::Knowledge::Unknown;
    }
    static bool isContainer(const QString &type)
    {
        return QStringList{u"Group"_s, u"RepeatingGroup"_s, u"Accordion"_s, u"AccordionGroup"_s, u"ButtonGroup"_s,
                           u"Cards"_s, u"Tabs"_s, u"Grid"_s, u"Likert"_s}
            .contains(type);
    }
};


// ---- data-model fields (fieldcomponent.h) ----

const QString ComponentLibraryModel = u"apps/component-library/App/models/model.schema.json"_s;
const QString SeresModel = u"repos-partial/hvem-er-hvem/App/models/HvemErHvem_SERES.schema.json"_s;
const QString ValueElementModel = u"apps/anonymous-stateless-app/App/models/default.schema.json"_s;

// A corpus data model: the document a SchemaTree reads, and the same file through QtCore's
// JSON for the facts the tests compare with.
struct Model {
    Models::Json::Document doc;
    QJsonObject plain;
    bool ok = false;

    explicit Model(const QString &relative)
    {
        QFile f(TestPaths::sharedDir() + u"/corpus/"_s + relative);
        if (!f.open(QIODevice::ReadOnly))
            return;
        QByteArray bytes = f.readAll();
        auto parsed = Models::Json::Document::parse(bytes);
        if (!parsed)
            return;
        doc = std::move(*parsed);
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        plain = QJsonDocument::fromJson(bytes).object();
        ok = !plain.isEmpty();
    }
    Model(const Model &) = delete;
};

Models::FieldComponentOptions pageOptions()
{
    Models::FieldComponentOptions o;
    o.dataType = u"model"_s;
    o.textKeyPrefix = u"Side1"_s;
    return o;
}

QString boundPath(const Models::Json::Value &component, QStringView key)
{
    const Models::Json::Value b = component.value(u"dataModelBindings").value(key);
    return b.isObject() ? b.value(u"field").toString() : b.toString();
}

// The value fields below a node as the model has them (what a component can be bound to),
// fields with a fixed value left out.
QStringList valueFieldsBelow(const Models::SchemaTree &tree, const Models::Json::Document &doc, const Models::SchemaNode &node)
{
    QStringList out;
    for (const Models::SchemaNode &c : tree.children(node)) {
        QStringList childFields = valueFieldsBelow(tree, doc, c);
        bool fixed = false;
        for (const QString &p : tree.expansion(c.pointer))
            fixed = fixed || doc.find(p).member(u"const").isValid();
        if (!c.hasChildren && c.kind != Models::SchemaNode::Kind::Group && !fixed)
            out.append(c.bindingPath);
        out += childFields;
    }
    return out;
}

// What holds together in any result: valid unique ids, containers listing components of the
// result, each component but the first listed once, titles with their texts.
QString inconsistency(const Models::FieldComponents &r, const QSet<QString> &taken)
{
    QSet<QString> ids;
    for (const Models::Json::Value &c : r.components) {
        const QString id = c.value(u"id").toString();
        if (!catalog().isValidId(id) || ids.contains(id) || taken.contains(id))
            return u"bad or repeated id "_s + id;
        ids.insert(id);
    }
    QHash<QString, int> listed;
    for (const Models::Json::Value &c : r.components) {
        for (const Models::Json::Value &child : c.value(u"children").elements()) {
            if (!ids.contains(child.toString()))
                return c.value(u"id").toString() + u" lists an unknown "_s + child.toString();
            ++listed[child.toString()];
        }
    }
    for (qsizetype i = 0; i < r.components.size(); ++i) {
        const QString id = r.components.at(i).value(u"id").toString();
        if (listed.value(id) != (i == 0 ? 0 : 1))
            return id + u" is listed "_s + QString::number(listed.value(id)) + u" times"_s;
        const QString title = r.components.at(i).value(u"textResourceBindings").value(u"title").toString();
        bool found = false;
        for (const Models::FieldText &t : r.texts)
            found = found || (t.key == title && t.text.isComplete());
        if (!found)
            return id + u" has no text for its title "_s + title;
    }
    return {};
}

} // namespace

class TestComponentCatalog : public QObject {
    Q_OBJECT

private:
    Schema m_schema;

    void requireSchema()
    {
        if (!m_schema.load()) {
            if (TestPaths::inCi())
                QFAIL("The generated layout schema is missing in CI");
            QSKIP("The shared schemas are not beside the project (../shared/schemas/generated)");
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Reasons and display names in English, whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void theBundledCatalogLoads()
    {
        QVERIFY2(catalog().loadError().isEmpty(), qPrintable(catalog().loadError()));
        QVERIFY(catalog().entries().size() >= 60);
        QCOMPARE(catalog().frontendVersions(), (QList<int>{3, 4, 9}));
    }

    void everySchemaTypeIsInTheCatalogAndBack()
    {
        requireSchema();
        QCOMPARE(sorted(currentTypes()), sorted(m_schema.types()));
        for (const ComponentEntry *e : catalog().entries()) {
            if (!e->legacy)
                continue;
            QVERIFY2(!m_schema.types().contains(e->type), qPrintable(e->type));
            QVERIFY2(catalog().entry(e->replacedBy) && !catalog().entry(e->replacedBy)->legacy, qPrintable(e->type));
        }
    }

    void theIdPatternIsTheSchemas()
    {
        requireSchema();
        QCOMPARE(catalog().idPattern(), m_schema.idPattern());
    }

    void everyCatalogPropertyIsOneOfTheSchemasForItsType()
    {
        requireSchema();
        for (const QString &type : currentTypes()) {
            const ComponentEntry *e = catalog().entry(type);
            const QJsonObject closing = m_schema.closing(type);
            QStringList schemaProps = closing.value(u"properties").toObject().keys();
            QStringList ours{u"id"_s, u"type"_s};
            for (const Models::CatalogProperty &p : e->properties)
                ours.append(p.name);
            if (!e->texts.isEmpty() || schemaProps.contains(u"textResourceBindings"))
                ours.append(u"textResourceBindings"_s);
            if (!e->bindings.isEmpty() || !e->extraBindings.isEmpty())
                ours.append(u"dataModelBindings"_s);
            for (const QString &p : ours)
                QVERIFY2(schemaProps.contains(p), qPrintable(type + u'.' + p + u" is not in the schema"_s));
            QCOMPARE(sorted(ours), sorted(schemaProps));

            QStringList required;
            for (const QJsonValue r : closing.value(u"required").toArray()) {
                if (r.toString() != u"id" && r.toString() != u"type" && r.toString() != u"dataModelBindings")
                    required.append(r.toString());
            }
            QStringList ourRequired;
            for (const Models::CatalogProperty &p : e->properties) {
                if (p.required)
                    ourRequired.append(p.name);
            }
            QVERIFY2(sorted(ourRequired) == sorted(required), qPrintable(type));
            const bool bindingsRequired = closing.value(u"required").toArray().contains(u"dataModelBindings"_s);
            QVERIFY2(e->bindingsRequired == bindingsRequired, qPrintable(type));

            for (const Models::CatalogProperty &p : e->properties) {
                if (p.kind != u"enum")
                    continue;
                const QJsonArray values = m_schema.enumOf(type, p.name);
                if (values.isEmpty())
                    continue;  // a single const
                QVERIFY2(values.size() == p.values.size(), qPrintable(type + u'.' + p.name));
                for (const Models::Json::Value &v : p.values) {
                    const QJsonValue plain = v.isString() ? QJsonValue(v.toString())
                        : v.isBool()                      ? QJsonValue(v.toBool())
                        : v.isNumber()                    ? QJsonValue(v.toDouble())
                                                          : QJsonValue();
                    QVERIFY2(values.contains(plain), qPrintable(type + u'.' + p.name + u" has no value "_s + plain.toVariant().toString()));
                }
            }
            // A default the catalog gives is the schema's (when the schema names one).
            for (const Models::CatalogProperty &p : e->properties) {
                const QJsonObject def = m_schema.deref(m_schema.definitions(type).value(p.name).toObject());
                if (!p.hasDefault || !def.contains(u"default"))
                    continue;
                const Models::Json::Value &v = p.defaultValue;
                const QJsonValue plain = v.isString() ? QJsonValue(v.toString())
                    : v.isBool()                      ? QJsonValue(v.toBool())
                    : v.isNumber()                    ? QJsonValue(v.toDouble())
                                                      : QJsonValue(QJsonValue::Undefined);
                if (plain.isUndefined())
                    continue;
                QVERIFY2(def.value(u"default") == plain, qPrintable(type + u'.' + p.name + u" default"_s));
            }
            const QStringList texts = m_schema.keysOf(type, u"textResourceBindings"_s);
            for (const Models::CatalogText &t : e->texts)
                QVERIFY2(texts.contains(t.key), qPrintable(type + u" text "_s + t.key));
            const QStringList bindings = m_schema.keysOf(type, u"dataModelBindings"_s);
            for (const Models::CatalogBinding &b : e->bindings)
                QVERIFY2(bindings.contains(b.key), qPrintable(type + u" binding "_s + b.key));
        }
    }

    void everyTextHasNbNnAndEn()
    {
        for (const Models::CatalogCategory &c : catalog().categories()) {
            QVERIFY2(c.name.isComplete(), qPrintable(c.id));
            QVERIFY2(QFile::exists(u":/icons/components/"_s + c.icon + u".svg"_s), qPrintable(c.icon));
        }
        for (const ComponentEntry *e : catalog().entries()) {
            QVERIFY2(e->name.isComplete(), qPrintable(e->type));
            QVERIFY2(e->help.isComplete(), qPrintable(e->type));
            QVERIFY2(e->name.nb != e->help.nb, qPrintable(e->type));
            QVERIFY2(catalog().category(e->category), qPrintable(e->type + u": "_s + e->category));
            QVERIFY2(QFile::exists(e->iconPath()), qPrintable(e->iconPath()));
            for (const Models::CatalogProperty &p : e->properties)
                QVERIFY2(p.label.isEmpty() || p.label.isComplete(), qPrintable(e->type + u'.' + p.name));
            for (const Models::CatalogText &t : e->texts)
                QVERIFY2(t.label.isEmpty() || t.label.isComplete(), qPrintable(e->type + u'.' + t.key));
            for (const Models::CatalogBinding &b : e->bindings)
                QVERIFY2(b.label.isEmpty() || b.label.isComplete(), qPrintable(e->type + u'.' + b.key));
            for (const Models::ContainerSlot &s : e->slots)
                QVERIFY2(s.accepts == u"any" || s.rule.isComplete(), qPrintable(e->type + u'.' + s.id));
        }
        // The common ones have labels.
        const ComponentEntry *input = catalog().entry(u"Input");
        for (const char16_t *name : {u"hidden", u"required", u"readOnly", u"maxLength"})
            QVERIFY(!input->property(name)->label.isEmpty());
        QVERIFY(!input->text(u"title")->label.isEmpty());
        QVERIFY(!input->binding(u"simpleBinding")->label.isEmpty());
        QCOMPARE(input->name.in(u"nn"), u"Tekstfelt"_s);
    }

    void aNewComponentHasWhatTheSchemaRequires()
    {
        requireSchema();
        QSet<QString> taken;
        for (const QString &type : currentTypes()) {
            const QString id = catalog().suggestId(type, taken);
            taken.insert(id);
            const Models::Json::Value c = catalog().newComponent(type, id, 9);
            QCOMPARE(c.value(u"id").toString(), id);
            QCOMPARE(c.value(u"type").toString(), type);
            QCOMPARE(c.keys().mid(0, 2), (QStringList{u"id"_s, u"type"_s}));
            for (const QJsonValue r : m_schema.closing(type).value(u"required").toArray())
                QVERIFY2(c.contains(r.toString()), qPrintable(type + u" lacks "_s + r.toString()));
            for (const Models::CatalogBinding &b : catalog().entry(type)->bindings) {
                if (b.required)
                    QVERIFY2(c.value(u"dataModelBindings").value(b.key).isString(), qPrintable(type + u'.' + b.key));
            }
            const ComponentEntry *e = catalog().entry(type);
            for (const Models::ContainerSlot &s : e->slots) {
                const QString list = s.path.section(u'[', 0, 0);
                if (e->property(list) && e->property(list)->required)
                    QVERIFY2(c.value(list).isArray() && c.value(list).size() == 0, qPrintable(type + u'.' + list));
            }
        }
        // Unknown types are passed through with only their id and type.
        const Models::Json::Value custom = catalog().newComponent(u"FancyWidget"_s, u"fancy1"_s, 9);
        QCOMPARE(custom.keys(), (QStringList{u"id"_s, u"type"_s}));
        QCOMPARE(custom.value(u"type").toString(), u"FancyWidget"_s);
    }

    void suggestedIdsMatchTheSchemaAndAreFree()
    {
        requireSchema();
        const QRegularExpression pattern(m_schema.idPattern());
        QSet<QString> taken;
        for (const ComponentEntry *e : catalog().entries()) {
            const QString id = catalog().suggestId(e->type, taken);
            QVERIFY2(pattern.match(id).hasMatch(), qPrintable(id));
            QVERIFY(catalog().isValidId(id));
            QVERIFY(id.startsWith(e->type + u'-'));
            QVERIFY(id.size() <= e->type.size() + 7);
            QVERIFY(!taken.contains(id));
            taken.insert(id);
        }
        for (int i = 0; i < 500; ++i) {
            const QString id = catalog().suggestId(u"Input"_s, taken);
            QVERIFY(!taken.contains(id));
            QVERIFY(pattern.match(id).hasMatch());
            taken.insert(id);
        }
        QVERIFY(!catalog().isValidId(u"Input-1"_s));      // ends in -<digits>: reserved for rows
        QVERIFY(!catalog().isValidId(u"-input"_s));
        QVERIFY(catalog().isValidId(u"Input-123456"_s));
    }

    void containerRules_data()
    {
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("child");
        QTest::addColumn<QString>("slot");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("accordion group holds accordions") << u"AccordionGroup"_s << u"Accordion"_s << QString() << true << QString();
        QTest::newRow("button group holds buttons") << u"ButtonGroup"_s << u"Button"_s << QString() << true << QString();
        QTest::newRow("button group holds action buttons") << u"ButtonGroup"_s << u"ActionButton"_s << QString() << true << QString();
        QTest::newRow("group holds fields") << u"Group"_s << u"Input"_s << QString() << true << QString();
        QTest::newRow("groups nest") << u"RepeatingGroup"_s << u"Group"_s << QString() << true << QString();
        QTest::newRow("a tab holds a group") << u"Tabs"_s << u"Group"_s << QString() << true << QString();
        QTest::newRow("a grid cell holds a field") << u"Grid"_s << u"Input"_s << QString() << true << QString();
        QTest::newRow("a card holds a field") << u"Cards"_s << u"Input"_s << QString() << true << QString();
        QTest::newRow("card media is an image") << u"Cards"_s << u"Image"_s << u"media"_s << true << QString();
        QTest::newRow("v3 repeating group") << u"Group"_s << u"Header"_s << QString() << true << QString();
        QTest::newRow("group keeps unknown types") << u"Group"_s << u"FancyWidget"_s << QString() << true << QString();
        QTest::newRow("accordion group refuses fields") << u"AccordionGroup"_s << u"Input"_s << QString() << false
                                                        << u"An accordion group can only hold accordions."_s;
        QTest::newRow("button group refuses fields") << u"ButtonGroup"_s << u"Input"_s << QString() << false
                                                     << u"A button group can only hold buttons."_s;
        QTest::newRow("tabs do not nest") << u"Tabs"_s << u"Tabs"_s << QString() << false << u"\"Tabs\" cannot be placed in \"Tabs\""_s;
        QTest::newRow("accordions do not nest") << u"Accordion"_s << u"Accordion"_s << QString() << false << u"other accordions"_s;
        QTest::newRow("grid refuses uploads") << u"Grid"_s << u"FileUpload"_s << QString() << false << u"File upload"_s;
        QTest::newRow("card media is no field") << u"Cards"_s << u"Input"_s << u"media"_s << false << u"media of a card"_s;
        QTest::newRow("a field holds nothing") << u"Input"_s << u"Button"_s << QString() << false << u"cannot hold other components"_s;
        QTest::newRow("likert makes its rows") << u"Likert"_s << u"Input"_s << QString() << false << u"makes its rows itself"_s;
        QTest::newRow("unknown container") << u"FancyWidget"_s << u"Input"_s << QString() << false << u"does not know"_s;
        QTest::newRow("internal child") << u"Group"_s << u"LikertItem"_s << QString() << false << u"made by the app itself"_s;
        QTest::newRow("unknown child in tabs") << u"Tabs"_s << u"FancyWidget"_s << QString() << false << u"FancyWidget"_s;
        QTest::newRow("unknown slot") << u"Cards"_s << u"Input"_s << u"footer"_s << false << u"no place called"_s;
    }

    void containerRules()
    {
        QFETCH(QString, parent);
        QFETCH(QString, child);
        QFETCH(QString, slot);
        QFETCH(bool, allowed);
        QFETCH(QString, reasonPart);
        QString reason;
        QCOMPARE(catalog().canContain(parent, child, &reason, slot), allowed);
        if (allowed) {
            QVERIFY(reason.isEmpty());
        } else {
            QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
        }
    }

    void olderFrontendsGetTheirNames()
    {
        const QStringList v3 = catalog().offeredTypes(3);
        const QStringList v4 = catalog().offeredTypes(4);
        const QStringList v9 = catalog().offeredTypes(9);
        for (const char16_t *t : {u"Header", u"AddressComponent", u"RepeatingGroup", u"Group", u"Input"})
            QVERIFY2(v3.contains(QString::fromUtf16(t)), qPrintable(QString::fromUtf16(t)));
        for (const char16_t *t : {u"Heading", u"Address", u"OrganizationLookup", u"OrganisationLookup", u"Subform", u"LikertItem"})
            QVERIFY2(!v3.contains(QString::fromUtf16(t)), qPrintable(QString::fromUtf16(t)));
        for (const char16_t *t : {u"Header", u"OrganisationLookup", u"Address", u"Subform", u"RepeatingGroup"})
            QVERIFY2(v4.contains(QString::fromUtf16(t)), qPrintable(QString::fromUtf16(t)));
        for (const char16_t *t : {u"Heading", u"OrganizationLookup", u"AddressComponent"})
            QVERIFY2(!v4.contains(QString::fromUtf16(t)), qPrintable(QString::fromUtf16(t)));
        for (const char16_t *t : {u"Heading", u"OrganizationLookup", u"Address", u"SigningActions", u"TimePicker"})
            QVERIFY2(v9.contains(QString::fromUtf16(t)), qPrintable(QString::fromUtf16(t)));
        for (const char16_t *t : {u"Header", u"OrganisationLookup", u"AddressComponent", u"LikertItem"})
            QVERIFY2(!v9.contains(QString::fromUtf16(t)), qPrintable(QString::fromUtf16(t)));
        QCOMPARE(v9.size(), 60);
        QCOMPARE(catalog().offeredTypes(10), v9);  // a newer frontend gets the newest catalog

        // A repeating group in frontend 3 is a Group with maxCount above 1.
        const Models::Json::Value rg = catalog().newComponent(u"RepeatingGroup"_s, u"people"_s, 3);
        QCOMPARE(rg.value(u"type").toString(), u"Group"_s);
        QVERIFY(rg.value(u"maxCount").toDouble() > 1);
        QVERIFY(rg.value(u"children").isArray());
        QVERIFY(rg.value(u"dataModelBindings").contains(u"group"));
        QCOMPARE(catalog().newComponent(u"RepeatingGroup"_s, u"people"_s, 9).value(u"type").toString(), u"RepeatingGroup"_s);
        // Names follow the app's frontend both ways.
        QCOMPARE(catalog().newComponent(u"Heading"_s, u"title1"_s, 4).value(u"type").toString(), u"Header"_s);
        QCOMPARE(catalog().newComponent(u"Header"_s, u"title1"_s, 9).value(u"type").toString(), u"Heading"_s);
        QCOMPARE(catalog().newComponent(u"Header"_s, u"title1"_s, 4).value(u"size").toString(), u"M"_s);
        QCOMPARE(catalog().writtenType(u"Address"_s, 3), u"AddressComponent"_s);
        QCOMPARE(catalog().writtenType(u"OrganizationLookup"_s, 4), u"OrganisationLookup"_s);
        QCOMPARE(catalog().writtenType(u"Input"_s, 3), u"Input"_s);
        QCOMPARE(catalog().writtenType(u"FancyWidget"_s, 9), u"FancyWidget"_s);
        // Legacy entries carry the details of the type they were renamed to.
        QCOMPARE(catalog().entry(u"AddressComponent")->bindings.size(), catalog().entry(u"Address")->bindings.size());
    }

    void thePaletteIsSortedByCategoryThenName()
    {
        const QStringList types = catalog().offeredTypes(9);
        int lastCategory = -1;
        QString lastType;
        for (const QString &t : types) {
            const ComponentEntry *e = catalog().entry(t);
            int category = 0;
            while (catalog().categories().at(category).id != e->category)
                ++category;
            QVERIFY2(category >= lastCategory, qPrintable(t));
            if (category == lastCategory)
                QVERIFY2(lastType.compare(t, Qt::CaseInsensitive) < 0, qPrintable(t));
            lastCategory = category;
            lastType = t;
        }
    }

    void propertiesThatApplyWhenTheTypeChanges()
    {
        const QStringList toTextArea = catalog().propertiesThatApply(u"Input"_s, u"TextArea"_s);
        for (const QString &p : {u"/hidden"_s, u"/required"_s, u"/maxLength"_s, u"/textResourceBindings/title"_s,
                                 u"/dataModelBindings/simpleBinding"_s})
            QVERIFY2(toTextArea.contains(p), qPrintable(p));
        for (const QString &p : {u"/formatting"_s, u"/variant"_s, u"/textResourceBindings/prefix"_s})
            QVERIFY2(!toTextArea.contains(p), qPrintable(p));
        const QStringList toHeading = catalog().propertiesThatApply(u"Input"_s, u"Heading"_s);
        QVERIFY(toHeading.contains(u"/textResourceBindings/title"_s));
        QVERIFY(!toHeading.contains(u"/dataModelBindings/simpleBinding"_s));
        QVERIFY(!toHeading.contains(u"/required"_s));
        // Same name, other values: Heading's size is no Tabs size.
        QVERIFY(!catalog().propertiesThatApply(u"Heading"_s, u"Tabs"_s).contains(u"/size"_s));
        QVERIFY(catalog().propertiesThatApply(u"Button"_s, u"Link"_s).contains(u"/size"_s));
        // A list binding is no single value.
        QVERIFY(!catalog().propertiesThatApply(u"Checkboxes"_s, u"RadioButtons"_s).contains(u"/dataModelBindings/group"_s));
        QVERIFY(catalog().propertiesThatApply(u"FancyWidget"_s, u"Input"_s).isEmpty());
        // A binding keeps its shape: one value, a list of values, a list of rows.
        auto shapes = ComponentCatalog::fromJson(R"({"format": 1, "idPattern": "^[a-z]+$", "types": [
            {"type": "A", "bindings": [{"key": "x", "data": "group"}, {"key": "y", "data": "string"}, {"key": "z", "data": "list"}]},
            {"type": "B", "bindings": [{"key": "x", "data": "string"}, {"key": "y", "data": "number"}, {"key": "z", "data": "any"}]}]})");
        QVERIFY(shapes);
        const QStringList kept = shapes->propertiesThatApply(u"A"_s, u"B"_s);
        QVERIFY(!kept.contains(u"/dataModelBindings/x"_s));
        QVERIFY(kept.contains(u"/dataModelBindings/y"_s));
        QVERIFY(kept.contains(u"/dataModelBindings/z"_s));
        QVERIFY(!shapes->propertiesThatApply(u"B"_s, u"A"_s).contains(u"/dataModelBindings/x"_s));
    }

    void componentTypesAnswerAsBefore()
    {
        QStringList types = FormerComponentTypes::known(3) + QStringList{u"FancyWidget"_s, u"MapComponent"_s, QString()};
        for (int major : {3, 4, 8, 9, 10}) {
            QCOMPARE(Models::ComponentTypes::knownTypes(major), FormerComponentTypes::known(major));
            for (const QString &type : types) {
                QString was, is;
                const auto before = FormerComponentTypes::classify(type, major, &was);
                const auto now = Models::ComponentTypes::classify(type, major, &is);
                QVERIFY2(before == now, qPrintable(type + u" in "_s + QString::number(major)));
                QCOMPARE(is, was);
            }
        }
        for (const QString &type : types)
            QVERIFY2(Models::ComponentTypes::isContainer(type) == FormerComponentTypes::isContainer(type), qPrintable(type));
    }

    void aValueFieldBecomesTheFormFieldOfItsType_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("type");
        QTest::newRow("text") << ComponentLibraryModel << u"inputfield"_s << u"Input"_s;
        QTest::newRow("integer") << ComponentLibraryModel << u"numberPercentage"_s << u"Input"_s;
        QTest::newRow("number") << ComponentLibraryModel << u"anyNumber"_s << u"Input"_s;
        QTest::newRow("date") << ComponentLibraryModel << u"Dates.DateOnly"_s << u"Datepicker"_s;
        QTest::newRow("date and time") << ComponentLibraryModel << u"Dates.DateTime"_s << u"Datepicker"_s;
        QTest::newRow("yes or no in a list's rows") << ComponentLibraryModel << u"ListGroupExample.Internal.isChecked"_s << u"Checkboxes"_s;
        QTest::newRow("short text") << ComponentLibraryModel << u"GridExample.ExampleInput"_s << u"Input"_s;
        QTest::newRow("allowed values of a named type") << SeresModel << u"InnrapporterteData.geekType"_s << u"Dropdown"_s;
        QTest::newRow("integer of a named type") << SeresModel << u"InnrapporterteData.altinnErfaringAAr"_s << u"Input"_s;
        QTest::newRow("text of a named type") << SeresModel << u"Innrapportoer.geek.epost"_s << u"Input"_s;
    }

    void aValueFieldBecomesTheFormFieldOfItsType()
    {
        REQUIRE_SHARED("corpus/apps");
        QFETCH(QString, model);
        QFETCH(QString, path);
        QFETCH(QString, type);
        const Model m(model);
        QVERIFY2(m.ok, qPrintable(model));
        const Models::SchemaTree tree(m.doc);
        const std::optional<Models::SchemaNode> node = tree.nodeByPath(path);
        QVERIFY(node);
        QCOMPARE(Models::componentTypeForField(m.doc, *node, pageOptions()), type);
        const auto r = Models::componentsForField(m.doc, path, pageOptions());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->components.size(), 1);
        const Models::Json::Value c = r->components.first();
        QCOMPARE(c.value(u"type").toString(), type);
        QCOMPARE(boundPath(c, u"simpleBinding"), path);
        QCOMPARE(c.value(u"dataModelBindings").value(u"simpleBinding").value(u"dataType").toString(), u"model"_s);
        const QString id = c.value(u"id").toString();
        QCOMPARE(c.value(u"textResourceBindings").value(u"title").toString(), u"Side1."_s + id + u".title"_s);
        QCOMPARE(r->texts.first().text.nb, node->name);
        QCOMPARE(inconsistency(*r, {}), QString());
        // Every property the catalog (checked against the schema above) requires is there.
        for (const Models::CatalogProperty &p : catalog().entry(type)->properties) {
            if (p.required)
                QVERIFY2(c.contains(p.name), qPrintable(p.name));
        }
    }

    void numbersAreFormattedAndDateTimesKeepTheTime()
    {
        REQUIRE_SHARED("corpus/apps");
        const Model m(ComponentLibraryModel);
        QVERIFY(m.ok);
        const QJsonObject props = m.plain.value(u"properties").toObject();
        QCOMPARE(props.value(u"numberPercentage").toObject().value(u"type").toString(), u"integer"_s);
        const auto integer = Models::componentsForField(m.doc, u"numberPercentage"_s, pageOptions());
        QVERIFY(integer);
        const Models::Json::Value number = integer->components.first().value(u"formatting").value(u"number");
        QVERIFY(number.isObject());
        QCOMPARE(number.value(u"decimalScale").toDouble(-1), 0.0);
        const auto decimal = Models::componentsForField(m.doc, u"anyNumber"_s, pageOptions());
        QVERIFY(decimal);
        QVERIFY(decimal->components.first().value(u"formatting").value(u"number").isObject());
        QVERIFY(!decimal->components.first().value(u"formatting").value(u"number").contains(u"decimalScale"));
        QVERIFY(!Models::componentsForField(m.doc, u"inputfield"_s, pageOptions())->components.first().contains(u"formatting"));

        const QJsonObject dates = props.value(u"Dates").toObject().value(u"properties").toObject();
        QCOMPARE(dates.value(u"DateTime").toObject().value(u"format").toString(), u"date-time"_s);
        QCOMPARE(Models::componentsForField(m.doc, u"Dates.DateTime"_s, pageOptions())->components.first().value(u"timeStamp").toBool(), true);
        QVERIFY(!Models::componentsForField(m.doc, u"Dates.DateOnly"_s, pageOptions())->components.first().contains(u"timeStamp"));
    }

    void allowedValuesBecomeADropdownWithThoseOptions()
    {
        REQUIRE_SHARED("corpus/repos-partial");
        const Model m(SeresModel);
        QVERIFY(m.ok);
        const QJsonObject defs = m.plain.value(u"definitions").toObject();
        const QJsonArray values = defs.value(u"GeekType").toObject().value(u"enum").toArray();
        QVERIFY(values.size() > 1);
        const auto r = Models::componentsForField(m.doc, u"InnrapporterteData.geekType"_s, pageOptions());
        QVERIFY(r);
        const Models::Json::Value options = r->components.first().value(u"options");
        QCOMPARE(options.size(), values.size());
        for (int i = 0; i < values.size(); ++i) {
            QCOMPARE(options.at(i).value(u"value").toString(), values.at(i).toString());
            QCOMPARE(options.at(i).value(u"label").toString(), values.at(i).toString());
        }
        // Required in the model, required in the form.
        const bool required = defs.value(u"InnrapporterteData").toObject().value(u"required").toArray().contains(u"geekType"_s);
        QCOMPARE(r->components.first().value(u"required").toBool(), required);
        const bool optional = !defs.value(u"InnrapporterteData").toObject().value(u"required").toArray().contains(u"altinnErfaringAAr"_s);
        QCOMPARE(Models::componentsForField(m.doc, u"InnrapporterteData.altinnErfaringAAr"_s, pageOptions())->components.first().contains(u"required"),
                 !optional);
    }

    void yesOrNoBecomesACheckboxOrRadioButtons()
    {
        REQUIRE_SHARED("corpus/apps");
        const Model m(ComponentLibraryModel);
        QVERIFY(m.ok);
        const QString path = u"ListGroupExample.Internal.isChecked"_s;
        const auto box = Models::componentsForField(m.doc, path, pageOptions());
        QVERIFY(box);
        const Models::Json::Value boxOptions = box->components.first().value(u"options");
        QCOMPARE(boxOptions.size(), 1);
        QCOMPARE(boxOptions.at(0).value(u"value").toString(), u"true"_s);
        Models::FieldComponentOptions radio = pageOptions();
        radio.booleanAsRadioButtons = true;
        const auto radios = Models::componentsForField(m.doc, path, radio);
        QVERIFY(radios);
        QCOMPARE(radios->components.first().value(u"type").toString(), u"RadioButtons"_s);
        const Models::Json::Value options = radios->components.first().value(u"options");
        QCOMPARE(options.size(), 2);
        QStringList labelKeys;
        for (const Models::Json::Value &o : options.elements())
            labelKeys.append(o.value(u"label").toString());
        for (const Models::FieldText &t : radios->texts)
            labelKeys.removeAll(t.key);
        QVERIFY2(labelKeys.isEmpty(), qPrintable(labelKeys.join(u", "_s)));  // every label has its text
        QCOMPARE(inconsistency(*radios, {}), QString());
    }

    void longTextBecomesATextArea()
    {
        REQUIRE_SHARED("corpus/apps");
        const Model m(ComponentLibraryModel);
        QVERIFY(m.ok);
        const int maxLength = m.plain.value(u"$defs").toObject().value(u"GridExample").toObject().value(u"properties").toObject()
                                  .value(u"ExampleInput").toObject().value(u"maxLength").toInt(-1);
        QVERIFY(maxLength > 0);
        Models::FieldComponentOptions o = pageOptions();
        o.textAreaFrom = maxLength;
        QCOMPARE(Models::componentsForField(m.doc, u"GridExample.ExampleInput"_s, o)->components.first().value(u"type").toString(), u"TextArea"_s);
        o.textAreaFrom = maxLength + 1;
        QCOMPARE(Models::componentsForField(m.doc, u"GridExample.ExampleInput"_s, o)->components.first().value(u"type").toString(), u"Input"_s);
        // Without a maxLength, text stays an Input.
        o.textAreaFrom = 1;
        QCOMPARE(Models::componentsForField(m.doc, u"inputfield"_s, o)->components.first().value(u"type").toString(), u"Input"_s);
    }

    void aRepeatingGroupComesWithItsFields_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("flat rows") << u"repeatingGroup"_s;
        QTest::newRow("rows with groups") << u"ListGroupExample"_s;
        QTest::newRow("rows with rows") << u"nestedRepeatingGroup"_s;
    }

    void aRepeatingGroupComesWithItsFields()
    {
        REQUIRE_SHARED("corpus/apps");
        QFETCH(QString, path);
        const Model m(ComponentLibraryModel);
        QVERIFY(m.ok);
        const Models::SchemaTree tree(m.doc);
        const auto node = tree.nodeByPath(path);
        QVERIFY(node && node->isArray);
        const auto r = Models::componentsForField(m.doc, path, pageOptions());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(inconsistency(*r, {}), QString());
        const Models::Json::Value group = r->components.first();
        QCOMPARE(group.value(u"type").toString(), u"RepeatingGroup"_s);
        QCOMPARE(boundPath(group, u"group"), path);
        const int maxItems = m.plain.value(u"properties").toObject().value(path).toObject().value(u"maxItems").toInt(-1);
        QCOMPARE(group.contains(u"maxCount"), maxItems >= 2);
        if (maxItems >= 2)
            QCOMPARE(int(group.value(u"maxCount").toDouble()), maxItems);

        // One bound component per value field of a row, each with its full path.
        QStringList bound;
        QHash<QString, Models::Json::Value> byId;
        for (const Models::Json::Value &c : r->components)
            byId.insert(c.value(u"id").toString(), c);
        for (const Models::Json::Value &c : r->components) {
            const QString simple = boundPath(c, u"simpleBinding");
            if (!simple.isEmpty()) {
                QVERIFY2(simple.startsWith(path + u'.'), qPrintable(simple));
                QVERIFY2(tree.nodeByPath(simple), qPrintable(simple));
                bound.append(simple);
            }
            // What a repeating group lists lies inside its rows.
            if (c.value(u"type").toString() == u"RepeatingGroup") {
                const QString rows = boundPath(c, u"group");
                QVERIFY(tree.nodeByPath(rows) && tree.nodeByPath(rows)->isArray);
                for (const Models::Json::Value &child : c.value(u"children").elements()) {
                    const Models::Json::Value &held = byId.value(child.toString());
                    const QString heldPath = boundPath(held, u"simpleBinding") + boundPath(held, u"group");
                    if (!heldPath.isEmpty())
                        QVERIFY2(heldPath.startsWith(rows + u'.'), qPrintable(heldPath));
                }
            }
        }
        QStringList expected = valueFieldsBelow(tree, m.doc, *node);
        bound.sort();
        expected.sort();
        QCOMPARE(bound, expected);
    }

    void aGroupThatDoesNotRepeatBecomesAGroupOfItsFields()
    {
        REQUIRE_SHARED("corpus/apps");
        const Model m(ComponentLibraryModel);
        QVERIFY(m.ok);
        const auto r = Models::componentsForField(m.doc, u"Dates"_s, pageOptions());
        QVERIFY(r);
        QCOMPARE(inconsistency(*r, {}), QString());
        QCOMPARE(r->components.first().value(u"type").toString(), u"Group"_s);
        QVERIFY(!r->components.first().contains(u"dataModelBindings"));
        const QJsonObject fields = m.plain.value(u"properties").toObject().value(u"Dates").toObject().value(u"properties").toObject();
        QCOMPARE(r->components.first().value(u"children").size(), fields.size());
        QCOMPARE(r->components.size(), fields.size() + 1);
        for (qsizetype i = 1; i < r->components.size(); ++i)
            QVERIFY(fields.contains(boundPath(r->components.at(i), u"simpleBinding").section(u'.', 1)));
    }

    void anElementWithTextAndAttributesIsBoundThroughItsValue()
    {
        REQUIRE_SHARED("corpus/apps");
        const Model m(ValueElementModel);
        QVERIFY(m.ok);
        const Models::SchemaTree tree(m.doc);
        int checked = 0;
        for (const Models::SchemaNode &n : tree.allNodes(8)) {
            if (n.isArray || n.bindingPath.isEmpty())
                continue;
            QString text;
            bool onlyAttributes = true;
            for (const Models::SchemaNode &c : tree.children(n)) {
                if (c.isText)
                    text = c.name;
                else if (!c.isAttribute)
                    onlyAttributes = false;
            }
            if (text.isEmpty() || !onlyAttributes)
                continue;
            const auto r = Models::componentsForField(m.doc, n, pageOptions());
            QVERIFY2(r, qPrintable(n.bindingPath));
            QCOMPARE(r->components.size(), 1);
            QCOMPARE(boundPath(r->components.first(), u"simpleBinding"), n.bindingPath + u'.' + text);
            ++checked;
        }
        QVERIFY(checked > 5);
    }

    void whatNoComponentFitsIsRefusedWithAReason()
    {
        auto schema = Models::Json::Document::parse(R"({"@xsdRootElement": "M", "type": "object", "properties": {
            "tags": {"type": "array", "items": {"type": "string"}},
            "either": {"oneOf": [{"type": "object", "properties": {"a": {"type": "string"}}},
                                 {"type": "object", "properties": {"b": {"type": "string"}}}]},
            "fixed": {"type": "object", "properties": {"kind": {"const": "x"}}},
            "name": {"type": "string"}}})");
        QVERIFY(schema);
        for (const QString &path : {QString(), u"tags"_s, u"either"_s, u"fixed"_s, u"missing"_s}) {
            const auto r = Models::componentsForField(*schema, path, pageOptions());
            QVERIFY2(!r, qPrintable(path));
            QVERIFY(!r.error().message.isEmpty());
        }
        QVERIFY(Models::componentsForField(*schema, u"name"_s, pageOptions()));
    }

    void olderFrontendsGetTheirFormsOfGroupsAndBindings()
    {
        REQUIRE_SHARED("corpus/apps");
        const Model m(ComponentLibraryModel);
        QVERIFY(m.ok);
        for (int major : {3, 4}) {
            Models::FieldComponentOptions o = pageOptions();
            o.frontendMajor = major;
            const auto r = Models::componentsForField(m.doc, u"repeatingGroup"_s, o);
            QVERIFY(r);
            const Models::Json::Value group = r->components.first();
            QCOMPARE(group.value(u"type").toString(), catalog().writtenType(u"RepeatingGroup"_s, major));
            QVERIFY(group.value(u"dataModelBindings").value(u"group").isString());
            if (major == 3)
                QVERIFY(group.value(u"maxCount").toDouble() > 1);
            for (const Models::Json::Value &c : r->components.mid(1))
                QVERIFY(c.value(u"dataModelBindings").value(u"simpleBinding").isString());
        }
    }

    void aWholeLargeGroupIsCut()
    {
        REQUIRE_SHARED("corpus/apps");
        const Model m(ComponentLibraryModel);
        QVERIFY(m.ok);
        Models::FieldComponentOptions o = pageOptions();
        o.maxComponents = 3;
        const auto r = Models::componentsForField(m.doc, u"ListGroupExample"_s, o);
        QVERIFY(r);
        QVERIFY(r->components.size() <= 3);
        QVERIFY(!r->notes.isEmpty());
        QCOMPARE(inconsistency(*r, {}), QString());
    }

    // Every field of several real models, dropped on one page each: the page passes the
    // official schema's validator.
    void componentsForEveryCorpusFieldPassTheOfficialSchema()
    {
        REQUIRE_SHARED("corpus/apps");
        REQUIRE_SHARED("corpus/repos-partial");
        LayoutSchemaCheck::Validator validator;
        REQUIRE_LAYOUT_VALIDATOR(validator);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList pages;
        const QStringList models{ComponentLibraryModel, SeresModel, ValueElementModel,
                                 u"apps/multiple-datamodels-test/App/models/modell1.schema.json"_s};
        for (const QString &model : models) {
            const Model m(model);
            QVERIFY2(m.ok, qPrintable(model));
            const Models::SchemaTree tree(m.doc);
            for (int major : {9, 4}) {
                Models::FieldComponentOptions o = pageOptions();
                o.frontendMajor = major;
                Models::Json::Value layout = Models::Json::Value::array();
                int made = 0;
                for (const Models::SchemaNode &n : tree.allNodes(6)) {
                    const auto r = Models::componentsForField(m.doc, n, o);
                    if (!r)
                        continue;
                    QCOMPARE(inconsistency(*r, o.takenIds), QString());
                    for (const Models::Json::Value &c : r->components) {
                        o.takenIds.insert(c.value(u"id").toString());
                        layout.append(c);
                    }
                    ++made;
                }
                QVERIFY2(made > 3, qPrintable(model));
                const Models::Json::Value page = Models::Json::Value::object(
                    {{u"data"_s, Models::Json::Value::object({{u"layout"_s, layout}})}});
                const QString file = dir.filePath(u"page%1.json"_s.arg(pages.size()));
                QFile out(file);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(Models::Json::Document::parse("{}")->format(page, QByteArray()));
                out.close();
                pages.append(file);
            }
        }
        const LayoutSchemaCheck::Outcome outcome = LayoutSchemaCheck::run(validator, pages);
        QVERIFY2(outcome.ran, qPrintable(outcome.output));
        QVERIFY2(outcome.invalid == 0, qPrintable(outcome.output));
    }

    void aBrokenCatalogIsRefused()
    {
        QVERIFY(!ComponentCatalog::fromJson("{"));
        QVERIFY(!ComponentCatalog::fromJson(R"({"format": 2, "types": []})"));
        QVERIFY(!ComponentCatalog::fromJson(R"({"format": 1, "idPattern": "^a$", "types": [{"type": "A"}, {"type": "A"}]})"));
        QVERIFY(!ComponentCatalog::fromJson(R"({"format": 1, "idPattern": "^a$", "types": [{"type": "A", "like": "B"}]})"));
        // An id pattern that is no regular expression (an unclosed group).
        QVERIFY(!ComponentCatalog::fromJson("{\"format\": 1, \"idPattern\": \"\x28\", \"types\": [{\"type\": \"A\"}]}"));
        auto tiny = ComponentCatalog::fromJson(R"({"format": 1, "idPattern": "^[a-z]+[0-9]*$", "types": [{"type": "A", "template": {"x": []}}]})");
        QVERIFY2(tiny, qPrintable(tiny ? QString() : tiny.error().message));
        QCOMPARE(tiny->newComponent(u"A"_s, u"a1"_s, 9).keys(), (QStringList{u"id"_s, u"type"_s, u"x"_s}));
    }
};

QTEST_GUILESS_MAIN(TestComponentCatalog)
#include "tst_componentcatalog.moc"
