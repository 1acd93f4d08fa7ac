// QrCode on known inputs. No decoder is available, so the checks are structural (version, finder
// patterns, timing, quiet zone) and the renderings are compared with the module matrix.

#include "qrcode.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QTest>
#include <QtSvg/QSvgRenderer>
#include <QXmlStreamReader>

namespace {

const QString kLink = QStringLiteral("https://enroll.example/windows?token=abc");

// The 7x7 finder pattern whose top-left module is (left, top): dark ring, light ring, dark 3x3 centre.
bool isFinderAt(const QrCode& code, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const int ring = std::max(std::abs(x - 3), std::abs(y - 3));
            const bool expectDark = ring != 2;
            if (code.isDark(left + x, top + y) != expectDark)
                return false;
        }
    }
    return true;
}

QImage rgb32(const QImage& image)
{
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionForKnownText_data();
    void versionForKnownText();
    void finderAndTimingPatterns();
    void caseIsKept();
    void capacityAtLevelM();
    void refusesUnencodable_data();
    void refusesUnencodable();
    void imageSizeAndModules_data();
    void imageSizeAndModules();
    void imageColours();
    void imageRefusesBadArguments_data();
    void imageRefusesBadArguments();
    void pngRoundTrip();
    void svgStructure();
    void svgRendersLikeImage_data();
    void svgRendersLikeImage();
};

void TestQrCode::versionForKnownText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("size");
    // Version v has 17 + 4v modules per side; 8-bit capacity at level M: v1 14, v2 26, v3 42 bytes.
    QTest::newRow("enrollment link, 40 bytes: version 3") << kLink << 29;
    QTest::newRow("one letter: version 1") << QStringLiteral("a") << 21;
    QTest::newRow("14 bytes: still version 1") << QStringLiteral("abcdefghijklmn") << 21;
    QTest::newRow("15 bytes: version 2") << QStringLiteral("abcdefghijklmno") << 25;
    // "é" is two UTF-8 bytes: 8 of them are 16 bytes, more than version 1 holds.
    QTest::newRow("utf-8 bytes are counted") << QString(8, QChar(0x00E9)) << 25;
}

void TestQrCode::versionForKnownText()
{
    QFETCH(QString, text);
    QFETCH(int, size);
    const auto code = QrCode::encode(text);
    QVERIFY(code.has_value());
    QCOMPARE(code->size(), size);
    QCOMPARE(code->text(), text);
}

void TestQrCode::finderAndTimingPatterns()
{
    const auto code = QrCode::encode(kLink);
    QVERIFY(code.has_value());
    const int n = code->size();
    QVERIFY(isFinderAt(*code, 0, 0));
    QVERIFY(isFinderAt(*code, n - 7, 0));
    QVERIFY(isFinderAt(*code, 0, n - 7));
    // No finder pattern in the bottom-right corner.
    QVERIFY(!isFinderAt(*code, n - 7, n - 7));
    // Light separators around the finders.
    for (int i = 0; i < 8; ++i) {
        QVERIFY2(!code->isDark(i, 7) && !code->isDark(7, i), qPrintable(QString::number(i)));
        QVERIFY(!code->isDark(n - 1 - i, 7) && !code->isDark(n - 8, i));
        QVERIFY(!code->isDark(i, n - 8) && !code->isDark(7, n - 1 - i));
    }
    // Timing patterns alternate dark/light along row 6 and column 6 between the finders.
    for (int i = 8; i < n - 8; ++i) {
        QCOMPARE(code->isDark(i, 6), i % 2 == 0);
        QCOMPARE(code->isDark(6, i), i % 2 == 0);
    }
    // The "dark module" the specification places next to the bottom-left finder.
    QVERIFY(code->isDark(8, n - 8));
}

void TestQrCode::caseIsKept()
{
    // Case-sensitive encoding: a text and its upper-case form give different symbols.
    const auto lower = QrCode::encode(kLink);
    const auto upper = QrCode::encode(kLink.toUpper());
    QVERIFY(lower && upper);
    QVERIFY(lower->toImage(1, 0) != upper->toImage(1, 0));
}

void TestQrCode::capacityAtLevelM()
{
    // Version 40 at level M holds 2331 bytes in 8-bit mode; lower-case letters need 8-bit mode.
    const auto largest = QrCode::encode(QString(2331, QLatin1Char('x')));
    QVERIFY(largest.has_value());
    QCOMPARE(largest->size(), 177);
    QVERIFY(!QrCode::encode(QString(2332, QLatin1Char('x'))).has_value());
}

void TestQrCode::refusesUnencodable_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("far too long") << QString(3000, QLatin1Char('x'));
    QTest::newRow("too long in utf-8 bytes") << QString(1200, QChar(0x00E9));
    QTest::newRow("embedded nul") << QStringLiteral("abc") + QChar(0) + QStringLiteral("def");
}

void TestQrCode::refusesUnencodable()
{
    QFETCH(QString, text);
    QVERIFY(!QrCode::encode(text).has_value());
}

void TestQrCode::imageSizeAndModules_data()
{
    QTest::addColumn<int>("moduleSize");
    QTest::addColumn<int>("quietZone");
    QTest::newRow("defaults") << 8 << QrCode::kQuietZone;
    QTest::newRow("one pixel per module") << 1 << 4;
    QTest::newRow("no quiet zone") << 3 << 0;
    QTest::newRow("wide quiet zone") << 5 << 10;
}

void TestQrCode::imageSizeAndModules()
{
    QFETCH(int, moduleSize);
    QFETCH(int, quietZone);
    const auto code = QrCode::encode(kLink);
    QVERIFY(code.has_value());
    const QImage image = code->toImage(moduleSize, quietZone);
    const int side = (code->size() + 2 * quietZone) * moduleSize;
    QCOMPARE(image.size(), QSize(side, side));

    const QRgb black = qRgb(0, 0, 0);
    const QRgb white = qRgb(255, 255, 255);
    // Every pixel is the colour of the module (or quiet zone) it belongs to: no smoothing.
    for (int py = 0; py < side; ++py) {
        for (int px = 0; px < side; ++px) {
            const int mx = px / moduleSize - quietZone;
            const int my = py / moduleSize - quietZone;
            const bool inside = mx >= 0 && my >= 0 && mx < code->size() && my < code->size();
            const QRgb expected = inside && code->isDark(mx, my) ? black : white;
            if (image.pixel(px, py) != expected)
                QFAIL(qPrintable(QStringLiteral("pixel %1,%2").arg(px).arg(py)));
        }
    }
}

void TestQrCode::imageColours()
{
    const auto code = QrCode::encode(kLink);
    QVERIFY(code.has_value());
    const QColor dark(0x12, 0x34, 0x56);
    const QColor light(0xfe, 0xdc, 0xba);
    const QImage image = code->toImage(2, 4, dark, light);
    QCOMPARE(image.pixel(0, 0), light.rgb());         // quiet zone
    QCOMPARE(image.pixel(8, 8), dark.rgb());          // top-left finder corner
    QCOMPARE(image.pixel(8 + 2, 8 + 2), light.rgb()); // finder's light ring
}

void TestQrCode::imageRefusesBadArguments_data()
{
    QTest::addColumn<int>("moduleSize");
    QTest::addColumn<int>("quietZone");
    QTest::newRow("zero module size") << 0 << 4;
    QTest::newRow("negative quiet zone") << 4 << -1;
    QTest::newRow("absurdly large") << 100000 << 4;
    QTest::newRow("overflowing quiet zone") << 8 << std::numeric_limits<int>::max();
}

void TestQrCode::imageRefusesBadArguments()
{
    QFETCH(int, moduleSize);
    QFETCH(int, quietZone);
    const auto code = QrCode::encode(kLink);
    QVERIFY(code.has_value());
    QVERIFY(code->toImage(moduleSize, quietZone).isNull());
    QVERIFY(code->toPng(moduleSize, quietZone).isEmpty());
    QVERIFY(QrCode().toImage().isNull()); // a default-constructed code renders nothing
}

void TestQrCode::pngRoundTrip()
{
    const auto code = QrCode::encode(kLink);
    QVERIFY(code.has_value());
    QByteArray png = code->toPng(4, 4);
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
    QBuffer buffer(&png);
    QImageReader reader(&buffer, "png");
    const QImage decoded = reader.read();
    QVERIFY2(!decoded.isNull(), qPrintable(reader.errorString()));
    QCOMPARE(rgb32(decoded), rgb32(code->toImage(4, 4)));
}

void TestQrCode::svgStructure()
{
    const auto code = QrCode::encode(kLink);
    QVERIFY(code.has_value());
    const QByteArray svg = code->toSvg();
    const QString side = QString::number(code->size() + 2 * QrCode::kQuietZone);

    QXmlStreamReader xml(svg);
    int paths = 0;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg")) {
            sawRoot = true;
            QCOMPARE(xml.attributes().value(QLatin1String("viewBox")).toString(),
                     QStringLiteral("0 0 ") + side + QLatin1Char(' ') + side);
            QCOMPARE(xml.attributes().value(QLatin1String("shape-rendering")).toString(),
                     QStringLiteral("crispEdges"));
        } else if (xml.name() == QLatin1String("path")) {
            ++paths;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawRoot);
    QCOMPARE(paths, 1);
}

void TestQrCode::svgRendersLikeImage_data()
{
    QTest::addColumn<int>("scale");
    QTest::addColumn<int>("quietZone");
    QTest::newRow("scale 1") << 1 << 4;
    QTest::newRow("scale 8") << 8 << 4;
    QTest::newRow("scale 3, no quiet zone") << 3 << 0;
}

void TestQrCode::svgRendersLikeImage()
{
    QFETCH(int, scale);
    QFETCH(int, quietZone);
    const auto code = QrCode::encode(kLink);
    QVERIFY(code.has_value());

    QSvgRenderer renderer(code->toSvg(quietZone));
    QVERIFY(renderer.isValid());
    const int side = code->size() + 2 * quietZone;
    QCOMPARE(renderer.viewBox(), QRect(0, 0, side, side));

    // Start from a colour the SVG never uses, so an unpainted quiet zone would show.
    QImage rendered(side * scale, side * scale, QImage::Format_RGB32);
    rendered.fill(Qt::red);
    QPainter painter(&rendered);
    renderer.render(&painter, QRectF(0, 0, side * scale, side * scale));
    painter.end();
    QCOMPARE(rendered, code->toImage(scale, quietZone));
}

QTEST_MAIN(TestQrCode)
#include "test_qrcode.moc"
