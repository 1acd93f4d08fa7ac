#include "wrappedlabel.h"

#include <QEvent>

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
