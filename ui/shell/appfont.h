#pragma once
// The console's text: Latin, Cyrillic and Han text is laid out without OpenType shaping (Qt's
// QFont::PreferNoShaping), so without kerning and ligatures, which those scripts do not need; scripts
// that need shaping (Arabic, Indic…) are still shaped. Shaping every label, field and table cell with
// HarfBuzz was a tenth of the console's start-up, and it is paid again on every text layout (the
// token table's rows, the bulk page's lists) (bench/README.md). Headings keep kerning: shapedFont().

#include <QFont>

class QObject;

namespace AppFont {

// Sets the application font to the platform's with PreferNoShaping, now and whenever the platform's
// theme changes (an application font set explicitly no longer follows the theme by itself). main.cpp
// calls it after creating the QApplication.
void install();

// `font` shaped as Qt shapes by default (kerning, ligatures): for headings, where kerning shows.
QFont shapedFont(QFont font);

// The platform's general font with PreferNoShaping: what install() applies.
QFont unshapedSystemFont();

} // namespace AppFont
