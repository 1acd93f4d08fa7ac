#pragma once
// The console's application style: the platform's own style, unchanged, except that Qt's standard icons
// are read when they are first drawn instead of when a widget asks for them. Reading one loads every
// image format plugin (Qt 6.4's QImageReader asks each plugin whether it reads PNG better, and the SVG
// one brings QtSvg), and the menu bar and dock widgets ask at construction for icons that the console
// rarely shows: that was a tenth of its start-up (bench/README.md). main.cpp installs it.

#include <QProxyStyle>

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
};
