#pragma once
// Internal to emaillist.cpp (header-only, so the build lists need no entry): the byte-level pieces of
// the e-mail list parser. It works on UTF-8 bytes: lists are almost all ASCII, and only the kept
// addresses (and the listed problems) are ever turned into QStrings.

#include "apilimits.h"
#include "emaillist.h"

#include <QString>
#include <QStringDecoder>

#include <array>
#include <cstring>
#include <optional>

namespace EmailListDetail {

using Problem = EmailListAnalysis::Problem;

enum CharClass : quint16 {
    kSep = 1,       // separates words: space, tab, comma, semicolon, line break, other ASCII blanks
    kHardSep = 2,   // separates addresses even inside a display name: comma, semicolon, tab, line break
    kLocalBad = 4,  // not allowed before the @ (Limits::isEmail's list)
    kDomainBad = 8, // ASCII but not a letter, digit, hyphen or dot: not allowed after the @
    kDigit = 16,
    kHigh = 32,      // not ASCII: part of a UTF-8 sequence (or a legacy code page character)
    kPlainWord = 64, // can appear in "john.smith.example.com" (an address whose @ was lost)
    kAlpha = 128,
    kDot = 256,
    kAt = 512,
    kHash = 1024, // '#': allowed before the @, and the mark of a guest's sign-in name (#EXT#)
};

constexpr std::array<quint16, 256> makeClassTable()
{
    std::array<quint16, 256> t{};
    for (int c = 0; c < 0x80; ++c)
        t[c] |= kDomainBad;
    for (int c = 0x80; c < 0x100; ++c)
        t[c] |= kHigh;
    for (int c = 0; c <= 0x20; ++c)
        t[c] |= kLocalBad;
    t[0x7f] |= kLocalBad;
    for (char c : {':', '<', '>', ',', ';', '"', '(', ')', '[', ']', '\\'})
        t[uchar(c)] |= kLocalBad;
    for (char c : {' ', '\t', '\v', '\f', ',', ';', '\n', '\r'}) // line breaks: in multi-line CSV cells
        t[uchar(c)] |= kSep;
    for (char c : {'\t', ',', ';', '\n', '\r'})
        t[uchar(c)] |= kHardSep;
    for (int c = '0'; c <= '9'; ++c)
        t[c] = (t[c] & ~kDomainBad) | kDigit | kPlainWord;
    for (int c = 'a'; c <= 'z'; ++c)
        t[c] = (t[c] & ~kDomainBad) | kAlpha | kPlainWord;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[c] = (t[c] & ~kDomainBad) | kAlpha | kPlainWord;
    t[uchar('-')] = (t[uchar('-')] & ~kDomainBad) | kPlainWord;
    t[uchar('.')] = (t[uchar('.')] & ~kDomainBad) | kDot | kPlainWord;
    t[uchar('@')] |= kAt;
    t[uchar('#')] |= kHash;
    for (char c : {'_', '%', '+'})
        t[uchar(c)] |= kPlainWord;
    return t;
}

inline constexpr std::array<quint16, 256> kClass = makeClassTable();

inline bool hasClass(uchar c, quint16 cls)
{
    return kClass[c] & cls;
}

// Blanks that spreadsheets and mail clients put in pasted text, UTF-8 encoded: no-break space,
// the U+2000 block (including zero-width and direction marks), ideographic space, BOM. Returns the
// length of the sequence at p, 0 when it is not one of them.
inline int unicodeBlankLength(const char* p, const char* end)
{
    const auto* u = reinterpret_cast<const uchar*>(p);
    const qsizetype n = end - p;
    if (n >= 2 && u[0] == 0xC2 && (u[1] == 0xA0 || u[1] == 0x85))
        return 2;
    if (n < 3)
        return 0;
    if (u[0] == 0xE2 && u[1] == 0x80 && ((u[2] >= 0x80 && u[2] <= 0x8F) || (u[2] >= 0xA8 && u[2] <= 0xAF)))
        return 3;
    if (u[0] == 0xE2 && u[1] == 0x81 && (u[2] == 0x9F || u[2] == 0xA0))
        return 3;
    if ((u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80) || (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF))
        return 3;
    return 0;
}

struct Span
{
    const char* b = nullptr;
    const char* e = nullptr;
    qsizetype size() const { return e - b; }
    bool isEmpty() const { return b == e; }
    bool contains(char c) const { return !isEmpty() && std::memchr(b, c, size_t(size())) != nullptr; }
};

inline Span trimmed(Span s)
{
    for (;;) {
        if (s.isEmpty())
            return s;
        const uchar c = uchar(*s.b);
        if (c < 0x80) {
            if (c > 0x20 && !(kClass[c] & kSep))
                break;
            ++s.b;
        } else if (const int n = unicodeBlankLength(s.b, s.e)) {
            s.b += n;
        } else {
            break;
        }
    }
    for (;;) {
        const uchar c = uchar(s.e[-1]);
        if (c < 0x80) {
            if (c > 0x20 && !(kClass[c] & kSep))
                break;
            --s.e;
        } else if (s.size() >= 3 && unicodeBlankLength(s.e - 3, s.e) == 3) {
            s.e -= 3;
        } else if (s.size() >= 2 && unicodeBlankLength(s.e - 2, s.e) == 2) {
            s.e -= 2;
        } else {
            break;
        }
        if (s.isEmpty())
            return s;
    }
    return s;
}

// Trims white space only (a CSV row keeps its commas).
inline Span trimmedBlanks(Span s)
{
    while (!s.isEmpty() && uchar(*s.b) <= 0x20)
        ++s.b;
    while (!s.isEmpty() && uchar(s.e[-1]) <= 0x20)
        --s.e;
    return s;
}

// Windows-1252, the legacy code page Western exports are saved in: Latin-1 but for 0x80-0x9F, which hold
// letters (Š š Ž ž Œ œ Ÿ), typographic quotes and dashes where Latin-1 has invisible control codes.
inline QString fromWindows1252(Span s)
{
    static constexpr char16_t high[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                          0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                          0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                          0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text = QString::fromLatin1(s.b, s.size());
    for (QChar& c : text) {
        if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
            c = QChar(high[c.unicode() - 0x80]);
    }
    return text;
}

// UTF-8, or Windows-1252 when the bytes are not valid UTF-8 (a CSV saved in a legacy code page). ASCII, by
// far the most common, skips the decoder.
inline QString decode(Span s)
{
    bool ascii = true;
    for (const char* p = s.b; p < s.e && ascii; ++p)
        ascii = uchar(*p) < 0x80;
    if (ascii)
        return QString::fromLatin1(s.b, s.size());
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(s.b, s.size()));
    if (decoder.hasError())
        return fromWindows1252(s);
    return text;
}

// For the invalid list: at most kMaxInvalidTextLength characters, control characters as spaces.
inline QString displayText(Span s)
{
    constexpr qsizetype maxChars = EmailListParser::kMaxInvalidTextLength;
    bool cut = false;
    if (s.size() > maxChars * 4) {
        s.e = s.b + maxChars * 4;
        while (s.e > s.b && (uchar(*s.e) & 0xC0) == 0x80) // do not split a UTF-8 sequence
            --s.e;
        cut = true;
    }
    QString text = decode(s);
    if (text.size() > maxChars) {
        text.truncate(maxChars - 1);
        if (text.back().isHighSurrogate())
            text.chop(1);
        cut = true;
    }
    for (QChar& c : text) {
        if (c.unicode() < 0x20)
            c = u' ';
    }
    if (cut)
        text += QChar(0x2026);
    return text;
}

// "john.smith.example.com": address characters only, dotted, ending in letters. An address whose @ got
// lost, rather than a name or a department.
inline bool looksLikeAddressWithoutAt(Span w)
{
    if (w.size() < 4 || *w.b == '.' || w.e[-1] == '.')
        return false;
    const char* lastDot = nullptr;
    for (const char* p = w.b; p < w.e; ++p) {
        if (!hasClass(uchar(*p), kPlainWord))
            return false;
        if (*p == '.')
            lastDot = p;
    }
    if (!lastDot || w.e - lastDot < 3)
        return false;
    for (const char* p = lastDot + 1; p < w.e; ++p) {
        if (!hasClass(uchar(*p), kAlpha))
            return false;
    }
    return true;
}

// Whether `s` starts with `prefix` (lower-case ASCII), in either case.
inline bool startsWithNoCase(Span s, const char* prefix)
{
    const qsizetype n = qsizetype(std::strlen(prefix));
    if (s.size() < n)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = s.b[i];
        if ((c >= 'A' && c <= 'Z' ? char(c | 0x20) : c) != prefix[i])
            return false;
    }
    return true;
}

// Takes off a mailto: prefix, and quotes, brackets or a full stop stuck to the address.
inline Span stripDecorations(Span s)
{
    if (s.size() > 7 && startsWithNoCase(s, "mailto:"))
        s.b += 7;
    // An apostrophe may start an address (RFC 5322), so only a pair of them is taken off.
    if (s.size() > 2 && *s.b == '\'' && s.e[-1] == '\'') {
        ++s.b;
        --s.e;
    }
    const auto opening = [](char c) { return c == '"' || c == '(' || c == '<' || c == '['; };
    const auto closing = [](char c) {
        return c == '"' || c == ')' || c == '>' || c == ']' || c == '.' || c == ':';
    };
    // Typographic quotes and brackets (a word processor's or a chat's) or an ideographic full stop, in
    // UTF-8: “ ” ‘ ’ „ « » ‹ › 「 」 『 』 。 (not an ellipsis: "john@example.co…" is cut off, not decorated)
    static constexpr const char* typographicOpening[] = {"\xE2\x80\x9C", "\xE2\x80\x98", "\xE2\x80\x9E",
                                                         "\xC2\xAB",     "\xC2\xBB",     "\xE2\x80\xB9",
                                                         "\xE2\x80\xBA", "\xE3\x80\x8C", "\xE3\x80\x8E"};
    static constexpr const char* typographicClosing[] = {
        "\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x80\x9C", "\xC2\xBB",     "\xC2\xAB",
        "\xE2\x80\xBA", "\xE2\x80\xB9", "\xE3\x80\x8D", "\xE3\x80\x8F", "\xE3\x80\x82"};
    const auto strippedFront = [&s](const char* mark) {
        const qsizetype n = qsizetype(std::strlen(mark));
        if (s.size() <= n || std::memcmp(s.b, mark, size_t(n)) != 0)
            return false;
        s.b += n;
        return true;
    };
    const auto strippedBack = [&s](const char* mark) {
        const qsizetype n = qsizetype(std::strlen(mark));
        if (s.size() <= n || std::memcmp(s.e - n, mark, size_t(n)) != 0)
            return false;
        s.e -= n;
        return true;
    };
    for (bool more = true; more;) {
        more = !s.isEmpty() && opening(*s.b);
        if (more)
            ++s.b;
        for (const char* mark : typographicOpening)
            more = strippedFront(mark) || more;
    }
    for (bool more = true; more;) {
        more = !s.isEmpty() && closing(s.e[-1]);
        if (more)
            --s.e;
        for (const char* mark : typographicClosing)
            more = strippedBack(mark) || more;
    }
    return s;
}

// "ann_contoso.com#EXT#@tenant.onmicrosoft.com": how Entra ID (Azure AD) names a guest account, and what a
// user export's userPrincipalName column holds for guests. A valid address by its syntax, but no mailbox:
// the guest's own address is the part before #EXT#, with its @ written as _.
inline bool isGuestSignInName(Span localPart)
{
    for (const char* p = localPart.b; p < localPart.e; ++p) {
        if (*p == '#' && startsWithNoCase({p, localPart.e}, "#ext#"))
            return true;
    }
    return false;
}

// The detailed checks, so that each rejection can say what is wrong; Limits::isEmail has the last
// word on what passes. Two loops (before and after the @) collect flags, then the first problem in
// a fixed order wins. `ascii`: no byte >= 0x80, so the byte count is the character count.
inline std::optional<Problem> check(Span s, bool& ascii)
{
    quint16 local = 0; // the classes seen before the @
    quint16 doubleDot = 0;
    quint16 previous = 0;
    const char* at = s.b;
    for (; at < s.e; ++at) {
        const quint16 c = kClass[uchar(*at)];
        if (c & kAt)
            break;
        local |= c;
        doubleDot |= c & previous;
        previous = c & kDot;
    }
    if (at == s.e)
        return Problem::MissingAt;
    quint16 domain = 0; // the classes seen after it
    int dots = 0;
    bool emptyLabel = false;
    bool hyphenEdge = false;
    const char* label = at + 1;
    for (const char* p = at + 1; p < s.e; ++p) {
        const quint16 c = kClass[uchar(*p)];
        domain |= c;
        if (c & (kDot | kAt)) {
            if (c & kAt)
                return Problem::SeveralAt;
            ++dots;
            emptyLabel |= p == label;
            hyphenEdge |= p != label && (*label == '-' || p[-1] == '-');
            label = p + 1;
        }
    }
    // `label` is now the last label, the top-level domain.
    emptyLabel |= label == s.e;
    hyphenEdge |= label != s.e && (*label == '-' || s.e[-1] == '-');
    const bool localBad = local & kLocalBad;
    const bool domainBad = domain & kDomainBad;
    ascii = !((local | domain) & kHigh);
    if (at == s.b)
        return Problem::MissingLocalPart;
    if (at + 1 == s.e)
        return Problem::MissingDomain;
    if (s.size() > 3 * Limits::kMaxEmailLength) // too long whatever the encoding: <= 3 UTF-8 bytes a QChar
        return Problem::TooLong;
    if (localBad)
        return Problem::InvalidCharacter;
    if ((local & kHash) && isGuestSignInName(Span{s.b, at}))
        return Problem::GuestSignInName;
    if (doubleDot)
        return Problem::DoubleDot;
    if (*s.b == '.')
        return Problem::LeadingDot;
    if (at[-1] == '.')
        return Problem::DotBeforeAt;
    if (dots == 0)
        return Problem::DomainWithoutDot;
    if (emptyLabel)
        return Problem::DomainDotPlacement;
    if (hyphenEdge)
        return Problem::DomainHyphen;
    if (domainBad)
        return Problem::DomainCharacter;
    if (ascii && s.size() > Limits::kMaxEmailLength)
        return Problem::TooLong;
    if (s.e - label < 2)
        return Problem::TopLevelDomain;
    if (s.e - label > 4 && std::memcmp(label, "xn--", 4) == 0) // punycode, e.g. xn--p1ai (.рф)
        return std::nullopt;
    for (const char* p = label; p < s.e; ++p) {
        if (hasClass(uchar(*p), kDigit))
            return Problem::TopLevelDomain;
    }
    return std::nullopt;
}

} // namespace EmailListDetail
