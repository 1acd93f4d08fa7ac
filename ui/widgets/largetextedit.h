#pragma once
// A plain-text box for lists of tens of thousands of lines. Pasting (or replacing the text with) a large
// list goes in a few thousand lines per turn of the event loop, so the window keeps answering: a single
// QPlainTextEdit::paste of 100,000 lines blocks the GUI thread for about a third of a second. The whole
// insertion is one undo step, and the box is read-only until it is complete. Unwrapped (NoWrap), a change
// of the box's width keeps the lines' layouts: QPlainTextEdit would throw away the layout of every line.
// (For left-aligned text, as the bulk page's: centred lines would keep the old width's placement.)

#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTimer>

class LargeTextEdit final : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr int kLinesPerTurn = 5000;

    explicit LargeTextEdit(QWidget* parent = nullptr);

    // Replaces the whole text as one undo step (unlike setPlainText, which forgets the undo history).
    void replaceText(const QString& text);
    // Stops an insertion under way; what was inserted so far stays (and undoes as one step).
    void cancelInsertion();
    bool isInserting() const { return !m_pending.isNull(); }

Q_SIGNALS:
    void insertionStarted();
    void insertionFinished();

protected:
    void insertFromMimeData(const QMimeData* source) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void insert(QTextCursor cursor, const QString& text);
    void insertNextChunk();
    void finish();

    QString m_pending;        // the text being inserted; null when no insertion is under way
    qsizetype m_position = 0; // how much of it is in the document
    QTextCursor m_cursor;     // where the next chunk goes
    bool m_wasReadOnly = false;
    QTimer m_nextTurn;
};
