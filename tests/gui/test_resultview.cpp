// ResultView: what a created token shows (code, link, state, expiry, policies, QR), the copy shortcut,
// and the Android QR image downloaded from a real sandbox, with the local fallback when it fails.

#include "apiclient.h"
#include "qrcode.h"
#include "qrview.h"
#include "resultview.h"
#include "sandboxprocess.h"
#include "statuscolors.h"

#include "httpconnectionpool.h"
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

const QString kWindowsLink =
    QStringLiteral("https://app.applivery.com/enroll/windows/65f0c0ffee00000000001234");

EnrollmentToken windowsToken()
{
    EnrollmentToken t;
    t.platform = Platform::Windows;
    t.id = QStringLiteral("65f0c0ffee00000000001234");
    t.userId = QStringLiteral("65f0c0ffee0000000000aaaa");
    t.userEmail = QStringLiteral("ana.smith@example.com");
    t.displayName = QStringLiteral("Ana's laptop");
    t.state = QStringLiteral("PENDING");
    t.createdAt = QDateTime::currentDateTimeUtc();
    t.expireAt = t.createdAt.addSecs(86399);
    t.enrollmentLink = kWindowsLink;
    t.enrollCode = QStringLiteral("ABC123");
    t.assignments = {{QStringLiteral("65f0c0ffee0000000000bbbb"), QStringLiteral("Kiosk"), 20},
                     {QStringLiteral("65f0c0ffee0000000000cccc"), QStringLiteral("Baseline"), 5}};
    return t;
}

template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

class TestResultView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init() { QGuiApplication::clipboard()->setText(QStringLiteral("sentinel")); }

    void startsEmpty()
    {
        ResultView view;
        QVERIFY(!view.hasToken());
        QCOMPARE(view.qrSource(), ResultView::QrSource::None);
        QVERIFY(!view.qrView()->hasCode());
        QVERIFY(!view.copyCodeAction()->isEnabled());
        view.copyCode();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("sentinel"));
    }

    // A work profile goes on a personal device that is already set up: the link's QR code, which the
    // camera opens, not the API's provisioning one for the setup wizard (that one is not downloaded).
    void aWorkProfileGetsTheLinksQrCode()
    {
        ResultView view;
        EnrollmentToken token = windowsToken();
        token.platform = Platform::Android;
        token.managementMode = QStringLiteral("PROFILE_OWNER");
        token.qrcodeUrl = QStringLiteral("https://example.com/qr.png");
        view.showToken(token);
        QCOMPARE(view.qrSource(), ResultView::QrSource::Link);
        QCOMPARE(view.qrView()->encodedText(), token.enrollmentLink);

        // Fully managed: the setup wizard's QR code, the API's, which this view (no client to download
        // it with) says it could not get.
        token.managementMode = QStringLiteral("DEVICE_OWNER");
        view.showToken(token);
        QCOMPARE(view.qrSource(), ResultView::QrSource::Fallback);
    }

    // The primary policy is listed with the assignments, first (it was left out when there were some).
    void primaryPolicyIsListedBesideTheAssignments()
    {
        ResultView view;
        EnrollmentToken token = windowsToken();
        token.policyId = QStringLiteral("65f0c0ffee0000000000aaaa");
        view.setPolicyNames({{token.policyId, QStringLiteral("Corporate")}});
        view.showToken(token);
        QCOMPARE(child<QLabel>(view, "policiesLabel")->text(),
                 QStringLiteral("Primary policy: Corporate\nBaseline (priority 5)\nKiosk (priority 20)"));
        token.assignments.clear();
        view.showToken(token);
        QCOMPARE(child<QLabel>(view, "policiesLabel")->text(), QStringLiteral("Primary policy: Corporate"));
    }

    void showsAWindowsToken()
    {
        ResultView view;
        view.resize(760, 460);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const EnrollmentToken token = windowsToken();
        view.showToken(token);

        QVERIFY(view.hasToken());
        QCOMPARE(view.token().id, token.id);
        QCOMPARE(child<QLabel>(view, "enrollCodeLabel")->text(), QStringLiteral("ABC123"));
        // The Copy code button, which has the focus after a create, reads the code letter by letter.
        QCOMPARE(child<QPushButton>(view, "copyCodeButton")->accessibleDescription(),
                 QStringLiteral("A B C 1 2 3"));
        QVERIFY(child<QLabel>(view, "enrollCodeLabel")->font().fixedPitch());
        QVERIFY(child<QLabel>(view, "enrollCodeLabel")->font().pointSizeF() > view.font().pointSizeF() * 1.5);

        auto* link = child<QLabel>(view, "linkLabel");
        QVERIFY2(link->text().contains(QStringLiteral("href=\"") + kWindowsLink + u'"'),
                 qPrintable(link->text()));
        QCOMPARE(link->toolTip(), kWindowsLink);
        QVERIFY(child<QPushButton>(view, "openLinkButton")->isEnabled());

        QCOMPARE(child<QLabel>(view, "stateBadge")->text(), QStringLiteral("Pending"));
        QVERIFY(child<QLabel>(view, "stateBadge")->isVisible());
        QCOMPARE(child<QLabel>(view, "tokenIdLabel")->text(), token.id);
        QVERIFY(child<QLabel>(view, "tokenIdLabel")->textInteractionFlags() & Qt::TextSelectableByMouse);
        QCOMPARE(child<QLabel>(view, "platformLabel")->text(), QStringLiteral("Windows"));
        const QString subtitle = child<QLabel>(view, "subtitleLabel")->text();
        QVERIFY2(subtitle.contains(token.userEmail) && subtitle.contains(token.displayName),
                 qPrintable(subtitle));
        // Priority order: 5 before 20.
        QCOMPARE(child<QLabel>(view, "policiesLabel")->text(),
                 QStringLiteral("Baseline (priority 5)\nKiosk (priority 20)"));

        QCOMPARE(child<QLabel>(view, "expiryLabel")->text(),
                 ResultView::formatExpiry(token.expireAt, view.locale()));
        const QString countdown = child<QLabel>(view, "countdownLabel")->text();
        QVERIFY2(countdown.contains(QStringLiteral("expires in 23 h 5")), qPrintable(countdown));

        QCOMPARE(view.qrSource(), ResultView::QrSource::Link);
        QCOMPARE(view.qrView()->encodedText(), token.enrollmentLink);
        QCOMPARE(view.qrView()->caption(), token.enrollCode);
        QVERIFY(child<QPushButton>(view, "fullScreenButton")->isEnabled());
    }

    // Names, codes and ids come from the server: markup in them is shown as typed, never obeyed (a
    // display name cannot make itself a link or a banner).
    void serverTextIsShownAsText()
    {
        ResultView view;
        view.show();
        EnrollmentToken token = windowsToken();
        token.displayName = QStringLiteral("<b>Ana</b> <font size=7>laptop</font>");
        token.userEmail = QStringLiteral("<i>ana</i>@example.com");
        token.enrollCode = QStringLiteral("<u>ABC</u>");
        token.id = QStringLiteral("<s>65f0</s>");
        token.assignments = {
            {QStringLiteral("65f0c0ffee0000000000bbbb"), QStringLiteral("<a href=x>Kiosk</a>"), 1}};
        view.showToken(token);
        const QLabel* link = child<QLabel>(view, "linkLabel");
        int checked = 0;
        for (const QLabel* label : view.findChildren<QLabel*>()) {
            if (label == link || !label->text().contains(u'<'))
                continue;
            ++checked;
            QVERIFY2(label->textFormat() == Qt::PlainText ||
                         (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text())),
                     qPrintable(label->objectName() + u' ' + label->text()));
        }
        QVERIFY(checked >= 4); // subtitle, code, id, policies
    }

    void stateText_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("text");
        QTest::newRow("pending") << QStringLiteral("PENDING") << QStringLiteral("Pending");
        QTest::newRow("done") << QStringLiteral("DONE") << QStringLiteral("Done");
        QTest::newRow("expired") << QStringLiteral("EXPIRED") << QStringLiteral("Expired");
        QTest::newRow("deleted") << QStringLiteral("DELETED") << QStringLiteral("Deleted");
        QTest::newRow("processing") << QStringLiteral("PROCESSING") << QStringLiteral("Processing");
        QTest::newRow("unknown kept verbatim") << QStringLiteral("ARCHIVED") << QStringLiteral("ARCHIVED");
    }

    void stateText()
    {
        QFETCH(QString, state);
        QFETCH(QString, text);
        QCOMPARE(ResultView::stateText(state), text);
        ResultView view;
        EnrollmentToken token = windowsToken();
        token.state = state;
        view.showToken(token);
        QCOMPARE(child<QLabel>(view, "stateBadge")->text(), text);
        QVERIFY(child<QLabel>(view, "stateBadge")->accessibleName().contains(text));
    }

    void stateColoursDiffer()
    {
        QStringList sheets;
        for (const char* state : {"PENDING", "DONE", "EXPIRED", "DELETED"}) {
            ResultView view;
            EnrollmentToken token = windowsToken();
            token.state = QString::fromLatin1(state);
            view.showToken(token);
            sheets << child<QLabel>(view, "stateBadge")->styleSheet();
        }
        sheets.removeDuplicates();
        QCOMPARE(sheets.size(), 4);
    }

    void pendingPastExpiryShowsExpired()
    {
        ResultView view;
        EnrollmentToken token = windowsToken();
        token.expireAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        view.showToken(token);
        QCOMPARE(child<QLabel>(view, "stateBadge")->text(), QStringLiteral("Expired"));
        auto* countdown = child<QLabel>(view, "countdownLabel");
        QCOMPARE(countdown->text(), QStringLiteral("expired"));
        // In the console's error colour for the window's palette.
        QCOMPARE(countdown->palette().color(QPalette::WindowText), StatusColors::error(view.palette()));
    }

    void countdownText_data()
    {
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<QString>("text");
        QTest::newRow("a day less a minute") << qint64(86340) << QStringLiteral("expires in 23 h 59 min");
        QTest::newRow("thirty days") << qint64(2592000) << QStringLiteral("expires in 30 d 0 h");
        QTest::newRow("two days three hours")
            << qint64(2 * 86400 + 3 * 3600 + 59) << QStringLiteral("expires in 2 d 3 h");
        QTest::newRow("an hour") << qint64(3600) << QStringLiteral("expires in 1 h 0 min");
        QTest::newRow("minutes and seconds") << qint64(250) << QStringLiteral("expires in 4 min 10 s");
        QTest::newRow("seconds") << qint64(9) << QStringLiteral("expires in 9 s");
        QTest::newRow("now") << qint64(0) << QStringLiteral("expired");
        QTest::newRow("past") << qint64(-3600) << QStringLiteral("expired");
    }

    void countdownText()
    {
        QFETCH(qint64, secondsLeft);
        QFETCH(QString, text);
        const QDateTime now(QDate(2026, 3, 12), QTime(14, 5), Qt::UTC);
        QCOMPARE(ResultView::countdownText(now, now.addSecs(secondsLeft)), text);
        QVERIFY(ResultView::countdownText(now, {}).isEmpty());
    }

    void expiryUsesLocalTimeAndTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("month");
        QTest::newRow("english") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                                 << QStringLiteral("March");
        QTest::newRow("german") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("März");
        QTest::newRow("french") << QLocale(QLocale::French, QLocale::France) << QStringLiteral("mars");
    }

    void expiryUsesLocalTimeAndTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, month);
        const QDateTime expireAt(QDate(2026, 3, 12), QTime(12, 0), Qt::UTC);
        const QDateTime local = expireAt.toLocalTime();
        const QString text = ResultView::formatExpiry(expireAt, locale);
        QVERIFY2(text.contains(month), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2026")), qPrintable(text));
        QVERIFY2(text.contains(QString::number(local.date().day())), qPrintable(text));
        QVERIFY2(text.contains(QString::number(local.time().minute()).rightJustified(2, u'0')),
                 qPrintable(text));
        QVERIFY2(text.contains(local.timeZoneAbbreviation()), qPrintable(text));

        ResultView view;
        view.setLocale(locale);
        EnrollmentToken token = windowsToken();
        token.expireAt = expireAt;
        view.showToken(token);
        QCOMPARE(child<QLabel>(view, "expiryLabel")->text(), text);
    }

    void perpetualTokenNeverExpires()
    {
        ResultView view;
        EnrollmentToken token = windowsToken();
        token.perpetual = true;
        view.showToken(token);
        QCOMPARE(child<QLabel>(view, "expiryLabel")->text(), QStringLiteral("Never"));
        QVERIFY(child<QLabel>(view, "countdownLabel")->text().isEmpty());
    }

    void ctrlShiftCCopiesExactlyTheCode()
    {
        QWidget window;
        auto* form = new QLineEdit(&window); // the page's form, where the focus usually is
        auto* view = new ResultView(&window);
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(form);
        layout->addWidget(view);
        view->showToken(windowsToken());
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("sentinel")); // nothing implicit

        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        form->setFocus();
        QTRY_VERIFY(form->hasFocus());
        QCOMPARE(view->copyCodeAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

        QTest::keyClick(form, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("ABC123"));
        QVERIFY(form->text().isEmpty());
        QVERIFY(child<QLabel>(*view, "statusLabel")->text().contains(QStringLiteral("Copied")));

        // Ctrl+Shift+K: the link, likewise from the form.
        QTest::keyClick(form, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), kWindowsLink);
        QVERIFY(form->text().isEmpty());
    }

    void copyButtons()
    {
        ResultView view;
        view.showToken(windowsToken());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::mouseClick(child<QPushButton>(view, "copyLinkButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), kWindowsLink);
        QTest::mouseClick(child<QPushButton>(view, "copyCodeButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("ABC123"));
    }

    void createAnother()
    {
        ResultView view;
        view.show();
        view.showToken(windowsToken());
        auto* button = child<QPushButton>(view, "createAnotherButton");
        QVERIFY(!button->isVisible());
        view.setCreateAnotherVisible(true);
        QVERIFY(button->isVisible());
        QSignalSpy spy(&view, &ResultView::createAnotherRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
    }

    void qrGoesUnderTheDetailsWhenTheRoomIsNarrow()
    {
        ResultView view;
        view.showToken(windowsToken());
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* code = child<QLabel>(view, "enrollCodeLabel");
        const auto qrBeside = [&] {
            const QRect qr(view.qrView()->mapTo(&view, QPoint()), view.qrView()->size());
            const QRect details(code->mapTo(&view, QPoint()), code->size());
            return qr.left() >= details.right();
        };
        // Not adaptive: side by side whatever the width.
        QTRY_VERIFY(qrBeside());

        view.setAvailableWidth(300); // a narrow side panel that scrolls
        QTRY_VERIFY(!qrBeside());
        QVERIFY(view.qrView()->mapTo(&view, QPoint()).y() > code->mapTo(&view, QPoint()).y());

        view.setAvailableWidth(1100);
        QTRY_VERIFY(qrBeside());
    }

    void clearForgetsTheToken()
    {
        ResultView view;
        view.showToken(windowsToken());
        view.clear();
        QVERIFY(!view.hasToken());
        QVERIFY(view.token().id.isEmpty());
        QVERIFY(!view.qrView()->hasCode());
        QCOMPARE(view.qrSource(), ResultView::QrSource::None);
        QVERIFY(child<QLabel>(view, "tokenIdLabel")->text().isEmpty());
        view.copyCode();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("sentinel"));
    }

    void androidWithoutQrcodeUrlRendersTheLink()
    {
        ResultView view;
        EnrollmentToken token = windowsToken();
        token.platform = Platform::Android;
        token.managementMode = QStringLiteral("DEVICE_OWNER");
        token.enrollmentLink = QStringLiteral("https://enterprise.google.com/android/enroll?et=QWERTYUIOP");
        view.showToken(token);
        QCOMPARE(view.qrSource(), ResultView::QrSource::Link);
        QCOMPARE(view.qrView()->encodedText(), token.enrollmentLink);
        QVERIFY(child<QLabel>(view, "platformLabel")->text().startsWith(QStringLiteral("Android")));
    }

    void androidQrImageFromTheSandbox()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        HttpConnectionPool http;
        ApiClient client(&http);
        client.setBaseUrl(sandbox.baseUrl());
        client.setOrganization(SandboxProcess::organizationSlug());
        client.setApiKey(SandboxProcess::apiKey());

        const QJsonArray users = sandbox.users();
        QVERIFY(!users.isEmpty());
        AndroidTokenRequest request;
        request.mdmUserId = users.at(0).toObject().value(QStringLiteral("id")).toString();
        request.managementMode = QStringLiteral("DEVICE_OWNER");
        std::optional<ApiResult<EnrollmentToken>> created;
        client.createAndroidToken(request, this, [&](const ApiResult<EnrollmentToken>& r) { created = r; });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000);
        QVERIFY2(created->ok(), qPrintable(created->error.technicalDetails()));
        const EnrollmentToken token = created->value;
        QVERIFY(!token.qrcodeUrl.isEmpty());
        QVERIFY(!token.enrollmentLink.isEmpty());

        ResultView view;
        view.setClient(&client);
        QSignalSpy sources(&view, &ResultView::qrSourceChanged);
        view.showToken(token);
        QCOMPARE(view.qrSource(), ResultView::QrSource::Loading);
        QVERIFY(!view.qrView()->hasCode());
        QTRY_VERIFY_WITH_TIMEOUT(view.qrView()->isDownloadedImage(), 10000);
        QCOMPARE(view.qrSource(), ResultView::QrSource::Downloaded);
        QVERIFY(view.qrView()->encodedText().isEmpty());
        QCOMPARE(view.qrView()->describedText(), token.enrollmentLink);
        QCOMPARE(view.qrView()->accessibleDescription(), token.enrollmentLink);
        // The sandbox's image is its own QR code (the provisioning payload), not one of the link.
        const QImage image = view.qrView()->image();
        QVERIFY(!image.isNull());
        QVERIFY(image.convertToFormat(QImage::Format_RGB32) !=
                QrCode::encode(token.enrollmentLink)->toImage(8).convertToFormat(QImage::Format_RGB32));
        QCOMPARE(sources.last().at(0).value<ResultView::QrSource>(), ResultView::QrSource::Downloaded);
    }

    void androidQr404FallsBackToTheLink()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        HttpConnectionPool http;
        ApiClient client(&http);
        client.setBaseUrl(sandbox.baseUrl());
        client.setOrganization(SandboxProcess::organizationSlug());
        client.setApiKey(SandboxProcess::apiKey());

        EnrollmentToken token = windowsToken();
        token.platform = Platform::Android;
        token.enrollmentLink = QStringLiteral("https://enterprise.google.com/android/enroll?et=NOTFOUND");
        token.qrcodeUrl = QStringLiteral("http://127.0.0.1:") + QString::number(sandbox.port()) +
                          QStringLiteral("/qr/000000000000000000000000.png");
        ResultView view;
        view.setClient(&client);
        view.showToken(token);
        QTRY_COMPARE_WITH_TIMEOUT(view.qrSource(), ResultView::QrSource::Fallback, 10000);
        QVERIFY(!view.qrView()->isDownloadedImage());
        QCOMPARE(view.qrView()->encodedText(), token.enrollmentLink);
        // The image's server, not the profile's: no advice to check the server address or the token.
        const QString why = child<QLabel>(view, "qrSourceLabel")->text();
        QVERIFY2(why.contains(QLatin1StringView("HTTP 404")), qPrintable(why));
        QVERIFY2(!why.contains(QLatin1StringView("server address")), qPrintable(why));
        QVERIFY2(!why.contains(QLatin1StringView("was created")), qPrintable(why));
    }

    void androidWithoutClientFallsBack()
    {
        ResultView view;
        EnrollmentToken token = windowsToken();
        token.platform = Platform::Android;
        token.qrcodeUrl = QStringLiteral("https://example.com/qr.png");
        view.showToken(token);
        QCOMPARE(view.qrSource(), ResultView::QrSource::Fallback);
        QCOMPARE(view.qrView()->encodedText(), token.enrollmentLink);
    }

    void aNewTokenWinsOverALateImage()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        HttpConnectionPool http;
        ApiClient client(&http);
        client.setBaseUrl(sandbox.baseUrl());
        client.setOrganization(SandboxProcess::organizationSlug());
        client.setApiKey(SandboxProcess::apiKey());

        EnrollmentToken android = windowsToken();
        android.platform = Platform::Android;
        android.qrcodeUrl = QStringLiteral("http://127.0.0.1:") + QString::number(sandbox.port()) +
                            QStringLiteral("/qr/000000000000000000000000.png");
        ResultView view;
        view.setClient(&client);
        view.showToken(android);
        QCOMPARE(view.qrSource(), ResultView::QrSource::Loading);
        EnrollmentToken windows = windowsToken();
        windows.enrollmentLink = kWindowsLink + QStringLiteral("?second");
        view.showToken(windows);
        QTRY_COMPARE_WITH_TIMEOUT(client.requestsInFlight(), 0, 10000);
        QCOMPARE(view.qrSource(), ResultView::QrSource::Link);
        QCOMPARE(view.qrView()->encodedText(), windows.enrollmentLink);
    }
};

QTEST_MAIN(TestResultView)
#include "test_resultview.moc"
