// The only place that uses Xerces-C++ (with xmltree.cpp's plain data): reading XML into an
// XmlNode tree, and validating instances against an XSD. Every way Xerces could reach outside
// the given bytes is closed: DOCTYPEs are refused when they start (before any entity is
// declared), default entity resolution is off, and the entity resolver refuses everything.

#include "xsdreader.h"

#include <QCoreApplication>

#include <xercesc/framework/MemBufInputSource.hpp>
#include <xercesc/sax/Locator.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/sax2/Attributes.hpp>
#include <xercesc/sax2/DefaultHandler.hpp>
#include <xercesc/sax2/SAX2XMLReader.hpp>
#include <xercesc/sax2/XMLReaderFactory.hpp>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/XMLUni.hpp>
#include <xercesc/validators/common/Grammar.hpp>

#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;
XERCES_CPP_NAMESPACE_USE

namespace Models::Xsd {

namespace {

void ensureXercesInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { XMLPlatformUtils::Initialize(); });
}

QString str(const XMLCh *s)
{
    return s ? QString::fromUtf16(reinterpret_cast<const char16_t *>(s)) : QString();
}

QString str(const XMLCh *s, XMLSize_t length)
{
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(s), qsizetype(length));
}

// Stops a parse from a handler; carries our message (Xerces' own exceptions carry theirs).
struct Refusal {
    QString message;
    int line = 0;
    int column = 0;
};

// Handler shared by reading and validating: refuses DTDs and external resources, collects
// errors with their positions.
class GuardedHandler : public DefaultHandler {
public:
    void setDocumentLocator(const Locator *const locator) override { m_locator = locator; }

    void startDTD(const XMLCh *const name, const XMLCh *const, const XMLCh *const) override
    {
        throw Refusal{QCoreApplication::translate("DataModel", "The file declares a document type (<!DOCTYPE %1>). Document types and entities are not "
                         "allowed: they can make a file read other files or the network.").arg(str(name)),
                      line(), column()};
    }

    InputSource *resolveEntity(const XMLCh *const, const XMLCh *const systemId) override
    {
        throw Refusal{QCoreApplication::translate("DataModel", "The file refers to another resource (%1), which is never fetched or read.").arg(str(systemId)),
                      line(), column()};
    }

    void warning(const SAXParseException &) override {}
    void error(const SAXParseException &e) override { m_errors.append(toError(e)); }
    void fatalError(const SAXParseException &e) override
    {
        m_errors.append(toError(e));
        throw Refusal{m_errors.last().message, m_errors.last().location.line, m_errors.last().location.column};
    }

    const QList<Error> &errors() const { return m_errors; }

protected:
    int line() const { return m_locator ? int(m_locator->getLineNumber()) : 0; }
    int column() const { return m_locator ? int(m_locator->getColumnNumber()) : 0; }

private:
    static Error toError(const SAXParseException &e)
    {
        return Error(str(e.getMessage()), Location::inFile(QString(), int(e.getLineNumber()), int(e.getColumnNumber())));
    }

    const Locator *m_locator = nullptr;
    QList<Error> m_errors;
};

class TreeBuilder : public GuardedHandler {
public:
    XmlNode takeRoot() { return std::move(m_root); }

    void startElement(const XMLCh *const uri, const XMLCh *const localname, const XMLCh *const qname,
                      const Attributes &attrs) override
    {
        XmlNode node;
        node.kind = XmlNode::Kind::Element;
        node.namespaceUri = str(uri);
        node.localName = str(localname);
        node.qualifiedName = str(qname);
        const auto colon = node.qualifiedName.indexOf(u':');
        node.prefix = colon < 0 ? QString() : node.qualifiedName.left(colon);
        node.line = line();
        node.column = column();
        node.namespaces = m_stack.isEmpty() ? QHash<QString, QString>{{u"xml"_s, u"http://www.w3.org/XML/1998/namespace"_s}}
                                            : m_stack.last().namespaces;
        for (XMLSize_t i = 0; i < attrs.getLength(); ++i) {
            XmlAttribute a;
            a.qualifiedName = str(attrs.getQName(i));
            a.namespaceUri = str(attrs.getURI(i));
            a.localName = str(attrs.getLocalName(i));
            a.value = str(attrs.getValue(i));
            const auto c = a.qualifiedName.indexOf(u':');
            a.prefix = c < 0 ? QString() : a.qualifiedName.left(c);
            a.isNamespaceDeclaration = a.qualifiedName == u"xmlns" || a.prefix == u"xmlns";
            if (a.isNamespaceDeclaration)
                node.namespaces.insert(a.prefix.isEmpty() ? QString() : a.localName, a.value);
            node.attributes.append(a);
        }
        m_stack.append(std::move(node));
    }

    void endElement(const XMLCh *const, const XMLCh *const, const XMLCh *const) override
    {
        XmlNode node = m_stack.takeLast();
        if (m_stack.isEmpty())
            m_root = std::move(node);
        else
            m_stack.last().children.append(std::move(node));
    }

    void characters(const XMLCh *const chars, const XMLSize_t length) override
    {
        if (m_stack.isEmpty())
            return;
        QList<XmlNode> &kids = m_stack.last().children;
        const XmlNode::Kind kind = m_inCData ? XmlNode::Kind::CData : XmlNode::Kind::Text;
        if (!kids.isEmpty() && kids.last().kind == kind && !m_newCData) {
            kids.last().text += str(chars, length);
            return;
        }
        XmlNode text;
        text.kind = kind;
        text.text = str(chars, length);
        kids.append(std::move(text));
        m_newCData = false;
    }

    void ignorableWhitespace(const XMLCh *const chars, const XMLSize_t length) override { characters(chars, length); }

    void comment(const XMLCh *const chars, const XMLSize_t length) override
    {
        if (m_stack.isEmpty())
            return;
        XmlNode c;
        c.kind = XmlNode::Kind::Comment;
        c.text = str(chars, length);
        m_stack.last().children.append(std::move(c));
    }

    void processingInstruction(const XMLCh *const target, const XMLCh *const data) override
    {
        if (m_stack.isEmpty())
            return;
        XmlNode pi;
        pi.kind = XmlNode::Kind::ProcessingInstruction;
        pi.qualifiedName = str(target);
        pi.text = str(data);
        m_stack.last().children.append(std::move(pi));
    }

    void startCDATA() override
    {
        m_inCData = true;
        m_newCData = true;
    }
    void endCDATA() override { m_inCData = false; }

private:
    QList<XmlNode> m_stack;
    XmlNode m_root;
    bool m_inCData = false;
    bool m_newCData = false;
};

std::unique_ptr<SAX2XMLReader> makeReader(GuardedHandler &handler, bool validating)
{
    std::unique_ptr<SAX2XMLReader> reader(XMLReaderFactory::createXMLReader());
    reader->setFeature(XMLUni::fgSAX2CoreNameSpaces, true);
    reader->setFeature(XMLUni::fgSAX2CoreNameSpacePrefixes, true);  // keep xmlns attributes
    reader->setFeature(XMLUni::fgXercesLoadExternalDTD, false);
    reader->setFeature(XMLUni::fgXercesDisableDefaultEntityResolution, true);
    reader->setFeature(XMLUni::fgXercesLoadSchema, false);  // never follow xsi:schemaLocation
    reader->setFeature(XMLUni::fgSAX2CoreValidation, validating);
    reader->setFeature(XMLUni::fgXercesSchema, validating);
    reader->setFeature(XMLUni::fgXercesSchemaFullChecking, validating);
    reader->setFeature(XMLUni::fgXercesDynamic, false);
    if (validating)
        reader->setFeature(XMLUni::fgXercesUseCachedGrammarInParse, true);
    reader->setContentHandler(&handler);
    reader->setLexicalHandler(&handler);
    reader->setErrorHandler(&handler);
    reader->setEntityResolver(&handler);
    return reader;
}

Error located(const QString &message, int line, int column, const QString &fileName)
{
    return Error(message, Location::inFile(fileName, line, column));
}

} // namespace

Result<XmlNode> readXml(const QByteArray &bytes, const QString &fileName)
{
    ensureXercesInitialized();
    TreeBuilder builder;
    auto reader = makeReader(builder, false);
    MemBufInputSource source(reinterpret_cast<const XMLByte *>(bytes.constData()), XMLSize_t(bytes.size()), "memory");
    try {
        reader->parse(source);
    } catch (const Refusal &r) {
        return located(r.message, r.line, r.column, fileName);
    } catch (const XMLException &e) {
        return located(str(e.getMessage()), int(e.getSrcLine()), 0, fileName);
    } catch (const SAXException &e) {
        return located(str(e.getMessage()), 0, 0, fileName);
    }
    if (!builder.errors().isEmpty()) {
        Error e = builder.errors().first();
        e.location.file = fileName;
        return e;
    }
    XmlNode root = builder.takeRoot();
    if (root.localName.isEmpty())
        return located(QCoreApplication::translate("DataModel", "The file has no XML element"), 1, 1, fileName);
    return root;
}

Result<XmlNode> readXsd(const QByteArray &bytes, const QString &fileName)
{
    auto root = readXml(bytes, fileName);
    if (!root)
        return root;
    if (!root->isXsd(u"schema"))
        return located(QCoreApplication::translate("DataModel", "This is not an XML Schema: the root element is <%1>, not <xsd:schema> in the namespace %2")
                           .arg(root->qualifiedName, QString::fromUtf16(XsdNamespace)),
                       root->line, root->column, fileName);
    for (const XmlNode *child : root->elements()) {
        if (child->isXsd(u"import") || child->isXsd(u"include") || child->isXsd(u"redefine")) {
            const QString where = child->attribute(u"schemaLocation").isEmpty() ? child->attribute(u"namespace")
                                                                                 : child->attribute(u"schemaLocation");
            return located(QCoreApplication::translate("DataModel", "xsd:%1 of \"%2\" is not supported: the designer never fetches or reads other files. "
                              "Put the types this schema needs into the file itself.").arg(child->localName, where),
                           child->line, child->column, fileName);
        }
    }
    return root;
}

Result<QList<Error>> validateInstance(const QByteArray &instance, const QByteArray &xsd)
{
    ensureXercesInitialized();
    GuardedHandler grammarHandler;
    auto reader = makeReader(grammarHandler, true);
    MemBufInputSource schemaSource(reinterpret_cast<const XMLByte *>(xsd.constData()), XMLSize_t(xsd.size()), "schema.xsd");
    try {
        const Grammar *grammar = reader->loadGrammar(schemaSource, Grammar::SchemaGrammarType, true);
        if (!grammar || !grammarHandler.errors().isEmpty()) {
            const QString why = grammarHandler.errors().isEmpty() ? QCoreApplication::translate("DataModel", "it could not be loaded")
                                                                   : grammarHandler.errors().first().toString();
            return Error(QCoreApplication::translate("DataModel", "The XSD cannot be used to validate: %1").arg(why));
        }
    } catch (const Refusal &r) {
        return Error(QCoreApplication::translate("DataModel", "The XSD cannot be used to validate: %1").arg(r.message), Location::inFile(QString(), r.line, r.column));
    } catch (const XMLException &e) {
        return Error(QCoreApplication::translate("DataModel", "The XSD cannot be used to validate: %1").arg(str(e.getMessage())));
    }
    GuardedHandler instanceHandler;
    reader->setContentHandler(&instanceHandler);
    reader->setLexicalHandler(&instanceHandler);
    reader->setErrorHandler(&instanceHandler);
    reader->setEntityResolver(&instanceHandler);
    MemBufInputSource source(reinterpret_cast<const XMLByte *>(instance.constData()), XMLSize_t(instance.size()), "instance.xml");
    try {
        reader->parse(source);
    } catch (const Refusal &r) {
        QList<Error> out = instanceHandler.errors();
        if (out.isEmpty())
            out.append(Error(r.message, Location::inFile(QString(), r.line, r.column)));
        return out;
    } catch (const XMLException &e) {
        return QList<Error>{Error(str(e.getMessage()), Location::inFile(QString(), int(e.getSrcLine()), 0))};
    }
    return instanceHandler.errors();
}

} // namespace Models::Xsd
