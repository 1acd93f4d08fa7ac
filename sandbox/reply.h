#pragma once
// A reply of the sandbox before it is written to the socket, and the API's JSON envelopes.

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Sandbox {

struct Reply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;

    // {"status":true,"data":data}
    static Reply ok(const QJsonValue& data);
    // {"status":false,"error":{"code":code,"message":message}}
    static Reply error(int httpStatus, int code, const QString& message);
    static Reply json(int httpStatus, const QJsonObject& object);
    static Reply raw(int httpStatus, QByteArray contentType, QByteArray body);

    // The documented errors, with their exact messages (typos included).
    static Reply noAuthToken();       // 401 4002
    static Reply invalidToken();      // 401 4004
    static Reply notFound();          // 404 3001
    static Reply featureNotAllowed(); // 400 5050
    // Joi validation failure. The real code and envelope of validation errors are undocumented:
    // the sandbox answers HTTP 400, code 5000 and a Joi-style message naming the field.
    static Reply validation(const QString& message);
};

inline constexpr int kValidationErrorCode = 5000;

// The documented message of an API error code, or an empty string for an unknown code.
QString documentedMessage(int code);

// ISO-8601 UTC with milliseconds: 2024-05-01T12:00:00.000Z.
QString isoTime(const QDateTime& time);

// The mongoose-paginate block around one page of `items` out of `totalDocs`.
QJsonObject paginated(const QJsonArray& items, int totalDocs, int page, int limit);

// Page/limit query parsing shared by the list endpoints (Joi-style messages on failure).
struct PageRequest
{
    int page = 1;
    int limit = 10;
    QString error; // non-empty when page or limit is invalid
};
PageRequest parsePageRequest(const QString& page, const QString& limit, int defaultLimit = 10);

// Slices [first, first+limit) of a list of any size for a 1-based page.
template <typename T> QList<T> pageSlice(const QList<T>& all, int page, int limit)
{
    const qsizetype first = qsizetype(page - 1) * limit;
    if (first >= all.size())
        return {};
    return all.mid(first, limit);
}

} // namespace Sandbox
