#pragma once
// The console's own icons: :/icons/<name>/<size>x<size>.png, rendered from resources/icons at build time.

#include <QColor>
#include <QIcon>
#include <QStringView>

namespace AppIcons {

// Every embedded size of `name` ("app", "windows-token", …), each decoded when first drawn and read as
// PNG only: QIcon(fileName) would probe the file with every image format plugin, loading each one. With a
// valid `selectedColor`, the icon's selected mode is its shape in that colour (the colour of selected text),
// so that it stays visible on the selection's background instead of Qt's tint of the same hue.
QIcon load(QStringView name, const QColor& selectedColor = {});

} // namespace AppIcons
