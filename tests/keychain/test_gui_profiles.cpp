// ProfilesPage, offscreen, with the real Secret Service (the private, unlocked gnome-keyring of
// tests/keychain/with-keyring) and a sandbox that accepts one unique key: a key typed on the page is
// tested and stored in the keychain (and only there), survives a restart, stays when the profile is moved
// to a server that refuses the key typed for it, is replaced, removed, and goes with its profile; then no
// file under HOME or the wrapper's directory holds the key's bytes.

#include "apiclient.h"
#include "appcontext.h"
#include "connectionbanner.h"
#include "errorpanel.h"
#include "keyscan.h"
#include "profilespage.h"
#include "sandboxprocess.h"
#include "secretstore.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace {

constexpr int kWaitMs = 30000;

template <typename T> T* child(const QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

class TestGuiProfiles : public QObject
{
    Q_OBJECT

    QByteArray m_key = uniqueTestKey("gui", "good");
    QList<QByteArray> m_used{m_key};
    SandboxProcess m_sandbox{{QStringLiteral("--api-key"), QString::fromLatin1(m_key)}};
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<QWidget> m_window;
    ProfilesPage* m_page = nullptr;

    // The console as after a start: a new keychain store and context over the same settings file.
    void restart(const QString& activeId = {})
    {
        m_window.reset();
        m_context.reset();
        m_secrets = std::make_unique<KeychainSecretStore>();
        m_context = std::make_unique<AppContext>(m_settings.get(), m_secrets.get());
        if (!activeId.isEmpty())
            m_context->activateProfile(activeId);
        m_window = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(m_window.get());
        layout->addWidget(new ConnectionBanner(m_context.get()));
        m_page = new ProfilesPage(m_context.get());
        layout->addWidget(m_page);
        m_window->resize(1100, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void typeInto(const char* name, const QString& text)
    {
        auto* field = child<QLineEdit>(m_page, name);
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClicks(field, text);
    }
    void click(const char* name)
    {
        auto* button = child<QPushButton>(m_page, name);
        QVERIFY2(button->isVisible() && button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    bool waitForKeyState(AppContext::KeyState state)
    {
        return QTest::qWaitFor([this, state] { return m_page->selectedKeyState() == state; }, kWaitMs);
    }
    SecretStore::Result readStored(const QString& id)
    {
        KeychainSecretStore store;
        std::optional<SecretStore::Result> result;
        store.read(id, this, [&result](const SecretStore::Result& r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs))
            return {SecretStore::Status::Failed, {}, QStringLiteral("timed out"), {}};
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qgetenv("ENROLLDESK_PRIVATE_KEYRING") != "unlocked")
            QSKIP("needs the private keyring of tests/keychain/with-keyring (run through CTest)");
        QVERIFY(QDir::homePath().startsWith(qEnvironmentVariable("ENROLLDESK_KEYRING_ROOT")));
        QVERIFY(m_sandbox.start());
        // Where the console keeps its settings, inside the wrapper's HOME.
        m_settings = std::make_unique<QSettings>(
            QDir::homePath() + QStringLiteral("/.config/EnrollDesk/EnrollDesk.conf"), QSettings::IniFormat);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void keyGoesToTheKeychainOnly()
    {
        restart();
        QVERIFY(m_page->isAddingProfile()); // first run
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isKeychainAvailable(), kWaitMs);
        typeInto("nameEdit", QStringLiteral("Keyring lab"));
        typeInto("baseUrlEdit", m_sandbox.baseUrl().toString());
        typeInto("organizationEdit", SandboxProcess::organizationSlug());
        typeInto("apiKeyEdit", QString::fromLatin1(m_key));
        click("saveProfileButton"); // adds the profile, tests the key, stores it
        QVERIFY(waitForKeyState(AppContext::KeyState::Present));
        const QString id = m_page->selectedProfileId();
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(m_page, "apiKeyEdit")->text().isEmpty(), kWaitMs);
        QCOMPARE(readStored(id).key, m_key);
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::Present, kWaitMs);

        // After a restart the key comes back from the keychain, and the API takes it.
        restart(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::Present, kWaitMs);
        std::optional<ApiResult<Page<Organization>>> listed;
        m_context->client()->listOrganizations(
            this, [&listed](const ApiResult<Page<Organization>>& r) { listed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), kWaitMs);
        QVERIFY2(listed->ok(), qPrintable(listed->error.message()));
    }

    // Moving the profile to another server with a key that server refuses changes nothing: the key in the
    // keychain stays (it is replaced only by a key the new server took), and so does the server.
    void keyRefusedByANewServerKeepsTheStoredOne()
    {
        const QString id = m_context->profiles()->activeProfileId();
        QVERIFY(!id.isEmpty());
        restart(id);
        QVERIFY(waitForKeyState(AppContext::KeyState::Present));
        const QByteArray otherKey = uniqueTestKey("gui", "other-server");
        const QByteArray mistyped = uniqueTestKey("gui", "mistyped");
        m_used << otherKey << mistyped;
        SandboxProcess other({QStringLiteral("--api-key"), QString::fromLatin1(otherKey)});
        QVERIFY(other.start());
        typeInto("baseUrlEdit", other.baseUrl().toString());
        typeInto("apiKeyEdit", QString::fromLatin1(mistyped));
        QSignalSpy tested(m_page, &ProfilesPage::connectionTested);
        click("saveProfileButton");
        QVERIFY(tested.wait(kWaitMs));
        QCOMPARE(tested.last().first().toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), kWaitMs);
        QCOMPARE(m_context->profiles()->profile(id)->baseUrl, m_sandbox.baseUrl());
        QCOMPARE(readStored(id).key, m_key);
        QCOMPARE(m_context->keyState(), AppContext::KeyState::Present);
        QCOMPARE(child<QLineEdit>(m_page, "apiKeyEdit")->text(), QString::fromLatin1(mistyped));
    }

    void replaceRemoveAndDelete()
    {
        const QString id = m_context->profiles()->activeProfileId();
        QVERIFY(!id.isEmpty());
        // An old key in the keychain: shown as stored, rejected by the server until replaced.
        const QByteArray old = uniqueTestKey("gui", "old");
        m_used << old;
        std::optional<bool> written;
        m_secrets->write(id, old, this, [&written](const SecretStore::Result& r) { written = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), kWaitMs);
        QVERIFY(*written);
        restart(id);
        QVERIFY(waitForKeyState(AppContext::KeyState::Present));
        QSignalSpy tested(m_page, &ProfilesPage::connectionTested);
        click("testConnectionButton");
        QVERIFY(tested.wait(kWaitMs));
        QCOMPARE(tested.last().first().toBool(), false);
        QCOMPARE(m_page->findChild<ErrorPanel*>()->message(), ApiError::meaningOfCode(4004));

        typeInto("apiKeyEdit", QString::fromLatin1(m_key));
        click("saveKeyButton");
        QVERIFY(tested.wait(kWaitMs));
        QCOMPARE(tested.last().first().toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(m_page, "apiKeyEdit")->text().isEmpty(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(readStored(id).key, m_key, kWaitMs);

        click("removeKeyButton");
        click("confirmRemoveKeyButton");
        QVERIFY(waitForKeyState(AppContext::KeyState::Missing));
        QCOMPARE(readStored(id).status, SecretStore::Status::NotFound);
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::Missing, kWaitMs);

        // Deleting the profile deletes its keychain entry.
        typeInto("apiKeyEdit", QString::fromLatin1(m_key));
        click("saveKeyButton");
        QVERIFY(waitForKeyState(AppContext::KeyState::Present));
        QTRY_COMPARE_WITH_TIMEOUT(readStored(id).key, m_key, kWaitMs);
        click("deleteProfileButton");
        click("confirmDeleteButton");
        QVERIFY(!m_context->profiles()->contains(id));
        QTRY_COMPARE_WITH_TIMEOUT(readStored(id).status, SecretStore::Status::NotFound, kWaitMs);
    }

    void noKeyOnDisk()
    {
        m_settings->sync();
        QFile settings(m_settings->fileName());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(settings.readAll().contains("profileOrder")); // the scan below sees the settings file
        QList<QByteArray> needles;
        for (const QByteArray& key : std::as_const(m_used))
            needles << key << key.toBase64() << key.toHex();
        QCOMPARE(filesContaining(qEnvironmentVariable("ENROLLDESK_KEYRING_ROOT"), needles), QStringList());
    }
};

QTEST_MAIN(TestGuiProfiles)
#include "test_gui_profiles.moc"
