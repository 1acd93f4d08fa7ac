#pragma once
// Which addresses of a bulk run have a Windows token now. W2 answers a batch with counts only
// ({total, success, fail}), so after a run with failures nobody knows which users were left without a
// token. This reads W3 newest first, page after page, back to a little before the run started, and
// matches each token's user e-mail against the run's addresses.

#include "apierror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class ApiCall;
class ApiClient;
struct EnrollmentToken;
template <typename T> struct Page;
template <typename T> struct ApiResult;

class BulkCheck final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;
    // 50,000 tokens: a run of the largest lists the page takes, with room for other admins' tokens.
    static constexpr int kMaxPages = 500;
    // Tokens created this long before the run's start still count: the server's clock is not ours.
    static constexpr qint64 kClockSlackSeconds = 300;

    explicit BulkCheck(ApiClient* client, QObject* parent = nullptr);
    ~BulkCheck() override;

    // Starts over for `emails` (compared case-insensitively) and tokens created since `runStarted`.
    void start(const QStringList& emails, const QDateTime& runStarted);
    void cancel();
    bool isRunning() const { return !m_call.isNull(); }

    // After finished(): the run's addresses in their order, split by whether a token was found.
    QStringList withToken() const;
    QStringList withoutToken() const;
    int pagesRead() const { return m_pagesRead; }
    // Set when a page could not be read (then the split is not known) or the page cap was reached.
    ApiError error() const { return m_error; }
    bool reachedPageCap() const { return m_reachedCap; }

Q_SIGNALS:
    void progressChanged(int pagesRead);
    void finished();

private:
    void readPage(int page);
    void pageRead(int page, const ApiResult<Page<EnrollmentToken>>& result);

    ApiClient* m_client;
    QPointer<ApiCall> m_call;
    QStringList m_emails;
    QSet<QString> m_found; // lower-cased addresses with a token since the run started
    QDateTime m_since;
    int m_pagesRead = 0;
    bool m_reachedCap = false;
    ApiError m_error;
};
