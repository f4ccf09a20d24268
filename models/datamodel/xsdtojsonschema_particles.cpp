// Particles: sequences split into steps where something other than an element sits between
// elements; choices become `oneOf`; xsd:all is marked with @xsdStructure; group references
// and xsd:any are steps of their own.
//
// Beyond Studio's dialect, always beside Studio's JSON and never changing it: a compositor's
// own occurrences, foreign attributes and annotation sit on its step (a nested sequence) or
// on its oneOf node (a choice); sequences around a step alone go to the step's
// @xsdEnclosingSequences; xsd:any keeps namespace and processContents.

#include "xsdtojsonschema_p.h"

#include <QCoreApplication>

#include <utility>

using namespace Qt::StringLiterals;

namespace Models::XsdToJson {

namespace {

constexpr std::initializer_list<QStringView> SequenceChildren = {u"element", u"sequence", u"choice", u"group", u"any"};

// Whether a step stands for a particle with keywords of its own (a choice, a group
// reference, xsd:any, a compositor with occurrences, foreign attributes or an annotation):
// a sequence around it alone cannot put its keywords beside them.
bool hasOwnParticle(const Json::Value &step)
{
    for (const auto &m : step.members()) {
        if (m.first == u"oneOf" || m.first == XsdKeywords::CompositorMinOccurs || m.first == XsdKeywords::CompositorMaxOccurs
            || m.first == XsdKeywords::ParticleUnhandledAttributes || m.first == XsdKeywords::ParticleAnnotation
            || m.first == XsdKeywords::EnclosingSequences)
            return true;
    }
    return isParticleStep(step.members());
}

} // namespace

Members Converter::particleKeywords(const XmlNode &particle)
{
    if (particle.isXsd(u"sequence")) {
        Members extras;
        const QList<Json::Value> steps = sequenceSteps(particle, Context(), &extras);
        return sequenceStep(steps, extras).members();
    }
    if (particle.isXsd(u"choice"))
        return choiceSchema(particle).members();
    if (particle.isXsd(u"all"))
        return allKeywords(particle);
    return referenceStep(particle).members();
}

// Studio's step for a sequence (its only step, or an allOf of its steps), with the
// sequence's own keywords beside it; where its only step has keywords of its own particle,
// the sequence is one of the step's @xsdEnclosingSequences.
Json::Value Converter::sequenceStep(const QList<Json::Value> &steps, const Members &extras)
{
    if (steps.isEmpty())
        return {};
    if (steps.size() > 1)
        return Json::Value::object(Members{{u"allOf"_s, Json::Value::array(steps)}} + extras);
    Json::Value step = steps.first();
    if (extras.isEmpty())
        return step;
    if (!hasOwnParticle(step))
        return Json::Value::object(step.members() + extras);
    QList<Json::Value> enclosing{Json::Value::object(extras)};
    if (const Json::Value *inner = step.find(XsdKeywords::EnclosingSequences))
        enclosing += inner->elements();
    step.remove(XsdKeywords::EnclosingSequences);
    step.insert(XsdKeywords::EnclosingSequences, Json::Value::array(enclosing));
    return step;
}

QList<Json::Value> Converter::sequenceSteps(const XmlNode &sequence, Context context, Members *extras)
{
    DepthGuard guard(*this, sequence);
    Occurs occurs;
    if (!guard.ok() || !readOccurs(sequence, &occurs) || !checkChildren(sequence, SequenceChildren))
        return {};
    if (extras)
        *extras = particleExtras(sequence, occurs);
    context.optional = context.optional || occurs.min == 0;
    context.repeated = context.repeated || occurs.repeats();
    QList<Json::Value> steps;
    PropertyGroup group;
    const auto flush = [&] {
        if (!group.isEmpty())
            steps.append(Json::Value::object(std::exchange(group, PropertyGroup()).keywords()));
    };
    for (const XmlNode &child : sequence.children) {
        if (failed())
            return {};
        if (child.isXsd(u"element")) {
            QString name;
            bool required = false;
            const Json::Value property = elementProperty(child, context, &name, &required);
            group.add(name, property, required);
            continue;
        }
        if (!child.isElement() || child.isXsd(u"annotation"))
            continue;
        flush();
        if (child.isXsd(u"sequence")) {
            Members innerExtras;
            const QList<Json::Value> inner = sequenceSteps(child, context, &innerExtras);
            if (const Json::Value step = sequenceStep(inner, innerExtras); !step.isNull())
                steps.append(step);
        } else if (child.isXsd(u"choice")) {
            if (const Json::Value choice = choiceSchema(child); !choice.isNull())
                steps.append(choice);
        } else {
            steps.append(child.isXsd(u"any") ? anyStep(child) : referenceStep(child));
        }
    }
    flush();
    return steps;
}

// Each branch is described as if chosen once; the choice's own occurrences sit beside oneOf.
Json::Value Converter::choiceSchema(const XmlNode &choice)
{
    DepthGuard guard(*this, choice);
    Occurs occurs;
    if (!guard.ok() || !readOccurs(choice, &occurs) || !checkChildren(choice, SequenceChildren))
        return {};
    QList<Json::Value> branches;
    for (const XmlNode &child : choice.children) {
        if (child.isElement() && !child.isXsd(u"annotation") && !failed())
            branches.append(choiceBranch(child));
    }
    if (branches.isEmpty())
        return {};
    return Json::Value::object(Members{{u"oneOf"_s, Json::Value::array(branches)}} + particleExtras(choice, occurs));
}

Json::Value Converter::choiceBranch(const XmlNode &particle)
{
    if (particle.isXsd(u"element")) {
        QString name;
        bool required = false;
        const Json::Value property = elementProperty(particle, Context(), &name, &required);
        PropertyGroup group;
        group.add(name, property, required);
        return Json::Value::object(group.keywords());
    }
    if (particle.isXsd(u"sequence")) {
        Members extras;
        const QList<Json::Value> steps = sequenceSteps(particle, Context(), &extras);
        const Json::Value step = sequenceStep(steps, extras);
        return step.isNull() ? Json::Value::object() : step;
    }
    if (particle.isXsd(u"choice"))
        return choiceSchema(particle);
    return particle.isXsd(u"any") ? anyStep(particle) : referenceStep(particle);
}

Members Converter::allKeywords(const XmlNode &all)
{
    Occurs occurs;
    if (!readOccurs(all, &occurs) || !checkChildren(all, {u"element"}))
        return {};
    Context context;
    context.optional = occurs.min == 0;
    PropertyGroup group;
    for (const XmlNode *element : all.xsdChildren(u"element")) {
        QString name;
        bool required = false;
        const Json::Value property = elementProperty(*element, context, &name, &required);
        group.add(name, property, required);
    }
    Members out = group.keywords();
    out.append({u"@xsdStructure"_s, u"all"_s});
    return out + particleExtras(all, occurs);
}

Json::Value Converter::referenceStep(const XmlNode &node)
{
    QString uri;
    QString local;
    const QString ref = node.attribute(u"ref").trimmed();
    if (ref.isEmpty() || !node.resolveQName(ref, &uri, &local)) {
        fail(node, QCoreApplication::translate("DataModel", "%1 needs a ref attribute naming a declared group").arg(node.qualifiedName));
        return {};
    }
    Members out{{u"$ref"_s, definitionRef(local)}, {u"@xsdType"_s, u"#ref"_s}};
    Occurs occurs;
    if (readOccurs(node, &occurs))
        putOccurs(out, occurs);
    if (node.isXsd(u"group"))
        out += particleDecorations(node);
    return Json::Value::object(out);
}

Json::Value Converter::anyStep(const XmlNode &any)
{
    Members out{{u"@xsdType"_s, u"#any"_s}};
    Occurs occurs;
    if (readOccurs(any, &occurs))
        putOccurs(out, occurs);
    // Shaped as Studio's @xsdAnyAttribute; written only when the XSD says more than the default.
    if (any.hasAttribute(u"namespace") || any.hasAttribute(u"processContents") || any.hasAttribute(u"id"))
        out.append({XsdKeywords::AnyElement, anyAttribute(any)});
    return Json::Value::object(out + particleDecorations(any));
}

} // namespace Models::XsdToJson
