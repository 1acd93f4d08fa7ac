// bench_minimal: the baseline of startup_ratio and rss_ratio. A minimal Qt Widgets program showing one
// window (a main window with a label, the console's default size); reports when it is painted and idle
// (see idleprobe.h). Started by bench_startup, not by hand.

#include "idleprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal"));
    window.setCentralWidget(new QLabel(QStringLiteral("Hello")));
    window.resize(1180, 780); // the console's default size: both programs paint as many pixels
    Bench::IdleProbe probe(&window);
    window.show();
    return app.exec();
}
