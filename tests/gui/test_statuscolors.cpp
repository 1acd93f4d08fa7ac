// Status colours: error red and success green on a light palette, lighter variants for text on a dark one
// (badges keep their colour behind their own text colour), warning amber and info blue badges and frames,
// tints derived from the named colours, a real widget picking the right one, and styled widgets following
// the palette when the desktop switches between light and dark.

#include "errorpanel.h"
#include "statuscolors.h"

#include <QApplication>
#include <QLabel>
#include <QScopeGuard>
#include <QTest>

namespace {

QPalette withWindow(const QColor& window)
{
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Window, window);
    return palette;
}

} // namespace

class TestStatusColors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textFollowsThePalette_data()
    {
        QTest::addColumn<QColor>("window");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("success");
        QTest::newRow("light") << QColor(0xef, 0xef, 0xef) << QStringLiteral("#c62828")
                               << QStringLiteral("#2e7d32");
        QTest::newRow("dark") << QColor(0x2b, 0x2b, 0x2e) << QStringLiteral("#ef9a9a")
                              << QStringLiteral("#a5d6a7");
    }

    void textFollowsThePalette()
    {
        QFETCH(QColor, window);
        QFETCH(QString, error);
        QFETCH(QString, success);
        QLabel label;
        label.setPalette(withWindow(window));
        QCOMPARE(StatusColors::errorTextStyle(&label), QStringLiteral("color: %1;").arg(error));
        QCOMPARE(StatusColors::successTextStyle(&label), QStringLiteral("color: %1;").arg(success));
        QCOMPARE(StatusColors::textStyle(&label, false), StatusColors::errorTextStyle(&label));
        QCOMPARE(StatusColors::textStyle(&label, true), StatusColors::successTextStyle(&label));
        QVERIFY(StatusColors::errorFrameStyle(&label, QStringLiteral("box")).contains(error));
        QVERIFY(StatusColors::errorFrameStyle(&label, QStringLiteral("box")).startsWith(u"#box {"));
        // The same choice as a colour, for painting and item models.
        QCOMPARE(StatusColors::error(label.palette()), QColor(error));
        QCOMPARE(StatusColors::success(label.palette()), QColor(success));
    }

    void tintsComeFromTheNamedColours()
    {
        QCOMPARE(StatusColors::tint(StatusColors::kError, 0.08), QStringLiteral("rgba(198, 40, 40, 0.08)"));
        QCOMPARE(StatusColors::tint(StatusColors::kWarning, 0.14),
                 QStringLiteral("rgba(245, 166, 35, 0.14)"));
        QLabel label;
        QVERIFY(StatusColors::errorFrameStyle(&label, QStringLiteral("box"))
                    .contains(u"background: rgba(198, 40, 40, 0.08);"));
        const QString warning = StatusColors::warningFrameStyle(QStringLiteral("bar"));
        QVERIFY2(warning.startsWith(u"#bar {"), qPrintable(warning));
        QVERIFY2(warning.contains(u"border: 1px solid #f5a623;"), qPrintable(warning));
        QVERIFY2(warning.contains(u"background: rgba(245, 166, 35, 0.14);"), qPrintable(warning));
    }

    void badgesKeepTheirColours()
    {
        QVERIFY(StatusColors::errorBadgeStyle().contains(u"background: #c62828; color: white;"));
        QVERIFY(StatusColors::successBadgeStyle().contains(u"background: #2e7d32; color: white;"));
        QVERIFY(StatusColors::warningBadgeStyle().contains(u"background: #f5a623; color: black;"));
        QVERIFY(StatusColors::infoBadgeStyle().contains(u"background: #1565c0; color: white;"));
    }

    void followsThePaletteWhileShown()
    {
        // A desktop switching between light and dark while the console runs: the text's colour follows.
        const QPalette saved = QApplication::palette();
        const auto restore = qScopeGuard([&saved] { QApplication::setPalette(saved); });
        QApplication::setPalette(withWindow(QColor(0xef, 0xef, 0xef)));
        QWidget window;
        auto* label = new QLabel(QStringLiteral("Could not save the key."), &window);
        auto* plain = new QLabel(QStringLiteral("Saved."), &window);
        StatusColors::followPalette(label, StatusColors::errorTextStyle);
        StatusColors::followPalette(plain, StatusColors::successTextStyle);
        StatusColors::followPalette(plain, {}); // back to plain text: no rule, and none comes back
        window.show();
        QCOMPARE(label->styleSheet(), QStringLiteral("color: #c62828;"));
        QVERIFY(plain->styleSheet().isEmpty());

        QApplication::setPalette(withWindow(QColor(0x2b, 0x2b, 0x2e)));
        QTRY_COMPARE(label->styleSheet(), QStringLiteral("color: #ef9a9a;"));
        QVERIFY(plain->styleSheet().isEmpty());
        QApplication::setPalette(withWindow(QColor(0xef, 0xef, 0xef)));
        QTRY_COMPARE(label->styleSheet(), QStringLiteral("color: #c62828;"));

        // A rule that depends on more than the palette: replaced by the next call, then followed.
        StatusColors::followPalette(
            label, [](const QWidget* widget) { return StatusColors::textStyle(widget, true); });
        QCOMPARE(label->styleSheet(), QStringLiteral("color: #2e7d32;"));
        QApplication::setPalette(withWindow(QColor(0x2b, 0x2b, 0x2e)));
        QTRY_COMPARE(label->styleSheet(), QStringLiteral("color: #a5d6a7;"));
    }

    void errorPanelOnADarkPalette()
    {
        {
            const QPalette saved = QApplication::palette();
            const auto restore = qScopeGuard([&saved] { QApplication::setPalette(saved); });
            QApplication::setPalette(withWindow(QColor(0x2b, 0x2b, 0x2e)));
            ErrorPanel panel;
            panel.showMessage(
                QStringLiteral("The key was refused.")); // the panel is styled with its first error
            QVERIFY2(panel.styleSheet().contains(u"#ef9a9a"), qPrintable(panel.styleSheet()));
        }
        ErrorPanel panel;
        panel.showMessage(QStringLiteral("The key was refused."));
        QVERIFY2(panel.styleSheet().contains(u"#c62828"), qPrintable(panel.styleSheet()));

        // In a window, shown, then the desktop turns dark and light again: the border follows.
        const QPalette saved = QApplication::palette();
        const auto restore = qScopeGuard([&saved] { QApplication::setPalette(saved); });
        QApplication::setPalette(withWindow(QColor(0xef, 0xef, 0xef)));
        QWidget window;
        auto* inWindow = new ErrorPanel(&window);
        inWindow->showMessage(QStringLiteral("The key was refused."));
        window.show();
        QCOMPARE(inWindow->styleSheet().contains(u"#c62828"), true);
        QApplication::setPalette(withWindow(QColor(0x2b, 0x2b, 0x2e)));
        QTRY_VERIFY2(inWindow->styleSheet().contains(u"#ef9a9a"), qPrintable(inWindow->styleSheet()));
        QApplication::setPalette(withWindow(QColor(0xef, 0xef, 0xef)));
        QTRY_VERIFY2(inWindow->styleSheet().contains(u"#c62828"), qPrintable(inWindow->styleSheet()));

        // A panel that is its own window: its tinted background is not the desktop's palette. Another
        // light palette keeps it light.
        QApplication::setPalette(withWindow(QColor(0xf6, 0xf6, 0xf6)));
        QTest::qWait(20);
        QVERIFY2(panel.styleSheet().contains(u"#c62828"), qPrintable(panel.styleSheet()));
    }
};

QTEST_MAIN(TestStatusColors)
#include "test_statuscolors.moc"
