#pragma once
// The console's main window: the connection banner, a navigation list of the pages, the tokens created
// in this session, and a status bar with the requests in flight. Remembers size, position and page.

#include <QMainWindow>

class AppContext;
class BulkPage;
class ConnectionBanner;
class ProfilesPage;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;
class SingleTokenPage;
class TokensPage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { WindowsToken, WindowsBulk, AndroidToken, Tokens, Profiles, PageCount };

    explicit MainWindow(AppContext* context, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    ConnectionBanner* banner() const { return m_banner; }
    SingleTokenPage* windowsPage() const { return m_windows; }
    SingleTokenPage* androidPage() const { return m_android; }
    BulkPage* bulkPage() const { return m_bulk; }
    TokensPage* tokensPage() const { return m_tokens; }
    ProfilesPage* profilesPage() const { return m_profiles; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildSessionDock();
    void updateInFlight(int count);
    void showShortcuts();
    void showAbout();

    AppContext* m_context;
    ConnectionBanner* m_banner;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    SingleTokenPage* m_windows;
    BulkPage* m_bulk;
    SingleTokenPage* m_android;
    TokensPage* m_tokens;
    ProfilesPage* m_profiles;
    QMenu* m_viewMenu = nullptr;
    QLabel* m_inFlight;
    QProgressBar* m_busy;
};
