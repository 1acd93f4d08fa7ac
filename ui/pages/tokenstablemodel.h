#pragma once
// The rows of the Tokens page: one page of the Windows list (W3) plus the tokens created in this session.
// Session tokens that match the filters but are not on the server page (Android ones always: there is no
// Android list endpoint) are listed first on page 1, as a group; session tokens on the server page are
// marked where they are. State and expiry come with colours as well as text.

#include "types.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QSet>

class TokensTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        UserColumn,
        DisplayNameColumn,
        StateColumn,
        ExpiresColumn,
        PoliciesColumn,
        CreatedColumn,
        SessionColumn, // the "This session" badge
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TokenRole = Qt::UserRole + 1, // EnrollmentToken
        TokenIdRole,                  // QString
        StateRole,                    // QString: the effective state (PENDING past its expiry is EXPIRED)
        StateColorRole,               // QColor: the state's colour (text of its badge)
        SessionRole,                  // bool: created in this session
        SessionGroupRole,             // bool: listed in the session group (not on the server page)
        ExpiryStatusRole,             // int (ExpiryStatus)
        SortRole,                     // what the column sorts by
    };
    Q_ENUM(Role)

    enum class ExpiryStatus {
        None,    // no expiry (perpetual or unknown)
        Later,   // more than kSoonSeconds left
        Soon,    // less than kSoonSeconds left
        Expired, // the expiry has passed
    };
    Q_ENUM(ExpiryStatus)

    static constexpr qint64 kSoonSeconds = 24 * 3600;

    struct StateColors
    {
        QColor background;
        QColor foreground;
    };

    explicit TokensTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Sorts the rows shown (a page, not the whole list); the session group stays first. Ties keep the
    // server's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // One page of W3 and the query that produced it (its filters also select the session tokens shown).
    void setServerPage(const TokenListQuery& query, const QList<EnrollmentToken>& tokens);
    // Every token created in this session, any platform (SessionTokensModel's list).
    void setSessionTokens(const QList<EnrollmentToken>& tokens);
    // The organization being listed (24-hex id and/or slug): session tokens of other organizations are left
    // out. Without a 24-hex id among them (a slug alone, or empty) no token is left out for its organization.
    void setOrganizations(const QStringList& organizations);
    // Policy names by id, for primary policies the API does not expand.
    void setPolicyNames(const QHash<QString, QString>& names);
    // The time state and expiry are judged against; invalid (the default) means the current time.
    void setNow(const QDateTime& now);
    // Drops everything (e.g. the connection changed).
    void clear();

    EnrollmentToken tokenAt(int row) const;
    bool isSessionRow(int row) const;
    int rowOfToken(const QString& tokenId) const;
    int serverRowCount() const { return int(m_serverTokens.size()); }
    int sessionGroupCount() const;
    TokenListQuery query() const { return m_query; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // The W3 `sort` field for a column ("createdAt", "expireAt", …); empty when the server cannot sort by it.
    static QString serverSortField(int column);
    // The state as the admin will find it: PENDING past its expiry is EXPIRED.
    static QString effectiveState(const EnrollmentToken& token, const QDateTime& now);
    static ExpiryStatus expiryStatus(const EnrollmentToken& token, const QDateTime& now);
    // Light badge, dark text: readable on light and dark themes alike.
    static StateColors stateColors(const QString& state);
    // Whether a token passes the query's filters (user, policy, show deleted); the page number is ignored.
    static bool matchesFilters(const EnrollmentToken& token, const TokenListQuery& query,
                               const QDateTime& now);

private:
    struct Row
    {
        EnrollmentToken token;
        bool session = false; // created in this session
        bool group = false;   // in the session group at the top
        int order = 0;        // position before any local sort (server order; the group first)
    };
    void rebuild();
    void applySort();
    QDateTime now() const;
    bool belongsToOrganization(const EnrollmentToken& token) const;
    QString policiesText(const EnrollmentToken& token) const;
    QStringList policyNames(const EnrollmentToken& token) const;
    QVariant displayData(const Row& row, int column) const;
    QVariant sortData(const Row& row, int column) const;
    QVariant toolTip(const Row& row, int column) const;

    TokenListQuery m_query;
    QList<EnrollmentToken> m_serverTokens;
    QList<EnrollmentToken> m_sessionTokens;
    QStringList m_organizations;
    QHash<QString, QString> m_policyNames;
    QDateTime m_now;
    QList<Row> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
