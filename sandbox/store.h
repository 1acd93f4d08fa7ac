#pragma once
// The sandbox's data: two organizations, their MDM users and policies, and the enrollment tokens,
// seeded deterministically and kept in memory. Creating a token is O(1): lists sort on demand.

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Sandbox {

struct Organization
{
    QString id;
    QString name;
    QString slug;
    QString winEnterpriseId;
    QString emmEnterpriseId;
    bool tokensAllowed = true; // false: the plan lacks MDM tokens (5050)
};

struct MdmUser
{
    QString id;
    QString organizationId;
    QString email;
    QString name;
    QStringList tags;
    QString language;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Policy
{
    QString id;
    QString organizationId;
    QString type; // windows | android | apple
    QString name;
    QString description;
    int version = 1;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Assignment
{
    QString policyId; // may be empty for Windows (documented as optional)
    int priority = 0;
};

// The validated settings every creation shares (W1, W2, A1).
struct TokenSettings
{
    bool sendEmail = false;
    std::optional<QString> displayName;
    QStringList tags;
    qint64 durationSeconds = 0;
    QString language;
    std::optional<QString> emailText;
    QString policyId; // winPolicyId or policyId; empty when not given
    QList<Assignment> assignments;
    std::optional<qint64> segmentId;
    QString managementMode; // Android only
};

enum class TokenKind { Windows, Android };

struct Token
{
    TokenKind kind = TokenKind::Windows;
    QString id;
    QString organizationId;
    QString userId;
    QString userEmail;
    TokenSettings settings;
    QString state; // stored state; PENDING past expireAt is reported as EXPIRED
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expireAt;
    QString code;        // Windows enrollCode (6 characters) or Android config.code
    QString deviceId;    // set for DONE tokens
    qint64 sequence = 0; // creation order, breaks createdAt ties

    QString effectiveState(const QDateTime& now) const;
};

class Store
{
public:
    Store();
    // Restores the seed; tokens' times are relative to `now` so PENDING ones are still valid.
    void reset(const QDateTime& now);

    const QList<Organization>& organizations() const { return m_organizations; }
    // By 24-hex id (any case) or slug.
    const Organization* organization(const QString& idOrSlug) const;

    const MdmUser* user(const QString& organizationId, const QString& userId) const;
    const MdmUser* userByEmail(const QString& organizationId, const QString& email) const;
    // Sorted by e-mail.
    QList<const MdmUser*> users(const QString& organizationId) const;

    const Policy* policy(const QString& organizationId, const QString& type, const QString& policyId) const;
    // All types when `type` is empty; in seed order.
    QList<const Policy*> policies(const QString& organizationId, const QString& type = {}) const;

    const Token& addToken(TokenKind kind, const Organization& organization, const MdmUser& user,
                          const TokenSettings& settings, const QDateTime& now);
    const Token* token(TokenKind kind, const QString& tokenId) const;
    // Every token of one kind and organization, in creation order.
    QList<const Token*> tokens(TokenKind kind, const QString& organizationId) const;

private:
    void seedOrganizations();
    void seedUsers();
    void seedPolicies();
    void seedTokens(const QDateTime& now);
    void addUser(MdmUser user);
    QString nextTokenId(TokenKind kind);
    QString nextCode(TokenKind kind) const;

    QList<Organization> m_organizations;
    QHash<QString, MdmUser> m_users;            // by id
    QHash<QString, QString> m_userIdByEmail;    // "orgId/lower-case e-mail" -> id
    QHash<QString, QStringList> m_userIdsByOrg; // sorted by e-mail
    QList<Policy> m_policies;
    QList<Token> m_tokens;                  // creation order, all kinds and organizations
    QHash<QString, qsizetype> m_tokenIndex; // id -> index in m_tokens
    qint64 m_windowsCounter = 0;
    qint64 m_androidCounter = 0;
};

// The seed's well-known facts, also used by the tests' harness.
namespace Seed {
inline constexpr const char* kAcmeId = "5f1e0c2a9b3d4e6f7a8b9c0d";
inline constexpr const char* kAcmeSlug = "acme";
inline constexpr const char* kTinyId = "5f1e0c2a9b3d4e6f7a8b9c0e";
inline constexpr const char* kTinySlug = "tiny";
} // namespace Seed

} // namespace Sandbox
