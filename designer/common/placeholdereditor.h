#pragma once

#include "core/filekind.h"

#include <QWidget>

class QListWidget;

namespace Designer {

class Session;

// Stands in for an editor that is not part of this version. It says so plainly, and
// lists the files that editor will work on so they can be read in the source view and
// edited in another program (the designer picks up such changes by itself).
class PlaceholderEditor : public QWidget {
    Q_OBJECT
public:
    PlaceholderEditor(const QString &title, const QString &explanation, QList<Models::FileKind> kinds,
                      QWidget *parent = nullptr);
    void setSession(Session *session);
    QListWidget *fileList() const { return m_files; }

private:
    void rebuild();

    Session *m_session = nullptr;
    QList<Models::FileKind> m_kinds;
    QListWidget *m_files;
};

} // namespace Designer
