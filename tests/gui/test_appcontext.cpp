// AppContext's key for the active profile: read from the session store, then the keychain; the
// sandbox's public demo key (setSandbox) without asking the keychain at all, and never stored; a session
// key still comes first. The keychain is a counting stand-in, so "not asked" is seen, not assumed.

#include "apiclient.h"
#include "appcontext.h"
#include "countingsecretstore.h"
#include "secretstore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace {

constexpr int kWaitMs = 5000;

} // namespace

class TestAppContext : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CountingSecretStore> m_secrets;
    std::unique_ptr<AppContext> m_context;

    const QUrl m_sandboxUrl{QStringLiteral("http://127.0.0.1:9/v1")};
    const QString m_sandboxId = QString::fromLatin1(ProfileStore::kSandboxId);

    // Activates `id` and waits until its key was read (the state after Unknown).
    bool activate(const QString& id)
    {
        m_context->activateProfile(id); // Unknown until the read answers
        return QTest::qWaitFor([this] { return m_context->keyState() != AppContext::KeyState::Unknown; },
                               kWaitMs);
    }

    bool writeKey(SecretStore* store, const QString& id, const QByteArray& key)
    {
        std::optional<bool> written;
        store->write(id, key, this, [&written](const SecretStore::Result& r) { written = r.ok(); });
        return QTest::qWaitFor([&written] { return written.has_value(); }, kWaitMs) && *written;
    }

    // A profile on the sandbox's address, organization "acme"; its id.
    QString addAcme()
    {
        Profile acme;
        acme.name = QStringLiteral("Acme");
        acme.organization = QStringLiteral("acme");
        acme.baseUrl = m_sandboxUrl;
        return m_context->profiles()->add(acme);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_secrets = std::make_unique<CountingSecretStore>();
        m_context = std::make_unique<AppContext>(m_settings.get(), m_secrets.get());
    }

    void cleanup()
    {
        m_context.reset();
        m_secrets.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void demoKeyIsUsedWithoutAskingTheKeychain()
    {
        const SecretsLogCapture log;
        m_context->setSandbox(m_sandboxUrl, "demo-key");
        QVERIFY(!m_context->usesDemoKey()); // nothing active yet
        QVERIFY(activate(m_sandboxId));
        QVERIFY(m_context->isSandbox());
        QVERIFY(m_context->usesDemoKey());
        QCOMPARE(m_context->keyState(), AppContext::KeyState::Present);
        QVERIFY(m_context->client()->hasApiKey());
        QCOMPARE(m_context->client()->baseUrl(), m_sandboxUrl);
        QTest::qWait(50);
        QCOMPARE(m_secrets->allReads(), 0);
        QCOMPARE(m_secrets->writes, 0);          // never stored
        QCOMPARE(log.messages(), QStringList()); // no "read profile/sandbox -> NotFound" at start-up either

        // Read again (after the Profiles page changed a key): still not from the keychain.
        QSignalSpy changed(m_context.get(), &AppContext::keyStateChanged);
        m_context->reloadKey();
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::Present, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, kWaitMs);
        QCOMPARE(m_secrets->allReads(), 0);
    }

    void sessionKeyComesBeforeTheDemoKey()
    {
        m_context->setSandbox(m_sandboxUrl, "demo-key");
        QVERIFY(activate(m_sandboxId));
        m_context->useKeyForSession("session-key");
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::SessionOnly, kWaitMs);
        QVERIFY(m_context->usesDemoKey()); // the profile's; the session key is the one in use now
        QCOMPARE(m_secrets->allReads(), 0);
        QCOMPARE(m_secrets->writes, 0);
    }

    void otherProfilesReadTheKeychainOnce()
    {
        m_context->setSandbox(m_sandboxUrl, "demo-key");
        const QString id = addAcme();
        QVERIFY(writeKey(m_secrets.get(), id, "stored-key"));

        QVERIFY(activate(id));
        QVERIFY(!m_context->usesDemoKey());
        QCOMPARE(m_context->keyState(), AppContext::KeyState::Present);
        QTest::qWait(50);
        QCOMPARE(m_secrets->allReads(), 1);

        // Back to the sandbox: the demo key again, no read.
        QVERIFY(activate(m_sandboxId));
        QVERIFY(m_context->usesDemoKey());
        QCOMPARE(m_context->keyState(), AppContext::KeyState::Present);
        QTest::qWait(50);
        QCOMPARE(m_secrets->allReads(), 1);
    }

    // Picking the active profile again, or saving it with a new name or defaults, keeps its key: a bulk
    // run's next batch must not go out without one. Another server or organization reads it again.
    void theActiveProfileAgainKeepsItsKey()
    {
        m_context->setSandbox(m_sandboxUrl, "demo-key");
        const QString id = addAcme();
        QVERIFY(writeKey(m_secrets.get(), id, "stored-key"));
        QVERIFY(activate(id));
        QCOMPARE(m_secrets->allReads(), 1);

        QSignalSpy connection(m_context.get(), &AppContext::connectionChanged);
        QSignalSpy edited(m_context.get(), &AppContext::activeProfileEdited);
        QSignalSpy keyStates(m_context.get(), &AppContext::keyStateChanged);
        m_context->activateProfile(id);
        QVERIFY(m_context->client()->hasApiKey());
        QCOMPARE(connection.count() + edited.count(), 0); // nothing changed

        Profile renamed = *m_context->profiles()->profile(id);
        renamed.name = QStringLiteral("Acme EU");
        renamed.defaultDurationSeconds = 7 * 86400;
        m_context->profiles()->update(renamed);
        m_context->activateProfile(id);
        QVERIFY(m_context->client()->hasApiKey());
        // The banner and the forms take the new name and defaults; the pages keep their users and filters.
        QCOMPARE(edited.count(), 1);
        QCOMPARE(connection.count(), 0);
        QCOMPARE(m_context->activeProfile().defaultDurationSeconds, 7 * 86400);
        QTest::qWait(50);
        QCOMPARE(keyStates.count(), 0);
        QCOMPARE(m_secrets->allReads(), 1);

        Profile moved = renamed;
        moved.organization = QStringLiteral("acme-eu");
        m_context->profiles()->update(moved);
        QVERIFY(activate(id));
        QCOMPARE(m_context->client()->organization(), QStringLiteral("acme-eu"));
        QCOMPARE(m_secrets->allReads(), 2); // another organization: the key is read again
    }

    // A session key is typed for the server the profile has then. Another instance or the CLI may point
    // the profile at another server meanwhile: the key is not sent there, and it is forgotten.
    void sessionKeyIsNotSentToAnotherServer()
    {
        const QString id = addAcme();
        QVERIFY(activate(id));
        QCOMPARE(m_context->keyState(), AppContext::KeyState::Missing); // nothing in the keychain
        m_context->useKeyForSession("session-key");
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::SessionOnly, kWaitMs);
        QVERIFY(m_context->client()->hasApiKey());

        Profile moved = *m_context->profiles()->profile(id);
        moved.baseUrl = QUrl(QStringLiteral("https://elsewhere.example/v1"));
        QVERIFY(m_context->profiles()->update(moved)); // as the settings file tells of another's change
        QVERIFY(activate(id));
        QCOMPARE(m_context->keyState(), AppContext::KeyState::Missing);
        QVERIFY(!m_context->client()->hasApiKey());
        QTRY_COMPARE_WITH_TIMEOUT(m_context->sessionSecrets()->count(), 0, kWaitMs);

        // Typed again for the new server, it is used there.
        m_context->useKeyForSession("new-session-key");
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::SessionOnly, kWaitMs);
        QVERIFY(m_context->client()->hasApiKey());
    }

    // The Profiles page shows the stored profile, which another instance may have moved to another
    // server: a key typed there is for that server, and the client follows it there.
    void aKeyGivenAfterAMoveElsewhereGoesWithTheMove()
    {
        const QString id = addAcme();
        QVERIFY(activate(id));
        Profile moved = *m_context->profiles()->profile(id);
        moved.baseUrl = QUrl(QStringLiteral("https://elsewhere.example/v1"));
        QVERIFY(m_context->profiles()->update(moved));
        QCOMPARE(m_context->client()->baseUrl(), m_sandboxUrl); // not told yet

        QSignalSpy connection(m_context.get(), &AppContext::connectionChanged);
        const int keychainReads = m_secrets->allReads();
        m_context->useKeyForSession("key-for-elsewhere");
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::SessionOnly, kWaitMs);
        QTest::qWait(50);
        QCOMPARE(m_secrets->allReads(), keychainReads); // the session key was there: no keychain read
        QCOMPARE(m_context->client()->baseUrl(), moved.baseUrl);
        QCOMPARE(m_context->activeProfile().baseUrl, moved.baseUrl);
        QCOMPARE(connection.count(), 1); // pickers and lists reload from the new server

        // A key stored in the keychain meanwhile is read for the stored server too.
        std::optional<bool> stored;
        m_context->keys()->write(id, moved.baseUrl, "stored-key", this,
                                 [&stored](const ProfileKeys::Result& r) { stored = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), kWaitMs);
        QVERIFY(*stored);
        m_context->sessionSecrets()->remove(id, this, [](const SecretStore::Result&) {});
        Profile back = moved;
        back.baseUrl = m_sandboxUrl;
        QVERIFY(m_context->profiles()->update(back));
        m_context->reloadKey();
        QTRY_VERIFY_WITH_TIMEOUT(m_context->keyState() != AppContext::KeyState::Unknown, kWaitMs);
        QCOMPARE(m_context->client()->baseUrl(), m_sandboxUrl);
        QCOMPARE(m_context->keyState(), AppContext::KeyState::Missing); // stored for elsewhere: refused
        QVERIFY(m_context->keyOfAnotherServer());
        QVERIFY(!m_context->client()->hasApiKey());
    }

    // A profile used for the session only (--sandbox, --profile) is not stored as the one in use; the
    // same profile chosen in the window afterwards is.
    void sessionOnlyChoiceIsRememberedWhenChosenAgain()
    {
        const QString acme = addAcme(); // the first profile: the one in use
        m_context->setSandbox(m_sandboxUrl, "demo-key");
        QCOMPARE(m_context->profiles()->activeProfileId(), acme); // adding the sandbox's changes nothing
        m_context->activateProfile(m_sandboxId, AppContext::Choice::ThisSessionOnly);
        QCOMPARE(m_context->activeProfile().id, m_sandboxId);
        QCOMPARE(m_context->profiles()->activeProfileId(), acme);
        m_context->activateProfile(m_sandboxId); // "Use this profile" in the window
        QCOMPARE(m_context->profiles()->activeProfileId(), m_sandboxId);
    }

    // The built-in profile pointed at a real server is no sandbox: no "nothing here is real", and the
    // public demo key is not sent there.
    void sandboxProfileElsewhereIsNoSandbox()
    {
        m_context->setSandbox(m_sandboxUrl, "demo-key");
        Profile moved = *m_context->profiles()->profile(m_sandboxId);
        moved.baseUrl = QUrl(QStringLiteral("https://api.example.invalid/v1"));
        m_context->profiles()->update(moved);
        QVERIFY(activate(m_sandboxId));
        QVERIFY(!m_context->isSandbox());
        QVERIFY(!m_context->usesDemoKey());
        QCOMPARE(m_context->keyState(), AppContext::KeyState::Missing);
        QVERIFY(!m_context->client()->hasApiKey());
        QCOMPARE(m_secrets->allReads(), 1); // its own key, from the keychain
    }

    void sandboxWithoutADemoKeyReadsTheKeychain()
    {
        m_context->setSandbox(m_sandboxUrl, QByteArray());
        QVERIFY(activate(m_sandboxId));
        QVERIFY(m_context->isSandbox());
        QVERIFY(!m_context->usesDemoKey());
        QCOMPARE(m_context->keyState(), AppContext::KeyState::Missing);
        QCOMPARE(m_secrets->allReads(), 1);
    }
};

QTEST_MAIN(TestAppContext)
#include "test_appcontext.moc"
