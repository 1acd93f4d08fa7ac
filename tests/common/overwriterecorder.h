#pragma once
// For the tests that prove a key's last holder zeroes it: which buffers SecretStore::overwrite() zeroed
// while a recorder is installed, seen through its test hook while each buffer was still allocated, so a
// test never reads a buffer after its last holder let it go. Main thread only.

#include "secretstore.h"

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <algorithm>

// A buffer is watched while it is alive: its address, kept as a number and only compared, and from which
// overwrite on to look (a freed buffer's address is soon reused by the next key of the same size).
class OverwriteRecorder
{
public:
    struct Buffer
    {
        quintptr address = 0;
        qsizetype since = 0;
    };

    OverwriteRecorder()
    {
        s_zeroed.clear();
        SecretStore::setOverwriteHook(&record);
    }
    ~OverwriteRecorder() { SecretStore::setOverwriteHook(nullptr); }
    OverwriteRecorder(const OverwriteRecorder&) = delete;
    OverwriteRecorder& operator=(const OverwriteRecorder&) = delete;

    static Buffer watch(const QByteArray& bytes) { return Buffer{address(bytes), s_zeroed.size()}; }
    static quintptr address(const QByteArray& bytes) { return quintptr(bytes.constData()); }
    // How many times the buffer was overwritten since it was watched; -1 if it was not all zeros after.
    static int zeroedCount(const Buffer& buffer)
    {
        int count = 0;
        for (qsizetype i = buffer.since; i < s_zeroed.size(); ++i) {
            if (s_zeroed.at(i).address == buffer.address) {
                if (!s_zeroed.at(i).allZero)
                    return -1;
                ++count;
            }
        }
        return count;
    }
    static bool zeroed(const Buffer& buffer) { return zeroedCount(buffer) != 0; }
    // Every buffer overwritten so far, and whether each was all zeros afterwards.
    static int total() { return int(s_zeroed.size()); }
    static bool allZeroed()
    {
        return std::all_of(s_zeroed.cbegin(), s_zeroed.cend(), [](const Overwrite& o) { return o.allZero; });
    }
    static void clear() { s_zeroed.clear(); }

private:
    struct Overwrite
    {
        quintptr address = 0;
        bool allZero = false;
    };
    static void record(const char* data, qsizetype capacity)
    {
        bool allZero = true;
        for (qsizetype i = 0; i < capacity; ++i)
            allZero = allZero && data[i] == '\0';
        s_zeroed.append(Overwrite{quintptr(data), allZero});
    }
    static inline QList<Overwrite> s_zeroed;
};
