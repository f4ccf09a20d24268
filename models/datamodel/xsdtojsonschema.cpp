#include "xsdtojsonschema.h"

#include <QCoreApplication>

namespace Models {

Result<Json::Value> convertXsdToJsonSchema(const Xsd::XmlNode &)
{
    return Error(QCoreApplication::translate("DataModel", "Converting XSD to JSON Schema is not available in this build"));
}

} // namespace Models
