#include "keyscan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

QByteArray uniqueTestKey(const char* prefix, const char* label)
{
    return QByteArray("enrolldesk-") + prefix + '-' + label + '-' +
           QUuid::createUuid().toByteArray(QUuid::Id128);
}

QStringList filesContaining(const QStringList& roots, const QList<QByteArray>& needles)
{
    QStringList hits;
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QFileInfo(it.next()).canonicalFilePath();
            if (hits.contains(path))
                continue; // roots may overlap
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // sockets and the like
            const QByteArray bytes = file.readAll();
            for (const QByteArray& needle : needles) {
                if (bytes.contains(needle)) {
                    hits.append(path);
                    break;
                }
            }
        }
    }
    return hits;
}
