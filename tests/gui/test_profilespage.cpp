// ProfilesPage, offscreen, against a real sandbox, with a memory secret store standing in for the keychain
// (the real keychain is exercised by tests/keychain/test_gui_profiles and test_nokeychain_gui): first
// run, add a profile with its key, Test connection (good key → organizations to pick, scrolled into view
// and used with a double-click or Enter; bad key → 4004's meaning, closed port → connection refused),
// inline validation, switching profiles (the banner and connectionChanged follow), duplicate, delete with
// its inline confirmation, replace/remove the key, and the "no keychain" banner with the session-only mode.

#include "apiclient.h"
#include "appcontext.h"
#include "connectionbanner.h"
#include "countingsecretstore.h"
#include "errorpanel.h"
#include "profilespage.h"
#include "sandboxprocess.h"
#include "secretstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QProxyStyle>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <optional>

namespace {

constexpr int kWaitMs = 15000;

template <typename T> T* child(const QObject* parent, const char* name)
{
    T* found = parent->findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestProfilesPage : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<CountingSecretStore> m_counting;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<QWidget> m_window;
    ConnectionBanner* m_banner = nullptr;
    ProfilesPage* m_page = nullptr;

    // A fresh console: settings file, secret store (m_secrets unless another is given), context, banner and
    // page in one shown window.
    void open(const std::function<void()>& beforePage = {}, SecretStore* secrets = nullptr)
    {
        m_window.reset();
        m_context.reset();
        m_context = std::make_unique<AppContext>(m_settings.get(), secrets ? secrets : m_secrets.get());
        if (beforePage)
            beforePage();
        m_window = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(m_window.get());
        m_banner = new ConnectionBanner(m_context.get());
        m_page = new ProfilesPage(m_context.get());
        layout->addWidget(m_banner);
        layout->addWidget(m_page);
        m_window->resize(1100, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    Profile makeProfile(const QString& name, const QString& organization, const QUrl& baseUrl = {})
    {
        Profile profile;
        profile.name = name;
        profile.organization = organization;
        profile.baseUrl = baseUrl.isEmpty() ? m_sandbox.baseUrl() : baseUrl;
        return profile;
    }

    QLineEdit* edit(const char* name) { return child<QLineEdit>(m_page, name); }
    QPushButton* button(const char* name) { return child<QPushButton>(m_page, name); }
    QLabel* label(const char* name) { return child<QLabel>(m_page, name); }
    void typeInto(const char* name, const QString& text)
    {
        QLineEdit* field = edit(name);
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Delete);
        QTest::keyClicks(field, text);
    }
    void click(const char* name)
    {
        QPushButton* target = button(name);
        QVERIFY2(target->isVisible() && target->isEnabled(), name);
        QTest::mouseClick(target, Qt::LeftButton);
    }
    bool waitForKeyState(AppContext::KeyState state)
    {
        return QTest::qWaitFor([this, state] { return m_page->selectedKeyState() == state; }, kWaitMs);
    }
    // "Acme" with the key "stored-key", active, its key read: its id, empty when it did not get there.
    QString openActiveWithStoredKey()
    {
        const QString acme =
            addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug(), "stored-key");
        open([&] { m_context->activateProfile(acme); });
        return waitForKeyState(AppContext::KeyState::Present) ? acme : QString();
    }
    ErrorPanel* errorPanel() { return m_page->findChild<ErrorPanel*>(); }
    QTreeWidget* organizations() { return child<QTreeWidget>(m_page, "organizationList"); }
    // Adds a stored profile with its key and makes it the active one.
    QString addStored(const QString& name, const QString& organization, const QByteArray& key = "sandbox")
    {
        ProfileStore profiles(m_settings.get());
        const QString id = profiles.add(makeProfile(name, organization));
        if (!key.isEmpty()) {
            std::optional<bool> written;
            m_secrets->write(id, key, nullptr,
                             [&written](const SecretStore::Result& r) { written = r.ok(); });
            if (!QTest::qWaitFor([&written] { return written.has_value() && *written; }, kWaitMs))
                qWarning("could not store the key of %s", qPrintable(name));
        }
        return id;
    }

    // A style whose lists activate an item with one click (KDE can be set so).
    class SingleClickStyle final : public QProxyStyle
    {
    public:
        int styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                      QStyleHintReturn* returned) const override
        {
            return hint == SH_ItemView_ActivateItemOnSingleClick
                       ? 1
                       : QProxyStyle::styleHint(hint, option, widget, returned);
        }
    };

    // Whether a label of the page says `text`.
    bool pageSays(const QString& text) const
    {
        const QList<QLabel*> labels = m_page->findChildren<QLabel*>();
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&text](const QLabel* label) { return label->text().contains(text); });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_secrets = std::make_unique<MemorySecretStore>();
    }

    void cleanup()
    {
        m_window.reset();
        m_context.reset();
        m_counting.reset();
        m_secrets.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void firstRunAsksForAProfileAndItsKey()
    {
        open();
        QVERIFY(m_page->isAddingProfile());
        QVERIFY(waitForKeyState(AppContext::KeyState::Missing));
        QVERIFY(label("keyHint")->isVisible());
        QVERIFY(!button("saveProfileButton")->isEnabled());
        // Nothing typed yet: no scolding, Save simply stays off.
        QVERIFY(!label("nameError")->isVisible());
        QVERIFY(!label("organizationError")->isVisible());
        QVERIFY(!edit("apiKeyEdit")->placeholderText().isEmpty());
        QCOMPARE(edit("apiKeyEdit")->echoMode(), QLineEdit::Password);
    }

    void addProfileTestConnectionPickOrganizationAndSave()
    {
        open();
        typeInto("nameEdit", QStringLiteral("Acme"));
        typeInto("baseUrlEdit", m_sandbox.baseUrl().toString());
        typeInto("apiKeyEdit", QString::fromLatin1(SandboxProcess::apiKey()));
        QVERIFY(!button("saveProfileButton")->isEnabled()); // no organization yet

        QSignalSpy tested(m_page, &ProfilesPage::connectionTested);
        click("testConnectionButton");
        QVERIFY(tested.wait(kWaitMs));
        QCOMPARE(tested.first().first().toBool(), true);
        QTreeWidget* list = organizations();
        QVERIFY(list->isVisible());
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(label("testStatusLabel")->text().contains(QLatin1StringView("2")));
        const QList<QTreeWidgetItem*> acme =
            list->findItems(SandboxProcess::organizationSlug(), Qt::MatchExactly, 1);
        QCOMPARE(acme.size(), 1);
        list->setCurrentItem(acme.first());
        click("useOrganizationButton");
        QCOMPARE(edit("organizationEdit")->text(), SandboxProcess::organizationSlug());

        // Add: stored, active, its key tested and kept in the (memory) keychain; the field is emptied.
        QSignalSpy connection(m_context.get(), &AppContext::connectionChanged);
        click("saveProfileButton");
        QCOMPARE(m_context->profiles()->count(), 1);
        const QString id = m_page->selectedProfileId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_context->profiles()->activeProfileId(), id);
        QCOMPARE(m_context->activeProfile().id, id);
        QVERIFY(connection.count() >= 1);
        QVERIFY(m_banner->text().contains(SandboxProcess::organizationSlug()));
        QVERIFY(waitForKeyState(AppContext::KeyState::Present));
        QCOMPARE(m_secrets->count(), 1);
        QVERIFY(edit("apiKeyEdit")->text().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::Present, kWaitMs);
        QVERIFY(label("keyStateLabel")->text().contains(QLatin1StringView("keychain")));

        // The key is in the secret store only, never in the settings file.
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("Acme"));
        QVERIFY(!stored.contains(SandboxProcess::apiKey()));
    }

    // In a short window the organizations appear below the visible part of the form: Test connection scrolls
    // them and their button into view, and a double-click or Enter on a row uses that organization.
    void organizationsComeIntoViewAndARowIsUsedByActivatingIt()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug());
        open([&] { m_context->activateProfile(acme); });
        m_window->resize(1000, 560);
        m_page->selectProfile(acme);
        QVERIFY(waitForKeyState(AppContext::KeyState::Present));
        QSignalSpy tested(m_page, &ProfilesPage::connectionTested);
        click("testConnectionButton");
        QVERIFY(tested.wait(kWaitMs));
        QCOMPARE(tested.first().first().toBool(), true);

        QPushButton* use = button("useOrganizationButton");
        QTRY_COMPARE(use->visibleRegion().boundingRect().height(), use->height());
        // Every row in view, not a list squeezed to nothing to make room for the button.
        QTreeWidget* list = organizations();
        QCOMPARE(list->topLevelItemCount(), 2);
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            const QRect rect = list->visualItemRect(list->topLevelItem(row));
            QVERIFY(list->viewport()->rect().contains(rect));
            QVERIFY(list->viewport()->visibleRegion().contains(rect));
        }
        QVERIFY(!label("testStatusLabel")->visibleRegion().isEmpty());

        const QList<QTreeWidgetItem*> tiny =
            list->findItems(SandboxProcess::limitedOrganizationSlug(), Qt::MatchExactly, 1);
        QCOMPARE(tiny.size(), 1);
        const QPoint tinyCenter = list->visualItemRect(tiny.first()).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, tinyCenter);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, tinyCenter);
        QCOMPARE(edit("organizationEdit")->text(), SandboxProcess::limitedOrganizationSlug());

        const QList<QTreeWidgetItem*> acmeRow =
            list->findItems(SandboxProcess::organizationSlug(), Qt::MatchExactly, 1);
        QCOMPARE(acmeRow.size(), 1);
        list->setFocus();
        list->setCurrentItem(acmeRow.first());
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(edit("organizationEdit")->text(), SandboxProcess::organizationSlug());
    }

    void testConnectionFailures_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad key: 4004's meaning")
            << m_sandbox.baseUrl().toString() << QByteArray("not-the-key") << ApiError::meaningOfCode(4004);
        QTest::newRow("closed port: connection refused")
            << QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort()) << QByteArray("sandbox")
            << ApiError::make(ApiError::Kind::ConnectionRefused).message();
    }

    void testConnectionFailures()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QByteArray, key);
        QFETCH(QString, expected);
        addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug(), {});
        open();
        typeInto("baseUrlEdit", baseUrl);
        typeInto("apiKeyEdit", QString::fromLatin1(key));
        QSignalSpy tested(m_page, &ProfilesPage::connectionTested);
        click("testConnectionButton");
        QVERIFY(tested.wait(kWaitMs));
        QCOMPARE(tested.first().first().toBool(), false);
        QVERIFY(errorPanel()->isVisible());
        QCOMPARE(errorPanel()->message(), expected);
        QVERIFY(!organizations()->isVisible());
        QVERIFY(!errorPanel()->message().contains(QString::fromLatin1(key)));
        QVERIFY(!errorPanel()->details().contains(QString::fromLatin1(key)));
    }

    void validationIsShownInline_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorLabel");
        QTest::addColumn<QString>("mentions"); // empty: no error expected
        QTest::newRow("http to a remote host")
            << QStringLiteral("baseUrlEdit") << QStringLiteral("http://api.example.com/v1")
            << QStringLiteral("baseUrlError") << QStringLiteral("https");
        QTest::newRow("http to loopback")
            << QStringLiteral("baseUrlEdit") << QStringLiteral("http://127.0.0.1:9/v1")
            << QStringLiteral("baseUrlError") << QString();
        QTest::newRow("organization with spaces")
            << QStringLiteral("organizationEdit") << QStringLiteral("ac me")
            << QStringLiteral("organizationError") << QStringLiteral("rganization");
        QTest::newRow("name taken") << QStringLiteral("nameEdit") << QStringLiteral("other")
                                    << QStringLiteral("nameError") << QStringLiteral("already called");
        QTest::newRow("name emptied") << QStringLiteral("nameEdit") << QString()
                                      << QStringLiteral("nameError") << QStringLiteral("required");
    }

    void validationIsShownInline()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, errorLabel);
        QFETCH(QString, mentions);
        // No key: a stored one would (rightly) ask to be typed again for another server.
        const QString id = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug(), {});
        addStored(QStringLiteral("Other"), SandboxProcess::organizationSlug());
        open();
        m_page->selectProfile(id);
        QVERIFY(waitForKeyState(AppContext::KeyState::Missing));
        typeInto(field.toLatin1().constData(), text);
        QLabel* error = label(errorLabel.toLatin1().constData());
        if (mentions.isEmpty()) {
            QVERIFY(!error->isVisible());
            QVERIFY(button("saveProfileButton")->isEnabled());
            return;
        }
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(mentions), qPrintable(error->text()));
        QVERIFY(!button("saveProfileButton")->isEnabled());
        // Unsaved changes keep the list where it is until they are saved or reverted.
        QVERIFY(!child<QListWidget>(m_page, "profileList")->isEnabled());
        click("revertButton");
        QVERIFY(!error->isVisible());
        QVERIFY(child<QListWidget>(m_page, "profileList")->isEnabled());
    }

    void switchingProfilesMovesTheBannerAndPickers()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug());
        const QString tiny = addStored(QStringLiteral("Tiny"), SandboxProcess::limitedOrganizationSlug());
        open([&] { m_context->activateProfile(acme); });
        QTRY_VERIFY_WITH_TIMEOUT(m_banner->text().contains(SandboxProcess::organizationSlug()), kWaitMs);
        QVERIFY(child<QLabel>(m_page, "activeBadge")->isVisible());

        QListWidget* list = child<QListWidget>(m_page, "profileList");
        const QList<QListWidgetItem*> items = list->findItems(QStringLiteral("Tiny"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        list->setCurrentItem(items.first());
        QCOMPARE(m_page->selectedProfileId(), tiny);
        QVERIFY(!child<QLabel>(m_page, "activeBadge")->isVisible());
        QSignalSpy connection(m_context.get(), &AppContext::connectionChanged);
        click("useProfileButton");
        QCOMPARE(connection.count(), 1); // what the pages' pickers reload on
        QCOMPARE(m_context->activeProfile().id, tiny);
        QCOMPARE(m_context->client()->organization(), SandboxProcess::limitedOrganizationSlug());
        QVERIFY(m_banner->text().contains(SandboxProcess::limitedOrganizationSlug()));
        QVERIFY(child<QLabel>(m_page, "activeBadge")->isVisible());
        QCOMPARE(child<QComboBox>(m_banner, "profileSwitcher")->currentText(), QStringLiteral("Tiny"));

        // From the keyboard: Enter on a profile in the list uses it, as a double click does.
        const QList<QListWidgetItem*> acmeItems = list->findItems(QStringLiteral("Acme"), Qt::MatchExactly);
        QCOMPARE(acmeItems.size(), 1);
        list->setFocus();
        list->setCurrentItem(acmeItems.first());
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(m_context->activeProfile().id, acme);

        // Switching in the banner (no unsaved changes here) brings the page to that profile.
        m_context->activateProfile(acme);
        QCOMPARE(m_page->selectedProfileId(), acme);
        QVERIFY(child<QLabel>(m_page, "activeBadge")->isVisible());
        QVERIFY(m_banner->text().contains(SandboxProcess::organizationSlug()));
    }

    void editingTheActiveProfileReachesTheContext()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug());
        open([&] { m_context->activateProfile(acme); });
        typeInto("organizationEdit", SandboxProcess::limitedOrganizationSlug());
        QSignalSpy connection(m_context.get(), &AppContext::connectionChanged);
        click("saveProfileButton");
        QCOMPARE(connection.count(), 1);
        QCOMPARE(m_context->activeProfile().organization, SandboxProcess::limitedOrganizationSlug());
        QVERIFY(m_banner->text().contains(SandboxProcess::limitedOrganizationSlug()));
        QVERIFY(!m_page->hasUnsavedChanges());
    }

    void duplicateCopiesTheKeyAndDeleteAsksFirst()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug());
        open([&] { m_context->activateProfile(acme); });
        click("duplicateProfileButton");
        const QString copy = m_page->selectedProfileId();
        QVERIFY(copy != acme);
        QCOMPARE(m_context->profiles()->profile(copy)->name, QStringLiteral("Acme (copy)"));
        QTRY_COMPARE_WITH_TIMEOUT(m_secrets->count(), 2, kWaitMs);
        QVERIFY(waitForKeyState(AppContext::KeyState::Present));

        // Delete asks inline; "Keep it" keeps it.
        click("deleteProfileButton");
        QVERIFY(child<QFrame>(m_page, "deleteConfirmation")->isVisible());
        QVERIFY(m_context->profiles()->contains(copy));
        click("cancelDeleteButton");
        QVERIFY(!child<QFrame>(m_page, "deleteConfirmation")->isVisible());
        QVERIFY(m_context->profiles()->contains(copy));

        click("deleteProfileButton");
        click("confirmDeleteButton");
        QVERIFY(!m_context->profiles()->contains(copy));
        QTRY_COMPARE_WITH_TIMEOUT(m_secrets->count(), 1, kWaitMs); // its key went with it
        QCOMPARE(m_page->selectedProfileId(), acme);

        // Deleting the active profile hands the console to the one that is left (here: none).
        click("deleteProfileButton");
        click("confirmDeleteButton");
        QCOMPARE(m_context->profiles()->count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_secrets->count(), 0, kWaitMs);
        QVERIFY(m_page->isAddingProfile());
        // Nothing of the deleted profile stays in use: no organization, no key in memory.
        QVERIFY(m_context->activeProfile().id.isEmpty());
        QVERIFY(!m_context->client()->hasApiKey());
        QCOMPARE(m_context->keyState(), AppContext::KeyState::Missing);
    }

    // Deleting says beforehand and afterwards which profile every page goes on with, and says the key is
    // gone only once the keychain confirmed it; a key left behind is named so it can be found.
    void deleteTellsTheNextProfileAndTheKeysFate()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug());
        const QString other = addStored(QStringLiteral("Other"), SandboxProcess::organizationSlug());
        open([&] { m_context->activateProfile(acme); });
        QCOMPARE(m_page->selectedProfileId(), acme);
        QLabel* question = label("deleteConfirmationText");
        QLabel* status = label("statusLabel");

        click("deleteProfileButton");
        QVERIFY2(question->text().contains(QStringLiteral("Every page will then work with profile “Other”.")),
                 qPrintable(question->text()));
        click("confirmDeleteButton");
        QCOMPARE(m_context->activeProfile().id, other);
        QVERIFY(status->isVisible());
        QVERIFY2(!status->text().contains(QLatin1StringView("and its API key")), qPrintable(status->text()));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(),
                                  QStringLiteral("Deleted profile “Acme” and its API key. Every page now "
                                                 "works with profile “Other”."),
                                  kWaitMs);
        QCOMPARE(m_secrets->count(), 1);

        // The last one, and the keychain refuses: the status says so, and where the key may remain.
        click("deleteProfileButton");
        QVERIFY2(question->text().contains(QStringLiteral("a new one must then be added")),
                 qPrintable(question->text()));
        m_secrets->setSimulatedStatus(SecretStore::Status::Failed);
        click("confirmDeleteButton");
        QVERIFY(m_page->isAddingProfile());
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1StringView("may still be in the keychain")),
                                 kWaitMs);
        QVERIFY2(!status->text().contains(QLatin1StringView("and its API key")), qPrintable(status->text()));
        QVERIFY(status->text().contains(SecretStore::entryName(other)));
        QVERIFY(status->text().contains(QLatin1StringView(SecretStore::kService)));
        QVERIFY(status->text().contains(QStringLiteral("No profile is left: a new one must be added.")));
        QVERIFY(status->isVisible());
        m_secrets->setSimulatedStatus(SecretStore::Status::Ok);
        QCOMPARE(m_secrets->count(), 1); // as the status says: still there
    }

    void replaceAndRemoveTheKey()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug(), "old-key");
        open([&] { m_context->activateProfile(acme); });
        QVERIFY(waitForKeyState(AppContext::KeyState::Present));
        QVERIFY(button("removeKeyButton")->isVisible());

        // The stored key is tested when nothing is typed: the old one is rejected.
        QSignalSpy tested(m_page, &ProfilesPage::connectionTested);
        click("testConnectionButton");
        QVERIFY(tested.wait(kWaitMs));
        QCOMPARE(tested.last().first().toBool(), false);
        QCOMPARE(errorPanel()->message(), ApiError::meaningOfCode(4004));

        // A rejected replacement is not stored.
        typeInto("apiKeyEdit", QStringLiteral("still-wrong"));
        click("saveKeyButton");
        QVERIFY(tested.wait(kWaitMs));
        QVERIFY(label("keyStatusLabel")->text().contains(QLatin1StringView("not saved")));
        QCOMPARE(edit("apiKeyEdit")->text(), QStringLiteral("still-wrong"));

        typeInto("apiKeyEdit", QString::fromLatin1(SandboxProcess::apiKey()));
        click("saveKeyButton");
        QTRY_VERIFY_WITH_TIMEOUT(edit("apiKeyEdit")->text().isEmpty(), kWaitMs);
        QVERIFY(waitForKeyState(AppContext::KeyState::Present));
        std::optional<QByteArray> stored;
        m_secrets->read(acme, nullptr, [&stored](const SecretStore::Result& r) { stored = r.key; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), kWaitMs);
        QCOMPARE(*stored, SandboxProcess::apiKey());
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::Present, kWaitMs);

        // Asked first, the focus on "Keep the key": keeping it changes nothing.
        click("removeKeyButton");
        QVERIFY(button("cancelRemoveKeyButton")->isVisible());
        QVERIFY(button("cancelRemoveKeyButton")->hasFocus());
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("removeKeyConfirmationText"))
                    ->text()
                    .contains(u"Acme"));
        click("cancelRemoveKeyButton");
        QVERIFY(!button("cancelRemoveKeyButton")->isVisible());
        QTest::qWait(50);
        QCOMPARE(m_secrets->count(), 1);
        QCOMPARE(m_context->keyState(), AppContext::KeyState::Present);

        // Esc answers the question with "keep" too.
        click("removeKeyButton");
        QVERIFY(button("cancelRemoveKeyButton")->isVisible());
        QApplication::setActiveWindow(m_page->window());
        QVERIFY(QTest::qWaitForWindowActive(m_page->window()));
        QTest::keyClick(m_page->window(), Qt::Key_Escape);
        QVERIFY(!button("cancelRemoveKeyButton")->isVisible());
        QCOMPARE(m_secrets->count(), 1);

        click("removeKeyButton");
        click("confirmRemoveKeyButton");
        QVERIFY(waitForKeyState(AppContext::KeyState::Missing));
        QVERIFY(!m_context->client()->hasApiKey()); // removed means no longer used either
        QCOMPARE(m_secrets->count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::Missing, kWaitMs);
        QVERIFY(label("keyHint")->isVisible());
    }

    // A key typed for one profile is stored for that profile, tested against its server, even when a
    // switch in the banner comes while the test runs; the list keeps the selection meanwhile.
    void keyStaysWithTheProfileItWasTypedFor()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug(), "old-key");
        const QString other =
            addStored(QStringLiteral("Other"), SandboxProcess::organizationSlug(), "other-key");
        open([&] { m_context->activateProfile(other); });
        m_page->selectProfile(acme);
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("slow")},
                                       {QStringLiteral("delayMs"), 800},
                                       {QStringLiteral("pathContains"), QStringLiteral("/organizations")}}));
        typeInto("apiKeyEdit", QString::fromLatin1(SandboxProcess::apiKey()));
        QSignalSpy tested(m_page, &ProfilesPage::connectionTested);
        click("saveKeyButton");
        QVERIFY(!child<QListWidget>(m_page, "profileList")->isEnabled());
        m_context->activateProfile(acme);
        m_context->activateProfile(other); // the page does not follow while the key is tested
        QVERIFY(tested.wait(kWaitMs));
        QCOMPARE(tested.last().first().toBool(), true);
        std::optional<QByteArray> stored;
        m_secrets->read(acme, nullptr, [&stored](const SecretStore::Result& r) { stored = r.key; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), kWaitMs);
        QCOMPARE(*stored, SandboxProcess::apiKey());
        std::optional<QByteArray> untouched;
        m_secrets->read(other, nullptr, [&untouched](const SecretStore::Result& r) { untouched = r.key; });
        QTRY_VERIFY_WITH_TIMEOUT(untouched.has_value(), kWaitMs);
        QCOMPARE(*untouched, QByteArray("other-key"));
        QTRY_VERIFY(child<QListWidget>(m_page, "profileList")->isEnabled());
    }

    // Esc cancels a connection test that is waiting for a slow server, and the page is usable again.
    void escapeCancelsATest()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug(), "old-key");
        open([&] { m_context->activateProfile(acme); });
        m_page->selectProfile(acme);
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("slow")},
                                       {QStringLiteral("delayMs"), 20000},
                                       {QStringLiteral("pathContains"), QStringLiteral("/organizations")}}));
        typeInto("apiKeyEdit", QString::fromLatin1(SandboxProcess::apiKey()));
        QSignalSpy tested(m_page, &ProfilesPage::connectionTested);
        click("testConnectionButton");
        QVERIFY(m_page->isBusy());
        QApplication::setActiveWindow(m_page->window());
        QVERIFY(QTest::qWaitForWindowActive(m_page->window()));
        QTest::keyClick(m_page->window(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 5000); // not the 20 s the server would take
        QCOMPARE(tested.last().first().toBool(), false);
        QVERIFY(!m_page->isBusy());
        QCOMPARE(errorPanel()->message(), ApiError::make(ApiError::Kind::Cancelled).message());
        QVERIFY(m_sandbox.clearFaults());
    }

    // A stored key is not sent to a server typed into the form since: Save and Test connection ask for
    // the key again, and nothing goes out meanwhile.
    void storedKeyDoesNotFollowAnEditedServer()
    {
        const QString acme = openActiveWithStoredKey();
        QVERIFY(!acme.isEmpty());
        QVERIFY(m_sandbox.clearRequests());
        typeInto("baseUrlEdit", QStringLiteral("https://api.applivery.example/v1"));
        QVERIFY(!button("saveProfileButton")->isEnabled());
        QVERIFY(label("baseUrlError")->isVisible());
        QVERIFY(label("baseUrlError")->text().contains(QLatin1StringView("Type the API key again")));
        click("testConnectionButton");
        QVERIFY(errorPanel()->message().contains(QLatin1StringView("Type the API key again")));
        QVERIFY(!m_page->isBusy());

        typeInto("apiKeyEdit", QStringLiteral("typed-for-the-new-server"));
        QVERIFY(button("saveProfileButton")->isEnabled());
        typeInto("baseUrlEdit", m_sandbox.baseUrl().toString()); // back: the stored key may go there
        typeInto("apiKeyEdit", QString());
        QVERIFY(!label("baseUrlError")->isVisible());
        QCOMPARE(m_sandbox.requests().size(), 0);
    }

    // Storing or removing a key reads it back once (the context's read for the active profile, the
    // page's for another), and opening the page reads nothing the context has just read.
    void oneKeyReadPerSaveOrRemove_data()
    {
        QTest::addColumn<bool>("active");
        QTest::newRow("active profile") << true;
        QTest::newRow("another profile") << false;
    }

    void oneKeyReadPerSaveOrRemove()
    {
        QFETCH(bool, active);
        QLoggingCategory::setFilterRules(QStringLiteral("enrolldesk.secrets.debug=true")); // "… ok" too
        const auto restore = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
        // Every key read of either store (the session store included, which no test can replace) is
        // logged as "read profile/<id> …".
        SecretsLogCapture secretsLog;
        const auto resetCounts = [&] {
            secretsLog.clear();
            m_counting->reads = 0;
        };
        // One key read: at most one of the session store, and one of the keychain.
        const auto verifyOneRead = [&](const char* what) {
            QTest::qWait(200); // whatever else would read, reads now
            QVERIFY2(m_counting->reads == 1, qPrintable(QStringLiteral("%1: %2 keychain reads")
                                                            .arg(QLatin1StringView(what))
                                                            .arg(m_counting->reads)));
            const int sessionReads = secretsLog.keyReads() - m_counting->reads;
            QVERIFY2(sessionReads <= 1, qPrintable(QStringLiteral("%1: %2 session store reads")
                                                       .arg(QLatin1StringView(what))
                                                       .arg(sessionReads)));
        };

        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug(), {});
        const QString tiny = addStored(QStringLiteral("Tiny"), SandboxProcess::organizationSlug(), {});
        m_counting = std::make_unique<CountingSecretStore>();
        resetCounts();
        open([&] { m_context->activateProfile(acme); }, m_counting.get());
        QVERIFY(waitForKeyState(AppContext::KeyState::Missing));
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::Missing, kWaitMs);
        // The context's read; the page neither reads it again nor probes the keychain.
        verifyOneRead("start");
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_counting->probes, 0);
        if (!active) {
            m_page->selectProfile(tiny);
            QVERIFY(waitForKeyState(AppContext::KeyState::Missing));
        }
        const QString selected = m_page->selectedProfileId();
        QCOMPARE(selected == m_context->activeProfile().id, active);

        resetCounts();
        typeInto("apiKeyEdit", QString::fromLatin1(SandboxProcess::apiKey()));
        click("saveKeyButton");
        QTRY_VERIFY_WITH_TIMEOUT(edit("apiKeyEdit")->text().isEmpty(), kWaitMs);
        QVERIFY(waitForKeyState(AppContext::KeyState::Present));
        if (active)
            QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::Present, kWaitMs);
        verifyOneRead("save");
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_page->selectedKeyState(), AppContext::KeyState::Present);
        QVERIFY(button("removeKeyButton")->isVisible());

        resetCounts();
        click("removeKeyButton");
        click("confirmRemoveKeyButton");
        QVERIFY(waitForKeyState(AppContext::KeyState::Missing));
        if (active)
            QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::Missing, kWaitMs);
        verifyOneRead("remove");
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_page->selectedKeyState(), AppContext::KeyState::Missing);
        QCOMPARE(m_page->selectedProfileId(), selected);
        QCOMPARE(m_counting->probes, 0);
    }

    // The form is compared with the stored profile (cached by the page): edits count, undoing them does
    // not, and a change stored elsewhere is compared with at once.
    void unsavedChangesFollowTheStore()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug());
        open([&] { m_context->activateProfile(acme); });
        QVERIFY(!m_page->hasUnsavedChanges());
        QVERIFY(!button("saveProfileButton")->isEnabled());

        typeInto("organizationEdit", SandboxProcess::limitedOrganizationSlug());
        QVERIFY(m_page->hasUnsavedChanges());
        QVERIFY(button("saveProfileButton")->isEnabled());
        typeInto("organizationEdit", SandboxProcess::organizationSlug());
        QVERIFY(!m_page->hasUnsavedChanges());
        QVERIFY(!button("saveProfileButton")->isEnabled());
        typeInto("nameEdit", QStringLiteral("Acme 2"));
        QVERIFY(m_page->hasUnsavedChanges());

        // Stored elsewhere as typed here: nothing left to save.
        Profile changed = *m_context->profiles()->profile(acme);
        changed.name = QStringLiteral("Acme 2");
        QVERIFY(m_context->profiles()->update(changed));
        QVERIFY(!m_page->hasUnsavedChanges());
        QVERIFY(!button("saveProfileButton")->isEnabled());
        QVERIFY(child<QListWidget>(m_page, "profileList")->isEnabled());

        // Stored elsewhere differently: the form now differs.
        changed.organization = SandboxProcess::limitedOrganizationSlug();
        QVERIFY(m_context->profiles()->update(changed));
        QVERIFY(m_page->hasUnsavedChanges());
        QVERIFY(button("saveProfileButton")->isEnabled());
        click("revertButton");
        QCOMPARE(edit("organizationEdit")->text(), SandboxProcess::limitedOrganizationSlug());
        QVERIFY(!m_page->hasUnsavedChanges());

        // A saved edit is the new stored state.
        typeInto("organizationEdit", SandboxProcess::organizationSlug());
        click("saveProfileButton");
        QVERIFY(!m_page->hasUnsavedChanges());
        QCOMPARE(m_context->profiles()->profile(acme)->organization, SandboxProcess::organizationSlug());
    }

    void revealToggleShowsAndHidesTheKey()
    {
        open();
        QAction* reveal = child<QAction>(m_page, "revealKeyAction");
        QLineEdit* key = edit("apiKeyEdit");
        QTest::keyClicks(key, QStringLiteral("abc"));
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        reveal->trigger();
        QCOMPARE(key->echoMode(), QLineEdit::Normal);
        reveal->trigger();
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        // From the keyboard, in the field (the eye inside it takes no focus); the tooltip says how.
        m_page->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page->window()));
        key->setFocus();
        QTest::keyClick(key, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(key->echoMode(), QLineEdit::Normal);
        QTest::keyClick(key, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QVERIFY2(reveal->toolTip().contains(reveal->shortcut().toString(QKeySequence::NativeText)),
                 qPrintable(reveal->toolTip()));
    }

    // A keychain that does not answer (locked, its unlock dismissed) may still hold the profile's key: the
    // read that follows Save, once it is unlocked, must not hand it to a server typed meanwhile.
    void unreadableKeyDoesNotFollowAnEditedServer()
    {
        const QString acme =
            addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug(), "stored-key");
        open([&] {
            m_secrets->setSimulatedStatus(SecretStore::Status::NoKeychain);
            m_context->activateProfile(acme);
        });
        QVERIFY(waitForKeyState(AppContext::KeyState::Unavailable));
        typeInto("baseUrlEdit", QStringLiteral("https://api.applivery.example/v1"));
        QVERIFY(!button("saveProfileButton")->isEnabled());
        QVERIFY(label("baseUrlError")->text().contains(QLatin1StringView("Type the API key again")));

        typeInto("apiKeyEdit", QStringLiteral("typed-for-the-new-server"));
        QVERIFY(button("saveProfileButton")->isEnabled());
        m_secrets->setSimulatedStatus(SecretStore::Status::Ok);
    }

    // The key state arrives after the server was edited: the form is checked again then. No key: Save.
    void keyStateArrivingLaterRevalidatesTheServer()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug(), {});
        addStored(QStringLiteral("Other"), SandboxProcess::organizationSlug());
        open();
        m_page->selectProfile(acme);
        QCOMPARE(m_page->selectedKeyState(), AppContext::KeyState::Unknown); // being read
        typeInto("baseUrlEdit", QStringLiteral("https://api.applivery.example/v1"));
        QVERIFY(!button("saveProfileButton")->isEnabled()); // a key may still turn up
        QVERIFY(waitForKeyState(AppContext::KeyState::Missing));
        QVERIFY(button("saveProfileButton")->isEnabled());
        QVERIFY(!label("baseUrlError")->isVisible());
    }

    // Saved with another server and a key typed for it: the key kept for the old server is not sent to
    // the new one, neither by the context's read right after Save nor later; the typed one is, and it
    // replaces the old one in the keychain.
    void savingAnotherServerSendsOnlyTheTypedKey()
    {
        const QString typed = QStringLiteral("typed-for-the-new-server");
        SandboxProcess other({QStringLiteral("--api-key"), typed});
        QVERIFY(other.start());
        const QString acme = openActiveWithStoredKey();
        QVERIFY(!acme.isEmpty());
        // As the token pages do: each time the context has a key, they load their policy lists with it.
        connect(m_context.get(), &AppContext::connectionReady, this, [this] {
            m_context->client()->listOrganizations(this, [](const ApiResult<Page<Organization>>&) {});
        });
        typeInto("baseUrlEdit", other.baseUrl().toString());
        typeInto("apiKeyEdit", typed);
        click("saveProfileButton");
        QTRY_VERIFY_WITH_TIMEOUT(edit("apiKeyEdit")->text().isEmpty(), kWaitMs); // tested and stored
        QVERIFY(waitForKeyState(AppContext::KeyState::Present));
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::Present, kWaitMs);
        // What the console's pages would ask next goes with the key the context holds now.
        std::optional<bool> listed;
        m_context->client()->listOrganizations(
            this, [&listed](const ApiResult<Page<Organization>>& result) { listed = result.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), kWaitMs);
        QVERIFY(*listed);
        const QJsonArray requests = other.requests();
        QVERIFY(requests.size() >= 2); // the key's test, then the context's request
        for (const QJsonValue& request : requests) {
            const QString authorization = request.toObject()
                                              .value(QLatin1StringView("headers"))
                                              .toObject()
                                              .value(QLatin1StringView("authorization"))
                                              .toString();
            QCOMPARE(authorization, QStringLiteral("Bearer ") + typed);
        }
        std::optional<QByteArray> stored;
        m_secrets->read(acme, nullptr, [&stored](const SecretStore::Result& read) { stored = read.key; });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(*stored, typed.toUtf8());
    }

    // A key the keychain kept for the old server (it could not remove it, or a locked keychain only
    // pretended to) is recorded as that server's: once the keychain answers, it is refused for the new one.
    void oldKeyLeftInTheKeychainIsNotSentToTheNewServer()
    {
        SandboxProcess other;
        QVERIFY(other.start());
        const QString acme = openActiveWithStoredKey();
        QVERIFY(!acme.isEmpty());
        // Moved by another program (the CLI, another window) that recorded the key as the old server's,
        // as this page does: the page only moves a profile once its new key is stored.
        Profile moved = *m_context->profiles()->profile(acme);
        moved.baseUrl = other.baseUrl();
        m_context->keys()->bindStoredKeyTo(acme, m_sandbox.baseUrl());
        QVERIFY(m_context->profiles()->update(moved));
        QTRY_COMPARE_WITH_TIMEOUT(m_context->profiles()->profile(acme)->baseUrl, other.baseUrl(), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy() && m_context->keyState() != AppContext::KeyState::Unknown,
                                 kWaitMs);
        QCOMPARE(m_context->profiles()->keyOrigin(acme), ProfileStore::originOf(m_sandbox.baseUrl()));

        m_context->reloadKey();
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::Missing, kWaitMs);
        std::optional<QByteArray> kept;
        m_secrets->read(acme, nullptr, [&kept](const SecretStore::Result& read) { kept = read.key; });
        QTRY_VERIFY(kept.has_value());
        QCOMPARE(*kept, QByteArray("stored-key"));                      // still there, and not used
        QVERIFY(pageSays(QStringLiteral("stored for another server"))); // the hint says why
        QVERIFY(button("removeKeyButton")->isVisible());                // and it can be removed
        QVERIFY(!button("testConnectionButton")->isEnabled()); // no key to test: the kept one is not one
        // The page reads a profile that is not the active one itself: the same answer.
        const QString other2 = addStored(QStringLiteral("Other"), SandboxProcess::organizationSlug());
        m_context->activateProfile(other2);
        m_page->selectProfile(acme);
        QVERIFY(waitForKeyState(AppContext::KeyState::Missing));
        QVERIFY(pageSays(QStringLiteral("stored for another server")));
        QVERIFY(!button("testConnectionButton")->isEnabled());
        click("removeKeyButton"); // the stale key goes
        click("confirmRemoveKeyButton");
        QTRY_VERIFY_WITH_TIMEOUT(!button("removeKeyButton")->isVisible(), kWaitMs);
        std::optional<SecretStore::Status> afterRemoval;
        m_secrets->read(acme, nullptr,
                        [&afterRemoval](const SecretStore::Result& read) { afterRemoval = read.status; });
        QTRY_VERIFY(afterRemoval.has_value());
        QCOMPARE(*afterRemoval, SecretStore::Status::NotFound);
        m_page->selectProfile(acme);
        m_context->activateProfile(acme);
        const QJsonArray requests = other.requests();
        for (const QJsonValue& request : requests)
            QCOMPARE(request.toObject()
                         .value(QLatin1StringView("headers"))
                         .toObject()
                         .value(QLatin1StringView("authorization"))
                         .toString(),
                     QStringLiteral("Bearer ") + QString::fromLatin1(SandboxProcess::apiKey()));

        // A key stored for the new server is used there.
        typeInto("apiKeyEdit", QString::fromLatin1(SandboxProcess::apiKey()));
        click("saveKeyButton");
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::Present, kWaitMs);
        QCOMPARE(m_context->profiles()->keyOrigin(acme), ProfileStore::originOf(other.baseUrl()));
    }

    // On a machine without any keychain nothing was kept there: an edited server is saved, and the typed
    // key serves this session.
    void withoutAnyKeychainAnEditedServerIsSaved()
    {
        SandboxProcess other;
        QVERIFY(other.start());
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug(), {});
        open([&] {
            m_secrets->setSimulatedStatus(SecretStore::Status::NoKeychain); // no backend
            m_context->activateProfile(acme);
        });
        QVERIFY(waitForKeyState(AppContext::KeyState::Unavailable));
        typeInto("baseUrlEdit", other.baseUrl().toString());
        typeInto("apiKeyEdit", QString::fromLatin1(SandboxProcess::apiKey()));
        click("saveProfileButton");
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::SessionOnly, kWaitMs);
        QCOMPARE(m_context->profiles()->profile(acme)->baseUrl, other.baseUrl());
        QVERIFY(!errorPanel()->isVisible());

        // Return in the key field takes the button shown, the session one: not the hidden keychain one.
        typeInto("apiKeyEdit", QString::fromLatin1(SandboxProcess::apiKey()));
        QTest::keyClick(edit("apiKeyEdit"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(edit("apiKeyEdit")->text().isEmpty(), kWaitMs);
        QVERIFY2(label("keyStatusLabel")->text().contains(QLatin1StringView("session")),
                 qPrintable(label("keyStatusLabel")->text()));
        m_secrets->setSimulatedStatus(SecretStore::Status::Ok);
    }

    // A key the new server refuses changes nothing: the profile keeps its server and its stored key (only
    // a key the new server took replaces it), and the form keeps what was typed.
    void keyRefusedByTheNewServerKeepsTheOldKey()
    {
        SandboxProcess other({QStringLiteral("--api-key"), QStringLiteral("the-new-servers-key")});
        QVERIFY(other.start());
        const QString acme = openActiveWithStoredKey();
        QVERIFY(!acme.isEmpty());
        typeInto("baseUrlEdit", other.baseUrl().toString());
        typeInto("apiKeyEdit", QStringLiteral("mistyped-key"));
        QSignalSpy tested(m_page, &ProfilesPage::connectionTested);
        click("saveProfileButton");
        QVERIFY(tested.wait(kWaitMs));
        QCOMPARE(tested.first().first().toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), kWaitMs);
        QCOMPARE(m_context->profiles()->profile(acme)->baseUrl, m_sandbox.baseUrl());
        QCOMPARE(edit("baseUrlEdit")->text(), other.baseUrl().toString());
        QCOMPARE(edit("apiKeyEdit")->text(), QStringLiteral("mistyped-key"));
        QVERIFY2(label("keyStatusLabel")->text().contains(QLatin1StringView("keeps its server")),
                 qPrintable(label("keyStatusLabel")->text()));
        std::optional<QByteArray> kept;
        m_secrets->read(acme, nullptr, [&kept](const SecretStore::Result& read) { kept = read.key; });
        QTRY_VERIFY(kept.has_value());
        QCOMPARE(*kept, QByteArray("stored-key"));
        QCOMPARE(m_context->keyState(), AppContext::KeyState::Present);
        QCOMPARE(m_context->sessionSecrets()->count(), 0);

        // Typed right, the key moves the profile and replaces the old one.
        typeInto("apiKeyEdit", QStringLiteral("the-new-servers-key"));
        click("saveProfileButton");
        QTRY_VERIFY_WITH_TIMEOUT(edit("apiKeyEdit")->text().isEmpty(), kWaitMs);
        QCOMPARE(m_context->profiles()->profile(acme)->baseUrl, other.baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::Present, kWaitMs);
        std::optional<QByteArray> replaced;
        m_secrets->read(acme, nullptr, [&replaced](const SecretStore::Result& read) { replaced = read.key; });
        QTRY_VERIFY(replaced.has_value());
        QCOMPARE(*replaced, QByteArray("the-new-servers-key"));
        QCOMPARE(m_context->profiles()->keyOrigin(acme), ProfileStore::originOf(other.baseUrl()));
    }

    // The key typed for a new server passed its test, but the keychain would not store it: the profile
    // stays on its server with its old key (it moved first, and was left with none), and the typed key
    // stays in the field.
    void keychainFailingAfterTheTestKeepsTheProfileWhereItWas()
    {
        SandboxProcess other;
        QVERIFY(other.start());
        const QString acme = openActiveWithStoredKey();
        QVERIFY(!acme.isEmpty());
        typeInto("baseUrlEdit", other.baseUrl().toString());
        typeInto("apiKeyEdit", QString::fromLatin1(SandboxProcess::apiKey()));
        m_secrets->setSimulatedStatus(SecretStore::Status::Failed);
        QSignalSpy tested(m_page, &ProfilesPage::connectionTested);
        click("saveProfileButton");
        QVERIFY(tested.wait(kWaitMs));
        QCOMPARE(tested.first().first().toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), kWaitMs);
        QCOMPARE(m_context->profiles()->profile(acme)->baseUrl, m_sandbox.baseUrl());
        QCOMPARE(edit("apiKeyEdit")->text(), QString::fromLatin1(SandboxProcess::apiKey()));
        QVERIFY2(label("keyStatusLabel")->text().contains(QLatin1StringView("keeps its server")),
                 qPrintable(label("keyStatusLabel")->text()));
        m_secrets->setSimulatedStatus(SecretStore::Status::Ok);
        std::optional<QByteArray> kept;
        m_secrets->read(acme, nullptr, [&kept](const SecretStore::Result& read) { kept = read.key; });
        QTRY_VERIFY(kept.has_value());
        QCOMPARE(*kept, QByteArray("stored-key"));
    }

    // While a key is tested and stored, the field takes no typing: it is cleared once that key is saved,
    // and a key typed meanwhile would go with it. A "Save without testing" offered after a failed test is
    // withdrawn once the key or the server is edited: it would save what was not tried.
    void keyFieldWaitsForItsTestAndStaleOffersGo()
    {
        SandboxProcess other({QStringLiteral("--api-key"), QStringLiteral("the-new-servers-key")});
        QVERIFY(other.start());
        const QString acme = openActiveWithStoredKey();
        QVERIFY(!acme.isEmpty());
        typeInto("apiKeyEdit", QString::fromLatin1(SandboxProcess::apiKey()));
        click("saveKeyButton");
        QVERIFY(m_page->isBusy());
        QVERIFY(edit("apiKeyEdit")->isReadOnly());
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), kWaitMs);
        QVERIFY(!edit("apiKeyEdit")->isReadOnly());

        // A server that cannot be reached: the offer comes, and goes when the server is edited.
        typeInto("baseUrlEdit", QStringLiteral("http://127.0.0.1:9/v1"));
        typeInto("apiKeyEdit", QStringLiteral("some-key"));
        QSignalSpy tested(m_page, &ProfilesPage::connectionTested);
        click("saveProfileButton");
        QVERIFY(tested.wait(kWaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), kWaitMs);
        auto* offer = m_page->findChild<QPushButton*>(QStringLiteral("errorAction"));
        QVERIFY(offer && offer->isVisible());
        edit("baseUrlEdit")->setFocus();
        QTest::keyClick(edit("baseUrlEdit"), Qt::Key_Backspace);
        QVERIFY(!offer->isVisible());
        QCOMPARE(m_context->profiles()->profile(acme)->baseUrl, m_sandbox.baseUrl());
    }

    // A new server that cannot be reached moves the profile only when the user says "Save without testing";
    // until then the stored key stays.
    void unreachableNewServerIsSavedOnlyWhenAsked()
    {
        const QString acme = openActiveWithStoredKey();
        QVERIFY(!acme.isEmpty());
        const QUrl closed(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort()));
        typeInto("baseUrlEdit", closed.toString());
        typeInto("apiKeyEdit", QStringLiteral("key-for-the-new-server"));
        QSignalSpy tested(m_page, &ProfilesPage::connectionTested);
        click("saveProfileButton");
        QVERIFY(tested.wait(kWaitMs));
        QCOMPARE(tested.first().first().toBool(), false);
        QCOMPARE(m_context->profiles()->profile(acme)->baseUrl, m_sandbox.baseUrl());
        QCOMPARE(m_secrets->count(), 1);
        click("errorAction"); // Save without testing
        QTRY_VERIFY_WITH_TIMEOUT(edit("apiKeyEdit")->text().isEmpty(), kWaitMs);
        QCOMPARE(m_context->profiles()->profile(acme)->baseUrl, closed);
        std::optional<QByteArray> stored;
        m_secrets->read(acme, nullptr, [&stored](const SecretStore::Result& read) { stored = read.key; });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(*stored, QByteArray("key-for-the-new-server"));
        QCOMPARE(m_context->profiles()->keyOrigin(acme), ProfileStore::originOf(closed));
    }

    // "Test & save key" with a server typed into the form saves the server with it: stored alone, the key
    // would belong to the profile's old server.
    void keyTestedForATypedServerIsSavedWithIt()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug(), {});
        open([&] { m_context->activateProfile(acme); });
        QVERIFY(waitForKeyState(AppContext::KeyState::Missing));
        SandboxProcess other;
        QVERIFY(other.start());
        typeInto("baseUrlEdit", other.baseUrl().toString());
        typeInto("apiKeyEdit", QString::fromLatin1(SandboxProcess::apiKey()));
        click("saveKeyButton");
        QTRY_VERIFY_WITH_TIMEOUT(edit("apiKeyEdit")->text().isEmpty(), kWaitMs);
        QCOMPARE(m_context->profiles()->profile(acme)->baseUrl, other.baseUrl());
        QVERIFY(waitForKeyState(AppContext::KeyState::Present));
        QVERIFY(!label("baseUrlError")->isVisible());
        QVERIFY(button("saveProfileButton")->isVisible());
    }

    void noKeychainOffersTheSessionOnlyMode()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug(), {});
        open([&] {
            m_secrets->setSimulatedStatus(SecretStore::Status::NoKeychain);
            m_context->activateProfile(acme);
        });
        QTRY_VERIFY_WITH_TIMEOUT(child<QFrame>(m_page, "keychainBanner")->isVisible(), kWaitMs);
        QVERIFY(!m_page->isKeychainAvailable());
        QVERIFY(waitForKeyState(AppContext::KeyState::Unavailable));
        QVERIFY(
            child<QLabel>(m_page, "keychainBannerText")->text().contains(QLatin1StringView("session only")));

        typeInto("apiKeyEdit", QString::fromLatin1(SandboxProcess::apiKey()));
        QVERIFY(!button("saveKeyButton")->isVisible());
        click("sessionKeyButton");
        QVERIFY(waitForKeyState(AppContext::KeyState::SessionOnly));
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::SessionOnly, kWaitMs);
        QVERIFY(edit("apiKeyEdit")->text().isEmpty());
        QCOMPARE(m_secrets->count(), 0);

        std::optional<ApiResult<Page<Organization>>> listed;
        m_context->client()->listOrganizations(
            this, [&listed](const ApiResult<Page<Organization>>& r) { listed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), kWaitMs);
        QVERIFY2(listed->ok(), qPrintable(listed->error.message()));

        // "Check the keychain again" finds it once it is back, and the banner goes.
        m_secrets->setSimulatedStatus(SecretStore::Status::Ok);
        click("retryKeychainButton");
        QTRY_VERIFY_WITH_TIMEOUT(!child<QFrame>(m_page, "keychainBanner")->isVisible(), kWaitMs);
        QVERIFY(waitForKeyState(AppContext::KeyState::SessionOnly));

        // The keychain, back, holds a key stored before: "Forget the session key" forgets only that one
        // (the keychain's may be the only copy), and the keychain's is used from then on.
        bool written = false;
        m_secrets->write(acme, SandboxProcess::apiKey(), this,
                         [&written](const SecretStore::Result& result) { written = result.ok(); });
        QTRY_VERIFY(written);
        QVERIFY(waitForKeyState(AppContext::KeyState::SessionOnly));
        click("removeKeyButton");
        click("confirmRemoveKeyButton");
        QVERIFY(waitForKeyState(AppContext::KeyState::Present));
        QCOMPARE(m_secrets->count(), 1);
    }

    // Saved after the CLI removed the profile: not written back to life, and what was typed is kept as a
    // new profile to add.
    void savingAProfileRemovedMeanwhileKeepsTheForm()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug(), {});
        const QString other = addStored(QStringLiteral("Other"), SandboxProcess::organizationSlug(), {});
        open([&] { m_context->activateProfile(other); });
        m_page->selectProfile(acme);
        typeInto("nameEdit", QStringLiteral("Acme renamed"));
        {
            QSettings cli(m_settings->fileName(), QSettings::IniFormat); // another process's view
            ProfileStore store(&cli);
            QVERIFY(store.remove(acme));
        }
        click("saveProfileButton");
        QVERIFY(!m_context->profiles()->contains(acme));
        QVERIFY(m_page->isAddingProfile());
        QCOMPARE(edit("nameEdit")->text(), QStringLiteral("Acme renamed"));
        ErrorPanel* error = errorPanel();
        QVERIFY2(error && error->isVisible() &&
                     error->message().contains(QLatin1StringView("removed meanwhile")),
                 qPrintable(error->message()));
        click("saveProfileButton"); // Add profile
        QTRY_VERIFY(!m_page->isAddingProfile());
        QCOMPARE(m_context->profiles()->profile(m_page->selectedProfileId())->name,
                 QStringLiteral("Acme renamed"));
    }

    void sandboxProfileUsesTheDemoKey()
    {
        open([&] {
            m_context->setSandbox(m_sandbox.baseUrl(), SandboxProcess::apiKey());
            m_context->activateProfile(QString::fromLatin1(ProfileStore::kSandboxId));
        });
        QCOMPARE(m_page->selectedProfileId(), QString::fromLatin1(ProfileStore::kSandboxId));
        QVERIFY(waitForKeyState(AppContext::KeyState::Present));
        QVERIFY(m_page->keyStateText().contains(QLatin1StringView("demo")));
        QVERIFY(!button("removeKeyButton")->isVisible()); // nothing stored, nothing to remove
        QVERIFY(m_page->showsDemoKey());
        QVERIFY(m_context->usesDemoKey());
        QCOMPARE(m_secrets->count(), 0);
        QSignalSpy tested(m_page, &ProfilesPage::connectionTested);
        click("testConnectionButton");
        QVERIFY(tested.wait(kWaitMs));
        QCOMPARE(tested.first().first().toBool(), true);
    }

    // A pasted key that is not stored yet is unsaved too: neither the list (mouse or keyboard), nor a
    // switch in the banner, nor Add throws it away, and Revert asks first.
    void typedKeyIsNotLostBySwitchingProfiles()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug(), {});
        const QString other = addStored(QStringLiteral("Other"), SandboxProcess::organizationSlug());
        open([&] { m_context->activateProfile(other); });
        m_page->selectProfile(acme);
        QVERIFY(waitForKeyState(AppContext::KeyState::Missing));
        QListWidget* list = child<QListWidget>(m_page, "profileList");
        QVERIFY(list->isEnabled());
        typeInto("apiKeyEdit", QStringLiteral("pasted-key"));
        QVERIFY(m_page->hasUnsavedChanges());
        QVERIFY(m_page->hasChangesToLose());
        QVERIFY(!list->isEnabled());
        QVERIFY(label("listHint")->isVisible());
        QVERIFY(!button("addProfileButton")->isEnabled());
        QVERIFY(!button("duplicateProfileButton")->isEnabled());

        const QList<QListWidgetItem*> items = list->findItems(QStringLiteral("Other"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Up);
        m_context->activateProfile(acme);
        m_context->activateProfile(other); // the banner's switcher: the page stays
        QCOMPARE(m_page->selectedProfileId(), acme);
        QCOMPARE(edit("apiKeyEdit")->text(), QStringLiteral("pasted-key"));

        // Revert asks; keeping the key keeps it.
        QFrame* question = child<QFrame>(m_page, "discardConfirmation");
        click("revertButton");
        QVERIFY(question->isVisible());
        QVERIFY2(label("discardConfirmationText")->text().contains(u"Acme"),
                 qPrintable(label("discardConfirmationText")->text()));
        QVERIFY(button("cancelDiscardButton")->hasFocus());
        click("cancelDiscardButton");
        QVERIFY(!question->isVisible());
        QCOMPARE(edit("apiKeyEdit")->text(), QStringLiteral("pasted-key"));
        // An edit after the question changes what there is to lose: the question goes (Revert asks again).
        click("revertButton");
        QVERIFY(question->isVisible());
        edit("nameEdit")->setFocus();
        QTest::keyClicks(edit("nameEdit"), QStringLiteral(" Corp"));
        QVERIFY(!question->isVisible());
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(edit("nameEdit"), Qt::Key_Backspace);
        click("revertButton");
        click("confirmDiscardButton");
        QVERIFY(edit("apiKeyEdit")->text().isEmpty());
        QVERIFY(!m_page->hasUnsavedChanges());
        QVERIFY(list->isEnabled());
        QCOMPARE(m_page->selectedProfileId(), acme);
    }

    // A new profile with something typed into it is unsaved: the list and the banner leave it alone, and
    // Cancel asks first (Esc keeps it). Untouched, it loses nothing, and nothing asks.
    void newProfileIsNotLostBySwitchingOrCancelling()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug());
        const QString other = addStored(QStringLiteral("Other"), SandboxProcess::organizationSlug());
        open([&] { m_context->activateProfile(acme); });
        QListWidget* list = child<QListWidget>(m_page, "profileList");
        QFrame* question = child<QFrame>(m_page, "discardConfirmation");

        click("addProfileButton");
        QVERIFY(m_page->isAddingProfile());
        QVERIFY(!m_page->hasUnsavedChanges());
        QVERIFY(list->isEnabled());
        click("revertButton"); // Cancel
        QVERIFY(!question->isVisible());
        QVERIFY(!m_page->isAddingProfile());
        QCOMPARE(m_page->selectedProfileId(), acme);

        click("addProfileButton");
        typeInto("nameEdit", QStringLiteral("Beta"));
        QVERIFY(m_page->hasUnsavedChanges());
        QVERIFY(!list->isEnabled());
        QVERIFY(label("listHint")->isVisible());
        const QList<QListWidgetItem*> items = list->findItems(QStringLiteral("Other"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(items.first()).center());
        QTest::keyClick(list, Qt::Key_Up);
        m_context->activateProfile(other);
        QVERIFY(m_page->isAddingProfile());
        QCOMPARE(edit("nameEdit")->text(), QStringLiteral("Beta"));

        click("revertButton");
        QVERIFY(question->isVisible());
        QApplication::setActiveWindow(m_page->window());
        QVERIFY(QTest::qWaitForWindowActive(m_page->window()));
        QTest::keyClick(m_page->window(), Qt::Key_Escape);
        QVERIFY(!question->isVisible());
        QVERIFY(m_page->isAddingProfile());
        QCOMPARE(edit("nameEdit")->text(), QStringLiteral("Beta"));
        click("revertButton");
        click("confirmDiscardButton");
        QVERIFY(!m_page->isAddingProfile());
        QCOMPARE(m_page->selectedProfileId(), other); // the active one
    }

    // The keychain is there but fails (an error, not "no keychain"): the hints point to "Use for this
    // session only", which is offered then, and after a write the keychain refused.
    void sessionKeyIsOfferedWhenTheKeychainFails()
    {
        const QString acme =
            addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug(), "stored-key");
        open([&] {
            m_secrets->setSimulatedStatus(SecretStore::Status::Failed);
            m_context->activateProfile(acme);
        });
        QVERIFY(waitForKeyState(AppContext::KeyState::Unavailable));
        QVERIFY(m_page->isKeychainAvailable()); // no "no keychain" banner
        typeInto("apiKeyEdit", QString::fromLatin1(SandboxProcess::apiKey()));
        click("sessionKeyButton");
        QVERIFY(waitForKeyState(AppContext::KeyState::SessionOnly));
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::SessionOnly, kWaitMs);

        m_secrets->setSimulatedStatus(SecretStore::Status::Ok);
        const QString other =
            addStored(QStringLiteral("Other"), SandboxProcess::organizationSlug(), "other-key");
        m_page->selectProfile(other);
        QVERIFY(waitForKeyState(AppContext::KeyState::Present));
        QVERIFY(!button("sessionKeyButton")->isVisible());
        typeInto("apiKeyEdit", QString::fromLatin1(SandboxProcess::apiKey()));
        m_secrets->setSimulatedStatus(SecretStore::Status::Failed);
        click("saveKeyButton");
        QTRY_VERIFY_WITH_TIMEOUT(label("keyStatusLabel")->text().contains(QLatin1StringView("not saved")),
                                 kWaitMs);
        QTRY_VERIFY(!m_page->isBusy());
        QCOMPARE(edit("apiKeyEdit")->text(), QString::fromLatin1(SandboxProcess::apiKey()));
        click("sessionKeyButton");
        QVERIFY(waitForKeyState(AppContext::KeyState::SessionOnly));
        m_secrets->setSimulatedStatus(SecretStore::Status::Ok);
    }

    // Duplicate copies the key in the background: the page stays busy until the copy has answered (a
    // Delete, Remove key or Test & save meanwhile would race with its write), and the note that the key
    // was copied joins only the duplicate's own status.
    void duplicateIsBusyUntilTheKeyIsCopied()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug());
        open([&] { m_context->activateProfile(acme); });
        QVERIFY(waitForKeyState(AppContext::KeyState::Present));
        QLabel* status = label("statusLabel");

        click("duplicateProfileButton");
        QVERIFY(m_page->isBusy());
        QVERIFY(m_page->hasChangesToLose()); // a key being stored
        QVERIFY(!button("deleteProfileButton")->isEnabled());
        QVERIFY(!button("duplicateProfileButton")->isEnabled());
        m_page->requestDelete();
        QVERIFY(!child<QFrame>(m_page, "deleteConfirmation")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), kWaitMs);
        QCOMPARE(m_secrets->count(), 2);
        QVERIFY2(status->text().endsWith(QLatin1StringView("The API key was copied too.")),
                 qPrintable(status->text()));
        QVERIFY(waitForKeyState(AppContext::KeyState::Present));
        QVERIFY(button("deleteProfileButton")->isEnabled());

        // The status moves on before the copy answers: the note does not join another message.
        click("duplicateProfileButton");
        click("useProfileButton");
        const QString used = status->text();
        QVERIFY(used.contains(QLatin1StringView("Every page now works")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), kWaitMs);
        QCOMPARE(m_secrets->count(), 3);
        QCOMPARE(status->text(), used);
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::Present, kWaitMs);
    }

    // A question is asked where it is, which may be outside the visible part of a short form: it is
    // scrolled into view. Its words are read with its buttons, which take the focus.
    void questionsComeIntoViewAndAreRead()
    {
        const QString id = addStored(QStringLiteral("R&D"), SandboxProcess::organizationSlug());
        open([&] { m_context->activateProfile(id); });
        QVERIFY(waitForKeyState(AppContext::KeyState::Present));
        m_window->resize(1000, 420);
        auto* scroll = child<QScrollArea>(m_page, "profileFormScroll");
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QFrame* question = child<QFrame>(m_page, "deleteConfirmation");
        QVERIFY(question->visibleRegion().isEmpty() || !question->isVisible());

        click("deleteProfileButton");
        QVERIFY(question->isVisible());
        QTRY_COMPARE(question->visibleRegion().boundingRect().height(), question->height());

        const QString read = button("confirmDeleteButton")->accessibleDescription();
        QVERIFY2(read.startsWith(QStringLiteral("Delete profile R&D? ")), qPrintable(read));
        QCOMPARE(button("cancelDeleteButton")->accessibleDescription(), read);
        click("cancelDeleteButton");
    }

    // "Check the keychain again" is off while it asks, and says what it found when the keychain is still
    // not there.
    void retryingTheKeychainSaysWhatItFound()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug(), {});
        open([&] {
            m_secrets->setSimulatedStatus(SecretStore::Status::NoKeychain);
            m_context->activateProfile(acme);
        });
        auto* banner = child<QFrame>(m_page, "keychainBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kWaitMs);
        QPushButton* retry = button("retryKeychainButton");
        QLabel* status = label("keychainRetryStatus");
        QVERIFY(!status->isVisible());
        click("retryKeychainButton");
        QVERIFY(!retry->isEnabled());
        QVERIFY(status->isVisible());
        QVERIFY(status->text().contains(QLatin1StringView("Checking")));
        QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), kWaitMs);
        QVERIFY(banner->isVisible());
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QLatin1StringView("still not available")),
                 qPrintable(status->text()));

        m_secrets->setSimulatedStatus(SecretStore::Status::Ok);
        click("retryKeychainButton");
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kWaitMs);
        QVERIFY(retry->isEnabled());
        QVERIFY(!status->isVisible());
    }

    // Without a keychain a profile's key is this session's only: deleting it says so, before and after,
    // instead of a keychain removal that cannot happen and a warning that it did not.
    void deletingWithoutKeychainSpeaksOfTheSessionKey()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug(), {});
        open([&] {
            m_secrets->setSimulatedStatus(SecretStore::Status::NoKeychain);
            m_context->activateProfile(acme);
        });
        QVERIFY(waitForKeyState(AppContext::KeyState::Unavailable));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isKeychainAvailable(), kWaitMs);
        typeInto("apiKeyEdit", QString::fromLatin1(SandboxProcess::apiKey()));
        click("sessionKeyButton");
        QVERIFY(waitForKeyState(AppContext::KeyState::SessionOnly));

        click("deleteProfileButton");
        const QString question = label("deleteConfirmationText")->text();
        QVERIFY2(question.contains(QLatin1StringView("for this session only")), qPrintable(question));
        QVERIFY2(!question.contains(QLatin1StringView("keychain")), qPrintable(question));
        QSignalSpy failed(m_context->profiles(), &ProfileStore::keyRemovalFailed);
        click("confirmDeleteButton");
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs); // the store tried the keychain all the same
        QLabel* status = label("statusLabel");
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QLatin1StringView("forgot its session key")),
                 qPrintable(status->text()));
        QVERIFY2(!status->text().contains(QLatin1StringView("keychain")), qPrintable(status->text()));
        QCOMPARE(m_context->sessionSecrets()->count(), 0);
        m_secrets->setSimulatedStatus(SecretStore::Status::Ok);
    }

    // While a new profile lacks its name or organization, "Test & save key" (or Return in the key field)
    // says what is missing instead of doing nothing; nothing is stored and the key stays.
    void incompleteNewProfileSaysWhatIsMissing()
    {
        for (const bool fromKeyboard : {false, true}) {
            open();
            QVERIFY(m_page->isAddingProfile());
            typeInto("apiKeyEdit", QString::fromLatin1(SandboxProcess::apiKey()));
            QVERIFY(!label("nameError")->isVisible());
            if (fromKeyboard)
                QTest::keyClick(edit("apiKeyEdit"), Qt::Key_Return);
            else
                click("saveKeyButton");
            QVERIFY(label("nameError")->isVisible());
            QVERIFY(label("organizationError")->isVisible());
            QVERIFY(errorPanel()->isVisible());
            QVERIFY(!m_page->isBusy());
            QCOMPARE(m_context->profiles()->count(), 0);
            QCOMPARE(edit("apiKeyEdit")->text(), QString::fromLatin1(SandboxProcess::apiKey()));
            // Once typed in, the errors go as usual.
            typeInto("nameEdit", QStringLiteral("Acme"));
            QVERIFY(!label("nameError")->isVisible());
            QVERIFY(label("organizationError")->isVisible());
        }
        QCOMPARE(m_secrets->count(), 0);
    }

    // Return in a field of the profile saves it (Save is drawn as the default button, which only a
    // dialog honours), and the key field has a letter of its own.
    void returnSavesAndTheKeyFieldHasALetter()
    {
        const QString acme = addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug());
        open([&] { m_context->activateProfile(acme); });
        typeInto("nameEdit", QStringLiteral("Acme 2"));
        QTest::keyClick(edit("nameEdit"), Qt::Key_Return);
        QCOMPARE(m_context->profiles()->profile(acme)->name, QStringLiteral("Acme 2"));
        QVERIFY(!m_page->hasUnsavedChanges());
        typeInto("organizationEdit", SandboxProcess::limitedOrganizationSlug());
        QTest::keyClick(edit("organizationEdit"), Qt::Key_Enter);
        QCOMPARE(m_context->profiles()->profile(acme)->organization,
                 SandboxProcess::limitedOrganizationSlug());

        QLineEdit* key = edit("apiKeyEdit");
        const QList<QLabel*> labels = m_page->findChildren<QLabel*>();
        const auto keyLabel = std::find_if(labels.cbegin(), labels.cend(),
                                           [key](const QLabel* l) { return l->buddy() == key; });
        QVERIFY(keyLabel != labels.cend());
        const QString text = (*keyLabel)->text();
        const qsizetype amp = text.indexOf(u'&');
        QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
        QApplication::setActiveWindow(m_page->window());
        QVERIFY(QTest::qWaitForWindowActive(m_page->window()));
        edit("nameEdit")->setFocus();
        QTest::keyClick(m_page->window(), text.at(amp + 1).toLower().toLatin1(), Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), key);
    }

    void everyControlIsNamed()
    {
        addStored(QStringLiteral("Acme"), SandboxProcess::organizationSlug());
        open();
        const QList<QWidget*> widgets = m_page->findChildren<QWidget*>();
        int checked = 0;
        for (QWidget* widget : widgets) {
            const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                                 qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractItemView*>(widget);
            // Composite widgets from ui/widgets name their own parts; line edits own their clear buttons.
            bool foreign = false;
            for (QWidget* up = widget->parentWidget(); up && up != m_page; up = up->parentWidget())
                foreign = foreign || qobject_cast<ErrorPanel*>(up) || qobject_cast<QLineEdit*>(up) ||
                          qobject_cast<QComboBox*>(up) || up->inherits("DurationEdit") ||
                          qobject_cast<QAbstractItemView*>(up);
            if (!control || foreign)
                continue;
            ++checked;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        QVERIFY(checked >= 15);
    }

    // The hints name the click that activates an organization on this platform. Using a profile is a
    // double click (or Enter) everywhere: a single click selects it to look at it, and making it the
    // active one decides where tokens are created.
    void hintsNameThePlatformsClick()
    {
        open();
        auto* list = m_page->findChild<QListWidget*>(QStringLiteral("profileList"));
        QVERIFY(list);
        QCOMPARE(list->toolTip(), QStringLiteral("Double-click a profile to use it"));
        QVERIFY(pageSays(QStringLiteral("Double-click one in the list")));

        const QString styleName = QApplication::style()->name();
        const auto restore = qScopeGuard([styleName] { QApplication::setStyle(styleName); });
        QApplication::setStyle(new SingleClickStyle);
        open();
        list = m_page->findChild<QListWidget*>(QStringLiteral("profileList"));
        QCOMPARE(list->toolTip(), QStringLiteral("Double-click a profile to use it"));
        QVERIFY(pageSays(QStringLiteral("Click one in the list")));
        QVERIFY(!pageSays(QStringLiteral("ouble-click")));
    }
};

QTEST_MAIN(TestProfilesPage)
#include "test_profilespage.moc"
