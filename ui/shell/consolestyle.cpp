#include "consolestyle.h"

#include <QApplication>
#include <QIconEngine>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QPointer>
#include <QSlider>
#include <QStyleOption>
#include <QThread>

#include <cmath>
#include <functional>

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

// Pixels kept at each end of a stretched strip: Fusion's corner radius, outline, focus ring and the
// button's shadow.
constexpr int kStretchEnd = 6;

// The pixmap cached under `key`, else one of `size` at `scale`, transparent, painted by `paint` and cached.
QPixmap cachedStrip(const QString& key, QSize size, qreal scale, const std::function<void(QPainter*)>& paint)
{
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = QPixmap(size * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter);
    painter.end();
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

// `strip` (`stripWidth` pixels wide; its rows from `stripTop` on) drawn over `target`: its two ends as they
// are, its column kStretchEnd repeated between them.
void paintStretched(QPainter* painter, const QRect& target, const QPixmap& strip, int stripWidth,
                    int stripTop = 0)
{
    // Source rects are in the pixmap's device pixels.
    const qreal scale = strip.devicePixelRatio();
    const auto source = [scale, stripTop, height = target.height()](int x, int width) {
        return QRectF(x * scale, stripTop * scale, width * scale, height * scale);
    };
    const int top = target.top();
    const int height = target.height();
    painter->drawPixmap(QRectF(target.left(), top, kStretchEnd, height), strip, source(0, kStretchEnd));
    painter->drawPixmap(QRectF(target.left() + kStretchEnd, top, target.width() - 2 * kStretchEnd, height),
                        strip, source(kStretchEnd, 1));
    painter->drawPixmap(QRectF(target.right() + 1 - kStretchEnd, top, kStretchEnd, height), strip,
                        source(stripWidth - kStretchEnd, kStretchEnd));
}

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

bool ConsoleStyle::canStretch(const QPainter* painter, int width) const
{
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
    return width >= 4 * kStretchEnd && wholePixels && !keepsVectors &&
           painter->compositionMode() == QPainter::CompositionMode_SourceOver &&
           QThread::currentThread() == qApp->thread() && baseStyle()->name() == QLatin1StringView("fusion");
}

bool ConsoleStyle::drawStrip(PrimitiveElement element, QStyleOption& narrow, const QString& detail,
                             QPainter* painter, const QWidget* widget) const
{
    const QRect rect = narrow.rect;
    if (rect.height() <= 0 || !canStretch(painter, rect.width()))
        return false;

    const qreal scale = painter->device()->devicePixelRatio();
    const QString key =
        QString::asprintf("enrolldesk-stretched-%d-%d-%lld-%d-%d-%d-%g-", int(element), int(narrow.state),
                          qint64(narrow.palette.cacheKey()), int(narrow.palette.currentColorGroup()),
                          rect.height(), int(narrow.direction), scale) +
        detail;
    const int stripWidth = 2 * kStretchEnd + 1;
    narrow.rect = QRect(0, 0, stripWidth, rect.height());
    const QPixmap strip = cachedStrip(key, narrow.rect.size(), scale, [&](QPainter* stripPainter) {
        QProxyStyle::drawPrimitive(element, &narrow, stripPainter, widget);
    });
    paintStretched(painter, rect, strip, stripWidth);
    return true;
}

void ConsoleStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                                      QPainter* painter, const QWidget* widget) const
{
    if (control == CC_Slider) {
        const auto* slider = qstyleoption_cast<const QStyleOptionSlider*>(option);
        if (slider && drawSliderGroove(slider, painter, widget)) {
            QStyleOptionSlider rest(*slider);
            rest.subControls &= ~SC_SliderGroove;
            if (rest.subControls != SC_None)
                QProxyStyle::drawComplexControl(control, &rest, painter, widget);
            return;
        }
    }
    QProxyStyle::drawComplexControl(control, option, painter, widget);
}

bool ConsoleStyle::drawSliderGroove(const QStyleOptionSlider* slider, QPainter* painter,
                                    const QWidget* widget) const
{
    const QRect rect = slider->rect;
    // Fusion's groove spans the slider's width; its highlight ends at the handle's left edge, counted
    // from the slider's (Qt 6.4 counts it from the paint device's, the same only at x = 0).
    if (slider->orientation != Qt::Horizontal || slider->upsideDown || slider->direction != Qt::LeftToRight ||
        slider->tickPosition != QSlider::NoTicks || !(slider->subControls & SC_SliderGroove) ||
        slider->maximum <= slider->minimum || rect.left() != 0 || rect.height() <= 0)
        return false;
    const QRect groove = proxy()->subControlRect(CC_Slider, slider, SC_SliderGroove, widget);
    const QRect handle = proxy()->subControlRect(CC_Slider, slider, SC_SliderHandle, widget);
    const int handleLength = proxy()->pixelMetric(PM_SliderLength, slider, widget);
    // The narrow copies are as wide as a handle and a strip: at the maximum, the highlight covers the
    // left end and the middle column, and the handle hides the right end.
    const int stripWidth = handleLength + 2 * kStretchEnd + 1;
    if (!groove.isValid() || groove.left() != rect.left() || groove.width() != rect.width() ||
        handleLength <= kStretchEnd || rect.width() < stripWidth || !canStretch(painter, rect.width()))
        return false;

    const qreal scale = painter->device()->devicePixelRatio();
    const QString key =
        QString::asprintf("enrolldesk-slider-%d-%lld-%d-%d-%d-%d-%d-%g-", int(slider->state),
                          qint64(slider->palette.cacheKey()), int(slider->palette.currentColorGroup()),
                          rect.height(), groove.top() - rect.top(), groove.height(), handleLength, scale);
    // The groove as Fusion paints it at the minimum (plain but for its first column, which the rounded
    // rect leaves empty) or at the maximum (highlighted over the plain one).
    const auto strip = [&](bool highlighted) {
        QStyleOptionSlider narrow(*slider);
        narrow.rect = QRect(0, 0, stripWidth, rect.height());
        narrow.subControls = SC_SliderGroove;
        narrow.activeSubControls = SC_None;
        narrow.sliderPosition = narrow.sliderValue = highlighted ? slider->maximum : slider->minimum;
        return cachedStrip(key + (highlighted ? u"highlighted" : u"plain"), narrow.rect.size(), scale,
                           [&](QPainter* stripPainter) {
                               QProxyStyle::drawComplexControl(CC_Slider, &narrow, stripPainter, widget);
                           });
    };
    // Fusion clips the highlight to the columns up to and including the handle's left one. Only the
    // groove's rows are copied: the rest of the strips is empty.
    const int lastHighlighted = handle.left();
    const QRect rows(rect.left(), groove.top(), rect.width(), groove.height());
    const int stripTop = groove.top() - rect.top();
    const auto paintColumns = [&](int left, int right, bool highlighted) {
        painter->save();
        painter->setClipRect(QRect(left, rows.top(), right - left + 1, rows.height()), Qt::IntersectClip);
        paintStretched(painter, rows, strip(highlighted), stripWidth, stripTop);
        painter->restore();
    };
    paintColumns(rows.left(), lastHighlighted, true);
    paintColumns(lastHighlighted + 1, rows.right(), false);
    return true;
}
