#include "countingsecretstore.h"

#include <QMutexLocker>

#include <atomic>
#include <cstdio>

void CountingSecretStore::readEntry(const QString& entry, Callback done)
{
    if (entry.startsWith(QLatin1StringView("profile/")))
        ++reads;
    else
        ++probes;
    const auto it = m_entries.constFind(entry);
    if (it == m_entries.constEnd())
        done(Result{Status::NotFound, {}, {}, {}});
    else
        done(Result{Status::Ok, QByteArray(it->constData(), it->size()), {}, {}}); // a copy of its own
}

void CountingSecretStore::writeEntry(const QString& entry, const QByteArray& key, Callback done)
{
    ++writes;
    m_entries.insert(entry, QByteArray(key.constData(), key.size()));
    done(Result{});
}

void CountingSecretStore::removeEntry(const QString& entry, Callback done)
{
    ++removes;
    m_entries.remove(entry);
    done(Result{});
}

namespace {

// The capture the installed handler reports to (a message handler is a plain function).
std::atomic<SecretsLogCapture*> g_activeCapture{nullptr};

} // namespace

SecretsLogCapture::SecretsLogCapture()
{
    m_previousCapture = g_activeCapture.exchange(this);
    m_previousHandler = qInstallMessageHandler(&SecretsLogCapture::handle);
}

SecretsLogCapture::~SecretsLogCapture()
{
    qInstallMessageHandler(m_previousHandler);
    g_activeCapture.store(m_previousCapture);
}

QStringList SecretsLogCapture::messages() const
{
    const QMutexLocker lock(&m_mutex);
    return m_messages;
}

int SecretsLogCapture::keyReads() const
{
    const QMutexLocker lock(&m_mutex);
    int count = 0;
    for (const QString& message : m_messages) {
        if (message.startsWith(QLatin1StringView("read profile/")))
            ++count;
    }
    return count;
}

void SecretsLogCapture::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_messages.clear();
}

void SecretsLogCapture::handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    SecretsLogCapture* capture = g_activeCapture.load();
    if (!capture) { // only while a capture is being destroyed on another thread
        fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
        return;
    }
    if (context.category && qstrcmp(context.category, "enrolldesk.secrets") == 0) {
        const QMutexLocker lock(&capture->m_mutex);
        capture->m_messages.append(message);
    }
    if (capture->m_previousHandler)
        capture->m_previousHandler(type, context, message);
}
