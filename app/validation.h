#pragma once
// Pure validation of requests against the API's documented limits (apilimits.h), before anything is sent.
// Each error names the API field (`field`, stable, used to mark the form control) and says the rule in
// plain, translated words (`message`).

#include "emailaddresses.h"
#include "types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

struct FieldError
{
    QString field;   // API field path: "displayName", "tags[2]", "winPolicyAssignments[1].priority"
    QString message; // e.g. "Display name: at most 128 characters (this one has 130)."
    bool operator==(const FieldError&) const = default;
};

using FieldErrors = QList<FieldError>;

class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    static FieldErrors validate(const WindowsTokenRequest& request);
    static FieldErrors validate(const WindowsBulkRequest& request);
    // The same for addresses that EmailListParser found valid and unique (EmailListAnalysis::valid): it
    // applies these rules to every address (Limits::isEmail, one address per Limits::emailKey), so only
    // that there is one and the settings are checked.
    static FieldErrors validateParsed(const EmailAddresses& addresses, const TokenSettings& settings);
    static FieldErrors validate(const AndroidTokenRequest& request);
    static FieldErrors validate(const TokenListQuery& query);
    static FieldErrors validate(const UserSearchQuery& query);

    // Single-field rules, for live form feedback and the CLI. Empty string = valid.
    static QString checkUserId(const QString& id);
    static QString checkOrganization(const QString& organization);
    static QString checkDisplayName(const QString& name);
    static QString checkTag(const QString& tag);
    static QString checkDuration(qint64 seconds);
    static QString checkLanguage(const QString& code);
    static QString checkPolicyId(const QString& id);
    static QString checkPriority(qint64 priority);
    static QString checkSegmentId(qint64 segment);
    static QString checkManagementMode(const QString& mode);
    static QString checkEmail(const QString& address);

    // The shared settings; `platform` decides the field names used in errors.
    static FieldErrors validateSettings(const TokenSettings& settings, Platform platform);
};
