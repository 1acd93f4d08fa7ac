#pragma once
// Giving the focus to the first control of a part of the window that Tab would reach.

#include <QWidget>

// The first visible, enabled control inside `container`, in Tab order, takes the focus; false if none.
inline bool focusFirstTabStop(QWidget* container)
{
    for (QWidget* w = container->nextInFocusChain(); w != container; w = w->nextInFocusChain()) {
        if (container->isAncestorOf(w) && w->isEnabled() && w->isVisibleTo(container) &&
            (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}
