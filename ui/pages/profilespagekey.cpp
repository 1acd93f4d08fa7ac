// The API key and Test connection parts of ProfilesPage: the key's state for the selected profile,
// storing it (keychain or this session only), removing it, and testing a key with the page's own client.

#include "profilespage.h"

#include "apiclient.h"
#include "errorpanel.h"
#include "formscroll.h"
#include "inlineconfirmation.h"
#include "named.h"
#include "secretlineedit.h"
#include "secretstore.h"
#include "statuscolors.h"
#include "wrappedlabel.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace {

using KeyState = AppContext::KeyState;
using Result = SecretStore::Result;

// An eye (open: "show the key"; struck through: "hide it"), drawn so it exists on every platform.
QIcon eyeIcon(bool struck, const QColor& color)
{
    QPixmap pixmap(40, 40);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPainterPath outline;
    outline.moveTo(4, 20);
    outline.quadTo(20, 4, 36, 20);
    outline.quadTo(20, 36, 4, 20);
    painter.drawPath(outline);
    painter.setBrush(color);
    painter.drawEllipse(QPointF(20, 20), 5, 5);
    if (struck)
        painter.drawLine(8, 34, 32, 6);
    return QIcon(pixmap);
}

// Failures where the key never reached a server (or the test was cancelled while waiting for a slow
// one), so storing it untested is a reasonable choice.
bool serverNotReached(const ApiError& error)
{
    switch (error.kind()) {
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::ConnectionRefused:
    case ApiError::Kind::HostNotFound:
    case ApiError::Kind::ConnectTimeout:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network:
        return true;
    default:
        return false;
    }
}

} // namespace

// ---- building ----------------------------------------------------------------------------------------

QGroupBox* ProfilesPage::buildKeyGroup()
{
    auto* group = new QGroupBox(tr("API key"));
    group->setObjectName(QStringLiteral("apiKeyGroup"));
    m_keyStateLabel = captioned(new QLabel, "keyStateLabel", tr("API key state"));
    m_keyHint = new WrappedLabel;
    m_keyHint->setObjectName(QStringLiteral("keyHint"));

    // Masked, no input method memory, and kept out of the primary selection while shown.
    m_keyEdit = named(new SecretLineEdit, "apiKeyEdit", tr("API key"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_keyEdit->setFont(mono);
    m_reveal = new QAction(eyeIcon(false, palette().color(QPalette::Text)), tr("Show the key"), m_keyEdit);
    m_reveal->setObjectName(QStringLiteral("revealKeyAction"));
    m_reveal->setCheckable(true);
    // The eye inside the field takes no focus: the keyboard toggles it while typing the key.
    m_reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_reveal->setShortcutContext(Qt::WidgetShortcut);
    m_keyEdit->addAction(m_reveal, QLineEdit::TrailingPosition);
    connect(m_reveal, &QAction::toggled, this, [this](bool shown) {
        m_keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setIcon(eyeIcon(shown, palette().color(QPalette::Text)));
        m_reveal->setText(shown ? tr("Hide the key") : tr("Show the key"));
        revealToolTip();
    });
    revealToolTip();

    m_saveKeyButton = named(new QPushButton(tr("Test && &save key")), "saveKeyButton",
                            tr("Test and save the key in the keychain"));
    m_saveKeyButton->setToolTip(tr("Checks the key with the server, then stores it in the OS keychain"));
    m_sessionKeyButton = named(new QPushButton(tr("Use for this session onl&y")), "sessionKeyButton",
                               tr("Use the key for this session only"));
    m_sessionKeyButton->setToolTip(
        tr("Keeps the key in memory only; it is forgotten when EnrollDesk closes"));
    m_removeKeyButton = named(new QPushButton(tr("Re&move key")), "removeKeyButton", tr("Remove the key"));
    m_removeKeyButton->setToolTip(tr("Removes this profile's key from the keychain and from this session"));
    m_keyStatus = captioned(new WrappedLabel, "keyStatusLabel", tr("Key result"));
    m_keyStatus->setVisible(false);

    auto* stateRow = new QHBoxLayout;
    stateRow->addWidget(m_keyStateLabel);
    stateRow->addStretch();
    stateRow->addWidget(m_removeKeyButton);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_keyStatus, 1);
    buttons->addStretch(); // keeps the buttons their natural size while the status is hidden
    buttons->addWidget(m_sessionKeyButton);
    buttons->addWidget(m_saveKeyButton);

    m_removeKeyConfirm = new InlineConfirmation(
        "removeKeyConfirmation",
        named(new QPushButton(tr("Keep the key")), "cancelRemoveKeyButton", tr("Keep the key")),
        named(new QPushButton(tr("Remove key")), "confirmRemoveKeyButton", tr("Remove the key")));
    m_removeKeyConfirm->setAccessibleName(tr("Confirm removing the key"));
    connect(m_removeKeyConfirm, &InlineConfirmation::confirmed, this, &ProfilesPage::removeKey);

    // A letter of its own for the field (the group's title would take the focus to its first button).
    auto* keyLabel = new QLabel(tr("Ne&w key:"));
    keyLabel->setBuddy(m_keyEdit);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(keyLabel);
    keyRow->addWidget(m_keyEdit, 1);

    auto* layout = new QVBoxLayout(group);
    layout->addLayout(stateRow);
    layout->addWidget(m_removeKeyConfirm);
    layout->addWidget(m_keyHint);
    layout->addLayout(keyRow);
    layout->addLayout(buttons);

    connect(m_keyEdit, &QLineEdit::textChanged, this,
            &ProfilesPage::revalidate); // a typed key lifts serverMovedFromStoredKey
    connect(m_keyEdit, &QLineEdit::textChanged, this, &ProfilesPage::dropUntestedOffer);
    connect(m_keyEdit, &QLineEdit::returnPressed, this, [this] {
        // The button shown: without a keychain, Save is hidden (though enabled) and the session one is it.
        if (m_saveKeyButton->isVisible() && m_saveKeyButton->isEnabled())
            saveKey();
        else if (m_sessionKeyButton->isVisible() && m_sessionKeyButton->isEnabled())
            useKeyForSession();
    });
    connect(m_saveKeyButton, &QPushButton::clicked, this, &ProfilesPage::saveKey);
    connect(m_sessionKeyButton, &QPushButton::clicked, this, &ProfilesPage::useKeyForSession);
    connect(m_removeKeyButton, &QPushButton::clicked, this, &ProfilesPage::requestRemoveKey);
    return group;
}

void ProfilesPage::revealToolTip()
{
    m_reveal->setToolTip(m_reveal->text() + QStringLiteral(" (") +
                         m_reveal->shortcut().toString(QKeySequence::NativeText) + u')');
}

QGroupBox* ProfilesPage::buildTestGroup()
{
    auto* group = new QGroupBox(tr("Test connection"));
    group->setObjectName(QStringLiteral("testGroup"));
    auto* explanation = new WrappedLabel(
        singleClickActivates()
            ? tr("Asks the server which organizations the key can reach, with the key typed above or else "
                 "the stored one. Click one in the list, or press Enter on it, to fill in the organization.")
            : tr("Asks the server which organizations the key can reach, with the key typed "
                 "above or else the stored one. Double-click one in the list, or press Enter "
                 "on it, to fill in the organization."));
    m_testButton =
        named(new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Test connection")),
              "testConnectionButton", tr("Test connection"));
    m_testStatus = captioned(new WrappedLabel, "testStatusLabel", tr("Connection test result"));

    m_organizations = named(new QTreeWidget, "organizationList", tr("Organizations the key can reach"));
    m_organizations->setHeaderLabels({tr("Organization"), tr("Slug"), tr("Id")});
    m_organizations->setRootIsDecorated(false);
    m_organizations->setAlternatingRowColors(true);
    m_organizations->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_organizations->header()->setStretchLastSection(false);
    m_organizations->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_organizations->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_organizations->setVisible(false);
    m_useOrganizationButton =
        named(new QPushButton(tr("Use selected organi&zation")), "useOrganizationButton",
              tr("Use the selected organization in this profile"));
    m_useOrganizationButton->setVisible(false);
    m_error = new ErrorPanel;
    m_error->setAccessibleName(tr("Connection or key error"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_testButton);
    row->addWidget(m_testStatus, 1);
    auto* pick = new QHBoxLayout;
    pick->addStretch();
    pick->addWidget(m_useOrganizationButton);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(explanation);
    layout->addLayout(row);
    layout->addWidget(m_organizations);
    layout->addLayout(pick);
    layout->addWidget(m_error);

    connect(m_testButton, &QPushButton::clicked, this, &ProfilesPage::testConnection);
    connect(m_organizations, &QTreeWidget::currentItemChanged, this, &ProfilesPage::updateButtons);
    // Activated: a double-click, or Enter on the current row (a single click where the platform says so).
    connect(m_organizations, &QTreeWidget::activated, this, &ProfilesPage::useSelectedOrganization);
    connect(m_useOrganizationButton, &QPushButton::clicked, this, &ProfilesPage::useSelectedOrganization);
    connect(m_error, &ErrorPanel::actionTriggered, this, [this] {
        if (const std::optional<KeyTarget> target = std::exchange(m_pendingUntested, std::nullopt))
            storeKey(*target, false);
    });
    return group;
}

// ---- keychain and key state --------------------------------------------------------------------------

void ProfilesPage::retryKeychain()
{
    if (m_retrying)
        return;
    // Disabled while the keychain is asked (it may wait for an unlock), and its answer said either way.
    m_retrying = true;
    m_retryKeychainButton->setEnabled(false);
    setRetryStatus(tr("Checking the keychain…"));
    probeKeychain(true);
}

void ProfilesPage::setRetryStatus(const QString& text, const QString& detail)
{
    m_retryStatus->setText(text);
    m_retryStatus->setToolTip(detail);
    m_retryStatus->setVisible(!text.isEmpty());
}

void ProfilesPage::probeKeychain(bool thenRefresh)
{
    m_context->secrets()->probe(this, [this, thenRefresh](const Result& probed) {
        if (thenRefresh) {
            m_retrying = false;
            m_retryKeychainButton->setEnabled(true);
            if (probed.ok())
                setRetryStatus({});
            else
                setRetryStatus(tr("The keychain is still not available. Start or unlock it, then check "
                                  "again."),
                               probed.message);
        }
        if (probed.ok()) {
            setKeychainAvailable(true);
            if (!thenRefresh)
                return;
            // The keychain is back: the context's failed read is worth repeating (this page follows it).
            if (selectedIsActive() && m_context->keyState() == KeyState::Unavailable)
                m_context->reloadKey();
            else
                refreshKeyState();
        } else if (probed.status == SecretStore::Status::NoKeychain) {
            setKeychainAvailable(false, probed.message);
        }
    });
}

void ProfilesPage::learnKeychainState()
{
    if (m_keychainKnown || !m_shown || m_starting)
        return;
    const bool contextAsksKeychain = !m_context->activeProfile().id.isEmpty() && !m_context->usesDemoKey();
    if (contextAsksKeychain) {
        switch (m_context->keyState()) {
        case KeyState::Unknown:
            return; // its answer follows: keyStateChanged, or the store's keychainUnavailable
        case KeyState::Present:
        case KeyState::Missing:
            setKeychainAvailable(true); // the keychain answered the context's read
            return;
        case KeyState::SessionOnly: // the keychain was not asked
        case KeyState::Unavailable: // "no keychain" or another failure: the probe tells which
            break;
        }
    }
    m_keychainKnown = true; // one probe is enough; its answer (or any later one) updates the banner
    probeKeychain(false);
}

void ProfilesPage::setKeychainAvailable(bool available, const QString& message)
{
    m_keychainKnown = true;
    if (available == m_keychainAvailable && message == m_keychainMessage)
        return;
    m_keychainAvailable = available;
    m_keychainMessage = message;
    if (available)
        setRetryStatus({}); // a retry's answer is old news once the banner goes
    m_keychainBanner->setVisible(!available);
    m_keychainBanner->setToolTip(message);
    updateButtons();
}

bool ProfilesPage::selectedIsActive() const
{
    return !m_adding && !m_selectedId.isEmpty() && m_selectedId == m_context->activeProfile().id;
}

bool ProfilesPage::showsDemoKey() const
{
    return m_keyState == KeyState::Present && selectedIsActive() && m_context->usesDemoKey();
}

void ProfilesPage::keyChanged(const QString& id)
{
    if (id == m_context->activeProfile().id)
        m_context->reloadKey(); // one read, the context's; this page shows its answer (keyStateChanged)
    else if (!m_adding && id == m_selectedId)
        refreshKeyState();
}

void ProfilesPage::refreshKeyState()
{
    // Only the newest read may show its answer: the selection may have changed meanwhile.
    const int generation = ++m_keyGeneration;
    if (m_adding || m_selectedId.isEmpty()) {
        showKeyState(KeyState::Missing);
        return;
    }
    if (selectedIsActive()) {
        // The context reads the active profile's key (and knows about the sandbox's demo key).
        const KeyState state = m_context->keyState();
        if (state == KeyState::Present && !m_context->usesDemoKey())
            setKeychainAvailable(true);
        showKeyState(state, m_context->keyMessage(), m_context->keyOfAnotherServer());
        return;
    }
    showKeyState(KeyState::Unknown);
    if (m_starting)
        return; // read on the first turn of the event loop, if this is still the selection then
    const QString id = m_selectedId;
    const QUrl server = m_stored ? m_stored->baseUrl : QUrl();
    m_context->sessionKeys()->read(id, server, this, [this, id, server, generation](const Result& session) {
        if (generation != m_keyGeneration)
            return;
        if (session.ok()) {
            showKeyState(KeyState::SessionOnly);
            return;
        }
        m_context->keys()->read(id, server, this, [this, generation](const ProfileKeys::Result& stored) {
            if (generation != m_keyGeneration)
                return;
            if (stored.ofAnotherServer()) {
                setKeychainAvailable(true);
                showKeyState(KeyState::Missing, stored.message, true); // as the context
            } else if (stored.ok()) {
                setKeychainAvailable(true);
                showKeyState(KeyState::Present);
            } else if (stored.status == SecretStore::Status::NotFound) {
                m_keychainKnown = true;
                showKeyState(KeyState::Missing, stored.message);
            } else {
                if (stored.status == SecretStore::Status::NoKeychain)
                    setKeychainAvailable(false, stored.message);
                showKeyState(KeyState::Unavailable, stored.message);
            }
        });
    });
}

QString ProfilesPage::keyStateText() const
{
    return m_keyStateLabel->text();
}

void ProfilesPage::showKeyState(KeyState state, const QString& message, bool ofAnotherServer)
{
    m_keyState = state;
    m_keyRefused = state == KeyState::Missing && ofAnotherServer;
    QString text;
    QString hint;
    QString badge; // the badge's style sheet
    switch (state) {
    case KeyState::Unknown:
        text = tr("Reading the key…");
        badge = StatusColors::badgeStyle(QStringLiteral("rgba(128,128,128,0.18)"),
                                         QStringLiteral("palette(text)"));
        break;
    case KeyState::Present:
        text = showsDemoKey() ? tr("Sandbox demo key") : tr("✓ Stored in the keychain");
        hint = showsDemoKey() ? tr("The local sandbox's public demo key is used. It is never stored.")
                              : tr("To replace it, paste the new key below and choose Test & save key.");
        badge = StatusColors::successBadgeStyle();
        break;
    case KeyState::SessionOnly:
        text = tr("Session only");
        hint = tr("The key is kept in memory and forgotten when EnrollDesk closes.");
        badge = StatusColors::infoBadgeStyle();
        break;
    case KeyState::Missing:
        text = tr("No key yet");
        if (m_keyRefused) { // say so where the hint is read
            hint = message + u' ' + tr("Paste the key for this server below, then choose Test & save key.");
            badge = StatusColors::warningBadgeStyle();
            break;
        }
        hint = m_adding
                   ? tr("Paste the service account's API key to test the connection now; it is stored in "
                        "the keychain when you add the profile.")
                   : tr("This profile has no API key yet. Paste the service account's key below, then "
                        "choose Test & save key. It is kept only in the OS keychain.");
        badge = StatusColors::warningBadgeStyle();
        break;
    case KeyState::Unavailable:
        text = tr("Keychain unavailable");
        hint =
            tr("The key cannot be read or stored. Paste it below and use it for this session only, or start "
               "or unlock the keychain and try again.");
        badge = StatusColors::errorBadgeStyle();
        break;
    }
    m_keyStateLabel->setText(text);
    m_keyStateLabel->setToolTip(message);
    m_keyStateLabel->setStyleSheet(badge);
    m_keyHint->setText(hint);
    m_keyHint->setVisible(!hint.isEmpty());
    m_keyEdit->setPlaceholderText(state == KeyState::Present || state == KeyState::SessionOnly
                                      ? tr("Paste a new key to replace the current one")
                                      : tr("Paste the service account's API key"));
    revalidate(); // whether an edited server must wait for the key typed again depends on the state
    Q_EMIT keyStateShown(state);
}

void ProfilesPage::setKeyStatus(const QString& text, bool good)
{
    m_keyStatus->setText(text);
    StatusColors::followPalette(
        m_keyStatus, [good](const QWidget* label) { return StatusColors::textStyle(label, good); });
    m_keyStatus->setVisible(!text.isEmpty());
}

void ProfilesPage::clearKeyEdit()
{
    // setText() (unlike clear()) also drops the undo history, which would otherwise keep the key.
    m_keyEdit->setText(QString());
    m_reveal->setChecked(false);
}

// ---- testing and storing keys ------------------------------------------------------------------------

ApiClient* ProfilesPage::testClient(const QByteArray& key, const Profile& form)
{
    m_client->setBaseUrl(form.baseUrl);
    m_client->setOrganization(form.organization);
    m_client->setApiKey(key);
    return m_client;
}

void ProfilesPage::testConnection()
{
    if (isBusy())
        return;
    m_error->clear();
    m_pendingUntested.reset();
    const Profile profile = formProfile();
    QString why;
    if (!ApiClient::isAllowedBaseUrl(profile.baseUrl, &why)) {
        m_error->showMessage(tr("Base URL: %1").arg(why));
        return;
    }
    if (serverMovedFromStoredKey(profile)) {
        m_error->showMessage(retypeKeyForServerText());
        return;
    }
    const auto run = [this, profile](ApiClient* client) {
        setBusy(true);
        m_testStatus->setText(tr("Asking %1…").arg(serverText(profile.baseUrl)));
        m_test = client->listOrganizations(this, [this, client](const ApiResult<Page<Organization>>& result) {
            if (client == m_client)
                m_client->clearApiKey();
            setBusy(false);
            if (result.ok())
                showOrganizations(result.value);
            else
                showTestFailure(result.error);
            Q_EMIT connectionTested(result.ok());
        });
    };

    QByteArray typed = m_keyEdit->text().trimmed().toUtf8();
    if (!typed.isEmpty()) {
        run(testClient(typed, profile));
        // m_client shares the buffer now: its clearApiKey() after the test is the last holder's wipe.
        SecretStore::wipe(typed);
        return;
    }
    if (showsDemoKey() && m_context->client()->baseUrl() == profile.baseUrl) {
        run(m_context->client());
        return;
    }
    // The stored key: the session's, else the keychain's. The store wipes its reference when the
    // callback returns, which leaves m_client's (cleared after the test) as the last one.
    const QString id = m_selectedId;
    setBusy(true);
    m_context->sessionKeys()->read(
        id, profile.baseUrl, this, [this, id, run, profile](const Result& session) {
            if (session.ok()) {
                setBusy(false);
                run(testClient(session.key, profile));
                return;
            }
            m_context->keys()->read(
                id, profile.baseUrl, this, [this, run, profile](const ProfileKeys::Result& stored) {
                    setBusy(false);
                    if (stored.ok()) {
                        run(testClient(stored.key, profile));
                        return;
                    }
                    m_testStatus->clear();
                    m_error->showMessage(
                        stored.ofAnotherServer() ? stored.message
                        : stored.status == SecretStore::Status::NotFound
                            ? tr("This profile has no API key yet: paste it above to test the connection.")
                            : stored.message,
                        stored.detail);
                    Q_EMIT connectionTested(false);
                });
        });
}

void ProfilesPage::showOrganizations(const Page<Organization>& page)
{
    const QString wanted = m_organization->text().trimmed();
    m_organizations->clear();
    QTreeWidgetItem* match = nullptr;
    for (const Organization& organization : page.items) {
        auto* item =
            new QTreeWidgetItem(m_organizations, {organization.name, organization.slug, organization.id});
        item->setData(0, Qt::UserRole, organization.slug.isEmpty() ? organization.id : organization.slug);
        if (!wanted.isEmpty() &&
            (organization.id == wanted || organization.slug.compare(wanted, Qt::CaseInsensitive) == 0))
            match = item;
    }
    m_organizations->setCurrentItem(match ? match : m_organizations->topLevelItem(0));
    const bool any = !page.items.isEmpty();
    if (any) {
        // As tall as its rows, up to five: the form's layout would squeeze the list to nothing in a short
        // window rather than let the scroll area scroll.
        const int rows = std::min<int>(m_organizations->topLevelItemCount(), 5);
        m_organizations->setFixedHeight(m_organizations->header()->sizeHint().height() +
                                        rows * m_organizations->sizeHintForRow(0) +
                                        2 * m_organizations->frameWidth());
    }
    m_organizations->setVisible(any);
    m_useOrganizationButton->setVisible(any);

    QString text = tr("✓ Connected. The key reaches %n organization(s).", nullptr, int(page.items.size()));
    const bool oneClick = singleClickActivates();
    if (!wanted.isEmpty() && !match && any)
        text += u' ' + (oneClick ? tr("“%1” is not one of them: click one below to use it instead.")
                                 : tr("“%1” is not one of them: double-click one below to use it instead."))
                           .arg(wanted);
    else if (wanted.isEmpty() && any)
        text += u' ' + (oneClick ? tr("Click one below to fill in the organization.")
                                 : tr("Double-click one below to fill in the organization."));
    m_testStatus->setText(text);
    StatusColors::followPalette(m_testStatus, StatusColors::successTextStyle);
    updateButtons();
    // In a short window the list and its button appear below the visible part of the form.
    if (any)
        revealInScrollArea(m_formScroll, {m_testStatus, m_useOrganizationButton});
}

void ProfilesPage::showTestFailure(const ApiError& error)
{
    m_organizations->clear();
    m_organizations->setVisible(false);
    m_useOrganizationButton->setVisible(false);
    m_testStatus->setText(tr("✗ The connection test failed."));
    StatusColors::followPalette(m_testStatus, StatusColors::errorTextStyle);
    m_error->showError(error);
}

void ProfilesPage::useSelectedOrganization()
{
    const QTreeWidgetItem* item = m_organizations->currentItem();
    if (!item)
        return;
    m_organization->setText(item->data(0, Qt::UserRole).toString());
    m_status->setText(
        m_adding ? tr("Organization set to “%1”.").arg(m_organization->text())
                 : tr("Organization set to “%1”: save the profile to keep it.").arg(m_organization->text()));
    m_status->setVisible(true);
}

void ProfilesPage::saveKey()
{
    storeKey(KeyTarget::Keychain, true);
}

void ProfilesPage::useKeyForSession()
{
    storeKey(KeyTarget::Session, true);
}

void ProfilesPage::storeKey(KeyTarget target, bool testFirst)
{
    if (isBusy() || m_keyEdit->text().trimmed().isEmpty())
        return;
    // A key typed for a new profile, or for a server typed into the form, is stored with that profile or
    // server: stored alone, it would belong to the profile's old server.
    if (m_adding || serverEdited(formProfile())) {
        saveProfileWithKey(target, testFirst); // stores the typed key once the profile is saved
        if (!m_formValid)
            m_error->showMessage(tr("Correct the profile first: the key is saved with it."));
        return;
    }
    storeTypedKey(target, testFirst);
}

void ProfilesPage::storeTypedKey(KeyTarget target, bool testFirst, const std::optional<Profile>& saved,
                                 bool replacesOldServers)
{
    if (isBusy() || m_keyEdit->text().trimmed().isEmpty())
        return;
    m_error->clear();
    m_pendingUntested.reset();
    // Wiped when its last holder lets it go: this function, or the test's callback once it has answered
    // or is destroyed without running (the page closed during the test). m_client holds another.
    const auto key = std::make_shared<SecretBytes>(m_keyEdit->text().trimmed().toUtf8());
    // The profile and server the key was typed for, whatever is selected when the test answers.
    const QString id = saved ? saved->id : m_selectedId;
    if (!testFirst) {
        writeKey(target, key->bytes(), id, replacesOldServers);
        return;
    }
    setBusy(true);
    setKeyStatus(tr("Testing the key…"), true);
    m_test = testClient(key->bytes(), saved ? *saved : formProfile())
                 ->listOrganizations(this, [this, target, key, id,
                                            replacesOldServers](const ApiResult<Page<Organization>>& result) {
                     m_client->clearApiKey();
                     setBusy(false);
                     Q_EMIT connectionTested(result.ok());
                     if (!result.ok()) {
                         showTestFailure(result.error);
                         setKeyStatus(tr("The key was not saved."), false);
                         if (serverNotReached(result.error)) {
                             m_pendingUntested = target;
                             m_error->setAction(target == KeyTarget::Keychain ? tr("Save without testing")
                                                                              : tr("Use without testing"));
                         }
                         key->clear();
                         return;
                     }
                     showOrganizations(result.value);
                     writeKey(target, key->bytes(), id, replacesOldServers);
                     key->clear(); // after m_client's and writeKey's: the last holder zeroes it
                 });
}

void ProfilesPage::testKeyThenMove(const Profile& profile, KeyTarget target)
{
    m_error->clear();
    m_pendingUntested.reset();
    // Wiped by its last holder, as in storeTypedKey().
    const auto key = std::make_shared<SecretBytes>(m_keyEdit->text().trimmed().toUtf8());
    setBusy(true);
    setKeyStatus(tr("Testing the key with the new server…"), true);
    m_test = testClient(key->bytes(), profile)
                 ->listOrganizations(this, [this, profile, target,
                                            key](const ApiResult<Page<Organization>>& result) {
                     m_client->clearApiKey();
                     setBusy(false);
                     Q_EMIT connectionTested(result.ok());
                     if (!result.ok()) {
                         key->clear();
                         showTestFailure(result.error);
                         setKeyStatus(tr("Nothing was saved: the profile keeps its server and its stored "
                                         "key."),
                                      false);
                         if (serverNotReached(result.error)) {
                             m_pendingUntested = target; // storeKey(), untested: moves it then
                             m_error->setAction(target == KeyTarget::Keychain ? tr("Save without testing")
                                                                              : tr("Use without testing"));
                         }
                         return;
                     }
                     showOrganizations(result.value);
                     // The key tested, not what the field may hold by now. A session key cannot fail to
                     // be kept: the profile moves first, so that it is kept for the new server.
                     if (target == KeyTarget::Keychain)
                         writeKeyThenMove(key->bytes(), profile);
                     else if (commitProfile(profile))
                         writeKey(target, key->bytes(), profile.id, true);
                     key->clear();
                 });
}

void ProfilesPage::writeKey(KeyTarget target, QByteArray key, const QString& id, bool replacesOldServers)
{
    const std::optional<Profile> profile = m_context->profiles()->profile(id);
    if (!profile) { // removed meanwhile (by the CLI, say): no key is kept for a profile that is gone
        SecretStore::wipe(key);
        setKeyStatus(tr("The profile no longer exists, so the key was not saved."), false);
        return;
    }
    if (target == KeyTarget::Session) {
        if (id == m_context->activeProfile().id)
            m_context->useKeyForSession(key); // the context reloads it; keyStateChanged refreshes this page
        else
            m_context->sessionKeys()->write(id, profile->baseUrl, key, this,
                                            [this, id](const ProfileKeys::Result&) { keyChanged(id); });
        // The keychain's key of the old server, kept until now, is replaced by this one. Without a keychain
        // there is none to remove.
        if (replacesOldServers && m_keychainAvailable)
            m_context->secrets()->remove(id, this, [](const Result&) {});
        SecretStore::wipe(key);
        clearKeyEdit();
        setKeyStatus(tr("The key is used for this session only."), true);
        return;
    }
    storeInKeychain(key, id, profile->baseUrl);
}

void ProfilesPage::storeInKeychain(QByteArray key, const QString& id, const QUrl& server,
                                   const std::function<bool()>& beforeSaved, const QString& notSavedText)
{
    setBusy(true);
    setKeyStatus(tr("Saving in the keychain…"), true);
    ++m_keyWrites;
    m_context->keys()->write(
        id, server, key, this, [this, id, beforeSaved, notSavedText](const ProfileKeys::Result& written) {
            --m_keyWrites;
            // The typed key stays in the field on a failure, so "Use for this session only" can take it.
            m_keyWriteFailed = !written.ok();
            setBusy(false); // shows that button
            if (!written.ok()) {
                const bool noKeychain = written.status == SecretStore::Status::NoKeychain;
                if (noKeychain)
                    setKeychainAvailable(false, written.message);
                else
                    m_error->showMessage(written.message, written.detail);
                setKeyStatus(!notSavedText.isEmpty() ? notSavedText
                             : noKeychain ? tr("No keychain is available, so the key was not saved.")
                                          : tr("The key was not saved."),
                             false);
                return;
            }
            if (beforeSaved && !beforeSaved())
                return;
            clearKeyEdit();
            // A session key would be used before the stored one (the old server's too, after a move):
            // forget it.
            m_context->sessionSecrets()->remove(id, this, [](const Result&) {});
            setKeyStatus(tr("Saved in the keychain."), true);
            keyChanged(id); // one read
        });
    SecretStore::wipe(key);
}

void ProfilesPage::writeKeyThenMove(QByteArray key, const Profile& profile)
{
    // Recorded for the new server: until the profile moves, the context refuses it for the old one.
    storeInKeychain(
        key, profile.id, profile.baseUrl, [this, profile] { return commitProfile(profile).has_value(); },
        tr("The key was not saved, so the profile keeps its server and its stored key."));
}

void ProfilesPage::dropUntestedOffer()
{
    // "Save without testing" was offered for the server and key of that attempt: another key, or
    // another server in the form, is not what it would have saved.
    if (!m_pendingUntested)
        return;
    m_pendingUntested.reset();
    m_error->setAction(QString()); // the failure stays said
}

// The keychain holds what may be the only copy of the key: it is asked first, as deleting a profile is.
void ProfilesPage::requestRemoveKey()
{
    if (isBusy() || m_adding || m_selectedId.isEmpty())
        return;
    const std::optional<Profile> profile = storedProfile();
    const QString name = profile ? profile->name.toHtmlEscaped() : QString();
    ask(m_removeKeyConfirm,
        m_keyState == KeyState::SessionOnly
            ? tr("Forget the key of profile <b>%1</b> kept for this session? It has to be pasted again to "
                 "create tokens.")
                  .arg(name)
            : tr("Remove the API key of profile <b>%1</b> from the keychain? EnrollDesk cannot show it "
                 "again: keep a copy elsewhere if it will be needed.")
                  .arg(name));
}

void ProfilesPage::removeKey()
{
    if (isBusy() || m_adding || m_selectedId.isEmpty())
        return;
    const QString id = m_selectedId;
    // A session key is what the question named: the keychain's (which may be the only copy, stored
    // before the session one) stays. A key stored in the keychain takes any session key with it.
    const bool sessionOnly = m_keyState == KeyState::SessionOnly;
    SecretStore* store =
        sessionOnly ? static_cast<SecretStore*>(m_context->sessionSecrets()) : m_context->secrets();
    setBusy(true);
    ++m_keyWrites;
    if (!sessionOnly)
        m_context->sessionSecrets()->remove(id, this, [](const Result&) {});
    store->remove(id, this, [this, id, sessionOnly](const Result& removed) {
        --m_keyWrites;
        setBusy(false);
        if (removed.ok())
            setKeyStatus(sessionOnly ? tr("The session key was forgotten.")
                                     : tr("The key was removed from the keychain."),
                         true);
        else
            setKeyStatus(removed.message, false);
        keyChanged(id); // one read
    });
}
