#include "bulkcheck.h"

#include "apiclient.h"
#include "apilimits.h"

BulkCheck::BulkCheck(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

BulkCheck::~BulkCheck()
{
    if (m_call)
        m_call->cancel(); // its callback is guarded by `this`
}

void BulkCheck::start(const QStringList& emails, const QDateTime& runStarted)
{
    cancel();
    m_emails = emails;
    m_found.clear();
    m_since = runStarted.addSecs(-kClockSlackSeconds);
    m_pagesRead = 0;
    m_reachedCap = false;
    m_error = {};
    readPage(1);
}

void BulkCheck::cancel()
{
    if (QPointer<ApiCall> call = std::exchange(m_call, nullptr))
        call->cancel();
}

void BulkCheck::readPage(int page)
{
    TokenListQuery query;
    query.page = page;
    query.limit = kPageSize;
    query.sort = QStringLiteral("createdAt:desc");
    query.showDeleted = true; // a token deleted since still shows the run created it
    m_call = m_client->listWindowsTokens(
        query, this,
        [this, page](const ApiResult<Page<EnrollmentToken>>& result) { pageRead(page, result); });
}

void BulkCheck::pageRead(int page, const ApiResult<Page<EnrollmentToken>>& result)
{
    m_call.clear();
    if (!result.ok()) {
        if (result.error.kind() != ApiError::Kind::Cancelled) {
            m_error = result.error;
            Q_EMIT finished();
        }
        return;
    }
    ++m_pagesRead;
    Q_EMIT progressChanged(m_pagesRead);
    bool older = false; // the list is newest first: one token from before the run ends the search
    for (const EnrollmentToken& token : result.value.items) {
        if (token.createdAt.isValid() && token.createdAt < m_since) {
            older = true;
            break;
        }
        if (!token.userEmail.isEmpty())
            m_found.insert(Limits::emailKey(token.userEmail)); // as the list's duplicates are told
    }
    const bool more = !older && result.value.hasNextPage && !result.value.items.isEmpty();
    if (more && page < kMaxPages) {
        readPage(page + 1);
        return;
    }
    m_reachedCap = more;
    Q_EMIT finished();
}

QStringList BulkCheck::withToken() const
{
    QStringList emails;
    for (const QString& email : m_emails) {
        if (m_found.contains(Limits::emailKey(email)))
            emails << email;
    }
    return emails;
}

QStringList BulkCheck::withoutToken() const
{
    QStringList emails;
    for (const QString& email : m_emails) {
        if (!m_found.contains(Limits::emailKey(email)))
            emails << email;
    }
    return emails;
}
