#include "sessiontokensmodel.h"

#include "profiles.h"
#include "resultview.h"

#include <algorithm>

#include <QLocale>

SessionTokensModel::SessionTokensModel(QObject* parent)
    : QAbstractListModel(parent)
{}

int SessionTokensModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant SessionTokensModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    const EnrollmentToken& token = entry.token;
    switch (role) {
    case Qt::DisplayRole:
        return summary(token, entry.addedAt, QLocale());
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << tr("%1 enrollment token").arg(platformName(token.platform));
        if (!token.userEmail.isEmpty())
            lines << tr("User: %1").arg(token.userEmail);
        if (!token.displayName.isEmpty())
            lines << tr("Display name: %1").arg(token.displayName);
        if (!token.enrollCode.isEmpty())
            lines << tr("Enroll code: %1").arg(token.enrollCode);
        if (!token.state.isEmpty())
            lines << tr("State when created: %1").arg(ResultView::stateText(token.state));
        if (token.expireAt.isValid() && !token.perpetual)
            lines << tr("Expires: %1").arg(ResultView::formatExpiry(token.expireAt, QLocale()));
        if (!token.id.isEmpty())
            lines << tr("Token ID: %1").arg(token.id);
        return lines.join(u'\n');
    }
    case PlatformRole:
        return QVariant::fromValue(token.platform);
    case TokenRole:
        return QVariant::fromValue(token);
    case TokenIdRole:
        return token.id;
    case EnrollCodeRole:
        return token.enrollCode;
    case EnrollmentLinkRole:
        return token.enrollmentLink;
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionTokensModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PlatformRole, "platform");
    names.insert(TokenRole, "token");
    names.insert(TokenIdRole, "tokenId");
    names.insert(EnrollCodeRole, "enrollCode");
    names.insert(EnrollmentLinkRole, "enrollmentLink");
    return names;
}

namespace {

// The names of the policies this token refers to: the given ones, else the earlier ones, else the name the
// API expanded in an assignment.
QHash<QString, QString> namesOfPolicies(const EnrollmentToken& token, const QHash<QString, QString>& names,
                                        const QHash<QString, QString>& earlier)
{
    QHash<QString, QString> kept;
    const auto keep = [&](const QString& id, const QString& expanded) {
        if (id.isEmpty())
            return;
        const QString name = names.value(id, earlier.value(id, expanded));
        if (!name.isEmpty())
            kept.insert(id, name);
    };
    keep(token.policyId, QString());
    for (const AssignedPolicy& assigned : token.assignments)
        keep(assigned.policyId, assigned.policyName);
    return kept;
}

} // namespace

QString SessionTokensModel::placeOf(const QUrl& server, const QString& organization)
{
    return ProfileStore::originOf(server) + u'\n' + organization.toLower();
}

QString SessionTokensModel::placeOf(const Profile& profile)
{
    return placeOf(profile.baseUrl, profile.organization);
}

SessionTokensModel::PlaceParts SessionTokensModel::partsOf(const QString& place)
{
    const qsizetype cut = place.indexOf(u'\n');
    return cut < 0 ? PlaceParts{} : PlaceParts{place.left(cut), place.mid(cut + 1)};
}

void SessionTokensModel::add(const EnrollmentToken& token, const QString& place,
                             const QHash<QString, QString>& policyNames)
{
    const int existing = token.id.isEmpty() ? -1 : rowOf(token.id);
    const QHash<QString, QString> earlier =
        existing >= 0 ? m_entries.at(existing).policyNames : QHash<QString, QString>();
    Entry entry{token, QDateTime::currentDateTime(), namesOfPolicies(token, policyNames, earlier), place};
    if (existing > 0) {
        beginMoveRows({}, existing, existing, {}, 0);
        m_entries.move(existing, 0);
        endMoveRows();
    }
    if (existing >= 0) {
        m_entries[0] = entry;
        const QModelIndex first = index(0);
        Q_EMIT dataChanged(first, first);
        return;
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

int SessionTokensModel::updateStates(const QList<EnrollmentToken>& listed, const QString& place)
{
    int first = -1;
    int last = -1;
    int changed = 0;
    for (const EnrollmentToken& token : listed) {
        const int row = token.id.isEmpty() || token.state.isEmpty() ? -1 : rowOf(token.id);
        if (row < 0 || m_entries.at(row).place != place || m_entries.at(row).token.state == token.state)
            continue;
        m_entries[row].token.state = token.state;
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
        ++changed;
    }
    if (changed > 0)
        Q_EMIT dataChanged(index(first), index(last));
    return changed;
}

void SessionTokensModel::addUnlisted(int count)
{
    if (count <= 0)
        return;
    m_unlisted += count;
    Q_EMIT unlistedCountChanged(m_unlisted);
}

QString SessionTokensModel::placeAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).place : QString();
}

EnrollmentToken SessionTokensModel::tokenAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    return m_entries.at(row).token;
}

QHash<QString, QString> SessionTokensModel::policyNamesAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    return m_entries.at(row).policyNames;
}

QHash<QString, QString> SessionTokensModel::policyNames() const
{
    QHash<QString, QString> names;
    // Oldest first, so a newer token's name for the same policy wins.
    for (auto entry = m_entries.crbegin(); entry != m_entries.crend(); ++entry)
        names.insert(entry->policyNames);
    return names;
}

int SessionTokensModel::rowOf(const QString& tokenId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).token.id == tokenId)
            return row;
    }
    return -1;
}

QString SessionTokensModel::summary(const EnrollmentToken& token, const QDateTime& addedAt,
                                    const QLocale& locale)
{
    QStringList parts{platformName(token.platform)};
    const QString who = !token.userEmail.isEmpty() ? token.userEmail : token.displayName;
    if (!who.isEmpty())
        parts << who;
    if (!token.enrollCode.isEmpty())
        parts << token.enrollCode;
    const QDateTime when = token.createdAt.isValid() ? token.createdAt : addedAt;
    if (when.isValid())
        parts << locale.toString(when.toLocalTime().time(), QLocale::ShortFormat);
    return parts.join(QStringLiteral(" · "));
}
