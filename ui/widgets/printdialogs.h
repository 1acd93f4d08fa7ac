#pragma once
// The print dialog, from a plugin loaded on first use. QtPrintSupport is a large library (1,600
// relocations, about 1 ms of every start on a two-core machine, bench/README.md) that only the QR
// view's Print… needs; the console does not link it. The plugin (ui/plugins/printdialogs) is the only
// code that includes a QtPrintSupport header.

#include <QtPlugin>

#include <functional>

class QPagedPaintDevice;
class QString;
class QWidget;

class PrintDialogs
{
public:
    virtual ~PrintDialogs() = default;

    // Opens the platform's print dialog over `owner`, window-modal, and returns at once. When the user
    // accepts it, calls `print` with the printer. Each owner keeps its printer while it lives, so the
    // choices made in the dialog are there again for its next print.
    virtual void open(QWidget* owner, const QString& title,
                      std::function<void(QPagedPaintDevice*)> print) = 0;

    // The plugin, loaded the first time it is asked for; null with `error` set when it cannot be loaded
    // (a broken installation: the message names the file and the reason).
    static PrintDialogs* load(QString* error);
};

#define EnrollDeskPrintDialogs_iid "io.github.enrolldesk.PrintDialogs/1.0"
Q_DECLARE_INTERFACE(PrintDialogs, EnrollDeskPrintDialogs_iid)
