#include "jsoncodec.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace JsonCodec {

namespace {

QJsonArray toArray(const QStringList& list)
{
    QJsonArray array;
    for (const QString& item : list)
        array.append(item);
    return array;
}

// The fields every creation shares. Unset optionals are omitted: the API applies its own defaults.
void writeSettings(QJsonObject& body, const TokenSettings& settings, Platform platform)
{
    const bool windows = platform == Platform::Windows;
    body.insert(QStringLiteral("sendEmail"), settings.sendEmail);
    if (!settings.displayName.isEmpty())
        body.insert(QStringLiteral("displayName"), settings.displayName);
    if (!settings.tags.isEmpty())
        body.insert(QStringLiteral("tags"), toArray(settings.tags));
    if (settings.durationSeconds)
        body.insert(QStringLiteral("duration"), double(*settings.durationSeconds));
    if (!settings.language.isEmpty())
        body.insert(QStringLiteral("language"), settings.language);
    // The text only means something when an e-mail goes out.
    if (settings.sendEmail && !settings.emailText.isEmpty())
        body.insert(QStringLiteral("emailText"), settings.emailText);
    if (!settings.policyId.isEmpty())
        body.insert(windows ? QStringLiteral("winPolicyId") : QStringLiteral("policyId"), settings.policyId);
    if (!settings.assignments.isEmpty()) {
        const QString idField = windows ? QStringLiteral("winPolicyId") : QStringLiteral("emmPolicyId");
        QJsonArray assignments;
        for (const PolicyAssignment& assignment : settings.assignments)
            assignments.append(QJsonObject{{idField, assignment.policyId},
                                           {QStringLiteral("priority"), assignment.priority}});
        body.insert(windows ? QStringLiteral("winPolicyAssignments") : QStringLiteral("emmPolicyAssignments"),
                    assignments);
    }
    if (settings.segmentId)
        body.insert(QStringLiteral("segmentId"), double(*settings.segmentId));
}

QString string(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    // The shortest text that reads back as the same number: 0.1, not 0.10000000000000001.
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return {};
}

// A count, a priority or a page number: an int, or nothing when the value is out of an int's range.
std::optional<int> parseInt(const QJsonValue& value)
{
    const std::optional<qint64> number = parseInteger(value);
    if (!number || *number < std::numeric_limits<int>::min() || *number > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*number);
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        if (item.isString())
            list << item.toString();
    }
    return list;
}

// A reference that may be an id string or an expanded object {id, name}.
QString idOf(const QJsonValue& value)
{
    if (value.isObject())
        return value.toObject().value(QLatin1StringView("id")).toString();
    return value.toString();
}

QList<AssignedPolicy> assignmentsFrom(const QJsonValue& value, QLatin1StringView idKey,
                                      QLatin1StringView policyKey)
{
    QList<AssignedPolicy> result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        const QJsonObject object = item.toObject();
        AssignedPolicy assigned;
        assigned.policyId = object.value(idKey).toString();
        const QJsonValue policy = object.value(policyKey);
        if (policy.isObject()) {
            assigned.policyName = policy.toObject().value(QLatin1StringView("name")).toString();
            if (assigned.policyId.isEmpty())
                assigned.policyId = policy.toObject().value(QLatin1StringView("id")).toString();
        }
        assigned.priority = parseInt(object.value(QLatin1StringView("priority"))).value_or(0);
        result << assigned;
    }
    std::stable_sort(result.begin(), result.end(), [](const AssignedPolicy& a, const AssignedPolicy& b) {
        return a.priority < b.priority;
    });
    return result;
}

void readCommon(EnrollmentToken& token, const QJsonObject& data)
{
    token.raw = data;
    token.id = string(data, QLatin1StringView("id"));
    const QJsonObject user = data.value(QLatin1StringView("mdmUser")).toObject();
    token.userId = user.value(QLatin1StringView("id")).toString();
    token.userEmail = user.value(QLatin1StringView("email")).toString();
    // Android types displayName as "any": accept a number too.
    token.displayName = string(data, QLatin1StringView("displayName"));
    token.tags = stringList(data.value(QLatin1StringView("tags")));
    token.type = string(data, QLatin1StringView("type"));
    token.subType = string(data, QLatin1StringView("subType"));
    token.createdAt = parseTimestamp(data.value(QLatin1StringView("createdAt")));
    token.updatedAt = parseTimestamp(data.value(QLatin1StringView("updatedAt")));
    token.enrollmentLink = string(data, QLatin1StringView("enrollmentLink"));
    token.sendEmail = data.value(QLatin1StringView("sendEmail")).toBool();
    token.emailText = string(data, QLatin1StringView("emailText"));
    token.segmentId = parseInteger(data.value(QLatin1StringView("segmentId")));
}

QDateTime firstTimestamp(std::initializer_list<QJsonValue> candidates)
{
    for (const QJsonValue& value : candidates) {
        const QDateTime parsed = parseTimestamp(value);
        if (parsed.isValid())
            return parsed;
    }
    return {};
}

} // namespace

QJsonObject toJson(const WindowsTokenRequest& request)
{
    QJsonObject body;
    body.insert(QStringLiteral("mdmUserId"), request.mdmUserId);
    writeSettings(body, request.settings, Platform::Windows);
    return body;
}

QJsonObject toJson(const WindowsBulkRequest& request)
{
    QJsonObject body;
    body.insert(QStringLiteral("userEmails"), toArray(request.userEmails));
    writeSettings(body, request.settings, Platform::Windows);
    return body;
}

QJsonObject toJson(const AndroidTokenRequest& request)
{
    QJsonObject body;
    body.insert(QStringLiteral("mdmUserId"), request.mdmUserId);
    body.insert(QStringLiteral("managementMode"), request.managementMode);
    writeSettings(body, request.settings, Platform::Android);
    return body;
}

EnrollmentToken windowsTokenFromJson(const QJsonObject& data)
{
    EnrollmentToken token;
    token.platform = Platform::Windows;
    readCommon(token, data);
    token.organizationId = string(data, QLatin1StringView("organizationId"));
    token.state = string(data, QLatin1StringView("state"));
    token.enrollCode = string(data, QLatin1StringView("enrollCode"));
    token.policyId = idOf(data.value(QLatin1StringView("winPolicyId")));
    token.assignments = assignmentsFrom(data.value(QLatin1StringView("winPolicyAssignments")),
                                        QLatin1StringView("winPolicyId"), QLatin1StringView("winPolicy"));
    const QJsonObject summary = data.value(QLatin1StringView("summary")).toObject();
    token.expireAt = firstTimestamp(
        {data.value(QLatin1StringView("expireAt")), summary.value(QLatin1StringView("expirationTimestamp"))});
    return token;
}

EnrollmentToken androidTokenFromJson(const QJsonObject& data)
{
    EnrollmentToken token;
    token.platform = Platform::Android;
    readCommon(token, data);
    token.organizationId = idOf(data.value(QLatin1StringView("organization")));
    // The A1 reference calls `status` the current lifecycle state and `state` the legacy field kept for
    // older API versions: read status, fall back to state.
    token.state = string(data, QLatin1StringView("status"));
    if (token.state.isEmpty())
        token.state = string(data, QLatin1StringView("state"));
    const QJsonObject config = data.value(QLatin1StringView("config")).toObject();
    const QJsonObject summary = data.value(QLatin1StringView("summary")).toObject();
    token.enrollCode = string(config, QLatin1StringView("code"));
    token.qrcodeUrl = string(data, QLatin1StringView("qrcodeUrl"));
    token.managementMode = string(data, QLatin1StringView("managementMode"));
    if (token.managementMode.isEmpty())
        token.managementMode = string(summary, QLatin1StringView("managementMode"));
    token.perpetual = data.value(QLatin1StringView("perpetual")).toBool();
    token.policyId = idOf(data.value(QLatin1StringView("policyId")));
    token.assignments = assignmentsFrom(data.value(QLatin1StringView("emmPolicyAssignments")),
                                        QLatin1StringView("emmPolicyId"), QLatin1StringView("emmPolicy"));
    token.expireAt = firstTimestamp({data.value(QLatin1StringView("expireAt")),
                                     config.value(QLatin1StringView("expirationTimestamp")),
                                     summary.value(QLatin1StringView("expirationTimestamp"))});
    return token;
}

QString missingTokenFields(const QJsonValue& data)
{
    const QJsonObject token = data.toObject();
    if (!data.isObject() || token.isEmpty())
        return QStringLiteral("the answer has no token (data is %1)")
            .arg(data.isNull() ? QStringLiteral("null") : QStringLiteral("empty"));
    if (string(token, QLatin1StringView("id")).isEmpty())
        return QStringLiteral("the token in the answer has no id");
    const QString code =
        string(token, QLatin1StringView("enrollCode")).isEmpty()
            ? string(token.value(QLatin1StringView("config")).toObject(), QLatin1StringView("code"))
            : string(token, QLatin1StringView("enrollCode"));
    if (code.isEmpty() && string(token, QLatin1StringView("enrollmentLink")).isEmpty())
        return QStringLiteral("the token in the answer has neither an enroll code nor a link");
    return {};
}

QString missingBulkFields(const QJsonValue& data)
{
    const QJsonObject counts = data.toObject();
    for (const char* key : {"total", "success", "fail"}) {
        const std::optional<int> count = parseInt(counts.value(QLatin1StringView(key)));
        if (!count)
            return QStringLiteral("the answer has no number \"%1\"").arg(QLatin1StringView(key));
        if (*count < 0)
            return QStringLiteral("the answer's \"%1\" is negative").arg(QLatin1StringView(key));
    }
    // Counts that cannot describe the list sent say nothing reliable about what was created.
    const BulkResult result = bulkResultFromJson(counts);
    if (qint64(result.success) + result.fail > result.total)
        return QStringLiteral("the answer's success and fail add up to more than its total");
    return {};
}

BulkResult bulkResultFromJson(const QJsonObject& data)
{
    BulkResult result;
    result.total = parseInt(data.value(QLatin1StringView("total"))).value_or(0);
    result.success = parseInt(data.value(QLatin1StringView("success"))).value_or(0);
    result.fail = parseInt(data.value(QLatin1StringView("fail"))).value_or(0);
    result.raw = data;
    return result;
}

MdmUser userFromJson(const QJsonObject& data)
{
    MdmUser user;
    user.id = string(data, QLatin1StringView("id"));
    user.email = string(data, QLatin1StringView("email"));
    user.name = string(data, QLatin1StringView("name"));
    user.tags = stringList(data.value(QLatin1StringView("tags")));
    user.language = string(data, QLatin1StringView("language"));
    return user;
}

Policy policyFromJson(const QJsonObject& data, const QString& defaultType)
{
    Policy policy;
    policy.id = string(data, QLatin1StringView("id"));
    policy.name = string(data, QLatin1StringView("name"));
    policy.type = string(data, QLatin1StringView("type"));
    if (policy.type.isEmpty())
        policy.type = defaultType;
    return policy;
}

Organization organizationFromJson(const QJsonObject& data)
{
    return {string(data, QLatin1StringView("id")), string(data, QLatin1StringView("name")),
            string(data, QLatin1StringView("slug"))};
}

Page<QJsonObject> pageFromJson(const QJsonObject& data)
{
    Page<QJsonObject> page;
    const QJsonArray items = data.value(QLatin1StringView("items")).toArray();
    page.items.reserve(items.size());
    for (const QJsonValue& item : items)
        page.items << item.toObject();
    const auto number = [&](QLatin1StringView key) { return parseInt(data.value(key)); };
    // The documentation's placeholder block says 0 documents next to real items: there are at least those.
    page.totalDocs = std::max(number(QLatin1StringView("totalDocs")).value_or(0), int(items.size()));
    page.limit = number(QLatin1StringView("limit")).value_or(int(items.size()));
    const int stated = number(QLatin1StringView("page")).value_or(0);
    page.pageStated = stated > 0;
    page.page = std::max(1, stated);
    // Some samples (the policy list) give only totalDocs: the pages follow from it and the limit.
    const std::optional<int> totalPages = number(QLatin1StringView("totalPages"));
    const int perPage = std::max(1, page.limit);
    page.totalPages = totalPages.value_or(int((qint64(page.totalDocs) + perPage - 1) / perPage));
    page.hasPrevPage = data.value(QLatin1StringView("hasPrevPage")).toBool(page.page > 1);
    page.hasNextPage = data.value(QLatin1StringView("hasNextPage")).toBool(page.page < page.totalPages);
    // The samples also claim both neighbours exist on page 0 of 0: a stated page count wins over them.
    page.hasPrevPage = page.hasPrevPage && page.page > 1;
    if (totalPages)
        page.hasNextPage = page.hasNextPage && page.page < page.totalPages;
    else if (page.hasNextPage) // a stated next page exists, whatever the counts say
        page.totalPages = std::max(page.totalPages, page.page + 1);
    if (!page.items.isEmpty())
        page.totalPages = std::max(page.totalPages, page.page);
    return page;
}

namespace {

// A number of seconds or milliseconds since 1970. A token's dates are after 1973 either way, so a number
// below 1e11 is seconds (1e11 ms is 1973, 1e11 s the year 5138). Outside 1970-9999, or not finite, it is
// no date: the cast would overflow, and ISO 8601 could not write it.
QDateTime fromEpoch(double number)
{
    if (!std::isfinite(number))
        return {};
    const double ms = std::abs(number) < 1e11 ? number * 1000 : number;
    constexpr double kLastMs = 253402300799999.0; // 9999-12-31T23:59:59.999Z
    if (ms < 0 || ms > kLastMs)
        return {};
    return QDateTime::fromMSecsSinceEpoch(std::llround(ms), QTimeZone::utc()); // .123 s stays 123 ms
}

} // namespace

QDateTime parseTimestamp(const QJsonValue& value)
{
    if (value.isDouble())
        return fromEpoch(value.toDouble());
    if (!value.isString())
        return {};
    QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    // "20260210": a compact date, not 20 million seconds.
    if (text.size() == 8) {
        if (const QDate date = QDate::fromString(text, QStringLiteral("yyyyMMdd")); date.isValid())
            return QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    bool numeric = false;
    const double number = text.toDouble(&numeric);
    if (numeric)
        return fromEpoch(number);
    // RFC 3339 allows a space between date and time; the docs print "2026-02-10T12: 00:00Z": the first
    // space after the date is the separator, any other is dropped.
    if (text.size() > 10 && text.at(10) == u' ')
        text[10] = u'T';
    text.remove(u' ');
    if (text.size() == 10) // a bare date
        text += QStringLiteral("T00:00:00Z");
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return {};
    // The API speaks UTC; a timestamp without a zone is UTC too, not the viewer's local time.
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc());
    return parsed.toUTC();
}

std::optional<qint64> parseInteger(const QJsonValue& value)
{
    if (value.isDouble()) {
        // Past 2^53 a JSON number is no longer an exact integer (and past 2^63 no qint64 at all).
        constexpr double kLargestExact = 9007199254740992.0;
        const double number = value.toDouble();
        if (number != std::floor(number) || std::abs(number) > kLargestExact)
            return std::nullopt;
        return qint64(number);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

QJsonObject tokenToJson(const EnrollmentToken& token)
{
    if (!token.raw.isEmpty())
        return token.raw;
    QJsonObject object{{QStringLiteral("id"), token.id},
                       {QStringLiteral("state"), token.state},
                       {QStringLiteral("enrollmentLink"), token.enrollmentLink},
                       {QStringLiteral("enrollCode"), token.enrollCode}};
    if (token.expireAt.isValid())
        object.insert(QStringLiteral("expireAt"), token.expireAt.toString(Qt::ISODateWithMs));
    return object;
}

} // namespace JsonCodec
