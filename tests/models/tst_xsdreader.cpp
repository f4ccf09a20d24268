// Reading XSDs and XML instances never reaches outside the bytes given: no file is read and no
// connection is made, whatever the document asks for. A server on 127.0.0.1 stands in for the
// "remote" location and must see no connection at all.

#include "datamodel/xsdreader.h"
#include "datamodel/xsdtojsonschema.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Models;
using namespace Qt::StringLiterals;

class TestXsdReader : public QObject {
    Q_OBJECT

    QTcpServer m_server;
    int m_connections = 0;
    QTemporaryDir m_dir;
    QString m_secretFile;

    QByteArray url(const char *path) const
    {
        return "http://127.0.0.1:" + QByteArray::number(m_server.serverPort()) + path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            ++m_connections;
            delete m_server.nextPendingConnection();
        });
        m_secretFile = m_dir.filePath(u"secret.txt"_s);
        QFile f(m_secretFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("TOP-SECRET-CONTENT");
    }

    void cleanupTestCase()
    {
        QTest::qWait(200);  // a connection attempt would have arrived by now
        QCOMPARE(m_connections, 0);
    }

    void hostileDocumentsAreRefusedWithoutReachingOut_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("reason");
        const QByteArray file = "file://" + m_secretFile.toUtf8();
        QTest::newRow("external entity (file)") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + file + "\">]><x>&e;</x>") << u"document type"_s;
        QTest::newRow("external entity (http)") << QByteArray("<!DOCTYPE x [<!ENTITY e SYSTEM \"" + url("/e") + "\">]><x>&e;</x>") << u"document type"_s;
        QTest::newRow("external DTD") << QByteArray("<!DOCTYPE x SYSTEM \"" + url("/x.dtd") + "\"><x/>") << u"document type"_s;
        QTest::newRow("parameter entity") << QByteArray("<!DOCTYPE x [<!ENTITY % p SYSTEM \"" + url("/p") + "\"> %p;]><x/>") << u"document type"_s;
        QTest::newRow("billion laughs") << QByteArray("<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><x>&b;</x>") << u"document type"_s;
        QTest::newRow("remote import") << QByteArray("<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><xsd:import namespace=\"urn:x\" schemaLocation=\"" + url("/x.xsd") + "\"/></xsd:schema>") << u"xsd:import"_s;
        QTest::newRow("local include") << QByteArray("<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><xsd:include schemaLocation=\"" + file + "\"/></xsd:schema>") << u"xsd:include"_s;
        QTest::newRow("redefine") << QByteArray("<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><xsd:redefine schemaLocation=\"" + url("/r.xsd") + "\"/></xsd:schema>") << u"xsd:redefine"_s;
    }

    void hostileDocumentsAreRefusedWithoutReachingOut()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, reason);
        auto r = Xsd::readXsd(xml, u"hostile.xsd"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
        QVERIFY(r.error().location.line > 0);
        QVERIFY(!r.error().message.contains(u"TOP-SECRET"_s));
        QCOMPARE(r.error().location.file, u"hostile.xsd"_s);
    }

    void validationDoesNotFollowSchemaLocationsOrEntities()
    {
        const QByteArray xsd = "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><xsd:element name=\"a\" type=\"xsd:string\"/></xsd:schema>";
        const QByteArray pointing = "<a xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"" + url("/s.xsd") + "\">ok</a>";
        auto valid = Xsd::validateInstance(pointing, xsd);
        QVERIFY(valid.ok());
        QVERIFY(valid->isEmpty());
        const QByteArray entity = "<!DOCTYPE a [<!ENTITY e SYSTEM \"file://" + m_secretFile.toUtf8() + "\">]><a>&e;</a>";
        auto refused = Xsd::validateInstance(entity, xsd);
        QVERIFY(refused.ok());
        QVERIFY(!refused->isEmpty());
        QVERIFY(!refused->first().message.contains(u"TOP-SECRET"_s));
        const QByteArray importing = "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><xsd:import namespace=\"urn:x\" schemaLocation=\"" + url("/x.xsd") + "\"/><xsd:element name=\"a\" type=\"xsd:string\"/></xsd:schema>";
        auto viaImport = Xsd::validateInstance("<a>x</a>", importing);
        // Either refused as a schema or reported as problems: never fetched (see cleanupTestCase).
        QVERIFY(!viaImport.ok() || !viaImport->isEmpty() || m_connections == 0);
    }

    void malformedXsdGivesLineAndColumn()
    {
        auto r = Xsd::readXsd("<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">\n  <xsd:element name=\"a\">\n</xsd:schema>", u"broken.xsd"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().location.line, 3);
        QVERIFY(r.error().location.column > 0);
    }

    void aDocumentThatIsNotAnXsdIsNamed()
    {
        auto r = Xsd::readXsd("<root/>", u"x.xsd"_s);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(u"root"_s));
    }

    void unsupportedConstructsAreNamedNotDropped()
    {
        const QByteArray withUnion = "<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">\n"
                                     "<xsd:simpleType name=\"u\"><xsd:union memberTypes=\"xsd:int xsd:string\"/></xsd:simpleType>\n"
                                     "<xsd:element name=\"a\" type=\"u\"/></xsd:schema>";
        auto tree = Xsd::readXsd(withUnion, u"u.xsd"_s);
        QVERIFY(tree.ok());
        auto json = convertXsdToJsonSchema(*tree);
        QVERIFY(!json.ok());
        QVERIFY2(json.error().message.contains(u"union"_s), qPrintable(json.error().message));
        QCOMPARE(json.error().location.line, 2);
    }
};

QTEST_GUILESS_MAIN(TestXsdReader)
#include "tst_xsdreader.moc"
