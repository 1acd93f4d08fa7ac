#include "appicons.h"

#include <QApplication>
#include <QDir>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>

#include <algorithm>

namespace AppIcons {

namespace {

// An embedded icon whose PNGs are decoded when a size is first drawn, not when the icon is made: the
// navigation alone holds ten PNGs and their selected variants, of which a window on a standard screen
// draws six, and the window icon's five sizes are drawn only by a window manager that asks for them.
class EmbeddedIconEngine final : public QIconEngine
{
public:
    struct File
    {
        QSize size;
        QString path;
    };

    EmbeddedIconEngine(QList<File> files, const QColor& selectedColor)
        : m_files(std::move(files))
        , m_selectedColor(selectedColor)
    {}

    QIconEngine* clone() const override { return new EmbeddedIconEngine(*this); }
    QString key() const override { return QStringLiteral("EnrollDeskEmbeddedIcon"); }
    bool isNull() override { return m_files.isEmpty(); }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        if (m_files.isEmpty())
            return {};
        const QSize available = fileFor(size).size;
        return available.width() > size.width() || available.height() > size.height()
                   ? available.scaled(size, Qt::KeepAspectRatio)
                   : available;
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const File& file : m_files)
            sizes << file.size;
        return sizes;
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        if (m_files.isEmpty())
            return {};
        const QSize actual = actualSize(size, mode, state);
        const QString cacheKey = QString::number(actual.width()) + u'x' + QString::number(actual.height()) +
                                 u'/' + QString::number(int(mode));
        if (const auto cached = m_pixmaps.constFind(cacheKey); cached != m_pixmaps.cend())
            return *cached;

        QImageReader reader(fileFor(size).path, "png");
        // Without this, Qt 6.4 loads every image format plugin to ask whether it reads PNG better.
        reader.setAutoDetectImageFormat(false);
        QImage image = reader.read();
        if (!image.isNull() && image.size() != actual)
            image = image.scaled(actual, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QPixmap pixmap;
        if (mode == QIcon::Selected && m_selectedColor.isValid()) {
            image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
            QPainter painter(&image);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(image.rect(), m_selectedColor);
            painter.end();
            pixmap = QPixmap::fromImage(image);
        } else {
            pixmap = QPixmap::fromImage(image);
            if (mode != QIcon::Normal) {
                // The style's disabled (greyed) or active look, as for any other icon.
                QStyleOption option;
                option.palette = QGuiApplication::palette();
                pixmap = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
            }
        }
        m_pixmaps.insert(cacheKey, pixmap);
        return pixmap;
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap image = pixmap(rect.size() * ratio, mode, state);
        image.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, image);
    }

private:
    // The smallest file at least `size`, or the largest one.
    const File& fileFor(const QSize& size) const
    {
        for (const File& file : m_files) {
            if (file.size.width() >= size.width() && file.size.height() >= size.height())
                return file;
        }
        return m_files.constLast();
    }

    QList<File> m_files; // by size, smallest first
    QColor m_selectedColor;
    QHash<QString, QPixmap> m_pixmaps;
};

} // namespace

QIcon load(QStringView name, const QColor& selectedColor)
{
    const QDir dir(QStringLiteral(":/icons/") + name);
    QList<EmbeddedIconEngine::File> files;
    // No name filter: QDir compiles one into a regular expression per call.
    for (const QString& file : dir.entryList(QDir::Files)) {
        // "24x24.png" (ui/CMakeLists.txt names them so).
        if (!file.endsWith(u".png"))
            continue;
        const QStringList sides = QStringView(file).chopped(4).toString().split(u'x');
        const QSize size = sides.size() == 2 ? QSize(sides[0].toInt(), sides[1].toInt()) : QSize();
        if (size.isValid() && !size.isEmpty())
            files.append({size, dir.filePath(file)});
    }
    Q_ASSERT_X(!files.isEmpty(), "AppIcons::load", "no such embedded icon");
    std::sort(files.begin(), files.end(),
              [](const auto& a, const auto& b) { return a.size.width() < b.size.width(); });
    return QIcon(new EmbeddedIconEngine(std::move(files), selectedColor));
}

} // namespace AppIcons
