#pragma once
// Shows a QR code crisp at any size: a locally encoded code is painted from its module matrix at an
// integer module size (quiet zone kept, no smoothing); a downloaded image is scaled by an integer factor
// without interpolation. Offers save (PNG, SVG), print and a full-screen view to show the code to a user.

#include "qrcode.h"

#include <QImage>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <optional>

class QAction;
class QPagedPaintDevice;

class QrView final : public QWidget
{
    Q_OBJECT
public:
    // Module size of exported PNGs: 10 px per module prints and scans well at common sizes.
    static constexpr int kExportModuleSize = 10;

    explicit QrView(QWidget* parent = nullptr);
    ~QrView() override;

    // Encodes `text` locally. Returns false (and shows nothing) when the text does not fit a QR code.
    bool setText(const QString& text);
    // Shows an image downloaded from the API; `describedText` is what it stands for (the link).
    void setImage(const QImage& image, const QString& describedText);
    void clear();

    // What the locally rendered code encodes; empty when showing a downloaded image or nothing.
    QString encodedText() const;
    // The link the view stands for, in both modes; also the accessible description.
    QString describedText() const { return m_describedText; }
    bool hasCode() const { return m_code.has_value() || !m_image.isNull(); }
    bool isDownloadedImage() const { return !m_image.isNull(); }
    // The code at its natural size: the local code at `moduleSize`, or the downloaded image as received.
    QImage image(int moduleSize = kExportModuleSize) const;

    // Shown under the code in the full-screen view and on print (the enroll code).
    void setCaption(const QString& caption);
    QString caption() const { return m_caption; }
    // Shown when there is no code (e.g. "Downloading the QR image…").
    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return m_placeholderText; }

    // Non-interactive file operations (the menu actions ask for a file name, then call these).
    bool savePng(const QString& path, int moduleSize = kExportModuleSize);
    bool saveSvg(const QString& path); // false for a downloaded image: there is no matrix to write
    QString lastError() const { return m_lastError; }
    // Renders the code, caption and link on one page of a printer or PDF writer. False when it cannot be
    // opened.
    bool print(QPagedPaintDevice* page) const;

    // Opens the frameless full-screen presentation (Esc or Close dismisses it) and returns it.
    QWidget* showFullScreenView();
    QWidget* fullScreenView() const { return m_fullScreen; }

    QAction* savePngAction() const { return m_savePngAction; }
    QAction* saveSvgAction() const { return m_saveSvgAction; }
    QAction* printAction() const { return m_printAction; }
    QAction* fullScreenAction() const { return m_fullScreenAction; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The code scaled to fit a square of `side` device pixels without smoothing (shared with full screen).
    static QImage renderToFit(const std::optional<QrCode>& code, const QImage& downloaded, int side);

Q_SIGNALS:
    void contentChanged();
    void fileSaved(const QString& path);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void askSavePng();
    void askSaveSvg();
    void askPrint();
    void contentUpdated();
    QString suggestedFileName(const QString& suffix) const;

    std::optional<QrCode> m_code;
    QImage m_image;
    QString m_describedText;
    QString m_caption;
    QString m_placeholderText;
    QString m_lastError;
    QImage m_cache; // the last rendering, reused while the size stays the same
    int m_cacheSide = -1;
    QPointer<QWidget> m_fullScreen;
    QAction* m_savePngAction;
    QAction* m_saveSvgAction;
    QAction* m_printAction;
    QAction* m_fullScreenAction;
};
