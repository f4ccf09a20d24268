#pragma once

#include "core/jsonvalue.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Models {

// A text in the three languages the designer speaks.
struct LocalizedText {
    QString nb;
    QString nn;
    QString en;

    bool isEmpty() const { return nb.isEmpty() && nn.isEmpty() && en.isEmpty(); }
    bool isComplete() const { return !nb.isEmpty() && !nn.isEmpty() && !en.isEmpty(); }
    // The text in "nb", "nn" or "en"; English when that language is missing.
    QString in(QStringView language) const;
};

struct CatalogCategory {
    QString id;
    QString icon;
    LocalizedText name;
};

// One property a component type accepts (besides id, type, textResourceBindings and
// dataModelBindings, which have their own lists).
struct CatalogProperty {
    QString name;
    QString kind;          // string, boolean, integer, number, enum, object, array, mixed
    QStringList kinds;     // the alternatives of a "mixed" property
    bool expression = false;  // the value may also be an expression
    QList<Json::Value> values;  // allowed values of an enum
    bool hasDefault = false;
    Json::Value defaultValue;
    bool required = false;  // by the layout schema
    LocalizedText label;    // empty for the less common ones
};

struct CatalogText {
    QString key;
    bool required = false;
    LocalizedText label;
};

// A data-model binding key and the data it expects: string, number, boolean, date,
// scalar (any single value), list (of values), group (a list of objects), any.
struct CatalogBinding {
    QString key;
    QString data;
    bool required = false;
    LocalizedText label;
};

// Where a container keeps its children and which types may go there.
struct ContainerSlot {
    QString id;       // "children", "tabs", "cards", "media", "rows", "rowsBefore", "rowsAfter"
    QString path;     // "children", "tabs[].children", "rows[].cells[].component", ...
    QString accepts;  // "any", or a placement a child must list in its fitsIn
    bool single = false;      // one id, not a list (a card's media)
    bool pagePrefix = false;  // children may carry an "N:" inner-page prefix
    LocalizedText rule;       // why a refused child does not fit
};

// How an older frontend writes a type (frontend 3 writes a repeating group as a Group).
struct OlderForm {
    QList<int> versions;
    QString type;
    Json::Value newTemplate;
};

struct ComponentEntry {
    QString type;
    QString category;
    QString icon;
    LocalizedText name;
    LocalizedText help;
    QList<int> versions;   // frontend majors whose palette offers it
    bool legacy = false;   // a name of an older frontend generation (details copied from "like")
    bool internal = false; // made by the app frontend itself, never added by hand
    QString replacedBy;    // legacy: the current name
    QString olderName;     // current type: its legacy name, if any
    QList<OlderForm> olderForms;
    QStringList fitsIn;    // placements: table, buttonGroup, accordion, accordionGroup, cards, cardsMedia, tabs
    QList<ContainerSlot> slots;
    QString generatesChildren;
    QList<CatalogProperty> properties;  // the shared groups expanded, in the schema's order
    QList<CatalogText> texts;
    QList<CatalogBinding> bindings;
    bool bindingsRequired = false;  // the schema requires dataModelBindings
    bool bindingChoice = false;     // exactly one of the binding keys is used
    QString extraBindings;          // data of bindings under other keys; empty = none allowed
    Json::Value newTemplate;        // what a new component must have besides id and type

    bool isContainer() const { return !slots.isEmpty() || !generatesChildren.isEmpty(); }
    QString iconPath() const;  // ":/icons/components/<icon>.svg"
    const CatalogProperty *property(QStringView name) const;
    const CatalogText *text(QStringView key) const;
    const CatalogBinding *binding(QStringView key) const;
    const ContainerSlot *slot(QStringView id) const;
};

// The component types of Altinn layouts, from the bundled catalog (resources/catalog,
// described in resources/README.md): categories, display names, properties, text and
// data-model bindings, container rules and templates, per frontend generation. Types it does
// not know are not errors: they are passed through untouched.
class ComponentCatalog {
public:
    // The bundled catalog, loaded once. If it cannot be read (a build fault), it is empty and
    // loadError() says why.
    static const ComponentCatalog &instance();
    static Result<ComponentCatalog> fromJson(const QByteArray &json);
    const QString &loadError() const { return m_loadError; }

    // "nb", "nn" or "en", from the UI locale.
    static QString uiLanguage();

    QString idPattern() const { return m_idPattern; }
    QList<int> frontendVersions() const { return m_versions; }
    const QList<CatalogCategory> &categories() const { return m_categories; }
    const CatalogCategory *category(QStringView id) const;
    QList<const ComponentEntry *> entries() const;
    const ComponentEntry *entry(QStringView type) const;
    // The name a display uses: the entry's name in the UI language, else the type itself.
    QString displayName(QStringView type) const;

    // The catalog version an app's frontend major maps to (3, 4 or 9).
    int catalogVersion(int frontendMajor) const;
    // The types a palette offers an app of that frontend major: in category order, then by
    // type name. Keys of the catalog (in frontend 3, "RepeatingGroup" is written as a Group).
    QStringList offeredTypes(int frontendMajor) const;
    // The type name that frontend writes for a catalog type ("Heading" in frontend 4 is
    // "Header"); the type itself when no other name applies or it is unknown.
    QString writtenType(const QString &type, int frontendMajor) const;

    // A new component with everything the layout schema requires: children and rows lists,
    // required bindings as empty placeholders, required settings with a sensible value.
    // Unknown types get only id and type.
    Json::Value newComponent(const QString &type, const QString &id, int frontendMajor) const;
    // A readable id that matches the id pattern and is not taken: "Input-k3x9qa".
    QString suggestId(const QString &type, const QSet<QString> &takenIds) const;
    bool isValidId(const QString &id) const;

    // May a component of childType be placed in parentType (in the named slot, else the
    // first one)? When not, reason says why in words for the user.
    bool canContain(const QString &parentType, const QString &childType, QString *reason = nullptr,
                    const QString &slotId = {}) const;

    // When a component changes type: its properties that the new type also accepts, as
    // pointers relative to the component ("/hidden", "/textResourceBindings/title",
    // "/dataModelBindings/simpleBinding").
    QStringList propertiesThatApply(const QString &fromType, const QString &toType) const;

private:
    friend class CatalogReader;

    QString m_loadError;
    QString m_idPattern;
    QRegularExpression m_idRegex;
    QList<int> m_versions;
    QList<CatalogCategory> m_categories;
    QList<ComponentEntry> m_entries;
    QHash<QString, int> m_byType;
};

} // namespace Models
