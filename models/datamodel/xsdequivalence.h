#pragma once

#include "xmltree.h"

#include <QStringList>

namespace Models {

// Compares two XSDs (schema elements read with Xsd::readXsd) for the same meaning and
// returns the differences in plain language; an empty list means equivalent.
//
// Compared: schema attributes (target namespace, version, form and block/final defaults),
// global elements, types, groups, attribute groups and attributes by kind and name in any
// order; per component the tree of particles (elements, sequence/choice/all, group
// references, any) in order, with types and references resolved to namespace URI + local
// name, occurrences with their defaults applied, nillable, fixed, default, form, block,
// final, abstract, mixed, substitutionGroup, any's namespace and processContents; identity
// constraints in order; attributes (name or reference, type, use, fixed, default, form) and
// facets (with fixed) as sets; annotations (documentation and appinfo content,
// whitespace-normalized, with their attributes such as xml:lang) and foreign attributes
// (such as seres:guid) by namespace URI and local name, wherever they are.
//
// Ignored: formatting, namespace prefixes, comments, attribute order, the order of global
// components, id attributes, empty documentation, and rewritings that accept the same
// documents: a sequence nested in a sequence (or a choice in a choice) once and exactly once
// is the same as its particles in place; a single-particle group is that particle (a type's
// content of one plain sequence holding one group or group reference is that group); length
// equals minLength + maxLength; numeric facet values compare as decimals.
QStringList compareXsdSchemas(const Xsd::XmlNode &expected, const Xsd::XmlNode &actual);

} // namespace Models
