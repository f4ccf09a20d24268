#include "csharpgenerator.h"

#include <QCoreApplication>

namespace Models {

Result<QString> generateCSharp(const Json::Value &, const CSharpOptions &)
{
    return Error(QCoreApplication::translate("DataModel", "Generating C# is not available in this build"));
}

} // namespace Models
