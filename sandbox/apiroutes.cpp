#include "apiroutes.h"

#include "apilimits.h"
#include "qrcode.h"
#include "queryparams.h"
#include "serializers.h"
#include "tokenbody.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>

namespace Sandbox {

namespace {

const QStringList kSegmentKeys{QStringLiteral("segmentId"), QStringLiteral("expandTo")};

QStringList allowedKeys(std::initializer_list<const char*> keys, bool segmentScoped)
{
    QStringList result{QStringLiteral("page"), QStringLiteral("limit"), QStringLiteral("sort")};
    for (const char* key : keys)
        result.append(QLatin1String(key));
    if (segmentScoped)
        result += kSegmentKeys;
    return result;
}

// The first non-empty message of a list of checks.
QString firstError(std::initializer_list<QString> errors)
{
    for (const QString& error : errors) {
        if (!error.isEmpty())
            return error;
    }
    return {};
}

// Sorts `items` by a string key, ties broken by the original order (stable sort).
template <typename T>
void sortBy(QList<const T*>& items, const std::function<QString(const T&)>& key, bool descending)
{
    std::stable_sort(items.begin(), items.end(), [&](const T* a, const T* b) {
        const int order = QString::compare(key(*a), key(*b));
        return descending ? order > 0 : order < 0;
    });
}

template <typename T>
Reply pageOf(QList<const T*> items, const PageRequest& page,
             const std::function<QJsonObject(const T&)>& toJson)
{
    QJsonArray array;
    for (const T* item : pageSlice(items, page.page, page.limit))
        array.append(toJson(*item));
    return Reply::ok(paginated(array, int(items.size()), page.page, page.limit));
}

bool containsText(const QString& haystack, const QString& needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

} // namespace

Reply ApiRoutes::handle(const ApiRequest& request, const QDateTime& now)
{
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts); // tolerates a trailing slash
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (parts.size() < 2 || parts[0] != QLatin1String("v1") || parts[1] != QLatin1String("organizations"))
        return Reply::notFound();
    if (parts.size() == 2)
        return get ? listOrganizations(request.query) : Reply::notFound();

    const QString organizationKey = parts[2];
    const QStringList rest = parts.mid(3);
    const auto is = [&rest](std::initializer_list<const char*> expected) {
        if (rest.size() != qsizetype(expected.size()))
            return false;
        qsizetype i = 0;
        for (const char* part : expected) {
            if (rest[i++] != QLatin1String(part))
                return false;
        }
        return true;
    };
    enum class Route { None, Users, Policies, AndroidPolicies, WindowsTokens, WindowsBulk, AndroidTokens };
    Route route = Route::None;
    if (get && is({"mdm", "users"}))
        route = Route::Users;
    else if (get && is({"mdm", "policies"}))
        route = Route::Policies;
    else if (get && is({"mdm", "android", "enterprise", "policies"}))
        route = Route::AndroidPolicies;
    else if ((get || post) && is({"mdm", "windows", "enterprise", "enrollment-tokens"}))
        route = Route::WindowsTokens;
    else if (post && is({"mdm", "windows", "enterprise", "enrollment-tokens", "bulk"}))
        route = Route::WindowsBulk;
    else if (post && is({"mdm", "android", "enterprise", "enrollment-tokens"}))
        route = Route::AndroidTokens;
    if (route == Route::None)
        return Reply::notFound();

    if (!Limits::isOrganizationId(organizationKey)) {
        return Reply::validation(QStringLiteral("\"organizationId\" with value \"") + organizationKey +
                                 QStringLiteral("\" fails to match the required pattern: "
                                                "/^(([a-fA-F0-9]{24})|([a-zA-Z0-9\\-]{3,}))$/"));
    }

    // Creations validate the body (Joi middleware) before the organization is looked up.
    const bool creates = post;
    TokenBody body;
    if (creates) {
        const TokenEndpoint endpoint = route == Route::WindowsBulk     ? TokenEndpoint::WindowsBulk
                                       : route == Route::AndroidTokens ? TokenEndpoint::Android
                                                                       : TokenEndpoint::WindowsSingle;
        const bool json = request.contentType.split(';').first().trimmed().toLower() == "application/json";
        body = parseTokenBody(json ? request.body : QByteArray(), endpoint);
        if (!body.isValid())
            return Reply::validation(body.error);
    }

    const Organization* organization = m_store.organization(organizationKey);
    if (!organization)
        return Reply::notFound();
    if (creates && !organization->tokensAllowed)
        return Reply::featureNotAllowed();

    switch (route) {
    case Route::Users:
        return listUsers(*organization, request.query);
    case Route::Policies:
        return listPolicies(*organization, request.query);
    case Route::AndroidPolicies:
        return listAndroidPolicies(*organization, request.query);
    case Route::WindowsTokens:
        return post ? createWindowsToken(*organization, body, now)
                    : listWindowsTokens(*organization, request.query, now);
    case Route::WindowsBulk:
        return createWindowsTokens(*organization, body, now);
    case Route::AndroidTokens:
        return createAndroidToken(*organization, body, now);
    case Route::None:
        break;
    }
    return Reply::notFound();
}

Reply ApiRoutes::listOrganizations(const QUrlQuery& query)
{
    const QueryParams params(query);
    const PageRequest page =
        parsePageRequest(params.value(QStringLiteral("page")), params.value(QStringLiteral("limit")));
    const SortSpec sort = parseSort(params.value(QStringLiteral("sort")), QStringLiteral("name"), false);
    const QString error =
        firstError({params.unknownKey(allowedKeys({"name", "slug"}, false)), page.error, sort.error,
                    params.checkLength(QStringLiteral("name"), Limits::kMaxTextLength),
                    params.checkLength(QStringLiteral("slug"), Limits::kMaxTextLength)});
    if (!error.isEmpty())
        return Reply::validation(error);
    QList<const Organization*> items;
    for (const Organization& organization : m_store.organizations()) {
        if (params.has(QStringLiteral("name")) &&
            !containsText(organization.name, params.value(QStringLiteral("name"))))
            continue;
        if (params.has(QStringLiteral("slug")) && organization.slug != params.value(QStringLiteral("slug")))
            continue;
        items.append(&organization);
    }
    const std::function<QString(const Organization&)> key = [&sort](const Organization& o) {
        return sort.field == QLatin1String("slug") ? o.slug
               : sort.field == QLatin1String("id") ? o.id
                                                   : o.name;
    };
    sortBy(items, key, sort.descending);
    return pageOf<Organization>(items, page, organizationJson);
}

Reply ApiRoutes::listUsers(const Organization& organization, const QUrlQuery& query)
{
    const QueryParams params(query);
    const PageRequest page =
        parsePageRequest(params.value(QStringLiteral("page")), params.value(QStringLiteral("limit")));
    const SortSpec sort = parseSort(params.value(QStringLiteral("sort")), QStringLiteral("email"), false);
    const QString error =
        firstError({params.unknownKey(allowedKeys({"search", "email", "name", "tags"}, true)), page.error,
                    sort.error, params.checkLength(QStringLiteral("search"), Limits::kMaxTextLength),
                    params.checkLength(QStringLiteral("email"), Limits::kMaxEmailLength),
                    params.checkLength(QStringLiteral("name"), Limits::kMaxTextLength)});
    if (!error.isEmpty())
        return Reply::validation(error);

    const QString search = params.value(QStringLiteral("search"));
    const QString email = params.value(QStringLiteral("email"));
    const QString name = params.value(QStringLiteral("name"));
    const QStringList tags = params.values(QStringLiteral("tags"));
    QList<const MdmUser*> items;
    for (const MdmUser* user : m_store.users(organization.id)) {
        if (!search.isEmpty() && !containsText(user->email, search) && !containsText(user->name, search))
            continue;
        if (!email.isEmpty() && user->email.compare(email, Qt::CaseInsensitive) != 0)
            continue;
        if (!name.isEmpty() && !containsText(user->name, name))
            continue;
        if (!tags.isEmpty() && std::none_of(tags.cbegin(), tags.cend(),
                                            [user](const QString& tag) { return user->tags.contains(tag); }))
            continue;
        items.append(user);
    }
    const std::function<QString(const MdmUser&)> key = [&sort](const MdmUser& u) {
        if (sort.field == QLatin1String("name"))
            return u.name;
        if (sort.field == QLatin1String("createdAt"))
            return isoTime(u.createdAt);
        if (sort.field == QLatin1String("updatedAt"))
            return isoTime(u.updatedAt);
        return u.email;
    };
    sortBy(items, key, sort.descending);
    return pageOf<MdmUser>(items, page, userJson);
}

Reply ApiRoutes::listPolicies(const Organization& organization, const QUrlQuery& query)
{
    const QueryParams params(query);
    const PageRequest page =
        parsePageRequest(params.value(QStringLiteral("page")), params.value(QStringLiteral("limit")));
    const SortSpec sort = parseSort(params.value(QStringLiteral("sort")), QStringLiteral("createdAt"), false);
    const QString type = params.value(QStringLiteral("type"));
    const QStringList types{QStringLiteral("android"), QStringLiteral("apple"), QStringLiteral("windows")};
    QString error = firstError({params.unknownKey(allowedKeys({"type", "name", "policyId", "search"}, true)),
                                page.error, sort.error, params.checkObjectId(QStringLiteral("policyId")),
                                params.checkLength(QStringLiteral("name"), 256),
                                params.checkLength(QStringLiteral("search"), 256)});
    if (error.isEmpty() && !type.isNull() && !types.contains(type))
        error = QStringLiteral("\"type\" must be one of [android, apple, windows]");
    if (!error.isEmpty())
        return Reply::validation(error);

    const QString name = params.value(QStringLiteral("name"));
    const QString search = params.value(QStringLiteral("search"));
    const QString policyId = params.value(QStringLiteral("policyId")).toLower();
    QList<const Policy*> items;
    for (const Policy* policy : m_store.policies(organization.id, type)) {
        if (!name.isEmpty() && !containsText(policy->name, name))
            continue;
        if (!search.isEmpty() && !containsText(policy->name, search))
            continue;
        if (!policyId.isEmpty() && policy->id != policyId)
            continue;
        items.append(policy);
    }
    const std::function<QString(const Policy&)> key = [&sort](const Policy& p) {
        return sort.field == QLatin1String("name") ? p.name : isoTime(p.createdAt);
    };
    sortBy(items, key, sort.descending);
    return pageOf<Policy>(items, page, policyJson);
}

Reply ApiRoutes::listAndroidPolicies(const Organization& organization, const QUrlQuery& query)
{
    const QueryParams params(query);
    const PageRequest page =
        parsePageRequest(params.value(QStringLiteral("page")), params.value(QStringLiteral("limit")));
    const SortSpec sort = parseSort(params.value(QStringLiteral("sort")), QStringLiteral("createdAt"), false);
    const QString error = firstError({params.unknownKey(allowedKeys({"name", "search"}, true)), page.error,
                                      sort.error, params.checkLength(QStringLiteral("search"), 256)});
    if (!error.isEmpty())
        return Reply::validation(error);
    const QString search = params.value(QStringLiteral("search"));
    const QString name = params.value(QStringLiteral("name"));
    QList<const Policy*> items;
    for (const Policy* policy : m_store.policies(organization.id, QStringLiteral("android"))) {
        if ((!search.isEmpty() && !containsText(policy->name, search)) ||
            (!name.isEmpty() && !containsText(policy->name, name)))
            continue;
        items.append(policy);
    }
    const std::function<QString(const Policy&)> key = [&sort](const Policy& p) {
        return sort.field == QLatin1String("name") ? p.name : isoTime(p.createdAt);
    };
    sortBy(items, key, sort.descending);
    return pageOf<Policy>(items, page, androidPolicyJson);
}

Reply ApiRoutes::listWindowsTokens(const Organization& organization, const QUrlQuery& query,
                                   const QDateTime& now)
{
    const QueryParams params(query);
    const PageRequest page =
        parsePageRequest(params.value(QStringLiteral("page")), params.value(QStringLiteral("limit")));
    const SortSpec sort = parseSort(params.value(QStringLiteral("sort")), QStringLiteral("createdAt"), true);
    bool showDeleted = false;
    const QString error =
        firstError({params.unknownKey(allowedKeys({"mdm-user", "win-policy", "show-deleted"}, true)),
                    page.error, sort.error, params.checkObjectId(QStringLiteral("mdm-user")),
                    params.checkObjectId(QStringLiteral("win-policy")),
                    params.readBoolean(QStringLiteral("show-deleted"), &showDeleted)});
    if (!error.isEmpty())
        return Reply::validation(error);

    const QString userId = params.value(QStringLiteral("mdm-user")).toLower();
    const QString policyId = params.value(QStringLiteral("win-policy")).toLower();
    QList<const Token*> items;
    for (const Token* token : m_store.tokens(TokenKind::Windows, organization.id)) {
        if (!showDeleted && token->state == QLatin1String("DELETED"))
            continue;
        if (!userId.isEmpty() && token->userId != userId)
            continue;
        if (!policyId.isEmpty() && token->settings.policyId != policyId &&
            std::none_of(token->settings.assignments.cbegin(), token->settings.assignments.cend(),
                         [&policyId](const Assignment& a) { return a.policyId == policyId; }))
            continue;
        items.append(token);
    }
    // Timestamps compare as their ISO strings; ties (same millisecond) go by creation order.
    const QString field = sort.field;
    std::sort(items.begin(), items.end(), [&](const Token* a, const Token* b) {
        int order = 0;
        if (field == QLatin1String("updatedAt"))
            order = a->updatedAt < b->updatedAt ? -1 : (b->updatedAt < a->updatedAt ? 1 : 0);
        else if (field == QLatin1String("expireAt"))
            order = a->expireAt < b->expireAt ? -1 : (b->expireAt < a->expireAt ? 1 : 0);
        else if (field == QLatin1String("displayName"))
            order = QString::compare(a->settings.displayName.value_or(QString()),
                                     b->settings.displayName.value_or(QString()));
        else if (field == QLatin1String("state"))
            order = QString::compare(a->effectiveState(now), b->effectiveState(now));
        else
            order = a->createdAt < b->createdAt ? -1 : (b->createdAt < a->createdAt ? 1 : 0);
        if (order == 0)
            order = a->sequence < b->sequence ? -1 : (a->sequence > b->sequence ? 1 : 0);
        return sort.descending ? order > 0 : order < 0;
    });
    const std::function<QJsonObject(const Token&)> toJson = [this, &now](const Token& token) {
        return windowsTokenJson(token, m_store, now);
    };
    return pageOf<Token>(items, page, toJson);
}

Reply ApiRoutes::checkPolicies(const Organization& organization, const TokenSettings& settings,
                               const QString& type) const
{
    if (!settings.policyId.isEmpty() && !m_store.policy(organization.id, type, settings.policyId))
        return Reply::notFound();
    for (const Assignment& assignment : settings.assignments) {
        if (!assignment.policyId.isEmpty() && !m_store.policy(organization.id, type, assignment.policyId))
            return Reply::notFound();
    }
    return Reply{0, {}, {}};
}

Reply ApiRoutes::createWindowsToken(const Organization& organization, const TokenBody& parsed,
                                    const QDateTime& now)
{
    const MdmUser* user = m_store.user(organization.id, parsed.mdmUserId);
    if (!user)
        return Reply::notFound();
    const Reply policies = checkPolicies(organization, parsed.settings, QStringLiteral("windows"));
    if (policies.status != 0)
        return policies;
    const Token& token = m_store.addToken(TokenKind::Windows, organization, *user, parsed.settings, now);
    return Reply::ok(windowsTokenJson(token, m_store, now));
}

Reply ApiRoutes::createWindowsTokens(const Organization& organization, const TokenBody& parsed,
                                     const QDateTime& now)
{
    const Reply policies = checkPolicies(organization, parsed.settings, QStringLiteral("windows"));
    if (policies.status != 0)
        return policies;
    // Unknown or malformed addresses count as failures; the API reports counts only.
    int success = 0;
    for (const QString& email : parsed.userEmails) {
        const QString address = email.trimmed();
        const MdmUser* user =
            Limits::isEmail(address) ? m_store.userByEmail(organization.id, address) : nullptr;
        if (!user)
            continue;
        m_store.addToken(TokenKind::Windows, organization, *user, parsed.settings, now);
        ++success;
    }
    const int total = int(parsed.userEmails.size());
    return Reply::ok(QJsonObject{{QStringLiteral("total"), total},
                                 {QStringLiteral("success"), success},
                                 {QStringLiteral("fail"), total - success}});
}

Reply ApiRoutes::createAndroidToken(const Organization& organization, const TokenBody& parsed,
                                    const QDateTime& now)
{
    const MdmUser* user = m_store.user(organization.id, parsed.mdmUserId);
    if (!user)
        return Reply::notFound();
    const Reply policies = checkPolicies(organization, parsed.settings, QStringLiteral("android"));
    if (policies.status != 0)
        return policies;
    const Token& token = m_store.addToken(TokenKind::Android, organization, *user, parsed.settings, now);
    return Reply::ok(androidTokenJson(token, m_store, now, m_publicBaseUrl));
}

Reply ApiRoutes::qrImage(const QString& fileName) const
{
    if (!fileName.endsWith(QLatin1String(".png")))
        return Reply::notFound();
    const Token* token = m_store.token(TokenKind::Android, fileName.chopped(4));
    if (!token)
        return Reply::notFound();
    const std::optional<QrCode> qr = QrCode::encode(QString::fromUtf8(androidProvisioningJson(*token)));
    if (!qr)
        return Reply::error(500, 0, QStringLiteral("The provisioning payload does not fit a QR code"));
    return Reply::raw(200, "image/png", qr->toPng());
}

} // namespace Sandbox
