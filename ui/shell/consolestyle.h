#pragma once
// The console's application style: the platform's own style, the same pixels, drawn with less work.
// - Qt's standard icons are read when they are first drawn instead of when a widget asks for them. Reading
//   one loads every image format plugin (Qt 6.4's QImageReader asks each plugin whether it reads PNG
//   better, and the SVG one brings QtSvg), and the menu bar and dock widgets ask at construction for icons
//   that the console rarely shows: that was a tenth of its start-up (bench/README.md).
// - Fusion's line edit frames, push buttons and horizontal slider grooves are drawn once per height and
//   state, narrow, and stretched to the width asked for (see drawStretched() and drawSliderGroove()).
// main.cpp installs it.

#include <QProxyStyle>

class QStyleOptionSlider;

class ConsoleStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    // `key` names the style to wrap, as QStyleFactory knows it: main.cpp passes the name of the style
    // that QApplication chose (-style, QT_STYLE_OVERRIDE, the platform's default).
    explicit ConsoleStyle(const QString& key);

    // For the icons of isDeferred(), an icon that asks baseStyle() for the real one the first time it is
    // drawn or measured; the others straight from baseStyle().
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;

    // The icons Qt's own widgets ask for when they are made, whether shown or not (the menu bar's
    // overflow arrow, a dock widget's buttons, a line edit's clear button, a tab's close button).
    static bool isDeferred(StandardPixmap icon);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget = nullptr) const override;

private:
    // Fusion strokes the outline of its rounded frames with Qt's cosmetic stroker, which blends pixel by
    // pixel: a line edit's frame costs in proportion to its width, and the first screen's frames and
    // buttons took a tenth of its first paint (bench/README.md). Their look does not change along the
    // width except at the rounded ends: drawn once into a cached pixmap of the same height, two ends and
    // one column, the column is stretched to the width asked for. False when `element` is not one of
    // them or drawStrip() declines.
    bool drawStretched(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const;
    // `narrow` is a copy of the option (of its own class), its rect the one to fill; `detail` the fields
    // of that class the drawing depends on, for the cache key. False (nothing drawn) unless the base style
    // is Fusion, the painter paints whole device pixels on screen, and the rect is wide enough to gain.
    bool drawStrip(PrimitiveElement element, QStyleOption& narrow, const QString& detail, QPainter* painter,
                   const QWidget* widget) const;
    // Fusion paints a slider's groove twice across its whole width (plain, then the highlighted part up to
    // the handle, each a rounded rect stroked pixel by pixel): the duration slider was the costliest
    // widget of the first paint. Drawn here from two narrow copies, the highlighted one up to the handle
    // and the plain one after it, then the handle by Fusion. False (nothing drawn) where the narrow copies
    // would not match Fusion: ticks, vertical or right-to-left sliders, an offset rect, and wherever
    // drawStrip() declines.
    bool drawSliderGroove(const QStyleOptionSlider* slider, QPainter* painter, const QWidget* widget) const;
    // Whether a narrow copy cached as a pixmap, stretched to `width`, has the base style's pixels here.
    bool canStretch(const QPainter* painter, int width) const;
};
