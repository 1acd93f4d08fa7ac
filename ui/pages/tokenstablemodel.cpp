#include "tokenstablemodel.h"

#include "apilimits.h"
#include "duration.h"
#include "resultview.h"

#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

const QLatin1StringView kPending("PENDING");
const QLatin1StringView kDone("DONE");
const QLatin1StringView kExpired("EXPIRED");
const QLatin1StringView kDeleted("DELETED");

// Expiry cells: amber for "soon" (a light fill keeps the dark text readable on dark themes too), a muted
// text colour for the past.
const QColor kSoonBackground(0xff, 0xf1, 0xcc);
const QColor kSoonForeground(0x7a, 0x4a, 0x00);
const QColor kSessionBackground(0xe9, 0xe3, 0xfb);
const QColor kSessionForeground(0x4a, 0x2c, 0x8f);

// Muted, yet readable: the palette's text two thirds of the way from its background (about 6:1 on a light
// palette and on a dark one; a fixed grey was 3:1 on white, under the 4.5:1 that small text needs).
QColor pastForeground()
{
    const QPalette palette = QGuiApplication::palette();
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [](int front, int back) { return (front * 2 + back) / 3; };
    return QColor(mix(text.red(), base.red()), mix(text.green(), base.green()),
                  mix(text.blue(), base.blue()));
}

// Whether an expiry still means something: a used or revoked token cannot expire any more.
bool expiryMatters(const QString& effectiveState)
{
    return effectiveState == kPending || effectiveState == kExpired;
}

// A small violet star before the user of a session row: visible without scrolling to the origin column.
QIcon sessionIcon()
{
    static const QIcon icon = [] {
        QPixmap pixmap(QSize(28, 28));
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x6b, 0x46, 0xc1));
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double radius = i % 2 == 0 ? 13.0 : 5.5;
            const double angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
            star << QPointF(14 + radius * std::cos(angle), 14.5 + radius * std::sin(angle));
        }
        painter.drawPolygon(star);
        return QIcon(pixmap);
    }();
    return icon;
}

QString shortDateTime(const QDateTime& when, const QLocale& locale)
{
    return when.isValid() ? locale.toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

TokensTableModel::TokensTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int TokensTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TokensTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokensTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const EnrollmentToken& token = row.token;
    const int column = index.column();
    const QDateTime current = now();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::AccessibleTextRole: {
        const QString text = displayData(row, column).toString();
        return text.isEmpty() ? tr("None", "empty table cell") : text;
    }
    case Qt::DecorationRole:
        if (column == UserColumn && row.session)
            return sessionIcon();
        return {};
    case Qt::ForegroundRole:
        if (column == StateColumn)
            return stateColors(effectiveState(token, current)).foreground;
        if (column == ExpiresColumn && expiryMatters(effectiveState(token, current))) {
            const ExpiryStatus status = expiryStatus(token, current);
            if (status == ExpiryStatus::Soon)
                return kSoonForeground;
            if (status == ExpiryStatus::Expired)
                return pastForeground();
        }
        if (column == SessionColumn && row.session)
            return kSessionForeground;
        return {};
    case Qt::BackgroundRole:
        if (column == StateColumn)
            return stateColors(effectiveState(token, current)).background;
        if (column == ExpiresColumn && expiryMatters(effectiveState(token, current)) &&
            expiryStatus(token, current) == ExpiryStatus::Soon)
            return kSoonBackground;
        if (column == SessionColumn && row.session)
            return kSessionBackground;
        return {};
    case Qt::FontRole:
        if (column == ExpiresColumn && expiryMatters(effectiveState(token, current)) &&
            expiryStatus(token, current) == ExpiryStatus::Soon) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == StateColumn)
            return int(Qt::AlignCenter);
        if (column == SessionColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return {};
    case TokenRole:
        return QVariant::fromValue(token);
    case TokenIdRole:
        return token.id;
    case StateRole:
        return effectiveState(token, current);
    case StateColorRole:
        return stateColors(effectiveState(token, current)).foreground;
    case SessionRole:
        return row.session;
    case SessionGroupRole:
        return row.group;
    case ExpiryStatusRole:
        return int(expiryStatus(token, current));
    case SortRole:
        return sortData(row, column);
    default:
        return {};
    }
}

QVariant TokensTableModel::displayData(const Row& row, int column) const
{
    const EnrollmentToken& token = row.token;
    const QLocale locale;
    switch (column) {
    case UserColumn:
        return token.userEmail.isEmpty() ? token.userId : token.userEmail;
    case DisplayNameColumn:
        return token.displayName;
    case StateColumn:
        return ResultView::stateText(effectiveState(token, now()));
    case ExpiresColumn: {
        if (token.perpetual)
            return tr("Never", "token expiry");
        const QString when = shortDateTime(token.expireAt, locale);
        if (when.isEmpty() || !expiryMatters(effectiveState(token, now())))
            return when;
        switch (expiryStatus(token, now())) {
        case ExpiryStatus::Expired:
            return tr("%1 · expired").arg(when);
        case ExpiryStatus::Soon: {
            const qint64 left = now().secsTo(token.expireAt);
            const QString remaining =
                left >= Duration::kHour
                    ? tr("%n h", "time left", int(left / Duration::kHour))
                    : tr("%n min", "time left", int(std::max<qint64>(1, left / Duration::kMinute)));
            return tr("%1 · in %2").arg(when, remaining);
        }
        default:
            return when;
        }
    }
    case PoliciesColumn:
        return policiesText(token);
    case CreatedColumn:
        return shortDateTime(token.createdAt, locale);
    case SessionColumn:
        if (!row.session)
            return {};
        return token.platform == Platform::Android ? tr("This session · Android") : tr("This session");
    default:
        return {};
    }
}

QVariant TokensTableModel::toolTip(const Row& row, int column) const
{
    const EnrollmentToken& token = row.token;
    const QDateTime current = now();
    switch (column) {
    case UserColumn: {
        QStringList lines;
        if (row.session)
            lines << toolTip(row, SessionColumn).toString();
        if (!token.userId.isEmpty())
            lines << tr("User ID: %1").arg(token.userId);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case StateColumn: {
        QStringList lines;
        const QString state = effectiveState(token, current);
        if (state != token.state)
            lines
                << tr("Reported as %1; the expiry time has passed.").arg(ResultView::stateText(token.state));
        // Not on this page of the server's list: the state is the one it was created with, or last seen
        // with on another page (a token revoked meanwhile is not listed while deleted ones are hidden).
        if (row.group)
            lines << tr("As when created, or last seen on another page of the list.");
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case ExpiresColumn: {
        if (!token.expireAt.isValid() || token.perpetual)
            return {};
        const QString full = ResultView::formatExpiry(token.expireAt, QLocale());
        const QString left = ResultView::countdownText(current, token.expireAt);
        return expiryMatters(effectiveState(token, current)) ? full + u'\n' + left : full;
    }
    case PoliciesColumn: {
        QStringList lines;
        if (!token.policyId.isEmpty())
            lines << tr("Primary policy: %1").arg(m_policyNames.value(token.policyId, token.policyId));
        QList<AssignedPolicy> assigned = token.assignments;
        std::stable_sort(
            assigned.begin(), assigned.end(),
            [](const AssignedPolicy& a, const AssignedPolicy& b) { return a.priority < b.priority; });
        for (const AssignedPolicy& policy : assigned) {
            const QString name = !policy.policyName.isEmpty()
                                     ? policy.policyName
                                     : m_policyNames.value(policy.policyId, policy.policyId);
            lines << tr("%1 (priority %2)").arg(name).arg(policy.priority);
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case CreatedColumn:
        return token.createdAt.isValid() ? QVariant(ResultView::formatExpiry(token.createdAt, QLocale()))
                                         : QVariant();
    case SessionColumn:
        if (!row.session)
            return {};
        if (token.platform == Platform::Android)
            return tr(
                "Created in this session. Android tokens are listed only when created here: the API has no "
                "list of Android tokens.");
        return row.group ? tr("Created in this session; not on this page of the server's list.")
                         : tr("Created in this session.");
    default:
        return {};
    }
}

QStringList TokensTableModel::policyNames(const EnrollmentToken& token) const
{
    // The primary policy first, then the assignments by priority (the lower number wins).
    QStringList names;
    QSet<QString> seen;
    if (!token.policyId.isEmpty()) {
        names << m_policyNames.value(token.policyId, token.policyId);
        seen.insert(token.policyId);
    }
    QList<AssignedPolicy> assigned = token.assignments;
    std::stable_sort(assigned.begin(), assigned.end(), [](const AssignedPolicy& a, const AssignedPolicy& b) {
        return a.priority < b.priority;
    });
    for (const AssignedPolicy& policy : assigned) {
        if (seen.contains(policy.policyId))
            continue;
        seen.insert(policy.policyId);
        names << (!policy.policyName.isEmpty() ? policy.policyName
                                               : m_policyNames.value(policy.policyId, policy.policyId));
    }
    return names;
}

QString TokensTableModel::policiesText(const EnrollmentToken& token) const
{
    return policyNames(token).join(QStringLiteral(", "));
}

QVariant TokensTableModel::sortData(const Row& row, int column) const
{
    const EnrollmentToken& token = row.token;
    switch (column) {
    case UserColumn:
        return (token.userEmail.isEmpty() ? token.userId : token.userEmail).toCaseFolded();
    case DisplayNameColumn:
        return token.displayName.toCaseFolded();
    case StateColumn:
        return effectiveState(token, now()); // as shown (a page the server sorted keeps its order)
    case ExpiresColumn:
        return token.perpetual ? QDateTime() : token.expireAt;
    case PoliciesColumn:
        return policiesText(token).toCaseFolded();
    case CreatedColumn:
        return token.createdAt;
    case SessionColumn:
        return row.session;
    default:
        return {};
    }
}

QVariant TokensTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case UserColumn:
            return tr("User");
        case DisplayNameColumn:
            return tr("Display name");
        case StateColumn:
            return tr("State");
        case ExpiresColumn:
            return tr("Expires");
        case PoliciesColumn:
            return tr("Policies");
        case CreatedColumn:
            return tr("Created");
        case SessionColumn:
            return tr("Origin", "column: where the token was created");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        // The title first: a narrow column elides it (TokensPage gives up room before scrolling).
        QString tip = headerData(section, orientation, Qt::DisplayRole).toString() + u'\n';
        if (section == SessionColumn)
            tip += tr("Tokens created in this session with this console are marked “This session”");
        else if (serverSortField(section).isEmpty())
            tip += tr("Sorting by this column orders the rows of this page only");
        else
            tip += tr("Sorting by this column orders the whole list");
        return tip;
    }
    return {};
}

void TokensTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Rows are followed by their original position, which is unique (ids may be missing).
    const QModelIndexList before = persistentIndexList();
    QList<int> orders;
    for (const QModelIndex& index : before)
        orders << m_rows.at(index.row()).order;
    applySort();
    QHash<int, int> rowOfOrder;
    for (int i = 0; i < m_rows.size(); ++i)
        rowOfOrder.insert(m_rows.at(i).order, i);
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after << index(rowOfOrder.value(orders.at(i)), before.at(i).column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void TokensTableModel::applySort()
{
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const QDateTime current = now();
    const auto compare = [&](const Row& a, const Row& b) -> int {
        const EnrollmentToken& x = a.token;
        const EnrollmentToken& y = b.token;
        switch (column) {
        case UserColumn:
        case DisplayNameColumn:
        case PoliciesColumn:
            return QString::localeAwareCompare(sortData(a, column).toString(),
                                               sortData(b, column).toString());
        case StateColumn:
            return QString::compare(effectiveState(x, current), effectiveState(y, current));
        case ExpiresColumn: {
            // No expiry sorts as the latest.
            const QDateTime ex = x.perpetual || !x.expireAt.isValid() ? QDateTime() : x.expireAt;
            const QDateTime ey = y.perpetual || !y.expireAt.isValid() ? QDateTime() : y.expireAt;
            if (ex.isValid() != ey.isValid())
                return ex.isValid() ? -1 : 1;
            return ex < ey ? -1 : (ey < ex ? 1 : 0);
        }
        case CreatedColumn:
            return x.createdAt < y.createdAt ? -1 : (y.createdAt < x.createdAt ? 1 : 0);
        case SessionColumn:
            return int(b.session) - int(a.session);
        default:
            return 0;
        }
    };
    // A page the server sorted by this column keeps the server's order: sorted again here by other rules
    // (case, the locale, the state shown rather than the one stored) it did not follow on from the
    // previous page. Until the page sorted by a newly clicked column arrives, the rows are sorted here.
    const QString serverField = serverSortField(column);
    const bool serverSorted =
        !serverField.isEmpty() &&
        m_query.sort == serverField + (descending ? QStringLiteral(":desc") : QStringLiteral(":asc"));
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row& a, const Row& b) {
        if (a.group != b.group)
            return a.group; // the session group stays on top
        const int order = column < 0 || (serverSorted && !a.group) ? 0 : compare(a, b);
        if (order != 0)
            return descending ? order > 0 : order < 0;
        return a.order < b.order;
    });
}

void TokensTableModel::setServerPage(const TokenListQuery& query, const QList<EnrollmentToken>& tokens)
{
    m_query = query;
    m_serverTokens = tokens;
    rebuild();
}

void TokensTableModel::setSessionTokens(const QList<EnrollmentToken>& tokens)
{
    m_sessionTokens = tokens;
    rebuild();
}

void TokensTableModel::setOrganizations(const QStringList& organizations)
{
    m_organizations = organizations;
    rebuild();
}

void TokensTableModel::setPolicyNames(const QHash<QString, QString>& names)
{
    m_policyNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, PoliciesColumn), index(rowCount() - 1, PoliciesColumn));
}

void TokensTableModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TokensTableModel::clear()
{
    m_query = {};
    m_serverTokens.clear();
    rebuild();
}

void TokensTableModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    QSet<QString> onPage;
    for (const EnrollmentToken& token : std::as_const(m_serverTokens))
        onPage.insert(token.id);
    QSet<QString> sessionIds;
    for (const EnrollmentToken& token : std::as_const(m_sessionTokens)) {
        if (!token.id.isEmpty())
            sessionIds.insert(token.id);
    }
    const QDateTime current = now();
    int order = 0;
    if (m_query.page <= 1) {
        for (const EnrollmentToken& token : std::as_const(m_sessionTokens)) {
            if (onPage.contains(token.id) || !belongsToOrganization(token) ||
                !matchesFilters(token, m_query, current))
                continue;
            m_rows.append({token, true, true, order++});
        }
    }
    for (const EnrollmentToken& token : std::as_const(m_serverTokens))
        m_rows.append({token, sessionIds.contains(token.id), false, order++});
    applySort();
    endResetModel();
}

QDateTime TokensTableModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

bool TokensTableModel::belongsToOrganization(const EnrollmentToken& token) const
{
    // Tokens carry the organization's 24-hex id; a slug alone cannot be compared with it.
    const bool knowsId =
        std::any_of(m_organizations.cbegin(), m_organizations.cend(),
                    [](const QString& organization) { return Limits::isObjectId(organization); });
    if (!knowsId || token.organizationId.isEmpty())
        return true;
    return std::any_of(m_organizations.cbegin(), m_organizations.cend(),
                       [&token](const QString& organization) {
                           return organization.compare(token.organizationId, Qt::CaseInsensitive) == 0;
                       });
}

EnrollmentToken TokensTableModel::tokenAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).token : EnrollmentToken{};
}

bool TokensTableModel::isSessionRow(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).session;
}

int TokensTableModel::rowOfToken(const QString& tokenId) const
{
    if (tokenId.isEmpty())
        return -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).token.id == tokenId)
            return i;
    }
    return -1;
}

int TokensTableModel::sessionGroupCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row& row) { return row.group; }));
}

QString TokensTableModel::serverSortField(int column)
{
    switch (column) {
    case DisplayNameColumn:
        return QStringLiteral("displayName");
    case StateColumn:
        return QStringLiteral("state");
    case ExpiresColumn:
        return QStringLiteral("expireAt");
    case CreatedColumn:
        return QStringLiteral("createdAt");
    default:
        return {};
    }
}

QString TokensTableModel::effectiveState(const EnrollmentToken& token, const QDateTime& now)
{
    if (token.state == kPending && expiryStatus(token, now) == ExpiryStatus::Expired)
        return kExpired;
    return token.state;
}

TokensTableModel::ExpiryStatus TokensTableModel::expiryStatus(const EnrollmentToken& token,
                                                              const QDateTime& now)
{
    if (token.perpetual || !token.expireAt.isValid())
        return ExpiryStatus::None;
    const qint64 left = now.secsTo(token.expireAt);
    if (left <= 0)
        return ExpiryStatus::Expired;
    return left < kSoonSeconds ? ExpiryStatus::Soon : ExpiryStatus::Later;
}

TokensTableModel::StateColors TokensTableModel::stateColors(const QString& state)
{
    // The same hues as the result view's badge.
    if (state == kPending)
        return {QColor(0xdb, 0xe9, 0xfe), QColor(0x1d, 0x3f, 0x8f)};
    if (state == kDone)
        return {QColor(0xd9, 0xf5, 0xe3), QColor(0x17, 0x61, 0x35)};
    if (state == kExpired)
        return {QColor(0xfd, 0xe2, 0xe1), QColor(0x8f, 0x1d, 0x1d)};
    return {QColor(0xe6, 0xe7, 0xea), QColor(0x3a, 0x3f, 0x47)}; // DELETED and anything unknown
}

bool TokensTableModel::matchesFilters(const EnrollmentToken& token, const TokenListQuery& query,
                                      const QDateTime& now)
{
    if (!query.mdmUserId.isEmpty() && token.userId.compare(query.mdmUserId, Qt::CaseInsensitive) != 0)
        return false;
    if (!query.policyId.isEmpty()) {
        const bool primary = token.policyId.compare(query.policyId, Qt::CaseInsensitive) == 0;
        const bool assigned = std::any_of(
            token.assignments.cbegin(), token.assignments.cend(), [&query](const AssignedPolicy& a) {
                return a.policyId.compare(query.policyId, Qt::CaseInsensitive) == 0;
            });
        if (!primary && !assigned)
            return false;
    }
    if (!query.showDeleted && effectiveState(token, now) == kDeleted)
        return false;
    return true;
}
