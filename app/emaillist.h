#pragma once
// Turns what IT staff paste or import (a spreadsheet column, a mail client's To: line, a CSV export of
// up to a few hundred thousand users) into a clean list of unique addresses plus the lines that were not
// understood, with a plain reason for each. Pure functions over values: safe to run on a worker thread
// (QtConcurrent::run) while the GUI polls the progress and may set the cancel flag.
//
// Accepted: one or several addresses a line, separated by blanks, commas, semicolons or tabs;
// `Name <address>` and `"Last, First" <address>`; quoted addresses and mailto: links; a header row;
// CSV (comma, semicolon or tab, quoted fields) whose e-mail column is found by its header (email,
// e-mail, mail, Email Address [Required]... preferred over userPrincipalName, which is read when the
// e-mail cell of a row is empty) or, without a known header, as the one column that mostly holds
// addresses. Other cells and words (names, departments) are not errors, except loose words right next
// to a bare address ("jo hn@example.com": a space typed into it), which refuse the line.

#include "emailaddresses.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringConverter>
#include <QStringList>
#include <QStringView>

#include <atomic>
#include <optional>

struct EmailListAnalysis
{
    // Why a token or line was rejected. `InvalidLine::reason` holds the translated words.
    enum class Problem {
        NotAnAddress,       // a line (or CSV cell) with no address in it
        MissingAt,          // looks like an address but has no @
        SeveralAt,          // more than one @
        MissingLocalPart,   // nothing before the @
        MissingDomain,      // nothing after the @
        TooLong,            // over Limits::kMaxEmailLength characters
        InvalidCharacter,   // space, quote, bracket, comma... in the part before the @
        LeadingDot,         // ".john@example.com"
        DotBeforeAt,        // "john.@example.com"
        DoubleDot,          // "john..smith@example.com"
        DomainWithoutDot,   // "john@localhost"
        DomainDotPlacement, // "john@example..com", "john@.example.com"
        DomainCharacter,    // "john@exa_mple.com"
        DomainHyphen,       // "john@-example.com"
        TopLevelDomain,     // "john@example.c", "john@10.0.0.1"
        EmptyCell,          // CSV: the e-mail column of this row is empty
        InvisibleCharacter, // a no-break space, zero-width space, byte-order mark...
                            // (Limits::isInvisibleOrSpace)
        WordsNextToAddress, // "jo hn@example.com": a bare address with loose words beside it
        AddressInComment,   // "a@example.com (old: c@example.com)": the second one
        GuestSignInName,    // "ann_contoso.com#EXT#@tenant.onmicrosoft.com": an Entra ID guest's UPN
        RowWidth,           // CSV: a row whose cell count differs from the header's, its address not found
        Rejected,           // passed the detailed checks but not Limits::isEmail (keep last)
    };

    struct InvalidLine
    {
        int line = 0;   // 1-based physical line (first line of a multi-line CSV record)
        QString text;   // the offending token, or the whole line/cell; trimmed, at most ~200 characters
        QString reason; // translated, plain words
        Problem problem = Problem::NotAnAddress;
    };

    EmailAddresses valid;       // unique, first-seen order, spelled as first seen
    int duplicates = 0;         // valid addresses dropped because seen before (case-insensitive)
    QList<InvalidLine> invalid; // the first EmailListParser::kMaxListedInvalid problems
    int invalidCount = 0;       // all problems, listed or not
    int totalLines = 0;         // physical lines, header and blank lines included
    int blankLines = 0;
    int headerLine = 0;        // 1-based line of the detected header row, 0 when none
    int preambleLines = 0;     // before the header: PowerShell's "#TYPE …", Excel's "sep=;" (skipped)
    int commentLines = 0;      // free form: lines starting with "#" or "//" (skipped, addresses too)
    bool csv = false;          // rows were split into columns and one column was read
    QString emailColumn;       // the header of that column; empty when it has none (emailColumnIndex)
    int emailColumnIndex = -1; // 0-based, -1 when not CSV
    QString fallbackColumn;    // read when the e-mail cell is empty (userPrincipalName), may be empty
    bool cancelled = false;    // stopped early: everything above covers only part of the input
};

class EmailListParser
{
    Q_DECLARE_TR_FUNCTIONS(EmailListParser)
public:
    static constexpr int kMaxListedInvalid = 10000;
    static constexpr int kMaxInvalidTextLength = 200;

    // `cancel` is polled every few thousand lines; `progressPermille` (0..1000, share of the input
    // read) is updated as often, for a GUI timer to poll. Both may be null.
    static EmailListAnalysis parse(QStringView text, const std::atomic_bool* cancel = nullptr,
                                   std::atomic_int* progressPermille = nullptr);
    // Bytes as read from a file: UTF-8 with or without BOM, UTF-16 (textEncoding()). Addresses that are
    // not valid UTF-8 are read as Windows-1252, for exports saved in a legacy code page. The result's
    // `valid` shares `bytes` (see EmailAddresses): a QByteArray::fromRawData buffer must outlive it.
    static EmailListAnalysis parse(const QByteArray& bytes, const std::atomic_bool* cancel = nullptr,
                                   std::atomic_int* progressPermille = nullptr);

    static QString problemText(EmailListAnalysis::Problem problem);
    // One line's bytes as parse() reads an address: UTF-8, or Windows-1252 when they are not valid UTF-8.
    static QString decodeLine(QByteArrayView bytes);
    // A file's encoding when it is not UTF-8 (or ASCII, or legacy 8-bit): from its byte-order mark, or
    // UTF-16 without one, told by the zero bytes of its ASCII characters (a list is mostly ASCII).
    static std::optional<QStringConverter::Encoding> textEncoding(QByteArrayView bytes);
};
