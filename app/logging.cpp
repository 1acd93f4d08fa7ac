#include "logging.h"

Q_LOGGING_CATEGORY(lcApi, "enrolldesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "enrolldesk.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfiles, "enrolldesk.profiles", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEmails, "enrolldesk.emails", QtInfoMsg)
Q_LOGGING_CATEGORY(lcQr, "enrolldesk.qr", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBulk, "enrolldesk.bulk", QtInfoMsg)
