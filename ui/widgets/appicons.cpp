#include "appicons.h"

#include <QDir>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

namespace AppIcons {

namespace {

QPixmap recoloured(const QImage& image, const QColor& colour)
{
    QImage shape = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&shape);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(shape.rect(), colour);
    painter.end();
    return QPixmap::fromImage(shape);
}

} // namespace

QIcon load(QStringView name, const QColor& selectedColor)
{
    const QDir dir(QStringLiteral(":/icons/") + name);
    QIcon icon;
    for (const QString& file : dir.entryList({QStringLiteral("*.png")}, QDir::Files)) {
        QImageReader reader(dir.filePath(file), "png");
        // Without this, Qt 6.4 loads every image format plugin to ask whether it reads PNG better.
        reader.setAutoDetectImageFormat(false);
        const QImage image = reader.read();
        if (image.isNull())
            continue;
        icon.addPixmap(QPixmap::fromImage(image));
        if (selectedColor.isValid())
            icon.addPixmap(recoloured(image, selectedColor), QIcon::Selected);
    }
    Q_ASSERT_X(!icon.isNull(), "AppIcons::load", "no such embedded icon");
    return icon;
}

} // namespace AppIcons
