// Raw HTTP checks of enrolldesk-sandbox itself (no ApiClient): authentication, lookups, validation rules,
// the shapes of every emulated endpoint, list filters and pagination, the limited plan, every injected
// fault, the QR image, the request record and the admin endpoints.

#include "sandboxprocess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace {

QJsonValue at(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key));
}

QString textAt(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject objectAt(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toObject();
}

QJsonArray arrayAt(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toArray();
}

bool isIsoMillisUtc(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    return pattern.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

QDateTime parseTime(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

struct Response
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0; // 0: no HTTP answer at all
    QByteArray contentType;
    QByteArray body;
    QJsonObject json;
    bool finished = false;

    QJsonObject data() const { return objectAt(json, "data"); }
    int code() const { return at(objectAt(json, "error"), "code").toInt(); }
    QString message() const { return textAt(objectAt(json, "error"), "message"); }
};

Response readReply(QNetworkReply* reply)
{
    Response response;
    response.finished = reply->isFinished();
    response.error = reply->error();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    response.body = reply->readAll();
    response.json = QJsonDocument::fromJson(response.body).object();
    return response;
}

bool waitFor(QNetworkReply* reply, int timeoutMs = 20000)
{
    if (reply->isFinished())
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return reply->isFinished();
}

const QByteArray kNoAuth; // a null header value: send no Authorization header

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;
    QString m_userId; // first Acme user by e-mail
    QString m_userEmail;
    QString m_secondEmail;
    QString m_windowsPolicy; // first Windows policy
    QString m_androidPolicy; // first Android policy

    QNetworkReply* start(const QByteArray& method, const QString& path, const QByteArray& body = {},
                         const QByteArray& authorization = "Bearer sandbox")
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(m_sandbox.port()) + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!authorization.isNull())
            request.setRawHeader("Authorization", authorization);
        return m_network.sendCustomRequest(request, method, body);
    }

    // `path` is absolute on the server ("/v1/...", "/_sandbox/...").
    Response send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                  const QByteArray& authorization = "Bearer sandbox")
    {
        std::unique_ptr<QNetworkReply> reply(start(method, path, body, authorization));
        waitFor(reply.get());
        return readReply(reply.get());
    }

    static QString org(const QString& rest, const QString& organization = QStringLiteral("acme"))
    {
        return QStringLiteral("/v1/organizations/") + organization + rest;
    }
    static QString windowsTokens(const QString& organization = QStringLiteral("acme"))
    {
        return org(QStringLiteral("/mdm/windows/enterprise/enrollment-tokens"), organization);
    }
    static QString androidTokens(const QString& organization = QStringLiteral("acme"))
    {
        return org(QStringLiteral("/mdm/android/enterprise/enrollment-tokens"), organization);
    }

    QByteArray fill(QByteArray body) const
    {
        body.replace("{user}", m_userId.toUtf8());
        body.replace("{policy}", m_windowsPolicy.toUtf8());
        body.replace("{android}", m_androidPolicy.toUtf8());
        body.replace("{email}", m_userEmail.toUtf8());
        body.replace("{a128}", QByteArray(128, 'a'));
        body.replace("{a129}", QByteArray(129, 'a'));
        body.replace("{l128}", QString(128, QChar(0x142)).toUtf8()); // 128 'ł': UTF-16 length counts
        return body;
    }

    int visibleTokenCount()
    {
        return at(send("GET", windowsTokens() + QStringLiteral("?limit=1")).data(), "totalDocs").toInt();
    }

    Response createWindowsToken(const QByteArray& body = R"({"mdmUserId":"{user}","sendEmail":false})")
    {
        return send("POST", windowsTokens(), fill(body));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        QVERIFY(m_sandbox.start());
        QVERIFY(m_sandbox.baseUrl().toString().startsWith(QLatin1String("http://127.0.0.1:")));
        const QJsonArray users = m_sandbox.users();
        QVERIFY(users.size() >= 60);
        m_userId = textAt(users[0].toObject(), "id");
        m_userEmail = textAt(users[0].toObject(), "email");
        m_secondEmail = textAt(users[1].toObject(), "email");
        QCOMPARE(m_userEmail, QStringLiteral("aaron.abbott@acme.example"));
        const QJsonArray windows = m_sandbox.policies(QStringLiteral("windows"));
        const QJsonArray android = m_sandbox.policies(QStringLiteral("android"));
        QVERIFY(windows.size() >= 3);
        QVERIFY(android.size() >= 3);
        m_windowsPolicy = textAt(windows[0].toObject(), "id");
        m_androidPolicy = textAt(android[0].toObject(), "id");
    }

    void init() { QVERIFY(m_sandbox.reset()); }

    void helpOption()
    {
        QProcess process;
        process.start(QStringLiteral(ENROLLDESK_SANDBOX_PATH), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray help = process.readAllStandardOutput();
        QVERIFY(help.contains("--latency-ms"));
        QVERIFY(help.contains("--api-key"));
        QVERIFY(help.contains("--port"));
    }

    void auth_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::newRow("missing header") << QByteArray("GET") << kNoAuth << 401 << 4002;
        QTest::newRow("empty bearer") << QByteArray("GET") << QByteArray("Bearer ") << 401 << 4002;
        QTest::newRow("basic scheme") << QByteArray("GET") << QByteArray("Basic c2FuZGJveA==") << 401 << 4002;
        QTest::newRow("wrong key") << QByteArray("GET") << QByteArray("Bearer nope") << 401 << 4004;
        QTest::newRow("right key") << QByteArray("GET") << QByteArray("Bearer sandbox") << 200 << 0;
        QTest::newRow("scheme in lower case")
            << QByteArray("GET") << QByteArray("bearer sandbox") << 200 << 0;
        QTest::newRow("create without header") << QByteArray("POST") << kNoAuth << 401 << 4002;
        QTest::newRow("create with wrong key")
            << QByteArray("POST") << QByteArray("Bearer nope") << 401 << 4004;
    }
    void auth()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(int, code);
        const Response response =
            method == "GET" ? send(method, QStringLiteral("/v1/organizations"), {}, authorization)
                            : send(method, windowsTokens(),
                                   fill(R"({"mdmUserId":"{user}","sendEmail":true})"), authorization);
        QCOMPARE(response.status, status);
        QCOMPARE(at(response.json, "status").toBool(), status == 200);
        if (code != 0) {
            QCOMPARE(response.code(), code);
            QCOMPARE(response.message(),
                     code == 4002 ? QStringLiteral("No auth token") : QStringLiteral("Invalid Token"));
        }
    }

    void apiKeyOption()
    {
        SandboxProcess other({QStringLiteral("--api-key"), QStringLiteral("other-key")});
        QVERIFY(other.start());
        const QString url = other.baseUrl().toString() + QStringLiteral("/organizations");
        QNetworkRequest request{QUrl(url)};
        request.setRawHeader("Authorization", "Bearer sandbox");
        std::unique_ptr<QNetworkReply> rejected(m_network.get(request));
        QVERIFY(waitFor(rejected.get()));
        QCOMPARE(readReply(rejected.get()).code(), 4004);
        request.setRawHeader("Authorization", "Bearer other-key");
        std::unique_ptr<QNetworkReply> accepted(m_network.get(request));
        QVERIFY(waitFor(accepted.get()));
        QCOMPARE(readReply(accepted.get()).status, 200);
    }

    void organizationLookup_data()
    {
        QTest::addColumn<QString>("organization");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::newRow("slug") << QStringLiteral("acme") << 200 << 0;
        QTest::newRow("id") << SandboxProcess::organizationId() << 200 << 0;
        QTest::newRow("id in upper case") << SandboxProcess::organizationId().toUpper() << 200 << 0;
        QTest::newRow("unknown slug") << QStringLiteral("nope") << 404 << 3001;
        QTest::newRow("unknown id") << QStringLiteral("0123456789abcdef01234567") << 404 << 3001;
        QTest::newRow("too short for a slug") << QStringLiteral("ab") << 400 << 5000;
    }
    void organizationLookup()
    {
        QFETCH(QString, organization);
        QFETCH(int, status);
        QFETCH(int, code);
        const Response response = send("GET", org(QStringLiteral("/mdm/users?limit=1"), organization));
        QCOMPARE(response.status, status);
        if (code != 0)
            QCOMPARE(response.code(), code);
        if (code == 3001)
            QCOMPARE(response.message(), QStringLiteral("Entity not found"));
    }

    void unknownRouteIsNotFound()
    {
        QCOMPARE(send("GET", org(QStringLiteral("/mdm/nothing-here"))).status, 404);
        QCOMPARE(send("DELETE", windowsTokens()).status, 404);
        // A trailing slash is the same route (the documentation shows both spellings).
        QCOMPARE(send("GET", windowsTokens() + QStringLiteral("/")).status, 200);
    }

    void unknownEntities_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("W1 unknown user")
            << windowsTokens() << QByteArray(R"({"mdmUserId":"0123456789abcdef01234567","sendEmail":true})");
        QTest::newRow("W1 unknown winPolicyId")
            << windowsTokens()
            << QByteArray(
                   R"({"mdmUserId":"{user}","sendEmail":true,"winPolicyId":"0123456789abcdef01234567"})");
        QTest::newRow("W1 Android policy as winPolicyId")
            << windowsTokens()
            << QByteArray(R"({"mdmUserId":"{user}","sendEmail":true,"winPolicyId":"{android}"})");
        QTest::newRow("W1 unknown assigned policy")
            << windowsTokens()
            << QByteArray(
                   R"({"mdmUserId":"{user}","sendEmail":true,"winPolicyAssignments":[{"winPolicyId":"0123456789abcdef01234567","priority":1}]})");
        QTest::newRow("W2 unknown winPolicyId")
            << windowsTokens() + QStringLiteral("/bulk")
            << QByteArray(
                   R"({"userEmails":["{email}"],"sendEmail":true,"winPolicyId":"0123456789abcdef01234567"})");
        QTest::newRow("A1 unknown user")
            << androidTokens()
            << QByteArray(
                   R"({"mdmUserId":"0123456789abcdef01234567","sendEmail":true,"managementMode":"COPE"})");
        QTest::newRow("A1 unknown policyId")
            << androidTokens()
            << QByteArray(
                   R"({"mdmUserId":"{user}","sendEmail":true,"managementMode":"COPE","policyId":"{policy}"})");
        QTest::newRow("A1 unknown emmPolicyId")
            << androidTokens()
            << QByteArray(
                   R"({"mdmUserId":"{user}","sendEmail":true,"managementMode":"COPE","emmPolicyAssignments":[{"emmPolicyId":"0123456789abcdef01234567","priority":0}]})");
    }
    void unknownEntities()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const int before = visibleTokenCount();
        const Response response = send("POST", path, fill(body));
        QCOMPARE(response.status, 404);
        QCOMPARE(response.code(), 3001);
        QCOMPARE(response.message(), QStringLiteral("Entity not found"));
        QCOMPARE(visibleTokenCount(), before);
    }

    void userOfAnotherOrganizationIsUnknown()
    {
        const Response tinyUsers = send("GET", org(QStringLiteral("/mdm/users"), QStringLiteral("tiny")));
        QCOMPARE(tinyUsers.status, 200);
        const QString tinyUser = textAt(arrayAt(tinyUsers.data(), "items").first().toObject(), "id");
        const Response response = send("POST", windowsTokens(),
                                       QJsonDocument(QJsonObject{{QStringLiteral("sendEmail"), true},
                                                                 {QStringLiteral("mdmUserId"), tinyUser}})
                                           .toJson());
        QCOMPARE(response.status, 404);
        QCOMPARE(response.code(), 3001);
    }

    void windowsValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message"); // exact Joi-style message (a prefix for parse errors)
        const auto ok = [](const char* name, const char* body) {
            QTest::newRow(name) << QByteArray(body) << 200 << QString();
        };
        const auto bad = [](const char* name, const char* body, const char* message) {
            QTest::newRow(name) << QByteArray(body) << 400 << QString::fromUtf8(message);
        };
        bad("sendEmail missing", R"({"mdmUserId":"{user}"})", R"("sendEmail" is required)");
        ok("sendEmail string in any case", R"({"mdmUserId":"{user}","sendEmail":"TrUe"})");
        ok("sendEmail string false", R"({"mdmUserId":"{user}","sendEmail":"false"})");
        bad("sendEmail yes", R"({"mdmUserId":"{user}","sendEmail":"yes"})",
            R"("sendEmail" must be a boolean)");
        bad("sendEmail number", R"({"mdmUserId":"{user}","sendEmail":1})",
            R"("sendEmail" must be a boolean)");
        ok("displayName 128", R"({"mdmUserId":"{user}","sendEmail":true,"displayName":"{a128}"})");
        ok("displayName 128 non-ASCII", R"({"mdmUserId":"{user}","sendEmail":true,"displayName":"{l128}"})");
        bad("displayName 129", R"({"mdmUserId":"{user}","sendEmail":true,"displayName":"{a129}"})",
            R"("displayName" length must be less than or equal to 128 characters long)");
        bad("displayName number", R"({"mdmUserId":"{user}","sendEmail":true,"displayName":42})",
            R"("displayName" must be a string)");
        bad("displayName null", R"({"mdmUserId":"{user}","sendEmail":true,"displayName":null})",
            R"("displayName" must be a string)");
        ok("tag 128", R"({"mdmUserId":"{user}","sendEmail":true,"tags":["it","{a128}"]})");
        bad("tag 129", R"({"mdmUserId":"{user}","sendEmail":true,"tags":["it","{a129}"]})",
            R"("tags[1]" length must be less than or equal to 128 characters long)");
        bad("tags not an array", R"({"mdmUserId":"{user}","sendEmail":true,"tags":"it"})",
            R"("tags" must be an array)");
        bad("tag not a string", R"({"mdmUserId":"{user}","sendEmail":true,"tags":[1]})",
            R"("tags[0]" must be a string)");
        bad("duration 59", R"({"mdmUserId":"{user}","sendEmail":true,"duration":59})",
            R"("duration" must be greater than or equal to 60)");
        ok("duration 60", R"({"mdmUserId":"{user}","sendEmail":true,"duration":60})");
        ok("duration 2592000", R"({"mdmUserId":"{user}","sendEmail":true,"duration":2592000})");
        bad("duration 2592001", R"({"mdmUserId":"{user}","sendEmail":true,"duration":2592001})",
            R"("duration" must be less than or equal to 2592000)");
        bad("duration fractional", R"({"mdmUserId":"{user}","sendEmail":true,"duration":3600.5})",
            R"("duration" must be an integer)");
        ok("duration numeric string", R"({"mdmUserId":"{user}","sendEmail":true,"duration":"3600"})");
        bad("duration text", R"({"mdmUserId":"{user}","sendEmail":true,"duration":"soon"})",
            R"("duration" must be a number)");
        ok("language de", R"({"mdmUserId":"{user}","sendEmail":true,"language":"de"})");
        bad("language xx", R"({"mdmUserId":"{user}","sendEmail":true,"language":"xx"})",
            R"("language" must be one of [es, en, fr, de, it, zh, pt, ru])");
        bad("language upper case", R"({"mdmUserId":"{user}","sendEmail":true,"language":"EN"})",
            R"("language" must be one of [es, en, fr, de, it, zh, pt, ru])");
        ok("emailText", R"({"mdmUserId":"{user}","sendEmail":true,"emailText":"Welcome aboard"})");
        bad("emailText number", R"({"mdmUserId":"{user}","sendEmail":true,"emailText":5})",
            R"("emailText" must be a string)");
        bad("winPolicyId malformed", R"({"mdmUserId":"{user}","sendEmail":true,"winPolicyId":"123"})",
            R"("winPolicyId" with value "123" fails to match the required pattern: /^[a-fA-F0-9]{24}$/)");
        ok("winPolicyId empty", R"({"mdmUserId":"{user}","sendEmail":true,"winPolicyId":""})");
        ok("winPolicyId known", R"({"mdmUserId":"{user}","sendEmail":true,"winPolicyId":"{policy}"})");
        bad("priority -1",
            R"({"mdmUserId":"{user}","sendEmail":true,"winPolicyAssignments":[{"winPolicyId":"{policy}","priority":-1}]})",
            R"("winPolicyAssignments[0].priority" must be greater than or equal to 0)");
        ok("priority 0",
           R"({"mdmUserId":"{user}","sendEmail":true,"winPolicyAssignments":[{"winPolicyId":"{policy}","priority":0}]})");
        ok("priority 10000",
           R"({"mdmUserId":"{user}","sendEmail":true,"winPolicyAssignments":[{"winPolicyId":"{policy}","priority":10000}]})");
        bad("priority 10001",
            R"({"mdmUserId":"{user}","sendEmail":true,"winPolicyAssignments":[{"winPolicyId":"{policy}","priority":10001}]})",
            R"("winPolicyAssignments[0].priority" must be less than or equal to 10000)");
        bad("priority missing",
            R"({"mdmUserId":"{user}","sendEmail":true,"winPolicyAssignments":[{"winPolicyId":"{policy}"}]})",
            R"("winPolicyAssignments[0].priority" is required)");
        bad("priority fractional",
            R"({"mdmUserId":"{user}","sendEmail":true,"winPolicyAssignments":[{"winPolicyId":"{policy}","priority":1.5}]})",
            R"("winPolicyAssignments[0].priority" must be an integer)");
        bad("assignment id malformed",
            R"({"mdmUserId":"{user}","sendEmail":true,"winPolicyAssignments":[{"winPolicyId":"x","priority":1}]})",
            R"("winPolicyAssignments[0].winPolicyId" with value "x" fails to match the required pattern: /^[a-fA-F0-9]{24}$/)");
        bad("assignment not an object",
            R"({"mdmUserId":"{user}","sendEmail":true,"winPolicyAssignments":[5]})",
            R"("winPolicyAssignments[0]" must be of type object)");
        bad("assignment unknown key",
            R"({"mdmUserId":"{user}","sendEmail":true,"winPolicyAssignments":[{"priority":1,"weight":2}]})",
            R"("winPolicyAssignments[0].weight" is not allowed)");
        bad("assignments not an array",
            R"({"mdmUserId":"{user}","sendEmail":true,"winPolicyAssignments":{}})",
            R"("winPolicyAssignments" must be an array)");
        bad("segmentId -1", R"({"mdmUserId":"{user}","sendEmail":true,"segmentId":-1})",
            R"("segmentId" must be greater than or equal to 0)");
        ok("segmentId 0", R"({"mdmUserId":"{user}","sendEmail":true,"segmentId":0})");
        ok("segmentId numeric string", R"({"mdmUserId":"{user}","sendEmail":true,"segmentId":"7"})");
        bad("segmentId text", R"({"mdmUserId":"{user}","sendEmail":true,"segmentId":"one"})",
            R"("segmentId" must be a number)");
        bad("mdmUserId missing", R"({"sendEmail":true})", R"("mdmUserId" is required)");
        bad("mdmUserId malformed", R"({"mdmUserId":"abc","sendEmail":true})",
            R"("mdmUserId" with value "abc" fails to match the required pattern: /^[a-fA-F0-9]{24}$/)");
        bad("unknown key", R"({"mdmUserId":"{user}","sendEmail":true,"color":"red"})",
            R"("color" is not allowed)");
        bad("schema dump from the docs",
            R"({"type":"object","children":{"sendEmail":{},"displayName":{},"tags":{},"duration":{},"language":{},)"
            R"("emailText":{},"winPolicyId":{},"winPolicyAssignments":{},"segmentId":{}},"mdmUserId":"{user}"})",
            R"("sendEmail" is required)");
        bad("schema dump with sendEmail",
            R"({"type":"object","children":{},"mdmUserId":"{user}","sendEmail":true})",
            R"("children" is not allowed)");
        bad("array body", R"([1,2])", R"("value" must be of type object)");
        bad("unparsable body", R"({"sendEmail": tru)", "Invalid JSON body");
        bad("empty body", "", R"("sendEmail" is required)");
    }
    void windowsValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        const int before = visibleTokenCount();
        const Response response = send("POST", windowsTokens(), fill(body));
        QCOMPARE(response.status, status);
        if (status == 400) {
            QCOMPARE(at(response.json, "status").toBool(true), false);
            QCOMPARE(response.code(), 5000);
            QVERIFY2(response.message().startsWith(message), qPrintable(response.message()));
            QCOMPARE(visibleTokenCount(), before);
        } else {
            QCOMPARE(textAt(response.data(), "state"), QStringLiteral("PENDING"));
            QCOMPARE(visibleTokenCount(), before + 1);
        }
    }

    void androidValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const auto ok = [](const char* name, const char* body) {
            QTest::newRow(name) << QByteArray(body) << 200 << QString();
        };
        const auto bad = [](const char* name, const char* body, const char* message) {
            QTest::newRow(name) << QByteArray(body) << 400 << QString::fromUtf8(message);
        };
        ok("DEVICE_OWNER", R"({"mdmUserId":"{user}","sendEmail":false,"managementMode":"DEVICE_OWNER"})");
        ok("PROFILE_OWNER", R"({"mdmUserId":"{user}","sendEmail":false,"managementMode":"PROFILE_OWNER"})");
        ok("COPE", R"({"mdmUserId":"{user}","sendEmail":false,"managementMode":"COPE"})");
        ok("USERLESS", R"({"mdmUserId":"{user}","sendEmail":false,"managementMode":"USERLESS"})");
        bad("managementMode missing", R"({"mdmUserId":"{user}","sendEmail":false})",
            R"("managementMode" is required)");
        bad("managementMode lower case",
            R"({"mdmUserId":"{user}","sendEmail":false,"managementMode":"cope"})",
            R"("managementMode" must be one of [DEVICE_OWNER, PROFILE_OWNER, COPE, USERLESS])");
        bad("sendEmail missing", R"({"mdmUserId":"{user}","managementMode":"COPE"})",
            R"("sendEmail" is required)");
        bad("mdmUserId missing", R"({"sendEmail":true,"managementMode":"COPE"})",
            R"("mdmUserId" is required)");
        ok("policy and assignments",
           R"({"mdmUserId":"{user}","sendEmail":true,"managementMode":"COPE","policyId":"{android}","emmPolicyAssignments":[{"emmPolicyId":"{android}","priority":0}]})");
        bad("emmPolicyId required",
            R"({"mdmUserId":"{user}","sendEmail":true,"managementMode":"COPE","emmPolicyAssignments":[{"priority":1}]})",
            R"("emmPolicyAssignments[0].emmPolicyId" is required)");
        bad("priority 10001",
            R"({"mdmUserId":"{user}","sendEmail":true,"managementMode":"COPE","emmPolicyAssignments":[{"emmPolicyId":"{android}","priority":10001}]})",
            R"("emmPolicyAssignments[0].priority" must be less than or equal to 10000)");
        bad("policyId malformed",
            R"({"mdmUserId":"{user}","sendEmail":true,"managementMode":"COPE","policyId":"zz"})",
            R"("policyId" with value "zz" fails to match the required pattern: /^[a-fA-F0-9]{24}$/)");
        bad("Windows field",
            R"({"mdmUserId":"{user}","sendEmail":true,"managementMode":"COPE","winPolicyId":"{policy}"})",
            R"("winPolicyId" is not allowed)");
        bad("duration 2592001",
            R"({"mdmUserId":"{user}","sendEmail":true,"managementMode":"COPE","duration":2592001})",
            R"("duration" must be less than or equal to 2592000)");
    }
    void androidValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Response response = send("POST", androidTokens(), fill(body));
        QCOMPARE(response.status, status);
        if (status == 400) {
            QCOMPARE(response.code(), 5000);
            QCOMPARE(response.message(), message);
        } else {
            QCOMPARE(textAt(response.data(), "status"), QStringLiteral("PENDING"));
        }
    }

    void bulkValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("valid") << QByteArray(R"({"userEmails":["{email}"],"sendEmail":true})") << 200
                               << QString();
        QTest::newRow("userEmails missing")
            << QByteArray(R"({"sendEmail":true})") << 400 << QStringLiteral("\"userEmails\" is required");
        QTest::newRow("userEmails empty") << QByteArray(R"({"sendEmail":true,"userEmails":[]})") << 400
                                          << QStringLiteral("\"userEmails\" must contain at least 1 items");
        QTest::newRow("userEmails not an array") << QByteArray(R"({"sendEmail":true,"userEmails":"{email}"})")
                                                 << 400 << QStringLiteral("\"userEmails\" must be an array");
        QTest::newRow("userEmails item not a string")
            << QByteArray(R"({"sendEmail":true,"userEmails":[1]})") << 400
            << QStringLiteral("\"userEmails[0]\" must be a string");
        QTest::newRow("mdmUserId not allowed")
            << QByteArray(R"({"sendEmail":true,"userEmails":["{email}"],"mdmUserId":"{user}"})") << 400
            << QStringLiteral("\"mdmUserId\" is not allowed");
        QTest::newRow("sendEmail missing") << QByteArray(R"({"userEmails":["{email}"]})") << 400
                                           << QStringLiteral("\"sendEmail\" is required");
        QTest::newRow("duration 59") << QByteArray(
                                            R"({"userEmails":["{email}"],"sendEmail":true,"duration":59})")
                                     << 400
                                     << QStringLiteral("\"duration\" must be greater than or equal to 60");
    }
    void bulkValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Response response = send("POST", windowsTokens() + QStringLiteral("/bulk"), fill(body));
        QCOMPARE(response.status, status);
        if (status == 400) {
            QCOMPARE(response.code(), 5000);
            QCOMPARE(response.message(), message);
        }
    }

    void createWindowsTokenShape()
    {
        const QByteArray body = fill(
            R"({"mdmUserId":"{user}","sendEmail":true,"displayName":"Laptop – Łukasz",)"
            R"("tags":["it","laptop"],"duration":3600,"language":"en","emailText":"Hi",)"
            R"("winPolicyId":"{policy}","winPolicyAssignments":[{"winPolicyId":"{policy}","priority":5}],)"
            R"("segmentId":"2"})");
        const Response response = send("POST", windowsTokens(), body);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.contentType, QByteArray("application/json"));
        QCOMPARE(at(response.json, "status").toBool(), true);
        const QJsonObject token = response.data();
        const QString id = textAt(token, "id");
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$")).match(id).hasMatch());
        QCOMPARE(textAt(token, "organizationId"), SandboxProcess::organizationId());
        QCOMPARE(textAt(objectAt(token, "mdmUser"), "id"), m_userId);
        QCOMPARE(textAt(objectAt(token, "mdmUser"), "email"), m_userEmail);
        QCOMPARE(textAt(token, "displayName"), QStringLiteral("Laptop – Łukasz"));
        QCOMPARE(arrayAt(token, "tags"), QJsonArray({QStringLiteral("it"), QStringLiteral("laptop")}));
        QCOMPARE(textAt(token, "state"), QStringLiteral("PENDING"));
        QCOMPARE(textAt(token, "type"), QStringLiteral("enrollment"));
        QCOMPARE(textAt(token, "subType"), QStringLiteral("standard"));
        QVERIFY(at(token, "config").isObject());
        for (const char* key : {"createdAt", "updatedAt", "expireAt"})
            QVERIFY2(isIsoMillisUtc(textAt(token, key)), key);
        QCOMPARE(parseTime(textAt(token, "createdAt")).secsTo(parseTime(textAt(token, "expireAt"))), 3600);
        QCOMPARE(textAt(objectAt(token, "summary"), "expirationTimestamp"), textAt(token, "expireAt"));
        QCOMPARE(textAt(token, "enrollmentLink"),
                 QStringLiteral("https://enroll.sandbox.enrolldesk.invalid/windows?token=") + id);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z0-9]{6}$"))
                    .match(textAt(token, "enrollCode"))
                    .hasMatch());
        QCOMPARE(textAt(token, "winPolicyId"), m_windowsPolicy);
        const QJsonObject assignment = arrayAt(token, "winPolicyAssignments").first().toObject();
        QCOMPARE(textAt(assignment, "winPolicyId"), m_windowsPolicy);
        QCOMPARE(at(assignment, "priority").toInt(), 5);
        QCOMPARE(textAt(objectAt(assignment, "winPolicy"), "id"), m_windowsPolicy);
        QCOMPARE(textAt(objectAt(assignment, "winPolicy"), "name"),
                 QStringLiteral("Corporate Security Baseline"));
        QCOMPARE(at(token, "sendEmail").toBool(), true);
        QCOMPARE(textAt(token, "emailText"), QStringLiteral("Hi"));
        QVERIFY(at(token, "segmentId").isDouble());
        QCOMPARE(at(token, "segmentId").toInt(), 2);
    }

    void createWindowsTokenDefaults()
    {
        const Response first = createWindowsToken();
        const Response second = createWindowsToken();
        QCOMPARE(first.status, 200);
        const QJsonObject token = first.data();
        QCOMPARE(parseTime(textAt(token, "createdAt")).secsTo(parseTime(textAt(token, "expireAt"))), 86400);
        QCOMPARE(arrayAt(token, "tags"), QJsonArray());
        QCOMPARE(arrayAt(token, "winPolicyAssignments"), QJsonArray());
        QVERIFY(!token.contains(QLatin1String("displayName")));
        QCOMPARE(at(token, "sendEmail").toBool(true), false);
        QVERIFY(textAt(token, "id") != textAt(second.data(), "id"));
        QVERIFY(textAt(token, "enrollCode") != textAt(second.data(), "enrollCode"));
    }

    void createdTokenIsListedFirst()
    {
        const int before = visibleTokenCount();
        const QString id = textAt(createWindowsToken().data(), "id");
        const Response list = send("GET", windowsTokens());
        QCOMPARE(at(list.data(), "totalDocs").toInt(), before + 1);
        QCOMPARE(textAt(arrayAt(list.data(), "items").first().toObject(), "id"), id);
    }

    void idsAreDeterministicAfterReset()
    {
        const QJsonObject first = createWindowsToken().data();
        QVERIFY(m_sandbox.reset());
        const QJsonObject again = createWindowsToken().data();
        QCOMPARE(textAt(again, "id"), textAt(first, "id"));
        QCOMPARE(textAt(again, "enrollCode"), textAt(first, "enrollCode"));
    }

    void bulkCreate()
    {
        const int before = visibleTokenCount();
        const QJsonObject request{
            {QStringLiteral("sendEmail"), false},
            {QStringLiteral("displayName"), QStringLiteral("Bulk")},
            {QStringLiteral("userEmails"),
             QJsonArray{m_userEmail, m_secondEmail.toUpper(), QStringLiteral("nobody@acme.example"),
                        QStringLiteral("not-an-address")}}};
        const QByteArray body = QJsonDocument(request).toJson(QJsonDocument::Compact);
        const Response response = send("POST", windowsTokens() + QStringLiteral("/bulk"), body);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.data(), QJsonObject({{QStringLiteral("total"), 4},
                                               {QStringLiteral("success"), 2},
                                               {QStringLiteral("fail"), 2}}));
        QCOMPARE(visibleTokenCount(), before + 2);
        const Response mine = send("GET", windowsTokens() + QStringLiteral("?mdm-user=") + m_userId);
        const QJsonObject newest = arrayAt(mine.data(), "items").first().toObject();
        QCOMPARE(textAt(newest, "displayName"), QStringLiteral("Bulk"));
        QCOMPARE(textAt(newest, "state"), QStringLiteral("PENDING"));
    }

    void createAndroidTokenShape()
    {
        const QByteArray body = fill(
            R"({"mdmUserId":"{user}","sendEmail":true,"managementMode":"PROFILE_OWNER",)"
            R"("policyId":"{android}","emmPolicyAssignments":[{"emmPolicyId":"{android}","priority":3}],)"
            R"("duration":7200,"tags":["phone"],"displayName":"Pixel"})");
        const Response response = send("POST", androidTokens(), body);
        QCOMPARE(response.status, 200);
        const QJsonObject token = response.data();
        const QString id = textAt(token, "id");
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$")).match(id).hasMatch());
        QCOMPARE(textAt(token, "organization"), SandboxProcess::organizationId());
        QCOMPARE(textAt(token, "status"), QStringLiteral("PENDING"));
        QCOMPARE(textAt(token, "state"), QStringLiteral("PENDING"));
        QCOMPARE(textAt(token, "managementMode"), QStringLiteral("PROFILE_OWNER"));
        QCOMPARE(textAt(objectAt(token, "summary"), "managementMode"), QStringLiteral("PROFILE_OWNER"));
        const QJsonObject config = objectAt(token, "config");
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z]{20}$")).match(textAt(config, "code")).hasMatch());
        QVERIFY(isIsoMillisUtc(textAt(config, "expirationTimestamp")));
        QCOMPARE(
            parseTime(textAt(token, "createdAt")).secsTo(parseTime(textAt(config, "expirationTimestamp"))),
            7200);
        QCOMPARE(textAt(objectAt(token, "summary"), "expirationTimestamp"),
                 textAt(config, "expirationTimestamp"));
        QCOMPARE(textAt(token, "enrollmentLink"),
                 QStringLiteral("https://enroll.sandbox.enrolldesk.invalid/android?token=") + id);
        const QUrl qr(textAt(token, "qrcodeUrl"));
        QCOMPARE(qr.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(qr.port(), int(m_sandbox.port()));
        const QJsonObject assignment = arrayAt(token, "emmPolicyAssignments").first().toObject();
        QCOMPARE(textAt(assignment, "emmPolicyId"), m_androidPolicy);
        QCOMPARE(at(assignment, "priority").toInt(), 3);
        QCOMPARE(textAt(objectAt(assignment, "emmPolicy"), "name"),
                 QStringLiteral("Corporate Security Baseline"));
        QCOMPARE(at(token, "perpetual").toBool(true), false);
        QCOMPARE(arrayAt(token, "tags"), QJsonArray({QStringLiteral("phone")}));
    }

    void qrImage()
    {
        const Response created =
            send("POST", androidTokens(),
                 fill(R"({"mdmUserId":"{user}","sendEmail":false,"managementMode":"DEVICE_OWNER"})"));
        QCOMPARE(created.status, 200);
        const QUrl url(textAt(created.data(), "qrcodeUrl"));
        // The image needs no key, like a link sent by e-mail.
        std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(url)));
        QVERIFY(waitFor(reply.get()));
        const Response image = readReply(reply.get());
        QCOMPARE(image.status, 200);
        QCOMPARE(image.contentType, QByteArray("image/png"));
        QImage qr;
        QVERIFY(qr.loadFromData(image.body, "PNG"));
        QCOMPARE(qr.width(), qr.height());
        QVERIFY(qr.width() >= (21 + 8) * 8); // version 1 at least, 8 px modules, 4-module quiet zone
        QCOMPARE(QColor(qr.pixel(0, 0)), QColor(Qt::white));         // quiet zone
        QCOMPARE(QColor(qr.pixel(4 * 8, 4 * 8)), QColor(Qt::black)); // top-left finder pattern

        std::unique_ptr<QNetworkReply> missing(m_network.get(QNetworkRequest(QUrl(url.toString().replace(
            textAt(created.data(), "id"), QStringLiteral("0123456789abcdef01234567"))))));
        QVERIFY(waitFor(missing.get()));
        QCOMPARE(readReply(missing.get()).status, 404);
    }

    void usersList()
    {
        const Response response = send("GET", org(QStringLiteral("/mdm/users")));
        QCOMPARE(response.status, 200);
        const QJsonObject data = response.data();
        QCOMPARE(at(data, "totalDocs").toInt(), 64);
        QCOMPARE(at(data, "limit").toInt(), 10);
        const QJsonObject first = arrayAt(data, "items").first().toObject();
        QCOMPARE(textAt(first, "email"), QStringLiteral("aaron.abbott@acme.example"));
        QCOMPARE(textAt(first, "name"), QStringLiteral("Aaron Abbott"));
        QCOMPARE(textAt(first, "id"), m_userId);
        QVERIFY(at(first, "tags").isArray());
        QVERIFY(!textAt(first, "language").isEmpty());
        QVERIFY(isIsoMillisUtc(textAt(first, "createdAt")));
        QVERIFY(isIsoMillisUtc(textAt(first, "updatedAt")));

        const Response page3 = send("GET", org(QStringLiteral("/mdm/users?limit=25&page=3")));
        QCOMPARE(arrayAt(page3.data(), "items").size(), 14);
        QCOMPARE(at(page3.data(), "totalPages").toInt(), 3);
        QCOMPARE(at(page3.data(), "hasNextPage").toBool(true), false);
    }

    void usersSearch_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("emails"); // all matches, by e-mail
        QTest::newRow("upper-case e-mail part")
            << QStringLiteral("search=OLGA") << QStringList{QStringLiteral("olga.muller@acme.example")};
        QTest::newRow("non-ASCII name")
            << QStringLiteral("search=müller")
            << QStringList{QStringLiteral("olga.muller@acme.example"),
                           QStringLiteral("thomas.muller-ludenscheidt@acme.example")};
        QTest::newRow("non-ASCII upper case")
            << QStringLiteral("search=ŁUKASZ") << QStringList{QStringLiteral("lukasz.obrien@acme.example")};
        QTest::newRow("apostrophe") << QStringLiteral("search=o'brien")
                                    << QStringList{QStringLiteral("lukasz.obrien@acme.example")};
        QTest::newRow("nothing") << QStringLiteral("search=zzzz") << QStringList{};
        QTest::newRow("exact e-mail any case") << QStringLiteral("email=OLGA.MULLER@acme.example")
                                               << QStringList{QStringLiteral("olga.muller@acme.example")};
        QTest::newRow("name part") << QStringLiteral("name=van der")
                                   << QStringList{QStringLiteral("zoe.vanderberg@acme.example")};
        // As Express reads a query: '+' is a space, "%2B" a plus (which no seed name has).
        QTest::newRow("plus is a space")
            << QStringLiteral("name=van+der") << QStringList{QStringLiteral("zoe.vanderberg@acme.example")};
        QTest::newRow("encoded plus is a plus") << QStringLiteral("name=van%2Bder") << QStringList{};
    }

    // Express parses a body as JSON only when its Content-Type says so: otherwise the create's body is
    // empty and its required fields are missing.
    void createWithoutAJsonContentTypeHasNoBody()
    {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("sendEmail"), false},
                                                          {QStringLiteral("mdmUserId"), m_userId}})
                                    .toJson(QJsonDocument::Compact);
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(m_sandbox.port()) + windowsTokens()));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
        request.setRawHeader("Authorization", "Bearer sandbox");
        std::unique_ptr<QNetworkReply> reply(m_network.post(request, body));
        waitFor(reply.get());
        const Response response = readReply(reply.get());
        QCOMPARE(response.status, 400);
        QVERIFY2(response.body.contains("\\\"sendEmail\\\" is required"), response.body.constData());
        QCOMPARE(send("POST", windowsTokens(), body).status, 200); // the same body as JSON
    }
    void usersSearch()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, emails);
        QUrlQuery urlQuery(query);
        QUrl url(QStringLiteral("http://x") + org(QStringLiteral("/mdm/users")));
        url.setQuery(urlQuery);
        const Response response =
            send("GET", url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded));
        QCOMPARE(response.status, 200);
        QStringList found;
        for (const QJsonValue& item : arrayAt(response.data(), "items"))
            found.append(textAt(item.toObject(), "email"));
        QCOMPARE(found, emails);
        QCOMPARE(at(response.data(), "totalDocs").toInt(), emails.size());
    }

    void policiesList_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("count");
        QTest::newRow("windows") << QStringLiteral("windows") << 4;
        QTest::newRow("android") << QStringLiteral("android") << 3;
        QTest::newRow("apple") << QStringLiteral("apple") << 2;
        QTest::newRow("all") << QString() << 9;
    }
    void policiesList()
    {
        QFETCH(QString, type);
        QFETCH(int, count);
        const Response response =
            send("GET", org(QStringLiteral("/mdm/policies")) +
                            (type.isEmpty() ? QString() : QString(QStringLiteral("?type=") + type)));
        QCOMPARE(response.status, 200);
        const QJsonArray items = arrayAt(response.data(), "items");
        QCOMPARE(items.size(), count);
        for (const QJsonValue& value : items) {
            const QJsonObject policy = value.toObject();
            QVERIFY(
                QRegularExpression(QStringLiteral("^[0-9a-f]{24}$")).match(textAt(policy, "id")).hasMatch());
            if (!type.isEmpty())
                QCOMPARE(textAt(policy, "type"), type);
            QVERIFY(!textAt(policy, "name").isEmpty());
            QVERIFY(at(policy, "version").isDouble()); // P1: an integer
            QVERIFY(isIsoMillisUtc(textAt(policy, "createdAt")));
        }
        QCOMPARE(send("GET", org(QStringLiteral("/mdm/policies?type=linux"))).message(),
                 QStringLiteral("\"type\" must be one of [android, apple, windows]"));
    }

    void androidPolicies()
    {
        const Response response = send("GET", org(QStringLiteral("/mdm/android/enterprise/policies")));
        QCOMPARE(response.status, 200);
        const QJsonArray items = arrayAt(response.data(), "items");
        QCOMPARE(items.size(), 3);
        const QJsonObject first = items.first().toObject();
        QCOMPARE(textAt(first, "id"), m_androidPolicy);
        QCOMPARE(textAt(first, "name"), QStringLiteral("Corporate Security Baseline"));
        QVERIFY(at(first, "version").isString()); // P2: a string, as in the documentation's sample
        QVERIFY(!textAt(first, "description").isEmpty());
    }

    void organizationsList()
    {
        const Response response = send("GET", QStringLiteral("/v1/organizations"));
        QCOMPARE(response.status, 200);
        const QJsonArray items = arrayAt(response.data(), "items");
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].toObject(), QJsonObject({{QStringLiteral("id"), SandboxProcess::organizationId()},
                                                   {QStringLiteral("name"), QStringLiteral("Acme Corp")},
                                                   {QStringLiteral("slug"), QStringLiteral("acme")}}));
        QCOMPARE(textAt(items[1].toObject(), "slug"), SandboxProcess::limitedOrganizationSlug());
        QCOMPARE(at(response.data(), "totalDocs").toInt(), 2);
    }

    void tokenListSeed()
    {
        const Response visible = send("GET", windowsTokens() + QStringLiteral("?limit=100"));
        QCOMPARE(at(visible.data(), "totalDocs").toInt(), 23);
        QSet<QString> states;
        QDateTime previous;
        for (const QJsonValue& value : arrayAt(visible.data(), "items")) {
            const QJsonObject token = value.toObject();
            states.insert(textAt(token, "state"));
            const QDateTime created = parseTime(textAt(token, "createdAt"));
            QVERIFY(!previous.isValid() || created <= previous); // newest first by default
            previous = created;
            QVERIFY(isIsoMillisUtc(textAt(token, "expireAt")));
        }
        QCOMPARE(states, QSet<QString>(
                             {QStringLiteral("PENDING"), QStringLiteral("DONE"), QStringLiteral("EXPIRED")}));

        const Response all = send("GET", windowsTokens() + QStringLiteral("?limit=100&show-deleted=TRUE"));
        QCOMPARE(at(all.data(), "totalDocs").toInt(), 30);
        int deleted = 0;
        for (const QJsonValue& value : arrayAt(all.data(), "items"))
            deleted += textAt(value.toObject(), "state") == QLatin1String("DELETED");
        QCOMPARE(deleted, 7);
    }

    void tokenListFilters()
    {
        const Response mine =
            send("GET", windowsTokens() + QStringLiteral("?show-deleted=true&mdm-user=") + m_userId);
        QCOMPARE(at(mine.data(), "totalDocs").toInt(), 6);
        QSet<QString> states;
        for (const QJsonValue& value : arrayAt(mine.data(), "items")) {
            QCOMPARE(textAt(objectAt(value.toObject(), "mdmUser"), "id"), m_userId);
            states.insert(textAt(value.toObject(), "state"));
        }
        QCOMPARE(states.size(), 4); // the first user has a token in every state

        const Response byPolicy =
            send("GET", windowsTokens() + QStringLiteral("?limit=100&win-policy=") + m_windowsPolicy);
        const int count = at(byPolicy.data(), "totalDocs").toInt();
        QVERIFY(count > 0 && count < 23);
        for (const QJsonValue& value : arrayAt(byPolicy.data(), "items")) {
            const QJsonObject token = value.toObject();
            bool uses = textAt(token, "winPolicyId") == m_windowsPolicy;
            for (const QJsonValue& assignment : arrayAt(token, "winPolicyAssignments"))
                uses = uses || textAt(assignment.toObject(), "winPolicyId") == m_windowsPolicy;
            QVERIFY(uses);
        }
        const Response nobody =
            send("GET", windowsTokens() + QStringLiteral("?mdm-user=0123456789abcdef01234567"));
        QCOMPARE(at(nobody.data(), "totalDocs").toInt(), 0);
    }

    void tokenListPagination_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("totalPages");
        QTest::addColumn<int>("prevPage"); // -1: null
        QTest::addColumn<int>("nextPage"); // -1: null
        QTest::newRow("first page") << 7 << 1 << 7 << 4 << -1 << 2;
        QTest::newRow("middle page") << 7 << 2 << 7 << 4 << 1 << 3;
        QTest::newRow("last, partial page") << 7 << 4 << 2 << 4 << 3 << -1;
        QTest::newRow("past the end") << 7 << 5 << 0 << 4 << 4 << -1;
        QTest::newRow("one page") << 100 << 1 << 23 << 1 << -1 << -1;
    }
    void tokenListPagination()
    {
        QFETCH(int, limit);
        QFETCH(int, page);
        QFETCH(int, count);
        QFETCH(int, totalPages);
        QFETCH(int, prevPage);
        QFETCH(int, nextPage);
        const Response response =
            send("GET", windowsTokens() + QStringLiteral("?limit=%1&page=%2").arg(limit).arg(page));
        QCOMPARE(response.status, 200);
        const QJsonObject data = response.data();
        QCOMPARE(arrayAt(data, "items").size(), count);
        QCOMPARE(at(data, "totalDocs").toInt(), 23);
        QCOMPARE(at(data, "limit").toInt(), limit);
        QCOMPARE(at(data, "page").toInt(), page);
        QCOMPARE(at(data, "totalPages").toInt(), totalPages);
        QCOMPARE(at(data, "hasPrevPage").toBool(), prevPage != -1);
        QCOMPARE(at(data, "hasNextPage").toBool(), nextPage != -1);
        QCOMPARE(at(data, "prevPage").isNull(), prevPage == -1);
        QCOMPARE(at(data, "nextPage").isNull(), nextPage == -1);
        if (prevPage != -1)
            QCOMPARE(at(data, "prevPage").toInt(), prevPage);
        if (nextPage != -1)
            QCOMPARE(at(data, "nextPage").toInt(), nextPage);
    }

    void tokenListSort()
    {
        const Response descending =
            send("GET", windowsTokens() + QStringLiteral("?limit=100&sort=createdAt:desc"));
        const Response ascending =
            send("GET", windowsTokens() + QStringLiteral("?limit=100&sort=createdAt:asc"));
        QJsonArray reversed;
        for (const QJsonValue& value : arrayAt(descending.data(), "items"))
            reversed.prepend(value);
        QCOMPARE(arrayAt(ascending.data(), "items"), reversed);
        const Response byExpiry = send("GET", windowsTokens() + QStringLiteral("?limit=100&sort=expireAt"));
        QDateTime previous;
        for (const QJsonValue& value : arrayAt(byExpiry.data(), "items")) {
            const QDateTime expiry = parseTime(textAt(value.toObject(), "expireAt"));
            QVERIFY(!previous.isValid() || previous <= expiry);
            previous = expiry;
        }
    }

    void tokenListBadQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("sort direction")
            << QStringLiteral("sort=createdAt:sideways")
            << QStringLiteral("\"sort\" with value \"createdAt:sideways\" fails to match "
                              "the required pattern: /^[\\w.]*((:asc)|(:desc))?$/");
        QTest::newRow("sort with a line break after it") // JavaScript's $ does not match before it
            << QStringLiteral("sort=createdAt%0A")
            << QStringLiteral("\"sort\" with value \"createdAt\n\" fails to match "
                              "the required pattern: /^[\\w.]*((:asc)|(:desc))?$/");
        QTest::newRow("mdm-user malformed")
            << QStringLiteral("mdm-user=xyz")
            << QStringLiteral("\"mdm-user\" with value \"xyz\" fails to match the "
                              "required pattern: /^[a-fA-F0-9]{24}$/");
        QTest::newRow("show-deleted maybe")
            << QStringLiteral("show-deleted=maybe") << QStringLiteral("\"show-deleted\" must be a boolean");
        QTest::newRow("page 0") << QStringLiteral("page=0")
                                << QStringLiteral("\"page\" must be greater than or equal to 1");
        QTest::newRow("limit text") << QStringLiteral("limit=abc")
                                    << QStringLiteral("\"limit\" must be a number");
        QTest::newRow("misspelt filter")
            << QStringLiteral("mdmUser=x") << QStringLiteral("\"mdmUser\" is not allowed");
    }
    void tokenListBadQuery()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        const Response response = send("GET", windowsTokens() + u'?' + query);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.code(), 5000);
        QCOMPARE(response.message(), message);
    }

    void limitedPlan_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("W1") << windowsTokens(QStringLiteral("tiny"))
                            << QByteArray(R"({"mdmUserId":"{tiny}","sendEmail":true})");
        QTest::newRow("W2") << windowsTokens(QStringLiteral("tiny")) + QStringLiteral("/bulk")
                            << QByteArray(R"({"userEmails":["tina.small@tiny.example"],"sendEmail":true})");
        QTest::newRow("A1") << androidTokens(QStringLiteral("tiny"))
                            << QByteArray(
                                   R"({"mdmUserId":"{tiny}","sendEmail":true,"managementMode":"COPE"})");
    }
    void limitedPlan()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const Response users = send("GET", org(QStringLiteral("/mdm/users"), QStringLiteral("tiny")));
        QCOMPARE(users.status, 200); // reading works on the small plan
        body.replace("{tiny}", textAt(arrayAt(users.data(), "items").first().toObject(), "id").toUtf8());
        const Response response = send("POST", path, body);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.code(), 5050);
        QCOMPARE(response.message(), QStringLiteral("Feature not allowed for you billing plan"));
        QCOMPARE(at(send("GET", windowsTokens(QStringLiteral("tiny"))).data(), "totalDocs").toInt(), 0);
    }

    void faultApiError_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("documented code") << QByteArray(R"({"type":"apiError","code":5017})") << 400 << 5017
                                         << QStringLiteral("Limit Exceeded");
        QTest::newRow("status without code") << QByteArray(R"({"type":"apiError","httpStatus":401})") << 401
                                             << 4002 << QStringLiteral("No auth token");
        QTest::newRow("billing plan") << QByteArray(R"({"type":"apiError","code":5050})") << 400 << 5050
                                      << QStringLiteral("Feature not allowed for you billing plan");
        QTest::newRow("custom message")
            << QByteArray(R"({"type":"apiError","httpStatus":429,"code":9999,"message":"Slow down"})") << 429
            << 9999 << QStringLiteral("Slow down");
        QTest::newRow("server error") << QByteArray(R"({"type":"apiError","httpStatus":500,"code":5145})")
                                      << 500 << 5145 << QStringLiteral("Error creating winEnrollmentToken");
    }
    void faultApiError()
    {
        QFETCH(QByteArray, fault);
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(QString, message);
        QVERIFY(m_sandbox.injectFault(QJsonDocument::fromJson(fault).object()));
        const Response faulted = send("GET", QStringLiteral("/v1/organizations"));
        QCOMPARE(faulted.status, status);
        QCOMPARE(at(faulted.json, "status").toBool(true), false);
        QCOMPARE(faulted.code(), code);
        QCOMPARE(faulted.message(), message);
        QCOMPARE(send("GET", QStringLiteral("/v1/organizations")).status, 200); // used up
    }

    // A 400 without a code answers with the documented 400 code of the create it hits.
    void faultCodeFollowsTheCreate()
    {
        const QJsonObject fault{{QStringLiteral("type"), QStringLiteral("apiError")}};
        QVERIFY(m_sandbox.injectFault(fault));
        QCOMPARE(send("POST", windowsTokens(), "{}").code(), 5145);
        QVERIFY(m_sandbox.injectFault(fault));
        const Response android = send(
            "POST", windowsTokens().replace(QLatin1String("/windows/"), QLatin1String("/android/")), "{}");
        QCOMPARE(android.code(), 5017);
        QCOMPARE(android.message(), QStringLiteral("Limit Exceeded"));
    }

    void faultCountAndOrder()
    {
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("apiError")},
                                       {QStringLiteral("code"), 5017},
                                       {QStringLiteral("count"), 2}}));
        QVERIFY(m_sandbox.injectFault(
            {{QStringLiteral("type"), QStringLiteral("apiError")}, {QStringLiteral("code"), 5120}}));
        QCOMPARE(send("GET", QStringLiteral("/v1/organizations")).code(), 5017);
        QCOMPARE(send("GET", QStringLiteral("/v1/organizations")).code(), 5017);
        QCOMPARE(send("GET", QStringLiteral("/v1/organizations")).code(), 5120);
        QCOMPARE(send("GET", QStringLiteral("/v1/organizations")).status, 200);
    }

    void faultFilters()
    {
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("apiError")},
                                       {QStringLiteral("code"), 5145},
                                       {QStringLiteral("method"), QStringLiteral("post")},
                                       {QStringLiteral("pathContains"), QStringLiteral("bulk")}}));
        const QByteArray bulk = fill(R"({"userEmails":["{email}"],"sendEmail":true})");
        QCOMPARE(send("GET", windowsTokens() + QStringLiteral("/bulk")).status, 404); // GET: not matched
        QCOMPARE(createWindowsToken().status, 200);                                   // no "bulk"
        QCOMPARE(send("POST", windowsTokens() + QStringLiteral("/bulk"), bulk).code(), 5145);
        QCOMPARE(send("POST", windowsTokens() + QStringLiteral("/bulk"), bulk).status, 200);
    }

    void faultClear()
    {
        QVERIFY(m_sandbox.injectFault(
            {{QStringLiteral("type"), QStringLiteral("html")}, {QStringLiteral("count"), 5}}));
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(send("GET", QStringLiteral("/v1/organizations")).status, 200);
    }

    void faultHtml()
    {
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("html")}}));
        QVERIFY(m_sandbox.injectFault(
            {{QStringLiteral("type"), QStringLiteral("html")}, {QStringLiteral("httpStatus"), 503}}));
        const Response gateway = send("GET", QStringLiteral("/v1/organizations"));
        QCOMPARE(gateway.status, 502);
        QCOMPARE(gateway.contentType, QByteArray("text/html"));
        QVERIFY(gateway.body.startsWith("<html>"));
        QVERIFY(gateway.json.isEmpty());
        QCOMPARE(send("GET", QStringLiteral("/v1/organizations")).status, 503);
    }

    void faultMalformedJson()
    {
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("malformedJson")}}));
        const Response response = createWindowsToken();
        QCOMPARE(response.status, 200);
        QCOMPARE(response.contentType, QByteArray("application/json"));
        QJsonParseError error;
        QJsonDocument::fromJson(response.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QVERIFY(!response.body.isEmpty());
    }

    void faultEmptyDataStillCreates()
    {
        const int before = visibleTokenCount();
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("emptyData")}}));
        const Response response = createWindowsToken();
        QCOMPARE(response.status, 200);
        QCOMPARE(at(response.json, "status").toBool(), true);
        QVERIFY(response.json.value(QStringLiteral("data")).isObject());
        QVERIFY(response.data().isEmpty());
        QCOMPARE(visibleTokenCount(), before + 1); // carried out all the same
    }

    void faultOversized()
    {
        QVERIFY(m_sandbox.injectFault(
            {{QStringLiteral("type"), QStringLiteral("oversized")}, {QStringLiteral("sizeBytes"), 200000}}));
        const Response response = send("GET", QStringLiteral("/v1/organizations"));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body.size(), 200000);
        QCOMPARE(at(response.json, "status").toBool(), true);
    }

    void faultSlowDoesNotBlockOthers()
    {
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("slow")},
                                       {QStringLiteral("delayMs"), 3000},
                                       {QStringLiteral("pathContains"), QStringLiteral("/mdm/users")}}));
        std::unique_ptr<QNetworkReply> slow(start("GET", org(QStringLiteral("/mdm/users"))));
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requests().size(), 1, 5000); // the slow one has arrived
        // Another request on another connection is answered while the slow one still waits.
        const Response quick = send("GET", QStringLiteral("/v1/organizations"));
        QCOMPARE(quick.status, 200);
        QVERIFY(!slow->isFinished());
        QVERIFY(waitFor(slow.get()));
        const Response late = readReply(slow.get());
        QCOMPARE(late.status, 200);
        QCOMPARE(at(late.data(), "totalDocs").toInt(), 64);
    }

    void faultDrop()
    {
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("drop")},
                                       {QStringLiteral("method"), QStringLiteral("POST")}}));
        const int before = visibleTokenCount();
        QVERIFY(m_sandbox.clearRequests());
        const Response dropped = createWindowsToken();
        QVERIFY(dropped.finished);
        QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(dropped.status, 0); // no HTTP answer at all
        QVERIFY(dropped.body.isEmpty());
        QCOMPARE(visibleTokenCount(), before); // the request was never handled
        // Qt resent the request once on a new connection; both attempts were dropped and recorded.
        const QJsonArray record = m_sandbox.requests();
        QVERIFY(record.size() >= 2);
        QCOMPARE(at(record[0].toObject(), "status").toInt(), 0);
        QCOMPARE(at(record[0].toObject(), "method").toString(), QStringLiteral("POST"));
        // The caller's own retry gets through.
        QCOMPARE(createWindowsToken().status, 200);
    }

    void faultInvalid_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::newRow("unknown type") << QByteArray(R"({"type":"boom"})");
        QTest::newRow("status not a number") << QByteArray(R"({"type":"apiError","httpStatus":"x"})");
        QTest::newRow("negative delay") << QByteArray(R"({"type":"slow","delayMs":-1})");
        QTest::newRow("zero count") << QByteArray(R"({"type":"html","count":0})");
        QTest::newRow("not an object") << QByteArray(R"([{"type":"html"}])");
    }
    void faultInvalid()
    {
        QFETCH(QByteArray, fault);
        const Response response = send("POST", QStringLiteral("/_sandbox/faults"), fault, kNoAuth);
        QCOMPARE(response.status, 400);
        QCOMPARE(send("GET", QStringLiteral("/v1/organizations")).status, 200); // nothing was queued
    }

    void requestRecord()
    {
        QVERIFY(m_sandbox.clearRequests());
        const QByteArray body = fill(R"({"mdmUserId":"{user}","sendEmail":true})");
        QCOMPARE(send("POST", windowsTokens(), body).status, 200);
        QCOMPARE(send("GET", windowsTokens() + QStringLiteral("?page=2&limit=5")).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/v1/organizations"), {}, kNoAuth).status, 401);
        QCOMPARE(send("POST", windowsTokens(), R"({"sendEmail":true})").status, 400);
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("html")}}));
        QCOMPARE(send("GET", QStringLiteral("/v1/organizations")).status, 502);
        // A real key sent here by mistake is refused and not kept where any local process can read it.
        QCOMPARE(send("GET", QStringLiteral("/v1/organizations"), {}, "Bearer live-key-4f9a").status, 401);
        // Its own key, however the header spells the scheme, is recorded as sent.
        QCOMPARE(send("GET", QStringLiteral("/v1/organizations"), {}, "bearer  sandbox").status, 200);

        const QJsonArray items = m_sandbox.requests();
        QCOMPARE(items.size(), 7); // admin calls are not recorded
        const QJsonObject create = items[0].toObject();
        QCOMPARE(textAt(create, "method"), QStringLiteral("POST"));
        QCOMPARE(textAt(create, "path"), windowsTokens());
        QCOMPARE(textAt(create, "query"), QString());
        QCOMPARE(textAt(objectAt(create, "headers"), "authorization"), QStringLiteral("Bearer sandbox"));
        QCOMPARE(textAt(objectAt(create, "headers"), "content-type"), QStringLiteral("application/json"));
        QCOMPARE(textAt(create, "body"), QString::fromUtf8(body));
        QCOMPARE(at(create, "status").toInt(), 200);
        QCOMPARE(textAt(items[1].toObject(), "query"), QStringLiteral("page=2&limit=5"));
        QCOMPARE(textAt(items[1].toObject(), "path"), windowsTokens());
        QCOMPARE(at(items[2].toObject(), "status").toInt(), 401);
        QVERIFY(!objectAt(items[2].toObject(), "headers").contains(QLatin1String("authorization")));
        QCOMPARE(at(items[3].toObject(), "status").toInt(), 400);
        QCOMPARE(at(items[4].toObject(), "status").toInt(), 502);
        const QString otherKey = textAt(objectAt(items[5].toObject(), "headers"), "authorization");
        QVERIFY2(!otherKey.isEmpty() && !otherKey.contains(QLatin1StringView("live-key")),
                 qPrintable(otherKey));
        QCOMPARE(textAt(objectAt(items[6].toObject(), "headers"), "authorization"),
                 QStringLiteral("bearer  sandbox"));

        QVERIFY(m_sandbox.clearRequests());
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    void resetRestoresSeed()
    {
        const int seeded = visibleTokenCount();
        QCOMPARE(createWindowsToken().status, 200);
        QCOMPARE(visibleTokenCount(), seeded + 1);
        QVERIFY(m_sandbox.injectFault(
            {{QStringLiteral("type"), QStringLiteral("apiError")}, {QStringLiteral("code"), 5017}}));
        QVERIFY(m_sandbox.reset());
        QCOMPARE(m_sandbox.requests().size(), 0);
        QCOMPARE(visibleTokenCount(), seeded); // and the fault is gone: this answered 200
    }

    void adminAnswersLoopback()
    {
        // The sandbox listens on 127.0.0.1 only, and the admin endpoints also refuse non-loopback peers
        // with 403. That refusal cannot be exercised here: no non-loopback peer can reach the socket, and
        // tests on this machine may not send traffic to other addresses. This checks they answer locally.
        QCOMPARE(send("GET", QStringLiteral("/_sandbox/requests"), {}, kNoAuth).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/_sandbox/faults"), {}, kNoAuth).status, 200);
        QCOMPARE(send("GET", QStringLiteral("/_sandbox/nothing"), {}, kNoAuth).status, 404);
    }

    void latencyOption()
    {
        SandboxProcess delayed({QStringLiteral("--latency-ms"), QStringLiteral("300")});
        QVERIFY(delayed.start());
        QNetworkRequest request{QUrl(delayed.baseUrl().toString() + QStringLiteral("/organizations"))};
        request.setRawHeader("Authorization", "Bearer sandbox");
        std::unique_ptr<QNetworkReply> first(m_network.get(request));
        std::unique_ptr<QNetworkReply> second(m_network.get(request));
        QVERIFY(waitFor(first.get()));
        QVERIFY(waitFor(second.get()));
        QCOMPARE(readReply(first.get()).status, 200);
        QCOMPARE(readReply(second.get()).status, 200);
        QCOMPARE(delayed.requests().size(), 2);
    }

    void parallelCreates()
    {
        // Many creates over QNetworkAccessManager's 6 keep-alive connections; each must succeed once.
        constexpr int kCount = 600;
        const int before = visibleTokenCount();
        const QByteArray body = fill(R"({"mdmUserId":"{user}","sendEmail":false,"tags":["load"]})");
        QElapsedTimer clock;
        clock.start();
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        for (int i = 0; i < kCount; ++i)
            replies.emplace_back(start("POST", windowsTokens(), body));
        QSet<QString> ids;
        for (const auto& reply : replies) {
            QVERIFY(waitFor(reply.get(), 60000));
            const Response response = readReply(reply.get());
            QCOMPARE(response.status, 200);
            ids.insert(textAt(response.data(), "id"));
        }
        qInfo("%d creates in %lld ms", kCount, qint64(clock.elapsed()));
        QCOMPARE(ids.size(), kCount);
        QCOMPARE(visibleTokenCount(), before + kCount);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "test_sandbox.moc"
