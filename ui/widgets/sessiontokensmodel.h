#pragma once
// The tokens created in this session, on any platform, newest first. The main window lists them so
// every link and code stays reachable until the console closes. Kept in memory only. Each token keeps the
// names of its policies as the page that created it knew them, so no other page has to ask for them again.

#include "types.h"

struct Profile;

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QUrl>

class SessionTokensModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        PlatformRole = Qt::UserRole + 1, // Platform
        TokenRole,                       // EnrollmentToken
        TokenIdRole,                     // QString
        EnrollCodeRole,                  // QString
        EnrollmentLinkRole,              // QString
    };
    Q_ENUM(Role)

    explicit SessionTokensModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Where a token was created: its server (scheme, host, port) and the organization as the profile
    // names it. The Tokens page lists the session tokens of the place it lists.
    static QString placeOf(const QUrl& server, const QString& organization);
    static QString placeOf(const Profile& profile);
    // The two parts of a place placeOf() made: the server's origin and the organization.
    struct PlaceParts
    {
        QString server;
        QString organization;
    };
    static PlaceParts partsOf(const QString& place);

    // Puts the token first. A token already listed (same id) is updated and moved to the top.
    // policyNames (policy id -> name) may hold more policies: only those the token refers to are kept; a
    // name given before for a policy the updated token still refers to stays unless given again.
    void add(const EnrollmentToken& token, const QString& place,
             const QHash<QString, QString>& policyNames = {});
    // The states the server's list gives tokens of this session created at `place` (a page of the Tokens
    // page): the copies kept here, which the list's first page shows in its session group, are not left
    // at the state they were created in. One dataChanged for all; how many changed.
    int updateStates(const QList<EnrollmentToken>& listed, const QString& place);
    // A default token for a row out of range.
    EnrollmentToken tokenAt(int row) const;
    // The place (placeOf()) the token in this row was created in; empty for a row out of range.
    QString placeAt(int row) const;
    // Policy id -> name for the token in this row (empty for a row out of range).
    QHash<QString, QString> policyNamesAt(int row) const;
    // Policy id -> name for every token listed.
    QHash<QString, QString> policyNames() const;
    // The row of the token with this id, or -1.
    int rowOf(const QString& tokenId) const;
    int count() const { return int(m_entries.size()); }
    // Tokens created by bulk runs: the API answers those with counts only, so they have no rows here.
    void addUnlisted(int count);
    int unlistedCount() const { return m_unlisted; }

    // "Windows · ana.smith@example.com · ABC123 · 14:05" in the given locale.
    static QString summary(const EnrollmentToken& token, const QDateTime& addedAt, const QLocale& locale);

Q_SIGNALS:
    void unlistedCountChanged(int count);

private:
    struct Entry
    {
        EnrollmentToken token;
        QDateTime addedAt;                   // when the token has no createdAt
        QHash<QString, QString> policyNames; // of the token's own policies
        QString place;
    };
    QList<Entry> m_entries;
    int m_unlisted = 0;
};
