#pragma once
// Used by the two programs that bench_startup starts: waits until the main window has been painted once
// and the event loop is about to block (nothing left to do), then prints one line on stdout,
//   idle <CLOCK_MONOTONIC in ns> <VmHWM in kB> <VmRSS in kB>
// and closes the window and quits. bench_startup subtracts the time it took just before starting the
// process, so the figure covers loading, Qt's start, building the window, the first paint and settling.

#include "benchcommon.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <ctime>
#include <unistd.h>

namespace Bench {

class IdleProbe final : public QObject
{
public:
    // `window` null: the first QMainWindow that paints (the console's, built by code the probe does not
    // see). Needs a QCoreApplication.
    explicit IdleProbe(QWidget* window = nullptr)
        : m_window(window)
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // Every widget of the window is painted in the same backing-store flush: the first paint seen
        // means the next time the loop is idle, the first frame is complete.
        if (event->type() == QEvent::Paint && !m_painted && watched->isWidgetType()) {
            QWidget* window = static_cast<QWidget*>(watched)->window();
            if (m_window ? window == m_window : qobject_cast<QMainWindow*>(window) != nullptr) {
                m_window = window;
                m_painted = true;
                connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this,
                        &IdleProbe::aboutToBlock);
            }
        }
        return false;
    }

private:
    void aboutToBlock()
    {
        if (m_reported)
            return;
        m_reported = true;
        timespec now{};
        clock_gettime(CLOCK_MONOTONIC, &now);
        std::printf("idle %lld %lld %lld\n", qint64(now.tv_sec) * 1000000000LL + now.tv_nsec,
                    statusKb("VmHWM"), statusKb("VmRSS"));
        std::fflush(stdout);
        // For profiling start-up alone (callgrind, perf): end here, without closing the window.
        if (qEnvironmentVariableIsSet("BENCH_EXIT_AT_IDLE"))
            _exit(0);
        // Closing the window the normal way lets the console save its settings, as a user's session would.
        QTimer::singleShot(0, this, [window = m_window] {
            if (window)
                window->close();
            QCoreApplication::quit();
        });
    }

    QPointer<QWidget> m_window;
    bool m_painted = false;
    bool m_reported = false;
};

} // namespace Bench
