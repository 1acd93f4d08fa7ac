#pragma once
// One logging category per module. Never log the API key or the Authorization header.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcProfiles)
Q_DECLARE_LOGGING_CATEGORY(lcEmails)
Q_DECLARE_LOGGING_CATEGORY(lcQr)
Q_DECLARE_LOGGING_CATEGORY(lcBulk)
