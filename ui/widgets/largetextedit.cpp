#include "largetextedit.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMimeData>
#include <QResizeEvent>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <utility>

namespace {

// A line ends where QTextCursor::insertText starts a new block: at '\n', at a lone '\r' (a list saved on an
// old Mac, "CSV (Macintosh)") and after "\r\n", which must not be split between two chunks (that would
// add an empty line).
bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator;
}

qsizetype afterLineEnd(const QString& text, qsizetype from)
{
    const auto end = std::find_if(text.cbegin() + from, text.cend(), isLineEnd);
    if (end == text.cend())
        return text.size();
    const qsizetype at = end - text.cbegin();
    return at + (text.at(at) == u'\r' && at + 1 < text.size() && text.at(at + 1) == u'\n' ? 2 : 1);
}

// The selected text as QTextDocument::toPlainText() gives the document's own characters.
QString plainSelectedText(const QTextCursor& cursor)
{
    QString text = cursor.selectedText();
    for (QChar& c : text) {
        switch (c.unicode()) {
        case QChar::ParagraphSeparator:
        case QChar::LineSeparator:
        case 0xfdd0: // QTextBeginningOfFrame
        case 0xfdd1: // QTextEndOfFrame
            c = u'\n';
            break;
        case QChar::Nbsp:
            c = u' ';
            break;
        default:
            break;
        }
    }
    return text;
}

// Whether inserting `text` at once would hold the GUI thread noticeably (more than a turn's worth).
bool isLarge(const QString& text)
{
    if (text.size() <= 64 * 1024)
        return false;
    qsizetype lines = 0;
    for (qsizetype at = 0; at < text.size() && lines <= LargeTextEdit::kLinesPerTurn; ++lines)
        at = afterLineEnd(text, at);
    return lines > LargeTextEdit::kLinesPerTurn;
}

} // namespace

LargeTextEdit::LargeTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
    m_nextTurn.setSingleShot(true);
    m_nextTurn.setInterval(0); // the next pass of the event loop, after input and paint events
    connect(&m_nextTurn, &QTimer::timeout, this, &LargeTextEdit::nextChunk);
    m_nextReadTurn.setSingleShot(true);
    m_nextReadTurn.setInterval(0);
    connect(&m_nextReadTurn, &QTimer::timeout, this, &LargeTextEdit::readNextSlice);
    // What was read of the old text is no part of the new one.
    connect(document(), &QTextDocument::contentsChanged, this, &LargeTextEdit::stopReading);
}

void LargeTextEdit::replaceText(const QString& text)
{
    if (isInserting()) {
        // All that is in the box now goes, then the new text comes in, in the same undo step.
        m_replacingAll = true;
        aim(0, document()->characterCount() - 1, text);
        Q_EMIT insertionStarted();
        m_nextTurn.start();
        return;
    }
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    insert(cursor, text);
    m_replacingAll = isInserting();
}

void LargeTextEdit::insertFromMimeData(const QMimeData* source)
{
    if (isReadOnly() || !source || !source->hasText()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    insert(textCursor(), source->text());
}

void LargeTextEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Paste) && m_replacingAll && !m_ownerReadOnly) {
        if (const QMimeData* source = QGuiApplication::clipboard()->mimeData(); source && source->hasText())
            replaceText(source->text());
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

QMimeData* LargeTextEdit::createMimeDataFromSelection() const
{
    // The base class copies the selection into a text document fragment and converts it when the text is
    // asked for: 0.9 s for 100,000 selected lines, 12 s for a million, on every Ctrl+C, and on Linux on
    // every Ctrl+A or mouse selection (the primary selection). Plain text alone: 30 ms and 0.4 s.
    auto* data = new QMimeData;
    data->setText(plainSelectedText(textCursor()));
    return data;
}

void LargeTextEdit::resizeEvent(QResizeEvent* event)
{
    // On a new width QPlainTextEdit lays the document out again, which visits every line and gives each
    // one a layout object (QPlainTextDocumentLayout::setTextWidth): 50 ms for 100,000 lines, each time
    // the bulk page's columns move by a pixel. Left-aligned lines that do not wrap look the same at any
    // width, so the base class sees only the height change (it still adjusts the scroll bars, whose
    // range follows the lines' own widths in NoWrap mode).
    if (lineWrapMode() == NoWrap && event->oldSize().width() != event->size().width()) {
        QResizeEvent heightOnly(event->size(), QSize(event->size().width(), event->oldSize().height()));
        QPlainTextEdit::resizeEvent(&heightOnly);
        return;
    }
    QPlainTextEdit::resizeEvent(event);
}

void LargeTextEdit::insert(QTextCursor cursor, const QString& text)
{
    const int removeFrom = cursor.selectionStart();
    const int removeTo = cursor.selectionEnd();
    const bool largeRemoval =
        document()->findBlock(removeTo).blockNumber() - document()->findBlock(removeFrom).blockNumber() >
        kLinesPerTurn;
    if (!largeRemoval && !isLarge(text)) {
        cursor.insertText(text);
        setTextCursor(cursor);
        ensureCursorVisible();
        return;
    }
    m_inserting = true;
    m_firstEdit = true;
    aim(removeFrom, removeTo, text);
    setReadOnly(true); // typing into a half-replaced list would land in the middle of it
    Q_EMIT insertionStarted();
    nextChunk();
}

void LargeTextEdit::aim(int removeFrom, int removeTo, const QString& text)
{
    m_toRemove = removeTo - removeFrom;
    m_removed = 0;
    m_pending = text;
    m_position = 0;
    m_percent = 0;
    m_cursor = QTextCursor(document());
    m_cursor.setPosition(removeFrom); // removing what follows it does not move it
    m_removeEnd = QTextCursor();      // null: nothing (left) to remove
    if (removeTo > removeFrom) {
        m_removeEnd = QTextCursor(document());
        m_removeEnd.setPosition(removeTo);
        m_removeEnd.setKeepPositionOnInsert(true); // what is added after the old text is not part of it
    }
}

void LargeTextEdit::editInOneUndoStep(QTextCursor& cursor, const std::function<void()>& edit)
{
    if (std::exchange(m_firstEdit, false))
        cursor.beginEditBlock();
    else
        cursor.joinPreviousEditBlock(); // one undo step for the whole replacement
    edit();
    cursor.endEditBlock();
}

void LargeTextEdit::nextChunk()
{
    if (!isInserting())
        return;
    if (isRemoving()) {
        // The last lines of the old text first: the positions before them, m_cursor's among them, stay.
        const int removeFrom = m_cursor.position();
        const int removeTo = m_removeEnd.position();
        const int lastBlock = document()->findBlock(removeTo).blockNumber();
        const int from = std::max(
            removeFrom, document()->findBlockByNumber(std::max(lastBlock - kLinesPerTurn, 0)).position());
        QTextCursor chunk(document());
        chunk.setPosition(from);
        chunk.setPosition(removeTo, QTextCursor::KeepAnchor);
        editInOneUndoStep(chunk, [&chunk] { chunk.removeSelectedText(); });
        m_removed += removeTo - from;
        if (from == removeFrom)
            m_removeEnd = QTextCursor(); // all gone: the insertion that follows is no removal
    } else {
        qsizetype end = m_position;
        for (int line = 0; line < kLinesPerTurn && end < m_pending.size(); ++line)
            end = afterLineEnd(m_pending, end);
        editInOneUndoStep(m_cursor, [this, end] {
            m_cursor.insertText(QStringView(m_pending).sliced(m_position, end - m_position).toString());
        });
        m_position = end;
    }
    if (!isRemoving() && m_position >= m_pending.size()) {
        finish();
        return;
    }
    const qsizetype done = m_removed + m_position;
    if (const int percent = int(done * 100 / (m_toRemove + m_pending.size())); percent > m_percent) {
        m_percent = percent;
        Q_EMIT insertionProgress(percent);
    }
    m_nextTurn.start();
}

void LargeTextEdit::setOwnerReadOnly(bool readOnly)
{
    m_ownerReadOnly = readOnly;
    setReadOnly(readOnly || isInserting());
}

void LargeTextEdit::finish()
{
    m_nextTurn.stop();
    m_inserting = false;
    m_replacingAll = false;
    m_removeEnd = QTextCursor();
    m_pending = QString();
    setReadOnly(m_ownerReadOnly);
    setTextCursor(m_cursor);
    ensureCursorVisible();
    Q_EMIT insertionFinished();
}

void LargeTextEdit::readPlainText()
{
    stopReading();
    m_reading = true;
    m_readPosition = 0;
    m_read.reserve(document()->characterCount());
    readNextSlice();
}

void LargeTextEdit::readNextSlice()
{
    if (!m_reading)
        return;
    QTextDocument* const text = document();
    const int end = text->characterCount() - 1; // the last line's end is no part of the text
    // Slices end at a line's end (its separator included): never inside a surrogate pair.
    const QTextBlock last = text->findBlock(std::min(m_readPosition + kCharactersReadPerTurn, end));
    const int sliceEnd = std::min(last.position() + last.length(), end);
    QTextCursor cursor(text);
    cursor.setPosition(m_readPosition);
    cursor.setPosition(sliceEnd, QTextCursor::KeepAnchor);
    m_read += plainSelectedText(cursor);
    m_readPosition = sliceEnd;
    if (m_readPosition < end) {
        m_nextReadTurn.start();
        return;
    }
    const QString read = std::exchange(m_read, QString());
    m_reading = false;
    Q_EMIT plainTextRead(read);
}

void LargeTextEdit::stopReading()
{
    m_nextReadTurn.stop();
    m_reading = false;
    m_read = QString();
}
