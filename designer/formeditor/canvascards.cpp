// The canvas cards: what each row shows (label in the chosen language, binding, badges,
// findings) and the roles the delegate and screen readers read.

#include "canvasmodel.h"

#include "common/session.h"
#include "core/jsondocument.h"
#include "layout/componentcatalog.h"
#include "layout/layoutpagedocument.h"
#include "repository/apprepository.h"
#include "texts/textresourcedocument.h"

#include <QIcon>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {

int flagOf(const Models::Json::Node &value)
{
    if (!value.isValid())
        return 0;
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    return value.isArray() ? 2 : 0;
}

QString bindingText(const Models::Json::Node &bindings)
{
    if (!bindings.isObject() || bindings.size() == 0)
        return {};
    Models::Json::Node main = bindings.member(u"simpleBinding");
    if (!main.isValid())
        main = bindings.member(u"group");
    if (!main.isValid())
        main = bindings.at(0);
    if (main.isObject())
        return main.member(u"field").toString();
    return main.isString() ? main.toString() : QString();
}

// A text as one readable line: markup and line breaks out.
QString plainLine(QString text)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    text.remove(tags);
    text.replace(u"**"_s, QString()).replace(u"__"_s, QString());
    while (text.startsWith(u'#'))
        text.remove(0, 1);
    return text.simplified();
}

} // namespace

void CanvasModel::refreshDetails()
{
    computeCards();
    std::function<void(Node *)> touch = [&](Node *n) {
        if (n->children.empty())
            return;
        const QModelIndex parentIndex = indexOfNode(n);
        Q_EMIT dataChanged(index(0, 0, parentIndex), index(int(n->children.size()) - 1, 0, parentIndex));
        for (auto &c : n->children)
            touch(c.get());
    };
    touch(m_root.get());
}

void CanvasModel::computeCards()
{
    m_cards.clear();
    const Models::LayoutPageDocument *p = page();
    if (!p)
        return;
    // Findings on components: /data/layout/N... -> the component at N.
    QHash<QString, QStringList> problems;
    QHash<QString, int> severity;
    if (m_session) {
        for (const Models::Diagnostic &d : m_session->problems()) {
            if (d.file != m_pageFile)
                continue;
            const QStringList tokens = Models::Json::splitPointer(d.pointer);
            if (tokens.size() < 3 || tokens.at(0) != u"data" || tokens.at(1) != u"layout")
                continue;
            const QString id = p->layoutArray().at(tokens.at(2).toInt()).member(u"id").toString();
            if (id.isEmpty())
                continue;
            problems[id].append(d.message);
            const int s = d.severity == Models::Diagnostic::Severity::Error ? 3
                        : d.severity == Models::Diagnostic::Severity::Warning ? 2 : 1;
            severity[id] = qMax(severity.value(id), s);
        }
    }
    std::function<void(const Node *)> walk = [&](const Node *n) {
        for (const auto &c : n->children) {
            Card card = describe(c->id, problems);
            card.severity = severity.value(c->id);
            m_cards.insert(c->id, card);
            walk(c.get());
        }
    };
    walk(m_root.get());
}

CanvasModel::Card CanvasModel::describe(const QString &id, const QHash<QString, QStringList> &problems) const
{
    Card card;
    const Models::LayoutPageDocument *p = page();
    const Models::ComponentInfo *info = p ? p->component(id) : nullptr;
    card.onPage = info != nullptr;
    card.problems = problems.value(id);
    if (!info)
        return card;
    const Models::ComponentCatalog &catalog = Models::ComponentCatalog::instance();
    const Models::ComponentEntry *entry = catalog.entry(info->type);
    card.type = info->type;
    card.typeName = catalog.displayName(info->type);
    card.known = entry != nullptr;
    card.container = (entry && entry->isContainer()) || !info->childIds.isEmpty();
    const Models::Json::Node node = p->componentNode(id);
    const Models::Json::Node texts = node.member(u"textResourceBindings");
    Models::Json::Node title = texts.member(u"title");
    if (!title.isValid() && texts.isObject() && texts.size() > 0)
        title = texts.at(0);
    if (title.isString()) {
        card.labelKey = title.toString();
        card.label = textOf(card.labelKey);
    } else if (title.isArray()) {
        card.label = tr("(text from an expression)");
    }
    card.binding = bindingText(node.member(u"dataModelBindings"));
    card.required = flagOf(node.member(u"required"));
    card.hidden = flagOf(node.member(u"hidden"));
    return card;
}

// The text of a key in the chosen language, else in another language of the app, else the
// key itself (a key without text in any language is often the text itself).
QString CanvasModel::textOf(const QString &key) const
{
    if (!m_session || key.isEmpty())
        return key;
    const Models::AppRepository &repo = m_session->repo();
    QStringList order{m_language, u"nb"_s, u"nn"_s, u"en"_s};
    order.append(repo.languages());
    for (const QString &lang : std::as_const(order)) {
        const Models::TextResourceDocument *texts = repo.texts(lang);
        if (texts && texts->hasKey(key))
            return plainLine(texts->value(key));
    }
    return key;
}

QVariant CanvasModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeAt(index);
    const Card card = m_cards.value(n->id);
    switch (role) {
    case Qt::DisplayRole:
        return card.label.isEmpty() ? n->id : card.label;
    case Qt::DecorationRole: {
        // One icon per type: an SVG icon renders (and caches) its pixmaps once.
        static QHash<QString, QIcon> icons;
        const Models::ComponentEntry *entry = Models::ComponentCatalog::instance().entry(card.type);
        const QString path = entry ? entry->iconPath() : u":/icons/components/advanced.svg"_s;
        auto it = icons.find(path);
        if (it == icons.end())
            it = icons.insert(path, QIcon(path));
        return *it;
    }
    case Qt::ToolTipRole: {
        QStringList lines{tr("%1 (%2)").arg(n->id, card.typeName.isEmpty() ? card.type : card.typeName)};
        if (!card.onPage)
            lines.append(tr("Listed as a child, but the page has no component with this id."));
        if (!card.binding.isEmpty())
            lines.append(tr("Bound to %1").arg(card.binding));
        lines.append(card.problems);
        return lines.join(u'\n');
    }
    case Qt::AccessibleTextRole: {
        QStringList parts{card.typeName.isEmpty() ? card.type : card.typeName, n->id};
        if (!card.label.isEmpty())
            parts.append(card.label);
        if (!card.binding.isEmpty())
            parts.append(tr("bound to %1").arg(card.binding));
        if (card.required)
            parts.append(tr("required"));
        if (card.hidden)
            parts.append(tr("hidden"));
        if (!card.problems.isEmpty())
            parts.append(tr("%n problem(s)", nullptr, int(card.problems.size())));
        return parts.join(u", "_s);
    }
    case IdRole: return n->id;
    case TypeRole: return card.type;
    case TypeNameRole: return card.typeName;
    case LabelRole: return card.label;
    case LabelKeyRole: return card.labelKey;
    case BindingRole: return card.binding;
    case RequiredRole: return card.required;
    case HiddenRole: return card.hidden;
    case ProblemsRole: return card.problems;
    case ProblemSeverityRole: return card.severity;
    case ContainerRole: return card.container;
    case KnownTypeRole: return card.known;
    case OnPageRole: return card.onPage;
    case DepthRole: {
        int depth = 0;
        for (const Node *p = n->parent; p && p != m_root.get(); p = p->parent)
            ++depth;
        return depth;
    }
    default:
        return {};
    }
}

Qt::ItemFlags CanvasModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Card card = m_cards.value(nodeAt(index)->id);
    if (card.onPage)
        f |= Qt::ItemIsDragEnabled;
    if (card.container)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

} // namespace Designer
