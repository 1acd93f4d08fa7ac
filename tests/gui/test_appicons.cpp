// AppIcons: the console's embedded icons, decoded per size when drawn. The embedded sizes are offered,
// the closest one is drawn (scaled down when needed, never up), the selected mode takes the given colour,
// and the disabled mode is the style's greyed variant.

#include "appicons.h"

#include <QApplication>
#include <QPainter>
#include <QSet>
#include <QStyle>
#include <QStyleOption>
#include <QTest>

namespace {

QImage image(const QIcon& icon, int side, QIcon::Mode mode = QIcon::Normal)
{
    return icon.pixmap(QSize(side, side), mode).toImage().convertToFormat(QImage::Format_ARGB32);
}

// The colours of the pixels that are not fully transparent.
QSet<QRgb> opaqueColours(const QImage& picture)
{
    QSet<QRgb> colours;
    for (int y = 0; y < picture.height(); ++y) {
        for (int x = 0; x < picture.width(); ++x) {
            const QRgb pixel = picture.pixel(x, y);
            if (qAlpha(pixel) == 255)
                colours.insert(pixel);
        }
    }
    return colours;
}

} // namespace

class TestAppIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedSizesAreOffered()
    {
        const QIcon navigation = AppIcons::load(u"windows-token");
        QVERIFY(!navigation.isNull());
        QCOMPARE(navigation.availableSizes(), (QList<QSize>{{24, 24}, {48, 48}}));
        const QIcon window = AppIcons::load(u"app");
        QCOMPARE(window.availableSizes().size(), 5);
        QCOMPARE(window.availableSizes().constFirst(), QSize(16, 16));
        QCOMPARE(window.availableSizes().constLast(), QSize(64, 64));
    }

    void theClosestSizeIsDrawn()
    {
        const QIcon icon = AppIcons::load(u"tokens");
        QCOMPARE(image(icon, 24).size(), QSize(24, 24));
        QCOMPARE(image(icon, 48).size(), QSize(48, 48));
        QCOMPARE(image(icon, 20).size(), QSize(20, 20));  // the 24 px one, scaled down
        QCOMPARE(image(icon, 100).size(), QSize(48, 48)); // never scaled up
        QCOMPARE(icon.actualSize(QSize(100, 100)), QSize(48, 48));
        QCOMPARE(icon.actualSize(QSize(32, 32)), QSize(32, 32));
        // The 48 px file drawn at 48 px is not the 24 px one scaled up.
        QVERIFY(image(icon, 48) != image(icon, 24).scaled(48, 48));
        QVERIFY(!opaqueColours(image(icon, 24)).isEmpty());
    }

    void theSelectedModeTakesTheGivenColour()
    {
        const QColor white(Qt::white);
        const QIcon icon = AppIcons::load(u"profiles", white);
        const QSet<QRgb> selected = opaqueColours(image(icon, 24, QIcon::Selected));
        QCOMPARE(selected, QSet<QRgb>{white.rgb()});
        // The normal mode keeps the drawing's own colours.
        QVERIFY(!opaqueColours(image(icon, 24)).contains(white.rgb()));
    }

    void theDisabledModeIsTheStylesGreyedVariant()
    {
        const QIcon icon = AppIcons::load(u"bulk-tokens");
        const QPixmap normal = icon.pixmap(24, 24);
        QStyleOption option;
        option.palette = QGuiApplication::palette();
        const QImage expected =
            QApplication::style()->generatedIconPixmap(QIcon::Disabled, normal, &option).toImage();
        const QImage disabled = icon.pixmap(QSize(24, 24), QIcon::Disabled).toImage();
        QCOMPARE(disabled, expected);
        QVERIFY(disabled != normal.toImage());
    }

    void drawingGoesThroughTheSamePixels()
    {
        const QIcon icon = AppIcons::load(u"android-token");
        QImage canvas(24, 24, QImage::Format_ARGB32_Premultiplied);
        canvas.fill(Qt::transparent);
        QPainter painter(&canvas);
        icon.paint(&painter, canvas.rect());
        painter.end();
        QCOMPARE(canvas.convertToFormat(QImage::Format_ARGB32), image(icon, 24));
    }
};

QTEST_MAIN(TestAppIcons)
#include "test_appicons.moc"
