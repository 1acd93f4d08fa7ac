#pragma once
// A line edit for the API's short texts (display name, …) with a live "n / 128" counter inside its right
// edge. Over the limit the counter and the frame turn to the error colour and say by how much: the text
// is never cut silently, the user sees why it cannot be sent.

#include <QLineEdit>

class LimitedLineEdit : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(bool valid READ isValid NOTIFY validityChanged)
public:
    explicit LimitedLineEdit(QWidget* parent = nullptr);

    // Characters as the API counts them (UTF-16 code units, as QString::size()). Default kMaxTextLength.
    void setMaxChars(int maxChars);
    int maxChars() const { return m_maxChars; }

    bool isValid() const { return m_error.isEmpty(); }
    // Why the text cannot be sent, in plain words; empty when it can.
    QString errorText() const { return m_error; }
    // What the right edge shows, e.g. "12 / 128".
    QString counterText() const { return m_note; }

Q_SIGNALS:
    void validityChanged(bool valid);

protected:
    // Subclasses decide what is wrong and what the note says; both are re-evaluated on every edit.
    virtual QString checkText(const QString& text) const;
    virtual QString noteText(const QString& text) const;
    // Re-evaluates after something other than the text changed (cursor, limit).
    void refresh();

    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

    static QColor errorColor(const QPalette& palette);

private:
    int m_maxChars;
    QString m_error;
    QString m_note;
};
