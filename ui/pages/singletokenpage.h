#pragma once
// The Windows token (W1) and Android token (A1) forms: pick a user, set the shared settings (plus the
// management mode on Android), create, and see the result. Invalid fields are marked with the reason
// and Create stays disabled until the form is valid; a failed or cancelled create keeps the form filled.

#include "apiclient.h"
#include "pagecommand.h"
#include "profiles.h"

#include <QPointer>
#include <QWidget>

class ApiCall;
class AppContext;
class ErrorPanel;
class QButtonGroup;
class QLabel;
class QPushButton;
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
    QWidget* buildModeRow();
    // Marks the invalid fields and lists the problems; true when the form can be sent.
    bool revalidate();
    void setBusy(bool busy);
    void applyProfileDefaults();
    void finished(const ApiResult<EnrollmentToken>& result);
    ResultView* resultView();

    Platform m_platform;
    AppContext* m_context;
    QStackedWidget* m_stack;
    UserPicker* m_user;
    QButtonGroup* m_modes = nullptr;
    TokenSettingsEditor* m_settings = nullptr;
    QLabel* m_problems;
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
    QString m_unsureUserId;         // the user whose last create failed with an unknown outcome
    bool m_unsureSentEmail = false; // whether that request asked for the enrollment e-mail
    Profile m_callProfile;          // the active profile when the create in flight was sent
};
