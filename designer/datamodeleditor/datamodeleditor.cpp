#include "datamodeleditor.h"

#include "codeview/codeview.h"
#include "common/session.h"
#include "datamodel/bindingusage.h"
#include "datamodel/datamodelschemadocument.h"
#include "datamodel/modelimport.h"
#include "datamodel/schemaedits.h"
#include "datamodel/schematree.h"
#include "edits/edit.h"
#include "metadata/applicationmetadatadocument.h"
#include "nodeinspector.h"
#include "repository/apprepository.h"
#include "schematreemodel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Designer {

namespace {

QPushButton *button(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAutoDefault(false);
    return b;
}

} // namespace

DataModelEditor::DataModelEditor(QWidget *parent)
    : QWidget(parent), m_models(new QComboBox(this)), m_search(new QLineEdit(this)), m_searchStatus(new QLabel(this)),
      m_tree(new QTreeView(this)), m_treeModel(new SchemaTreeModel(this)), m_types(new QListWidget(this)),
      m_inspector(new NodeInspector(this)), m_jsonView(new CodeView(this)),
      m_xsdView(new CodeView(this)), m_csharpView(new CodeView(this)), m_empty(new QLabel(this)), m_refreshTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *modelLabel = new QLabel(tr("Data model:"), this);
    modelLabel->setBuddy(m_models);
    m_models->setAccessibleName(tr("Data model"));
    m_models->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(modelLabel);
    top->addWidget(m_models);
    auto *importButton = button(tr("Import XSD..."), this);
    auto *newButton = button(tr("New model..."), this);
    top->addWidget(importButton);
    top->addWidget(newButton);
    top->addStretch();
    m_search->setPlaceholderText(tr("Find a field (Enter for the next)"));
    m_search->setAccessibleName(tr("Find a field"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search);
    top->addWidget(m_searchStatus);
    layout->addLayout(top);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);

    // Top: the tree and the inspector; bottom: JSON Schema, XSD and C# side by side.
    auto *outer = new QSplitter(Qt::Vertical, this);
    layout->addWidget(outer, 1);
    auto *split = new QSplitter(outer);
    auto *left = new QSplitter(Qt::Vertical, split);
    auto *treeBox = new QWidget(left);
    auto *treeLayout = new QVBoxLayout(treeBox);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    m_tree->setModel(m_treeModel);
    m_tree->setAccessibleName(tr("Fields of the data model"));
    m_tree->setUniformRowHeights(true);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    treeLayout->addWidget(m_tree);
    auto *treeButtons = new QHBoxLayout;
    auto *addButton = button(tr("Add field"), treeBox);
    auto *deleteButton = button(tr("Delete"), treeBox);
    auto *upButton = button(tr("Up"), treeBox);
    auto *downButton = button(tr("Down"), treeBox);
    auto *typeButton = button(tr("Make type..."), treeBox);
    auto *inlineButton = button(tr("Inline type"), treeBox);
    for (QPushButton *b : {addButton, deleteButton, upButton, downButton, typeButton, inlineButton})
        treeButtons->addWidget(b);
    treeLayout->addLayout(treeButtons);
    m_types->setAccessibleName(tr("Types of the data model"));
    left->addWidget(treeBox);
    left->addWidget(m_types);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_inspector);
    scroll->setMinimumWidth(400);
    split->addWidget(left);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *generated = new QSplitter(outer);
    for (const auto &[view, title] : {std::pair{m_jsonView, tr("JSON Schema")}, std::pair{m_xsdView, tr("XSD")},
                                      std::pair{m_csharpView, tr("C#")}}) {
        auto *box = new QWidget(generated);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->addWidget(new QLabel(title, box));
        view->setParent(box);
        view->setAccessibleName(title);
        boxLayout->addWidget(view);
        generated->addWidget(box);
    }
    outer->addWidget(split);
    outer->addWidget(generated);
    outer->setStretchFactor(0, 3);
    outer->setStretchFactor(1, 2);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        reloadTree();
        refreshTypes();
        refreshGenerated();
    });
    connect(m_models, &QComboBox::currentIndexChanged, this, &DataModelEditor::showModel);
    connect(importButton, &QPushButton::clicked, this, [this] { importXsd(); });
    connect(newButton, &QPushButton::clicked, this, &DataModelEditor::newModel);
    connect(addButton, &QPushButton::clicked, this, &DataModelEditor::addField);
    connect(deleteButton, &QPushButton::clicked, this, &DataModelEditor::deleteSelected);
    connect(upButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(downButton, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(typeButton, &QPushButton::clicked, this, &DataModelEditor::extractSelectedType);
    connect(inlineButton, &QPushButton::clicked, this, &DataModelEditor::inlineSelectedType);
    connect(m_search, &QLineEdit::returnPressed, this, &DataModelEditor::findNext);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchCursor = -1; m_searchStatus->clear(); });
    connect(m_treeModel, &SchemaTreeModel::moveRequested, this, [this](const QString &pointer, int index) {
        perform(Models::SchemaEdits::moveField(currentModelFile(), pointer, index));
    });
    auto *del = new QShortcut(QKeySequence::Delete, m_tree, [this] { deleteSelected(); });
    del->setContext(Qt::WidgetShortcut);
    auto *ins = new QShortcut(QKeySequence(Qt::Key_Insert), m_tree, [this] { addField(); });
    ins->setContext(Qt::WidgetShortcut);
    wireInspector();
    setSession(nullptr);
}

DataModelEditor::~DataModelEditor() = default;

void DataModelEditor::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::structureChanged, this, &DataModelEditor::rebuildModelList);
        connect(m_session, &Session::documentChanged, this, [this](Models::Document *d) {
            const QString file = currentModelFile();
            const QString base = file.chopped(qMin(int(file.size()), 12));
            if (d->relativePath() == file || d->relativePath() == base + u".xsd"_s || d->relativePath() == base + u".cs"_s)
                m_refreshTimer->start();
        });
    }
    rebuildModelList();
}

Models::DataModelSchemaDocument *DataModelEditor::document() const
{
    return m_session ? qobject_cast<Models::DataModelSchemaDocument *>(m_session->repo().document(currentModelFile())) : nullptr;
}

QString DataModelEditor::currentModelFile() const
{
    return m_models->currentData().toString();
}

QString DataModelEditor::currentModelName() const
{
    const Models::DataModelSchemaDocument *doc = document();
    return doc ? doc->modelName() : QString();
}

QString DataModelEditor::rootTypeName() const
{
    const Models::ApplicationMetadataDocument *meta = m_session ? m_session->repo().applicationMetadata() : nullptr;
    const auto *dt = meta ? meta->dataType(currentModelName()) : nullptr;
    return dt ? dt->classRef.section(u'.', -1) : QString();
}

void DataModelEditor::rebuildModelList()
{
    const QString current = currentModelFile();
    QSignalBlocker block(m_models);
    m_models->clear();
    if (m_session) {
        for (const Models::DataModelSchemaDocument *d : m_session->repo().dataModelSchemas())
            m_models->addItem(d->modelName(), d->relativePath());
    }
    const int index = m_models->findData(current);
    m_models->setCurrentIndex(index >= 0 ? index : (m_models->count() > 0 ? 0 : -1));
    showModel();
}

bool DataModelEditor::selectModel(const QString &name)
{
    const int index = m_models->findText(name);
    if (index < 0)
        return false;
    m_models->setCurrentIndex(index);
    return true;
}

void DataModelEditor::showModel()
{
    const Models::DataModelSchemaDocument *doc = document();
    const bool has = doc != nullptr;
    m_empty->setVisible(!has || !doc->isValid());
    if (!m_session)
        m_empty->setText(QString());
    else if (!has)
        m_empty->setText(tr("This app has no data model yet. Import an XSD (for example one from SERES) or make a new model."));
    else if (!doc->isValid())
        m_empty->setText(tr("%1 cannot be read: %2").arg(doc->relativePath(), doc->loadError()->toString()));
    m_selectedPointer.clear();
    m_treeModel->setDocument(doc && doc->isValid() ? doc : nullptr, rootTypeName());
    m_tree->expandToDepth(0);
    if (m_treeModel->rowCount() > 0)
        m_tree->setCurrentIndex(m_treeModel->index(0, 0));
    refreshTypes();
    refreshGenerated();
    refreshInspector();
    if (m_session && has)
        m_session->setCurrentFile(doc->relativePath());
}

void DataModelEditor::reloadTree()
{
    const Models::DataModelSchemaDocument *doc = document();
    if (doc && doc->isValid() && doc == m_treeModel->document()) {
        // The same model after an edit: only the rows that changed are touched.
        m_treeModel->update(rootTypeName());
        refreshInspector();
        return;
    }
    // Another document (or one that became readable again): rebuild, keeping what the user
    // sees, the expanded fields and the selection, by binding path.
    QStringList expanded;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_treeModel->rowCount(parent); ++r) {
            const QModelIndex i = m_treeModel->index(r, 0, parent);
            if (m_tree->isExpanded(i)) {
                expanded.append(m_treeModel->nodeAt(i)->bindingPath);
                collect(i);
            }
        }
    };
    collect(QModelIndex());
    const std::unique_ptr<Models::SchemaNode> selected = selectedNode();
    const QString selectedPath = selected ? selected->bindingPath : QString();
    m_treeModel->setDocument(doc && doc->isValid() ? doc : nullptr, rootTypeName());
    for (const QString &path : std::as_const(expanded)) {
        const QModelIndex i = m_treeModel->revealPath(path);
        if (i.isValid())
            m_tree->expand(i);
    }
    const QModelIndex sel = selected ? m_treeModel->revealPath(selectedPath) : QModelIndex();
    if (sel.isValid())
        m_tree->setCurrentIndex(sel);
    refreshInspector();
}

std::unique_ptr<Models::SchemaNode> DataModelEditor::selectedNode() const
{
    const Models::SchemaNode *n = m_treeModel->nodeAt(m_tree->currentIndex());
    return n ? std::make_unique<Models::SchemaNode>(*n) : nullptr;
}

void DataModelEditor::refreshInspector()
{
    const auto node = selectedNode();
    const Models::DataModelSchemaDocument *doc = document();
    QStringList typeNames;
    Models::Json::Node element;
    if (doc && doc->isValid()) {
        const Models::SchemaTree tree(doc->json(), rootTypeName());
        for (const Models::SchemaNode &t : tree.namedTypes())
            typeNames.append(t.name);
        if (node) {
            const Models::Json::Node schema = doc->json().find(node->pointer);
            element = node->isArray && schema.member(u"items").isObject() ? schema.member(u"items") : schema;
        }
    }
    m_inspector->setNode(node.get(), element, typeNames);
}

void DataModelEditor::refreshTypes()
{
    m_types->clear();
    const Models::DataModelSchemaDocument *doc = document();
    if (!doc || !doc->isValid())
        return;
    const Models::SchemaTree tree(doc->json(), rootTypeName());
    for (const Models::SchemaNode &t : tree.namedTypes())
        m_types->addItem(tr("%1 (type)").arg(t.name));
}

void DataModelEditor::refreshGenerated()
{
    const QString file = currentModelFile();
    const Models::Document *schema = m_session && !file.isEmpty() ? m_session->repo().document(file) : nullptr;
    const QString base = file.chopped(qMin(int(file.size()), 12));
    auto show = [&](CodeView *view, const QString &path) {
        const Models::Document *d = m_session ? m_session->repo().document(path) : nullptr;
        const QString error = m_session ? m_session->derivedFileError(file) : QString();
        if (d)
            view->showFile(d->fileName(), d->bytes());
        else
            view->showFile(QFileInfo(path).fileName(), error.isEmpty() ? tr("(not generated yet)").toUtf8() : error.toUtf8());
    };
    if (schema)
        m_jsonView->showFile(schema->fileName(), schema->bytes());
    else
        m_jsonView->clearFile();
    show(m_xsdView, base + u".xsd"_s);
    show(m_csharpView, base + u".cs"_s);
}

bool DataModelEditor::perform(std::unique_ptr<Models::Edit> edit)
{
    if (!m_session)
        return false;
    QString error;
    const bool ok = m_session->perform(std::move(edit), &error);
    m_inspector->showError(ok ? QString() : error);
    if (ok)
        m_refreshTimer->start();
    return ok;
}

} // namespace Designer
