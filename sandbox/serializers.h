#pragma once
// The JSON shapes of the API's entities, as the documentation (and the seed pages) show them.

#include "store.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Sandbox {

// WinEnrollmentToken; winPolicyAssignments expanded with winPolicy{id,name}.
QJsonObject windowsTokenJson(const Token& token, const Store& store, const QDateTime& now);
// EmmEnrollmentToken with both `status` and `state`; `qrBaseUrl` is http://127.0.0.1:PORT.
QJsonObject androidTokenJson(const Token& token, const Store& store, const QDateTime& now,
                             const QString& qrBaseUrl);
QJsonObject userJson(const MdmUser& user);
QJsonObject policyJson(const Policy& policy);        // P1: version is an integer
QJsonObject androidPolicyJson(const Policy& policy); // P2: version is a string
QJsonObject organizationJson(const Organization& organization);

// The Android Enterprise QR provisioning payload for a token (what the QR image encodes).
QByteArray androidProvisioningJson(const Token& token);

QString windowsEnrollmentLink(const Token& token);
QString androidEnrollmentLink(const Token& token);

} // namespace Sandbox
