// Validation of W1, W2, A1 and list queries before anything is sent: one row per rule and boundary.
// Each refused row checks the exact API field path (used to mark the form control) and that the
// message names the field in plain words.

#include "apilimits.h"
#include "validation.h"

#include <QTest>

Q_DECLARE_METATYPE(WindowsTokenRequest)
Q_DECLARE_METATYPE(WindowsBulkRequest)
Q_DECLARE_METATYPE(AndroidTokenRequest)
Q_DECLARE_METATYPE(TokenListQuery)

namespace {

const QString kUserId = QStringLiteral("698efa6ed851667d9c0aec88");
const QString kPolicyA = QStringLiteral("65f1a2b3c4d5e6f7a8b9c0e1");
const QString kPolicyB = QStringLiteral("65F1A2B3C4D5E6F7A8B9C0E2");

QString repeat(QStringView unit, int times)
{
    QString text;
    for (int i = 0; i < times; ++i)
        text += unit;
    return text;
}

WindowsTokenRequest validWindows()
{
    WindowsTokenRequest request;
    request.mdmUserId = kUserId;
    request.settings.sendEmail = true;
    return request;
}

AndroidTokenRequest validAndroid()
{
    AndroidTokenRequest request;
    request.mdmUserId = kUserId;
    request.managementMode = QStringLiteral("DEVICE_OWNER");
    request.settings.sendEmail = false;
    return request;
}

WindowsBulkRequest validBulk()
{
    WindowsBulkRequest request;
    request.userEmails = QStringList{QStringLiteral("ana@example.com"), QStringLiteral("bob@example.org")};
    request.settings.sendEmail = true;
    return request;
}

// Both empty = the request must pass; otherwise exactly one error on `field` naming it as `words`.
void verifyErrors(const FieldErrors& errors, const QString& field, const QString& words)
{
    if (field.isEmpty()) {
        if (!errors.isEmpty())
            QFAIL(qPrintable(QStringLiteral("unexpected error on %1: %2")
                                 .arg(errors.first().field, errors.first().message)));
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QVERIFY2(errors.first().message.contains(words, Qt::CaseInsensitive),
             qPrintable(errors.first().message + QStringLiteral(" | expected words: ") + words));
}

} // namespace

class TestValidation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Single-field rules (live form feedback, CLI).
    void displayName_data();
    void displayName();
    void tag_data();
    void tag();
    void duration_data();
    void duration();
    void priority_data();
    void priority();
    void language_data();
    void language();
    void userId_data();
    void userId();
    void organization_data();
    void organization();
    void policyId_data();
    void policyId();
    void segmentId_data();
    void segmentId();
    void managementMode_data();
    void managementMode();
    void email_data();
    void email();

    // Whole requests: field paths and plain-words messages.
    void windowsRequest_data();
    void windowsRequest();
    void androidRequest_data();
    void androidRequest();
    void bulkRequest_data();
    void bulkRequest();
    void parsedBulkRequest_data();
    void parsedBulkRequest();
    void bulkEmail_data();
    void bulkEmail();
    void listQuery_data();
    void listQuery();
    void userSearchQuery_data();
    void userSearchQuery();

    void errorsKeepFieldOrder();
    void messageSaysLengthFound();
};

// ---- single-field rules ------------------------------------------------------------------------------

void TestValidation::displayName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty (unset)") << QString() << true;
    QTest::newRow("128 ASCII") << QString(128, u'x') << true;
    QTest::newRow("129 ASCII") << QString(129, u'x') << false;
    QTest::newRow("128 non-ASCII (é)") << repeat(u"é", 128) << true;
    QTest::newRow("129 non-ASCII (é)") << repeat(u"é", 129) << false;
    QTest::newRow("128 CJK") << repeat(u"設", 128) << true;
    QTest::newRow("129 CJK") << repeat(u"設", 129) << false;
    // Counted in UTF-16 code units, as the API (JavaScript) counts: an emoji is two.
    QTest::newRow("64 emoji = 128 units") << repeat(u"\U0001F4BB", 64) << true;
    QTest::newRow("65 emoji = 130 units") << repeat(u"\U0001F4BB", 65) << false;
}

void TestValidation::displayName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    const QString message = Validation::checkDisplayName(name);
    QCOMPARE(message.isEmpty(), valid);
    if (!valid)
        QVERIFY2(message.contains(QStringLiteral("Display name")), qPrintable(message));
}

void TestValidation::tag_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("valid");

    QTest::newRow("short") << QStringLiteral("engineering") << true;
    QTest::newRow("128 ASCII") << QString(128, u't') << true;
    QTest::newRow("129 ASCII") << QString(129, u't') << false;
    QTest::newRow("128 non-ASCII (ü)") << repeat(u"ü", 128) << true;
    QTest::newRow("129 non-ASCII (ü)") << repeat(u"ü", 129) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
}

void TestValidation::tag()
{
    QFETCH(QString, tag);
    QFETCH(bool, valid);
    const QString message = Validation::checkTag(tag);
    QCOMPARE(message.isEmpty(), valid);
    if (!valid)
        QVERIFY2(message.contains(QStringLiteral("Tag")), qPrintable(message));
}

void TestValidation::duration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<bool>("valid");

    QTest::newRow("59 s") << qint64(59) << false;
    QTest::newRow("60 s") << qint64(60) << true;
    QTest::newRow("1 day") << qint64(86400) << true;
    QTest::newRow("2592000 s") << qint64(2592000) << true;
    QTest::newRow("2592001 s") << qint64(2592001) << false;
    QTest::newRow("0") << qint64(0) << false;
    QTest::newRow("negative") << qint64(-60) << false;
    QTest::newRow("huge") << std::numeric_limits<qint64>::max() << false;
}

void TestValidation::duration()
{
    QFETCH(qint64, seconds);
    QFETCH(bool, valid);
    const QString message = Validation::checkDuration(seconds);
    QCOMPARE(message.isEmpty(), valid);
    if (!valid)
        QVERIFY2(message.contains(QStringLiteral("Duration")), qPrintable(message));
}

void TestValidation::priority_data()
{
    QTest::addColumn<qint64>("priority");
    QTest::addColumn<bool>("valid");

    QTest::newRow("-1") << qint64(-1) << false;
    QTest::newRow("0") << qint64(0) << true;
    QTest::newRow("100") << qint64(100) << true;
    QTest::newRow("10000") << qint64(10000) << true;
    QTest::newRow("10001") << qint64(10001) << false;
    QTest::newRow("beyond int") << qint64(1) + std::numeric_limits<int>::max() << false;
}

void TestValidation::priority()
{
    QFETCH(qint64, priority);
    QFETCH(bool, valid);
    const QString message = Validation::checkPriority(priority);
    QCOMPARE(message.isEmpty(), valid);
    if (!valid)
        QVERIFY2(message.contains(QStringLiteral("Priority")), qPrintable(message));
}

void TestValidation::language_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");

    for (const QString& code : Limits::languages())
        QTest::newRow(qPrintable(code)) << code << true;
    QTest::newRow("EN") << QStringLiteral("EN") << false;
    QTest::newRow("xx") << QStringLiteral("xx") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("en_US") << QStringLiteral("en_US") << false;
}

void TestValidation::language()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(Limits::languages().size(), 8);
    const QString message = Validation::checkLanguage(code);
    QCOMPARE(message.isEmpty(), valid);
    if (!valid)
        QVERIFY2(message.contains(QStringLiteral("Language")), qPrintable(message));
}

void TestValidation::userId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");

    QTest::newRow("24 hex") << kUserId << true;
    QTest::newRow("24 uppercase hex") << kUserId.toUpper() << true;
    QTest::newRow("23 chars") << kUserId.left(23) << false;
    QTest::newRow("25 chars") << (kUserId + u'0') << false;
    QTest::newRow("non-hex") << (kUserId.left(23) + u'z') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("e-mail instead of id") << QStringLiteral("ana@example.com") << false;
}

void TestValidation::userId()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    const QString message = Validation::checkUserId(id);
    QCOMPARE(message.isEmpty(), valid);
    if (!valid)
        QVERIFY2(message.contains(QStringLiteral("User")), qPrintable(message));
}

void TestValidation::organization_data()
{
    QTest::addColumn<QString>("organization");
    QTest::addColumn<bool>("valid");

    QTest::newRow("24-hex id") << kUserId << true;
    QTest::newRow("slug 3 chars") << QStringLiteral("abc") << true;
    QTest::newRow("slug a-b") << QStringLiteral("a-b") << true;
    QTest::newRow("slug ab") << QStringLiteral("ab") << false;
    QTest::newRow("underscore") << QStringLiteral("my_org") << false;
    QTest::newRow("space") << QStringLiteral("my org") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValidation::organization()
{
    QFETCH(QString, organization);
    QFETCH(bool, valid);
    const QString message = Validation::checkOrganization(organization);
    QCOMPARE(message.isEmpty(), valid);
    if (!valid)
        QVERIFY2(message.contains(QStringLiteral("Organization")), qPrintable(message));
}

void TestValidation::policyId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");

    QTest::newRow("24 hex") << kPolicyA << true;
    QTest::newRow("23 chars") << kPolicyA.left(23) << false;
    QTest::newRow("25 chars") << (kPolicyA + u'a') << false;
    QTest::newRow("non-hex") << QStringLiteral("policy-for-laptops-00000") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValidation::policyId()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    const QString message = Validation::checkPolicyId(id);
    QCOMPARE(message.isEmpty(), valid);
    if (!valid)
        QVERIFY2(message.contains(QStringLiteral("Policy")), qPrintable(message));
}

void TestValidation::segmentId_data()
{
    QTest::addColumn<qint64>("segment");
    QTest::addColumn<bool>("valid");

    QTest::newRow("-1") << qint64(-1) << false;
    QTest::newRow("0") << qint64(0) << true;
    QTest::newRow("1") << qint64(1) << true;
    QTest::newRow("2^53-1") << Limits::kMaxSegmentId << true;
    QTest::newRow("2^53") << Limits::kMaxSegmentId + 1 << false;
}

void TestValidation::segmentId()
{
    QFETCH(qint64, segment);
    QFETCH(bool, valid);
    const QString message = Validation::checkSegmentId(segment);
    QCOMPARE(message.isEmpty(), valid);
    if (!valid)
        QVERIFY2(message.contains(QStringLiteral("Segment")), qPrintable(message));
}

void TestValidation::managementMode_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("valid");

    for (const QString& mode : Limits::managementModes())
        QTest::newRow(qPrintable(mode)) << mode << true;
    QTest::newRow("lowercase") << QStringLiteral("cope") << false;
    QTest::newRow("unknown") << QStringLiteral("KIOSK") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValidation::managementMode()
{
    QFETCH(QString, mode);
    QFETCH(bool, valid);
    const QString message = Validation::checkManagementMode(mode);
    QCOMPARE(message.isEmpty(), valid);
    if (!valid)
        QVERIFY2(message.contains(QStringLiteral("Management mode")), qPrintable(message));
}

void TestValidation::email_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << QStringLiteral("ana@example.com") << true;
    QTest::newRow("plus tag") << QStringLiteral("ana+tokens@example.com") << true;
    QTest::newRow("no at") << QStringLiteral("ana.example.com") << false;
    QTest::newRow("no domain dot") << QStringLiteral("ana@example") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestValidation::email()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    const QString message = Validation::checkEmail(address);
    QCOMPARE(message.isEmpty(), valid);
    if (!valid)
        QVERIFY2(message.contains(QStringLiteral("E-mail")), qPrintable(message));
}

// ---- whole requests ----------------------------------------------------------------------------------

void TestValidation::windowsRequest_data()
{
    QTest::addColumn<WindowsTokenRequest>("request");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::addColumn<QString>("words");

    const auto row = [](const char* name, auto change, const QString& field = {}, const QString& words = {}) {
        WindowsTokenRequest request = validWindows();
        change(request);
        QTest::newRow(name) << request << field << words;
    };
    using R = WindowsTokenRequest&;

    row("minimal", [](R) {});
    row("everything set", [](R r) {
        r.settings.displayName = QStringLiteral("Laptop – Ana");
        r.settings.tags = QStringList{QStringLiteral("it"), QStringLiteral("laptops")};
        r.settings.durationSeconds = 86400;
        r.settings.language = QStringLiteral("en");
        r.settings.emailText = QStringLiteral("Welcome");
        r.settings.policyId = kPolicyA;
        r.settings.assignments = {{kPolicyA, 0}, {kPolicyB, 10000}};
        r.settings.segmentId = 1;
    });
    row("sendEmail false", [](R r) { r.settings.sendEmail = false; });

    row(
        "mdmUserId empty", [](R r) { r.mdmUserId.clear(); }, QStringLiteral("mdmUserId"),
        QStringLiteral("User"));
    row(
        "mdmUserId 23 chars", [](R r) { r.mdmUserId.chop(1); }, QStringLiteral("mdmUserId"),
        QStringLiteral("User"));
    row(
        "mdmUserId 25 chars", [](R r) { r.mdmUserId += u'a'; }, QStringLiteral("mdmUserId"),
        QStringLiteral("User"));
    row(
        "mdmUserId non-hex", [](R r) { r.mdmUserId[0] = u'x'; }, QStringLiteral("mdmUserId"),
        QStringLiteral("User"));

    row("displayName 128", [](R r) { r.settings.displayName = QString(128, u'n'); });
    row(
        "displayName 129", [](R r) { r.settings.displayName = QString(129, u'n'); },
        QStringLiteral("displayName"), QStringLiteral("Display name"));
    row("displayName 128 non-ASCII", [](R r) { r.settings.displayName = repeat(u"ñ", 128); });
    row(
        "displayName 129 non-ASCII", [](R r) { r.settings.displayName = repeat(u"ñ", 129); },
        QStringLiteral("displayName"), QStringLiteral("Display name"));

    row("tag 128", [](R r) { r.settings.tags = QStringList{QStringLiteral("ok"), QString(128, u't')}; });
    row(
        "tag 129 at index 1",
        [](R r) {
            r.settings.tags = QStringList{QStringLiteral("ok"), QString(129, u't')};
        },
        QStringLiteral("tags[1]"), QStringLiteral("Tag"));
    row("tag 128 non-ASCII", [](R r) { r.settings.tags = QStringList{repeat(u"ß", 128)}; });
    row(
        "tag 129 non-ASCII at index 0", [](R r) { r.settings.tags = QStringList{repeat(u"ß", 129)}; },
        QStringLiteral("tags[0]"), QStringLiteral("Tag"));
    row(
        "tag empty at index 2",
        [](R r) {
            r.settings.tags = QStringList{QStringLiteral("a"), QStringLiteral("b"), QString()};
        },
        QStringLiteral("tags[2]"), QStringLiteral("Tag"));
    // A tag given again is refused where it is repeated, once however often it comes back; spaces around
    // a tag do not make it another. Case does: the API does not say that tags ignore it.
    row(
        "tag twice",
        [](R r) {
            r.settings.tags =
                QStringList{QStringLiteral("it"), QStringLiteral("laptops"), QStringLiteral("it")};
        },
        QStringLiteral("tags[2]"), QStringLiteral("more than once"));
    row(
        "tag twice once trimmed",
        [](R r) {
            r.settings.tags = QStringList{QStringLiteral("it"), QStringLiteral(" it ")};
        },
        QStringLiteral("tags[1]"), QStringLiteral("“it” is given more than once"));
    row(
        "tag three times", [](R r) { r.settings.tags = QStringList(3, QStringLiteral("it")); },
        QStringLiteral("tags[1]"), QStringLiteral("more than once"));
    row("tags differing in case", [](R r) {
        r.settings.tags = QStringList{QStringLiteral("it"), QStringLiteral("IT")};
    });
    // A repeated tag that breaks a rule: the rule, said once, at its first place.
    row(
        "tag empty twice",
        [](R r) {
            r.settings.tags = QStringList{QString(), QStringLiteral(" ")};
        },
        QStringLiteral("tags[0]"), QStringLiteral("cannot be empty"));
    row(
        "tag 129 twice", [](R r) { r.settings.tags = QStringList(2, QString(129, u't')); },
        QStringLiteral("tags[0]"), QStringLiteral("at most 128"));

    row("duration unset", [](R r) { r.settings.durationSeconds.reset(); });
    row(
        "duration 59", [](R r) { r.settings.durationSeconds = 59; }, QStringLiteral("duration"),
        QStringLiteral("Duration"));
    row("duration 60", [](R r) { r.settings.durationSeconds = 60; });
    row("duration 2592000", [](R r) { r.settings.durationSeconds = 2592000; });
    row(
        "duration 2592001", [](R r) { r.settings.durationSeconds = 2592001; }, QStringLiteral("duration"),
        QStringLiteral("Duration"));

    for (const QString& code : Limits::languages()) {
        const QByteArray name = "language " + code.toLatin1();
        row(name.constData(), [code](R r) { r.settings.language = code; });
    }
    row("language empty = unset", [](R r) { r.settings.language.clear(); });
    row(
        "language EN", [](R r) { r.settings.language = QStringLiteral("EN"); }, QStringLiteral("language"),
        QStringLiteral("Language"));
    row(
        "language xx", [](R r) { r.settings.language = QStringLiteral("xx"); }, QStringLiteral("language"),
        QStringLiteral("Language"));

    row(
        "winPolicyId bad", [](R r) { r.settings.policyId = QStringLiteral("nope"); },
        QStringLiteral("winPolicyId"), QStringLiteral("Policy"));

    row(
        "priority -1",
        [](R r) {
            r.settings.assignments = {{kPolicyA, -1}};
        },
        QStringLiteral("winPolicyAssignments[0].priority"), QStringLiteral("Policy assignment 1"));
    row("priority 0", [](R r) { r.settings.assignments = {{kPolicyA, 0}}; });
    row("priority 10000", [](R r) { r.settings.assignments = {{kPolicyA, 10000}}; });
    row(
        "priority 10001",
        [](R r) {
            r.settings.assignments = {{kPolicyA, 10001}};
        },
        QStringLiteral("winPolicyAssignments[0].priority"), QStringLiteral("priority"));
    row(
        "priority 10001 second row",
        [](R r) {
            r.settings.assignments = {{kPolicyA, 1}, {kPolicyB, 10001}};
        },
        QStringLiteral("winPolicyAssignments[1].priority"), QStringLiteral("Policy assignment 2"));
    row(
        "assignment without policy",
        [](R r) {
            r.settings.assignments = {{QString(), 5}};
        },
        QStringLiteral("winPolicyAssignments[0].winPolicyId"), QStringLiteral("Policy assignment 1"));
    row(
        "assignment bad policy id",
        [](R r) {
            r.settings.assignments = {{QStringLiteral("123"), 5}};
        },
        QStringLiteral("winPolicyAssignments[0].winPolicyId"), QStringLiteral("Policy assignment 1"));

    row(
        "segmentId -1", [](R r) { r.settings.segmentId = -1; }, QStringLiteral("segmentId"),
        QStringLiteral("Segment"));
    row("segmentId 0", [](R r) { r.settings.segmentId = 0; });
    row(
        "segmentId 2^53", [](R r) { r.settings.segmentId = Limits::kMaxSegmentId + 1; },
        QStringLiteral("segmentId"), QStringLiteral("Segment"));
}

void TestValidation::windowsRequest()
{
    QFETCH(WindowsTokenRequest, request);
    QFETCH(QString, field);
    QFETCH(QString, words);
    verifyErrors(Validation::validate(request), field, words);
}

void TestValidation::androidRequest_data()
{
    QTest::addColumn<AndroidTokenRequest>("request");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");

    const auto row = [](const char* name, auto change, const QString& field = {}, const QString& words = {}) {
        AndroidTokenRequest request = validAndroid();
        change(request);
        QTest::newRow(name) << request << field << words;
    };
    using R = AndroidTokenRequest&;

    row("minimal", [](R) {});
    for (const QString& mode : Limits::managementModes()) {
        const QByteArray name = "managementMode " + mode.toLatin1();
        row(name.constData(), [mode](R r) { r.managementMode = mode; });
    }
    row(
        "managementMode empty", [](R r) { r.managementMode.clear(); }, QStringLiteral("managementMode"),
        QStringLiteral("Management mode"));
    row(
        "managementMode lowercase", [](R r) { r.managementMode = QStringLiteral("device_owner"); },
        QStringLiteral("managementMode"), QStringLiteral("Management mode"));
    row(
        "managementMode AOSP value",
        [](R r) { r.managementMode = QStringLiteral("MANAGEMENT_MODE_UNSPECIFIED"); },
        QStringLiteral("managementMode"), QStringLiteral("Management mode"));

    row(
        "mdmUserId empty", [](R r) { r.mdmUserId.clear(); }, QStringLiteral("mdmUserId"),
        QStringLiteral("User"));
    row(
        "mdmUserId non-hex", [](R r) { r.mdmUserId = QString(24, u'g'); }, QStringLiteral("mdmUserId"),
        QStringLiteral("User"));

    row("policyId ok", [](R r) { r.settings.policyId = kPolicyA; });
    row(
        "policyId bad", [](R r) { r.settings.policyId = kPolicyA.left(23); }, QStringLiteral("policyId"),
        QStringLiteral("Policy"));

    row(
        "emmPolicyId required",
        [](R r) {
            r.settings.assignments = {{QString(), 1}};
        },
        QStringLiteral("emmPolicyAssignments[0].emmPolicyId"), QStringLiteral("Policy assignment 1"));
    row(
        "emmPolicyId bad",
        [](R r) {
            r.settings.assignments = {{kPolicyA, 1}, {QStringLiteral("xyz"), 2}};
        },
        QStringLiteral("emmPolicyAssignments[1].emmPolicyId"), QStringLiteral("Policy assignment 2"));
    row(
        "priority -1",
        [](R r) {
            r.settings.assignments = {{kPolicyA, -1}};
        },
        QStringLiteral("emmPolicyAssignments[0].priority"), QStringLiteral("Policy assignment 1"));
    row("priority 0", [](R r) { r.settings.assignments = {{kPolicyA, 0}}; });
    row("priority 10000", [](R r) { r.settings.assignments = {{kPolicyA, 10000}}; });
    row(
        "priority 10001",
        [](R r) {
            r.settings.assignments = {{kPolicyA, 10001}};
        },
        QStringLiteral("emmPolicyAssignments[0].priority"), QStringLiteral("Policy assignment 1"));

    row(
        "displayName 129", [](R r) { r.settings.displayName = QString(129, u'n'); },
        QStringLiteral("displayName"), QStringLiteral("Display name"));
    row(
        "tag 129",
        [](R r) {
            r.settings.tags = QStringList{QStringLiteral("a"), QString(129, u't')};
        },
        QStringLiteral("tags[1]"), QStringLiteral("Tag"));
    row(
        "duration 59", [](R r) { r.settings.durationSeconds = 59; }, QStringLiteral("duration"),
        QStringLiteral("Duration"));
    row(
        "duration 2592001", [](R r) { r.settings.durationSeconds = 2592001; }, QStringLiteral("duration"),
        QStringLiteral("Duration"));
    row(
        "language xx", [](R r) { r.settings.language = QStringLiteral("xx"); }, QStringLiteral("language"),
        QStringLiteral("Language"));
    row(
        "segmentId -1", [](R r) { r.settings.segmentId = -1; }, QStringLiteral("segmentId"),
        QStringLiteral("Segment"));
}

void TestValidation::androidRequest()
{
    QFETCH(AndroidTokenRequest, request);
    QFETCH(QString, field);
    QFETCH(QString, words);
    verifyErrors(Validation::validate(request), field, words);
}

void TestValidation::bulkRequest_data()
{
    QTest::addColumn<WindowsBulkRequest>("request");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");

    const auto row = [](const char* name, auto change, const QString& field = {}, const QString& words = {}) {
        WindowsBulkRequest request = validBulk();
        change(request);
        QTest::newRow(name) << request << field << words;
    };
    using R = WindowsBulkRequest&;

    row("two addresses", [](R) {});
    row(
        "no addresses", [](R r) { r.userEmails.clear(); }, QStringLiteral("userEmails"),
        QStringLiteral("E-mail"));
    row(
        "third address bad", [](R r) { r.userEmails << QStringLiteral("carol@"); },
        QStringLiteral("userEmails[2]"), QStringLiteral("E-mail"));
    row(
        "first address bad", [](R r) { r.userEmails[0] = QStringLiteral("ana"); },
        QStringLiteral("userEmails[0]"), QStringLiteral("E-mail"));
    row(
        "displayName 129", [](R r) { r.settings.displayName = QString(129, u'n'); },
        QStringLiteral("displayName"), QStringLiteral("Display name"));
    row(
        "duration 59", [](R r) { r.settings.durationSeconds = 59; }, QStringLiteral("duration"),
        QStringLiteral("Duration"));
    row(
        "priority 10001",
        [](R r) {
            r.settings.assignments = {{kPolicyA, 10001}};
        },
        QStringLiteral("winPolicyAssignments[0].priority"), QStringLiteral("Policy assignment 1"));
    row(
        "same address twice, other case", [](R r) { r.userEmails << r.userEmails.first().toUpper(); },
        QStringLiteral("userEmails[2]"), QStringLiteral("twice"));
    row(
        "same address twice, mixed case first",
        [](R r) {
            r.userEmails = {QStringLiteral("Ana.Diaz@Example.com"), QStringLiteral("ana.diaz@example.com")};
        },
        QStringLiteral("userEmails[1]"), QStringLiteral("twice"));
    row(
        "same non-ASCII address, other case",
        [](R r) { r.userEmails << QStringLiteral("ÉMILE@exämple.es") << QStringLiteral("émile@EXÄMPLE.es"); },
        QStringLiteral("userEmails[3]"), QStringLiteral("twice"));
    row(
        "same non-ASCII address, composed and decomposed",
        [](R r) {
            r.userEmails << QStringLiteral("jos\u00e9@example.es") << QStringLiteral("jose\u0301@example.es");
        },
        QStringLiteral("userEmails[3]"), QStringLiteral("twice"));
    row(
        "same policy assigned twice",
        [](R r) {
            r.settings.assignments = {{kPolicyA, 1}, {kPolicyB, 2}, {kPolicyA, 3}};
        },
        QStringLiteral("winPolicyAssignments[2].winPolicyId"), QStringLiteral("row 1"));
}

void TestValidation::bulkRequest()
{
    QFETCH(WindowsBulkRequest, request);
    QFETCH(QString, field);
    QFETCH(QString, words);
    verifyErrors(Validation::validate(request), field, words);
}

void TestValidation::parsedBulkRequest_data()
{
    bulkRequest_data();
}

void TestValidation::parsedBulkRequest()
{
    // Addresses EmailListParser found valid and unique are not checked again: the rows about one address
    // pass. An empty list and the settings are refused as in any request.
    QFETCH(WindowsBulkRequest, request);
    QFETCH(QString, field);
    QFETCH(QString, words);
    const FieldErrors errors = Validation::validateParsed(request.userEmails, request.settings);
    if (field.startsWith(u"userEmails["))
        verifyErrors(errors, QString(), QString());
    else
        verifyErrors(errors, field, words);
}

void TestValidation::bulkEmail_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << QStringLiteral("carol@example.com") << true;
    QTest::newRow("dotted local part") << QStringLiteral("carol.diaz@example.com") << true;
    QTest::newRow("plus tag") << QStringLiteral("carol+mdm@example.com") << true;
    QTest::newRow("hyphenated domain") << QStringLiteral("carol@acme-corp.com") << true;
    QTest::newRow("country subdomain") << QStringLiteral("carol@example.co.uk") << true;
    QTest::newRow("uppercase") << QStringLiteral("Carol@Example.com") << true;
    QTest::newRow("non-ASCII") << QStringLiteral("carolé@exämple.es") << true;
    QTest::newRow("128 characters") << (QString(116, u'c') + QStringLiteral("@example.com")) << true;
    QTest::newRow("129 characters") << (QString(117, u'c') + QStringLiteral("@example.com")) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no at") << QStringLiteral("carol.example.com") << false;
    QTest::newRow("two ats") << QStringLiteral("carol@home@example.com") << false;
    QTest::newRow("no local part") << QStringLiteral("@example.com") << false;
    QTest::newRow("no domain") << QStringLiteral("carol@") << false;
    QTest::newRow("dotless domain") << QStringLiteral("carol@example") << false;
    QTest::newRow("space inside") << QStringLiteral("carol diaz@example.com") << false;
    QTest::newRow("surrounding spaces") << QStringLiteral(" carol@example.com ") << false;
    QTest::newRow("display-name form") << QStringLiteral("Carol <carol@example.com>") << false;
    QTest::newRow("two joined by comma") << QStringLiteral("a@example.com,b@example.com") << false;
    QTest::newRow("double dot domain") << QStringLiteral("carol@example..com") << false;
    QTest::newRow("trailing dot") << QStringLiteral("carol@example.com.") << false;
    QTest::newRow("one-letter TLD") << QStringLiteral("carol@example.c") << false;
    QTest::newRow("obfuscated seed address") << QStringLiteral("[email protected]") << false;
}

void TestValidation::bulkEmail()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);

    WindowsBulkRequest request = validBulk();
    request.userEmails << address;
    verifyErrors(Validation::validate(request), valid ? QString() : QStringLiteral("userEmails[2]"),
                 QStringLiteral("E-mail"));
}

void TestValidation::listQuery_data()
{
    QTest::addColumn<TokenListQuery>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words");

    const auto row = [](const char* name, auto change, const QString& field = {}, const QString& words = {}) {
        TokenListQuery query;
        change(query);
        QTest::newRow(name) << query << field << words;
    };
    using R = TokenListQuery&;

    row("defaults", [](R) {});
    row("filters ok", [](R r) {
        r.mdmUserId = kUserId;
        r.policyId = kPolicyA;
        r.sort = QStringLiteral("createdAt:desc");
    });
    row(
        "mdm-user bad", [](R r) { r.mdmUserId = QStringLiteral("ana"); }, QStringLiteral("mdm-user"),
        QStringLiteral("User"));
    row(
        "win-policy bad", [](R r) { r.policyId = QStringLiteral("x"); }, QStringLiteral("win-policy"),
        QStringLiteral("Policy"));
    row(
        "page 0", [](R r) { r.page = 0; }, QStringLiteral("page"), QStringLiteral("Page"));
    row(
        "limit 0", [](R r) { r.limit = 0; }, QStringLiteral("limit"), QStringLiteral("Page size"));
    row("sort field only", [](R r) { r.sort = QStringLiteral("mdmUser.email"); });
    row("sort ascending", [](R r) { r.sort = QStringLiteral("expireAt:asc"); });
    row(
        "sort bad direction", [](R r) { r.sort = QStringLiteral("createdAt:down"); }, QStringLiteral("sort"),
        QStringLiteral("Sort"));
    row(
        "sort with space", [](R r) { r.sort = QStringLiteral("created At"); }, QStringLiteral("sort"),
        QStringLiteral("Sort"));
    // The API's \w is JavaScript's: ASCII letters, digits and _ only.
    row(
        "sort with accent", [](R r) { r.sort = QString::fromUtf8("cr\u00e9\u00e9:asc"); },
        QStringLiteral("sort"), QStringLiteral("Sort"));
    row(
        "sort with full-width digit", [](R r) { r.sort = QString::fromUtf8("field\uff15"); },
        QStringLiteral("sort"), QStringLiteral("Sort"));
}

void TestValidation::listQuery()
{
    QFETCH(TokenListQuery, query);
    QFETCH(QString, field);
    QFETCH(QString, words);
    verifyErrors(Validation::validate(query), field, words);
}

// The users search's page and page size, checked as the token list's are.
void TestValidation::userSearchQuery_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::addColumn<QString>("words");

    const UserSearchQuery defaults;
    QTest::newRow("defaults") << QString() << defaults.page << defaults.limit << QString() << QString();
    QTest::newRow("page 4, limit 1") << QString() << 4 << 1 << QString() << QString();
    QTest::newRow("page 0") << QString() << 0 << defaults.limit << QStringLiteral("page")
                            << QStringLiteral("Page");
    QTest::newRow("page -1") << QString() << -1 << defaults.limit << QStringLiteral("page")
                             << QStringLiteral("Page");
    QTest::newRow("limit 0") << QString() << defaults.page << 0 << QStringLiteral("limit")
                             << QStringLiteral("Page size");
    QTest::newRow("128 characters, spaces around")
        << u' ' + QString(128, u's') + u' ' << defaults.page << defaults.limit << QString() << QString();
    QTest::newRow("129 characters") << QString(129, u's') << defaults.page << defaults.limit
                                    << QStringLiteral("search") << QStringLiteral("at most 128");
}

void TestValidation::userSearchQuery()
{
    QFETCH(QString, text);
    QFETCH(int, page);
    QFETCH(int, limit);
    QFETCH(QString, field);
    QFETCH(QString, words);
    UserSearchQuery query;
    query.text = text;
    query.page = page;
    query.limit = limit;
    verifyErrors(Validation::validate(query), field, words);
}

void TestValidation::errorsKeepFieldOrder()
{
    // Several mistakes at once: every one is reported, in the order of the form.
    AndroidTokenRequest request;
    request.mdmUserId = QStringLiteral("bad");
    request.managementMode = QStringLiteral("bad");
    request.settings.displayName = QString(200, u'x');
    request.settings.tags = QStringList{QStringLiteral("ok"), QString(), QString(130, u't')};
    request.settings.durationSeconds = 1;
    request.settings.language = QStringLiteral("xx");
    request.settings.policyId = QStringLiteral("bad");
    request.settings.assignments = {{QString(), -5}};
    request.settings.segmentId = -1;

    QStringList fields;
    const FieldErrors errors = Validation::validate(request);
    for (const FieldError& error : errors) {
        QVERIFY(!error.message.isEmpty());
        fields << error.field;
    }
    QCOMPARE(fields,
             (QStringList{QStringLiteral("mdmUserId"), QStringLiteral("managementMode"),
                          QStringLiteral("displayName"), QStringLiteral("tags[1]"), QStringLiteral("tags[2]"),
                          QStringLiteral("duration"), QStringLiteral("language"), QStringLiteral("policyId"),
                          QStringLiteral("emmPolicyAssignments[0].emmPolicyId"),
                          QStringLiteral("emmPolicyAssignments[0].priority"), QStringLiteral("segmentId")}));
}

void TestValidation::messageSaysLengthFound()
{
    // The message gives the limit and the length found, so the user knows how much to cut.
    const QString message = Validation::checkDisplayName(repeat(u"é", 130));
    QVERIFY2(message.contains(QStringLiteral("128")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("130")), qPrintable(message));

    const QString tagMessage = Validation::checkTag(QString(131, u't'));
    QVERIFY2(tagMessage.contains(QStringLiteral("128")), qPrintable(tagMessage));
    QVERIFY2(tagMessage.contains(QStringLiteral("131")), qPrintable(tagMessage));
}

QTEST_GUILESS_MAIN(TestValidation)
#include "test_validation.moc"
