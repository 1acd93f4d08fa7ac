#pragma once
// For the GUI tests that check how often the keychain is asked: a persistent-looking secret store kept in
// memory that counts its operations, and a capture of what the secret stores log (enrolldesk.secrets),
// which also sees the reads of the session store a test cannot replace.

#include "secretstore.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// The keychain, in memory, counting what is asked of it: with a real keychain each call is a D-Bus round
// trip. Reads of an absent entry report NotFound.
class CountingSecretStore final : public SecretStore
{
public:
    int reads = 0;  // of keys (entries "profile/<id>")
    int probes = 0; // any other entry read, i.e. SecretStore::probe()
    int writes = 0;
    int removes = 0;

    using SecretStore::SecretStore;

    bool isPersistent() const override { return true; }
    // Every entry read, keys and probes alike.
    int allReads() const { return reads + probes; }

protected:
    void readEntry(const QString& entry, Callback done) override;
    void writeEntry(const QString& entry, const QByteArray& key, Callback done) override;
    void removeEntry(const QString& entry, Callback done) override;

private:
    QHash<QString, QByteArray> m_entries;
};

// While it lives, collects the messages of the "enrolldesk.secrets" category (those its filter rules let
// through) and passes every message on to the handler installed before it, which it puts back when
// destroyed. Captures may nest; only the innermost one collects.
class SecretsLogCapture
{
public:
    SecretsLogCapture();
    ~SecretsLogCapture();
    SecretsLogCapture(const SecretsLogCapture&) = delete;
    SecretsLogCapture& operator=(const SecretsLogCapture&) = delete;

    // The messages so far, oldest first.
    QStringList messages() const;
    // How many of them are key reads ("read profile/<id> …"), of any store.
    int keyReads() const;
    // Forgets the messages so far.
    void clear();

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message);

    mutable QMutex m_mutex;
    QStringList m_messages;
    QtMessageHandler m_previousHandler = nullptr;
    SecretsLogCapture* m_previousCapture = nullptr;
};
