// The Forms editor's widgets and actions: the left column (pages, palette, data-model
// fields), the canvas with its JSON beside it, the tool buttons, menus and shortcuts.

#include "formeditor.h"

#include "canvasview.h"
#include "componentpalette.h"
#include "fieldpalette.h"
#include "layout/componentcatalog.h"
#include "pagejsonpane.h"
#include "pagelist.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {

// A small icon drawn from a character, for tool buttons that have no room for words (the
// actions keep their names for menus, tooltips and screen readers).
QIcon glyphIcon(const QString &glyph, const QColor &colour)
{
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::TextAntialiasing);
        QFont font = painter.font();
        font.setPixelSize(size * 3 / 4);
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(colour);
        if (glyph == u"\u29c9") {
            // Two overlapping sheets: not every font has the character.
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(colour, qMax(1.0, size / 12.0)));
            const qreal u = size / 16.0;
            painter.drawRoundedRect(QRectF(2.5 * u, 2.5 * u, 8 * u, 8 * u), u, u);
            painter.fillRect(QRectF(5.5 * u, 5.5 * u, 8 * u, 8 * u), Qt::transparent);
            painter.setCompositionMode(QPainter::CompositionMode_Source);
            painter.setBrush(Qt::transparent);
            painter.drawRoundedRect(QRectF(5.5 * u, 5.5 * u, 8 * u, 8 * u), u, u);
        } else {
            painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, glyph);
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QToolButton *iconButton(QAction *action, const QString &glyph, QWidget *parent)
{
    action->setIcon(glyphIcon(glyph, parent->palette().color(QPalette::WindowText)));
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonIconOnly);
    b->setAutoRaise(true);
    b->setAccessibleName(action->text().remove(u'&'));
    return b;
}

} // namespace

QWidget *FormEditor::createLeftColumn()
{
    auto *column = new QSplitter(Qt::Vertical, this);
    column->setChildrenCollapsible(false);
    auto *pagesBox = new QWidget(column);
    auto *pagesLayout = new QVBoxLayout(pagesBox);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    pagesLayout->setSpacing(2);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Pages</b>"), pagesBox);
    header->addWidget(title);
    header->addStretch();
    m_pages = new PageList(pagesBox);
    title->setBuddy(m_pages);
    header->addWidget(iconButton(m_pages->addAction(), u"+"_s, pagesBox));
    header->addWidget(iconButton(m_pages->duplicateAction(), u"\u29c9"_s, pagesBox));
    header->addWidget(iconButton(m_pages->renameAction(), u"\u270e"_s, pagesBox));
    header->addWidget(iconButton(m_pages->moveUpAction(), u"\u2191"_s, pagesBox));
    header->addWidget(iconButton(m_pages->moveDownAction(), u"\u2193"_s, pagesBox));
    header->addWidget(iconButton(m_pages->deleteAction(), u"\u2715"_s, pagesBox));
    pagesLayout->addLayout(header);
    pagesLayout->addWidget(m_pages, 1);
    column->addWidget(pagesBox);

    m_paletteTabs = new QTabWidget(column);
    m_palette = new ComponentPalette(m_paletteTabs);
    m_fields = new FieldPalette(m_paletteTabs);
    m_paletteTabs->addTab(m_palette, tr("Components"));
    m_paletteTabs->addTab(m_fields, tr("Data model"));
    m_paletteTabs->setTabToolTip(0, tr("Components to drag onto the page"));
    m_paletteTabs->setTabToolTip(1, tr("Fields of the data model: drag one onto the page to add a bound component"));
    column->addWidget(m_paletteTabs);
    column->setStretchFactor(0, 1);
    column->setStretchFactor(1, 3);
    column->setMinimumWidth(200);
    return column;
}

QWidget *FormEditor::createCenter()
{
    auto *center = new QWidget(this);
    auto *layout = new QVBoxLayout(center);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *header = new QHBoxLayout;
    m_pageTitle = new QLabel(center);
    m_pageTitle->setTextFormat(Qt::RichText);
    header->addWidget(m_pageTitle, 1);
    auto addButton = [&](QAction *a) {
        auto *b = new QToolButton(center);
        b->setDefaultAction(a);
        b->setAutoRaise(true);
        b->setAccessibleName(a->text());
        header->addWidget(b);
        return b;
    };
    header->addWidget(iconButton(m_actions[MoveUp], u"\u2191"_s, center));
    header->addWidget(iconButton(m_actions[MoveDown], u"\u2193"_s, center));
    header->addWidget(iconButton(m_actions[MoveOut], u"\u2190"_s, center));
    header->addWidget(iconButton(m_actions[MoveIntoPrevious], u"\u2192"_s, center));
    header->addWidget(iconButton(m_actions[Duplicate], u"\u29c9"_s, center));
    header->addWidget(iconButton(m_actions[Delete], u"\u2715"_s, center));
    m_changeTypeButton = new QToolButton(center);
    m_changeTypeButton->setText(tr("Change type"));
    m_changeTypeButton->setToolTip(tr("Change the selected component to another type, keeping the properties that still apply"));
    m_changeTypeButton->setAccessibleName(tr("Change type"));
    m_changeTypeButton->setPopupMode(QToolButton::InstantPopup);
    m_changeTypeButton->setAutoRaise(true);
    auto *typeMenu = new QMenu(m_changeTypeButton);
    connect(typeMenu, &QMenu::aboutToShow, this, [this, typeMenu] { fillChangeTypeMenu(typeMenu); });
    m_changeTypeButton->setMenu(typeMenu);
    header->addWidget(m_changeTypeButton);
    addButton(m_actions[ToggleJson]);
    layout->addLayout(header);

    m_canvasSplit = new QSplitter(Qt::Horizontal, center);
    m_canvasSplit->setChildrenCollapsible(false);
    m_canvas = new CanvasView(m_canvasSplit);
    m_model = new CanvasModel(this);
    m_canvas->setModel(m_model);
    m_canvas->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_canvas, &QWidget::customContextMenuRequested, this, &FormEditor::contextMenu);
    m_canvas->setMinimumWidth(280);
    m_json = new PageJsonPane(m_canvasSplit);
    m_json->setMinimumWidth(220);
    m_canvasSplit->addWidget(m_canvas);
    m_canvasSplit->addWidget(m_json);
    m_canvasSplit->setStretchFactor(0, 3);
    m_canvasSplit->setStretchFactor(1, 2);
    layout->addWidget(m_canvasSplit, 1);
    for (QAction *a : m_actions)
        m_canvas->addAction(a);

    m_message = new QLabel(center);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Form editor messages"));
    m_message->setMinimumHeight(m_message->fontMetrics().height() + 4);
    layout->addWidget(m_message);
    return center;
}

void FormEditor::createActions()
{
    struct Spec {
        Action which;
        QString text;
        QKeySequence key;
        QString tip;
    };
    const Spec specs[] = {
        {Cut, tr("Cu&t"), QKeySequence::Cut, tr("Cut the component to the clipboard")},
        {Copy, tr("&Copy"), QKeySequence::Copy, tr("Copy the component with its texts and code lists")},
        {Paste, tr("&Paste"), QKeySequence::Paste, tr("Paste into the selected container, or after the selected component")},
        {Duplicate, tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), tr("Copy the component right after itself, with new ids")},
        {Delete, tr("&Delete"), QKeySequence::Delete, tr("Delete the component and what it contains")},
        {RenameId, tr("&Rename id..."), QKeySequence(Qt::Key_F2), tr("Change the id; every reference is updated")},
        {MoveUp, tr("Move &up"), QKeySequence(Qt::ALT | Qt::Key_Up), tr("Move the component up among its siblings")},
        {MoveDown, tr("Move do&wn"), QKeySequence(Qt::ALT | Qt::Key_Down), tr("Move the component down among its siblings")},
        {MoveIntoPrevious, tr("Move &into the container above"), QKeySequence(Qt::ALT | Qt::Key_Right),
         tr("Move the component into the container right above it")},
        {MoveOut, tr("Move &out of the container"), QKeySequence(Qt::ALT | Qt::Key_Left), tr("Move the component out of its container")},
        {MoveToPreviousPage, tr("Move to the &previous page"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageUp),
         tr("Move the component to the end of the previous page")},
        {MoveToNextPage, tr("Move to the &next page"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageDown),
         tr("Move the component to the end of the next page")},
        {ToggleJson, tr("JSON"), QKeySequence(Qt::CTRL | Qt::Key_J), tr("Show the page's JSON beside the canvas")},
    };
    for (const Spec &s : specs) {
        auto *a = new QAction(s.text, this);
        a->setShortcut(s.key);
        a->setShortcutContext(s.which == ToggleJson ? Qt::WidgetWithChildrenShortcut : Qt::WidgetShortcut);
        a->setToolTip(u"%1 (%2)"_s.arg(s.tip, s.key.toString(QKeySequence::NativeText)));
        a->setStatusTip(s.tip);
        m_actions[s.which] = a;
    }
    addAction(m_actions[ToggleJson]);
    m_actions[ToggleJson]->setCheckable(true);
    m_actions[ToggleJson]->setChecked(true);
    connect(m_actions[Cut], &QAction::triggered, this, &FormEditor::cutSelected);
    connect(m_actions[Copy], &QAction::triggered, this, &FormEditor::copySelected);
    connect(m_actions[Paste], &QAction::triggered, this, &FormEditor::paste);
    connect(m_actions[Duplicate], &QAction::triggered, this, &FormEditor::duplicateSelected);
    connect(m_actions[Delete], &QAction::triggered, this, &FormEditor::deleteSelected);
    connect(m_actions[RenameId], &QAction::triggered, this, &FormEditor::renameSelected);
    connect(m_actions[MoveUp], &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(m_actions[MoveDown], &QAction::triggered, this, [this] { moveSelected(1); });
    connect(m_actions[MoveIntoPrevious], &QAction::triggered, this, &FormEditor::moveIntoPrevious);
    connect(m_actions[MoveOut], &QAction::triggered, this, &FormEditor::moveOut);
    connect(m_actions[MoveToPreviousPage], &QAction::triggered, this, [this] { moveToAdjacentPage(-1); });
    connect(m_actions[MoveToNextPage], &QAction::triggered, this, [this] { moveToAdjacentPage(1); });
    connect(m_actions[ToggleJson], &QAction::toggled, this, [this](bool on) {
        m_json->setVisible(on);
        if (!on)
            m_json->applyNow();
    });
}

void FormEditor::fillChangeTypeMenu(QMenu *menu)
{
    menu->clear();
    const QString id = currentComponentId();
    const Models::ComponentCatalog &catalog = Models::ComponentCatalog::instance();
    const QString lang = Models::ComponentCatalog::uiLanguage();
    QString category;
    for (const QString &type : fittingTypes(id)) {
        const Models::ComponentEntry *entry = catalog.entry(type);
        if (entry && entry->category != category) {
            category = entry->category;
            if (const Models::CatalogCategory *c = catalog.category(category))
                menu->addSection(c->name.in(lang));
        }
        QAction *a = menu->addAction(QIcon(entry ? entry->iconPath() : QString()), catalog.displayName(type));
        a->setToolTip(entry ? entry->help.in(lang) : type);
        connect(a, &QAction::triggered, this, [this, id, type] { changeType(id, type); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("(no other type fits here)"))->setEnabled(false);
}

void FormEditor::contextMenu(const QPoint &pos)
{
    const QModelIndex index = m_canvas->indexAt(pos);
    if (index.isValid())
        m_canvas->setCurrentIndex(index);
    QMenu menu(this);
    for (Action a : {Cut, Copy, Paste, Duplicate})
        menu.addAction(m_actions[a]);
    menu.addSeparator();
    menu.addAction(m_actions[RenameId]);
    QMenu *types = menu.addMenu(tr("C&hange type"));
    types->setEnabled(m_changeTypeButton->isEnabled());
    fillChangeTypeMenu(types);
    QMenu *pages = menu.addMenu(tr("Move to p&age"));
    const QString id = currentComponentId();
    for (const QString &file : m_pages->pageFiles()) {
        if (file == currentPageFile())
            continue;
        const QString from = currentPageFile();
        pages->addAction(QFileInfo(file).completeBaseName(), this, [this, from, id, file] { moveComponentToPage(from, id, file); });
    }
    pages->setEnabled(!id.isEmpty() && !pages->isEmpty());
    menu.addSeparator();
    for (Action a : {MoveUp, MoveDown, MoveIntoPrevious, MoveOut})
        menu.addAction(m_actions[a]);
    menu.addSeparator();
    menu.addAction(m_actions[Delete]);
    menu.exec(m_canvas->viewport()->mapToGlobal(pos));
}

} // namespace Designer
