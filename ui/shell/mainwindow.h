#pragma once
// The console's main window: the connection banner, a navigation list of the pages, the tokens created
// in this session, and a status bar with the requests in flight. Remembers size, position and page.

#include <QKeySequence>
#include <QMainWindow>
#include <QSet>

#include <chrono>

class AppContext;
class BulkPage;
class ConnectionBanner;
class ProfilesPage;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTimer;
class SingleTokenPage;
class TokensPage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { WindowsToken, WindowsBulk, AndroidToken, Tokens, Profiles, PageCount };

    // How long requests run before the status bar says so (text and busy bar): the many that take a few
    // milliseconds (the policy lists at start-up, a token) make it neither flicker nor repaint.
    static constexpr std::chrono::milliseconds kBusyDelay{400};
    // How long none must be in flight before it says "Ready" again: a bulk run's next batch, or the
    // fetch that follows a create, starts right after the previous answer.
    static constexpr std::chrono::milliseconds kReadySettle{250};
    // kBusyDelay unless a test sets another.
    void setBusyDelay(std::chrono::milliseconds delay);

    explicit MainWindow(AppContext* context, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    ConnectionBanner* banner() const { return m_banner; }
    // Each page is built the first time it is shown or asked for: start-up builds only the first one.
    SingleTokenPage* windowsPage();
    SingleTokenPage* androidPage();
    BulkPage* bulkPage();
    TokensPage* tokensPage();
    ProfilesPage* profilesPage();
    bool isPageBuilt(Page page) const;
    // The keys of Go › page (Ctrl+1 …).
    static QKeySequence goKeys(Page page);
    // File › Quit's keys: the platform's standard ones, else (Windows has none) Ctrl+Q.
    static QList<QKeySequence>
    quitKeys(const QList<QKeySequence>& standard = QKeySequence::keyBindings(QKeySequence::Quit));

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // A page's names, in the order of Page: in the navigation, and with a letter in the Go menu.
    struct PageName
    {
        QString navigation;
        QString menuEntry; // "&&" is the "&" of the name
        QStringView icon;
    };
    QList<PageName> pageNames() const;

    QWidget* ensurePage(Page page);
    QWidget* buildPage(Page page);
    void focusFirstField(QWidget* page);
    void buildMenus(const QList<PageName>& names); // the Go menu from `names`
    // The Token menu lists what the current page's buttons and shortcuts do, filled as it opens.
    void fillTokenMenu();
    void buildSessionDock();
    void updateInFlight(int count);
    void showInFlight(int count);
    // Asks before the window closes, as `boxName`, with `page` shown; Yes records `question` as answered
    // and closes again (the next question, if any, is then asked); the default keeps the window open.
    // `question` names what is asked (one name for a question asked in two wordings).
    void askBeforeClosing(Page page, const QString& boxName, const QString& title, const QString& text,
                          const QString& question);
    void showShortcuts();
    // How many Android tokens this session created: their setup QR codes cannot be shown after quitting.
    int androidTokensCreated() const;
    static QString goMenuTitle();
    void showAbout();

    AppContext* m_context;
    ConnectionBanner* m_banner;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    SingleTokenPage* m_windows = nullptr;
    BulkPage* m_bulk = nullptr;
    SingleTokenPage* m_android = nullptr;
    TokensPage* m_tokens = nullptr;
    ProfilesPage* m_profiles = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_tokenMenu = nullptr;
    // The questions about quitting answered Yes since the last Cancel (closeEvent() asks the others).
    QSet<QString> m_quitAnswered;
    QLabel* m_inFlight;
    QProgressBar* m_busy;
    QTimer* m_busyDelay;   // started by the first request; the status bar says "in progress" when it fires
    QTimer* m_readySettle; // started when none is left; the status bar says "Ready" when it fires
};
