#pragma once
// Counts the events of one type that a watched object receives while the counter lives (an event
// filter that lets every event through): how many times a widget was shown, hidden, focused, …

#include <QEvent>
#include <QObject>
#include <QPointer>

class EventCounter final : public QObject
{
public:
    EventCounter(QObject* watched, QEvent::Type type)
        : m_watched(watched)
        , m_type(type)
    {
        watched->installEventFilter(this);
    }
    ~EventCounter() override
    {
        if (m_watched)
            m_watched->removeEventFilter(this);
    }

    int count() const { return m_count; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_watched && event->type() == m_type)
            ++m_count;
        return false;
    }

private:
    QPointer<QObject> m_watched;
    QEvent::Type m_type;
    int m_count = 0;
};
