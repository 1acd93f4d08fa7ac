#pragma once
// A line edit for a secret (the API key): masked, no input-method memory, and, while it is shown in
// clear ("Show the key"), its selection kept out of X11's primary selection, which any program reads
// and middle-click pastes. Copying the key stays possible, by an explicit Ctrl+C.

#include <QLineEdit>

class SecretLineEdit final : public QLineEdit
{
    Q_OBJECT
public:
    explicit SecretLineEdit(QWidget* parent = nullptr);

private:
    void dropOwnSelection();
};
