// ProfileStore over a temporary ini file: add, edit, duplicate, delete, switch, validation, and the
// settings file never holding an API key.

#include "profilekeys.h"
#include "profiles.h"
#include "secretstore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

Profile makeProfile(const QString& name, const QString& organization = QStringLiteral("acme-corp"))
{
    Profile profile;
    profile.name = name;
    profile.organization = organization;
    return profile;
}

QStringList fields(const FieldErrors& errors)
{
    QStringList result;
    for (const FieldError& error : errors)
        result.append(error.field);
    return result;
}

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void defaults();
    void addAndRead();
    void addKeepsOrKeepsOutIds_data();
    void addKeepsOrKeepsOutIds();
    void firstProfileBecomesActive();
    void update();
    void duplicate();
    void keyOriginFollowsTheKeysServer();
    void remove();
    void removeAlsoRemovesKey();
    void removeReportsWhetherTheKeyWent();
    void switchActive();
    void persistsAcrossInstances();
    void sandboxProfile();
    void validate_data();
    void validate();
    void validateAllowsOwnName();
    void settingsNeverHoldTheKey();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString iniPath() const { return m_dir->filePath(QStringLiteral("enrolldesk.ini")); }
};

void TestProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
}

void TestProfiles::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestProfiles::defaults()
{
    const Profile profile;
    QCOMPARE(profile.baseUrl, QUrl(QStringLiteral("https://api.applivery.io/v1")));
    QCOMPARE(profile.defaultDurationSeconds, 86400);
    QVERIFY(profile.id.isEmpty());
    const QString id = Profile::newId();
    QCOMPARE(id.size(), 36); // a UUID without braces
    QVERIFY(!id.contains(QLatin1Char('{')));
    QVERIFY(id != Profile::newId());
}

void TestProfiles::addAndRead()
{
    ProfileStore store(m_settings.get());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);

    Profile profile = makeProfile(QStringLiteral("Production"));
    profile.baseUrl = QUrl(QStringLiteral("https://mdm.example.com/api/v1"));
    profile.defaultLanguage = QStringLiteral("fr");
    profile.defaultDurationSeconds = 3600;
    const QString id = store.add(profile);
    const QString second = store.add(makeProfile(QStringLiteral("Staging")));

    QCOMPARE(changed.count(), 2);
    QVERIFY(!id.isEmpty());
    QVERIFY(id != second);
    QCOMPARE(store.count(), 2);
    QVERIFY(store.contains(id));

    const auto stored = store.profile(id);
    QVERIFY(stored.has_value());
    profile.id = id;
    QCOMPARE(*stored, profile);

    const QList<Profile> all = store.profiles();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).name, QStringLiteral("Production"));
    QCOMPARE(all.at(1).name, QStringLiteral("Staging"));
    QVERIFY(!store.profile(QStringLiteral("missing")).has_value());
}

void TestProfiles::addKeepsOrKeepsOutIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("kept");
    QTest::newRow("empty: generated") << QString() << false;
    QTest::newRow("safe id: kept") << QStringLiteral("team-a_1.0") << true;
    QTest::newRow("slash: generated") << QStringLiteral("a/b") << false;
    QTest::newRow("space: generated") << QStringLiteral("a b") << false;
    QTest::newRow("64 characters: kept") << QString(64, u'x') << true;
    QTest::newRow("65 characters: generated") << QString(65, u'x') << false;
    QTest::newRow("letter outside ASCII: generated") << QStringLiteral("équipe") << false;
    QTest::newRow("full-width digit: generated") << QStringLiteral("team\uFF11") << false;
    QTest::newRow("already used: generated") << QStringLiteral("taken") << false;
}

void TestProfiles::addKeepsOrKeepsOutIds()
{
    QFETCH(QString, id);
    QFETCH(bool, kept);
    ProfileStore store(m_settings.get());
    Profile existing = makeProfile(QStringLiteral("Existing"));
    existing.id = QStringLiteral("taken");
    QCOMPARE(store.add(existing), QStringLiteral("taken"));

    Profile profile = makeProfile(QStringLiteral("New"));
    profile.id = id;
    const QString stored = store.add(profile);
    QCOMPARE(stored == id, kept);
    QVERIFY(store.contains(stored));
    QCOMPARE(store.count(), 2);
    QCOMPARE(store.profile(QStringLiteral("taken"))->name, QStringLiteral("Existing"));
}

void TestProfiles::firstProfileBecomesActive()
{
    ProfileStore store(m_settings.get());
    QSignalSpy active(&store, &ProfileStore::activeProfileChanged);
    QVERIFY(store.activeProfileId().isEmpty());
    QVERIFY(!store.activeProfile().has_value());

    const QString first = store.add(makeProfile(QStringLiteral("First")));
    store.add(makeProfile(QStringLiteral("Second")));
    QCOMPARE(store.activeProfileId(), first);
    QCOMPARE(active.count(), 1);
    QCOMPARE(active.at(0).at(0).toString(), first);
}

void TestProfiles::update()
{
    ProfileStore store(m_settings.get());
    const QString id = store.add(makeProfile(QStringLiteral("Production")));
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);

    Profile edited = *store.profile(id);
    edited.name = QStringLiteral("Production EU");
    edited.organization = QStringLiteral("0123456789abcdef01234567");
    edited.defaultLanguage = QStringLiteral("de");
    QVERIFY(store.update(edited));
    QCOMPARE(*store.profile(id), edited);
    QCOMPARE(changed.count(), 1);

    // The same values again: nothing to tell.
    QVERIFY(store.update(edited));
    QCOMPARE(changed.count(), 1);

    Profile unknown = edited;
    unknown.id = QStringLiteral("unknown");
    QVERIFY(!store.update(unknown));
    QCOMPARE(store.count(), 1);
}

// A keychain key is handed out only for the server it was stored for (ProfileKeys): unknown (taken as
// the profile's own) until a write records it; the same origin however it is spelled; bound to the old
// server when the profile moves; copied with its server; forgotten with the profile.
void TestProfiles::keyOriginFollowsTheKeysServer()
{
    QCOMPARE(ProfileStore::originOf(QUrl(QStringLiteral("HTTPS://API.Example.com/v1"))),
             QStringLiteral("https://api.example.com:443"));
    QCOMPARE(ProfileStore::originOf(QUrl(QStringLiteral("http://127.0.0.1:8080/v1/"))),
             QStringLiteral("http://127.0.0.1:8080"));
    MemorySecretStore secrets;
    ProfileStore store(m_settings.get(), &secrets);
    ProfileKeys keys(&secrets, &store);
    const auto read = [&](const QString& id, const QUrl& server) {
        std::optional<ProfileKeys::Result> answer;
        keys.read(id, server, this, [&answer](const ProfileKeys::Result& result) { answer = result; });
        [&answer] { QTRY_VERIFY(answer.has_value()); }();
        return answer.value_or(ProfileKeys::Result{});
    };
    const QUrl production(QStringLiteral("https://api.example.com/v1"));
    const QUrl eu(QStringLiteral("https://eu.example.com/v1"));
    const QByteArray key("0123456789abcdef0123");

    Profile profile = makeProfile(QStringLiteral("Production"));
    profile.baseUrl = production;
    profile.id = store.add(profile);
    // A key written before the record existed (straight into the store) is taken as the profile's own.
    bool written = false;
    secrets.write(profile.id, key, this, [&written](const SecretStore::Result& r) { written = r.ok(); });
    QTRY_VERIFY(written);
    QVERIFY(store.keyOrigin(profile.id).isEmpty());
    QCOMPARE(read(profile.id, production).key, key);
    const ProfileKeys::Result unrecorded = read(profile.id, eu); // not for a server edited in a form
    QVERIFY(unrecorded.key.isEmpty());
    QCOMPARE(unrecorded.otherServer, QStringLiteral("https://api.example.com:443"));

    // Written through ProfileKeys: recorded, and refused for another server, without the key.
    written = false;
    keys.write(profile.id, QUrl(QStringLiteral("https://API.example.com:443/other")), key, this,
               [&written](const ProfileKeys::Result& r) { written = r.ok(); });
    QTRY_VERIFY(written);
    QCOMPARE(store.keyOrigin(profile.id), QStringLiteral("https://api.example.com:443"));
    QCOMPARE(read(profile.id, production).key, key);
    const ProfileKeys::Result refused = read(profile.id, eu);
    QCOMPARE(refused.status, SecretStore::Status::NotFound);
    QVERIFY(refused.key.isEmpty());
    QVERIFY(refused.ofAnotherServer());
    QCOMPARE(refused.otherServer, QStringLiteral("https://api.example.com:443"));
    QCOMPARE(refused.message, ProfileKeys::ofAnotherServerText());
    // Nothing stored is plain NotFound, not "another server's".
    QVERIFY(!read(QStringLiteral("missing"), eu).ofAnotherServer());

    // A copy goes with its server; a key refused for the asked server is not copied.
    const QString copyId = store.duplicate(profile.id)->id;
    bool copied = false;
    keys.copy(profile.id, production, copyId, this,
              [&copied](const ProfileKeys::Result& r) { copied = r.ok(); });
    QTRY_VERIFY(copied);
    QCOMPARE(store.keyOrigin(copyId), store.keyOrigin(profile.id));
    std::optional<ProfileKeys::Result> notCopied;
    const QString secondCopy = store.duplicate(profile.id)->id;
    keys.copy(profile.id, eu, secondCopy, this,
              [&notCopied](const ProfileKeys::Result& r) { notCopied = r; });
    QTRY_VERIFY(notCopied.has_value());
    QVERIFY(notCopied->ofAnotherServer());
    QVERIFY(read(secondCopy, eu).status == SecretStore::Status::NotFound);

    // Moving a profile binds an unrecorded key to the old server, and keeps an existing record.
    const QString moved = store.add(makeProfile(QStringLiteral("Moved")));
    keys.bindStoredKeyTo(moved, production);
    QCOMPARE(store.keyOrigin(moved), QStringLiteral("https://api.example.com:443"));
    keys.bindStoredKeyTo(moved, eu);
    QCOMPARE(store.keyOrigin(moved), QStringLiteral("https://api.example.com:443"));

    QVERIFY(store.remove(profile.id));
    QVERIFY(store.keyOrigin(profile.id).isEmpty());

    // The record is made when the caller is gone before the keychain answers (it is not called then),
    // and not for a profile removed meanwhile.
    const QString late = store.add(makeProfile(QStringLiteral("Late")));
    auto* caller = new QObject;
    bool called = false;
    keys.write(late, production, key, caller, [&called](const ProfileKeys::Result&) { called = true; });
    delete caller;
    QTRY_COMPARE(store.keyOrigin(late), QStringLiteral("https://api.example.com:443"));
    QVERIFY(!called);
    const QString gone = store.add(makeProfile(QStringLiteral("Gone")));
    written = false;
    keys.write(gone, production, key, this, [&written](const ProfileKeys::Result& r) { written = r.ok(); });
    QVERIFY(store.remove(gone));
    QTRY_VERIFY(written);
    QVERIFY(store.keyOrigin(gone).isEmpty());

    // An IPv6 host keeps its brackets: the origin reads back as the same server (a duplicate's key).
    const QUrl loopback6(QStringLiteral("http://[::1]:8080/v1"));
    QCOMPARE(ProfileStore::originOf(loopback6), QStringLiteral("http://[::1]:8080"));
    QCOMPARE(ProfileStore::originOf(QUrl(ProfileStore::originOf(loopback6))),
             ProfileStore::originOf(loopback6));
}

void TestProfiles::duplicate()
{
    ProfileStore store(m_settings.get());
    Profile original = makeProfile(QStringLiteral("Production"));
    original.defaultLanguage = QStringLiteral("es");
    const QString id = store.add(original);
    const QString last = store.add(makeProfile(QStringLiteral("Last")));

    const auto copy = store.duplicate(id);
    QVERIFY(copy.has_value());
    QVERIFY(copy->id != id);
    QCOMPARE(copy->name, QStringLiteral("Production (copy)"));
    QCOMPARE(copy->organization, original.organization);
    QCOMPARE(copy->defaultLanguage, QStringLiteral("es"));
    QCOMPARE(*store.profile(copy->id), *copy);

    // A second copy gets a name of its own, and copies sit right after their original.
    const auto again = store.duplicate(id);
    QVERIFY(again.has_value());
    QCOMPARE(again->name, QStringLiteral("Production (copy 2)"));
    const QList<Profile> all = store.profiles();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(0).id, id);
    QCOMPARE(all.at(1).id, again->id);
    QCOMPARE(all.at(2).id, copy->id);
    QCOMPARE(all.at(3).id, last);

    const auto named = store.duplicate(id, QStringLiteral("Production US"));
    QVERIFY(named.has_value());
    QCOMPARE(named->name, QStringLiteral("Production US"));
    QVERIFY(!store.duplicate(QStringLiteral("missing")).has_value());
    QVERIFY(store.validate(*store.profile(copy->id)).isEmpty());

    // A name with a placeholder of its own keeps it as typed.
    const QString placeholderId = store.add(makeProfile(QStringLiteral("Team %2 (EU)")));
    QCOMPARE(store.duplicate(placeholderId)->name, QStringLiteral("Team %2 (EU) (copy)"));
    QCOMPARE(store.duplicate(placeholderId)->name, QStringLiteral("Team %2 (EU) (copy 2)"));

    // A name at the limit: its copies' names are shortened to fit, and stay valid and unique.
    const QString longName = QString(119, u'n') + QStringLiteral("🙂 Europe"); // 128 UTF-16 units
    QCOMPARE(longName.size(), 128);
    const QString longId = store.add(makeProfile(longName));
    QVERIFY(!longId.isEmpty());
    for (const QString& expectedEnd : {QStringLiteral("… (copy)"), QStringLiteral("… (copy 2)")}) {
        const auto longCopy = store.duplicate(longId);
        QVERIFY(longCopy.has_value());
        QVERIFY2(longCopy->name.size() <= 128, qPrintable(longCopy->name));
        QVERIFY2(longCopy->name.endsWith(expectedEnd), qPrintable(longCopy->name));
        QVERIFY(longCopy->name.startsWith(QString(100, u'n')));
        QVERIFY(!longCopy->name.contains(QChar(0xD83D))); // no half of the emoji, cut where it began
        QVERIFY(store.validate(*longCopy).isEmpty());
    }
}

void TestProfiles::remove()
{
    ProfileStore store(m_settings.get());
    const QString first = store.add(makeProfile(QStringLiteral("First")));
    const QString second = store.add(makeProfile(QStringLiteral("Second")));
    QCOMPARE(store.activeProfileId(), first);
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);
    QSignalSpy active(&store, &ProfileStore::activeProfileChanged);
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);

    QVERIFY(store.remove(first));
    QVERIFY(!store.contains(first));
    QCOMPARE(store.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), first);
    QCOMPARE(changed.count(), 1);
    // The active profile is gone: no profile is active until the user picks one.
    QCOMPARE(active.count(), 1);
    QVERIFY(active.at(0).at(0).toString().isEmpty());
    QVERIFY(store.activeProfileId().isEmpty());
    QVERIFY(!m_settings->childGroups().isEmpty());
    m_settings->beginGroup(QStringLiteral("profiles"));
    QCOMPARE(m_settings->childGroups(), QStringList{second});
    m_settings->endGroup();

    QVERIFY(!store.remove(first));
    QCOMPARE(removed.count(), 1);
}

void TestProfiles::removeAlsoRemovesKey()
{
    MemorySecretStore secrets;
    ProfileStore store(m_settings.get(), &secrets);
    const QString gone = store.add(makeProfile(QStringLiteral("Gone")));
    const QString kept = store.add(makeProfile(QStringLiteral("Kept")));

    int written = 0;
    const auto countWrite = [&written](const SecretStore::Result& result) { written += result.ok() ? 1 : 0; };
    secrets.write(gone, "key-of-gone", this, countWrite);
    secrets.write(kept, "key-of-kept", this, countWrite);
    QTRY_COMPARE(written, 2);
    QCOMPARE(secrets.count(), 2);

    QVERIFY(store.remove(gone));
    QTRY_COMPARE(secrets.count(), 1);

    std::optional<SecretStore::Result> goneRead;
    std::optional<SecretStore::Result> keptRead;
    secrets.read(gone, this, [&goneRead](const SecretStore::Result& result) { goneRead = result; });
    secrets.read(kept, this, [&keptRead](const SecretStore::Result& result) { keptRead = result; });
    QTRY_VERIFY(goneRead && keptRead);
    QCOMPARE(goneRead->status, SecretStore::Status::NotFound);
    QCOMPARE(keptRead->status, SecretStore::Status::Ok);
    QCOMPARE(keptRead->key, QByteArray("key-of-kept"));
}

// Whoever says "its key was removed too" must wait for the secret store's answer, which may be "no".
void TestProfiles::removeReportsWhetherTheKeyWent()
{
    MemorySecretStore secrets;
    ProfileStore store(m_settings.get(), &secrets);
    const QString removable = store.add(makeProfile(QStringLiteral("Removable")));
    const QString stuck = store.add(makeProfile(QStringLiteral("Stuck")));
    QSignalSpy keyRemoved(&store, &ProfileStore::keyRemoved);
    QSignalSpy keyRemovalFailed(&store, &ProfileStore::keyRemovalFailed);

    QVERIFY(store.remove(removable));
    QCOMPARE(keyRemoved.count(), 0); // not before the store has answered
    QTRY_COMPARE(keyRemoved.count(), 1);
    QCOMPARE(keyRemoved.at(0).at(0).toString(), removable);

    secrets.setSimulatedStatus(SecretStore::Status::Failed);
    QVERIFY(store.remove(stuck));
    QTRY_COMPARE(keyRemovalFailed.count(), 1);
    QCOMPARE(keyRemovalFailed.at(0).at(0).toString(), stuck);
    QVERIFY(!keyRemovalFailed.at(0).at(1).toString().isEmpty());
    QCOMPARE(keyRemoved.count(), 1);
}

void TestProfiles::switchActive()
{
    ProfileStore store(m_settings.get());
    const QString first = store.add(makeProfile(QStringLiteral("First")));
    const QString second = store.add(makeProfile(QStringLiteral("Second")));
    QSignalSpy active(&store, &ProfileStore::activeProfileChanged);

    QVERIFY(store.setActiveProfileId(second));
    QCOMPARE(store.activeProfileId(), second);
    QCOMPARE(store.activeProfile()->name, QStringLiteral("Second"));
    QCOMPARE(active.count(), 1);

    QVERIFY(store.setActiveProfileId(second)); // already active: no signal
    QCOMPARE(active.count(), 1);

    QVERIFY(!store.setActiveProfileId(QStringLiteral("missing")));
    QCOMPARE(store.activeProfileId(), second);
    QCOMPARE(active.count(), 1);

    QVERIFY(store.setActiveProfileId(QString()));
    QVERIFY(store.activeProfileId().isEmpty());
    QCOMPARE(active.count(), 2);

    QVERIFY(store.setActiveProfileId(first));
    QCOMPARE(active.count(), 3);
    QCOMPARE(active.last().at(0).toString(), first);
}

void TestProfiles::persistsAcrossInstances()
{
    QString id;
    Profile profile = makeProfile(QStringLiteral("Production"));
    profile.baseUrl = QUrl(QStringLiteral("https://mdm.example.com:8443/v1"));
    profile.defaultDurationSeconds = 7200;
    {
        ProfileStore store(m_settings.get());
        store.add(makeProfile(QStringLiteral("Other")));
        id = store.add(profile);
        QVERIFY(store.setActiveProfileId(id));
    }
    m_settings.reset();

    QSettings reopened(iniPath(), QSettings::IniFormat);
    ProfileStore store(&reopened);
    QCOMPARE(store.count(), 2);
    QCOMPARE(store.activeProfileId(), id);
    profile.id = id;
    QCOMPARE(*store.profile(id), profile);
}

void TestProfiles::sandboxProfile()
{
    ProfileStore store(m_settings.get());
    const QUrl first(QStringLiteral("http://127.0.0.1:41234/v1"));
    const Profile sandbox = store.ensureSandboxProfile(first);
    QCOMPARE(sandbox.id, QStringLiteral("sandbox"));
    QCOMPARE(sandbox.organization, QStringLiteral("acme"));
    QCOMPARE(sandbox.baseUrl, first);
    QCOMPARE(*store.profile(QStringLiteral("sandbox")), sandbox);
    QVERIFY2(store.validate(sandbox).isEmpty(), qPrintable(fields(store.validate(sandbox)).join(u',')));

    // The user renamed it; the sandbox then came back on another port.
    Profile renamed = sandbox;
    renamed.name = QStringLiteral("Local emulator");
    QVERIFY(store.update(renamed));
    const QUrl second(QStringLiteral("http://127.0.0.1:50000/v1"));
    const Profile again = store.ensureSandboxProfile(second);
    QCOMPARE(again.baseUrl, second);
    QCOMPARE(again.name, QStringLiteral("Local emulator"));
    QCOMPARE(store.profile(QStringLiteral("sandbox"))->baseUrl, second);
    QCOMPARE(store.count(), 1);

    // A plain start with no active profile never falls back to it (its port is gone after scripts/run),
    // but to another profile when there is one.
    QVERIFY(store.activeProfileId().isEmpty()); // the sandbox is never made the active one by adding it
    QCOMPARE(store.fallbackProfileId(), QString());
    const QString staging =
        store.add(makeProfile(QStringLiteral("Staging")), ProfileStore::Activation::Never);
    QCOMPARE(store.fallbackProfileId(), staging);
}

void TestProfiles::validate_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QStringList>("errorFields");

    const Profile valid = makeProfile(QStringLiteral("Staging"));
    QTest::newRow("valid") << valid << QStringList();

    Profile p = valid;
    p.name = QStringLiteral("  ");
    QTest::newRow("blank name") << p << QStringList{QStringLiteral("name")};
    p = valid;
    p.name = QString(129, QLatin1Char('n'));
    QTest::newRow("name too long") << p << QStringList{QStringLiteral("name")};
    p = valid;
    p.name = QStringLiteral("production");
    QTest::newRow("name taken, other case") << p << QStringList{QStringLiteral("name")};

    p = valid;
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
    QTest::newRow("http to loopback v4") << p << QStringList();
    p.baseUrl = QUrl(QStringLiteral("http://[::1]:8080/v1"));
    QTest::newRow("http to loopback v6") << p << QStringList();
    p.baseUrl = QUrl(QStringLiteral("http://api.applivery.io/v1"));
    QTest::newRow("http to a remote host") << p << QStringList{QStringLiteral("baseUrl")};
    p.baseUrl = QUrl(QStringLiteral("ftp://api.applivery.io/v1"));
    QTest::newRow("other scheme") << p << QStringList{QStringLiteral("baseUrl")};
    p.baseUrl = QUrl();
    QTest::newRow("no base URL") << p << QStringList{QStringLiteral("baseUrl")};

    p = valid;
    p.organization = QString();
    QTest::newRow("no organization") << p << QStringList{QStringLiteral("organization")};
    p.organization = QStringLiteral("a b");
    QTest::newRow("organization with a space") << p << QStringList{QStringLiteral("organization")};
    p.organization = QStringLiteral("0123456789abcdef01234567");
    QTest::newRow("organization by 24-hex id") << p << QStringList();

    p = valid;
    p.defaultLanguage = QStringLiteral("xx");
    QTest::newRow("unknown language") << p << QStringList{QStringLiteral("defaultLanguage")};
    p.defaultLanguage = QStringLiteral("pt");
    QTest::newRow("known language") << p << QStringList();

    p = valid;
    p.defaultDurationSeconds = 59;
    QTest::newRow("duration too short") << p << QStringList{QStringLiteral("defaultDurationSeconds")};
    p.defaultDurationSeconds = 2592001;
    QTest::newRow("duration too long") << p << QStringList{QStringLiteral("defaultDurationSeconds")};
    p.defaultDurationSeconds = 2592000;
    QTest::newRow("duration 30 days") << p << QStringList();

    p = valid;
    p.name = QString();
    p.organization = QString();
    p.baseUrl = QUrl(QStringLiteral("http://example.com"));
    QTest::newRow("several at once") << p
                                     << QStringList{QStringLiteral("name"), QStringLiteral("baseUrl"),
                                                    QStringLiteral("organization")};
}

void TestProfiles::validate()
{
    QFETCH(Profile, profile);
    QFETCH(QStringList, errorFields);
    ProfileStore store(m_settings.get());
    store.add(makeProfile(QStringLiteral("Production")));
    const FieldErrors errors = store.validate(profile);
    QCOMPARE(fields(errors), errorFields);
    for (const FieldError& error : errors)
        QVERIFY2(!error.message.isEmpty(), qPrintable(error.field));
}

void TestProfiles::validateAllowsOwnName()
{
    ProfileStore store(m_settings.get());
    const QString id = store.add(makeProfile(QStringLiteral("Production")));
    // Editing a profile without renaming it must not clash with itself.
    QVERIFY(store.validate(*store.profile(id)).isEmpty());
}

void TestProfiles::settingsNeverHoldTheKey()
{
    const QByteArray key = "sk_live_7f3a9c2e51d84b6a0e9d";
    MemorySecretStore secrets;
    ProfileStore store(m_settings.get(), &secrets);
    const QString id = store.add(makeProfile(QStringLiteral("Production")));
    bool written = false;
    secrets.write(id, key, this, [&written](const SecretStore::Result& result) { written = result.ok(); });
    QTRY_VERIFY(written);
    store.duplicate(id);
    store.ensureSandboxProfile(QUrl(QStringLiteral("http://127.0.0.1:1234/v1")));
    m_settings->sync();

    QFile ini(iniPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray contents = ini.readAll();
    QVERIFY(contents.contains("Production")); // the file is the one the store writes
    QVERIFY(contents.contains(id.toUtf8()));
    QVERIFY(!contents.contains(key));
    QVERIFY(!contents.contains(key.toBase64()));
    QVERIFY(!contents.contains("sk_live"));
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "test_profiles.moc"
