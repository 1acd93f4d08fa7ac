// The Windows and Android token forms, offscreen, driven by keyboard and mouse against a real sandbox:
// pick a user by typing, submit, see link, code and QR; error paths keep the form filled.

#include "apiclient.h"
#include "appcontext.h"
#include "errorpanel.h"
#include "fielderrormark.h"
#include "jsoncodec.h"
#include "languagepicker.h"
#include "policyassignmentstable.h"
#include "policypicker.h"
#include "qrview.h"
#include "resultview.h"
#include "sandboxprocess.h"
#include "secretstore.h"
#include "sessiontokensmodel.h"
#include "singletokenpage.h"
#include "tokensettingseditor.h"
#include "userpicker.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

// A keychain that has not answered yet (one waiting to be unlocked, say): reads stay pending.
class PendingSecretStore final : public SecretStore
{
public:
    bool isPersistent() const override { return true; }

protected:
    void readEntry(const QString&, Callback done) override { m_pending.push_back(std::move(done)); }
    void writeEntry(const QString&, const QByteArray&, Callback done) override { done({}); }
    void removeEntry(const QString&, Callback done) override { done({}); }

private:
    std::vector<Callback> m_pending;
};

class TestSingleTokenPage : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<AppContext> m_context;
    QJsonObject m_olga;

    template <typename T> T* child(QWidget* page, const char* name)
    {
        T* widget = page->findChild<T*>(QLatin1StringView(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    // The result view is built with the first token created on the page.
    static ResultView* waitForResult(QWidget* page)
    {
        ResultView* result = nullptr;
        const auto shown = [&] {
            result = page->findChild<ResultView*>(QStringLiteral("resultView"));
            return result && result->isVisible();
        };
        return QTest::qWaitFor(shown, 10000) ? result : nullptr;
    }

    // Types part of a name and picks the first match with the keyboard, as a person would.
    void pickUserByTyping(SingleTokenPage* page, const QString& text, const QString& expectedId)
    {
        auto* picker = child<UserPicker>(page, "userPicker");
        QVERIFY(picker);
        picker->lineEdit()->setFocus();
        QSignalSpy searched(picker, &UserPicker::searchFinished);
        QTest::keyClicks(picker->lineEdit(), text);
        QVERIFY(searched.wait(5000));
        QVERIFY(searched.last().first().toInt() >= 1);
        QTRY_VERIFY(picker->completer()->popup()->isVisible());
        QTest::keyClick(picker->completer()->popup(), Qt::Key_Down);
        QTest::keyClick(picker->completer()->popup(), Qt::Key_Return);
        QTRY_COMPARE(picker->userId(), expectedId);
    }

    // A pasted 24-hex id is accepted as is.
    void pasteUserId(SingleTokenPage* page, const QString& id)
    {
        auto* picker = child<UserPicker>(page, "userPicker");
        picker->lineEdit()->setFocus();
        QTest::keyClicks(picker->lineEdit(), id);
        QTRY_COMPARE(picker->userId(), id);
    }

    // Another user's id pasted over the field's text, as a person replacing the pick would.
    void replaceUserId(SingleTokenPage* page, const QString& id)
    {
        auto* picker = child<UserPicker>(page, "userPicker");
        picker->lineEdit()->setFocus();
        picker->lineEdit()->selectAll();
        QTest::keyClicks(picker->lineEdit(), id);
        QTRY_COMPARE(picker->userId(), id);
    }

    // The id of a sandbox user other than Olga.
    QString otherUserId()
    {
        for (const QJsonValue& user : m_sandbox.users()) {
            const QString id = user.toObject().value(QLatin1StringView("id")).toString();
            if (id != m_olga.value(QLatin1StringView("id")).toString())
                return id;
        }
        return {};
    }

    // Clicks Create; true when it asked first (and its question was answered with Cancel).
    bool createAsksFirst(SingleTokenPage* page)
    {
        QTest::mouseClick(child<QPushButton>(page, "createButton"), Qt::LeftButton);
        QPointer<QMessageBox> box = page->findChild<QMessageBox*>(QStringLiteral("createAgainBox"));
        if (!box)
            return false;
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        return QTest::qWaitFor([&box] { return box.isNull(); });
    }

    // Create, then "Create anyway" in the question that follows; false when no question came.
    bool createAnyway(SingleTokenPage* page)
    {
        QTest::mouseClick(child<QPushButton>(page, "createButton"), Qt::LeftButton);
        QPointer<QMessageBox> box = page->findChild<QMessageBox*>(QStringLiteral("createAgainBox"));
        if (!box)
            return false;
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                QTest::mouseClick(button, Qt::LeftButton);
        }
        return true;
    }

    bool injectDroppedCreate()
    {
        return m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("drop")},
                                      {QStringLiteral("method"), QStringLiteral("POST")},
                                      {QStringLiteral("resendWindowMs"), 0}});
    }

    // A radio button takes clicks on its indicator and label, not on the rest of its row.
    void chooseManagementMode(SingleTokenPage* page, const char* mode)
    {
        const QByteArray name = QByteArray("mode_") + mode;
        auto* button = child<QRadioButton>(page, name.constData());
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    }

    QJsonObject lastPostBody()
    {
        const QJsonArray record = m_sandbox.requests();
        for (qsizetype i = record.size() - 1; i >= 0; --i) {
            const QJsonObject request = record[i].toObject();
            if (request.value(QLatin1StringView("method")).toString() == QLatin1StringView("POST"))
                return QJsonDocument::fromJson(request.value(QLatin1StringView("body")).toString().toUtf8())
                    .object();
        }
        return {};
    }

    int postCount()
    {
        int count = 0;
        for (const QJsonValue& request : m_sandbox.requests())
            count +=
                request.toObject().value(QLatin1StringView("method")).toString() == QLatin1StringView("POST");
        return count;
    }

    // A second profile on the same sandbox, for the other organization; its id.
    QString addLimitedProfile()
    {
        Profile other = m_context->activeProfile();
        other.id = Profile::newId();
        other.name = QStringLiteral("Limited");
        other.organization = SandboxProcess::limitedOrganizationSlug();
        return m_context->profiles()->add(other);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start());
        for (const QJsonValue& user : m_sandbox.users()) {
            if (user.toObject()
                    .value(QLatin1StringView("email"))
                    .toString()
                    .startsWith(QLatin1StringView("olga.")))
                m_olga = user.toObject();
        }
        QVERIFY(!m_olga.isEmpty());
    }

    void init()
    {
        QVERIFY(m_sandbox.reset());
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_context = std::make_unique<AppContext>(m_settings.get(), m_secrets.get());
        m_context->setSandbox(m_sandbox.baseUrl(), SandboxProcess::apiKey());
        m_context->activateProfile(QStringLiteral("sandbox"));
        QTRY_COMPARE(m_context->keyState(), AppContext::KeyState::Present);
    }

    void cleanup()
    {
        m_context.reset();
        m_secrets.reset();
        m_settings.reset();
    }

    void createWindowsToken()
    {
        SingleTokenPage page(Platform::Windows, m_context.get());
        page.resize(900, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* create = child<QPushButton>(&page, "createButton");
        QVERIFY(!create->isEnabled());
        QVERIFY(child<QLabel>(&page, "validationSummary")->text().contains(QLatin1StringView("User")));

        pickUserByTyping(&page, QStringLiteral("olga"), m_olga.value(QLatin1StringView("id")).toString());
        QTRY_VERIFY(create->isEnabled());

        // Over the limit: Create is disabled and the reason names the field.
        auto* displayName = child<QLineEdit>(&page, "displayName");
        displayName->setFocus();
        QTest::keyClicks(displayName, QString(129, u'x'));
        QVERIFY(!create->isEnabled());
        QVERIFY(
            child<QLabel>(&page, "validationSummary")->text().contains(QLatin1StringView("Display name")));
        QTest::keyClick(displayName, Qt::Key_Backspace);
        QVERIFY(create->isEnabled());
        displayName->clear();
        QTest::keyClicks(displayName, QStringLiteral("Olga's laptop"));

        // A primary policy, picked from the list by name.
        auto* policy = child<PolicyPicker>(&page, "policy");
        QTRY_VERIFY(policy->count() > 1);
        policy->setCurrentIndex(policy->count() - 1);
        const QString policyName = policy->currentText();
        QVERIFY(!policy->policyId().isEmpty());

        // Not built until a token is there to show (it is a sixth of the console's start-up).
        QVERIFY(!page.findChild<ResultView*>());
        QTest::keyClick(displayName, Qt::Key_Return, Qt::ControlModifier);
        ResultView* result = waitForResult(&page);
        QVERIFY(result);
        const EnrollmentToken token = result->token();
        // The API answers with the policy's id; the result shows its name.
        QCOMPARE(token.policyId, policy->policyId());
        QVERIFY2(child<QLabel>(result, "policiesLabel")->text().contains(policyName),
                 qPrintable(child<QLabel>(result, "policiesLabel")->text()));
        QCOMPARE(token.userEmail, m_olga.value(QLatin1StringView("email")).toString());
        QCOMPARE(token.displayName, QStringLiteral("Olga's laptop"));
        QVERIFY(!token.enrollCode.isEmpty());
        QVERIFY(child<QLabel>(result, "enrollCodeLabel")->text().contains(token.enrollCode));
        // The QR encodes exactly the enrollment link.
        QCOMPARE(result->qrView()->encodedText(), token.enrollmentLink);
        // What was sent is the form, as flat JSON, once.
        QCOMPARE(lastPostBody(), JsonCodec::toJson(page.windowsRequest()));
        QCOMPARE(postCount(), 1);
        QCOMPARE(m_context->sessionTokens()->rowCount(), 1);

        // "Create another" clears the user and the display name, which names this user's device, and keeps
        // the shared settings.
        const TokenSettings before = page.windowsRequest().settings;
        QTest::mouseClick(child<QPushButton>(result, "createAnotherButton"), Qt::LeftButton);
        QTRY_VERIFY(!result->isVisible());
        QVERIFY(page.windowsRequest().mdmUserId.isEmpty());
        QVERIFY(displayName->text().isEmpty());
        TokenSettings expected = before;
        expected.displayName.clear();
        QCOMPARE(page.windowsRequest().settings, expected);
        QVERIFY(!create->isEnabled());
    }

    void copyAsCurlRedactsTheKey()
    {
        SingleTokenPage page(Platform::Windows, m_context.get());
        page.show();
        pasteUserId(&page, m_olga.value(QLatin1StringView("id")).toString());
        QTest::mouseClick(child<QPushButton>(&page, "copyCurlButton"), Qt::LeftButton);
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY(text.startsWith(QLatin1StringView("curl ")));
        QVERIFY(text.contains(m_sandbox.baseUrl().toString()));
        QVERIFY(text.contains(QLatin1StringView("$ENROLLDESK_API_KEY")));
        QVERIFY(!text.contains(QLatin1StringView("Bearer ") + QString::fromUtf8(SandboxProcess::apiKey())));
        QVERIFY(text.contains(QLatin1StringView("\"sendEmail\":false")));
    }

    // "Copy as curl" copies only what Create would send: an invalid form copies nothing and says why.
    void copyAsCurlRefusesWhatCreateRefuses_data()
    {
        QTest::addColumn<int>("platform");
        QTest::addRow("windows, no user") << int(Platform::Windows);
        QTest::addRow("android, no user or mode") << int(Platform::Android);
    }

    void copyAsCurlRefusesWhatCreateRefuses()
    {
        QFETCH(int, platform);
        SingleTokenPage page(Platform(platform), m_context.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString before = QStringLiteral("left alone");
        QGuiApplication::clipboard()->setText(before);
        auto* curl = child<QPushButton>(&page, "copyCurlButton");
        auto* create = child<QPushButton>(&page, "createButton");
        QVERIFY(!create->isEnabled());
        QCOMPARE(curl->isEnabled(), create->isEnabled());

        page.copyAsCurl(); // as if the button were reached all the same
        QCOMPARE(QGuiApplication::clipboard()->text(), before);
        QVERIFY(child<QLabel>(&page, "progressLabel")
                    ->text()
                    .startsWith(QLatin1StringView("Nothing was copied")));
        auto* summary = child<QLabel>(&page, "validationSummary");
        QVERIFY(summary->isVisible());
        QVERIFY2(summary->text().contains(QLatin1StringView("User")), qPrintable(summary->text()));

        // Over a limit: the same rule again.
        pasteUserId(&page, m_olga.value(QLatin1StringView("id")).toString());
        if (Platform(platform) == Platform::Android)
            chooseManagementMode(&page, "DEVICE_OWNER");
        QTRY_VERIFY(create->isEnabled());
        QVERIFY(curl->isEnabled());
        auto* displayName = child<QLineEdit>(&page, "displayName");
        displayName->setFocus();
        QTest::keyClicks(displayName, QString(129, u'x'));
        QVERIFY(!create->isEnabled());
        QVERIFY(!curl->isEnabled());
        page.copyAsCurl();
        QCOMPARE(QGuiApplication::clipboard()->text(), before);
        QVERIFY(summary->text().contains(QLatin1StringView("Display name")));

        QTest::keyClick(displayName, Qt::Key_Backspace);
        QVERIFY(curl->isEnabled());
        QTest::mouseClick(curl, Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(QLatin1StringView("curl ")));
    }

    void errorsKeepTheForm_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<QString>("message");
        QTest::addRow("401 no auth token")
            << QJsonObject{{QStringLiteral("type"), QStringLiteral("apiError")},
                           {QStringLiteral("httpStatus"), 401},
                           {QStringLiteral("code"), 4002}}
            << ApiError::meaningOfCode(4002);
        QTest::addRow("404 not found") << QJsonObject{{QStringLiteral("type"), QStringLiteral("apiError")},
                                                      {QStringLiteral("httpStatus"), 404},
                                                      {QStringLiteral("code"), 3001}}
                                       << ApiError::meaningOfCode(3001);
        QTest::addRow("5050 billing plan")
            << QJsonObject{{QStringLiteral("type"), QStringLiteral("apiError")},
                           {QStringLiteral("httpStatus"), 400},
                           {QStringLiteral("code"), 5050}}
            << ApiError::meaningOfCode(5050);
        QTest::addRow("dropped connection") << QJsonObject{{QStringLiteral("type"), QStringLiteral("drop")}}
                                            << ApiError::make(ApiError::Kind::Network).message();
    }

    void errorsKeepTheForm()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(QString, message);
        SingleTokenPage page(Platform::Windows, m_context.get());
        page.resize(900, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        pickUserByTyping(&page, QStringLiteral("olga"), m_olga.value(QLatin1StringView("id")).toString());
        auto* displayName = child<QLineEdit>(&page, "displayName");
        QTest::keyClicks(displayName, QStringLiteral("Kept"));
        const WindowsTokenRequest before = page.windowsRequest();

        fault.insert(QStringLiteral("method"), QStringLiteral("POST"));
        QVERIFY(m_sandbox.injectFault(fault));
        QTest::mouseClick(child<QPushButton>(&page, "createButton"), Qt::LeftButton);
        auto* error = child<ErrorPanel>(&page, "errorPanel");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->message(), message);
        QVERIFY(!error->details().isEmpty());
        // Nothing is lost: the same request is ready to send again.
        QCOMPARE(page.windowsRequest().mdmUserId, before.mdmUserId);
        QCOMPARE(page.windowsRequest().settings, before.settings);
        QVERIFY(!page.findChild<ResultView*>()); // nothing was created, nothing to show
        QVERIFY(child<QPushButton>(&page, "createButton")->isEnabled());
        QCOMPARE(postCount(), 1);
    }

    void createAndroidToken()
    {
        SingleTokenPage page(Platform::Android, m_context.get());
        page.resize(900, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        pasteUserId(&page, m_olga.value(QLatin1StringView("id")).toString());
        auto* create = child<QPushButton>(&page, "createButton");
        // The management mode is required.
        QVERIFY(!create->isEnabled());
        QVERIFY(
            child<QLabel>(&page, "validationSummary")->text().contains(QLatin1StringView("Management mode")));
        chooseManagementMode(&page, "COPE");
        QTRY_VERIFY2(create->isEnabled(), qPrintable(child<QLabel>(&page, "validationSummary")->text()));
        QTest::mouseClick(create, Qt::LeftButton);
        ResultView* result = waitForResult(&page);
        QVERIFY(result);
        QCOMPARE(result->token().managementMode, QStringLiteral("COPE"));
        // The modes read the same on the form and on the token made with them.
        for (const char* mode : {"DEVICE_OWNER", "PROFILE_OWNER", "COPE", "USERLESS"}) {
            const QByteArray name = QByteArray("mode_") + mode;
            QCOMPARE(child<QRadioButton>(&page, name.constData())->text(),
                     ResultView::managementModeText(QLatin1StringView(mode)));
        }
        const QString platform = child<QLabel>(result, "platformLabel")->text();
        QVERIFY2(platform.endsWith(child<QRadioButton>(&page, "mode_COPE")->text()), qPrintable(platform));
        QCOMPARE(lastPostBody().value(QLatin1StringView("managementMode")).toString(),
                 QStringLiteral("COPE"));
        // The QR image is the API's own (qrcodeUrl), downloaded.
        QTRY_COMPARE(result->qrSource(), ResultView::QrSource::Downloaded);
        QVERIFY(result->qrView()->isDownloadedImage());
    }

    // A dropped create may have made a token. Windows offers the token list; Android has none in the API,
    // so the panel says where to look instead. Below the modes, the panel is scrolled into view.
    void unsureAndroidCreateSaysWhereToLook()
    {
        SingleTokenPage page(Platform::Android, m_context.get());
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        pasteUserId(&page, m_olga.value(QLatin1StringView("id")).toString());
        chooseManagementMode(&page, "COPE");
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("drop")},
                                       {QStringLiteral("method"), QStringLiteral("POST")}}));
        page.create();
        auto* error = child<ErrorPanel>(&page, "errorPanel");
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->message().startsWith(ApiError::make(ApiError::Kind::Network).message()),
                 qPrintable(error->message()));
        QVERIFY2(error->message().contains(QLatin1StringView("Applivery dashboard")),
                 qPrintable(error->message()));
        QVERIFY(!error->details().isEmpty());
        auto* action = error->findChild<QPushButton*>(QStringLiteral("errorAction"));
        QVERIFY(!action || !action->isVisible()); // no token list to check
        QCOMPARE(postCount(), 1);
        auto* scroll = page.findChild<QScrollArea*>();
        QVERIFY(scroll);
        const QRect shown(error->mapTo(scroll->viewport(), QPoint(0, 0)), error->size());
        QVERIFY2(scroll->viewport()->rect().contains(shown),
                 qPrintable(QStringLiteral("panel at y %1 to %2, viewport height %3")
                                .arg(shown.top())
                                .arg(shown.bottom())
                                .arg(scroll->viewport()->height())));
    }

    // After a create whose outcome is unknown, the next click for the same user asks first: the first
    // request may have made the token (and sent its e-mail).
    void unsureCreateAsksBeforeTheNext()
    {
        SingleTokenPage page(Platform::Windows, m_context.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        pickUserByTyping(&page, QStringLiteral("olga"), m_olga.value(QLatin1StringView("id")).toString());
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("drop")},
                                       {QStringLiteral("method"), QStringLiteral("POST")},
                                       {QStringLiteral("resendWindowMs"), 0}}));
        auto* create = child<QPushButton>(&page, "createButton");
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY(child<ErrorPanel>(&page, "errorPanel")->isVisible());
        QCOMPARE(postCount(), 1);

        QTest::mouseClick(create, Qt::LeftButton);
        QPointer<QMessageBox> box = page.findChild<QMessageBox*>(QStringLiteral("createAgainBox"));
        QVERIFY(box);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        // The e-mail is mentioned only when the request asked for it.
        QCOMPARE(box->text().contains(QLatin1StringView("e-mail")), page.windowsRequest().settings.sendEmail);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(box.isNull());
        QTest::qWait(100);
        QCOMPARE(postCount(), 1);
        QVERIFY(!page.findChild<ResultView*>());

        QTest::mouseClick(create, Qt::LeftButton);
        box = page.findChild<QMessageBox*>(QStringLiteral("createAgainBox"));
        QVERIFY(box);
        QAbstractButton* anyway = nullptr;
        for (QAbstractButton* button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                anyway = button;
        }
        QVERIFY(anyway);
        QTest::mouseClick(anyway, Qt::LeftButton);
        QVERIFY(waitForResult(&page));
        QCOMPARE(postCount(), 2);
    }

    // A profile switch while a token is being made: the token is shown as the old organization's, and a
    // switch while a token is shown goes back to the form.
    void switchDuringACreateNamesTheOrganization()
    {
        const QString otherId = addLimitedProfile();
        m_secrets->write(otherId, SandboxProcess::apiKey(), this, [](const SecretStore::Result&) {});

        SingleTokenPage page(Platform::Windows, m_context.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        pickUserByTyping(&page, QStringLiteral("olga"), m_olga.value(QLatin1StringView("id")).toString());
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("slow")},
                                       {QStringLiteral("delayMs"), 600},
                                       {QStringLiteral("method"), QStringLiteral("POST")}}));
        page.create();
        m_context->activateProfile(otherId);
        ResultView* result = waitForResult(&page);
        QVERIFY(result);
        const QString subtitle = result->findChild<QLabel*>(QStringLiteral("subtitleLabel"))->text();
        QVERIFY2(subtitle.contains(SandboxProcess::organizationSlug()) &&
                     subtitle.contains(QLatin1StringView("not the active profile")),
                 qPrintable(subtitle));

        m_context->activateProfile(QStringLiteral("sandbox"));
        QTRY_VERIFY(!result->isVisible()); // the form again: that token is not this organization's
    }

    // A refusal for want of a key, when the keychain keeps only the old server's key, says that.
    void missingKeyOfAnotherServerSaysSo()
    {
        Profile moved = m_context->activeProfile();
        moved.id = Profile::newId();
        moved.name = QStringLiteral("Moved");
        const QString id = m_context->profiles()->add(moved);
        bool written = false;
        m_context->keys()->write(id, QUrl(QStringLiteral("https://old-server.example/v1")),
                                 SandboxProcess::apiKey(), this,
                                 [&written](const ProfileKeys::Result& result) { written = result.ok(); });
        QTRY_VERIFY(written);
        m_context->activateProfile(id);
        QTRY_COMPARE(m_context->keyState(), AppContext::KeyState::Missing);
        QVERIFY(m_context->keyOfAnotherServer());
        const QString message = m_context->errorMessage(ApiError::make(ApiError::Kind::MissingKey));
        QVERIFY2(message.contains(QLatin1StringView("another server")) &&
                     message.contains(QLatin1StringView("Store the key for this server")),
                 qPrintable(message));
    }

    // Create clicked while the profile's key is still being read says so, not that no key is stored.
    void createWhileTheKeyIsReadSaysSo()
    {
        PendingSecretStore keychain;
        AppContext context(m_settings.get(), &keychain);
        Profile waiting = m_context->activeProfile(); // the sandbox's server, but a key from the keychain
        waiting.id = Profile::newId();
        waiting.name = QStringLiteral("Waiting");
        context.activateProfile(context.profiles()->add(waiting));
        SingleTokenPage page(Platform::Windows, &context);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        pasteUserId(&page, m_olga.value(QLatin1StringView("id")).toString());
        QCOMPARE(context.keyState(), AppContext::KeyState::Unknown);
        page.create();
        auto* error = child<ErrorPanel>(&page, "errorPanel");
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->message().contains(QLatin1StringView("still being read")),
                 qPrintable(error->message()));
        QVERIFY(!error->message().contains(QLatin1StringView("No API key is set")));
    }

    // Policies and segments belong to an organization: after a switch, the old one's ids are not sent to
    // the new one.
    void switchForgetsTheOldPolicies()
    {
        const QString otherId = addLimitedProfile();

        SingleTokenPage page(Platform::Windows, m_context.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QJsonArray policies = m_sandbox.policies(QStringLiteral("windows"));
        QVERIFY(policies.size() >= 2);
        auto* editor = page.findChild<TokenSettingsEditor*>();
        QVERIFY(editor);
        TokenSettings settings = editor->settings();
        settings.policyId = policies.at(0).toObject().value(QLatin1StringView("id")).toString();
        settings.assignments = {{policies.at(1).toObject().value(QLatin1StringView("id")).toString(), 1}};
        settings.segmentId = 7;
        editor->setSettings(settings);
        QCOMPARE(editor->settings().policyId, settings.policyId);
        QCOMPARE(editor->settings().assignments.size(), 1);
        QCOMPARE(editor->settings().segmentId, std::optional<qint64>(7));

        auto* picker = editor->findChild<PolicyPicker*>();
        QVERIFY(picker && !picker->policies().isEmpty());
        m_context->activateProfile(otherId);
        // At once, before the new organization's key and list: its list is not the old one.
        QVERIFY(picker->policies().isEmpty());
        QCOMPARE(picker->count(), 1);
        QVERIFY(editor->settings().policyId.isEmpty());
        QVERIFY(editor->settings().assignments.isEmpty());
        QVERIFY(!editor->settings().segmentId.has_value()); // the old organization's segment
        QVERIFY(page.windowsRequest().settings.policyId.isEmpty());
    }

    // A policy list that cannot be loaded does not leave the token without its policies: the primary
    // policy and an assignment's policy are typed as ids, checked as the API checks them, and sent.
    void policyIdsAreTypedWhenTheListCannotBeLoaded()
    {
        const QJsonArray policies = m_sandbox.policies(QStringLiteral("windows"));
        QVERIFY(policies.size() >= 2);
        const QString primary = policies.at(0).toObject().value(QLatin1StringView("id")).toString();
        const QString assigned = policies.at(1).toObject().value(QLatin1StringView("id")).toString();
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("apiError")},
                                       {QStringLiteral("httpStatus"), 500},
                                       {QStringLiteral("pathContains"), QStringLiteral("policies")}}));
        SingleTokenPage page(Platform::Windows, m_context.get());
        page.resize(900, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* picker = child<PolicyPicker>(&page, "policy");
        QTRY_VERIFY(picker->isTypingId());
        QVERIFY2(child<QLabel>(&page, "policyLoadError")->text().contains(QLatin1StringView("Type")),
                 qPrintable(child<QLabel>(&page, "policyLoadError")->text()));
        pickUserByTyping(&page, QStringLiteral("olga"), m_olga.value(QLatin1StringView("id")).toString());
        auto* create = child<QPushButton>(&page, "createButton");
        QTRY_VERIFY(create->isEnabled());

        // Checked as typed: not an id, Create is off and the problem names the field.
        auto* idEdit = child<QLineEdit>(picker, "policyIdEdit");
        idEdit->setFocus();
        QTest::keyClicks(idEdit, QStringLiteral("bitlocker"));
        QTRY_VERIFY(!create->isEnabled());
        QVERIFY(page.errors().size() == 1 && page.errors().first().field == QLatin1StringView("winPolicyId"));
        idEdit->clear();
        QTest::keyClicks(idEdit, QStringLiteral(" ") + primary);
        QTRY_VERIFY(create->isEnabled());

        // An assignment: nothing to choose from, so its editor takes an id.
        auto* assignments = page.findChild<PolicyAssignmentsTable*>();
        QVERIFY(assignments);
        assignments->addRow();
        auto* table = assignments->findChild<QTableWidget*>();
        QVERIFY(table);
        table->setCurrentCell(0, PolicyAssignmentsTable::PolicyColumn);
        QTest::keyClick(table, Qt::Key_F2);
        auto* editor = table->findChild<QComboBox*>(QStringLiteral("policyEditor"));
        QVERIFY(editor && editor->isEditable());
        // A character left out and put back: the cursor stays where it is typed (each key is committed).
        QTest::keyClicks(editor->lineEdit(), assigned.left(20) + assigned.mid(21));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(editor->lineEdit(), Qt::Key_Left);
        QTest::keyClicks(editor->lineEdit(), assigned.mid(20, 1));
        QCOMPARE(editor->lineEdit()->text(), assigned);
        QCOMPARE(assignments->assignments().value(0).policyId, assigned); // taken as typed
        const QPointer<QComboBox> open = editor;
        QTest::keyClick(editor->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY(!open); // Return ends the edit
        QCOMPARE(assignments->assignments().value(0).policyId, assigned);
        // Esc puts back the id the cell had when the editor opened, though each key was committed.
        QTest::keyClick(table, Qt::Key_F2);
        editor = table->findChild<QComboBox*>(QStringLiteral("policyEditor"));
        QVERIFY(editor);
        QTest::keyClicks(editor->lineEdit(), QStringLiteral("ff"));
        QCOMPARE(assignments->assignments().value(0).policyId, assigned + QStringLiteral("ff"));
        QTest::keyClick(editor->lineEdit(), Qt::Key_Escape);
        QCOMPARE(assignments->assignments().value(0).policyId, assigned);

        QTest::keyClick(idEdit, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(waitForResult(&page));
        const QJsonObject body = lastPostBody();
        QCOMPARE(body.value(QLatin1StringView("winPolicyId")).toString(), primary);
        QCOMPARE(body.value(QLatin1StringView("winPolicyAssignments"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1StringView("winPolicyId"))
                     .toString(),
                 assigned);
    }

    // One policy assigned twice is one problem: the rules' message only (the table names the policy
    // under itself). It was listed twice, once under each of two field names.
    void aPolicyAssignedTwiceIsOneProblem()
    {
        SingleTokenPage page(Platform::Windows, m_context.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString policy = m_sandbox.policies(QStringLiteral("windows"))
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1StringView("id"))
                                   .toString();
        auto* editor = page.findChild<TokenSettingsEditor*>();
        QVERIFY(editor);
        TokenSettings settings = editor->settings();
        settings.assignments = {{policy, 1}, {policy.toUpper(), 2}};
        editor->setSettings(settings);

        const FieldErrors errors = page.errors();
        QCOMPARE(errors.size(), 2); // no user yet, and the duplicate
        QCOMPARE(errors.at(1).field, QStringLiteral("winPolicyAssignments[1].winPolicyId"));
        page.create(); // brings up the problems list
        auto* problems = child<QLabel>(&page, "validationSummary");
        QTRY_VERIFY(problems->isVisible());
        QCOMPARE(problems->text().count(QLatin1StringView("Policy assignment 2")), 1);
    }

    // A field with a problem is framed in red, with the list: a blank form opens without marks, and the
    // marks come with the first edit (the segment over its limit, the user still missing).
    void fieldsWithProblemsAreMarked()
    {
        SingleTokenPage page(Platform::Windows, m_context.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* user = page.findChild<UserPicker*>();
        auto* segment = page.findChild<QLineEdit*>(QStringLiteral("segment"));
        QVERIFY(user && segment);
        QVERIFY(!page.errors().isEmpty()); // no user yet
        QVERIFY(!FieldErrorMark::isMarked(user));

        segment->setFocus();
        QTest::keyClicks(segment, QStringLiteral("9999999999999999")); // over 2^53 - 1
        QTRY_VERIFY(FieldErrorMark::isMarked(segment));
        QVERIFY(FieldErrorMark::isMarked(user));
        QVERIFY2(segment->toolTip().contains(QLatin1StringView("Segment")), qPrintable(segment->toolTip()));

        segment->clear();
        QTRY_VERIFY(!FieldErrorMark::isMarked(segment));
        QVERIFY(FieldErrorMark::isMarked(user));
    }

    // A profile without a default e-mail language gives the console's default (English here, as CTest
    // runs in C.UTF-8), not the previous profile's.
    void switchToAProfileWithoutADefaultLanguage()
    {
        Profile spanish = m_context->activeProfile();
        spanish.id = Profile::newId();
        spanish.name = QStringLiteral("Spanish team");
        spanish.defaultLanguage = QStringLiteral("es");
        const QString spanishId = m_context->profiles()->add(spanish);
        const QString otherId = addLimitedProfile(); // no default language
        const QString before = m_context->activeProfile().id;

        SingleTokenPage page(Platform::Windows, m_context.get());
        auto* editor = page.findChild<TokenSettingsEditor*>();
        QVERIFY(editor);
        m_context->activateProfile(spanishId);
        QCOMPARE(editor->settings().language, QStringLiteral("es"));
        m_context->activateProfile(otherId);
        QCOMPARE(editor->settings().language, LanguagePicker::defaultLanguage());
        QCOMPARE(editor->settings().language, QStringLiteral("en"));
        m_context->activateProfile(before);
    }

    // Every user whose create's outcome is unknown stays guarded, whatever happens to the creates for other
    // users in between, until a create for that user is answered for certain.
    void unsureUsersAreAllGuarded_data()
    {
        QTest::addColumn<bool>("otherFails");
        QTest::addRow("another user's create succeeds") << false;
        QTest::addRow("another user's create fails uncertainly too") << true;
    }

    void unsureUsersAreAllGuarded()
    {
        QFETCH(bool, otherFails);
        const QString olga = m_olga.value(QLatin1StringView("id")).toString();
        const QString other = otherUserId();
        QVERIFY(!other.isEmpty());
        SingleTokenPage page(Platform::Windows, m_context.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        pasteUserId(&page, olga);
        QVERIFY(injectDroppedCreate());
        page.create();
        auto* error = child<ErrorPanel>(&page, "errorPanel");
        QTRY_VERIFY(error->isVisible());

        replaceUserId(&page, other);
        if (otherFails)
            QVERIFY(injectDroppedCreate());
        QVERIFY(!createAsksFirst(&page)); // nothing unsure about this user yet
        if (otherFails) {
            QTRY_VERIFY(error->isVisible());
        } else {
            ResultView* result = waitForResult(&page);
            QVERIFY(result);
            QTest::mouseClick(child<QPushButton>(result, "createAnotherButton"), Qt::LeftButton);
        }
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(postCount(), 2);

        replaceUserId(&page, olga);
        QVERIFY(createAsksFirst(&page));
        QCOMPARE(postCount(), 2);
        if (otherFails) {
            replaceUserId(&page, other);
            QVERIFY(createAsksFirst(&page));
            QCOMPARE(postCount(), 2);
            replaceUserId(&page, olga);
        }

        // Sent anyway and created: a certain answer for Olga, whose next create goes without a question.
        QVERIFY(createAnyway(&page));
        ResultView* result = waitForResult(&page);
        QVERIFY(result);
        QCOMPARE(postCount(), 3);
        QTest::mouseClick(child<QPushButton>(result, "createAnotherButton"), Qt::LeftButton);
        pasteUserId(&page, olga);
        QVERIFY(!createAsksFirst(&page));
        QVERIFY(waitForResult(&page));
        QCOMPARE(postCount(), 4);
    }

    // A refusal of "Create anyway" says that request made nothing, not that the unsure one before it did
    // not: the user stays guarded.
    void refusalKeepsTheGuard()
    {
        SingleTokenPage page(Platform::Windows, m_context.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        pasteUserId(&page, m_olga.value(QLatin1StringView("id")).toString());
        QVERIFY(injectDroppedCreate());
        page.create();
        auto* error = child<ErrorPanel>(&page, "errorPanel");
        QTRY_VERIFY(error->isVisible());
        QTRY_VERIFY(!page.isBusy());

        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("apiError")},
                                       {QStringLiteral("httpStatus"), 429},
                                       {QStringLiteral("method"), QStringLiteral("POST")}}));
        QVERIFY(createAnyway(&page));
        QTRY_VERIFY(!page.isBusy() && error->isVisible());
        QVERIFY2(error->message().contains(QStringLiteral("429")) ||
                     error->message().contains(QStringLiteral("too many"), Qt::CaseInsensitive),
                 qPrintable(error->message()));
        const int posts = postCount();
        QVERIFY(createAsksFirst(&page));
        QCOMPARE(postCount(), posts);
    }

    // A switch while a create is in flight leaves the form as it was sent. A failure then names where the
    // request went and offers no check of the new organization's list for the old one's user; only then
    // is the form reset for the new organization. Switched back before the answer, the form is the
    // organization's again: it stays as sent, with the check offered.
    void switchDuringAFailedCreate_data()
    {
        QTest::addColumn<bool>("switchBack");
        QTest::addRow("to another organization") << false;
        QTest::addRow("away and back") << true;
    }

    void switchDuringAFailedCreate()
    {
        QFETCH(bool, switchBack);
        const QString otherId = addLimitedProfile();
        m_secrets->write(otherId, SandboxProcess::apiKey(), this, [](const SecretStore::Result&) {});
        const Profile sent = m_context->activeProfile();
        const QString olga = m_olga.value(QLatin1StringView("id")).toString();

        SingleTokenPage page(Platform::Windows, m_context.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        pasteUserId(&page, olga);
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("slow")},
                                       {QStringLiteral("delayMs"), 3000},
                                       {QStringLiteral("method"), QStringLiteral("POST")}}));
        page.create();
        QVERIFY(page.isBusy());
        m_context->activateProfile(otherId);
        QCOMPARE(page.windowsRequest().mdmUserId, olga); // not reset under the request
        if (switchBack)
            m_context->activateProfile(sent.id);

        page.cancel(); // an outcome left unknown
        auto* error = child<ErrorPanel>(&page, "errorPanel");
        QTRY_VERIFY(error->isVisible());
        auto* action = error->findChild<QPushButton*>(QStringLiteral("errorAction"));
        if (switchBack) {
            QCOMPARE(page.windowsRequest().mdmUserId, olga);
            QVERIFY(action && action->isVisible());
            QTRY_COMPARE(m_context->keyState(), AppContext::KeyState::Present);
            return;
        }
        // The form no longer shows the user: the message names them (by id, as it was pasted).
        QVERIFY2(error->message().contains(sent.organization) && error->message().contains(sent.name) &&
                     error->message().contains(QStringLiteral("request for ") + olga) &&
                     error->message().contains(QLatin1StringView("Switch back to that profile")),
                 qPrintable(error->message()));
        QVERIFY(!action || action->isHidden());
        QVERIFY(page.windowsRequest().mdmUserId.isEmpty()); // the reset, once the answer is shown

        // Back on the organization it went to, the same user is still guarded.
        m_context->activateProfile(sent.id);
        QTRY_COMPARE(m_context->keyState(), AppContext::KeyState::Present);
        pasteUserId(&page, olga);
        QVERIFY(createAsksFirst(&page));
    }

    // From the keyboard, an unsure create leaves the focus on what the error suggests (its button reads the
    // message out with it), not on Create, which would only ask again.
    void unsureCreateFocusesTheSuggestedCheck()
    {
        SingleTokenPage page(Platform::Windows, m_context.get());
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        pasteUserId(&page, m_olga.value(QLatin1StringView("id")).toString());
        QVERIFY(injectDroppedCreate());
        auto* create = child<QPushButton>(&page, "createButton");
        QTRY_VERIFY(create->isEnabled());
        create->setFocus();
        QTest::keyClick(create, Qt::Key_Space);
        auto* error = child<ErrorPanel>(&page, "errorPanel");
        QTRY_VERIFY(error->isVisible());
        auto* action = error->findChild<QPushButton*>(QStringLiteral("errorAction"));
        QVERIFY(action && action->isVisible());
        QCOMPARE(QApplication::focusWidget(), action);
        QCOMPARE(action->accessibleDescription(), error->message());
    }

    // The error is about the user it was sent for: picking another takes it away (with its "Check the
    // token list for this user"); the guard still asks before sending again for the first one.
    void anotherUserTakesTheErrorAway()
    {
        const QString olga = m_olga.value(QLatin1StringView("id")).toString();
        SingleTokenPage page(Platform::Windows, m_context.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        pasteUserId(&page, olga);
        QVERIFY(injectDroppedCreate());
        page.create();
        auto* error = child<ErrorPanel>(&page, "errorPanel");
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->findChild<QPushButton*>(QStringLiteral("errorAction"))->isVisible());

        replaceUserId(&page, otherUserId());
        QVERIFY(error->isHidden());
        replaceUserId(&page, olga);
        QVERIFY(createAsksFirst(&page));
        QCOMPARE(postCount(), 1);
    }

    // A blank form does not greet the user with what is missing: the list comes with the first edit or
    // the first try to create, and is accurate from then on. The page's own changes (the policies
    // arriving, a profile's defaults) are not edits.
    void problemsAreListedOnceTheUserActs_data()
    {
        QTest::addColumn<bool>("byEditing");
        QTest::addRow("an edit") << true;
        QTest::addRow("a try to create") << false;
    }

    void problemsAreListedOnceTheUserActs()
    {
        QFETCH(bool, byEditing);
        SingleTokenPage page(Platform::Windows, m_context.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* summary = child<QLabel>(&page, "validationSummary");
        auto* create = child<QPushButton>(&page, "createButton");
        auto* policy = child<PolicyPicker>(&page, "policy");
        QTRY_VERIFY(policy->count() > 1);
        Profile edited = m_context->activeProfile();
        edited.defaultDurationSeconds = 3600;
        m_context->profiles()->update(edited);
        m_context->activateProfile(edited.id);
        QCOMPARE(page.windowsRequest().settings.durationSeconds, 3600);
        QVERIFY(!create->isEnabled());
        // The disabled button says why, in the list's own words, while the list waits for the user.
        QVERIFY2(create->toolTip().contains(summary->text()) && !summary->text().isEmpty(),
                 qPrintable(create->toolTip()));
        QVERIFY(summary->isHidden());

        auto* displayName = child<QLineEdit>(&page, "displayName");
        displayName->setFocus();
        if (byEditing)
            QTest::keyClicks(displayName, QStringLiteral("Laptop"));
        else
            QTest::keyClick(displayName, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(summary->isVisible());
        QVERIFY2(summary->text().contains(QLatin1StringView("User")), qPrintable(summary->text()));
        QCOMPARE(postCount(), 0);
        if (!byEditing) // the first field to mend takes the focus
            QCOMPARE(page.focusWidget(), child<QLineEdit>(&page, "userSearch"));

        pasteUserId(&page, m_olga.value(QLatin1StringView("id")).toString());
        QVERIFY(summary->isHidden()); // nothing left to list
        QTest::keyClicks(displayName, QString(129, u'x'));
        QVERIFY(summary->isVisible());
        QVERIFY(summary->text().contains(QLatin1StringView("Display name")));
        QVERIFY(!summary->text().contains(QLatin1StringView("User")));
    }

    // New defaults for the active profile (saved on the Profiles page) go into an untouched form, which
    // stays untouched; a form filled in stays filled in, which Quit asks about.
    void newProfileDefaultsKeepAFilledFormFilled()
    {
        SingleTokenPage untouched(Platform::Windows, m_context.get());
        SingleTokenPage filled(Platform::Windows, m_context.get());
        filled.show();
        QVERIFY(QTest::qWaitForWindowExposed(&filled));
        pickUserByTyping(&filled, QStringLiteral("olga"), m_olga.value(QLatin1StringView("id")).toString());
        QVERIFY(filled.hasUnsentForm());
        QVERIFY(!untouched.hasUnsentForm());

        Profile edited = m_context->activeProfile();
        edited.defaultDurationSeconds = 7 * 24 * 3600;
        QVERIFY(m_context->profiles()->update(edited));
        m_context->activateProfile(edited.id); // as the Profiles page does after saving it
        QCOMPARE(untouched.windowsRequest().settings.durationSeconds, std::optional<qint64>(7 * 24 * 3600));
        QVERIFY(!untouched.hasUnsentForm());
        QVERIFY(filled.hasUnsentForm());
    }

    void cancelKeepsTheForm()
    {
        SingleTokenPage page(Platform::Windows, m_context.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        pickUserByTyping(&page, QStringLiteral("olga"), m_olga.value(QLatin1StringView("id")).toString());
        QVERIFY(m_sandbox.injectFault(
            {{QStringLiteral("type"), QStringLiteral("slow")}, {QStringLiteral("delayMs"), 3000}}));
        page.create();
        QTRY_VERIFY(page.isBusy());
        QVERIFY(child<QPushButton>(&page, "cancelButton")->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        auto* error = child<ErrorPanel>(&page, "errorPanel");
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->message(), ApiError::make(ApiError::Kind::Cancelled).message());
        QVERIFY(!page.isBusy());
        QCOMPARE(page.windowsRequest().mdmUserId, m_olga.value(QLatin1StringView("id")).toString());
    }
};

QTEST_MAIN(TestSingleTokenPage)
#include "test_singletokenpage.moc"
