#include "printdialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>
#include <QStringList>

PrintDialogs* PrintDialogs::load(QString* error)
{
    static PrintDialogs* loaded = nullptr;
    if (loaded)
        return loaded;
    // Installed next to the executable's prefix (bin/../lib/…/enrolldesk); in a build tree, in the build's
    // plugins folder. The installed place comes first: a build tree's path means nothing to a package.
    const QStringList directories{QDir(QCoreApplication::applicationDirPath())
                                      .filePath(QStringLiteral(ENROLLDESK_INSTALLED_PLUGIN_DIR)),
                                  QStringLiteral(ENROLLDESK_BUILD_PLUGIN_DIR)};
    QStringList failures;
    for (const QString& directory : directories) {
        const QString path = QDir(directory).filePath(QStringLiteral(ENROLLDESK_PRINT_PLUGIN_FILE));
        if (!QFileInfo::exists(path))
            continue;
        // Never unloaded: the printers it makes live as long as their owners.
        QPluginLoader loader(path);
        if (auto* dialogs = qobject_cast<PrintDialogs*>(loader.instance())) {
            loaded = dialogs;
            return loaded;
        }
        failures << loader.errorString();
    }
    if (error)
        *error = failures.isEmpty() ? QCoreApplication::translate("PrintDialogs", "%1 was not found in %2.")
                                          .arg(QStringLiteral(ENROLLDESK_PRINT_PLUGIN_FILE),
                                               QDir::toNativeSeparators(directories.join(u", ")))
                                    : failures.join(u"; ");
    return nullptr;
}
