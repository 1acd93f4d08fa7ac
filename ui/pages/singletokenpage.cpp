#include "singletokenpage.h"

#include "appcontext.h"
#include "errorpanel.h"
#include "fielderrormark.h"
#include "formscroll.h"
#include "pageheader.h"
#include "resultview.h"
#include "sessiontokensmodel.h"
#include "statuscolors.h"
#include "tokensettingseditor.h"
#include "userpicker.h"
#include "wrappedlabel.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

struct ModeText
{
    const char* mode;
    const char* explanation;
};

// One line explaining each management mode, as the admin has to choose one. The modes' names are the
// result view's (ResultView::managementModeText), so the token shows the mode as it was chosen.
constexpr ModeText kModes[] = {
    {"DEVICE_OWNER",
     QT_TRANSLATE_NOOP("SingleTokenPage", "Company-owned device, fully managed; set up from factory reset.")},
    {"PROFILE_OWNER", QT_TRANSLATE_NOOP("SingleTokenPage",
                                        "Personal device (BYOD): only a separate work profile is managed.")},
    {"COPE",
     QT_TRANSLATE_NOOP("SingleTokenPage",
                       "Company-owned, personally enabled: managed device with a private personal space.")},
    {"USERLESS",
     QT_TRANSLATE_NOOP("SingleTokenPage", "Dedicated device (kiosk, shared scanner) not tied to a person.")},
};

} // namespace

SingleTokenPage::SingleTokenPage(Platform platform, AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_platform(platform)
    , m_context(context)
    , m_stack(new QStackedWidget)
    , m_user(new UserPicker)
    , m_problems(new WrappedLabel)
    , m_error(new ErrorPanel)
    , m_createButton(new QPushButton)
    , m_cancelButton(new QPushButton(tr("Cancel")))
    , m_curlButton(new QPushButton(tr("Cop&y as curl")))
    , m_progress(new QLabel)
{
    const bool windows = platform == Platform::Windows;
    setObjectName(windows ? QStringLiteral("windowsTokenPage") : QStringLiteral("androidTokenPage"));

    auto* pageHeader = new PageHeader(
        windows ? tr("Windows enrollment token") : tr("Android enrollment token"),
        windows ? tr("One token for one user. The user enrolls the PC with the link or the code.")
                : tr("One Android Enterprise token for one user. The device scans the QR code at setup; a "
                     "work profile opens the link."));

    m_user->setObjectName(QStringLiteral("userPicker"));
    m_user->setAccessibleName(tr("User"));
    m_user->setClient(context->client());
    // The page's rows go to the editor before its own, so Tab follows the form from the top.
    QList<TokenSettingsEditor::LeadingRow> leadingRows{{tr("&User:"), m_user}};
    if (!windows)
        leadingRows.append({tr("Management &mode:"), buildModeRow()});
    m_settings = new TokenSettingsEditor(platform, leadingRows);

    m_problems->setObjectName(QStringLiteral("validationSummary"));
    m_problems->setAccessibleDescription(tr("What the form still needs")); // its text is read as its name
    StatusColors::followPalette(m_problems, StatusColors::errorTextStyle);

    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setText(tr("&Create token"));
    m_createButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setVisible(false);
    m_curlButton->setObjectName(QStringLiteral("copyCurlButton"));
    m_curlButton->setToolTip(
        tr("Copy the exact request as a curl command; the API key is replaced by $ENROLLDESK_API_KEY"));
    m_progress->setObjectName(QStringLiteral("progressLabel"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_curlButton);
    buttons->addStretch();
    buttons->addWidget(m_progress);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_createButton);

    auto* formPage = new QWidget;
    auto* formLayout = new QVBoxLayout(formPage);
    formLayout->addWidget(m_settings);
    formLayout->addWidget(m_problems);
    formLayout->addWidget(m_error);
    formLayout->addStretch();
    m_scroll = formScrollArea(formPage, tr("Token settings"));

    auto* editor = new QWidget;
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_scroll, 1);
    editorLayout->addLayout(buttons);

    m_stack->addWidget(editor);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageHeader);
    layout->addWidget(m_stack, 1);

    m_createShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    // Window-wide: only the visible page's shortcuts are active, and the focus may sit on a control
    // that is disabled while a request runs.
    m_createShortcut->setContext(Qt::WindowShortcut);
    auto* createShortcutEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    createShortcutEnter->setContext(Qt::WindowShortcut);
    // On an incomplete form too: create() then lists what is missing.
    for (QShortcut* shortcut : {m_createShortcut, createShortcutEnter})
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_stack->currentIndex() == 0)
                create();
        });
    m_cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_cancelShortcut->setContext(Qt::WindowShortcut);
    connect(m_cancelShortcut, &QShortcut::activated, this, &SingleTokenPage::cancel);

    connect(m_createButton, &QPushButton::clicked, this, &SingleTokenPage::create);
    connect(m_cancelButton, &QPushButton::clicked, this, &SingleTokenPage::cancel);
    connect(m_curlButton, &QPushButton::clicked, this, &SingleTokenPage::copyAsCurl);
    connect(m_settings, &TokenSettingsEditor::changed, this, &SingleTokenPage::revalidate);
    connect(m_user, &UserPicker::userChanged, this, [this] {
        // The error, and its "Check the token list for this user", are about the user it was sent for.
        if (m_user->userId() != m_lastUserId)
            m_error->clear();
        revalidate();
    });
    connect(m_error, &ErrorPanel::actionTriggered, this,
            [this] { Q_EMIT showTokensRequested(m_lastUserId); });
    // Another profile: the user belongs to the old organization. Policies load once a key is there.
    connect(context, &AppContext::connectionChanged, this, [this] {
        // The form of a create in flight stays as it was sent until its answer is shown.
        if (isBusy()) {
            m_resetPending = true;
            return;
        }
        resetForConnection();
        m_stack->setCurrentIndex(0); // the last token belongs to the old organization
    });
    connect(context, &AppContext::activeProfileEdited, this, &SingleTokenPage::applyProfileDefaults);
    connect(context, &AppContext::connectionReady, m_settings, &TokenSettingsEditor::reloadPolicies);
    m_settings->setClient(context->client());
    applyProfileDefaults();
}

QWidget* SingleTokenPage::buildModeRow()
{
    auto* box = new QWidget;
    box->setObjectName(QStringLiteral("managementMode"));
    box->setAccessibleName(tr("Management mode"));
    auto* grid = new QVBoxLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_modes = new QButtonGroup(this);
    for (const ModeText& mode : kModes) {
        auto* button = new QRadioButton(ResultView::managementModeText(QLatin1StringView(mode.mode)));
        button->setObjectName(QStringLiteral("mode_") + QLatin1StringView(mode.mode));
        button->setProperty("mode", QLatin1StringView(mode.mode));
        button->setAccessibleDescription(tr(mode.explanation));
        auto* explanation = new WrappedLabel(tr(mode.explanation));
        explanation->setContentsMargins(24, 0, 0, 4);
        explanation->setForegroundRole(QPalette::PlaceholderText);
        m_modes->addButton(button);
        grid->addWidget(button);
        grid->addWidget(explanation);
    }
    connect(m_modes, &QButtonGroup::buttonToggled, this, &SingleTokenPage::revalidate);
    // Alt+M reaches the group (the modes have no letters of their own: four more would clash); the
    // arrow keys then move between the modes.
    box->setFocusProxy(m_modes->buttons().constFirst());
    box->setFocusPolicy(Qt::StrongFocus); // or the label's Alt+M leaves the box alone
    return box;
}

void SingleTokenPage::applyProfileDefaults()
{
    // A form filled in stays so: the new defaults do not make it look untouched (quitting asks about it).
    const bool untouched = !m_pristineTaken || formState() == m_pristine;
    {
        // The page's own change, not an edit: it does not bring up the problems list.
        const QSignalBlocker blocker(m_settings);
        const Profile profile = m_context->activeProfile();
        m_settings->setDefaults(profile.defaultLanguage, profile.defaultDurationSeconds);
    }
    if (untouched) {
        m_pristine = formState();
        m_pristineTaken = true;
    }
    revalidate();
}

void SingleTokenPage::resetForConnection()
{
    {
        const QSignalBlocker settingsBlocker(m_settings);
        const QSignalBlocker userBlocker(m_user);
        m_user->clear();
        m_settings->clearOrganizationFields();
    }
    m_error->clear();        // its action would look for the old organization's user in the new one
    m_problemsShown = false; // a blank form again, as after "Create another"
    applyProfileDefaults();
}

SingleTokenPage::FormState SingleTokenPage::formState() const
{
    return {m_user->lineEdit()->text(), androidRequest().managementMode, m_settings->settings()};
}

bool SingleTokenPage::hasUnsentForm() const
{
    return !isBusy() && m_stack->currentIndex() == 0 && formState() != m_pristine;
}

WindowsTokenRequest SingleTokenPage::windowsRequest() const
{
    return {m_user->userId(), m_settings->settings()};
}

AndroidTokenRequest SingleTokenPage::androidRequest() const
{
    AndroidTokenRequest request;
    request.mdmUserId = m_user->userId();
    request.settings = m_settings->settings();
    if (m_modes && m_modes->checkedButton())
        request.managementMode = m_modes->checkedButton()->property("mode").toString();
    return request;
}

QWidget* SingleTokenPage::widgetForField(const QString& field) const
{
    if (field == QLatin1StringView("mdmUserId"))
        return m_user;
    if (field == QLatin1StringView("managementMode"))
        return m_modes ? m_modes->buttons().constFirst()->parentWidget() : nullptr;
    return m_settings->widgetForField(field);
}

FieldErrors SingleTokenPage::errors() const
{
    FieldErrors errors = m_platform == Platform::Windows ? Validation::validate(windowsRequest())
                                                         : Validation::validate(androidRequest());
    for (const FieldError& error : m_settings->errors()) {
        if (!errors.contains(error))
            errors << error;
    }
    return errors;
}

bool SingleTokenPage::revalidate()
{
    const FieldErrors problems = errors();
    QStringList lines;
    for (const FieldError& error : problems)
        lines << QStringLiteral("• ") + error.message;
    m_problems->setText(lines.join(u'\n'));
    m_problemsShown = m_problemsShown || formState() != m_pristine;
    m_problems->setVisible(m_problemsShown && !lines.isEmpty());
    // The fields are marked with the list: a blank form does not open with its user field in red.
    const FieldErrors marked = m_problemsShown ? problems : FieldErrors();
    m_settings->markErrors(marked);
    QList<QWidget*> ownFields{m_user};
    if (QWidget* modes = widgetForField(QStringLiteral("managementMode")))
        ownFields << modes;
    FieldErrorMark::markAll(ownFields, marked,
                            [this](const QString& field) { return widgetForField(field); });
    m_createButton->setEnabled(problems.isEmpty() && !isBusy());
    // Until the list is shown (a blank form), the disabled button's tooltip is where a mouse user learns why.
    m_createButton->setToolTip(problems.isEmpty()
                                   ? tr("Create the token (Ctrl+Return)")
                                   : tr("What the form still needs:") + u'\n' + lines.join(u'\n'));
    // A copied request is one Create would send: a form it refuses copies nothing either.
    m_curlButton->setEnabled(problems.isEmpty());
    return problems.isEmpty();
}

void SingleTokenPage::setBusy(bool busy)
{
    // Hidden with the focus, Cancel would pass it on to the next control that takes it, outside the form
    // (Create is still disabled then): it goes back to the form instead.
    const bool cancelHadFocus = window()->focusWidget() == m_cancelButton;
    m_cancelButton->setVisible(busy);
    m_progress->setText(busy ? tr("Creating…") : QString());
    m_settings->setEnabled(!busy);
    m_user->setEnabled(!busy);
    revalidate();
    if (busy)
        m_cancelButton->setFocus();
    else if (cancelHadFocus)
        (m_createButton->isEnabled() ? static_cast<QWidget*>(m_createButton) : m_user)->setFocus();
}

void SingleTokenPage::create()
{
    if (isBusy())
        return;
    if (const FieldErrors problems = errors(); !problems.isEmpty()) {
        m_problemsShown = true; // a try to create lists what is missing
        revalidate();
        // From the keyboard (Ctrl+Return), the first field to mend takes the focus.
        if (QWidget* field = widgetForField(problems.constFirst().field)) {
            field->setFocus(Qt::OtherFocusReason);
            revealInScrollArea(m_scroll, {field});
        }
        return;
    }
    const auto unsure = m_unsure.constFind(unsureKey(m_context->activeProfile(), m_user->userId()));
    if (unsure != m_unsure.cend()) {
        askBeforeCreatingAgain(*unsure);
        return;
    }
    send();
}

void SingleTokenPage::askBeforeCreatingAgain(bool emailMaybeSent)
{
    // An earlier request for this user may have created a token: a second click must not make two
    // without the user's word. Asked without a nested event loop; the safe answer is the default.
    const QString text =
        emailMaybeSent
            ? tr("The last request for this user failed in a way that leaves its outcome unknown: the "
                 "token may already exist (and its e-mail may have been sent). Check before creating "
                 "another.")
            : tr("The last request for this user failed in a way that leaves its outcome unknown: the "
                 "token may already exist. Check before creating another.");
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Create another token?"), text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("createAgainBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* again = box->addButton(tr("Create anyway"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, again] {
        // The user stays among the unsure until a create for them is answered for certain.
        if (box->clickedButton() == again && !isBusy() && errors().isEmpty())
            send();
    });
    box->open();
}

void SingleTokenPage::send()
{
    m_error->clear();
    m_lastUserId = m_user->userId();
    // Named in a failure that comes after a switch, which takes the user out of the form.
    m_callUserText = UserPicker::displayText(m_user->user());
    if (m_callUserText.isEmpty())
        m_callUserText = m_lastUserId;
    m_callProfile = m_context->activeProfile();
    m_callSentEmail = m_settings->settings().sendEmail;
    m_callPolicyNames = m_settings->policyNames(); // a switch before the answer loads another organization's
    const auto done = [this](const ApiResult<EnrollmentToken>& result) { finished(result); };
    if (m_platform == Platform::Windows)
        m_call = m_context->client()->createWindowsToken(windowsRequest(), this, done);
    else
        m_call = m_context->client()->createAndroidToken(androidRequest(), this, done);
    setBusy(true);
}

QString SingleTokenPage::unsureKey(const Profile& profile, const QString& userId)
{
    return profile.baseUrl.toString() + u'\n' + profile.organization + u'\n' + userId;
}

void SingleTokenPage::finished(const ApiResult<EnrollmentToken>& result)
{
    m_call.clear();
    const QString unsureKeyOfCall = unsureKey(m_callProfile, m_lastUserId);
    // Only a token settles it: a refusal says this request made nothing, not that an earlier one did not.
    if (result.ok())
        m_unsure.remove(unsureKeyOfCall);
    else if (result.error.mayHaveBeenProcessed())
        m_unsure[unsureKeyOfCall] = m_unsure.value(unsureKeyOfCall) || m_callSentEmail;
    // The request went where the profile pointed when it was sent: a switch since then must not pass its
    // token or its error off as the new organization's.
    const Profile active = m_context->activeProfile();
    const bool elsewhere =
        active.organization != m_callProfile.organization || active.baseUrl != m_callProfile.baseUrl;
    // Switched back since, the form is the organization's again: it stays as it was sent.
    if (std::exchange(m_resetPending, false) && elsewhere)
        resetForConnection();
    setBusy(false);
    if (!result.ok()) {
        showFailure(result.error, elsewhere); // the form keeps everything (but another organization's)
        // From the keyboard, the next step is what the error suggests (checking the token list), which
        // its button reads out with the message; without one, Create keeps the focus.
        if (isAncestorOf(QApplication::focusWidget()))
            m_error->focusAction();
        return;
    }
    m_context->sessionTokens()->add(result.value, SessionTokensModel::placeOf(m_callProfile),
                                    m_callPolicyNames);
    ResultView* view = resultView();
    view->setPolicyNames(m_callPolicyNames);
    view->setOrigin(elsewhere ? tr("Created in organization %1 (profile “%2”), not the active profile")
                                    .arg(m_callProfile.organization, m_callProfile.name)
                              : QString());
    view->showToken(result.value);
    m_stack->setCurrentWidget(view);
    Q_EMIT tokenCreated(result.value);
}

// What happened and what to check; after a switch, where the request went, since the token list and the
// user picker now show another organization.
void SingleTokenPage::showFailure(const ApiError& error, bool sentElsewhere)
{
    const bool unsure = error.mayHaveBeenProcessed();
    QStringList lines{m_context->errorMessage(error)};
    if (sentElsewhere)
        lines << tr("The request for %3 went to organization %1 (profile “%2”), not the active profile.")
                     .arg(m_callProfile.organization, m_callProfile.name, m_callUserText);
    if (unsure && m_platform == Platform::Android) {
        // The API has no list of Android tokens to look in (the Tokens page lists Windows ones).
        lines << tr("EnrollDesk cannot list Android tokens: look for this user's token in "
                    "the Applivery dashboard before creating another.");
    } else if (unsure && sentElsewhere) {
        lines << tr("Switch back to that profile to check its token list for this user before creating "
                    "another.");
    }
    m_error->showMessage(lines.join(u'\n'), error.technicalDetails());
    if (unsure && m_platform == Platform::Windows && !sentElsewhere)
        m_error->setAction(tr("Check the token list for this user"));
    // A long form (the Android modes) can leave the panel below the visible part of the page.
    revealInScrollArea(m_scroll, {m_error});
}

QList<PageCommand> SingleTokenPage::commands()
{
    return QList<PageCommand>{
               PageCommand::clicking(tr("&Create token"), m_createButton, m_createShortcut->key()),
               PageCommand::clicking(tr("C&ancel request"), m_cancelButton, m_cancelShortcut->key()),
               PageCommand::clicking(tr("Copy as c&url"), m_curlButton),
               PageCommand::separator(),
           } +
           resultView()->commands();
}

ResultView* SingleTokenPage::resultView()
{
    // Built with the first token, not with the page: most of a session is spent on the form, and the
    // view's QR code, fonts and buttons were a sixth of the console's start-up (bench/README.md).
    if (!m_result) {
        m_result = new ResultView;
        m_result->setObjectName(QStringLiteral("resultView"));
        m_result->setClient(m_context->client());
        m_result->setCreateAnotherVisible(true);
        connect(m_result, &ResultView::createAnotherRequested, this, &SingleTokenPage::createAnother);
        m_stack->addWidget(m_result);
    }
    return m_result;
}

void SingleTokenPage::cancel()
{
    if (m_call)
        m_call->cancel();
}

void SingleTokenPage::copyAsCurl()
{
    m_problemsShown = true; // a copy is a try to create
    if (!revalidate()) {
        m_progress->setText(tr("Nothing was copied: fix what is listed above first."));
        return;
    }
    const RequestPreview preview = m_platform == Platform::Windows
                                       ? m_context->client()->preview(windowsRequest())
                                       : m_context->client()->preview(androidRequest());
    QGuiApplication::clipboard()->setText(ApiClient::curlCommand(preview));
    m_progress->setText(tr("curl command copied (key replaced by $ENROLLDESK_API_KEY)"));
}

// The next user's token: the user and the device's display name go ("Laptop – Ana Smith" would name the
// next user's device wrongly); the settings shared by a round of enrollments stay.
void SingleTokenPage::createAnother()
{
    m_user->clear();
    m_settings->clearPerUserFields();
    m_error->clear();
    m_stack->setCurrentIndex(0);
    m_user->setFocus();
    // A blank form again: what it needs is listed once the user changes it.
    m_pristine = formState();
    m_problemsShown = false;
    revalidate();
}
