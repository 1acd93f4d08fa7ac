// BulkRunner against a real enrolldesk-sandbox: batches and totals match what the sandbox recorded,
// failed batches are retried only when asked and only when safe, cancel stops sending, and the log
// exports as CSV. The sandbox's W2 counts known users' addresses as success and unknown ones as fail.

#include "apiclient.h"
#include "bulkcheck.h"
#include "bulkrunner.h"
#include "emaillist.h"
#include "jsoncodec.h"
#include "sandboxprocess.h"

#include "httpconnectionpool.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

Q_DECLARE_METATYPE(ApiError::Kind)

using State = BulkRunner::BatchState;

namespace {

const QString kBulkPath = QStringLiteral("/enrollment-tokens/bulk");

struct RecordedBatch
{
    QStringList emails;
    int status = 0;
};

// The W2 requests the sandbox received, oldest first.
QList<RecordedBatch> recordedBatches(SandboxProcess& sandbox)
{
    QList<RecordedBatch> batches;
    for (const QJsonValue& item : sandbox.requests()) {
        const QJsonObject request = item.toObject();
        if (request.value(QLatin1StringView("method")).toString() != QLatin1StringView("POST") ||
            !request.value(QLatin1StringView("path")).toString().endsWith(kBulkPath))
            continue;
        const QJsonObject body =
            QJsonDocument::fromJson(request.value(QLatin1StringView("body")).toString().toUtf8()).object();
        RecordedBatch batch;
        for (const QJsonValue& email : body.value(QLatin1StringView("userEmails")).toArray())
            batch.emails << email.toString();
        batch.status = request.value(QLatin1StringView("status")).toInt();
        batches << batch;
    }
    return batches;
}

QJsonObject fault(const QString& type, std::initializer_list<std::pair<QString, QJsonValue>> more = {})
{
    QJsonObject json{{QStringLiteral("type"), type},
                     {QStringLiteral("pathContains"), QStringLiteral("bulk")},
                     {QStringLiteral("count"), 1}};
    for (const auto& [key, value] : more)
        json.insert(key, value);
    return json;
}

// A fault that changes nothing: queued first, it makes the next fault hit the second batch.
QJsonObject passThrough()
{
    return fault(QStringLiteral("slow"), {{QStringLiteral("delayMs"), 0}});
}

} // namespace

class TestBulkRunner : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    HttpConnectionPool m_http;
    std::unique_ptr<ApiClient> m_client;
    QStringList m_known;

    // `known` known users' addresses then `unknown` addresses nobody has.
    QStringList addresses(int known, int unknown) const
    {
        QStringList list = m_known.mid(0, known);
        for (int i = 0; i < unknown; ++i)
            list << QStringLiteral("nobody%1@unknown.example").arg(i + 1);
        return list;
    }

    static TokenSettings settings()
    {
        TokenSettings settings;
        settings.sendEmail = false;
        settings.displayName = QStringLiteral("Bulk test");
        settings.durationSeconds = 3600;
        return settings;
    }

    static bool waitIdle(const BulkRunner& runner)
    {
        return QTest::qWaitFor([&runner] { return !runner.isRunning(); }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_client = std::make_unique<ApiClient>(&m_http);
        m_client->setBaseUrl(m_sandbox.baseUrl());
        m_client->setOrganization(SandboxProcess::organizationSlug());
        m_client->setApiKey(SandboxProcess::apiKey());
        for (const QJsonValue& user : m_sandbox.users())
            m_known << user.toObject().value(QLatin1StringView("email")).toString();
        QVERIFY(m_known.size() >= 8);
    }

    void init()
    {
        QVERIFY(m_sandbox.clearFaults());
        QVERIFY(m_sandbox.clearRequests());
    }

    void batchesAndTotalsMatchTheRecord_data()
    {
        QTest::addColumn<int>("known");
        QTest::addColumn<int>("unknown");
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<int>("expectedBatches");
        QTest::newRow("one batch") << 5 << 2 << 100 << 1;
        QTest::newRow("exact batches") << 6 << 0 << 3 << 2;
        QTest::newRow("last batch short") << 5 << 3 << 3 << 3;
        QTest::newRow("one address per batch") << 2 << 2 << 1 << 4;
        QTest::newRow("size below one is one") << 2 << 1 << 0 << 3;
        QTest::newRow("all unknown") << 0 << 4 << 2 << 2;
    }

    void batchesAndTotalsMatchTheRecord()
    {
        QFETCH(int, known);
        QFETCH(int, unknown);
        QFETCH(int, batchSize);
        QFETCH(int, expectedBatches);
        const QStringList emails = addresses(known, unknown);

        BulkRunner runner(m_client.get());
        QSignalSpy finished(&runner, &BulkRunner::finished);
        QSignalSpy created(&runner, &BulkRunner::tokensCreated);
        QVERIFY(runner.start(emails, settings(), batchSize).isEmpty());
        QVERIFY(runner.isRunning());
        QVERIFY(waitIdle(runner));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(runner.batchCount(), expectedBatches);
        QCOMPARE(runner.organization(), SandboxProcess::organizationSlug());
        QCOMPARE(runner.server(), m_sandbox.baseUrl());

        const QList<RecordedBatch> recorded = recordedBatches(m_sandbox);
        QCOMPARE(recorded.size(), expectedBatches);
        QStringList sent;
        const QSet<QString> knownSet(m_known.cbegin(), m_known.cend());
        for (int i = 0; i < runner.batchCount(); ++i) {
            const BulkRunner::Batch& batch = runner.batch(i);
            QCOMPARE(batch.state, State::Done);
            QCOMPARE(batch.attempts, 1);
            QCOMPARE(recorded[i].emails, batch.emails());
            QCOMPARE(recorded[i].status, 200);
            int expectedSuccess = 0;
            for (const QString& email : batch.emails())
                expectedSuccess += knownSet.contains(email) ? 1 : 0;
            QCOMPARE(batch.result.total, batch.addressCount);
            QCOMPARE(batch.result.success, expectedSuccess);
            QCOMPARE(batch.result.fail, batch.addressCount - expectedSuccess);
            QVERIFY(batch.startedAt.isValid() && batch.finishedAt >= batch.startedAt);
            sent += recorded[i].emails;
        }
        QCOMPARE(sent, emails); // every address once, in order

        const BulkRunner::Totals totals = runner.totals();
        QCOMPARE(totals.batches, expectedBatches);
        QCOMPARE(totals.done, expectedBatches);
        QCOMPARE(totals.total, known + unknown);
        QCOMPARE(totals.success, known);
        QCOMPARE(totals.fail, unknown);
        int announced = 0;
        for (const QList<QVariant>& batch : created) {
            QVERIFY(batch.at(0).toInt() > 0); // a batch that created nothing is not announced
            announced += batch.at(0).toInt();
        }
        QCOMPARE(announced, known);
        QCOMPARE(totals.failed, 0);
        QCOMPARE(totals.pending, 0);
        QCOMPARE(runner.remainingMs(), std::optional<qint64>(0));
    }

    void neverTwoRequestsInFlight()
    {
        BulkRunner runner(m_client.get());
        int sending = 0;
        int maxSending = 0;
        connect(&runner, &BulkRunner::batchChanged, this, [&](int index) {
            const State state = runner.batch(index).state;
            if (state == State::Sending)
                maxSending = qMax(maxSending, ++sending);
            else if (state == State::Done || state == State::Failed)
                --sending;
        });
        QVERIFY(runner.start(addresses(8, 4), settings(), 2).isEmpty());
        QVERIFY(waitIdle(runner));
        QCOMPARE(maxSending, 1);
        QCOMPARE(m_client->requestsInFlight(), 0);
        QCOMPARE(recordedBatches(m_sandbox).size(), 6);
    }

    void startIsRefused_data()
    {
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<QString>("field");
        QTest::newRow("no address") << QStringList() << QStringLiteral("userEmails");
        QTest::newRow("invalid address")
            << QStringList{QStringLiteral("ana@example.com"), QStringLiteral("not an address")}
            << QStringLiteral("userEmails[1]");
        QTest::newRow("duplicate, other case")
            << QStringList{QStringLiteral("ana@example.com"), QStringLiteral("ANA@example.com")}
            << QStringLiteral("userEmails[1]");
    }

    void startIsRefused()
    {
        QFETCH(QStringList, emails);
        QFETCH(QString, field);
        BulkRunner runner(m_client.get());
        const FieldErrors errors = runner.start(emails, settings(), 10);
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().field, field);
        QVERIFY(!runner.isRunning());
        QCOMPARE(runner.batchCount(), 0);
        QTest::qWait(0);
        QCOMPARE(recordedBatches(m_sandbox).size(), 0);
    }

    void parsedListRuns()
    {
        // As the bulk page starts a run: from the parser's analysis of a pasted list.
        const QString pasted = QStringList{QStringLiteral("Name <%1>").arg(m_known[0]),
                                           m_known[1],
                                           QStringLiteral("not an address"),
                                           m_known[1].toUpper(),
                                           m_known[2],
                                           QStringLiteral("nobody@unknown.example")}
                                   .join(u'\n');
        const EmailListAnalysis list = EmailListParser::parse(QStringView(pasted));
        QCOMPARE(list.valid.size(), 4);
        BulkRunner runner(m_client.get());
        QVERIFY(runner.start(list, settings(), 3).isEmpty());
        QVERIFY(waitIdle(runner));
        const QList<RecordedBatch> batches = recordedBatches(m_sandbox);
        QCOMPARE(batches.size(), 2);
        QCOMPARE(batches[0].emails + batches[1].emails, list.valid.toList());
        QCOMPARE(runner.totals().success, 3);
        QCOMPARE(runner.totals().fail, 1);
    }

    void parsedListStillNeedsAddressesAndSettings()
    {
        BulkRunner runner(m_client.get());
        const FieldErrors empty =
            runner.start(EmailListParser::parse(QStringView(u"no address here")), settings());
        QCOMPARE(empty.size(), 1);
        QCOMPARE(empty.first().field, QStringLiteral("userEmails"));

        TokenSettings tooLong = settings();
        tooLong.displayName = QString(200, u'x');
        const FieldErrors errors = runner.start(EmailListParser::parse(QStringView(m_known[0])), tooLong);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("displayName"));
        EmailListAnalysis partial = EmailListParser::parse(QStringView(m_known[0]));
        partial.cancelled = true;
        const FieldErrors cancelled = runner.start(partial, settings());
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.first().field, QStringLiteral("userEmails"));
        QCOMPARE(runner.batchCount(), 0);
        QTest::qWait(0);
        QCOMPARE(recordedBatches(m_sandbox).size(), 0);
    }

    void parsedListBatchesAreStillValidated()
    {
        // Addresses that did not come from the parser are not checked at the start, but no batch with a
        // bad one leaves the machine: the client validates each request.
        EmailListAnalysis forged;
        forged.valid = QStringList{m_known[0], QStringLiteral("not an address"), m_known[1]};
        BulkRunner runner(m_client.get());
        QVERIFY(runner.start(forged, settings(), 2).isEmpty());
        QVERIFY(waitIdle(runner));
        QCOMPARE(runner.batch(0).state, State::Failed);
        QCOMPARE(runner.batch(0).error.kind(), ApiError::Kind::Validation);
        const QList<RecordedBatch> batches = recordedBatches(m_sandbox);
        for (const RecordedBatch& batch : batches)
            QVERIFY(!batch.emails.contains(QStringLiteral("not an address")));
    }

    void startWhileRunningIsRefused()
    {
        BulkRunner runner(m_client.get());
        QVERIFY(runner.start(addresses(4, 0), settings(), 1).isEmpty());
        QVERIFY(!runner.start(addresses(2, 0), settings(), 1).isEmpty());
        QCOMPARE(runner.batchCount(), 4);
        QVERIFY(waitIdle(runner));
        QCOMPARE(recordedBatches(m_sandbox).size(), 4);
    }

    void failedSecondBatch_data()
    {
        QTest::addColumn<QJsonObject>("failure");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<bool>("maybeProcessed"); // the server may have created the batch's tokens
        QTest::addColumn<bool>("stopsRun");
        QTest::newRow("502 html page")
            << fault(QStringLiteral("html")) << ApiError::Kind::BadResponse << true << true << false;
        QTest::newRow("500 api error")
            << fault(QStringLiteral("apiError"), {{QStringLiteral("httpStatus"), 500}}) << ApiError::Kind::Api
            << true << true << false;
        QTest::newRow("connection dropped")
            << fault(QStringLiteral("drop")) << ApiError::Kind::Network << true << true << false;
        QTest::newRow("empty answer")
            << fault(QStringLiteral("emptyData")) << ApiError::Kind::Incomplete << false << true << false;
        QTest::newRow("5145 rejected") << fault(QStringLiteral("apiError"), {{QStringLiteral("code"), 5145}})
                                       << ApiError::Kind::Api << false << false << false;
        QTest::newRow("5050 plan lacks the feature")
            << fault(QStringLiteral("apiError"), {{QStringLiteral("code"), 5050}}) << ApiError::Kind::Api
            << false << false << true;
        QTest::newRow("4002 invalid key")
            << fault(QStringLiteral("apiError"), {{QStringLiteral("httpStatus"), 401}}) << ApiError::Kind::Api
            << false << false << true;
        // Both concern the organization: the next batch would hit them too.
        QTest::newRow("429 too many requests")
            << fault(QStringLiteral("apiError"),
                     {{QStringLiteral("httpStatus"), 429}, {QStringLiteral("code"), 0}})
            << ApiError::Kind::Api << true << false << true;
        QTest::newRow("5017 limit exceeded")
            << fault(QStringLiteral("apiError"), {{QStringLiteral("code"), 5017}}) << ApiError::Kind::Api
            << false << false << true;
    }

    void failedSecondBatch()
    {
        QFETCH(QJsonObject, failure);
        QFETCH(ApiError::Kind, kind);
        QFETCH(bool, retryable);
        QFETCH(bool, maybeProcessed);
        QFETCH(bool, stopsRun);
        QVERIFY(m_sandbox.injectFault(passThrough()));
        QVERIFY(m_sandbox.injectFault(failure));

        const QStringList emails = addresses(6, 2); // 4 batches of 2
        BulkRunner runner(m_client.get());
        QSignalSpy finished(&runner, &BulkRunner::finished);
        QVERIFY(runner.start(emails, settings(), 2).isEmpty());
        QVERIFY(waitIdle(runner));
        QCOMPARE(finished.count(), 1);

        const BulkRunner::Batch& failed = runner.batch(1);
        QCOMPARE(failed.state, State::Failed);
        QCOMPARE(failed.error.kind(), kind);
        QCOMPARE(failed.isRetryable(), retryable);
        QCOMPARE(failed.mayHaveBeenProcessed(), maybeProcessed);
        QCOMPARE(runner.batch(0).state, State::Done);
        for (int i = 2; i < 4; ++i)
            QCOMPARE(runner.batch(i).state, stopsRun ? State::Cancelled : State::Done);
        QCOMPARE(runner.stopReason().isEmpty(), !stopsRun);
        QCOMPARE(runner.totals().failed, 1);
        QCOMPARE(runner.totals().retryable, retryable ? 1 : 0);
        QCOMPARE(runner.totals().uncertain, retryable && maybeProcessed ? 1 : 0);
        QCOMPARE(recordedBatches(m_sandbox).size(), stopsRun ? 2 : 4);

        // Answered batches are never resent, by retry or otherwise.
        QVERIFY(!runner.retry(0));
        QVERIFY(!runner.retry(7));
        const bool dropped = failure.value(QLatin1StringView("type")).toString() == QLatin1StringView("drop");
        // Past the sandbox's resend window (it drops an identical request arriving within it, as it would
        // an HTTP client's automatic resend), so that the explicit retry is answered.
        if (dropped)
            QTest::qWait(failure.value(QLatin1StringView("resendWindowMs")).toInt(1000) + 100);
        QCOMPARE(runner.retry(1), retryable);
        QVERIFY(waitIdle(runner));
        QCOMPARE(runner.batch(1).state, retryable ? State::Done : State::Failed);
        QCOMPARE(runner.batch(1).attempts, retryable ? 2 : 1);
        QCOMPARE(runner.batch(0).attempts, 1);

        const QList<RecordedBatch> recorded = recordedBatches(m_sandbox);
        // Each batch's addresses were answered with 200 exactly once at most; only the failed one was sent
        // again.
        for (int i = 0; i < runner.batchCount(); ++i) {
            int sent = 0;
            int answered = 0;
            for (const RecordedBatch& request : recorded) {
                if (request.emails == runner.batch(i).emails()) {
                    ++sent;
                    answered += request.status == 200 ? 1 : 0;
                }
            }
            const bool wasSent = !(stopsRun && i >= 2);
            // The connection pool never sends a POST again on its own, not even a dropped one.
            const int expectedSent = !wasSent ? 0 : i == 1 ? (retryable ? 2 : 1) : 1;
            QCOMPARE(sent, expectedSent);
            // An incomplete answer is a 200 too: the request was carried out once.
            const bool answeredOnce = wasSent && (i != 1 || retryable || kind == ApiError::Kind::Incomplete);
            QCOMPARE(answered, answeredOnce ? 1 : 0);
        }
        if (retryable && !stopsRun) {
            QCOMPARE(runner.totals().total, 8);
            QCOMPARE(runner.totals().success, 6);
            QCOMPARE(runner.totals().fail, 2);
        }
    }

    // W2 says how many failed, not who: BulkCheck reads W3 back to the run's start and names them.
    void checkNamesWhoGotNoToken()
    {
        const QStringList emails = addresses(4, 2);
        BulkRunner runner(m_client.get());
        QVERIFY(runner.start(emails, settings(), 3).isEmpty());
        QVERIFY(waitIdle(runner));
        QCOMPARE(runner.totals().success, 4);
        QCOMPARE(runner.totals().fail, 2);

        BulkCheck check(m_client.get());
        QSignalSpy finished(&check, &BulkCheck::finished);
        QStringList asked = emails;
        asked[0] = asked[0].toUpper(); // compared without case, reported as given
        check.start(asked, runner.startedAt());
        QVERIFY(check.isRunning());
        QVERIFY(finished.wait(10000));
        QVERIFY2(!check.error().isError(), qPrintable(check.error().technicalDetails()));
        QVERIFY(check.pagesRead() >= 1);
        QVERIFY(!check.reachedPageCap());
        QCOMPARE(check.withToken(), asked.mid(0, 4));
        QCOMPARE(check.withoutToken(), emails.mid(4));
    }

    void checkReportsAnUnreadablePage()
    {
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("html")},
                                       {QStringLiteral("method"), QStringLiteral("GET")}}));
        BulkCheck check(m_client.get());
        QSignalSpy finished(&check, &BulkCheck::finished);
        check.start(addresses(2, 0), QDateTime::currentDateTimeUtc());
        QVERIFY(finished.wait(10000));
        QCOMPARE(check.error().kind(), ApiError::Kind::BadResponse); // no split is claimed then
    }

    void retryFailedQueuesOnlyRetryableBatches()
    {
        QVERIFY(m_sandbox.injectFault(fault(QStringLiteral("html"))));
        QVERIFY(m_sandbox.injectFault(passThrough()));
        QVERIFY(m_sandbox.injectFault(fault(QStringLiteral("apiError"), {{QStringLiteral("code"), 5145}})));
        QVERIFY(m_sandbox.injectFault(fault(QStringLiteral("html"), {{QStringLiteral("httpStatus"), 504}})));
        BulkRunner runner(m_client.get());
        QVERIFY(runner.start(addresses(5, 0), settings(), 1).isEmpty());
        QVERIFY(waitIdle(runner));
        QCOMPARE(runner.totals().failed, 3);
        QCOMPARE(runner.totals().retryable, 2);
        // Gateway pages may hide a request that was carried out: not without the user's word.
        QCOMPARE(runner.totals().uncertain, 2);
        QCOMPARE(runner.retryFailed(), 0);
        QCOMPARE(runner.totals().retryable, 2);
        QCOMPARE(runner.uncertainBatches(), QList<int>({0, 3}));
        // Only the batches the user agreed to send again: one that is not named stays failed.
        QCOMPARE(runner.retryFailed({3}), 1);
        QVERIFY(waitIdle(runner));
        QCOMPARE(runner.batch(0).state, State::Failed);
        QCOMPARE(runner.batch(3).state, State::Done);
        QCOMPARE(runner.retryFailed(runner.uncertainBatches()), 1);
        QVERIFY(waitIdle(runner));
        QCOMPARE(runner.batch(0).state, State::Done);
        QCOMPARE(runner.batch(2).state, State::Failed);
        QCOMPARE(runner.batch(3).state, State::Done);
        QCOMPARE(recordedBatches(m_sandbox).size(), 7);
        QCOMPARE(runner.retryFailed(runner.uncertainBatches()), 0);
    }

    // A retry refused outright (429) says nothing of the earlier attempt that a gateway page hid: the
    // batch still may have made its tokens.
    void refusedRetryKeepsTheEarlierDoubt()
    {
        QVERIFY(m_sandbox.injectFault(fault(QStringLiteral("html"))));
        QVERIFY(
            m_sandbox.injectFault(fault(QStringLiteral("apiError"), {{QStringLiteral("httpStatus"), 429}})));
        BulkRunner runner(m_client.get());
        QVERIFY(runner.start(addresses(1, 0), settings(), 1).isEmpty());
        QVERIFY(waitIdle(runner));
        QVERIFY(runner.batch(0).mayHaveBeenProcessed());
        QVERIFY(runner.retry(0));
        QVERIFY(waitIdle(runner));
        QCOMPARE(runner.batch(0).state, State::Failed);
        QCOMPARE(runner.batch(0).error.httpStatus(), 429);
        QVERIFY(!runner.batch(0).error.mayHaveBeenProcessed());
        QVERIFY(runner.batch(0).mayHaveBeenProcessed());
        QCOMPARE(runner.totals().uncertain, runner.batch(0).isRetryable() ? 1 : 0);
    }

    // A failed batch queued again and then cancelled before it left is still the failed batch it was:
    // its tokens may exist, so it is not among the unsent ones that resume() sends without asking.
    void cancelledRetryStaysFailed()
    {
        QVERIFY(m_sandbox.injectFault(fault(QStringLiteral("html")))); // may have been carried out
        QVERIFY(m_sandbox.injectFault(fault(QStringLiteral("slow"), {{QStringLiteral("delayMs"), 400}})));
        BulkRunner runner(m_client.get());
        bool cancelled = false;
        connect(&runner, &BulkRunner::batchChanged, this, [&](int index) {
            if (index != 1 || runner.batch(1).state != State::Sending || cancelled)
                return;
            cancelled = true;
            QTimer::singleShot(0, &runner, [&runner] {
                QVERIFY(runner.batch(0).mayHaveBeenProcessed());
                QVERIFY(runner.retry(0)); // queued behind the batch in flight
                QCOMPARE(runner.batch(0).state, State::Pending);
                runner.cancel();
            });
        });
        QVERIFY(runner.start(addresses(3, 0), settings(), 1).isEmpty());
        QVERIFY(waitIdle(runner));
        QVERIFY(cancelled);
        QCOMPARE(runner.batch(0).state, State::Failed);
        QVERIFY(runner.batch(0).mayHaveBeenProcessed());
        QCOMPARE(runner.batch(0).attempts, 1);
        QCOMPARE(runner.batch(1).state, State::Done);
        QCOMPARE(runner.batch(2).state, State::Cancelled);
        QCOMPARE(runner.totals().uncertain, 1);

        QCOMPARE(runner.resume(), 1); // the batch never sent, not the doubtful one
        QVERIFY(waitIdle(runner));
        QCOMPARE(runner.batch(0).state, State::Failed);
        QCOMPARE(runner.batch(2).state, State::Done);
        QCOMPARE(recordedBatches(m_sandbox).size(), 3);
    }

    void destroyedMidRunSendsNothingMore()
    {
        // A slow first answer keeps the first batch in flight when the runner goes (the page closed).
        QVERIFY(m_sandbox.injectFault(fault(QStringLiteral("slow"), {{QStringLiteral("delayMs"), 400}})));
        auto runner = std::make_unique<BulkRunner>(m_client.get());
        QVERIFY(runner->start(addresses(6, 0), settings(), 2).isEmpty());
        QTRY_COMPARE(recordedBatches(m_sandbox).size(), 1); // the first batch has reached the sandbox
        QCOMPARE(runner->batch(0).state, State::Sending);
        runner.reset();
        QTest::qWait(700); // past the slow answer: a next batch would have been recorded by now
        QCOMPARE(recordedBatches(m_sandbox).size(), 1);
        QCOMPARE(m_client->requestsInFlight(), 0);
    }

    void cancelStopsSending_data()
    {
        QTest::addColumn<int>("cancelAt");
        QTest::addColumn<State>("when");
        QTest::newRow("while the first batch is in flight") << 0 << State::Sending;
        QTest::newRow("while the third batch is in flight") << 2 << State::Sending;
        QTest::newRow("between two batches") << 1 << State::Done;
    }

    void cancelStopsSending()
    {
        QFETCH(int, cancelAt);
        QFETCH(State, when);
        // A slow answer keeps the batch in flight while cancel() is called.
        QVERIFY(m_sandbox.injectFault(fault(
            QStringLiteral("slow"), {{QStringLiteral("delayMs"), 300}, {QStringLiteral("count"), 10}})));
        BulkRunner runner(m_client.get());
        QSignalSpy finished(&runner, &BulkRunner::finished);
        bool cancelled = false;
        connect(&runner, &BulkRunner::batchChanged, this, [&](int index) {
            if (index != cancelAt || runner.batch(index).state != when || cancelled)
                return;
            cancelled = true;
            if (when == State::Sending) // once the request has really left
                QTimer::singleShot(0, &runner, [&runner] {
                    runner.cancel();
                    QVERIFY(runner.isCancelling());
                    QVERIFY(runner.isRunning());
                });
            else
                runner.cancel();
        });
        QVERIFY(runner.start(addresses(6, 0), settings(), 1).isEmpty());
        QVERIFY(waitIdle(runner));
        QVERIFY(cancelled);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!runner.isCancelling());

        // The batch in flight finished and was recorded; nothing after it was sent.
        const int sent = cancelAt + 1;
        QCOMPARE(recordedBatches(m_sandbox).size(), sent);
        QVERIFY(sent < runner.batchCount());
        for (int i = 0; i < runner.batchCount(); ++i)
            QCOMPARE(runner.batch(i).state, i < sent ? State::Done : State::Cancelled);
        QCOMPARE(runner.totals().cancelled, runner.batchCount() - sent);
        QCOMPARE(runner.totals().success, sent);
        QVERIFY(!runner.retry(sent)); // a cancelled batch is resumed, not retried

        // Resume sends the rest, each exactly once.
        QCOMPARE(runner.resume(), runner.batchCount() - sent);
        QVERIFY(waitIdle(runner));
        const QList<RecordedBatch> recorded = recordedBatches(m_sandbox);
        QCOMPARE(recorded.size(), runner.batchCount());
        for (int i = 0; i < runner.batchCount(); ++i) {
            QCOMPARE(runner.batch(i).state, State::Done);
            QCOMPARE(recorded[i].emails, runner.batch(i).emails());
        }
    }

    void largeListIsSplitAtTheMaximum()
    {
        QStringList emails;
        for (int i = 0; i < 100000; ++i)
            emails << QStringLiteral("user%1@example.com").arg(i);
        BulkRunner runner(m_client.get());
        QVERIFY(runner.start(emails, settings(), 5000).isEmpty());
        QCOMPARE(runner.batchSize(), BulkRunner::kMaxBatchSize);
        QCOMPARE(runner.batchCount(), 100);
        QCOMPARE(runner.batch(99).firstAddress, 99000);
        QCOMPARE(runner.batch(99).emails().last(), emails.last());
        runner.cancel(); // the first batch is in flight: it finishes, nothing else leaves
        QVERIFY(waitIdle(runner));
        const QList<RecordedBatch> recorded = recordedBatches(m_sandbox);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().emails, runner.batch(0).emails());
        QCOMPARE(runner.totals().cancelled, 99);
        QCOMPARE(runner.totals().fail, 1000);
        QCOMPARE(runner.totals().addressesUnanswered, 99000);
    }

    void switchingOrganizationStopsTheRun()
    {
        ApiClient client(&m_http);
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setOrganization(SandboxProcess::organizationSlug());
        client.setApiKey(SandboxProcess::apiKey());
        BulkRunner runner(&client);
        connect(&runner, &BulkRunner::batchChanged, this, [&](int index) {
            if (index == 0 && runner.batch(0).state == State::Done)
                client.setOrganization(SandboxProcess::limitedOrganizationSlug());
        });
        QVERIFY(runner.start(addresses(4, 0), settings(), 1).isEmpty());
        QVERIFY(waitIdle(runner));
        QCOMPARE(recordedBatches(m_sandbox).size(), 1);
        QCOMPARE(runner.totals().cancelled, 3);
        QVERIFY(!runner.stopReason().isEmpty());
        QCOMPARE(runner.resume(), 0); // not to another organization
        QVERIFY(!runner.isRunning());

        client.setOrganization(SandboxProcess::organizationSlug());
        QCOMPARE(runner.resume(), 3);
        QVERIFY(waitIdle(runner));
        QCOMPARE(runner.totals().done, 4);
        QCOMPARE(recordedBatches(m_sandbox).size(), 4);
    }

    void progressSignals()
    {
        BulkRunner runner(m_client.get());
        QSignalSpy progress(&runner, &BulkRunner::progressChanged);
        QSignalSpy running(&runner, &BulkRunner::runningChanged);
        QVERIFY(runner.start(addresses(3, 0), settings(), 1).isEmpty());
        QVERIFY(waitIdle(runner));
        QVERIFY(progress.count() >= 4);
        QCOMPARE(progress.last().at(0).toInt(), 3);
        QCOMPARE(progress.last().at(1).toInt(), 3);
        QCOMPARE(running.count(), 2);
        QCOMPARE(running.first().at(0).toBool(), true);
        QCOMPARE(running.last().at(0).toBool(), false);
        QVERIFY(runner.elapsedMs() >= 0);
    }

    void csvLog()
    {
        QVERIFY(m_sandbox.injectFault(passThrough()));
        QVERIFY(m_sandbox.injectFault(fault(QStringLiteral("html"))));
        BulkRunner runner(m_client.get());
        const QStringList emails = addresses(3, 2);
        QVERIFY(runner.start(emails, settings(), 2).isEmpty());
        QVERIFY(waitIdle(runner));

        const QString csv = runner.toCsv();
        QStringList lines = csv.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.takeLast(), QString()); // ends with a line break
        QCOMPARE(lines.size(), 1 + runner.batchCount());
        const QStringList header = lines.first().split(u',');
        QCOMPARE(header.first(), QStringLiteral("run_started"));
        const auto column = [&header](const char* name) { return int(header.indexOf(QLatin1String(name))); };
        QVERIFY(column("state") > 0 && column("success") > 0 && column("error") > 0 && column("emails") > 0);

        // Rows without quoted commas split simply up to the error column.
        const QStringList first = lines[1].split(u',');
        QCOMPARE(first[column("organization")], SandboxProcess::organizationSlug());
        QCOMPARE(first[column("server")], m_sandbox.baseUrl().toString());
        QCOMPARE(first[column("batch")], QStringLiteral("1"));
        QCOMPARE(first[column("addresses")], QStringLiteral("2"));
        QCOMPARE(first[column("state")], QStringLiteral("done"));
        QCOMPARE(first[column("total")], QStringLiteral("2"));
        QCOMPARE(first[column("success")], QStringLiteral("2"));
        QCOMPARE(first[column("fail")], QStringLiteral("0"));
        QVERIFY(lines[1].endsWith(u'"' + emails.mid(0, 2).join(u';') + u'"'));

        // Every row carries the settings the batches were sent with, as the JSON body had them.
        QCOMPARE(header.at(header.size() - 2), QStringLiteral("settings"));
        for (int row = 1; row < lines.size(); ++row) {
            const qsizetype start = lines[row].indexOf(QStringLiteral(",\"{"));
            const qsizetype end = lines[row].indexOf(QStringLiteral("}\","), start);
            QVERIFY2(start > 0 && end > start, qPrintable(lines[row]));
            const QString json = lines[row]
                                     .mid(start + 2, end - start - 1)
                                     .replace(QStringLiteral("\"\""), QStringLiteral("\""));
            const QJsonObject sent = QJsonDocument::fromJson(json.toUtf8()).object();
            QCOMPARE(sent.value(QStringLiteral("displayName")).toString(), QStringLiteral("Bulk test"));
            QCOMPARE(sent.value(QStringLiteral("sendEmail")).toBool(true), false);
            QVERIFY(!sent.contains(QStringLiteral("userEmails")));
            QCOMPARE(sent.size(), JsonCodec::toJson(WindowsBulkRequest{{}, settings()}).size() - 1);
        }

        const QStringList second = lines[2].split(u',');
        QCOMPARE(second[column("state")], QStringLiteral("failed"));
        QCOMPARE(second[column("retryable")], QStringLiteral("yes"));
        QCOMPARE(second[column("http_status")], QStringLiteral("502"));
        QVERIFY(second[column("success")].isEmpty());
        QVERIFY(lines[2].contains(runner.batch(1).error.message().left(20)));

        const QStringList third = lines[3].split(u',');
        QCOMPARE(third[column("state")], QStringLiteral("done"));
        QCOMPARE(third[column("success")], QStringLiteral("0"));
        QCOMPARE(third[column("fail")], QStringLiteral("1"));
        QVERIFY(first[column("earlier_attempt_maybe_created")].isEmpty()); // sent once

        // The failed batch (a gateway page: it may have gone through) sent again and answered: done, and
        // the log says its users may have a token from the first attempt too.
        QVERIFY(runner.retry(1));
        QVERIFY(waitIdle(runner));
        QCOMPARE(runner.batch(1).state, State::Done);
        const QStringList retried = runner.toCsv().split(QStringLiteral("\r\n")).at(2).split(u',');
        QCOMPARE(retried[column("state")], QStringLiteral("done"));
        QCOMPARE(retried[column("attempts")], QStringLiteral("2"));
        QCOMPARE(retried[column("earlier_attempt_maybe_created")], QStringLiteral("yes"));
    }
};

QTEST_GUILESS_MAIN(TestBulkRunner)
#include "test_bulkrunner.moc"
