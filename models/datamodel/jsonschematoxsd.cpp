#include "jsonschematoxsd.h"

#include <QCoreApplication>

namespace Models {

Result<QByteArray> convertJsonSchemaToXsd(const Json::Value &)
{
    return Error(QCoreApplication::translate("DataModel", "Converting JSON Schema to XSD is not available in this build"));
}

} // namespace Models
