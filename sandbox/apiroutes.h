#pragma once
// The emulated /v1 endpoints (W1 W2 W3 A1 U1 P1 P2 O1) over the Store, and the QR image route.
// Authentication, faults and latency are the server's job: requests reach here already authenticated.

#include "reply.h"
#include "store.h"
#include "tokenbody.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace Sandbox {

struct ApiRequest
{
    QByteArray method; // GET, POST, ...
    QString path;      // decoded, without the query: /v1/organizations/acme/mdm/users
    QUrlQuery query;
    QByteArray body;
    // As Express's JSON body parser reads it: a body is JSON only when this says so; any other (or
    // none) leaves the body empty, so a create then misses its required fields.
    QByteArray contentType = "application/json";
};

class ApiRoutes
{
public:
    explicit ApiRoutes(Store& store)
        : m_store(store)
    {}

    // http://127.0.0.1:PORT, used for Android tokens' qrcodeUrl.
    void setPublicBaseUrl(const QString& url) { m_publicBaseUrl = url; }

    Reply handle(const ApiRequest& request, const QDateTime& now);
    // GET /qr/<androidTokenId>.png: the PNG QR code of the token's provisioning payload.
    Reply qrImage(const QString& fileName) const;

private:
    Reply listOrganizations(const QUrlQuery& query);
    Reply listUsers(const Organization& organization, const QUrlQuery& query);
    Reply listPolicies(const Organization& organization, const QUrlQuery& query);
    Reply listAndroidPolicies(const Organization& organization, const QUrlQuery& query);
    Reply listWindowsTokens(const Organization& organization, const QUrlQuery& query, const QDateTime& now);
    Reply createWindowsToken(const Organization& organization, const TokenBody& body, const QDateTime& now);
    Reply createWindowsTokens(const Organization& organization, const TokenBody& body, const QDateTime& now);
    Reply createAndroidToken(const Organization& organization, const TokenBody& body, const QDateTime& now);

    // 404 when a referenced policy does not exist in the organization; an empty reply status (0) if all do.
    Reply checkPolicies(const Organization& organization, const TokenSettings& settings,
                        const QString& type) const;

    Store& m_store;
    QString m_publicBaseUrl;
};

} // namespace Sandbox
