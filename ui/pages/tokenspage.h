#pragma once
// The Tokens page: the organization's Windows tokens (W3) a page at a time, filtered by user, policy and
// "show deleted", plus the tokens created in this session on any platform (Android ones can only come from
// the session). Selecting a row shows the same result view as after a create. A newer request cancels the
// one in flight; an error keeps the rows on screen.

#include "pagecommand.h"
#include "tokenstablemodel.h"
#include "types.h"

#include <QPointer>
#include <QWidget>

#include <array>

class ApiCall;
template <typename T> struct ApiResult;
class AppContext;
class ErrorPanel;
class PolicyPicker;
class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QShortcut;
class QSplitter;
class QToolButton;
class QTableView;
class ResultView;
class UserPicker;

class TokensPage final : public QWidget
{
    Q_OBJECT
public:
    explicit TokensPage(AppContext* context, QWidget* parent = nullptr);
    ~TokensPage() override;

    // Lists only this user's tokens (the user picker shows the user) and loads page 1.
    void filterByUser(const QString& userId);
    // Selects the token's row when it is listed; shows it in the result view in any case.
    // `origin` (empty: none) says where a token created elsewhere was, when it is not this list's.
    void showToken(const EnrollmentToken& token, const QString& origin = {});
    // The focus to the token shown: its row, or the details of one not listed (a session token).
    void focusShownToken();

    TokensTableModel* model() const { return m_model; }
    // The current query (filters, page, page size, sort): the latest request's, or the next one while hidden.
    TokenListQuery query() const { return m_query; }
    bool isLoading() const { return !m_call.isNull(); }
    // The Token menu's entries: refresh, the shown token's (copy, QR code), close the details.
    QList<PageCommand> commands() const;
    int currentPage() const { return m_page; }
    int totalPages() const { return m_totalPages; }
    int totalTokens() const { return m_totalTokens; }
    // The token the result view shows (none: a default token).
    EnrollmentToken selectedToken() const;
    // Whether the side panel with the result view is open (it opens when a token is selected).
    bool isDetailsVisible() const;
    static QList<int> pageSizes(); // 10, 20, 50, 100

public Q_SLOTS:
    // Loads the current page again (F5).
    void refresh();
    // The sort choices of the column headers, as a menu at the table (Token > Sort by…); its menu.
    QMenu* showSortMenu();
    // The list changed elsewhere (a bulk run): loads again now when the page is shown, else when it is
    // next shown.
    void requestLoad();
    void nextPage();
    void previousPage();
    void setPageSize(int size);
    void setShowDeleted(bool show);
    // Closes the side panel and clears the selection (Esc).
    void closeDetails();

Q_SIGNALS:
    // A list request finished (superseded requests do not count).
    void loadFinished(bool ok);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The page Next and Previous start from: the one asked for while it loads, else the one shown.
    int pagerPage() const;
    void buildFilterBar(QWidget* bar);
    void buildPager(QWidget* bar);
    void load();
    void finished(quint64 generation, const ApiResult<Page<EnrollmentToken>>& result);
    void connectionChanged();
    void syncSessionTokens();
    void selectionChanged();
    void showDetails();
    void fitDetails();
    int detailsWidthNeeded() const;
    int detailsWidthLimit() const;
    void updatePager();
    void updateEmptyState();
    void restoreSelection(const QString& tokenId);
    void placeEmptyLabel();
    void fitColumns();
    void labelAllPolicies();
    void applyPolicyNames();

    AppContext* m_context;
    TokensTableModel* m_model;
    UserPicker* m_user;
    PolicyPicker* m_policy;
    QCheckBox* m_showDeleted;
    QPushButton* m_refresh;
    ErrorPanel* m_error;
    QSplitter* m_splitter;
    QTableView* m_table;
    QLabel* m_empty;
    QWidget* m_side;
    QToolButton* m_closeDetails;
    QShortcut* m_refreshShortcut = nullptr;      // F5; the Token menu lists its keys
    QShortcut* m_closeDetailsShortcut = nullptr; // Esc
    ResultView* m_result;
    QWidget* m_resultViewport = nullptr; // the side panel's scroll area: its width is the view's room
    QProgressBar* m_busy;
    QLabel* m_loading;
    QLabel* m_pageLabel;
    QComboBox* m_pageSize;
    QPushButton* m_previous;
    QPushButton* m_next;

    TokenListQuery m_query;
    QPointer<ApiCall> m_call;
    quint64 m_generation = 0; // bumped by every request: only the newest answer is shown
    bool m_stale = true;      // the list must be loaded when the page is next shown
    bool m_settingFilters = false;
    bool m_loadedOnce = false;
    bool m_detailsFromList = false; // the result view shows a row of the table
    int m_page = 1;
    int m_totalPages = 0;
    int m_totalTokens = 0;
    QStringList m_organizations;
    QHash<QString, QString> m_windowsPolicyNames; // from the policy filter's list
    // Column widths measured for the font, language and date format, and which columns give up room
    // (each stage down to its floors) when they do not fit. Applied until the user sizes or moves one.
    struct ColumnGiver
    {
        int column;
        int floor;
    };
    std::array<int, TokensTableModel::ColumnCount> m_naturalWidths{};
    QList<QList<ColumnGiver>> m_columnGivers;
    bool m_columnsFitted = true;
    bool m_fittingColumns = false;
};
