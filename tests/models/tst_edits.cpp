// Every edit class: apply changes what it says and nothing else; revert restores the exact
// bytes; redo replays the same change; a refused edit changes nothing.

#include "core/jsonfiledocument.h"
#include "core/xmlfiledocument.h"
#include "edits/layoutedits.h"
#include "edits/textedits.h"
#include "edits/xmledits.h"
#include "layout/layoutpagedocument.h"
#include "repository/apprepository.h"
#include "templates/appcreator.h"
#include "testpaths.h"
#include "texts/textresourcedocument.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Models;
using namespace Qt::StringLiterals;

namespace {

QMap<QString, QByteArray> snapshot(const AppRepository &repo)
{
    QMap<QString, QByteArray> out;
    for (const Document *d : repo.documents())
        out.insert(d->relativePath(), d->bytes());
    return out;
}

QStringList changedFiles(const QMap<QString, QByteArray> &before, const QMap<QString, QByteArray> &after)
{
    QStringList out;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            out.append(it.key());
    }
    return out;
}

// Applies, checks every document still parses, reverts, checks the bytes, re-applies and
// checks the result is the same as the first time. Returns the files the edit changed.
QStringList roundTrip(AppRepository &repo, Edit &edit)
{
    const auto before = snapshot(repo);
    const Status validated = edit.validate(repo);
    if (!validated)
        qFatal("validate refused %s: %s", qPrintable(edit.description()), qPrintable(validated.error().toString()));
    const Status applied = edit.apply(repo);
    if (!applied)
        qFatal("apply failed %s: %s", qPrintable(edit.description()), qPrintable(applied.error().toString()));
    const auto after = snapshot(repo);
    for (const Document *d : repo.documents()) {
        if (!d->isValid())
            qFatal("%s no longer parses", qPrintable(d->relativePath()));
    }
    if (!edit.revert(repo))
        qFatal("revert failed");
    if (snapshot(repo) != before)
        qFatal("revert of %s did not restore the bytes", qPrintable(edit.description()));
    if (!edit.apply(repo) || snapshot(repo) != after)
        qFatal("redo of %s differs from the first apply", qPrintable(edit.description()));
    return changedFiles(before, after);
}

} // namespace

class TestEdits : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<AppRepository> m_repo;
    const QString page1 = u"App/ui/Task_1/layouts/Soker.json"_s;
    const QString groupPage = u"App/ui/Task_1/layouts/Ansvarlige.json"_s;

    LayoutPageDocument *page(const QString &path) { return qobject_cast<LayoutPageDocument *>(m_repo->document(path)); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString root = m_dir.path() + u"/app"_s;
        QVERIFY(!QFileInfo::exists(root) || QDir(root).removeRecursively());
        QVERIFY(copySampleApp(root).ok());
        auto repo = AppRepository::open(root);
        QVERIFY(repo.ok());
        m_repo = std::move(*repo);
    }

    void settingAJsonValueCreatesMissingParents()
    {
        SetJsonValueEdit edit(page1, u"/data/newObject/inner/value"_s, Json::Value(42));
        QCOMPARE(roundTrip(*m_repo, edit), QStringList{page1});
        QCOMPARE(m_repo->jsonDocument(page1)->json().find(u"/data/newObject/inner/value").toDouble(), 42.0);
    }

    void removingAJsonValueThatIsAbsentChangesNothing()
    {
        SetJsonValueEdit edit(page1, u"/data/nothingHere"_s, std::nullopt);
        QCOMPARE(roundTrip(*m_repo, edit), QStringList());
    }

    void componentPropertyChangesOnlyThatProperty()
    {
        const QString id = page(page1)->components().first().id;
        const QByteArray before = page(page1)->bytes();
        SetComponentPropertyEdit edit(page1, id, u"/textResourceBindings/title"_s, Json::Value(u"nytt.tekstnavn"_s));
        QCOMPARE(roundTrip(*m_repo, edit), QStringList{page1});
        QCOMPARE(page(page1)->componentNode(id).find(u"/textResourceBindings/title").toString(), u"nytt.tekstnavn"_s);
        // Only the changed line differs.
        const QList<QByteArray> a = before.split('\n'), b = page(page1)->bytes().split('\n');
        QCOMPARE(a.size(), b.size());
        int differing = 0;
        for (qsizetype i = 0; i < a.size(); ++i)
            differing += a.at(i) != b.at(i);
        QCOMPARE(differing, 1);
    }

    void typingMergesIntoOneUndoStep()
    {
        const QString id = page(page1)->components().first().id;
        const QByteArray original = page(page1)->bytes();
        SetComponentPropertyEdit first(page1, id, u"/readOnly"_s, Json::Value(true));
        QVERIFY(first.apply(*m_repo).ok());
        SetComponentPropertyEdit second(page1, id, u"/readOnly"_s, Json::Value(false));
        QVERIFY(second.apply(*m_repo).ok());
        QVERIFY(first.mergeWith(second));
        SetComponentPropertyEdit other(page1, id, u"/required"_s, Json::Value(true));
        QVERIFY(!first.mergeWith(other));
        QVERIFY(first.revert(*m_repo).ok());
        QCOMPARE(page(page1)->bytes(), original);
    }

    void theIdIsNotChangedAsAPlainProperty()
    {
        const QString id = page(page1)->components().first().id;
        SetComponentPropertyEdit edit(page1, id, u"/id"_s, Json::Value(u"other"_s));
        QVERIFY(!edit.validate(*m_repo).ok());
        const QByteArray before = page(page1)->bytes();
        QVERIFY(!edit.apply(*m_repo).ok());
        QCOMPARE(page(page1)->bytes(), before);
    }

    void addingAComponentAtEachPosition_data()
    {
        QTest::addColumn<int>("index");
        QTest::newRow("first") << 0;
        QTest::newRow("second") << 1;
        QTest::newRow("last") << -1;
    }

    void addingAComponentAtEachPosition()
    {
        QFETCH(int, index);
        const QStringList before = page(page1)->topLevelIds();
        const Json::Value comp = Json::Value::object({{u"id"_s, Json::Value(u"ny-komponent"_s)},
                                                      {u"type"_s, Json::Value(u"Paragraph"_s)}});
        AddComponentEdit edit(page1, comp, QString(), index);
        QCOMPARE(roundTrip(*m_repo, edit), QStringList{page1});
        const QStringList after = page(page1)->topLevelIds();
        QCOMPARE(after.size(), before.size() + 1);
        QCOMPARE(after.indexOf(u"ny-komponent"_s), index < 0 ? int(after.size()) - 1 : index);
    }

    void addingIntoAContainerUpdatesItsChildren()
    {
        const LayoutPageDocument *p = page(groupPage);
        const auto it = std::find_if(p->components().cbegin(), p->components().cend(),
                                     [](const ComponentInfo &c) { return !c.childIds.isEmpty(); });
        QVERIFY2(it != p->components().cend(), "the sample's group page has a container");
        const QString parent = it->id;
        const int childCount = int(it->childIds.size());
        const Json::Value comp = Json::Value::object({{u"id"_s, Json::Value(u"ny-rad-felt"_s)},
                                                      {u"type"_s, Json::Value(u"Input"_s)}});
        AddComponentEdit edit(groupPage, comp, parent, 1);
        QCOMPARE(roundTrip(*m_repo, edit), QStringList{groupPage});
        const ComponentInfo *updated = page(groupPage)->component(parent);
        QCOMPARE(updated->childIds.size(), childCount + 1);
        QCOMPARE(updated->childIds.at(1), u"ny-rad-felt"_s);
        QCOMPARE(page(groupPage)->component(u"ny-rad-felt")->parentId, parent);
    }

    void duplicateOrInvalidIdsAreRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("used on another page") << page(groupPage)->components().first().id;
        QTest::newRow("row suffix") << u"felt-12"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << u"to ord"_s;
    }

    void duplicateOrInvalidIdsAreRefused()
    {
        QFETCH(QString, id);
        const auto before = snapshot(*m_repo);
        AddComponentEdit edit(page1, Json::Value::object({{u"id"_s, Json::Value(id)}, {u"type"_s, Json::Value(u"Input"_s)}}));
        const Status st = edit.validate(*m_repo);
        QVERIFY(!st.ok());
        QVERIFY(!st.error().message.isEmpty());
        QCOMPARE(snapshot(*m_repo), before);
    }

    void removingAContainerRemovesItsChildrenAndReferences()
    {
        const LayoutPageDocument *p = page(groupPage);
        const auto it = std::find_if(p->components().cbegin(), p->components().cend(),
                                     [](const ComponentInfo &c) { return !c.childIds.isEmpty(); });
        QVERIFY(it != p->components().cend());
        const QString container = it->id;
        const QStringList children = it->childIds;
        RemoveComponentEdit edit(groupPage, container);
        QCOMPARE(roundTrip(*m_repo, edit), QStringList{groupPage});
        QVERIFY(!page(groupPage)->component(container));
        for (const QString &c : children)
            QVERIFY2(!page(groupPage)->component(c), qPrintable(c));
    }

    void movingAComponentReordersItsSiblings()
    {
        const QStringList before = page(page1)->topLevelIds();
        QVERIFY(before.size() >= 3);
        MoveComponentEdit edit(page1, before.first(), 2);
        roundTrip(*m_repo, edit);
        QStringList expected = before;
        expected.move(0, 2);
        QCOMPARE(page(page1)->topLevelIds(), expected);
    }

    void movingInsideAContainerChangesOnlyItsChildren()
    {
        const LayoutPageDocument *p = page(groupPage);
        const auto it = std::find_if(p->components().cbegin(), p->components().cend(),
                                     [](const ComponentInfo &c) { return c.childIds.size() >= 2; });
        QVERIFY(it != p->components().cend());
        const QString container = it->id;
        QStringList expected = it->childIds;
        const QString moved = expected.first();
        MoveComponentEdit edit(groupPage, moved, 1);
        roundTrip(*m_repo, edit);
        expected.move(0, 1);
        QCOMPARE(page(groupPage)->component(container)->childIds, expected);
    }

    void changingAnIdUpdatesEveryReferenceInTheLayoutSet()
    {
        // Make references first: a Summary on another page, and the page settings' PDF list.
        const QString target = page(page1)->components().first().id;
        AddComponentEdit summary(groupPage, Json::Value::object({{u"id"_s, Json::Value(u"oppsummering-av-felt"_s)},
                                                                  {u"type"_s, Json::Value(u"Summary"_s)},
                                                                  {u"componentRef"_s, Json::Value(target)}}));
        QVERIFY(summary.apply(*m_repo).ok());
        SetJsonValueEdit pdf(u"App/ui/Task_1/Settings.json"_s, u"/components/excludeFromPdf"_s,
                             Json::Value::array({Json::Value(target)}));
        QVERIFY(pdf.apply(*m_repo).ok());

        ChangeComponentIdEdit edit(*m_repo, page1, target, u"nytt-felt-navn"_s);
        const QStringList changed = roundTrip(*m_repo, edit);
        QVERIFY(changed.contains(page1));
        QVERIFY(changed.contains(groupPage));
        QVERIFY(changed.contains(u"App/ui/Task_1/Settings.json"_s));
        QVERIFY(page(page1)->component(u"nytt-felt-navn"));
        QCOMPARE(page(groupPage)->componentNode(u"oppsummering-av-felt").member(u"componentRef").toString(), u"nytt-felt-navn"_s);
        QCOMPARE(m_repo->jsonDocument(u"App/ui/Task_1/Settings.json"_s)->json().find(u"/components/excludeFromPdf/0").toString(),
                 u"nytt-felt-navn"_s);
        ChangeComponentIdEdit taken(*m_repo, page1, u"nytt-felt-navn"_s, u"oppsummering-av-felt"_s);
        QVERIFY(!taken.validate(*m_repo).ok());
    }

    void textsAreChangedAddedAndRemovedPerLanguage()
    {
        TextResourceDocument *nb = m_repo->texts(u"nb");
        QVERIFY(nb);
        const QString existing = nb->keys().first();
        auto change = SetTextEdit::forLanguage(*m_repo, u"nb"_s, existing, u"Ny tekst"_s);
        QVERIFY(change.ok());
        QCOMPARE(roundTrip(*m_repo, **change), QStringList{nb->relativePath()});
        QCOMPARE(nb->value(existing), u"Ny tekst"_s);

        auto add = SetTextEdit::forLanguage(*m_repo, u"en"_s, u"brand.new.key"_s, u"Brand new"_s);
        QVERIFY(add.ok());
        roundTrip(*m_repo, **add);
        QCOMPARE(m_repo->texts(u"en")->keys().last(), u"brand.new.key"_s);

        auto remove = SetTextEdit::forLanguage(*m_repo, u"nn"_s, existing, std::nullopt);
        QVERIFY(remove.ok());
        roundTrip(*m_repo, **remove);
        QVERIFY(!m_repo->texts(u"nn")->hasKey(existing));

        QVERIFY(!SetTextEdit::forLanguage(*m_repo, u"sv"_s, existing, u"x"_s).ok());
    }

    void xmlAttributesAreSetAddedAndRemoved()
    {
        const QString process = u"App/config/process/process.bpmn"_s;
        SetXmlAttributeEdit rename(process, u"Task_1"_s, u"name"_s, u"Fyll ut søknaden & send"_s);
        QCOMPARE(roundTrip(*m_repo, rename), QStringList{process});
        auto *doc = qobject_cast<XmlFileDocument *>(m_repo->document(process));
        QCOMPARE(doc->xml().findById(u"Task_1").attribute(u"name"), u"Fyll ut søknaden & send"_s);
        SetXmlAttributeEdit add(process, u"Task_1"_s, u"custom"_s, u"1"_s);
        roundTrip(*m_repo, add);
        SetXmlAttributeEdit remove(process, u"Task_1"_s, u"custom"_s, std::nullopt);
        roundTrip(*m_repo, remove);
        QVERIFY(!doc->xml().findById(u"Task_1").hasAttribute(u"custom"));
        SetXmlAttributeEdit missing(process, u"NoSuchTask"_s, u"name"_s, u"x"_s);
        QVERIFY(!missing.validate(*m_repo).ok());
    }

    void aFailingPartUndoesTheWholeMacro()
    {
        const auto before = snapshot(*m_repo);
        MacroEdit macro(u"two parts"_s);
        macro.add(std::make_unique<SetJsonValueEdit>(page1, u"/data/marker"_s, Json::Value(1)));
        macro.add(std::make_unique<RemoveComponentEdit>(page1, u"does-not-exist"_s));
        QVERIFY(!macro.apply(*m_repo).ok());
        QCOMPARE(snapshot(*m_repo), before);
    }

    void staleEditsAreRefusedAfterTheFileChanged()
    {
        const QString id = page(page1)->components().first().id;
        SetComponentPropertyEdit edit(page1, id, u"/readOnly"_s, Json::Value(true));
        QVERIFY(edit.apply(*m_repo).ok());
        // The file changes under the edit, shifting its text (as a reload from disk would do).
        page(page1)->resetContent("  " + page(page1)->bytes());
        const QByteArray now = page(page1)->bytes();
        QVERIFY(!edit.revert(*m_repo).ok());
        QCOMPARE(page(page1)->bytes(), now);
    }

    // On every page of every real app: changing each component's title and deleting each
    // component restore the exact bytes when reverted.
    void editsOnEveryComponentOfRealAppsAreReversible()
    {
        REQUIRE_SHARED("corpus/apps");
        int count = 0;
        QDirIterator apps(TestPaths::sharedDir() + u"/corpus/apps"_s, QDir::Dirs | QDir::NoDotAndDotDot);
        while (apps.hasNext()) {
            auto repo = AppRepository::open(apps.next());
            QVERIFY(repo.ok());
            for (Document *d : (*repo)->documentsOfKind(FileKind::LayoutPage)) {
                auto *p = qobject_cast<LayoutPageDocument *>(d);
                if (!p->isValid())
                    continue;
                const QList<ComponentInfo> comps = p->components();
                for (const ComponentInfo &c : comps) {
                    if (c.id.isEmpty() || p->componentPointer(c.id) != u"/data/layout/"_s + QString::number(c.index))
                        continue;  // duplicated ids: the edit addresses the last one
                    SetComponentPropertyEdit title(p->relativePath(), c.id, u"/textResourceBindings/title"_s, Json::Value(u"t"_s));
                    roundTrip(**repo, title);
                    QVERIFY(title.revert(**repo).ok());
                    RemoveComponentEdit remove(p->relativePath(), c.id);
                    roundTrip(**repo, remove);
                    QVERIFY(remove.revert(**repo).ok());
                    count += 2;
                }
            }
        }
        qInfo("%d edits applied, reverted and replayed on real apps", count);
        QVERIFY(count > 1000);
    }
};

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
