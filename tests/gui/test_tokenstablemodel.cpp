// TokensTableModel with crafted tokens: state text and colours (a PENDING token past its expiry is shown as
// expired), expiry highlight and text in the UI locale, policy names in priority order, the session group
// and badge, the filters session tokens go through, and local sorting.

#include "resultview.h"
#include "tokenstablemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QPersistentModelIndex>
#include <QScopeGuard>
#include <QTest>

#include <cmath>

namespace {

// A fixed "now" so that expiry states do not depend on when the test runs.
const QDateTime kNow(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);

QString hexId(int n)
{
    return QStringLiteral("65f0c0ffee%1").arg(n, 14, 10, QLatin1Char('0'));
}

EnrollmentToken token(int n, const QString& state, qint64 secondsLeft = 3 * 86400)
{
    EnrollmentToken t;
    t.platform = Platform::Windows;
    t.id = hexId(n);
    t.organizationId = QStringLiteral("65f0c0ffee00000000000001");
    t.userId = hexId(100 + n % 3);
    t.userEmail = QStringLiteral("user%1@example.com").arg(n);
    t.displayName = QStringLiteral("Laptop %1").arg(n);
    t.state = state;
    t.createdAt = kNow.addSecs(-3600 * n);
    t.expireAt = kNow.addSecs(secondsLeft);
    t.enrollCode = QStringLiteral("CODE%1").arg(n);
    return t;
}

QStringList ids(const TokensTableModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.tokenAt(row).id;
    return result;
}

QVariant cell(const TokensTableModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role);
}

} // namespace

class TestTokensTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void passesTheModelTester()
    {
        TokensTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kNow);
        model.setServerPage({}, {token(1, QStringLiteral("PENDING")), token(2, QStringLiteral("DONE"))});
        model.setSessionTokens({token(3, QStringLiteral("PENDING"))});
        model.sort(TokensTableModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(TokensTableModel::ColumnCount));
        model.clear();
        QCOMPARE(model.rowCount(), 1); // the session token stays (page 1, no filter)
    }

    void stateTextAndColour_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("text");

        QTest::newRow("pending") << "PENDING" << qint64(3600) << "PENDING"
                                 << "Pending";
        QTest::newRow("done") << "DONE" << qint64(3600) << "DONE"
                              << "Done";
        QTest::newRow("expired") << "EXPIRED" << qint64(-3600) << "EXPIRED"
                                 << "Expired";
        QTest::newRow("deleted") << "DELETED" << qint64(86400) << "DELETED"
                                 << "Deleted";
        QTest::newRow("pending past its expiry") << "PENDING" << qint64(-1) << "EXPIRED"
                                                 << "Expired";
        QTest::newRow("done past its expiry stays done") << "DONE" << qint64(-86400) << "DONE"
                                                         << "Done";
    }

    void stateTextAndColour()
    {
        QFETCH(QString, state);
        QFETCH(qint64, secondsLeft);
        QFETCH(QString, shown);
        QFETCH(QString, text);

        TokensTableModel model;
        model.setNow(kNow);
        TokenListQuery query;
        query.showDeleted = true;
        model.setServerPage(query, {token(1, state, secondsLeft)});
        const int column = TokensTableModel::StateColumn;
        QCOMPARE(cell(model, 0, column).toString(), text);
        QCOMPARE(cell(model, 0, column, TokensTableModel::StateRole).toString(), shown);
        const TokensTableModel::StateColors colors = TokensTableModel::stateColors(shown);
        QCOMPARE(cell(model, 0, column, TokensTableModel::StateColorRole).value<QColor>(), colors.foreground);
        QCOMPARE(cell(model, 0, column, Qt::ForegroundRole).value<QColor>(), colors.foreground);
        QCOMPARE(cell(model, 0, column, Qt::BackgroundRole).value<QColor>(), colors.background);
        // The tooltip explains a state that differs from what the API reported.
        QCOMPARE(cell(model, 0, column, Qt::ToolTipRole).toString().contains(QStringLiteral("Reported as")),
                 shown != state);
    }

    void statesHaveDistinctColours()
    {
        QSet<QRgb> foregrounds;
        QSet<QRgb> backgrounds;
        for (const char* state : {"PENDING", "DONE", "EXPIRED", "DELETED"}) {
            const auto colors = TokensTableModel::stateColors(QLatin1String(state));
            foregrounds.insert(colors.foreground.rgb());
            backgrounds.insert(colors.background.rgb());
            // Dark text on a light badge.
            QVERIFY(colors.background.lightness() - colors.foreground.lightness() > 100);
        }
        QCOMPARE(foregrounds.size(), 4);
        QCOMPARE(backgrounds.size(), 4);
    }

    void expiry_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<bool>("perpetual");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("highlighted");
        QTest::addColumn<QString>("suffix");

        using S = TokensTableModel::ExpiryStatus;
        QTest::newRow("pending in three days")
            << "PENDING" << qint64(3 * 86400) << false << int(S::Later) << false << "";
        QTest::newRow("pending in five hours")
            << "PENDING" << qint64(5 * 3600 + 59) << false << int(S::Soon) << true << " · in 5 h";
        QTest::newRow("pending in ten minutes")
            << "PENDING" << qint64(600) << false << int(S::Soon) << true << " · in 10 min";
        QTest::newRow("pending just under a day")
            << "PENDING" << qint64(86399) << false << int(S::Soon) << true << " · in 23 h";
        QTest::newRow("pending exactly a day")
            << "PENDING" << qint64(86400) << false << int(S::Later) << false << "";
        QTest::newRow("pending past")
            << "PENDING" << qint64(-60) << false << int(S::Expired) << false << " · expired";
        QTest::newRow("expired") << "EXPIRED" << qint64(-7200) << false << int(S::Expired) << false
                                 << " · expired";
        QTest::newRow("done soon is not highlighted")
            << "DONE" << qint64(600) << false << int(S::Soon) << false << "";
        QTest::newRow("deleted past is not marked")
            << "DELETED" << qint64(-600) << false << int(S::Expired) << false << "";
        QTest::newRow("perpetual") << "PENDING" << qint64(600) << true << int(S::None) << false << "";
    }

    void expiry()
    {
        QFETCH(QString, state);
        QFETCH(qint64, secondsLeft);
        QFETCH(bool, perpetual);
        QFETCH(int, status);
        QFETCH(bool, highlighted);
        QFETCH(QString, suffix);

        EnrollmentToken t = token(1, state, secondsLeft);
        t.perpetual = perpetual;
        TokensTableModel model;
        model.setNow(kNow);
        TokenListQuery query;
        query.showDeleted = true;
        model.setServerPage(query, {t});
        const int column = TokensTableModel::ExpiresColumn;
        QCOMPARE(cell(model, 0, column, TokensTableModel::ExpiryStatusRole).toInt(), status);
        QCOMPARE(cell(model, 0, column, Qt::BackgroundRole).isValid(), highlighted);
        QCOMPARE(cell(model, 0, column, Qt::FontRole).value<QFont>().bold(), highlighted);
        const QString text = cell(model, 0, column).toString();
        if (perpetual) {
            QCOMPARE(text, QStringLiteral("Never"));
            return;
        }
        // Local time in the UI locale's short format (TZ is UTC under CTest, but do not rely on it).
        const QString when = QLocale().toString(t.expireAt.toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(text, when + suffix);
    }

    // Muted but readable (WCAG's 4.5:1 for small text) on a light palette and on a dark one.
    void expiredDatesAreReadable()
    {
        const auto luminance = [](const QColor& colour) {
            const auto channel = [](double value) {
                return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
                   0.0722 * channel(colour.blueF());
        };
        const QPalette saved = QGuiApplication::palette();
        const auto restore = qScopeGuard([&saved] { QGuiApplication::setPalette(saved); });
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        for (const QPalette& palette : {saved, dark}) {
            QGuiApplication::setPalette(palette);
            TokensTableModel model;
            model.setNow(kNow);
            model.setServerPage(TokenListQuery{}, {token(1, QStringLiteral("EXPIRED"), -3600)});
            const QColor text =
                cell(model, 0, TokensTableModel::ExpiresColumn, Qt::ForegroundRole).value<QColor>();
            const double a = luminance(text) + 0.05;
            const double b = luminance(palette.color(QPalette::Base)) + 0.05;
            QVERIFY2(std::max(a, b) / std::min(a, b) >= 4.5, qPrintable(text.name()));
        }
    }

    void expiryFollowsTheUiLocale()
    {
        const QLocale saved;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        TokensTableModel model;
        model.setNow(kNow);
        const EnrollmentToken t = token(1, QStringLiteral("DONE"));
        model.setServerPage({}, {t});
        const QString text = cell(model, 0, TokensTableModel::ExpiresColumn).toString();
        QLocale::setDefault(saved);
        QCOMPARE(text, QLocale(QLocale::German, QLocale::Germany)
                           .toString(t.expireAt.toLocalTime(), QLocale::ShortFormat));
        QVERIFY(text.contains(u'.')); // 13.03.25, not 13/03/2025
    }

    void policiesInPriorityOrder()
    {
        EnrollmentToken t = token(1, QStringLiteral("PENDING"));
        t.policyId = hexId(900);
        t.assignments = {{hexId(902), QStringLiteral("Kiosk"), 20},
                         {hexId(901), QString(), 5},
                         {hexId(900), QStringLiteral("Baseline"), 1}};
        TokensTableModel model;
        model.setNow(kNow);
        model.setServerPage({}, {t});
        // Without names the ids stand in; the primary is listed once, first.
        QCOMPARE(cell(model, 0, TokensTableModel::PoliciesColumn).toString(),
                 hexId(900) + QStringLiteral(", ") + hexId(901) + QStringLiteral(", Kiosk"));
        model.setPolicyNames(
            {{hexId(900), QStringLiteral("Baseline")}, {hexId(901), QStringLiteral("Security")}});
        QCOMPARE(cell(model, 0, TokensTableModel::PoliciesColumn).toString(),
                 QStringLiteral("Baseline, Security, Kiosk"));
        QCOMPARE(cell(model, 0, TokensTableModel::PoliciesColumn, Qt::ToolTipRole).toString(),
                 QStringLiteral("Primary policy: Baseline\nBaseline (priority 1)\nSecurity (priority 5)\n"
                                "Kiosk (priority 20)"));
    }

    void sessionTokensAreGroupedAndMarked()
    {
        const EnrollmentToken onPage = token(1, QStringLiteral("PENDING"));
        EnrollmentToken android = token(2, QStringLiteral("PENDING"));
        android.platform = Platform::Android;
        const EnrollmentToken windowsElsewhere = token(3, QStringLiteral("PENDING"));

        TokensTableModel model;
        model.setNow(kNow);
        model.setSessionTokens({android, onPage, windowsElsewhere});
        model.setServerPage({},
                            {token(4, QStringLiteral("DONE")), onPage, token(5, QStringLiteral("EXPIRED"))});

        // The group (session tokens not on the page) first, in session order; then the server page.
        QCOMPARE(ids(model), (QStringList{hexId(2), hexId(3), hexId(4), hexId(1), hexId(5)}));
        QCOMPARE(model.sessionGroupCount(), 2);
        QCOMPARE(model.serverRowCount(), 3);
        const QList<bool> session{true, true, false, true, false};
        const QList<bool> group{true, true, false, false, false};
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.isSessionRow(row), session.at(row));
            QCOMPARE(cell(model, row, 0, TokensTableModel::SessionRole).toBool(), session.at(row));
            QCOMPARE(cell(model, row, 0, TokensTableModel::SessionGroupRole).toBool(), group.at(row));
            QCOMPARE(cell(model, row, TokensTableModel::SessionColumn).toString().isEmpty(),
                     !session.at(row));
        }
        QCOMPARE(cell(model, 0, TokensTableModel::SessionColumn).toString(),
                 QStringLiteral("This session · Android"));
        QVERIFY(cell(model, 0, TokensTableModel::SessionColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("no list of Android tokens")));
        QCOMPARE(cell(model, 3, TokensTableModel::SessionColumn).toString(), QStringLiteral("This session"));

        // Page 2: no group, but a session token on the page is still marked.
        TokenListQuery second;
        second.page = 2;
        model.setServerPage(second, {onPage});
        QCOMPARE(ids(model), QStringList{hexId(1)});
        QVERIFY(model.isSessionRow(0));
    }

    void sessionTokensFollowTheFilters_data()
    {
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("policyId");
        QTest::addColumn<bool>("showDeleted");
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("shown");

        const QString user = hexId(101); // token(1)'s user
        QTest::newRow("no filter") << QString() << QString() << false << "PENDING" << true;
        QTest::newRow("same user") << user << QString() << false << "PENDING" << true;
        QTest::newRow("same user, other case") << user.toUpper() << QString() << false << "PENDING" << true;
        QTest::newRow("other user") << hexId(102) << QString() << false << "PENDING" << false;
        QTest::newRow("primary policy") << QString() << hexId(900) << false << "PENDING" << true;
        QTest::newRow("assigned policy") << QString() << hexId(901) << false << "PENDING" << true;
        QTest::newRow("other policy") << QString() << hexId(999) << false << "PENDING" << false;
        QTest::newRow("deleted hidden") << QString() << QString() << false << "DELETED" << false;
        QTest::newRow("deleted shown") << QString() << QString() << true << "DELETED" << true;
    }

    void sessionTokensFollowTheFilters()
    {
        QFETCH(QString, userId);
        QFETCH(QString, policyId);
        QFETCH(bool, showDeleted);
        QFETCH(QString, state);
        QFETCH(bool, shown);

        EnrollmentToken t = token(1, state);
        t.policyId = hexId(900);
        t.assignments = {{hexId(901), QStringLiteral("Kiosk"), 10}};
        TokenListQuery query;
        query.mdmUserId = userId;
        query.policyId = policyId;
        query.showDeleted = showDeleted;
        QCOMPARE(TokensTableModel::matchesFilters(t, query, kNow), shown);

        TokensTableModel model;
        model.setNow(kNow);
        model.setSessionTokens({t});
        model.setServerPage(query, {});
        QCOMPARE(model.rowCount(), shown ? 1 : 0);
    }

    void sessionTokensOfOtherOrganizationsAreLeftOut()
    {
        EnrollmentToken ours = token(1, QStringLiteral("PENDING"));
        EnrollmentToken theirs = token(2, QStringLiteral("PENDING"));
        theirs.organizationId = QStringLiteral("65f0c0ffee00000000000002");
        EnrollmentToken unknown = token(3, QStringLiteral("PENDING"));
        unknown.organizationId.clear();

        TokensTableModel model;
        model.setNow(kNow);
        model.setSessionTokens({ours, theirs, unknown});
        QCOMPARE(model.rowCount(), 3);
        model.setOrganizations({QStringLiteral("acme")}); // a slug alone cannot tell
        QCOMPARE(model.rowCount(), 3);
        model.setOrganizations({QStringLiteral("acme"), ours.organizationId.toUpper()});
        QCOMPARE(ids(model), (QStringList{hexId(1), hexId(3)}));
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected"); // token numbers, the session token (9) always first

        // Tokens: 1 (bob, "Zeta", PENDING, +2 d), 2 (alice, "alpha", DONE, +1 h), 3 (carol, "Mid", EXPIRED,
        // -1 h), 4 (alice again, "beta", PENDING +1 h: same expiry as 2), created 1 h, 2 h, 3 h, 4 h ago.
        const auto numbers = [](std::initializer_list<int> list) {
            QStringList result;
            for (int n : list)
                result << hexId(n);
            return result;
        };
        QTest::newRow("server order") << -1 << int(Qt::AscendingOrder) << numbers({9, 1, 2, 3, 4});
        QTest::newRow("user ascending, ties in server order")
            << int(TokensTableModel::UserColumn) << int(Qt::AscendingOrder) << numbers({9, 2, 4, 1, 3});
        QTest::newRow("display name ascending ignores case")
            << int(TokensTableModel::DisplayNameColumn) << int(Qt::AscendingOrder)
            << numbers({9, 2, 4, 3, 1});
        QTest::newRow("display name descending") << int(TokensTableModel::DisplayNameColumn)
                                                 << int(Qt::DescendingOrder) << numbers({9, 1, 3, 4, 2});
        QTest::newRow("state ascending")
            << int(TokensTableModel::StateColumn) << int(Qt::AscendingOrder) << numbers({9, 2, 3, 1, 4});
        QTest::newRow("expiry ascending, ties in server order")
            << int(TokensTableModel::ExpiresColumn) << int(Qt::AscendingOrder) << numbers({9, 3, 2, 4, 1});
        QTest::newRow("created ascending")
            << int(TokensTableModel::CreatedColumn) << int(Qt::AscendingOrder) << numbers({9, 4, 3, 2, 1});
        QTest::newRow("created descending")
            << int(TokensTableModel::CreatedColumn) << int(Qt::DescendingOrder) << numbers({9, 1, 2, 3, 4});
    }

    void sorting()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);

        EnrollmentToken t1 = token(1, QStringLiteral("PENDING"), 2 * 86400);
        t1.userEmail = QStringLiteral("bob@example.com");
        t1.displayName = QStringLiteral("Zeta");
        EnrollmentToken t2 = token(2, QStringLiteral("DONE"), 3600);
        t2.userEmail = QStringLiteral("alice@example.com");
        t2.displayName = QStringLiteral("alpha");
        EnrollmentToken t3 = token(3, QStringLiteral("EXPIRED"), -3600);
        t3.userEmail = QStringLiteral("carol@example.com");
        t3.displayName = QStringLiteral("Mid");
        EnrollmentToken t4 = token(4, QStringLiteral("PENDING"), 3600);
        t4.userEmail = QStringLiteral("alice@example.com");
        t4.displayName = QStringLiteral("beta");
        EnrollmentToken session = token(9, QStringLiteral("PENDING"));
        session.createdAt = kNow.addDays(-30); // would sort last by creation, but the group stays on top

        TokensTableModel model;
        model.setNow(kNow);
        model.setSessionTokens({session});
        model.setServerPage({}, {t1, t2, t3, t4});
        if (column >= 0)
            model.sort(column, Qt::SortOrder(order));
        QCOMPARE(ids(model), expected);
        QCOMPARE(model.sortColumn(), column);

        // A new page keeps the chosen order.
        model.setServerPage({}, {t3, t1, t2, t4}); // ties (2 and 4) keep their server order
        if (column >= 0)
            QCOMPARE(ids(model), expected);
    }

    // A page the server sorted by the column shown sorted keeps the server's order (its rules, byte order
    // here, decide across pages); by another column, the page is sorted here.
    void aServerSortedPageKeepsTheServersOrder()
    {
        EnrollmentToken upper = token(1, QStringLiteral("PENDING"));
        upper.displayName = QStringLiteral("Zeta");
        EnrollmentToken lower = token(2, QStringLiteral("PENDING"));
        lower.displayName = QStringLiteral("alpha");
        TokensTableModel model;
        model.setNow(kNow);
        TokenListQuery byName;
        byName.sort = QStringLiteral("displayName:asc");
        model.setServerPage(byName, {upper, lower}); // "Z" before "a", as bytes
        model.sort(TokensTableModel::DisplayNameColumn, Qt::AscendingOrder);
        QCOMPARE(ids(model), (QStringList{hexId(1), hexId(2)}));

        TokenListQuery byCreation;
        byCreation.sort = QStringLiteral("createdAt:desc");
        model.setServerPage(byCreation, {upper, lower});
        QCOMPARE(ids(model), (QStringList{hexId(2), hexId(1)})); // "alpha" before "Zeta", here
    }

    void sortingKeepsPersistentIndexes()
    {
        TokensTableModel model;
        model.setNow(kNow);
        model.setServerPage({}, {token(1, QStringLiteral("PENDING")), token(2, QStringLiteral("DONE")),
                                 token(3, QStringLiteral("PENDING"))});
        const QPersistentModelIndex second(model.index(1, TokensTableModel::StateColumn));
        model.sort(TokensTableModel::CreatedColumn, Qt::AscendingOrder);
        QCOMPARE(second.row(), 1);
        QCOMPARE(model.tokenAt(0).id, hexId(3));
        model.sort(TokensTableModel::StateColumn, Qt::AscendingOrder);
        QCOMPARE(model.tokenAt(second.row()).id, hexId(2));
        QCOMPARE(second.column(), int(TokensTableModel::StateColumn));
    }

    void serverSortFields_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("field");
        QTest::newRow("user (not sortable on the server)") << int(TokensTableModel::UserColumn) << QString();
        QTest::newRow("display name") << int(TokensTableModel::DisplayNameColumn) << "displayName";
        QTest::newRow("state") << int(TokensTableModel::StateColumn) << "state";
        QTest::newRow("expires") << int(TokensTableModel::ExpiresColumn) << "expireAt";
        QTest::newRow("policies (not sortable on the server)")
            << int(TokensTableModel::PoliciesColumn) << QString();
        QTest::newRow("created") << int(TokensTableModel::CreatedColumn) << "createdAt";
    }

    void serverSortFields()
    {
        QFETCH(int, column);
        QFETCH(QString, field);
        QCOMPARE(TokensTableModel::serverSortField(column), field);
    }

    void rowLookup()
    {
        TokensTableModel model;
        model.setNow(kNow);
        model.setServerPage({}, {token(1, QStringLiteral("PENDING")), token(2, QStringLiteral("DONE"))});
        QCOMPARE(model.rowOfToken(hexId(2)), 1);
        QCOMPARE(model.rowOfToken(hexId(7)), -1);
        QCOMPARE(model.rowOfToken(QString()), -1);
        QCOMPARE(model.tokenAt(1).enrollCode, QStringLiteral("CODE2"));
        QVERIFY(model.tokenAt(5).id.isEmpty());
        QCOMPARE(cell(model, 1, 0, TokensTableModel::TokenRole).value<EnrollmentToken>().enrollCode,
                 QStringLiteral("CODE2"));
    }
};

QTEST_MAIN(TestTokensTableModel)
#include "test_tokenstablemodel.moc"
