#include "propertypanel.h"

#include "common/session.h"
#include "edits/layoutedits.h"
#include "expressioneditor.h"
#include "layout/componentcatalog.h"
#include "layout/layoutpagedocument.h"
#include "propertyfields.h"
#include "repository/apprepository.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Models::Json::Value;

namespace Designer {

PropertyPanel::PropertyPanel(QWidget *parent)
    : QWidget(parent), m_refreshTimer(new QTimer(this)), m_scroll(new QScrollArea(this)), m_message(new QLabel(this))
{
    setAccessibleName(tr("Properties"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    styleAsError(m_message);
    m_message->setAccessibleName(tr("Message"));
    m_message->setContentsMargins(6, 4, 6, 4);
    m_message->hide();
    column->addWidget(m_message);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    column->addWidget(m_scroll, 1);
    // Refreshing after the event that changed the document: an edit made from a field's
    // signal never deletes that field while its signal is still running.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &PropertyPanel::refreshNow);
    showPlaceholder(tr("Select a component to see its properties."));
}

PropertyPanel::~PropertyPanel()
{
    // The editors go first, while the panel is whole: a field that loses the focus while the
    // window closes must not commit into a panel half destroyed.
    m_refreshTimer->stop();
    m_session = nullptr;
    if (m_expressionDialog)
        delete m_expressionDialog;
    delete m_scroll->takeWidget();
}

void PropertyPanel::setSession(Session *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_pageFile.clear();
    m_componentId.clear();
    m_fieldCache.clear();
    if (m_session) {
        connect(m_session, &Session::documentChanged, this, &PropertyPanel::onDocumentChanged);
        connect(m_session, &Session::structureChanged, this, [this] {
            m_fieldCache.clear();
            scheduleRefresh();
        });
        connect(m_session, &QObject::destroyed, this, [this] {
            m_session = nullptr;
            showPlaceholder(tr("Select a component to see its properties."));
        });
    }
    m_shape.clear();
    refreshNow();
}

void PropertyPanel::showComponent(const QString &pageFile, const QString &componentId)
{
    if (pageFile == m_pageFile && componentId == m_componentId && !m_shape.isEmpty())
        return;
    if (m_expressionDialog)
        m_expressionDialog->reject();  // it belongs to the component that was shown
    m_pageFile = pageFile;
    m_componentId = componentId;
    m_componentIndex = -1;
    m_pageIds.clear();
    m_shape.clear();
    m_message->hide();
    refreshNow();
}

void PropertyPanel::onDocumentChanged(Models::Document *document)
{
    using Models::FileKind;
    if (document->kind() == FileKind::DataModelSchema || document->kind() == FileKind::ApplicationMetadata)
        m_fieldCache.clear();
    m_textKeys.reset();
    m_componentIds.reset();
    scheduleRefresh();
}

void PropertyPanel::scheduleRefresh()
{
    m_refreshTimer->start();
}

Models::LayoutPageDocument *PropertyPanel::page() const
{
    if (!m_session || m_pageFile.isEmpty())
        return nullptr;
    return qobject_cast<Models::LayoutPageDocument *>(m_session->repo().document(m_pageFile));
}

// Reads the component from the page. When its id is gone and, at the same place, a component
// of the same type has an id the page did not have before, the id was changed (an undone or
// redone rename, an edit in the JSON): the panel follows it. A component that was deleted is
// not confused with the one that moved up into its place.
bool PropertyPanel::takeSnapshot()
{
    const Models::LayoutPageDocument *p = page();
    if (!p || m_componentId.isEmpty())
        return false;
    const Models::ComponentInfo *info = p->component(m_componentId);
    if (!info && m_componentIndex >= 0 && p->components().size() == m_pageIds.size()) {
        for (const Models::ComponentInfo &c : p->components()) {
            if (c.index == m_componentIndex && c.type == m_type && !c.id.isEmpty() && !m_pageIds.contains(c.id)) {
                const QString old = std::exchange(m_componentId, c.id);
                info = p->component(m_componentId);
                Q_EMIT componentIdChanged(m_pageFile, old, m_componentId);
                break;
            }
        }
    }
    if (!info)
        return false;
    m_componentIndex = info->index;
    m_type = info->type;
    m_pageIds.clear();
    for (const Models::ComponentInfo &c : p->components())
        m_pageIds.append(c.id);
    m_component = p->componentNode(m_componentId).toValue();
    m_entry = Models::ComponentCatalog::instance().entry(m_type);
    return true;
}

void PropertyPanel::refreshNow()
{
    m_refreshTimer->stop();
    if (!m_session || m_componentId.isEmpty()) {
        m_shape.clear();
        showPlaceholder(tr("Select a component to see its properties."));
        return;
    }
    if (!takeSnapshot()) {
        m_shape.clear();
        showPlaceholder(page() ? tr("The component \"%1\" is no longer on this page.").arg(m_componentId)
                               : tr("The page %1 is not open.").arg(m_pageFile));
        return;
    }
    const QString shape = shapeKey();
    if (shape != m_shape) {
        m_shape = shape;
        rebuild();
        return;
    }
    loadLineEdit(m_idEdit, m_componentId);
    checkIdAsTyped();
    for (const QPointer<PropertyField> &f : std::as_const(m_fields)) {
        if (f)
            f->reload();
    }
}

QString PropertyPanel::shapeKey() const
{
    QStringList parts{m_type, languages().join(u','), dataTypes().join(u','), unknownKeys().join(u',')};
    for (const char16_t *group : {u"textResourceBindings", u"dataModelBindings"}) {
        QStringList keys = m_component.value(group).keys();
        keys.sort();
        parts.append(keys.join(u','));
    }
    parts.append(m_showAllTexts ? u"all"_s : u"some"_s);
    return parts.join(u'|');
}

void PropertyPanel::showPlaceholder(const QString &text)
{
    m_fields.clear();
    m_idEdit = nullptr;
    m_idError = nullptr;
    auto *label = new QLabel(text);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    styleAsNote(label);
    retireContent();
    m_content = label;
    m_scroll->setWidget(label);
}

// The editors being replaced may be inside one of their own signals: they go later.
void PropertyPanel::retireContent()
{
    if (QWidget *old = m_scroll->takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    m_content = nullptr;
}

void PropertyPanel::rebuild()
{
    // Where the user was: the focused editor (by name) and the scroll position.
    QString focusName;
    int cursor = -1;
    if (QWidget *f = QApplication::focusWidget(); f && m_content && m_content->isAncestorOf(f)) {
        focusName = f->objectName();
        if (auto *line = qobject_cast<QLineEdit *>(f))
            cursor = line->cursorPosition();
    }
    const int scroll = m_scroll->verticalScrollBar()->value();

    m_fields.clear();
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->addWidget(buildHeader(content));
    column->addWidget(buildIdSection(content));
    for (QWidget *section : {buildTextSection(content), buildBindingSection(content), buildBehaviourSection(content),
                             buildOptionsSection(content), buildSettingsSection(content), buildUnknownSection(content)}) {
        if (section)
            column->addWidget(section);
    }
    column->addStretch();
    retireContent();
    m_content = content;
    m_scroll->setWidget(content);
    m_scroll->verticalScrollBar()->setValue(scroll);
    if (!focusName.isEmpty()) {
        if (auto *w = content->findChild<QWidget *>(focusName)) {
            w->setFocus();
            if (auto *line = qobject_cast<QLineEdit *>(w); line && cursor >= 0)
                line->setCursorPosition(cursor);
        }
    }
}

PropertyField *PropertyPanel::field(const QString &pointer) const
{
    for (const QPointer<PropertyField> &f : m_fields) {
        if (f && f->pointer() == pointer)
            return f;
    }
    return nullptr;
}

void PropertyPanel::registerField(PropertyField *field)
{
    m_fields.append(field);
    QWidget *target = field->focusTarget();
    if (target && target->objectName().isEmpty())
        target->setObjectName(u"field:"_s + field->pointer());
}

void PropertyPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

// ---- changes ----

bool PropertyPanel::setProperty(const QString &pointer, std::optional<Value> value, bool typing)
{
    auto edit = std::make_unique<Models::SetComponentPropertyEdit>(m_pageFile, m_componentId, pointer, std::move(value));
    if (typing)
        return perform(std::move(edit));
    // A macro never merges: each click stays its own undo step.
    auto step = std::make_unique<Models::MacroEdit>(edit->description());
    step->add(std::move(edit));
    return perform(std::move(step));
}

bool PropertyPanel::perform(std::unique_ptr<Models::Edit> edit)
{
    if (!m_session)
        return false;
    QString error;
    if (!m_session->perform(std::move(edit), &error)) {
        showMessage(error);
        return false;
    }
    showMessage({});
    // Later commits in the same event see the new state; the editors follow right after.
    takeSnapshot();
    scheduleRefresh();
    return true;
}

void PropertyPanel::checkIdAsTyped()
{
    const QString id = m_idEdit->text().trimmed();
    QString error;
    if (id != m_componentId && m_session) {
        const Models::Status st = Models::checkComponentId(m_session->repo(), m_pageFile, id);
        if (!st)
            error = st.error().message;
    }
    m_idError->setText(error);
    m_idError->setVisible(!error.isEmpty());
}

void PropertyPanel::commitId()
{
    if (!m_session || !m_idEdit)
        return;
    const QString newId = m_idEdit->text().trimmed();
    m_idEdit->setModified(false);
    checkIdAsTyped();
    if (newId == m_componentId || m_idError->isVisible())
        return;  // nothing to do, or the error stays shown and nothing is written
    const QString oldId = m_componentId;
    auto edit = std::make_unique<Models::ChangeComponentIdEdit>(m_session->repo(), m_pageFile, oldId, newId);
    QString error;
    if (!m_session->perform(std::move(edit), &error)) {
        m_idError->setText(error);
        m_idError->show();
        return;
    }
    m_componentId = newId;
    m_componentIds.reset();
    takeSnapshot();
    scheduleRefresh();
    Q_EMIT componentIdChanged(m_pageFile, oldId, newId);
}

ExpressionDialog *PropertyPanel::expressionDialog() const
{
    return m_expressionDialog;
}

void PropertyPanel::editExpression(const QString &title, const Value &initial, Models::ValueType type,
                                   std::function<void(const Value &)> accepted)
{
    if (m_expressionDialog)
        m_expressionDialog->close();
    auto *dialog = new ExpressionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Expression for %1 of %2").arg(title, m_componentId));
    ExpressionEditor *editor = dialog->editor();
    editor->setExpectedType(type);
    QStringList paths;
    for (const FieldInfo &f : fields(defaultDataType()))
        paths.append(f.path);
    editor->setCompletions(componentIds(), paths);
    editor->setExpression(initial);
    connect(dialog, &QDialog::accepted, this, [dialog, accepted] { accepted(dialog->expression()); });
    m_expressionDialog = dialog;
    dialog->open();
}

} // namespace Designer
