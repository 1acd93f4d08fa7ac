#include "largetextedit.h"

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
    connect(&m_nextTurn, &QTimer::timeout, this, &LargeTextEdit::insertNextChunk);
    m_nextReadTurn.setSingleShot(true);
    m_nextReadTurn.setInterval(0);
    connect(&m_nextReadTurn, &QTimer::timeout, this, &LargeTextEdit::readNextSlice);
    // What was read of the old text is no part of the new one.
    connect(document(), &QTextDocument::contentsChanged, this, &LargeTextEdit::stopReading);
}

void LargeTextEdit::replaceText(const QString& text)
{
    cancelInsertion();
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    insert(cursor, text);
}

void LargeTextEdit::insertFromMimeData(const QMimeData* source)
{
    if (isReadOnly() || !source || !source->hasText()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    insert(textCursor(), source->text());
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
    if (!isLarge(text)) {
        cursor.insertText(text);
        setTextCursor(cursor);
        ensureCursorVisible();
        return;
    }
    m_pending = text;
    m_position = 0;
    m_percent = 0;
    m_cursor = cursor;
    m_wasReadOnly = isReadOnly();
    setReadOnly(true); // typing into a half-inserted list would land in the middle of it
    m_cursor.beginEditBlock();
    m_cursor.removeSelectedText();
    m_cursor.endEditBlock();
    Q_EMIT insertionStarted();
    insertNextChunk();
}

void LargeTextEdit::insertNextChunk()
{
    if (!isInserting())
        return;
    qsizetype end = m_position;
    for (int line = 0; line < kLinesPerTurn && end < m_pending.size(); ++line)
        end = afterLineEnd(m_pending, end);
    m_cursor.joinPreviousEditBlock(); // one undo step for the whole insertion
    m_cursor.insertText(QStringView(m_pending).sliced(m_position, end - m_position).toString());
    m_cursor.endEditBlock();
    m_position = end;
    if (m_position < m_pending.size()) {
        if (const int percent = int(m_position * 100 / m_pending.size()); percent > m_percent) {
            m_percent = percent;
            Q_EMIT insertionProgress(percent);
        }
        m_nextTurn.start();
    } else {
        finish();
    }
}

void LargeTextEdit::cancelInsertion()
{
    if (isInserting())
        finish();
}

void LargeTextEdit::finish()
{
    m_nextTurn.stop();
    m_pending = QString();
    setReadOnly(m_wasReadOnly);
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
