#pragma once
// Windows tokens for many users (W2). Paste or import addresses; they are analysed in the background as
// you type (valid, duplicates removed, invalid lines with the reason: click one to jump to it); the
// shared settings are the single-user form's; the valid addresses are sent in batches after a
// confirmation that repeats the organization, the server and the count. Per-batch and overall results,
// retry of the batches that failed on the way, and the run's log as CSV.

#include "bulkrunner.h"
#include "emaillist.h"
#include "pagecommand.h"

#include <QWidget>

#include <atomic>
#include <memory>

class AppContext;
class QAction;
class BulkBatchesModel;
class BulkCheck;
class BulkInvalidLinesModel;
class ErrorPanel;
class LargeTextEdit;
class QDragEnterEvent;
class QDropEvent;
class QFrame;
class QLabel;
class QMimeData;
class QProgressBar;
class QPushButton;
class QShortcut;
class QSpinBox;
class QSplitter;
class QTableView;
class QTimer;
class TokenSettingsEditor;

class BulkPage final : public QWidget
{
    Q_OBJECT
public:
    explicit BulkPage(AppContext* context, QWidget* parent = nullptr);
    ~BulkPage() override;

    QString text() const;
    void setText(const QString& text);
    // The newest finished analysis, and whether it describes the text as it is now.
    EmailListAnalysis analysis() const { return m_analysis; }
    bool isAnalysing() const { return m_job != nullptr; }
    bool isAnalysisCurrent() const { return m_analysisCurrent; }
    const BulkRunner* runner() const { return m_runner; }
    int batchSize() const;
    void setBatchSize(int size);
    bool isConfirming() const;
    // The last run has failed or unsent batches, and its log was not exported since they changed: quitting
    // would lose the only record of which addresses were answered.
    bool hasUnsavedFailures() const;
    // The box holds a list that was pasted, typed or imported and not sent since (a confirmation may be
    // open): quitting would lose it.
    bool hasUnsentList() const;
    // The Token menu's entries: import, send (or confirm), cancel, retry, export.
    QList<PageCommand> commands();

public Q_SLOTS:
    // Reads a CSV or text file into the paste area (also what a drop does). False when it cannot be read.
    // A file of a megabyte or more is read on a worker thread: its text arrives later (importFinished),
    // unless the box is changed first.
    bool importFile(const QString& path);
    // Asks for confirmation (an inline bar: nothing modal); confirmSend() starts the run.
    void send();
    void confirmSend();
    // Ctrl+Return: confirms when asked (not when the confirmation warns of second tokens), else asks (when
    // there is something to send).
    void sendOrConfirm();
    void cancelConfirm();
    // Stops after the batch in flight.
    void cancelRun();
    void retrySelectedBatch();
    void retryFailedBatches();
    void resumeRun();
    // Selects the 1-based line in the paste area.
    void jumpToLine(int line);
    bool exportLog(const QString& path);
    // Replaces the list with the addresses of the failed and unsent batches (undoable).
    void listOnlyUnanswered();
    // Copies the selected batch's addresses, one per line (Ctrl+C in the batch table, its context menu).
    void copySelectedBatch();
    // Reads the token list to tell which answered addresses have a token (the API gives counts only).
    void findWhoGotNoToken();

Q_SIGNALS:
    void analysisStarted();
    void analysisFinished();
    // A file that importFile() read on a worker thread is in the box now, or could not be read.
    void importFinished();
    void runFinished();
    // "See the Tokens page": the API does not say which addresses failed.
    void showTokensRequested();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Job;
    QWidget* buildInputPanel();
    QWidget* buildSettingsPanel();
    QWidget* buildRunPanel();
    void textEdited();
    void analyseSoon(); // the list changed: analysed after the debounce
    // The list shown is not the one analysed: Send waits for the next analysis. `status` says why.
    void markAnalysisStale(const QString& status);
    void startAnalysis();
    void analyseText(const QString& text); // starts the parse on a worker thread
    void analysisDone(const std::shared_ptr<Job>& job, const EmailListAnalysis& result);
    void updateAnalysisView();
    void revalidate();
    void updateRunView();
    void updateTimes();
    void runStateChanged(bool running);
    void chooseImportFile();
    void chooseExportFile();
    void applyProfileDefaults();
    void checkFinished();
    // The last run's addresses in the batches `pick` selects, in the run's order.
    QStringList addressesOfBatches(const std::function<bool(const BulkRunner::Batch&)>& pick) const;
    static bool isAnswered(const BulkRunner::Batch& batch);
    // Answered, or failed after reaching the server: its users may have a token.
    static bool mayHaveTokens(const BulkRunner::Batch& batch);
    // How many of `emails` are in `among`, told apart as the list's duplicates are (Limits::emailKey).
    static int countAmong(const EmailAddresses& emails, const QStringList& among);
    QStringList unansweredAddresses() const;
    // Asks before sending again batches that may have been carried out; `onlyUnsent` (when set and
    // `surelyUnsent` > 0) is the answer that leaves those out.
    void askBeforeSendingAgain(int maybeProcessed, int surelyUnsent, const std::function<void()>& all,
                               const std::function<void()>& onlyUnsent);
    bool acceptsDrop(const QMimeData* mime) const;
    bool dropFiles(const QMimeData* mime);

    AppContext* m_context;
    BulkRunner* m_runner;
    BulkCheck* m_check;
    BulkInvalidLinesModel* m_invalidModel;
    BulkBatchesModel* m_batchesModel;

    LargeTextEdit* m_edit = nullptr; // null until built: see eventFilter()
    QPushButton* m_importButton;
    QPushButton* m_clearButton;
    QLabel* m_validCount;
    QLabel* m_duplicateCount;
    QLabel* m_invalidCount;
    QLabel* m_lineCount;
    QLabel* m_analysisStatus;
    QTableView* m_invalidTable;

    TokenSettingsEditor* m_settings;
    QSpinBox* m_batchSize;
    QLabel* m_batchPlan;
    QLabel* m_problems;
    ErrorPanel* m_error;
    QPushButton* m_sendButton;

    QFrame* m_confirmBar;
    QLabel* m_confirmText;
    QPushButton* m_confirmButton;
    QPushButton* m_confirmBackButton;
    bool m_confirmWarns = false; // the open confirmation warns of second tokens: Ctrl+Return does not confirm

    bool m_logExported = false; // since the run's batches last changed
    bool m_listSent = false;    // a run started with the box's list, unchanged since
    int m_importGeneration = 0; // of the latest import or edit: a file read on a worker is older when less

    QSplitter* m_pageSplitter; // the form above, the run panel below
    QWidget* m_runPanel;
    QProgressBar* m_progress;
    QLabel* m_runStatus;
    QLabel* m_runTimes;
    QPushButton* m_cancelButton;
    QShortcut* m_sendShortcut = nullptr;   // Ctrl+Return (Ctrl+Enter too); the Token menu lists its keys
    QShortcut* m_cancelShortcut = nullptr; // Esc
    QPushButton* m_keepUnansweredButton;
    QAction* m_copyBatchAction;
    QLabel* m_overallCreated;
    QLabel* m_overallFailed;
    QLabel* m_overallTotal;
    QLabel* m_overallBatches;
    QTableView* m_batchTable = nullptr; // null until built: see eventFilter()
    QPushButton* m_retryBatchButton;
    QPushButton* m_retryFailedButton;
    QPushButton* m_resumeButton;
    QPushButton* m_exportButton;
    QPushButton* m_tokensButton;
    QLabel* m_resultNote;
    QPushButton* m_checkButton;
    QLabel* m_checkStatus;
    QPushButton* m_listWithoutButton;

    QTimer* m_debounce;
    QTimer* m_poll;  // analysis progress
    QTimer* m_clock; // elapsed/remaining while sending
    QTimer* m_viewUpdate;
    std::shared_ptr<Job> m_job;
    EmailListAnalysis m_analysis;
    bool m_analysisCurrent = true;
};
