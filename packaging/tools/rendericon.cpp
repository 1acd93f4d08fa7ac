// rendericon: renders one SVG to square PNGs of the given sizes, for the hicolor icon theme.
//   rendericon <input.svg> <output-dir> <size>...   writes <output-dir>/<size>x<size>.png
// Runs at build time, so it forces the offscreen platform: no display is needed.

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>

#include <cstdio>

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "rendericon: %s\n", qUtf8Printable(message));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    const QStringList args = QGuiApplication::arguments().mid(1);
    if (args.size() < 3)
        return fail(QStringLiteral("usage: rendericon <input.svg> <output-dir> <size>..."));

    QSvgRenderer renderer(args.at(0));
    if (!renderer.isValid())
        return fail(QStringLiteral("cannot read SVG %1").arg(args.at(0)));

    const QDir outputDir(args.at(1));
    if (!QDir().mkpath(outputDir.path()))
        return fail(QStringLiteral("cannot create %1").arg(outputDir.path()));

    for (const QString& arg : args.mid(2)) {
        bool ok = false;
        const int size = arg.toInt(&ok);
        if (!ok || size < 1 || size > 4096)
            return fail(QStringLiteral("bad size %1").arg(arg));

        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();

        const QString path = outputDir.filePath(QStringLiteral("%1x%1.png").arg(size));
        // Icon themes expect non-premultiplied ARGB in the PNG; QImage converts on save.
        if (!image.save(path, "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(path));
    }
    return 0;
}
