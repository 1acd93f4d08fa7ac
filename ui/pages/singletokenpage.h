#pragma once
// The Windows token (W1) and Android token (A1) forms: pick a user, set the shared settings (plus the
// management mode on Android), create, and see the result. Invalid fields are marked with the reason
// and Create stays disabled until the form is valid; a failed or cancelled create keeps the form filled.

#include "apiclient.h"
#include "pagecommand.h"
#include "profiles.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class ApiCall;
class AppContext;
class ErrorPanel;
class QButtonGroup;
class QLabel;
class QPushButton;
class QScrollArea;
class QShortcut;
class QStackedWidget;
class ResultView;
class TokenSettingsEditor;
class UserPicker;

class SingleTokenPage final : public QWidget
{
    Q_OBJECT
public:
    SingleTokenPage(Platform platform, AppContext* context, QWidget* parent = nullptr);

    Platform platform() const { return m_platform; }
    bool isBusy() const { return !m_call.isNull(); }
    // The form shows something the user entered and no request is making it a token: quitting would lose
    // it. Not for an untouched form, one being sent, or one whose token is shown.
    bool hasUnsentForm() const;
    // The current form as a request (whether valid or not).
    WindowsTokenRequest windowsRequest() const;
    AndroidTokenRequest androidRequest() const;
    FieldErrors errors() const;
    // The Token menu's entries: create, cancel, copy as curl, then the result's.
    QList<PageCommand> commands();

public Q_SLOTS:
    void create();
    void cancel();
    void copyAsCurl();
    // Back to the form with the same settings and no user ("Create another").
    void createAnother();

Q_SIGNALS:
    void tokenCreated(const EnrollmentToken& token);
    // "Check the token list": after a timeout or cancel, the user should see what exists.
    void showTokensRequested(const QString& userId);

private:
    // What the form holds, compared with what it held when the page last filled it itself: the problems
    // are listed once the user changes something (or tries to create), not on a blank form.
    struct FormState
    {
        QString userText;
        QString mode;
        TokenSettings settings;
        bool operator==(const FormState&) const = default;
    };

    QWidget* buildModeRow();
    FormState formState() const;
    // The control of an API field: the user, the mode, or one of the settings; null if none.
    QWidget* widgetForField(const QString& field) const;
    // Marks the invalid fields and lists the problems; true when the form can be sent.
    bool revalidate();
    void setBusy(bool busy);
    void applyProfileDefaults();
    // Another organization: its users and policies are not the old one's.
    void resetForConnection();
    // Asks before sending again for a user whose last create may have made a token.
    void askBeforeCreatingAgain(bool emailMaybeSent);
    void send();
    void finished(const ApiResult<EnrollmentToken>& result);
    void showFailure(const ApiError& error, bool sentElsewhere);
    ResultView* resultView();
    // Where the uncertain creates of a user went: one organization's user is not another's.
    static QString unsureKey(const Profile& profile, const QString& userId);

    Platform m_platform;
    AppContext* m_context;
    QStackedWidget* m_stack;
    QScrollArea* m_scroll = nullptr;
    UserPicker* m_user;
    QButtonGroup* m_modes = nullptr;
    TokenSettingsEditor* m_settings = nullptr;
    QLabel* m_problems;
    FormState m_pristine;
    bool m_pristineTaken = false; // the first defaults give the blank form
    bool m_problemsShown = false;
    ErrorPanel* m_error;
    QPushButton* m_createButton;
    QPushButton* m_cancelButton;
    QPushButton* m_curlButton;
    QLabel* m_progress;
    QShortcut* m_createShortcut;    // Ctrl+Return (Ctrl+Enter too); the Token menu lists its keys
    QShortcut* m_cancelShortcut;    // Esc
    ResultView* m_result = nullptr; // see resultView()
    QPointer<ApiCall> m_call;
    QString m_lastUserId;
    // unsureKey() of each user whose create failed with an unknown outcome and has had no definite answer
    // since: whether one of those requests asked for the enrollment e-mail.
    QHash<QString, bool> m_unsure;
    // The create in flight: where it went, whether it asked for the e-mail, the names of its policies.
    Profile m_callProfile;
    QString m_callUserText; // the user of the call, as the picker shows it
    bool m_callSentEmail = false;
    QHash<QString, QString> m_callPolicyNames;
    bool m_resetPending = false; // the connection changed while a create was in flight
};
