#include "serializers.h"

#include "reply.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sandbox {

namespace {

// Links point at a reserved, never-resolving domain: the sandbox must not look like a real service.
const QString kEnrollHost = QStringLiteral("https://enroll.sandbox.enrolldesk.invalid");

QJsonObject mdmUserRef(const Token& token)
{
    return QJsonObject{{QStringLiteral("id"), token.userId}, {QStringLiteral("email"), token.userEmail}};
}

QJsonArray tagsJson(const QStringList& tags)
{
    return QJsonArray::fromStringList(tags);
}

// Fields that are left out when they were not given, as mongoose leaves out undefined ones.
void addOptional(QJsonObject& object, const Token& token)
{
    if (token.settings.displayName)
        object.insert(QStringLiteral("displayName"), *token.settings.displayName);
    if (token.settings.emailText)
        object.insert(QStringLiteral("emailText"), *token.settings.emailText);
    if (token.settings.segmentId)
        object.insert(QStringLiteral("segmentId"), *token.settings.segmentId);
}

QJsonArray assignmentsJson(const Token& token, const Store& store, const QString& type, const QString& idKey,
                           const QString& policyKey)
{
    QJsonArray result;
    for (const Assignment& assignment : token.settings.assignments) {
        QJsonObject item{{QStringLiteral("priority"), assignment.priority}};
        if (!assignment.policyId.isEmpty()) {
            item.insert(idKey, assignment.policyId);
            if (const Policy* policy = store.policy(token.organizationId, type, assignment.policyId)) {
                item.insert(policyKey, QJsonObject{{QStringLiteral("id"), policy->id},
                                                   {QStringLiteral("name"), policy->name}});
            }
        }
        result.append(item);
    }
    return result;
}

const Organization* organizationOf(const Token& token, const Store& store)
{
    return store.organization(token.organizationId);
}

} // namespace

QString windowsEnrollmentLink(const Token& token)
{
    return kEnrollHost + QStringLiteral("/windows?token=") + token.id;
}

QString androidEnrollmentLink(const Token& token)
{
    return kEnrollHost + QStringLiteral("/android?token=") + token.id;
}

QJsonObject windowsTokenJson(const Token& token, const Store& store, const QDateTime& now)
{
    const Organization* organization = organizationOf(token, store);
    const QString expireAt = isoTime(token.expireAt);
    QJsonObject object{
        {QStringLiteral("id"), token.id},
        {QStringLiteral("organizationId"), token.organizationId},
        {QStringLiteral("winEnterpriseId"), organization ? organization->winEnterpriseId : QString()},
        {QStringLiteral("mdmUser"), mdmUserRef(token)},
        {QStringLiteral("tags"), tagsJson(token.settings.tags)},
        {QStringLiteral("state"), token.effectiveState(now)},
        {QStringLiteral("config"), QJsonObject()},
        {QStringLiteral("type"), QStringLiteral("enrollment")},
        {QStringLiteral("subType"), QStringLiteral("standard")},
        {QStringLiteral("createdAt"), isoTime(token.createdAt)},
        {QStringLiteral("updatedAt"), isoTime(token.updatedAt)},
        {QStringLiteral("expireAt"), expireAt},
        {QStringLiteral("enrollmentLink"), windowsEnrollmentLink(token)},
        {QStringLiteral("enrollCode"), token.code},
        {QStringLiteral("winPolicyAssignments"),
         assignmentsJson(token, store, QStringLiteral("windows"), QStringLiteral("winPolicyId"),
                         QStringLiteral("winPolicy"))},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("expirationTimestamp"), expireAt}}},
        {QStringLiteral("sendEmail"), token.settings.sendEmail},
    };
    if (!token.deviceId.isEmpty())
        object.insert(QStringLiteral("winDeviceId"), token.deviceId);
    if (!token.settings.policyId.isEmpty())
        object.insert(QStringLiteral("winPolicyId"), token.settings.policyId);
    addOptional(object, token);
    return object;
}

QJsonObject androidTokenJson(const Token& token, const Store& store, const QDateTime& now,
                             const QString& qrBaseUrl)
{
    const Organization* organization = organizationOf(token, store);
    const QString expireAt = isoTime(token.expireAt);
    const QString state = token.effectiveState(now);
    QJsonObject object{
        {QStringLiteral("id"), token.id},
        {QStringLiteral("organization"), token.organizationId},
        {QStringLiteral("emmEnterprise"), organization ? organization->emmEnterpriseId : QString()},
        {QStringLiteral("emmPolicyAssignments"),
         assignmentsJson(token, store, QStringLiteral("android"), QStringLiteral("emmPolicyId"),
                         QStringLiteral("emmPolicy"))},
        {QStringLiteral("mdmUser"), mdmUserRef(token)},
        {QStringLiteral("tags"), tagsJson(token.settings.tags)},
        {QStringLiteral("status"), state},
        {QStringLiteral("state"), state},
        {QStringLiteral("sendEmail"), token.settings.sendEmail},
        {QStringLiteral("managementMode"), token.settings.managementMode},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("expirationTimestamp"), expireAt},
                                               {QStringLiteral("code"), token.code}}},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("managementMode"), token.settings.managementMode},
                     {QStringLiteral("expirationTimestamp"), expireAt}}},
        {QStringLiteral("type"), QStringLiteral("enrollment")},
        {QStringLiteral("subType"), QStringLiteral("standard")},
        {QStringLiteral("perpetual"), false},
        {QStringLiteral("qrcodeUrl"),
         QString(qrBaseUrl + QStringLiteral("/qr/") + token.id + QStringLiteral(".png"))},
        {QStringLiteral("enrollmentLink"), androidEnrollmentLink(token)},
        {QStringLiteral("createdAt"), isoTime(token.createdAt)},
        {QStringLiteral("updatedAt"), isoTime(token.updatedAt)},
    };
    if (!token.deviceId.isEmpty())
        object.insert(QStringLiteral("emmDevice"), token.deviceId);
    // No policyId: the documented EmmEnrollmentToken has none (the request's primary policy is not
    // echoed), and a client must not count on it.
    addOptional(object, token);
    return object;
}

QByteArray androidProvisioningJson(const Token& token)
{
    // The documented Android Enterprise QR provisioning keys for the Android Device Policy app.
    const QJsonObject extras{
        {QStringLiteral("com.google.android.apps.work.clouddpc.EXTRA_ENROLLMENT_TOKEN"), token.code}};
    const QJsonObject payload{
        {QStringLiteral("android.app.extra.PROVISIONING_DEVICE_ADMIN_COMPONENT_NAME"),
         QStringLiteral("com.google.android.apps.work.clouddpc/.receivers.CloudDeviceAdminReceiver")},
        {QStringLiteral("android.app.extra.PROVISIONING_DEVICE_ADMIN_SIGNATURE_CHECKSUM"),
         QStringLiteral("I5YvS0O5hXY46mb01BlRjq4oJJGs2kuUcHvVkAPEXlg")},
        {QStringLiteral("android.app.extra.PROVISIONING_DEVICE_ADMIN_PACKAGE_DOWNLOAD_LOCATION"),
         QStringLiteral("https://play.google.com/managed/downloadManagingApp?identifier=setup")},
        {QStringLiteral("android.app.extra.PROVISIONING_ADMIN_EXTRAS_BUNDLE"), extras},
    };
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QJsonObject userJson(const MdmUser& user)
{
    return QJsonObject{
        {QStringLiteral("id"), user.id},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("name"), user.name},
        {QStringLiteral("tags"), QJsonArray::fromStringList(user.tags)},
        {QStringLiteral("language"), user.language},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("createdAt"), isoTime(user.createdAt)},
        {QStringLiteral("updatedAt"), isoTime(user.updatedAt)},
    };
}

QJsonObject policyJson(const Policy& policy)
{
    return QJsonObject{
        {QStringLiteral("id"), policy.id},
        {QStringLiteral("type"), policy.type},
        {QStringLiteral("name"), policy.name},
        {QStringLiteral("version"), policy.version},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("devices"), 0},
                                               {QStringLiteral("applications"), 0},
                                               {QStringLiteral("properties"), 0}}},
        {QStringLiteral("targetType"), QStringLiteral("device")},
        {QStringLiteral("createdAt"), isoTime(policy.createdAt)},
        {QStringLiteral("updatedAt"), isoTime(policy.updatedAt)},
    };
}

QJsonObject androidPolicyJson(const Policy& policy)
{
    return QJsonObject{
        {QStringLiteral("id"), policy.id},
        {QStringLiteral("name"), policy.name},
        {QStringLiteral("description"), policy.description},
        {QStringLiteral("version"), QString::number(policy.version)},
        {QStringLiteral("private"), false},
        {QStringLiteral("createdAt"), isoTime(policy.createdAt)},
        {QStringLiteral("updatedAt"), isoTime(policy.updatedAt)},
    };
}

QJsonObject organizationJson(const Organization& organization)
{
    return QJsonObject{
        {QStringLiteral("id"), organization.id},
        {QStringLiteral("name"), organization.name},
        {QStringLiteral("slug"), organization.slug},
    };
}

} // namespace Sandbox
