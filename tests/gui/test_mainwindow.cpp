// The main window: the banner names organization and server (sandbox marked), pages are reachable by
// keyboard, the last page and the geometry are remembered, requests in flight show in the status bar.

#include "apiclient.h"
#include "appcontext.h"
#include "bulkpage.h"
#include "bulkrunner.h"
#include "connectionbanner.h"
#include "eventcounter.h"
#include "fittingcombosize.h"
#include "mainwindow.h"
#include "policypicker.h"
#include "profilespage.h"
#include "resultview.h"
#include "sandboxconsole.h"
#include "sandboxprocess.h"
#include "secretstore.h"
#include "sessiontokensmodel.h"
#include "singletokenpage.h"
#include "tokenspage.h"
#include "userpicker.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QWheelEvent>

// Translates nothing; records the count each string asked for with one is given (tr()'s n), by source.
class CountRecorder final : public QTranslator
{
public:
    QString translate(const char*, const char* source, const char*, int n) const override
    {
        if (n >= 0)
            counts.insert(QString::fromUtf8(source), n);
        return {};
    }
    bool isEmpty() const override { return false; }
    // The counts given to the strings that contain `part`.
    QList<int> countsFor(QLatin1StringView part) const
    {
        QList<int> found;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.key().contains(part))
                found << it.value();
        }
        return found;
    }
    mutable QMultiHash<QString, int> counts;
};

class TestMainWindow : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

    std::unique_ptr<QSettings> settings()
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                           QSettings::IniFormat);
    }

    // The console as ui/main.cpp builds it (keys in memory), on the sandbox profile, shown.
    struct Console : SandboxConsole
    {
        Console(QSettings* settings, const QUrl& sandbox)
            : SandboxConsole(settings, sandbox)
        {
            window->show();
        }
    };

    // The bulk page shown with `list` pasted and analysed; null when the analysis does not finish.
    static BulkPage* showBulkList(MainWindow& window, const QString& list)
    {
        BulkPage* bulk = window.bulkPage();
        window.showPage(MainWindow::WindowsBulk);
        bulk->setText(list);
        return QTest::qWaitFor([bulk] { return bulk->isAnalysisCurrent(); }, 10000) ? bulk : nullptr;
    }

    // Closing asks, as `boxName`, without a nested event loop: Cancel (the default) keeps the window and
    // what `goesOn` says still runs; asked again, Yes closes it. The question's text.
    template <typename GoesOn>
    static QString closeAsksTwice(MainWindow& window, const char* boxName, GoesOn goesOn)
    {
        QString text;
        [&] {
            QVERIFY(!window.close()); // refused for now: a question is open instead
            QPointer<QMessageBox> box = window.findChild<QMessageBox*>(QLatin1StringView(boxName));
            QVERIFY(box);
            QTRY_VERIFY(box->isVisible());
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            text = box->text();
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
            QTRY_VERIFY(!box); // closed and deleted
            QVERIFY(window.isVisible());
            QVERIFY(goesOn());

            QVERIFY(!window.close());
            box = window.findChild<QMessageBox*>(QLatin1StringView(boxName));
            QTRY_VERIFY(box && box->isVisible());
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
            QTRY_VERIFY(!window.isVisible());
        }();
        return text;
    }

    // A user picked (and the Android mode chosen): the form can be sent.
    void fillForm(SingleTokenPage* form)
    {
        const QJsonObject user = m_sandbox.users().first().toObject();
        form->findChild<UserPicker*>()->setUser({user.value(QLatin1StringView("id")).toString(),
                                                 user.value(QLatin1StringView("email")).toString(),
                                                 user.value(QLatin1StringView("name")).toString(),
                                                 {},
                                                 {}});
        if (auto* mode = form->findChild<QRadioButton*>(QStringLiteral("mode_DEVICE_OWNER")))
            mode->setChecked(true);
        auto* create = form->findChild<QPushButton*>(QStringLiteral("createButton"));
        QTRY_VERIFY(create->isEnabled());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start());
    }

    void bannerShowsOrganizationAndServer()
    {
        auto store = settings();
        Console console(store.get(), m_sandbox.baseUrl());
        AppContext& context = console.context;
        MainWindow& window = *console.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(context.keyState(), AppContext::KeyState::Present);
        const QString banner = window.banner()->text();
        QVERIFY(banner.contains(QLatin1StringView("acme")));
        QVERIFY(banner.contains(m_sandbox.baseUrl().toDisplayString()));
        QVERIFY(banner.contains(QLatin1StringView("SANDBOX")));
        // Its context menu copies the line, the organization or the server address.
        auto* line = window.banner()->findChild<QLabel*>(QStringLiteral("bannerText"));
        QVERIFY(line);
        QCOMPARE(line->contextMenuPolicy(), Qt::ActionsContextMenu);
        QCOMPARE(line->actions().size(), 3);
        line->actions().at(0)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), banner);
        window.banner()->findChild<QAction*>(QStringLiteral("copyOrganization"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("acme"));
        window.banner()->findChild<QAction*>(QStringLiteral("copyServerAddress"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), m_sandbox.baseUrl().toDisplayString());

        // A profile for a real organization is not marked as the sandbox.
        Profile real;
        real.name = QStringLiteral("Production");
        real.organization = QStringLiteral("contoso");
        const QString id = context.profiles()->add(real);
        context.activateProfile(id);
        QTRY_VERIFY(window.banner()->text().contains(QLatin1StringView("contoso")));
        QVERIFY(!window.banner()->text().contains(QLatin1StringView("SANDBOX")));
        QVERIFY(window.banner()->text().contains(QLatin1StringView("api.applivery.io")));
    }

    // The profile switcher is as wide as its longest profile name, also after the list changes; its popup
    // list is built when it is opened, not at start-up.
    void profileSwitcherFitsItsNames()
    {
        auto store = settings();
        Console console(store.get(), m_sandbox.baseUrl());
        QVERIFY(QTest::qWaitForWindowExposed(console.window.get()));
        auto* switcher = console.window->banner()->findChild<QComboBox*>(QStringLiteral("profileSwitcher"));
        QVERIFY(switcher);
        QVERIFY(switcher->findChildren<QAbstractItemView*>().isEmpty());
        QCOMPARE(switcher->sizeHint(), fittingComboSize(switcher));
        const int before = switcher->sizeHint().width();

        Profile longer;
        longer.name = QStringLiteral("Contoso production, Europe and the Middle East");
        longer.organization = QStringLiteral("contoso");
        console.context.profiles()->add(longer);
        QTRY_VERIFY(switcher->findText(longer.name) >= 0);
        QCOMPARE(switcher->sizeHint(), fittingComboSize(switcher));
        QVERIFY(switcher->sizeHint().width() > before);
    }

    // Typing goes to the page's first field, and switching organization takes a choice in the open
    // list: an arrow key, a letter or the wheel over the closed switcher would clear the forms.
    void firstFieldHasFocusAndTheSwitcherNeedsAChoice()
    {
        auto store = settings();
        Console console(store.get(), m_sandbox.baseUrl());
        Profile tiny;
        tiny.name = QStringLiteral("Tiny");
        tiny.organization = SandboxProcess::limitedOrganizationSlug();
        tiny.baseUrl = m_sandbox.baseUrl();
        console.context.profiles()->add(tiny);
        QApplication::setActiveWindow(console.window.get());
        QVERIFY(QTest::qWaitForWindowActive(console.window.get()));
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QCOMPARE(focus->objectName(), QStringLiteral("userSearch"));

        auto* switcher = console.window->banner()->findChild<QComboBox*>(QStringLiteral("profileSwitcher"));
        const QString active = console.context.activeProfile().id;
        switcher->setFocus();
        for (const Qt::Key key : {Qt::Key_Down, Qt::Key_End, Qt::Key_T}) {
            QTest::keyClick(switcher, key);
            QCOMPARE(console.context.activeProfile().id, active);
            QTRY_VERIFY(switcher->view()->isVisible()); // the list opened instead
            switcher->hidePopup();
            QTRY_VERIFY(!switcher->view()->isVisible());
        }
        QWheelEvent wheel(QPointF(5, 5), switcher->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(switcher, &wheel);
        QCOMPARE(console.context.activeProfile().id, active);

        // The deliberate way: open the list, move, Return.
        QTest::keyClick(switcher, Qt::Key_Down, Qt::AltModifier);
        QTRY_VERIFY(switcher->view()->isVisible());
        QTest::keyClick(switcher->view(), Qt::Key_End);
        QTest::keyClick(switcher->view(), Qt::Key_Return);
        QTRY_COMPARE(console.context.activeProfile().name, tiny.name);
    }

    // Ctrl+Return and Esc act on the bulk page wherever the focus is in the window, as on the single-token
    // pages; a hidden bulk page does not take them.
    void bulkShortcutsAreWindowWide()
    {
        auto store = settings();
        Console console(store.get(), m_sandbox.baseUrl());
        BulkPage* bulk = showBulkList(*console.window, QStringLiteral("ana@example.com\n"));
        QVERIFY(bulk);
        QApplication::setActiveWindow(console.window.get());
        QVERIFY(QTest::qWaitForWindowActive(console.window.get()));
        auto* navigation = console.window->findChild<QListWidget*>(QStringLiteral("navigation"));
        navigation->setFocus();
        QTest::keyClick(navigation, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(bulk->isConfirming());
        QTest::keyClick(navigation, Qt::Key_Escape);
        QVERIFY(!bulk->isConfirming());
        console.window->showPage(MainWindow::WindowsToken);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!bulk->isConfirming());
    }

    // The Token menu lists the current page's commands with their keys, enabled as the page is now, and
    // runs them; it is off on the Profiles page.
    void tokenMenuFollowsThePage()
    {
        auto store = settings();
        Console console(store.get(), m_sandbox.baseUrl());
        MainWindow& window = *console.window;
        auto* menu = window.findChild<QMenu*>(QStringLiteral("tokenMenu"));
        QVERIFY(menu);
        // Filled as it opens: each call reads the page anew (and replaces the entries of the last one).
        const auto entry = [menu](const QString& text) -> QAction* {
            Q_EMIT menu->aboutToShow();
            for (QAction* action : menu->actions()) {
                if (action->text().section(u'\t', 0, 0).remove(u'&') == text)
                    return action;
            }
            return nullptr;
        };

        window.showPage(MainWindow::WindowsToken);
        QVERIFY(menu->menuAction()->isEnabled());
        QVERIFY(entry(QStringLiteral("Create token")));
        QVERIFY(entry(QStringLiteral("Create token"))->text().endsWith(u"\tCtrl+Return"));
        QVERIFY(!entry(QStringLiteral("Create token"))->isEnabled()); // no user yet
        QVERIFY(!entry(QStringLiteral("Cancel request"))->isEnabled());
        QVERIFY(!entry(QStringLiteral("Copy enroll code"))->isEnabled());

        const QJsonObject user = m_sandbox.users().first().toObject();
        window.windowsPage()->findChild<UserPicker*>()->setUser(
            {user.value(QLatin1StringView("id")).toString(),
             user.value(QLatin1StringView("email")).toString(),
             user.value(QLatin1StringView("name")).toString(),
             {},
             {}});
        QTRY_VERIFY(entry(QStringLiteral("Create token"))->isEnabled());
        entry(QStringLiteral("Create token"))->trigger();
        QTRY_VERIFY(entry(QStringLiteral("Copy enroll code"))->isEnabled());
        QVERIFY(!entry(QStringLiteral("Create token"))->isEnabled()); // the result is shown, not the form
        QVERIFY(entry(QStringLiteral("Copy enroll code"))->text().endsWith(u"\tCtrl+Shift+C"));
        entry(QStringLiteral("Copy enroll code"))->trigger();
        const QString code = window.windowsPage()->findChild<ResultView*>()->token().enrollCode;
        QVERIFY(!code.isEmpty());
        QCOMPARE(QGuiApplication::clipboard()->text(), code);
        QVERIFY(entry(QStringLiteral("Print…"))->isEnabled());
        entry(QStringLiteral("Create another"))->trigger();
        QVERIFY(!entry(QStringLiteral("Copy enroll code"))->isEnabled());

        BulkPage* bulk = showBulkList(window, QStringLiteral("ana@example.com\n"));
        QVERIFY(bulk);
        QVERIFY(entry(QStringLiteral("Send the list"))->isEnabled());
        QVERIFY(!entry(QStringLiteral("Cancel sending"))->isEnabled()); // nothing is running
        entry(QStringLiteral("Send the list"))->trigger();
        QVERIFY(bulk->isConfirming());

        window.showPage(MainWindow::Tokens);
        QVERIFY(entry(QStringLiteral("Refresh"))->isEnabled());
        QVERIFY(!entry(QStringLiteral("Close details"))->isEnabled()); // no token picked

        window.showPage(MainWindow::Profiles);
        QVERIFY(!menu->menuAction()->isEnabled());
    }

    void ownIconsSharpAndVisibleWhenSelected()
    {
        auto store = settings(); // outlives the console
        Console console(store.get(), m_sandbox.baseUrl());
        QVERIFY(QTest::qWaitForWindowExposed(console.window.get()));
        QVERIFY(!console.window->windowIcon().availableSizes().isEmpty());
        auto* navigation = console.window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        const QColor selectedText = navigation->palette().color(QPalette::HighlightedText);
        for (int row = 0; row < navigation->count(); ++row) {
            const QIcon icon = navigation->item(row)->icon();
            // Drawn for the list's size and for a 2x screen, not scaled from something else.
            QVERIFY(icon.availableSizes().contains(QSize(24, 24)));
            QVERIFY(icon.availableSizes().contains(QSize(48, 48)));
            // Selected: the glyph in the selected text's colour, so it shows on the selection.
            const QImage selected = icon.pixmap(QSize(24, 24), QIcon::Selected).toImage();
            int inColour = 0;
            for (int y = 0; y < selected.height(); ++y)
                for (int x = 0; x < selected.width(); ++x) {
                    const QColor pixel = selected.pixelColor(x, y);
                    if (pixel.alpha() == 255 && pixel.rgb() == selectedText.rgb())
                        ++inColour;
                }
            QVERIFY2(inColour > 10, qPrintable(navigation->item(row)->text()));
        }
    }

    void keyboardNavigationAndRememberedPage()
    {
        auto store = settings();
        store->clear();
        MemorySecretStore secrets;
        {
            AppContext context(store.get(), &secrets);
            context.setSandbox(m_sandbox.baseUrl(), SandboxProcess::apiKey());
            MainWindow window(&context);
            context.activateProfile(QStringLiteral("sandbox"));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(window.currentPage(), MainWindow::WindowsToken);
            QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
            QCOMPARE(window.currentPage(), MainWindow::Tokens);
            QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
            QCOMPARE(window.currentPage(), MainWindow::AndroidToken);
            window.resize(1000, 700);
            window.close();
        }
        AppContext context(store.get(), &secrets);
        MainWindow again(&context);
        QCOMPARE(again.currentPage(), MainWindow::AndroidToken);
        QCOMPARE(again.size(), QSize(1000, 700));
    }

    void pagesAreBuiltOnFirstShowAndLoadTheirPolicies()
    {
        auto store = settings();
        store->clear();
        Console console(store.get(), m_sandbox.baseUrl());
        AppContext& context = console.context;
        MainWindow& window = *console.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(context.keyState(), AppContext::KeyState::Present);
        // Start-up builds the page it shows and nothing else.
        QVERIFY(window.isPageBuilt(MainWindow::WindowsToken));
        for (auto page :
             {MainWindow::WindowsBulk, MainWindow::AndroidToken, MainWindow::Tokens, MainWindow::Profiles})
            QVERIFY2(!window.isPageBuilt(page), qPrintable(QString::number(page)));

        // The Android page, built after the key arrived, still loads its policies (P2 on the sandbox).
        const auto androidPoliciesLoaded = [this] {
            for (const QJsonValue& request : m_sandbox.requests()) {
                if (request[QStringLiteral("path")].toString().endsWith(
                        QLatin1StringView("enterprise/policies")))
                    return true;
            }
            return false;
        };
        QVERIFY(m_sandbox.clearRequests());
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QVERIFY(window.isPageBuilt(MainWindow::AndroidToken));
        QCOMPARE(window.currentPage(), MainWindow::AndroidToken);
        QVERIFY(window.androidPage()->isVisible());
        QTRY_VERIFY(androidPoliciesLoaded());
        QVERIFY(!window.isPageBuilt(MainWindow::Tokens));
    }

    // Closing during a bulk run asks first, without a nested event loop; Cancel keeps the window and the
    // run, Yes closes it.
    void quittingDuringARunAsks()
    {
        auto store = settings();
        store->clear();
        SandboxConsole console(store.get(), m_sandbox.baseUrl());
        MainWindow& window = *console.window;
        QVERIFY(console.showAndWaitForKey());
        BulkPage* bulk = showBulkList(window, QStringLiteral("ana@example.com\nbruno@example.com\n"));
        QVERIFY(bulk);
        QVERIFY(m_sandbox.injectFault(
            {{QStringLiteral("type"), QStringLiteral("slow")}, {QStringLiteral("delayMs"), 3000}}));
        bulk->send();
        bulk->confirmSend();
        QVERIFY(bulk->runner()->isRunning());

        closeAsksTwice(window, "quitDuringRunBox", [bulk] { return bulk->runner()->isRunning(); });
    }

    // A bulk run and a create at once: Yes to the first question and Cancel to the second keep the window,
    // and the next close asks the first question again instead of remembering the old Yes.
    void cancelledQuitForgetsEveryAnswer()
    {
        auto store = settings();
        store->clear();
        SandboxConsole console(store.get(), m_sandbox.baseUrl());
        MainWindow& window = *console.window;
        QVERIFY(console.showAndWaitForKey());
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("slow")},
                                       {QStringLiteral("delayMs"), 3000},
                                       {QStringLiteral("count"), 2},
                                       {QStringLiteral("method"), QStringLiteral("POST")}}));
        BulkPage* bulk = showBulkList(window, QStringLiteral("ana@example.com\nbruno@example.com\n"));
        QVERIFY(bulk);
        bulk->send();
        bulk->confirmSend();
        QVERIFY(bulk->runner()->isRunning());
        SingleTokenPage* form = window.windowsPage();
        fillForm(form);
        form->create();
        QVERIFY(form->isBusy());

        const auto answer = [&window](const char* boxName, QMessageBox::StandardButton button) {
            QPointer<QMessageBox> box = window.findChild<QMessageBox*>(QLatin1StringView(boxName));
            if (!QTest::qWaitFor([&box] { return box && box->isVisible(); }))
                return false;
            QTest::mouseClick(box->button(button), Qt::LeftButton);
            return QTest::qWaitFor([&box] { return box.isNull(); });
        };
        QVERIFY(!window.close());
        QVERIFY(answer("quitDuringRunBox", QMessageBox::Yes));
        QVERIFY(answer("quitDuringCreateBox", QMessageBox::Cancel));
        QVERIFY(window.isVisible());
        QVERIFY(!window.close());
        QVERIFY(answer("quitDuringRunBox", QMessageBox::Cancel));
        QVERIFY(window.isVisible());
    }

    // With no profile (a first start, or only the Sandbox of an earlier scripts/run), the banner says to
    // add one and shows no key state: there is no key to read.
    void bannerWithoutAProfileShowsNoKeyState()
    {
        auto store = settings();
        store->clear();
        MemorySecretStore secrets;
        AppContext context(store.get(), &secrets);
        MainWindow window(&context);
        context.activateProfile(QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* key = window.findChild<QLabel*>(QStringLiteral("bannerKeyState"));
        QVERIFY(key);
        QCOMPARE(key->text(), QString());
        auto* where = window.findChild<QWidget*>(QStringLiteral("bannerText"));
        QVERIFY(where && where->accessibleName().contains(QLatin1StringView("No profile selected")));
    }

    // Closing while a single token is being created asks too: the API may still create it, and nobody
    // would see its enroll code. Cancel (the default) keeps the window and the request, Yes closes it.
    void quittingDuringACreateAsks_data()
    {
        QTest::addColumn<int>("page");
        QTest::addRow("Windows token") << int(MainWindow::WindowsToken);
        QTest::addRow("Android token") << int(MainWindow::AndroidToken);
    }

    void quittingDuringACreateAsks()
    {
        QFETCH(int, page);
        auto store = settings();
        store->clear();
        SandboxConsole console(store.get(), m_sandbox.baseUrl());
        MainWindow& window = *console.window;
        QVERIFY(console.showAndWaitForKey());
        SingleTokenPage* form =
            page == MainWindow::WindowsToken ? window.windowsPage() : window.androidPage();
        fillForm(form);
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("slow")},
                                       {QStringLiteral("delayMs"), 3000},
                                       {QStringLiteral("method"), QStringLiteral("POST")}}));
        form->create();
        QVERIFY(form->isBusy());
        window.showPage(MainWindow::Tokens); // asked about from any page

        const QString text = closeAsksTwice(window, "quitDuringCreateBox", [form] { return form->isBusy(); });
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(text.contains(QLatin1StringView("enroll code")), qPrintable(text));
        QCOMPARE(window.currentPage(), MainWindow::Page(page)); // where the request is
    }

    // A profile's unsaved changes are not lost without a question either.
    void quitWithUnsavedProfileChangesAsks()
    {
        auto store = settings();
        Console console(store.get(), m_sandbox.baseUrl());
        MainWindow& window = *console.window;
        window.showPage(MainWindow::Profiles);
        auto* name = window.profilesPage()->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        QVERIFY(name);
        name->setText(name->text() + QStringLiteral(" (edited)"));
        QVERIFY(window.profilesPage()->hasUnsavedChanges());
        window.showPage(MainWindow::Tokens); // asked about from any page
        const QString text = closeAsksTwice(window, "quitWithProfileEditsBox", [&window] {
            return window.profilesPage()->hasUnsavedChanges(); // the edit is still there
        });
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(text.contains(QLatin1StringView("not saved")), qPrintable(text));
    }

    // A list pasted and not sent, with the confirmation open or not, is not lost without a question.
    void quitWithAnUnsentListAsks_data()
    {
        QTest::addColumn<bool>("confirming");
        QTest::addRow("pasted") << false;
        QTest::addRow("Yes, send open") << true;
    }

    void quitWithAnUnsentListAsks()
    {
        QFETCH(bool, confirming);
        auto store = settings();
        store->clear();
        SandboxConsole console(store.get(), m_sandbox.baseUrl());
        MainWindow& window = *console.window;
        QVERIFY(console.showAndWaitForKey());
        BulkPage* bulk = showBulkList(window, QStringLiteral("ana@example.com\nbruno@example.com\n"));
        QVERIFY(bulk);
        if (confirming) {
            bulk->send();
            QVERIFY(bulk->isConfirming());
        }
        window.showPage(MainWindow::Tokens); // asked about from any page
        const QString text = closeAsksTwice(window, "quitWithUnsentListBox",
                                            [bulk] { return bulk->text().contains(u"bruno@example.com"); });
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(text.contains(QLatin1StringView("not been sent")), qPrintable(text));
        QCOMPARE(window.currentPage(), MainWindow::WindowsBulk);
        QVERIFY(m_sandbox.requests().isEmpty() || !bulk->runner()->hasRun()); // nothing went out
    }

    // A single-token form filled in and not created asks too, on the form's page.
    void quitWithAFilledFormAsks_data() { quittingDuringACreateAsks_data(); }

    void quitWithAFilledFormAsks()
    {
        QFETCH(int, page);
        auto store = settings();
        store->clear();
        SandboxConsole console(store.get(), m_sandbox.baseUrl());
        MainWindow& window = *console.window;
        QVERIFY(console.showAndWaitForKey());
        SingleTokenPage* form =
            page == MainWindow::WindowsToken ? window.windowsPage() : window.androidPage();
        fillForm(form);
        window.showPage(MainWindow::Tokens);
        const QString text = closeAsksTwice(window, "quitWithUnsentFormBox", [form] {
            return !form->findChild<UserPicker*>()->userId().isEmpty(); // still filled in
        });
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(text.contains(page == MainWindow::WindowsToken ? QLatin1StringView("Windows token form")
                                                                : QLatin1StringView("Android token form")),
                 qPrintable(text));
        QCOMPARE(window.currentPage(), MainWindow::Page(page));
    }

    // Untouched forms and list, their policies loaded, and a Windows token created: nothing to lose.
    void quitWithUntouchedOrSentFormsDoesNotAsk()
    {
        auto store = settings();
        store->clear();
        SandboxConsole console(store.get(), m_sandbox.baseUrl());
        MainWindow& window = *console.window;
        QVERIFY(console.showAndWaitForKey());
        for (auto page : {MainWindow::AndroidToken, MainWindow::WindowsBulk, MainWindow::WindowsToken})
            window.showPage(page);
        // Each form's policy list in (it may change a form's choices): still nothing typed.
        for (SingleTokenPage* page : {window.windowsPage(), window.androidPage()})
            QTRY_VERIFY(!page->findChild<PolicyPicker*>()->policies().isEmpty());
        SingleTokenPage* form = window.windowsPage();
        fillForm(form);
        QSignalSpy created(form, &SingleTokenPage::tokenCreated);
        form->create();
        QTRY_COMPARE(created.count(), 1);
        QTRY_COMPARE(console.context.client()->requestsInFlight(), 0);
        QVERIFY(window.close());
        QVERIFY(!window.findChild<QMessageBox*>());
    }

    // Android tokens cannot be listed again: quitting after creating one asks, since its setup QR code
    // cannot be shown after.
    void quitAfterCreatingAnAndroidTokenAsks()
    {
        auto store = settings();
        store->clear();
        SandboxConsole console(store.get(), m_sandbox.baseUrl());
        MainWindow& window = *console.window;
        QVERIFY(console.showAndWaitForKey());
        SingleTokenPage* form = window.androidPage();
        fillForm(form);
        QSignalSpy created(form, &SingleTokenPage::tokenCreated);
        form->create();
        QTRY_COMPARE(created.count(), 1);
        window.showPage(MainWindow::Tokens);
        const QString text = closeAsksTwice(window, "quitWithAndroidTokensBox", [] { return true; });
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(text.contains(QLatin1StringView("QR")), qPrintable(text));
        QCOMPARE(window.currentPage(), MainWindow::AndroidToken);
    }

    // The shortcut list and the navigation's tooltips name the keys as bound, Quit has keys on every
    // platform (Qt binds none on Windows), and each key is listed once.
    void shortcutListNamesTheBoundKeys()
    {
        QCOMPARE(MainWindow::quitKeys({}), QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)});
        const QList<QKeySequence> own{QKeySequence(Qt::CTRL | Qt::Key_W)};
        QCOMPARE(MainWindow::quitKeys(own), own);

        auto store = settings();
        store->clear();
        Console console(store.get(), m_sandbox.baseUrl());
        MainWindow& window = *console.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcuts(), MainWindow::quitKeys());
        QVERIFY(!quit->shortcut().isEmpty());
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        for (int row = 0; row < navigation->count(); ++row) {
            const QString keys = MainWindow::goKeys(MainWindow::Page(row)).toString(QKeySequence::NativeText);
            QVERIFY2(navigation->item(row)->toolTip().endsWith(u'(' + keys + u')'),
                     qPrintable(navigation->item(row)->toolTip()));
        }

        QTest::keyClick(&window, Qt::Key_F1);
        QPointer<QMessageBox> box;
        QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("shortcutsBox"))) &&
                    box->isVisible());
        const QString text = box->text();
        const auto row = [](const QString& keys) -> QString {
            return u"<b>" + keys.toHtmlEscaped() + u"</b>";
        };
        QCOMPARE(text.count(row(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText))), 1);
        QVERIFY2(text.contains(row(quit->shortcut().toString(QKeySequence::NativeText))), qPrintable(text));
        QVERIFY2(
            text.contains(row(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText))),
            qPrintable(text));
        QVERIFY2(text.contains(row(QKeySequence(Qt::ALT | Qt::Key_Down).toString(QKeySequence::NativeText))),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1StringView("banner's line")), qPrintable(text));
        box->close();
    }

    // Nothing typed, nothing asked: a new profile's untouched form (as on a first start) loses nothing.
    void quitWithAnUntouchedNewProfileDoesNotAsk()
    {
        auto store = settings();
        Console console(store.get(), m_sandbox.baseUrl());
        MainWindow& window = *console.window;
        window.showPage(MainWindow::Profiles);
        QTest::mouseClick(window.profilesPage()->findChild<QPushButton*>(QStringLiteral("addProfileButton")),
                          Qt::LeftButton);
        QVERIFY(window.profilesPage()->isAddingProfile());
        QVERIFY(window.close());
        QVERIFY(!window.findChild<QMessageBox*>(QStringLiteral("quitWithProfileEditsBox")));
    }

    // Esc cancels a create; the focus, on the Cancel button until then, goes back to the form rather than
    // to the next control of the window (the banner's profile switcher): to the check the error suggests,
    // since a cancelled create may have made the token.
    void cancelGivesTheFocusBackToTheForm()
    {
        auto store = settings();
        store->clear();
        SandboxConsole console(store.get(), m_sandbox.baseUrl());
        MainWindow& window = *console.window;
        QVERIFY(console.showAndWaitForKey());
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        SingleTokenPage* form = window.windowsPage();
        fillForm(form);
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("slow")},
                                       {QStringLiteral("delayMs"), 3000},
                                       {QStringLiteral("method"), QStringLiteral("POST")}}));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(form->isBusy());
        QCOMPARE(QApplication::focusWidget(), form->findChild<QPushButton*>(QStringLiteral("cancelButton")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!form->isBusy());
        QWidget* focus = QApplication::focusWidget();
        QVERIFY(focus);
        QCOMPARE(focus->objectName(), QStringLiteral("errorAction"));
        QVERIFY(form->isAncestorOf(focus));
    }

    // After a run with a failed batch, quitting asks until the log is exported; the Tokens page, loaded
    // before the run, loads again to show what the run created.
    void afterARunWithFailures()
    {
        auto store = settings();
        store->clear();
        SandboxConsole console(store.get(), m_sandbox.baseUrl());
        MainWindow& window = *console.window;
        QVERIFY(console.showAndWaitForKey());
        TokensPage* tokens = window.tokensPage();
        window.showPage(MainWindow::Tokens);
        QSignalSpy loads(tokens, &TokensPage::loadFinished);
        QTRY_COMPARE(loads.count(), 1);
        const int before = tokens->totalTokens();

        const QJsonArray users = m_sandbox.users();
        BulkPage* bulk =
            showBulkList(window, users.at(0).toObject().value(QLatin1StringView("email")).toString() + u'\n' +
                                     users.at(1).toObject().value(QLatin1StringView("email")).toString());
        QVERIFY(bulk);
        bulk->setBatchSize(1);
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("apiError")},
                                       {QStringLiteral("code"), 5145},
                                       {QStringLiteral("pathContains"), QStringLiteral("bulk")}}));
        bulk->send();
        bulk->confirmSend();
        QTRY_VERIFY(!bulk->runner()->isRunning());
        QCOMPARE(bulk->runner()->totals().failed, 1);
        QTest::qWait(50);
        QCOMPARE(loads.count(), 1); // hidden: no request for a list nobody looks at...
        window.showPage(MainWindow::Tokens);
        QTRY_COMPARE(loads.count(), 2); // ...but shown again, it is not the list from before the run
        QCOMPARE(tokens->totalTokens(), before + 1);
        window.showPage(MainWindow::WindowsBulk);

        QVERIFY(bulk->hasUnsavedFailures());
        QVERIFY(!window.close());
        QPointer<QMessageBox> box = window.findChild<QMessageBox*>(QStringLiteral("quitWithFailuresBox"));
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(!box);
        QVERIFY(window.isVisible());

        QVERIFY(bulk->exportLog(m_dir.filePath(QStringLiteral("run.csv"))));
        QVERIFY(!bulk->hasUnsavedFailures());
        QVERIFY(window.close()); // nothing to lose now
    }

    void statusBarAndSessionDock()
    {
        auto store = settings();
        store->clear();
        Console console(store.get(), m_sandbox.baseUrl());
        AppContext& context = console.context;
        MainWindow& window = *console.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(context.keyState(), AppContext::KeyState::Present);
        auto* inFlight = window.findChild<QLabel*>(QStringLiteral("requestsInFlight"));
        QVERIFY(inFlight);
        QTRY_COMPARE(context.client()->requestsInFlight(), 0);
        // The start-up requests' activity is over only once the status bar has settled.
        QTest::qWait(int(MainWindow::kReadySettle.count()) + 50);

        // Said only once requests have run for a while, and "Ready" only once none follows at once: the
        // status bar neither flickers nor repaints for quick requests, nor between chained ones.
        auto* busy = window.findChild<QProgressBar*>();
        QVERIFY(busy);
        const EventCounter shown(busy, QEvent::Show);
        const EventCounter hidden(busy, QEvent::Hide);

        for (const int delayMs : {1500, 600}) {
            QVERIFY(m_sandbox.injectFault(
                {{QStringLiteral("type"), QStringLiteral("slow")}, {QStringLiteral("delayMs"), delayMs}}));
        }
        bool done = false;
        const auto finished = [&done](const ApiResult<Page<Organization>>&) { done = true; };
        // The second request starts from the first one's answer, as a bulk run's next batch does.
        context.client()->listOrganizations(this, [&](const ApiResult<Page<Organization>>&) {
            context.client()->listOrganizations(this, finished);
        });
        QElapsedTimer sinceStart;
        sinceStart.start();
        QCOMPARE(context.client()->requestsInFlight(), 1);
        QCOMPARE(inFlight->text(), QStringLiteral("Ready"));
        QVERIFY(!busy->isVisible());
        QTRY_VERIFY(inFlight->text().contains(QLatin1StringView("1 request")));
        QVERIFY(sinceStart.elapsed() >= MainWindow::kBusyDelay.count() - 5);
        QVERIFY(busy->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QTRY_COMPARE(inFlight->text(), QStringLiteral("Ready"));
        QVERIFY(!busy->isVisible());
        QCOMPARE(shown.count(), 1);
        QCOMPARE(hidden.count(), 1); // not between the two requests

        // A request answered within the delay is never announced (the delay made long, so that a slow
        // machine cannot make this one slow enough).
        window.setBusyDelay(std::chrono::seconds(10));
        done = false;
        context.client()->listOrganizations(this, finished);
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QTRY_COMPARE(context.client()->requestsInFlight(), 0);
        QTest::qWait(int(MainWindow::kReadySettle.count()) + 50);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(inFlight->text(), QStringLiteral("Ready"));
        window.setBusyDelay(MainWindow::kBusyDelay);

        auto* dock = window.findChild<QDockWidget*>(QStringLiteral("sessionDock"));
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        EnrollmentToken token;
        token.id = QStringLiteral("65f000000000000000000099");
        token.enrollCode = QStringLiteral("ABC123");
        auto* button = window.findChild<QToolButton*>(QStringLiteral("sessionTokensButton"));
        QVERIFY(button);
        QVERIFY(!button->isVisible());
        context.sessionTokens()->add(token, SessionTokensModel::placeOf(context.activeProfile()));
        // Counted in the status bar, shown on demand (it would squeeze the forms).
        QTRY_VERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Created this session: 1"));
        QVERIFY(button->toolTip().isEmpty());
        // Bulk runs' tokens count too; the tooltip says why the list does not show them, each count in a
        // sentence of its own that a translation gives the count's plural form (tr()'s n).
        CountRecorder recorder;
        QCoreApplication::installTranslator(&recorder);
        context.sessionTokens()->addUnlisted(11);
        QCoreApplication::removeTranslator(&recorder);
        QCOMPARE(button->text(), QStringLiteral("Created this session: 12"));
        QVERIFY2(button->toolTip().startsWith(QStringLiteral("1 token")), qPrintable(button->toolTip()));
        QVERIFY2(button->toolTip().contains(QStringLiteral(" 11 created by bulk runs")),
                 qPrintable(button->toolTip()));
        QCOMPARE(recorder.countsFor(QLatin1StringView("listed here")), QList<int>{1});
        QCOMPARE(recorder.countsFor(QLatin1StringView("bulk runs")), QList<int>{11});
        QVERIFY(!dock->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(dock->isVisible());
        // The list takes the focus; opening a token there goes on with the keyboard from its row (the
        // Tokens page lists the session's tokens too), not from the page's first field.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* list = window.findChild<QListView*>(QStringLiteral("sessionTokens"));
        QVERIFY(list);
        QCOMPARE(QApplication::focusWidget(), list);
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(window.currentPage(), MainWindow::Tokens);
        QVERIFY(window.tokensPage()->isDetailsVisible());
        auto* table = window.tokensPage()->findChild<QTableView*>(QStringLiteral("tokensTable"));
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(window.tokensPage()->model()->tokenAt(table->currentIndex().row()).id, token.id);

        // One created under another profile (another server) is shown from the list too, saying where.
        EnrollmentToken elsewhere = token;
        elsewhere.id = QStringLiteral("65f000000000000000000098");
        context.sessionTokens()->add(
            elsewhere, SessionTokensModel::placeOf(QUrl(QStringLiteral("https://api.example.com/v1")),
                                                   QStringLiteral("globex")));
        list->setCurrentIndex(list->model()->index(0, 0)); // the newest first
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(window.currentPage(), MainWindow::Tokens);
        auto* subtitle = window.tokensPage()->findChild<QLabel*>(QStringLiteral("subtitleLabel"));
        QVERIFY(subtitle);
        QVERIFY2(subtitle->text().contains(
                     QLatin1StringView("Created in organization globex on https://api.example.com:443")),
                 qPrintable(subtitle->text()));
        // Back on a row of the list, the note goes.
        table->selectRow(window.tokensPage()->model()->rowOfToken(token.id));
        QVERIFY(!subtitle->text().contains(QLatin1StringView("Created in organization")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
