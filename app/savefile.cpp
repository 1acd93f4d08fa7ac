#include "savefile.h"

#include <QSaveFile>

namespace SaveFile {

QString replace(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    // flush() before commit(): Qt 6.4's commit() checks only the errors of write(), which fills a buffer;
    // a buffer it then fails to write out (a full disk) was committed as an empty or cut-short file.
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush() && file.commit())
        return {};
    return file.errorString();
}

} // namespace SaveFile
