#include "limitedlineedit.h"

#include "apilimits.h"
#include "statuscolors.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFrame>

namespace {
constexpr int kNoteGap = 6; // between the text and the note, and the note and the frame
}

LimitedLineEdit::LimitedLineEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_maxChars(Limits::kMaxTextLength)
{
    // No setMaxLength(): QLineEdit would drop the extra characters of a paste without a word.
    connect(this, &QLineEdit::textChanged, this, &LimitedLineEdit::refresh);
    refresh();
}

void LimitedLineEdit::setMaxChars(int maxChars)
{
    m_maxChars = maxChars;
    refresh();
}

// What is counted is what is sent: the forms trim their fields, so spaces around the text are not (a
// counter in red with Create enabled would contradict itself). Subclasses read the text as typed.
QString LimitedLineEdit::checkText(const QString& typed) const
{
    const QString text = typed.trimmed();
    if (text.size() <= m_maxChars)
        return {};
    // One count per piece, so each is pluralized in its own language's forms ("1 character", "2 Zeichen").
    const int size = int(text.size());
    const QString limit = tr("At most %Ln character(s)", "the limit of a field", m_maxChars);
    const QString length = tr("this text has %Ln", "characters, after the limit", size);
    const QString excess = tr("%Ln too many", "characters over the limit", size - m_maxChars);
    return tr("%1; %2, %3.", "the limit; the text's length, how many characters too many")
        .arg(limit, length, excess);
}

QString LimitedLineEdit::noteText(const QString& typed) const
{
    const QString text = typed.trimmed();
    const QLocale locale;
    const QString count = tr("%1 / %2", "characters used / allowed")
                              .arg(locale.toString(text.size()), locale.toString(m_maxChars));
    if (text.size() <= m_maxChars)
        return count;
    return tr("%1 · %Ln too many", "counter, then how many characters to remove",
              int(text.size()) - m_maxChars)
        .arg(count);
}

QColor LimitedLineEdit::errorColor(const QPalette& palette)
{
    // The red of the error panel, lightened on dark palettes so it stays readable.
    return StatusColors::error(palette);
}

void LimitedLineEdit::refresh()
{
    const QString text = this->text();
    const QString error = checkText(text);
    const QString note = noteText(text);
    const bool validityFlipped = error.isEmpty() != m_error.isEmpty();
    const bool changed = error != m_error || note != m_note;
    m_error = error;
    m_note = note;
    if (changed) {
        QFont noteFont = font();
        noteFont.setBold(!m_error.isEmpty());
        const int width =
            m_note.isEmpty() ? 0 : QFontMetrics(noteFont).horizontalAdvance(m_note) + 2 * kNoteGap;
        setTextMargins(0, 0, width, 0);
        setToolTip(m_error);
        setAccessibleDescription(m_error.isEmpty() ? m_note : m_error);
        update();
    }
    if (validityFlipped)
        Q_EMIT validityChanged(m_error.isEmpty());
}

void LimitedLineEdit::paintEvent(QPaintEvent* event)
{
    QLineEdit::paintEvent(event);
    if (m_note.isEmpty() && m_error.isEmpty())
        return;
    QPainter painter(this);
    QStyleOptionFrame option;
    initStyleOption(&option);
    const QRect contents = style()->subElementRect(QStyle::SE_LineEditContents, &option, this);
    const bool invalid = !m_error.isEmpty();
    if (!m_note.isEmpty()) {
        QFont noteFont = font();
        noteFont.setBold(invalid);
        painter.setFont(noteFont);
        painter.setPen(invalid ? errorColor(palette()) : palette().color(QPalette::PlaceholderText));
        const QRect noteRect = contents.adjusted(0, 0, -kNoteGap, 0);
        painter.drawText(noteRect, Qt::AlignRight | Qt::AlignVCenter, m_note);
    }
    if (invalid) {
        // A frame in the error colour on top of the style's own, so the field reads as wrong at a glance.
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(errorColor(palette()), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 2.5, 2.5);
    }
}

void LimitedLineEdit::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange) {
        // Force the texts to be rebuilt in the new language / measured in the new font.
        m_note.clear();
        refresh();
    }
}
