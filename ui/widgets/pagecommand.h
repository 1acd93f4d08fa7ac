#pragma once
// One entry of the main window's Token menu: something the current page's buttons or shortcuts do,
// listed with its keys so that they can be found. The page says what runs; the menu asks whether it is
// available each time it opens, so an entry is never enabled for a button that is not.

#include <QKeySequence>
#include <QString>

#include <functional>

class QAbstractButton;
class QAction;
class QWidget;

struct PageCommand
{
    QString text;      // with its mnemonic; empty: a separator
    QKeySequence keys; // the page's own shortcut, shown in the menu (empty: none)
    std::function<bool()> available;
    std::function<void()> run;

    // Clicks `button`; available while it is shown and enabled.
    static PageCommand clicking(const QString& text, QAbstractButton* button, const QKeySequence& keys = {});
    // Triggers `action`; available while it is enabled and `shownWith` is visible. Its keys are listed
    // when they work window-wide (a shortcut bound to one widget would mislead in a menu).
    static PageCommand triggering(const QString& text, QAction* action, const QWidget* shownWith);
    static PageCommand separator() { return {}; }
};
