#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace Models {

class AppRepository;
class Edit;

// A place in the app's layouts that uses a data-model field.
struct FieldUse {
    enum class Kind { StringBinding, ObjectBinding, Expression };
    Kind kind = Kind::StringBinding;
    QString file;         // the page
    QString pointer;      // the string to change when the field is renamed
    QString componentId;
    QString path;         // the path as written there (may carry [N] row indexes)
};

// Every binding (both forms) and ["dataModel", path] expression in the app's layouts that
// uses the field at fieldPath of the data type, or something inside it.
QList<FieldUse> findFieldUses(const AppRepository &repo, const QString &dataType, const QString &fieldPath);

// The path a use gets when the field at oldPath becomes newPath (row indexes kept).
QString renamedPath(const QString &usedPath, const QString &oldPath, const QString &newPath);

// One edit updating every use after a rename of oldPath to newPath.
std::unique_ptr<Edit> makeUpdateFieldUsesEdit(const QList<FieldUse> &uses, const QString &oldPath, const QString &newPath);

} // namespace Models
