// ConsoleStyle: the standard icons Qt's widgets ask for when made are read when first drawn. A window with a
// menu bar and a hidden dock widget loads no image format plugin; drawing a standard icon does. The deferred
// icon has the base style's pixels, sizes and direction, and survives its style. Fusion's line edit frames
// and push buttons, drawn stretched from a narrow copy, have Fusion's own pixels at every width, height,
// state and scale, and a wide one costs three pixmap copies. So do slider grooves at every value, and a
// wide one is drawn from narrow pixmaps only.

#include "consolestyle.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPaintEngine>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSlider>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

#include <memory>

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

// `option` drawn by `draw` at `size`, moved by `origin`, on an opaque window-coloured image, `scale`
// device pixels per pixel.
template <typename Draw>
QImage render(QStyleOption& option, QSize size, qreal scale, QPointF origin, Draw draw)
{
    QImage image((QSizeF(size + QSize(8, 8)) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(option.palette.color(QPalette::Window));
    option.rect = QRect(QPoint(0, 0), size);
    QPainter painter(&image);
    painter.translate(origin);
    draw(&painter);
    return image;
}

QImage render(const QStyle* style, QStyle::PrimitiveElement element, QStyleOption& option, QSize size,
              qreal scale, QPointF origin = {})
{
    return render(option, size, scale, origin,
                  [&](QPainter* painter) { style->drawPrimitive(element, &option, painter); });
}

QImage renderSlider(const QStyle* style, QStyleOptionSlider& option, QSize size, qreal scale,
                    QPointF origin = {})
{
    return render(option, size, scale, origin,
                  [&](QPainter* painter) { style->drawComplexControl(QStyle::CC_Slider, &option, painter); });
}

// The largest difference of one colour channel between two images of the same size.
int largestDifference(const QImage& a, const QImage& b)
{
    int largest = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* rowA = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* rowB = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            largest = std::max({largest, std::abs(qRed(rowA[x]) - qRed(rowB[x])),
                                std::abs(qGreen(rowA[x]) - qGreen(rowB[x])),
                                std::abs(qBlue(rowA[x]) - qBlue(rowB[x])),
                                std::abs(qAlpha(rowA[x]) - qAlpha(rowB[x]))});
        }
    }
    return largest;
}

// A paint device that only counts what is drawn on it: paths (Fusion's rounded outlines) and pixmaps.
class CountingDevice final : public QPaintDevice
{
public:
    int paths = 0;
    int pixmaps = 0;
    int widestPixmap = 0; // in device pixels

    QPaintEngine* paintEngine() const override { return m_engine.get(); }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
        case PdmHeight:
            return 4000;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        default:
            return 0;
        }
    }

private:
    class Engine final : public QPaintEngine
    {
    public:
        explicit Engine(CountingDevice* device)
            : QPaintEngine(AllFeatures) // or QPainter would rasterize antialiased outlines itself
            , m_device(device)
        {}
        bool begin(QPaintDevice*) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState&) override {}
        void drawPath(const QPainterPath&) override { ++m_device->paths; }
        void drawPolygon(const QPointF*, int, PolygonDrawMode) override { ++m_device->paths; }
        void drawPixmap(const QRectF&, const QPixmap& pixmap, const QRectF&) override
        {
            ++m_device->pixmaps;
            m_device->widestPixmap = std::max(m_device->widestPixmap, pixmap.width());
        }
        Type type() const override { return User; }

    private:
        CountingDevice* m_device;
    };
    std::unique_ptr<Engine> m_engine = std::make_unique<Engine>(this);
};

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

    void lineEditFramesAndButtonsKeepFusionsPixels_data()
    {
        QTest::addColumn<int>("element");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("features");
        const int enabled = QStyle::State_Enabled;
        const int line = QStyle::PE_FrameLineEdit;
        const int button = QStyle::PE_PanelButtonCommand;
        QTest::newRow("line edit") << line << enabled << 0;
        QTest::newRow("line edit, focused") << line << (enabled | QStyle::State_HasFocus) << 0;
        QTest::newRow("line edit, hovered") << line << (enabled | QStyle::State_MouseOver) << 0;
        QTest::newRow("line edit, read-only") << line << (enabled | QStyle::State_ReadOnly) << 0;
        QTest::newRow("line edit, disabled") << line << 0 << 0;
        QTest::newRow("button") << button << (enabled | QStyle::State_Raised) << 0;
        QTest::newRow("button, pressed") << button << (enabled | QStyle::State_Sunken) << 0;
        QTest::newRow("button, focused")
            << button << (enabled | QStyle::State_Raised | QStyle::State_HasFocus) << 0;
        QTest::newRow("button, hovered")
            << button << (enabled | QStyle::State_Raised | QStyle::State_MouseOver) << 0;
        QTest::newRow("button, default")
            << button << (enabled | QStyle::State_Raised) << int(QStyleOptionButton::DefaultButton);
        QTest::newRow("button, checked") << button << (enabled | QStyle::State_On) << 0;
        QTest::newRow("button, disabled") << button << int(QStyle::State_Raised) << 0;
    }

    void lineEditFramesAndButtonsKeepFusionsPixels()
    {
        QFETCH(int, element);
        QFETCH(int, state);
        QFETCH(int, features);
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("fusion")));
        ConsoleStyle console(QStringLiteral("fusion"));
        QStyleOptionFrame frame;
        frame.lineWidth = fusion->pixelMetric(QStyle::PM_DefaultFrameWidth);
        QStyleOptionButton button;
        button.features = QStyleOptionButton::ButtonFeatures(features);
        QStyleOption& option = element == QStyle::PE_FrameLineEdit ? static_cast<QStyleOption&>(frame)
                                                                   : static_cast<QStyleOption&>(button);
        option.state = QStyle::State(state);
        option.palette = fusion->standardPalette();
        const auto which = QStyle::PrimitiveElement(element);
        // Fractional scales (125 %, 150 %) and offsets are left to Fusion: a copy would blur there.
        const QList<QPointF> origins{{0, 0}, {3, 5}, {2.5, 1}};
        for (const QSize size :
             {QSize(20, 28), QSize(60, 28), QSize(240, 28), QSize(853, 31), QSize(140, 40)}) {
            for (const qreal scale : {1.0, 1.25, 1.5, 2.0}) {
                for (const QPointF origin : origins) {
                    const QImage expected = render(fusion.get(), which, option, size, scale, origin);
                    // Twice: drawn into the cache, then from it.
                    for (int round = 0; round < 2; ++round) {
                        const QImage drawn = render(&console, which, option, size, scale, origin);
                        QVERIFY2(largestDifference(drawn, expected) <= 1,
                                 qPrintable(QStringLiteral("%1x%2 at %3, moved by %4,%5: off by %6")
                                                .arg(size.width())
                                                .arg(size.height())
                                                .arg(scale)
                                                .arg(origin.x())
                                                .arg(origin.y())
                                                .arg(largestDifference(drawn, expected))));
                    }
                }
            }
        }

        // A wide one is three copies of the cached pixmap. Fusion strokes a line edit's outline (and
        // caches a button whole, for each width anew).
        option.rect = QRect(0, 0, 3000, 30);
        if (which == QStyle::PE_FrameLineEdit) {
            CountingDevice byFusion;
            QPainter painter(&byFusion);
            fusion->drawPrimitive(which, &option, &painter);
            QVERIFY(byFusion.paths > 0);
        }
        CountingDevice byConsole;
        {
            QPainter painter(&byConsole);
            console.drawPrimitive(which, &option, &painter);
        }
        QCOMPARE(byConsole.paths, 0);
        QCOMPARE(byConsole.pixmaps, 3);
    }

    void sliderGroovesKeepFusionsPixels_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("upsideDown");
        QTest::addColumn<bool>("rightToLeft");
        const int enabled = QStyle::State_Enabled;
        QTest::newRow("enabled") << enabled << false << false;
        QTest::newRow("focused from the keyboard")
            << (enabled | QStyle::State_HasFocus | QStyle::State_KeyboardFocusChange) << false << false;
        QTest::newRow("hovered") << (enabled | QStyle::State_MouseOver) << false << false;
        QTest::newRow("disabled") << 0 << false << false;
        // QSlider sets upsideDown in a right-to-left layout; an option can also say the direction alone.
        QTest::newRow("upside down (left to Fusion)") << enabled << true << false;
        QTest::newRow("right to left (left to Fusion)") << enabled << false << true;
    }

    void sliderGroovesKeepFusionsPixels()
    {
        QFETCH(int, state);
        QFETCH(bool, upsideDown);
        QFETCH(bool, rightToLeft);
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("fusion")));
        ConsoleStyle console(QStringLiteral("fusion"));
        QStyleOptionSlider slider;
        slider.direction = rightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
        slider.orientation = Qt::Horizontal;
        slider.state = QStyle::State(state) | QStyle::State_Horizontal;
        slider.upsideDown = upsideDown;
        slider.subControls = QStyle::SC_SliderGroove | QStyle::SC_SliderHandle;
        slider.palette = fusion->standardPalette();
        slider.minimum = 0;
        slider.maximum = 17;
        const QList<QPointF> origins{{0, 0}, {3, 5}, {2.5, 1}};
        for (const QSize size : {QSize(40, 22), QSize(150, 22), QSize(719, 22), QSize(300, 31)}) {
            for (const int value : {0, 1, 8, 16, 17}) {
                slider.sliderPosition = slider.sliderValue = value;
                for (const qreal scale : {1.0, 1.5, 2.0}) {
                    for (const QPointF origin : origins) {
                        const QImage expected = renderSlider(fusion.get(), slider, size, scale, origin);
                        for (int round = 0; round < 2; ++round) { // drawn into the cache, then from it
                            const QImage drawn = renderSlider(&console, slider, size, scale, origin);
                            // The rounded ends are Fusion's own, drawn nearer the origin: its antialiasing
                            // of the corners differs by up to 2 with the distance (a focused groove at 150
                            // px: three corner pixels).
                            QVERIFY2(
                                largestDifference(drawn, expected) <= 2,
                                qPrintable(QStringLiteral("%1x%2 at %3, value %4, moved by %5,%6: off by %7")
                                               .arg(size.width())
                                               .arg(size.height())
                                               .arg(scale)
                                               .arg(value)
                                               .arg(origin.x())
                                               .arg(origin.y())
                                               .arg(largestDifference(drawn, expected))));
                        }
                    }
                }
            }
        }

        // Fusion paints a wide groove into a pixmap as wide, twice; here only narrow ones are drawn.
        slider.rect = QRect(0, 0, 3000, 22);
        slider.sliderPosition = slider.sliderValue = 9;
        CountingDevice byFusion;
        {
            QPainter painter(&byFusion);
            fusion->drawComplexControl(QStyle::CC_Slider, &slider, &painter);
        }
        QVERIFY(byFusion.widestPixmap >= 3000 - 2);
        CountingDevice byConsole;
        {
            QPainter painter(&byConsole);
            console.drawComplexControl(QStyle::CC_Slider, &slider, &painter);
        }
        if (upsideDown || rightToLeft)
            QCOMPARE(byConsole.widestPixmap, byFusion.widestPixmap);
        else
            QVERIFY2(byConsole.widestPixmap < 100, qPrintable(QString::number(byConsole.widestPixmap)));
    }

    void widgetsLookTheSame()
    {
        // The real widgets, with their own options and the widget at hand: the same pixels either way.
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("fusion")));
        ConsoleStyle console(QStringLiteral("fusion"));
        const auto grabbed = [](QWidget& widget, QStyle* style) {
            widget.setStyle(style);
            widget.setPalette(style->standardPalette());
            widget.resize(320, widget.sizeHint().height());
            return widget.grab().toImage();
        };
        QLineEdit edit(QStringLiteral("Olga's ThinkPad"));
        QPushButton button(QStringLiteral("Create token"));
        button.setDefault(true);
        QSlider slider(Qt::Horizontal);
        slider.setRange(0, 17);
        slider.setValue(11);
        for (QWidget* widget :
             {static_cast<QWidget*>(&edit), static_cast<QWidget*>(&button), static_cast<QWidget*>(&slider)}) {
            const QImage expected = grabbed(*widget, fusion.get());
            const QImage drawn = grabbed(*widget, &console);
            QCOMPARE(drawn.size(), expected.size());
            QVERIFY2(largestDifference(drawn.convertToFormat(expected.format()), expected) <= 1,
                     widget->metaObject()->className());
        }
    }
};

QTEST_MAIN(TestConsoleStyle)
#include "test_consolestyle.moc"
