// The data-model editor's actions: what the buttons, keys and the inspector ask for.

#include "datamodeleditor.h"

#include "common/session.h"
#include "datamodel/bindingusage.h"
#include "datamodel/datamodelschemadocument.h"
#include "datamodel/modelimport.h"
#include "datamodel/schemaedits.h"
#include "datamodel/schematree.h"
#include "edits/edit.h"
#include "edits/jsonedits.h"
#include "nodeinspector.h"
#include "repository/apprepository.h"
#include "schematreemodel.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Designer {

void DataModelEditor::wireInspector()
{
    const auto field = [this] { const auto n = selectedNode(); return n ? n->pointer : QString(); };
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        refreshInspector();
        const auto n = selectedNode();
        const Models::DataModelSchemaDocument *doc = document();
        if (m_session && n && doc)
            m_session->setCurrentFile(doc->relativePath(), doc->json().find(n->pointer).line());
    });
    connect(m_inspector, &NodeInspector::renameRequested, this, &DataModelEditor::rename);
    connect(m_inspector, &NodeInspector::valueTypeRequested, this, [this, field](const QString &json, const QString &xsd, const QString &format) {
        perform(Models::SchemaEdits::setValueType(currentModelFile(), field(), json, xsd, format));
    });
    connect(m_inspector, &NodeInspector::referenceRequested, this, [this, field](const QString &type) {
        perform(Models::SchemaEdits::setReference(currentModelFile(), field(), type));
    });
    connect(m_inspector, &NodeInspector::arrayRequested, this, [this, field](bool repeats) {
        perform(Models::SchemaEdits::setArray(currentModelFile(), field(), repeats));
    });
    connect(m_inspector, &NodeInspector::requiredRequested, this, [this, field](bool required) {
        perform(Models::SchemaEdits::setRequired(currentModelFile(), field(), required));
    });
    connect(m_inspector, &NodeInspector::nillableRequested, this, [this, field](bool nillable) {
        perform(Models::SchemaEdits::setNillable(currentModelFile(), field(), nillable));
    });
    connect(m_inspector, &NodeInspector::keywordRequested, this, [this, field](const QString &keyword, const std::optional<Models::Json::Value> &value) {
        perform(Models::SchemaEdits::setKeyword(currentModelFile(), field(), keyword, value));
    });
    connect(m_inspector, &NodeInspector::listLimitRequested, this, [this, field](const QString &keyword, const std::optional<Models::Json::Value> &value) {
        perform(std::make_unique<Models::SetJsonValueEdit>(currentModelFile(), Models::Json::appendPointer(field(), keyword), value));
    });
}

// Where a new field goes: inside the selected group (or the type it uses), else beside the selection.
QString DataModelEditor::containerForNewField() const
{
    const Models::DataModelSchemaDocument *doc = document();
    const auto node = selectedNode();
    if (!doc)
        return {};
    const Models::SchemaTree tree(doc->json(), rootTypeName());
    const Models::SchemaNode target = node ? *node : tree.root();
    if (target.kind == Models::SchemaNode::Kind::Field && !target.containerPointer.isNull() && node)
        return target.containerPointer;
    const QString element = target.isArray ? target.pointer + u"/items"_s : target.pointer;
    for (const QString &p : tree.expansion(element)) {
        if (doc->json().find(p).member(u"properties").isObject())
            return p;
    }
    const QStringList expansion = tree.expansion(element);
    return expansion.isEmpty() ? element : expansion.last();
}

void DataModelEditor::addField()
{
    const Models::DataModelSchemaDocument *doc = document();
    if (!doc)
        return;
    const QString container = containerForNewField();
    const Models::Json::Node props = doc->json().find(QString(container + u"/properties"_s));
    QString name = u"newField"_s;
    for (int i = 2; props.member(name).isValid(); ++i)
        name = u"newField"_s + QString::number(i);
    const Models::Json::Value schema = Models::Json::Value::object({{u"type"_s, Models::Json::Value(u"string"_s)}});
    if (perform(Models::SchemaEdits::addField(currentModelFile(), container, name, schema))) {
        reloadTree();
        const QString pointer = Models::Json::appendPointer(container + u"/properties"_s, name);
        QModelIndex created = m_treeModel->indexOfPointer(pointer);
        if (!created.isValid() && m_tree->currentIndex().isValid()) {
            m_tree->expand(m_tree->currentIndex());  // the new field is inside the selected group
            created = m_treeModel->indexOfPointer(pointer);
        }
        if (created.isValid())
            m_tree->setCurrentIndex(created);
    }
}

void DataModelEditor::deleteSelected()
{
    const auto node = selectedNode();
    if (!node || node->containerPointer.isEmpty())
        return;
    const QList<Models::FieldUse> uses = m_session && !node->bindingPath.isEmpty()
        ? Models::findFieldUses(m_session->repo(), currentModelName(), node->bindingPath)
        : QList<Models::FieldUse>();
    if (!uses.isEmpty()) {
        QStringList where;
        for (const Models::FieldUse &u : uses.mid(0, 8))
            where.append(u"\u2022 "_s + u.componentId + u" (" + u.file.section(u'/', -3) + u')');
        if (uses.size() > 8)
            where.append(tr("... and %n more", nullptr, int(uses.size()) - 8));
        const auto answer = QMessageBox::warning(this, tr("Delete a field in use"),
                                                 tr("%1 is used in %n place(s) of the app's forms:", nullptr, int(uses.size())).arg(node->bindingPath)
                                                     + u"\n\n"_s + where.join(u'\n') + u"\n\n"_s
                                                     + tr("Delete it anyway? These bindings will point at nothing."),
                                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    perform(Models::SchemaEdits::deleteField(currentModelFile(), node->pointer));
}

void DataModelEditor::moveSelected(int delta)
{
    const QModelIndex current = m_tree->currentIndex();
    const auto node = selectedNode();
    if (!node || node->containerPointer.isEmpty())
        return;
    const int target = current.row() + delta;
    if (target < 0 || target >= m_treeModel->rowCount(current.parent()))
        return;
    perform(Models::SchemaEdits::moveField(currentModelFile(), node->pointer, target));
}

void DataModelEditor::rename(const QString &newName)
{
    const auto node = selectedNode();
    if (!node || newName.isEmpty() || newName == node->name)
        return;
    auto renameEdit = Models::SchemaEdits::renameField(currentModelFile(), node->pointer, newName);
    // A name that cannot be used is refused before anything else is asked.
    if (const Models::Status st = renameEdit->validate(m_session->repo()); !st) {
        m_inspector->showError(st.error().message);
        refreshInspector();
        return;
    }
    const QString oldPath = node->bindingPath;
    const QString newPath = oldPath.section(u'.', 0, -2).isEmpty() ? newName : oldPath.section(u'.', 0, -2) + u'.' + newName;
    const QList<Models::FieldUse> uses = m_session && !oldPath.isEmpty()
        ? Models::findFieldUses(m_session->repo(), currentModelName(), oldPath)
        : QList<Models::FieldUse>();
    if (uses.isEmpty()) {
        perform(std::move(renameEdit));
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Update the bindings?"),
                                              tr("%n binding(s) or expression(s) in the app's forms use %1. Update them to %2 as well?",
                                                 nullptr, int(uses.size())).arg(oldPath, newPath),
                                              QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Cancel) {
        refreshInspector();
        return;
    }
    if (answer == QMessageBox::No) {
        perform(std::move(renameEdit));
        return;
    }
    auto macro = std::make_unique<Models::MacroEdit>(tr("Rename %1 to %2 and update its bindings").arg(oldPath, newPath));
    macro->add(std::move(renameEdit));
    macro->add(Models::makeUpdateFieldUsesEdit(uses, oldPath, newPath));
    perform(std::move(macro));
}

void DataModelEditor::extractSelectedType()
{
    const auto node = selectedNode();
    if (!node || node->kind == Models::SchemaNode::Kind::Reference)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Make a reusable type"), tr("Name of the new type:"), QLineEdit::Normal,
                                               node->name + u"Type"_s, &ok).trimmed();
    if (ok && !name.isEmpty())
        perform(Models::SchemaEdits::extractType(currentModelFile(), node->pointer, name));
}

void DataModelEditor::inlineSelectedType()
{
    const auto node = selectedNode();
    if (node && node->kind == Models::SchemaNode::Kind::Reference)
        perform(Models::SchemaEdits::inlineType(currentModelFile(), node->pointer));
}

bool DataModelEditor::selectPath(const QString &bindingPath)
{
    const QModelIndex index = m_treeModel->revealPath(bindingPath);
    if (!index.isValid())
        return false;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    return true;
}

void DataModelEditor::findNext()
{
    const Models::DataModelSchemaDocument *doc = document();
    const QString text = m_search->text().trimmed();
    if (!doc || text.isEmpty())
        return;
    const Models::SchemaTree tree(doc->json(), rootTypeName());
    QStringList matches;
    for (const Models::SchemaNode &n : tree.allNodes()) {
        if (n.name.contains(text, Qt::CaseInsensitive) && !matches.contains(n.bindingPath))
            matches.append(n.bindingPath);
    }
    if (matches.isEmpty()) {
        m_searchStatus->setText(tr("No matches"));
        return;
    }
    m_searchCursor = (m_searchCursor + 1) % int(matches.size());
    selectPath(matches.at(m_searchCursor));
    m_searchStatus->setText(tr("%1 of %2").arg(m_searchCursor + 1).arg(matches.size()));
}

void DataModelEditor::importXsd(const QString &givenPath)
{
    if (!m_session)
        return;
    const QString path = givenPath.isEmpty() ? QFileDialog::getOpenFileName(this, tr("Import an XSD"), QString(), tr("XML Schemas (*.xsd)"))
                                             : givenPath;
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot import"), tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    bool ok = givenPath.isEmpty() ? false : true;
    QString name = QFileInfo(path).completeBaseName();
    if (givenPath.isEmpty()) {
        name = QInputDialog::getText(this, tr("Import an XSD"), tr("Name of the data model (also its data type):"), QLineEdit::Normal, name, &ok).trimmed();
        if (!ok)
            return;
    }
    auto prepared = Models::prepareModelImport(m_session->repo(), f.readAll(), name);
    if (!prepared) {
        QMessageBox::warning(this, tr("Cannot import"), prepared.error().toString());
        return;
    }
    // A layout set that has no data model yet can be pointed at the new one.
    QString connect;
    QStringList candidates;
    for (const Models::LayoutSet &set : m_session->repo().layoutSets()) {
        if (set.declared && set.dataType.isEmpty() && !set.id.isEmpty())
            candidates.append(set.id);
    }
    if (givenPath.isEmpty() && !candidates.isEmpty()) {
        const QString none = tr("(none)");
        const QString choice = QInputDialog::getItem(this, tr("Import an XSD"), tr("Use the model in this layout set, which has no data model yet:"),
                                                     QStringList{none} + candidates, 0, false, &ok);
        if (!ok)
            return;
        connect = choice == none ? QString() : choice;
    }
    auto edit = Models::makeImportModelEdit(m_session->repo(), *prepared, connect);
    if (!edit) {
        QMessageBox::warning(this, tr("Cannot import"), edit.error().message);
        return;
    }
    if (perform(std::move(*edit)))
        selectModel(prepared->name);
}

void DataModelEditor::newModel()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New data model"), tr("Name of the new model (letters, digits and _):"),
                                               QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    auto prepared = Models::prepareNewModel(m_session->repo(), name);
    if (!prepared) {
        QMessageBox::warning(this, tr("Cannot make the model"), prepared.error().toString());
        return;
    }
    auto edit = Models::makeImportModelEdit(m_session->repo(), *prepared);
    if (edit && perform(std::move(*edit)))
        selectModel(name);
    else if (!edit)
        QMessageBox::warning(this, tr("Cannot make the model"), edit.error().message);
}

} // namespace Designer
