#include "emailaddresses.h"

#include <algorithm>
#include <utility>

EmailAddresses::EmailAddresses(const QStringList& addresses)
{
    reserve(addresses.size());
    for (const QString& address : addresses)
        append(address);
}

const char* EmailAddresses::data(quint64 entry) const
{
    const auto offset = qsizetype((entry & ~kRewritten) >> kOffsetShift);
    return ((entry & kRewritten) ? m_rewritten.constData() : m_source.constData()) + offset;
}

QString EmailAddresses::at(qsizetype i) const
{
    Q_ASSERT(i >= 0 && i < size());
    const quint64 entry = m_entries.at(i);
    return QString::fromUtf8(data(entry), length(entry));
}

QStringList EmailAddresses::mid(qsizetype position, qsizetype length) const
{
    position = std::clamp<qsizetype>(position, 0, size());
    const qsizetype end = length < 0 ? size() : std::min(size(), position + length);
    QStringList list;
    list.reserve(end - position);
    for (qsizetype i = position; i < end; ++i)
        list.append(at(i));
    return list;
}

bool EmailAddresses::contains(const QString& address) const
{
    const QByteArray utf8 = address.toUtf8();
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [&](quint64 entry) { return QByteArrayView(data(entry), length(entry)) == utf8; });
}

qsizetype EmailAddresses::heldBytes() const
{
    return m_source.size() + m_rewritten.size() + m_entries.capacity() * qsizetype(sizeof(quint64));
}

bool EmailAddresses::operator==(const EmailAddresses& other) const
{
    if (size() != other.size())
        return false;
    for (qsizetype i = 0; i < size(); ++i) {
        const quint64 a = m_entries.at(i);
        const quint64 b = other.m_entries.at(i);
        if (QByteArrayView(data(a), length(a)) != QByteArrayView(other.data(b), other.length(b)))
            return false;
    }
    return true;
}

void EmailAddresses::appendSpan(const char* data, qsizetype bytes)
{
    Q_ASSERT(data >= m_source.constData() && data + bytes <= m_source.constData() + m_source.size());
    Q_ASSERT(quint64(bytes) <= kLengthMask);
    const auto offset = quint64(data - m_source.constData());
    m_entries.append(offset << kOffsetShift | quint64(bytes));
}

void EmailAddresses::append(const QString& address)
{
    const QByteArray utf8 = address.toUtf8();
    Q_ASSERT(quint64(utf8.size()) <= kLengthMask);
    const auto offset = quint64(m_rewritten.size());
    m_rewritten.append(utf8);
    m_entries.append(kRewritten | offset << kOffsetShift | quint64(utf8.size()));
}

void EmailAddresses::squeeze()
{
    if (m_entries.capacity() > 2 * m_entries.size() + 1024)
        m_entries.squeeze();
    if (m_source.isEmpty())
        return;
    qsizetype inSource = 0;
    for (const quint64 entry : std::as_const(m_entries)) {
        if (!(entry & kRewritten))
            inSource += length(entry);
    }
    if (inSource * 4 > m_source.size())
        return; // copying would save little
    m_rewritten.reserve(m_rewritten.size() + inSource);
    for (quint64& entry : m_entries) {
        if (entry & kRewritten)
            continue;
        const auto offset = quint64(m_rewritten.size());
        m_rewritten.append(data(entry), length(entry));
        entry = kRewritten | offset << kOffsetShift | quint64(length(entry));
    }
    m_source = QByteArray();
}
