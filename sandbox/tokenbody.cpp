#include "tokenbody.h"

#include "apilimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <functional>

// Messages follow Joi 17 with full path labels ("tags[1]", "winPolicyAssignments[0].priority"). The
// real API's validation error format is undocumented; the sandbox's choice is flagged in reply.h.

namespace Sandbox {

namespace {

QString label(const QString& path)
{
    return u'"' + path + u'"';
}

QString tooLong(const QString& path)
{
    return label(path) + QStringLiteral(" length must be less than or equal to ") +
           QString::number(Limits::kMaxTextLength) + QStringLiteral(" characters long");
}

QString patternFailure(const QString& path, const QString& value)
{
    return label(path) + QStringLiteral(" with value ") + label(value) +
           QStringLiteral(" fails to match the required pattern: /^[a-fA-F0-9]{24}$/");
}

// Joi's number() in convert mode: JSON numbers and numeric strings. Returns an error or sets `out`.
QString toInteger(const QJsonValue& value, const QString& path, qint64 min, qint64 max, qint64* out)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString() && !value.toString().trimmed().isEmpty()) {
        bool ok = false;
        number = value.toString().trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return label(path) + QStringLiteral(" must be a number");
    } else {
        return label(path) + QStringLiteral(" must be a number");
    }
    if (number != std::floor(number))
        return label(path) + QStringLiteral(" must be an integer");
    if (number < double(min))
        return label(path) + QStringLiteral(" must be greater than or equal to ") + QString::number(min);
    if (number > double(max))
        return label(path) + QStringLiteral(" must be less than or equal to ") + QString::number(max);
    *out = qint64(number);
    return {};
}

QString toBoolean(const QJsonValue& value, const QString& path, bool* out)
{
    if (value.isBool()) {
        *out = value.toBool();
        return {};
    }
    // Joi's boolean() with the `insensitive` flag also takes "true"/"false" in any case.
    if (value.isString()) {
        const QString text = value.toString();
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0) {
            *out = true;
            return {};
        }
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0) {
            *out = false;
            return {};
        }
    }
    return label(path) + QStringLiteral(" must be a boolean");
}

QString toText(const QJsonValue& value, const QString& path, bool limited, QString* out)
{
    if (!value.isString())
        return label(path) + QStringLiteral(" must be a string");
    const QString text = value.toString();
    if (limited && text.size() > Limits::kMaxTextLength)
        return tooLong(path);
    *out = text;
    return {};
}

// `allowEmpty`: the Windows schema's winPolicyId has `valids: ""`; other ids do not.
QString toObjectId(const QJsonValue& value, const QString& path, bool allowEmpty, QString* out)
{
    if (!value.isString())
        return label(path) + QStringLiteral(" must be a string");
    const QString text = value.toString();
    if (text.isEmpty()) {
        if (allowEmpty) {
            out->clear();
            return {};
        }
        return label(path) + QStringLiteral(" is not allowed to be empty");
    }
    if (!Limits::isObjectId(text))
        return patternFailure(path, text);
    *out = text.toLower();
    return {};
}

QString oneOf(const QString& path, const QStringList& allowed)
{
    return label(path) + QStringLiteral(" must be one of [") + allowed.join(QStringLiteral(", ")) + u']';
}

QString toAssignments(const QJsonValue& value, const QString& path, const QString& idKey, bool idRequired,
                      QList<Assignment>* out)
{
    if (!value.isArray())
        return label(path) + QStringLiteral(" must be an array");
    const QJsonArray items = value.toArray();
    QList<Assignment> assignments;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = path + u'[' + QString::number(i) + u']';
        if (!items[i].isObject())
            return label(itemPath) + QStringLiteral(" must be of type object");
        const QJsonObject item = items[i].toObject();
        Assignment assignment;
        if (item.contains(idKey)) {
            const QString error =
                toObjectId(item.value(idKey), itemPath + u'.' + idKey, false, &assignment.policyId);
            if (!error.isEmpty())
                return error;
        } else if (idRequired) {
            return label(itemPath + u'.' + idKey) + QStringLiteral(" is required");
        }
        if (!item.contains(QLatin1String("priority")))
            return label(itemPath + QStringLiteral(".priority")) + QStringLiteral(" is required");
        qint64 priority = 0;
        const QString error =
            toInteger(item.value(QLatin1String("priority")), itemPath + QStringLiteral(".priority"),
                      Limits::kMinPriority, Limits::kMaxPriority, &priority);
        if (!error.isEmpty())
            return error;
        assignment.priority = int(priority);
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (it.key() != idKey && it.key() != QLatin1String("priority"))
                return label(itemPath + u'.' + it.key()) + QStringLiteral(" is not allowed");
        }
        assignments.append(assignment);
    }
    *out = assignments;
    return {};
}

struct Field
{
    QString name;
    bool required = false;
    // Validates the present value into `body`; returns the error message or an empty string.
    std::function<QString(const QJsonValue&, TokenBody&)> check;
};

QList<Field> fieldsFor(TokenEndpoint endpoint)
{
    const bool android = endpoint == TokenEndpoint::Android;
    const QString policyKey = android ? QStringLiteral("policyId") : QStringLiteral("winPolicyId");
    const QString assignmentsKey =
        android ? QStringLiteral("emmPolicyAssignments") : QStringLiteral("winPolicyAssignments");
    const QString assignmentIdKey = android ? QStringLiteral("emmPolicyId") : QStringLiteral("winPolicyId");

    const Field sendEmail{QStringLiteral("sendEmail"), true, [](const QJsonValue& v, TokenBody& b) {
                              return toBoolean(v, QStringLiteral("sendEmail"), &b.settings.sendEmail);
                          }};
    const Field displayName{QStringLiteral("displayName"), false, [](const QJsonValue& v, TokenBody& b) {
                                QString text;
                                const QString error = toText(v, QStringLiteral("displayName"), true, &text);
                                if (error.isEmpty())
                                    b.settings.displayName = text;
                                return error;
                            }};
    const Field tags{QStringLiteral("tags"), false, [](const QJsonValue& v, TokenBody& b) {
                         if (!v.isArray())
                             return QStringLiteral("\"tags\" must be an array");
                         const QJsonArray items = v.toArray();
                         for (qsizetype i = 0; i < items.size(); ++i) {
                             QString tag;
                             const QString error =
                                 toText(items[i], QStringLiteral("tags[%1]").arg(i), true, &tag);
                             if (!error.isEmpty())
                                 return error;
                             b.settings.tags.append(tag);
                         }
                         return QString();
                     }};
    const Field duration{QStringLiteral("duration"), false, [](const QJsonValue& v, TokenBody& b) {
                             return toInteger(v, QStringLiteral("duration"), Limits::kMinDurationSeconds,
                                              Limits::kMaxDurationSeconds, &b.settings.durationSeconds);
                         }};
    const Field language{QStringLiteral("language"), false, [](const QJsonValue& v, TokenBody& b) {
                             if (!v.isString())
                                 return QStringLiteral("\"language\" must be a string");
                             if (!Limits::isLanguage(v.toString()))
                                 return oneOf(QStringLiteral("language"), Limits::languages());
                             b.settings.language = v.toString();
                             return QString();
                         }};
    const Field emailText{QStringLiteral("emailText"), false, [](const QJsonValue& v, TokenBody& b) {
                              QString text;
                              const QString error = toText(v, QStringLiteral("emailText"), false, &text);
                              if (error.isEmpty())
                                  b.settings.emailText = text;
                              return error;
                          }};
    const Field policyId{policyKey, false, [policyKey, android](const QJsonValue& v, TokenBody& b) {
                             return toObjectId(v, policyKey, !android, &b.settings.policyId);
                         }};
    const Field assignments{
        assignmentsKey, false, [assignmentsKey, assignmentIdKey, android](const QJsonValue& v, TokenBody& b) {
            return toAssignments(v, assignmentsKey, assignmentIdKey, android, &b.settings.assignments);
        }};
    const Field segmentId{QStringLiteral("segmentId"), false, [](const QJsonValue& v, TokenBody& b) {
                              qint64 segment = 0;
                              const QString error = toInteger(v, QStringLiteral("segmentId"), 0,
                                                              Limits::kMaxSegmentId, &segment);
                              if (error.isEmpty())
                                  b.settings.segmentId = segment;
                              return error;
                          }};
    const Field mdmUserId{QStringLiteral("mdmUserId"), true, [](const QJsonValue& v, TokenBody& b) {
                              return toObjectId(v, QStringLiteral("mdmUserId"), false, &b.mdmUserId);
                          }};
    const Field managementMode{QStringLiteral("managementMode"), true, [](const QJsonValue& v, TokenBody& b) {
                                   if (!v.isString())
                                       return QStringLiteral("\"managementMode\" must be a string");
                                   if (!Limits::isManagementMode(v.toString()))
                                       return oneOf(QStringLiteral("managementMode"),
                                                    Limits::managementModes());
                                   b.settings.managementMode = v.toString();
                                   return QString();
                               }};
    const Field userEmails{QStringLiteral("userEmails"), true, [](const QJsonValue& v, TokenBody& b) {
                               if (!v.isArray())
                                   return QStringLiteral("\"userEmails\" must be an array");
                               const QJsonArray items = v.toArray();
                               if (items.isEmpty())
                                   return QStringLiteral("\"userEmails\" must contain at least 1 items");
                               for (qsizetype i = 0; i < items.size(); ++i) {
                                   if (!items[i].isString())
                                       return QStringLiteral("\"userEmails[%1]\" must be a string").arg(i);
                                   b.userEmails.append(items[i].toString());
                               }
                               return QString();
                           }};

    switch (endpoint) {
    case TokenEndpoint::WindowsSingle:
        return {sendEmail, displayName, tags,        duration,  language,
                emailText, policyId,    assignments, segmentId, mdmUserId};
    case TokenEndpoint::WindowsBulk:
        return {sendEmail, displayName, tags,        duration,  language,
                emailText, policyId,    assignments, segmentId, userEmails};
    case TokenEndpoint::Android:
        break;
    }
    return {policyId, assignments, displayName, tags,      managementMode, sendEmail,
            duration, language,    emailText,   segmentId, mdmUserId};
}

} // namespace

TokenBody parseTokenBody(const QByteArray& body, TokenEndpoint endpoint)
{
    TokenBody result;
    result.settings.durationSeconds = Limits::kDefaultDurationSeconds;

    QJsonObject object;
    if (!body.trimmed().isEmpty()) { // an empty body reads as {} (Express' body parser does the same)
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            result.error = QStringLiteral("Invalid JSON body: ") + parseError.errorString() +
                           QStringLiteral(" at offset ") + QString::number(parseError.offset);
            return result;
        }
        if (!document.isObject()) {
            result.error = QStringLiteral("\"value\" must be of type object");
            return result;
        }
        object = document.object();
    }

    const QList<Field> fields = fieldsFor(endpoint);
    for (const Field& field : fields) {
        const auto it = object.constFind(field.name);
        if (it == object.constEnd()) {
            if (field.required) {
                result.error = label(field.name) + QStringLiteral(" is required");
                return result;
            }
            continue;
        }
        result.error = field.check(*it, result);
        if (!result.error.isEmpty())
            return result;
    }
    // Joi rejects keys the schema does not know, after the known ones (a schema dump fails here on
    // "type"/"children" if it somehow carried a sendEmail).
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const bool known = std::any_of(fields.cbegin(), fields.cend(),
                                       [&](const Field& field) { return field.name == it.key(); });
        if (!known) {
            result.error = label(it.key()) + QStringLiteral(" is not allowed");
            return result;
        }
    }
    return result;
}

} // namespace Sandbox
