// ApiClient against a real enrolldesk-sandbox process over loopback: every endpoint, every documented
// error and every injected fault; the sandbox's request record proves what was (and was not) sent.

#include "apiclient.h"
#include "apilimits.h"
#include "jsoncodec.h"
#include "sandboxprocess.h"

#include "httpconnectionpool.h"
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <optional>

namespace {

// Waits for one callback's result without a nested event loop in the code under test.
template <typename T> struct Waiter
{
    std::optional<ApiResult<T>> result;
    ApiClient::Callback<T> callback()
    {
        return [this](const ApiResult<T>& r) { result = r; };
    }
    bool wait(int ms = 15000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, ms);
    }
};

QJsonObject bodyOf(const QJsonValue& recorded)
{
    return QJsonDocument::fromJson(recorded.toObject().value(QLatin1StringView("body")).toString().toUtf8())
        .object();
}

int countRequests(const QJsonArray& record, const QString& method, const QString& pathEnd)
{
    int count = 0;
    for (const QJsonValue& item : record) {
        const QJsonObject request = item.toObject();
        if (request.value(QLatin1StringView("method")).toString() == method &&
            request.value(QLatin1StringView("path")).toString().endsWith(pathEnd))
            ++count;
    }
    return count;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    HttpConnectionPool m_http;
    std::unique_ptr<ApiClient> m_client;
    QString m_userId;
    QString m_userEmail;
    QString m_windowsPolicy;
    QString m_androidPolicy;

    WindowsTokenRequest windowsRequest() const
    {
        WindowsTokenRequest request;
        request.mdmUserId = m_userId;
        request.settings.sendEmail = false;
        request.settings.displayName = QStringLiteral("Laptop – Ana");
        request.settings.tags = {QStringLiteral("it"), QStringLiteral("laptop")};
        request.settings.durationSeconds = 7200;
        request.settings.language = QStringLiteral("en");
        request.settings.policyId = m_windowsPolicy;
        request.settings.assignments = {{m_windowsPolicy, 100}};
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        const QJsonArray users = m_sandbox.users();
        QVERIFY(users.size() >= 50);
        m_userId = users.first().toObject().value(QLatin1StringView("id")).toString();
        m_userEmail = users.first().toObject().value(QLatin1StringView("email")).toString();
        m_windowsPolicy = m_sandbox.policies(QStringLiteral("windows"))
                              .first()
                              .toObject()
                              .value(QLatin1StringView("id"))
                              .toString();
        m_androidPolicy = m_sandbox.policies(QStringLiteral("android"))
                              .first()
                              .toObject()
                              .value(QLatin1StringView("id"))
                              .toString();
        QVERIFY(Limits::isObjectId(m_userId));
        QVERIFY(Limits::isObjectId(m_windowsPolicy));
        QVERIFY(Limits::isObjectId(m_androidPolicy));
    }

    void init()
    {
        QVERIFY(m_sandbox.reset());
        m_client = std::make_unique<ApiClient>(&m_http);
        m_client->setBaseUrl(m_sandbox.baseUrl());
        m_client->setOrganization(SandboxProcess::organizationSlug());
        m_client->setApiKey(SandboxProcess::apiKey());
    }

    void organizationsList()
    {
        Waiter<Page<Organization>> waiter;
        m_client->listOrganizations(this, waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY2(waiter.result->ok(), qPrintable(waiter.result->error.technicalDetails()));
        QStringList slugs;
        for (const Organization& organization : waiter.result->value.items)
            slugs << organization.slug;
        QVERIFY(slugs.contains(SandboxProcess::organizationSlug()));
        QVERIFY(slugs.contains(SandboxProcess::limitedOrganizationSlug()));
    }

    void createWindowsTokenSendsFlatBodyOnce()
    {
        const WindowsTokenRequest request = windowsRequest();
        Waiter<EnrollmentToken> waiter;
        m_client->createWindowsToken(request, this, waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY2(waiter.result->ok(), qPrintable(waiter.result->error.technicalDetails()));
        const EnrollmentToken& token = waiter.result->value;
        QVERIFY(Limits::isObjectId(token.id));
        QCOMPARE(token.platform, Platform::Windows);
        QCOMPARE(token.state, QStringLiteral("PENDING"));
        QCOMPARE(token.userId, m_userId);
        QCOMPARE(token.userEmail, m_userEmail);
        QCOMPARE(token.displayName, request.settings.displayName);
        QVERIFY(!token.enrollCode.isEmpty());
        QVERIFY(token.enrollmentLink.startsWith(QLatin1StringView("https://")));
        QVERIFY(token.expireAt.isValid());
        // expireAt = creation + duration, within the test's own slack.
        const qint64 secondsLeft = QDateTime::currentDateTimeUtc().secsTo(token.expireAt);
        QVERIFY2(secondsLeft > 7200 - 120 && secondsLeft <= 7200, qPrintable(QString::number(secondsLeft)));
        QCOMPARE(token.assignments.size(), 1);
        QVERIFY(!token.assignments.first().policyName.isEmpty());

        const QJsonArray record = m_sandbox.requests();
        QCOMPARE(countRequests(record, QStringLiteral("POST"), QStringLiteral("/enrollment-tokens")), 1);
        const QJsonObject sent = record.last().toObject();
        QCOMPARE(bodyOf(sent), JsonCodec::toJson(request));
        QVERIFY(!bodyOf(sent).contains(QLatin1StringView("children")));
        // The key travels in the Authorization header and nowhere else.
        const QJsonObject headers = sent.value(QLatin1StringView("headers")).toObject();
        QCOMPARE(headers.value(QLatin1StringView("authorization")).toString(),
                 QStringLiteral("Bearer sandbox"));
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key() != QLatin1StringView("authorization"))
                QVERIFY2(!it.value().toString().contains(QLatin1StringView("sandbox")), qPrintable(it.key()));
        }
        QVERIFY(!sent.value(QLatin1StringView("query")).toString().contains(QLatin1StringView("sandbox")));
        QVERIFY(!sent.value(QLatin1StringView("body")).toString().contains(QLatin1StringView("sandbox")));
        QVERIFY(headers.value(QLatin1StringView("user-agent"))
                    .toString()
                    .startsWith(QLatin1StringView("EnrollDesk/")));
    }

    void invalidRequestIsNeverSent()
    {
        WindowsTokenRequest request = windowsRequest();
        request.settings.displayName = QString(129, u'x');
        request.settings.durationSeconds = 59;
        Waiter<EnrollmentToken> waiter;
        m_client->createWindowsToken(request, this, waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result->error.kind(), ApiError::Kind::Validation);
        QCOMPARE(waiter.result->error.fieldErrors().size(), 2);
        QVERIFY(waiter.result->error.nothingWasSent());
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    void insecureBaseUrlIsRefusedBeforeSending()
    {
        m_client->setBaseUrl(QUrl(QStringLiteral("http://api.applivery.example/v1")));
        Waiter<Page<Organization>> waiter;
        m_client->listOrganizations(this, waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result->error.kind(), ApiError::Kind::InsecureUrl);
        QVERIFY(!waiter.result->error.message().isEmpty());
    }

    void missingKeyIsRefusedBeforeSending()
    {
        m_client->clearApiKey();
        Waiter<Page<Organization>> waiter;
        m_client->listOrganizations(this, waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result->error.kind(), ApiError::Kind::MissingKey);
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    void keyWithALineBreakIsRefusedBeforeSending()
    {
        // A pasted key that carries a line break would end the Authorization header and start another.
        m_client->setApiKey(SandboxProcess::apiKey() + "\r\nX-Injected: yes");
        Waiter<Page<Organization>> waiter;
        m_client->listOrganizations(this, waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result->error.kind(), ApiError::Kind::InvalidKey);
        QVERIFY(waiter.result->error.nothingWasSent());
        QCOMPARE(m_sandbox.requests().size(), 0);
        m_client->setApiKey("two words");
        Waiter<Page<Organization>> spaced;
        m_client->listOrganizations(this, spaced.callback());
        QVERIFY(spaced.wait());
        QCOMPARE(spaced.result->error.kind(), ApiError::Kind::InvalidKey);
    }

    void addressWithAPasswordIsRefused()
    {
        // It would be saved with the profile, in the settings file.
        QString why;
        const QUrl url(QStringLiteral("https://token:s3cret-pass@api.applivery.example/v1"));
        QVERIFY(!ApiClient::isAllowedBaseUrl(url, &why));
        QVERIFY2(!why.contains(QStringLiteral("s3cret")), qPrintable(why));
        QVERIFY(!ApiClient::isAllowedBaseUrl(QUrl(QStringLiteral("https://user@api.applivery.example/v1"))));
        // An invalid address is quoted in the message without its password.
        QVERIFY(!ApiClient::isAllowedBaseUrl(QUrl(QStringLiteral("https://u:s3cret-pass@/v1")), &why));
        QVERIFY2(!why.contains(QStringLiteral("s3cret")), qPrintable(why));
    }

    void keyEchoedByTheServerIsRedacted()
    {
        // A server or proxy that quotes the request's Authorization header in its error.
        const QString key = QString::fromLatin1(SandboxProcess::apiKey());
        QVERIFY(
            m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("apiError")},
                                   {QStringLiteral("httpStatus"), 400},
                                   {QStringLiteral("code"), 9998},
                                   {QStringLiteral("message"),
                                    QString(QStringLiteral("bad header Authorization: Bearer ") + key)}}));
        Waiter<EnrollmentToken> waiter;
        m_client->createWindowsToken(windowsRequest(), this, waiter.callback());
        QVERIFY(waiter.wait());
        const ApiError& error = waiter.result->error;
        QCOMPARE(error.apiCode(), 9998);
        for (const QString& text : {error.message(), error.technicalDetails(), error.apiMessage()}) {
            QVERIFY2(!text.contains(key), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Bearer [redacted]")), qPrintable(text));
        }
    }

    // A server whose answer starts with the request's Authorization line: the transport error quotes
    // its first bytes, and neither the error nor the log line written before the caller sees it may
    // hold the key.
    void keyInAMalformedAnswerIsNotLogged()
    {
        const QByteArray key("RVWBk3yZq7f3a9c2e51d84b0fXy");
        QTcpServer echo;
        QVERIFY(echo.listen(QHostAddress::LocalHost));
        connect(&echo, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* socket = echo.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, key] {
                socket->readAll();
                socket->write("Bearer " + key + "\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(echo.serverPort())));
        m_client->setApiKey(key);
        static QStringList logged;
        static QtMessageHandler chained = nullptr;
        logged.clear();
        chained = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext& context, const QString& text) {
                logged.append(text);
                chained(type, context, text);
            });
        Waiter<Page<Organization>> waiter;
        m_client->listOrganizations(this, waiter.callback());
        const bool answered = waiter.wait();
        qInstallMessageHandler(chained);
        QVERIFY(answered);
        QCOMPARE(waiter.result->error.kind(), ApiError::Kind::BadResponse);
        QVERIFY(!logged.isEmpty()); // the request's log line was written
        for (const QString& text :
             logged + QStringList{waiter.result->error.message(), waiter.result->error.technicalDetails()})
            QVERIFY2(!text.contains(QLatin1StringView(key.left(8))), qPrintable(text));
    }

    void wrongKeyIsInvalidToken()
    {
        m_client->setApiKey("not-the-key");
        Waiter<Page<MdmUser>> waiter;
        m_client->searchUsers({}, this, waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result->error.kind(), ApiError::Kind::Api);
        QCOMPARE(waiter.result->error.httpStatus(), 401);
        QCOMPARE(waiter.result->error.apiCode(), 4004);
        QCOMPARE(waiter.result->error.message(), ApiError::meaningOfCode(4004));
    }

    void unknownUserIsNotFound()
    {
        WindowsTokenRequest request = windowsRequest();
        request.mdmUserId = QStringLiteral("0123456789abcdef01234567");
        Waiter<EnrollmentToken> waiter;
        m_client->createWindowsToken(request, this, waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result->error.apiCode(), 3001);
        QCOMPARE(waiter.result->error.httpStatus(), 404);
    }

    void unknownOrganizationIsNotFound()
    {
        m_client->setOrganization(QStringLiteral("no-such-org"));
        Waiter<Page<Policy>> waiter;
        m_client->listPolicies(Platform::Windows, this, waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result->error.apiCode(), 3001);
    }

    void planWithoutFeatureIs5050()
    {
        m_client->setOrganization(SandboxProcess::limitedOrganizationSlug());
        WindowsTokenRequest request = windowsRequest();
        request.settings.policyId.clear();
        request.settings.assignments.clear();
        Waiter<EnrollmentToken> waiter;
        m_client->createWindowsToken(request, this, waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result->error.apiCode(), 5050);
        QCOMPARE(waiter.result->error.message(), ApiError::meaningOfCode(5050));
    }

    void bulkReturnsCounts()
    {
        WindowsBulkRequest request;
        request.userEmails = {m_userEmail, QStringLiteral("nobody@unknown.example")};
        request.settings.sendEmail = true;
        request.settings.emailText = QStringLiteral("Welcome");
        Waiter<BulkResult> waiter;
        m_client->createWindowsTokens(request, this, waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY2(waiter.result->ok(), qPrintable(waiter.result->error.technicalDetails()));
        QCOMPARE(waiter.result->value.total, 2);
        QCOMPARE(waiter.result->value.success, 1);
        QCOMPARE(waiter.result->value.fail, 1);
        const QJsonArray record = m_sandbox.requests();
        QCOMPARE(countRequests(record, QStringLiteral("POST"), QStringLiteral("/bulk")), 1);
        QCOMPARE(bodyOf(record.last()), JsonCodec::toJson(request));
    }

    void listFiltersAndPaginates()
    {
        TokenListQuery query;
        query.limit = 5;
        Waiter<Page<EnrollmentToken>> first;
        m_client->listWindowsTokens(query, this, first.callback());
        QVERIFY(first.wait());
        QVERIFY2(first.result->ok(), qPrintable(first.result->error.technicalDetails()));
        const Page<EnrollmentToken>& page1 = first.result->value;
        QCOMPARE(page1.items.size(), 5);
        QCOMPARE(page1.page, 1);
        QVERIFY(page1.totalDocs > 5);
        QVERIFY(page1.hasNextPage);
        QVERIFY(!page1.hasPrevPage);
        for (const EnrollmentToken& token : page1.items)
            QVERIFY(token.state != QLatin1StringView("DELETED"));

        query.page = 2;
        Waiter<Page<EnrollmentToken>> second;
        m_client->listWindowsTokens(query, this, second.callback());
        QVERIFY(second.wait());
        QCOMPARE(second.result->value.page, 2);
        QVERIFY(second.result->value.hasPrevPage);
        QVERIFY(second.result->value.items.first().id != page1.items.first().id);

        // An answer without a page number (the documentation's sample: items and totalDocs) is the page
        // asked for, for every caller (the CLI printed "Page 1 of …" for --page 2).
        QVERIFY(
            m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("docPagination")},
                                   {QStringLiteral("pathContains"), QStringLiteral("enrollment-tokens")}}));
        Waiter<Page<EnrollmentToken>> unstated;
        m_client->listWindowsTokens(query, this, unstated.callback());
        QVERIFY(unstated.wait());
        QVERIFY(!unstated.result->value.pageStated);
        QCOMPARE(unstated.result->value.page, 2);
        QVERIFY(unstated.result->value.hasPrevPage);
        QCOMPARE(unstated.result->value.hasNextPage, 2 < unstated.result->value.totalPages);

        TokenListQuery deleted;
        deleted.showDeleted = true;
        deleted.limit = 100;
        Waiter<Page<EnrollmentToken>> all;
        m_client->listWindowsTokens(deleted, this, all.callback());
        QVERIFY(all.wait());
        QVERIFY(all.result->value.totalDocs > page1.totalDocs);

        const QString user = page1.items.first().userId;
        TokenListQuery byUser;
        byUser.mdmUserId = user;
        Waiter<Page<EnrollmentToken>> filtered;
        m_client->listWindowsTokens(byUser, this, filtered.callback());
        QVERIFY(filtered.wait());
        QVERIFY(!filtered.result->value.items.isEmpty());
        for (const EnrollmentToken& token : filtered.result->value.items)
            QCOMPARE(token.userId, user);
        QVERIFY(m_sandbox.requests()
                    .last()
                    .toObject()
                    .value(QLatin1StringView("query"))
                    .toString()
                    .contains(QStringLiteral("mdm-user=") + user));
    }

    void androidCreateAndQrImage()
    {
        AndroidTokenRequest request;
        request.mdmUserId = m_userId;
        request.managementMode = QStringLiteral("PROFILE_OWNER");
        request.settings.policyId = m_androidPolicy;
        request.settings.assignments = {{m_androidPolicy, 5}};
        Waiter<EnrollmentToken> waiter;
        m_client->createAndroidToken(request, this, waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY2(waiter.result->ok(), qPrintable(waiter.result->error.technicalDetails()));
        const EnrollmentToken token = waiter.result->value;
        QCOMPARE(token.platform, Platform::Android);
        QCOMPARE(token.managementMode, request.managementMode);
        QCOMPARE(token.state, QStringLiteral("PENDING"));
        QVERIFY(!token.enrollCode.isEmpty());
        QVERIFY(!token.qrcodeUrl.isEmpty());
        QCOMPARE(bodyOf(m_sandbox.requests().last()), JsonCodec::toJson(request));
        // The documented answer (the sandbox's) has no primary policy; the token has the one sent.
        QCOMPARE(token.policyId, m_androidPolicy);

        Waiter<QByteArray> image;
        m_client->fetchImage(QUrl(token.qrcodeUrl), this, image.callback());
        QVERIFY(image.wait());
        QVERIFY2(image.result->ok(), qPrintable(image.result->error.technicalDetails()));
        QImage png;
        QVERIFY(png.loadFromData(image.result->value, "PNG"));
        QVERIFY(png.width() > 20);
        // Same host as the API: the key may go with the download.
        QCOMPARE(m_sandbox.requests()
                     .last()
                     .toObject()
                     .value(QLatin1StringView("headers"))
                     .toObject()
                     .value(QLatin1StringView("authorization"))
                     .toString(),
                 QStringLiteral("Bearer sandbox"));
    }

    void imageFromAnotherHostGetsNoKey()
    {
        // Same machine, different port: not the API's host:port, so no Authorization header.
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost));
        QByteArray received;
        connect(&other, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* socket = other.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &received] {
                received += socket->readAll();
                if (received.contains("\r\n\r\n")) {
                    socket->write(
                        "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                }
            });
        });
        Waiter<QByteArray> image;
        m_client->fetchImage(QUrl(QStringLiteral("http://127.0.0.1:%1/qr.png").arg(other.serverPort())), this,
                             image.callback());
        QVERIFY(image.wait());
        QVERIFY(!image.result->ok());
        // Downloading an image creates nothing: no doubt about a token in its error.
        QVERIFY(image.result->error.isReadOnlyRequest());
        QVERIFY(!image.result->error.mayHaveBeenProcessed());
        QVERIFY(received.startsWith("GET /qr.png"));
        QVERIFY(!received.toLower().contains("authorization"));
        QVERIFY(!received.contains("sandbox"));
    }

    void usersAndPolicies()
    {
        UserSearchQuery query;
        query.text = m_userEmail.left(m_userEmail.indexOf(u'@'));
        Waiter<Page<MdmUser>> users;
        m_client->searchUsers(query, this, users.callback());
        QVERIFY(users.wait());
        QVERIFY2(users.result->ok(), qPrintable(users.result->error.technicalDetails()));
        QVERIFY(!users.result->value.items.isEmpty());
        QCOMPARE(users.result->value.items.first().id, m_userId);

        for (Platform platform : {Platform::Windows, Platform::Android}) {
            Waiter<Page<Policy>> policies;
            m_client->listPolicies(platform, this, policies.callback());
            QVERIFY(policies.wait());
            QVERIFY2(policies.result->ok(), qPrintable(policies.result->error.technicalDetails()));
            QVERIFY(policies.result->value.items.size() >= 3);
            for (const Policy& policy : policies.result->value.items) {
                QVERIFY(Limits::isObjectId(policy.id));
                QVERIFY(!policy.name.isEmpty());
                QCOMPARE(policy.type, platform == Platform::Windows ? QStringLiteral("windows")
                                                                    : QStringLiteral("android"));
            }
        }
    }

    void policiesAreReadPageByPage()
    {
        // The API documents no maximum page size, and a server may cap it below what is asked: the
        // pickers still get every policy, one page after another, as one answer.
        const QJsonArray expected = m_sandbox.policies(QStringLiteral("windows"));
        QVERIFY(expected.size() >= 3);
        QStringList expectedIds;
        for (const QJsonValue& policy : expected)
            expectedIds << policy.toObject().value(QLatin1StringView("id")).toString();
        QVERIFY(m_sandbox.clearRequests());
        m_client->setListPageSize(2);
        Waiter<Page<Policy>> policies;
        m_client->listPolicies(Platform::Windows, this, policies.callback());
        QVERIFY(policies.wait());
        QVERIFY2(policies.result->ok(), qPrintable(policies.result->error.technicalDetails()));
        QStringList ids;
        for (const Policy& policy : policies.result->value.items)
            ids << policy.id;
        ids.sort();
        expectedIds.sort();
        QCOMPARE(ids, expectedIds);
        QCOMPARE(policies.result->value.totalDocs, expected.size());
        QVERIFY(!policies.result->value.hasNextPage);
        QCOMPARE(countRequests(m_sandbox.requests(), QStringLiteral("GET"), QStringLiteral("/mdm/policies")),
                 (expected.size() + 1) / 2);
    }

    // The documentation's policy-list sample has "items" and "totalDocs" only: each answer is the page
    // asked for, and the count says whether more follow (read as page 1 each time, the list stopped at
    // its first page without a word).
    void pagesWithoutPageNumbersAreReadToTheEnd()
    {
        const QJsonArray expected = m_sandbox.policies(QStringLiteral("windows"));
        QVERIFY(expected.size() >= 3);
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("docPagination")},
                                       {QStringLiteral("method"), QStringLiteral("GET")},
                                       {QStringLiteral("count"), 50}}));
        QVERIFY(m_sandbox.clearRequests());
        m_client->setListPageSize(1); // three pages or more
        Waiter<Page<Policy>> policies;
        m_client->listPolicies(Platform::Windows, this, policies.callback());
        QVERIFY(policies.wait());
        QVERIFY2(policies.result->ok(), qPrintable(policies.result->error.technicalDetails()));
        QCOMPARE(policies.result->value.items.size(), expected.size());
        QCOMPARE(policies.result->value.totalDocs, expected.size());
        QVERIFY(!policies.result->value.hasNextPage);
        QCOMPARE(countRequests(m_sandbox.requests(), QStringLiteral("GET"), QStringLiteral("/mdm/policies")),
                 expected.size());
        QVERIFY(m_sandbox.clearFaults());
    }

    // A list answered with "data": {} (or anything without its items) is an error, not an empty list: the
    // token list is what a person reads before creating again.
    void listWithoutItemsIsAnError()
    {
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("emptyData")},
                                       {QStringLiteral("method"), QStringLiteral("GET")}}));
        Waiter<Page<EnrollmentToken>> tokens;
        m_client->listWindowsTokens(TokenListQuery{}, this, tokens.callback());
        QVERIFY(tokens.wait());
        QVERIFY(!tokens.result->ok());
        QCOMPARE(tokens.result->error.kind(), ApiError::Kind::Incomplete);
        QVERIFY(!tokens.result->error.mayHaveBeenProcessed());
        QVERIFY2(tokens.result->error.message().contains(QLatin1StringView("lacks the list")),
                 qPrintable(tokens.result->error.message()));
    }

    void cancellingAListStopsItsPages()
    {
        m_client->setListPageSize(1);
        QVERIFY(m_sandbox.clearRequests());
        Waiter<Page<Policy>> waiter;
        QPointer<ApiCall> call = m_client->listPolicies(Platform::Windows, this, waiter.callback());
        QVERIFY(call);
        call->cancel();
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result->error.kind(), ApiError::Kind::Cancelled);
        QTRY_VERIFY(call.isNull());
        QTest::qWait(100); // a next page, if one were asked for, would reach the sandbox by now
        QVERIFY(countRequests(m_sandbox.requests(), QStringLiteral("GET"), QStringLiteral("/mdm/policies")) <=
                1);
        QCOMPARE(m_client->requestsInFlight(), 0);
    }

    void documentedErrorCodes_data()
    {
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<int>("code");
        const QList<int> codes = ApiError::documentedCodes();
        for (int code : codes) {
            const int status = code == 3001 ? 404 : (code / 1000 == 4 ? 401 : 400);
            QTest::addRow("%d", code) << status << code;
        }
    }

    void documentedErrorCodes()
    {
        QFETCH(int, httpStatus);
        QFETCH(int, code);
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("apiError")},
                                       {QStringLiteral("httpStatus"), httpStatus},
                                       {QStringLiteral("code"), code}}));
        Waiter<EnrollmentToken> waiter;
        m_client->createWindowsToken(windowsRequest(), this, waiter.callback());
        QVERIFY(waiter.wait());
        const ApiError& error = waiter.result->error;
        QCOMPARE(error.kind(), ApiError::Kind::Api);
        QCOMPARE(error.apiCode(), code);
        QCOMPARE(error.httpStatus(), httpStatus);
        QCOMPARE(error.message(), ApiError::meaningOfCode(code));
        QVERIFY(!error.message().contains(QString::number(code)));
        QVERIFY(error.technicalDetails().contains(QString::number(code)));
        QVERIFY(!error.apiMessage().isEmpty());
    }

    void faults_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("httpStatus");
        QTest::addRow("html 502") << QJsonObject{{QStringLiteral("type"), QStringLiteral("html")}}
                                  << int(ApiError::Kind::BadResponse) << 502;
        QTest::addRow("html 500") << QJsonObject{{QStringLiteral("type"), QStringLiteral("html")},
                                                 {QStringLiteral("httpStatus"), 500}}
                                  << int(ApiError::Kind::BadResponse) << 500;
        // A proxy's or firewall's page: its status says what happened (not "could not be read").
        QTest::addRow("html 429") << QJsonObject{{QStringLiteral("type"), QStringLiteral("html")},
                                                 {QStringLiteral("httpStatus"), 429}}
                                  << int(ApiError::Kind::Http) << 429;
        QTest::addRow("html 403") << QJsonObject{{QStringLiteral("type"), QStringLiteral("html")},
                                                 {QStringLiteral("httpStatus"), 403}}
                                  << int(ApiError::Kind::Http) << 403;
        QTest::addRow("malformed json")
            << QJsonObject{{QStringLiteral("type"), QStringLiteral("malformedJson")}}
            << int(ApiError::Kind::BadResponse) << 200;
        // The token is created, but the answer does not say which: no success to show, no retry.
        QTest::addRow("empty data") << QJsonObject{{QStringLiteral("type"), QStringLiteral("emptyData")}}
                                    << int(ApiError::Kind::Incomplete) << 200;
        QTest::addRow("slower than the timeout")
            << QJsonObject{{QStringLiteral("type"), QStringLiteral("slow")},
                           {QStringLiteral("delayMs"), 3000}}
            << int(ApiError::Kind::Timeout) << 0;
        QTest::addRow("dropped connection") << QJsonObject{{QStringLiteral("type"), QStringLiteral("drop")}}
                                            << int(ApiError::Kind::Network) << 0;
        QTest::addRow("oversized body") << QJsonObject{{QStringLiteral("type"), QStringLiteral("oversized")},
                                                       {QStringLiteral("sizeBytes"), 3 * 1024 * 1024}}
                                        << int(ApiError::Kind::TooLarge) << 0;
    }

    void faults()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(int, kind);
        QFETCH(int, httpStatus);
        m_client->setTimeout(std::chrono::milliseconds(800));
        m_client->setMaxResponseBytes(1024 * 1024);
        QVERIFY(m_sandbox.injectFault(fault));
        Waiter<EnrollmentToken> waiter;
        m_client->createWindowsToken(windowsRequest(), this, waiter.callback());
        QVERIFY(waiter.wait());
        const ApiError& error = waiter.result->error;
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(error.httpStatus(), httpStatus);
        QVERIFY(!error.message().isEmpty());
        QVERIFY(!error.nothingWasSent());
        // A create is never retried automatically: a retry could mint a second token.
        QTest::qWait(kind == int(ApiError::Kind::Timeout) ? 3000 : 100);
        QCOMPARE(
            countRequests(m_sandbox.requests(), QStringLiteral("POST"), QStringLiteral("/enrollment-tokens")),
            1);
        // The client is fine afterwards.
        Waiter<EnrollmentToken> again;
        m_client->setTimeout(ApiClient::kDefaultTimeout);
        WindowsTokenRequest next = windowsRequest();
        next.settings.displayName = QStringLiteral("Next request"); // not mistaken for a resend of the first
        m_client->createWindowsToken(next, this, again.callback());
        QVERIFY(again.wait());
        QVERIFY2(again.result->ok(), qPrintable(again.result->error.technicalDetails()));
    }

    // A list that times out created nothing: its message does not send the user looking for a token.
    void readTimeoutAsksForNoTokenCheck()
    {
        m_client->setTimeout(std::chrono::milliseconds(500));
        const auto restore = qScopeGuard([this] { m_client->setTimeout(ApiClient::kDefaultTimeout); });
        QVERIFY(m_sandbox.injectFault(
            {{QStringLiteral("type"), QStringLiteral("slow")}, {QStringLiteral("delayMs"), 2000}}));
        Waiter<Page<Organization>> waiter;
        m_client->listOrganizations(this, waiter.callback());
        QVERIFY(waiter.wait());
        const ApiError& error = waiter.result->error;
        QCOMPARE(error.kind(), ApiError::Kind::Timeout);
        QVERIFY(error.isReadOnlyRequest());
        QVERIFY(!error.mayHaveBeenProcessed());
        QVERIFY2(!error.message().contains(QLatin1StringView("token")), qPrintable(error.message()));
        QTest::qWait(2000); // the sandbox's late answer goes nowhere
    }

    // {"status":true,"data":{…},"error":null}: a server that always writes the field created the token.
    void errorNullBesideDataIsSuccess()
    {
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("nullError")}}));
        Waiter<EnrollmentToken> waiter;
        m_client->createWindowsToken(windowsRequest(), this, waiter.callback());
        QVERIFY(waiter.wait());
        QVERIFY2(waiter.result->ok(), qPrintable(waiter.result->error.technicalDetails()));
        QVERIFY(!waiter.result->value.enrollCode.isEmpty());
    }

    void cancelReportsCancelled()
    {
        QVERIFY(m_sandbox.injectFault(
            {{QStringLiteral("type"), QStringLiteral("slow")}, {QStringLiteral("delayMs"), 2000}}));
        Waiter<EnrollmentToken> waiter;
        QPointer<ApiCall> call = m_client->createWindowsToken(windowsRequest(), this, waiter.callback());
        QSignalSpy inFlight(m_client.get(), &ApiClient::requestsInFlightChanged);
        QTRY_COMPARE(m_client->requestsInFlight(), 1);
        QVERIFY(call);
        call->cancel();
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result->error.kind(), ApiError::Kind::Cancelled);
        QCOMPARE(m_client->requestsInFlight(), 0);
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
        Waiter<Page<Organization>> waiter;
        m_client->listOrganizations(this, waiter.callback());
        QVERIFY(waiter.wait());
        QCOMPARE(waiter.result->error.kind(), ApiError::Kind::ConnectionRefused);
        QVERIFY(waiter.result->error.nothingWasSent());
    }

    void destroyedContextGetsNoCallback()
    {
        bool called = false;
        auto* context = new QObject;
        QPointer<ApiCall> call = m_client->listOrganizations(
            context, [&called](const ApiResult<Page<Organization>>&) { called = true; });
        delete context;
        QTRY_VERIFY(call.isNull());
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "test_apiclient.moc"
