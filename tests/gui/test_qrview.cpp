// QrView: local rendering, downloaded images, PNG/SVG export, print to PDF, accessibility, full screen.

#include "printdialogs.h"
#include "qrcode.h"
#include "qrview.h"

#include <QAccessible>
#include <QAction>
#include <QImage>
#include <QLabel>
#include <QPdfWriter>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kLink =
    QStringLiteral("https://enroll.example.com/windows/65f0c0ffee0000000000abcd?code=ABC123");

bool isPdfFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

// Checks that a rendering of `code` is crisp: every module is a solid block of `module` pixels.
bool isCrispRendering(const QImage& image, const QrCode& code, int module)
{
    const int side = (code.size() + 2 * QrCode::kQuietZone) * module;
    if (image.width() != side || image.height() != side)
        return false;
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            const int mx = x / module - QrCode::kQuietZone;
            const int my = y / module - QrCode::kQuietZone;
            const bool dark =
                mx >= 0 && my >= 0 && mx < code.size() && my < code.size() && code.isDark(mx, my);
            if (image.pixel(x, y) != (dark ? qRgb(0, 0, 0) : qRgb(255, 255, 255)))
                return false;
        }
    }
    return true;
}

} // namespace

class TestQrView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty()
    {
        QrView view;
        QVERIFY(!view.hasCode());
        QVERIFY(view.encodedText().isEmpty());
        QVERIFY(!view.savePngAction()->isEnabled());
        QVERIFY(!view.saveSvgAction()->isEnabled());
        QVERIFY(!view.fullScreenAction()->isEnabled());
        QVERIFY(view.showFullScreenView() == nullptr);
        QTemporaryDir dir;
        QVERIFY(!view.savePng(dir.filePath(QStringLiteral("none.png"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.png"))));
    }

    void setTextRenders()
    {
        QrView view;
        QSignalSpy changed(&view, &QrView::contentChanged);
        QVERIFY(view.setText(kLink));
        QCOMPARE(changed.count(), 1);
        QVERIFY(view.hasCode());
        QVERIFY(!view.isDownloadedImage());
        QCOMPARE(view.encodedText(), kLink);
        QCOMPARE(view.describedText(), kLink);
        QVERIFY(view.saveSvgAction()->isEnabled());

        view.resize(300, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage shot = view.grab().toImage();
        // Black, white and the window background only: no smoothing, no grey module edges.
        // (The outer 3 pixels may hold the focus frame.)
        const QRgb background = view.palette().color(QPalette::Window).rgb();
        int black = 0;
        int white = 0;
        int other = 0;
        for (int y = 3; y < shot.height() - 3; ++y) {
            for (int x = 3; x < shot.width() - 3; ++x) {
                const QRgb p = shot.pixel(x, y) | 0xff000000;
                if (p == qRgb(0, 0, 0))
                    ++black;
                else if (p == qRgb(255, 255, 255))
                    ++white;
                else if (p != (background | 0xff000000))
                    ++other;
            }
        }
        QVERIFY(black > 1000);
        QVERIFY(white > 1000);
        QCOMPARE(other, 0);
    }

    void renderedAtIntegerModuleSize_data()
    {
        QTest::addColumn<int>("side");
        QTest::newRow("small") << 120;
        QTest::newRow("odd") << 257;
        QTest::newRow("large") << 1000;
    }

    void renderedAtIntegerModuleSize()
    {
        QFETCH(int, side);
        const std::optional<QrCode> code = QrCode::encode(kLink);
        QVERIFY(code);
        const QImage image = QrView::renderToFit(code, {}, side);
        const int modules = code->size() + 2 * QrCode::kQuietZone;
        const int module = std::max(1, side / modules);
        QVERIFY(image.width() <= std::max(side, modules));
        QVERIFY(isCrispRendering(image, *code, module));
    }

    void downloadedImageScaledByIntegerFactor()
    {
        QImage source(4, 4, QImage::Format_RGB32);
        source.fill(Qt::white);
        source.setPixel(1, 1, qRgb(0, 0, 0));
        const QImage scaled = QrView::renderToFit(std::nullopt, source, 30);
        QCOMPARE(scaled.size(), QSize(28, 28)); // factor 7, not 7.5
        QCOMPARE(scaled.pixel(7, 7), qRgb(0, 0, 0));
        QCOMPARE(scaled.pixel(13, 13), qRgb(0, 0, 0));
        QCOMPARE(scaled.pixel(14, 14), qRgb(255, 255, 255));
        QCOMPARE(scaled.pixel(6, 6), qRgb(255, 255, 255));
    }

    void accessibleDescriptionIsTheLink()
    {
        QrView view;
        view.setText(kLink);
        QCOMPARE(view.accessibleDescription(), kLink);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(&view);
        QVERIFY(iface);
        QCOMPARE(iface->text(QAccessible::Description), kLink);
        QVERIFY(!iface->text(QAccessible::Name).isEmpty());

        QImage image(10, 10, QImage::Format_RGB32);
        image.fill(Qt::white);
        view.setImage(image, kLink + QStringLiteral("&x=1"));
        QCOMPARE(view.accessibleDescription(), kLink + QStringLiteral("&x=1"));
    }

    void savePngMatchesTheEncoder_data()
    {
        QTest::addColumn<int>("moduleSize");
        QTest::newRow("default") << int(QrView::kExportModuleSize);
        QTest::newRow("one pixel per module") << 1;
        QTest::newRow("eight") << 8;
    }

    void savePngMatchesTheEncoder()
    {
        QFETCH(int, moduleSize);
        QrView view;
        QVERIFY(view.setText(kLink));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("code.png"));
        QSignalSpy saved(&view, &QrView::fileSaved);
        QVERIFY2(view.savePng(path, moduleSize), qPrintable(view.lastError()));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toString(), path);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
        file.close();

        const QImage written(path);
        const QImage expected = QrCode::encode(kLink)->toImage(moduleSize);
        QCOMPARE(written.size(), expected.size());
        QCOMPARE(written.convertToFormat(QImage::Format_RGB32),
                 expected.convertToFormat(QImage::Format_RGB32));
    }

    void saveSvgWritesSvg()
    {
        QrView view;
        QVERIFY(view.setText(kLink));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("code.svg"));
        QVERIFY2(view.saveSvg(path), qPrintable(view.lastError()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QCOMPARE(svg, QrCode::encode(kLink)->toSvg());
        QXmlStreamReader xml(svg);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QStringLiteral("svg"));
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }

    void downloadedImageSavesAsPngOnly()
    {
        QImage image(37, 37, QImage::Format_RGB32);
        image.fill(Qt::white);
        image.setPixel(5, 5, qRgb(0, 0, 0));
        QrView view;
        view.setImage(image, kLink);
        QVERIFY(view.hasCode());
        QVERIFY(view.isDownloadedImage());
        QVERIFY(view.encodedText().isEmpty());
        QVERIFY(view.savePngAction()->isEnabled());
        QVERIFY(!view.saveSvgAction()->isEnabled());

        QTemporaryDir dir;
        const QString svgPath = dir.filePath(QStringLiteral("code.svg"));
        QVERIFY(!view.saveSvg(svgPath));
        QVERIFY(!view.lastError().isEmpty());
        QVERIFY(!QFile::exists(svgPath));

        const QString pngPath = dir.filePath(QStringLiteral("code.png"));
        QVERIFY(view.savePng(pngPath));
        QCOMPARE(QImage(pngPath).convertToFormat(QImage::Format_RGB32), image);
    }

    void saveToAnUnwritablePlaceFails()
    {
        QrView view;
        QVERIFY(view.setText(kLink));
        QVERIFY(!view.savePng(QStringLiteral("/nonexistent-dir/for/sure/code.png")));
        QVERIFY(!view.lastError().isEmpty());
    }

    void tooLongTextIsRefused()
    {
        QrView view;
        QVERIFY(!view.setText(QString(8000, u'x')));
        QVERIFY(!view.hasCode());
        QVERIFY(view.encodedText().isEmpty());
    }

    void clearEmpties()
    {
        QrView view;
        view.setText(kLink);
        view.clear();
        QVERIFY(!view.hasCode());
        QVERIFY(view.accessibleDescription().isEmpty());
        QVERIFY(!view.printAction()->isEnabled());
    }

    void printsToPdf()
    {
        QrView view;
        view.setText(kLink);
        view.setCaption(QStringLiteral("ABC123"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("code.pdf"));
        {
            QPdfWriter pdfWriter(path);
            QVERIFY(view.print(&pdfWriter));
        }
        QVERIFY(isPdfFile(path));
    }

    // Print… opens the plugin's dialog (the console itself does not link QtPrintSupport), prints to the
    // printer chosen there, and the next print starts from the same printer and its settings.
    void printActionPrintsThroughThePlugin()
    {
        // Loaded here first: without it Print… would show a modal warning and the test would wait.
        QString error;
        QVERIFY2(PrintDialogs::load(&error), qPrintable(error));
        QWidget window;
        auto* view = new QrView(&window);
        view->setText(kLink);
        view->setCaption(QStringLiteral("ABC123"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("printed.pdf"));

        QPrinter* first = nullptr;
        for (int round = 0; round < 2; ++round) {
            view->printAction()->trigger();
            QPrintDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = qobject_cast<QPrintDialog*>(QApplication::activeModalWidget())) != nullptr);
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Print QR code"));
            QCOMPARE(dialog->windowModality(), Qt::WindowModal);
            if (round == 0) {
                first = dialog->printer();
                first->setOutputFormat(QPrinter::PdfFormat);
                first->setOutputFileName(path);
                // QDialog's own accept: the dialog's form would put its default file name back.
                dialog->QDialog::done(QDialog::Accepted);
            } else {
                QCOMPARE(dialog->printer(), first);
                QCOMPARE(dialog->printer()->outputFileName(), path);
                dialog->QDialog::done(QDialog::Rejected);
            }
            QTRY_VERIFY(!QApplication::activeModalWidget());
        }
        QVERIFY(isPdfFile(path));
    }

    void fullScreenOpensAndEscCloses()
    {
        QWidget window;
        auto* view = new QrView(&window);
        view->setText(kLink);
        view->setCaption(QStringLiteral("ABC123"));
        window.resize(300, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QPointer<QWidget> full = view->showFullScreenView();
        QVERIFY(full);
        QCOMPARE(view->fullScreenView(), full.data());
        QVERIFY(QTest::qWaitForWindowExposed(full));
        QVERIFY(full->isWindow());
        QVERIFY(full->windowState() & Qt::WindowFullScreen);
        QVERIFY(full->windowFlags() & Qt::FramelessWindowHint);
        auto* caption = full->findChild<QLabel*>(QStringLiteral("fullScreenCaption"));
        QVERIFY(caption);
        QCOMPARE(caption->text(), QStringLiteral("ABC123"));
        QVERIFY(caption->isVisible());

        // The code drawn full screen is as crisp as in the view: black and white only around the centre.
        const QImage shot = full->grab().toImage();
        const QRgb centre = shot.pixel(shot.width() / 2, shot.height() / 2 - caption->height());
        QVERIFY(centre == qRgb(0, 0, 0) || centre == qRgb(255, 255, 255));

        QTest::keyClick(full, Qt::Key_Escape);
        QTRY_VERIFY(full.isNull() || !full->isVisible());
        QTRY_VERIFY(full.isNull()); // deleted on close
        QVERIFY(view->fullScreenView() == nullptr);
    }

    void fullScreenFromTheActionAndKeyboard()
    {
        QrView view;
        view.setText(kLink);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fullScreenAction()->trigger();
        QPointer<QWidget> full = view.fullScreenView();
        QVERIFY(full);
        QTRY_VERIFY(full->isVisible());
        full->close();
        QTRY_VERIFY(full.isNull());

        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Return);
        full = view.fullScreenView();
        QVERIFY(full);
        QTest::keyClick(full, Qt::Key_Escape);
        QTRY_VERIFY(full.isNull());
    }

    void newContentClosesTheFullScreenView()
    {
        QrView view;
        view.setText(kLink);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QPointer<QWidget> full = view.showFullScreenView();
        QVERIFY(full);
        view.setText(kLink + QStringLiteral("/other"));
        QTRY_VERIFY(full.isNull());
    }

    void contextMenuOffersTheActions()
    {
        QrView view;
        QCOMPARE(view.contextMenuPolicy(), Qt::ActionsContextMenu);
        const QList<QAction*> actions = view.actions();
        QVERIFY(actions.contains(view.savePngAction()));
        QVERIFY(actions.contains(view.saveSvgAction()));
        QVERIFY(actions.contains(view.printAction()));
        QVERIFY(actions.contains(view.fullScreenAction()));
    }
};

QTEST_MAIN(TestQrView)
#include "test_qrview.moc"
