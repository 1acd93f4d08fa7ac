#pragma once
// Typed requests and results of the enrollment API. Plain values: no Qt object, no network.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

enum class Platform { Windows, Android };

QString platformName(Platform platform); // "Windows", "Android" (not translated: product names)

struct PolicyAssignment
{
    QString policyId; // winPolicyId (Windows) or emmPolicyId (Android)
    int priority = 0;
    bool operator==(const PolicyAssignment&) const = default;
};

// The settings every creation shares (W1, W2, A1). Unset optionals are omitted from the body.
struct TokenSettings
{
    bool sendEmail = false; // required by the API: always sent
    QString displayName;
    QStringList tags;
    std::optional<qint64> durationSeconds;
    QString language;
    QString emailText;
    QString policyId; // winPolicyId (Windows) or policyId (Android)
    QList<PolicyAssignment> assignments;
    std::optional<qint64> segmentId;
    bool operator==(const TokenSettings&) const = default;
};

struct WindowsTokenRequest
{
    QString mdmUserId;
    TokenSettings settings;
};

struct WindowsBulkRequest
{
    QStringList userEmails;
    TokenSettings settings;
};

struct AndroidTokenRequest
{
    QString mdmUserId;
    QString managementMode; // DEVICE_OWNER | PROFILE_OWNER | COPE | USERLESS
    TokenSettings settings;
};

struct AssignedPolicy
{
    QString policyId;
    QString policyName; // empty when the API did not expand the policy
    int priority = 0;
};

// A Windows (WinEnrollmentToken) or Android (EmmEnrollmentToken) token, normalised.
struct EnrollmentToken
{
    Platform platform = Platform::Windows;
    QString id;
    QString organizationId;
    QString userId;
    QString userEmail;
    QString displayName;
    QStringList tags;
    QString state; // PENDING | DONE | DELETED | EXPIRED (Android: `state`, else `status`)
    QString type;
    QString subType;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expireAt; // Windows expireAt / summary.expirationTimestamp; Android config/summary
    QString enrollmentLink;
    QString enrollCode; // Windows enrollCode; Android config.code
    QString qrcodeUrl;  // Android only
    QString managementMode;
    QString policyId;
    QList<AssignedPolicy> assignments;
    bool sendEmail = false;
    QString emailText;
    std::optional<qint64> segmentId;
    bool perpetual = false;
    QJsonObject raw; // the `data` object as received, for --json and support
};

struct BulkResult
{
    int total = 0;
    int success = 0;
    int fail = 0;
    QJsonObject raw;
};

struct MdmUser
{
    QString id;
    QString email;
    QString name;
    QStringList tags;
    QString language;
};

struct Policy
{
    QString id;
    QString name;
    QString type; // android | apple | windows (P1); "android" for P2
};

struct Organization
{
    QString id;
    QString name;
    QString slug;
};

// The mongoose-paginate block of list responses.
template <typename T> struct Page
{
    QList<T> items;
    int totalDocs = 0;
    int limit = 0;
    int page = 1;
    bool pageStated = true; // false: the answer left the page number out (or gave the sample's 0)
    int totalPages = 0;
    bool hasPrevPage = false;
    bool hasNextPage = false;
};

struct TokenListQuery
{
    QString mdmUserId; // mdm-user filter
    QString policyId;  // win-policy filter
    bool showDeleted = false;
    int page = 1;
    int limit = 20;
    QString sort; // e.g. createdAt:desc
};

struct UserSearchQuery
{
    QString text; // `search`
    int page = 1;
    int limit = 20;
};
