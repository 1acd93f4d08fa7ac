#pragma once
// An error next to the form: the plain-words meaning, with a "Details" toggle for the raw code and message
// (for support). Optional action button (e.g. "Check the token list").

#include <QFrame>

class ApiError;
class QLabel;
class QPushButton;
class QToolButton;

class ErrorPanel final : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorPanel(QWidget* parent = nullptr);

    void showError(const ApiError& error);
    void showMessage(const QString& message, const QString& details = {});
    // An action offered with the error; hidden by clear() and by the next showError().
    void setAction(const QString& text);
    // Gives the focus to the action offered, if any (where a keyboard user goes next); false if none.
    bool focusAction();
    void clear();

    QString message() const;
    QString details() const;

Q_SIGNALS:
    void actionTriggered();

private:
    void build();

    // Null until the first error.
    QLabel* m_message = nullptr;
    QLabel* m_details = nullptr;
    QToolButton* m_toggle = nullptr;
    QPushButton* m_action = nullptr;
};
