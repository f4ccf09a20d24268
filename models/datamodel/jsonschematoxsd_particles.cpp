// Content models: the particles and attribute uses a type's keywords declare, wildcards,
// and the compositors (sequence, choice, all) they are written as.

#include "core/jsondocument.h"
#include "jsonschematoxsd_p.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Models::JsonToXsd {

namespace {

// Studio writes @xsdMinOccurs / @xsdMaxOccurs on elements, group references and xsd:any only;
// on another step or a choice's alternative they can only be its compositor's, and are read
// as @xsdCompositorMinOccurs / @xsdCompositorMaxOccurs.
Json::Value compositorStep(const Json::Value &step)
{
    if (!step.isObject() || isRefStep(step) || isAnyStep(step) || step.contains(XsdKeywords::CompositorMinOccurs)
        || step.contains(XsdKeywords::CompositorMaxOccurs))
        return step;
    Json::Value out = step;
    for (const auto &[studios, ours] : {std::pair(u"@xsdMinOccurs"_s, XsdKeywords::CompositorMinOccurs),
                                        std::pair(u"@xsdMaxOccurs"_s, XsdKeywords::CompositorMaxOccurs)}) {
        if (out.contains(studios)) {
            out.insert(ours, out.value(studios));
            out.remove(studios);
        }
    }
    return out;
}

bool isCompositor(const XNode &node, const QString &xsdPrefix)
{
    return node.name == xsdPrefix + u"sequence" || node.name == xsdPrefix + u"choice" || node.name == xsdPrefix + u"all";
}

// What a compositor's occurrences say about the elements in it.
Context within(Context context, const Json::Value &compositor)
{
    const Json::Value min = compositor.value(XsdKeywords::CompositorMinOccurs);
    const QString max = occursText(compositor.value(XsdKeywords::CompositorMaxOccurs));
    context.optional = context.optional || (min.isNumber() && min.toDouble() == 0);
    context.repeated = context.repeated || max == u"unbounded" || max.toLongLong() > 1;
    return context;
}

} // namespace

XNode Writer::anyAttribute(const Json::Value &spec)
{
    XNode node(xs(u"anyAttribute"_s));
    const QString ns = spec.value(u"Namespace").toString();
    if (!ns.isEmpty() && ns != u"##any")
        node.attr(u"namespace"_s, ns);
    const QString process = spec.value(u"ProcessContent").toString();
    if (!process.isEmpty() && process != u"None")
        node.attr(u"processContents"_s, process.toLower());
    if (spec.contains(u"Id"))
        node.attr(u"id"_s, spec.value(u"Id").toString());
    return node;
}

// xsd:any: @xsdAnyElement has the shape of @xsdAnyAttribute.
XNode Writer::anyElement(const Json::Value &step)
{
    XNode any = anyAttribute(step.value(XsdKeywords::AnyElement));
    any.name = xs(u"any"_s);
    addParticleOccurs(any, step);
    addParticleDecorations(any, step);
    return any;
}

// The particles and attribute uses a type's keywords declare. A type whose content is one
// particle with keywords of its own carries them beside its own (Studio merges a type's only
// step into the type), as an alternative of a choice does.
void Writer::collectContent(const Json::Value &s, const QString &pointer, Content &out, Context context)
{
    if (standsForOwnParticle(s))
        collectStep(s, pointer, out, context);
    else
        collectMembers(s, pointer, out, context);
}

// In order: the properties, then the allOf steps, then a choice for oneOf.
void Writer::collectMembers(const Json::Value &s, const QString &pointer, Content &out, Context context)
{
    const Json::Value required = s.value(u"required");
    const QString propertiesPointer = Json::appendPointer(pointer, u"properties");
    for (const auto &p : membersOf(s, u"properties")) {
        const QString propertyPointer = Json::appendPointer(propertiesPointer, p.first);
        checkName(p.first, propertyPointer);
        const bool isRequired = required.elements().contains(Json::Value(p.first));
        if (p.second.value(u"@xsdAttribute").toBool())
            out.attributes.append(attribute(p.first, p.second, isRequired, propertyPointer));
        else
            out.particles.append(element(p.first, p.second, isRequired, propertyPointer, false, context));
    }
    const Json::Value allOf = s.value(u"allOf");
    for (int i = 0; i < allOf.size(); ++i)
        collectStep(compositorStep(allOf.at(i)), Json::appendPointer(Json::appendPointer(pointer, u"allOf"), i), out, context);
    if (s.contains(u"oneOf"))
        out.particles.append(choice(s, pointer));
    if (isRefStep(s) || isAnyStep(s))
        collectParticle(s, pointer, out, context);
    if (s.contains(u"@xsdAnyAttribute"))
        out.anyAttribute = anyAttribute(s.value(u"@xsdAnyAttribute"));
    const Json::Value prohibited = s.value(XsdKeywords::ProhibitedAttributes);
    for (int i = 0; i < prohibited.size(); ++i)
        out.attributes.append(prohibitedAttribute(prohibited.at(i), Json::appendPointer(Json::appendPointer(pointer, XsdKeywords::ProhibitedAttributes), i)));
    if (s.value(u"@xsdStructure").toString() == u"all")
        out.all = true;
}

// A step, inside the sequences that @xsdEnclosingSequences lists (outermost first).
void Writer::collectStep(const Json::Value &step, const QString &pointer, Content &out, Context context)
{
    const QList<Json::Value> &enclosing = elementsOf(step, XsdKeywords::EnclosingSequences);
    if (enclosing.isEmpty()) {
        collectParticle(step, pointer, out, context);
        return;
    }
    for (const Json::Value &sequence : enclosing)
        context = within(context, sequence);
    Content content;
    collectParticle(step, pointer, content, context);
    XNode node(xs(u"sequence"_s));
    if (content.particles.size() == 1)
        node = content.particles.takeFirst();
    else
        node.children = content.particles;
    for (auto it = enclosing.crbegin(); it != enclosing.crend(); ++it) {
        XNode sequence(xs(u"sequence"_s));
        sequence.add(node);
        addCompositorOccurs(sequence, *it);
        addParticleDecorations(sequence, *it);
        node = sequence;
    }
    out.particles.append(node);
    out.attributes.append(content.attributes);
    if (content.anyAttribute)
        out.anyAttribute = content.anyAttribute;
}

void Writer::collectParticle(const Json::Value &step, const QString &pointer, Content &out, Context context)
{
    if (isRefStep(step)) {
        XNode ref = groupReference(step, pointer);
        (ref.name == xs(u"group"_s) ? out.particles : out.attributes).append(ref);
    } else if (isAnyStep(step)) {
        out.particles.append(anyElement(step));
    } else if (hasParticleKeywords(step) && !step.contains(u"oneOf")) {
        // A sequence (or xsd:all) of its own; its occurrences apply to the elements in it.
        Content content;
        collectMembers(step, pointer, content, within(context, step));
        XNode compositor(xs(content.all ? u"all"_s : u"sequence"_s));
        compositor.children = content.particles;
        addCompositorOccurs(compositor, step);
        addParticleDecorations(compositor, step);
        out.particles.append(compositor);
        out.attributes.append(content.attributes);
        if (content.anyAttribute)
            out.anyAttribute = content.anyAttribute;
    } else {
        collectMembers(step, pointer, out, context);
    }
}

XNode Writer::choice(const Json::Value &s, const QString &pointer)
{
    XNode node(xs(u"choice"_s));
    const Json::Value branches = s.value(u"oneOf");
    const QString branchesPointer = Json::appendPointer(pointer, u"oneOf");
    for (int i = 0; i < branches.size(); ++i)
        node.add(choiceBranch(branches.at(i), Json::appendPointer(branchesPointer, i)));
    addCompositorOccurs(node, s);
    addParticleDecorations(node, s);
    return node;
}

// One alternative: a single particle as it is, several as a sequence.
XNode Writer::choiceBranch(const Json::Value &branch, const QString &pointer)
{
    Content content;
    collectContent(compositorStep(branch), pointer, content);
    if (!content.attributes.isEmpty() || content.anyAttribute)
        fail(pointer, QCoreApplication::translate("DataModel", "An alternative of a choice cannot declare attributes"));
    if (content.particles.size() == 1)
        return content.particles.takeFirst();
    XNode sequence(xs(u"sequence"_s));
    sequence.children = content.particles;
    return sequence;
}

void Writer::addContentChildren(XNode &parent, Content &content)
{
    // A lone sequence, choice or all of its own is the content model itself.
    const bool lonelyCompositor = !content.all && content.particles.size() == 1 && isCompositor(content.particles.first(), m_xs);
    if (lonelyCompositor) {
        parent.add(content.particles.takeFirst());
    } else if (!content.particles.isEmpty() || content.all) {
        XNode compositor(xs(content.all ? u"all"_s : u"sequence"_s));
        compositor.children = content.particles;
        parent.add(compositor);
    }
    for (XNode &a : content.attributes)
        parent.add(a);
    if (content.anyAttribute)
        parent.add(*content.anyAttribute);
}

} // namespace Models::JsonToXsd
