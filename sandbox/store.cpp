#include "store.h"

#include "apilimits.h"
#include "seeddata.h"

#include <algorithm>

namespace Sandbox {

namespace {

// 24-hex ids: a 4-hex prefix per kind of entity and a 20-hex counter, so ids are stable across runs.
QString objectId(const char* prefix, qint64 counter)
{
    return QLatin1String(prefix) + QStringLiteral("%1").arg(counter, 20, 16, QLatin1Char('0'));
}

QString emailKey(const QString& organizationId, const QString& email)
{
    return organizationId + u'/' + email.toLower();
}

// A fixed base for the users' and policies' dates: they do not depend on when the sandbox started.
QDateTime seedEpoch()
{
    return QDateTime(QDate(2024, 1, 8), QTime(9, 0), Qt::UTC);
}

} // namespace

QString Token::effectiveState(const QDateTime& now) const
{
    if (state == QLatin1String("PENDING") && expireAt.isValid() && expireAt <= now)
        return QStringLiteral("EXPIRED");
    return state;
}

Store::Store()
{
    reset(QDateTime::currentDateTimeUtc());
}

void Store::reset(const QDateTime& now)
{
    m_organizations.clear();
    m_users.clear();
    m_userIdByEmail.clear();
    m_userIdsByOrg.clear();
    m_policies.clear();
    m_tokens.clear();
    m_tokenIndex.clear();
    m_windowsCounter = 0;
    m_androidCounter = 0;
    seedOrganizations();
    seedUsers();
    seedPolicies();
    seedTokens(now);
}

void Store::seedOrganizations()
{
    m_organizations = {
        {QLatin1String(Seed::kAcmeId), QStringLiteral("Acme Corp"), QLatin1String(Seed::kAcmeSlug),
         QStringLiteral("5f4a00000000000000000001"), QStringLiteral("5f4b00000000000000000001"), true},
        {QLatin1String(Seed::kTinyId), QStringLiteral("Tiny Startup"), QLatin1String(Seed::kTinySlug),
         QStringLiteral("5f4a00000000000000000002"), QStringLiteral("5f4b00000000000000000002"), false},
    };
}

void Store::addUser(MdmUser user)
{
    m_userIdByEmail.insert(emailKey(user.organizationId, user.email), user.id);
    m_userIdsByOrg[user.organizationId].append(user.id);
    m_users.insert(user.id, std::move(user));
}

void Store::seedUsers()
{
    const QStringList languages = Limits::languages();
    const auto& tags = SeedData::userTags();
    const auto seedPeople = [&](const QList<SeedData::Person>& people, const QString& organizationId,
                                const char* idPrefix) {
        for (qsizetype i = 0; i < people.size(); ++i) {
            MdmUser user;
            user.id = objectId(idPrefix, i + 1);
            user.organizationId = organizationId;
            user.email = QLatin1String(people[i].email);
            user.name = QString::fromUtf16(people[i].name);
            user.tags = tags[i % tags.size()];
            user.language = languages[(i * 3) % languages.size()];
            user.createdAt = seedEpoch().addDays(i).addSecs(i * 37 * 60);
            user.updatedAt = user.createdAt.addDays(i % 5);
            addUser(std::move(user));
        }
    };
    seedPeople(SeedData::acmePeople(), QLatin1String(Seed::kAcmeId), "5f2a");
    seedPeople(SeedData::tinyPeople(), QLatin1String(Seed::kTinyId), "5f2b");
    for (QStringList& ids : m_userIdsByOrg) {
        std::sort(ids.begin(), ids.end(),
                  [this](const QString& a, const QString& b) { return m_users[a].email < m_users[b].email; });
    }
}

void Store::seedPolicies()
{
    const auto seed = [this](const QList<SeedData::PolicySeed>& seeds, const QString& organizationId,
                             const char* idPrefix) {
        for (qsizetype i = 0; i < seeds.size(); ++i) {
            Policy policy;
            policy.id = objectId(idPrefix, i + 1);
            policy.organizationId = organizationId;
            policy.type = QLatin1String(seeds[i].type);
            policy.name = QString::fromUtf16(seeds[i].name);
            policy.description = QString::fromUtf16(seeds[i].description);
            policy.version = seeds[i].version;
            policy.createdAt = seedEpoch().addDays(-30 + i);
            policy.updatedAt = policy.createdAt.addDays(7 * policy.version);
            m_policies.append(policy);
        }
    };
    seed(SeedData::acmePolicies(), QLatin1String(Seed::kAcmeId), "5f3c");
    seed(SeedData::tinyPolicies(), QLatin1String(Seed::kTinyId), "5f3d");
}

void Store::seedTokens(const QDateTime& now)
{
    // 30 Windows tokens of Acme, newest first: every 4th is PENDING, DONE, EXPIRED or DELETED; every
    // 5th belongs to the first user by e-mail (so the mdm-user filter covers each state); even ones
    // have a winPolicyId, every 3rd has assignments.
    const QString acme = QLatin1String(Seed::kAcmeId);
    const QList<const MdmUser*> people = users(acme);
    const QList<const Policy*> windowsPolicies = policies(acme, QStringLiteral("windows"));
    const QStringList states = Limits::tokenStates(); // PENDING, DONE, DELETED, EXPIRED
    const qint64 remaining[] = {17 * 3600, 3 * 86400, 12 * 86400, 25 * 86400};
    const QString laptops[] = {QStringLiteral("Surface Laptop"), QStringLiteral("ThinkPad X1"),
                               QStringLiteral("Dell Latitude"), QStringLiteral("HP EliteBook")};
    QList<Token> seeded;
    for (int i = 0; i < 30; ++i) {
        const MdmUser* user = people[i % 5 == 0 ? 0 : (i * 7) % people.size()];
        TokenSettings settings;
        settings.sendEmail = i % 2 == 0;
        settings.displayName = laptops[i % 4] + QStringLiteral(" – ") + user->name.section(u' ', 0, 0);
        settings.tags = i % 3 == 0 ? QStringList{QStringLiteral("laptop")}
                                   : QStringList{QStringLiteral("laptop"), QStringLiteral("onboarding")};
        settings.language = user->language;
        if (i % 2 == 0)
            settings.policyId = windowsPolicies[(i / 2) % windowsPolicies.size()]->id;
        if (i % 3 == 0) {
            settings.assignments = {{windowsPolicies[(i + 1) % windowsPolicies.size()]->id, 10},
                                    {windowsPolicies[(i + 2) % windowsPolicies.size()]->id, 20}};
        }
        if (i % 7 == 0)
            settings.segmentId = 1 + i % 3;

        Token token;
        token.kind = TokenKind::Windows;
        token.organizationId = acme;
        token.userId = user->id;
        token.userEmail = user->email;
        token.createdAt = now.addSecs(-qint64(i + 1) * 7 * 3600 - i * 13 * 60);
        const qint64 elapsed = token.createdAt.secsTo(now);
        token.updatedAt = token.createdAt;
        switch (i % 4) {
        case 0: // PENDING, still valid for a while (some soon, some for weeks)
            token.state = states[0];
            settings.durationSeconds = qMin(elapsed + remaining[(i / 4) % 4], Limits::kMaxDurationSeconds);
            break;
        case 1: // DONE: a device enrolled half an hour later
            token.state = states[1];
            settings.durationSeconds = Limits::kDefaultDurationSeconds;
            token.updatedAt = token.createdAt.addSecs(30 * 60);
            token.deviceId = objectId("5f5e", i + 1);
            break;
        case 2: // EXPIRED, short-lived
            token.state = states[3];
            settings.durationSeconds = 3600 * (1 + i % 5);
            token.updatedAt = token.createdAt.addSecs(settings.durationSeconds);
            break;
        default: // DELETED (revoked two hours after creation)
            token.state = states[2];
            settings.durationSeconds = 7 * 86400;
            token.updatedAt = token.createdAt.addSecs(2 * 3600);
            break;
        }
        token.expireAt = token.createdAt.addSecs(settings.durationSeconds);
        token.settings = settings;
        seeded.append(token);
    }
    // Store oldest first so that creation order and the id counter agree with createdAt.
    for (auto it = seeded.rbegin(); it != seeded.rend(); ++it) {
        it->id = nextTokenId(TokenKind::Windows);
        it->code = nextCode(TokenKind::Windows);
        it->sequence = m_tokens.size();
        m_tokenIndex.insert(it->id, m_tokens.size());
        m_tokens.append(*it);
    }
}

const Organization* Store::organization(const QString& idOrSlug) const
{
    const QString lower = idOrSlug.toLower();
    for (const Organization& organization : m_organizations) {
        if (organization.id == lower || organization.slug == idOrSlug)
            return &organization;
    }
    return nullptr;
}

const MdmUser* Store::user(const QString& organizationId, const QString& userId) const
{
    const auto it = m_users.constFind(userId.toLower());
    if (it == m_users.cend() || it->organizationId != organizationId)
        return nullptr;
    return &*it;
}

const MdmUser* Store::userByEmail(const QString& organizationId, const QString& email) const
{
    const QString id = m_userIdByEmail.value(emailKey(organizationId, email.trimmed()));
    return id.isEmpty() ? nullptr : user(organizationId, id);
}

QList<const MdmUser*> Store::users(const QString& organizationId) const
{
    QList<const MdmUser*> result;
    for (const QString& id : m_userIdsByOrg.value(organizationId))
        result.append(&*m_users.constFind(id));
    return result;
}

const Policy* Store::policy(const QString& organizationId, const QString& type, const QString& policyId) const
{
    const QString lower = policyId.toLower();
    for (const Policy& policy : m_policies) {
        if (policy.id == lower && policy.organizationId == organizationId && policy.type == type)
            return &policy;
    }
    return nullptr;
}

QList<const Policy*> Store::policies(const QString& organizationId, const QString& type) const
{
    QList<const Policy*> result;
    for (const Policy& policy : m_policies) {
        if (policy.organizationId == organizationId && (type.isEmpty() || policy.type == type))
            result.append(&policy);
    }
    return result;
}

QString Store::nextTokenId(TokenKind kind)
{
    if (kind == TokenKind::Windows)
        return objectId("65f0", ++m_windowsCounter);
    return objectId("66a0", ++m_androidCounter);
}

QString Store::nextCode(TokenKind kind) const
{
    // Deterministic and unique per counter: an affine map modulo 36^6 (the multiplier is prime to 36)
    // for the 6-character Windows code; a splitmix64 walk for the 20-letter Android code.
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString code;
    if (kind == TokenKind::Windows) {
        constexpr quint64 kSpace = 36ULL * 36 * 36 * 36 * 36 * 36;
        quint64 value = (quint64(m_windowsCounter) * 2654435761ULL + 12345ULL) % kSpace;
        for (int i = 0; i < 6; ++i) {
            code.prepend(QLatin1Char(kAlphabet[value % 36]));
            value /= 36;
        }
        return code;
    }
    quint64 state = quint64(m_androidCounter) * 0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < 20; ++i) {
        state += 0x9E3779B97F4A7C15ULL;
        quint64 z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        code.append(QLatin1Char(kAlphabet[10 + z % 26]));
    }
    return code;
}

const Token& Store::addToken(TokenKind kind, const Organization& organization, const MdmUser& user,
                             const TokenSettings& settings, const QDateTime& now)
{
    Token token;
    token.kind = kind;
    token.id = nextTokenId(kind);
    token.code = nextCode(kind);
    token.organizationId = organization.id;
    token.userId = user.id;
    token.userEmail = user.email;
    token.settings = settings;
    token.state = QStringLiteral("PENDING");
    token.createdAt = now;
    token.updatedAt = now;
    token.expireAt = now.addSecs(settings.durationSeconds);
    token.sequence = m_tokens.size();
    m_tokenIndex.insert(token.id, m_tokens.size());
    m_tokens.append(std::move(token));
    return m_tokens.constLast();
}

const Token* Store::token(TokenKind kind, const QString& tokenId) const
{
    const auto it = m_tokenIndex.constFind(tokenId.toLower());
    if (it == m_tokenIndex.cend() || m_tokens[*it].kind != kind)
        return nullptr;
    return &m_tokens[*it];
}

QList<const Token*> Store::tokens(TokenKind kind, const QString& organizationId) const
{
    QList<const Token*> result;
    for (const Token& token : m_tokens) {
        if (token.kind == kind && token.organizationId == organizationId)
            result.append(&token);
    }
    return result;
}

} // namespace Sandbox
