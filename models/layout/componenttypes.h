#pragma once

#include <QString>
#include <QStringList>

namespace Models {

// The component types the Altinn app frontend knows, per frontend generation (format
// reference §2.3), answered from the ComponentCatalog: "is this type known to the app's
// frontend?" for validation. The catalog itself has the details.
struct ComponentTypes {
    enum class Knowledge {
        Known,          // the app's frontend knows the type
        OtherVersion,   // a name of another frontend generation (e.g. Header vs Heading)
        Unknown,        // a newer or custom type: kept and passed through untouched
    };

    static Knowledge classify(const QString &type, int frontendMajor, QString *suggestion = nullptr);
    static QStringList knownTypes(int frontendMajor);
    static bool isContainer(const QString &type);
};

} // namespace Models
