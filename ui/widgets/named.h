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
