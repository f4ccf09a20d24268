#pragma once

#include "core/jsonfiledocument.h"

namespace Models {

// Settings.json of a layout set / UI folder (page order, PDF, navigation), or the single
// set's App/ui/Settings.json in apps without layout sets. See the format reference, §2.4.
class LayoutSettingsDocument : public JsonFileDocument {
    Q_OBJECT
public:
    LayoutSettingsDocument(const QString &relativePath, FileKind kind = FileKind::LayoutSettings,
                           QObject *parent = nullptr);

    // Page names in order: pages.order, or the pages of pages.groups one group after another.
    QStringList pageOrder() const;
    bool usesPageGroups() const;
    // JSON pointer of the index-th entry of pageOrder() (for messages).
    QString pageOrderPointer(int index) const;
    QString defaultDataType() const;
    bool isSubform() const;  // "type": "subform"
    QString pdfLayoutName() const;
    QStringList pagesExcludedFromPdf() const;
    QStringList componentsExcludedFromPdf() const;
};

} // namespace Models
