#pragma once

#include <QString>
#include <QStringList>

// Keywords added to Altinn Studio's JSON Schema dialect, written only where Studio's JSON
// would lose what the XSD says (so the XSD written back from the JSON Schema would differ).
// Studio never writes any of them, and they are only added beside Studio's keywords, so a
// reader that knows only Studio's dialect sees exactly Studio's JSON; Studio ignores keywords
// it does not know. models/datamodel/README.md has the table: where each one sits, its value
// and why.
namespace Models::XsdKeywords {

// Occurrences of a compositor (xsd:sequence, xsd:choice, xsd:all) written in the XSD and
// other than once, on the allOf step that is a nested sequence, on the node holding a
// choice's oneOf, or on the type whose content the compositor is: an int and a string
// ("unbounded", "5"), as @xsdMinOccurs and @xsdMaxOccurs. Studio writes those two on elements, group references and xsd:any only;
// a compositor's occurrences it folds into its elements (optional, array) and loses.
inline const QString CompositorMinOccurs = QStringLiteral("@xsdCompositorMinOccurs");
inline const QString CompositorMaxOccurs = QStringLiteral("@xsdCompositorMaxOccurs");
// On a step that is a choice, a group reference, xsd:any or a sequence with keywords of its
// own: the sequences around it that hold nothing else, outermost first, each an object of
// their keywords (@xsdCompositorMinOccurs, @xsdCompositorMaxOccurs,
// @xsdParticleUnhandledAttributes, @xsdParticleAnnotation; {} for none). Studio writes such
// a sequence as the step alone.
inline const QString EnclosingSequences = QStringLiteral("@xsdEnclosingSequences");
// true on an element whose anonymous complex type holds only a group reference or xsd:any
// (merged into the element as Studio does, they would read as an element reference or a
// wildcard).
inline const QString AnonymousComplexType = QStringLiteral("@xsdAnonymousComplexType");
// Particles: foreign attributes and the annotation of a sequence, choice, all, any or group
// reference, next to its occurrences.
inline const QString ParticleUnhandledAttributes = QStringLiteral("@xsdParticleUnhandledAttributes");
inline const QString ParticleAnnotation = QStringLiteral("@xsdParticleAnnotation");
// Next to "$comment": the attributes of each xsd:documentation / xsd:appinfo it holds (such
// as xml:lang and source), which Studio's $comment leaves out. An array with one object per
// documentation or appInfo of the $comment, in order ({} for one without attributes):
// qualified name -> value, with an "xmlns:p" entry for a prefix other than xml. Written only
// when one of them has attributes; applied only while the counts agree.
inline const QString CommentAttributes = QStringLiteral("@xsdCommentAttributes");
// xsd:any: {"Id"?, "Namespace", "ProcessContent"}, shaped as Studio's @xsdAnyAttribute.
inline const QString AnyElement = QStringLiteral("@xsdAnyElement");
// Element and attribute declarations.
inline const QString Fixed = QStringLiteral("@xsdFixed");
inline const QString Default = QStringLiteral("@xsdDefault");
inline const QString Form = QStringLiteral("@xsdForm");
inline const QString Block = QStringLiteral("@xsdBlock");
inline const QString Final = QStringLiteral("@xsdFinal");
inline const QString Abstract = QStringLiteral("@xsdAbstract");
inline const QString SubstitutionGroup = QStringLiteral("@xsdSubstitutionGroup");
inline const QString IdentityConstraints = QStringLiteral("@xsdIdentityConstraints");
// Complex types.
inline const QString Mixed = QStringLiteral("@xsdMixed");
inline const QString ProhibitedAttributes = QStringLiteral("@xsdProhibitedAttributes");
// What a $defs entry is when no reference says it: "element", "group" or "attributeGroup".
inline const QString Component = QStringLiteral("@xsdComponent");
// An anonymous type's own foreign attributes and annotation (Studio merges them into the
// element's @xsdUnhandledAttributes and $comment).
inline const QString TypeUnhandledAttributes = QStringLiteral("@xsdTypeUnhandledAttributes");
inline const QString TypeAnnotation = QStringLiteral("@xsdTypeAnnotation");
// Foreign attributes of a restriction, extension or list.
inline const QString RestrictionUnhandledAttributes = QStringLiteral("@xsdRestrictionUnhandledAttributes");
inline const QString ExtensionUnhandledAttributes = QStringLiteral("@xsdExtensionUnhandledAttributes");
inline const QString ListUnhandledAttributes = QStringLiteral("@xsdListUnhandledAttributes");
// Facets.
inline const QString WhiteSpace = QStringLiteral("@xsdWhiteSpace");
inline const QString FixedFacets = QStringLiteral("@xsdFixedFacets");
inline const QString EnumAnnotations = QStringLiteral("@xsdEnumAnnotations");
inline const QString FacetAnnotations = QStringLiteral("@xsdFacetAnnotations");
// The schema element.
inline const QString SchemaVersion = QStringLiteral("@xsdSchemaVersion");
inline const QString SchemaAnnotation = QStringLiteral("@xsdSchemaAnnotation");
// The schema's own foreign attributes, when telling them from the root element's by the
// xml: prefix (what a reader of Studio's merged @xsdUnhandledAttributes does) would fail.
inline const QString SchemaUnhandledAttributes = QStringLiteral("@xsdSchemaUnhandledAttributes");

// true on an element whose anonymous type is an xsd:list (its JSON is an array, which would
// otherwise read as a repeated element).
inline const QString SimpleTypeList = QStringLiteral("@xsdSimpleTypeList");
// true on a complex type that declares nothing (its JSON would be empty, which reads as an
// element of any type, or a simple type).
inline const QString EmptyComplexType = QStringLiteral("@xsdEmptyComplexType");

// The keyword names above, in the order of this file.
QStringList addedKeywords();

} // namespace Models::XsdKeywords
