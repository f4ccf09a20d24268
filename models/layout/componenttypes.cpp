#include "componenttypes.h"

#include "componentcatalog.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Models {

namespace {

// The newest frontend major whose apps still write a legacy name.
int lastVersionOf(const ComponentEntry &legacy)
{
    return legacy.versions.isEmpty() ? 0 : *std::max_element(legacy.versions.cbegin(), legacy.versions.cend());
}

} // namespace

QStringList ComponentTypes::knownTypes(int frontendMajor)
{
    // The current layout schema's types, then the older names still right for this frontend.
    QStringList current;
    QStringList older;
    for (const ComponentEntry *e : ComponentCatalog::instance().entries()) {
        if (!e->legacy)
            current.append(e->type);
        else if (frontendMajor <= lastVersionOf(*e))
            older.append(e->type);
    }
    std::sort(current.begin(), current.end());
    return current + older;
}

ComponentTypes::Knowledge ComponentTypes::classify(const QString &type, int frontendMajor, QString *suggestion)
{
    for (const ComponentEntry *e : ComponentCatalog::instance().entries()) {
        if (!e->legacy || e->replacedBy.isEmpty())
            continue;
        const int last = lastVersionOf(*e);
        if (type == e->type && frontendMajor > last) {
            if (suggestion)
                *suggestion = e->replacedBy;
            return Knowledge::OtherVersion;
        }
        if (type == e->replacedBy && frontendMajor <= last && frontendMajor < 4) {
            // Frontend 3 only knows the older names.
            if (suggestion)
                *suggestion = e->type;
            return Knowledge::OtherVersion;
        }
    }
    if (knownTypes(frontendMajor).contains(type))
        return Knowledge::Known;
    return Knowledge::Unknown;
}

bool ComponentTypes::isContainer(const QString &type)
{
    const ComponentEntry *e = ComponentCatalog::instance().entry(type);
    return e && e->isContainer();
}

} // namespace Models
