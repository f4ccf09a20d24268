#pragma once

#include <QString>

namespace Models {

// Which generation of Altinn an app is written for, read the way Altinn Studio reads it:
// the Altinn.App.Api PackageReference in the .csproj decides the backend major version
// (none found counts as the newest); for versions below 9 the frontend version comes from
// App/views/Home/Index.cshtml.
struct AppVersion {
    int backendMajor = 0;
    QString backendVersion;   // as written, e.g. "8.0.0"; empty when not found
    int frontendMajor = 0;    // 3, 4 or 9
    QString frontendVersion;  // as written in Index.cshtml, e.g. "4"; empty when not found
    QString source;           // where it was read, for the UI, e.g. "App/App.csproj"
    bool assumedNewest = false;  // no package reference found

    bool isV9OrLater() const { return backendMajor >= 9; }
    QString displayName() const;  // "v8 (frontend 4)"

    static AppVersion detect(const QString &repositoryRoot);
};

} // namespace Models
