#pragma once
// JSON bodies and responses. Requests are the real flat JSON (never the schema dump the docs print);
// responses are parsed leniently: stray space in timestamps, segmentId as number or string, Android
// `status` and/or `state`, absent optional fields, unknown extra fields.

#include "types.h"

#include <QJsonObject>

namespace JsonCodec {

QJsonObject toJson(const WindowsTokenRequest& request);
QJsonObject toJson(const WindowsBulkRequest& request);
QJsonObject toJson(const AndroidTokenRequest& request);

// `data` objects of the success envelope.
EnrollmentToken windowsTokenFromJson(const QJsonObject& data);
EnrollmentToken androidTokenFromJson(const QJsonObject& data);
BulkResult bulkResultFromJson(const QJsonObject& data);
// What a create's answer lacks of what the reference marks required (a token's id and its code or link;
// a bulk answer's total, success and fail), for the error's details; empty when nothing is missing.
QString missingTokenFields(const QJsonValue& data);
QString missingBulkFields(const QJsonValue& data);
MdmUser userFromJson(const QJsonObject& data);
Policy policyFromJson(const QJsonObject& data, const QString& defaultType = {});
Organization organizationFromJson(const QJsonObject& data);
// The pagination block; items are parsed by the caller.
Page<QJsonObject> pageFromJson(const QJsonObject& data);

// Timestamps as the API sends them: ISO-8601 with or without milliseconds, with the documented stray
// space ("2026-02-10T12: 00:00Z"), or epoch milliseconds as a number or numeric string.
QDateTime parseTimestamp(const QJsonValue& value);
// segmentId as integer or numeric string.
std::optional<qint64> parseInteger(const QJsonValue& value);

// An EnrollmentToken back to a JSON object (the raw data when present), for --json output.
QJsonObject tokenToJson(const EnrollmentToken& token);

} // namespace JsonCodec
