// UserPicker against a real sandbox: typing part of a name or e-mail searches once per pause, the matches
// pop up as "Name <email>" and are picked with the keyboard; a pasted 24-hex id is taken as is without a
// search; a newer search cancels the one under way; search errors show inline in plain words; editing
// after a pick un-picks.

#include "apiclient.h"
#include "apierror.h"
#include "sandboxprocess.h"
#include "userpicker.h"

#include "httpconnectionpool.h"
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

constexpr int kWait = 10000;

MdmUser userFromSandbox(const QJsonArray& users, const QString& email)
{
    for (const QJsonValue& value : users) {
        const QJsonObject user = value.toObject();
        if (user.value(QLatin1String("email")).toString() == email)
            return {user.value(QLatin1String("id")).toString(),
                    email,
                    user.value(QLatin1String("name")).toString(),
                    {},
                    {}};
    }
    return {};
}

// QTest::keyClicks() only knows Latin-1 keys; people type accents too.
void typeText(QWidget* widget, const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace

class TestUserPicker : public QObject
{
    Q_OBJECT

public:
    SandboxProcess m_sandbox;
    QJsonArray m_users;
    HttpConnectionPool m_http;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<UserPicker> m_picker;

    // Searches recorded by the sandbox since the last clearRequests(), as their `search` parameter.
    QStringList searches()
    {
        QStringList texts;
        for (const QJsonValue& value : m_sandbox.requests()) {
            const QJsonObject request = value.toObject();
            if (!request.value(QLatin1String("path")).toString().endsWith(QLatin1String("/mdm/users")))
                continue;
            texts << QUrlQuery(request.value(QLatin1String("query")).toString())
                         .queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
        }
        return texts;
    }
    QLineEdit* edit() const { return m_picker->lineEdit(); }
    QAbstractItemView* popup() const { return m_picker->completer()->popup(); }
    QStringList shownMatches() const
    {
        QStringList rows;
        QAbstractItemModel* model = m_picker->completer()->completionModel();
        for (int row = 0; row < model->rowCount(); ++row)
            rows << model->index(row, 0).data().toString();
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_users = m_sandbox.users();
        QVERIFY(m_users.size() > 20);
        m_client = std::make_unique<ApiClient>(&m_http);
        m_client->setBaseUrl(m_sandbox.baseUrl());
        m_client->setOrganization(SandboxProcess::organizationSlug());
        m_client->setApiKey(SandboxProcess::apiKey());
    }

    void init()
    {
        QVERIFY(m_sandbox.clearFaults());
        m_picker = std::make_unique<UserPicker>();
        m_picker->setClient(m_client.get());
        m_picker->resize(420, m_picker->sizeHint().height());
        m_picker->show();
        QApplication::setActiveWindow(m_picker.get());
        QVERIFY(QTest::qWaitForWindowActive(m_picker.get()));
        m_picker->setFocus();
        QVERIFY(edit()->hasFocus());
        QVERIFY(m_sandbox.clearRequests());
    }

    void cleanup() { m_picker.reset(); }

    // The completer's list view is made for the first matches, not with the form, and is named then.
    void matchesListMadeWithTheFirstMatches()
    {
        const auto listViews = [] {
            int count = 0;
            for (QWidget* widget : QApplication::allWidgets())
                count += qobject_cast<QAbstractItemView*>(widget) != nullptr;
            return count;
        };
        QCOMPARE(listViews(), 0);
        m_picker->clear();
        typeText(edit(), QStringLiteral("65f") + QString(20, u'0') + u'1'); // an id: picked, no list
        QCOMPARE(listViews(), 0);
        m_picker->clear();

        typeText(edit(), QStringLiteral("garcí"));
        QTRY_COMPARE_WITH_TIMEOUT(listViews(), 1, kWait);
        QTRY_VERIFY(popup()->isVisible());
        QCOMPARE(popup()->objectName(), QStringLiteral("userMatches"));
        QCOMPARE(popup()->accessibleName(), QStringLiteral("Matching users"));
    }

    void typeAndPickWithTheKeyboard_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("email");
        QTest::newRow("part-of-a-name-with-accent") << "garcí"
                                                    << "ana.garcia@acme.example";
        QTest::newRow("part-of-an-email") << "schafer@"
                                          << "jurgen.schafer@acme.example";
        QTest::newRow("name-with-umlaut") << "müller-"
                                          << "thomas.muller-ludenscheidt@acme.example";
        QTest::newRow("one-of-two") << "sson"
                                    << "erik.andersson@acme.example";
    }
    void typeAndPickWithTheKeyboard()
    {
        QFETCH(QString, typed);
        QFETCH(QString, email);
        const MdmUser expected = userFromSandbox(m_users, email);
        QVERIFY(!expected.id.isEmpty());
        QSignalSpy changed(m_picker.get(), &UserPicker::userChanged);
        QSignalSpy finished(m_picker.get(), &UserPicker::searchFinished);

        typeText(edit(), typed);
        QTRY_VERIFY_WITH_TIMEOUT(popup()->isVisible(), kWait);
        const QString shown = UserPicker::displayText(expected);
        QCOMPARE(shown, expected.name + QStringLiteral(" <") + email + u'>');
        QVERIFY2(shownMatches().contains(shown), qPrintable(shownMatches().join(u'|')));
        const int downs = int(shownMatches().indexOf(shown)) + 1;
        // One request for the whole burst of keys, with the whole text.
        QCOMPARE(finished.count(), 1);
        QCOMPARE(searches(), QStringList{typed});
        QVERIFY(changed.isEmpty());

        for (int i = 0; i < downs; ++i)
            QTest::keyClick(popup(), Qt::Key_Down);
        QTest::keyClick(popup(), Qt::Key_Return);
        QTRY_VERIFY(!popup()->isVisible());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_picker->userId(), expected.id);
        QCOMPARE(m_picker->user().email, email);
        QCOMPARE(m_picker->user().name, expected.name);
        QCOMPARE(edit()->text(), shown);
        QCOMPARE(m_picker->statusText(),
                 QStringLiteral("Picked: ") + shown + QStringLiteral(" · ") + expected.id);
        QVERIFY(m_picker->findChild<QLabel*>(QStringLiteral("userStatus"))->isVisible());

        // Editing the picked text un-picks.
        QTest::keyClick(edit(), Qt::Key_Backspace);
        QCOMPARE(changed.count(), 2);
        QVERIFY(m_picker->userId().isEmpty());
    }

    void enterTakesTheOnlyMatch()
    {
        const MdmUser expected = userFromSandbox(m_users, QStringLiteral("kwame.mensah@acme.example"));
        QSignalSpy finished(m_picker.get(), &UserPicker::searchFinished);
        QTest::keyClicks(edit(), QStringLiteral("kwame"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWait);
        QCOMPARE(shownMatches(), QStringList{UserPicker::displayText(expected)});
        QTest::keyClick(popup(), Qt::Key_Escape);
        QTRY_VERIFY(!popup()->isVisible());
        QTest::keyClick(edit(), Qt::Key_Return);
        QCOMPARE(m_picker->userId(), expected.id);
    }

    void pastedIdIsTakenAsIs()
    {
        const QString id = m_users.at(3).toObject().value(QLatin1String("id")).toString();
        QSignalSpy changed(m_picker.get(), &UserPicker::userChanged);
        QApplication::clipboard()->setText(QStringLiteral("  ") + id + QStringLiteral("\n"));
        QTest::keyClick(edit(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_picker->userId(), id);
        QCOMPARE(m_picker->statusText(), QStringLiteral("Picked: user id ") + id);
        // No search for an id, not even after the pause.
        QTest::qWait(UserPicker::kDebounceMs * 2);
        QVERIFY(!m_picker->isSearching());
        QCOMPARE(searches(), QStringList{});

        m_picker->clear();
        QCOMPARE(changed.count(), 2);
        QVERIFY(m_picker->userId().isEmpty());
        QVERIFY(edit()->text().isEmpty());
        QVERIFY(m_picker->statusText().isEmpty());

        m_picker->setUserId(id);
        QCOMPARE(m_picker->userId(), id);
        QCOMPARE(changed.count(), 3);
    }

    void newerSearchCancelsTheOneUnderWay()
    {
        // The first search hangs for a while; typing on must replace it, and its late answer is not shown.
        QVERIFY(m_sandbox.injectFault(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("slow")},
                        {QStringLiteral("delayMs"), 1500},
                        {QStringLiteral("pathContains"), QStringLiteral("/mdm/users")}}));
        QSignalSpy finished(m_picker.get(), &UserPicker::searchFinished);
        QTest::keyClicks(edit(), QStringLiteral("ana"));
        QTRY_VERIFY_WITH_TIMEOUT(m_picker->isSearching(), kWait);
        QCOMPARE(m_picker->statusText(), QStringLiteral("Searching…"));
        QTest::keyClicks(edit(), QStringLiteral("is.lef"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWait);
        const MdmUser anais = userFromSandbox(m_users, QStringLiteral("anais.lefevre@acme.example"));
        QCOMPARE(shownMatches(), QStringList{UserPicker::displayText(anais)});
        QCOMPARE(finished.first().first().toInt(), 1);
        // Long enough for the slow answer to have come back had it not been cancelled.
        QTest::qWait(1800);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(shownMatches(), QStringList{UserPicker::displayText(anais)});
        QVERIFY(!m_picker->isSearching());
    }

    void searchErrorIsShownInPlainWords()
    {
        const QJsonObject fault{{QStringLiteral("type"), QStringLiteral("apiError")},
                                {QStringLiteral("code"), 4002},
                                {QStringLiteral("httpStatus"), 403},
                                {QStringLiteral("count"), 2},
                                {QStringLiteral("pathContains"), QStringLiteral("/mdm/users")}};
        QVERIFY(m_sandbox.injectFault(fault));
        // What the client makes of this fault, straight.
        ApiError direct;
        bool done = false;
        m_client->searchUsers({QStringLiteral("x"), 1, 20}, this,
                              [&](const ApiResult<Page<MdmUser>>& result) {
                                  direct = result.error;
                                  done = true;
                              });
        QTRY_VERIFY_WITH_TIMEOUT(done, kWait);
        QCOMPARE(direct.kind(), ApiError::Kind::Api);

        QSignalSpy finished(m_picker.get(), &UserPicker::searchFinished);
        QTest::keyClicks(edit(), QStringLiteral("olga"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWait);
        QCOMPARE(m_picker->statusText(), QStringLiteral("Could not search the users: ") + direct.message());
        QVERIFY(!popup()->isVisible());
        QVERIFY(m_picker->userId().isEmpty());
    }

    // Enter after a failed search asks again, and never picks the one match of an earlier text.
    void enterAfterAFailedSearchSearchesAgain()
    {
        QSignalSpy finished(m_picker.get(), &UserPicker::searchFinished);
        QTest::keyClicks(edit(), QStringLiteral("kwame"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWait);
        QCOMPARE(shownMatches().size(), 1);
        QTest::keyClick(popup(), Qt::Key_Escape);
        QTRY_VERIFY(!popup()->isVisible());

        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("html")},
                                       {QStringLiteral("pathContains"), QStringLiteral("/mdm/users")}}));
        QTest::keyClicks(edit(), QStringLiteral(".mensah"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kWait);
        QVERIFY(m_picker->statusText().startsWith(QStringLiteral("Could not search the users")));
        QTest::keyClick(edit(), Qt::Key_Return);
        QVERIFY(m_picker->userId().isEmpty());                 // not the earlier "kwame" match
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, kWait); // the same text, asked again
        QCOMPARE(shownMatches().size(), 1);
        QTest::keyClick(edit(), Qt::Key_Return);
        QCOMPARE(m_picker->userId(),
                 userFromSandbox(m_users, QStringLiteral("kwame.mensah@acme.example")).id);
    }

    // Text the API refuses (over 128 characters) is refused here, also when Enter skips the pause: nothing
    // is sent, cut or whole.
    void searchTextOverTheLimitIsNotSent()
    {
        const QString longest(128, u'o');
        edit()->setText(longest + u'x');
        Q_EMIT edit()->textEdited(edit()->text());
        QCOMPARE(m_picker->statusText(), QStringLiteral("Search text: at most 128 characters."));
        QTest::keyClick(edit(), Qt::Key_Return);
        QCOMPARE(m_picker->statusText(), QStringLiteral("Search text: at most 128 characters."));
        QTest::qWait(400); // past the typing pause
        QVERIFY(searches().isEmpty());

        QSignalSpy finished(m_picker.get(), &UserPicker::searchFinished);
        QTest::keyClick(edit(), Qt::Key_Backspace);
        QTest::keyClick(edit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWait);
        QCOMPARE(searches(), QStringList{longest});
    }

    void nobodyMatches()
    {
        QSignalSpy finished(m_picker.get(), &UserPicker::searchFinished);
        QTest::keyClicks(edit(), QStringLiteral("zzzqqq"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWait);
        QCOMPARE(finished.first().first().toInt(), 0);
        QCOMPARE(m_picker->statusText(), QStringLiteral("No user matches “zzzqqq”."));
        QVERIFY(!popup()->isVisible());
    }

    void controlsAreNamed()
    {
        QVERIFY(!edit()->accessibleName().isEmpty());
        // The status line is read by its text; what it is goes in the description.
        auto* status = m_picker->findChild<QWidget*>(QStringLiteral("userStatus"));
        QVERIFY(status);
        QVERIFY(status->accessibleName().isEmpty());
        QVERIFY(!status->accessibleDescription().isEmpty());
        QVERIFY(!m_picker->accessibleName().isEmpty());
        QCOMPARE(m_picker->focusProxy(), edit());
    }
};

QTEST_MAIN(TestUserPicker)
#include "test_userpicker.moc"
