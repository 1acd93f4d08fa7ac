#pragma once
// The console's status colours in one place, with the style sheets that use them: error red and success
// green, which are also used for text, and warning amber and info blue, which are only badge backgrounds
// and frame borders and tints. Text in a status colour follows the widget's palette: on a dark palette
// (window lightness below 128) it takes a lighter variant that stays readable. Badges keep their colour in
// both palettes, since they bring their own text colour. The palette is read when the style sheet is
// built; followPalette() builds it again when the palette changes.

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QString>
#include <QWidget>

#include <functional>

namespace StatusColors {

// On light palettes (and the background of badges).
inline constexpr char kError[] = "#c62828";
inline constexpr char kSuccess[] = "#2e7d32";
// Text on dark palettes.
inline constexpr char kErrorOnDark[] = "#ef9a9a";
inline constexpr char kSuccessOnDark[] = "#a5d6a7";
// Badges (black text on amber, white on blue) and the border of a warning frame, in both palettes: they
// are never text on the window, so they need no dark variant.
inline constexpr char kWarning[] = "#f5a623";
inline constexpr char kInfo[] = "#1565c0";

inline bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// The colour for text (or a thin border) on this palette, for painting or item models.
inline QColor error(const QPalette& palette)
{
    return QColor(QLatin1StringView(isDark(palette) ? kErrorOnDark : kError));
}

inline QColor success(const QPalette& palette)
{
    return QColor(QLatin1StringView(isDark(palette) ? kSuccessOnDark : kSuccess));
}

// The palette `widget` is seen on: its window's. Not the widget's own: a style sheet fixes its widget's
// palette, which then no longer follows the application's (and a background rule tints it); for the same
// reason a window with a style sheet is read from the application's palette.
inline QPalette surroundings(const QWidget* widget)
{
    const QWidget* window = widget->window();
    return window->styleSheet().isEmpty() ? window->palette() : QApplication::palette(window);
}

// The colour for text (or a thin border) where `widget` is, as a style-sheet colour.
inline QString errorColor(const QWidget* widget)
{
    return QLatin1StringView(isDark(surroundings(widget)) ? kErrorOnDark : kError);
}

inline QString successColor(const QWidget* widget)
{
    return QLatin1StringView(isDark(surroundings(widget)) ? kSuccessOnDark : kSuccess);
}

// A named colour made translucent, as a style-sheet colour: "rgba(198, 40, 40, 0.08)" for kError, 0.08.
inline QString tint(const char* color, double alpha)
{
    const QColor rgb(QLatin1StringView{color});
    return QStringLiteral("rgba(%1, %2, %3, %4)").arg(rgb.red()).arg(rgb.green()).arg(rgb.blue()).arg(alpha);
}

// "color: …;" for a label whose text reports a failure or a success.
inline QString errorTextStyle(const QWidget* widget)
{
    return QStringLiteral("color: %1;").arg(errorColor(widget));
}

inline QString successTextStyle(const QWidget* widget)
{
    return QStringLiteral("color: %1;").arg(successColor(widget));
}

inline QString textStyle(const QWidget* widget, bool success)
{
    return success ? successTextStyle(widget) : errorTextStyle(widget);
}

// A rounded label ("pill") with bold text on a solid background.
inline QString badgeStyle(const QString& background, const QString& foreground)
{
    return QStringLiteral("QLabel { border-radius: 9px; padding: 2px 10px; font-weight: bold; "
                          "background: %1; color: %2; }")
        .arg(background, foreground);
}

inline QString errorBadgeStyle()
{
    return badgeStyle(QLatin1StringView(kError), QStringLiteral("white"));
}

inline QString successBadgeStyle()
{
    return badgeStyle(QLatin1StringView(kSuccess), QStringLiteral("white"));
}

// Something is missing or needs attention, but nothing failed.
inline QString warningBadgeStyle()
{
    return badgeStyle(QLatin1StringView(kWarning), QStringLiteral("black"));
}

// A neutral state worth knowing (a key kept for this session only).
inline QString infoBadgeStyle()
{
    return badgeStyle(QLatin1StringView(kInfo), QStringLiteral("white"));
}

// A frame around an error or a destructive question: a border in the error colour and a faint red tint
// (translucent, so it suits light and dark palettes). `objectName` is the frame's object name, which
// keeps the rule off the frame's children.
inline QString errorFrameStyle(const QWidget* widget, const QString& objectName)
{
    return QStringLiteral("#%1 { border: 1px solid %2; border-radius: 4px; background: %3; }")
        .arg(objectName, errorColor(widget), tint(kError, 0.08));
}

// The same, for the frame `widget` itself (by its object name): for followPalette().
inline QString errorFrameStyle(const QWidget* widget)
{
    return errorFrameStyle(widget, widget->objectName());
}

// The same for a warning or a confirmation to read first: an amber border and a faint amber tint.
inline QString warningFrameStyle(const QString& objectName)
{
    return QStringLiteral("#%1 { border: 1px solid %2; border-radius: 4px; background: %3; }")
        .arg(objectName, QLatin1StringView(kWarning), tint(kWarning, 0.14));
}

// Sets `widget`'s style sheet to `style(widget)` now and again each time the application's palette
// changes (a desktop switching between light and dark while the console runs), so that status colours
// stay readable. A later call replaces the rule; an empty `style` clears the style sheet and stops
// following (also from within a rule being applied).
void followPalette(QWidget* widget, std::function<QString(const QWidget*)> style);

} // namespace StatusColors
