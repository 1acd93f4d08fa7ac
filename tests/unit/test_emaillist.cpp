// EmailListParser: every accepted format, every rejection reason, de-duplication, the shared sample
// exports, fixtures shaped like real exports, cancellation and a 100,000-line list.

#include "apilimits.h"
#include "emaillist.h"

#include <QFile>
#include <QSet>
#include <QtTest>

#include <atomic>

using Problem = EmailListAnalysis::Problem;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString sharedFile(const char* name)
{
    return QStringLiteral(ENROLLDESK_SHARED_DATA "/") + QLatin1String(name);
}

QString fixture(const char* name)
{
    return QStringLiteral(ENROLLDESK_TEST_DATA "/emails/") + QLatin1String(name);
}

QStringList problemsOf(const EmailListAnalysis& analysis)
{
    QStringList out;
    for (const auto& invalid : analysis.invalid)
        out << QStringLiteral("%1:%2").arg(invalid.line).arg(invalid.text);
    return out;
}

} // namespace

class TestEmailList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void asciiChecksAgreeWithIsEmail();
    void addressInCommentIsListedNotSent();
    void reasonsArePlainWords();
    void duplicatesAreCaseInsensitive_data();
    void duplicatesAreCaseInsensitive();
    void lineCounts_data();
    void lineCounts();
    void csvColumn_data();
    void csvColumn();
    void sharedSamples_data();
    void sharedSamples();
    void fixtures_data();
    void fixtures();
    void emptyInput_data();
    void emptyInput();
    void stringViewAndBytesAgree();
    void invalidListIsCapped();
    void longTextIsCut();
    void cancellation();
    void progressReachesTheEnd();
    void largeGeneratedList_data();
    void largeGeneratedList();
};

void TestEmailList::accepted_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    const QStringList ab{QStringLiteral("a@example.com"), QStringLiteral("b@example.com")};
    QTest::newRow("one per line") << QByteArray("a@example.com\nb@example.com\n") << ab;
    QTest::newRow("commas") << QByteArray("a@example.com, b@example.com") << ab;
    QTest::newRow("semicolons") << QByteArray("a@example.com;b@example.com;") << ab;
    QTest::newRow("tabs") << QByteArray("a@example.com\tb@example.com") << ab;
    QTest::newRow("spaces") << QByteArray("a@example.com   b@example.com") << ab;
    QTest::newRow("surrounding spaces") << QByteArray("   a@example.com  \n\t b@example.com\t") << ab;
    QTest::newRow("name angle") << QByteArray("Ann Lee <a@example.com>, Bob Roe <b@example.com>") << ab;
    QTest::newRow("name angle no space") << QByteArray("Ann<a@example.com>;Bob<b@example.com>") << ab;
    QTest::newRow("quoted display name with comma")
        << QByteArray("\"Lee, Ann\" <a@example.com>, \"Roe, Bob\" <b@example.com>") << ab;
    QTest::newRow("unquoted last, first")
        << QByteArray("Lee, Ann <a@example.com>; Roe, Bob <b@example.com>") << ab;
    QTest::newRow("display name is the address")
        << QByteArray("\"a@example.com\" <a@example.com>; b@example.com") << ab;
    QTest::newRow("quoted address") << QByteArray("\"a@example.com\"\n'b@example.com'") << ab;
    QTest::newRow("mailto and trailing full stop")
        << QByteArray("mailto:a@example.com\nb@example.com.") << ab;
    QTest::newRow("name after address")
        << QByteArray("a@example.com (Ann Lee)\nb@example.com\tBob\tIT") << ab;
    QTest::newRow("comment before address")
        << QByteArray("(Ann Lee) a@example.com\n(IT) b@example.com") << ab;
    QTest::newRow("label before address") << QByteArray("To: a@example.com\nCc: b@example.com") << ab;
    QTest::newRow("name (address)") << QByteArray("Ann Lee (a@example.com)\nRoe, Bob [b@example.com]") << ab;
    QTest::newRow("list markers") << QByteArray("1. a@example.com\n\xE2\x80\xA2 b@example.com") << ab;
    QTest::newRow("separators between addresses") << QByteArray("a@example.com | b@example.com") << ab;
    QTest::newRow("dash before a name") << QByteArray("- a@example.com (Ann) / b@example.com") << ab;
    QTest::newRow("French label with a space before the colon")
        << QByteArray("\xC3\x80 : a@example.com\nCc\xC2\xA0: b@example.com") << ab;
    QTest::newRow("a tag in brackets after") << QByteArray("a@example.com [Sales]\nb@example.com") << ab;
    QTest::newRow("words after a named address") << QByteArray("Ann <a@example.com> IT, b@example.com") << ab;
    QTest::newRow("quoted name before a bare address")
        << QByteArray("\"Ann Lee\" a@example.com; b@example.com") << ab;
    QTest::newRow("header row") << QByteArray("Email\na@example.com\nb@example.com") << ab;
    QTest::newRow("header row with suffix")
        << QByteArray("E-mail Address [Required]\na@example.com\nb@example.com") << ab;
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a@example.com\nb@example.com")
                         << ab;
    QTest::newRow("CRLF") << QByteArray("a@example.com\r\nb@example.com\r\n") << ab;
    QTest::newRow("CR only") << QByteArray("a@example.com\rb@example.com\r") << ab;
    QTest::newRow("no-break and zero-width spaces")
        << QByteArray("a@example.com\xC2\xA0\xE2\x80\x8B;\xE2\x80\x8B b@example.com\xEF\xBB\xBF") << ab;
    QTest::newRow("apostrophe in address")
        << QByteArray("o'brien@example.com") << QStringList{QStringLiteral("o'brien@example.com")};
    QTest::newRow("plus and subdomain")
        << QByteArray("a+tag@mail.example.co.uk") << QStringList{QStringLiteral("a+tag@mail.example.co.uk")};
    QTest::newRow("non-ASCII address")
        << QByteArray("j\xC3\xBCrgen@example.com") << QStringList{QStringLiteral("j\u00fcrgen@example.com")};
    QTest::newRow("Latin-1 bytes") << QByteArray("j\xFCrgen@example.com")
                                   << QStringList{QStringLiteral("j\u00fcrgen@example.com")};
    QTest::newRow("Windows-1252 bytes") << QByteArray("\x9Aimon.nov\xE1k@example.com")
                                        << QStringList{QStringLiteral("\u0161imon.nov\u00e1k@example.com")};
    {
        const QString text = QStringLiteral("a@example.com\r\nb@example.com\r\n");
        QByteArray little;
        QByteArray big;
        for (const QChar c : text) {
            little.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            big.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QTest::newRow("UTF-16LE without a BOM") << little << ab;
        // One character beyond Latin-1 (an ideographic space) has its zero byte in the other place.
        QByteArray wide = little;
        wide.prepend(QByteArray("\x00\x30", 2));
        QTest::newRow("UTF-16LE without a BOM, an ideographic space") << wide << ab;
        QTest::newRow("UTF-16BE without a BOM") << big << ab;
    }
    QTest::newRow("punycode top-level domain")
        << QByteArray("a@example.xn--p1ai") << QStringList{QStringLiteral("a@example.xn--p1ai")};
    QTest::newRow("CSV column by header")
        << QByteArray("Name,Email,Dept\nAnn,a@example.com,IT\nBob,b@example.com,HR\n") << ab;
    QTest::newRow("CSV column by content")
        << QByteArray("Ann,a@example.com,IT\nBob,b@example.com,HR\n") << ab;
    QTest::newRow("CSV quoted comma")
        << QByteArray("Name,Email\n\"Lee, Ann\",a@example.com\n\"Roe, Bob\",b@example.com") << ab;
    QTest::newRow("CSV Name <addr> cell")
        << QByteArray("Email,Dept\nAnn Lee <a@example.com>,IT\n\"Roe, Bob <b@example.com>\",HR") << ab;
    QTest::newRow("CSV quoted display name in a cell")
        << QByteArray("Email,Dept\n\"Lee, Ann\" <a@example.com>,IT\n\"Roe, Bob\" <b@example.com>,HR\n") << ab;
    QTest::newRow("CSV cell with two lines")
        << QByteArray("Email,Name\n\"a@example.com\nb@example.com\",Ann\n") << ab;
    QTest::newRow("CSV stray quote") << QByteArray("Email,Name\n\"a@example.com,Ann\nb@example.com,Bob\n")
                                     << ab;
    QTest::newRow("CSV stray quote closed by another row's quote")
        << QByteArray("Email,Name,Dept\na@example.com,\"Ann,IT\nb@example.com,Bob,IT\n"
                      "c@example.com,\"Lee, Cy\",HR\n")
        << QStringList{QStringLiteral("a@example.com"), QStringLiteral("b@example.com"),
                       QStringLiteral("c@example.com")};
    QTest::newRow("typographic quotes and marks")
        << QByteArray("\xE2\x80\x9C"
                      "a@example.com"
                      "\xE2\x80\x9D\n"
                      "\xC2\xAB"
                      "b@example.com"
                      "\xC2\xBB\n"
                      "\xE3\x80\x8C"
                      "c@example.com"
                      "\xE3\x80\x8D\n"
                      "e@example.com"
                      "\xE3\x80\x82\n")
        << QStringList{QStringLiteral("a@example.com"), QStringLiteral("b@example.com"),
                       QStringLiteral("c@example.com"), QStringLiteral("e@example.com")};
    QTest::newRow("commented-out lines")
        << QByteArray("a@example.com\n# old: x@example.com\n#y@example.com\n// removed: z@example.com\n"
                      "# Sales team\n#1 b@example.com\n# 2 c@example.com\n")
        << QStringList{QStringLiteral("a@example.com"), QStringLiteral("b@example.com"),
                       QStringLiteral("c@example.com")};
    QTest::newRow("CSV after PowerShell's #TYPE line")
        << QByteArray("#TYPE Selected.Microsoft.ActiveDirectory.Management.ADUser\n"
                      "\"Name\",\"EmailAddress\",\"UserPrincipalName\"\n"
                      "\"Ann\",\"a@example.com\",\"ann@corp.example.com\"\n"
                      "\"Bob\",\"b@example.com\",\"bob@corp.example.com\"\n")
        << ab;
    QTest::newRow("CSV after Excel's sep= line, a tab")
        << QByteArray("sep=\t\nName\tEmail\tManager\nAnn\ta@example.com\tboss@example.com\n"
                      "Bob\tb@example.com\tboss@example.com\n")
        << ab;
    QTest::newRow("CSV after Excel's sep= line")
        << QByteArray("sep=;\nName;Email;UPN\nAnn;a@example.com;ann@corp.example.com\n"
                      "Bob;b@example.com;bob@corp.example.com\n")
        << ab;
    QTest::newRow("CSV UPN fallback when mail empty")
        << QByteArray("userPrincipalName,mail\nupn.a@example.com,a@example.com\nb@example.com,\n") << ab;
    // A '#' is allowed before the @; only "#EXT#" marks a guest's sign-in name.
    QTest::newRow("hash in the local part")
        << QByteArray("team#1@example.com\next#2@example.com\n")
        << QStringList{QStringLiteral("team#1@example.com"), QStringLiteral("ext#2@example.com")};
}

void TestEmailList::accepted()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    const EmailListAnalysis analysis = EmailListParser::parse(input);
    QCOMPARE(analysis.valid.toList(), expected);
    QCOMPARE(problemsOf(analysis), QStringList());
    QCOMPARE(analysis.invalidCount, 0);
    QCOMPARE(analysis.duplicates, 0);
}

void TestEmailList::rejected_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("text");

    const auto row = [](const char* name, const QByteArray& input, Problem problem, const QString& text) {
        QTest::newRow(name) << input << int(problem) << text;
    };
    row("not an e-mail address", "call me maybe", Problem::NotAnAddress, QStringLiteral("call me maybe"));
    row("cut off with an ellipsis", "john@example.co\xE2\x80\xA6", Problem::DomainCharacter,
        QStringLiteral("john@example.co\u2026"));
    row("missing @", "john.smith.example.com", Problem::MissingAt, QStringLiteral("john.smith.example.com"));
    row("missing @ next to an address", "john.smith.example.com; a@example.com", Problem::MissingAt,
        QStringLiteral("john.smith.example.com"));
    row("two @ signs", "broken@@example.com", Problem::SeveralAt, QStringLiteral("broken@@example.com"));
    row("nothing before @", "@example.com", Problem::MissingLocalPart, QStringLiteral("@example.com"));
    row("missing domain", "john@", Problem::MissingDomain, QStringLiteral("john@"));
    row("too long", QByteArray(120, 'a') + "@example.com", Problem::TooLong,
        QString(120, u'a') + QStringLiteral("@example.com"));
    row("space inside angle brackets", "<john smith@example.com>", Problem::InvalidCharacter,
        QStringLiteral("john smith@example.com"));
    row("colon before @", "john:smith@example.com", Problem::InvalidCharacter,
        QStringLiteral("john:smith@example.com"));
    row("starts with a dot", ".john@example.com", Problem::LeadingDot, QStringLiteral(".john@example.com"));
    row("dot before @", "trailing.dot.@example.com", Problem::DotBeforeAt,
        QStringLiteral("trailing.dot.@example.com"));
    row("two dots in a row", "john..smith@example.com", Problem::DoubleDot,
        QStringLiteral("john..smith@example.com"));
    row("domain without dot", "john@localhost", Problem::DomainWithoutDot, QStringLiteral("john@localhost"));
    row("empty domain label", "john@example..com", Problem::DomainDotPlacement,
        QStringLiteral("john@example..com"));
    row("domain starts with dot", "john@.example.com", Problem::DomainDotPlacement,
        QStringLiteral("john@.example.com"));
    row("underscore in domain", "john@exa_mple.com", Problem::DomainCharacter,
        QStringLiteral("john@exa_mple.com"));
    row("hyphen at label edge", "john@-example.com", Problem::DomainHyphen,
        QStringLiteral("john@-example.com"));
    row("one-letter top-level domain", "john@example.c", Problem::TopLevelDomain,
        QStringLiteral("john@example.c"));
    row("numeric top-level domain", "john@10.0.0.1", Problem::TopLevelDomain,
        QStringLiteral("john@10.0.0.1"));
    row("CSV row with empty e-mail cell", "Name,Email\nAnn,\n", Problem::EmptyCell, QStringLiteral("Ann,"));
    row("CSV cell without address", "Name,Email\nAnn,n/a\n", Problem::NotAnAddress, QStringLiteral("n/a"));
    // An unquoted comma in a name shifts the row's cells: the row is the problem, not its second cell.
    row("CSV row with a cell too many", "Name,Email\nSmith, Ann,ann@example.com\n", Problem::RowWidth,
        QStringLiteral("Smith, Ann,ann@example.com"));
    row("CSV row with a cell too few", "Name;Dept;Email\nAnn;ann@example.com\n", Problem::RowWidth,
        QStringLiteral("Ann;ann@example.com"));
    // Passes the detailed checks (two bytes after the last dot) but not Limits::isEmail (one character).
    row("refused by Limits::isEmail", "john@example.\xC3\xA9", Problem::Rejected,
        QStringLiteral("john@example.\u00e9"));
    // Copied from a web page or a chat, they look like valid addresses. (No-break and zero-width spaces
    // separate words instead: see the accepted rows.)
    row("soft hyphen", "jo\xC2\xADhn@example.com", Problem::InvisibleCharacter,
        QStringLiteral("jo\u00adhn@example.com"));
    row("bidi isolate", "john@example.com\xE2\x81\xA6", Problem::InvisibleCharacter,
        QStringLiteral("john@example.com\u2066"));
    // A space typed into an address: the part with the @ is someone else's address.
    row("space inside the local part", "jo hn@example.com", Problem::WordsNextToAddress,
        QStringLiteral("jo hn@example.com"));
    row("name before a bare address", "john smith@example.com", Problem::WordsNextToAddress,
        QStringLiteral("john smith@example.com"));
    row("space inside the domain", "john@example.co m", Problem::WordsNextToAddress,
        QStringLiteral("john@example.co m"));
    row("loose words between two addresses", "a@example.com jo hn@example.com", Problem::WordsNextToAddress,
        QStringLiteral("a@example.com jo hn@example.com"));
    row("loose words after a named address", "Ann <a@example.com>; jo hn@example.com",
        Problem::WordsNextToAddress, QStringLiteral("jo hn@example.com"));
    row("CSV cell with a space in the address", "Email,Dept\njo hn@example.com,IT\n",
        Problem::WordsNextToAddress, QStringLiteral("jo hn@example.com"));
    // Loose words after a bare address are not the name of the next, named one: the bare one is cut.
    row("space in the domain, then a named address", "john@example.co m Bob Roe <b@example.com>",
        Problem::WordsNextToAddress, QStringLiteral("john@example.co m Bob Roe"));
    // An address among the words of a comment is a note (an old address, a manager's), not a recipient.
    row("address in a comment", "a@example.com (old: c@example.com)", Problem::AddressInComment,
        QStringLiteral("c@example.com"));
    row("address opening a comment", "a@example.com [c@example.com until May]", Problem::AddressInComment,
        QStringLiteral("c@example.com"));
    row("name and address in one comment", "(Ann Lee c@example.com)", Problem::AddressInComment,
        QStringLiteral("c@example.com"));
    // An Entra ID guest's sign-in name (a user export's userPrincipalName for guests): no mailbox.
    row("guest sign-in name", "ann_contoso.com#EXT#@tenant.onmicrosoft.com", Problem::GuestSignInName,
        QStringLiteral("ann_contoso.com#EXT#@tenant.onmicrosoft.com"));
    row("guest sign-in name, lower case, in <>", "Ann <ann_contoso.com#ext#@tenant.onmicrosoft.com>",
        Problem::GuestSignInName, QStringLiteral("ann_contoso.com#ext#@tenant.onmicrosoft.com"));
    row("CSV UPN fallback holding a guest's sign-in name",
        "userPrincipalName,mail\nann_contoso.com#EXT#@tenant.onmicrosoft.com,\n", Problem::GuestSignInName,
        QStringLiteral("ann_contoso.com#EXT#@tenant.onmicrosoft.com"));
    // Joined by a zero-width space only, nothing looks split: the invisible character is the problem.
    row("zero-width space inside", "jo\xE2\x80\x8Bhn@example.com", Problem::InvisibleCharacter,
        QStringLiteral("jo\u200bhn@example.com"));
}

// The parser accepts an ASCII address on its own byte-level checks, without calling Limits::isEmail:
// the two must agree. Random strings over the characters addresses are made of (no separators).
void TestEmailList::asciiChecksAgreeWithIsEmail()
{
    const QByteArray alphabet("abZ09.@-_+'!%");
    const QByteArray letters("abcXYZ019");
    QRandomGenerator random(20261127);
    const auto word = [&](int length) {
        QByteArray w;
        for (int c = 0; c < length; ++c)
            w += letters[int(random.bounded(letters.size()))];
        return w;
    };
    int accepted = 0;
    for (int i = 0; i < 100000; ++i) {
        // A plausible address, then (often) one character replaced by any of the alphabet's.
        QByteArray line = word(1 + int(random.bounded(8))) + '@' + word(1 + int(random.bounded(6))) + '.' +
                          word(1 + int(random.bounded(4)));
        for (int m = int(random.bounded(3)); m > 0; --m)
            line[int(random.bounded(line.size()))] = alphabet[int(random.bounded(alphabet.size()))];
        const EmailListAnalysis analysis = EmailListParser::parse(line);
        for (const QString& address : analysis.valid) {
            QVERIFY2(Limits::isEmail(address), address.toUtf8().constData());
            ++accepted;
        }
        if (Limits::isEmail(QString::fromLatin1(line)))
            QVERIFY2(analysis.valid.toList() == QStringList{QString::fromLatin1(line)}, line.constData());
    }
    QVERIFY(accepted > 1000); // the comparison saw both outcomes
}

void TestEmailList::rejected()
{
    QFETCH(QByteArray, input);
    QFETCH(int, problem);
    QFETCH(QString, text);
    const EmailListAnalysis analysis = EmailListParser::parse(input);
    QCOMPARE(analysis.invalidCount, 1);
    QCOMPARE(analysis.invalid.size(), 1);
    const auto& invalid = analysis.invalid.constFirst();
    QCOMPARE(int(invalid.problem), problem);
    QCOMPARE(invalid.text, text);
    QCOMPARE(invalid.reason, EmailListParser::problemText(Problem(problem)));
    QCOMPARE(invalid.line, analysis.headerLine + 1);
    QVERIFY(analysis.valid.size() <= 1); // only the row with "a@example.com" keeps one
}

// The comment ends where its bracket closes: the addresses around it are taken, the one inside is not.
void TestEmailList::addressInCommentIsListedNotSent()
{
    const EmailListAnalysis analysis =
        EmailListParser::parse(QByteArray("a@example.com (old: c@example.com) b@example.com\n"
                                          "(was d@example.com) e@example.com; f@example.com (Ann Lee)\n"
                                          "g@example.com (old: h@example.com, i@example.com)\n"
                                          "j@example.com (was <k@example.com>); (was \"l@example.com\")\n"));
    QCOMPARE(analysis.valid.toList(),
             (QStringList{QStringLiteral("a@example.com"), QStringLiteral("b@example.com"),
                          QStringLiteral("e@example.com"), QStringLiteral("f@example.com"),
                          QStringLiteral("g@example.com"), QStringLiteral("j@example.com")}));
    // A comma inside the comment does not end it; nor does an address in <> or quotes.
    QCOMPARE(problemsOf(analysis),
             (QStringList{QStringLiteral("1:c@example.com"), QStringLiteral("2:d@example.com"),
                          QStringLiteral("3:h@example.com"), QStringLiteral("3:i@example.com"),
                          QStringLiteral("4:k@example.com"), QStringLiteral("4:l@example.com")}));
}

void TestEmailList::reasonsArePlainWords()
{
    QSet<QString> seen;
    for (int i = 0; i <= int(Problem::Rejected); ++i) {
        const QString reason = EmailListParser::problemText(Problem(i));
        QVERIFY2(!reason.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(!seen.contains(reason), qPrintable(reason));
        seen.insert(reason);
    }
    QCOMPARE(EmailListParser::problemText(Problem::TooLong),
             QStringLiteral("address longer than 128 characters"));
    QCOMPARE(EmailListParser::problemText(Problem::MissingDomain), QStringLiteral("missing domain"));
}

void TestEmailList::duplicatesAreCaseInsensitive_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("duplicates");

    QTest::newRow("same spelling") << QByteArray("a@example.com\na@example.com\na@example.com")
                                   << QStringList{QStringLiteral("a@example.com")} << 2;
    QTest::newRow("case only, first spelling kept")
        << QByteArray("Ann.Lee@Example.COM\nann.lee@example.com; ANN.LEE@EXAMPLE.COM")
        << QStringList{QStringLiteral("Ann.Lee@Example.COM")} << 2;
    QTest::newRow("same address in several forms")
        << QByteArray("Ann <a@example.com>\n\"a@example.com\"\nmailto:A@example.com\nb@example.com")
        << QStringList{QStringLiteral("a@example.com"), QStringLiteral("b@example.com")} << 2;
    QTest::newRow("non-ASCII case") << QByteArray("J\xC3\x9CRGEN@example.com\nj\xC3\xBCrgen@example.com")
                                    << QStringList{QStringLiteral("J\u00dcRGEN@example.com")} << 1;
    QTest::newRow("composed and decomposed")
        << QByteArray("jo\xC3\xABl@example.com\njoe\xCC\x88l@example.com")
        << QStringList{QStringLiteral("jo\u00ebl@example.com")} << 1;
    QTest::newRow("invalid ones are not duplicates")
        << QByteArray("a@@example.com\na@@example.com") << QStringList() << 0;
}

void TestEmailList::duplicatesAreCaseInsensitive()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QFETCH(int, duplicates);
    const EmailListAnalysis analysis = EmailListParser::parse(input);
    QCOMPARE(analysis.valid.toList(), expected);
    QCOMPARE(analysis.duplicates, duplicates);
}

void TestEmailList::lineCounts_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("blank");
    QTest::addColumn<int>("header");
    QTest::addColumn<QList<int>>("invalidLines");

    QTest::newRow("trailing newline") << QByteArray("a@example.com\n") << 1 << 0 << 0 << QList<int>();
    QTest::newRow("no trailing newline")
        << QByteArray("a@example.com\nb@example.com") << 2 << 0 << 0 << QList<int>();
    QTest::newRow("blank and junk lines")
        << QByteArray("\n  \njunk\na@example.com\n;,;\nbad@\n\n") << 7 << 4 << 0 << QList<int>{3, 6};
    QTest::newRow("CRLF") << QByteArray("x\r\n\r\ny@example.com\r\nz\r\n") << 4 << 1 << 0 << QList<int>{1, 4};
    QTest::newRow("header after blank lines")
        << QByteArray("\n\nEmail\nbad\na@example.com") << 5 << 2 << 3 << QList<int>{4};
    QTest::newRow("CSV multi-line record")
        << QByteArray("Email,Notes\na@example.com,\"one\ntwo\"\nbad,x\n,\n") << 5 << 1 << 1 << QList<int>{4};
}

void TestEmailList::lineCounts()
{
    QFETCH(QByteArray, input);
    QFETCH(int, total);
    QFETCH(int, blank);
    QFETCH(int, header);
    QFETCH(QList<int>, invalidLines);
    const EmailListAnalysis analysis = EmailListParser::parse(input);
    QCOMPARE(analysis.totalLines, total);
    QCOMPARE(analysis.blankLines, blank);
    QCOMPARE(analysis.headerLine, header);
    QList<int> lines;
    for (const auto& invalid : analysis.invalid)
        lines << invalid.line;
    QCOMPARE(lines, invalidLines);
}

void TestEmailList::csvColumn_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("csv");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("fallback");

    QTest::newRow("by header") << QByteArray("Name,Email,Dept\nAnn,a@example.com,IT\n") << true
                               << QStringLiteral("Email") << 1 << QString();
    QTest::newRow("semicolons") << QByteArray("Name;E-Mail-Adresse;Abteilung\nAnn;a@example.com;IT\n") << true
                                << QStringLiteral("E-Mail-Adresse") << 1 << QString();
    QTest::newRow("mail preferred over UPN")
        << QByteArray(
               "\"userPrincipalName\",\"displayName\",\"mail\"\n\"u@example.com\",\"U\",\"m@example.com\"\n")
        << true << QStringLiteral("mail") << 2 << QStringLiteral("userPrincipalName");
    QTest::newRow("UPN alone") << QByteArray("UserPrincipalName,DisplayName\na@example.com,Ann\n") << true
                               << QStringLiteral("UserPrincipalName") << 0 << QString();
    QTest::newRow("other mail columns ignored")
        << QByteArray("Recovery Email [Upload Only],Email Address [Required]\nr@example.com,a@example.com\n")
        << true << QStringLiteral("Email Address [Required]") << 1 << QString();
    QTest::newRow("employee's and manager's columns")
        << QByteArray("Employee,Employee Email,Manager Email\nAnn,a@example.com,boss@example.com\n"
                      "Bob,b@example.com,boss@example.com\n")
        << true << QStringLiteral("Employee Email") << 1 << QString();
    QTest::newRow("work and home columns")
        << QByteArray("Worker,Email - Primary Home,Email - Primary Work\nAnn,ann@home.example,a@example.com\n"
                      "Bob,bob@home.example,b@example.com\n")
        << true << QStringLiteral("Email - Primary Work") << 2 << QString();
    QTest::newRow("a usual name said to be a home one")
        << QByteArray("Email (Home),Email (Work)\nann@home.example,a@example.com\n") << true
        << QStringLiteral("Email (Work)") << 1 << QString();
    QTest::newRow("a type column before the address column")
        << QByteArray("Name,E-mail 1 - Type,E-mail 1 - Value\nAnn,* Work,a@example.com\n"
                      "Bob,* Work,b@example.com\n")
        << true << QStringLiteral("E-mail 1 - Value") << 2 << QString();
    QTest::newRow("a usual name before a probable one")
        << QByteArray("Employee Email,Email\nx@example.com,a@example.com\n") << true
        << QStringLiteral("Email") << 1 << QString();
    QTest::newRow("by content") << QByteArray(
                                       "Ann,a@example.com,IT\nBob,b@example.com,HR\nCy,c@example.com,HR\n")
                                << true << QString() << 1 << QString();
    QTest::newRow("by content, empty header cell")
        << QByteArray("Name,,Dept\nAnn,a@example.com,IT\nBob,b@example.com,HR\nCy,c@example.com,HR\n") << true
        << QString() << 1 << QString();
    QTest::newRow("by content, unknown header")
        << QByteArray("Nombre\tCorreo electr\xC3\xB3nico\nAnn\ta@example.com\nBob\tb@example.com\n") << true
        << QStringLiteral("Correo electr\u00f3nico") << 1 << QString();
    QTest::newRow("several address columns stay free text")
        << QByteArray("a@example.com, b@example.com\nc@example.com, d@example.com\n") << false << QString()
        << -1 << QString();
    QTest::newRow("one column with title")
        << QByteArray("Email\na@example.com\n") << false << QString() << -1 << QString();
    QTest::newRow("ragged paste stays free text")
        << QByteArray("Ann <a@example.com>; b@example.com\nc@example.com\tC\tIT\nd@example.com\n") << false
        << QString() << -1 << QString();
}

void TestEmailList::csvColumn()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, csv);
    QFETCH(QString, column);
    QFETCH(int, index);
    QFETCH(QString, fallback);
    const EmailListAnalysis analysis = EmailListParser::parse(input);
    QCOMPARE(analysis.csv, csv);
    QCOMPARE(analysis.emailColumn, column);
    QCOMPARE(analysis.emailColumnIndex, index);
    QCOMPARE(analysis.fallbackColumn, fallback);
    QCOMPARE(analysis.invalidCount, 0);
}

void TestEmailList::sharedSamples_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("valid");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("blank");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    // 40 rows: 35 addresses, joao.garcia/luis.nowak/ana.nowak/joao.nowak twice; john.garcia's first row has
    // an empty mail cell (UPN used) and comes back later with mail filled in.
    QTest::newRow("entra-users-export.csv")
        << sharedFile("entra-users-export.csv") << 35 << 5 << QStringList() << 41 << 0
        << QStringLiteral("mail")
        << QStringList{QStringLiteral("olga.muller@contoso.example"),
                       QStringLiteral("john.garcia@contoso.example"),
                       QStringLiteral("yvind.rossi@contoso.example")}
        << QStringList{QStringLiteral("Finance"), QStringLiteral("EMEA\"")};
    // 26 rows: 23 addresses, joao.garcia and john.garcia twice, olga.muller again in upper case.
    QTest::newRow("workspace-users.csv") << sharedFile("workspace-users.csv") << 23 << 3 << QStringList()
                                         << 27 << 0 << QStringLiteral("Email Address [Required]")
                                         << QStringList{QStringLiteral("olga.muller@fabrikam.example"),
                                                        QStringLiteral("ukasz.okafor@fabrikam.example")}
                                         << QStringList{QStringLiteral("OLGA.MULLER@FABRIKAM.EXAMPLE")};
    QTest::newRow("pasted-mixed.txt")
        << sharedFile("pasted-mixed.txt") << 6 << 1
        << QStringList{QStringLiteral("3:not an address"), QStringLiteral("8:broken@@contoso.example"),
                       QStringLiteral("9:trailing.dot.@contoso.example")}
        << 10 << 1 << QString() << QStringList{QStringLiteral("pierre.okafor@contoso.example"),
                                               QStringLiteral("ana.smith@contoso.example"),
                                               QStringLiteral("ukasz.obrien@contoso.example"),
                                               QStringLiteral("luis.ivanova@contoso.example"),
                                               QStringLiteral("JOAO.GARCIA@CONTOSO.EXAMPLE"),
                                               QStringLiteral("quoted.name@contoso.example")}
        << QStringList{QStringLiteral("joao.garcia@contoso.example")};
}

void TestEmailList::sharedSamples()
{
    QFETCH(QString, path);
    QFETCH(int, valid);
    QFETCH(int, duplicates);
    QFETCH(QStringList, problems);
    QFETCH(int, total);
    QFETCH(int, blank);
    QFETCH(QString, column);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);

    const EmailListAnalysis analysis = EmailListParser::parse(readFile(path));
    QCOMPARE(analysis.valid.size(), valid);
    QCOMPARE(analysis.duplicates, duplicates);
    QCOMPARE(problemsOf(analysis), problems);
    QCOMPARE(analysis.invalidCount, problems.size());
    QCOMPARE(analysis.totalLines, total);
    QCOMPARE(analysis.blankLines, blank);
    QCOMPARE(analysis.csv, !column.isEmpty());
    QCOMPARE(analysis.emailColumn, column);
    for (const QString& address : present)
        QVERIFY2(analysis.valid.contains(address), qPrintable(address));
    for (const QString& address : absent)
        QVERIFY2(!analysis.valid.contains(address), qPrintable(address));
    if (!present.isEmpty() && path.endsWith(u".txt"))
        QCOMPARE(analysis.valid.toList(), present); // the paste: exactly these, in this order
}

void TestEmailList::fixtures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("valid");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("column");

    QTest::newRow("Excel Unicode text (UTF-16, tabs)")
        << fixture("excel-unicode-text.txt")
        << QStringList{QStringLiteral("asa.lind@northwind.example"),
                       QStringLiteral("bjorn.ek@northwind.example"),
                       QStringLiteral("chen.wei@northwind.example")}
        << 1 << QStringList{QStringLiteral("6:Dana Kim\t\tHR").replace(u'\t', u' ')} << 6
        << QStringLiteral("E-mail");
    QTest::newRow("Excel CSV, semicolons, Windows-1252")
        << fixture("excel-semicolon-cp1252.csv")
        << QStringList{QStringLiteral("zoe.martin@exemple.example"),
                       QStringLiteral("no\u00ebl.dubois@exemple.example"),
                       QStringLiteral("lea.petit@exemple.example")}
        << 0 << QStringList{QStringLiteral("6:helene.roux@exemple")} << 6 << QStringLiteral("Courriel");
    QTest::newRow("mail client To: line")
        << fixture("outlook-to-line.txt")
        << QStringList{QStringLiteral("pierre.okafor@contoso.example"),
                       QStringLiteral("ana.smith@contoso.example"),
                       QStringLiteral("luis.wang@contoso.example"), QStringLiteral("li.wang@contoso.example"),
                       QStringLiteral("giulia.berg@contoso.example")}
        << 1 << QStringList{QStringLiteral("1:hans.nowak@contoso")} << 1 << QString();
    QTest::newRow("CSV with multi-line notes")
        << fixture("multiline-notes.csv")
        << QStringList{QStringLiteral("olga.muller@contoso.example"),
                       QStringLiteral("pierre.okafor@contoso.example"),
                       QStringLiteral("ana.smith@contoso.example")}
        << 0 << QStringList{QStringLiteral("8:not-an-address")} << 8 << QStringLiteral("Email");
}

void TestEmailList::fixtures()
{
    QFETCH(QString, path);
    QFETCH(QStringList, valid);
    QFETCH(int, duplicates);
    QFETCH(QStringList, problems);
    QFETCH(int, total);
    QFETCH(QString, column);

    const EmailListAnalysis analysis = EmailListParser::parse(readFile(path));
    QCOMPARE(analysis.valid.toList(), valid);
    QCOMPARE(analysis.duplicates, duplicates);
    QCOMPARE(problemsOf(analysis), problems);
    QCOMPARE(analysis.totalLines, total);
    QCOMPARE(analysis.emailColumn, column);
}

void TestEmailList::emptyInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("total");

    QTest::newRow("nothing") << QByteArray() << 0;
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << 0;
    QTest::newRow("blank lines") << QByteArray("\n \r\n\t\n") << 3;
    QTest::newRow("separators only") << QByteArray(",;,\n;") << 2;
}

void TestEmailList::emptyInput()
{
    QFETCH(QByteArray, input);
    QFETCH(int, total);
    const EmailListAnalysis analysis = EmailListParser::parse(input);
    QVERIFY(analysis.valid.isEmpty());
    QCOMPARE(analysis.invalidCount, 0);
    QCOMPARE(analysis.duplicates, 0);
    QCOMPARE(analysis.totalLines, total);
    QCOMPARE(analysis.blankLines, total);
    QVERIFY(!analysis.csv);
    QVERIFY(!analysis.cancelled);
}

void TestEmailList::stringViewAndBytesAgree()
{
    const QString text = QStringLiteral(
        "\ufeffName,E-mail\n\"Lee, Ann\",ann@example.com\nJ\u00fcrgen,j\u00fcrgen@example.com\n"
        "Bob,bob@\nAnn,ANN@example.com\n");
    const EmailListAnalysis fromText = EmailListParser::parse(QStringView(text));
    const EmailListAnalysis fromBytes = EmailListParser::parse(text.toUtf8());
    QCOMPARE(fromText.valid.toList(),
             QStringList({QStringLiteral("ann@example.com"), QStringLiteral("j\u00fcrgen@example.com")}));
    QCOMPARE(fromText.valid.toList(), fromBytes.valid.toList());
    QCOMPARE(fromText.duplicates, 1);
    QCOMPARE(problemsOf(fromText), QStringList{QStringLiteral("4:bob@")});
    QCOMPARE(problemsOf(fromText), problemsOf(fromBytes));
    QCOMPARE(fromText.emailColumn, QStringLiteral("E-mail"));
}

void TestEmailList::invalidListIsCapped()
{
    QByteArray input;
    const int lines = EmailListParser::kMaxListedInvalid + 50;
    for (int i = 0; i < lines; ++i)
        input += "bad" + QByteArray::number(i) + "@\n";
    const EmailListAnalysis analysis = EmailListParser::parse(input);
    QCOMPARE(analysis.invalidCount, lines);
    QCOMPARE(analysis.invalid.size(), EmailListParser::kMaxListedInvalid);
    QCOMPARE(analysis.invalid.constLast().line, EmailListParser::kMaxListedInvalid);
}

void TestEmailList::longTextIsCut()
{
    const QByteArray junk = QByteArray("junk ").repeated(200);
    const EmailListAnalysis analysis = EmailListParser::parse(junk);
    QCOMPARE(analysis.invalid.size(), 1);
    const QString text = analysis.invalid.constFirst().text;
    QCOMPARE(text.size(), EmailListParser::kMaxInvalidTextLength);
    QVERIFY(text.endsWith(QChar(0x2026)));
    QVERIFY(text.startsWith(QStringLiteral("junk junk")));
}

void TestEmailList::cancellation()
{
    QByteArray input;
    for (int i = 0; i < 20000; ++i)
        input += "user" + QByteArray::number(i) + "@example.com\n";
    std::atomic_bool cancel{true};
    const EmailListAnalysis cancelled = EmailListParser::parse(input, &cancel);
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.valid.size() < 20000);

    cancel = false;
    const EmailListAnalysis complete = EmailListParser::parse(input, &cancel);
    QVERIFY(!complete.cancelled);
    QCOMPARE(complete.valid.size(), 20000);
}

void TestEmailList::progressReachesTheEnd()
{
    QByteArray input;
    for (int i = 0; i < 10000; ++i)
        input += "user" + QByteArray::number(i) + "@example.com\n";
    std::atomic_int progress{-1};
    const EmailListAnalysis analysis = EmailListParser::parse(input, nullptr, &progress);
    QCOMPARE(analysis.valid.size(), 10000);
    QCOMPARE(progress.load(), 1000);
}

void TestEmailList::largeGeneratedList_data()
{
    QTest::addColumn<bool>("csv");
    QTest::newRow("free text") << false;
    QTest::newRow("CSV") << true;
}

void TestEmailList::largeGeneratedList()
{
    QFETCH(bool, csv);
    // 100,000 lines after the header, in blocks of ten: six new addresses, one upper-case repeat, one
    // `Name <address>`, one malformed address, one blank line.
    QByteArray input = csv ? "Email,Name,Department\n" : "Email\n";
    constexpr int blocks = 10000;
    for (int b = 0; b < blocks; ++b) {
        const QByteArray base = "user" + QByteArray::number(b) + ".";
        const QByteArray rest = csv ? ",Some Name,IT\n" : "\n";
        for (int i = 0; i < 6; ++i)
            input += base + QByteArray::number(i) + "@example.com" + rest;
        input += QByteArray(base + "3@example.com").toUpper() + rest;
        input += "Some Name <" + base + "6@example.org>" + rest;
        input += base + "7@@example.com" + rest;
        input += '\n';
    }
    const EmailListAnalysis analysis = EmailListParser::parse(input);
    QCOMPARE(analysis.csv, csv);
    QCOMPARE(analysis.headerLine, 1);
    QCOMPARE(analysis.totalLines, blocks * 10 + 1);
    QCOMPARE(analysis.blankLines, blocks);
    QCOMPARE(analysis.valid.size(), blocks * 7);
    QCOMPARE(analysis.duplicates, blocks);
    QCOMPARE(analysis.invalidCount, blocks);
    QCOMPARE(analysis.invalid.size(), blocks);
    QCOMPARE(analysis.valid.at(6), QStringLiteral("user0.6@example.org"));
    QCOMPARE(analysis.valid.last(), QStringLiteral("user9999.6@example.org"));
    QCOMPARE(analysis.invalid.constLast().line, blocks * 10);
    QCOMPARE(int(analysis.invalid.constLast().problem), int(Problem::SeveralAt));
}

QTEST_GUILESS_MAIN(TestEmailList)
#include "test_emaillist.moc"
