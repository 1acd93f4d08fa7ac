#include "secretlineedit.h"

#include <QClipboard>
#include <QGuiApplication>

SecretLineEdit::SecretLineEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    // QLineEdit puts a selection made in normal echo mode into the primary selection (with the mouse and
    // with Shift+arrows); in password mode it does not. Take back what came from this field.
    connect(QGuiApplication::clipboard(), &QClipboard::selectionChanged, this,
            &SecretLineEdit::dropOwnSelection);
}

void SecretLineEdit::dropOwnSelection()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard->ownsSelection() || !hasSelectedText())
        return;
    const QString selection = clipboard->text(QClipboard::Selection);
    if (!selection.isEmpty() && selection == selectedText())
        clipboard->clear(QClipboard::Selection); // emits selectionChanged again, with nothing to drop
}
