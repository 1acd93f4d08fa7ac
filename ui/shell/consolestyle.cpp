#include "consolestyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QStyleOption>

namespace {

// Stands for style->standardIcon(icon) until something needs pixels or sizes from it. It keeps no
// pointer to the option or widget it was asked with (neither outlives the call), only the direction
// the option gave: some standard icons (arrows) depend on it.
class DeferredStandardIcon final : public QIconEngine
{
public:
    DeferredStandardIcon(QStyle* style, QStyle::StandardPixmap icon, Qt::LayoutDirection direction)
        : m_style(style)
        , m_icon(icon)
        , m_direction(direction)
    {}

    QIconEngine* clone() const override
    {
        auto* copy = new DeferredStandardIcon(m_style, m_icon, m_direction);
        copy->m_resolved = m_resolved;
        copy->m_isResolved = m_isResolved;
        return copy;
    }
    QString key() const override { return QStringLiteral("EnrollDeskDeferredStandardIcon"); }
    // Not null without resolving it: widgets ask at construction whether they have an icon.
    bool isNull() override { return false; }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        resolved().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return resolved().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return resolved().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return resolved().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return resolved().availableSizes(mode, state);
    }
    QString iconName() override { return resolved().name(); }

private:
    const QIcon& resolved()
    {
        if (!m_isResolved) {
            m_isResolved = true;
            QStyleOption option;
            option.direction = m_direction;
            // The style that asked may be gone (QApplication::setStyle deletes the old one).
            QStyle* style = m_style ? m_style.data() : QApplication::style();
            m_resolved = style->standardIcon(m_icon, &option);
        }
        return m_resolved;
    }

    QPointer<QStyle> m_style;
    QStyle::StandardPixmap m_icon;
    Qt::LayoutDirection m_direction;
    QIcon m_resolved;
    bool m_isResolved = false;
};

} // namespace

ConsoleStyle::ConsoleStyle(const QString& key)
    : QProxyStyle(key)
{}

bool ConsoleStyle::isDeferred(StandardPixmap icon)
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton: // QMenuBar, QToolBar
    case SP_ToolBarVerticalExtensionButton:
    case SP_TitleBarCloseButton: // QDockWidget
    case SP_TitleBarNormalButton:
    case SP_DockWidgetCloseButton:
    case SP_LineEditClearButton: // QLineEdit::setClearButtonEnabled
    case SP_TabCloseButton:      // QTabBar
        return true;
    default:
        return false;
    }
}

QIcon ConsoleStyle::standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const
{
    // The others are asked for when needed, and some styles have none for them: a deferred icon would
    // claim to exist (QIcon::isNull) where the style's is null.
    if (!isDeferred(icon))
        return QProxyStyle::standardIcon(icon, option, widget);
    const Qt::LayoutDirection direction = option ? option->direction : QGuiApplication::layoutDirection();
    return QIcon(new DeferredStandardIcon(baseStyle(), icon, direction));
}
