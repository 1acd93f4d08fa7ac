#pragma once
// Profiles & API key: the saved profiles on the left (add, duplicate, delete, use), the selected profile's
// form on the right, its API key (kept in the OS keychain, or for this session only when there is no
// keychain) and "Test connection", which lists the organizations the key reaches so one can be picked.
// Keys are tested with a client of the page's own, so a test never changes the console's connection.

#include "appcontext.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class ApiCall;
class InlineConfirmation;
class ApiClient;
class ApiError;
class DurationEdit;
class ErrorPanel;
class QAction;
class QFrame;
class QGroupBox;
class QLabel;
class LanguagePicker;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTreeWidget;
struct Organization;
template <typename T> struct Page;

class ProfilesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilesPage(AppContext* context, QWidget* parent = nullptr);
    ~ProfilesPage() override;

    // The selected profile's id; empty while a new profile is being added.
    QString selectedProfileId() const { return m_selectedId; }
    bool isAddingProfile() const { return m_adding; }
    // What switching profiles would lose: the form differs from the stored profile, a key is pasted and
    // not stored yet, or something is typed into a new profile (an untouched new form loses nothing).
    bool hasUnsavedChanges() const;
    // What quitting would lose: hasUnsavedChanges(), or a key being stored.
    bool hasChangesToLose() const;
    // The selected profile's key: Present (keychain or the sandbox's demo key), SessionOnly, Missing,
    // Unavailable (no keychain) or Unknown (being read).
    AppContext::KeyState selectedKeyState() const { return m_keyState; }
    QString keyStateText() const;
    // False after the keychain answered "not available" (probe or any operation).
    bool isKeychainAvailable() const { return m_keychainAvailable; }
    // The selected profile is the active one and uses the sandbox's public demo key.
    bool showsDemoKey() const;
    // A test, or storing/removing a key, is under way.
    bool isBusy() const;

public Q_SLOTS:
    void selectProfile(const QString& id);
    void addProfile();
    void duplicateProfile();
    void requestDelete(); // shows the inline confirmation; nothing is deleted yet
    void confirmDelete();
    void saveProfile(); // and, when one is typed, tests and stores the key
    // Back to the stored profile (or, while adding, cancels the new one); asks first when a typed key,
    // or what was typed into a new profile, would be lost.
    void revertProfile();
    void useSelectedProfile();
    void testConnection();
    void saveKey();          // tests the typed key, then stores it in the keychain
    void useKeyForSession(); // tests the typed key, then keeps it in memory only
    void requestRemoveKey(); // shows the inline confirmation; nothing is removed yet
    void removeKey();        // from the keychain and from this session
    void useSelectedOrganization();
    void retryKeychain(); // probes the keychain again, and says what it found

Q_SIGNALS:
    // After Test connection (or the test before storing a key) answered.
    void connectionTested(bool ok);
    // After the selected profile's key state was shown again.
    void keyStateShown(AppContext::KeyState state);

protected:
    void showEvent(QShowEvent* event) override;

private:
    enum class KeyTarget { Keychain, Session };
    // Whether the platform activates a list's item with one click (KDE's choice, for instance) rather
    // than two: the hints name the click the user must make.
    bool singleClickActivates() const;
    // "host:port" of a base URL, for short labels.
    static QString serverText(const QUrl& url);

    bool hasUnsavedChangesFor(const Profile& form) const;
    // revertProfile() once nothing is left to ask.
    void discardChanges();
    // Shows `question` (inline) and scrolls it into view.
    void ask(InlineConfirmation* confirmation, const QString& question);

    QWidget* buildListPanel();
    QWidget* buildFormPanel();
    QGroupBox* buildConnectionGroup();
    QGroupBox* buildKeyGroup();
    QGroupBox* buildTestGroup();
    void revealToolTip(); // the eye's text and its shortcut

    void fillList();
    void showProfile();
    Profile formProfile() const;
    // The selected profile as stored (nullopt while adding): cached, so typing in the form does not read
    // the settings; reloadStored() after the selection or the stored profiles changed.
    const std::optional<Profile>& storedProfile() const { return m_stored; }
    void reloadStored();
    // hasUnsavedChanges() for a form already read with formProfile().
    bool differsFromStored(const Profile& form) const;
    // The form points at another server (scheme, host, port) than the saved profile whose key is stored:
    // that key is never sent there unless it is typed again.
    bool serverMovedFromStoredKey(const Profile& form) const;
    // Whether the form's server (scheme, host, port) is not the selected stored profile's.
    bool serverEdited(const Profile& form) const;
    // saveProfile(), and the typed key stored to `target` (tested first unless `testKey` is false).
    void saveProfileWithKey(KeyTarget target, bool testKey);
    // Where a typed key goes when the user did not say: the keychain, unless there is none.
    KeyTarget defaultKeyTarget() const;
    // The form moves the profile to another server, with a key typed for it: the key is tested there
    // first, and only a key that server takes moves the profile (commitProfile). Refused, nothing
    // changes: the profile keeps its server and its stored key, the form what was typed.
    void testKeyThenMove(const Profile& profile, KeyTarget target);
    // saveProfile() after its checks: stores the profile and activates it when it is the active one;
    // the profile as stored, or nullopt when it was removed meanwhile. Moved to another server, the keys
    // kept for the old one are bound to it (ProfileKeys::bindStoredKeyTo), so they never reach the new
    // one, and stay until a key typed for the new one is stored over them.
    std::optional<Profile> commitProfile(Profile profile);
    // The form's fields from `profile` (not its key).
    void fillForm(const Profile& profile);
    static QString retypeKeyForServerText();
    // Each reads the form once (formProfile()); the ...For() variants take a form already read, so one
    // change builds it once.
    void revalidate();
    void revalidateFor(const Profile& form);
    void updateButtons();
    void updateButtonsFor(const Profile& form);
    // The selected profile's key state: the context's for the active profile (it reads that key
    // itself), else one read of this page's; never more than one read per call.
    void refreshKeyState();
    bool selectedIsActive() const;
    // After a key of the selected profile was stored or removed (by this page or elsewhere).
    void keyChanged(const QString& id);
    void showKeyState(AppContext::KeyState state, const QString& message = {}, bool ofAnotherServer = false);
    void setKeychainAvailable(bool available, const QString& message = {});
    // Probes the keychain once the page is shown, unless an answer (the context's key read, a read or
    // write of this page's) already told whether it works.
    void learnKeychainState();
    void probeKeychain(bool thenRefresh);
    void setKeyStatus(const QString& text, bool good);
    void clearKeyEdit();

    // The test client, pointed at the form's server with `key`.
    ApiClient* testClient(const QByteArray& key, const Profile& form);
    void showOrganizations(const Page<Organization>& page);
    void showTestFailure(const ApiError& error);
    // A typed key: with the profile (saveProfile) while adding one or when the form's server was edited,
    // else on its own (storeTypedKey).
    void storeKey(KeyTarget target, bool testFirst);
    // `saved`: the profile just saved, whose server the key is tested against (the form may have changed
    // meanwhile); else the form's. `replacesOldServers`: the profile was just moved to another server.
    void storeTypedKey(KeyTarget target, bool testFirst, const std::optional<Profile>& saved = std::nullopt,
                       bool replacesOldServers = false);
    // Stores `key` for profile `id` (the one it was typed for, captured when the user asked). With
    // `replacesOldServers`, a key kept for the profile's old server in the other store goes once `key` is
    // stored.
    void writeKey(KeyTarget target, QByteArray key, const QString& id, bool replacesOldServers = false);
    // The keychain half of testKeyThenMove(): the key is stored for the new server first, and the profile
    // moves there only once it is; a failed write leaves the profile, its old key and the field as they
    // were.
    void writeKeyThenMove(QByteArray key, const Profile& profile);
    // Stores `key` in the keychain for profile `id` and `server`, the page busy meanwhile. Stored, runs
    // `beforeSaved` (false: it said why not, nothing more to do), then clears the field; not stored, says
    // why (`notSavedText`, or the page's own words) and keeps the field.
    void storeInKeychain(QByteArray key, const QString& id, const QUrl& server,
                         const std::function<bool()>& beforeSaved = {}, const QString& notSavedText = {});
    // Withdraws the "Save without testing" offered after a failed test when the key or server it was
    // for is edited.
    void dropUntestedOffer();
    void setBusy(bool busy);

    // The profile selected once `id` is deleted (and made the active one when `id` was): the next in
    // the list, else the previous; empty when none would be left.
    QString profileAfterDeleting(const QString& id) const;
    // What deleting a profile does to the active one, said before ("will then") or after; empty when
    // the active profile stays.
    enum class Tense { Future, Past };
    QString activeAfterDeletingText(bool deletingActive, const QString& next, Tense tense) const;
    // ProfileStore answered about a deleted profile's key: `failure` is empty when it is gone.
    void showKeyRemoval(const QString& id, const QString& failure);
    // The probe's answer after "Check the keychain again"; empty when it is not waited for.
    void setRetryStatus(const QString& text, const QString& detail = {});

    AppContext* m_context;
    QString m_selectedId;
    bool m_adding = false;
    std::optional<Profile> m_stored;
    bool m_keychainAvailable = true;
    QString m_keychainMessage;
    // Some answer said whether the keychain works; until then the page probes it when first shown.
    bool m_keychainKnown = false;
    bool m_shown = false;
    // Until the first turn of the event loop: the console activates its profile right after building
    // the pages, so a key read for whatever was selected first would be wasted.
    bool m_starting = true;
    // This page is storing or removing the selected profile's key: it refreshes the state itself once
    // done, so the store's secretChanged is not another read.
    int m_keyWrites = 0;
    AppContext::KeyState m_keyState = AppContext::KeyState::Unknown;
    // The keychain holds a key for the selected profile, refused as another server's: it can be removed.
    bool m_keyRefused = false;
    int m_keyGeneration = 0;
    int m_busy = 0;
    bool m_filling = false;
    // The form passed ProfileStore::validate() when it was last revalidated.
    bool m_formValid = false;
    // The user tried to save a new profile: its empty fields are scolded too.
    bool m_showEmptyFieldErrors = false;
    // The keychain refused the last key this page tried to store in it (not "no keychain"): the key
    // stays typed, and "Use for this session only" can take it.
    bool m_keyWriteFailed = false;
    // "Check the keychain again" is waiting for the probe.
    bool m_retrying = false;

    ApiClient* m_client;
    // The connection or key test in progress, which Esc cancels.
    QPointer<ApiCall> m_test;

    // List panel
    QListWidget* m_list;
    QPushButton* m_addButton;
    QPushButton* m_duplicateButton;
    QPushButton* m_deleteButton;
    QLabel* m_listHint;
    // Banner and header
    QFrame* m_keychainBanner;
    QLabel* m_keychainText;
    QPushButton* m_retryKeychainButton;
    QLabel* m_retryStatus;
    QLabel* m_title;
    QLabel* m_activeBadge;
    QPushButton* m_useButton;
    InlineConfirmation* m_deleteConfirm;
    QLabel* m_status;
    // Connection
    QLineEdit* m_name;
    QLabel* m_nameError;
    QLineEdit* m_baseUrl;
    QLabel* m_baseUrlError;
    QLineEdit* m_organization;
    QLabel* m_organizationError;
    LanguagePicker* m_language;
    QLabel* m_languageError;
    DurationEdit* m_duration;
    QLabel* m_durationError;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    InlineConfirmation* m_discardConfirm;
    // API key
    QLabel* m_keyStateLabel;
    QLabel* m_keyHint;
    QLineEdit* m_keyEdit;
    QAction* m_reveal;
    QPushButton* m_saveKeyButton;
    QPushButton* m_sessionKeyButton;
    QPushButton* m_removeKeyButton;
    InlineConfirmation* m_removeKeyConfirm;
    QLabel* m_keyStatus;
    QScrollArea* m_formScroll = nullptr;
    // Test connection
    QPushButton* m_testButton;
    QLabel* m_testStatus;
    QTreeWidget* m_organizations;
    QPushButton* m_useOrganizationButton;
    ErrorPanel* m_error;
    // What the error panel's action does: store the key without the test that could not reach the server.
    std::optional<KeyTarget> m_pendingUntested;
    // Deleted profiles whose key the keychain has not confirmed removing yet, by id: the status says
    // "and its API key" only once it has.
    struct PendingKeyRemoval
    {
        QString name;
        QString statusText;      // shown meanwhile
        QString activeAfterText; // activeAfterDeletingText(), said again with the outcome
        // No keychain when it was deleted: the store's failure to remove a key from it is no news.
        bool withoutKeychain = false;
    };
    QHash<QString, PendingKeyRemoval> m_pendingKeyRemovals;
};
