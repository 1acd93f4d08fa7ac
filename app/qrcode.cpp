#include "qrcode.h"

#include "logging.h"

#include <QBuffer>
#include <QImageWriter>
#include <QRect>

#include <qrencode.h>

#include <algorithm>
#include <cerrno>
#include <memory>

namespace {

// Keeps rendered images within what QImage and printers handle comfortably.
constexpr int kMaxImageSide = 16384;

struct QrCodeDeleter
{
    void operator()(QRcode* code) const { QRcode_free(code); }
};

} // namespace

std::optional<QrCode> QrCode::encode(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    // QRcode_encodeString stops at a NUL byte: refuse rather than encode a truncated text.
    if (utf8.isEmpty() || utf8.contains('\0'))
        return std::nullopt;

    errno = 0;
    // Version 0 lets libqrencode pick the smallest version that holds the text at level M.
    const std::unique_ptr<QRcode, QrCodeDeleter> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1));
    if (!code) {
        // ERANGE: too long for version 40; anything else is unexpected.
        if (errno != ERANGE)
            qCWarning(lcQr) << "libqrencode failed, errno" << errno;
        return std::nullopt;
    }

    QrCode result;
    result.m_text = text;
    result.m_size = code->width;
    const int count = code->width * code->width;
    result.m_modules.resize(count);
    // Bit 0 of each byte is the module's colour (1 = dark); the other bits describe its role.
    for (int i = 0; i < count; ++i)
        result.m_modules[i] = (code->data[i] & 1) != 0;
    return result;
}

QImage QrCode::toImage(int moduleSize, int quietZone, QColor dark, QColor light) const
{
    if (m_size <= 0 || moduleSize < 1 || quietZone < 0 || moduleSize > kMaxImageSide ||
        quietZone > kMaxImageSide)
        return {};
    const qint64 side64 = (qint64(m_size) + 2 * qint64(quietZone)) * moduleSize;
    if (side64 > kMaxImageSide)
        return {};
    const int side = int(side64);

    QImage image(side, side, QImage::Format_RGB32);
    image.fill(light);
    const QRgb darkRgb = dark.rgb();
    for (int y = 0; y < m_size; ++y) {
        const int top = (y + quietZone) * moduleSize;
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            const int left = (x + quietZone) * moduleSize;
            // Direct pixel writes: no painter, so no antialiasing can blur a module edge.
            for (int row = top; row < top + moduleSize; ++row) {
                auto* line = reinterpret_cast<QRgb*>(image.scanLine(row));
                std::fill(line + left, line + left + moduleSize, darkRgb);
            }
        }
    }
    return image;
}

QByteArray QrCode::toPng(int moduleSize, int quietZone) const
{
    const QImage image = toImage(moduleSize, quietZone);
    if (image.isNull())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // Two colours only: a 1-bit image keeps the file small and the modules exact.
    if (!writer.write(image.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither))) {
        qCWarning(lcQr) << "PNG encoding failed:" << writer.errorString();
        return {};
    }
    return bytes;
}

QByteArray QrCode::toSvg(int quietZone) const
{
    if (m_size <= 0 || quietZone < 0)
        return {};
    const QByteArray sideText = QByteArray::number(qint64(m_size) + 2 * qint64(quietZone));

    // One horizontal run of dark modules becomes one rectangle of height 1: "M x y h w v1 h-w z".
    QByteArray path;
    path.reserve(m_size * m_size * 4);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            const QByteArray width = QByteArray::number(x - start);
            path += 'M' + QByteArray::number(start + quietZone) + ' ' + QByteArray::number(y + quietZone) +
                    'h' + width + "v1h-" + width + 'z';
        }
    }

    QByteArray svg;
    svg += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + sideText + ' ' +
           sideText + "\" shape-rendering=\"crispEdges\">\n";
    // An explicit light background keeps the quiet zone light on any page or theme.
    svg +=
        "<rect x=\"0\" y=\"0\" width=\"" + sideText + "\" height=\"" + sideText + "\" fill=\"#ffffff\"/>\n";
    svg += "<path fill=\"#000000\" d=\"" + path + "\"/>\n";
    svg += "</svg>\n";
    return svg;
}
