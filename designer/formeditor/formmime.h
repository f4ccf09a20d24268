#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QMimeData;

namespace Designer::FormMime {

// What the form builder's drags carry. A component dragged on the canvas also carries a
// ComponentClipboard payload (application/x-altinn-designer-components), so that dropping it
// into another app window pastes a copy there.
inline constexpr char CanvasComponent[] = "application/x-altinn-designer-canvas-component";
inline constexpr char NewComponent[] = "application/x-altinn-designer-new-component";
inline constexpr char DataModelField[] = "application/x-altinn-designer-datamodel-field";

// A component dragged from a canvas: which app, page and component.
struct CanvasDrag {
    QString appRoot;
    QString pageFile;
    QString componentId;
};

// A data-model field dragged from the data-model tab.
struct FieldDrag {
    QString dataType;    // the data type (model) the field belongs to
    QString path;        // binding path, "Soker.Navn"
};

void setCanvasDrag(QMimeData *mime, const CanvasDrag &drag);
bool canvasDrag(const QMimeData *mime, CanvasDrag *out);
void setNewComponent(QMimeData *mime, const QString &type);
QString newComponent(const QMimeData *mime);
void setField(QMimeData *mime, const FieldDrag &field);
bool field(const QMimeData *mime, FieldDrag *out);

} // namespace Designer::FormMime
