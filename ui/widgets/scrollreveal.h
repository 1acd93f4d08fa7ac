#pragma once
// Scrolls widgets that were just shown inside a scroll area into view. A panel shown below the visible
// part of a form (an error, a list of results) is as good as not shown.

#include <QCoreApplication>
#include <QEvent>
#include <QLayout>
#include <QScrollArea>

#include <initializer_list>

inline void revealInScrollArea(QScrollArea* scroll, std::initializer_list<QWidget*> widgets)
{
    // The form and the scroll area take the new widgets' heights now, not at the next turn of the event
    // loop: before that, their geometry is the old one and ensureWidgetVisible() scrolls short.
    if (QWidget* content = scroll->widget(); content && content->layout())
        content->layout()->activate();
    QEvent layoutRequest(QEvent::LayoutRequest);
    QCoreApplication::sendEvent(scroll, &layoutRequest);
    for (QWidget* widget : widgets)
        scroll->ensureWidgetVisible(widget);
}
