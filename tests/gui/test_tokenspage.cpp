// TokensPage against a real sandbox: the rows are what W3 returns (checked with a direct client call),
// pagination, the user / policy / show-deleted filters, the result view of a selected row, session tokens
// (an Android one from A1) marked as such and named by the policies their create page knew, with no policy
// request of the page's own, a newer request superseding a slow one, errors keeping the rows,
// reload on profile change, F5, and names for every control.

#include "apiclient.h"
#include "appcontext.h"
#include "errorpanel.h"
#include "policypicker.h"
#include "qrview.h"
#include "resultview.h"
#include "sandboxprocess.h"
#include "secretstore.h"
#include "sessiontokensmodel.h"
#include "tokenspage.h"
#include "tokenstablemodel.h"
#include "uilanguage.h"
#include "userpicker.h"

#include "httpconnectionpool.h"
#include "mainwindow.h"
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace {

constexpr int kWait = 10000;

// The console as the main window builds it: a context on a temporary settings file and a memory key store.
struct Console
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("enrolldesk.ini")), QSettings::IniFormat};
    MemorySecretStore secrets;
    AppContext context{&settings, &secrets};
    TokensPage page{&context};

    template <typename T> T* child(const char* name)
    {
        T* found = page.findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    QTableView* table() { return child<QTableView>("tokensTable"); }
    TokensTableModel* model() { return page.model(); }
};

QStringList rowIds(const TokensTableModel* model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->tokenAt(row).id;
    return ids;
}

QStringList serverRowIds(const TokensTableModel* model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!model->data(model->index(row, 0), TokensTableModel::SessionGroupRole).toBool())
            ids << model->tokenAt(row).id;
    }
    return ids;
}

// The width the cells of `column` ask for (QTableView hides the overload it implements).
int neededWidth(const QAbstractItemView* view, int column)
{
    return view->sizeHintForColumn(column);
}

QStringList idsOf(const QList<EnrollmentToken>& tokens)
{
    QStringList ids;
    for (const EnrollmentToken& token : tokens)
        ids << token.id;
    return ids;
}

} // namespace

class TestTokensPage : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    HttpConnectionPool m_http;
    std::unique_ptr<ApiClient> m_direct; // the comparison: the same API, without the page

    std::unique_ptr<Console> openConsole(int pageSize = 20)
    {
        auto console = std::make_unique<Console>();
        console->page.setPageSize(pageSize);
        console->page.resize(1200, 720);
        console->page.show();
        QSignalSpy loaded(&console->page, &TokensPage::loadFinished);
        console->context.setSandbox(m_sandbox.baseUrl(), SandboxProcess::apiKey());
        console->context.activateProfile(QStringLiteral("sandbox"));
        if (!loaded.wait(kWait) || !loaded.first().first().toBool())
            qFatal("the first page did not load");
        return console;
    }

    Page<EnrollmentToken> fetch(const TokenListQuery& query)
    {
        std::optional<ApiResult<Page<EnrollmentToken>>> answer;
        m_direct->listWindowsTokens(
            query, this, [&answer](const ApiResult<Page<EnrollmentToken>>& result) { answer = result; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kWait) || !answer->ok())
            qFatal("the direct W3 call failed");
        return answer->value;
    }

    template <typename T> std::optional<T> call(std::function<ApiCall*(ApiClient::Callback<T>)> start)
    {
        std::optional<ApiResult<T>> answer;
        start([&answer](const ApiResult<T>& result) { answer = result; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, kWait) || !answer->ok())
            return std::nullopt;
        return answer->value;
    }

    // Where the active profile creates tokens (SessionTokensModel::placeOf).
    static QString here(const AppContext& context)
    {
        return SessionTokensModel::placeOf(context.activeProfile());
    }

    static bool waitForLoad(TokensPage& page, bool expectOk = true)
    {
        QSignalSpy loaded(&page, &TokensPage::loadFinished);
        return loaded.wait(kWait) && loaded.first().first().toBool() == expectOk;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_sandbox.start());
        m_direct = std::make_unique<ApiClient>(&m_http);
        m_direct->setBaseUrl(m_sandbox.baseUrl());
        m_direct->setOrganization(SandboxProcess::organizationSlug());
        m_direct->setApiKey(SandboxProcess::apiKey());
    }

    void init() { QVERIFY(m_sandbox.reset()); }

    void firstPageIsWhatTheServerReturns()
    {
        auto console = openConsole();
        TokenListQuery query;
        query.limit = 20;
        query.sort = QStringLiteral("createdAt:desc");
        const Page<EnrollmentToken> expected = fetch(query);
        QVERIFY(expected.items.size() == 20);

        const TokensTableModel* model = console->model();
        QCOMPARE(rowIds(model), idsOf(expected.items));
        for (int row = 0; row < model->rowCount(); ++row) {
            const EnrollmentToken& token = expected.items.at(row);
            QCOMPARE(model->index(row, TokensTableModel::UserColumn).data().toString(), token.userEmail);
            QCOMPARE(model->index(row, TokensTableModel::DisplayNameColumn).data().toString(),
                     token.displayName);
            QCOMPARE(
                model->index(row, TokensTableModel::StateColumn).data(TokensTableModel::StateRole).toString(),
                TokensTableModel::effectiveState(token, QDateTime::currentDateTimeUtc()));
            QCOMPARE(model->index(row, TokensTableModel::ExpiresColumn).data().toString().left(10),
                     QLocale().toString(token.expireAt.toLocalTime(), QLocale::ShortFormat).left(10));
            QVERIFY(model->index(row, TokensTableModel::StateColumn).data().toString() != u"DELETED");
        }
        QCOMPARE(console->page.totalTokens(), expected.totalDocs);
        QCOMPARE(console->page.totalPages(), expected.totalPages);
        QCOMPARE(console->child<QLabel>("pageLabel")->text(),
                 QStringLiteral("Page 1 of %1 · ").arg(expected.totalPages) +
                     TokensPage::tr("%n token(s)", nullptr, expected.totalDocs));
        QVERIFY(!console->child<QPushButton>("previousPageButton")->isEnabled());
        QVERIFY(console->child<QPushButton>("nextPageButton")->isEnabled());
        QVERIFY(!console->child<ErrorPanel>("tokensError")->isVisible());

        // The policy names are those of the sandbox (expanded assignments or the policy list).
        QStringList policyNames;
        for (const QJsonValue& policy : m_sandbox.policies(QStringLiteral("windows")))
            policyNames << policy.toObject().value(QLatin1String("name")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < model->rowCount(); ++row) {
                    const QString text =
                        model->index(row, TokensTableModel::PoliciesColumn).data().toString();
                    for (const QString& name : text.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
                        if (!policyNames.contains(name))
                            return false;
                    }
                }
                return true;
            }(),
            kWait);

        console->page.grab().save(QStringLiteral("/tmp/enrolldesk-tokenspage.png"));
    }

    void paginationMovesThroughThePages()
    {
        auto console = openConsole(10);
        TokenListQuery query;
        query.limit = 10;
        query.sort = QStringLiteral("createdAt:desc");
        const Page<EnrollmentToken> first = fetch(query);
        query.page = 2;
        const Page<EnrollmentToken> second = fetch(query);
        query.page = 3;
        const Page<EnrollmentToken> third = fetch(query);
        QCOMPARE(first.totalPages, 3);
        QCOMPARE(console->page.query().limit, 10);
        QCOMPARE(console->child<QComboBox>("pageSize")->currentData().toInt(), 10);
        QCOMPARE(rowIds(console->model()), idsOf(first.items));

        auto* next = console->child<QPushButton>("nextPageButton");
        auto* previous = console->child<QPushButton>("previousPageButton");
        auto* label = console->child<QLabel>("pageLabel");
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(waitForLoad(console->page));
        QCOMPARE(console->page.currentPage(), 2);
        QCOMPARE(rowIds(console->model()), idsOf(second.items));
        QCOMPARE(label->text(),
                 QStringLiteral("Page 2 of 3 · ") + TokensPage::tr("%n token(s)", nullptr, first.totalDocs));
        QVERIFY(previous->isEnabled());

        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(waitForLoad(console->page));
        QCOMPARE(console->page.currentPage(), 3);
        QCOMPARE(rowIds(console->model()), idsOf(third.items));
        QVERIFY(!next->isEnabled());

        QTest::mouseClick(previous, Qt::LeftButton);
        QVERIFY(waitForLoad(console->page));
        QCOMPARE(console->page.currentPage(), 2);
        QCOMPARE(rowIds(console->model()), idsOf(second.items));

        // A bigger page keeps the first token of the page on screen: 10 per page, page 2 -> 20 per page,
        // page 1.
        console->child<QComboBox>("pageSize")->setCurrentIndex(TokensPage::pageSizes().indexOf(20));
        QVERIFY(waitForLoad(console->page));
        QCOMPARE(console->page.currentPage(), 1);
        QCOMPARE(console->model()->rowCount(), 20);
        QCOMPARE(console->settings.value(QStringLiteral("tokens/pageSize")).toInt(), 20);
    }

    void filterByUserShowsOnlyTheirTokens()
    {
        const QJsonArray users = m_sandbox.users();
        QVERIFY(!users.isEmpty());
        const QString userId = users.first().toObject().value(QLatin1String("id")).toString();
        const QString email = users.first().toObject().value(QLatin1String("email")).toString();
        auto console = openConsole();

        console->page.filterByUser(userId);
        QVERIFY(waitForLoad(console->page));
        TokenListQuery query;
        query.mdmUserId = userId;
        query.sort = QStringLiteral("createdAt:desc");
        const Page<EnrollmentToken> expected = fetch(query);
        QVERIFY(expected.items.size() > 1);
        QCOMPARE(console->page.query().mdmUserId, userId);
        QCOMPARE(rowIds(console->model()), idsOf(expected.items));
        for (int row = 0; row < console->model()->rowCount(); ++row) {
            QCOMPARE(console->model()->tokenAt(row).userId, userId);
            QCOMPARE(console->model()->index(row, TokensTableModel::UserColumn).data().toString(), email);
        }
        QCOMPARE(console->child<UserPicker>("userFilter")->userId(), userId);
        // The picker shows whom (the e-mail known from the listed tokens), not only the id.
        QVERIFY(console->child<UserPicker>("userFilter")->lineEdit()->text().contains(email));
        const QJsonArray requests = m_sandbox.requests();
        QVERIFY(!requests.isEmpty());

        // Clearing the filter lists everyone again.
        console->page.filterByUser(QString());
        QVERIFY(waitForLoad(console->page));
        QVERIFY(console->page.query().mdmUserId.isEmpty());
        QCOMPARE(console->model()->rowCount(), 20);
    }

    void policyFilterShowsTokensWithThatPolicy()
    {
        const QJsonArray policies = m_sandbox.policies(QStringLiteral("windows"));
        QVERIFY(!policies.isEmpty());
        const QString policyId = policies.first().toObject().value(QLatin1String("id")).toString();
        auto console = openConsole();
        auto* picker = console->child<PolicyPicker>("policyFilter");
        QTRY_VERIFY_WITH_TIMEOUT(picker->findPolicy(policyId) >= 0, kWait);
        QCOMPARE(picker->itemText(0), QStringLiteral("All policies")); // not the form's "(none)"
        QVERIFY(picker->policyId().isEmpty());

        picker->setPolicyId(policyId);
        QVERIFY(waitForLoad(console->page));
        TokenListQuery query;
        query.policyId = policyId;
        query.sort = QStringLiteral("createdAt:desc");
        const Page<EnrollmentToken> expected = fetch(query);
        QVERIFY(!expected.items.isEmpty());
        QVERIFY(expected.totalDocs < 23);
        QCOMPARE(console->page.query().policyId, policyId);
        QCOMPARE(rowIds(console->model()), idsOf(expected.items));
        for (int row = 0; row < console->model()->rowCount(); ++row) {
            const EnrollmentToken token = console->model()->tokenAt(row);
            bool has = token.policyId == policyId;
            for (const AssignedPolicy& assigned : token.assignments)
                has = has || assigned.policyId == policyId;
            QVERIFY2(has, qPrintable(token.id));
        }
    }

    void showDeletedRevealsDeletedTokens()
    {
        auto console = openConsole(50);
        const int hidden = console->page.totalTokens();
        auto* showDeleted = console->child<QCheckBox>("showDeleted");
        QVERIFY(!showDeleted->isChecked());
        for (int row = 0; row < console->model()->rowCount(); ++row)
            QVERIFY(console->model()->index(row, 0).data(TokensTableModel::StateRole).toString() !=
                    u"DELETED");

        QTest::mouseClick(showDeleted, Qt::LeftButton);
        QVERIFY(waitForLoad(console->page));
        QVERIFY(console->page.query().showDeleted);
        TokenListQuery query;
        query.showDeleted = true;
        query.limit = 50;
        query.sort = QStringLiteral("createdAt:desc");
        const Page<EnrollmentToken> expected = fetch(query);
        QCOMPARE(rowIds(console->model()), idsOf(expected.items));
        QVERIFY(console->page.totalTokens() > hidden);

        int deleted = 0;
        const QColor deletedColour = TokensTableModel::stateColors(QStringLiteral("DELETED")).foreground;
        for (int row = 0; row < console->model()->rowCount(); ++row) {
            const QModelIndex state = console->model()->index(row, TokensTableModel::StateColumn);
            if (state.data(TokensTableModel::StateRole).toString() != u"DELETED")
                continue;
            ++deleted;
            QCOMPARE(state.data().toString(), QStringLiteral("Deleted"));
            QCOMPARE(state.data(TokensTableModel::StateColorRole).value<QColor>(), deletedColour);
            QCOMPARE(state.data(Qt::ForegroundRole).value<QColor>(), deletedColour);
        }
        QCOMPARE(deleted, console->page.totalTokens() - hidden);
    }

    void selectingARowShowsTheToken()
    {
        auto console = openConsole();
        QTableView* table = console->table();
        auto* result = console->child<ResultView>("tokenResultView");
        QVERIFY(!result->isVisible());
        QVERIFY(!console->page.isDetailsVisible()); // the table has the whole width until a selection

        const int row = 2;
        const EnrollmentToken token = console->model()->tokenAt(row);
        QVERIFY(!token.enrollCode.isEmpty());
        const QRect cell = table->visualRect(console->model()->index(row, TokensTableModel::UserColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(result->isVisible());
        QVERIFY(console->page.isDetailsVisible());
        QCOMPARE(result->token().id, token.id);
        QCOMPARE(console->page.selectedToken().id, token.id);
        QCOMPARE(result->findChild<QLabel*>(QStringLiteral("enrollCodeLabel"))->text(), token.enrollCode);

        // The side panel's width reaches the view: narrowed, the QR code goes under the details.
        auto* splitter = console->child<QSplitter>("tokensSplitter");
        auto* code = result->findChild<QLabel*>(QStringLiteral("enrollCodeLabel"));
        const auto qrBelowCode = [result, code] {
            return result->qrView()->mapTo(result, QPoint()).y() >
                   code->mapTo(result, QPoint()).y() + code->height();
        };
        const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
        splitter->setSizes({total - 300, 300});
        QTRY_VERIFY(qrBelowCode());
        splitter->setSizes({total - 900, 900});
        QTRY_VERIFY(!qrBelowCode());

        // The keyboard moves the selection and the view follows.
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(result->token().id, console->model()->tokenAt(row + 1).id);

        // A refresh keeps the selection.
        const QString selected = result->token().id;
        QTest::keyClick(table, Qt::Key_F5);
        QVERIFY(waitForLoad(console->page));
        QCOMPARE(table->currentIndex().row(), console->model()->rowOfToken(selected));
        QCOMPARE(result->token().id, selected);

        // A token opened from elsewhere (the session list) that is not listed stays shown across reloads.
        EnrollmentToken elsewhere = console->model()->tokenAt(0);
        elsewhere.id = QStringLiteral("65f0c0ffee0000000000ffff");
        elsewhere.enrollCode = QStringLiteral("ELSEWHERE");
        console->page.showToken(elsewhere);
        QVERIFY(console->page.isDetailsVisible());
        QCOMPARE(result->token().id, elsewhere.id);
        QVERIFY(!table->selectionModel()->hasSelection());
        console->page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&console->page));
        console->page.focusShownToken(); // no row: the keyboard goes to its details
        QVERIFY(console->child<QWidget>("tokenDetails")->isAncestorOf(QApplication::focusWidget()));
        console->page.refresh();
        QVERIFY(waitForLoad(console->page));
        QVERIFY(console->page.isDetailsVisible());
        QCOMPARE(result->token().enrollCode, QStringLiteral("ELSEWHERE"));

        // A selected row that leaves the list (another page) closes its details, and leaves the focus
        // where the user is (the filter), not on the table.
        table->selectRow(0);
        QVERIFY(console->page.isDetailsVisible());
        QCOMPARE(result->token().id, console->model()->tokenAt(0).id);
        QLineEdit* filter = console->child<QLineEdit>("userSearch");
        filter->setFocus();
        console->page.nextPage();
        QVERIFY(waitForLoad(console->page));
        QVERIFY(!console->page.isDetailsVisible());
        QCOMPARE(console->page.focusWidget(), filter);
        table->selectRow(0);

        // Esc closes the panel and clears the selection, from the details too; the focus goes back to the
        // table, on the same row, and the keyboard goes on from there.
        table->selectRow(1); // of three on this last page
        QVERIFY(console->page.isDetailsVisible());
        console->page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&console->page));
        auto* copyCode = result->findChild<QAbstractButton*>(QStringLiteral("copyCodeButton"));
        QVERIFY(copyCode);
        copyCode->setFocus();
        QTest::keyClick(copyCode, Qt::Key_Escape);
        QVERIFY(!console->page.isDetailsVisible());
        QVERIFY(!result->hasToken());
        QVERIFY(!table->selectionModel()->hasSelection());
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(table->currentIndex().row(), 1);
        QTest::keyClick(table, Qt::Key_Down);
        QVERIFY(console->page.isDetailsVisible());
        QCOMPARE(result->token().id, console->model()->tokenAt(2).id);
        // Selecting the row that stayed current shows it again.
        QTest::keyClick(table, Qt::Key_Escape);
        QVERIFY(!console->page.isDetailsVisible());
        const QRect rowRect = table->visualRect(table->currentIndex());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowRect.center());
        QVERIFY(console->page.isDetailsVisible());
        QCOMPARE(result->token().id, console->model()->tokenAt(2).id);
    }

    void sessionTokensAppearMarked()
    {
        const QJsonArray users = m_sandbox.users();
        const QString androidUser = users.at(1).toObject().value(QLatin1String("id")).toString();
        const QString windowsUser = users.at(2).toObject().value(QLatin1String("id")).toString();
        auto console = openConsole();
        const int before = console->model()->rowCount();

        const std::optional<Page<Policy>> androidPolicies = call<Page<Policy>>(
            [&](auto done) { return m_direct->listPolicies(Platform::Android, this, done); });
        QVERIFY(androidPolicies.has_value() && !androidPolicies->items.isEmpty());
        const Policy androidPolicy = androidPolicies->items.first();
        AndroidTokenRequest android;
        android.mdmUserId = androidUser;
        android.managementMode = QStringLiteral("DEVICE_OWNER");
        android.settings.policyId = androidPolicy.id;
        const std::optional<EnrollmentToken> created = call<EnrollmentToken>(
            [&](auto done) { return m_direct->createAndroidToken(android, this, done); });
        QVERIFY(created.has_value());
        console->context.sessionTokens()->add(*created, here(console->context),
                                              {{androidPolicy.id, androidPolicy.name}});
        // Its policy by name, as the create page knew it (the filter lists only Windows policies).
        QCOMPARE(console->model()->index(0, TokensTableModel::PoliciesColumn).data().toString(),
                 androidPolicy.name);

        // At the top of page 1 at once (no request: there is no Android list), marked and explained.
        TokensTableModel* model = console->model();
        QCOMPARE(model->rowCount(), before + 1);
        QCOMPARE(model->tokenAt(0).id, created->id);
        QVERIFY(model->isSessionRow(0));
        const QModelIndex badge = model->index(0, TokensTableModel::SessionColumn);
        QCOMPARE(badge.data().toString(), QStringLiteral("This session · Android"));
        QVERIFY(badge.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Android")));
        QCOMPARE(model->sessionGroupCount(), 1);
        QVERIFY(console->child<QLabel>("pageLabel")->text().isEmpty() == false);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(!model->isSessionRow(row));

        // Selecting it shows the Android token like after a create.
        console->page.showToken(*created);
        QCOMPARE(console->table()->currentIndex().row(), 0);
        QCOMPARE(console->child<ResultView>("tokenResultView")->token().id, created->id);

        // A Windows token of this session is on the server's first page: marked there, listed once.
        WindowsTokenRequest windows;
        windows.mdmUserId = windowsUser;
        const std::optional<EnrollmentToken> win = call<EnrollmentToken>(
            [&](auto done) { return m_direct->createWindowsToken(windows, this, done); });
        QVERIFY(win.has_value());
        console->context.sessionTokens()->add(*win, here(console->context));
        console->page.refresh();
        QVERIFY(waitForLoad(console->page));
        QCOMPARE(rowIds(model).count(win->id), 1);
        const int winRow = model->rowOfToken(win->id);
        QVERIFY(winRow >= 0);
        QVERIFY(model->isSessionRow(winRow));
        QVERIFY(!model->index(winRow, 0).data(TokensTableModel::SessionGroupRole).toBool());
        QCOMPARE(model->index(winRow, TokensTableModel::SessionColumn).data().toString(),
                 QStringLiteral("This session"));
        QCOMPARE(model->tokenAt(0).id, created->id); // the Android group stays first
        QCOMPARE(serverRowIds(model).first(), win->id);

        // A token created on another server or for another organization is not this list's, even with the
        // same organization id (the sandbox and production can share ids; a profile may name its
        // organization by slug, so the id alone cannot tell).
        EnrollmentToken elsewhere = *win;
        elsewhere.id = QStringLiteral("eeeeeeeeeeeeeeeeeeeeeeee");
        console->context.sessionTokens()->add(
            elsewhere, SessionTokensModel::placeOf(QUrl(QStringLiteral("https://api.example.com/v1")),
                                                   console->context.activeProfile().organization));
        QCOMPARE(model->rowOfToken(elsewhere.id), -1);
        QCOMPARE(console->context.sessionTokens()->count(), 3); // still in the session's own list

        // A user filter hides the other user's session token.
        console->page.filterByUser(windowsUser);
        QVERIFY(waitForLoad(console->page));
        QCOMPARE(model->rowOfToken(created->id), -1);
        QVERIFY(model->rowOfToken(win->id) >= 0);
    }

    void androidSessionTokenNamesItsPolicyWithoutAsking()
    {
        const QJsonArray users = m_sandbox.users();
        const QString androidUser = users.at(1).toObject().value(QLatin1String("id")).toString();
        const QJsonArray policies = m_sandbox.policies(QStringLiteral("android"));
        QVERIFY(policies.size() > 1);
        const QString policyId = policies.first().toObject().value(QLatin1String("id")).toString();
        const QString policyName = policies.first().toObject().value(QLatin1String("name")).toString();
        const QString otherId = policies.at(1).toObject().value(QLatin1String("id")).toString();
        QVERIFY(!policyName.isEmpty());
        auto console = openConsole();

        AndroidTokenRequest android;
        android.mdmUserId = androidUser;
        android.managementMode = QStringLiteral("DEVICE_OWNER");
        android.settings.policyId = policyId;
        const std::optional<EnrollmentToken> created = call<EnrollmentToken>(
            [&](auto done) { return m_direct->createAndroidToken(android, this, done); });
        QVERIFY(created.has_value());
        QVERIFY(m_sandbox.clearRequests());

        // The create page hands over all the names its picker had; the token's own policy is named.
        console->context.sessionTokens()->add(
            *created, here(console->context),
            {{policyId, policyName}, {otherId, QStringLiteral("Not this token's")}});
        TokensTableModel* model = console->model();
        QCOMPARE(model->tokenAt(0).id, created->id);
        QCOMPARE(model->index(0, TokensTableModel::PoliciesColumn).data().toString(), policyName);
        QCOMPARE(console->context.sessionTokens()->policyNamesAt(0),
                 (QHash<QString, QString>{{policyId, policyName}}));

        // Shown in the side panel too, and the key arriving again asks for no Android list either.
        console->page.showToken(*created);
        QCOMPARE(console->child<ResultView>("tokenResultView")->token().id, created->id);
        console->context.reloadKey();
        QVERIFY(waitForLoad(console->page));
        for (const QJsonValue& request : m_sandbox.requests()) {
            const QString path = request.toObject().value(QLatin1String("path")).toString();
            QVERIFY2(!path.contains(QLatin1String("/android/enterprise/policies")), qPrintable(path));
        }
        QCOMPARE(model->index(0, TokensTableModel::PoliciesColumn).data().toString(), policyName);
    }

    // The list shrank while a later page was shown (tokens revoked elsewhere; here the sandbox's reset
    // takes away the tokens the test created): a refresh shows the last page, not "Page 4 of 3" over
    // a table that says there are no tokens yet.
    void aPagePastTheEndShowsTheLastPage()
    {
        TokenListQuery query;
        query.limit = 10;
        const int pagesBefore = fetch(query).totalPages;
        WindowsTokenRequest request;
        request.mdmUserId = m_sandbox.users().at(2).toObject().value(QLatin1String("id")).toString();
        for (int i = 0; i < 10; ++i)
            QVERIFY(call<EnrollmentToken>(
                [&](auto done) { return m_direct->createWindowsToken(request, this, done); }));
        auto console = openConsole(10);
        QCOMPARE(console->page.totalPages(), pagesBefore + 1);
        while (console->page.currentPage() < console->page.totalPages()) {
            console->page.nextPage();
            QVERIFY(waitForLoad(console->page));
        }

        QVERIFY(m_sandbox.reset());
        QVERIFY(m_sandbox.clearRequests());
        console->page.refresh();
        QVERIFY(waitForLoad(console->page));
        QCOMPARE(console->page.currentPage(), pagesBefore);
        QCOMPARE(console->page.totalPages(), pagesBefore);
        QVERIFY(console->model()->rowCount() > 0);
        QVERIFY(!console->child<QLabel>("emptyLabel")->isVisible());
        QCOMPARE(m_sandbox.requests().size(), 2); // the page past the end, then the last one
    }

    // A server that leaves the page number out (the documentation's sample has only items and
    // totalDocs) answered the page asked for: Next shows page 2, not page 1 again.
    void anUnstatedPageNumberIsThePageAskedFor()
    {
        auto console = openConsole(10);
        QVERIFY(console->page.totalPages() >= 3);
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("docPagination")},
                                       {QStringLiteral("pathContains"), QStringLiteral("enrollment-tokens")},
                                       {QStringLiteral("count"), 2}}));
        console->page.nextPage();
        QVERIFY(waitForLoad(console->page));
        QCOMPARE(console->page.currentPage(), 2);
        console->page.nextPage();
        QVERIFY(waitForLoad(console->page));
        QCOMPARE(console->page.currentPage(), 3);
    }

    // Next and Previous stay enabled while a page loads, and go on from the page asked for: the focus
    // stays on the button (a button disabled under the focus passes it on, and the next Space lands on
    // another control), and Next pressed twice moves two pages.
    void thePagerKeepsTheFocusWhileLoading()
    {
        WindowsTokenRequest request; // a fourth page: Next is still enabled on the third
        request.mdmUserId = m_sandbox.users().at(2).toObject().value(QLatin1String("id")).toString();
        for (int i = 0; i < 10; ++i)
            QVERIFY(call<EnrollmentToken>(
                [&](auto done) { return m_direct->createWindowsToken(request, this, done); }));
        auto console = openConsole(10);
        QVERIFY(console->page.totalPages() >= 4);
        auto* next = console->child<QPushButton>("nextPageButton");
        console->page.activateWindow();
        next->setFocus();
        QTRY_VERIFY(next->hasFocus());
        QVERIFY(
            m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("slow")},
                                   {QStringLiteral("delayMs"), 1000},
                                   {QStringLiteral("pathContains"), QStringLiteral("enrollment-tokens")}}));
        QSignalSpy loaded(&console->page, &TokensPage::loadFinished);
        QTest::keyClick(next, Qt::Key_Space);
        QVERIFY(console->page.isLoading());
        QVERIFY(next->isEnabled());
        QVERIFY(next->hasFocus());
        QTest::keyClick(next, Qt::Key_Space); // supersedes the slow one
        QVERIFY(loaded.wait(kWait));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(console->page.currentPage(), 3);
        QVERIFY(next->hasFocus());
    }

    // A token of this session on a later page is listed in page 1's session group with the state it was
    // created in; once a page of the list has shown it, the group shows the list's state, and the
    // group's state cells say what their state is as of.
    void theSessionGroupTakesTheListsState()
    {
        TokenListQuery query;
        query.limit = 10;
        query.sort = QStringLiteral("createdAt:desc");
        query.page = 2;
        const Page<EnrollmentToken> second = fetch(query);
        const auto done =
            std::find_if(second.items.begin(), second.items.end(), [](const EnrollmentToken& token) {
                return token.state == QLatin1StringView("DONE");
            });
        QVERIFY(done != second.items.end());
        auto console = openConsole(10);
        EnrollmentToken asCreated = *done;
        asCreated.state = QStringLiteral("PENDING");
        console->context.sessionTokens()->add(asCreated, here(console->context));
        TokensTableModel* model = console->model();
        QTRY_VERIFY(model->isSessionRow(0) && model->tokenAt(0).id == done->id);
        QCOMPARE(model->tokenAt(0).state, QStringLiteral("PENDING"));
        QVERIFY(model->index(0, TokensTableModel::StateColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1StringView("As when created")));

        console->page.nextPage();
        QVERIFY(waitForLoad(console->page));
        console->page.previousPage();
        QVERIFY(waitForLoad(console->page));
        QCOMPARE(model->tokenAt(0).id, done->id);
        QCOMPARE(model->tokenAt(0).state, QStringLiteral("DONE"));
    }

    void newerRequestSupersedesTheSlowOne()
    {
        auto console = openConsole();
        const QStringList rows = rowIds(console->model());
        QVERIFY(m_sandbox.clearRequests());
        QVERIFY(
            m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("slow")},
                                   {QStringLiteral("delayMs"), 4000},
                                   {QStringLiteral("pathContains"), QStringLiteral("enrollment-tokens")}}));
        QSignalSpy loaded(&console->page, &TokensPage::loadFinished);
        console->page.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requests().size(), 1, kWait); // the slow one has arrived
        QVERIFY(console->page.isLoading());
        QVERIFY(console->child<QProgressBar>("loadingIndicator")->isVisible());
        QVERIFY(!console->child<QLabel>("loadingLabel")->text().isEmpty());
        QCOMPARE(console->model()->rowCount(), rows.size()); // the rows stay while loading

        console->page.refresh();
        QVERIFY(loaded.wait(kWait));
        QCOMPARE(loaded.count(), 1); // only the newer one answered
        QVERIFY(loaded.first().first().toBool());
        QVERIFY(!console->page.isLoading());
        QVERIFY(!console->child<QProgressBar>("loadingIndicator")->isVisible());
        QVERIFY(!console->child<ErrorPanel>("tokensError")->isVisible()); // no "cancelled" error
        QCOMPARE(rowIds(console->model()), rows);
    }

    void errorsKeepTheRows()
    {
        auto console = openConsole();
        const QStringList rows = rowIds(console->model());
        QVERIFY(
            m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("apiError")},
                                   {QStringLiteral("code"), 3001},
                                   {QStringLiteral("httpStatus"), 404},
                                   {QStringLiteral("pathContains"), QStringLiteral("enrollment-tokens")}}));
        QTest::mouseClick(console->child<QPushButton>("refreshButton"), Qt::LeftButton);
        QVERIFY(waitForLoad(console->page, false));
        auto* error = console->child<ErrorPanel>("tokensError");
        QVERIFY(error->isVisible());
        QVERIFY(!error->message().isEmpty());
        QVERIFY(error->details().contains(QStringLiteral("3001")));
        QCOMPARE(rowIds(console->model()), rows);

        // "Try again" loads the list and clears the error.
        auto* retry = error->findChild<QPushButton*>(QStringLiteral("errorAction"));
        QVERIFY(retry && retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(waitForLoad(console->page));
        QVERIFY(!error->isVisible());
    }

    void reloadsWhenTheConnectionChanges()
    {
        auto console = openConsole();
        const QJsonArray users = m_sandbox.users();
        console->page.filterByUser(users.first().toObject().value(QLatin1String("id")).toString());
        QVERIFY(waitForLoad(console->page));
        const int filtered = console->model()->rowCount();
        QVERIFY(m_sandbox.clearRequests());

        // Another profile (on the same sandbox, so that the list has tokens): another connection.
        Profile other = console->context.activeProfile();
        other.id = Profile::newId();
        other.name = QStringLiteral("Acme again");
        const QString otherId = console->context.profiles()->add(other);
        std::optional<bool> written;
        console->secrets.write(otherId, SandboxProcess::apiKey(), this,
                               [&written](const SecretStore::Result& result) { written = result.ok(); });
        QTRY_VERIFY(written.value_or(false));

        QSignalSpy loaded(&console->page, &TokensPage::loadFinished);
        console->context.activateProfile(otherId);
        QVERIFY(loaded.wait(kWait));
        QVERIFY(loaded.first().first().toBool());
        QVERIFY(console->page.query().mdmUserId.isEmpty()); // filters belong to the old connection
        QVERIFY(console->model()->rowCount() > filtered);
        QCOMPARE(console->page.currentPage(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_sandbox.requests().isEmpty(), kWait);
    }

    void headerSortAsksTheServer()
    {
        auto console = openConsole();
        QHeaderView* header = console->table()->horizontalHeader();
        header->setSortIndicator(TokensTableModel::ExpiresColumn, Qt::AscendingOrder);
        QVERIFY(waitForLoad(console->page));
        QCOMPARE(console->page.query().sort, QStringLiteral("expireAt:asc"));
        TokenListQuery query;
        query.sort = QStringLiteral("expireAt:asc");
        QCOMPARE(rowIds(console->model()), idsOf(fetch(query).items));
    }

    // The headers sort by mouse only; Token > Sort by… does the same from the keyboard: a menu of the
    // columns (the current one checked) and the two orders.
    void sortByFromTheMenu()
    {
        auto console = openConsole();
        const QList<PageCommand> commands = console->page.commands();
        const auto sortBy = std::find_if(commands.begin(), commands.end(), [](const PageCommand& command) {
            return QString(command.text).remove(u'&') == QStringLiteral("Sort by…");
        });
        QVERIFY(sortBy != commands.end());
        QVERIFY(sortBy->available());
        QCOMPARE(console->page.query().sort, QStringLiteral("createdAt:desc"));

        const auto choose = [&](const QString& text) {
            sortBy->run();
            auto* menu = console->page.findChild<QMenu*>(QStringLiteral("sortMenu"));
            QVERIFY(menu);
            QTRY_VERIFY(menu->isVisible());
            QAction* chosen = nullptr;
            for (QAction* action : menu->actions()) {
                if (QString(action->text()).remove(u'&') == text)
                    chosen = action;
            }
            QVERIFY2(chosen, qPrintable(text));
            chosen->trigger();
        };
        const QString expires =
            console->model()->headerData(TokensTableModel::ExpiresColumn, Qt::Horizontal).toString();
        choose(expires); // keeps the order: descending
        QVERIFY(waitForLoad(console->page));
        QCOMPARE(console->page.query().sort, QStringLiteral("expireAt:desc"));
        choose(QStringLiteral("Ascending"));
        QVERIFY(waitForLoad(console->page));
        QCOMPARE(console->page.query().sort, QStringLiteral("expireAt:asc"));
        QCOMPARE(console->table()->horizontalHeader()->sortIndicatorSection(),
                 int(TokensTableModel::ExpiresColumn));
    }

    void hiddenPageWaitsUntilShown()
    {
        Console console;
        QSignalSpy loaded(&console.page, &TokensPage::loadFinished);
        QVERIFY(m_sandbox.clearRequests());
        console.context.setSandbox(m_sandbox.baseUrl(), SandboxProcess::apiKey());
        console.context.activateProfile(QStringLiteral("sandbox"));
        // The list would be asked for as soon as the key is there.
        QTRY_COMPARE_WITH_TIMEOUT(console.context.keyState(), AppContext::KeyState::Present, kWait);
        QVERIFY(!console.page.isLoading());
        QCOMPARE(loaded.count(), 0);
        console.page.show();
        QVERIFY(loaded.wait(kWait));
        QVERIFY(console.model()->rowCount() > 0);
    }

    // The widths computed for the font, language and date format apply at every start until the user
    // changes a column: the stretched last column's resizes with the window are not saved.
    // Until then, a narrower table takes room from the display name and the policies before it scrolls;
    // afterwards the user's widths stay.
    void onlyTheUsersColumnChangesAreSaved()
    {
        auto console = openConsole(10);
        QTableView* table = console->table();
        console->page.resize(1200, 700);
        QCoreApplication::processEvents();
        const int wideName = table->columnWidth(TokensTableModel::DisplayNameColumn);
        const int widePolicies = table->columnWidth(TokensTableModel::PoliciesColumn);
        const int wideUser = table->columnWidth(TokensTableModel::UserColumn);
        console->page.resize(900, 600);
        QCoreApplication::processEvents();
        QVERIFY(table->columnWidth(TokensTableModel::DisplayNameColumn) < wideName);
        QVERIFY(table->columnWidth(TokensTableModel::PoliciesColumn) < widePolicies);
        console->page.resize(1200, 700);
        QCoreApplication::processEvents();
        QCOMPARE(table->columnWidth(TokensTableModel::DisplayNameColumn), wideName);
        QCOMPARE(table->columnWidth(TokensTableModel::UserColumn), wideUser);
        QVERIFY(!console->settings.contains(QStringLiteral("tokens/columns")));
        const auto tableOf = [](const TokensPage& page) {
            return page.findChild<QTableView*>(QStringLiteral("tokensTable"));
        };

        // A sort is saved (with the header), and the next start still fits the widths.
        QHeaderView* header = table->horizontalHeader();
        header->setSortIndicator(TokensTableModel::ExpiresColumn, Qt::AscendingOrder);
        QVERIFY(waitForLoad(console->page));
        QVERIFY(console->settings.contains(QStringLiteral("tokens/columns")));
        {
            TokensPage next(&console->context);
            next.resize(900, 600);
            next.show();
            QCoreApplication::processEvents();
            QCOMPARE(tableOf(next)->horizontalHeader()->sortIndicatorSection(),
                     TokensTableModel::ExpiresColumn);
            QVERIFY(tableOf(next)->columnWidth(TokensTableModel::DisplayNameColumn) < wideName);
        }

        header->resizeSection(TokensTableModel::DisplayNameColumn, wideName + 20);
        console->page.resize(900, 600);
        QCoreApplication::processEvents();
        QCOMPARE(table->columnWidth(TokensTableModel::DisplayNameColumn), wideName + 20);
        QCOMPARE(table->columnWidth(TokensTableModel::PoliciesColumn), widePolicies);
        // And the next start keeps them.
        TokensPage next(&console->context);
        next.resize(900, 600);
        next.show();
        QCoreApplication::processEvents();
        QCOMPARE(tableOf(next)->columnWidth(TokensTableModel::DisplayNameColumn), wideName + 20);
    }

    void columnsFitAtTheDefaultWindowSize_data()
    {
        QTest::addColumn<QString>("language"); // longer titles, badges and sidebar entries
        QTest::addColumn<QLocale>("locale");   // the dates' width differs
        QTest::newRow("en_GB") << "en" << QLocale(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("en_US") << "en" << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("de") << "de" << QLocale(QLocale::German, QLocale::Germany);
        QTest::newRow("fr") << "fr" << QLocale(QLocale::French, QLocale::France);
        QTest::newRow("ru") << "ru" << QLocale(QLocale::Russian, QLocale::Russia);
        QTest::newRow("pt") << "pt" << QLocale(QLocale::Portuguese, QLocale::Brazil);
        QTest::newRow("es") << "es" << QLocale(QLocale::Spanish, QLocale::Spain);
        QTest::newRow("it") << "it" << QLocale(QLocale::Italian, QLocale::Italy);
        QTest::newRow("zh_CN") << "zh_CN" << QLocale(QLocale::Chinese, QLocale::China);
    }

    // In the window at its default size (1180x780), in every language: whole addresses and origin
    // badges, and no horizontal scrollbar.
    void columnsFitAtTheDefaultWindowSize()
    {
        QFETCH(QString, language);
        QFETCH(QLocale, locale);
        const QLocale before;
        UiLanguage::apply(language);
        QLocale::setDefault(locale);
        const auto restore = qScopeGuard([&before] {
            UiLanguage::apply(QStringLiteral("en"));
            QLocale::setDefault(before);
        });
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("enrolldesk.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        AppContext context(&settings, &secrets);
        context.setSandbox(m_sandbox.baseUrl(), SandboxProcess::apiKey());
        MainWindow window(&context);
        context.activateProfile(QStringLiteral("sandbox"));
        const QString user = m_sandbox.users().at(1).toObject().value(QLatin1String("id")).toString();
        AndroidTokenRequest android; // the widest origin badge: "This session · Android"
        android.mdmUserId = user;
        android.managementMode = QStringLiteral("DEVICE_OWNER");
        const std::optional<EnrollmentToken> created = call<EnrollmentToken>(
            [&](auto done) { return m_direct->createAndroidToken(android, this, done); });
        QVERIFY(created.has_value());
        context.sessionTokens()->add(*created, here(context));
        window.showPage(MainWindow::Tokens);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1180, 780));

        QTableView* table = window.tokensPage()->findChild<QTableView*>(QStringLiteral("tokensTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 20, kWait); // the session's and a page
        QTRY_VERIFY(table->verticalScrollBar()->isVisible());
        QHeaderView* header = table->horizontalHeader();
        int fixedWidth = 0; // every column but the last, which stretches
        for (int column = 0; column < TokensTableModel::SessionColumn; ++column)
            fixedWidth += table->columnWidth(column);
        QVERIFY2(fixedWidth + neededWidth(table, TokensTableModel::SessionColumn) <=
                     table->viewport()->width(),
                 qPrintable(QStringLiteral("%1 + %2 > %3")
                                .arg(fixedWidth)
                                .arg(neededWidth(table, TokensTableModel::SessionColumn))
                                .arg(table->viewport()->width())));
        QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());
        QCOMPARE(header->length(), table->viewport()->width());
        // Every address of the page in full, the star of the session's token included.
        QVERIFY2(neededWidth(table, TokensTableModel::UserColumn) <=
                     table->columnWidth(TokensTableModel::UserColumn),
                 qPrintable(QString::number(neededWidth(table, TokensTableModel::UserColumn))));
        QVERIFY(neededWidth(table, TokensTableModel::SessionColumn) <=
                table->columnWidth(TokensTableModel::SessionColumn));
    }

    void everyControlIsNamed()
    {
        auto console = openConsole();
        const QList<QWidget*> controls{
            console->child<UserPicker>("userFilter"),
            console->child<PolicyPicker>("policyFilter"),
            console->child<QCheckBox>("showDeleted"),
            console->child<QPushButton>("refreshButton"),
            console->child<QTableView>("tokensTable"),
            console->child<QComboBox>("pageSize"),
            console->child<QPushButton>("previousPageButton"),
            console->child<QPushButton>("nextPageButton"),
            console->child<ResultView>("tokenResultView"),
            console->child<QProgressBar>("loadingIndicator"),
        };
        // The page line is read by its text; what it is goes in the description.
        QVERIFY(!console->child<QLabel>("pageLabel")->accessibleDescription().isEmpty());
        for (QWidget* control : controls) {
            QVERIFY2(!control->objectName().isEmpty(), control->metaObject()->className());
            QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        }
        // Buttons, boxes and tables directly on the page (not inside the reusable widgets) are all named.
        for (QWidget* widget : console->page.findChildren<QWidget*>()) {
            const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget) ||
                                 qobject_cast<QAbstractItemView*>(widget);
            QWidget* owner = widget->parentWidget();
            bool inside = false;
            for (; owner && owner != &console->page; owner = owner->parentWidget())
                inside = inside || qobject_cast<ResultView*>(owner) || qobject_cast<UserPicker*>(owner) ||
                         qobject_cast<PolicyPicker*>(owner) || qobject_cast<ErrorPanel*>(owner) ||
                         qobject_cast<QAbstractItemView*>(owner) || qobject_cast<QComboBox*>(owner);
            if (!control || inside || qobject_cast<ResultView*>(widget))
                continue;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
};

QTEST_MAIN(TestTokensPage)
#include "test_tokenspage.moc"
