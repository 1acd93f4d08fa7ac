#include "wrappedlabel.h"

#include <QEvent>
#include <QResizeEvent>

#include <algorithm>

WrappedLabel::WrappedLabel(QWidget* parent)
    : WrappedLabel(QString(), parent)
{}

WrappedLabel::WrappedLabel(const QString& text, QWidget* parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
    // Messages carry names, addresses and server text: "<b>" in a user's name is shown, not obeyed. A label
    // that formats its own text says so with setTextFormat(Qt::RichText) and escapes what it inserts.
    setTextFormat(Qt::PlainText);
}

WrappedLabel::Key WrappedLabel::currentKey() const
{
    return {text(), margin(), indent(), textFormat(), alignment(), minimumSize(), wordWrap()};
}

int WrappedLabel::heightForWidth(int width) const
{
    if (Key key = currentKey(); key != m_key) {
        m_key = std::move(key);
        m_heights.clear();
    }
    for (const auto& [knownWidth, height] : m_heights) {
        if (knownWidth == width)
            return height;
    }
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() == kWidthsKept)
        m_heights.remove(0);
    m_heights.append({width, height});
    return height;
}

void WrappedLabel::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        m_heights.clear();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

QSize WrappedLabel::sizeHint() const
{
    QSize hint = QLabel::sizeHint();
    // Only once laid out (or resized): before that, width() is a default that says nothing.
    if (wordWrap() && testAttribute(Qt::WA_Resized) && width() > hint.width())
        hint.setHeight(std::min(hint.height(), heightForWidth(width())));
    m_hintHeight = hint.height();
    return hint;
}

void WrappedLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    // Only when the hint's height moves with the new width: a relayout for every resize would double the
    // layout work of the window's first show.
    if (wordWrap() && event->oldSize().width() != width() && m_hintHeight >= 0) {
        const int before = m_hintHeight;
        if (sizeHint().height() != before)
            updateGeometry();
    }
}
