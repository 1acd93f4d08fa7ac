#pragma once
// The unique addresses of a parsed list, stored compactly. A million-line import holds hundreds of
// thousands of addresses: one QString each cost a heap allocation apiece and was most of the parse time
// (bench/README.md). Here an address is a span of the bytes that were parsed, which the list keeps by
// implicit sharing, or of a side buffer for the few spelled differently there (CSV cells with doubled
// quotes, text that was not UTF-8). QStrings are made when asked for: at(), mid() for a batch of a bulk
// run, toList(). Copies share all three parts.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <iterator>

class EmailAddresses
{
public:
    EmailAddresses() = default;
    // Every address copied into the side buffer (for requests built by hand, and tests).
    EmailAddresses(const QStringList& addresses); // NOLINT(google-explicit-constructor): a list is a list

    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    QString at(qsizetype i) const;
    QString last() const { return at(size() - 1); }
    QStringList mid(qsizetype position, qsizetype length = -1) const;
    QStringList toList() const { return mid(0); }
    bool contains(const QString& address) const; // exact spelling; a linear search
    // Bytes held for the addresses; the parsed text too while addresses point into it.
    qsizetype heldBytes() const;

    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = QString;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = QString;

        const_iterator() = default;
        const_iterator(const EmailAddresses* list, qsizetype i)
            : m_list(list)
            , m_i(i)
        {}
        QString operator*() const { return m_list->at(m_i); }
        const_iterator& operator++()
        {
            ++m_i;
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++m_i;
            return before;
        }
        bool operator==(const const_iterator& other) const { return m_i == other.m_i; }

    private:
        const EmailAddresses* m_list = nullptr;
        qsizetype m_i = 0;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

    bool operator==(const EmailAddresses& other) const;

    // ---- building (EmailListParser) ----
    // Addresses appended with appendSpan() lie in `source`, which the list shares from now on.
    void setSource(const QByteArray& source) { m_source = source; }
    void reserve(qsizetype addresses) { m_entries.reserve(addresses); }
    // `data` points into the source set above.
    void appendSpan(const char* data, qsizetype bytes);
    void append(const QString& address);
    // When done: copies the addresses into the side buffer and lets go of the source when they take up
    // much less than it (a wide CSV export with one column of addresses, say), and trims the table.
    void squeeze();

private:
    // Bit 63: in m_rewritten rather than m_source; bits 16-62: byte offset; bits 0-15: byte length
    // (an address is at most Limits::kMaxEmailLength characters, so at most four times that in UTF-8).
    static constexpr quint64 kRewritten = quint64(1) << 63;
    static constexpr int kOffsetShift = 16;
    static constexpr quint64 kLengthMask = 0xffff;

    const char* data(quint64 entry) const;
    static qsizetype length(quint64 entry) { return qsizetype(entry & kLengthMask); }

    QByteArray m_source;
    QByteArray m_rewritten;   // UTF-8
    QList<quint64> m_entries; // implicitly shared: a copy of the list (a bulk run's) costs nothing
};
