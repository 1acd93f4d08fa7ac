// AppFont: the console lays out Latin text without OpenType shaping (no kerning, no ligatures), which a
// tenth of its start-up went to; the application font still follows the platform's after a theme change;
// page headings keep kerning.

#include "appfont.h"
#include "pageheader.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLabel>
#include <QTest>

namespace {

// How much closer "AV" is set than "A" and "V" apart: the kerning applied to the pair.
qreal kerningOfAV(const QFont& font)
{
    const QFontMetricsF metrics(font);
    return metrics.horizontalAdvance(QStringLiteral("A")) + metrics.horizontalAdvance(QStringLiteral("V")) -
           metrics.horizontalAdvance(QStringLiteral("AV"));
}

} // namespace

class TestAppFont : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { AppFont::install(); }

    void applicationFontIsThePlatformsWithoutShaping()
    {
        const QFont font = QApplication::font();
        const QFont system = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
        QVERIFY(font.styleStrategy() & QFont::PreferNoShaping);
        QCOMPARE(font.family(), system.family());
        QCOMPARE(font.pointSizeF(), system.pointSizeF());
        QLabel label;
        QVERIFY(label.font().styleStrategy() & QFont::PreferNoShaping);
    }

    void latinTextIsNotKerned()
    {
        QCOMPARE(kerningOfAV(QApplication::font()), 0.0);
        // Shaped, the same font kerns the pair (when it has kerning for it, as DejaVu Sans does): the
        // flag is what made the difference above.
        const qreal shaped = kerningOfAV(AppFont::shapedFont(QApplication::font()));
        QVERIFY(shaped >= 0.0);
        if (QFontInfo(QApplication::font()).family().startsWith(QLatin1StringView("DejaVu")))
            QVERIFY2(shaped > 0.0, qPrintable(QFontInfo(QApplication::font()).family()));
    }

    void headingsKeepShaping()
    {
        PageHeader header(QStringLiteral("Windows enrollment token"),
                          QStringLiteral("One token for one user."));
        auto* title = header.findChild<QLabel*>(QStringLiteral("pageTitle"));
        auto* subtitle = header.findChild<QLabel*>(QStringLiteral("pageSubtitle"));
        QVERIFY(title && subtitle);
        QVERIFY(!(title->font().styleStrategy() & QFont::PreferNoShaping));
        QVERIFY(title->font().bold());
        QVERIFY(subtitle->font().styleStrategy() & QFont::PreferNoShaping);
    }

    void followsThePlatformAfterAThemeChange()
    {
        QFont other(QStringLiteral("DejaVu Serif"), 21);
        QApplication::setFont(other);
        QCOMPARE(QApplication::font().pointSize(), 21);
        QEvent themeChange(QEvent::ThemeChange);
        QCoreApplication::sendEvent(qApp, &themeChange);
        QCOMPARE(QApplication::font(), AppFont::unshapedSystemFont());
        QVERIFY(QApplication::font().styleStrategy() & QFont::PreferNoShaping);
    }
};

QTEST_MAIN(TestAppFont)
#include "test_appfont.moc"
