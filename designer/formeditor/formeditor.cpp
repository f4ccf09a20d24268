#include "formeditor.h"

#include "canvasview.h"
#include "codeview/editablecodeview.h"
#include "common/session.h"
#include "componentpalette.h"
#include "core/jsondocument.h"
#include "fieldpalette.h"
#include "formmime.h"
#include "layout/componentcatalog.h"
#include "layout/layoutpagedocument.h"
#include "pagejsonpane.h"
#include "pagelist.h"
#include "process/processdocument.h"
#include "properties/propertypanel.h"
#include "repository/apprepository.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Designer {

FormEditor::FormEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 2);
    auto *top = new QHBoxLayout;
    m_sets = new QComboBox(this);
    auto *setLabel = new QLabel(tr("&Layout set:"), this);
    setLabel->setBuddy(m_sets);
    m_sets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sets->setAccessibleName(tr("Layout set"));
    m_sets->setToolTip(tr("The layout set (process task or subform) whose pages are shown"));
    top->addWidget(setLabel);
    top->addWidget(m_sets);
    top->addSpacing(16);
    m_languages = new QComboBox(this);
    auto *langLabel = new QLabel(tr("&Texts in:"), this);
    langLabel->setBuddy(m_languages);
    m_languages->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_languages->setAccessibleName(tr("Language of the texts on the canvas"));
    m_languages->setToolTip(tr("The language the cards show their texts in"));
    top->addWidget(langLabel);
    top->addWidget(m_languages);
    top->addStretch(1);
    layout->addLayout(top);

    createActions();
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(createLeftColumn());
    split->addWidget(createCenter());
    m_properties = new PropertyPanel(split);
    m_properties->setMinimumWidth(240);
    split->addWidget(m_properties);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 0);
    split->setSizes({210, 560, 430});
    layout->addWidget(split, 1);

    connect(m_sets, &QComboBox::currentIndexChanged, this, &FormEditor::onSetChanged);
    connect(m_languages, &QComboBox::currentIndexChanged, this, [this] {
        if (m_languages->currentIndex() >= 0)
            m_model->setTextLanguage(m_languages->currentData().toString());
    });
    connect(m_pages, &PageList::currentPageChanged, this, &FormEditor::showPage);
    connect(m_pages, &PageList::componentDropped, this, [this](const QMimeData *mime, const QString &page) {
        FormMime::CanvasDrag drag;
        if (FormMime::canvasDrag(mime, &drag))
            moveComponentToPage(drag.pageFile, drag.componentId, page);
    });
    connect(m_palette, &ComponentPalette::addRequested, this, &FormEditor::addComponent);
    connect(m_fields, &FieldPalette::addRequested, this, &FormEditor::addField);
    connect(m_canvas->selectionModel(), &QItemSelectionModel::currentChanged, this, &FormEditor::onCurrentChanged);
    connect(m_canvas, &CanvasView::refusalChanged, this, [this](const QString &reason) {
        if (!reason.isEmpty())
            showMessage(reason, true);
    });
    connect(m_model, &CanvasModel::dropRefused, this, [this](const QString &reason) { showMessage(reason, true); });
    connect(m_json, &PageJsonPane::componentAtCursor, this, [this](const QString &id) {
        if (id == m_canvas->currentId())
            return;
        m_syncing = true;
        m_wantedId = id;
        m_canvas->selectId(id);
        m_syncing = false;
    });
    connect(m_properties, &PropertyPanel::componentIdChanged, this, [this](const QString &page, const QString &, const QString &newId) {
        selectComponent(page, newId);
    });
    m_model->setDropHandlers(
        [this](const QMimeData *mime, Qt::DropAction action, const CanvasModel::DropTarget &target) {
            return dropRefusal(mime, action, target);
        },
        [this](const QMimeData *mime, Qt::DropAction action, const CanvasModel::DropTarget &target) {
            return drop(mime, action, target);
        });
    updateActions();
}

FormEditor::~FormEditor() = default;


void FormEditor::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_wantedId.clear();
    m_model->setSession(session);
    m_json->setSession(session);
    m_fields->setSession(session);
    m_properties->setSession(session);
    m_pages->setSession(session);
    {
        QSignalBlocker block(m_languages);
        m_languages->clear();
        if (session) {
            for (const QString &lang : session->repo().languages()) {
                // Names as the people who write the texts call them.
                static const QHash<QString, QString> names{{u"nb"_s, u"bokmål"_s}, {u"nn"_s, u"nynorsk"_s}, {u"en"_s, u"English"_s}};
                QString name = names.value(lang);
                if (name.isEmpty() && QLocale(lang).language() != QLocale::C)
                    name = QLocale(lang).nativeLanguageName();
                m_languages->addItem(name.isEmpty() ? lang : u"%1 (%2)"_s.arg(name, lang), lang);
            }
            const int ui = m_languages->findData(Models::ComponentCatalog::uiLanguage());
            m_languages->setCurrentIndex(ui >= 0 ? ui : 0);
            if (m_languages->currentIndex() >= 0)
                m_model->setTextLanguage(m_languages->currentData().toString());
        }
    }
    if (m_session) {
        connect(m_session, &Session::structureChanged, this, &FormEditor::rebuildSets);
        connect(m_session, &Session::documentChanged, this, &FormEditor::onDocumentChanged);
        connect(m_session, &Session::problemsChanged, m_model, &CanvasModel::refreshDetails);
    }
    m_palette->setFrontendMajor(frontendMajor());
    rebuildSets();
    // Start with something to look at: the first component of the first page.
    if (m_session && m_model->rowCount() > 0)
        m_canvas->setCurrentIndex(m_model->index(0, 0));
}

int FormEditor::frontendMajor() const
{
    if (!m_session)
        return 0;
    const int major = m_session->repo().version().frontendMajor;
    const QList<int> known = Models::ComponentCatalog::instance().frontendVersions();
    return major > 0 ? major : known.value(known.size() - 1, 9);
}

void FormEditor::rebuildSets()
{
    const QString current = m_sets->currentData().toString();
    {
        QSignalBlocker block(m_sets);
        m_sets->clear();
        if (m_session) {
            for (const Models::LayoutSet &set : m_session->repo().layoutSets()) {
                QString label = set.displayName();
                const Models::ProcessDocument *process = m_session->repo().process();
                if (set.subform) {
                    label += tr(" (subform)");
                } else if (!set.tasks.isEmpty() && set.tasks.first() != set.id) {
                    label += tr(" (task %1)").arg(set.tasks.join(u", "_s));
                } else if (process) {
                    for (const auto &task : process->tasks()) {
                        if (task.id == set.id && !task.name.isEmpty())
                            label += u" \u2014 "_s + task.name;
                    }
                }
                m_sets->addItem(label, set.id);
            }
        }
        const int index = m_sets->findData(current);
        m_sets->setCurrentIndex(index >= 0 ? index : (m_sets->count() > 0 ? 0 : -1));
    }
    onSetChanged();
}

QString FormEditor::currentLayoutSet() const
{
    return m_sets->currentData().toString();
}

void FormEditor::onSetChanged()
{
    const auto set = m_session ? m_session->repo().layoutSet(currentLayoutSet()) : std::nullopt;
    m_fields->setDataType(set ? m_session->repo().defaultDataTypeOf(*set) : QString());
    m_pages->setLayoutSet(set ? set->id : QString());
    if (m_model->pageFile() != m_pages->currentPageFile())
        showPage(m_pages->currentPageFile());
}

Models::LayoutPageDocument *FormEditor::currentPage() const
{
    return m_model->page();
}

QString FormEditor::currentPageFile() const
{
    return m_model->pageFile();
}

QString FormEditor::currentComponentId() const
{
    return m_canvas->currentId();
}

void FormEditor::showPage(const QString &pageFile)
{
    if (pageFile == m_model->pageFile() && !pageFile.isEmpty())
        return;
    m_syncing = true;
    m_model->setPage(pageFile);
    m_json->setPageFile(pageFile);
    m_dropCache.reset();
    m_syncing = false;
    const Models::LayoutPageDocument *page = currentPage();
    m_pageTitle->setText(page ? tr("<b>%1</b> &nbsp;<span style='color:gray'>%n component(s)</span>", nullptr,
                                   int(page->components().size())).arg(page->pageName().toHtmlEscaped())
                              : QString());
    if (!m_wantedId.isEmpty() && m_model->indexOf(m_wantedId).isValid())
        restoreSelection();
    else
        onCurrentChanged();
    if (m_session && page)
        m_session->setCurrentFile(pageFile);
    showMessage(QString());
}

void FormEditor::onDocumentChanged(Models::Document *document)
{
    if (!document)
        return;
    m_dropCache.reset();
    const Models::FileKind kind = document->kind();
    if (document == currentPage()) {
        // The text first: selecting a component selects its span in the new text.
        m_json->syncFromDocument();
        m_syncing = true;
        m_model->update();
        m_syncing = false;
        restoreSelection();
        if (!m_json->editor()->hasFocus())
            m_json->showComponent(m_canvas->currentId());
        const Models::LayoutPageDocument *page = currentPage();
        m_pageTitle->setText(tr("<b>%1</b> &nbsp;<span style='color:gray'>%n component(s)</span>", nullptr,
                                int(page->components().size())).arg(page->pageName().toHtmlEscaped()));
        updateActions();
    } else if (kind == Models::FileKind::TextResource) {
        m_model->refreshDetails();
    } else if (kind == Models::FileKind::DataModelSchema) {
        m_fields->reload();
    } else if (kind == Models::FileKind::ApplicationMetadata || kind == Models::FileKind::LayoutSettings
               || kind == Models::FileKind::LayoutSets) {
        const auto set = m_session->repo().layoutSet(currentLayoutSet());
        m_fields->setDataType(set ? m_session->repo().defaultDataTypeOf(*set) : QString());
    }
}

// After an edit the selection follows the component the user works on, by id.
void FormEditor::restoreSelection()
{
    if (m_wantedId.isEmpty() || m_canvas->currentId() == m_wantedId)
        return;
    if (m_model->indexOf(m_wantedId).isValid()) {
        m_canvas->selectId(m_wantedId);
        return;
    }
    onCurrentChanged();
}

void FormEditor::onCurrentChanged()
{
    const QString id = m_canvas->currentId();
    // While the rows follow an edit the current row may jump; the component the user chose
    // stays wanted and is selected again afterwards.
    if (!m_syncing)
        m_wantedId = id;
    if (!m_syncing)
        m_json->showComponent(id);
    m_properties->showComponent(currentPageFile(), id);
    const Models::LayoutPageDocument *page = currentPage();
    if (m_session && page && !id.isEmpty()) {
        const Models::Json::Node node = page->componentNode(id);
        m_session->setCurrentFile(page->relativePath(), node.isValid() ? node.line() : 0);
    }
    updateActions();
}

bool FormEditor::selectComponent(const QString &pageFile, const QString &componentId)
{
    if (!m_session)
        return false;
    const auto set = m_session->repo().layoutSetOf(m_session->repo().document(pageFile));
    if (!set)
        return false;
    const int setIndex = m_sets->findData(set->id);
    if (setIndex < 0)
        return false;
    if (m_sets->currentIndex() != setIndex)
        m_sets->setCurrentIndex(setIndex);
    m_pages->selectPage(pageFile);
    if (currentPageFile() != pageFile)
        showPage(pageFile);
    if (currentPageFile() != pageFile)
        return false;
    if (componentId.isEmpty())
        return true;
    m_wantedId = componentId;
    return m_canvas->selectId(componentId);
}

bool FormEditor::showLocation(const QString &file, const QString &pointer)
{
    const auto *page = m_session ? qobject_cast<const Models::LayoutPageDocument *>(m_session->repo().document(file)) : nullptr;
    if (!page)
        return false;
    const QStringList tokens = Models::Json::splitPointer(pointer);
    QString id;
    if (tokens.size() >= 3 && tokens.at(0) == u"data" && tokens.at(1) == u"layout")
        id = page->layoutArray().at(tokens.at(2).toInt()).member(u"id").toString();
    return selectComponent(file, id);
}

void FormEditor::showMessage(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? u"QLabel { color: #b71c1c; }"_s : QString());
    m_message->setText(text);
    if (problem && m_session && !text.isEmpty())
        Q_EMIT m_session->message(text);
}

void FormEditor::updateActions()
{
    const Models::LayoutPageDocument *page = currentPage();
    const QString id = currentComponentId();
    const bool has = page && !id.isEmpty() && page->component(id);
    const bool editable = page && !page->isReadOnly();
    for (Action a : {Cut, Duplicate, Delete, RenameId, MoveUp, MoveDown, MoveIntoPrevious, MoveOut, MoveToPreviousPage, MoveToNextPage})
        m_actions[a]->setEnabled(has && editable);
    m_actions[Copy]->setEnabled(has);
    m_actions[Paste]->setEnabled(editable);
    m_changeTypeButton->setEnabled(has && editable);
}

} // namespace Designer
