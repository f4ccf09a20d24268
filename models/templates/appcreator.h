#pragma once

#include "core/result.h"

#include <QString>

namespace Models {

struct NewAppOptions {
    QString org;        // service owner code, e.g. "ttd"
    QString app;        // repository name, e.g. "my-app"
    bool v8 = false;    // the v8 shape (layout-sets.json) instead of v9 UI folders
    QString user;       // recorded as the creator in applicationmetadata.json
};

// Creates a new, complete app repository from the bundled template in an empty or
// missing folder. Names are checked with the rules Altinn Studio applies.
Status createApp(const QString &targetDir, const NewAppOptions &options);

// Copies the bundled sample app to targetDir (which must not exist or be empty).
Status copySampleApp(const QString &targetDir);

Status checkOrgName(const QString &org);
Status checkAppName(const QString &app);

} // namespace Models
