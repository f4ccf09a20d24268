// The XML layer: real files load and save byte for byte; an edit changes only its own
// span, so the canonical form (C14N) of every element it does not touch stays the same;
// malformed input, stale edits and edits that would break the file are refused; external
// entities are never fetched; files in other encodings are written back in that encoding.

#include "core/xmldocument.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <functional>

using namespace Models;
using namespace Models::Xml;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QStringList corpusXmlFiles()
{
    QStringList files;
    for (const char *sub : {"corpus/apps", "corpus/repos-partial", "corpus/datamodels"}) {
        QDirIterator it(TestPaths::sharedDir() + u'/' + QLatin1String(sub), {u"*.bpmn"_s, u"*.xml"_s, u"*.xsd"_s},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    return files;
}

QString corpusPath(const QString &relative)
{
    return TestPaths::sharedDir() + u"/corpus/"_s + relative;
}

// ---- A small canonical form (after W3C C14N 1.0, without comments) ----
// Built with its own reader over the bytes, independently of the code under test:
// names as {namespace-uri}local-name, attributes sorted by namespace and local name with
// their decoded values, text exactly as the parser delivers it (character references and
// entities expanded, CDATA as text, no whitespace normalisation), processing instructions
// kept, comments left out.

QString c14nText(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'>': out += u"&gt;"_s; break;
        case u'\r': out += u"&#xD;"_s; break;
        default: out += c;
        }
    }
    return out;
}

QString c14nAttribute(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'&': out += u"&amp;"_s; break;
        case u'<': out += u"&lt;"_s; break;
        case u'"': out += u"&quot;"_s; break;
        case u'\t': out += u"&#x9;"_s; break;
        case u'\n': out += u"&#xA;"_s; break;
        case u'\r': out += u"&#xD;"_s; break;
        default: out += c;
        }
    }
    return out;
}

struct CanonicalElement {
    QString qualifiedName;
    int parent = -1;
    qsizetype begin = 0;
    qsizetype end = 0;
};

struct Canonical {
    bool wellFormed = false;
    QString error;
    QString text;                       // canonical form of the document element
    QList<CanonicalElement> elements;  // in document order

    QStringView of(int i) const
    {
        const CanonicalElement &e = elements.at(i);
        return QStringView(text).mid(e.begin, e.end - e.begin);
    }
    bool isInside(int i, int ancestor) const  // i is ancestor or lies within it
    {
        for (int k = i; k >= 0; k = elements.at(k).parent) {
            if (k == ancestor)
                return true;
        }
        return false;
    }
    bool contains(int i, int descendant) const { return isInside(descendant, i); }
};

Canonical canonicalize(const QByteArray &bytes)
{
    Canonical c;
    QXmlStreamReader r(bytes);
    QList<int> open;
    auto appendName = [&c](QStringView ns, QStringView local) {
        c.text += u'{';
        c.text += ns;
        c.text += u'}';
        c.text += local;
    };
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement: {
            CanonicalElement e;
            e.qualifiedName = r.qualifiedName().toString();
            e.parent = open.isEmpty() ? -1 : open.last();
            e.begin = c.text.size();
            c.text += u'<';
            appendName(r.namespaceUri(), r.name());
            const QXmlStreamAttributes found = r.attributes();
            QList<QXmlStreamAttribute> attrs(found.cbegin(), found.cend());
            std::sort(attrs.begin(), attrs.end(), [](const QXmlStreamAttribute &a, const QXmlStreamAttribute &b) {
                if (a.namespaceUri() != b.namespaceUri())
                    return a.namespaceUri() < b.namespaceUri();
                return a.name() < b.name();
            });
            for (const QXmlStreamAttribute &a : attrs) {
                c.text += u' ';
                appendName(a.namespaceUri(), a.name());
                c.text += u"=\""_s;
                c.text += c14nAttribute(a.value());
                c.text += u'"';
            }
            c.text += u'>';
            c.elements.append(e);
            open.append(int(c.elements.size() - 1));
            break;
        }
        case QXmlStreamReader::EndElement:
            c.text += u"</"_s;
            appendName(r.namespaceUri(), r.name());
            c.text += u'>';
            if (!open.isEmpty())
                c.elements[open.takeLast()].end = c.text.size();
            break;
        case QXmlStreamReader::Characters:
            if (!open.isEmpty())
                c.text += c14nText(r.text());
            break;
        case QXmlStreamReader::ProcessingInstruction:
            if (!open.isEmpty()) {
                c.text += u"<?"_s;
                c.text += r.processingInstructionTarget();
                if (!r.processingInstructionData().isEmpty()) {
                    c.text += u' ';
                    c.text += r.processingInstructionData();
                }
                c.text += u"?>"_s;
            }
            break;
        case QXmlStreamReader::EntityReference:
            c.text += u'&';
            c.text += r.name();
            c.text += u';';
            break;
        default:
            break;  // comments, DTD, document start and end
        }
    }
    c.wellFormed = !r.hasError() && !c.elements.isEmpty();
    if (r.hasError())
        c.error = u"%1:%2: %3"_s.arg(r.lineNumber()).arg(r.columnNumber()).arg(r.errorString());
    return c;
}

// Every element of the canonical form that is not excluded, in document order, must be the
// same before and after. Returns a description of the first difference, or an empty string.
QString compareUntouched(const Canonical &before, const std::function<bool(int)> &excludedBefore,
                         const Canonical &after, const std::function<bool(int)> &excludedAfter)
{
    QList<int> a, b;
    for (int i = 0; i < before.elements.size(); ++i) {
        if (!excludedBefore(i))
            a.append(i);
    }
    for (int i = 0; i < after.elements.size(); ++i) {
        if (!excludedAfter(i))
            b.append(i);
    }
    if (a.size() != b.size())
        return u"%1 untouched elements before, %2 after"_s.arg(a.size()).arg(b.size());
    for (int k = 0; k < a.size(); ++k) {
        if (before.of(a.at(k)) != after.of(b.at(k)))
            return u"element %1 (%2) changed:\n  before: %3\n  after:  %4"_s.arg(a.at(k))
                .arg(before.elements.at(a.at(k)).qualifiedName, before.of(a.at(k)).left(300).toString(),
                     after.of(b.at(k)).left(300).toString());
    }
    return {};
}

void preorder(const Element &e, QList<Element> &out)
{
    out.append(e);
    const QList<Element> kids = e.children();
    for (const Element &c : kids)
        preorder(c, out);
}

QList<Element> allElements(const Document &doc)
{
    QList<Element> out;
    if (doc.root().isValid())
        preorder(doc.root(), out);
    return out;
}

int indexOf(const QList<Element> &list, const Element &e)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i) == e)
            return i;
    }
    return -1;
}

// The element index of the code under test and the independent reader see the same elements.
QString sameElements(const QList<Element> &elements, const Canonical &c)
{
    if (elements.size() != c.elements.size())
        return u"the document lists %1 elements, the reader finds %2"_s.arg(elements.size()).arg(c.elements.size());
    for (int i = 0; i < elements.size(); ++i) {
        if (elements.at(i).qualifiedName() != c.elements.at(i).qualifiedName)
            return u"element %1 is %2 in the document, %3 in the reader"_s.arg(i).arg(elements.at(i).qualifiedName(),
                                                                                    c.elements.at(i).qualifiedName);
    }
    return {};
}

QList<std::pair<QString, QString>> attributePairs(const Element &e, const QString &without = QString())
{
    QList<std::pair<QString, QString>> out;
    const QList<Attribute> attrs = e.attributes();
    for (const Attribute &a : attrs) {
        if (a.qualifiedName != without)
            out.append({a.qualifiedName, a.value});
    }
    return out;
}

const Attribute *findAttribute(const QList<Attribute> &attrs, const QString &qualifiedName)
{
    for (const Attribute &a : attrs) {
        if (a.qualifiedName == qualifiedName)
            return &a;
    }
    return nullptr;
}

bool hasXmllint()
{
    return !QStandardPaths::findExecutable(u"xmllint"_s).isEmpty();
}

// libxml2's opinion, as a second parser: exit code 0 when the bytes are well-formed.
bool xmllintAccepts(const QByteArray &bytes)
{
    QProcess p;
    p.start(u"xmllint"_s, {u"--noout"_s, u"--nonet"_s, u"-"_s});
    if (!p.waitForStarted())
        return true;  // not runnable here: nothing to add
    p.write(bytes);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QByteArray xmllintC14n(const QByteArray &bytes)
{
    QProcess p;
    p.start(u"xmllint"_s, {u"--c14n"_s, u"--nonet"_s, u"-"_s});
    if (!p.waitForStarted())
        return {};
    p.write(bytes);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}

enum class Op { SetAttribute, AddAttribute, RemoveAttribute, SetText, RemoveElement, InsertElement, AppendElement };

const QString NewAttributeValue = u"Endret \"verdi\" & <x> æøå"_s;
const QString AddedAttributeName = u"designerNote"_s;
const QString AddedAttributeValue = u"ny & \"merknad\" <1> ✓"_s;
const QString NewTextValue = u"Ny tekst & <b>fet</b> ]]> æøå 😀"_s;
const QString InsertedMarkup = u"<designerNote kind=\"test\">\n  <inner>tekst &amp; mer</inner>\n</designerNote>"_s;

} // namespace

class TestXmlDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyCorpusXmlFileRoundTripsByteForByte_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = corpusXmlFiles();
        if (files.isEmpty())
            QTest::newRow("corpus missing") << QString();
        const QString root = TestPaths::sharedDir() + u"/corpus/"_s;
        for (const QString &f : files)
            QTest::newRow(qPrintable(QString(f).remove(root))) << f;
    }

    // BOM, line ends, XML declaration and comments come back exactly, and the elements the
    // document indexes are the ones an independent reader sees.
    void everyCorpusXmlFileRoundTripsByteForByte()
    {
        REQUIRE_SHARED("corpus/apps");
        QFETCH(QString, path);
        QVERIFY(!path.isEmpty());
        const QByteArray bytes = readAll(path);
        const auto doc = Document::parse(bytes);
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
        QCOMPARE(doc->bytes(), bytes);
        const Canonical c = canonicalize(bytes);
        QVERIFY2(c.wellFormed, qPrintable(c.error));
        const QString same = sameElements(allElements(*doc), c);
        QVERIFY2(same.isEmpty(), qPrintable(same));
    }

    // The spans that edits rely on: every element starts with its tag and ends with its end
    // tag (or "/>"), and every attribute value span sits between matching quotes and holds
    // the value.
    void spansOfEveryCorpusElementAndAttributeMatchTheText()
    {
        REQUIRE_SHARED("corpus/apps");
        int files = 0, elements = 0, attributes = 0;
        for (const QString &path : corpusXmlFiles()) {
            const auto doc = Document::parse(readAll(path));
            if (!doc)
                continue;  // reported by everyCorpusXmlFileRoundTripsByteForByte
            ++files;
            const QString &text = doc->text();
            for (const Element &e : allElements(*doc)) {
                ++elements;
                const QString where = path + u" element "_s + e.qualifiedName() + u" line "_s + QString::number(e.line());
                const QStringView span = QStringView(text).mid(e.offset(), e.length());
                QVERIFY2(span.startsWith(QString(u'<' + e.qualifiedName())), qPrintable(where));
                QVERIFY2(e.startTagEnd() > e.offset() && text.at(e.startTagEnd() - 1) == u'>', qPrintable(where));
                if (e.isSelfClosing())
                    QVERIFY2(span.endsWith(u"/>"), qPrintable(where));
                else
                    QVERIFY2(span.endsWith(QString(u"</"_s + e.qualifiedName() + u'>')), qPrintable(where));
                const QList<Attribute> attrs = e.attributes();
                for (const Attribute &a : attrs) {
                    ++attributes;
                    const QString at = where + u" attribute "_s + a.qualifiedName;
                    QVERIFY2(a.valueOffset > e.offset() && a.valueOffset + a.valueLength < e.startTagEnd(), qPrintable(at));
                    const QChar quote = text.at(a.valueOffset - 1);
                    QVERIFY2(quote == u'"' || quote == u'\'', qPrintable(at));
                    QCOMPARE(text.at(a.valueOffset + a.valueLength), quote);
                    const QString raw = text.mid(a.valueOffset, a.valueLength);
                    if (!raw.contains(u'&') && !raw.contains(u'\n') && !raw.contains(u'\t') && !raw.contains(u'\r'))
                        QVERIFY2(raw == a.value, qPrintable(at));
                }
            }
        }
        qInfo("%d files, %d elements, %d attributes checked", files, elements, attributes);
        QVERIFY(files > 100);
    }

    void editsOnRealFilesChangeOnlyTheirTarget_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("op");
        const QStringList files = {
            u"apps/payment-test/App/config/process/process.bpmn"_s,
            u"apps/signing-test/App/config/process/process.bpmn"_s,
            u"apps/subform-test/App/config/process/process.bpmn"_s,
            u"apps/frontend-test/App/config/process/process.bpmn"_s,
            u"apps/anonymous-stateless-app/App/config/process/process.bpmn"_s,
            u"apps/payment-test/App/config/authorization/policy.xml"_s,
            u"apps/frontend-test/App/config/authorization/policy.xml"_s,
            u"apps/frontend-test/App/models/message.xsd"_s,
            u"datamodels/seres-real/udir-vfkl.xsd"_s,                         // BOM
            u"datamodels/golden/XmlSchema/General/ReferenceArray.xsd"_s,      // BOM, comment first
            u"datamodels/seres-testdata/schema_5259_1_forms_9999_50000.xsd"_s,  // one line
        };
        const QList<std::pair<Op, const char *>> ops = {
            {Op::SetAttribute, "set attribute"},   {Op::AddAttribute, "add attribute"},
            {Op::RemoveAttribute, "remove attribute"}, {Op::SetText, "set text"},
            {Op::RemoveElement, "remove element"}, {Op::InsertElement, "insert element"},
            {Op::AppendElement, "append element"},
        };
        for (const QString &f : files) {
            for (const auto &[op, name] : ops)
                QTest::addRow("%s: %s", qPrintable(f), name) << f << int(op);
        }
    }

    // Each edit: the result is well-formed, the change reads back through the Element API,
    // the inverse restores the bytes, and no element outside the edited one changes.
    void editsOnRealFilesChangeOnlyTheirTarget()
    {
        REQUIRE_SHARED("corpus/apps");
        QFETCH(QString, file);
        QFETCH(int, op);
        const QByteArray original = readAll(corpusPath(file));
        auto parsed = Document::parse(original);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        Document doc = *parsed;
        const Canonical before = canonicalize(original);
        QVERIFY2(before.wellFormed, qPrintable(before.error));
        const QList<Element> els = allElements(doc);
        {
            const QString same = sameElements(els, before);
            QVERIFY2(same.isEmpty(), qPrintable(same));
        }
        QVERIFY(els.size() > 3);

        // Choose the target and plan the edit.
        int target = -1;        // document-order index of the edited element (of the parent for inserts)
        int insertIndex = -1;   // child index for inserts
        QString attrName;
        Result<TextEdit> edit = Error(u"no edit planned"_s);
        switch (Op(op)) {
        case Op::SetAttribute:
            for (int i = 1; i < els.size() && target < 0; ++i) {
                const QList<Attribute> attrs = els.at(i).attributes();
                for (const Attribute &a : attrs) {
                    if (!a.qualifiedName.contains(u':') && !a.value.isEmpty()) {
                        target = i;
                        attrName = a.qualifiedName;
                        break;
                    }
                }
            }
            QVERIFY(target > 0);
            edit = doc.planSetAttribute(els.at(target), attrName, NewAttributeValue);
            break;
        case Op::AddAttribute:
            target = int(els.size() / 2);
            attrName = AddedAttributeName;
            QVERIFY(!els.at(target).hasAttribute(attrName));
            edit = doc.planSetAttribute(els.at(target), attrName, AddedAttributeValue);
            break;
        case Op::RemoveAttribute:
            for (int i = int(els.size()) - 1; i >= 0 && target < 0; --i) {
                const QList<Attribute> attrs = els.at(i).attributes();
                if (!attrs.isEmpty()) {
                    target = i;
                    attrName = attrs.last().qualifiedName;
                }
            }
            QVERIFY(target >= 0);
            edit = doc.planRemoveAttribute(els.at(target), attrName);
            break;
        case Op::SetText:
            for (int i = 1; i < els.size() && target < 0; ++i) {
                if (els.at(i).children().isEmpty() && !els.at(i).text().trimmed().isEmpty())
                    target = i;
            }
            for (int i = 1; i < els.size() && target < 0; ++i) {
                if (els.at(i).isSelfClosing())
                    target = i;
            }
            QVERIFY(target > 0);
            edit = doc.planSetText(els.at(target), NewTextValue);
            break;
        case Op::RemoveElement:
            target = int(els.size() / 2);
            edit = doc.planRemoveElement(els.at(target));
            break;
        case Op::InsertElement:
        case Op::AppendElement: {
            target = 0;
            const QList<Element> rootKids = els.at(0).children();
            for (const Element &k : rootKids) {
                if (!k.isSelfClosing() && k.children().size() >= 2) {
                    target = indexOf(els, k);
                    break;
                }
            }
            const int kids = int(els.at(target).children().size());
            insertIndex = Op(op) == Op::InsertElement ? qMin(1, kids) : kids;
            edit = doc.planInsertElement(els.at(target), Op(op) == Op::InsertElement ? insertIndex : -1, InsertedMarkup);
            break;
        }
        }
        QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error().toString()));
        QVERIFY(!edit->isNoop());

        // Apply: well-formed, and the change reads back.
        const QString targetName = els.at(target).qualifiedName();
        const QList<std::pair<QString, QString>> otherAttributes = attributePairs(els.at(target), attrName);
        const int parentOfTarget = indexOf(els, els.at(target).parent());
        // Element handles follow the document, so take what is compared before it changes.
        const int targetChildren = int(els.at(target).children().size());
        const int parentChildren = parentOfTarget >= 0 ? int(els.at(parentOfTarget).children().size()) : 0;
        const QString parentName = parentOfTarget >= 0 ? els.at(parentOfTarget).qualifiedName() : QString();
        const int elementCount = int(els.size());
        const int removedCount = [&] {
            QList<Element> sub;
            preorder(els.at(target), sub);
            return int(sub.size());
        }();
        const Status st = doc.apply(*edit);
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
        const QByteArray edited = doc.bytes();
        QVERIFY(edited != original);
        const Canonical after = canonicalize(edited);
        QVERIFY2(after.wellFormed, qPrintable(after.error));
        QVERIFY(Document::parse(edited).ok());
        if (hasXmllint())
            QVERIFY2(xmllintAccepts(edited), "xmllint finds the edited file not well-formed");
        const QList<Element> now = allElements(doc);
        {
            const QString same = sameElements(now, after);
            QVERIFY2(same.isEmpty(), qPrintable(same));
        }

        std::function<bool(int)> excludedBefore = [&](int i) { return before.contains(i, target); };
        std::function<bool(int)> excludedAfter = [&](int i) { return after.contains(i, target); };
        switch (Op(op)) {
        case Op::SetAttribute:
        case Op::AddAttribute: {
            const Element e = now.at(target);
            QCOMPARE(e.qualifiedName(), targetName);
            const QList<Attribute> attrs = e.attributes();
            const Attribute *a = findAttribute(attrs, attrName);
            QVERIFY(a);
            QCOMPARE(a->value, Op(op) == Op::SetAttribute ? NewAttributeValue : AddedAttributeValue);
            QCOMPARE(e.attribute(attrName), a->value);
            QCOMPARE(attributePairs(e, attrName), otherAttributes);
            break;
        }
        case Op::RemoveAttribute: {
            const Element e = now.at(target);
            QCOMPARE(e.qualifiedName(), targetName);
            QVERIFY(!findAttribute(e.attributes(), attrName));
            QCOMPARE(attributePairs(e), otherAttributes);
            break;
        }
        case Op::SetText: {
            const Element e = now.at(target);
            QCOMPARE(e.qualifiedName(), targetName);
            QCOMPARE(e.text(), NewTextValue);
            QVERIFY(e.children().isEmpty());
            QCOMPARE(attributePairs(e), otherAttributes);
            break;
        }
        case Op::RemoveElement: {
            QCOMPARE(int(now.size()), elementCount - removedCount);
            QCOMPARE(now.at(parentOfTarget).qualifiedName(), parentName);
            QCOMPARE(int(now.at(parentOfTarget).children().size()), parentChildren - 1);
            excludedBefore = [&](int i) { return before.contains(i, target) || before.isInside(i, target); };
            excludedAfter = [&](int i) { return after.contains(i, parentOfTarget); };
            break;
        }
        case Op::InsertElement:
        case Op::AppendElement: {
            QCOMPARE(int(now.size()), elementCount + 2);
            const Element parent = now.at(target);
            QCOMPARE(parent.qualifiedName(), targetName);
            QCOMPARE(int(parent.children().size()), targetChildren + 1);
            const Element added = parent.children().at(insertIndex);
            QCOMPARE(added.localName(), u"designerNote"_s);
            QCOMPARE(added.attribute(u"kind"), u"test"_s);
            QCOMPARE(added.firstChild(u"inner").text(), u"tekst & mer"_s);
            QCOMPARE(added.parent(), parent);
            const int addedIndex = indexOf(now, added);
            excludedAfter = [&, addedIndex](int i) { return after.contains(i, target) || after.isInside(i, addedIndex); };
            break;
        }
        }
        const QString diff = compareUntouched(before, excludedBefore, after, excludedAfter);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // The inverse restores the exact bytes: on the same document, and on a document
        // loaded from the edited bytes (which has to write them out again itself).
        Document undo = doc;
        QVERIFY(undo.apply(edit->inverted()).ok());
        QCOMPARE(undo.bytes(), original);
        auto reloaded = Document::parse(edited);
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded->bytes(), edited);
        const Status back = reloaded->apply(edit->inverted());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(reloaded->bytes(), original);
        if (hasXmllint())
            QCOMPARE(xmllintC14n(reloaded->bytes()), xmllintC14n(original));
    }

    // The comparison above is only worth something if it notices a change elsewhere.
    void theCanonicalComparisonNoticesChangesOutsideTheTarget()
    {
        const QByteArray xml = "<r xmlns:p=\"urn:p\">\n  <a x=\"1\">t&amp;t</a>\n  <b p:y=\"2\"><c/></b>\n</r>\n";
        const Canonical before = canonicalize(xml);
        QVERIFY(before.wellFormed);
        QCOMPARE(before.of(1), u"<{}a {}x=\"1\">t&amp;t</{}a>");
        QCOMPARE(before.of(2), u"<{}b {urn:p}y=\"2\"><{}c></{}c></{}b>");
        const auto onlyA = [&](int i) { return before.contains(i, 1); };
        QVERIFY(compareUntouched(before, onlyA, canonicalize(xml), onlyA).isEmpty());
        const QList<QByteArray> elsewhere = {
            QByteArray(xml).replace("p:y=\"2\"", "p:y=\"3\""),
            QByteArray(xml).replace("<c/>", "<c> </c>"),
            QByteArray(xml).replace("xmlns:p=\"urn:p\"", "xmlns:p=\"urn:q\""),
        };
        for (const QByteArray &changed : elsewhere) {
            const Canonical after = canonicalize(changed);
            QVERIFY(after.wellFormed);
            const auto onlyAAfter = [&](int i) { return after.contains(i, 1); };
            QVERIFY2(!compareUntouched(before, onlyA, after, onlyAAfter).isEmpty(), changed.constData());
        }
        // Changes that C14N does not see: attribute order, quotes, comments, empty-tag form.
        const QByteArray same = "<r xmlns:p='urn:p'>\n  <a x='1'>t&#38;t<!-- c --></a>\n  <b p:y=\"2\"><c></c></b>\n</r>";
        const Canonical equal = canonicalize(same);
        QCOMPARE(equal.text, before.text);
    }

    // Attributes are written in many ways; each must be editable and read back exactly.
    void attributeEditsWorkHoweverTheAttributeIsWritten_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");  // null = remove the attribute
        QTest::newRow("spaces around =") << QByteArray("<r><e a = \"1\" b=\"2\"/></r>") << u"a"_s << u"3"_s;
        QTest::newRow("single quotes") << QByteArray("<r><e a='1'/></r>") << u"a"_s << u"x"_s;
        QTest::newRow("single quotes, value with apostrophe") << QByteArray("<r><e a='1'/></r>") << u"a"_s << u"it's"_s;
        QTest::newRow("value with double quote") << QByteArray("<r><e a=\"1\"/></r>") << u"a"_s << u"say \"hi\""_s;
        QTest::newRow("value with markup characters") << QByteArray("<r><e a=\"1\"/></r>") << u"a"_s << u"a<b>&c;"_s;
        QTest::newRow("value with line break") << QByteArray("<r><e a=\"1\"/></r>") << u"a"_s << u"line 1\nline 2"_s;
        QTest::newRow("value with tab") << QByteArray("<r><e a=\"1\"/></r>") << u"a"_s << u"col1\tcol2"_s;
        QTest::newRow("value with carriage return") << QByteArray("<r><e a=\"1\"/></r>") << u"a"_s << u"a\r\nb"_s;
        QTest::newRow("attributes on several lines") << QByteArray("<r>\n  <e\n    a=\"1\"\n    b=\"2\"\n  />\n</r>") << u"b"_s << u"9"_s;
        QTest::newRow("prefixed") << QByteArray("<r xmlns:p=\"urn:p\"><e p:a=\"1\"/></r>") << u"p:a"_s << u"2"_s;
        QTest::newRow("new, on a self-closing tag with a space") << QByteArray("<r><e a=\"1\" /></r>") << u"n"_s << u"v"_s;
        QTest::newRow("new, on a start tag") << QByteArray("<r><e>t</e></r>") << u"n"_s << u"v"_s;
        QTest::newRow("new, given only by a DTD default")
            << QByteArray("<!DOCTYPE r [<!ATTLIST e d CDATA \"dflt\">]><r><e/></r>") << u"d"_s << u"set"_s;
        QTest::newRow("remove") << QByteArray("<r><e a=\"1\" b=\"2\"/></r>") << u"a"_s << QString();
        QTest::newRow("remove the last on its own line") << QByteArray("<r>\n  <e a=\"1\"\n     b=\"2\"/>\n</r>") << u"b"_s << QString();
        QTest::newRow("remove, value starting with the name") << QByteArray("<r><e id=\"idle\" n=\"1\"/></r>") << u"id"_s << QString();
        QTest::newRow("remove, value equal to the name") << QByteArray("<r><e name=\"name\"/></r>") << u"name"_s << QString();
        QTest::newRow("remove, another attribute ends with the name") << QByteArray("<r><e xid=\"1\" id=\"2\"/></r>") << u"id"_s << QString();
    }

    void attributeEditsWorkHoweverTheAttributeIsWritten()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, name);
        QFETCH(QString, value);
        auto parsed = Document::parse(xml);
        QVERIFY(parsed.ok());
        Document doc = *parsed;
        const Element e = doc.root().children().first();
        const auto others = attributePairs(e, name);
        const auto edit = value.isNull() ? doc.planRemoveAttribute(e, name) : doc.planSetAttribute(e, name, value);
        QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error().toString()));
        const Status st = doc.apply(*edit);
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
        const Element changed = doc.root().children().first();
        const QList<Attribute> attrs = changed.attributes();
        const Attribute *a = findAttribute(attrs, name);
        if (value.isNull()) {
            QVERIFY(!a);
        } else {
            QVERIFY(a);
            QCOMPARE(a->value, value);
        }
        QCOMPARE(attributePairs(changed, name), others);
        // An independent reader agrees.
        const Canonical c = canonicalize(doc.bytes());
        QVERIFY2(c.wellFormed, qPrintable(c.error));
        Document undo = doc;
        QVERIFY(undo.apply(edit->inverted()).ok());
        QCOMPARE(undo.bytes(), xml);
    }

    void textEditsReadBackExactly_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QByteArray("<r><e>old</e></r>") << u"new"_s;
        QTest::newRow("markup characters") << QByteArray("<r><e>old</e></r>") << u"a < b && c > d ]]> e"_s;
        QTest::newRow("into a self-closing element") << QByteArray("<r><e a=\"1\" /></r>") << u"t"_s;
        QTest::newRow("replacing CDATA and entities") << QByteArray("<r><e>&amp;<![CDATA[<x>]]>&#65;</e></r>") << u"plain"_s;
        QTest::newRow("empty") << QByteArray("<r><e>old</e></r>") << QString();
        QTest::newRow("line feeds") << QByteArray("<r><e>old</e></r>") << u"one\ntwo"_s;
        QTest::newRow("carriage return") << QByteArray("<r><e>old</e></r>") << u"one\r\ntwo"_s;
        QTest::newRow("outside the BMP") << QByteArray("<r><e>old</e></r>") << u"😀 𝄞"_s;
    }

    void textEditsReadBackExactly()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, text);
        auto parsed = Document::parse(xml);
        QVERIFY(parsed.ok());
        Document doc = *parsed;
        const auto edit = doc.planSetText(doc.root().children().first(), text);
        QVERIFY2(edit.ok(), qPrintable(edit.ok() ? QString() : edit.error().toString()));
        const Status st = doc.apply(*edit);
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
        QCOMPARE(doc.root().children().first().text(), text);
        const Canonical c = canonicalize(doc.bytes());
        QVERIFY2(c.wellFormed, qPrintable(c.error));
        Document undo = doc;
        QVERIFY(undo.apply(edit->inverted()).ok());
        QCOMPARE(undo.bytes(), xml);
    }

    void textOfAnElementWithChildrenCannotBeSet()
    {
        auto doc = Document::parse("<r><e><c/></e></r>");
        QVERIFY(doc.ok());
        QVERIFY(!doc->planSetText(doc->root().children().first(), u"x"_s).ok());
        QVERIFY(!doc->planRemoveElement(doc->root()).ok());
    }

    void bomCrlfAndCommentsSurviveEdits()
    {
        const QByteArray original = "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n"
                                    "<!-- top comment -->\r\n"
                                    "<r xmlns=\"urn:r\">\r\n"
                                    "  <a x=\"1\"/>\r\n"
                                    "  <!-- inner comment -->\r\n"
                                    "  <b>tekst</b>\r\n"
                                    "</r>\r\n";
        auto parsed = Document::parse(original);
        QVERIFY(parsed.ok());
        Document doc = *parsed;
        QCOMPARE(doc.bytes(), original);
        const Element r = doc.root();
        QCOMPARE(r.namespaceUri(), u"urn:r"_s);

        auto insert = doc.planInsertElement(r, -1, u"<c>\n  <d/>\n</c>"_s);
        QVERIFY(insert.ok());
        QVERIFY(doc.apply(*insert).ok());
        QByteArray out = doc.bytes();
        QVERIFY(out.startsWith("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<!-- top comment -->\r\n"));
        QVERIFY(out.contains("  <!-- inner comment -->\r\n"));
        QCOMPARE(out.count('\n'), out.count("\r\n"));  // no bare line feed was written
        QCOMPARE(out, QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<!-- top comment -->\r\n"
                                 "<r xmlns=\"urn:r\">\r\n  <a x=\"1\"/>\r\n  <!-- inner comment -->\r\n  <b>tekst</b>\r\n"
                                 "  <c>\r\n    <d/>\r\n  </c>\r\n</r>\r\n"));
        QCOMPARE(doc.root().firstChild(u"c").namespaceUri(), u"urn:r"_s);

        auto remove = doc.planRemoveElement(doc.root().firstChild(u"a"));
        QVERIFY(remove.ok());
        QVERIFY(doc.apply(*remove).ok());
        out = doc.bytes();
        QVERIFY(!out.contains("<a "));
        QVERIFY(out.contains("<r xmlns=\"urn:r\">\r\n  <!-- inner comment -->\r\n"));

        QVERIFY(doc.apply(remove->inverted()).ok());
        QVERIFY(doc.apply(insert->inverted()).ok());
        QCOMPARE(doc.bytes(), original);
    }

    void malformedXmlIsRefusedWithLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("line");
        QTest::newRow("unclosed tag") << QByteArray("<?xml version=\"1.0\"?>\n<r>\n  <a x=\"1\"\n</r>\n") << 4;
        QTest::newRow("unclosed element") << QByteArray("<r>\n  <a>\n    <b/>\n") << 4;
        QTest::newRow("mismatched tags") << QByteArray("<r>\n  <a>\n  </b>\n</r>\n") << 3;
        QTest::newRow("two root elements") << QByteArray("<r/>\n<s/>\n") << 2;
        QTest::newRow("garbage") << QByteArray("\n\nthis is not XML") << 3;
        QTest::newRow("unquoted attribute") << QByteArray("<r>\n<a x=1/>\n</r>") << 2;
        QTest::newRow("undeclared prefix") << QByteArray("<r>\n  <p:a/>\n</r>") << 2;
        QTest::newRow("bad character reference") << QByteArray("<r>\n&#0;\n</r>") << 2;
    }

    void malformedXmlIsRefusedWithLineAndColumn()
    {
        QFETCH(QByteArray, xml);
        QFETCH(int, line);
        const auto doc = Document::parse(xml);
        QVERIFY(!doc.ok());
        QVERIFY(!doc.error().message.isEmpty());
        QCOMPARE(doc.error().location.line, line);
        // Location columns are 1-based; 0 would mean "unknown".
        QVERIFY2(doc.error().location.column >= 1, qPrintable(doc.error().toString()));
    }

    void externalEntitiesAreNeverFetched_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("general entity") << QByteArray("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
        QTest::newRow("entity in an attribute")
            << QByteArray("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x a=\"&e;\"/>");
        QTest::newRow("parameter entity")
            << QByteArray("<!DOCTYPE x [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]><x>t</x>");
        QTest::newRow("external DTD") << QByteArray("<!DOCTYPE x SYSTEM \"file:///etc/passwd\"><x>t</x>");
        QTest::newRow("nested in a child")
            << QByteArray("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x><y>before &e; after</y></x>");
    }

    void externalEntitiesAreNeverFetched()
    {
        QFETCH(QByteArray, xml);
        QFile passwd(u"/etc/passwd"_s);
        if (!passwd.open(QIODevice::ReadOnly))
            QSKIP("no /etc/passwd to detect");
        const QString firstLine = QString::fromUtf8(passwd.readLine()).trimmed();
        QVERIFY(!firstLine.isEmpty());
        const auto doc = Document::parse(xml);
        if (!doc.ok())
            return;  // refusing is fine too
        QVERIFY(!doc->text().contains(firstLine));
        for (const Element &e : allElements(*doc)) {
            QVERIFY2(!e.text().contains(firstLine), qPrintable(e.text()));
            QVERIFY(!e.text().contains(u"root:"_s));
            const QList<Attribute> attrs = e.attributes();
            for (const Attribute &a : attrs)
                QVERIFY(!a.value.contains(u"root:"_s));
        }
    }

    void entityExpansionIsBounded()
    {
        QByteArray xml = "<!DOCTYPE x [<!ENTITY a0 \"ha\">";
        for (int i = 1; i < 10; ++i)
            xml += "<!ENTITY a" + QByteArray::number(i) + " \"" + QByteArray("&a" + QByteArray::number(i - 1) + ";").repeated(10) + "\">";
        xml += "]><x>&a9;</x>";
        QElapsedTimer timer;
        timer.start();
        const auto doc = Document::parse(xml);
        QVERIFY2(timer.elapsed() < 5000, "entity expansion took too long");
        if (doc.ok())
            QVERIFY(doc->root().text().size() < 10'000'000);
    }

    void staleEditsOnAShiftedSpanAreRefused()
    {
        const QByteArray xml = "<r>\n  <a x=\"1\"/>\n  <b y=\"2\"/>\n</r>\n";
        auto parsed = Document::parse(xml);
        QVERIFY(parsed.ok());
        Document doc = *parsed;
        const auto first = doc.planSetAttribute(doc.root().children().at(0), u"x"_s, u"first"_s);
        const auto later = doc.planSetAttribute(doc.root().children().at(1), u"y"_s, u"3"_s);
        const auto removal = doc.planRemoveElement(doc.root().children().at(1));
        QVERIFY(first.ok() && later.ok() && removal.ok());
        QVERIFY(doc.apply(*first).ok());
        const QString afterFirst = doc.text();
        QVERIFY(!doc.apply(*later).ok());    // moved by the first edit
        QCOMPARE(doc.text(), afterFirst);
        QVERIFY(!doc.apply(*removal).ok());
        QCOMPARE(doc.text(), afterFirst);
        QCOMPARE(doc.root().children().at(0).attribute(u"x"), u"first"_s);
        QCOMPARE(doc.root().children().at(1).attribute(u"y"), u"2"_s);
    }

    // Two edits planned on the same attribute: once the first is applied, the second was
    // planned against text that is gone and must not be applied on top of the first.
    void staleEditsOnTheSameSpanAreRefused()
    {
        const QByteArray xml = "<r>\n  <a x=\"1\"/>\n</r>\n";
        auto parsed = Document::parse(xml);
        QVERIFY(parsed.ok());
        Document doc = *parsed;
        const Element a = doc.root().children().at(0);
        const auto first = doc.planSetAttribute(a, u"x"_s, u"10"_s);
        const auto second = doc.planSetAttribute(a, u"x"_s, u"20"_s);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(doc.apply(*first).ok());
        const QString afterFirst = doc.text();
        const Status st = doc.apply(*second);
        QVERIFY2(!st.ok(), qPrintable(u"the stale edit was applied: x=\""_s + doc.root().children().at(0).attribute(u"x") + u'"'));
        QCOMPARE(doc.text(), afterFirst);
    }

    // Insertions replace nothing, so they carry no old text to check; a stale one must be
    // refused all the same and never land inside another element.
    void staleInsertionsAreRefused()
    {
        const QByteArray xml = "<r>\n  <a/>\n  <b/>\n</r>\n";
        auto parsed = Document::parse(xml);
        QVERIFY(parsed.ok());
        Document doc = *parsed;
        const auto addToB = doc.planSetAttribute(doc.root().children().at(1), u"n"_s, u"1"_s);
        const auto insertFirst = doc.planInsertElement(doc.root(), 0, u"<c/>"_s);
        QVERIFY(addToB.ok() && insertFirst.ok());
        QVERIFY(doc.apply(*insertFirst).ok());
        const QString before = doc.text();
        const Status st = doc.apply(*addToB);
        QVERIFY2(!doc.root().firstChild(u"a").hasAttribute(u"n"), qPrintable(u"the stale edit went to <a>: "_s + doc.text()));
        QVERIFY(!st.ok());
        QCOMPARE(doc.text(), before);
    }

    void editsThatWouldBreakTheFileAreRefused_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("raw edit") << 0;
        QTest::newRow("undeclared prefix") << 1;
        QTest::newRow("malformed markup") << 2;
        QTest::newRow("invalid character in text") << 3;
        QTest::newRow("invalid attribute name") << 4;
    }

    void editsThatWouldBreakTheFileAreRefused()
    {
        QFETCH(int, kind);
        const QByteArray xml = "<?xml version=\"1.0\"?>\n<r>\n  <a x=\"1\">t</a>\n</r>\n";
        auto parsed = Document::parse(xml);
        QVERIFY(parsed.ok());
        Document doc = *parsed;
        const Element a = doc.root().firstChild(u"a");
        Result<TextEdit> edit = Error(u"none"_s);
        switch (kind) {
        case 0: edit = TextEdit{int(doc.text().indexOf(u"</a>")), u"</a>"_s, u"</b>"_s}; break;
        case 1: edit = doc.planSetAttribute(a, u"q:x"_s, u"1"_s); break;
        case 2: edit = doc.planInsertElement(doc.root(), -1, u"<b><c></b>"_s); break;
        case 3: edit = doc.planSetText(a, u"bell \u0007"_s); break;
        default: edit = doc.planSetAttribute(a, u"1x"_s, u"1"_s); break;
        }
        if (!edit.ok())
            return;  // refused when planning: also fine
        const Status st = doc.apply(*edit);
        QVERIFY(!st.ok());
        QVERIFY(!st.error().message.isEmpty());
        QCOMPARE(doc.bytes(), xml);
        QCOMPARE(doc.root().qualifiedName(), u"r"_s);
        QCOMPARE(doc.root().firstChild(u"a").attribute(u"x"), u"1"_s);
        QCOMPARE(doc.root().firstChild(u"a").text(), u"t"_s);
    }

    void otherEncodingsRoundTripAndAreWrittenInTheirEncoding_data()
    {
        QTest::addColumn<QByteArray>("encodingName");
        QTest::newRow("ISO-8859-1") << QByteArray("ISO-8859-1");
        QTest::newRow("iso-8859-1, single quotes") << QByteArray("iso-8859-1");
    }

    void otherEncodingsRoundTripAndAreWrittenInTheirEncoding()
    {
        QFETCH(QByteArray, encodingName);
        const bool singleQuotes = QByteArray(QTest::currentDataTag()).contains("single");
        const QByteArray decl = singleQuotes ? "<?xml version='1.0' encoding='" + encodingName + "'?>"
                                             : "<?xml version=\"1.0\" encoding=\"" + encodingName + "\"?>";
        const QByteArray latin1 = decl + "\n<skjema navn=\"bl\xE5""b\xE6r\">\n"
                                         "  <felt>\xE6\xF8\xE5 \xC6\xD8\xC5</felt>\n"
                                         "  <tom/>\n"
                                         "</skjema>\n";
        auto parsed = Document::parse(latin1);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        Document doc = *parsed;
        QCOMPARE(doc.bytes(), latin1);
        QCOMPARE(doc.root().attribute(u"navn"), u"blåbær"_s);
        QCOMPARE(doc.root().firstChild(u"felt").text(), u"æøå ÆØÅ"_s);

        const auto edit = doc.planSetText(doc.root().firstChild(u"felt"), u"søknad Ærlig"_s);
        QVERIFY(edit.ok());
        QVERIFY(doc.apply(*edit).ok());
        const QByteArray out = doc.bytes();
        QCOMPARE(out, decl + "\n<skjema navn=\"bl\xE5""b\xE6r\">\n"
                             "  <felt>s\xF8knad \xC6rlig</felt>\n"
                             "  <tom/>\n"
                             "</skjema>\n");
        // An independent reader decodes it with the declared encoding.
        QXmlStreamReader r(out);
        while (!r.atEnd() && !(r.isStartElement() && r.name() == u"felt"))
            r.readNext();
        QCOMPARE(r.readElementText(), u"søknad Ærlig"_s);

        auto attr = doc.planSetAttribute(doc.root(), u"navn"_s, u"tyttebær"_s);
        QVERIFY(attr.ok());
        QVERIFY(doc.apply(*attr).ok());
        QVERIFY(doc.bytes().contains("navn=\"tytteb\xE6r\""));
        QVERIFY(doc.apply(attr->inverted()).ok());
        QVERIFY(doc.apply(edit->inverted()).ok());
        QCOMPARE(doc.bytes(), latin1);

        // Loaded from the edited bytes, the inverse writes the original bytes again.
        auto reloaded = Document::parse(out);
        QVERIFY(reloaded.ok());
        QVERIFY(reloaded->apply(edit->inverted()).ok());
        QCOMPARE(reloaded->bytes(), latin1);
    }

    // Text that the declared encoding cannot hold must not be lost when the file is written:
    // either the edit is refused or the characters come back (for instance as references).
    void charactersOutsideTheDeclaredEncodingAreNotLost()
    {
        const QByteArray latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<r><e>\xE6</e></r>\n";
        auto parsed = Document::parse(latin1);
        QVERIFY(parsed.ok());
        Document doc = *parsed;
        const QString value = u"pris 10 € 😀"_s;
        const auto edit = doc.planSetText(doc.root().firstChild(u"e"), value);
        if (!edit.ok())
            return;
        if (!doc.apply(*edit).ok()) {
            QCOMPARE(doc.bytes(), latin1);
            return;
        }
        QCOMPARE(doc.root().firstChild(u"e").text(), value);
        const auto reloaded = Document::parse(doc.bytes());
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded->root().firstChild(u"e").text(), value);
    }
};

QTEST_GUILESS_MAIN(TestXmlDocument)
#include "tst_xmldocument.moc"
