#pragma once
// Durations as people type them: "90s", "45m", "12h", "7d" or plain seconds.

#include <QCoreApplication>
#include <QString>

#include <optional>

class Duration
{
    Q_DECLARE_TR_FUNCTIONS(Duration)
public:
    // The units, in seconds: the one definition for the parser, the texts and the duration editor.
    static constexpr qint64 kMinute = 60;
    static constexpr qint64 kHour = 60 * kMinute;
    static constexpr qint64 kDay = 24 * kHour;

    // Seconds, or nullopt when the text is not a number with an optional unit s/m/h/d.
    static std::optional<qint64> parse(QStringView text);
    // The shortest exact form: 86400 -> "1d", 5400 -> "90m", 61 -> "61s".
    static QString toCompact(qint64 seconds);
    // Human words in the UI language, largest units first: "1 day 2 hours".
    static QString toHuman(qint64 seconds);
};
