// bench_console --sandbox URL: the console's own ui/main.cpp, compiled as it is, plus the idle probe of
// idleprobe.h, installed as the application object is created. Started by bench_startup, not by hand.

#include "idleprobe.h"

#include <QCoreApplication>

// The console's main(), renamed: the probe must not change what the console does at startup.
#define main enrolldesk_main
#include ENROLLDESK_UI_MAIN
#undef main

namespace {

void installProbe()
{
    new Bench::IdleProbe(); // owned by nobody: lives as long as the process, which it ends
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installProbe)

int main(int argc, char* argv[])
{
    return enrolldesk_main(argc, argv);
}
