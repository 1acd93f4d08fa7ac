#include "pagecommand.h"

#include <QAbstractButton>
#include <QAction>
#include <QPointer>

PageCommand PageCommand::clicking(const QString& text, QAbstractButton* button, const QKeySequence& keys)
{
    const QPointer<QAbstractButton> target(button);
    return {text, keys, [target] { return target && target->isVisible() && target->isEnabled(); },
            [target] {
                if (target)
                    target->click();
            }};
}

PageCommand PageCommand::triggering(const QString& text, QAction* action, const QWidget* shownWith)
{
    const QPointer<QAction> target(action);
    const QPointer<const QWidget> view(shownWith);
    const Qt::ShortcutContext context = action->shortcutContext();
    const bool windowWide = context == Qt::WindowShortcut || context == Qt::ApplicationShortcut;
    return {text, windowWide ? action->shortcut() : QKeySequence(),
            [target, view] { return target && view && view->isVisible() && target->isEnabled(); },
            [target] {
                if (target)
                    target->trigger();
            }};
}
