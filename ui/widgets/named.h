#pragma once
// Gives a widget its object name (for tests and style sheets) and its accessible name (for screen
// readers) in one expression, where it is created.

#include <QString>
#include <QWidget>

template <typename W> W* named(W* widget, const char* objectName, const QString& accessibleName)
{
    widget->setObjectName(QLatin1StringView(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

// A label whose text is the information itself (a count, a status, a code): a screen reader reads its
// text as its name, and `caption` (what the text is) as its description. An accessible name would stand
// in for the text, and Qt announces a label's new text only when it has no accessible name.
template <typename L> L* captioned(L* label, const char* objectName, const QString& caption)
{
    label->setObjectName(QLatin1StringView(objectName));
    label->setAccessibleDescription(caption);
    return label;
}
