#include "formmime.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Designer::FormMime {

namespace {

QJsonObject objectIn(const QMimeData *mime, const char *type)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(type)))
        return {};
    return QJsonDocument::fromJson(mime->data(QString::fromLatin1(type))).object();
}

} // namespace

void setCanvasDrag(QMimeData *mime, const CanvasDrag &drag)
{
    const QJsonObject o{{u"app"_s, drag.appRoot}, {u"page"_s, drag.pageFile}, {u"id"_s, drag.componentId}};
    mime->setData(QString::fromLatin1(CanvasComponent), QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool canvasDrag(const QMimeData *mime, CanvasDrag *out)
{
    const QJsonObject o = objectIn(mime, CanvasComponent);
    if (o.value(u"id"_s).toString().isEmpty())
        return false;
    out->appRoot = o.value(u"app"_s).toString();
    out->pageFile = o.value(u"page"_s).toString();
    out->componentId = o.value(u"id"_s).toString();
    return true;
}

void setNewComponent(QMimeData *mime, const QString &type)
{
    mime->setData(QString::fromLatin1(NewComponent), type.toUtf8());
    mime->setText(type);
}

QString newComponent(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(NewComponent)))
        return {};
    return QString::fromUtf8(mime->data(QString::fromLatin1(NewComponent))).trimmed();
}

void setField(QMimeData *mime, const FieldDrag &field)
{
    const QJsonObject o{{u"dataType"_s, field.dataType}, {u"path"_s, field.path}};
    mime->setData(QString::fromLatin1(DataModelField), QJsonDocument(o).toJson(QJsonDocument::Compact));
    mime->setText(field.path);
}

bool field(const QMimeData *mime, FieldDrag *out)
{
    const QJsonObject o = objectIn(mime, DataModelField);
    if (o.value(u"path"_s).toString().isEmpty())
        return false;
    out->dataType = o.value(u"dataType"_s).toString();
    out->path = o.value(u"path"_s).toString();
    return true;
}

} // namespace Designer::FormMime
