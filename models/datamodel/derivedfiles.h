#pragma once

#include "core/result.h"

#include <QStringList>

namespace Models {

class AppRepository;

struct DerivedFilesSync {
    QStringList changed;   // files whose content was replaced
    QList<Error> errors;   // a model that cannot be converted (the files are then left alone)
};

// Keeps NAME.xsd and NAME.cs in step with NAME.schema.json, as Altinn Studio does when a model
// is saved: while the schema has unsaved changes they are regenerated from it; when it is back
// to what is on disk, they are put back to what is on disk too (so an imported XSD is kept byte
// for byte until the model really changes). Missing files are created. Not undo steps: the
// files are derived from the schema, which carries the history.
DerivedFilesSync syncDerivedModelFiles(AppRepository &repo, const QString &schemaFile);

} // namespace Models
