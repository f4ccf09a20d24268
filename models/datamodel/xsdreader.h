#pragma once

#include "core/result.h"
#include "xmltree.h"

#include <QByteArray>

namespace Models::Xsd {

// Reads an XML document (an XSD, or an instance) with Xerces-C++ into an XmlNode tree.
// Nothing is fetched or read besides the bytes given: a document type declaration (and so
// any entity) is refused, external resources are never resolved. Errors name line and column.
Result<XmlNode> readXml(const QByteArray &bytes, const QString &fileName = {});

// Reads an XSD: readXml, then checks that the root is xsd:schema. xsd:import, xsd:include
// and xsd:redefine are refused with a message naming them and their location: the
// designer never fetches or reads other files.
Result<XmlNode> readXsd(const QByteArray &bytes, const QString &fileName = {});

// Validates an XML instance against an XSD held in memory, with Xerces' schema validator.
// Returns the problems found (each with line and column); an empty list means valid. An XSD
// that cannot be loaded is an Error.
Result<QList<Error>> validateInstance(const QByteArray &instance, const QByteArray &xsd);

} // namespace Models::Xsd
