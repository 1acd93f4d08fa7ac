#pragma once
// The console's two status colours, error red and success green, in one place, with the style sheets
// that use them. Text in a status colour follows the widget's palette: on a dark palette (window
// lightness below 128) it takes a lighter variant that stays readable. Badges keep the dark colour in
// both palettes, since their text is white. The palette is read when the style sheet is built.

#include <QColor>
#include <QPalette>
#include <QString>
#include <QWidget>

namespace StatusColors {

// On light palettes (and the background of badges).
inline constexpr char kError[] = "#c62828";
inline constexpr char kSuccess[] = "#2e7d32";
// Text on dark palettes.
inline constexpr char kErrorOnDark[] = "#ef9a9a";
inline constexpr char kSuccessOnDark[] = "#a5d6a7";

inline bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// The colour for text (or a thin border) on `widget`'s palette, as a style-sheet colour.
inline QString errorColor(const QWidget* widget)
{
    return QLatin1StringView(isDark(widget->palette()) ? kErrorOnDark : kError);
}

inline QString successColor(const QWidget* widget)
{
    return QLatin1StringView(isDark(widget->palette()) ? kSuccessOnDark : kSuccess);
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

// A frame around an error or a destructive question: a border in the error colour and a faint red tint
// (translucent, so it suits light and dark palettes). `objectName` is the frame's object name, which
// keeps the rule off the frame's children.
inline QString errorFrameStyle(const QWidget* widget, const QString& objectName)
{
    return QStringLiteral("#%1 { border: 1px solid %2; border-radius: 4px; "
                          "background: rgba(198, 40, 40, 0.08); }")
        .arg(objectName, errorColor(widget));
}

} // namespace StatusColors
