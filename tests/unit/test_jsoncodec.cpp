// JSON in and out: the exact flat bodies of W1, W2 and A1 (never the schema dump the docs print), the
// seed pages' example responses, the lenient readers (timestamps, integers, state/status, pagination)
// and the "copy as curl" preview built from the same bodies.

#include "apiclient.h"
#include "jsoncodec.h"

#include "httpconnectionpool.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <time.h>

Q_DECLARE_METATYPE(WindowsTokenRequest)
Q_DECLARE_METATYPE(WindowsBulkRequest)
Q_DECLARE_METATYPE(AndroidTokenRequest)
Q_DECLARE_METATYPE(EnrollmentToken)

namespace {

const QString kSeedId = QStringLiteral("698efa6ed851667d9c0aec88"); // the one id the seed pages reuse
const QString kUserId = QStringLiteral("65f1a2b3c4d5e6f7a8b9c0cc");
const QString kPolicyA = QStringLiteral("65f1a2b3c4d5e6f7a8b9c0e1");
const QString kPolicyB = QStringLiteral("65f1a2b3c4d5e6f7a8b9c0e2");

QByteArray readSeedBytes(const QString& name)
{
    QFile file(QStringLiteral(ENROLLDESK_TEST_DATA "/seeds/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject seed(const QString& name)
{
    return QJsonDocument::fromJson(readSeedBytes(name)).object();
}

QJsonObject seedData(const QString& name)
{
    return seed(name).value(QLatin1StringView("data")).toObject();
}

QJsonObject parseObject(const char* json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON literal in test: %s (%s)", json, qPrintable(error.errorString()));
    return document.object();
}

// For QVERIFY2: both documents, compact, when they differ.
QByteArray jsonDiff(const QJsonDocument& actual, const QJsonDocument& expected)
{
    return "\n   actual: " + actual.toJson(QJsonDocument::Compact) +
           "\n expected: " + expected.toJson(QJsonDocument::Compact);
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

QString describe(const QList<AssignedPolicy>& assignments)
{
    QStringList parts;
    for (const AssignedPolicy& assigned : assignments)
        parts << assigned.policyId + u'|' + assigned.policyName + u'|' + QString::number(assigned.priority);
    return parts.join(u';');
}

// Compares every normalised field; `raw` is checked by the caller.
void compareToken(const EnrollmentToken& actual, const EnrollmentToken& expected)
{
    QCOMPARE(actual.platform, expected.platform);
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.organizationId, expected.organizationId);
    QCOMPARE(actual.userId, expected.userId);
    QCOMPARE(actual.userEmail, expected.userEmail);
    QCOMPARE(actual.displayName, expected.displayName);
    QCOMPARE(actual.tags, expected.tags);
    QCOMPARE(actual.state, expected.state);
    QCOMPARE(actual.type, expected.type);
    QCOMPARE(actual.subType, expected.subType);
    QCOMPARE(actual.createdAt, expected.createdAt);
    QCOMPARE(actual.updatedAt, expected.updatedAt);
    QCOMPARE(actual.expireAt, expected.expireAt);
    QCOMPARE(actual.enrollmentLink, expected.enrollmentLink);
    QCOMPARE(actual.enrollCode, expected.enrollCode);
    QCOMPARE(actual.qrcodeUrl, expected.qrcodeUrl);
    QCOMPARE(actual.managementMode, expected.managementMode);
    QCOMPARE(actual.policyId, expected.policyId);
    QCOMPARE(describe(actual.assignments), describe(expected.assignments));
    QCOMPARE(actual.sendEmail, expected.sendEmail);
    QCOMPARE(actual.emailText, expected.emailText);
    QCOMPARE(actual.segmentId, expected.segmentId);
    QCOMPARE(actual.perpetual, expected.perpetual);
}

// Splits a POSIX shell command line the way sh would (quotes, backslashes, line continuations),
// without expanding anything, so tests can check what each argument really is.
QStringList shellWords(const QString& command)
{
    QStringList words;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar c = command[i];
        if (c == u'\\' && i + 1 < command.size()) {
            ++i;
            if (command[i] != u'\n') { // backslash-newline is a continuation
                word += command[i];
                inWord = true;
            }
        } else if (c == u'\'') {
            const qsizetype end = command.indexOf(u'\'', i + 1);
            if (end < 0)
                return {}; // unbalanced: not a valid command
            word += command.mid(i + 1, end - i - 1);
            inWord = true;
            i = end;
        } else if (c == u'"') {
            inWord = true;
            for (++i; i < command.size() && command[i] != u'"'; ++i) {
                if (command[i] == u'\\' && i + 1 < command.size() &&
                    QStringView(u"$`\"\\\n").contains(command[i + 1]))
                    ++i;
                word += command[i];
            }
            if (i >= command.size())
                return {};
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    return words;
}

QString argumentAfter(const QStringList& words, const QString& option)
{
    const qsizetype at = words.indexOf(option);
    return at >= 0 && at + 1 < words.size() ? words[at + 1] : QString();
}

} // namespace

class TestJsonCodec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // Request bodies.
    void windowsBody_data();
    void windowsBody();
    void bulkBody_data();
    void bulkBody();
    void androidBody_data();
    void androidBody();
    void bodyFieldsAreTheDocumentedOnes();
    void integersStayIntegers();

    // Seed-page responses.
    void seedToken_data();
    void seedToken();
    void seedBulk();
    void androidState_data();
    void androidState();
    void segmentId_data();
    void segmentId();
    void absentOptionalFields();
    void unknownFieldsIgnored();
    void assignmentsSortedByPriority();

    // Lenient readers.
    void timestamp_data();
    void timestamp();
    void integer_data();
    void integer();
    void pagination_data();
    void pagination();
    void smallObjects();
    void requiredFieldsOfACreate();
    void numbersAsText();
    void tokenToJson();

    // Request previews and "copy as curl" (last: a crash in curlCommand must not hide the rest).
    void previewJoinsBaseUrl_data();
    void previewJoinsBaseUrl();
    void preview_data();
    void preview();
    void curlWithoutBody();
};

void TestJsonCodec::initTestCase()
{
    // Server timestamps must not depend on this computer's zone: run in one far from UTC.
    qputenv("TZ", "Pacific/Auckland");
    tzset();
    QVERIFY(!readSeedBytes(QStringLiteral("w1_response.json")).isEmpty());
}

// ---- request bodies ------------------------------------------------------------------------------------

void TestJsonCodec::windowsBody_data()
{
    QTest::addColumn<WindowsTokenRequest>("request");
    QTest::addColumn<QByteArray>("expected");

    WindowsTokenRequest request;
    request.mdmUserId = kUserId;

    request.settings.sendEmail = true;
    QTest::newRow("minimal, sendEmail true")
        << request << QByteArray(R"({"mdmUserId":"65f1a2b3c4d5e6f7a8b9c0cc","sendEmail":true})");

    request.settings.sendEmail = false;
    QTest::newRow("minimal, sendEmail false")
        << request << QByteArray(R"({"mdmUserId":"65f1a2b3c4d5e6f7a8b9c0cc","sendEmail":false})");

    request.settings.emailText = QStringLiteral("Welcome aboard");
    QTest::newRow("emailText omitted when sendEmail false")
        << request << QByteArray(R"({"mdmUserId":"65f1a2b3c4d5e6f7a8b9c0cc","sendEmail":false})");

    request.settings.sendEmail = true;
    QTest::newRow("emailText sent when sendEmail true")
        << request
        << QByteArray(
               R"({"mdmUserId":"65f1a2b3c4d5e6f7a8b9c0cc","sendEmail":true,"emailText":"Welcome aboard"})");

    request.settings.emailText.clear();
    request.settings.tags.clear();
    request.settings.assignments.clear();
    QTest::newRow("empty lists and text omitted")
        << request << QByteArray(R"({"mdmUserId":"65f1a2b3c4d5e6f7a8b9c0cc","sendEmail":true})");

    WindowsTokenRequest zeros;
    zeros.mdmUserId = kUserId;
    zeros.settings.segmentId = 0;
    zeros.settings.assignments = {{kPolicyA, 0}};
    QTest::newRow("zero segmentId and priority are sent")
        << zeros << QByteArray(R"({"mdmUserId":"65f1a2b3c4d5e6f7a8b9c0cc","sendEmail":false,"segmentId":0,
                         "winPolicyAssignments":[{"winPolicyId":"65f1a2b3c4d5e6f7a8b9c0e1","priority":0}]})");

    WindowsTokenRequest full;
    full.mdmUserId = kUserId;
    full.settings.sendEmail = true;
    full.settings.displayName = QStringLiteral("Portátil – Ana 設");
    full.settings.tags = QStringList{QStringLiteral("it"), QStringLiteral("laptops")};
    full.settings.durationSeconds = 86400;
    full.settings.language = QStringLiteral("en");
    full.settings.emailText = QStringLiteral("Click the link.\nThanks!");
    full.settings.policyId = kPolicyA;
    full.settings.assignments = {{kPolicyA, 0}, {kPolicyB, 10000}};
    full.settings.segmentId = 1;
    QTest::newRow("everything set") << full << QByteArray(R"({
        "mdmUserId": "65f1a2b3c4d5e6f7a8b9c0cc",
        "sendEmail": true,
        "displayName": "Portátil – Ana 設",
        "tags": ["it", "laptops"],
        "duration": 86400,
        "language": "en",
        "emailText": "Click the link.\nThanks!",
        "winPolicyId": "65f1a2b3c4d5e6f7a8b9c0e1",
        "winPolicyAssignments": [
            {"winPolicyId": "65f1a2b3c4d5e6f7a8b9c0e1", "priority": 0},
            {"winPolicyId": "65f1a2b3c4d5e6f7a8b9c0e2", "priority": 10000}
        ],
        "segmentId": 1
    })");

    // Assignment order is what the user arranged; the body keeps it.
    WindowsTokenRequest reversed = full;
    reversed.settings = {};
    reversed.settings.assignments = {{kPolicyB, 9}, {kPolicyA, 1}};
    QTest::newRow("assignment order kept") << reversed << QByteArray(R"({
        "mdmUserId": "65f1a2b3c4d5e6f7a8b9c0cc", "sendEmail": false,
        "winPolicyAssignments": [
            {"winPolicyId": "65f1a2b3c4d5e6f7a8b9c0e2", "priority": 9},
            {"winPolicyId": "65f1a2b3c4d5e6f7a8b9c0e1", "priority": 1}
        ]
    })");
}

void TestJsonCodec::windowsBody()
{
    QFETCH(WindowsTokenRequest, request);
    QFETCH(QByteArray, expected);

    const QJsonObject body = JsonCodec::toJson(request);
    const QJsonDocument expectedDocument = QJsonDocument::fromJson(expected);
    QVERIFY(expectedDocument.isObject());
    QVERIFY2(QJsonDocument(body) == expectedDocument,
             jsonDiff(QJsonDocument(body), expectedDocument).constData());
    // Never the schema-dump shape the docs print.
    QVERIFY(!body.contains(QLatin1StringView("children")));
    QVERIFY(!body.contains(QLatin1StringView("type")));
    QVERIFY(body.value(QLatin1StringView("sendEmail")).isBool());
    // Android names never leak into a Windows body.
    QVERIFY(!body.contains(QLatin1StringView("policyId")));
    QVERIFY(!body.contains(QLatin1StringView("emmPolicyAssignments")));
}

void TestJsonCodec::bulkBody_data()
{
    QTest::addColumn<WindowsBulkRequest>("request");
    QTest::addColumn<QByteArray>("expected");

    WindowsBulkRequest request;
    request.userEmails = QStringList{QStringLiteral("ana@example.com"), QStringLiteral("bob@example.org")};
    QTest::newRow("two e-mails, sendEmail false")
        << request << QByteArray(R"({"userEmails":["ana@example.com","bob@example.org"],"sendEmail":false})");

    request.settings.sendEmail = true;
    request.settings.emailText = QStringLiteral("Hello");
    request.settings.durationSeconds = 604800;
    request.settings.language = QStringLiteral("es");
    request.settings.tags = QStringList{QStringLiteral("bulk")};
    request.settings.policyId = kPolicyB;
    request.settings.assignments = {{kPolicyA, 5}};
    QTest::newRow("settings shared by every token") << request << QByteArray(R"({
        "userEmails": ["ana@example.com", "bob@example.org"],
        "sendEmail": true, "emailText": "Hello", "duration": 604800, "language": "es", "tags": ["bulk"],
        "winPolicyId": "65f1a2b3c4d5e6f7a8b9c0e2",
        "winPolicyAssignments": [{"winPolicyId": "65f1a2b3c4d5e6f7a8b9c0e1", "priority": 5}]
    })");

    request.settings.sendEmail = false;
    QTest::newRow("emailText omitted when sendEmail false") << request << QByteArray(R"({
        "userEmails": ["ana@example.com", "bob@example.org"],
        "sendEmail": false, "duration": 604800, "language": "es", "tags": ["bulk"],
        "winPolicyId": "65f1a2b3c4d5e6f7a8b9c0e2",
        "winPolicyAssignments": [{"winPolicyId": "65f1a2b3c4d5e6f7a8b9c0e1", "priority": 5}]
    })");
}

void TestJsonCodec::bulkBody()
{
    QFETCH(WindowsBulkRequest, request);
    QFETCH(QByteArray, expected);

    const QJsonObject body = JsonCodec::toJson(request);
    const QJsonDocument expectedDocument = QJsonDocument::fromJson(expected);
    QVERIFY(expectedDocument.isObject());
    QVERIFY2(QJsonDocument(body) == expectedDocument,
             jsonDiff(QJsonDocument(body), expectedDocument).constData());
    QVERIFY(!body.contains(QLatin1StringView("children")));
    QVERIFY(!body.contains(QLatin1StringView("mdmUserId")));
}

void TestJsonCodec::androidBody_data()
{
    QTest::addColumn<AndroidTokenRequest>("request");
    QTest::addColumn<QByteArray>("expected");

    AndroidTokenRequest request;
    request.mdmUserId = kUserId;
    for (const char* mode : {"DEVICE_OWNER", "PROFILE_OWNER", "COPE", "USERLESS"}) {
        request.managementMode = QString::fromLatin1(mode);
        QTest::newRow(mode) << request
                            << (QByteArray(R"({"mdmUserId":"65f1a2b3c4d5e6f7a8b9c0cc","managementMode":")") +
                                mode + R"(","sendEmail":false})");
    }

    request.managementMode = QStringLiteral("COPE");
    request.settings.sendEmail = true;
    request.settings.displayName = QStringLiteral("Scanner 7");
    request.settings.tags = QStringList{QStringLiteral("warehouse")};
    request.settings.durationSeconds = 60;
    request.settings.language = QStringLiteral("ru");
    request.settings.emailText = QStringLiteral("Сканируйте QR-код");
    request.settings.policyId = kPolicyA;
    request.settings.assignments = {{kPolicyB, 10}, {kPolicyA, 20}};
    request.settings.segmentId = 9007199254740991LL;
    QTest::newRow("everything set") << request << QByteArray(R"({
        "mdmUserId": "65f1a2b3c4d5e6f7a8b9c0cc",
        "managementMode": "COPE",
        "sendEmail": true,
        "displayName": "Scanner 7",
        "tags": ["warehouse"],
        "duration": 60,
        "language": "ru",
        "emailText": "Сканируйте QR-код",
        "policyId": "65f1a2b3c4d5e6f7a8b9c0e1",
        "emmPolicyAssignments": [
            {"emmPolicyId": "65f1a2b3c4d5e6f7a8b9c0e2", "priority": 10},
            {"emmPolicyId": "65f1a2b3c4d5e6f7a8b9c0e1", "priority": 20}
        ],
        "segmentId": 9007199254740991
    })");

    request.settings.sendEmail = false;
    request.settings.segmentId.reset();
    request.settings.assignments.clear();
    QTest::newRow("emailText omitted when sendEmail false") << request << QByteArray(R"({
        "mdmUserId": "65f1a2b3c4d5e6f7a8b9c0cc", "managementMode": "COPE", "sendEmail": false,
        "displayName": "Scanner 7", "tags": ["warehouse"], "duration": 60, "language": "ru",
        "policyId": "65f1a2b3c4d5e6f7a8b9c0e1"
    })");
}

void TestJsonCodec::androidBody()
{
    QFETCH(AndroidTokenRequest, request);
    QFETCH(QByteArray, expected);

    const QJsonObject body = JsonCodec::toJson(request);
    const QJsonDocument expectedDocument = QJsonDocument::fromJson(expected);
    QVERIFY(expectedDocument.isObject());
    QVERIFY2(QJsonDocument(body) == expectedDocument,
             jsonDiff(QJsonDocument(body), expectedDocument).constData());
    QVERIFY(!body.contains(QLatin1StringView("children")));
    // Windows names never leak into an Android body.
    QVERIFY(!body.contains(QLatin1StringView("winPolicyId")));
    QVERIFY(!body.contains(QLatin1StringView("winPolicyAssignments")));
}

void TestJsonCodec::bodyFieldsAreTheDocumentedOnes()
{
    TokenSettings settings;
    settings.sendEmail = true;
    settings.displayName = QStringLiteral("n");
    settings.tags = QStringList{QStringLiteral("t")};
    settings.durationSeconds = 3600;
    settings.language = QStringLiteral("de");
    settings.emailText = QStringLiteral("e");
    settings.policyId = kPolicyA;
    settings.assignments = {{kPolicyB, 1}};
    settings.segmentId = 2;

    // Android: exactly the keys of the page's flat example body, and the same key names inside assignments.
    const QJsonObject documentedAndroid = seed(QStringLiteral("a1_request.json"));
    QVERIFY(!documentedAndroid.isEmpty());
    const QJsonObject android =
        JsonCodec::toJson(AndroidTokenRequest{kUserId, QStringLiteral("USERLESS"), settings});
    QStringList androidKeys = android.keys();
    QStringList documentedKeys = documentedAndroid.keys();
    QCOMPARE(androidKeys, documentedKeys);
    QCOMPARE(android.value(QLatin1StringView("emmPolicyAssignments")).toArray().first().toObject().keys(),
             documentedAndroid.value(QLatin1StringView("emmPolicyAssignments"))
                 .toArray()
                 .first()
                 .toObject()
                 .keys());

    // Windows: every key is one the schema dump lists under `children` (plus the top-level id or e-mails).
    const auto checkAgainstDump = [](const QJsonObject& body, const QString& dumpFile,
                                     const QString& topLevel) {
        const QJsonObject dump = seed(dumpFile);
        const QJsonObject children = dump.value(QLatin1StringView("children")).toObject();
        QVERIFY2(!children.isEmpty(), qPrintable(dumpFile));
        QVERIFY(dump.contains(topLevel));
        for (const QString& key : body.keys())
            QVERIFY2(key == topLevel || children.contains(key), qPrintable(key));
        // ...and a body with every setting sends every one of them.
        for (const QString& key : children.keys())
            QVERIFY2(body.contains(key), qPrintable(key));
        const QJsonObject assignment =
            body.value(QLatin1StringView("winPolicyAssignments")).toArray().first().toObject();
        const QJsonObject dumpAssignment = children.value(QLatin1StringView("winPolicyAssignments"))
                                               .toObject()
                                               .value(QLatin1StringView("items"))
                                               .toObject()
                                               .value(QLatin1StringView("children"))
                                               .toObject();
        QCOMPARE(assignment.keys(), dumpAssignment.keys());
    };
    checkAgainstDump(JsonCodec::toJson(WindowsTokenRequest{kUserId, settings}),
                     QStringLiteral("w1_request_schema_dump.json"), QStringLiteral("mdmUserId"));
    if (QTest::currentTestFailed())
        return;
    checkAgainstDump(
        JsonCodec::toJson(WindowsBulkRequest{QStringList{QStringLiteral("a@example.com")}, settings}),
        QStringLiteral("w2_request_schema_dump.json"), QStringLiteral("userEmails"));
}

void TestJsonCodec::integersStayIntegers()
{
    // Joi's integer() rule: the wire text must be a plain integer, never 8.64e+04 or 86400.0.
    AndroidTokenRequest request;
    request.mdmUserId = kUserId;
    request.managementMode = QStringLiteral("COPE");
    request.settings.durationSeconds = 2592000;
    request.settings.segmentId = 9007199254740991LL;
    request.settings.assignments = {{kPolicyA, 10000}};
    const QByteArray wire = QJsonDocument(JsonCodec::toJson(request)).toJson(QJsonDocument::Compact);
    QVERIFY2(wire.contains(R"("duration":2592000,)"), wire.constData());
    QVERIFY2(wire.contains(R"("segmentId":9007199254740991)"), wire.constData());
    QVERIFY2(wire.contains(R"("priority":10000)"), wire.constData());
}

// ---- seed-page responses -------------------------------------------------------------------------------

void TestJsonCodec::seedToken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<EnrollmentToken>("expected");

    {
        // 000 (and 003): the realistic Windows example, timestamps with the stray space, segmentId "1".
        EnrollmentToken t;
        t.platform = Platform::Windows;
        t.id = kSeedId;
        t.organizationId = kSeedId;
        t.userId = kSeedId;
        t.userEmail = QStringLiteral("[email protected]");
        t.displayName = QStringLiteral("Engineering Laptop - John Doe");
        t.tags =
            QStringList{QStringLiteral("engineering"), QStringLiteral("laptop"), QStringLiteral("corporate")};
        t.state = QStringLiteral("PENDING");
        t.type = QStringLiteral("enrollment");
        t.subType = QStringLiteral("standard");
        t.updatedAt = utc(2026, 2, 10, 12, 0, 0);
        t.createdAt = utc(2026, 1, 15, 9, 30, 0);
        t.expireAt = utc(2026, 3, 15, 9, 30, 0);
        t.enrollmentLink = QStringLiteral("https://mdm.company.com/enroll?token=abc123def456");
        t.enrollCode = QStringLiteral("ABC123");
        t.policyId = kSeedId;
        t.assignments = {{kSeedId, QStringLiteral("Corporate Security Policy"), 100}};
        t.sendEmail = true;
        t.emailText = QStringLiteral(
            "Welcome to the corporate device management program. Click the link to enroll your device.");
        t.segmentId = 1;
        QTest::newRow("W1 example (000)") << QStringLiteral("w1_response.json") << t;
    }
    {
        // 001: the older rendering, "string" placeholders, a fully expanded winPolicy, no segmentId.
        EnrollmentToken t;
        t.platform = Platform::Windows;
        const QString s = QStringLiteral("string");
        t.id = t.organizationId = t.userId = t.userEmail = t.displayName = s;
        t.tags = QStringList{s};
        t.state = QStringLiteral("PENDING");
        t.type = t.subType = t.enrollmentLink = t.enrollCode = t.policyId = t.emailText = s;
        t.createdAt = t.updatedAt = t.expireAt = utc(2024, 1, 1, 0, 0, 0);
        t.assignments = {{s, s, 0}};
        t.sendEmail = true;
        QTest::newRow("W1 schema example (001)") << QStringLiteral("w1_response_schema.json") << t;
    }
    {
        // 004: every field documented, values are placeholders; timestamps "string" are not dates.
        EnrollmentToken t;
        t.platform = Platform::Android;
        const QString s = QStringLiteral("string");
        t.id = t.organizationId = t.userId = t.userEmail = t.displayName = s;
        t.tags = QStringList{s};
        t.state = QStringLiteral("PENDING");
        t.type = t.subType = t.enrollmentLink = t.enrollCode = t.qrcodeUrl = t.emailText = s;
        t.managementMode = QStringLiteral("DEVICE_OWNER");
        t.assignments = {{s, QString(), 0}}; // emmPolicy is a bare string: no name to show
        t.sendEmail = true;
        t.perpetual = true;
        t.segmentId = 0;
        QTest::newRow("A1 example (004)") << QStringLiteral("a1_response.json") << t;
    }
    {
        // Built from 004's documented fields with realistic values (see the file's $comment).
        EnrollmentToken t;
        t.platform = Platform::Android;
        t.id = QStringLiteral("65f1a2b3c4d5e6f7a8b9c0d1");
        t.organizationId = QStringLiteral("65f1a2b3c4d5e6f7a8b9c0aa");
        t.userId = kUserId;
        t.userEmail = QStringLiteral("ana.garcia@example.com");
        t.displayName = QStringLiteral("Warehouse scanner - Ana");
        t.tags = QStringList{QStringLiteral("warehouse"), QStringLiteral("scanner")};
        t.state = QStringLiteral("PENDING");
        t.type = QStringLiteral("enrollment");
        t.subType = QStringLiteral("standard");
        t.createdAt = utc(2026, 3, 14, 9, 30, 0);
        t.updatedAt = utc(2026, 3, 14, 9, 31, 5, 250);
        t.expireAt = utc(2026, 3, 15, 9, 30, 0);
        t.enrollmentLink = QStringLiteral("https://enterprise.google.com/android/enroll?et=QWERTY12");
        t.enrollCode = QStringLiteral("QWERTY12");
        t.qrcodeUrl =
            QStringLiteral("https://api.applivery.io/v1/organizations/65f1a2b3c4d5e6f7a8b9c0aa/mdm/android/"
                           "enterprise/enrollment-tokens/65f1a2b3c4d5e6f7a8b9c0d1/qrcode");
        t.managementMode = QStringLiteral("DEVICE_OWNER");
        // Sent as priority 20 then 10: shown in priority order.
        t.assignments = {{kPolicyA, QStringLiteral("Baseline security"), 10},
                         {kPolicyB, QStringLiteral("Kiosk apps"), 20}};
        t.sendEmail = true;
        t.emailText = QStringLiteral("Scan the QR code with the new device.");
        t.segmentId = 7;
        t.perpetual = false;
        QTest::newRow("A1 complete (built from 004)") << QStringLiteral("a1_response_complete.json") << t;
    }
}

void TestJsonCodec::seedToken()
{
    QFETCH(QString, file);
    QFETCH(EnrollmentToken, expected);

    const QJsonObject envelope = seed(file);
    QCOMPARE(envelope.value(QLatin1StringView("status")), QJsonValue(true));
    const QJsonObject data = envelope.value(QLatin1StringView("data")).toObject();
    QVERIFY(!data.isEmpty());

    const EnrollmentToken token = expected.platform == Platform::Windows
                                      ? JsonCodec::windowsTokenFromJson(data)
                                      : JsonCodec::androidTokenFromJson(data);
    compareToken(token, expected);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(token.raw, data);
    // Parsed instants are UTC whatever this computer's zone.
    for (const QDateTime& when : {token.createdAt, token.updatedAt, token.expireAt}) {
        if (when.isValid())
            QCOMPARE(when.offsetFromUtc(), 0);
    }
}

void TestJsonCodec::seedBulk()
{
    const QJsonObject envelope = seed(QStringLiteral("w2_response.json"));
    QCOMPARE(envelope.value(QLatin1StringView("status")), QJsonValue(true));
    const BulkResult result =
        JsonCodec::bulkResultFromJson(envelope.value(QLatin1StringView("data")).toObject());
    QCOMPARE(result.total, 10);
    QCOMPARE(result.success, 9);
    QCOMPARE(result.fail, 1);
    QCOMPARE(result.raw.value(QLatin1StringView("total")).toInt(), 10);

    QVERIFY(JsonCodec::missingBulkFields(QJsonValue(envelope.value(QLatin1StringView("data")))).isEmpty());

    // The schema types the counts as float: accept 10.0 and numeric strings; absent counts are 0.
    const BulkResult loose = JsonCodec::bulkResultFromJson(parseObject(R"({"total":3.0,"success":"2"})"));
    QCOMPARE(loose.total, 3);
    QCOMPARE(loose.success, 2);
    QCOMPARE(loose.fail, 0);
}

void TestJsonCodec::androidState_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("state");

    QTest::newRow("status only") << QByteArray(R"({"id":"x","status":"DONE"})") << QStringLiteral("DONE");
    QTest::newRow("state only") << QByteArray(R"({"id":"x","state":"EXPIRED"})") << QStringLiteral("EXPIRED");
    QTest::newRow("both, equal") << QByteArray(R"({"id":"x","status":"PENDING","state":"PENDING"})")
                                 << QStringLiteral("PENDING");
    // The A1 reference (seed 004): `status` is the current lifecycle state, `state` the legacy field kept
    // for older API versions. Read status, fall back to state.
    QTest::newRow("both, different") << QByteArray(R"({"id":"x","status":"PENDING","state":"DELETED"})")
                                     << QStringLiteral("PENDING");
    QTest::newRow("status empty, state set")
        << QByteArray(R"({"id":"x","status":"","state":"DONE"})") << QStringLiteral("DONE");
    QTest::newRow("processing") << QByteArray(R"({"id":"x","status":"PROCESSING","state":"PENDING"})")
                                << QStringLiteral("PROCESSING");
    QTest::newRow("neither") << QByteArray(R"({"id":"x"})") << QString();
}

void TestJsonCodec::androidState()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, state);
    const EnrollmentToken token = JsonCodec::androidTokenFromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(token.id, QStringLiteral("x"));
    QCOMPARE(token.state, state);
}

void TestJsonCodec::segmentId_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("segment");

    QTest::newRow("string \"1\"") << QByteArray(R"({"segmentId":"1"})") << true << qint64(1);
    QTest::newRow("number 1") << QByteArray(R"({"segmentId":1})") << true << qint64(1);
    QTest::newRow("number 0") << QByteArray(R"({"segmentId":0})") << true << qint64(0);
    QTest::newRow("2^53-1") << QByteArray(R"({"segmentId":9007199254740991})") << true
                            << qint64(9007199254740991);
    QTest::newRow("absent") << QByteArray(R"({})") << false << qint64(0);
    QTest::newRow("null") << QByteArray(R"({"segmentId":null})") << false << qint64(0);
    QTest::newRow("not a number") << QByteArray(R"({"segmentId":"abc"})") << false << qint64(0);
}

void TestJsonCodec::segmentId()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, present);
    QFETCH(qint64, segment);

    const QJsonObject data = QJsonDocument::fromJson(json).object();
    const std::optional<qint64> expected = present ? std::optional<qint64>(segment) : std::nullopt;
    QCOMPARE(JsonCodec::windowsTokenFromJson(data).segmentId, expected);
    QCOMPARE(JsonCodec::androidTokenFromJson(data).segmentId, expected);
}

void TestJsonCodec::absentOptionalFields()
{
    const QJsonObject data = parseObject(R"({"id":"65f1a2b3c4d5e6f7a8b9c0d1"})");
    for (const EnrollmentToken& token :
         {JsonCodec::windowsTokenFromJson(data), JsonCodec::androidTokenFromJson(data)}) {
        QCOMPARE(token.id, QStringLiteral("65f1a2b3c4d5e6f7a8b9c0d1"));
        QVERIFY(token.organizationId.isEmpty());
        QVERIFY(token.userId.isEmpty());
        QVERIFY(token.userEmail.isEmpty());
        QVERIFY(token.displayName.isEmpty());
        QVERIFY(token.tags.isEmpty());
        QVERIFY(token.state.isEmpty());
        QVERIFY(!token.createdAt.isValid());
        QVERIFY(!token.updatedAt.isValid());
        QVERIFY(!token.expireAt.isValid());
        QVERIFY(token.enrollmentLink.isEmpty());
        QVERIFY(token.enrollCode.isEmpty());
        QVERIFY(token.qrcodeUrl.isEmpty());
        QVERIFY(token.policyId.isEmpty());
        QVERIFY(token.assignments.isEmpty());
        QVERIFY(!token.sendEmail);
        QVERIFY(token.emailText.isEmpty());
        QVERIFY(!token.segmentId.has_value());
        QVERIFY(!token.perpetual);
    }

    // Windows without expireAt: the summary's expiry is used.
    const EnrollmentToken fromSummary = JsonCodec::windowsTokenFromJson(
        parseObject(R"({"summary":{"expirationTimestamp":"2026-03-15T09:30:00Z"}})"));
    QCOMPARE(fromSummary.expireAt, utc(2026, 3, 15, 9, 30, 0));
    // Android: config, then summary; managementMode from the summary when the top level lacks it.
    const EnrollmentToken android = JsonCodec::androidTokenFromJson(
        parseObject(R"({"summary":{"managementMode":"COPE","expirationTimestamp":"2026-03-16T00:00:00Z"}})"));
    QCOMPARE(android.expireAt, utc(2026, 3, 16, 0, 0, 0));
    QCOMPARE(android.managementMode, QStringLiteral("COPE"));
}

void TestJsonCodec::unknownFieldsIgnored()
{
    QJsonObject data = seedData(QStringLiteral("w1_response.json"));
    const EnrollmentToken plain = JsonCodec::windowsTokenFromJson(data);
    data.insert(QStringLiteral("brandNewField"), QJsonObject{{QStringLiteral("nested"), QJsonArray{1, 2}}});
    data.insert(QStringLiteral("riskScore"), 0.5);
    data.insert(QStringLiteral("labels"), QJsonValue::Null);
    const EnrollmentToken extended = JsonCodec::windowsTokenFromJson(data);
    compareToken(extended, plain);
    // Kept verbatim for --json and support.
    QVERIFY(extended.raw.contains(QLatin1StringView("brandNewField")));

    QJsonObject androidData = seedData(QStringLiteral("a1_response_complete.json"));
    const EnrollmentToken androidPlain = JsonCodec::androidTokenFromJson(androidData);
    androidData.insert(QStringLiteral("dpcExtras"), QJsonArray{QStringLiteral("x")});
    compareToken(JsonCodec::androidTokenFromJson(androidData), androidPlain);
}

void TestJsonCodec::assignmentsSortedByPriority()
{
    const QJsonObject data = parseObject(R"({
        "winPolicyId": {"id": "65f1a2b3c4d5e6f7a8b9c0aa", "name": "Base"},
        "winPolicyAssignments": [
            {"winPolicyId": "65f1a2b3c4d5e6f7a8b9c0e3", "winPolicy": {"id": "65f1a2b3c4d5e6f7a8b9c0e3", "name": "Third"}, "priority": 300},
            {"winPolicyId": "65f1a2b3c4d5e6f7a8b9c0e1", "winPolicy": {"id": "65f1a2b3c4d5e6f7a8b9c0e1", "name": "First"}, "priority": 5},
            {"winPolicy": {"id": "65f1a2b3c4d5e6f7a8b9c0e2", "name": "Second"}, "priority": "100"},
            {"winPolicyId": "65f1a2b3c4d5e6f7a8b9c0e4", "priority": 300}
        ]
    })");
    const EnrollmentToken token = JsonCodec::windowsTokenFromJson(data);
    // An expanded policy reference gives its id.
    QCOMPARE(token.policyId, QStringLiteral("65f1a2b3c4d5e6f7a8b9c0aa"));
    // Priority order; equal priorities keep the server's order; the id comes from the expansion when
    // the plain id is missing; no expansion means no name.
    QCOMPARE(describe(token.assignments), QStringLiteral("65f1a2b3c4d5e6f7a8b9c0e1|First|5;"
                                                         "65f1a2b3c4d5e6f7a8b9c0e2|Second|100;"
                                                         "65f1a2b3c4d5e6f7a8b9c0e3|Third|300;"
                                                         "65f1a2b3c4d5e6f7a8b9c0e4||300"));
}

// ---- lenient readers -----------------------------------------------------------------------------------

void TestJsonCodec::timestamp_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("expected"); // invalid: not a timestamp

    const QDateTime noon = utc(2026, 2, 10, 12, 0, 0);
    QTest::newRow("stray space (docs)") << QJsonValue(QStringLiteral("2026-02-10T12: 00:00Z")) << noon;
    // RFC 3339 lets a space separate the date and the time.
    QTest::newRow("space separator") << QJsonValue(QStringLiteral("2026-02-10 12:00:00Z")) << noon;
    QTest::newRow("space separator, stray space")
        << QJsonValue(QStringLiteral("2026-02-10 12: 00:00Z")) << noon;
    QTest::newRow("stray space, other time")
        << QJsonValue(QStringLiteral("2026-01-15T09: 30:00Z")) << utc(2026, 1, 15, 9, 30, 0);
    QTest::newRow("ISO without ms") << QJsonValue(QStringLiteral("2026-02-10T12:00:00Z")) << noon;
    QTest::newRow("ISO with ms") << QJsonValue(QStringLiteral("2026-02-10T12:00:00.123Z"))
                                 << utc(2026, 2, 10, 12, 0, 0, 123);
    QTest::newRow("ISO with zero ms") << QJsonValue(QStringLiteral("2026-02-10T12:00:00.000Z")) << noon;
    QTest::newRow("stray space with ms")
        << QJsonValue(QStringLiteral("2026-02-10T12: 00:00.250Z")) << utc(2026, 2, 10, 12, 0, 0, 250);
    QTest::newRow("offset +02:00") << QJsonValue(QStringLiteral("2026-02-10T14:00:00+02:00")) << noon;
    QTest::newRow("offset -05:30 with ms")
        << QJsonValue(QStringLiteral("2026-02-10T06:30:00.500-05:30")) << utc(2026, 2, 10, 12, 0, 0, 500);
    // RFC 3339 requires a zone; a server's zone-less time is UTC, not this computer's local time.
    QTest::newRow("no zone designator is UTC") << QJsonValue(QStringLiteral("2026-02-10T12:00:00")) << noon;
    QTest::newRow("surrounding spaces") << QJsonValue(QStringLiteral("  2026-02-10T12:00:00Z ")) << noon;
    QTest::newRow("bare date") << QJsonValue(QStringLiteral("2026-02-10")) << utc(2026, 2, 10, 0, 0, 0);
    QTest::newRow("epoch ms number") << QJsonValue(1770724800000.0) << noon;
    QTest::newRow("epoch ms number with ms")
        << QJsonValue(1770724800123.0) << utc(2026, 2, 10, 12, 0, 0, 123);
    QTest::newRow("epoch ms string") << QJsonValue(QStringLiteral("1770724800000")) << noon;
    QTest::newRow("epoch 0") << QJsonValue(0) << utc(1970, 1, 1, 0, 0, 0);
    // Seconds, as many servers write them: below 1e11 (1973 in ms) a number is seconds.
    QTest::newRow("epoch seconds number") << QJsonValue(1770724800.0) << noon;
    QTest::newRow("epoch seconds string") << QJsonValue(QStringLiteral("1770724800")) << noon;
    QTest::newRow("epoch seconds with a fraction")
        << QJsonValue(1770724800.25) << utc(2026, 2, 10, 12, 0, 0, 250);
    QTest::newRow("epoch seconds, 123 ms") << QJsonValue(1770724800.123) << utc(2026, 2, 10, 12, 0, 0, 123);
    QTest::newRow("compact date") << QJsonValue(QStringLiteral("20260210")) << utc(2026, 2, 10, 0, 0, 0);
    // Beyond what a date can be (and what qint64 holds): no date, not a wrapped one.
    QTest::newRow("after the year 9999") << QJsonValue(8.64e15) << QDateTime();
    QTest::newRow("1e300") << QJsonValue(1e300) << QDateTime();
    QTest::newRow("1e300 string") << QJsonValue(QStringLiteral("1e300")) << QDateTime();
    QTest::newRow("over 2^53, string") << QJsonValue(QStringLiteral("9007199254740993")) << QDateTime();
    QTest::newRow("before 1970") << QJsonValue(-86400.0) << QDateTime();
    QTest::newRow("infinity string") << QJsonValue(QStringLiteral("inf")) << QDateTime();

    QTest::newRow("placeholder \"string\"") << QJsonValue(QStringLiteral("string")) << QDateTime();
    QTest::newRow("empty string") << QJsonValue(QString()) << QDateTime();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QDateTime();
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << QDateTime();
    QTest::newRow("bool") << QJsonValue(true) << QDateTime();
    QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("$date"), 1}}) << QDateTime();
    QTest::newRow("month 13") << QJsonValue(QStringLiteral("2026-13-01T00:00:00Z")) << QDateTime();
    QTest::newRow("words") << QJsonValue(QStringLiteral("tomorrow at noon")) << QDateTime();
}

void TestJsonCodec::timestamp()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);

    const QDateTime parsed = JsonCodec::parseTimestamp(value);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    QCOMPARE(parsed, expected);
    QCOMPARE(parsed.offsetFromUtc(), 0);
}

void TestJsonCodec::integer_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("number");

    QTest::newRow("number 1") << QJsonValue(1) << true << qint64(1);
    QTest::newRow("string \"1\"") << QJsonValue(QStringLiteral("1")) << true << qint64(1);
    QTest::newRow("string with spaces") << QJsonValue(QStringLiteral(" 12 ")) << true << qint64(12);
    QTest::newRow("float 3.0") << QJsonValue(3.0) << true << qint64(3);
    QTest::newRow("negative") << QJsonValue(-4) << true << qint64(-4);
    QTest::newRow("2^53-1") << QJsonValue(qint64(9007199254740991)) << true << qint64(9007199254740991);
    QTest::newRow("string 2^53-1") << QJsonValue(QStringLiteral("9007199254740991")) << true
                                   << qint64(9007199254740991);
    QTest::newRow("2^53") << QJsonValue(9007199254740992.0) << true << qint64(9007199254740992);
    // Past 2^53 a JSON number is not an exact integer any more; 1e300 once came out as INT64_MIN.
    QTest::newRow("2^53 + 2") << QJsonValue(9007199254740994.0) << false << qint64(0);
    QTest::newRow("1e300") << QJsonValue(1e300) << false << qint64(0);
    QTest::newRow("-1e300") << QJsonValue(-1e300) << false << qint64(0);
    QTest::newRow("string past qint64")
        << QJsonValue(QStringLiteral("99999999999999999999")) << false << qint64(0);
    QTest::newRow("fraction 1.5") << QJsonValue(1.5) << false << qint64(0);
    QTest::newRow("string fraction") << QJsonValue(QStringLiteral("1.5")) << false << qint64(0);
    QTest::newRow("empty string") << QJsonValue(QString()) << false << qint64(0);
    QTest::newRow("words") << QJsonValue(QStringLiteral("one")) << false << qint64(0);
    QTest::newRow("bool") << QJsonValue(true) << false << qint64(0);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << qint64(0);
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << false << qint64(0);
    QTest::newRow("array") << QJsonValue(QJsonArray{1}) << false << qint64(0);
}

void TestJsonCodec::integer()
{
    QFETCH(QJsonValue, value);
    QFETCH(bool, valid);
    QFETCH(qint64, number);
    QCOMPARE(JsonCodec::parseInteger(value), valid ? std::optional<qint64>(number) : std::nullopt);
}

void TestJsonCodec::pagination_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("items");
    QTest::addColumn<int>("totalDocs");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("totalPages");
    QTest::addColumn<bool>("hasPrev");
    QTest::addColumn<bool>("hasNext");

    QTest::newRow("middle page") << QByteArray(R"({"items":[{"id":"a"},{"id":"b"}],"totalDocs":45,"limit":20,
        "page":2,"totalPages":3,"hasPrevPage":true,"hasNextPage":true,"prevPage":1,"nextPage":3})")
                                 << 2 << 45 << 20 << 2 << 3 << true << true;
    QTest::newRow("first page") << QByteArray(R"({"items":[{"id":"a"}],"totalDocs":45,"limit":20,"page":1,
        "totalPages":3,"hasPrevPage":false,"hasNextPage":true})")
                                << 1 << 45 << 20 << 1 << 3 << false << true;
    QTest::newRow("last page") << QByteArray(R"({"items":[{"id":"a"}],"totalDocs":45,"limit":20,"page":3,
        "totalPages":3,"hasPrevPage":true,"hasNextPage":false})")
                               << 1 << 45 << 20 << 3 << 3 << true << false;
    QTest::newRow("flags absent: derived") << QByteArray(R"({"items":[],"totalDocs":45,"limit":20,"page":2,
        "totalPages":3})") << 0 << 45 << 20 << 2
                                           << 3 << true << true;
    QTest::newRow("numbers as strings") << QByteArray(R"({"items":[],"totalDocs":"45","limit":"20","page":"3",
        "totalPages":"3"})") << 0 << 45 << 20
                                        << 3 << 3 << true << false;
    QTest::newRow("flags contradict numbers")
        << QByteArray(R"({"items":[{}],"totalDocs":1,"limit":20,"page":1,
        "totalPages":1,"hasPrevPage":true,"hasNextPage":true})")
        << 1 << 1 << 20 << 1 << 1 << false << false;
    // The docs' placeholder: every number 0, both neighbours "exist", a stray lean:true.
    QTest::newRow("docs placeholder block") << QByteArray(R"({"items":[],"totalDocs":0,"limit":0,
        "hasPrevPage":true,"hasNextPage":true,"page":0,"totalPages":0,"prevPage":0,"nextPage":0,"lean":true})")
                                            << 0 << 0 << 0 << 1 << 0 << false << false;
    // P1's sample: items and totalDocs only.
    QTest::newRow("only totalDocs") << QByteArray(R"({"items":[{"id":"a"},{"id":"b"}],"totalDocs":2})") << 2
                                    << 2 << 2 << 1 << 1 << false << false;
    QTest::newRow("items only") << QByteArray(R"({"items":[{"id":"a"}]})") << 1 << 1 << 1 << 1 << 1 << false
                                << false;
    // Without totalPages the pages follow from totalDocs and the limit, and a stated next page stands.
    QTest::newRow("only totalDocs and limit, more pages")
        << QByteArray(R"({"items":[{"id":"a"},{"id":"b"}],"totalDocs":250,"limit":2})") << 2 << 250 << 2 << 1
        << 125 << false << true;
    QTest::newRow("only totalDocs, more than the items")
        << QByteArray(R"({"items":[{"id":"a"},{"id":"b"}],"totalDocs":250})") << 2 << 250 << 2 << 1 << 125
        << false << true;
    QTest::newRow("hasNextPage without totalPages")
        << QByteArray(R"({"items":[{"id":"a"}],"limit":1,"hasNextPage":true})") << 1 << 1 << 1 << 1 << 2
        << false << true;
    // The placeholder next to real items: there are at least those items, on page 1 of 1.
    QTest::newRow("placeholder block with items")
        << QByteArray(
               R"({"items":[{},{}],"totalDocs":0,"limit":0,"hasPrevPage":true,"hasNextPage":true,"page":0,"totalPages":0})")
        << 2 << 2 << 0 << 1 << 1 << false << false;
    QTest::newRow("empty object") << QByteArray(R"({})") << 0 << 0 << 0 << 1 << 0 << false << false;
}

void TestJsonCodec::pagination()
{
    QFETCH(QByteArray, json);
    QFETCH(int, items);
    QFETCH(int, totalDocs);
    QFETCH(int, limit);
    QFETCH(int, page);
    QFETCH(int, totalPages);
    QFETCH(bool, hasPrev);
    QFETCH(bool, hasNext);

    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY(document.isObject());
    const Page<QJsonObject> parsed = JsonCodec::pageFromJson(document.object());
    QCOMPARE(parsed.items.size(), items);
    QCOMPARE(parsed.totalDocs, totalDocs);
    QCOMPARE(parsed.limit, limit);
    QCOMPARE(parsed.page, page);
    QCOMPARE(parsed.totalPages, totalPages);
    QCOMPARE(parsed.hasPrevPage, hasPrev);
    QCOMPARE(parsed.hasNextPage, hasNext);
}

void TestJsonCodec::smallObjects()
{
    const MdmUser user = JsonCodec::userFromJson(parseObject(
        R"({"id":"65f1a2b3c4d5e6f7a8b9c0cc","email":"ana@example.com","name":"Ana","tags":["it",3,"hq"],
            "language":"es","metadata":{"x":1}})"));
    QCOMPARE(user.id, kUserId);
    QCOMPARE(user.email, QStringLiteral("ana@example.com"));
    QCOMPARE(user.name, QStringLiteral("Ana"));
    QCOMPARE(user.tags, (QStringList{QStringLiteral("it"), QStringLiteral("hq")}));
    QCOMPARE(user.language, QStringLiteral("es"));

    // P2 items carry no type: the caller's default applies; P1 items keep their own.
    const Policy android = JsonCodec::policyFromJson(
        parseObject(R"({"id":"p","name":"Kiosk","version":"3"})"), QStringLiteral("android"));
    QCOMPARE(android.type, QStringLiteral("android"));
    QCOMPARE(android.name, QStringLiteral("Kiosk"));
    const Policy windows = JsonCodec::policyFromJson(parseObject(R"({"id":"p","name":"W","type":"windows"})"),
                                                     QStringLiteral("android"));
    QCOMPARE(windows.type, QStringLiteral("windows"));

    const Organization organization = JsonCodec::organizationFromJson(
        parseObject(R"({"id":"698efa6ed851667d9c0aec88","name":"Acme","slug":"acme"})"));
    QCOMPARE(organization.id, kSeedId);
    QCOMPARE(organization.name, QStringLiteral("Acme"));
    QCOMPARE(organization.slug, QStringLiteral("acme"));
}

void TestJsonCodec::requiredFieldsOfACreate()
{
    // The references mark a token's id (and its code or link) and a bulk answer's three counts required:
    // a 200 without them is not a token to show or a count to trust.
    QVERIFY(JsonCodec::missingTokenFields(seedData(QStringLiteral("w1_response.json"))).isEmpty());
    QVERIFY(JsonCodec::missingTokenFields(seedData(QStringLiteral("a1_response.json"))).isEmpty());
    // (moc cannot read raw strings inside macro arguments: the JSON texts come first.)
    const QList<const char*> lacking{R"({})", R"({"enrollCode":"ABC"})", R"({"id":"x"})"};
    for (const char* json : lacking)
        QVERIFY2(!JsonCodec::missingTokenFields(parseObject(json)).isEmpty(), json);
    QVERIFY(!JsonCodec::missingTokenFields(QJsonValue(QJsonValue::Null)).isEmpty());
    QVERIFY(!JsonCodec::missingTokenFields(QJsonArray()).isEmpty());
    const QList<const char*> complete{R"({"id":"x","config":{"code":"C"}})",
                                      R"({"id":"x","enrollmentLink":"https://l"})"};
    for (const char* json : complete)
        QVERIFY2(JsonCodec::missingTokenFields(parseObject(json)).isEmpty(), json);

    const char* partialCounts = R"({"total":3,"success":2})";
    const char* looseCounts = R"({"total":3,"success":"2","fail":1.0})";
    QVERIFY(!JsonCodec::missingBulkFields(QJsonValue(QJsonValue::Null)).isEmpty());
    QVERIFY(!JsonCodec::missingBulkFields(parseObject(partialCounts)).isEmpty());
    QVERIFY(JsonCodec::missingBulkFields(parseObject(looseCounts)).isEmpty());
    // Counts that cannot describe the list sent: no result to report as if it did.
    const char* negativeCounts = R"({"total":-1,"success":99,"fail":-5})";
    const char* countsOverTotal = R"({"total":2,"success":2,"fail":1})";
    QVERIFY(!JsonCodec::missingBulkFields(parseObject(negativeCounts)).isEmpty());
    QVERIFY(!JsonCodec::missingBulkFields(parseObject(countsOverTotal)).isEmpty());
}

void TestJsonCodec::numbersAsText()
{
    // Android types displayName and emailText as "any": a number reads as its shortest text.
    const EnrollmentToken token = JsonCodec::androidTokenFromJson(
        parseObject(R"({"id":"x","displayName":0.1,"emailText":12345678901})"));
    QCOMPARE(token.displayName, QStringLiteral("0.1"));
    QCOMPARE(token.emailText, QStringLiteral("12345678901"));
}

void TestJsonCodec::tokenToJson()
{
    const QJsonObject data = seedData(QStringLiteral("w1_response.json"));
    QCOMPARE(JsonCodec::tokenToJson(JsonCodec::windowsTokenFromJson(data)), data);

    EnrollmentToken built;
    built.id = QStringLiteral("t1");
    built.state = QStringLiteral("DONE");
    built.enrollmentLink = QStringLiteral("https://example.com/e");
    built.enrollCode = QStringLiteral("XYZ");
    built.expireAt = utc(2026, 2, 10, 12, 0, 0);
    const QJsonObject object = JsonCodec::tokenToJson(built);
    QCOMPARE(object.value(QLatin1StringView("id")).toString(), QStringLiteral("t1"));
    QCOMPARE(object.value(QLatin1StringView("state")).toString(), QStringLiteral("DONE"));
    QCOMPARE(object.value(QLatin1StringView("enrollCode")).toString(), QStringLiteral("XYZ"));
    QCOMPARE(JsonCodec::parseTimestamp(object.value(QLatin1StringView("expireAt"))), built.expireAt);
}

// ---- "copy as curl" ------------------------------------------------------------------------------------

void TestJsonCodec::preview_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");

    QTest::newRow("W1") << QStringLiteral("W1")
                        << QStringLiteral("/mdm/windows/enterprise/enrollment-tokens");
    QTest::newRow("W2") << QStringLiteral("W2")
                        << QStringLiteral("/mdm/windows/enterprise/enrollment-tokens/bulk");
    QTest::newRow("A1") << QStringLiteral("A1")
                        << QStringLiteral("/mdm/android/enterprise/enrollment-tokens");
}

void TestJsonCodec::preview()
{
    QFETCH(QString, kind);
    QFETCH(QString, path);

    const QByteArray key = "sk_live_9f8e7d6c5b4a-Secr3tKey";
    HttpConnectionPool http;
    ApiClient client(&http);
    client.setBaseUrl(QUrl(QStringLiteral("https://api.applivery.io/v1")));
    client.setOrganization(QStringLiteral("acme-corp"));
    client.setApiKey(key);
    QVERIFY(client.hasApiKey());

    TokenSettings settings;
    settings.sendEmail = true;
    settings.displayName = QStringLiteral("O'Brien's laptop");
    settings.emailText = QStringLiteral("It's ready -- don't wait; run `id` $HOME \"now\"");
    settings.tags = QStringList{QStringLiteral("it's")};

    RequestPreview preview;
    QJsonObject body;
    if (kind == QLatin1StringView("W1")) {
        const WindowsTokenRequest request{kUserId, settings};
        preview = client.preview(request);
        body = JsonCodec::toJson(request);
    } else if (kind == QLatin1StringView("W2")) {
        const WindowsBulkRequest request{QStringList{QStringLiteral("o'brien@example.ie")}, settings};
        preview = client.preview(request);
        body = JsonCodec::toJson(request);
    } else {
        const AndroidTokenRequest request{kUserId, QStringLiteral("DEVICE_OWNER"), settings};
        preview = client.preview(request);
        body = JsonCodec::toJson(request);
    }

    const QString url = QStringLiteral("https://api.applivery.io/v1/organizations/acme-corp") + path;
    QCOMPARE(preview.method, QByteArray("POST"));
    QCOMPARE(preview.url, QUrl(url));
    QCOMPARE(QJsonDocument::fromJson(preview.body), QJsonDocument(body));
    QVERIFY(!preview.body.contains(key));

    const QString command = ApiClient::curlCommand(preview);
    // The key never appears, in any form; the shell fills it in from the environment.
    QVERIFY(!command.contains(QString::fromLatin1(key)));
    QVERIFY(!command.toUtf8().contains(key));
    QVERIFY(!command.contains(QStringLiteral("Secr3t")));
    QVERIFY(command.contains(QStringLiteral("$ENROLLDESK_API_KEY")));
    // Single quotes in the body are closed, escaped and reopened.
    QVERIFY(command.contains(QStringLiteral("O'\\''Brien'\\''s")));
    QVERIFY(!command.contains(QStringLiteral("O'Brien")));

    // What sh would pass to curl.
    const QStringList words = shellWords(command);
    QVERIFY2(!words.isEmpty(), qPrintable(command));
    QCOMPARE(words.first(), QStringLiteral("curl"));
    QCOMPARE(argumentAfter(words, QStringLiteral("-X")), QStringLiteral("POST"));
    QVERIFY2(words.contains(url), qPrintable(command));
    QVERIFY2(words.contains(QStringLiteral("Authorization: Bearer $ENROLLDESK_API_KEY")),
             qPrintable(command));
    QVERIFY2(words.contains(QStringLiteral("Content-Type: application/json")), qPrintable(command));
    const QString sentBody = argumentAfter(words, QStringLiteral("--data-raw"));
    QCOMPARE(sentBody.toUtf8(), preview.body);
    QCOMPARE(QJsonDocument::fromJson(sentBody.toUtf8()), QJsonDocument(body));
}

void TestJsonCodec::curlWithoutBody()
{
    const RequestPreview preview{
        "GET",
        QUrl(QStringLiteral("https://api.applivery.io/v1/organizations/acme/mdm/users?search=o%27brien")),
        {}};
    const QString command = ApiClient::curlCommand(preview);
    const QStringList words = shellWords(command);
    QVERIFY2(!words.isEmpty(), qPrintable(command));
    QCOMPARE(argumentAfter(words, QStringLiteral("-X")), QStringLiteral("GET"));
    QVERIFY(words.contains(preview.url.toString(QUrl::FullyEncoded)));
    QVERIFY(!words.contains(QStringLiteral("--data-raw")));
    QVERIFY(!command.contains(QStringLiteral("Content-Type")));
    QVERIFY(command.contains(QStringLiteral("$ENROLLDESK_API_KEY")));
}

void TestJsonCodec::previewJoinsBaseUrl_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("expected");

    const QString path = QStringLiteral("/mdm/windows/enterprise/enrollment-tokens");
    QTest::newRow("no trailing slash")
        << QStringLiteral("https://api.applivery.io/v1") << QStringLiteral("acme")
        << QStringLiteral("https://api.applivery.io/v1/organizations/acme") + path;
    QTest::newRow("trailing slash") << QStringLiteral("https://api.applivery.io/v1/")
                                    << QStringLiteral("acme")
                                    << QStringLiteral("https://api.applivery.io/v1/organizations/acme") +
                                           path;
    QTest::newRow("sandbox with port")
        << QStringLiteral("http://127.0.0.1:8123") << kSeedId
        << QStringLiteral("http://127.0.0.1:8123/organizations/") + kSeedId + path;
    QTest::newRow("organization trimmed")
        << QStringLiteral("https://api.applivery.io/v1") << QStringLiteral("  acme  ")
        << QStringLiteral("https://api.applivery.io/v1/organizations/acme") + path;
}

void TestJsonCodec::previewJoinsBaseUrl()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, organization);
    QFETCH(QString, expected);

    HttpConnectionPool http;
    ApiClient client(&http);
    client.setBaseUrl(QUrl(baseUrl));
    client.setOrganization(organization);
    WindowsTokenRequest request;
    request.mdmUserId = kUserId;
    QCOMPARE(client.preview(request).url.toString(QUrl::FullyEncoded), expected);
}

QTEST_GUILESS_MAIN(TestJsonCodec)
#include "test_jsoncodec.moc"
