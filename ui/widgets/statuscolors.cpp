#include "statuscolors.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>

namespace {

// Tells the followers when the application's palette has changed, once the widgets have taken it. One
// for the application, made by the first follower: an application-wide event filter sees every event,
// so there is one, not one per follower.
class PaletteWatcher final : public QObject
{
    Q_OBJECT
public:
    static PaletteWatcher* instance()
    {
        static QPointer<PaletteWatcher> watcher;
        if (!watcher)
            watcher = new PaletteWatcher(qApp);
        return watcher;
    }

Q_SIGNALS:
    void paletteChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // QApplication passes the event on to its widgets after its own (sent or posted): a call queued
        // when the first widget has it comes after them all.
        if (event->type() == QEvent::ApplicationPaletteChange && watched->isWidgetType() && !m_pending) {
            m_pending = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_pending = false;
                    Q_EMIT paletteChanged();
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    explicit PaletteWatcher(QObject* application)
        : QObject(application)
    {
        application->installEventFilter(this);
    }

    bool m_pending = false;
};

// Re-applies its widget's style rule after a palette change. One per widget, its child.
class PaletteFollower final : public QObject
{
    Q_OBJECT
public:
    explicit PaletteFollower(QWidget* widget)
        : QObject(widget)
        , m_widget(widget)
    {
        connect(PaletteWatcher::instance(), &PaletteWatcher::paletteChanged, this, &PaletteFollower::apply);
    }

    void setStyle(std::function<QString(const QWidget*)> style)
    {
        m_style = std::move(style);
        apply();
    }

private:
    void apply()
    {
        const QString sheet = m_style(m_widget);
        if (sheet != m_widget->styleSheet())
            m_widget->setStyleSheet(sheet);
    }

    QWidget* m_widget;
    std::function<QString(const QWidget*)> m_style;
};

} // namespace

void StatusColors::followPalette(QWidget* widget, std::function<QString(const QWidget*)> style)
{
    auto* follower = widget->findChild<PaletteFollower*>(QString(), Qt::FindDirectChildrenOnly);
    if (!style) {
        if (follower) { // may be applying a rule right now: gone once that returns
            QObject::disconnect(PaletteWatcher::instance(), nullptr, follower, nullptr);
            follower->setParent(nullptr);
            follower->deleteLater();
        }
        widget->setStyleSheet(QString());
        return;
    }
    if (!follower)
        follower = new PaletteFollower(widget);
    follower->setStyle(std::move(style));
}

#include "statuscolors.moc"
