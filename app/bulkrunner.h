#pragma once
// Sends a long list of addresses to W2 (createWindowsTokens) in batches, one request at a time, and keeps
// what happened to each batch. The API answers a batch with counts only ({total, success, fail}), so a
// batch is the smallest unit that can be known, retried or reported.
//
// Safety rules: never two requests in flight for one run; nothing is sent again automatically; only a
// batch that failed on the way (network, timeout, 5xx, gateway page, 429) or that surely never left can be
// retried, and only when asked. Of those, a batch whose request may have been carried out all the same
// (mayHaveBeenProcessed: a timeout, a dropped connection, a server error) could create tokens and send
// e-mails twice: the console asks before retrying it. cancel() lets the batch in flight finish and records
// its answer.

#include "apierror.h"
#include "emaillist.h"
#include "types.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <array>
#include <optional>

class ApiCall;
class ApiClient;

class BulkRunner final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultBatchSize = 100;
    static constexpr int kMaxBatchSize = 1000;

    enum class BatchState { Pending, Sending, Done, Failed, Cancelled };
    Q_ENUM(BatchState)

    struct Batch
    {
        int index = 0;
        int firstAddress = 0; // 0-based position of the first address in the whole list
        int addressCount = 0;
        EmailAddresses list; // the whole run's addresses, shared by its batches
        BatchState state = BatchState::Pending;
        BulkResult result;                               // valid when Done
        ApiError error;                                  // valid when Failed (the last attempt's error)
        bool earlierAttemptMayHaveBeenProcessed = false; // an attempt before the last one's error said so
        int attempts = 0;
        QDateTime startedAt;  // of the last attempt, UTC
        QDateTime finishedAt; // of the last attempt, UTC
        qint64 durationMs = 0;

        // Failed on the way (isTransient) or surely never sent: asking again may help. See
        // mayHaveBeenProcessed() before doing so.
        bool isRetryable() const;
        // Failed, and this or an earlier attempt reached the server with no answer saying it was refused (a
        // timeout, a dropped connection, a 5xx, an incomplete answer): its tokens may exist and their
        // e-mails be sent.
        bool mayHaveBeenProcessed() const;
        // This batch's addresses, made from `list` when asked for: a run of hundreds of thousands of
        // addresses starts without making them all at once.
        QStringList emails() const { return list.mid(firstAddress, addressCount); }
    };

    struct Totals
    {
        int batches = 0;
        int addresses = 0; // in the run
        int total = 0;     // sums of the API's answers (Done batches)
        int success = 0;
        int fail = 0;
        int done = 0; // batches per state
        int failed = 0;
        int retryable = 0;
        int uncertain = 0; // retryable batches that mayHaveBeenProcessed()
        int cancelled = 0;
        int pending = 0;             // Pending or Sending
        int addressesAnswered = 0;   // addresses in Done batches
        int addressesUnanswered = 0; // addresses in Failed or Cancelled batches
    };

    explicit BulkRunner(ApiClient* client, QObject* parent = nullptr);
    ~BulkRunner() override;

    // Starts a new run (the previous one is forgotten). Refused while running, or when the request is
    // invalid (no address, bad address, duplicates, settings): the returned errors say why.
    FieldErrors start(const QStringList& emails, const TokenSettings& settings,
                      int batchSize = kDefaultBatchSize);
    // The same for the addresses of a parsed list. EmailListParser has checked each of them by
    // Validation's rules (validateParsed), so they are not checked again in the turn that starts the run
    // (20,000 addresses: 8-10 ms, bench_bulk_ui). Every batch is still validated before it is sent, but
    // only within itself: a list not made by the parser could repeat an address in two batches. A list
    // whose analysis was cancelled (read only in part) is refused.
    FieldErrors start(const EmailListAnalysis& list, const TokenSettings& settings,
                      int batchSize = kDefaultBatchSize);
    // No further batch is sent; the one in flight finishes and is recorded. finished() follows.
    void cancel();
    // Sends one Failed, retryable batch again. False (nothing happens) for any other batch, and when the
    // client now points to another server or organization than the run (as for retryFailed, resume).
    bool retry(int index);
    // Queues every retryable failed batch that surely was not processed, and of those that
    // mayHaveBeenProcessed() the ones listed in `sendAgain` (by index: the batches the user was asked
    // about; one that failed that way after the question stays failed). Returns how many.
    int retryFailed(const QList<int>& sendAgain = {});
    // The retryable failed batches that may have been processed: what to ask about before retryFailed().
    QList<int> uncertainBatches() const;
    // Sends the batches that cancel() (or a run-wide error) left unsent. Returns how many.
    int resume();

    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_cancelling; }
    bool hasRun() const { return !m_batches.isEmpty(); }
    int batchSize() const { return m_batchSize; }
    const QList<Batch>& batches() const { return m_batches; }
    const Batch& batch(int index) const { return m_batches.at(index); }
    int batchCount() const { return int(m_batches.size()); }
    Totals totals() const;
    TokenSettings settings() const { return m_settings; }
    // Whether the client still points to the run's server and organization: retry() and resume() refuse
    // to send the run's batches anywhere else.
    bool isOnItsConnection() const;
    // Where the run went, as the client was set when it started.
    QString organization() const { return m_organization; }
    QUrl server() const { return m_server; }
    QDateTime startedAt() const { return m_startedAt; }
    // Why the run stopped by itself (an error that every batch would get), empty otherwise.
    QString stopReason() const { return m_stopReason; }

    // Time spent sending (all attempts) and an estimate for the batches still pending (nullopt before
    // the first answer).
    qint64 elapsedMs() const;
    std::optional<qint64> remainingMs() const;

    // The run's log: one row per batch with the organization, server, state, counts and error.
    QString toCsv() const;

    static QString stateName(BatchState state);

Q_SIGNALS:
    void batchChanged(int index);
    // After every state change: batches answered or failed so far, out of all.
    void progressChanged(int finishedBatches, int batchCount);
    void runningChanged(bool running);
    // A batch was answered: the API created `count` (> 0) tokens, which it names by count only.
    void tokensCreated(int count);
    // Nothing more will be sent until retry() or resume().
    void finished();

private:
    // After validation: forgets the previous run and starts this one.
    void begin(const EmailAddresses& addresses, const TokenSettings& settings, int batchSize);
    FieldErrors refusal() const; // why start() cannot start now, if it cannot
    void setState(Batch& batch, BatchState state);
    // Pending -> Cancelled (never sent, so resume() may send them later). True when any changed.
    bool cancelPending();
    void sendNext();
    void batchAnswered(int index, const BulkResult& result, const ApiError& error);
    void setRunning(bool running);
    void emitProgress();

    ApiClient* m_client;
    QList<Batch> m_batches;
    TokenSettings m_settings;
    int m_batchSize = kDefaultBatchSize;
    QString m_organization;
    QUrl m_server;
    QDateTime m_startedAt;
    QString m_stopReason;
    bool m_running = false;
    bool m_cancelling = false;
    int m_inFlight = -1;                // index of the batch being sent
    int m_searchFrom = 0;               // no Pending batch before this index
    std::array<int, 5> m_stateCounts{}; // batches per BatchState
    QPointer<ApiCall> m_call;
    QElapsedTimer m_clock; // runs while a batch is in flight
    qint64 m_elapsedBeforeMs = 0;
};
