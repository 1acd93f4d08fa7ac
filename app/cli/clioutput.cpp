#include "clioutput.h"

#include "clioptions.h"
#include "jsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

#include <cstdio>

namespace Cli {

namespace {

QJsonValue utcTimestamp(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// The API's `data` as received, plus the same values as EnrollDesk read them, for scripts: the raw
// timestamps may carry the documented stray space ("2026-03-15T09: 30:00Z") and segmentId may be a
// string. Raw fields are never changed; the added names are EnrollDesk's own.
QJsonObject tokenJson(const EnrollmentToken& token)
{
    QJsonObject object = JsonCodec::tokenToJson(token);
    object.insert(QStringLiteral("expireAtUtc"),
                  token.perpetual ? QJsonValue() : utcTimestamp(token.expireAt));
    object.insert(QStringLiteral("createdAtUtc"), utcTimestamp(token.createdAt));
    object.insert(QStringLiteral("updatedAtUtc"), utcTimestamp(token.updatedAt));
    object.insert(QStringLiteral("segmentIdNumber"),
                  token.segmentId ? QJsonValue(*token.segmentId) : QJsonValue());
    return object;
}

void printJson(QTextStream& out, const QJsonValue& value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out.flush();
}

void row(QTextStream& out, const QString& label, const QString& value)
{
    if (!value.isEmpty())
        out << "  " << label.leftJustified(14) << value << '\n';
}

} // namespace

Output::Output()
    : m_out(stdout)
    , m_err(stderr)
{}

QString Output::localTime(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return QLocale().toString(local, QStringLiteral("ddd d MMM yyyy, HH:mm")) + u' ' +
           local.timeZoneAbbreviation();
}

void Output::token(const EnrollmentToken& token, bool json)
{
    if (json) {
        printJson(m_out, tokenJson(token));
        return;
    }
    m_out << (token.platform == Platform::Windows ? tr("Windows enrollment token")
                                                  : tr("Android enrollment token"))
          << '\n';
    row(m_out, tr("Enroll code:"), token.enrollCode);
    row(m_out, tr("Link:"), token.enrollmentLink);
    row(m_out, tr("State:"), token.state);
    row(m_out, tr("Expires:"), token.perpetual ? tr("never") : localTime(token.expireAt));
    row(m_out, tr("User:"), token.userEmail.isEmpty() ? token.userId : token.userEmail);
    row(m_out, tr("Mode:"), token.managementMode);
    row(m_out, tr("Display name:"), token.displayName);
    row(m_out, tr("Token id:"), token.id);
    if (!token.policyId.isEmpty())
        row(m_out, tr("Primary policy:"), token.policyId);
    for (const AssignedPolicy& policy : token.assignments)
        row(m_out, tr("Policy:"),
            (policy.policyName.isEmpty() ? policy.policyId : policy.policyName) +
                tr(" (priority %1)").arg(policy.priority));
    m_out.flush();
}

void Output::pager(int page, int totalPages, int totalDocs, bool json)
{
    const int pages = std::max(totalPages, 1);
    const QString summary = page < pages
                                ? tr("Page %1 of %2 · %n item(s); --page %3 for more", nullptr, totalDocs)
                                      .arg(page)
                                      .arg(pages)
                                      .arg(page + 1)
                                : tr("Page %1 of %2 · %n item(s)", nullptr, totalDocs).arg(page).arg(pages);
    if (!json) {
        m_out << summary << '\n';
        m_out.flush();
    } else if (page < pages) {
        line(tr("note: ") + summary);
    }
    // No rows past the last page is no failure (the list may have shrunk meanwhile), but it is not an
    // empty list either.
    if (page > pages)
        line(tr("note: page %1 is past the last page, %2; the list has %n item(s).", nullptr, totalDocs)
                 .arg(page)
                 .arg(pages));
}

void Output::tokenPage(const Page<EnrollmentToken>& page, bool json)
{
    if (json) {
        QJsonArray items;
        for (const EnrollmentToken& token : page.items)
            items.append(tokenJson(token));
        printJson(m_out, QJsonObject{{QStringLiteral("items"), items},
                                     {QStringLiteral("page"), page.page},
                                     {QStringLiteral("totalPages"), page.totalPages},
                                     {QStringLiteral("totalDocs"), page.totalDocs}});
    } else {
        for (const EnrollmentToken& token : page.items) {
            m_out << token.id << "  " << token.state.leftJustified(8) << "  "
                  << token.enrollCode.leftJustified(8) << "  " << localTime(token.expireAt).leftJustified(28)
                  << "  " << token.userEmail << '\n';
        }
    }
    pager(page.page, page.totalPages, page.totalDocs, json);
}

void Output::bulkResult(const BulkReport& report, const ListCounts& counts, bool json)
{
    const BulkResult& result = report.counts;
    if (json) {
        printJson(m_out,
                  QJsonObject{
                      {QStringLiteral("total"), result.total},
                      {QStringLiteral("success"), result.success},
                      {QStringLiteral("fail"), result.fail},
                      // The list's own counts, next to the API's: what was never sent.
                      {QStringLiteral("duplicatesRemoved"), counts.duplicates},
                      {QStringLiteral("invalidSkipped"), counts.invalidSkipped},
                      {QStringLiteral("batches"), report.batches},
                      {QStringLiteral("batchesAnswered"), report.batchesAnswered},
                      {QStringLiteral("mayHaveTokens"), QJsonArray::fromStringList(report.mayHaveTokens)},
                      {QStringLiteral("notCreated"), QJsonArray::fromStringList(report.notCreated)},
                  });
        return;
    }
    m_out << tr("total %1, success %2, fail %3").arg(result.total).arg(result.success).arg(result.fail)
          << '\n';
    m_out << tr("batches answered: %1 of %2").arg(report.batchesAnswered).arg(report.batches) << '\n';
    if (result.fail > 0)
        m_out << tr("The API does not say which addresses failed; list the tokens to see who got one.")
              << '\n';
    const auto addresses = [this](const QString& heading, const QStringList& list) {
        if (list.isEmpty())
            return;
        m_out << heading << '\n';
        for (const QString& address : list)
            m_out << "  " << address << '\n';
    };
    addresses(tr("May have a token (check before sending again):"), report.mayHaveTokens);
    addresses(tr("Not created (refused or never sent):"), report.notCreated);
    m_out.flush();
}

void Output::users(const Page<MdmUser>& page, bool json)
{
    if (json) {
        QJsonArray items;
        for (const MdmUser& user : page.items)
            items.append(QJsonObject{{QStringLiteral("id"), user.id},
                                     {QStringLiteral("email"), user.email},
                                     {QStringLiteral("name"), user.name}});
        printJson(m_out, items); // an array, as scripts have read it: the pager goes to stderr
    } else {
        for (const MdmUser& user : page.items)
            m_out << user.id << "  " << user.name << " <" << user.email << ">\n";
    }
    pager(page.page, page.totalPages, page.totalDocs, json);
}

void Output::policies(const Page<Policy>& page, bool json)
{
    if (json) {
        QJsonArray items;
        for (const Policy& policy : page.items)
            items.append(QJsonObject{{QStringLiteral("id"), policy.id},
                                     {QStringLiteral("name"), policy.name},
                                     {QStringLiteral("type"), policy.type}});
        printJson(m_out, items);
        return;
    }
    for (const Policy& policy : page.items)
        m_out << policy.id << "  " << policy.name << '\n';
    m_out.flush();
}

void Output::organizations(const Page<Organization>& page, bool json)
{
    if (json) {
        QJsonArray items;
        for (const Organization& organization : page.items)
            items.append(QJsonObject{{QStringLiteral("id"), organization.id},
                                     {QStringLiteral("name"), organization.name},
                                     {QStringLiteral("slug"), organization.slug}});
        printJson(m_out, items);
        return;
    }
    for (const Organization& organization : page.items)
        m_out << organization.id << "  " << organization.slug.leftJustified(20) << "  " << organization.name
              << '\n';
    m_out.flush();
}

QString Output::keyRemedy(const ApiError& error) const
{
    // The core's sentences for these point to the console's "Profiles & API key" page; a script's user
    // needs the commands instead.
    const bool api = error.kind() == ApiError::Kind::Api;
    const bool missing = error.kind() == ApiError::Kind::MissingKey || (api && error.apiCode() == 4002);
    const bool rejected = error.kind() == ApiError::Kind::InvalidKey || (api && error.apiCode() == 4004) ||
                          ((api || error.kind() == ApiError::Kind::Http) && error.httpStatus() == 401);
    const QString profile = m_profileName.isEmpty() ? QStringLiteral("NAME") : u'"' + m_profileName + u'"';
    if (missing)
        return tr("Give the API key: store it with enrolldesk-cli auth set --profile %1, or set "
                  "ENROLLDESK_API_KEY, or pass --api-key-stdin.")
            .arg(profile);
    if (rejected)
        return tr("Store a valid API key with enrolldesk-cli auth set --profile %1, or give one with "
                  "ENROLLDESK_API_KEY or --api-key-stdin.")
            .arg(profile);
    return {};
}

int Output::error(const ApiError& error)
{
    const QString remedy = keyRemedy(error);
    // The core's sentence for a missing key names the console's page; here the commands say it all.
    const bool remedyIsTheMessage = error.kind() == ApiError::Kind::MissingKey;
    m_err << tr("error: ") << (remedyIsTheMessage ? remedy : error.message()) << '\n';
    if (error.kind() != ApiError::Kind::Validation)
        m_err << "  (" << error.technicalDetails() << ")\n";
    if (!remedy.isEmpty() && !remedyIsTheMessage)
        m_err << remedy << '\n';
    m_err.flush();
    switch (error.kind()) {
    case ApiError::Kind::Validation:
    case ApiError::Kind::InsecureUrl:
    case ApiError::Kind::MissingKey:
    case ApiError::Kind::InvalidKey:
        return Usage;
    case ApiError::Kind::Api:
    case ApiError::Kind::Http:
    // The server answered, with something that cannot be read: a gateway's 502 page is the server's
    // failure as much as a 500 in the API's envelope. A connection that closes in the middle of the
    // answer is Kind::Network, a transport failure (4).
    case ApiError::Kind::BadResponse:
    case ApiError::Kind::TooLarge:
    case ApiError::Kind::Incomplete:
        return ApiFailure;
    default:
        return NetworkFailure;
    }
}

void Output::line(const QString& text)
{
    m_err << text << '\n';
    m_err.flush();
}

bool Output::outWritten()
{
    m_out.flush();
    // QTextStream hands the bytes to the FILE: only its flush shows whether they reached the file.
    const bool flushed = std::fflush(stdout) == 0;
    if (flushed && !std::ferror(stdout) && m_out.status() == QTextStream::Ok)
        return true;
    line(tr("error: the result could not be written to standard output."));
    return false;
}

int Output::usage(const QString& message)
{
    m_err << tr("error: ") << message << '\n' << tr("Run enrolldesk-cli --help for the usage.") << '\n';
    m_err.flush();
    return Usage;
}

} // namespace Cli
