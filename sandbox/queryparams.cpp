#include "queryparams.h"

#include "apilimits.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace Sandbox {

QueryParams::QueryParams(const QUrlQuery& query)
{
    // As Express's query parser (qs) reads it: a '+' is a space, "%2B" a plus. (QUrlQuery keeps '+'.)
    // A part whose escapes are not UTF-8 stays as it came (qs keeps it when decodeURIComponent throws).
    const auto decode = [](QString part) {
        part.replace(u'+', u' ');
        const QByteArray bytes = QByteArray::fromPercentEncoding(part.toUtf8());
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8(bytes);
        return utf8.hasError() ? part : decoded;
    };
    const QString encoded = query.query(QUrl::FullyEncoded);
    for (const QString& pair : encoded.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        m_items.append({decode(equals < 0 ? pair : pair.left(equals)),
                        equals < 0 ? QString() : decode(pair.mid(equals + 1))});
    }
}

bool QueryParams::has(const QString& key) const
{
    for (const auto& item : m_items) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString QueryParams::value(const QString& key) const
{
    for (const auto& item : m_items) {
        if (item.first == key)
            return item.second.isNull() ? QStringLiteral("") : item.second;
    }
    return QString();
}

QStringList QueryParams::values(const QString& key) const
{
    QStringList result;
    for (const auto& item : m_items) {
        if (item.first == key)
            result.append(item.second);
    }
    return result;
}

QString QueryParams::unknownKey(const QStringList& allowed) const
{
    for (const auto& item : m_items) {
        if (!allowed.contains(item.first))
            return u'"' + item.first + QStringLiteral("\" is not allowed");
    }
    return {};
}

QString QueryParams::checkLength(const QString& key, int max) const
{
    if (value(key).size() > max) {
        return u'"' + key + QStringLiteral("\" length must be less than or equal to ") +
               QString::number(max) + QStringLiteral(" characters long");
    }
    return {};
}

QString QueryParams::checkObjectId(const QString& key) const
{
    const QString text = value(key);
    if (text.isNull() || Limits::isObjectId(text))
        return {};
    return u'"' + key + QStringLiteral("\" with value \"") + text +
           QStringLiteral("\" fails to match the required pattern: /^[a-fA-F0-9]{24}$/");
}

QString QueryParams::readBoolean(const QString& key, bool* out) const
{
    const QString text = value(key);
    if (text.isNull())
        return {};
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
        *out = true;
        return {};
    }
    if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
        *out = false;
        return {};
    }
    return u'"' + key + QStringLiteral("\" must be a boolean");
}

SortSpec parseSort(const QString& text, const QString& defaultField, bool defaultDescending)
{
    SortSpec spec{defaultField, defaultDescending, {}};
    if (text.isEmpty())
        return spec;
    // \z, not $: PCRE's $ also matches before a final line break, which JavaScript's (the API's) does not.
    static const QRegularExpression pattern(QStringLiteral("^([\\w.]*)((:asc)|(:desc))?\\z"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        spec.error = QStringLiteral("\"sort\" with value \"") + text +
                     QStringLiteral("\" fails to match the required pattern: /^[\\w.]*((:asc)|(:desc))?$/");
        return spec;
    }
    if (!match.captured(1).isEmpty())
        spec.field = match.captured(1);
    spec.descending = match.captured(2) == QLatin1String(":desc");
    return spec;
}

} // namespace Sandbox
