#pragma once
// A plain-text box for lists of tens of thousands of lines. Pasting (or replacing the text with) a large
// list goes in a few thousand lines per turn of the event loop, so the window keeps answering: a single
// QPlainTextEdit::paste of 100,000 lines blocks the GUI thread for about a third of a second. A large text
// that is replaced or cleared goes out the same way first (a million lines took a second in one turn).
// The whole replacement is one undo step, and the box is read-only until it is complete. Unwrapped (NoWrap),
// a change of the box's width keeps the lines' layouts: QPlainTextEdit would throw away the layout of every
// line. (For left-aligned text, as the bulk page's: centred lines would keep the old width's placement.)
// Reading such a text back is sliced the same way (readPlainText): toPlainText() of a million lines holds
// the GUI thread for 300-400 ms. A selection is copied (Ctrl+C, the primary selection) as plain text only,
// nearly thirty times faster than QPlainTextEdit's text document fragment.

#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTimer>

#include <functional>

class LargeTextEdit final : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr int kLinesPerTurn = 5000;
    // About 10 ms of reading (QTextCursor::selectedText) on this project's benchmark machine.
    static constexpr int kCharactersReadPerTurn = 512 * 1024;

    explicit LargeTextEdit(QWidget* parent = nullptr);

    // Replaces the whole text as one undo step (unlike setPlainText, which forgets the undo history). A
    // replacement under way takes the new text instead, in the same undo step: stopped half-way, it would
    // leave an undo step back to a list cut short that looks whole.
    // Ctrl+V while the whole text is being replaced (right after Clear, say), when the box would
    // otherwise drop it as read-only, is such a new text.
    void replaceText(const QString& text);
    // A sliced replacement is under way: the old text going out (isRemoving()), then the new coming in.
    bool isInserting() const { return m_inserting; }
    bool isRemoving() const { return m_inserting && !m_removeEnd.isNull(); }
    // Read-only for the owner's reasons (a run sends the list), whatever an insertion does meanwhile: the
    // box is read-only while either lasts. Use this instead of setReadOnly().
    void setOwnerReadOnly(bool readOnly);

    // Reads the text, as toPlainText() gives it, a slice of whole lines per turn of the event loop, and
    // hands it to plainTextRead(). A text of one slice is handed over at once, before this returns. A
    // change of the text stops the reading and nothing is handed over: read again. A second call
    // starts over.
    void readPlainText();
    bool isReading() const { return m_reading; }

Q_SIGNALS:
    void insertionStarted();
    // After each chunk, when the share done (characters removed and inserted) reaches another whole
    // percent: a million lines take seconds, which deserve a progress figure.
    void insertionProgress(int percent);
    void insertionFinished();
    void plainTextRead(const QString& text);

protected:
    QMimeData* createMimeDataFromSelection() const override;
    void insertFromMimeData(const QMimeData* source) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void insert(QTextCursor cursor, const QString& text);
    // What the replacement under way does from now: remove [removeFrom, removeTo), then insert `text` there.
    void aim(int removeFrom, int removeTo, const QString& text);
    void nextChunk();
    void editInOneUndoStep(QTextCursor& cursor, const std::function<void()>& edit);
    void finish();
    void readNextSlice();
    void stopReading();

    bool m_inserting = false;
    bool m_replacingAll = false; // replaceText()'s, not a paste at the cursor
    bool m_firstEdit = true;     // the next edit opens the replacement's undo step; later ones join it
    QTextCursor m_removeEnd;     // the old text still to be removed runs from m_cursor to here
    qsizetype m_toRemove = 0;    // how much there was
    qsizetype m_removed = 0;     // how much of it is gone
    QString m_pending;           // the text being inserted
    qsizetype m_position = 0;    // how much of it is in the document
    int m_percent = 0;           // the last insertionProgress()
    QTextCursor m_cursor;        // where the next chunk goes (cursors follow other edits of the document)
    bool m_ownerReadOnly = false;
    QTimer m_nextTurn;

    bool m_reading = false;
    QString m_read;         // what was read so far
    int m_readPosition = 0; // document position of the next slice
    QTimer m_nextReadTurn;
};
