#include "componentcatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

static void initCatalogResources()
{
    // The resources live in a static library; make sure they are registered.
    Q_INIT_RESOURCE(altinn_data);
}

namespace Models {

QString LocalizedText::in(QStringView language) const
{
    if (language == u"nb" && !nb.isEmpty())
        return nb;
    if (language == u"nn" && !nn.isEmpty())
        return nn;
    return en;
}

QString ComponentEntry::iconPath() const
{
    return u":/icons/components/"_s + icon + u".svg"_s;
}

const CatalogProperty *ComponentEntry::property(QStringView propertyName) const
{
    for (const CatalogProperty &p : properties) {
        if (p.name == propertyName)
            return &p;
    }
    return nullptr;
}

const CatalogText *ComponentEntry::text(QStringView key) const
{
    for (const CatalogText &t : texts) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

const CatalogBinding *ComponentEntry::binding(QStringView key) const
{
    for (const CatalogBinding &b : bindings) {
        if (b.key == key)
            return &b;
    }
    return nullptr;
}

const ContainerSlot *ComponentEntry::slot(QStringView slotId) const
{
    for (const ContainerSlot &s : slots) {
        if (s.id == slotId)
            return &s;
    }
    return nullptr;
}

const ComponentCatalog &ComponentCatalog::instance()
{
    static const ComponentCatalog catalog = [] {
        initCatalogResources();
        QFile file(u":/catalog/components.json"_s);
        ComponentCatalog empty;
        if (!file.open(QIODevice::ReadOnly)) {
            empty.m_loadError = QCoreApplication::translate("ComponentCatalog", "The component catalog is missing from the program.");
            return empty;
        }
        Result<ComponentCatalog> loaded = fromJson(file.readAll());
        if (!loaded) {
            empty.m_loadError = loaded.error().toString();
            return empty;
        }
        return std::move(loaded.value());
    }();
    return catalog;
}

QString ComponentCatalog::uiLanguage()
{
    const QLocale locale;
    if (locale.language() == QLocale::NorwegianNynorsk)
        return u"nn"_s;
    if (locale.language() == QLocale::NorwegianBokmal)
        return u"nb"_s;
    return u"en"_s;
}

const CatalogCategory *ComponentCatalog::category(QStringView id) const
{
    for (const CatalogCategory &c : m_categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QList<const ComponentEntry *> ComponentCatalog::entries() const
{
    QList<const ComponentEntry *> out;
    for (const ComponentEntry &e : m_entries)
        out.append(&e);
    return out;
}

const ComponentEntry *ComponentCatalog::entry(QStringView type) const
{
    const auto it = m_byType.constFind(type.toString());
    return it == m_byType.cend() ? nullptr : &m_entries.at(it.value());
}

QString ComponentCatalog::displayName(QStringView type) const
{
    const ComponentEntry *e = entry(type);
    return e ? e->name.in(uiLanguage()) : type.toString();
}

int ComponentCatalog::catalogVersion(int frontendMajor) const
{
    // The newest catalog generation not newer than the app's; older apps get the oldest.
    int best = m_versions.isEmpty() ? frontendMajor : m_versions.first();
    for (int v : m_versions) {
        if (v <= frontendMajor)
            best = qMax(best, v);
    }
    return best;
}

QStringList ComponentCatalog::offeredTypes(int frontendMajor) const
{
    const int version = catalogVersion(frontendMajor);
    QList<const ComponentEntry *> offered;
    for (const ComponentEntry &e : m_entries) {
        if (!e.internal && e.versions.contains(version))
            offered.append(&e);
    }
    auto categoryIndex = [this](const QString &id) {
        for (qsizetype i = 0; i < m_categories.size(); ++i) {
            if (m_categories.at(i).id == id)
                return int(i);
        }
        return int(m_categories.size());
    };
    std::stable_sort(offered.begin(), offered.end(), [&](const ComponentEntry *a, const ComponentEntry *b) {
        const int ca = categoryIndex(a->category), cb = categoryIndex(b->category);
        if (ca != cb)
            return ca < cb;
        return a->type.compare(b->type, Qt::CaseInsensitive) < 0;
    });
    QStringList out;
    for (const ComponentEntry *e : offered)
        out.append(e->type);
    return out;
}

// The entry whose name the app's frontend writes for `type`, and the older form it uses.
static const ComponentEntry *entryForVersion(const ComponentCatalog &catalog, const ComponentEntry *e, int version,
                                             const OlderForm **form)
{
    *form = nullptr;
    if (e->legacy && !e->versions.contains(version) && !e->replacedBy.isEmpty()) {
        const int newest = e->versions.isEmpty() ? 0 : *std::max_element(e->versions.cbegin(), e->versions.cend());
        if (version > newest) {
            if (const ComponentEntry *newer = catalog.entry(e->replacedBy))
                e = newer;
        }
    }
    if (!e->legacy && !e->versions.contains(version) && !e->olderName.isEmpty()) {
        const ComponentEntry *older = catalog.entry(e->olderName);
        if (older && older->versions.contains(version))
            e = older;
    }
    for (const OlderForm &f : e->olderForms) {
        if (f.versions.contains(version))
            *form = &f;
    }
    return e;
}

QString ComponentCatalog::writtenType(const QString &type, int frontendMajor) const
{
    const ComponentEntry *e = entry(type);
    if (!e)
        return type;
    const OlderForm *form = nullptr;
    e = entryForVersion(*this, e, catalogVersion(frontendMajor), &form);
    return form ? form->type : e->type;
}

Json::Value ComponentCatalog::newComponent(const QString &type, const QString &id, int frontendMajor) const
{
    Json::Value component = Json::Value::object({{u"id"_s, Json::Value(id)}, {u"type"_s, Json::Value(type)}});
    const ComponentEntry *e = entry(type);
    if (!e)
        return component;  // a type the catalog does not know: nothing to add
    const OlderForm *form = nullptr;
    e = entryForVersion(*this, e, catalogVersion(frontendMajor), &form);
    component.insert(u"type"_s, Json::Value(form ? form->type : e->type));
    const Json::Value &templ = form ? form->newTemplate : e->newTemplate;
    for (const Json::Value::Member &m : templ.members())
        component.insert(m.first, m.second);
    return component;
}

bool ComponentCatalog::isValidId(const QString &id) const
{
    return m_idRegex.isValid() && m_idRegex.match(id).hasMatch();
}

QString ComponentCatalog::suggestId(const QString &type, const QSet<QString> &takenIds) const
{
    // "<Type>-<6 letters and digits>", as Altinn Studio names new components; the random part
    // keeps ids unique when several people add components to the same layout set.
    QString base;
    for (const QChar c : type) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            base.append(c);
    }
    if (base.isEmpty())
        base = u"Component"_s;
    static constexpr char16_t alphabet[] = u"abcdefghijkmnpqrstuvwxyz23456789";
    constexpr int alphabetSize = int(std::size(alphabet)) - 1;
    for (int attempt = 0;; ++attempt) {
        QString id = base + u'-';
        for (int i = 0; i < 6; ++i)
            id.append(QChar(alphabet[QRandomGenerator::global()->bounded(alphabetSize)]));
        if (!takenIds.contains(id) && isValidId(id))
            return id;
        if (attempt > 1000)  // only a broken id pattern gets here
            return id;
    }
}

bool ComponentCatalog::canContain(const QString &parentType, const QString &childType, QString *reason,
                                  const QString &slotId) const
{
    auto refuse = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    const QString lang = uiLanguage();
    const ComponentEntry *parent = entry(parentType);
    if (!parent)
        return refuse(QCoreApplication::translate("ComponentCatalog", "The designer does not know the component type \"%1\", so it cannot place components in it.")
                          .arg(parentType));
    const QString parentName = parent->name.in(lang);
    if (parent->slots.isEmpty()) {
        if (!parent->generatesChildren.isEmpty())
            return refuse(QCoreApplication::translate("ComponentCatalog", "\"%1\" makes its rows itself; components cannot be added to it.").arg(parentName));
        return refuse(QCoreApplication::translate("ComponentCatalog", "\"%1\" cannot hold other components.").arg(parentName));
    }
    const ContainerSlot *slot = slotId.isEmpty() ? &parent->slots.first() : parent->slot(slotId);
    if (!slot)
        return refuse(QCoreApplication::translate("ComponentCatalog", "\"%1\" has no place called \"%2\".").arg(parentName, slotId));
    const ComponentEntry *child = entry(childType);
    if (child && child->internal)
        return refuse(QCoreApplication::translate("ComponentCatalog", "\"%1\" is made by the app itself and cannot be added by hand.")
                          .arg(child->name.in(lang)));
    if (slot->accepts == u"any")
        return true;
    if (!child)
        return refuse(QCoreApplication::translate("ComponentCatalog", "The designer does not know whether the component type \"%1\" may be placed in \"%2\".")
                          .arg(childType, parentName));
    if (!child->fitsIn.contains(slot->accepts))
        return refuse(QCoreApplication::translate("ComponentCatalog", "\"%1\" cannot be placed in \"%2\". %3")
                          .arg(child->name.in(lang), parentName, slot->rule.in(lang)));
    return true;
}

static bool sameKind(const CatalogProperty &from, const CatalogProperty &to)
{
    if (from.kind != to.kind || (from.expression && !to.expression))
        return false;
    if (from.kind == u"enum") {
        for (const Json::Value &v : from.values) {
            if (!to.values.contains(v))
                return false;
        }
    }
    return true;
}

QStringList ComponentCatalog::propertiesThatApply(const QString &fromType, const QString &toType) const
{
    const ComponentEntry *from = entry(fromType);
    const ComponentEntry *to = entry(toType);
    if (!from || !to)
        return {};
    QStringList out;
    for (const CatalogProperty &p : from->properties) {
        const CatalogProperty *q = to->property(p.name);
        if (q && sameKind(p, *q))
            out.append(u"/"_s + p.name);
    }
    for (const CatalogText &t : from->texts) {
        if (to->text(t.key))
            out.append(u"/textResourceBindings/"_s + t.key);
    }
    // A binding stays when it keeps its shape (one value, a list of values, a list of rows):
    // the field it names is the same, only the component showing it changes.
    auto shape = [](const QString &data) {
        if (data == u"group" || data == u"list" || data == u"any")
            return data;
        return u"value"_s;
    };
    for (const CatalogBinding &b : from->bindings) {
        const CatalogBinding *c = to->binding(b.key);
        if (c && (shape(c->data) == shape(b.data) || c->data == u"any" || b.data == u"any"))
            out.append(u"/dataModelBindings/"_s + b.key);
    }
    return out;
}

} // namespace Models
