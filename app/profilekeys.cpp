#include "profilekeys.h"

#include "profiles.h"

#include <QPointer>

ProfileKeys::ProfileKeys(SecretStore* store, ProfileStore* profiles, Records records, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_profiles(profiles)
    , m_records(records)
{}

QString ProfileKeys::recordedOrigin(const QString& id) const
{
    return m_records == Records::InSettings ? m_profiles->keyOrigin(id) : m_origins.value(id);
}

void ProfileKeys::record(const QString& id, const QUrl& server)
{
    if (m_records == Records::InSettings)
        m_profiles->setKeyOrigin(id, server);
    else
        m_origins.insert(id, ProfileStore::originOf(server));
}

void ProfileKeys::read(const QString& id, const QUrl& server, QObject* context, Callback done)
{
    // The record is read when the keychain answers: the CLI's `auth set` may have stored a key meanwhile.
    m_store->read(id, context,
                  [self = QPointer<ProfileKeys>(this), profiles = QPointer<ProfileStore>(m_profiles), id,
                   server, done = std::move(done)](const SecretStore::Result& stored) {
                      Result result(stored);
                      if (stored.ok() && (!profiles || !self)) { // no record to check it against
                          result.status = SecretStore::Status::Failed;
                          SecretStore::wipe(result.key);
                          result.message = SecretStore::statusText(result.status);
                      }
                      QString origin = result.ok() ? self->recordedOrigin(id) : QString();
                      if (result.ok() && origin.isEmpty()) {
                          // Stored before the record existed (or by a store's owner directly): taken as
                          // its profile's own server's key, and so not handed out for another.
                          if (const std::optional<Profile> profile = profiles->profile(id))
                              origin = ProfileStore::originOf(profile->baseUrl);
                      }
                      if (!origin.isEmpty() && origin != ProfileStore::originOf(server)) {
                          result.status = SecretStore::Status::NotFound;
                          SecretStore::wipe(result.key); // the store wipes its own reference after this
                          result.message = ofAnotherServerText();
                          result.otherServer = origin;
                      }
                      done(result);
                      SecretStore::wipe(result.key); // this copy's reference; the store's is the last
                  });
}

void ProfileKeys::write(const QString& id, const QUrl& server, const QByteArray& key, QObject* context,
                        Callback done)
{
    // The record is made even when the caller is gone by the time the keychain answers (a page closed
    // while the keychain waited to be unlocked): without it, the key would be taken for whatever server
    // the profile has at its next read.
    const bool hasContext = context != nullptr;
    m_store->write(id, key, this,
                   [this, profiles = QPointer<ProfileStore>(m_profiles), id, server,
                    context = QPointer<QObject>(context), hasContext,
                    done = std::move(done)](const SecretStore::Result& written) {
                       // Not for a profile removed meanwhile: its record went with it.
                       if (written.ok() && profiles && profiles->contains(id))
                           record(id, server); // `this` is the write's context: alive here
                       if (hasContext && !context)
                           return;
                       done(Result(written));
                   });
}

void ProfileKeys::copy(const QString& from, const QUrl& server, const QString& to, QObject* context,
                       Callback done)
{
    read(from, server, context,
         [self = QPointer<ProfileKeys>(this), server, to, context, done](const Result& stored) {
             if (!stored.ok()) {
                 done(stored);
                 return;
             }
             if (self)
                 self->write(to, server, stored.key, context, done);
         });
}

void ProfileKeys::bindStoredKeyTo(const QString& id, const QUrl& oldServer)
{
    if (recordedOrigin(id).isEmpty())
        record(id, oldServer);
}

QString ProfileKeys::ofAnotherServerText()
{
    return tr("The key kept for this profile was stored for another server.");
}
