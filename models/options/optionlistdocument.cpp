#include "optionlistdocument.h"

namespace Models {

OptionListDocument::OptionListDocument(const QString &relativePath, QObject *parent)
    : JsonFileDocument(FileKind::OptionList, relativePath, parent)
{
}

QString OptionListDocument::optionsId() const
{
    return fileNameWithout(u".json");
}

QList<OptionListDocument::Option> OptionListDocument::options() const
{
    QList<Option> out;
    for (const Json::Node &o : root().children()) {
        out.append({o.member(u"value").toValue(), o.member(u"label").toString(), o.member(u"description").toString(),
                    o.member(u"helpText").toString()});
    }
    return out;
}

} // namespace Models
