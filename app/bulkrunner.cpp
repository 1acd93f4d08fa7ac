#include "bulkrunner.h"

#include "apiclient.h"
#include "jsoncodec.h"
#include "logging.h"

#include <QJsonDocument>
#include <QLocale>

namespace {

// Errors that every other batch would get as well (the key, the organization's plan, the address):
// sending the rest would only repeat them, so the run stops and the rest stays unsent (resume() later).
bool stopsTheRun(const ApiError& error)
{
    switch (error.kind()) {
    case ApiError::Kind::MissingKey:
    case ApiError::Kind::InvalidKey:
    case ApiError::Kind::InsecureUrl:
    case ApiError::Kind::Tls:
    case ApiError::Kind::HostNotFound:
    case ApiError::Kind::ConnectionRefused:
    case ApiError::Kind::ConnectTimeout:
        return true;
    case ApiError::Kind::Api:
    case ApiError::Kind::Http:
        // 429 and 5017 (Limit Exceeded) concern the organization, not the batch: the next batch, sent at
        // once, would only hit them again. The rest stays unsent; "Send the rest" resumes later.
        // A redirect (a wrong address, a proxy in the way) would meet every batch too.
        return (error.httpStatus() >= 300 && error.httpStatus() < 400) || error.httpStatus() == 401 ||
               error.httpStatus() == 403 || error.httpStatus() == 404 || error.httpStatus() == 429 ||
               error.apiCode() == 4001 || error.apiCode() == 4002 || error.apiCode() == 4004 ||
               error.apiCode() == 5017 || error.apiCode() == 5050;
    default:
        return false;
    }
}

// One CSV field: quoted when needed; a leading = + - @ is defused so a spreadsheet shows it as text.
QString csvField(const QString& value)
{
    QString text = value;
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r') ||
        text.contains(u';')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

bool BulkRunner::Batch::isRetryable() const
{
    if (state != BatchState::Failed)
        return false;
    // A validation error would be refused again with the same settings; anything else that surely never
    // left (no key, refused connection) or failed on the way may be asked again.
    return error.isTransient() || (error.nothingWasSent() && error.kind() != ApiError::Kind::Validation);
}

bool BulkRunner::Batch::mayHaveBeenProcessed() const
{
    return state == BatchState::Failed &&
           (error.mayHaveBeenProcessed() || earlierAttemptMayHaveBeenProcessed);
}

BulkRunner::BulkRunner(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

BulkRunner::~BulkRunner()
{
    // Cancelling answers the batch at once, while `this` still exists: with the run marked over and the
    // signals blocked, that answer neither sends the next batch nor reaches listeners of a dying runner.
    m_running = false;
    blockSignals(true);
    if (m_call)
        m_call->cancel();
}

FieldErrors BulkRunner::start(const QStringList& emails, const TokenSettings& settings, int batchSize)
{
    FieldErrors errors = refusal();
    if (errors.isEmpty())
        errors = Validation::validate(WindowsBulkRequest{emails, settings});
    if (errors.isEmpty())
        begin(EmailAddresses(emails), settings, batchSize);
    return errors;
}

FieldErrors BulkRunner::start(const EmailListAnalysis& list, const TokenSettings& settings, int batchSize)
{
    if (list.cancelled)
        return {FieldError{QStringLiteral("userEmails"),
                           tr("E-mails: the list was read only in part; analyse it again.")}};
    FieldErrors errors = refusal();
    if (errors.isEmpty())
        errors = Validation::validateParsed(list.valid, settings);
    if (errors.isEmpty())
        begin(list.valid, settings, batchSize);
    return errors;
}

FieldErrors BulkRunner::refusal() const
{
    if (m_running)
        return {FieldError{QStringLiteral("userEmails"), tr("A run is already under way.")}};
    return {};
}

void BulkRunner::begin(const EmailAddresses& addresses, const TokenSettings& settings, int batchSize)
{
    m_batchSize = qBound(1, batchSize, kMaxBatchSize);
    m_settings = settings;
    m_organization = m_client->organization();
    m_server = m_client->baseUrl();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_stopReason.clear();
    m_cancelling = false;
    m_elapsedBeforeMs = 0;
    m_batches.clear();
    m_batches.reserve((addresses.size() + m_batchSize - 1) / m_batchSize);
    for (qsizetype first = 0; first < addresses.size(); first += m_batchSize) {
        Batch batch;
        batch.index = int(m_batches.size());
        batch.firstAddress = int(first);
        batch.addressCount = int(std::min<qsizetype>(m_batchSize, addresses.size() - first));
        batch.list = addresses;
        m_batches.append(batch);
    }
    m_stateCounts.fill(0);
    m_stateCounts[int(BatchState::Pending)] = int(m_batches.size());
    m_searchFrom = 0;
    qCInfo(lcBulk) << "bulk run:" << addresses.size() << "addresses in" << m_batches.size() << "batches of"
                   << m_batchSize;
    setRunning(true);
    emitProgress();
    sendNext();
}

void BulkRunner::cancel()
{
    if (!m_running)
        return;
    if (cancelPending())
        emitProgress();
    if (m_inFlight >= 0) {
        m_cancelling = true; // finished() when the batch in flight is answered
        return;
    }
    setRunning(false);
    Q_EMIT finished();
}

bool BulkRunner::isOnItsConnection() const
{
    return m_client->organization() == m_organization && m_client->baseUrl() == m_server;
}

bool BulkRunner::retry(int index)
{
    if (index < 0 || index >= m_batches.size() || !m_batches[index].isRetryable() || m_cancelling ||
        !isOnItsConnection())
        return false;
    setState(m_batches[index], BatchState::Pending);
    Q_EMIT batchChanged(index);
    emitProgress();
    if (!m_running) {
        m_stopReason.clear();
        setRunning(true);
        sendNext();
    }
    return true;
}

QList<int> BulkRunner::uncertainBatches() const
{
    QList<int> indexes;
    for (const Batch& batch : m_batches) {
        if (batch.isRetryable() && batch.mayHaveBeenProcessed())
            indexes << batch.index;
    }
    return indexes;
}

int BulkRunner::retryFailed(const QList<int>& sendAgain)
{
    if (m_cancelling || !isOnItsConnection())
        return 0;
    int queued = 0;
    for (Batch& batch : m_batches) {
        if (batch.isRetryable() && (!batch.mayHaveBeenProcessed() || sendAgain.contains(batch.index))) {
            setState(batch, BatchState::Pending);
            Q_EMIT batchChanged(batch.index);
            ++queued;
        }
    }
    if (queued > 0) {
        emitProgress();
        if (!m_running) {
            m_stopReason.clear();
            setRunning(true);
            sendNext();
        }
    }
    return queued;
}

int BulkRunner::resume()
{
    if (m_running || !isOnItsConnection())
        return 0;
    int queued = 0;
    for (Batch& batch : m_batches) {
        // Cancelled batches were never sent (cancel() only touches Pending ones): safe to send now.
        if (batch.state == BatchState::Cancelled) {
            setState(batch, BatchState::Pending);
            Q_EMIT batchChanged(batch.index);
            ++queued;
        }
    }
    if (queued > 0) {
        m_stopReason.clear();
        setRunning(true);
        emitProgress();
        sendNext();
    }
    return queued;
}

void BulkRunner::sendNext()
{
    if (m_inFlight >= 0)
        return; // one request at a time
    // Pending batches all sit at or after m_searchFrom: the scan stays linear over the whole run.
    int next = -1;
    while (m_searchFrom < m_batches.size() && next < 0) {
        if (m_batches[m_searchFrom].state == BatchState::Pending)
            next = m_searchFrom;
        else
            ++m_searchFrom;
    }
    if (next >= 0 && !isOnItsConnection()) {
        // The profile was switched during the run: the rest must not go to another organization.
        m_stopReason = tr("The server or organization changed during the run; the remaining batches were "
                          "not sent.");
        cancelPending();
        emitProgress();
        next = -1;
    }
    if (next < 0) {
        setRunning(false);
        Q_EMIT finished();
        return;
    }
    Batch& batch = m_batches[next];
    setState(batch, BatchState::Sending);
    batch.attempts += 1;
    batch.startedAt = QDateTime::currentDateTimeUtc();
    batch.finishedAt = {};
    // A retry refused outright does not undo what an earlier, unanswered attempt may have done.
    batch.earlierAttemptMayHaveBeenProcessed =
        batch.earlierAttemptMayHaveBeenProcessed || batch.error.mayHaveBeenProcessed();
    batch.error = {};
    m_inFlight = next;
    m_clock.start();
    Q_EMIT batchChanged(next);
    m_call = m_client->createWindowsTokens(WindowsBulkRequest{batch.emails(), m_settings}, this,
                                           [this, next](const ApiResult<BulkResult>& answer) {
                                               batchAnswered(next, answer.value, answer.error);
                                           });
}

void BulkRunner::batchAnswered(int index, const BulkResult& result, const ApiError& error)
{
    m_call.clear();
    m_inFlight = -1;
    const qint64 took = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_elapsedBeforeMs += took;
    m_clock.invalidate();

    Batch& batch = m_batches[index];
    batch.finishedAt = QDateTime::currentDateTimeUtc();
    batch.durationMs = took;
    if (error.isError()) {
        setState(batch, BatchState::Failed);
        batch.error = error;
        qCWarning(lcBulk) << "bulk batch" << index + 1 << "failed:" << error.technicalDetails();
    } else {
        setState(batch, BatchState::Done);
        batch.result = result;
    }
    Q_EMIT batchChanged(index);
    if (!error.isError() && result.success > 0)
        Q_EMIT tokensCreated(result.success);
    if (!m_running)
        return; // cancel() was called from a slot of batchChanged and has already finished the run

    if (error.isError() && stopsTheRun(error) && !m_cancelling) {
        m_stopReason = error.message();
        cancelPending();
    }
    emitProgress();

    if (m_cancelling) {
        m_cancelling = false;
        setRunning(false);
        Q_EMIT finished();
        return;
    }
    sendNext();
}

void BulkRunner::setRunning(bool running)
{
    if (m_running == running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

void BulkRunner::setState(Batch& batch, BatchState state)
{
    --m_stateCounts[int(batch.state)];
    ++m_stateCounts[int(state)];
    batch.state = state;
    if (state == BatchState::Pending)
        m_searchFrom = qMin(m_searchFrom, batch.index);
}

bool BulkRunner::cancelPending()
{
    bool changed = false;
    for (qsizetype i = m_searchFrom; i < m_batches.size(); ++i) {
        if (m_batches[i].state == BatchState::Pending) {
            // A retry queued but not sent leaves the batch as its last attempt left it: failed, with
            // that attempt's error and whether its tokens may exist. Cancelled means never sent, which
            // resume() sends without asking.
            setState(m_batches[i], m_batches[i].attempts > 0 ? BatchState::Failed : BatchState::Cancelled);
            Q_EMIT batchChanged(int(i));
            changed = true;
        }
    }
    return changed;
}

void BulkRunner::emitProgress()
{
    Q_EMIT progressChanged(m_stateCounts[int(BatchState::Done)] + m_stateCounts[int(BatchState::Failed)],
                           batchCount());
}

BulkRunner::Totals BulkRunner::totals() const
{
    Totals totals;
    totals.batches = batchCount();
    for (const Batch& batch : m_batches) {
        const int count = batch.addressCount;
        totals.addresses += count;
        switch (batch.state) {
        case BatchState::Done:
            ++totals.done;
            totals.total += batch.result.total;
            totals.success += batch.result.success;
            totals.fail += batch.result.fail;
            totals.addressesAnswered += count;
            break;
        case BatchState::Failed:
            ++totals.failed;
            if (batch.isRetryable())
                ++totals.retryable;
            if (batch.isRetryable() && batch.mayHaveBeenProcessed())
                ++totals.uncertain;
            totals.addressesUnanswered += count;
            break;
        case BatchState::Cancelled:
            ++totals.cancelled;
            totals.addressesUnanswered += count;
            break;
        case BatchState::Pending:
        case BatchState::Sending:
            ++totals.pending;
            break;
        }
    }
    return totals;
}

qint64 BulkRunner::elapsedMs() const
{
    return m_elapsedBeforeMs + (m_clock.isValid() ? m_clock.elapsed() : 0);
}

std::optional<qint64> BulkRunner::remainingMs() const
{
    // A batch the API creates tokens for takes longer than one it refuses at once: the estimate follows
    // the Done batches, and the failed ones only while there is no Done batch yet.
    qint64 doneMs = 0;
    int done = 0;
    qint64 failedMs = 0;
    int failed = 0;
    int waiting = 0;
    for (const Batch& batch : m_batches) {
        if (batch.state == BatchState::Done) {
            doneMs += batch.durationMs;
            ++done;
        } else if (batch.state == BatchState::Failed) {
            failedMs += batch.durationMs;
            ++failed;
        } else if (batch.state == BatchState::Pending || batch.state == BatchState::Sending) {
            ++waiting;
        }
    }
    const qint64 answeredMs = done > 0 ? doneMs : failedMs;
    const int answered = done > 0 ? done : failed;
    if (waiting == 0)
        return 0;
    if (answered == 0)
        return std::nullopt;
    qint64 estimate = answeredMs / answered * waiting;
    if (m_clock.isValid()) // the batch in flight is partly done
        estimate = qMax<qint64>(0, estimate - qMin(m_clock.elapsed(), answeredMs / answered));
    return estimate;
}

QString BulkRunner::stateName(BatchState state)
{
    switch (state) {
    case BatchState::Pending:
        return tr("Waiting");
    case BatchState::Sending:
        return tr("Sending");
    case BatchState::Done:
        return tr("Done");
    case BatchState::Failed:
        return tr("Failed");
    case BatchState::Cancelled:
        return tr("Not sent", "batch state after cancel");
    }
    return {};
}

QString BulkRunner::toCsv() const
{
    // Column names are a file format, not prose: not translated. State names are stable English words
    // for the same reason.
    static const char* const kStateKeys[] = {"pending", "sending", "done", "failed", "cancelled"};
    QStringList lines;
    lines << QStringLiteral("run_started,organization,server,batch,first_address,addresses,state,attempts,"
                            "started,finished,duration_ms,total,success,fail,retryable,maybe_created,"
                            "earlier_attempt_maybe_created,http_status,api_code,error,settings,emails");
    const QString runStarted = isoTime(m_startedAt);
    // The token settings every batch was sent with, as the flat JSON body carried them (the addresses
    // are in their own column): a log read later says what the created tokens were made with.
    QJsonObject settingsBody = JsonCodec::toJson(WindowsBulkRequest{{}, m_settings});
    settingsBody.remove(QStringLiteral("userEmails"));
    const QString settings =
        csvField(QString::fromUtf8(QJsonDocument(settingsBody).toJson(QJsonDocument::Compact)));
    const QString server = m_server.toString(QUrl::RemoveUserInfo);
    for (const Batch& batch : m_batches) {
        const bool done = batch.state == BatchState::Done;
        const bool failed = batch.state == BatchState::Failed;
        QStringList fields{
            runStarted,
            csvField(m_organization),
            csvField(server),
            QString::number(batch.index + 1),
            QString::number(batch.firstAddress + 1),
            QString::number(batch.addressCount),
            QLatin1String(kStateKeys[int(batch.state)]),
            QString::number(batch.attempts),
            isoTime(batch.startedAt),
            isoTime(batch.finishedAt),
            batch.attempts > 0 && batch.state != BatchState::Sending ? QString::number(batch.durationMs)
                                                                     : QString(),
            done ? QString::number(batch.result.total) : QString(),
            done ? QString::number(batch.result.success) : QString(),
            done ? QString::number(batch.result.fail) : QString(),
            failed ? (batch.isRetryable() ? QStringLiteral("yes") : QStringLiteral("no")) : QString(),
            failed ? (batch.mayHaveBeenProcessed() ? QStringLiteral("yes") : QStringLiteral("no"))
                   : QString(),
            // A batch sent again after an attempt that may have gone through: its users may have two tokens.
            batch.attempts > 1
                ? (batch.earlierAttemptMayHaveBeenProcessed ? QStringLiteral("yes") : QStringLiteral("no"))
                : QString(),
            failed && batch.error.httpStatus() > 0 ? QString::number(batch.error.httpStatus()) : QString(),
            failed && batch.error.apiCode() > 0 ? QString::number(batch.error.apiCode()) : QString(),
            failed ? csvField(batch.error.message()) : QString(),
            settings,
            csvField(batch.emails().join(u';')),
        };
        lines << fields.join(u',');
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}
