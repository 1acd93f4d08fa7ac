#pragma once
// QR codes through libqrencode (the only file that includes <qrencode.h> is qrcode.cpp).
// Rendered from the module matrix, so the image is crisp at any size and keeps its quiet zone.

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QString>
#include <QVector>

#include <optional>

class QrCode
{
public:
    static constexpr int kQuietZone = 4; // modules, as the QR specification asks

    // Encodes UTF-8 text at error-correction level M; nullopt when the text does not fit a QR code.
    static std::optional<QrCode> encode(const QString& text);

    QString text() const { return m_text; }
    int size() const { return m_size; } // modules per side, without the quiet zone
    bool isDark(int x, int y) const { return m_modules[y * m_size + x]; }

    // An image of (size + 2*quietZone) * moduleSize pixels per side, no smoothing.
    QImage toImage(int moduleSize = 8, int quietZone = kQuietZone, QColor dark = Qt::black,
                   QColor light = Qt::white) const;
    QByteArray toPng(int moduleSize = 8, int quietZone = kQuietZone) const;
    // A scalable SVG with one path of unit squares; viewBox in modules, quiet zone included.
    QByteArray toSvg(int quietZone = kQuietZone) const;

private:
    QString m_text;
    int m_size = 0;
    QVector<bool> m_modules;
};
