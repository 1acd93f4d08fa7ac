// SessionTokensModel: newest first, summary text, roles, updates of a token already listed, the names of
// each token's policies kept with it.

#include "sessiontokensmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

namespace {

EnrollmentToken token(Platform platform, const QString& id, const QString& email, const QString& code,
                      const QDateTime& createdAt = {})
{
    EnrollmentToken t;
    t.platform = platform;
    t.id = id;
    t.userEmail = email;
    t.enrollCode = code;
    t.createdAt = createdAt;
    t.enrollmentLink = QStringLiteral("https://enroll.example.com/t/") + id;
    t.state = QStringLiteral("PENDING");
    return t;
}

const QString kIdA = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaa");
const QString kPlace =
    SessionTokensModel::placeOf(QUrl(QStringLiteral("https://api.example.com/v1")), QStringLiteral("acme"));
const QString kIdB = QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbb");

} // namespace

class TestSessionTokensModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void startsEmpty()
    {
        SessionTokensModel model;
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.count(), 0);
        QVERIFY(model.tokenAt(0).id.isEmpty());
        QVERIFY(model.tokenAt(-1).id.isEmpty());
    }

    void bulkTokensAreCountedNotListed()
    {
        SessionTokensModel model;
        QSignalSpy changed(&model, &SessionTokensModel::unlistedCountChanged);
        model.addUnlisted(3);
        model.addUnlisted(0); // a batch that created nothing changes nothing
        model.addUnlisted(-2);
        model.addUnlisted(4);
        QCOMPARE(model.unlistedCount(), 7);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(0).toInt(), 7);
    }

    void newestFirst()
    {
        SessionTokensModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.add(
            token(Platform::Windows, kIdA, QStringLiteral("ana.smith@example.com"), QStringLiteral("ABC123")),
            kPlace);
        model.add(token(Platform::Android, kIdB, QStringLiteral("bo@example.com"), QStringLiteral("XYZ")),
                  kPlace);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 0); // inserted at the top
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.tokenAt(0).id, kIdB);
        QCOMPARE(model.tokenAt(1).id, kIdA);
        QCOMPARE(model.tokenAt(2).id, QString());
        QCOMPARE(model.rowOf(kIdA), 1);
        QCOMPARE(model.rowOf(QStringLiteral("cccccccccccccccccccccccc")), -1);
    }

    void summary_data()
    {
        QTest::addColumn<EnrollmentToken>("input");
        QTest::addColumn<QString>("expected");
        const QDateTime created(QDate(2026, 3, 12), QTime(14, 5), Qt::UTC);
        const QString time = QLocale::c().toString(created.toLocalTime().time(), QLocale::ShortFormat);
        QTest::newRow("windows") << token(Platform::Windows, kIdA, QStringLiteral("ana.smith@example.com"),
                                          QStringLiteral("ABC123"), created)
                                 << (QStringLiteral("Windows · ana.smith@example.com · ABC123 · ") + time);
        QTest::newRow("android without code")
            << token(Platform::Android, kIdB, QStringLiteral("bo@example.com"), QString(), created)
            << (QStringLiteral("Android · bo@example.com · ") + time);
        EnrollmentToken noEmail = token(Platform::Windows, kIdA, QString(), QStringLiteral("Q1"), created);
        noEmail.displayName = QStringLiteral("Front desk");
        QTest::newRow("display name when there is no email")
            << noEmail << (QStringLiteral("Windows · Front desk · Q1 · ") + time);
    }

    void summary()
    {
        QFETCH(EnrollmentToken, input);
        QFETCH(QString, expected);
        SessionTokensModel model;
        model.add(input, kPlace);
        QCOMPARE(model.data(model.index(0), Qt::DisplayRole).toString(), expected);
    }

    void summaryWithoutCreatedAtUsesTimeAdded()
    {
        SessionTokensModel model;
        model.add(token(Platform::Windows, kIdA, QStringLiteral("a@example.com"), QStringLiteral("C0DE")),
                  kPlace);
        const QString text = model.data(model.index(0)).toString();
        QVERIFY2(text.startsWith(QStringLiteral("Windows · a@example.com · C0DE · ")), qPrintable(text));
        QCOMPARE(text.count(u'·'), 3);
    }

    void roles()
    {
        SessionTokensModel model;
        const EnrollmentToken input =
            token(Platform::Android, kIdB, QStringLiteral("bo@example.com"), QStringLiteral("XYZ"));
        model.add(input, kPlace);
        const QModelIndex index = model.index(0);
        QCOMPARE(index.data(SessionTokensModel::PlatformRole).value<Platform>(), Platform::Android);
        const EnrollmentToken back = index.data(SessionTokensModel::TokenRole).value<EnrollmentToken>();
        QCOMPARE(back.id, kIdB);
        QCOMPARE(back.enrollmentLink, input.enrollmentLink);
        QCOMPARE(index.data(SessionTokensModel::TokenIdRole).toString(), kIdB);
        QCOMPARE(index.data(SessionTokensModel::EnrollCodeRole).toString(), QStringLiteral("XYZ"));
        QCOMPARE(index.data(SessionTokensModel::EnrollmentLinkRole).toString(), input.enrollmentLink);
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("bo@example.com")) && tip.contains(kIdB), qPrintable(tip));
        QVERIFY(model.roleNames().value(SessionTokensModel::TokenRole) == "token");
        QVERIFY(!model.index(1).isValid());
    }

    void addingAKnownTokenUpdatesAndMovesIt()
    {
        SessionTokensModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.add(token(Platform::Windows, kIdA, QStringLiteral("a@example.com"), QStringLiteral("AAA")),
                  kPlace);
        model.add(token(Platform::Windows, kIdB, QStringLiteral("b@example.com"), QStringLiteral("BBB")),
                  kPlace);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        EnrollmentToken updated =
            token(Platform::Windows, kIdA, QStringLiteral("a@example.com"), QStringLiteral("AAA"));
        updated.state = QStringLiteral("DONE");
        model.add(updated, kPlace);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.tokenAt(0).id, kIdA);
        QCOMPARE(model.tokenAt(0).state, QStringLiteral("DONE"));
        QCOMPARE(model.tokenAt(1).id, kIdB);
        QCOMPARE(changed.count(), 1);
    }

    // The server's list tells a token's state now: the copy here takes it, in place and only for the place
    // the token was created in (another server may list the same id).
    void theListsStateIsKept()
    {
        SessionTokensModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.add(token(Platform::Windows, kIdA, QStringLiteral("a@example.com"), QStringLiteral("AAA")),
                  kPlace);
        model.add(token(Platform::Windows, kIdB, QStringLiteral("b@example.com"), QStringLiteral("BBB")),
                  kPlace);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // As the list gives it: a token's state, and its id.
        const auto listed = [](const QString& id, const QString& state) {
            EnrollmentToken token;
            token.id = id;
            token.state = state;
            return QList<EnrollmentToken>{token};
        };
        QVERIFY(!model.updateStates(listed(kIdA, QStringLiteral("DONE")),
                                    QStringLiteral("https://elsewhere.example:443\nacme")));
        QVERIFY(model.updateStates(listed(kIdA, QStringLiteral("DONE")), kPlace));
        QCOMPARE(model.tokenAt(1).id, kIdA); // not moved
        QCOMPARE(model.tokenAt(1).state, QStringLiteral("DONE"));
        QCOMPARE(model.tokenAt(1).enrollCode, QStringLiteral("AAA"));
        QVERIFY(!model.updateStates(listed(kIdA, QStringLiteral("DONE")), kPlace)); // nothing new
        QVERIFY(!model.updateStates(
            listed(QStringLiteral("65f0c0ffee0000000000ffff"), QStringLiteral("DONE")), kPlace));
        QCOMPARE(changed.count(), 1);
    }

    void tokensWithoutIdAreAllKept()
    {
        SessionTokensModel model;
        model.add(token(Platform::Android, QString(), QStringLiteral("a@example.com"), QString()), kPlace);
        model.add(token(Platform::Android, QString(), QStringLiteral("b@example.com"), QString()), kPlace);
        QCOMPARE(model.rowCount(), 2);
    }

    void keepsTheNamesOfTheTokensOwnPolicies()
    {
        SessionTokensModel model;
        EnrollmentToken android =
            token(Platform::Android, kIdA, QStringLiteral("a@example.com"), QStringLiteral("AAA"));
        android.policyId = QStringLiteral("p-kiosk");
        const QHash<QString, QString> picker{{QStringLiteral("p-kiosk"), QStringLiteral("Kiosk")},
                                             {QStringLiteral("p-other"), QStringLiteral("Other")}};
        model.add(android, kPlace, picker);
        // Only the token's own policy: the rest of the picker's list is not carried along.
        QCOMPARE(model.policyNamesAt(0),
                 (QHash<QString, QString>{{QStringLiteral("p-kiosk"), QStringLiteral("Kiosk")}}));

        EnrollmentToken windows =
            token(Platform::Windows, kIdB, QStringLiteral("b@example.com"), QStringLiteral("BBB"));
        windows.policyId = QStringLiteral("w-main");
        windows.assignments = {{QStringLiteral("w-extra"), QStringLiteral("Extra (expanded)"), 1},
                               {QStringLiteral("w-bare"), QString(), 2}};
        model.add(windows, kPlace, {{QStringLiteral("w-main"), QStringLiteral("Main")}});
        // An assignment the API expanded is named by the API; one without a name is left out.
        QCOMPARE(model.policyNamesAt(0),
                 (QHash<QString, QString>{{QStringLiteral("w-main"), QStringLiteral("Main")},
                                          {QStringLiteral("w-extra"), QStringLiteral("Extra (expanded)")}}));
        QCOMPARE(model.policyNamesAt(1).value(QStringLiteral("p-kiosk")), QStringLiteral("Kiosk"));
        QVERIFY(model.policyNamesAt(2).isEmpty());
        QVERIFY(model.policyNamesAt(-1).isEmpty());

        // All of them at once, for whoever lists the tokens.
        QCOMPARE(model.policyNames(),
                 (QHash<QString, QString>{{QStringLiteral("p-kiosk"), QStringLiteral("Kiosk")},
                                          {QStringLiteral("w-main"), QStringLiteral("Main")},
                                          {QStringLiteral("w-extra"), QStringLiteral("Extra (expanded)")}}));

        // An update without names keeps the known ones; a new name replaces the old.
        android.state = QStringLiteral("DONE");
        model.add(android, kPlace);
        QCOMPARE(model.tokenAt(0).id, kIdA);
        QCOMPARE(model.policyNamesAt(0).value(QStringLiteral("p-kiosk")), QStringLiteral("Kiosk"));
        model.add(android, kPlace, {{QStringLiteral("p-kiosk"), QStringLiteral("Kiosk (renamed)")}});
        QCOMPARE(model.policyNames().value(QStringLiteral("p-kiosk")), QStringLiteral("Kiosk (renamed)"));

        // A token without a policy keeps no names.
        model.add(token(Platform::Android, QString(), QStringLiteral("c@example.com"), QString()), kPlace,
                  picker);
        QVERIFY(model.policyNamesAt(0).isEmpty());
    }
};

QTEST_MAIN(TestSessionTokensModel)
#include "test_sessiontokensmodel.moc"
