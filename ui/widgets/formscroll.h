#pragma once
// The scroll areas that hold a page's form or a token's details, and scrolling widgets that were just
// shown inside one into view.

#include <QCoreApplication>
#include <QEvent>
#include <QLayout>
#include <QScrollArea>

#include <initializer_list>

// A frameless scroll area that gives `content` its width. Not a Tab stop itself: the keyboard goes to the
// fields, which it scrolls into view; a focused scroll area shows no focus and reads as nothing.
inline QScrollArea* formScrollArea(QWidget* content, const QString& accessibleName)
{
    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(accessibleName);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

// A panel shown below the visible part of a form (an error, a list of results) is as good as not shown.
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
