#include "consolestyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QPointer>
#include <QStyleOption>
#include <QThread>

#include <cmath>

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

void ConsoleStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                 const QWidget* widget) const
{
    if (!drawStretched(element, option, painter, widget))
        QProxyStyle::drawPrimitive(element, option, painter, widget);
}

bool ConsoleStyle::drawStretched(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                 const QWidget* widget) const
{
    if (element == PE_FrameLineEdit) {
        if (const auto* frame = qstyleoption_cast<const QStyleOptionFrame*>(option)) {
            QStyleOptionFrame narrow(*frame);
            return drawStrip(element, narrow,
                             QString::asprintf("%d-%d-%d-%d", frame->lineWidth, frame->midLineWidth,
                                               int(frame->features), int(frame->frameShape)),
                             painter, widget);
        }
    } else if (element == PE_PanelButtonCommand) {
        const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option);
        // A flat button has a panel only while pressed: nothing to gain.
        if (button && !(button->features & QStyleOptionButton::Flat)) {
            QStyleOptionButton narrow(*button);
            return drawStrip(element, narrow, QString::number(int(button->features)), painter, widget);
        }
    }
    return false;
}

bool ConsoleStyle::drawStrip(PrimitiveElement element, QStyleOption& narrow, const QString& detail,
                             QPainter* painter, const QWidget* widget) const
{
    // Pixels kept at each end: Fusion's corner radius, outline, focus ring and the button's shadow.
    constexpr int kEnd = 6;
    const QRect rect = narrow.rect;
    const qreal scale = painter->device()->devicePixelRatio();
    const QTransform& transform = painter->transform();
    const QPaintEngine* engine = painter->paintEngine();
    const QPaintEngine::Type type = engine ? engine->type() : QPaintEngine::User;
    // Whole device pixels only: at 125 % or 150 %, or a fractional offset, the one-pixel column and the
    // ends fall between device pixels and the copy would blur them.
    const bool wholePixels = scale == std::floor(scale) && transform.type() <= QTransform::TxTranslate &&
                             transform.dx() == std::floor(transform.dx()) &&
                             transform.dy() == std::floor(transform.dy());
    // Printers, PDF, pictures and SVG keep vectors; a cached pixmap is for painting on screen (GUI thread).
    const bool keepsVectors = type == QPaintEngine::Pdf || type == QPaintEngine::Picture ||
                              type == QPaintEngine::SVG || type == QPaintEngine::MacPrinter;
    if (rect.width() < 4 * kEnd || rect.height() <= 0 || !wholePixels || keepsVectors ||
        painter->compositionMode() != QPainter::CompositionMode_SourceOver ||
        QThread::currentThread() != qApp->thread() || baseStyle()->name() != QLatin1StringView("fusion"))
        return false;

    const QString key =
        QString::asprintf("enrolldesk-stretched-%d-%d-%lld-%d-%d-%d-%g-", int(element), int(narrow.state),
                          qint64(narrow.palette.cacheKey()), int(narrow.palette.currentColorGroup()),
                          rect.height(), int(narrow.direction), scale) +
        detail;
    QPixmap strip;
    if (!QPixmapCache::find(key, &strip)) {
        narrow.rect = QRect(0, 0, 2 * kEnd + 1, rect.height());
        strip = QPixmap(narrow.rect.size() * scale);
        strip.setDevicePixelRatio(scale);
        strip.fill(Qt::transparent);
        QPainter stripPainter(&strip);
        QProxyStyle::drawPrimitive(element, &narrow, &stripPainter, widget);
        stripPainter.end();
        QPixmapCache::insert(key, strip);
    }
    // Source rects are in the pixmap's device pixels.
    const auto source = [scale, height = rect.height()](int x, int width) {
        return QRectF(x * scale, 0, width * scale, height * scale);
    };
    const int top = rect.top();
    const int height = rect.height();
    painter->drawPixmap(QRectF(rect.left(), top, kEnd, height), strip, source(0, kEnd));
    painter->drawPixmap(QRectF(rect.left() + kEnd, top, rect.width() - 2 * kEnd, height), strip,
                        source(kEnd, 1));
    painter->drawPixmap(QRectF(rect.right() + 1 - kEnd, top, kEnd, height), strip, source(kEnd + 1, kEnd));
    return true;
}
