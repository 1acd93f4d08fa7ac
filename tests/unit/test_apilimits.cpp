// The API's documented limits (apilimits.h) and the base-URL rule that keeps the key off plain http.

#include "apiclient.h"
#include "apilimits.h"

#include <QTest>

class TestApiLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constants();
    void enumerations();

    void objectId_data();
    void objectId();
    void organization_data();
    void organization();
    void language_data();
    void language();
    void managementMode_data();
    void managementMode();
    void email_data();
    void email();
    void emailKey_data();
    void emailKey();

    void baseUrl_data();
    void baseUrl();
};

void TestApiLimits::constants()
{
    QCOMPARE(Limits::kMaxTextLength, 128);
    QCOMPARE(Limits::kMinDurationSeconds, 60);
    QCOMPARE(Limits::kMaxDurationSeconds, 30 * 24 * 3600);
    QCOMPARE(Limits::kDefaultDurationSeconds, 24 * 3600);
    QCOMPARE(Limits::kMinPriority, 0);
    QCOMPARE(Limits::kMaxPriority, 10000);
    QCOMPARE(Limits::kMaxSegmentId, (qint64(1) << 53) - 1);
    QCOMPARE(Limits::kMaxEmailLength, 128);
}

void TestApiLimits::enumerations()
{
    // Documented order matters: pickers show them as listed.
    QCOMPARE(Limits::languages(),
             (QStringList{QStringLiteral("es"), QStringLiteral("en"), QStringLiteral("fr"),
                          QStringLiteral("de"), QStringLiteral("it"), QStringLiteral("zh"),
                          QStringLiteral("pt"), QStringLiteral("ru")}));
    QCOMPARE(Limits::managementModes(),
             (QStringList{QStringLiteral("DEVICE_OWNER"), QStringLiteral("PROFILE_OWNER"),
                          QStringLiteral("COPE"), QStringLiteral("USERLESS")}));
    QCOMPARE(Limits::tokenStates(), (QStringList{QStringLiteral("PENDING"), QStringLiteral("DONE"),
                                                 QStringLiteral("DELETED"), QStringLiteral("EXPIRED")}));
}

void TestApiLimits::objectId_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("24 lowercase hex") << QStringLiteral("698efa6ed851667d9c0aec88") << true;
    QTest::newRow("24 uppercase hex") << QStringLiteral("698EFA6ED851667D9C0AEC88") << true;
    QTest::newRow("24 digits") << QStringLiteral("012345678901234567890123") << true;
    QTest::newRow("23 chars") << QStringLiteral("698efa6ed851667d9c0aec8") << false;
    QTest::newRow("25 chars") << QStringLiteral("698efa6ed851667d9c0aec88a") << false;
    QTest::newRow("non-hex g") << QStringLiteral("698efa6ed851667d9c0aec8g") << false;
    QTest::newRow("non-hex dash") << QStringLiteral("698efa6e-851667d9c0aec88") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading space") << QStringLiteral(" 98efa6ed851667d9c0aec88") << false;
    QTest::newRow("placeholder string") << QStringLiteral("string") << false;
    QTest::newRow("fullwidth digit") << (QString(23, u'a') + QChar(0xFF10)) << false;
}

void TestApiLimits::objectId()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Limits::isObjectId(text), valid);
}

void TestApiLimits::organization_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    // ^(([a-fA-F0-9]{24})|([a-zA-Z0-9\-]{3,}))$
    QTest::newRow("24-hex id") << QStringLiteral("698efa6ed851667d9c0aec88") << true;
    QTest::newRow("slug 3 chars") << QStringLiteral("abc") << true;
    QTest::newRow("slug a-b") << QStringLiteral("a-b") << true;
    QTest::newRow("slug long with digits") << QStringLiteral("Acme-Corp-2024") << true;
    QTest::newRow("slug only hyphens") << QStringLiteral("---") << true;
    QTest::newRow("25 hex is a slug") << QStringLiteral("698efa6ed851667d9c0aec88a") << true;
    QTest::newRow("ab too short") << QStringLiteral("ab") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("underscore") << QStringLiteral("acme_corp") << false;
    QTest::newRow("space") << QStringLiteral("acme corp") << false;
    QTest::newRow("dot") << QStringLiteral("acme.corp") << false;
    QTest::newRow("slash") << QStringLiteral("acme/corp") << false;
    QTest::newRow("non-ASCII letter") << QStringLiteral("acmé") << false;
}

void TestApiLimits::organization()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Limits::isOrganizationId(text), valid);
}

void TestApiLimits::language_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");

    for (const char* code : {"es", "en", "fr", "de", "it", "zh", "pt", "ru"})
        QTest::newRow(code) << QString::fromLatin1(code) << true;
    QTest::newRow("EN uppercase") << QStringLiteral("EN") << false;
    QTest::newRow("xx") << QStringLiteral("xx") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("en-US") << QStringLiteral("en-US") << false;
    QTest::newRow("en with space") << QStringLiteral(" en") << false;
}

void TestApiLimits::language()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(Limits::isLanguage(code), valid);
}

void TestApiLimits::managementMode_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("valid");

    QTest::newRow("DEVICE_OWNER") << QStringLiteral("DEVICE_OWNER") << true;
    QTest::newRow("PROFILE_OWNER") << QStringLiteral("PROFILE_OWNER") << true;
    QTest::newRow("COPE") << QStringLiteral("COPE") << true;
    QTest::newRow("USERLESS") << QStringLiteral("USERLESS") << true;
    QTest::newRow("lowercase") << QStringLiteral("device_owner") << false;
    QTest::newRow("AOSP-only value") << QStringLiteral("MANAGEMENT_MODE_UNSPECIFIED") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestApiLimits::managementMode()
{
    QFETCH(QString, mode);
    QFETCH(bool, valid);
    QCOMPARE(Limits::isManagementMode(mode), valid);
}

void TestApiLimits::email_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << QStringLiteral("ana@example.com") << true;
    QTest::newRow("short") << QStringLiteral("a@b.co") << true;
    QTest::newRow("dots in local part") << QStringLiteral("first.last@example.com") << true;
    QTest::newRow("plus tag") << QStringLiteral("ana+mdm@example.com") << true;
    QTest::newRow("subdomains") << QStringLiteral("it@mail.corp.example.co.uk") << true;
    QTest::newRow("hyphen in domain") << QStringLiteral("it@my-company.example") << true;
    QTest::newRow("digits in domain") << QStringLiteral("it@123mail.example.com") << true;
    QTest::newRow("uppercase") << QStringLiteral("John.Doe@Example.COM") << true;
    QTest::newRow("apostrophe") << QStringLiteral("o'brien@example.ie") << true;
    QTest::newRow("non-ASCII local part") << QStringLiteral("josé@example.es") << true;
    QTest::newRow("non-ASCII domain") << QStringLiteral("user@münchen.de") << true;
    QTest::newRow("Cyrillic TLD") << QStringLiteral("user@пример.рф") << true;
    // The same TLD in its ASCII (punycode) form has digits: it is still a real TLD.
    QTest::newRow("punycode TLD") << QStringLiteral("user@example.xn--p1ai") << true;
    QTest::newRow("128 characters") << (QString(128 - 12, u'a') + QStringLiteral("@example.com")) << true;

    QTest::newRow("129 characters") << (QString(129 - 12, u'a') + QStringLiteral("@example.com")) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no at") << QStringLiteral("ana.example.com") << false;
    QTest::newRow("two ats") << QStringLiteral("ana@foo@example.com") << false;
    QTest::newRow("double at") << QStringLiteral("ana@@example.com") << false;
    QTest::newRow("empty local part") << QStringLiteral("@example.com") << false;
    QTest::newRow("empty domain") << QStringLiteral("ana@") << false;
    QTest::newRow("dotless domain") << QStringLiteral("ana@localhost") << false;
    QTest::newRow("space in local part") << QStringLiteral("ana maria@example.com") << false;
    QTest::newRow("leading space") << QStringLiteral(" ana@example.com") << false;
    QTest::newRow("trailing space") << QStringLiteral("ana@example.com ") << false;
    QTest::newRow("tab") << QStringLiteral("ana\t@example.com") << false;
    QTest::newRow("space in domain") << QStringLiteral("ana@exa mple.com") << false;
    QTest::newRow("leading dot local") << QStringLiteral(".ana@example.com") << false;
    QTest::newRow("trailing dot local") << QStringLiteral("ana.@example.com") << false;
    QTest::newRow("leading dot domain") << QStringLiteral("ana@.example.com") << false;
    QTest::newRow("trailing dot domain") << QStringLiteral("ana@example.com.") << false;
    QTest::newRow("double dot domain") << QStringLiteral("ana@example..com") << false;
    QTest::newRow("label starts with hyphen") << QStringLiteral("ana@-example.com") << false;
    QTest::newRow("label ends with hyphen") << QStringLiteral("ana@example-.com") << false;
    QTest::newRow("underscore in domain") << QStringLiteral("ana@my_company.com") << false;
    QTest::newRow("one-letter TLD") << QStringLiteral("ana@example.c") << false;
    QTest::newRow("numeric TLD") << QStringLiteral("ana@example.123") << false;
    QTest::newRow("IP address domain") << QStringLiteral("ana@192.168.0.1") << false;
    QTest::newRow("comma separated pair") << QStringLiteral("ana@example.com,bob@example.com") << false;
    QTest::newRow("semicolon") << QStringLiteral("ana;bob@example.com") << false;
    QTest::newRow("display name form") << QStringLiteral("Ana <ana@example.com>") << false;
    QTest::newRow("angle brackets only") << QStringLiteral("<ana@example.com>") << false;
    QTest::newRow("quoted local part") << QStringLiteral("\"ana\"@example.com") << false;
    QTest::newRow("Cloudflare-obfuscated seed address") << QStringLiteral("[email protected]") << false;
    // RFC 5322 dot-atom: no ':' and no empty atom in an unquoted local part. Both come from pasting.
    QTest::newRow("mailto prefix") << QStringLiteral("mailto:ana@example.com") << false;
    QTest::newRow("double dot local") << QStringLiteral("ana..maria@example.com") << false;
    // Invisible or non-ASCII blank characters that come with a copy from a spreadsheet or a chat.
    QTest::newRow("no-break space") << QStringLiteral("ana\u00a0maria@example.com") << false;
    QTest::newRow("ideographic space") << QStringLiteral("ana@example.com\u3000") << false;
    QTest::newRow("zero-width space in domain") << QStringLiteral("ana@exam\u200bple.com") << false;
    QTest::newRow("byte-order mark") << QStringLiteral("\ufeffana@example.com") << false;
    QTest::newRow("right-to-left mark") << QStringLiteral("ana@example.com\u200f") << false;
    QTest::newRow("C1 control") << QStringLiteral("ana\u0085@example.com") << false;
    QTest::newRow("trailing dot local, no domain") << QStringLiteral("ana.@") << false;
    QTest::newRow("hyphen-only label") << QStringLiteral("ana@example.-.com") << false;
}

void TestApiLimits::email()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(Limits::isEmail(address), valid);
}

void TestApiLimits::baseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("https production") << QStringLiteral("https://api.applivery.io/v1") << true;
    QTest::newRow("https with port") << QStringLiteral("https://mdm.example.com:8443/v1") << true;
    QTest::newRow("HTTPS uppercase scheme") << QStringLiteral("HTTPS://api.applivery.io/v1") << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/v1") << true;
    QTest::newRow("http 127.0.0.2") << QStringLiteral("http://127.0.0.2:8080") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/v1") << true;
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST:8080") << true;
    QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:8080/v1") << true;

    QTest::newRow("http example.com") << QStringLiteral("http://example.com/v1") << false;
    QTest::newRow("http api.applivery.io") << QStringLiteral("http://api.applivery.io/v1") << false;
    QTest::newRow("http localhost.example.com") << QStringLiteral("http://localhost.example.com") << false;
    QTest::newRow("http 127.0.0.1.nip.io") << QStringLiteral("http://127.0.0.1.nip.io") << false;
    QTest::newRow("http 0.0.0.0") << QStringLiteral("http://0.0.0.0:8080") << false;
    QTest::newRow("http LAN address") << QStringLiteral("http://192.168.1.10:8080") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://api.applivery.io/v1") << false;
    QTest::newRow("ftp localhost") << QStringLiteral("ftp://localhost/v1") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("garbage") << QStringLiteral("not a url at all") << false;
    QTest::newRow("host only") << QStringLiteral("api.applivery.io") << false;
    QTest::newRow("https without host") << QStringLiteral("https://") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestApiLimits::baseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);

    QString why;
    QCOMPARE(ApiClient::isAllowedBaseUrl(QUrl(url), &why), allowed);
    // A refusal always says why; the reason is shown next to the address field.
    QCOMPARE(why.isEmpty(), allowed);
    // The out-parameter is optional.
    QCOMPARE(ApiClient::isAllowedBaseUrl(QUrl(url)), allowed);
}

void TestApiLimits::emailKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("equal") << "ana@example.com"
                           << "ana@example.com" << true;
    QTest::newRow("ASCII case") << "Ana.Diaz@Example.COM"
                                << "ana.diaz@example.com" << true;
    QTest::newRow("non-ASCII case") << "ÉMILE@EXÄMPLE.es"
                                    << "émile@exämple.es" << true;
    QTest::newRow("composed and decomposed") << "jos\u00e9@example.es"
                                             << "jose\u0301@example.es" << true;
    QTest::newRow("different") << "ana@example.com"
                               << "ana@example.org" << false;
    QTest::newRow("accent is not case") << "jose@example.es"
                                        << "jos\u00e9@example.es" << false;
}

void TestApiLimits::emailKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(Limits::emailKey(a) == Limits::emailKey(b), same);
    // A lower-case ASCII address is its own key, not a copy.
    const QString plain = QStringLiteral("ana@example.com");
    QCOMPARE(Limits::emailKey(plain).constData(), plain.constData());
}

QTEST_GUILESS_MAIN(TestApiLimits)
#include "test_apilimits.moc"
