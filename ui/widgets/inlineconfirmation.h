#pragma once
// A question asked in place instead of in a modal dialog, before something that cannot be undone: a
// sentence, a button that keeps things as they are (focused when asked, so a stray Return does no harm)
// and one that goes on.

#include <QFrame>

class QLabel;
class QPushButton;

class InlineConfirmation final : public QFrame
{
    Q_OBJECT
public:
    // `objectName` is the frame's (its text's is that plus "Text"); the caller names the buttons.
    InlineConfirmation(const char* objectName, QPushButton* keep, QPushButton* confirm,
                       QWidget* parent = nullptr);

    // Shows `richText` (escape what comes from the user) and puts the focus on the keep button, whose
    // screen reader reads the question with it (as the confirm button's does).
    void ask(const QString& richText);

Q_SIGNALS:
    void confirmed();

private:
    QLabel* m_text;
    QPushButton* m_keep;
    QPushButton* m_confirm;
};
