#include "duration.h"

std::optional<qint64> Duration::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qint64 unit = 1;
    // "1M" could mean a month as well as a minute: only the lower-case m is taken.
    if (text.back() == u'M')
        return std::nullopt;
    switch (text.back().toLower().unicode()) {
    case u's':
        text.chop(1);
        break;
    case u'm':
        unit = kMinute;
        text.chop(1);
        break;
    case u'h':
        unit = kHour;
        text.chop(1);
        break;
    case u'd':
        unit = kDay;
        text.chop(1);
        break;
    default:
        break;
    }
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    for (QChar c : text) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    // Guard the multiplication; anything this large is out of range anyway.
    if (!ok || value > std::numeric_limits<qint64>::max() / kDay)
        return std::nullopt;
    return value * unit;
}

QString Duration::toCompact(qint64 seconds)
{
    if (seconds != 0 && seconds % kDay == 0)
        return QString::number(seconds / kDay) + u'd';
    if (seconds != 0 && seconds % kHour == 0)
        return QString::number(seconds / kHour) + u'h';
    if (seconds != 0 && seconds % kMinute == 0)
        return QString::number(seconds / kMinute) + u'm';
    return QString::number(seconds) + u's';
}

QString Duration::toHuman(qint64 seconds)
{
    if (seconds <= 0)
        return tr("0 minutes");
    const qint64 days = seconds / kDay;
    const qint64 hours = (seconds % kDay) / kHour;
    const qint64 minutes = (seconds % kHour) / kMinute;
    const qint64 rest = seconds % kMinute;
    QStringList parts;
    if (days)
        parts << tr("%n day(s)", nullptr, int(days));
    if (hours)
        parts << tr("%n hour(s)", nullptr, int(hours));
    if (minutes && !days)
        parts << tr("%n minute(s)", nullptr, int(minutes));
    if (rest && !days && !hours)
        parts << tr("%n second(s)", nullptr, int(rest));
    if (parts.isEmpty())
        parts << tr("%n minute(s)", nullptr, int(minutes));
    return parts.join(u' ');
}
