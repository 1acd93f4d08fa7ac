#include "qrview.h"

#include "printdialogs.h"
#include "savefile.h"

#include <QAction>
#include <QBuffer>
#include <QDialog>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

// Draws `image` (device pixels) centred in `area` (logical pixels) on a white square, so a code with a
// transparent background or a dark theme still scans.
void drawCentred(QPainter& painter, const QRectF& area, const QImage& image, qreal dpr)
{
    const QSizeF logical = QSizeF(image.size()) / dpr;
    // Snap the top-left corner to a whole device pixel: modules stay exactly `module` device pixels wide.
    const qreal x = std::floor((area.x() + (area.width() - logical.width()) / 2) * dpr) / dpr;
    const qreal y = std::floor((area.y() + (area.height() - logical.height()) / 2) * dpr) / dpr;
    const QRectF target(QPointF(x, y), logical);
    painter.fillRect(target, Qt::white);
    painter.drawImage(target, image);
}

// The large presentation canvas of the full-screen view.
class FullScreenCanvas final : public QWidget
{
public:
    FullScreenCanvas(std::optional<QrCode> code, QImage image, QWidget* parent)
        : QWidget(parent)
        , m_code(std::move(code))
        , m_image(std::move(image))
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        const qreal dpr = devicePixelRatioF();
        const int side = int(std::min(width(), height()) * dpr);
        drawCentred(painter, rect(), QrView::renderToFit(m_code, m_image, side), dpr);
    }

private:
    std::optional<QrCode> m_code;
    QImage m_image;
};

// "Show to the user": the code as large as the screen allows, black on white whatever the theme,
// the enroll code underneath. Esc (QDialog's reject) or the Close button dismisses it.
class FullScreenView final : public QDialog
{
public:
    FullScreenView(const std::optional<QrCode>& code, const QImage& image, const QString& caption,
                   const QString& link, QWidget* parent)
        : QDialog(parent, Qt::Window | Qt::FramelessWindowHint)
    {
        setObjectName(QStringLiteral("qrFullScreenView"));
        setAttribute(Qt::WA_DeleteOnClose);
        setWindowTitle(QrView::tr("QR code"));
        QPalette pal = palette();
        pal.setColor(QPalette::Window, Qt::white);
        pal.setColor(QPalette::WindowText, Qt::black);
        setPalette(pal);
        setAutoFillBackground(true);

        auto* close = new QPushButton(QrView::tr("Close"), this);
        close->setObjectName(QStringLiteral("fullScreenCloseButton"));
        close->setAutoDefault(false);
        close->setToolTip(QrView::tr("Close the full-screen view (Esc)"));
        connect(close, &QPushButton::clicked, this, &QDialog::reject);

        auto* canvas = new FullScreenCanvas(code, image, this);
        canvas->setAccessibleName(QrView::tr("QR code"));
        canvas->setAccessibleDescription(link);

        auto* captionLabel = new QLabel(caption, this);
        captionLabel->setObjectName(QStringLiteral("fullScreenCaption"));
        captionLabel->setAlignment(Qt::AlignCenter);
        captionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        mono.setPointSizeF(std::max(QFontInfo(font()).pointSizeF(), 9.0) * 3.5);
        mono.setBold(true);
        mono.setLetterSpacing(QFont::PercentageSpacing, 115);
        captionLabel->setFont(mono);
        captionLabel->setVisible(!caption.isEmpty());

        auto* hint = new QLabel(QrView::tr("Press Esc to close"), this);
        hint->setAlignment(Qt::AlignCenter);
        QPalette hintPalette = pal;
        hintPalette.setColor(QPalette::WindowText, QColor(0x60, 0x60, 0x60));
        hint->setPalette(hintPalette);

        auto* top = new QHBoxLayout;
        top->addStretch();
        top->addWidget(close);

        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(24, 24, 24, 24);
        layout->setSpacing(16);
        layout->addLayout(top);
        layout->addWidget(canvas, 1);
        layout->addWidget(captionLabel);
        layout->addWidget(hint);
    }
};

QString sanitisedForFileName(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            out.append(c);
    }
    return out.left(40);
}

} // namespace

QrView::QrView(QWidget* parent)
    : QWidget(parent)
    , m_savePngAction(new QAction(tr("Save as P&NG…"), this))
    , m_saveSvgAction(new QAction(tr("Save as &SVG…"), this))
    , m_printAction(new QAction(tr("&Print…"), this))
    , m_fullScreenAction(new QAction(tr("Sho&w full screen"), this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("QR code"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setToolTip(tr("Double-click to show full screen; right-click to save or print"));

    m_savePngAction->setObjectName(QStringLiteral("savePngAction"));
    m_saveSvgAction->setObjectName(QStringLiteral("saveSvgAction"));
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_fullScreenAction->setObjectName(QStringLiteral("fullScreenAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_savePngAction, &QAction::triggered, this, &QrView::askSavePng);
    connect(m_saveSvgAction, &QAction::triggered, this, &QrView::askSaveSvg);
    connect(m_printAction, &QAction::triggered, this, &QrView::askPrint);
    connect(m_fullScreenAction, &QAction::triggered, this, [this] { showFullScreenView(); });

    auto* separator = new QAction(this);
    separator->setSeparator(true);
    addActions({m_fullScreenAction, separator, m_savePngAction, m_saveSvgAction, m_printAction});
    setContextMenuPolicy(Qt::ActionsContextMenu);
    contentUpdated();
}

QrView::~QrView()
{
    // The full-screen window is a separate top level parented to our window; it shows a copy, but
    // leaving it open after its source is gone would be confusing.
    if (m_fullScreen)
        m_fullScreen->close();
}

bool QrView::setText(const QString& text)
{
    m_image = QImage();
    m_code = QrCode::encode(text);
    m_describedText = text;
    contentUpdated();
    return m_code.has_value();
}

void QrView::setImage(const QImage& image, const QString& describedText)
{
    m_code.reset();
    m_image = image;
    m_describedText = describedText;
    contentUpdated();
}

void QrView::clear()
{
    m_code.reset();
    m_image = QImage();
    m_describedText.clear();
    contentUpdated();
}

QString QrView::encodedText() const
{
    return m_code ? m_code->text() : QString();
}

QImage QrView::image(int moduleSize) const
{
    if (m_code)
        return m_code->toImage(moduleSize);
    return m_image;
}

void QrView::setCaption(const QString& caption)
{
    m_caption = caption;
}

void QrView::setPlaceholderText(const QString& text)
{
    m_placeholderText = text;
    if (!hasCode())
        update();
}

void QrView::contentUpdated()
{
    // A full-screen copy of the previous code must not stay in front of a user.
    if (m_fullScreen)
        m_fullScreen->close();
    m_cache = QImage();
    m_cacheSide = -1;
    setAccessibleDescription(m_describedText);
    const bool any = hasCode();
    m_savePngAction->setEnabled(any);
    m_saveSvgAction->setEnabled(m_code.has_value());
    m_saveSvgAction->setToolTip(m_code || !any ? QString()
                                               : tr("Only a QR code rendered by EnrollDesk can be saved "
                                                    "as SVG; save the downloaded image as PNG."));
    m_printAction->setEnabled(any);
    m_fullScreenAction->setEnabled(any);
    update();
    Q_EMIT contentChanged();
}

QImage QrView::renderToFit(const std::optional<QrCode>& code, const QImage& downloaded, int side)
{
    side = std::max(side, 1);
    if (code) {
        const int modules = code->size() + 2 * QrCode::kQuietZone;
        return code->toImage(std::max(1, side / modules));
    }
    if (downloaded.isNull())
        return {};
    const int longest = std::max(downloaded.width(), downloaded.height());
    const int factor = side / longest;
    if (factor >= 1)
        return downloaded.scaled(downloaded.size() * factor, Qt::KeepAspectRatio, Qt::FastTransformation);
    // Shrinking by a fraction would drop whole modules without interpolation; smoothing keeps them all.
    return downloaded.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

void QrView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    if (!hasCode()) {
        QPen pen(palette().color(QPalette::Mid));
        pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        const int side = std::min(width(), height()) - 2;
        const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
        painter.drawRect(square);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(square.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholderText.isEmpty() ? tr("No QR code") : m_placeholderText);
        return;
    }
    const qreal dpr = devicePixelRatioF();
    const int side = int(std::min(width(), height()) * dpr);
    // A white card of constant size, whatever the code's version: the layout around it stays calm,
    // and the extra margin only widens the quiet zone.
    const int logicalSide = std::min(width(), height());
    painter.fillRect(
        QRect((width() - logicalSide) / 2, (height() - logicalSide) / 2, logicalSide, logicalSide),
        Qt::white);
    if (side != m_cacheSide) {
        m_cache = renderToFit(m_code, m_image, side);
        m_cacheSide = side;
    }
    drawCentred(painter, rect(), m_cache, dpr);
    if (hasFocus()) {
        // The code itself must stay untouched; show focus as a thin frame around the widget.
        QPen pen(palette().color(QPalette::Highlight));
        pen.setWidth(2);
        painter.setPen(pen);
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void QrView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (hasCode() && event->button() == Qt::LeftButton) {
        showFullScreenView();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void QrView::keyPressEvent(QKeyEvent* event)
{
    if (hasCode() &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        showFullScreenView();
        return;
    }
    QWidget::keyPressEvent(event);
}

void QrView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

QSize QrView::sizeHint() const
{
    return {240, 240};
}

QSize QrView::minimumSizeHint() const
{
    // Two device pixels per module for the largest code a link produces keeps it scannable.
    return {120, 120};
}

bool QrView::savePng(const QString& path, int moduleSize)
{
    m_lastError.clear();
    // A local code goes through the encoder's own PNG writer (1-bit, modules exact); a downloaded image
    // is written as received, whatever its format.
    QByteArray png;
    if (m_code) {
        png = m_code->toPng(moduleSize);
    } else if (!m_image.isNull()) {
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!m_image.save(&buffer, "PNG"))
            png.clear();
    }
    if (png.isEmpty()) {
        m_lastError =
            hasCode() ? tr("The QR code could not be encoded as PNG.") : tr("There is no QR code to save.");
        return false;
    }
    if (const QString problem = SaveFile::replace(path, png); !problem.isEmpty()) {
        m_lastError = problem;
        return false;
    }
    Q_EMIT fileSaved(path);
    return true;
}

bool QrView::saveSvg(const QString& path)
{
    m_lastError.clear();
    if (!m_code) {
        m_lastError = isDownloadedImage() ? tr("A downloaded QR image can only be saved as PNG.")
                                          : tr("There is no QR code to save.");
        return false;
    }
    if (const QString problem = SaveFile::replace(path, m_code->toSvg()); !problem.isEmpty()) {
        m_lastError = problem;
        return false;
    }
    Q_EMIT fileSaved(path);
    return true;
}

bool QrView::print(QPagedPaintDevice* device) const
{
    if (!hasCode())
        return false;
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRect page = painter.viewport();
    const qreal dpi = device->logicalDpiY();
    int y = page.top();

    QFont title = font();
    title.setPointSizeF(14);
    title.setBold(true);
    painter.setFont(title);
    const QRect titleRect(page.left(), y, page.width(), QFontMetrics(title, device).height());
    painter.drawText(titleRect, Qt::AlignHCenter | Qt::AlignTop, tr("Device enrollment"));
    y = titleRect.bottom() + int(dpi * 0.3);

    // About 7 cm: comfortable for a phone camera, small enough to leave room for the text.
    const int side = std::min({page.width(), int(dpi * 7.0 / 2.54), page.height() / 2});
    const QImage code = renderToFit(m_code, m_image, side);
    painter.drawImage(QPoint(page.left() + (page.width() - code.width()) / 2, y), code);
    y += code.height() + int(dpi * 0.3);

    if (!m_caption.isEmpty()) {
        QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        mono.setPointSizeF(24);
        mono.setBold(true);
        painter.setFont(mono);
        const QRect captionRect(page.left(), y, page.width(), QFontMetrics(mono, device).height());
        painter.drawText(captionRect, Qt::AlignHCenter | Qt::AlignTop, m_caption);
        y = captionRect.bottom() + int(dpi * 0.2);
    }
    if (!m_describedText.isEmpty()) {
        QFont small = font();
        small.setPointSizeF(9);
        painter.setFont(small);
        const QRect linkRect(page.left(), y, page.width(), page.bottom() - y);
        painter.drawText(linkRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWrapAnywhere, m_describedText);
    }
    return painter.end();
}

QWidget* QrView::showFullScreenView()
{
    if (!hasCode())
        return nullptr;
    if (m_fullScreen)
        m_fullScreen->close();
    auto* view = new FullScreenView(m_code, m_image, m_caption, m_describedText, window());
    if (QScreen* screen = window()->screen())
        view->setGeometry(screen->geometry());
    m_fullScreen = view;
    view->showFullScreen();
    view->activateWindow();
    return view;
}

QString QrView::suggestedFileName(const QString& suffix) const
{
    const QString code = sanitisedForFileName(m_caption);
    QString name = QStringLiteral("enrollment-qr");
    if (!code.isEmpty())
        name += u'-' + code;
    name += suffix;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return dir.isEmpty() ? name : QString(dir + u'/' + name);
}

void QrView::askSavePng()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save QR code as PNG"), suggestedFileName(QStringLiteral(".png")), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!savePng(path))
        QMessageBox::warning(this, tr("Save QR code"),
                             tr("The QR code could not be saved to %1: %2").arg(path, m_lastError));
}

void QrView::askSaveSvg()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save QR code as SVG"), suggestedFileName(QStringLiteral(".svg")), tr("SVG images (*.svg)"));
    if (path.isEmpty())
        return;
    if (!saveSvg(path))
        QMessageBox::warning(this, tr("Save QR code"),
                             tr("The QR code could not be saved to %1: %2").arg(path, m_lastError));
}

void QrView::askPrint()
{
    if (!hasCode())
        return;
    QString error;
    PrintDialogs* dialogs = PrintDialogs::load(&error);
    if (!dialogs) {
        QMessageBox::warning(this, tr("Print QR code"), tr("Printing is not available: %1").arg(error));
        return;
    }
    dialogs->open(this, tr("Print QR code"), [this](QPagedPaintDevice* printer) {
        if (!print(printer))
            QMessageBox::warning(this, tr("Print QR code"), tr("The QR code could not be printed."));
    });
}
