#include "profilekeys.h"

#include "profiles.h"

#include <QPointer>

ProfileKeys::ProfileKeys(SecretStore* store, ProfileStore* profiles, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_profiles(profiles)
{}

void ProfileKeys::read(const QString& id, const QUrl& server, QObject* context, Callback done)
{
    // The record is read when the keychain answers: the CLI's `auth set` may have stored a key meanwhile.
    m_store->read(id, context,
                  [profiles = QPointer<ProfileStore>(m_profiles), id, server,
                   done = std::move(done)](const SecretStore::Result& stored) {
                      Result result(stored);
                      if (stored.ok() && !profiles) { // no record to check it against: not handed out
                          result.status = SecretStore::Status::Failed;
                          SecretStore::wipe(result.key);
                          result.message = SecretStore::statusText(result.status);
                      }
                      QString origin = result.ok() ? profiles->keyOrigin(id) : QString();
                      if (result.ok() && origin.isEmpty()) {
                          // Stored before the record existed: taken as its profile's own server's key,
                          // and so not handed out for another (a form's edited server, say).
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
                   [profiles = QPointer<ProfileStore>(m_profiles), id, server,
                    context = QPointer<QObject>(context), hasContext,
                    done = std::move(done)](const SecretStore::Result& written) {
                       // Not for a profile removed meanwhile: its record went with it.
                       if (written.ok() && profiles && profiles->contains(id))
                           profiles->setKeyOrigin(id, server);
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
    if (m_profiles->keyOrigin(id).isEmpty())
        m_profiles->setKeyOrigin(id, oldServer);
}

QString ProfileKeys::ofAnotherServerText()
{
    return tr("The key kept for this profile was stored for another server.");
}
