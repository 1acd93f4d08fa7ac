#pragma once
// The console's main window against a sandbox, as ui/main.cpp builds it for the bundled sandbox: the
// sandbox profile active, keys in memory. For GUI tests of whole-window behaviour.

#include "appcontext.h"
#include "mainwindow.h"
#include "sandboxprocess.h"
#include "secretstore.h"

#include <QSettings>
#include <QTest>

#include <memory>

struct SandboxConsole
{
    SandboxConsole(QSettings* settings, const QUrl& sandbox)
        : context(settings, &secrets)
    {
        context.setSandbox(sandbox, SandboxProcess::apiKey());
        window = std::make_unique<MainWindow>(&context);
        context.activateProfile(QStringLiteral("sandbox"));
    }

    // Shows the window; true once it is exposed and the sandbox key is loaded.
    bool showAndWaitForKey()
    {
        window->show();
        return QTest::qWaitForWindowExposed(window.get()) &&
               QTest::qWaitFor([this] { return context.keyState() == AppContext::KeyState::Present; });
    }

    MemorySecretStore secrets;
    AppContext context;
    std::unique_ptr<MainWindow> window;
};
