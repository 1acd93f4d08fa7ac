// Durations as people type them ("90s", "45m", "12h", "7d", plain seconds) and how they are shown.

#include "apilimits.h"
#include "duration.h"

#include <QRegularExpression>
#include <QTest>

#include <optional>

class TestDuration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void toCompact_data();
    void toCompact();
    void compactRoundTrip_data();
    void compactRoundTrip();
    void toHuman_data();
    void toHuman();
};

void TestDuration::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("90s") << QStringLiteral("90s") << true << qint64(90);
    QTest::newRow("45m") << QStringLiteral("45m") << true << qint64(45 * 60);
    QTest::newRow("12h") << QStringLiteral("12h") << true << qint64(12 * 3600);
    QTest::newRow("7d") << QStringLiteral("7d") << true << qint64(7 * 86400);
    QTest::newRow("86400 plain seconds") << QStringLiteral("86400") << true << qint64(86400);
    QTest::newRow("1m minimum") << QStringLiteral("1m") << true << Limits::kMinDurationSeconds;
    QTest::newRow("30d maximum") << QStringLiteral("30d") << true << Limits::kMaxDurationSeconds;
    QTest::newRow("0 parses (range is validation's job)") << QStringLiteral("0") << true << qint64(0);
    QTest::newRow("surrounding spaces") << QStringLiteral(" 7d ") << true << qint64(7 * 86400);
    QTest::newRow("space before unit") << QStringLiteral("7 d") << true << qint64(7 * 86400);
    QTest::newRow("uppercase unit 7D") << QStringLiteral("7D") << true << qint64(7 * 86400);
    QTest::newRow("uppercase M: a month or a minute?") << QStringLiteral("1M") << false << qint64(0);
    QTest::newRow("leading zeros") << QStringLiteral("0090s") << true << qint64(90);

    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("blank") << QStringLiteral("   ") << false << qint64(0);
    QTest::newRow("unit only d") << QStringLiteral("d") << false << qint64(0);
    QTest::newRow("unit only s") << QStringLiteral("s") << false << qint64(0);
    QTest::newRow("fraction 1.5h") << QStringLiteral("1.5h") << false << qint64(0);
    QTest::newRow("negative -5m") << QStringLiteral("-5m") << false << qint64(0);
    QTest::newRow("plus sign +5m") << QStringLiteral("+5m") << false << qint64(0);
    QTest::newRow("abc") << QStringLiteral("abc") << false << qint64(0);
    QTest::newRow("unknown unit w") << QStringLiteral("2w") << false << qint64(0);
    QTest::newRow("two units 1h30m") << QStringLiteral("1h30m") << false << qint64(0);
    QTest::newRow("ms is not a unit") << QStringLiteral("5ms") << false << qint64(0);
    QTest::newRow("thousands separator") << QStringLiteral("86,400") << false << qint64(0);
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٧d") << false << qint64(0);
    QTest::newRow("overflow: beyond qint64") << QStringLiteral("99999999999999999999") << false << qint64(0);
    QTest::newRow("overflow: days times 86400") << QStringLiteral("106751991167301d") << false << qint64(0);
}

void TestDuration::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, seconds);

    const std::optional<qint64> parsed = Duration::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, seconds);
}

void TestDuration::toCompact_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("compact");

    QTest::newRow("1 day") << qint64(86400) << QStringLiteral("1d");
    QTest::newRow("30 days") << qint64(2592000) << QStringLiteral("30d");
    QTest::newRow("25 hours") << qint64(90000) << QStringLiteral("25h");
    QTest::newRow("1 hour") << qint64(3600) << QStringLiteral("1h");
    QTest::newRow("90 minutes") << qint64(5400) << QStringLiteral("90m");
    QTest::newRow("1 minute") << qint64(60) << QStringLiteral("1m");
    QTest::newRow("61 seconds") << qint64(61) << QStringLiteral("61s");
    QTest::newRow("59 seconds") << qint64(59) << QStringLiteral("59s");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0s");
    QTest::newRow("1 day 1 second") << qint64(86401) << QStringLiteral("86401s");
}

void TestDuration::toCompact()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, compact);
    QCOMPARE(Duration::toCompact(seconds), compact);
}

void TestDuration::compactRoundTrip_data()
{
    QTest::addColumn<qint64>("seconds");
    for (qint64 seconds : {qint64(60), qint64(61), qint64(3599), qint64(3600), qint64(5400), qint64(86400),
                           qint64(86460), qint64(604800), qint64(2592000)})
        QTest::newRow(qPrintable(QString::number(seconds))) << seconds;
}

void TestDuration::compactRoundTrip()
{
    // What the CLI prints can be typed back in.
    QFETCH(qint64, seconds);
    QCOMPARE(Duration::parse(Duration::toCompact(seconds)), std::optional<qint64>(seconds));
}

void TestDuration::toHuman_data()
{
    QTest::addColumn<qint64>("seconds");
    // A pattern, so the rows hold with or without an English plural translation loaded
    // ("1 day" vs the source text "1 day(s)").
    QTest::addColumn<QString>("pattern");

    QTest::newRow("1 day") << qint64(86400) << QStringLiteral("^1 day(\\(s\\))?$");
    QTest::newRow("30 days") << qint64(2592000) << QStringLiteral("^30 day(s|\\(s\\))$");
    QTest::newRow("1 day 2 hours") << qint64(86400 + 7200)
                                   << QStringLiteral("^1 day(\\(s\\))? 2 hour(s|\\(s\\))$");
    // Minutes and seconds are noise next to days.
    QTest::newRow("1 day 1 hour 1 minute 1 second")
        << qint64(90061) << QStringLiteral("^1 day(\\(s\\))? 1 hour(\\(s\\))?$");
    QTest::newRow("1 hour 1 minute") << qint64(3661)
                                     << QStringLiteral("^1 hour(\\(s\\))? 1 minute(\\(s\\))?$");
    QTest::newRow("90 minutes") << qint64(5400) << QStringLiteral("^1 hour(\\(s\\))? 30 minute(s|\\(s\\))$");
    QTest::newRow("1 minute") << qint64(60) << QStringLiteral("^1 minute(\\(s\\))?$");
    QTest::newRow("61 seconds") << qint64(61) << QStringLiteral("^1 minute(\\(s\\))? 1 second(\\(s\\))?$");
    QTest::newRow("59 seconds") << qint64(59) << QStringLiteral("^59 second(s|\\(s\\))$");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("^0 minutes$");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("^0 minutes$");
}

void TestDuration::toHuman()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, pattern);
    const QString human = Duration::toHuman(seconds);
    QVERIFY2(QRegularExpression(pattern).match(human).hasMatch(), qPrintable(human));
}

QTEST_GUILESS_MAIN(TestDuration)
#include "test_duration.moc"
