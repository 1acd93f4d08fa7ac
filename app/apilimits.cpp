#include "apilimits.h"

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

// One pass over the characters (this runs once per new address of a pasted list of up to a million
// lines): the local part up to the one '@', then the domain label by label.
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
            if (u <= 0x20 || u == 0x7f || u == u':' || u == u'<' || u == u'>' || u == u',' || u == u';' ||
                u == u'"' || u == u'(' || u == u')' || u == u'[' || u == u']' || u == u'\\')
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
    int dots = 0;
    for (; i <= n; ++i) {
        if (i == n || s[i] == u'.') {
            if (i == labelStart || s[labelStart] == u'-' || s[i - 1] == u'-')
                return false;
            lastLabel = labelStart;
            labelStart = i + 1;
            dots += i < n;
            continue;
        }
        const char16_t u = s[i];
        if (u < 0x80) {
            if (!isAsciiAlnum(u) && u != u'-')
                return false;
        } else if (isInvisibleOrSpace(u)) {
            return false;
        }
    }
    if (dots == 0)
        return false;

    // The top-level label is letters only (no numeric TLDs) and at least two characters, or punycode.
    const QStringView tld = address.sliced(lastLabel);
    if (tld.size() < 2)
        return false;
    if (tld.startsWith(u"xn--")) // an internationalised TLD in punycode, e.g. xn--p1ai (.рф)
        return true;
    for (QChar c : tld) {
        if (c.isDigit())
            return false;
    }
    return true;
}

} // namespace Limits
