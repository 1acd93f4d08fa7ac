#include "sessiontokensmodel.h"

#include "resultview.h"

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

void SessionTokensModel::add(const EnrollmentToken& token)
{
    Entry entry{token, QDateTime::currentDateTime()};
    const int existing = token.id.isEmpty() ? -1 : rowOf(token.id);
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

EnrollmentToken SessionTokensModel::tokenAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    return m_entries.at(row).token;
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
