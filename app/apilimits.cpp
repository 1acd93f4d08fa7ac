#include "apilimits.h"

#include <array>

namespace Limits {

QStringList languages()
{
    return {QStringLiteral("es"), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"),
            QStringLiteral("it"), QStringLiteral("zh"), QStringLiteral("pt"), QStringLiteral("ru")};
}

QStringList managementModes()
{
    return {QStringLiteral("DEVICE_OWNER"), QStringLiteral("PROFILE_OWNER"), QStringLiteral("COPE"),
            QStringLiteral("USERLESS")};
}

QStringList tokenStates()
{
    return {QStringLiteral("PENDING"), QStringLiteral("DONE"), QStringLiteral("DELETED"),
            QStringLiteral("EXPIRED")};
}

static bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

static bool isAsciiAlnum(char16_t u)
{
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isObjectId(QStringView text)
{
    if (text.size() != 24)
        return false;
    for (QChar c : text) {
        if (!isHex(c))
            return false;
    }
    return true;
}

bool isOrganizationId(QStringView text)
{
    if (isObjectId(text))
        return true;
    if (text.size() < 3)
        return false;
    for (QChar c : text) {
        if (!isAsciiAlnum(c.unicode()) && c != u'-')
            return false;
    }
    return true;
}

bool isLanguage(QStringView code)
{
    return languages().contains(code.toString());
}

bool isManagementMode(QStringView mode)
{
    return managementModes().contains(mode.toString());
}

// Non-ASCII characters that cannot be seen or that read as a space: a no-break or ideographic space, a
// zero-width space or joiner, a byte-order mark, a bidi mark. Spreadsheets and chat clients slip them into
// copied addresses; the address looks right and the server refuses it.
bool isInvisibleOrSpace(char16_t u)
{
    if (u < 0x80)
        return false;
    const QChar c(u);
    return c.isSpace() || c.category() == QChar::Other_Format || c.category() == QChar::Other_Control;
}

namespace {

enum AsciiClass : quint8 { kLocalBad = 1, kDomainOk = 2, kDigit = 4 };

// What each ASCII character may be in an address: looked up rather than compared a dozen times, as
// isEmail runs for every address a bulk run validates before sending (tens of thousands).
constexpr std::array<quint8, 128> makeAsciiTable()
{
    std::array<quint8, 128> t{};
    for (int c = 0; c <= 0x20; ++c)
        t[c] |= kLocalBad;
    t[0x7f] |= kLocalBad;
    for (char c : {':', '<', '>', ',', ';', '"', '(', ')', '[', ']', '\\'})
        t[size_t(c)] |= kLocalBad;
    for (int c = '0'; c <= '9'; ++c)
        t[c] |= kDomainOk | kDigit;
    for (int c = 'a'; c <= 'z'; ++c)
        t[c] |= kDomainOk;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[c] |= kDomainOk;
    t[size_t('-')] |= kDomainOk;
    return t;
}

constexpr std::array<quint8, 128> kAscii = makeAsciiTable();

} // namespace

QString emailKey(const QString& address)
{
    bool upper = false;
    for (const QChar c : address) {
        if (c.unicode() >= 0x80)
            return address.normalized(QString::NormalizationForm_C).toCaseFolded();
        upper = upper || (c >= u'A' && c <= u'Z');
    }
    if (!upper)
        return address;
    QString key(address.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < address.size(); ++i) {
        const char16_t c = address.at(i).unicode();
        key[i] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c);
    }
    return key;
}

// One pass over the characters: the local part up to the one '@', then the domain label by label. (The
// list parser applies the same rules byte by byte to ASCII addresses and calls this for the others.)
bool isEmail(QStringView address)
{
    const qsizetype n = address.size();
    if (n == 0 || n > kMaxEmailLength)
        return false;
    const char16_t* s = address.utf16();

    // Local part: no blanks, controls or specials; no leading, trailing or doubled dot.
    qsizetype i = 0;
    char16_t previous = u'.'; // so that a leading dot counts as a doubled one
    for (; i < n && s[i] != u'@'; ++i) {
        const char16_t u = s[i];
        if (u < 0x80) {
            if (kAscii[u] & kLocalBad)
                return false;
            if (u == u'.' && previous == u'.')
                return false;
        } else if (isInvisibleOrSpace(u)) {
            return false;
        }
        previous = u;
    }
    if (i == 0 || i == n || previous == u'.')
        return false;

    // Domain: at least two non-empty labels of letters, digits and hyphens (or non-ASCII letters), no
    // label starting or ending with a hyphen; a second '@' fails as a character.
    qsizetype labelStart = ++i;
    qsizetype lastLabel = i;
    bool lastLabelHasDigit = false;
    bool labelHasDigit = false;
    int dots = 0;
    for (; i <= n; ++i) {
        if (i == n || s[i] == u'.') {
            if (i == labelStart || s[labelStart] == u'-' || s[i - 1] == u'-')
                return false;
            lastLabel = labelStart;
            lastLabelHasDigit = labelHasDigit;
            labelHasDigit = false;
            labelStart = i + 1;
            dots += i < n;
            continue;
        }
        const char16_t u = s[i];
        if (u < 0x80) {
            const quint8 c = kAscii[u];
            if (!(c & kDomainOk))
                return false;
            labelHasDigit |= bool(c & kDigit);
        } else if (isInvisibleOrSpace(u)) {
            return false;
        } else {
            labelHasDigit |= QChar(u).isDigit();
        }
    }
    if (dots == 0)
        return false;

    // The top-level label is letters only (no numeric TLDs) and at least two characters, or punycode
    // (an internationalised TLD such as xn--p1ai for .рф).
    const qsizetype tldSize = n - lastLabel;
    if (tldSize < 2)
        return false;
    const char16_t* tld = s + lastLabel;
    const bool punycode = tldSize > 4 && tld[0] == u'x' && tld[1] == u'n' && tld[2] == u'-' && tld[3] == u'-';
    return punycode || !lastLabelHasDigit;
}

} // namespace Limits
