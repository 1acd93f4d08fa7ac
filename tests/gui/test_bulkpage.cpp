// The "many users" page, offscreen against a real sandbox: the live analysis shows what the parser finds
// (counts, invalid lines, jump to a line), runs in the background on 100,000 lines while the GUI thread
// keeps serving events, and the confirmed run's per-batch and overall numbers are what the sandbox
// recorded; cancel stops sending, failed batches are retried from the page, and the log exports as CSV.

#include "apiclient.h"
#include "apilimits.h"
#include "appcontext.h"
#include "bulkpage.h"
#include "bulkrunner.h"
#include "emaillist.h"
#include "errorpanel.h"
#include "largetextedit.h"
#include "policypicker.h"
#include "sandboxprocess.h"
#include "secretstore.h"
#include "sessiontokensmodel.h"
#include "statuscolors.h"
#include "tokensettingseditor.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QFrame>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

#include <memory>

#include <algorithm>

namespace {

constexpr int kWait = 20000;

QList<QStringList> recordedBatches(SandboxProcess& sandbox)
{
    QList<QStringList> batches;
    for (const QJsonValue& item : sandbox.requests()) {
        const QJsonObject request = item.toObject();
        if (request.value(QLatin1StringView("method")).toString() != QLatin1StringView("POST") ||
            !request.value(QLatin1StringView("path")).toString().endsWith(QLatin1StringView("/bulk")))
            continue;
        const QJsonObject body =
            QJsonDocument::fromJson(request.value(QLatin1StringView("body")).toString().toUtf8()).object();
        QStringList emails;
        for (const QJsonValue& email : body.value(QLatin1StringView("userEmails")).toArray())
            emails << email.toString();
        batches << emails;
    }
    return batches;
}

QJsonObject bulkFault(const QString& type, int delayMs = 0, int count = 1)
{
    QJsonObject fault{{QStringLiteral("type"), type},
                      {QStringLiteral("pathContains"), QStringLiteral("bulk")},
                      {QStringLiteral("count"), count}};
    if (type == QLatin1StringView("slow"))
        fault.insert(QStringLiteral("delayMs"), delayMs);
    return fault;
}

QString cellText(const QAbstractItemModel* model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

} // namespace

class TestBulkPage : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemorySecretStore m_secrets;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<BulkPage> m_page;
    QStringList m_known;

    template <typename T> T* child(const char* name) const
    {
        T* widget = m_page->findChild<T*>(QLatin1StringView(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    QPlainTextEdit* edit() const { return child<QPlainTextEdit>("addressesEdit"); }
    QString label(const char* name) const { return child<QLabel>(name)->text(); }
    static QString number(qint64 n) { return QLocale().toString(n); }

    // Pastes like a user would (the clipboard, then Ctrl+V's slot) and waits for the analysis of it.
    bool pasteAndWait(const QString& text)
    {
        QSignalSpy finished(m_page.get(), &BulkPage::analysisFinished);
        edit()->selectAll();
        QGuiApplication::clipboard()->setText(text);
        if (QGuiApplication::clipboard()->text() == text)
            edit()->paste();
        else
            edit()->insertPlainText(text); // a platform without a clipboard: the same insertion
        return QTest::qWaitFor([&] { return finished.count() > 0 && m_page->isAnalysisCurrent(); }, 60000);
    }

    // Sends what is pasted after the confirmation, as the user does with the buttons.
    bool sendConfirmed()
    {
        QPushButton* send = child<QPushButton>("sendButton");
        if (!send->isEnabled())
            return false;
        QTest::mouseClick(send, Qt::LeftButton);
        if (!m_page->isConfirming())
            return false;
        QTest::mouseClick(child<QPushButton>("confirmSendButton"), Qt::LeftButton);
        return m_page->runner()->isRunning();
    }

    // Sends `list` one address per request, each answered after 300 ms, and waits until the second
    // request is on its way.
    bool sendSlowlyOneByOne(const QString& list)
    {
        if (!pasteAndWait(list))
            return false;
        m_page->setBatchSize(1);
        if (!m_sandbox.injectFault(bulkFault(QStringLiteral("slow"), 300, 10)) || !sendConfirmed())
            return false;
        const BulkRunner* runner = m_page->runner();
        return QTest::qWaitFor([runner] { return runner->batch(1).state == BulkRunner::BatchState::Sending; },
                               kWait);
    }

    // With the client on another organization, `button` is disabled and its tooltip names the run's;
    // back on the run's organization it is enabled again.
    void refusedElsewhere(QPushButton* button)
    {
        const QString organization = m_context->client()->organization();
        m_context->client()->setOrganization(QStringLiteral("another-org"));
        m_page->cancelRun(); // any run-view refresh
        QVERIFY(!button->isEnabled());
        QVERIFY(button->toolTip().contains(organization));
        m_context->client()->setOrganization(organization);
        m_page->cancelRun();
        QVERIFY(button->isEnabled());
    }

    bool waitRunEnd() const
    {
        return QTest::qWaitFor(
            [this] { return m_page->runner()->hasRun() && !m_page->runner()->isRunning(); }, kWait);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("enrolldesk.ini")),
                                                 QSettings::IniFormat);
        m_context = std::make_unique<AppContext>(m_settings.get(), &m_secrets);
        m_context->setSandbox(m_sandbox.baseUrl(), SandboxProcess::apiKey());
        m_context->activateProfile(QStringLiteral("sandbox"));
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::Present, kWait);
        for (const QJsonValue& user : m_sandbox.users())
            m_known << user.toObject().value(QLatin1StringView("email")).toString();
        QVERIFY(m_known.size() >= 8);
    }

    void init()
    {
        QVERIFY(m_sandbox.clearFaults());
        QVERIFY(m_sandbox.clearRequests());
        m_page = std::make_unique<BulkPage>(m_context.get());
        m_page->resize(1280, 860);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void everyControlIsNamed()
    {
        for (QWidget* widget : m_page->findChildren<QWidget*>()) {
            const bool control = qobject_cast<QPushButton*>(widget) || qobject_cast<QSpinBox*>(widget) ||
                                 qobject_cast<QTableView*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                                 qobject_cast<QProgressBar*>(widget);
            // The shared error panel names its own parts (its owner's business).
            if (!control || qobject_cast<ErrorPanel*>(widget->parentWidget()))
                continue;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            // A button whose text changes (a count) is named by it; every other control by a fixed name.
            const auto* button = qobject_cast<QPushButton*>(widget);
            QVERIFY2(!widget->accessibleName().isEmpty() || (button && !button->text().isEmpty()),
                     qPrintable(widget->objectName()));
        }
    }

    void pastedListMatchesTheParser()
    {
        QFile file(QStringLiteral(ENROLLDESK_SHARED_DATA "/pasted-mixed.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString pasted = QString::fromUtf8(file.readAll());
        QVERIFY(pasteAndWait(pasted));
        const EmailListAnalysis expected = EmailListParser::parse(QStringView(m_page->text()));
        QVERIFY(!expected.valid.isEmpty());
        QVERIFY(expected.invalidCount > 0);
        QVERIFY(expected.duplicates > 0);

        const EmailListAnalysis shown = m_page->analysis();
        QCOMPARE(shown.valid.toList(), expected.valid.toList());
        QCOMPARE(label("validCount"), number(expected.valid.size()));
        QCOMPARE(label("duplicateCount"), number(expected.duplicates));
        QCOMPARE(label("invalidCount"), number(expected.invalidCount));
        QCOMPARE(label("lineCount"), number(expected.totalLines));

        const QAbstractItemModel* invalid = child<QTableView>("invalidTable")->model();
        QCOMPARE(invalid->rowCount(), int(expected.invalid.size()));
        for (int row = 0; row < invalid->rowCount(); ++row) {
            QCOMPARE(invalid->data(invalid->index(row, 0)).toInt(), expected.invalid[row].line);
            QCOMPARE(cellText(invalid, row, 1), expected.invalid[row].text);
            QCOMPARE(cellText(invalid, row, 2), expected.invalid[row].reason);
        }
        QVERIFY(child<QPushButton>("sendButton")->isEnabled());
        QVERIFY(child<QPushButton>("sendButton")->text().contains(number(expected.valid.size())));
    }

    // Lines left out on purpose are said: a commented-out address is not thought sent, and "every line was
    // understood" does not cover the comments.
    void skippedLinesAreSaid()
    {
        QVERIFY(pasteAndWait(QStringLiteral("ann@example.com\n# old: bob@example.com\n// cy@example.com\n")));
        QCOMPARE(m_page->analysis().valid.toList(), QStringList{QStringLiteral("ann@example.com")});
        const QString status = label("analysisStatus");
        QVERIFY2(status.contains(BulkPage::tr("%n comment line(s) (# or //) skipped.", nullptr, 2)),
                 qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("All the other lines were understood.")), qPrintable(status));
        QVERIFY(!status.contains(QStringLiteral("Every line was understood.")));
    }

    void clickingAnInvalidLineSelectsIt_data()
    {
        QTest::addColumn<bool>("keyboard");
        QTest::newRow("mouse click") << false;
        QTest::newRow("enter key") << true;
    }

    void clickingAnInvalidLineSelectsIt()
    {
        QFETCH(bool, keyboard);
        const QString text = QStringLiteral("ana@example.com\nnot an address\nbob@example.com\n"
                                            "broken@@example.com\ncarol@example.com\n");
        QVERIFY(pasteAndWait(text));
        QTableView* table = child<QTableView>("invalidTable");
        QCOMPARE(table->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            const int line = table->model()->data(table->model()->index(row, 0)).toInt();
            const QModelIndex index = table->model()->index(row, 1);
            if (keyboard) {
                table->setFocus();
                table->setCurrentIndex(index);
                QTest::keyClick(table, Qt::Key_Return);
                QVERIFY(edit()->hasFocus());
            } else {
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            }
            const QTextCursor cursor = edit()->textCursor();
            QCOMPARE(cursor.blockNumber(), line - 1);
            QCOMPARE(cursor.selectedText(), text.split(u'\n').at(line - 1));
        }
    }

    void submitInBatchesOfTwo()
    {
        const QStringList known = m_known.mid(0, 5);
        const QString text = QStringLiteral("email\n") + known.join(u'\n') +
                             QStringLiteral("\nnobody1@unknown.example\nnot an address\n") +
                             known.first().toUpper() + QStringLiteral("\nnobody2@unknown.example\n");
        QVERIFY(pasteAndWait(text));
        const QStringList valid = m_page->analysis().valid.toList();
        QCOMPARE(valid.size(), 7);
        child<QSpinBox>("batchSizeSpin")->setValue(2);

        QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
        QVERIFY(m_page->isConfirming());
        const QString confirm = label("confirmText");
        QVERIFY2(confirm.contains(SandboxProcess::organizationSlug()), qPrintable(confirm));
        QVERIFY2(confirm.contains(m_sandbox.baseUrl().toDisplayString()), qPrintable(confirm));
        QVERIFY2(confirm.contains(QStringLiteral("7 user")), qPrintable(confirm));
        QCOMPARE(recordedBatches(m_sandbox).size(), 0); // nothing before the confirmation
        // All of it shows, however narrow the column (its height follows its width), also after a resize.
        auto* confirmText = child<QLabel>("confirmText");
        QTRY_VERIFY(confirmText->isVisible());
        const auto wholeTextShows = [confirmText] {
            return confirmText->height() >= confirmText->heightForWidth(confirmText->width());
        };
        QTRY_VERIFY(wholeTextShows());
        const int width = confirmText->width();
        const int height = confirmText->heightForWidth(width);
        // Narrower: more lines (at half the width; 200 px less may break the sentences into as many).
        QVERIFY(confirmText->heightForWidth(width / 2) > height);
        m_page->window()->resize(m_page->window()->width() - 200, m_page->window()->height());
        QTRY_VERIFY(confirmText->width() < width);
        QTRY_VERIFY(wholeTextShows());
        m_page->window()->resize(m_page->window()->width() + 200, m_page->window()->height());

        const int unlistedBefore = m_context->sessionTokens()->unlistedCount();
        QTest::mouseClick(child<QPushButton>("confirmSendButton"), Qt::LeftButton);
        QVERIFY(waitRunEnd());
        // The session's count (the status bar's) includes what the run created.
        QCOMPARE(m_context->sessionTokens()->unlistedCount(), unlistedBefore + 5);

        const QList<QStringList> recorded = recordedBatches(m_sandbox);
        QCOMPARE(recorded.size(), 4);
        QStringList sent;
        for (const QStringList& batch : recorded)
            sent += batch;
        QCOMPARE(sent, valid); // invalid lines and duplicates were never sent

        const QSet<QString> knownSet(known.cbegin(), known.cend());
        const QAbstractItemModel* batches = child<QTableView>("batchTable")->model();
        QCOMPARE(batches->rowCount(), 4);
        int success = 0;
        for (int row = 0; row < 4; ++row) {
            int expectedSuccess = 0;
            for (const QString& email : recorded[row])
                expectedSuccess += knownSet.contains(email) ? 1 : 0;
            success += expectedSuccess;
            QCOMPARE(cellText(batches, row, 2), BulkRunner::stateName(BulkRunner::BatchState::Done));
            QCOMPARE(cellText(batches, row, 3), QString::number(recorded[row].size()));
            QCOMPARE(cellText(batches, row, 4), QString::number(expectedSuccess));
            QCOMPARE(cellText(batches, row, 5), QString::number(recorded[row].size() - expectedSuccess));
            // The state is green only when the whole batch got tokens, red when none did.
            const QVariant colour = batches->index(row, 2).data(Qt::ForegroundRole);
            if (expectedSuccess == recorded[row].size())
                QCOMPARE(colour.value<QColor>(), StatusColors::success(m_page->palette()));
            else if (expectedSuccess == 0)
                QCOMPARE(colour.value<QColor>(), StatusColors::error(m_page->palette()));
            else
                QVERIFY(!colour.isValid());
        }
        QCOMPARE(success, 5);
        QCOMPARE(label("overallCreated"), number(5));
        QCOMPARE(label("overallFailed"), number(2));
        QCOMPARE(label("overallTotal"), number(7));
        QCOMPARE(child<QProgressBar>("runProgress")->value(), 4);
        QVERIFY(!child<QPushButton>("cancelRunButton")->isVisible());
        QVERIFY(!child<QLabel>("resultNote")->text().isEmpty());

        const QString logPath = m_dir.filePath(QStringLiteral("bulk-log.csv"));
        QVERIFY(m_page->exportLog(logPath));
        QFile log(logPath);
        QVERIFY(log.open(QIODevice::ReadOnly));
        // UTF-8 with its byte order mark, for spreadsheet programs.
        QCOMPARE(log.readAll(), QByteArrayLiteral("\xEF\xBB\xBF") + m_page->runner()->toCsv().toUtf8());
    }

    void controlShortcutSendsAfterConfirmation()
    {
        QVERIFY(pasteAndWait(m_known.mid(0, 3).join(u'\n')));
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        edit()->setFocus();
        QTest::keyClick(edit(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_page->isConfirming());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!m_page->isConfirming());
        QTest::keyClick(edit(), Qt::Key_Return, Qt::ControlModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(waitRunEnd());
        QCOMPARE(recordedBatches(m_sandbox).size(), 1);
        QCOMPARE(label("overallCreated"), number(3));
    }

    // In a narrow window the tiles' captions wrap instead of being cut at both ends.
    void tileCaptionsWrapWhenNarrow()
    {
        QVERIFY(pasteAndWait(m_known.mid(0, 2).join(u'\n')));
        m_page->resize(640, 700);
        QTRY_COMPARE(m_page->width(), 640);
        for (const char* name :
             {"validCountCaption", "duplicateCountCaption", "invalidCountCaption", "lineCountCaption"}) {
            QLabel* caption = child<QLabel>(name);
            QVERIFY2(caption && caption->isVisible(), name);
            QTRY_VERIFY2(caption->height() >= caption->heightForWidth(caption->width()), name);
            QVERIFY2(caption->width() >= caption->minimumSizeHint().width(), name); // nothing is cut
        }
        // Short of height too: the row keeps what its wrapped captions need; the table gives way.
        m_page->resize(640, 420);
        QTRY_COMPARE(m_page->height(), 420);
        QWidget* row = child<QWidget>("analysisTiles");
        QTRY_VERIFY(row->height() >= row->heightForWidth(row->width()));
        for (const char* name : {"validCountCaption", "invalidCountCaption"}) {
            QLabel* caption = child<QLabel>(name);
            QVERIFY2(caption->height() >= caption->heightForWidth(caption->width()), name);
        }
    }

    // The bar opens with the focus on "Yes, send": Return sends, as the bar's hint says.
    void returnOnYesSendSends()
    {
        QVERIFY(pasteAndWait(m_known.mid(0, 2).join(u'\n')));
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
        QVERIFY(m_page->isConfirming());
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>("confirmSendButton"));
        // A screen reader hears the question with the answer that has the focus; the Send button is read
        // by its text, which has the count.
        const QString description = QApplication::focusWidget()->accessibleDescription();
        QVERIFY2(description.startsWith(QStringLiteral("Create Windows enrollment tokens for 2 user")) &&
                     !description.contains(u'<'),
                 qPrintable(description));
        auto* send = child<QPushButton>("sendButton");
        QVERIFY(send->text().startsWith(QStringLiteral("Send to 2 user")));
        QCOMPARE(QAccessible::queryAccessibleInterface(send)->text(QAccessible::Name), send->text());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(waitRunEnd());
        QCOMPARE(label("overallCreated"), number(2));
    }

    void largePasteIsAnalysedInTheBackground()
    {
        constexpr int kLines = 100000;
        QString text;
        text.reserve(kLines * 24);
        int invalid = 0;
        for (int i = 0; i < kLines; ++i) {
            if (i % 1000 == 999) {
                text += QStringLiteral("broken line %1\n").arg(i);
                ++invalid;
            } else {
                text += QStringLiteral("user%1@example.com\n").arg(i);
            }
        }

        // A zero-interval timer fires on every pass of the GUI event loop: if the analysis ran on this
        // thread, it could not fire while the analysis is under way.
        int ticksWhileAnalysing = 0;
        bool spinChangedWhileAnalysing = false;
        QSpinBox* spin = child<QSpinBox>("batchSizeSpin");
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (!m_page->isAnalysing())
                return;
            if (++ticksWhileAnalysing == 3) { // and input is handled meanwhile
                QTest::keyClick(spin, Qt::Key_Up);
                spinChangedWhileAnalysing =
                    spin->value() == BulkRunner::kDefaultBatchSize + 1 && m_page->isAnalysing();
            }
        });
        ticker.start();
        QSignalSpy started(m_page.get(), &BulkPage::analysisStarted);
        QSignalSpy finished(m_page.get(), &BulkPage::analysisFinished);
        QStringList insertionStatus; // what the status line says while the list goes into the box
        QMetaObject::Connection watch = connect(edit(), &QPlainTextEdit::textChanged, this, [&] {
            if (insertionStatus.isEmpty() || insertionStatus.last() != label("analysisStatus"))
                insertionStatus << label("analysisStatus");
        });
        m_page->setText(text);
        QVERIFY(QTest::qWaitFor([&] { return finished.count() > 0; }, 120000));
        ticker.stop();
        disconnect(watch);
        // 100,000 lines go in 20 chunks: the status counts up in whole percents.
        const QStringList percents = insertionStatus.filter(QStringLiteral(" %"));
        QVERIFY2(percents.size() >= 10, qPrintable(insertionStatus.join(u'|')));
        QList<int> figures;
        for (const QString& status : percents) {
            QVERIFY(status.startsWith(QStringLiteral("Adding the list to the box… ")));
            figures << status.section(u' ', -2, -2).toInt();
        }
        QVERIFY(std::is_sorted(figures.cbegin(), figures.cend()) && figures.first() < 20 &&
                figures.last() > 80);

        QCOMPARE(started.count(), 1);
        QVERIFY2(ticksWhileAnalysing >= 5, qPrintable(QString::number(ticksWhileAnalysing)));
        QVERIFY(spinChangedWhileAnalysing);
        QCOMPARE(m_page->analysis().valid.size(), kLines - invalid);
        QCOMPARE(m_page->analysis().invalidCount, invalid);
        QCOMPARE(label("validCount"), number(kLines - invalid));
        QCOMPARE(label("invalidCount"), number(invalid));
        QVERIFY(child<QPushButton>("sendButton")->isEnabled());

        // Clear takes the list out over several turns too, saying so, and Ctrl+Z brings it back whole.
        const QString pasted = edit()->toPlainText();
        QStringList removalStatus;
        watch = connect(edit(), &QPlainTextEdit::textChanged, this, [&] {
            if (removalStatus.isEmpty() || removalStatus.last() != label("analysisStatus"))
                removalStatus << label("analysisStatus");
        });
        child<QPushButton>("clearButton")->click();
        auto* box = qobject_cast<LargeTextEdit*>(edit());
        QVERIFY(box && box->isRemoving());
        QVERIFY(QTest::qWaitFor([&] { return !box->isInserting(); }, 60000));
        disconnect(watch);
        QVERIFY(edit()->toPlainText().isEmpty());
        QVERIFY2(removalStatus.filter(QStringLiteral("Removing the list from the box… ")).size() >= 5,
                 qPrintable(removalStatus.join(u'|')));
        QTest::keyClick(edit(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(edit()->toPlainText(), pasted);
    }

    void newerTextSupersedesTheAnalysis()
    {
        QString text;
        for (int i = 0; i < 50000; ++i)
            text += QStringLiteral("user%1@example.com\n").arg(i);
        QSignalSpy started(m_page.get(), &BulkPage::analysisStarted);
        QSignalSpy finished(m_page.get(), &BulkPage::analysisFinished);
        m_page->setText(text);
        QVERIFY(started.wait(kWait));
        QVERIFY(m_page->isAnalysing());
        QVERIFY(!child<QPushButton>("sendButton")->isEnabled());
        edit()->moveCursor(QTextCursor::End);
        edit()->insertPlainText(QStringLiteral("late@example.com\n"));
        QVERIFY(QTest::qWaitFor([&] { return finished.count() > 0; }, 120000));
        QVERIFY(QTest::qWaitFor([&] { return !m_page->isAnalysing(); }, kWait));
        QCOMPARE(finished.count(), 1); // the superseded analysis is never shown
        QCOMPARE(m_page->analysis().valid.size(), 50001);
        QCOMPARE(m_page->analysis().valid.last(), QStringLiteral("late@example.com"));
    }

    void cancelStopsSending()
    {
        QVERIFY(sendSlowlyOneByOne(m_known.mid(0, 6).join(u'\n')));
        const BulkRunner* runner = m_page->runner();
        int inFlight = -1;
        for (int i = 0; i < runner->batchCount(); ++i) {
            if (runner->batch(i).state == BulkRunner::BatchState::Sending)
                inFlight = i;
        }
        QVERIFY(inFlight >= 1);
        QTest::mouseClick(child<QPushButton>("cancelRunButton"), Qt::LeftButton);
        QVERIFY(label("runStatus").contains(QStringLiteral("after the current batch")));
        QVERIFY(!child<QPushButton>("cancelRunButton")->isEnabled());
        QVERIFY(waitRunEnd());

        QCOMPARE(recordedBatches(m_sandbox).size(), inFlight + 1); // the one in flight finished
        QVERIFY(inFlight + 1 < runner->batchCount());
        const QAbstractItemModel* batches = child<QTableView>("batchTable")->model();
        for (int row = 0; row < batches->rowCount(); ++row)
            QCOMPARE(cellText(batches, row, 2),
                     BulkRunner::stateName(row <= inFlight ? BulkRunner::BatchState::Done
                                                           : BulkRunner::BatchState::Cancelled));
        QCOMPARE(label("overallCreated"), number(inFlight + 1));
        // Not "Finished": part of the list was never sent.
        QVERIFY2(label("runStatus").startsWith(QStringLiteral("Stopped: %1 token").arg(inFlight + 1)),
                 qPrintable(label("runStatus")));
        QPushButton* resume = child<QPushButton>("resumeButton");
        QVERIFY(resume->isVisible());
        QVERIFY(!edit()->isReadOnly());

        QTest::mouseClick(resume, Qt::LeftButton);
        QVERIFY(waitRunEnd());
        QCOMPARE(recordedBatches(m_sandbox).size(), 6);
        QCOMPARE(label("overallCreated"), number(6));
        QVERIFY2(label("runStatus").startsWith(QStringLiteral("Finished: 6 token")),
                 qPrintable(label("runStatus")));
    }

    void failedBatchIsRetriedFromThePage()
    {
        QVERIFY(pasteAndWait(m_known.mid(0, 6).join(u'\n')));
        m_page->setBatchSize(2);
        QVERIFY(m_sandbox.injectFault(bulkFault(QStringLiteral("slow"))));
        QVERIFY(m_sandbox.injectFault(bulkFault(QStringLiteral("html"))));
        QVERIFY(sendConfirmed());
        QVERIFY(waitRunEnd());
        QCOMPARE(recordedBatches(m_sandbox).size(), 3);

        QTableView* table = child<QTableView>("batchTable");
        QCOMPARE(cellText(table->model(), 1, 2), BulkRunner::stateName(BulkRunner::BatchState::Failed));
        QVERIFY(!cellText(table->model(), 1, 7).isEmpty());
        QCOMPARE(label("overallCreated"), number(4));
        QPushButton* retryFailed = child<QPushButton>("retryFailedButton");
        QPushButton* retryBatch = child<QPushButton>("retryBatchButton");
        QVERIFY(retryFailed->isEnabled());
        table->selectRow(0);
        QVERIFY(!retryBatch->isEnabled()); // answered: never sent again
        table->selectRow(1);
        QVERIFY(retryBatch->isEnabled());

        // A gateway page may hide a batch that was carried out: the page asks first, and the safe answer
        // sends nothing.
        QVERIFY(cellText(table->model(), 1, 7).contains(QStringLiteral("check before retrying")));
        QTest::mouseClick(retryBatch, Qt::LeftButton);
        QPointer<QMessageBox> box = m_page->findChild<QMessageBox*>(QStringLiteral("sendAgainBox"));
        QVERIFY(box);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
        QVERIFY(!box->findChild<QPushButton*>(QStringLiteral("sendAgainUnsent"))); // one batch: no choice
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_VERIFY(box.isNull());
        QTest::qWait(100);
        QVERIFY(!m_page->runner()->isRunning());
        QCOMPARE(recordedBatches(m_sandbox).size(), 3);

        QTest::mouseClick(retryFailed, Qt::LeftButton);
        box = m_page->findChild<QMessageBox*>(QStringLiteral("sendAgainBox"));
        QVERIFY(box);
        QPushButton* again = box->findChild<QPushButton*>(QStringLiteral("sendAgainAll"));
        QVERIFY(again);
        QTest::mouseClick(again, Qt::LeftButton);
        QVERIFY(waitRunEnd());
        const QList<QStringList> recorded = recordedBatches(m_sandbox);
        QCOMPARE(recorded.size(), 4);
        QCOMPARE(recorded.last(), m_page->runner()->batch(1).emails());
        QCOMPARE(cellText(table->model(), 1, 2), BulkRunner::stateName(BulkRunner::BatchState::Done));
        // Done, and its users may have a token from the first attempt too.
        QVERIFY2(cellText(table->model(), 1, 7).contains(QStringLiteral("check for duplicates")),
                 qPrintable(cellText(table->model(), 1, 7)));
        QVERIFY(cellText(table->model(), 0, 7).isEmpty());
        QCOMPARE(label("overallCreated"), number(6));
        QVERIFY(!retryFailed->isEnabled());
    }

    // The run goes on while "Send again?" is open: the answer covers the batches the question named, not
    // one that failed the same way meanwhile (its users were not asked about).
    void sendAgainCoversOnlyTheBatchesItNamed()
    {
        QVERIFY(pasteAndWait(m_known.mid(0, 6).join(u'\n')));
        m_page->setBatchSize(2);
        QVERIFY(m_sandbox.injectFault(bulkFault(QStringLiteral("html")))); // batch 1: may have gone through
        QVERIFY(m_sandbox.injectFault(bulkFault(QStringLiteral("slow"), 1500))); // batch 2: the run goes on
        QVERIFY(m_sandbox.injectFault(bulkFault(QStringLiteral("html"))));       // batch 3: the same, later
        QVERIFY(sendConfirmed());
        const BulkRunner* runner = m_page->runner();
        QTRY_COMPARE(runner->batch(0).state, BulkRunner::BatchState::Failed);
        QPushButton* retryFailed = child<QPushButton>("retryFailedButton");
        QTRY_VERIFY(retryFailed->isEnabled());
        QVERIFY(runner->isRunning());
        QTest::mouseClick(retryFailed, Qt::LeftButton);
        QPointer<QMessageBox> box = m_page->findChild<QMessageBox*>(QStringLiteral("sendAgainBox"));
        QVERIFY(box);
        QVERIFY(waitRunEnd()); // batch 3 fails while the question is open
        QCOMPARE(runner->batch(2).state, BulkRunner::BatchState::Failed);
        QVERIFY(runner->batch(2).mayHaveBeenProcessed());
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("sendAgainAll")), Qt::LeftButton);
        QVERIFY(
            QTest::qWaitFor([&] { return runner->batch(0).state == BulkRunner::BatchState::Done; }, kWait));
        QVERIFY(waitRunEnd());
        QCOMPARE(runner->batch(2).state, BulkRunner::BatchState::Failed); // not sent again unasked
        QCOMPARE(recordedBatches(m_sandbox).size(), 4);
    }

    void droppedFileIsImported_data()
    {
        QTest::addColumn<bool>("onPasteArea");
        QTest::newRow("on the page") << false;
        QTest::newRow("on the paste area") << true;
    }

    void droppedFileIsImported()
    {
        QFETCH(bool, onPasteArea);
        const QString path = m_dir.filePath(QStringLiteral("users.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBFname,mail,department\r\n\"Smith, Ana\",ana@example.com,IT\r\n"
                   "Bob,bob@example.com,Sales\r\nCarol,,HR\r\n");
        file.close();

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QWidget* target =
            onPasteArea ? edit()->viewport() : static_cast<QWidget*>(child<QLabel>("analysisStatus"));
        const QPoint where = target->rect().center();
        QSignalSpy finished(m_page.get(), &BulkPage::analysisFinished);
        QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(onPasteArea ? target : m_page.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(onPasteArea ? target : m_page.get(), &drop);
        QVERIFY(drop.isAccepted());

        QVERIFY(m_page->text().startsWith(QStringLiteral("name,mail,department\n"))); // BOM and CRs gone
        QVERIFY(finished.wait(kWait));
        const EmailListAnalysis analysis = m_page->analysis();
        QVERIFY(analysis.csv);
        QCOMPARE(analysis.valid.toList(),
                 QStringList({QStringLiteral("ana@example.com"), QStringLiteral("bob@example.com")}));
        QCOMPARE(analysis.emailColumn, QStringLiteral("mail"));
    }

    // A file with one line in a legacy code page: that line is read as Latin-1, the others stay UTF-8.
    void oneLegacyLineLeavesTheOthersUtf8()
    {
        const QString path = m_dir.filePath(QStringLiteral("mixed.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,mail,note\n"
                   "Jos\xC3\xA9,jos\xC3\xA9@example.com,ok\n" // UTF-8
                   "Ren\xE9,rene@example.com,caf\xE9\n"       // cp1252 / Latin-1
                   "Zo\xC3\xAB,zo\xC3\xAB@example.com,ok\n"); // UTF-8
        file.close();
        QSignalSpy finished(m_page.get(), &BulkPage::analysisFinished);
        QVERIFY(m_page->importFile(path));
        QVERIFY(finished.wait(kWait));
        const QStringList lines = m_page->text().split(u'\n');
        QCOMPARE(lines.value(1), QStringLiteral("José,josé@example.com,ok"));
        QCOMPARE(lines.value(2), QStringLiteral("René,rene@example.com,café"));
        QCOMPARE(lines.value(3), QStringLiteral("Zoë,zoë@example.com,ok"));
        QCOMPARE(m_page->analysis().valid.toList(),
                 QStringList({QStringLiteral("josé@example.com"), QStringLiteral("rene@example.com"),
                              QStringLiteral("zoë@example.com")}));
    }

    // A CSV column found by its content, without a header, is named by its number in a whole sentence.
    void columnWithoutHeaderIsNamedByNumber()
    {
        QVERIFY(pasteAndWait(
            QStringLiteral("Ann,a@example.com,IT\nBob,b@example.com,HR\nCy,c@example.com,HR\n")));
        QVERIFY(m_page->analysis().csv);
        QVERIFY2(label("analysisStatus").contains(QStringLiteral("CSV file: addresses read from column 2.")),
                 qPrintable(label("analysisStatus")));
        // A header row whose cell over the addresses is empty: still said to be a header.
        QVERIFY(pasteAndWait(
            QStringLiteral("Name,,Dept\nAnn,a@example.com,IT\nBob,b@example.com,HR\nCy,c@example.com,HR\n")));
        QCOMPARE(m_page->analysis().headerLine, 1);
        QVERIFY2(label("analysisStatus")
                     .contains(QStringLiteral("CSV file: addresses read from column 2 (header on line 1).")),
                 qPrintable(label("analysisStatus")));
    }

    // A file of a megabyte or more is read and decoded on a worker thread: the window keeps answering, its
    // text arrives a moment later and is analysed; typing meanwhile wins over the file.
    void largeFileIsReadOnAWorkerThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("large.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes = "email,notes\n";
        const int rows = 40000;
        for (int i = 0; i < rows; ++i)
            bytes +=
                "user" + QByteArray::number(i) + "@example.com,caf\xC3\xA9 " + QByteArray(20, 'n') + '\n';
        QVERIFY(bytes.size() > 1024 * 1024);
        file.write(bytes);
        file.close();

        QSignalSpy imported(m_page.get(), &BulkPage::importFinished);
        QSignalSpy finished(m_page.get(), &BulkPage::analysisFinished);
        QVERIFY(m_page->importFile(path));
        QCOMPARE(imported.count(), 0); // not read in this turn
        QVERIFY(label("analysisStatus").contains(QStringLiteral("large.csv")));
        QVERIFY(imported.wait(kWait));
        QVERIFY(finished.wait(kWait));
        QCOMPARE(m_page->text(), QString::fromUtf8(bytes));
        QCOMPARE(m_page->analysis().valid.size(), rows);

        // The list in the box is not the one to send while the file is read.
        QVERIFY(pasteAndWait(m_known.mid(0, 2).join(u'\n')));
        QVERIFY(child<QPushButton>("sendButton")->isEnabled());
        QVERIFY(m_page->importFile(path));
        QVERIFY(!child<QPushButton>("sendButton")->isEnabled());
        QVERIFY(imported.wait(kWait));
        QVERIFY(
            QTest::qWaitFor([&] { return m_page->isAnalysisCurrent() && !m_page->isAnalysing(); }, kWait));
        QCOMPARE(m_page->analysis().valid.size(), rows);
        imported.clear();

        // Dropped while a list is still going out of the box (a Clear of a few turns, shorter than the
        // file's reading): the file is what the box ends with.
        auto* box = qobject_cast<LargeTextEdit*>(edit());
        QVERIFY(box);
        QString shortList;
        for (int i = 0; i < LargeTextEdit::kLinesPerTurn + 100; ++i)
            shortList += QStringLiteral("short%1@example.com\n").arg(i);
        QVERIFY(pasteAndWait(shortList));
        const QString bigPath = m_dir.filePath(QStringLiteral("big.csv"));
        QFile big(bigPath);
        QVERIFY(big.open(QIODevice::WriteOnly));
        for (int copy = 0; copy < 16; ++copy) // 16 MB: read well after the two turns of the Clear
            big.write(bytes);
        big.close();
        m_page->setText(QString());
        QVERIFY(box->isRemoving());
        QVERIFY(m_page->importFile(bigPath));
        QVERIFY(imported.wait(kWait));
        QVERIFY(
            QTest::qWaitFor([&] { return m_page->isAnalysisCurrent() && !m_page->isAnalysing(); }, kWait));
        QCOMPARE(m_page->text().size(), 16 * QString::fromUtf8(bytes).size());
        imported.clear();

        // Typed before the file is read: the typing stays, the file is dropped. (The box is read-only
        // while the large list goes out: typing starts once it is empty.)
        m_page->setText(QString());
        QVERIFY(box && box->isReadOnly());
        QVERIFY(QTest::qWaitFor([&] { return !box->isInserting(); }, kWait));
        QVERIFY(m_page->importFile(path));
        edit()->insertPlainText(QStringLiteral("ann@example.com"));
        QVERIFY(finished.wait(kWait));
        QTest::qWait(200);
        QCOMPARE(imported.count(), 0);
        QCOMPARE(m_page->text(), QStringLiteral("ann@example.com"));
    }

    // "Send the rest" of a cancelled run, clicked while a file is read: the box belongs to the run, so the
    // file is not put in it, and the page says so.
    void largeFileIsNotPutInTheBoxOfARun()
    {
        const QString path = m_dir.filePath(QStringLiteral("large-during-run.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 60000; ++i)
            file.write("someone" + QByteArray::number(i) + "@example.com\n");
        file.close();

        const QString list = m_known.mid(0, 6).join(u'\n');
        QVERIFY(sendSlowlyOneByOne(list));
        const BulkRunner* runner = m_page->runner();
        QTest::mouseClick(child<QPushButton>("cancelRunButton"), Qt::LeftButton);
        QVERIFY(waitRunEnd());

        QSignalSpy imported(m_page.get(), &BulkPage::importFinished);
        QVERIFY(m_page->importFile(path));
        QTest::mouseClick(child<QPushButton>("resumeButton"), Qt::LeftButton);
        QVERIFY(runner->isRunning());
        QVERIFY(imported.wait(kWait));
        QVERIFY(runner->isRunning()); // four batches of 300 ms each
        QCOMPARE(m_page->text(), list);
        auto* error = m_page->findChild<ErrorPanel*>();
        QVERIFY(error && error->isVisibleTo(m_page.get()));
        QVERIFY2(error->message().contains(QStringLiteral("large-during-run.csv")),
                 qPrintable(error->message()));
        QVERIFY(waitRunEnd());
        QVERIFY(
            QTest::qWaitFor([&] { return m_page->isAnalysisCurrent() && !m_page->isAnalysing(); }, kWait));
        QCOMPARE(m_page->analysis().valid.size(), 6);
        QVERIFY(!m_page->hasUnsentList()); // the import that failed did not change the list that was sent
    }

    // After a run where the API refused a batch, sending the list again would give the answered users a
    // second token: the confirmation says how many, and the list can be cut down to the unanswered.
    void unansweredAddressesAreSentAgainAlone()
    {
        const QStringList emails = m_known.mid(0, 6);
        QVERIFY(pasteAndWait(emails.join(u'\n')));
        m_page->setBatchSize(2);
        QVERIFY(m_sandbox.injectFault(bulkFault(QStringLiteral("slow"))));
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("apiError")},
                                       {QStringLiteral("code"), 5145},
                                       {QStringLiteral("pathContains"), QStringLiteral("bulk")}}));
        QVERIFY(sendConfirmed());
        QVERIFY(waitRunEnd());
        QCOMPARE(m_page->runner()->batch(1).state, BulkRunner::BatchState::Failed);
        QVERIFY(!m_page->runner()->batch(1).isRetryable());

        QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
        QVERIFY(m_page->isConfirming());
        QVERIFY2(child<QLabel>("confirmText")->text().contains(QStringLiteral("4 of these addresses")),
                 qPrintable(child<QLabel>("confirmText")->text()));
        m_page->cancelConfirm();

        // The failed batch's addresses, copied from its row (Ctrl+C / context menu), also from the row the
        // keyboard is on when none is selected (the table's own Ctrl+C copied one cell: "1").
        QTableView* table = child<QTableView>("batchTable");
        table->selectRow(0);
        const QList<QAction*> actions = table->actions();
        QCOMPARE(actions.size(), 1);
        actions.first()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), emails.mid(0, 2).join(u'\n') + u'\n');
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        table->clearSelection();
        table->selectionModel()->setCurrentIndex(table->model()->index(1, 0), QItemSelectionModel::NoUpdate);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), emails.mid(2, 2).join(u'\n') + u'\n');

        QPushButton* keep = child<QPushButton>("keepUnansweredButton");
        QVERIFY(keep->isVisibleTo(m_page.get()));
        QSignalSpy analysed(m_page.get(), &BulkPage::analysisFinished);
        QTest::mouseClick(keep, Qt::LeftButton);
        QCOMPARE(m_page->text(), emails.mid(2, 2).join(u'\n') + u'\n');
        QCOMPARE(QApplication::focusWidget(), edit()); // where Ctrl+Z brings the whole list back
        QTRY_VERIFY_WITH_TIMEOUT(analysed.count() > 0 && m_page->isAnalysisCurrent(), kWait);
        QCOMPARE(m_page->analysis().valid.toList(), emails.mid(2, 2));
        QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
        QVERIFY(!child<QLabel>("confirmText")->text().contains(QStringLiteral("of these addresses")));
        m_page->cancelConfirm();
        // The whole list is one undo step away.
        QTest::keyClick(edit(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_page->text().trimmed(), emails.join(u'\n'));
    }

    // New profile defaults reach the fields the user left at the old ones, and only those.
    void profileDefaultsKeepWhatTheUserChose()
    {
        auto* editor = child<TokenSettingsEditor>("settingsEditor");
        const Profile before = m_context->activeProfile();
        TokenSettings settings = editor->settings();
        QCOMPARE(settings.durationSeconds, std::optional<qint64>(before.defaultDurationSeconds));
        settings.durationSeconds = 3 * 86400; // chosen for this list
        editor->setSettings(settings);

        Profile changed = before;
        changed.defaultDurationSeconds = 7 * 86400;
        changed.defaultLanguage = QStringLiteral("de");
        m_context->profiles()->update(changed);
        m_context->activateProfile(changed.id);
        QCOMPARE(editor->settings().durationSeconds, std::optional<qint64>(3 * 86400));
        QCOMPARE(editor->settings().language, QStringLiteral("de"));

        m_context->profiles()->update(before);
        m_context->activateProfile(before.id);
        QCOMPARE(m_context->keyState(), AppContext::KeyState::Present);
    }

    // The API says how many failed; the page names them from the token list, and can list only them.
    void findsWhoGotNoToken()
    {
        const QStringList unknown{QStringLiteral("nobody1@unknown.example"),
                                  QStringLiteral("nobody2@unknown.example")};
        QVERIFY(pasteAndWait((m_known.mid(0, 3) + unknown).join(u'\n')));
        QPushButton* check = child<QPushButton>("checkTokensButton");
        QVERIFY(sendConfirmed());
        QVERIFY(waitRunEnd());
        QCOMPARE(label("overallFailed"), number(2));
        QVERIFY(check->isVisibleTo(m_page.get()) && check->isEnabled());

        QTest::mouseClick(check, Qt::LeftButton);
        QPushButton* listWithout = child<QPushButton>("listWithoutTokenButton");
        QTRY_VERIFY_WITH_TIMEOUT(listWithout->isVisibleTo(m_page.get()), kWait);
        QVERIFY2(label("checkStatus").contains(QStringLiteral("2 address(es) have no token")),
                 qPrintable(label("checkStatus")));
        QVERIFY(check->isEnabled());
        QTest::mouseClick(listWithout, Qt::LeftButton);
        QCOMPARE(m_page->text(), unknown.join(u'\n') + u'\n');
    }

    // A batch that failed after reaching the server may have made its tokens: sending its addresses again,
    // whether in the same list or through "List only the unanswered", says so and leaves the focus on
    // Back; the token check covers them too.
    void resendAfterAnUncertainBatchWarns()
    {
        const QStringList unknown{QStringLiteral("nobody3@unknown.example"),
                                  QStringLiteral("nobody4@unknown.example")};
        const QStringList emails = m_known.mid(0, 2) + unknown;
        QVERIFY(pasteAndWait(emails.join(u'\n')));
        m_page->setBatchSize(2);
        QVERIFY(m_sandbox.injectFault(bulkFault(QStringLiteral("slow"))));
        QVERIFY(m_sandbox.injectFault(bulkFault(QStringLiteral("html")))); // a gateway's 502 page
        QVERIFY(sendConfirmed());
        QVERIFY(waitRunEnd());
        QVERIFY(m_page->runner()->batch(1).mayHaveBeenProcessed());

        auto* confirmText = child<QLabel>("confirmText");
        auto* back = child<QPushButton>("confirmBackButton");
        QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
        QVERIFY(m_page->isConfirming());
        QVERIFY2(confirmText->text().contains(QStringLiteral("2 of these addresses were answered")),
                 qPrintable(confirmText->text()));
        QVERIFY2(
            confirmText->text().contains(QStringLiteral("2 of these addresses were in batches that failed")),
            qPrintable(confirmText->text()));
        QCOMPARE(m_page->focusWidget(), back);
        m_page->cancelConfirm();

        QTest::mouseClick(child<QPushButton>("keepUnansweredButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isAnalysisCurrent() && m_page->analysis().valid.size() == 2, kWait);
        QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
        QVERIFY(m_page->isConfirming());
        QVERIFY(!confirmText->text().contains(QStringLiteral("were answered")));
        QVERIFY2(
            confirmText->text().contains(QStringLiteral("2 of these addresses were in batches that failed")),
            qPrintable(confirmText->text()));
        QCOMPARE(m_page->focusWidget(), back);
        m_page->sendOrConfirm(); // Ctrl+Return: does not pass over the warning
        QVERIFY(m_page->isConfirming());
        QVERIFY(!m_page->runner()->isRunning());
        QTest::keyClick(back, Qt::Key_Return);
        QVERIFY(!m_page->isConfirming());
        QCOMPARE(recordedBatches(m_sandbox).size(), 2);

        // The check reads the token list for the uncertain batch's addresses as well as the answered ones.
        QPushButton* check = child<QPushButton>("checkTokensButton");
        QVERIFY(check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QPushButton* listWithout = child<QPushButton>("listWithoutTokenButton");
        QTRY_VERIFY_WITH_TIMEOUT(listWithout->isVisibleTo(m_page.get()), kWait);
        QVERIFY2(label("checkStatus").contains(QStringLiteral("2 address(es) have no token")),
                 qPrintable(label("checkStatus")));
        QTest::mouseClick(listWithout, Qt::LeftButton);
        QCOMPARE(m_page->text(), unknown.join(u'\n') + u'\n');
    }

    // The check reads the organization in use: another profile's would tell wrong who has a token.
    void tokenCheckStopsWhenTheProfileChanges()
    {
        QVERIFY(pasteAndWait(m_known.mid(0, 2).join(u'\n')));
        QVERIFY(sendConfirmed());
        QVERIFY(waitRunEnd());
        QVERIFY(
            m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("slow")},
                                   {QStringLiteral("delayMs"), 1500},
                                   {QStringLiteral("method"), QStringLiteral("GET")},
                                   {QStringLiteral("pathContains"), QStringLiteral("enrollment-tokens")}}));
        QPushButton* check = child<QPushButton>("checkTokensButton");
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(!check->isEnabled()); // under way
        const QString sandboxProfile = m_context->activeProfile().id;
        Profile other = m_context->activeProfile();
        other.id = Profile::newId();
        other.name = QStringLiteral("Limited");
        other.organization = SandboxProcess::limitedOrganizationSlug();
        m_context->activateProfile(m_context->profiles()->add(other));
        QVERIFY2(label("checkStatus").contains(QStringLiteral("another profile")),
                 qPrintable(label("checkStatus")));
        QTest::qWait(1800); // the slow page's answer arrives and is dropped
        QVERIFY(label("checkStatus").contains(QStringLiteral("another profile")));
        QVERIFY(!child<QPushButton>("listWithoutTokenButton")->isVisibleTo(m_page.get()));
        QVERIFY(!check->isEnabled()); // the run went to the other organization
        m_context->activateProfile(sandboxProfile);
        m_context->profiles()->remove(other.id);
        QTRY_COMPARE_WITH_TIMEOUT(m_context->keyState(), AppContext::KeyState::Present, kWait);
        QVERIFY(check->isEnabled());

        refusedElsewhere(check);
    }

    // Ctrl+2 puts the focus on the page's first field: the box, so that Ctrl+V pastes at once. After "Yes,
    // send" the focus stays in the page instead of falling to whatever comes next in the window.
    void focusStaysWhereTheWorkIs()
    {
        const auto nextTabStop = [](QWidget* from) {
            QWidget* next = from->nextInFocusChain();
            while (next != from && !(next->focusPolicy() & Qt::TabFocus))
                next = next->nextInFocusChain();
            return next;
        };
        QCOMPARE(nextTabStop(m_page.get()), edit());
        QCOMPARE(nextTabStop(edit()), child<QPushButton>("importButton"));

        QVERIFY(pasteAndWait(m_known.mid(0, 2).join(u'\n')));
        QVERIFY(sendConfirmed());
        QCOMPARE(m_page->focusWidget(), child<QTableView>("batchTable"));
        QVERIFY(waitRunEnd());
    }

    // The run panel appears with the first run and takes room enough for several batches' rows.
    void runPanelShowsSeveralBatches()
    {
        QVERIFY(pasteAndWait(m_known.mid(0, 8).join(u'\n')));
        m_page->setBatchSize(1);
        auto* table = child<QTableView>("batchTable");
        QVERIFY(!table->isVisible());
        QVERIFY(sendConfirmed());
        QVERIFY(waitRunEnd());
        QTRY_VERIFY(table->isVisible());
        const int rowHeight = table->verticalHeader()->defaultSectionSize();
        QVERIFY2(table->viewport()->height() >= 6 * rowHeight,
                 qPrintable(
                     QStringLiteral("%1 px for rows of %2").arg(table->viewport()->height()).arg(rowHeight)));
    }

    // The batches' context menu opens over a batch only: below the last row it would copy the current
    // batch, which the user did not point at.
    void batchMenuOpensOverABatchOnly()
    {
        QVERIFY(pasteAndWait(m_known.mid(0, 2).join(u'\n')));
        m_page->setBatchSize(1);
        QVERIFY(sendConfirmed());
        QVERIFY(waitRunEnd());
        auto* table = child<QTableView>("batchTable");
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 2);
        // Whether a menu opened for a right click at `pos` (closed at once: QMenu::exec waits for it).
        const auto opensMenu = [table](QPoint pos) {
            const auto opened = std::make_shared<bool>(false); // the timer may outlive this call
            QTimer::singleShot(0, table, [opened] {
                if (QWidget* popup = QApplication::activePopupWidget()) {
                    *opened = true;
                    popup->close();
                }
            });
            QContextMenuEvent event(QContextMenuEvent::Mouse, pos, table->viewport()->mapToGlobal(pos));
            QApplication::sendEvent(table->viewport(), &event);
            QCoreApplication::processEvents();
            return *opened;
        };
        QVERIFY(opensMenu(table->visualRect(table->model()->index(1, 0)).center()));
        const QRect last = table->visualRect(table->model()->index(1, 0));
        QVERIFY(last.bottom() + 10 < table->viewport()->height());
        QVERIFY(!opensMenu(QPoint(last.center().x(), last.bottom() + 10)));
    }

    // A policy list that could not be loaded says so under the field, not only in a tooltip, until a load
    // succeeds.
    void failedPolicyLoadIsExplained()
    {
        auto* editor = child<TokenSettingsEditor>("settingsEditor");
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("apiError")},
                                       {QStringLiteral("httpStatus"), 500},
                                       {QStringLiteral("pathContains"), QStringLiteral("policies")}}));
        editor->reloadPolicies();
        QLabel* note = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((note = editor->findChild<QLabel*>(QStringLiteral("policyLoadError"))) &&
                                     note->isVisible(),
                                 kWait);
        QVERIFY2(note->text().contains(QStringLiteral("could not be loaded")), qPrintable(note->text()));
        // The list loaded before is still offered: the note says so, and does not ask for an id typed.
        QVERIFY2(note->text().contains(QStringLiteral("loaded before")), qPrintable(note->text()));
        QVERIFY(!editor->findChild<PolicyPicker*>()->isTypingId());
        editor->clearOrganizationFields(); // another organization: not its failure
        QVERIFY(!note->isVisible());
        QVERIFY(m_sandbox.injectFault({{QStringLiteral("type"), QStringLiteral("apiError")},
                                       {QStringLiteral("httpStatus"), 500},
                                       {QStringLiteral("pathContains"), QStringLiteral("policies")}}));
        editor->reloadPolicies();
        QTRY_VERIFY_WITH_TIMEOUT(note->isVisible(), kWait);
        editor->reloadPolicies(); // the fault was used once: this load succeeds
        QTRY_VERIFY_WITH_TIMEOUT(!note->isVisible(), kWait);
    }

    // Why Send is disabled and why nothing was sent sit beside Send, not at the foot of the settings'
    // scroll area, where a short window hid them.
    void problemsShowBesideSend()
    {
        ErrorPanel* error = m_page->findChild<ErrorPanel*>();
        QVERIFY(error);
        for (QWidget* widget : {child<QWidget>("validationSummary"), static_cast<QWidget*>(error)}) {
            for (QWidget* w = widget; w; w = w->parentWidget())
                QVERIFY2(!qobject_cast<QScrollArea*>(w), qPrintable(widget->objectName()));
        }
        m_page->resize(1000, 560);
        QVERIFY(!m_page->importFile(m_dir.filePath(QStringLiteral("no-such-file.csv"))));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(m_page->rect().contains(QRect(error->mapTo(m_page.get(), QPoint()), error->size())));
    }

    void changedSettingsCloseTheConfirmation()
    {
        // The confirmation describes the request (e-mails or not, how many requests): a change after it
        // would send something it did not describe.
        QVERIFY(pasteAndWait(m_known.mid(0, 4).join(u'\n')));
        auto* editor = child<TokenSettingsEditor>("settingsEditor");
        TokenSettings settings = editor->settings();
        settings.sendEmail = false;
        editor->setSettings(settings);
        QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
        QVERIFY(m_page->isConfirming());
        settings.sendEmail = true;
        editor->setSettings(settings);
        QVERIFY(!m_page->isConfirming());

        QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
        QVERIFY(m_page->isConfirming());
        m_page->setBatchSize(1);
        QVERIFY(!m_page->isConfirming());
        QCOMPARE(recordedBatches(m_sandbox).size(), 0);
    }

    void runElsewhereCannotBeResumedHere()
    {
        QVERIFY(pasteAndWait(m_known.mid(0, 4).join(u'\n')));
        m_page->setBatchSize(1);
        QVERIFY(m_sandbox.injectFault(bulkFault(QStringLiteral("slow"), 1500)));
        QVERIFY(sendConfirmed());
        m_page->cancelRun();
        QVERIFY(waitRunEnd());
        QPushButton* resume = child<QPushButton>("resumeButton");
        QVERIFY(resume->isVisibleTo(m_page.get()));
        QVERIFY(resume->isEnabled());

        // The client now points to another organization: the run's batches stay where they belong, and
        // the buttons say so instead of doing nothing.
        refusedElsewhere(resume);
    }

    void invalidSettingsBlockSending()
    {
        QVERIFY(pasteAndWait(m_known.mid(0, 2).join(u'\n')));
        QPushButton* send = child<QPushButton>("sendButton");
        QVERIFY(send->isEnabled());
        auto* editor = child<TokenSettingsEditor>("settingsEditor");
        TokenSettings settings = editor->settings();
        settings.tags = {QString(Limits::kMaxTextLength + 5, u'x')};
        editor->setSettings(settings);
        QTRY_VERIFY(!send->isEnabled());
        QVERIFY(!child<QLabel>("validationSummary")->isHidden());
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(!m_page->isConfirming());

        settings.tags.clear();
        editor->setSettings(settings);
        QTRY_VERIFY(send->isEnabled());
    }

    void screenshot()
    {
        // Not an assertion on looks: renders the page with a run's results, saved for review when asked.
        QVERIFY(
            pasteAndWait(m_known.mid(0, 9).join(u'\n') +
                         QStringLiteral("\nnot an address\nbroken@@example.com\nnobody@unknown.example\n")));
        m_page->setBatchSize(4);
        const QByteArray dir = qgetenv("ENROLLDESK_SCREENSHOT_DIR");
        const auto shoot = [this, &dir](const char* name) {
            QCoreApplication::processEvents(); // pending layout requests, as a screen would have them
            const QImage image = m_page->grab().toImage();
            return !image.isNull() && (dir.isEmpty() || image.save(QString::fromLocal8Bit(dir) + u'/' +
                                                                   QLatin1StringView(name)));
        };
        QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
        QVERIFY(m_page->isConfirming());
        QVERIFY(shoot("bulkpage-confirm.png"));
        QVERIFY(m_sandbox.injectFault(bulkFault(QStringLiteral("slow"))));
        QVERIFY(m_sandbox.injectFault(bulkFault(QStringLiteral("html"))));
        QTest::mouseClick(child<QPushButton>("confirmSendButton"), Qt::LeftButton);
        QVERIFY(waitRunEnd());
        QVERIFY(shoot("bulkpage.png"));
    }
};

QTEST_MAIN(TestBulkPage)
#include "test_bulkpage.moc"
