#pragma once

#include <QList>
#include <QString>

namespace Models {

// A problem that does not stop loading: shown in the Problems panel and by `validate`.
struct Diagnostic {
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString file;      // relative to the app repository root
    QString pointer;   // JSON pointer, or an element id for XML files; may be empty
    int line = 0;      // 1-based when known
    QString message;   // plain language, one sentence or two
    QString code;      // stable identifier of the check, e.g. "duplicate-id"

    static QString severityName(Severity s);  // "error", "warning", "info"
    bool operator==(const Diagnostic &o) const = default;
};

using Diagnostics = QList<Diagnostic>;

} // namespace Models
