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

bool isEmail(QStringView address)
{
    if (address.isEmpty() || address.size() > kMaxEmailLength)
        return false;
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0 || at != address.lastIndexOf(u'@') || at == address.size() - 1)
        return false;
    for (qsizetype i = 0; i < at; ++i) {
        const char16_t u = address[i].unicode();
        if (u <= 0x20 || u == u':' || u == u'<' || u == u'>' || u == u',' || u == u';' || u == u'"' ||
            u == u'(' || u == u')' || u == u'[' || u == u']' || u == u'\\' || u == 0x7f)
            return false;
    }
    if (address[0] == u'.' || address[at - 1] == u'.' || address.left(at).contains(u".."))
        return false;
    const QStringView domain = address.mid(at + 1);
    if (!domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.') || domain.contains(u".."))
        return false;
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= domain.size(); ++i) {
        if (i == domain.size() || domain[i] == u'.') {
            const QStringView label = domain.mid(labelStart, i - labelStart);
            if (label.startsWith(u'-') || label.endsWith(u'-'))
                return false;
            labelStart = i + 1;
            continue;
        }
        const char16_t u = domain[i].unicode();
        if (!isAsciiAlnum(u) && u != u'-' && u < 0x80)
            return false;
    }
    // The top-level label is letters only (no numeric TLDs) and at least two characters.
    const QStringView tld = domain.mid(domain.lastIndexOf(u'.') + 1);
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
