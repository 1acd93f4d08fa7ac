#include "emaillist.h"

#include "apilimits.h"
#include "emailkeyset_p.h"
#include "emailsyntax_p.h"

#include <QStringConverter>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <utility>

using Problem = EmailListAnalysis::Problem;

namespace {

using namespace EmailListDetail;

// The first delimiter, CR or LF at or after p: eight bytes at a time, as rows are mostly short cells.
const char* findFieldEnd(const char* p, const char* end, char delimiter)
{
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const auto zeroBytes = [](quint64 x) { return (x - ones) & ~x & highs; };
    const quint64 delimiters = ones * uchar(delimiter);
    for (; end - p >= 8; p += 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        const quint64 found =
            zeroBytes(w ^ delimiters) | zeroBytes(w ^ (ones * '\n')) | zeroBytes(w ^ (ones * '\r'));
        if (found)
            return p + qCountTrailingZeroBits(found) / 8;
    }
#endif
    while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
        ++p;
    return p;
}

struct Field
{
    Span text;
    bool escapedQuotes = false; // "" inside a quoted field
};
using Fields = QVarLengthArray<Field, 32>;

// Letters and digits of a header name, lower case; with what is in brackets or not.
std::string headerKey(Span name, bool withBrackets)
{
    std::string key;
    int depth = 0; // "Email Address [Required]"
    for (const char* p = name.b; p < name.e; ++p) {
        const uchar c = uchar(*p);
        if (c == '[' || c == '(')
            ++depth;
        else if ((c == ']' || c == ')') && depth > 0)
            --depth;
        else if ((withBrackets || depth == 0) && hasClass(c, kAlpha | kDigit))
            key += char(c | 0x20);
    }
    return key;
}

// A header that says its addresses are someone else's, or a user's second one ("Manager Email", "Email
// (Home)", "Recovery Email"): -1. One with "mail" in it otherwise ("Employee Email"): 1. Else 0.
int addressRole(Span name)
{
    const std::string key = headerKey(name, true);
    static const char* const elsewhere[] = {"manager",  "supervisor", "boss",     "assistant", "home",
                                            "personal", "private",    "recovery", "secondary", "alternat",
                                            "other",    "backup",     "parent",   "guardian"};
    for (const char* word : elsewhere) {
        if (key.find(word) != std::string::npos)
            return -1;
    }
    return key.find("mail") != std::string::npos ? 1 : 0;
}

// Header names that mean "the e-mail address": 1 for the usual names, 2 for a sign-in name, read where
// the address cell is empty; 0 for anything else, and for a usual name said to be someone else's or a
// second address ("Email (Home)").
int headerRank(Span name)
{
    const std::string key = headerKey(name, false);
    static const char* const mailNames[] = {
        "email",          "mail",         "emailaddress",        "mailaddress",      "emails",
        "emailaddresses", "primaryemail", "workemail",           "useremail",        "businessemail",
        "contactemail",   "emailid",      "emailadresse",        "mailadresse",      "adresseemail",
        "courriel",       "correo",       "primaryemailaddress", "workemailaddress", "useremailaddress"};
    for (const char* n : mailNames) {
        if (key == n)
            return addressRole(name) < 0 ? 0 : 1;
    }
    if (key == "userprincipalname" || key == "upn" || key == "signinname")
        return 2;
    return 0;
}

class Parser
{
public:
    // The result's addresses point into `source`: it is shared, not copied.
    Parser(const QByteArray& source, const std::atomic_bool* cancel, std::atomic_int* progress)
        : m_source(source.constData())
        , m_begin(m_source)
        , m_end(m_source + source.size())
        , m_cancel(cancel)
        , m_progress(progress)
        , m_keys(source.size() / 40 + 16)
    {
        if (source.startsWith("\xEF\xBB\xBF"))
            m_begin += 3;
        m_result.valid.setSource(source);
        m_result.valid.reserve(source.size() / 48 + 16);
        for (int i = 0; i < kProblemCount; ++i)
            m_reasons[size_t(i)] = EmailListParser::problemText(Problem(i));
    }

    EmailListAnalysis run()
    {
        detectFormat();
        if (m_result.csv)
            runCsv();
        else
            runFreeForm();
        flush();
        m_result.valid.squeeze();
        if (m_progress && !m_result.cancelled)
            m_progress->store(1000, std::memory_order_relaxed);
        return std::move(m_result);
    }

private:
    static constexpr int kProblemCount = int(Problem::Rejected) + 1;
    static constexpr int kCheckEvery = 4096;   // lines between two looks at the cancel flag
    static constexpr int kMaxQuotedLines = 64; // a quoted CSV field spanning more lines is a stray quote
    static constexpr int kSampleRecords = 200; // rows read to find the e-mail column by content

    // ---- lines ------------------------------------------------------------------------------------

    const char* lineEnd(const char* p)
    {
        // The next LF is remembered: a file with CR line ends only would otherwise be searched to its
        // end once per line.
        if (p < m_newlineSearchedFrom || p > m_nextNewline) {
            const void* nl = std::memchr(p, '\n', size_t(m_end - p));
            m_nextNewline = nl ? static_cast<const char*>(nl) : m_end;
            m_newlineSearchedFrom = p;
        }
        const void* cr = std::memchr(p, '\r', size_t(m_nextNewline - p));
        return cr ? static_cast<const char*>(cr) : m_nextNewline;
    }

    const char* skipLineEnd(const char* eol) const
    {
        if (eol >= m_end)
            return m_end;
        if (*eol == '\r' && eol + 1 < m_end && eol[1] == '\n')
            return eol + 2;
        return eol + 1;
    }

    // False when the caller must stop (cancelled).
    bool checkpoint(const char* p)
    {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            m_result.cancelled = true;
            return false;
        }
        if (m_progress && m_end > m_begin)
            m_progress->store(int((p - m_begin) * 1000 / (m_end - m_begin)), std::memory_order_relaxed);
        return true;
    }

    // ---- CSV records --------------------------------------------------------------------------------

    // Reads the record at p into `fields` and returns where it ends (its last line end, or m_end).
    // Quoted fields may hold the delimiter, doubled quotes and (when `multiLine`) line breaks.
    const char* readRecord(const char* p, char delimiter, Fields& fields, int& extraLines,
                           bool multiLine) const
    {
        fields.clear();
        for (;;) {
            const char* s = p;
            while (s < m_end && *s == ' ')
                ++s;
            Field field;
            bool quoted = false;
            if (s < m_end && *s == '"') {
                int lines = 0;
                const char* q = s + 1;
                for (; q < m_end; ++q) {
                    const char c = *q;
                    if (c == '"') {
                        if (q + 1 < m_end && q[1] == '"') {
                            field.escapedQuotes = true;
                            ++q;
                            continue;
                        }
                        quoted = true;
                        break;
                    }
                    if (c == '\n' || c == '\r') {
                        if (!multiLine || lines >= kMaxQuotedLines)
                            break;
                        if (c == '\r' && q + 1 < m_end && q[1] == '\n')
                            ++q;
                        ++lines;
                    }
                }
                if (quoted) {
                    const char* after = q + 1;
                    while (after < m_end && *after == ' ')
                        ++after;
                    if (after >= m_end || *after == delimiter || *after == '\n' || *after == '\r') {
                        extraLines += lines;
                        field.text = {s + 1, q};
                        p = after;
                    } else if (lines == 0) { // `"Smith, John" <john@x>`: a quoted display name
                        const char* end = findFieldEnd(after, m_end, delimiter);
                        field = Field{{p, end}, false};
                        p = end;
                    } else {
                        // A stray quote whose "closing" one is another row's opening quote: the cell
                        // ends on its own line, and the rows in between are read (they were swallowed).
                        quoted = false;
                    }
                }
            }
            if (!quoted) {
                field.escapedQuotes = false;
                const char* q = findFieldEnd(p, m_end, delimiter);
                field.text = {p, q};
                p = q;
            }
            fields.append(field);
            if (p < m_end && *p == delimiter) {
                ++p;
                continue;
            }
            return p;
        }
    }

    static bool allBlank(const Fields& fields)
    {
        for (const Field& f : fields) {
            if (!trimmed(f.text).isEmpty())
                return false;
        }
        return true;
    }

    // ---- format detection ------------------------------------------------------------------------------

    // A line some exports write before their header: PowerShell's Export-Csv "#TYPE …" and Excel's
    // "sep=;". Read as data, it hid the header (the table was then guessed by its content, or read as
    // free text with every address column in it). `line` as it stands: trimmed() would take a ";" off
    // and trimmedBlanks() a tab, both of which "sep=" may name.
    static bool isPreamble(Span line)
    {
        Span text = line;
        while (!text.isEmpty() && (text.e[-1] == '\r' || text.e[-1] == ' '))
            --text.e;
        while (!text.isEmpty() && *text.b == ' ')
            ++text.b;
        return startsWithNoCase(text, "#type ") || (startsWithNoCase(text, "sep=") && text.size() == 5);
    }

    // A free-form line commented out: "# old: bob@example.com", "// removed". Its addresses are not sent
    // (a "#" before a digit is a list number: "#1 ana@example.com", "# 2 bob@example.com").
    static bool isComment(Span text)
    {
        if (text.size() >= 2 && text.b[0] == '/' && text.b[1] == '/')
            return true;
        if (text.isEmpty() || text.b[0] != '#')
            return false;
        const char* p = text.b + 1;
        while (p < text.e && (*p == ' ' || *p == '\t'))
            ++p;
        return !(p < text.e && *p >= '0' && *p <= '9');
    }

    void detectFormat()
    {
        m_preambleEnd = m_begin;
        const char* p = m_begin;
        int line = 1;
        const char* eol = m_end;
        while (p < m_end) {
            eol = lineEnd(p);
            const bool blank = trimmed({p, eol}).isEmpty();
            if (!blank && !isPreamble({p, eol}))
                break;
            if (!blank) {
                m_preambleEnd = skipLineEnd(eol);
                ++m_result.preambleLines;
            }
            p = skipLineEnd(eol);
            ++line;
        }
        if (p >= m_end)
            return;
        const bool firstHasAt = Span{p, eol}.contains('@');
        if (!firstHasAt && detectHeader(p, eol, line))
            return;
        detectByContent(p, line, firstHasAt);
    }

    bool detectHeader(const char* p, const char* eol, int line)
    {
        // The delimiter is the most frequent of comma, semicolon and tab outside quotes.
        const char delimiters[3] = {',', ';', '\t'};
        int counts[3] = {0, 0, 0};
        bool inQuotes = false;
        for (const char* q = p; q < eol; ++q) {
            inQuotes ^= *q == '"';
            for (int i = 0; i < 3 && !inQuotes; ++i)
                counts[i] += *q == delimiters[i];
        }
        int best = 0;
        for (int i = 1; i < 3; ++i) {
            if (counts[i] > counts[best])
                best = i;
        }
        Fields fields;
        int extra = 0;
        readRecord(p, delimiters[best], fields, extra, false);
        int primary = -1;
        int fallback = -1;
        for (int i = 0; i < fields.size(); ++i) {
            const int rank = headerRank(trimmed(fields[i].text));
            if (rank == 1 && primary < 0)
                primary = i;
            else if (rank == 2 && fallback < 0)
                fallback = i;
        }
        if (primary < 0)
            std::swap(primary, fallback);
        if (primary < 0)
            return false;
        m_headerStart = p;
        m_result.headerLine = line;
        if (fields.size() == 1)
            return true; // a one-column list with a title: read it as free text
        m_result.csv = true;
        m_delimiter = delimiters[best];
        m_columns = fields.size();
        m_primary = primary;
        m_fallback = fallback;
        m_result.emailColumnIndex = primary;
        m_result.emailColumn = displayText(trimmed(fields[primary].text));
        if (fallback >= 0)
            m_result.fallbackColumn = displayText(trimmed(fields[fallback].text));
        return true;
    }

    // No known header: a table whose rows all have the same number of cells, exactly one column of
    // which mostly holds addresses. Several address columns (a To: line split on commas) stay free text.
    void detectByContent(const char* first, int firstLine, bool firstHasAt)
    {
        constexpr int maxColumns = 64;
        int bestColumns = 0;
        for (const char delimiter : {'\t', ';', ','}) {
            std::array<int, maxColumns + 1> widths{};
            std::array<int, maxColumns> atCounts{};
            Fields fields;
            Fields header;
            int records = 0;
            const char* p = first;
            for (int sampled = 0; p < m_end && sampled <= kSampleRecords; ++sampled) {
                int extra = 0;
                const char* end = readRecord(p, delimiter, fields, extra, true);
                const bool isFirst = p == first;
                p = skipLineEnd(end);
                if (allBlank(fields))
                    continue;
                if (isFirst && !firstHasAt) {
                    header = fields;
                    continue;
                }
                ++records;
                ++widths[size_t(std::min<qsizetype>(fields.size(), maxColumns))];
                for (int i = 0; i < fields.size() && i < maxColumns; ++i)
                    atCounts[size_t(i)] += fields[i].text.contains('@');
            }
            if (records < 2)
                continue;
            int columns = 0;
            for (int w = 2; w < maxColumns; ++w) {
                if (widths[size_t(w)] > widths[size_t(columns)])
                    columns = w;
            }
            if (columns < 2 || widths[size_t(columns)] * 5 < records * 4 || columns <= bestColumns)
                continue;
            int column = -1;
            int addressColumns = 0;
            for (int i = 0; i < columns; ++i) {
                if (atCounts[size_t(i)] * 2 > records) {
                    column = i;
                    ++addressColumns;
                }
            }
            // Several columns of addresses under a header: the one it names the user's ("Employee
            // Email") when the others are named someone else's or a second one ("Manager Email", "Email
            // - Primary Home"). Read as free text, every address in every column was sent to.
            if (addressColumns > 1 && header.size() == columns) {
                int named = -1;
                int namedCount = 0;
                int others = 0;
                for (int i = 0; i < columns; ++i) {
                    if (atCounts[size_t(i)] * 2 <= records)
                        continue;
                    const int role = addressRole(trimmed(header[i].text));
                    if (role > 0) {
                        named = i;
                        ++namedCount;
                    }
                    others += role < 0;
                }
                if (namedCount == 1 && namedCount + others == addressColumns) {
                    column = named;
                    addressColumns = 1;
                }
            }
            if (addressColumns != 1)
                continue;
            bestColumns = columns;
            m_result.csv = true;
            m_delimiter = delimiter;
            m_columns = columns;
            m_primary = column;
            m_result.emailColumnIndex = column;
            const bool hasHeader = header.size() == columns;
            m_headerStart = hasHeader ? first : nullptr;
            m_result.headerLine = hasHeader ? firstLine : 0;
            const Span title = hasHeader ? trimmed(header[column].text) : Span{};
            m_result.emailColumn = displayText(title); // empty: the reader names the column by its number
        }
    }

    // ---- main loops ---------------------------------------------------------------------------------------

    void runFreeForm()
    {
        const char* p = m_begin;
        int line = 0;
        while (p < m_end) {
            if (line % kCheckEvery == 0 && !checkpoint(p))
                break;
            const char* eol = lineEnd(p);
            ++line;
            const Span text = trimmed({p, eol});
            if (p < m_preambleEnd) {
                // counted in totalLines and preambleLines
            } else if (isComment(text)) {
                ++m_result.commentLines;
            } else if (p != m_headerStart && processCell(text, line) == 0) {
                ++m_result.blankLines;
            }
            p = skipLineEnd(eol);
        }
        m_result.totalLines = line;
    }

    void runCsv()
    {
        const char* p = m_begin;
        int line = 0;
        Fields fields;
        std::string unescaped;
        for (int record = 0; p < m_end; ++record) {
            if (record % kCheckEvery == 0 && !checkpoint(p))
                break;
            const int first = line + 1;
            int extra = 0;
            const char* end = readRecord(p, m_delimiter, fields, extra, true);
            line += 1 + extra;
            if (p == m_headerStart || p < m_preambleEnd) {
                // counted in totalLines only (and preambleLines)
            } else if (allBlank(fields)) {
                m_result.blankLines += 1 + extra;
            } else {
                const Field* cell = m_primary < fields.size() ? &fields[m_primary] : nullptr;
                if ((!cell || trimmed(cell->text).isEmpty()) && m_fallback >= 0 && m_fallback < fields.size())
                    cell = &fields[m_fallback];
                Span text = cell ? trimmed(cell->text) : Span{};
                if (cell && cell->escapedQuotes) {
                    unescaped.clear();
                    for (const char* q = text.b; q < text.e; ++q) {
                        unescaped += *q;
                        if (*q == '"' && q + 1 < text.e && q[1] == '"')
                            ++q;
                    }
                    text = {unescaped.data(), unescaped.data() + unescaped.size()};
                }
                const int problemsBefore = m_result.invalidCount;
                const qsizetype listedBefore = m_result.invalid.size();
                const qsizetype acceptedBefore = m_accepted;
                if (text.isEmpty() || processCell(text, first) == 0)
                    addInvalid(first, trimmedBlanks({p, end}), Problem::EmptyCell);
                if (cell && cell->escapedQuotes)
                    flush(); // pending addresses point into `unescaped`
                if (m_result.invalidCount > problemsBefore && m_accepted == acceptedBefore &&
                    fields.size() != m_columns)
                    blameRowWidth(first, trimmedBlanks({p, end}), problemsBefore, listedBefore);
            }
            p = skipLineEnd(end);
        }
        m_result.totalLines = line;
    }

    // ---- tokens ----------------------------------------------------------------------------------------

    // Whether a word holds a letter (of any script): what tells a name from a list marker or separator.
    static bool hasLetter(Span word)
    {
        bool ascii = true;
        for (const char* q = word.b; q < word.e; ++q) {
            const uchar c = uchar(*q);
            if (c >= 0x80)
                ascii = false;
            else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
                return true;
        }
        if (ascii)
            return false;
        const QString text = QString::fromUtf8(word.b, word.size());
        return std::any_of(text.cbegin(), text.cend(), [](QChar ch) { return ch.isLetter(); });
    }

    // Finds the addresses in one line (or CSV cell): bare words with an @, `Name <address>`,
    // `"Last, First" <address>`, separated by blanks, commas, semicolons or tabs. Other words are names
    // and departments, except right next to a bare address: "jo hn@example.com" or "john
    // smith@example.com" may be one address with a space in it, and taking the part with the @ would
    // give someone else the token. Such a line is refused; a name goes before `<address>`, a comment in
    // parentheses, a label ends with a colon ("To:"), and commas, semicolons and tabs end a group of
    // words. An address among the words of a comment ("(old: c@example.com)") is listed as invalid,
    // neither sent to nor dropped. Returns the number of words: 0 means a blank line.
    int processText(Span text, int line)
    {
        const char* p = text.b;
        const char* const e = text.e;
        int words = 0;
        int found = 0;
        // The current comma/semicolon/tab segment, to spot a lone "john.smith.example.com".
        Span segmentWord;
        int segmentWords = 0;
        bool segmentHasAddress = false;
        // Loose words since the last address of the segment, and the last bare address, held back until
        // the next word or the segment's end shows whether loose words touch it.
        Span looseWords;
        bool looseAfterBare = false;
        Span heldBare;
        bool inComment = false;
        const auto commitHeld = [&] {
            if (!heldBare.isEmpty())
                candidate(heldBare, line);
            heldBare = {};
        };
        // The previous loose word's start and the run's end before it: a lone ":" after a word makes that
        // word a label (French "À :", "Cc :").
        const char* lastLooseWord = nullptr;
        const char* looseEndBeforeLast = nullptr;
        const auto refuseNextToWords = [&](Span span) {
            // Joined only by zero-width characters, the line shows no space: say what is really there.
            bool visibleGap = false;
            for (const char* q = span.b; q < span.e && !visibleGap; ++q)
                visibleGap =
                    *q == ' ' || *q == '\t' || (uchar(*q) == 0xC2 && q + 1 < span.e && uchar(q[1]) == 0xA0);
            addInvalid(line, span, visibleGap ? Problem::WordsNextToAddress : Problem::InvisibleCharacter);
            heldBare = {};
            looseWords = {};
        };
        // An address in a comment ("(old: b@x, c@x)", "(was <c@x>)"): listed, neither sent nor dropped.
        // The comment lasts until its bracket closes, across commas, or to the end of the line.
        const auto addressInComment = [&](Span address) {
            segmentHasAddress = true;
            ++found;
            addInvalid(line, stripDecorations(address), Problem::AddressInComment);
        };
        const auto endSegment = [&] {
            if (!looseWords.isEmpty() && looseAfterBare)
                refuseNextToWords({heldBare.b, looseWords.e});
            commitHeld();
            looseWords = {};
            if (segmentWords == 1 && !segmentHasAddress && looksLikeAddressWithoutAt(segmentWord)) {
                addInvalid(line, segmentWord, Problem::MissingAt);
                ++found;
            }
            segmentWords = 0;
            segmentHasAddress = false;
        };
        // `Name <address>`, `"address"`, `Name (address)`: the words before it were its name, unless they
        // follow a bare address ("john@example.co m Bob <b@example.com>": the bare one is cut in two).
        const auto explicitAddress = [&](Span inner) {
            if (!looseWords.isEmpty() && looseAfterBare)
                refuseNextToWords({heldBare.b, looseWords.e});
            commitHeld();
            looseWords = {};
            candidate(inner, line);
            ++found;
        };
        while (p < e) {
            const uchar c = uchar(*p);
            if (c < 0x80) {
                if (kClass[c] & kSep) {
                    if (kClass[c] & kHardSep)
                        endSegment();
                    ++p;
                    continue;
                }
            } else if (const int n = unicodeBlankLength(p, e)) {
                p += n;
                continue;
            }
            ++words;
            if (c == '"') {
                if (const auto* q = static_cast<const char*>(std::memchr(p + 1, '"', size_t(e - p - 1)))) {
                    const Span inner = trimmed({p + 1, q});
                    p = q + 1;
                    segmentHasAddress = true;
                    const char* next = p;
                    while (next < e && (*next == ' ' || *next == '\t'))
                        ++next;
                    if (inner.contains('@') && (next >= e || *next != '<')) { // "john@example.com"
                        if (inComment)
                            addressInComment(inner);
                        else
                            explicitAddress(inner);
                    }
                    continue; // otherwise a display name
                }
            } else if (c == '<') {
                if (const auto* q = static_cast<const char*>(std::memchr(p + 1, '>', size_t(e - p - 1)))) {
                    const Span inner = trimmed({p + 1, q});
                    p = q + 1;
                    segmentHasAddress = true;
                    if (inner.isEmpty())
                        continue;
                    if (inComment) // "(was <c@example.com>)"
                        addressInComment(inner);
                    else
                        explicitAddress(inner);
                    continue;
                }
            }
            const char* w = p;
            bool at = c == '@';
            for (++p; p < e; ++p) {
                const uchar d = uchar(*p);
                if (d < 0x80) {
                    if ((kClass[d] & kSep) || d == '<')
                        break;
                    at |= d == '@';
                } else if (unicodeBlankLength(p, e)) {
                    break;
                }
            }
            const Span word{w, p};
            const char* const previousLoose = lastLooseWord; // the word just before, when it was loose
            lastLooseWord = nullptr;
            const bool opensComment = *w == '(' || *w == '[';
            const bool closesComment = p[-1] == ')' || p[-1] == ']';
            // "(john@example.com)", "[john@example.com]" after a name: explicit, as <john@example.com> is.
            if (at && !inComment && word.size() > 2 && opensComment && closesComment) {
                segmentHasAddress = true;
                explicitAddress({w + 1, p - 1});
                continue;
            }
            if (at && (inComment || (opensComment && !closesComment))) {
                // "a@example.com (old: c@example.com)": an address in a comment is a note about the
                // line, not one to send to, nor one to drop unseen; the list shows it for a decision.
                inComment = !closesComment;
                addressInComment(word);
                continue;
            }
            if (at) {
                segmentHasAddress = true;
                ++found;
                if (!looseWords.isEmpty())
                    refuseNextToWords({looseAfterBare ? heldBare.b : looseWords.b, word.e});
                else {
                    commitHeld();
                    heldBare = word;
                }
                continue;
            }
            segmentWord = word;
            ++segmentWords;
            if (inComment || opensComment) { // "(Ann Lee)", "[Sales]"
                inComment = !closesComment;
                continue;
            }
            if (p[-1] == ':') { // a label: "To:", "Cc:"; a lone ":" makes the word before it one
                if (word.size() == 1 && !looseWords.isEmpty() && previousLoose) {
                    if (previousLoose == looseWords.b)
                        looseWords = {};
                    else
                        looseWords.e = looseEndBeforeLast;
                }
                continue;
            }
            if (!hasLetter(word)) // list markers and separators: "1.", "-", "•", "|", "/"
                continue;
            if (looseWords.isEmpty()) {
                looseWords.b = w;
                looseAfterBare = !heldBare.isEmpty();
            }
            looseEndBeforeLast = looseWords.e;
            lastLooseWord = w;
            looseWords.e = p;
        }
        endSegment();
        if (words > 0 && found == 0)
            addInvalid(line, trimmed(text), Problem::NotAnAddress);
        return words;
    }

    void candidate(Span token, int line)
    {
        const Span address = stripDecorations(token);
        if (address.isEmpty()) {
            addInvalid(line, token, Problem::NotAnAddress);
            return;
        }
        // "john@example.co…": copied from a cell cut short, not an address to guess the end of.
        if (address.size() > 3 && std::memcmp(address.e - 3, "\xE2\x80\xA6", 3) == 0) {
            addInvalid(line, address, Problem::DomainCharacter);
            return;
        }
        bool ascii = true;
        if (const std::optional<Problem> problem = check(address, ascii))
            addInvalid(line, address, *problem);
        else
            accept(address, ascii, line);
    }

    // Most lines and cells hold one bare address: check them whole before tokenizing. An ASCII text
    // that passes cannot hold a separator (they are all refused on both sides of the @).
    int processCell(Span text, int line)
    {
        bool ascii = false;
        if (!check(text, ascii) && ascii) {
            accept(text, true, line);
            return 1;
        }
        return processText(text, line);
    }

    // A well-formed address: queue its key for the duplicate lookup.
    void accept(Span address, bool ascii, int line)
    {
        ++m_accepted;
        if (ascii) {
            char* key = m_keyBuffer.data() + m_pendingCount * kKeyStride;
            const quint64 hash = lowerAndHash(address.b, size_t(address.size()), key);
            m_keys.prefetchSlot(hash);
            m_pending[size_t(m_pendingCount)] = Pending{hash, address, line};
            if (++m_pendingCount == kBatch)
                flush();
            return;
        }
        // Rare: fold with Unicode rules and compare composed forms. Pending ones go first, for the order.
        flush();
        const QString text = decode(address);
        if (text.size() > Limits::kMaxEmailLength) {
            addInvalid(line, address, Problem::TooLong);
            return;
        }
        const QByteArray key = Limits::emailKey(text).toUtf8();
        const auto n = size_t(key.size());
        resolve(m_keys.insert(key.constData(), n, hashBytes(key.constData(), n)), address, line, text);
    }

    // Looks the pending keys up in order; their table slots were fetched ahead when they were queued.
    void flush()
    {
        for (int i = 0; i < m_pendingCount; ++i) {
            const Pending& pending = m_pending[size_t(i)];
            const char* key = m_keyBuffer.data() + i * kKeyStride;
            const KeySet::Result seen = m_keys.insert(key, size_t(pending.address.size()), pending.hash);
            resolve(seen, pending.address, pending.line, QString());
        }
        m_pendingCount = 0;
    }

    void resolve(KeySet::Result seen, Span address, int line, QString text)
    {
        if (seen == KeySet::Result::Seen) {
            ++m_result.duplicates;
            return;
        }
        // New, or refused before under another spelling (isEmail may care about case): check this one.
        // An ASCII address has passed check(), which applies Limits::isEmail's rules byte by byte (the
        // unit tests compare the two on random addresses); only the others need isEmail's last word.
        if (text.isNull()) {
            m_keys.setLastRejected(false);
            if (isInSource(address))
                m_result.valid.appendSpan(address.b, address.size());
            else // a CSV cell with doubled quotes, unescaped
                m_result.valid.append(QString::fromLatin1(address.b, address.size()));
            return;
        }
        const bool accepted = Limits::isEmail(text);
        m_keys.setLastRejected(!accepted);
        if (accepted) {
            m_result.valid.append(text);
            return;
        }
        const bool invisible = std::any_of(text.cbegin(), text.cend(),
                                           [](QChar c) { return Limits::isInvisibleOrSpace(c.unicode()); });
        addInvalid(line, address, invisible ? Problem::InvisibleCharacter : Problem::Rejected);
    }

    // False for a span of a buffer of the parser's own (an unescaped CSV cell). std::less: pointers into
    // different buffers are compared by their total order, which the built-in < does not promise.
    bool isInSource(Span s) const
    {
        const std::less<const char*> before;
        return !before(s.b, m_source) && !before(m_end, s.e);
    }

    // A row with more or fewer cells than the header had its address column read from the wrong cell
    // ("Smith, Ann,ann@example.com" under "Name,Email"): what was said about that cell ("not an e-mail
    // address: Ann") points away from the cause, so the row is one problem of its own, shown whole.
    void blameRowWidth(int line, Span row, int problemsBefore, qsizetype listedBefore)
    {
        m_result.invalid.resize(listedBefore);
        m_result.invalidCount = problemsBefore;
        addInvalid(line, row, Problem::RowWidth);
    }

    void addInvalid(int line, Span text, Problem problem)
    {
        ++m_result.invalidCount;
        if (m_result.invalid.size() < EmailListParser::kMaxListedInvalid)
            m_result.invalid.append({line, displayText(text), m_reasons[size_t(problem)], problem});
    }

    const char* const m_source;
    const char* m_begin; // after a byte-order mark
    const char* const m_end;
    const std::atomic_bool* m_cancel;
    std::atomic_int* m_progress;
    EmailListAnalysis m_result;
    KeySet m_keys;
    // Addresses checked but not yet looked up (see flush()); their lower-case keys in m_keyBuffer.
    static constexpr int kBatch = 32;
    struct Pending
    {
        quint64 hash = 0;
        Span address;
        int line = 0;
    };
    std::array<Pending, kBatch> m_pending;
    int m_pendingCount = 0;
    static constexpr int kKeyStride = Limits::kMaxEmailLength + 8;
    std::array<char, kBatch * kKeyStride> m_keyBuffer;
    std::array<QString, kProblemCount> m_reasons;
    const char* m_nextNewline = nullptr;
    const char* m_newlineSearchedFrom = nullptr;
    const char* m_headerStart = nullptr;
    const char* m_preambleEnd = nullptr; // after the lines isPreamble() skips
    char m_delimiter = ',';
    qsizetype m_primary = -1;
    qsizetype m_fallback = -1;
    qsizetype m_accepted = 0; // addresses that passed the checks, duplicates included
    qsizetype m_columns = 0;  // cells in the header row, or in most rows of a table found by content
};

} // namespace

EmailListAnalysis EmailListParser::parse(QStringView text, const std::atomic_bool* cancel,
                                         std::atomic_int* progressPermille)
{
    return Parser(text.toUtf8(), cancel, progressPermille).run();
}

EmailListAnalysis EmailListParser::parse(const QByteArray& bytes, const std::atomic_bool* cancel,
                                         std::atomic_int* progressPermille)
{
    // Excel's "Unicode text" export is UTF-16 with a BOM; some tools write it without one.
    const std::optional<QStringConverter::Encoding> encoding = textEncoding(bytes);
    if (encoding && *encoding != QStringConverter::Utf8) {
        QStringDecoder decoder(*encoding);
        const QString text = decoder.decode(bytes);
        return parse(QStringView(text), cancel, progressPermille);
    }
    return Parser(bytes, cancel, progressPermille).run();
}

std::optional<QStringConverter::Encoding> EmailListParser::textEncoding(QByteArrayView bytes)
{
    if (const auto marked = QStringConverter::encodingForData(bytes))
        return marked;
    // Without a mark: zero bytes in every other place (and none in the others) of the first characters.
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 512) & ~qsizetype(1);
    int evenZeros = 0;
    int oddZeros = 0;
    for (qsizetype i = 0; i < sample; ++i)
        (i % 2 ? oddZeros : evenZeros) += bytes[i] == 0;
    const int pairs = int(sample / 2);
    // A few characters beyond Latin-1 (an ideographic space, 一) have a zero byte in the other place.
    if (pairs >= 2 && evenZeros * 8 <= oddZeros && oddZeros * 2 >= pairs)
        return QStringConverter::Utf16LE;
    if (pairs >= 2 && oddZeros * 8 <= evenZeros && evenZeros * 2 >= pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

QString EmailListParser::decodeLine(QByteArrayView bytes)
{
    return decode(Span{bytes.data(), bytes.data() + bytes.size()});
}

QString EmailListParser::problemText(EmailListAnalysis::Problem problem)
{
    switch (problem) {
    case Problem::NotAnAddress:
        return tr("not an e-mail address");
    case Problem::MissingAt:
        return tr("missing @ sign");
    case Problem::SeveralAt:
        return tr("more than one @ sign");
    case Problem::MissingLocalPart:
        return tr("nothing before the @");
    case Problem::MissingDomain:
        return tr("missing domain");
    case Problem::TooLong:
        return tr("address longer than %1 characters").arg(Limits::kMaxEmailLength);
    case Problem::InvalidCharacter:
        return tr("space or character not allowed before the @");
    case Problem::LeadingDot:
        return tr("starts with a dot");
    case Problem::DotBeforeAt:
        return tr("dot right before the @");
    case Problem::DoubleDot:
        return tr("two dots in a row");
    case Problem::DomainWithoutDot:
        return tr("domain has no dot (like example.com)");
    case Problem::DomainDotPlacement:
        return tr("misplaced dot in the domain");
    case Problem::DomainCharacter:
        return tr("character not allowed in the domain");
    case Problem::DomainHyphen:
        return tr("domain part starts or ends with a hyphen");
    case Problem::TopLevelDomain:
        return tr("domain ending is not valid (like .com)");
    case Problem::EmptyCell:
        return tr("no e-mail address in this row");
    case Problem::InvisibleCharacter:
        return tr("contains an invisible character or a non-breaking space (retype the address)");
    case Problem::WordsNextToAddress:
        return tr("other words next to the address (a space in it?); write a name as Name <address>");
    case Problem::AddressInComment:
        return tr("address inside a comment in parentheses; put it on a line of its own to include it");
    case Problem::RowWidth:
        return tr("this row has more or fewer cells than the header (a comma or semicolon in a value "
                  "without quotes?)");
    case Problem::GuestSignInName:
        return tr("a guest account's sign-in name (#EXT#), not a mailbox; use the guest's own address");
    case Problem::Rejected:
        return tr("not a valid e-mail address");
    }
    return tr("not a valid e-mail address");
}
