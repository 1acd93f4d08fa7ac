#include "reply.h"

#include <QJsonDocument>

namespace Sandbox {

Reply Reply::json(int httpStatus, const QJsonObject& object)
{
    return Reply{httpStatus, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

Reply Reply::raw(int httpStatus, QByteArray contentType, QByteArray body)
{
    return Reply{httpStatus, std::move(contentType), std::move(body)};
}

Reply Reply::ok(const QJsonValue& data)
{
    return json(200, QJsonObject{{QStringLiteral("status"), true}, {QStringLiteral("data"), data}});
}

Reply Reply::error(int httpStatus, int code, const QString& message)
{
    const QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    return json(httpStatus, QJsonObject{{QStringLiteral("status"), false}, {QStringLiteral("error"), error}});
}

Reply Reply::noAuthToken()
{
    return error(401, 4002, documentedMessage(4002));
}

Reply Reply::invalidToken()
{
    return error(401, 4004, documentedMessage(4004));
}

Reply Reply::notFound()
{
    return error(404, 3001, documentedMessage(3001));
}

Reply Reply::featureNotAllowed()
{
    return error(400, 5050, documentedMessage(5050));
}

Reply Reply::validation(const QString& message)
{
    return error(400, kValidationErrorCode, message);
}

QString documentedMessage(int code)
{
    switch (code) {
    case 3001:
        return QStringLiteral("Entity not found");
    case 4001:
        return QStringLiteral("Unauthorized");
    case 4002:
        return QStringLiteral("No auth token");
    case 4004:
        return QStringLiteral("Invalid Token");
    case 5017:
        return QStringLiteral("Limit Exceeded");
    case 5048:
        return QStringLiteral("Mdm user already exists");
    case 5050:
        return QStringLiteral("Feature not allowed for you billing plan"); // sic, as the API says it
    case 5120:
        return QStringLiteral("Error updating entity");
    case 5138:
        return QStringLiteral("Not implemented");
    case 5145:
        return QStringLiteral("Error creating winEnrollmentToken");
    default:
        return {};
    }
}

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject paginated(const QJsonArray& items, int totalDocs, int page, int limit)
{
    const int totalPages = limit > 0 ? (totalDocs + limit - 1) / limit : 0;
    const bool hasPrev = page > 1;
    const bool hasNext = page < totalPages;
    return QJsonObject{
        {QStringLiteral("items"), items},
        {QStringLiteral("totalDocs"), totalDocs},
        {QStringLiteral("limit"), limit},
        {QStringLiteral("hasPrevPage"), hasPrev},
        {QStringLiteral("hasNextPage"), hasNext},
        {QStringLiteral("page"), page},
        {QStringLiteral("totalPages"), totalPages},
        {QStringLiteral("prevPage"), hasPrev ? QJsonValue(page - 1) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("nextPage"), hasNext ? QJsonValue(page + 1) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("pagingCounter"), qint64(page - 1) * limit + 1},
    };
}

static QString parsePositive(const QString& name, const QString& text, int fallback, int* out)
{
    if (text.isNull()) {
        *out = fallback;
        return {};
    }
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || text.trimmed().isEmpty())
        return u'"' + name + QStringLiteral("\" must be a number");
    if (value != double(qint64(value)))
        return u'"' + name + QStringLiteral("\" must be an integer");
    if (value < 1)
        return u'"' + name + QStringLiteral("\" must be greater than or equal to 1");
    if (value > 1000000)
        return u'"' + name + QStringLiteral("\" must be less than or equal to 1000000");
    *out = int(value);
    return {};
}

PageRequest parsePageRequest(const QString& page, const QString& limit, int defaultLimit)
{
    PageRequest request;
    request.error = parsePositive(QStringLiteral("page"), page, 1, &request.page);
    if (request.error.isEmpty())
        request.error = parsePositive(QStringLiteral("limit"), limit, defaultLimit, &request.limit);
    return request;
}

} // namespace Sandbox
