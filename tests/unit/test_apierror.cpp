// Error mapping: every documented API code has a human meaning, every kind a message, support gets the
// raw code and HTTP status, and the retry hints (nothingWasSent, isTransient) follow one truth table.

#include "apierror.h"
#include "jsoncodec.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <unistd.h>

Q_DECLARE_METATYPE(ApiError)

namespace {

using Kind = ApiError::Kind;

QJsonObject loadSeed(const QString& name)
{
    QFile file(QStringLiteral(ENROLLDESK_TEST_DATA "/seeds/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<Kind> allKinds()
{
    return {
        Kind::None,         Kind::Validation,    Kind::InsecureUrl, Kind::MissingKey, Kind::ConnectionRefused,
        Kind::HostNotFound, Kind::Tls,           Kind::Timeout,     Kind::Cancelled,  Kind::Network,
        Kind::Api,          Kind::Http,          Kind::BadResponse, Kind::TooLarge,   Kind::InvalidKey,
        Kind::Incomplete,   Kind::ConnectTimeout};
}

const char* kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return "none";
    case Kind::Validation:
        return "validation";
    case Kind::InsecureUrl:
        return "insecure url";
    case Kind::MissingKey:
        return "missing key";
    case Kind::ConnectionRefused:
        return "connection refused";
    case Kind::HostNotFound:
        return "host not found";
    case Kind::Tls:
        return "tls";
    case Kind::Timeout:
        return "timeout";
    case Kind::Cancelled:
        return "cancelled";
    case Kind::Network:
        return "network";
    case Kind::Api:
        return "api";
    case Kind::Http:
        return "http";
    case Kind::BadResponse:
        return "bad response";
    case Kind::TooLarge:
        return "too large";
    case Kind::InvalidKey:
        return "invalid key";
    case Kind::Incomplete:
        return "incomplete";
    case Kind::ConnectTimeout:
        return "connect timeout";
    }
    return "?";
}

} // namespace

class TestApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedCodes();
    void codeMeaning_data();
    void codeMeaning();
    void unknownCode_data();
    void unknownCode();
    void unknownCodeSaysWhatTheStatusMeans();
    void redirectedOrUnreadableCreateSaysToCheck();
    void limitExceededAddsWhatTheServerSays();
    void rejectedKeyCodesDoNotCallTheKeyValid();
    void seedErrorEnvelope_data();
    void seedErrorEnvelope();
    void kindMessage_data();
    void kindMessage();
    void httpMessage_data();
    void httpMessage();
    void validationMessage();
    void technicalDetails_data();
    void technicalDetails();
    void retryHints_data();
    void retryHints();
    void possiblyProcessedIsNotRetriedBlindly_data();
    void possiblyProcessedIsNotRetriedBlindly();
    void redactTakesTheKeyOutInAnyForm_data();
    void redactTakesTheKeyOutInAnyForm();
    void redactLeavesNoEncodedKeyInFreedMemory();
};

void TestApiError::documentedCodes()
{
    QList<int> codes = ApiError::documentedCodes();
    std::sort(codes.begin(), codes.end());
    QCOMPARE(codes, (QList<int>{3001, 4001, 4002, 4004, 5017, 5048, 5050, 5120, 5138, 5145}));
}

void TestApiError::codeMeaning_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("serverMessage");

    // The HTTP status of each code's "NNN Response" heading, and the server's exact text.
    QTest::newRow("3001 Entity not found") << 3001 << 404 << QStringLiteral("Entity not found");
    QTest::newRow("4001 Unauthorized") << 4001 << 401 << QStringLiteral("Unauthorized");
    QTest::newRow("4002 No auth token") << 4002 << 401 << QStringLiteral("No auth token");
    QTest::newRow("4004 Invalid Token") << 4004 << 401 << QStringLiteral("Invalid Token");
    QTest::newRow("5017 Limit Exceeded") << 5017 << 400 << QStringLiteral("Limit Exceeded");
    QTest::newRow("5048 Mdm user already exists") << 5048 << 400 << QStringLiteral("Mdm user already exists");
    QTest::newRow("5050 billing plan")
        << 5050 << 400 << QStringLiteral("Feature not allowed for you billing plan");
    QTest::newRow("5120 Error updating entity") << 5120 << 400 << QStringLiteral("Error updating entity");
    QTest::newRow("5138 Not implemented") << 5138 << 400 << QStringLiteral("Not implemented");
    QTest::newRow("5145 Error creating token")
        << 5145 << 400 << QStringLiteral("Error creating winEnrollmentToken");
}

void TestApiError::codeMeaning()
{
    QFETCH(int, code);
    QFETCH(int, httpStatus);
    QFETCH(QString, serverMessage);

    QVERIFY(ApiError::documentedCodes().contains(code));
    const QString meaning = ApiError::meaningOfCode(code);
    QVERIFY(!meaning.isEmpty());

    const ApiError error = ApiError::fromApi(httpStatus, code, serverMessage);
    QVERIFY(error.isError());
    QCOMPARE(error.kind(), Kind::Api);
    QCOMPARE(error.apiCode(), code);
    QCOMPARE(error.httpStatus(), httpStatus);
    QCOMPARE(error.apiMessage(), serverMessage);
    // People read the meaning, not "error 5050".
    QCOMPARE(error.message(), meaning);
    QVERIFY2(!error.message().contains(QString::number(code)), qPrintable(error.message()));
}

void TestApiError::unknownCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("serverMessage");

    QTest::newRow("9999 with message") << 9999 << QStringLiteral("Quota of widgets reached");
    QTest::newRow("0 with message") << 0 << QStringLiteral("\"sendEmail\" is required");
    QTest::newRow("5001 with message") << 5001 << QStringLiteral("Something odd happened");
}

void TestApiError::unknownCode()
{
    QFETCH(int, code);
    QFETCH(QString, serverMessage);

    QVERIFY(!ApiError::documentedCodes().contains(code));
    QVERIFY(ApiError::meaningOfCode(code).isEmpty());
    const ApiError error = ApiError::fromApi(400, code, serverMessage);
    // Nothing better to say than the server's own words.
    QVERIFY2(error.message().contains(serverMessage), qPrintable(error.message()));

    // Without a message the code is the only clue left; a code 0 is no clue ("error 0"), the status is.
    const ApiError bare = ApiError::fromApi(400, code, QString());
    QVERIFY(!bare.message().isEmpty());
    const QString clue = code == 0 ? QStringLiteral("HTTP 400") : QString::number(code);
    QVERIFY2(bare.message().contains(clue), qPrintable(bare.message()));
    QVERIFY2(!bare.message().contains(QStringLiteral("error 0")), qPrintable(bare.message()));
}

// A create answered by a redirect or by something that is not the API's JSON (a proxy's page with a 200)
// may have been carried out: its message says to check, once; a read's and a refusal's do not.
void TestApiError::redirectedOrUnreadableCreateSaysToCheck()
{
    const QString advice = QStringLiteral("check whether the token was created");
    for (const ApiError& error :
         {ApiError::badResponse(200, QStringLiteral("<html>")), ApiError::fromHttp(302),
          ApiError::fromHttp(204), ApiError::make(ApiError::Kind::TooLarge)}) {
        QVERIFY(error.mayHaveBeenProcessed());
        QCOMPARE(error.message().count(advice), 1);
        ApiError read = error;
        read.setReadOnlyRequest();
        QVERIFY(!read.message().contains(advice));
    }
    QCOMPARE(ApiError::fromHttp(503).message().count(advice), 1); // a 5xx's own text says it
    QCOMPARE(ApiError::badResponse(502, QStringLiteral("<html>")).message().count(advice), 1);
    QVERIFY(!ApiError::fromHttp(404).message().contains(advice));
}

void TestApiError::unknownCodeSaysWhatTheStatusMeans()
{
    // An envelope with an undocumented code on a 503, 429 or 401: "try later", "slow down" and "the key"
    // say more than the number, and the server's words follow when there are some. (A 5xx read here is a
    // list's; a create's is possiblyProcessedIsNotRetriedBlindly's.)
    const auto readOnly = [](ApiError error) {
        error.setReadOnlyRequest();
        return error;
    };
    for (int status : {401, 403, 404, 429, 500, 503}) {
        const QString meaning = ApiError::meaningOfStatus(status);
        QVERIFY(!meaning.isEmpty());
        QCOMPARE(readOnly(ApiError::fromApi(status, 0, QString())).message(), meaning);
        QCOMPARE(readOnly(ApiError::fromHttp(status)).message(), meaning);
        const QString said =
            readOnly(ApiError::fromApi(status, 9999, QStringLiteral("Maintenance window"))).message();
        QVERIFY2(said.startsWith(meaning) && said.contains(QStringLiteral("Maintenance window")),
                 qPrintable(said));
        // Quoted as a sentence of its own: the pages add theirs after it.
        QVERIFY2(said.endsWith(QStringLiteral("Maintenance window.")), qPrintable(said));
        QVERIFY(
            readOnly(ApiError::fromApi(status, 9999, QStringLiteral("Down?"))).message().endsWith(u"Down?"));
        QVERIFY(readOnly(ApiError::fromApi(status, 9999, QStringLiteral("Down for now\n")))
                    .message()
                    .endsWith(u"Down for now."));
    }
    QVERIFY(ApiError::meaningOfStatus(400).isEmpty());
    QVERIFY(ApiError::meaningOfStatus(418).isEmpty());
}

// "Limit Exceeded" names no limit: the documented meaning, plus the server's words when they say more.
void TestApiError::limitExceededAddsWhatTheServerSays()
{
    const QString meaning = ApiError::meaningOfCode(5017);
    QCOMPARE(ApiError::fromApi(400, 5017, QStringLiteral("Limit Exceeded")).message(), meaning);
    QCOMPARE(ApiError::fromApi(400, 5017, QString()).message(), meaning);
    const QString said =
        ApiError::fromApi(400, 5017, QStringLiteral("Device limit of the plan reached")).message();
    QVERIFY2(said.startsWith(meaning) && said.contains(QStringLiteral("Device limit of the plan reached")),
             qPrintable(said));
    QVERIFY2(said.endsWith(QStringLiteral("reached.")), qPrintable(said));
    QVERIFY(ApiError::fromApi(400, 9999, QStringLiteral("No")).message().endsWith(QStringLiteral(": No.")));
}

void TestApiError::rejectedKeyCodesDoNotCallTheKeyValid()
{
    // 4001 and 4002 come with HTTP 401: the key did not get the request through.
    for (int code : {4001, 4002, 4004}) {
        const QString meaning = ApiError::meaningOfCode(code);
        QVERIFY2(meaning.contains(QStringLiteral("key")), qPrintable(meaning));
        QVERIFY2(!meaning.contains(QStringLiteral("is valid")), qPrintable(meaning));
        QVERIFY2(!meaning.contains(QStringLiteral("was sent")), qPrintable(meaning));
    }
}

void TestApiError::seedErrorEnvelope_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("code");

    QTest::newRow("5050 from the 400 slot") << QStringLiteral("error_5050.json") << 400 << 5050;
    QTest::newRow("4002 from the 401 slot") << QStringLiteral("error_4002.json") << 401 << 4002;
    QTest::newRow("3001 from the 404 slot") << QStringLiteral("error_3001.json") << 404 << 3001;
}

void TestApiError::seedErrorEnvelope()
{
    QFETCH(QString, file);
    QFETCH(int, httpStatus);
    QFETCH(int, code);

    const QJsonObject envelope = loadSeed(file);
    QVERIFY2(!envelope.isEmpty(), qPrintable(file));
    QCOMPARE(envelope.value(QLatin1StringView("status")), QJsonValue(false));
    const QJsonObject body = envelope.value(QLatin1StringView("error")).toObject();
    const std::optional<qint64> parsedCode = JsonCodec::parseInteger(body.value(QLatin1StringView("code")));
    QCOMPARE(parsedCode, std::optional<qint64>(code));
    const QString serverMessage = body.value(QLatin1StringView("message")).toString();
    QVERIFY(!serverMessage.isEmpty());

    const ApiError error = ApiError::fromApi(httpStatus, int(*parsedCode), serverMessage);
    QCOMPARE(error.message(), ApiError::meaningOfCode(code));
    QVERIFY(error.technicalDetails().contains(serverMessage));
}

void TestApiError::kindMessage_data()
{
    QTest::addColumn<ApiError>("error");

    for (Kind kind : allKinds()) {
        if (kind == Kind::None)
            continue;
        QTest::newRow(kindName(kind)) << ApiError::make(kind, QStringLiteral("detail"));
    }
    QTest::newRow("validation without fields") << ApiError::validation({});
    QTest::newRow("api unknown code") << ApiError::fromApi(400, 0, QString());
    QTest::newRow("http 418") << ApiError::fromHttp(418);
    QTest::newRow("bad response 200") << ApiError::badResponse(200, QStringLiteral("<html>"));
    QTest::newRow("bad response 502") << ApiError::badResponse(502, QStringLiteral("<html>Bad gateway"));
}

void TestApiError::kindMessage()
{
    QFETCH(ApiError, error);
    QVERIFY(error.isError());
    QVERIFY(!error.message().trimmed().isEmpty());
    QVERIFY(!error.technicalDetails().isEmpty());
}

void TestApiError::httpMessage_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("words");

    QTest::newRow("401") << 401 << QStringLiteral("key");
    QTest::newRow("403") << 403 << QStringLiteral("permission");
    QTest::newRow("404") << 404 << QStringLiteral("Not found");
    QTest::newRow("429") << 429 << QStringLiteral("Too many requests");
    QTest::newRow("500") << 500 << QStringLiteral("500");
    QTest::newRow("503") << 503 << QStringLiteral("503");
    QTest::newRow("418") << 418 << QStringLiteral("418");
}

void TestApiError::httpMessage()
{
    QFETCH(int, httpStatus);
    QFETCH(QString, words);
    const ApiError error = ApiError::fromHttp(httpStatus);
    QCOMPARE(error.kind(), Kind::Http);
    QVERIFY2(error.message().contains(words, Qt::CaseInsensitive), qPrintable(error.message()));
}

void TestApiError::validationMessage()
{
    const FieldErrors fields{{QStringLiteral("displayName"), QStringLiteral("Display name: too long.")},
                             {QStringLiteral("tags[1]"), QStringLiteral("Tags: too long.")}};
    const ApiError error = ApiError::validation(fields);
    QCOMPARE(error.kind(), Kind::Validation);
    QCOMPARE(error.fieldErrors(), fields);
    QVERIFY(error.message().contains(QStringLiteral("Display name: too long.")));
    QVERIFY(error.message().contains(QStringLiteral("Tags: too long.")));
    QVERIFY(error.technicalDetails().contains(QStringLiteral("displayName")));
    QVERIFY(error.technicalDetails().contains(QStringLiteral("tags[1]")));

    QVERIFY(!ApiError().isError());
    QVERIFY(ApiError().message().isEmpty());
}

void TestApiError::technicalDetails_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QStringList>("parts");

    for (int code : ApiError::documentedCodes()) {
        const QByteArray name = "api " + QByteArray::number(code);
        QTest::newRow(name.constData())
            << ApiError::fromApi(400, code, QStringLiteral("server text"))
            << QStringList{QStringLiteral("400"), QString::number(code), QStringLiteral("server text")};
    }
    QTest::newRow("api unknown 9999 on 422") << ApiError::fromApi(422, 9999, QStringLiteral("odd"))
                                             << QStringList{QStringLiteral("422"), QStringLiteral("9999")};
    QTest::newRow("http 503") << ApiError::fromHttp(503, QStringLiteral("Service Unavailable"))
                              << QStringList{QStringLiteral("503"), QStringLiteral("Service Unavailable")};
    QTest::newRow("bad response 502") << ApiError::badResponse(502, QStringLiteral("<html>Bad gateway"))
                                      << QStringList{QStringLiteral("502"), QStringLiteral("Bad gateway")};
    QTest::newRow("transport detail") << ApiError::make(Kind::Tls, QStringLiteral("certificate has expired"))
                                      << QStringList{QStringLiteral("certificate has expired")};
}

void TestApiError::technicalDetails()
{
    QFETCH(ApiError, error);
    QFETCH(QStringList, parts);
    const QString details = error.technicalDetails();
    for (const QString& part : parts)
        QVERIFY2(details.contains(part), qPrintable(details + QStringLiteral(" | missing: ") + part));
}

void TestApiError::retryHints_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("nothingWasSent");
    QTest::addColumn<bool>("transient");

    // Refused before sending: nothing reached the API, and retrying unchanged will not help.
    QTest::newRow("validation") << ApiError::validation({{QStringLiteral("duration"), QStringLiteral("x")}})
                                << true << false;
    QTest::newRow("insecure url") << ApiError::make(Kind::InsecureUrl) << true << false;
    QTest::newRow("missing key") << ApiError::make(Kind::MissingKey) << true << false;
    QTest::newRow("invalid key") << ApiError::make(Kind::InvalidKey) << true << false;
    // No connection was made: nothing sent; the server or network may come back.
    QTest::newRow("connection refused") << ApiError::make(Kind::ConnectionRefused) << true << true;
    QTest::newRow("host not found") << ApiError::make(Kind::HostNotFound) << true << true;
    QTest::newRow("no connection in time") << ApiError::make(Kind::ConnectTimeout) << true << true;
    // The handshake fails before the request is written; a certificate problem does not fix itself.
    QTest::newRow("tls") << ApiError::make(Kind::Tls) << true << false;
    // The request may have been processed.
    QTest::newRow("timeout") << ApiError::make(Kind::Timeout) << false << true;
    QTest::newRow("network") << ApiError::make(Kind::Network) << false << true;
    QTest::newRow("cancelled") << ApiError::make(Kind::Cancelled) << false << false;
    QTest::newRow("too large") << ApiError::make(Kind::TooLarge) << false << false;
    // The API answered.
    QTest::newRow("api 400 (5050)") << ApiError::fromApi(400, 5050, QString()) << false << false;
    QTest::newRow("api 401 (4002)") << ApiError::fromApi(401, 4002, QString()) << false << false;
    QTest::newRow("api 404 (3001)") << ApiError::fromApi(404, 3001, QString()) << false << false;
    QTest::newRow("api 429") << ApiError::fromApi(429, 0, QStringLiteral("slow down")) << false << true;
    QTest::newRow("api 500") << ApiError::fromApi(500, 0, QStringLiteral("oops")) << false << true;
    QTest::newRow("http 400") << ApiError::fromHttp(400) << false << false;
    QTest::newRow("http 401") << ApiError::fromHttp(401) << false << false;
    QTest::newRow("http 403") << ApiError::fromHttp(403) << false << false;
    QTest::newRow("http 404") << ApiError::fromHttp(404) << false << false;
    QTest::newRow("http 429") << ApiError::fromHttp(429) << false << true;
    QTest::newRow("http 500") << ApiError::fromHttp(500) << false << true;
    QTest::newRow("http 502") << ApiError::fromHttp(502) << false << true;
    QTest::newRow("http 503") << ApiError::fromHttp(503) << false << true;
    // A redirect, never followed, and not transient: going back will not change it. After a create it
    // may follow the work done (303), so it counts as possibly processed.
    QTest::newRow("http 302") << ApiError::fromHttp(302) << false << false;
    QTest::newRow("http 307") << ApiError::fromHttp(307) << false << false;
    // A gateway's HTML page instead of the API's answer: the gateway may recover.
    QTest::newRow("bad response 502")
        << ApiError::badResponse(502, QStringLiteral("<html>")) << false << true;
    QTest::newRow("bad response 504")
        << ApiError::badResponse(504, QStringLiteral("<html>")) << false << true;
    // A 200 that is not the API's JSON comes from a wrong address or a proxy: waiting will not fix it.
    QTest::newRow("bad response 200")
        << ApiError::badResponse(200, QStringLiteral("<html>")) << false << false;
    // A create that went through but whose answer lacks the token: sending it again could create twice.
    QTest::newRow("incomplete 200") << ApiError::incomplete(
                                           200, QStringLiteral("the token in the answer has no id"))
                                    << false << false;
    QTest::newRow("none") << ApiError() << false << false;
}

void TestApiError::retryHints()
{
    QFETCH(ApiError, error);
    QFETCH(bool, nothingWasSent);
    QFETCH(bool, transient);
    QCOMPARE(error.nothingWasSent(), nothingWasSent);
    QCOMPARE(error.isTransient(), transient);
    // Sent, and no 4xx saying no: the request may have been carried out.
    const bool refused = (error.kind() == Kind::Api || error.kind() == Kind::Http) &&
                         error.httpStatus() >= 400 && error.httpStatus() < 500;
    QCOMPARE(error.mayHaveBeenProcessed(), error.isError() && !nothingWasSent && !refused);
}

void TestApiError::possiblyProcessedIsNotRetriedBlindly_data()
{
    QTest::addColumn<ApiError>("error");

    for (Kind kind : allKinds())
        QTest::newRow(kindName(kind)) << ApiError::make(kind, QStringLiteral("detail"));
    for (int status : {500, 502, 503, 504}) {
        QTest::addRow("api %d, no code", status) << ApiError::fromApi(status, 0, QString());
        QTest::addRow("api %d, unknown code", status)
            << ApiError::fromApi(status, 9999, QStringLiteral("Maintenance window"));
        QTest::addRow("api %d, 5145", status) << ApiError::fromApi(status, 5145, QString());
        QTest::addRow("http %d", status) << ApiError::fromHttp(status);
        QTest::addRow("gateway page %d", status) << ApiError::badResponse(status, QStringLiteral("<html>"));
    }
    QTest::newRow("http 303") << ApiError::fromHttp(303);
    QTest::newRow("bad response 200") << ApiError::badResponse(200, QStringLiteral("<html>"));
    QTest::newRow("incomplete 200") << ApiError::incomplete(200, QStringLiteral("no id"));
}

// A create that may have been carried out is never answered with "try again": the user checks first.
// The same failure of a read says to try again, as nothing can have been created.
void TestApiError::possiblyProcessedIsNotRetriedBlindly()
{
    QFETCH(ApiError, error);
    const QString message = error.message();
    if (error.mayHaveBeenProcessed())
        QVERIFY2(!message.contains(QStringLiteral("try again"), Qt::CaseInsensitive), qPrintable(message));
    const bool serverFailed = error.httpStatus() >= 500;
    if (serverFailed) {
        QVERIFY(error.mayHaveBeenProcessed());
        QVERIFY2(message.contains(QStringLiteral("may or may not have been processed")), qPrintable(message));
        // A documented code says what failed ("could not create the token") instead of the status.
        const QString codeMeaning = ApiError::meaningOfCode(error.apiCode());
        QVERIFY2(codeMeaning.isEmpty() ? message.contains(QString::number(error.httpStatus()))
                                       : message.startsWith(codeMeaning),
                 qPrintable(message));
        ApiError read = error;
        read.setReadOnlyRequest();
        QVERIFY2(codeMeaning.isEmpty() ? read.message().contains(QStringLiteral("Try again"))
                                       : read.message() == codeMeaning,
                 qPrintable(read.message()));
        QVERIFY2(!read.message().contains(QStringLiteral("processed")), qPrintable(read.message()));
    }
}

void TestApiError::redactTakesTheKeyOutInAnyForm_data()
{
    QTest::addColumn<QString>("serverText");
    QTest::addColumn<QString>("expected"); // empty: only "the key is gone" is checked

    const QString key = QStringLiteral("RVWBk3yZq7f3a9c2e51d84b0fXy");
    QTest::newRow("as sent") << QStringLiteral("bad key ") + key << QStringLiteral("bad key [redacted]");
    QTest::newRow("lower-cased") << QStringLiteral("bad key ") + key.toLower()
                                 << QStringLiteral("bad key [redacted]");
    QTest::newRow("base64") << QStringLiteral("seen ") + QString::fromLatin1(key.toLatin1().toBase64())
                            << QStringLiteral("seen [redacted]");
    QTest::newRow("base64url, unpadded")
        << QStringLiteral("seen ") + QString::fromLatin1(key.toLatin1().toBase64(
                                         QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        << QStringLiteral("seen [redacted]");
    QTest::newRow("hex") << QStringLiteral("seen ") + QString::fromLatin1(key.toLatin1().toHex())
                         << QStringLiteral("seen [redacted]");
    QTest::newRow("hex, upper case") << QStringLiteral("seen ") +
                                            QString::fromLatin1(key.toLatin1().toHex()).toUpper()
                                     << QStringLiteral("seen [redacted]");
    // An excerpt cut in the middle of the key.
    QTest::newRow("cut after Bearer") << QStringLiteral("<pre>Authorization: Bearer ") + key.left(14)
                                      << QStringLiteral("<pre>Authorization: Bearer [redacted]");
    QTest::newRow("cut, no Bearer") << QStringLiteral("token=") + key.left(12)
                                    << QStringLiteral("[left out: it quoted part of the API key]");
    QTest::newRow("tail of the key") << key.right(9) + QStringLiteral(" was refused")
                                     << QStringLiteral("[left out: it quoted part of the API key]");
    QTest::newRow("another Bearer value") << QStringLiteral("expected Bearer abcdef.0123456789")
                                          << QStringLiteral("expected Bearer [redacted]");
    QTest::newRow("unrelated text stays")
        << QStringLiteral("<html>502 Bad Gateway</html>") << QStringLiteral("<html>502 Bad Gateway</html>");
    QTest::newRow("the words bearer token stay")
        << QStringLiteral("Invalid bearer token") << QStringLiteral("Invalid bearer token");
}

void TestApiError::redactTakesTheKeyOutInAnyForm()
{
    QFETCH(QString, serverText);
    QFETCH(QString, expected);
    const QByteArray key("RVWBk3yZq7f3a9c2e51d84b0fXy");
    ApiError api = ApiError::fromApi(401, 4004, serverText);
    ApiError excerpt = ApiError::badResponse(502, serverText);
    api.redact(key);
    excerpt.redact(key);
    QCOMPARE(api.apiMessage(), expected);
    QCOMPARE(excerpt.detail(), expected);
    for (const QString& text : {api.message(), api.technicalDetails(), excerpt.technicalDetails()})
        QVERIFY2(!text.contains(QLatin1StringView(key.left(8)), Qt::CaseInsensitive), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestApiError)
namespace {

// Occurrences of `needle` in the process's heap and anonymous writable mappings, read through
// /proc/self/mem with C I/O and one mapping-sized scan buffer, so that the scan itself allocates no
// small heap blocks that could reuse (and overwrite) the freed ones it looks for.
int occurrencesInMemory(const char* needle, size_t length)
{
    FILE* maps = std::fopen("/proc/self/maps", "r");
    const int mem = ::open("/proc/self/mem", O_RDONLY);
    if (!maps || mem < 0)
        qFatal("cannot read this process's memory");
    static char buffer[1 << 20];
    char line[512];
    int found = 0;
    while (std::fgets(line, sizeof line, maps)) {
        unsigned long start = 0;
        unsigned long end = 0;
        char perms[5] = {};
        char path[256] = {};
        if (std::sscanf(line, "%lx-%lx %4s %*s %*s %*s %255s", &start, &end, perms, path) < 3)
            continue;
        if (perms[0] != 'r' || perms[1] != 'w' || (path[0] != 0 && std::strcmp(path, "[heap]") != 0))
            continue;
        for (unsigned long at = start; at < end;) {
            const size_t want = std::min<unsigned long>(sizeof buffer, end - at);
            const ssize_t got = ::pread(mem, buffer, want, off_t(at));
            if (got <= 0)
                break;
            // Whole needles only; one that straddles two reads is counted from the second (overlap).
            for (const char* p = buffer;
                 (p = static_cast<const char*>(memmem(p, size_t(got) - size_t(p - buffer), needle, length)));
                 ++p)
                ++found;
            at += size_t(got) > length ? size_t(got) - length : size_t(got);
        }
    }
    std::fclose(maps);
    ::close(mem);
    return found;
}

} // namespace

// The encodings redact() makes of the key to look for it (base64 three ways, percent, hex) are zeroed
// before they are freed: the key does not linger in the heap, encoded, after an error was shown.
void TestApiError::redactLeavesNoEncodedKeyInFreedMemory()
{
    // A key of random letters, and what to look for, kept on the stack (which the scan leaves out).
    char key[41] = {};
    for (int i = 0; i < 40; ++i)
        key[i] = char('a' + QRandomGenerator::global()->bounded(26));
    // Unpadded base64 is the start of the padded form too; base64url differs where base64 has + or /.
    char base64[64] = {};
    char base64url[64] = {};
    char hex[96] = {};
    {
        constexpr auto unpadded = QByteArray::OmitTrailingEquals;
        const auto copy = [](QByteArray encoded, char* to) {
            std::memcpy(to, encoded.constData(), size_t(encoded.size()));
            std::fill(encoded.begin(), encoded.end(), '\0');
        };
        copy(QByteArray(key).toBase64(unpadded), base64);
        copy(QByteArray(key).toBase64(QByteArray::Base64UrlEncoding | unpadded), base64url);
        copy(QByteArray(key).toHex(), hex);
    }
    QCOMPARE(occurrencesInMemory(base64, std::strlen(base64)), 0);
    {
        // The scan finds a copy in the heap, and none once it was zeroed and freed.
        std::optional<QByteArray> copy(std::in_place, base64);
        QCOMPARE(occurrencesInMemory(base64, std::strlen(base64)), 1);
        std::fill(copy->begin(), copy->end(), '\0');
        copy.reset();
        QCOMPARE(occurrencesInMemory(base64, std::strlen(base64)), 0);
    }
    {
        QByteArray secret(key);
        ApiError error =
            ApiError::fromApi(400, 5050, QStringLiteral("no such key: ") + QString::fromLatin1(key));
        error.redact(secret);
        QVERIFY(!error.message().contains(QLatin1StringView(key)));
        std::fill(secret.begin(), secret.end(), '\0');
    }
    QCOMPARE(occurrencesInMemory(base64, std::strlen(base64)), 0);
    QCOMPARE(occurrencesInMemory(base64url, std::strlen(base64url)), 0);
    QCOMPARE(occurrencesInMemory(hex, std::strlen(hex)), 0);
}

#include "test_apierror.moc"
