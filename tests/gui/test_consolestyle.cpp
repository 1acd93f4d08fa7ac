// ConsoleStyle: Qt's standard icons are read when first drawn. A window with a menu bar and a hidden dock
// widget loads no image format plugin; drawing a standard icon does. The deferred icon has the base
// style's pixels, sizes and direction, and survives its style.

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
        QTest::newRow("reload") << int(QStyle::SP_BrowserReload);
        QTest::newRow("apply") << int(QStyle::SP_DialogApplyButton);
        QTest::newRow("critical") << int(QStyle::SP_MessageBoxCritical);
    }

    void deferredIconsHaveTheBaseStylesPixels()
    {
        QFETCH(int, icon);
        const auto which = QStyle::StandardPixmap(icon);
        const QIcon deferred = m_style->standardIcon(which);
        const QIcon direct = m_style->baseStyle()->standardIcon(which);
        QVERIFY(!direct.isNull());
        QCOMPARE(deferred.availableSizes(), direct.availableSizes());
        QCOMPARE(deferred.actualSize(QSize(20, 20)), direct.actualSize(QSize(20, 20)));
        for (int side : {16, 24, 32})
            QCOMPARE(image(deferred, side), image(direct, side));
        QCOMPARE(image(deferred.pixmap(16, QIcon::Disabled)), image(direct.pixmap(16, QIcon::Disabled)));
    }

    void theDirectionAskedForIsKept()
    {
        QStyleOption leftToRight;
        leftToRight.direction = Qt::LeftToRight;
        QStyleOption rightToLeft;
        rightToLeft.direction = Qt::RightToLeft;
        const QIcon back = m_style->standardIcon(QStyle::SP_ArrowBack, &rightToLeft);
        QCOMPARE(image(back), image(m_style->baseStyle()->standardIcon(QStyle::SP_ArrowBack, &rightToLeft)));
        // "Back" points the other way in a right-to-left layout.
        QVERIFY(image(back) != image(m_style->standardIcon(QStyle::SP_ArrowBack, &leftToRight)));
    }

    void anIconOutlivesItsStyle()
    {
        auto* style = new ConsoleStyle(QStringLiteral("fusion"));
        const QIcon icon = style->standardIcon(QStyle::SP_BrowserReload);
        const QImage expected = image(style->baseStyle()->standardIcon(QStyle::SP_BrowserReload));
        delete style;
        // Drawn by the application's style instead of the deleted one.
        QCOMPARE(image(icon).size(), expected.size());
        QVERIFY(!image(icon).isNull());
    }
};

QTEST_MAIN(TestConsoleStyle)
#include "test_consolestyle.moc"
