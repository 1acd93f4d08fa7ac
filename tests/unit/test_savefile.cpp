// SaveFile::replace: a file is replaced only when every byte reached the disk. A full disk is stood in for
// by a file size limit (RLIMIT_FSIZE, with SIGXFSZ ignored, so a write past it fails with EFBIG): Qt 6.4's
// QSaveFile::commit() then reported success and left an empty file.

#include "savefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

class TestSaveFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAndReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qr.png"));
        QCOMPARE(SaveFile::replace(path, "first"), QString());
        QCOMPARE(SaveFile::replace(path, "second"), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("second"));
    }

    void fullDiskLeavesTheOldFileAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run-log.csv"));
        QCOMPARE(SaveFile::replace(path, "the previous log"), QString());

        rlimit before{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
        rlimit limited = before;
        limited.rlim_cur = 1024;
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const QString problem = SaveFile::replace(path, QByteArray(8 * 1024, 'x'));
        setrlimit(RLIMIT_FSIZE, &before);
        std::signal(SIGXFSZ, previousHandler);

        QVERIFY2(!problem.isEmpty(), "a write past the limit was reported as saved");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("the previous log"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary file left behind
    }

    void unwritableFolderSaysWhy()
    {
        QCOMPARE(SaveFile::replace(QStringLiteral("/nonexistent-folder/qr.png"), "x").isEmpty(), false);
    }
};

QTEST_GUILESS_MAIN(TestSaveFile)
#include "test_savefile.moc"
