#include "validation.h"

#include "apilimits.h"

#include <QHash>
#include <QSet>

namespace {

void add(FieldErrors& errors, const QString& field, const QString& message)
{
    if (!message.isEmpty())
        errors.append({field, message});
}

// What any list of addresses needs, checked one by one or not: that there is one.
void addListErrors(FieldErrors& errors, qsizetype addresses)
{
    if (addresses == 0)
        add(errors, QStringLiteral("userEmails"), Validation::tr("E-mails: add at least one address."));
}

// A paged list's `page` and `limit` query parameters.
void addPagingErrors(FieldErrors& errors, int page, int limit)
{
    if (page < 1)
        add(errors, QStringLiteral("page"), Validation::tr("Page: 1 or more."));
    if (limit < 1)
        add(errors, QStringLiteral("limit"), Validation::tr("Page size: 1 or more."));
}

QString indexed(const QString& field, qsizetype index)
{
    return field + u'[' + QString::number(index) + u']';
}

// ^[\w.]*((:asc)|(:desc))?$ without a regular expression. The API's pattern is JavaScript's, where \w is
// ASCII only: "é" or "５" would be refused by the server, so they are refused here.
bool isSortExpression(const QString& sort)
{
    QStringView field(sort);
    if (field.endsWith(u":asc"))
        field.chop(4);
    else if (field.endsWith(u":desc"))
        field.chop(5);
    for (QChar c : field) {
        const char16_t u = c.unicode();
        const bool word = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                          u == u'_' || u == u'.';
        if (!word)
            return false;
    }
    return true;
}

} // namespace

QString Validation::checkUserId(const QString& id)
{
    if (id.trimmed().isEmpty())
        return tr("User: choose an MDM user.");
    if (!Limits::isObjectId(id))
        return tr("User: the id must be 24 hexadecimal characters (0-9, a-f).");
    return {};
}

QString Validation::checkOrganization(const QString& organization)
{
    if (organization.trimmed().isEmpty())
        return tr("Organization: enter the organization's id or slug.");
    if (!Limits::isOrganizationId(organization))
        return tr(
            "Organization: use the 24-character id or a slug of at least 3 letters, digits or hyphens.");
    return {};
}

QString Validation::checkDisplayName(const QString& name)
{
    if (name.size() > Limits::kMaxTextLength)
        return tr("Display name: at most %1 characters (this one has %2).")
            .arg(Limits::kMaxTextLength)
            .arg(name.size());
    return {};
}

QString Validation::checkTag(const QString& tag)
{
    if (tag.trimmed().isEmpty())
        return tr("Tags: a tag cannot be empty.");
    if (tag.size() > Limits::kMaxTextLength)
        return tr("Tags: “%1…” is %2 characters long; at most %3 are allowed.")
            .arg(tag.left(20))
            .arg(tag.size())
            .arg(Limits::kMaxTextLength);
    return {};
}

QString Validation::checkDuration(qint64 seconds)
{
    if (seconds < Limits::kMinDurationSeconds)
        return tr("Duration: at least 1 minute (60 seconds).");
    if (seconds > Limits::kMaxDurationSeconds)
        return tr("Duration: at most 30 days (2,592,000 seconds).");
    return {};
}

QString Validation::checkLanguage(const QString& code)
{
    if (!Limits::isLanguage(code))
        return tr("Language: “%1” is not one of es, en, fr, de, it, zh, pt, ru.").arg(code);
    return {};
}

QString Validation::checkPolicyId(const QString& id)
{
    if (!Limits::isObjectId(id))
        return tr("Policy: the id must be 24 hexadecimal characters (0-9, a-f).");
    return {};
}

QString Validation::checkPriority(qint64 priority)
{
    if (priority < Limits::kMinPriority || priority > Limits::kMaxPriority)
        return tr("Priority: a whole number from %1 to %2.")
            .arg(Limits::kMinPriority)
            .arg(Limits::kMaxPriority);
    return {};
}

QString Validation::checkSegmentId(qint64 segment)
{
    if (segment < 0 || segment > Limits::kMaxSegmentId)
        return tr("Segment: a whole number from 0 to %1.").arg(Limits::kMaxSegmentId);
    return {};
}

QString Validation::checkManagementMode(const QString& mode)
{
    if (mode.isEmpty())
        return tr("Management mode: choose one of Device owner, Profile owner, COPE or Userless.");
    if (!Limits::isManagementMode(mode))
        return tr("Management mode: “%1” is not one of DEVICE_OWNER, PROFILE_OWNER, COPE, USERLESS.")
            .arg(mode);
    return {};
}

QString Validation::checkEmail(const QString& address)
{
    if (!Limits::isEmail(address))
        return tr("E-mail: “%1” is not a valid address.").arg(address.left(64));
    return {};
}

FieldErrors Validation::validateSettings(const TokenSettings& settings, Platform platform)
{
    const bool windows = platform == Platform::Windows;
    const QString policyField = windows ? QStringLiteral("winPolicyId") : QStringLiteral("policyId");
    const QString assignmentsField =
        windows ? QStringLiteral("winPolicyAssignments") : QStringLiteral("emmPolicyAssignments");
    const QString assignmentIdField = windows ? QStringLiteral("winPolicyId") : QStringLiteral("emmPolicyId");

    FieldErrors errors;
    add(errors, QStringLiteral("displayName"), checkDisplayName(settings.displayName));
    // A tag given again (the same once trimmed: " it " is "it") is refused rather than sent twice: the
    // API documents no rule for it, and a token tagged "it, it" is a slip, not anything anyone means.
    // Each problem is said once: a repeated tag that breaks a rule is reported where it first appears.
    QHash<QString, bool> tags; // each tag met, trimmed: whether more could still be said about it
    for (qsizetype i = 0; i < settings.tags.size(); ++i) {
        const QString tag = settings.tags[i].trimmed();
        if (const auto seen = tags.find(tag); seen != tags.end()) {
            if (*seen)
                add(errors, indexed(QStringLiteral("tags"), i),
                    tr("Tags: “%1” is given more than once; give each tag once.").arg(tag));
            *seen = false;
            continue;
        }
        const QString problem = checkTag(settings.tags[i]);
        add(errors, indexed(QStringLiteral("tags"), i), problem);
        tags.insert(tag, problem.isEmpty());
    }
    if (settings.durationSeconds)
        add(errors, QStringLiteral("duration"), checkDuration(*settings.durationSeconds));
    if (!settings.language.isEmpty())
        add(errors, QStringLiteral("language"), checkLanguage(settings.language));
    if (!settings.policyId.isEmpty())
        add(errors, policyField, checkPolicyId(settings.policyId));
    for (qsizetype i = 0; i < settings.assignments.size(); ++i) {
        const PolicyAssignment& assignment = settings.assignments[i];
        const QString row = indexed(assignmentsField, i);
        // Android requires the assignment's policy id; Windows marks it optional but an assignment
        // without a policy means nothing, so both require it.
        if (assignment.policyId.isEmpty())
            add(errors, row + u'.' + assignmentIdField,
                tr("Policy assignment %1: choose a policy.").arg(i + 1));
        else
            add(errors, row + u'.' + assignmentIdField,
                Limits::isObjectId(assignment.policyId)
                    ? QString()
                    : tr("Policy assignment %1: the policy id must be 24 hexadecimal characters.")
                          .arg(i + 1));
        // Not a documented API rule: one policy twice, with two priorities, leaves unsaid which one holds,
        // and is a slip in the form (a row added twice), not something anyone means.
        for (qsizetype earlier = 0; earlier < i && !assignment.policyId.isEmpty(); ++earlier) {
            if (settings.assignments[earlier].policyId.compare(assignment.policyId, Qt::CaseInsensitive) ==
                0) {
                add(errors, row + u'.' + assignmentIdField,
                    tr("Policy assignment %1: the same policy is already assigned in row %2.")
                        .arg(i + 1)
                        .arg(earlier + 1));
                break;
            }
        }
        if (const QString message = checkPriority(assignment.priority); !message.isEmpty())
            add(errors, row + QStringLiteral(".priority"),
                tr("Policy assignment %1: priority must be a whole number from %2 to %3.")
                    .arg(i + 1)
                    .arg(Limits::kMinPriority)
                    .arg(Limits::kMaxPriority));
    }
    if (settings.segmentId)
        add(errors, QStringLiteral("segmentId"), checkSegmentId(*settings.segmentId));
    return errors;
}

FieldErrors Validation::validate(const WindowsTokenRequest& request)
{
    FieldErrors errors;
    add(errors, QStringLiteral("mdmUserId"), checkUserId(request.mdmUserId));
    errors += validateSettings(request.settings, Platform::Windows);
    return errors;
}

FieldErrors Validation::validate(const WindowsBulkRequest& request)
{
    FieldErrors errors;
    addListErrors(errors, request.userEmails.size());
    QSet<QString> seen;
    seen.reserve(request.userEmails.size());
    // Field names are built for the addresses that have a problem only: a list of tens of thousands
    // is validated in one turn of the event loop.
    for (qsizetype i = 0; i < request.userEmails.size(); ++i) {
        const QString& email = request.userEmails[i];
        if (const QString problem = checkEmail(email); !problem.isEmpty())
            add(errors, indexed(QStringLiteral("userEmails"), i), problem);
        const qsizetype before = seen.size();
        seen.insert(Limits::emailKey(email));
        if (seen.size() == before)
            add(errors, indexed(QStringLiteral("userEmails"), i),
                tr("E-mails: “%1” is listed twice.").arg(email));
    }
    errors += validateSettings(request.settings, Platform::Windows);
    return errors;
}

FieldErrors Validation::validateParsed(const EmailAddresses& addresses, const TokenSettings& settings)
{
    FieldErrors errors;
    addListErrors(errors, addresses.size());
    errors += validateSettings(settings, Platform::Windows);
    return errors;
}

FieldErrors Validation::validate(const AndroidTokenRequest& request)
{
    FieldErrors errors;
    add(errors, QStringLiteral("mdmUserId"), checkUserId(request.mdmUserId));
    add(errors, QStringLiteral("managementMode"), checkManagementMode(request.managementMode));
    errors += validateSettings(request.settings, Platform::Android);
    return errors;
}

FieldErrors Validation::validate(const TokenListQuery& query)
{
    FieldErrors errors;
    if (!query.mdmUserId.isEmpty())
        add(errors, QStringLiteral("mdm-user"), checkUserId(query.mdmUserId));
    if (!query.policyId.isEmpty())
        add(errors, QStringLiteral("win-policy"), checkPolicyId(query.policyId));
    if (!query.sort.isEmpty() && !isSortExpression(query.sort))
        add(errors, QStringLiteral("sort"), tr("Sort: a field name, optionally followed by :asc or :desc."));
    addPagingErrors(errors, query.page, query.limit);
    return errors;
}

FieldErrors Validation::validate(const UserSearchQuery& query)
{
    FieldErrors errors;
    // The API refuses longer search text; cut, it would search for something else than what was typed.
    if (query.text.trimmed().size() > Limits::kMaxTextLength)
        add(errors, QStringLiteral("search"),
            tr("Search text: at most %1 characters.").arg(Limits::kMaxTextLength));
    addPagingErrors(errors, query.page, query.limit);
    return errors;
}
