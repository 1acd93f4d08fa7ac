#include "printdialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

PrintDialogs* PrintDialogs::load(QString* error)
{
    static PrintDialogs* loaded = nullptr;
    if (loaded)
        return loaded;
    // bin/../<libdir>/enrolldesk, installed or in a build tree (ui/CMakeLists.txt). Kept as 8-bit text in
    // the executable, where the package test reads it.
    const QString directory = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QString::fromLatin1(ENROLLDESK_PLUGIN_DIR_FROM_BIN));
    const QString path = QDir(directory).filePath(QString::fromLatin1(ENROLLDESK_PRINT_PLUGIN_FILE));
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = QCoreApplication::translate("PrintDialogs", "%1 was not found in %2.")
                         .arg(QString::fromLatin1(ENROLLDESK_PRINT_PLUGIN_FILE),
                              QDir::toNativeSeparators(QDir::cleanPath(directory)));
        return nullptr;
    }
    // Never unloaded: the printers it makes live as long as their owners.
    QPluginLoader loader(path);
    loaded = qobject_cast<PrintDialogs*>(loader.instance());
    if (!loaded && error)
        *error = loader.errorString();
    return loaded;
}
