#include "faults.h"

#include <QJsonDocument>

namespace Sandbox {

namespace {

struct TypeName
{
    Fault::Type type;
    const char* name;
};

constexpr TypeName kTypeNames[] = {
    {Fault::Type::ApiError, "apiError"},
    {Fault::Type::Html, "html"},
    {Fault::Type::MalformedJson, "malformedJson"},
    {Fault::Type::Slow, "slow"},
    {Fault::Type::Drop, "drop"},
    {Fault::Type::Oversized, "oversized"},
    {Fault::Type::EmptyData, "emptyData"},
    {Fault::Type::NullError, "nullError"},
    {Fault::Type::DocPagination, "docPagination"},
};

constexpr qint64 kDefaultOversizedBytes = 32 * 1024 * 1024;
constexpr qint64 kMaxOversizedBytes = 512 * 1024 * 1024;
constexpr int kDefaultSlowMs = 3000;

// Reads an optional integer member; false (with `error` set) when present but not an integer in range.
bool readInt(const QJsonObject& json, const char* key, qint64 min, qint64 max, qint64* out, QString* error)
{
    const QString name = QLatin1String(key);
    if (!json.contains(name))
        return true;
    const QJsonValue value = json.value(name);
    const double number = value.toDouble(-1e300);
    if (!value.isDouble() || number != double(qint64(number)) || number < double(min) ||
        number > double(max)) {
        *error = u'"' + name + QStringLiteral("\" must be an integer from ") + QString::number(min) +
                 QStringLiteral(" to ") + QString::number(max);
        return false;
    }
    *out = qint64(number);
    return true;
}

} // namespace

std::optional<Fault> Fault::fromJson(const QJsonObject& json, QString* error)
{
    Fault fault;
    const QString typeName = json.value(QLatin1String("type")).toString();
    bool known = false;
    QStringList names;
    for (const TypeName& entry : kTypeNames) {
        names.append(QLatin1String(entry.name));
        if (typeName == QLatin1String(entry.name)) {
            fault.type = entry.type;
            known = true;
        }
    }
    if (!known) {
        *error = QStringLiteral("\"type\" must be one of [") + names.join(QStringLiteral(", ")) + u']';
        return std::nullopt;
    }

    qint64 status = fault.type == Type::Html ? 502 : (fault.type == Type::ApiError ? 400 : 200);
    qint64 code = 0;
    qint64 delay = fault.type == Type::Slow ? kDefaultSlowMs : 0;
    qint64 size = kDefaultOversizedBytes;
    qint64 count = 1;
    qint64 resendWindow = 1000;
    if (!readInt(json, "resendWindowMs", 0, 60000, &resendWindow, error))
        return std::nullopt;
    if (!readInt(json, "httpStatus", 100, 599, &status, error) ||
        !readInt(json, "code", 0, 999999, &code, error) ||
        !readInt(json, "delayMs", 0, 600000, &delay, error) ||
        !readInt(json, "sizeBytes", 64, kMaxOversizedBytes, &size, error) ||
        !readInt(json, "count", 1, 1000000, &count, error))
        return std::nullopt;
    for (const char* key : {"message", "method", "pathContains"}) {
        const QString name = QLatin1String(key);
        if (json.contains(name) && !json.value(name).isString()) {
            *error = u'"' + name + QStringLiteral("\" must be a string");
            return std::nullopt;
        }
    }
    fault.httpStatus = int(status);
    fault.delayMs = int(delay);
    fault.sizeBytes = size;
    fault.count = int(count);
    fault.resendWindowMs = int(resendWindow);
    fault.method = json.value(QLatin1String("method")).toString().toUpper();
    fault.pathContains = json.value(QLatin1String("pathContains")).toString();
    if (fault.type == Type::ApiError) {
        // Without a code, the documented one that goes with the status.
        fault.code = json.contains(QLatin1String("code")) ? int(code)
                                                          : (status == 401   ? 4002
                                                             : status == 404 ? 3001
                                                                             : 0);
        fault.codeFollowsPath = !json.contains(QLatin1String("code")) && status == 400;
        fault.messageGiven = json.contains(QLatin1String("message"));
        fault.message = json.value(QLatin1String("message")).toString();
    }
    return fault;
}

QJsonObject Fault::toJson() const
{
    QString typeName;
    for (const TypeName& entry : kTypeNames) {
        if (entry.type == type)
            typeName = QLatin1String(entry.name);
    }
    return QJsonObject{
        {QStringLiteral("type"), typeName},   {QStringLiteral("httpStatus"), httpStatus},
        {QStringLiteral("code"), code},       {QStringLiteral("message"), message},
        {QStringLiteral("delayMs"), delayMs}, {QStringLiteral("sizeBytes"), sizeBytes},
        {QStringLiteral("count"), count},     {QStringLiteral("resendWindowMs"), resendWindowMs},
        {QStringLiteral("method"), method},   {QStringLiteral("pathContains"), pathContains},
    };
}

bool Fault::matches(const QByteArray& requestMethod, const QString& path) const
{
    if (!method.isEmpty() && method != QLatin1String(requestMethod))
        return false;
    return pathContains.isEmpty() || path.contains(pathContains);
}

Reply Fault::reply(const QString& path) const
{
    switch (type) {
    case Type::ApiError: {
        const int answered =
            codeFollowsPath ? (path.contains(QLatin1String("/android/")) ? 5017 : 5145) : code;
        QString text = messageGiven ? message : documentedMessage(answered);
        if (text.isEmpty() && !messageGiven)
            // Not "Sandbox …": the demo key is "sandbox", and the console redacts the key from what it
            // quotes.
            text = QStringLiteral("Fault injected for testing");
        return Reply::error(httpStatus, answered, text);
    }
    case Type::Html: {
        // What a reverse proxy in front of the API answers when the backend is down.
        const QByteArray status = QByteArray::number(httpStatus);
        return Reply::raw(
            httpStatus, "text/html",
            "<html>\r\n<head><title>" + status + " Bad Gateway</title></head>\r\n<body>\r\n<center><h1>" +
                status +
                " Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
    }
    case Type::MalformedJson:
        return Reply::raw(httpStatus, "application/json",
                          R"({"status":true,"data":{"id":"65f000000000000000000001","state":"PEND)");
    case Type::Oversized: {
        // A syntactically valid JSON document of exactly sizeBytes bytes.
        const QByteArray head = R"({"status":true,"data":{"padding":")";
        const QByteArray tail = R"("}})";
        const qint64 fill = qMax<qint64>(0, sizeBytes - head.size() - tail.size());
        return Reply::raw(httpStatus, "application/json", head + QByteArray(fill, 'x') + tail);
    }
    case Type::Slow:
    case Type::Drop:
    case Type::EmptyData:
    case Type::NullError:
    case Type::DocPagination:
        break;
    }
    return Reply::error(500, 0, QStringLiteral("Fault has no reply of its own"));
}

Reply Fault::rewritten(const Reply& answer) const
{
    if (type == Type::EmptyData)
        return Reply::ok(QJsonObject());
    Reply reply = answer;
    QJsonObject envelope = QJsonDocument::fromJson(answer.body).object();
    if (type == Type::NullError) {
        envelope.insert(QStringLiteral("error"), QJsonValue::Null);
    } else if (type == Type::DocPagination) {
        const QJsonObject data = envelope.value(QStringLiteral("data")).toObject();
        envelope.insert(QStringLiteral("data"),
                        QJsonObject{{QStringLiteral("items"), data.value(QStringLiteral("items"))},
                                    {QStringLiteral("totalDocs"), data.value(QStringLiteral("totalDocs"))}});
    }
    reply.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    return reply;
}

std::optional<Fault> FaultQueue::take(const QByteArray& method, const QString& path, bool namedOnly)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (!m_faults[i].matches(method, path) || (namedOnly && m_faults[i].pathContains.isEmpty()))
            continue;
        Fault fault = m_faults[i];
        if (--m_faults[i].count <= 0)
            m_faults.removeAt(i);
        fault.count = 1;
        return fault;
    }
    return std::nullopt;
}

} // namespace Sandbox
