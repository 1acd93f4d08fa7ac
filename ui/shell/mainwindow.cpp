#include "mainwindow.h"

#include "aboutdialog.h"
#include "apiclient.h"
#include "appcontext.h"
#include "appicons.h"
#include "bulkpage.h"
#include "bulkrunner.h"
#include "connectionbanner.h"
#include "focuschain.h"
#include "languagemenu.h"
#include "profilespage.h"
#include "sessiontokensmodel.h"
#include "singletokenpage.h"
#include "tokenspage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

MainWindow::MainWindow(AppContext* context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_banner(new ConnectionBanner(context))
    , m_navigation(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_inFlight(new QLabel)
    , m_busy(new QProgressBar)
    , m_busyDelay(new QTimer(this))
    , m_readySettle(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("EnrollDesk"));
    setWindowIcon(AppIcons::load(u"app"));

    const QList<PageName> names = pageNames();
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    // Selected icons in the selected text's colour; Qt's own selected mode tints them with the selection's
    // blue. Only where the selection looks the same with and without focus: a theme with a pale inactive
    // selection (dark text on it) keeps Qt's mode.
    const QPalette palette = m_navigation->palette();
    const QColor selectedText = palette.color(QPalette::Active, QPalette::HighlightedText) ==
                                        palette.color(QPalette::Inactive, QPalette::HighlightedText)
                                    ? palette.color(QPalette::Active, QPalette::HighlightedText)
                                    : QColor();
    for (int i = 0; i < names.size(); ++i) {
        const PageName& name = names.at(i);
        auto* item =
            new QListWidgetItem(AppIcons::load(name.icon, selectedText), name.navigation, m_navigation);
        item->setToolTip(tr("%1 (%2)", "page name (its keys)")
                             .arg(QString(name.navigation).replace(u'\n', u' '),
                                  goKeys(Page(i)).toString(QKeySequence::NativeText)));
        m_pages->addWidget(new QWidget); // a placeholder until the page is first shown
    }
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 24);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pages->setCurrentWidget(ensurePage(Page(row)));
    });

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    // The navigation has a fixed width: a plain row, not a splitter with a handle that cannot move it.
    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    m_inFlight->setObjectName(QStringLiteral("requestsInFlight"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Requests in progress"));
    statusBar()->addPermanentWidget(m_inFlight);
    statusBar()->addPermanentWidget(m_busy);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    m_busyDelay->setInterval(kBusyDelay);
    connect(m_busyDelay, &QTimer::timeout, this,
            [this] { showInFlight(m_context->client()->requestsInFlight()); });
    m_readySettle->setSingleShot(true);
    m_readySettle->setInterval(kReadySettle);
    connect(m_readySettle, &QTimer::timeout, this, [this] {
        if (m_context->client()->requestsInFlight() > 0)
            return;
        m_busyDelay->stop();
        showInFlight(0);
    });
    connect(context->client(), &ApiClient::requestsInFlightChanged, this, &MainWindow::updateInFlight);
    showInFlight(0);

    connect(m_banner, &ConnectionBanner::manageProfilesRequested, this, [this] { showPage(Profiles); });

    buildMenus(names);
    buildSessionDock();

    QSettings* settings = context->settings();
    restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings->value(QStringLiteral("window/state")).toByteArray());
    if (!settings->contains(QStringLiteral("window/geometry")))
        resize(1180, 780);
    showPage(Page(std::clamp(settings->value(QStringLiteral("window/page"), 0).toInt(), 0, PageCount - 1)));
}

QWidget* MainWindow::ensurePage(Page page)
{
    QWidget* placeholder = m_pages->widget(page);
    if (isPageBuilt(page))
        return placeholder;
    QWidget* built = buildPage(page);
    m_pages->insertWidget(page, built);
    m_pages->removeWidget(placeholder);
    delete placeholder;
    return built;
}

bool MainWindow::isPageBuilt(Page page) const
{
    const QWidget* pages[PageCount] = {m_windows, m_bulk, m_android, m_tokens, m_profiles};
    return pages[page] != nullptr;
}

QWidget* MainWindow::buildPage(Page page)
{
    switch (page) {
    case WindowsToken:
    case AndroidToken: {
        const bool windows = page == WindowsToken;
        auto* form = new SingleTokenPage(windows ? Platform::Windows : Platform::Android, m_context);
        (windows ? m_windows : m_android) = form;
        connect(form, &SingleTokenPage::showTokensRequested, this, [this](const QString& userId) {
            tokensPage()->filterByUser(userId);
            showPage(Tokens);
        });
        return form;
    }
    case WindowsBulk:
        m_bulk = new BulkPage(m_context);
        connect(m_bulk, &BulkPage::showTokensRequested, this, [this] { showPage(Tokens); });
        // The run created tokens the Tokens page has not seen (single tokens reach it as session tokens).
        connect(m_bulk, &BulkPage::runFinished, this, [this] {
            if (m_tokens)
                m_tokens->requestLoad();
        });
        return m_bulk;
    case Tokens:
        return m_tokens = new TokensPage(m_context);
    case Profiles:
    case PageCount:
        break;
    }
    return m_profiles = new ProfilesPage(m_context);
}

SingleTokenPage* MainWindow::windowsPage()
{
    ensurePage(WindowsToken);
    return m_windows;
}

SingleTokenPage* MainWindow::androidPage()
{
    ensurePage(AndroidToken);
    return m_android;
}

BulkPage* MainWindow::bulkPage()
{
    ensurePage(WindowsBulk);
    return m_bulk;
}

TokensPage* MainWindow::tokensPage()
{
    ensurePage(Tokens);
    return m_tokens;
}

ProfilesPage* MainWindow::profilesPage()
{
    ensurePage(Profiles);
    return m_profiles;
}

MainWindow::~MainWindow()
{
    // The pages cancel their requests as they are destroyed, after this object's own destructor has run;
    // the in-flight count they announce must not reach a half-destroyed window.
    disconnect(m_context->client(), nullptr, this, nullptr);
}

void MainWindow::showPage(Page page)
{
    QWidget* widget = ensurePage(page);
    m_pages->setCurrentWidget(widget);
    m_navigation->setCurrentRow(page);
    focusFirstField(widget);
}

// Into the page's first field, where typing is meant to go (at start-up the first field of the window is
// otherwise the banner's profile switcher). Not when the page is chosen in the navigation list, whose
// arrow keys must keep moving through the pages.
void MainWindow::focusFirstField(QWidget* page)
{
    if (QWidget* focus = QApplication::focusWidget(); focus && page->isAncestorOf(focus))
        return;
    focusFirstTabStop(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QList<MainWindow::PageName> MainWindow::pageNames() const
{
    return {
        {tr("Windows token"), tr("&Windows token", "Go menu"), u"windows-token"},
        {tr("Windows tokens\n(many users)"), tr("Windows tokens (&many users)", "Go menu"), u"bulk-tokens"},
        {tr("Android token"), tr("&Android token", "Go menu"), u"android-token"},
        {tr("Tokens"), tr("&Tokens", "Go menu"), u"tokens"},
        {tr("Profiles & API key"), tr("&Profiles && API key", "Go menu"), u"profiles"},
    };
}

void MainWindow::buildMenus(const QList<PageName>& names)
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcuts(quitKeys());

    QMenu* go = menuBar()->addMenu(goMenuTitle());
    go->setObjectName(QStringLiteral("goMenu"));
    for (int i = 0; i < PageCount; ++i) {
        QAction* action = go->addAction(names.at(i).menuEntry);
        action->setShortcut(goKeys(Page(i)));
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
    }

    // No Alt+letter: every letter of "Token" (and of its translations) already leads to a field or
    // button on some page. Alt then the arrow keys reach it.
    m_tokenMenu = menuBar()->addMenu(tr("Token", "menu"));
    m_tokenMenu->setObjectName(QStringLiteral("tokenMenu"));
    connect(m_tokenMenu, &QMenu::aboutToShow, this, &MainWindow::fillTokenMenu);
    // The profiles page has no token commands.
    connect(m_pages, &QStackedWidget::currentChanged, this,
            [this](int index) { m_tokenMenu->menuAction()->setEnabled(index != Profiles); });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addMenu(new LanguageMenu(m_context->settings(), this));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this, &MainWindow::showShortcuts);
    help->addAction(tr("&About EnrollDesk"), this, &MainWindow::showAbout);
}

void MainWindow::fillTokenMenu()
{
    QList<PageCommand> commands;
    switch (currentPage()) {
    case WindowsToken:
        commands = windowsPage()->commands();
        break;
    case AndroidToken:
        commands = androidPage()->commands();
        break;
    case WindowsBulk:
        commands = bulkPage()->commands();
        break;
    case Tokens:
        commands = tokensPage()->commands();
        break;
    case Profiles:
    case PageCount:
        break;
    }
    m_tokenMenu->clear();
    for (const PageCommand& command : std::as_const(commands)) {
        if (command.text.isEmpty()) {
            m_tokenMenu->addSeparator();
            continue;
        }
        // The keys are shown after a tab (as QMenu shows an action's own shortcut), not bound: the page's
        // shortcut does the work, and a second binding of the same keys would make both ambiguous.
        QString text = command.text;
        if (!command.keys.isEmpty())
            text += u'\t' + command.keys.toString(QKeySequence::NativeText);
        QAction* action = m_tokenMenu->addAction(text);
        action->setEnabled(command.available());
        connect(action, &QAction::triggered, this, command.run);
    }
}

void MainWindow::buildSessionDock()
{
    auto* dock = new QDockWidget(tr("Created this session"), this);
    dock->setObjectName(QStringLiteral("sessionDock"));
    auto* list = new QListView;
    list->setObjectName(QStringLiteral("sessionTokens"));
    list->setAccessibleName(tr("Tokens created in this session"));
    list->setModel(m_context->sessionTokens());
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    dock->setWidget(list);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {320}, Qt::Horizontal);
    // Hidden unless asked for: it would take a third of the width from the forms. The Tokens page lists
    // the session's tokens too; a status bar button counts them and shows the dock.
    dock->setVisible(false);
    QAction* toggle = dock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_viewMenu->addAction(toggle);
    auto* button = new QToolButton;
    button->setObjectName(QStringLiteral("sessionTokensButton"));
    button->setAutoRaise(true);
    button->setDefaultAction(toggle);
    button->setVisible(false);
    statusBar()->insertPermanentWidget(0, button);
    const auto count = [this, toggle, button] {
        const SessionTokensModel* tokens = m_context->sessionTokens();
        const int listed = tokens->rowCount();
        const int unlisted = tokens->unlistedCount();
        toggle->setText(tr("Created this session: %1").arg(QLocale().toString(listed + unlisted)));
        // The count includes bulk runs' tokens, which the list cannot show: say so where it is read.
        // One count per sentence: each language then says each count in its own plural form.
        button->setToolTip(unlisted == 0
                               ? QString()
                               : tr("%Ln token(s) listed here.", nullptr, listed) + u' ' +
                                     tr("%Ln created by bulk runs, which the API answers with counts "
                                        "only: the Tokens page lists them.",
                                        nullptr, unlisted));
        button->setVisible(listed + unlisted > 0);
    };
    connect(m_context->sessionTokens(), &QAbstractItemModel::rowsInserted, this, count);
    connect(m_context->sessionTokens(), &QAbstractItemModel::modelReset, this, count);
    connect(m_context->sessionTokens(), &SessionTokensModel::unlistedCountChanged, this, count);
    connect(list, &QListView::activated, this, [this](const QModelIndex& index) {
        // A token created under another profile is shown too, saying where: the banner names another.
        const SessionTokensModel* session = m_context->sessionTokens();
        const QString place = session->placeAt(index.row());
        const SessionTokensModel::PlaceParts where = SessionTokensModel::partsOf(place);
        const bool here = place == SessionTokensModel::placeOf(m_context->activeProfile());
        tokensPage()->showToken(session->tokenAt(index.row()),
                                here || where.server.isEmpty()
                                    ? QString()
                                    : tr("Created in organization %1 on %2, not the active profile's")
                                          .arg(where.organization, where.server));
        showPage(Tokens);
        tokensPage()->focusShownToken(); // not the page's first field: the keyboard goes on from the token
    });
    // Shown from the keyboard (Ctrl+Shift+L) or the status bar, the list takes the focus.
    connect(toggle, &QAction::triggered, list, [list](bool shown) {
        if (shown)
            list->setFocus(Qt::OtherFocusReason);
    });
}

void MainWindow::updateInFlight(int count)
{
    if (count == 0) {
        m_readySettle->start();
        return;
    }
    m_readySettle->stop();
    if (!m_busy->isHidden())
        showInFlight(count); // already said: the count stays current
    else if (!m_busyDelay->isActive())
        m_busyDelay->start();
}

void MainWindow::setBusyDelay(std::chrono::milliseconds delay)
{
    m_busyDelay->setInterval(delay);
}

void MainWindow::showInFlight(int count)
{
    m_inFlight->setText(count == 0 ? tr("Ready") : tr("%n request(s) in progress", nullptr, count));
    m_busy->setVisible(count > 0);
}

QKeySequence MainWindow::goKeys(Page page)
{
    return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(page)));
}

QList<QKeySequence> MainWindow::quitKeys(const QList<QKeySequence>& standard)
{
    // Qt binds no Quit key on Windows: Ctrl+Q there, as the shortcut list and README promise.
    return standard.isEmpty() ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)} : standard;
}

QString MainWindow::goMenuTitle()
{
    return tr("&Go");
}

void MainWindow::showShortcuts()
{
    // The Alt letters are the translated labels' own: a translation picks its letters, and a list that
    // copied the English ones sent German users to another control (Alt+M ticks "… per E-Mail senden").
    const auto altKey = [](const QString& label) {
        return QKeySequence::mnemonic(label).toString(QKeySequence::NativeText);
    };
    // The keys as bound, in the platform's own words (Qt leaves some standard keys unbound on some).
    const auto keys = [](const QList<QKeySequence>& bindings) {
        QStringList texts;
        for (const QKeySequence& binding : bindings)
            texts << binding.toString(QKeySequence::NativeText);
        return texts.join(QStringLiteral(" / "));
    };
    const auto key = [&keys](const QKeySequence& binding) { return keys({binding}); };
    const QString modeKey = altKey(QCoreApplication::translate("SingleTokenPage", "Management &mode:"));
    const QList<std::pair<QString, QString>> rows{
        {key(goKeys(WindowsToken)) + QStringLiteral(" … ") + key(goKeys(Page(PageCount - 1))),
         tr("Go to a page (also %1, then the page's letter)").arg(altKey(goMenuTitle()))},
        {key(QKeySequence(Qt::CTRL | Qt::Key_Return)), tr("Create the token / send the list")},
        {key(QKeySequence(Qt::Key_Escape)),
         tr("Cancel the request in progress, or close the token details (Tokens page)")},
        {key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)), tr("Copy the enroll code")},
        {key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)), tr("Copy the enrollment link")},
        {key(QKeySequence::Refresh), tr("Refresh the token list")},
        {keys({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::Key_Delete)}),
         tr("Add / remove a policy assignment")},
        {keys({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::ALT | Qt::Key_Down)}),
         tr("Move a policy assignment")},
        {tr("Alt+underlined letter"), tr("Jump to a field")},
        {tr("%1, arrow keys").arg(modeKey), tr("Choose the Android management mode")},
        {key(QKeySequence::Copy), tr("Copy a batch row's addresses (bulk page)")},
        {key(QKeySequence::Undo), tr("Undo Clear or List only the unanswered (bulk page)")},
        {key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)), tr("Show the tokens created this session")},
        {key(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)),
         tr("Show or hide the API key being typed (Profiles page)")},
        {key(QKeySequence::Print), tr("Print the QR code that has the focus")},
        {key(QKeySequence(Qt::ALT | Qt::Key_Down)), tr("Open the list of the banner's profile switcher")},
        {keys({QKeySequence::Copy, QKeySequence(Qt::Key_Menu)}),
         tr("On the banner's line (Tab reaches it): copy it / copy the organization or the server alone")},
        {keys(QKeySequence::keyBindings(QKeySequence::HelpContents)), tr("This list")},
        {keys(quitKeys()), tr("Quit")},
    };
    QString table = QStringLiteral("<table>");
    for (const auto& [keysText, what] : rows)
        table += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                     .arg(keysText.toHtmlEscaped(), what.toHtmlEscaped());
    table += QStringLiteral("</table>");
    auto* box =
        new QMessageBox(QMessageBox::Information, tr("Keyboard shortcuts"), table, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("shortcutsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAbout()
{
    auto* about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Quitting in the middle of a run would leave the user unsure which batches went out; after a run
    // with failures, it would lose the only record of them.
    const bool running = m_bulk && m_bulk->runner()->isRunning();
    if (m_bulk && (running || m_bulk->hasUnsavedFailures()) &&
        !m_quitAnswered.contains(QStringLiteral("bulk"))) {
        event->ignore();
        askBeforeClosing(
            WindowsBulk, running ? QStringLiteral("quitDuringRunBox") : QStringLiteral("quitWithFailuresBox"),
            running ? tr("Stop sending and quit?") : tr("Quit without the run's log?"),
            running ? tr("Tokens are still being created for the pasted list. If you quit now, the rest of "
                         "the list is not sent, and the batch under way is abandoned: the API may still "
                         "create its tokens. Export the run's log first to keep a record.")
                    : tr("Some batches of the last bulk run failed or were not sent, and the run's log has "
                         "not been exported. It is the only record of which addresses were answered: "
                         "export it first to send the rest later."),
            QStringLiteral("bulk"));
        return;
    }
    // A single create abandoned on its way: the token may still be made, and nobody would see its code.
    SingleTokenPage* creating = m_windows && m_windows->isBusy()   ? m_windows
                                : m_android && m_android->isBusy() ? m_android
                                                                   : nullptr;
    if (creating && !m_quitAnswered.contains(QStringLiteral("create"))) {
        event->ignore();
        askBeforeClosing(creating == m_windows ? WindowsToken : AndroidToken,
                         QStringLiteral("quitDuringCreateBox"), tr("Quit while a token is being created?"),
                         tr("A token is still being created. If you quit now, the API may still create it "
                            "(and send its e-mail, if one was asked for), but its enroll code will not be "
                            "shown."),
                         QStringLiteral("create"));
        return;
    }
    // A profile half edited (a new one, a server change under way) would be lost without a word.
    if (m_profiles && m_profiles->hasChangesToLose() && !m_quitAnswered.contains(QStringLiteral("profile"))) {
        event->ignore();
        askBeforeClosing(
            Profiles, QStringLiteral("quitWithProfileEditsBox"), tr("Quit without saving the profile?"),
            tr("The profile on the Profiles page has changes that are not saved yet. If you quit "
               "now, they are lost."),
            QStringLiteral("profile"));
        return;
    }
    // A list pasted or imported and not sent, confirmation open or not: it lives in the box only.
    if (m_bulk && m_bulk->hasUnsentList() && !m_quitAnswered.contains(QStringLiteral("list"))) {
        event->ignore();
        askBeforeClosing(WindowsBulk, QStringLiteral("quitWithUnsentListBox"),
                         tr("Quit without sending the list?"),
                         tr("The list of addresses has not been sent. If you quit now, it is lost."),
                         QStringLiteral("list"));
        return;
    }
    // A form filled in and not sent: the user and settings typed would be lost.
    const bool windowsUnsent = m_windows && m_windows->hasUnsentForm();
    const bool androidUnsent = m_android && m_android->hasUnsentForm();
    if ((windowsUnsent || androidUnsent) && !m_quitAnswered.contains(QStringLiteral("form"))) {
        event->ignore();
        askBeforeClosing(windowsUnsent ? WindowsToken : AndroidToken, QStringLiteral("quitWithUnsentFormBox"),
                         tr("Quit without creating the token?"),
                         windowsUnsent && androidUnsent
                             ? tr("The Windows and Android token forms are filled in, but their tokens have "
                                  "not been created. If you quit now, what you entered is lost.")
                         : windowsUnsent
                             ? tr("The Windows token form is filled in, but the token has not been "
                                  "created. If you quit now, what you entered is lost.")
                             : tr("The Android token form is filled in, but the token has not been "
                                  "created. If you quit now, what you entered is lost."),
                         QStringLiteral("form"));
        return;
    }
    // The API cannot list Android tokens: once the console quits, nothing shows their QR codes again.
    if (const int android = androidTokensCreated();
        android > 0 && !m_quitAnswered.contains(QStringLiteral("androidCodes"))) {
        event->ignore();
        askBeforeClosing(AndroidToken, QStringLiteral("quitWithAndroidTokensBox"),
                         tr("Quit and lose the setup QR codes?"),
                         tr("%n Android token(s) created this session: EnrollDesk cannot show their setup QR "
                            "codes after you quit. Save or print the ones still needed first.",
                            nullptr, android),
                         QStringLiteral("androidCodes"));
        return;
    }
    QSettings* settings = m_context->settings();
    settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings->setValue(QStringLiteral("window/state"), saveState());
    settings->setValue(QStringLiteral("window/page"), int(currentPage()));
    QMainWindow::closeEvent(event);
}

// Asked without a nested event loop: what runs goes on while the question is open.
void MainWindow::askBeforeClosing(Page page, const QString& boxName, const QString& title,
                                  const QString& text, const QString& question)
{
    showPage(page);
    auto* box =
        new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(boxName);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, question](int answer) {
        if (answer != QMessageBox::Yes) {
            // The window stays: a later quit asks every question again, whatever was answered before.
            m_quitAnswered.clear();
            return;
        }
        m_quitAnswered.insert(question);
        close();
    });
    box->open();
}

int MainWindow::androidTokensCreated() const
{
    const SessionTokensModel* session = m_context->sessionTokens();
    int count = 0;
    for (int row = 0; row < session->count(); ++row)
        count += session->tokenAt(row).platform == Platform::Android ? 1 : 0;
    return count;
}
