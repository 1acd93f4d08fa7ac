#pragma once
// For the tests that prove an API key never reaches the disk: keys nobody else uses, and a scan of
// every file under some folders for their bytes.

#include <QByteArray>
#include <QList>
#include <QStringList>

// "enrolldesk-<prefix>-<label>-<uuid>": unique per call, so a hit can only come from this test.
QByteArray uniqueTestKey(const char* prefix, const char* label);

// Every regular file under `roots` (recursively, hidden ones too) whose bytes contain one of `needles`;
// canonical paths, each once.
QStringList filesContaining(const QStringList& roots, const QList<QByteArray>& needles);
inline QStringList filesContaining(const QString& root, const QList<QByteArray>& needles)
{
    return filesContaining(QStringList{root}, needles);
}
