// ConsoleStyle: the standard icons Qt's widgets ask for when made are read when first drawn. A window with a
// menu bar and a hidden dock widget loads no image format plugin; drawing a standard icon does. The deferred
// icon has the base style's pixels, sizes and direction, and survives its style.

#include "consolestyle.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QPointer>
#include <QStyleOption>
#include <QTest>

namespace {

// Whether this process has mapped any of Qt's image format plugins.
bool imagePluginsLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("/imageformats/");
}

QImage image(const QIcon& icon, int side = 16)
{
    return icon.pixmap(side, side).toImage();
}

} // namespace

class TestConsoleStyle : public QObject
{
    Q_OBJECT

    QPointer<ConsoleStyle> m_style;

private Q_SLOTS:
    void initTestCase()
    {
        // Must hold before anything here draws an icon, or the first test proves nothing.
        QVERIFY2(!imagePluginsLoaded(), "an image format plugin was loaded before the test");
        const QString platformStyle = QApplication::style()->name();
        QVERIFY(!platformStyle.isEmpty());
        m_style = new ConsoleStyle(platformStyle);
        QApplication::setStyle(m_style);
        QCOMPARE(m_style->baseStyle()->name(), platformStyle); // the same style, wrapped
    }

    // Runs first (Qt Test keeps the declaration order): nothing before it has drawn a standard icon.
    void aWindowWithMenusLoadsNoImagePlugin()
    {
        QMainWindow window;
        window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"));
        auto* dock = new QDockWidget(QStringLiteral("Created this session"), &window);
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        dock->hide();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        QVERIFY(!imagePluginsLoaded());

        // The menu bar's own: the "more menus" arrow, asked for when the bar is made.
        const QIcon more = window.style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        QVERIFY(!more.isNull());
        QVERIFY(!imagePluginsLoaded()); // asked for, not drawn
        QVERIFY(!image(more, 32).isNull());
        QVERIFY(imagePluginsLoaded()); // drawn: Qt's reader has loaded them (the check can fail)
    }

    void deferredIconsHaveTheBaseStylesPixels_data()
    {
        QTest::addColumn<int>("icon");
        QTest::newRow("menu bar overflow") << int(QStyle::SP_ToolBarHorizontalExtensionButton);
        QTest::newRow("dock float") << int(QStyle::SP_TitleBarNormalButton);
        QTest::newRow("clear") << int(QStyle::SP_LineEditClearButton);
    }

    void deferredIconsHaveTheBaseStylesPixels()
    {
        QFETCH(int, icon);
        const auto which = QStyle::StandardPixmap(icon);
        const QIcon deferred = m_style->standardIcon(which);
        QVERIFY(ConsoleStyle::isDeferred(which));
        const QIcon direct = m_style->baseStyle()->standardIcon(which);
        QVERIFY(!direct.isNull());
        QVERIFY(!deferred.isNull());
        QCOMPARE(deferred.availableSizes(), direct.availableSizes());
        QCOMPARE(deferred.actualSize(QSize(20, 20)), direct.actualSize(QSize(20, 20)));
        for (int side : {16, 24, 32})
            QCOMPARE(image(deferred, side), image(direct, side));
        QCOMPARE(image(deferred.pixmap(16, QIcon::Disabled)), image(direct.pixmap(16, QIcon::Disabled)));
    }

    // Every standard icon, deferred or not, draws as the base style's, is null where the base style's
    // is (Fusion has none for "Retry" or "Yes to all"), and none sends the style round in circles
    // (a style's fallbacks ask the proxy again).
    void everyStandardIconMatches()
    {
        int deferred = 0;
        for (int icon = 0; icon <= int(QStyle::SP_TabCloseButton); ++icon) { // the last one in Qt 6.4
            const auto which = QStyle::StandardPixmap(icon);
            const QIcon direct = m_style->baseStyle()->standardIcon(which);
            const QIcon ours = m_style->standardIcon(which);
            QVERIFY2(image(ours) == image(direct), qPrintable(QString::number(icon)));
            QCOMPARE(ours.isNull(), direct.isNull());
            QCOMPARE(ours.availableSizes(), direct.availableSizes());
            deferred += ConsoleStyle::isDeferred(which) ? 1 : 0;
        }
        QCOMPARE(deferred, 7);
    }

    void theDirectionAskedForIsKept()
    {
        QStyleOption leftToRight;
        leftToRight.direction = Qt::LeftToRight;
        QStyleOption rightToLeft;
        rightToLeft.direction = Qt::RightToLeft;
        const auto overflow = QStyle::SP_ToolBarHorizontalExtensionButton;
        const QIcon more = m_style->standardIcon(overflow, &rightToLeft);
        QCOMPARE(image(more), image(m_style->baseStyle()->standardIcon(overflow, &rightToLeft)));
        // The overflow arrow points the other way in a right-to-left layout.
        QVERIFY(image(more) != image(m_style->standardIcon(overflow, &leftToRight)));
    }

    void anIconOutlivesItsStyle()
    {
        auto* style = new ConsoleStyle(QStringLiteral("fusion"));
        const QIcon icon = style->standardIcon(QStyle::SP_TitleBarCloseButton);
        const QImage expected = image(style->baseStyle()->standardIcon(QStyle::SP_TitleBarCloseButton));
        delete style;
        // Drawn by the application's style instead of the deleted one.
        QCOMPARE(image(icon).size(), expected.size());
        QVERIFY(!image(icon).isNull());
    }
};

QTEST_MAIN(TestConsoleStyle)
#include "test_consolestyle.moc"
