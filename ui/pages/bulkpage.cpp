#include "bulkpage.h"

#include "apilimits.h"
#include "appcontext.h"
#include "bulkcheck.h"
#include "bulkrunner.h"
#include "duration.h"
#include "errorpanel.h"
#include "formscroll.h"
#include "largetextedit.h"
#include "named.h"
#include "pageheader.h"
#include "savefile.h"
#include "sessiontokensmodel.h"
#include "statuscolors.h"
#include "tokensettingseditor.h"
#include "wrappedlabel.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStringDecoder>
#include <QStyle>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {

constexpr int kDebounceMs = 250;

// The confirmation's word-wrapped rich text. QLabel works its size hints out by laying the document out
// at several widths (QTextDocument::adjustSize, then each width it is asked about, then back again): a
// dozen layouts of the text each time it changes, in the turn of the Send click. The confirmation takes
// the column's width anyway, so its hints need no layout; WrappedLabel keeps its height per width.
class ConfirmationLabel final : public WrappedLabel
{
public:
    using WrappedLabel::WrappedLabel;

    QSize minimumSizeHint() const override
    {
        const QFontMetrics metrics = fontMetrics();
        return {metrics.averageCharWidth() * 16, metrics.lineSpacing()};
    }
    QSize sizeHint() const override
    {
        const QFontMetrics metrics = fontMetrics();
        return {metrics.averageCharWidth() * 50, metrics.lineSpacing() * 3};
    }
};

constexpr qint64 kMaxImportBytes = 64 * 1024 * 1024;
// Reading and decoding a file this large or larger goes to a worker thread: 45 MB take about half a
// second, which would freeze the window.
constexpr qint64 kImportOnWorkerFrom = 1024 * 1024;

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// "1:05" or "1:02:05".
QString clockText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    const QString mm = QStringLiteral("%1").arg(seconds / Duration::kMinute % 60,
                                                seconds >= Duration::kHour ? 2 : 1, 10, QLatin1Char('0'));
    const QString ss = QStringLiteral("%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds >= Duration::kHour)
        return QString::number(seconds / Duration::kHour) + u':' + mm + u':' + ss;
    return mm + u':' + ss;
}

QLabel* bigNumber(const char* objectName, const QString& caption)
{
    auto* label = captioned(new QLabel(QStringLiteral("0")), objectName, caption);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.7);
    font.setBold(true);
    label->setFont(font);
    label->setAlignment(Qt::AlignCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Keeps a widget at least as tall as its contents need at its width. A splitter pane short of room
// shrinks a word-wrapped row to its one-line minimum and cuts the second line; the table below it
// should give way instead.
class HeightForWidthFloor final : public QObject
{
public:
    explicit HeightForWidthFloor(QWidget* widget)
        : QObject(widget)
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize) {
            auto* widget = static_cast<QWidget*>(watched);
            const int needed = widget->heightForWidth(widget->width());
            if (needed > 0 && widget->minimumHeight() != needed)
                widget->setMinimumHeight(needed);
        }
        return false;
    }
};

// A number over its caption, in a light frame: the analysis and result summaries. `accent` colours the
// number (StatusColors::successTextStyle, …).
QFrame* tile(QLabel* value, const QString& caption, std::function<QString(const QWidget*)> accent = {})
{
    auto* frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    // Wraps rather than being cut at both ends when the tiles are narrow (a long language, 1024 px).
    auto* text = new WrappedLabel(caption);
    text->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    text->setObjectName(value->objectName() + QStringLiteral("Caption"));
    text->setForegroundRole(QPalette::PlaceholderText);
    if (accent)
        StatusColors::followPalette(value, std::move(accent));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(0);
    layout->addWidget(value);
    layout->addWidget(text);
    return frame;
}

struct ReadFile
{
    QString text;
    QString error; // empty when read
};

QString decodeFile(const QByteArray& bytes)
{
    // BOM first (UTF-8/16/32), or UTF-16 without one; else UTF-8. A line that is not UTF-8 (an export
    // saved in a legacy code page, or one note pasted from one) is read as Windows-1252 on its own, as the
    // parser reads an address and the CLI a file: the other lines' accents stay as written, and "josé" is
    // not sent as "josÃ©".
    if (const auto encoding = EmailListParser::textEncoding(bytes)) {
        QStringDecoder decoder(*encoding);
        return decoder(bytes);
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    text.clear();
    text.reserve(bytes.size());
    const char* const end = bytes.constData() + bytes.size();
    for (const char* line = bytes.constData(); line < end;) {
        const char* next = line;
        while (next < end && *next != '\n' && *next != '\r')
            ++next;
        next = std::min(next + 1, end); // with its line end
        text += EmailListParser::decodeLine(QByteArrayView(line, next - line));
        line = next;
    }
    return text;
}

ReadFile readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QString(), file.errorString()};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return {QString(), file.errorString()};
    return {decodeFile(bytes), QString()};
}

} // namespace

// Line | Text | Reason of the lines the parser did not understand.
class BulkInvalidLinesModel final : public QAbstractTableModel
{
    Q_DECLARE_TR_FUNCTIONS(BulkPage)
public:
    enum Column { Line, Text, Reason, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setLines(const QList<EmailListAnalysis::InvalidLine>& lines)
    {
        beginResetModel();
        m_lines = lines;
        endResetModel();
    }
    int lineAt(int row) const { return row >= 0 && row < m_lines.size() ? m_lines[row].line : 0; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_lines.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid())
            return {};
        const EmailListAnalysis::InvalidLine& line = m_lines[index.row()];
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            switch (index.column()) {
            case Line:
                return line.line;
            case Text:
                return line.text;
            case Reason:
                return line.reason;
            }
        }
        if (role == Qt::TextAlignmentRole && index.column() == Line)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return {};
        // A short title: the table shares the page's width with the settings, and a header that does
        // not fit is cut at both ends. The question it answers is the tooltip.
        if (role == Qt::ToolTipRole && section == Reason)
            return tr("Why it is not used");
        if (role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Line:
            return tr("Line");
        case Text:
            return tr("Text");
        case Reason:
            return tr("Reason", "invalid lines: why a line is not sent");
        }
        return {};
    }

private:
    QList<EmailListAnalysis::InvalidLine> m_lines;
};

// One row per batch of the runner, kept in step by batchChanged.
class BulkBatchesModel final : public QAbstractTableModel
{
    Q_DECLARE_TR_FUNCTIONS(BulkPage)
public:
    enum Column { Batch, Addresses, State, Total, Success, Fail, Attempts, Error, ColumnCount };

    // `page` is the parent, whose palette the state colours follow.
    explicit BulkBatchesModel(const BulkRunner* runner, QWidget* page)
        : QAbstractTableModel(page)
        , m_runner(runner)
        , m_page(page)
    {}
    void reset()
    {
        beginResetModel();
        endResetModel();
    }
    void batchChanged(int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); }

    // What to do first, then why: a narrow column keeps the part that decides what is safe.
    static QString errorText(const BulkRunner::Batch& batch)
    {
        if (batch.isRetryable() && batch.mayHaveBeenProcessed())
            return tr("Its tokens may exist, check before retrying: %1").arg(batch.error.message());
        return batch.isRetryable() ? tr("Can be retried: %1").arg(batch.error.message())
                                   : batch.error.message();
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : m_runner->batchCount();
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_runner->batchCount())
            return {};
        const BulkRunner::Batch& batch = m_runner->batch(index.row());
        const bool done = batch.state == BulkRunner::BatchState::Done;
        const bool failed = batch.state == BulkRunner::BatchState::Failed;
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case Batch:
                return batch.index + 1;
            case Addresses:
                return tr("%1–%2 (%3)")
                    .arg(number(batch.firstAddress + 1), number(batch.firstAddress + batch.addressCount),
                         number(batch.addressCount));
            case State:
                return BulkRunner::stateName(batch.state);
            case Total:
                return done ? QVariant(batch.result.total) : QVariant();
            case Success:
                return done ? QVariant(batch.result.success) : QVariant();
            case Fail:
                return done ? QVariant(batch.result.fail) : QVariant();
            case Attempts:
                return batch.attempts;
            case Error:
                if (failed)
                    return errorText(batch);
                if (done && batch.earlierAttemptMayHaveBeenProcessed)
                    return tr("An earlier attempt may have created tokens too: check for duplicates.");
                return QString();
            }
        }
        if (role == Qt::ToolTipRole && index.column() == Error && failed)
            return QString(errorText(batch) + QStringLiteral("\n\n") + batch.error.technicalDetails());
        // Green only when every address got a token: a batch the API answered with no token created is
        // red however "Done" it is; one in between keeps the plain colour, its Failed cell red.
        if (role == Qt::ForegroundRole && index.column() == State) {
            if (done && batch.result.fail == 0 && batch.result.success > 0)
                return StatusColors::success(m_page->palette());
            if (failed || (done && batch.result.success == 0))
                return StatusColors::error(m_page->palette());
        }
        if (role == Qt::ForegroundRole && index.column() == Fail && done && batch.result.fail > 0)
            return StatusColors::error(m_page->palette());
        if (role == Qt::TextAlignmentRole && index.column() != Error && index.column() != State)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Batch:
            return tr("Batch");
        case Addresses:
            return tr("Addresses");
        case State:
            return tr("State");
        case Total:
            return tr("Total");
        case Success:
            return tr("Created");
        case Fail:
            return tr("Failed");
        case Attempts:
            return tr("Attempts");
        case Error:
            return tr("Error");
        }
        return {};
    }

private:
    const BulkRunner* m_runner;
    const QWidget* m_page;
};

// One background analysis. Superseded jobs get `cancel` set and their result is ignored.
struct BulkPage::Job
{
    std::atomic_bool cancel{false};
    std::atomic_int progress{0};
};

BulkPage::BulkPage(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_runner(new BulkRunner(context->client(), this))
    , m_check(new BulkCheck(context->client(), this))
    , m_invalidModel(new BulkInvalidLinesModel(this))
    , m_batchesModel(new BulkBatchesModel(m_runner, this))
    , m_debounce(new QTimer(this))
    , m_poll(new QTimer(this))
    , m_clock(new QTimer(this))
    , m_viewUpdate(new QTimer(this))
{
    setObjectName(QStringLiteral("bulkPage"));
    setAccessibleName(tr("Windows tokens for many users"));
    setAcceptDrops(true);

    auto* pageHeader =
        new PageHeader(tr("Windows enrollment tokens for many users"),
                       tr("Paste or import the users' e-mail addresses, choose the settings once, and "
                          "send. Each user gets a token with the same settings."));

    auto* top = new QSplitter(Qt::Horizontal);
    top->setObjectName(QStringLiteral("bulkSplitter"));
    top->setChildrenCollapsible(false);
    top->addWidget(buildInputPanel());
    top->addWidget(buildSettingsPanel());
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);

    m_pageSplitter = new QSplitter(Qt::Vertical);
    m_pageSplitter->setChildrenCollapsible(false);
    m_pageSplitter->addWidget(top);
    m_pageSplitter->addWidget(buildRunPanel());
    m_pageSplitter->setStretchFactor(0, 3);
    m_pageSplitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageHeader);
    layout->addWidget(m_pageSplitter, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    m_poll->setInterval(100);
    m_clock->setInterval(1000);
    connect(m_debounce, &QTimer::timeout, this, &BulkPage::startAnalysis);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_job)
            m_analysisStatus->setText(tr("Analysing… %1 %").arg(m_job->progress.load() / 10));
    });
    connect(m_clock, &QTimer::timeout, this, &BulkPage::updateTimes);

    // Window-wide, as the single-token pages' shortcuts: a hidden page's shortcuts are inactive, and the
    // focus may be in the navigation list or the banner.
    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
        return s;
    };
    m_sendShortcut = shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &BulkPage::sendOrConfirm);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &BulkPage::sendOrConfirm);
    m_cancelShortcut = shortcut(QKeySequence(Qt::Key_Escape), [this] {
        if (isConfirming())
            cancelConfirm();
        else if (m_runner->isRunning())
            cancelRun();
    });

    // Thousands of batches may change per second: the rows at once, the summary a few times a second.
    m_viewUpdate->setSingleShot(true);
    m_viewUpdate->setInterval(100);
    connect(m_viewUpdate, &QTimer::timeout, this, &BulkPage::updateRunView);
    connect(m_runner, &BulkRunner::batchChanged, this, [this](int index) {
        m_logExported = false;
        m_batchesModel->batchChanged(index);
        if (!m_viewUpdate->isActive())
            m_viewUpdate->start();
    });
    connect(m_runner, &BulkRunner::runningChanged, this, &BulkPage::runStateChanged);
    connect(m_runner, &BulkRunner::tokensCreated, m_context->sessionTokens(),
            &SessionTokensModel::addUnlisted);
    connect(m_runner, &BulkRunner::finished, this, &BulkPage::runFinished);
    // A changed setting makes the open confirmation describe another request: it closes.
    connect(m_settings, &TokenSettingsEditor::changed, this, [this] {
        cancelConfirm();
        revalidate();
    });
    connect(context, &AppContext::connectionChanged, this, [this] {
        m_settings->clearOrganizationFields(); // the old organization's ids
        applyProfileDefaults();
        cancelConfirm();
        // A check under way would read the next pages from the other organization.
        if (m_check->isRunning()) {
            m_check->cancel();
            m_checkStatus->setText(tr("The check stopped: another profile is in use."));
        }
        updateRunView(); // a run made elsewhere can no longer be resumed or retried here
    });
    connect(context, &AppContext::activeProfileEdited, this, &BulkPage::applyProfileDefaults);
    // Policies load once the profile's key is there.
    connect(context, &AppContext::connectionReady, m_settings, &TokenSettingsEditor::reloadPolicies);
    m_settings->setClient(context->client());
    applyProfileDefaults();
    updateAnalysisView();
    updateRunView();
    revalidate();
}

BulkPage::~BulkPage()
{
    // A background analysis still running stops at its next check; it owns its copy of the text.
    if (m_job)
        m_job->cancel = true;
    // The runner (a child) cancels a run in progress when it is destroyed, after this destructor: what it
    // announces then must not reach this half-destroyed page.
    disconnect(m_runner, nullptr, this, nullptr);
}

QWidget* BulkPage::buildInputPanel()
{
    m_edit = named(new LargeTextEdit, "addressesEdit", tr("E-mail addresses"));
    m_edit->setPlaceholderText(tr("Paste e-mail addresses here: one per line, a mail client's To: line "
                                  "(Name <address>; …) or a CSV export with a header row.\n\n"
                                  "Or drop a .csv or .txt file on this page."));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Tab leaves the box, as everywhere else in the form (pasted CSV keeps its tabs).
    m_edit->setTabChangesFocus(true);
    m_edit->viewport()->installEventFilter(this);
    m_importButton = named(new QPushButton(tr("&Import file…")), "importButton", tr("Import file"));
    m_importButton->setToolTip(tr("Read addresses from a CSV or text file (also by dropping it here)"));
    m_clearButton = named(new QPushButton(tr("&Clear")), "clearButton", tr("Clear addresses"));

    auto* heading = new QLabel(tr("Addr&esses"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setBuddy(m_edit);
    auto* tools = new QHBoxLayout;
    tools->addWidget(heading);
    tools->addStretch();
    tools->addWidget(m_importButton);
    tools->addWidget(m_clearButton);

    m_validCount = bigNumber("validCount", tr("Valid addresses"));
    m_duplicateCount = bigNumber("duplicateCount", tr("Duplicates removed"));
    m_invalidCount = bigNumber("invalidCount", tr("Invalid lines"));
    m_lineCount = bigNumber("lineCount", tr("Lines"));
    auto* tiles = new QHBoxLayout;
    tiles->addWidget(tile(m_validCount, tr("valid, will be sent"), StatusColors::successTextStyle));
    tiles->addWidget(tile(m_duplicateCount, tr("duplicates removed")));
    tiles->addWidget(tile(m_invalidCount, tr("invalid, not sent"), StatusColors::errorTextStyle));
    tiles->addWidget(tile(m_lineCount, tr("lines")));

    m_analysisStatus = captioned(new WrappedLabel, "analysisStatus", tr("Analysis status"));

    m_invalidTable = named(new QTableView, "invalidTable", tr("Lines that are not used"));
    m_invalidTable->setModel(m_invalidModel);
    m_invalidTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_invalidTable->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_invalidTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_invalidTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_invalidTable->setAlternatingRowColors(true);
    m_invalidTable->verticalHeader()->hide();
    m_invalidTable->verticalHeader()->setDefaultSectionSize(m_invalidTable->fontMetrics().height() + 6);
    m_invalidTable->horizontalHeader()->setSectionResizeMode(BulkInvalidLinesModel::Line,
                                                             QHeaderView::ResizeToContents);
    m_invalidTable->horizontalHeader()->setSectionResizeMode(BulkInvalidLinesModel::Text,
                                                             QHeaderView::Interactive);
    m_invalidTable->horizontalHeader()->setStretchLastSection(true);
    // The line numbers column is sized from a sample: up to thousands of rows arrive at once.
    m_invalidTable->horizontalHeader()->setResizeContentsPrecision(50);
    m_invalidTable->setColumnWidth(BulkInvalidLinesModel::Text, 220);
    m_invalidTable->setToolTip(tr("Click a line (or press Enter) to show it in the addresses"));
    auto* invalidHeading = new QLabel(tr("Lines that &will not be sent (click to show):"));
    invalidHeading->setBuddy(m_invalidTable);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_edit);
    auto* lower = new QWidget;
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto* tilesRow = new QWidget;
    tilesRow->setObjectName(QStringLiteral("analysisTiles"));
    tilesRow->setLayout(tiles);
    tiles->setContentsMargins(0, 0, 0, 0);
    new HeightForWidthFloor(tilesRow);
    lowerLayout->addWidget(tilesRow);
    lowerLayout->addWidget(m_analysisStatus);
    lowerLayout->addWidget(invalidHeading);
    lowerLayout->addWidget(m_invalidTable, 1);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
    // The box first (Ctrl+2 lands in it, ready for Ctrl+V), then the buttons above it.
    setTabOrder(m_edit, m_importButton);
    setTabOrder(m_importButton, m_clearButton);

    // A large paste arrives in chunks: the analysis waits for the whole of it.
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_edit->isInserting())
            textEdited();
    });
    connect(m_edit, &LargeTextEdit::insertionStarted, this, &BulkPage::textEdited);
    // The list that went in is complete: analyse it. No new edit of the user's, so a file being read
    // meanwhile (dropped during a long paste or clear) still replaces it.
    connect(m_edit, &LargeTextEdit::insertionFinished, this, &BulkPage::analyseSoon);
    connect(m_edit, &LargeTextEdit::insertionProgress, this, [this](int percent) {
        m_analysisStatus->setText(m_edit->isRemoving()
                                      ? tr("Removing the list from the box… %1 %").arg(percent)
                                      : tr("Adding the list to the box… %1 %").arg(percent));
    });
    connect(m_edit, &LargeTextEdit::plainTextRead, this, &BulkPage::analyseText);
    connect(m_importButton, &QPushButton::clicked, this, &BulkPage::chooseImportFile);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        m_edit->replaceText(QString()); // undoable, unlike QPlainTextEdit::clear; also during a replacement
        m_edit->setFocus(Qt::OtherFocusReason); // where Ctrl+Z undoes it, and the next list goes
    });
    connect(m_invalidTable, &QTableView::clicked, this,
            [this](const QModelIndex& index) { jumpToLine(m_invalidModel->lineAt(index.row())); });
    connect(m_invalidTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        jumpToLine(m_invalidModel->lineAt(index.row()));
        m_edit->setFocus();
    });
    return panel;
}

QWidget* BulkPage::buildSettingsPanel()
{
    m_settings =
        named(new TokenSettingsEditor(Platform::Windows), "settingsEditor", tr("Settings for every token"));
    // The column beside the list is narrow: a label goes above its field when both do not fit.
    m_settings->formLayout()->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_batchSize = named(new QSpinBox, "batchSizeSpin", tr("Addresses per request"));
    m_batchSize->setRange(1, BulkRunner::kMaxBatchSize);
    m_batchSize->setValue(BulkRunner::kDefaultBatchSize);
    m_batchSize->setToolTip(
        tr("How many addresses go in one request. Smaller batches show progress more often and "
           "lose less when one fails."));
    m_batchPlan = captioned(new QLabel, "batchPlan", tr("Requests planned"));
    m_batchPlan->setForegroundRole(QPalette::PlaceholderText);

    m_problems = captioned(new WrappedLabel, "validationSummary", tr("What the form still needs"));
    StatusColors::followPalette(m_problems, StatusColors::errorTextStyle);
    m_error = new ErrorPanel;

    auto* group = new QGroupBox(tr("Settings for every token"));
    group->setObjectName(QStringLiteral("settingsGroup"));
    auto* groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(m_settings);
    groupLayout->addStretch();
    auto* inner = new QWidget;
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 4, 0);
    innerLayout->addWidget(group);
    innerLayout->addStretch();
    QScrollArea* scroll = formScrollArea(inner, tr("Token settings"));
    // Wide enough for the form in most languages; scrolls sideways only when a translation needs more.
    scroll->setMinimumWidth(std::min(inner->minimumSizeHint().width(), 400) +
                            scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);

    // Named by its text, which says how many will be sent ("Send to 3 users", "Analysing addresses…").
    m_sendButton = new QPushButton;
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setToolTip(tr("Create the tokens (Ctrl+Return); you confirm first"));
    m_sendButton->setDefault(true);
    m_sendButton->setMinimumHeight(m_sendButton->sizeHint().height() * 3 / 2);
    QFont big = m_sendButton->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_sendButton->setFont(big);

    // The confirmation: inline, not modal, so it repeats where and how much without blocking anything.
    m_confirmBar = named(new QFrame, "confirmBar", tr("Confirm sending"));
    m_confirmBar->setFrameShape(QFrame::StyledPanel);
    m_confirmBar->setStyleSheet(StatusColors::warningFrameStyle(QStringLiteral("confirmBar")));
    m_confirmText = captioned(new ConfirmationLabel, "confirmText", tr("What will be sent"));
    m_confirmText->setTextFormat(Qt::RichText);
    // No Alt+letter on these two: the bar opens with the focus on "Yes, send" (Return) and Esc goes back,
    // and in several languages no letter of theirs was free while the run panel is shown.
    m_confirmButton = named(new QPushButton(tr("Yes, send")), "confirmSendButton", tr("Yes, send"));
    m_confirmBackButton = named(new QPushButton(tr("Back")), "confirmBackButton", tr("Back to the form"));
    // Return presses the focused one (outside a dialog only auto-default buttons take Return).
    m_confirmButton->setAutoDefault(true);
    m_confirmBackButton->setAutoDefault(true);
    auto* confirmButtons = new QHBoxLayout;
    confirmButtons->addStretch();
    confirmButtons->addWidget(m_confirmBackButton);
    confirmButtons->addWidget(m_confirmButton);
    auto* confirmLayout = new QVBoxLayout(m_confirmBar);
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addLayout(confirmButtons);
    m_confirmBar->setVisible(false);

    // Next to the Send button: how the list is split is part of the sending, not of the tokens.
    auto* batchLabel = new QLabel(tr("Addresses per re&quest:"));
    batchLabel->setBuddy(m_batchSize);
    auto* batchRow = new QHBoxLayout;
    batchRow->addWidget(batchLabel);
    batchRow->addWidget(m_batchSize);
    batchRow->addWidget(m_batchPlan, 1);

    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(batchRow);
    // Beside Send, outside the scroll area: why Send is disabled, or why nothing was sent, must be in
    // view however far the settings are scrolled (at the foot of the settings they were often not).
    layout->addWidget(m_problems);
    layout->addWidget(m_error);
    layout->addWidget(m_confirmBar);
    layout->addWidget(m_sendButton);

    connect(m_batchSize, &QSpinBox::valueChanged, this, [this] {
        cancelConfirm();
        revalidate();
    });
    connect(m_sendButton, &QPushButton::clicked, this, &BulkPage::send);
    connect(m_confirmButton, &QPushButton::clicked, this, &BulkPage::confirmSend);
    connect(m_confirmBackButton, &QPushButton::clicked, this, &BulkPage::cancelConfirm);
    connect(m_error, &ErrorPanel::actionTriggered, this, &BulkPage::showTokensRequested);
    return panel;
}

QWidget* BulkPage::buildRunPanel()
{
    m_progress = named(new QProgressBar, "runProgress", tr("Batches sent"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_runStatus = captioned(new WrappedLabel, "runStatus", tr("Run status"));
    m_runTimes = captioned(new QLabel, "runTimes", tr("Elapsed and remaining time"));
    m_cancelButton = named(new QPushButton(tr("Cancel")), "cancelRunButton", tr("Cancel sending"));
    m_cancelButton->setToolTip(tr("Stop after the current batch (Esc)"));
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_runTimes);
    progressRow->addWidget(m_cancelButton);

    m_overallCreated = bigNumber("overallCreated", tr("Tokens created"));
    m_overallFailed = bigNumber("overallFailed", tr("Addresses the API counted as failed"));
    m_overallTotal = bigNumber("overallTotal", tr("Addresses answered"));
    m_overallBatches = bigNumber("overallBatches", tr("Batches done"));
    auto* tiles = new QHBoxLayout;
    tiles->addWidget(tile(m_overallCreated, tr("tokens created"), StatusColors::successTextStyle));
    tiles->addWidget(tile(m_overallFailed, tr("failed (per the API)"), StatusColors::errorTextStyle));
    tiles->addWidget(tile(m_overallTotal, tr("addresses answered")));
    tiles->addWidget(tile(m_overallBatches, tr("batches done")));

    m_batchTable = named(new QTableView, "batchTable", tr("Batches"));
    m_batchTable->setModel(m_batchesModel);
    m_batchTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_batchTable->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_batchTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_batchTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_batchTable->setAlternatingRowColors(true);
    m_batchTable->verticalHeader()->hide();
    m_batchTable->verticalHeader()->setDefaultSectionSize(m_batchTable->fontMetrics().height() + 6);
    m_batchTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Sizing to contents looks at every row after every batch update: 1,000 batches cost seconds of GUI
    // time. The rows all have the same shape, so a sample is enough.
    m_batchTable->horizontalHeader()->setResizeContentsPrecision(20);
    m_batchTable->horizontalHeader()->setStretchLastSection(true);

    m_retryBatchButton = named(new QPushButton(tr("Retry selected batch")), "retryBatchButton",
                               tr("Retry the selected batch"));
    m_retryFailedButton = new QPushButton(tr("Retry failed batches")); // named by its text and count
    m_retryFailedButton->setObjectName(QStringLiteral("retryFailedButton"));
    m_retryFailedButton->setToolTip(
        tr("Sends again the batches that failed on the way. Batches the API answered are never sent again; "
           "for batches that may have been carried out (a timeout, a dropped connection, a server error) "
           "you are asked first."));
    // No Alt letter: after a stopped run, every letter of it is taken on this page in one language or
    // another (Tab reaches it, and the page's menu has it with a letter of the menu's own).
    m_resumeButton =
        named(new QPushButton(tr("Send the rest")), "resumeButton", tr("Send the batches not sent"));
    for (QPushButton* button : {m_retryBatchButton, m_retryFailedButton, m_resumeButton})
        button->setProperty("usualToolTip", button->toolTip());
    m_exportButton =
        named(new QPushButton(tr("Export log…")), "exportLogButton", tr("Export the run's log as CSV"));
    m_tokensButton =
        named(new QPushButton(tr("Open the Tokens page")), "showTokensButton", tr("Open the Tokens page"));
    // The way to send again what an answer refused (a 5145, a validation error): the list becomes the
    // addresses of the failed and unsent batches, undoably, and Send sends only those.
    m_keepUnansweredButton = named(new QPushButton(tr("List only the unanswered")), "keepUnansweredButton",
                                   tr("List only the addresses not answered"));
    m_keepUnansweredButton->setToolTip(
        tr("Replaces the list with the addresses of the failed and unsent batches (Ctrl+Z brings the "
           "list back). Failed batches that may have been carried out are included: check them first."));
    m_copyBatchAction = new QAction(tr("Copy the batch's addresses"), this);
    m_copyBatchAction->setShortcut(QKeySequence::Copy);
    m_copyBatchAction->setShortcutContext(Qt::WidgetShortcut);
    m_batchTable->addAction(m_copyBatchAction);
    m_batchTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_batchTable->viewport()->installEventFilter(this); // no menu over empty space (eventFilter())
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retryBatchButton);
    buttons->addWidget(m_retryFailedButton);
    buttons->addWidget(m_resumeButton);
    buttons->addWidget(m_keepUnansweredButton);
    buttons->addStretch();
    buttons->addWidget(m_tokensButton);
    buttons->addWidget(m_exportButton);

    m_resultNote = captioned(
        new WrappedLabel(tr("The API reports only how many tokens each batch created, not which addresses "
                            "failed (usually addresses with no MDM user). “Find who got no token” reads the "
                            "token list to name them.")),
        "resultNote", tr("About the results"));
    m_resultNote->setForegroundRole(QPalette::PlaceholderText);

    // Who of the addresses that may have a token has one: the token list since the run started, matched by
    // e-mail.
    m_checkButton =
        named(new QPushButton(tr("Find who got no token")), "checkTokensButton", tr("Find who got no token"));
    m_checkButton->setToolTip(tr("Reads the organization's Windows tokens created since the run started and "
                                 "matches them with the addresses of the batches that were answered or may "
                                 "have been carried out."));
    m_checkButton->setProperty("usualToolTip", m_checkButton->toolTip());
    m_checkStatus = captioned(new WrappedLabel, "checkStatus", tr("Who got a token"));
    m_listWithoutButton = named(new QPushButton(tr("List only those without a token")),
                                "listWithoutTokenButton", tr("List only the addresses without a token"));
    m_listWithoutButton->setToolTip(tr("Replaces the list with them (Ctrl+Z brings the list back)."));
    m_listWithoutButton->hide();
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkButton);
    checkRow->addWidget(m_checkStatus, 1);
    checkRow->addWidget(m_listWithoutButton);
    connect(m_checkButton, &QPushButton::clicked, this, &BulkPage::findWhoGotNoToken);
    connect(m_check, &BulkCheck::progressChanged, this, [this](int pages) {
        m_checkStatus->setText(tr("Reading the token list… (%n page(s))", nullptr, pages));
    });
    connect(m_check, &BulkCheck::finished, this, &BulkPage::checkFinished);
    connect(m_listWithoutButton, &QPushButton::clicked, this, [this] {
        const QStringList without = m_check->withoutToken();
        if (!without.isEmpty() && !m_runner->isRunning())
            m_edit->replaceText(without.join(u'\n') + u'\n');
    });

    auto* group = new QGroupBox(tr("Sending and results"));
    group->setObjectName(QStringLiteral("runPanel"));
    auto* layout = new QVBoxLayout(group);
    layout->addLayout(progressRow);
    layout->addWidget(m_runStatus);
    layout->addLayout(tiles);
    layout->addWidget(m_batchTable, 1);
    layout->addWidget(m_resultNote);
    layout->addLayout(checkRow);
    layout->addLayout(buttons);
    m_runPanel = group;
    // Hidden until the first run; polished now so that showing it does not hold up the click on Send.
    m_runPanel->ensurePolished();

    connect(m_cancelButton, &QPushButton::clicked, this, &BulkPage::cancelRun);
    connect(m_retryBatchButton, &QPushButton::clicked, this, &BulkPage::retrySelectedBatch);
    connect(m_retryFailedButton, &QPushButton::clicked, this, &BulkPage::retryFailedBatches);
    connect(m_resumeButton, &QPushButton::clicked, this, &BulkPage::resumeRun);
    connect(m_exportButton, &QPushButton::clicked, this, &BulkPage::chooseExportFile);
    connect(m_tokensButton, &QPushButton::clicked, this, &BulkPage::showTokensRequested);
    connect(m_keepUnansweredButton, &QPushButton::clicked, this, &BulkPage::listOnlyUnanswered);
    connect(m_copyBatchAction, &QAction::triggered, this, &BulkPage::copySelectedBatch);
    connect(m_batchTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BulkPage::updateRunView);
    return group;
}

QString BulkPage::text() const
{
    return m_edit->toPlainText();
}

void BulkPage::setText(const QString& text)
{
    m_edit->replaceText(text);
}

QStringList BulkPage::addressesOfBatches(const std::function<bool(const BulkRunner::Batch&)>& pick) const
{
    QStringList emails;
    for (const BulkRunner::Batch& batch : m_runner->batches()) {
        if (pick(batch))
            emails += batch.emails();
    }
    return emails;
}

bool BulkPage::isAnswered(const BulkRunner::Batch& batch)
{
    return batch.state == BulkRunner::BatchState::Done;
}

bool BulkPage::mayHaveTokens(const BulkRunner::Batch& batch)
{
    return isAnswered(batch) || batch.mayHaveBeenProcessed();
}

int BulkPage::countAmong(const EmailAddresses& emails, const QStringList& among)
{
    if (among.isEmpty())
        return 0;
    QSet<QString> keys;
    keys.reserve(among.size());
    // The key the list's duplicates are told by (case folded, composed): "Joël" typed with a combining
    // diaeresis is the same address as the precomposed one.
    for (const QString& email : among)
        keys.insert(Limits::emailKey(email));
    return int(std::count_if(emails.begin(), emails.end(), [&keys](const QString& email) {
        return keys.contains(Limits::emailKey(email));
    }));
}

QStringList BulkPage::unansweredAddresses() const
{
    return addressesOfBatches([](const BulkRunner::Batch& batch) {
        return batch.state == BulkRunner::BatchState::Failed ||
               batch.state == BulkRunner::BatchState::Cancelled;
    });
}

void BulkPage::findWhoGotNoToken()
{
    // The batches that may have made tokens: the answered ones (W2 gives counts, not names) and the ones
    // that failed after reaching the server, whose outcome nobody knows.
    const QStringList checked = addressesOfBatches(mayHaveTokens);
    if (checked.isEmpty() || m_runner->isRunning() || !m_runner->isOnItsConnection())
        return;
    m_listWithoutButton->hide();
    m_checkStatus->setText(tr("Reading the token list…"));
    m_check->start(checked, m_runner->startedAt());
    updateRunView();
}

void BulkPage::checkFinished()
{
    if (m_check->error().isError()) {
        m_checkStatus->setText(tr("The token list could not be read: %1").arg(m_check->error().message()));
    } else {
        const int with = int(m_check->withToken().size());
        const int without = int(m_check->withoutToken().size());
        QString text =
            tr("%Ln address(es) checked have a token created since the run started.", nullptr, with) + u' ' +
            tr("%Ln address(es) have no token.", nullptr, without);
        if (m_check->reachedPageCap())
            text += u' ' + tr("Only the newest %1 tokens were read.")
                               .arg(number(qint64(BulkCheck::kMaxPages) * BulkCheck::kPageSize));
        m_checkStatus->setText(text);
        m_listWithoutButton->setVisible(without > 0);
    }
    updateRunView();
}

void BulkPage::listOnlyUnanswered()
{
    const QStringList emails = unansweredAddresses();
    if (emails.isEmpty() || m_runner->isRunning())
        return;
    m_edit->replaceText(emails.join(u'\n') + u'\n');
    m_edit->setFocus(Qt::OtherFocusReason); // where Ctrl+Z brings the whole list back
}

void BulkPage::copySelectedBatch()
{
    // The selected row, else the one the keyboard is on (the focus lands on the table after "Yes, send").
    const QModelIndex row =
        m_batchTable->selectionModel()->selectedRows().value(0, m_batchTable->currentIndex());
    if (!row.isValid())
        return;
    // Explicitly asked for: the only way addresses reach the clipboard from here.
    QGuiApplication::clipboard()->setText(m_runner->batch(row.row()).emails().join(u'\n') + u'\n');
}

int BulkPage::batchSize() const
{
    return m_batchSize->value();
}

void BulkPage::setBatchSize(int size)
{
    m_batchSize->setValue(size);
}

void BulkPage::sendOrConfirm()
{
    // When some users could get a second token, the shortcut does not confirm: a habit of pressing it
    // twice would pass over the warning. "Yes, send" is clicked (or Tabbed to) on purpose.
    if (isConfirming() && !m_confirmWarns)
        confirmSend();
    else if (isConfirming())
        m_confirmBackButton->setFocus();
    else if (m_sendButton->isEnabled())
        send();
}

QList<PageCommand> BulkPage::commands()
{
    const auto canSend = [this] {
        return isConfirming() || (m_sendButton->isVisible() && m_sendButton->isEnabled());
    };
    return {
        PageCommand::clicking(m_importButton->text(), m_importButton),
        {tr("&Send the list"), m_sendShortcut->key(), canSend, [this] { sendOrConfirm(); }},
        PageCommand::clicking(tr("C&ancel sending"), m_cancelButton, m_cancelShortcut->key()),
        PageCommand::separator(),
        PageCommand::clicking(tr("Retry &failed batches"), m_retryFailedButton),
        // The button has no Alt letter (none is free on the page in every language); the menu's is.
        PageCommand::clicking(tr("Send the &rest"), m_resumeButton),
        PageCommand::clicking(tr("&Export log…"), m_exportButton),
    };
}

bool BulkPage::isConfirming() const
{
    return !m_confirmBar->isHidden();
}

bool BulkPage::hasUnsavedFailures() const
{
    const BulkRunner::Totals totals = m_runner->totals();
    return !m_logExported && totals.failed + totals.cancelled > 0;
}

bool BulkPage::hasUnsentList() const
{
    if (m_listSent)
        return false;
    // Asked when quitting: a copy of even a large list costs nothing then.
    const QString list = text();
    return std::any_of(list.cbegin(), list.cend(), [](QChar c) { return !c.isSpace(); });
}

void BulkPage::applyProfileDefaults()
{
    const Profile profile = m_context->activeProfile();
    m_settings->setDefaults(profile.defaultLanguage, profile.defaultDurationSeconds);
}

// ---- analysis -------------------------------------------------------------------------------------

void BulkPage::textEdited()
{
    ++m_importGeneration; // a file still being read would overwrite what was just typed or pasted
    m_listSent = false;
    analyseSoon();
}

void BulkPage::analyseSoon()
{
    markAnalysisStale(tr("Analysing…"));
    m_debounce->start();
}

void BulkPage::markAnalysisStale(const QString& status)
{
    m_analysisCurrent = false;
    cancelConfirm();
    if (m_job) // a newer list supersedes the analysis under way at once
        m_job->cancel = true;
    m_analysisStatus->setText(status);
    revalidate();
}

void BulkPage::startAnalysis()
{
    if (m_edit->isInserting())
        return; // insertionFinished starts it again
    if (m_job)
        m_job->cancel = true;
    m_job = std::make_shared<Job>();
    m_poll->start();
    Q_EMIT analysisStarted();
    m_edit->readPlainText(); // analyseText() follows, unless the text changes first
}

void BulkPage::analyseText(const QString& text)
{
    const std::shared_ptr<Job> job = m_job;
    if (!job || job->cancel)
        return;
    auto* watcher = new QFutureWatcher<EmailListAnalysis>(this);
    connect(watcher, &QFutureWatcher<EmailListAnalysis>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        analysisDone(job, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [text, job] { return EmailListParser::parse(QStringView(text), &job->cancel, &job->progress); }));
}

void BulkPage::analysisDone(const std::shared_ptr<Job>& job, const EmailListAnalysis& result)
{
    if (job != m_job)
        return; // superseded by a newer text
    m_job.reset();
    m_poll->stop();
    // Cancelled, or done just before the list was marked stale (a file is being read into the box): the
    // next analysis is on its way.
    if (result.cancelled || job->cancel || m_debounce->isActive())
        return;
    m_analysis = result;
    m_analysisCurrent = true;
    updateAnalysisView();
    revalidate();
    Q_EMIT analysisFinished();
}

void BulkPage::updateAnalysisView()
{
    const EmailListAnalysis& a = m_analysis;
    m_validCount->setText(number(a.valid.size()));
    m_duplicateCount->setText(number(a.duplicates));
    m_invalidCount->setText(number(a.invalidCount));
    m_lineCount->setText(number(a.totalLines));
    m_invalidModel->setLines(a.invalid);

    QStringList notes;
    if (a.totalLines == 0) {
        notes << tr("Nothing pasted yet.");
    } else if (a.csv) {
        // The column by its header's name, else by its number (found by its content; its header cell,
        // if any, is empty).
        const QString column = number(a.emailColumnIndex + 1);
        notes << (!a.emailColumn.isEmpty()
                      ? tr("CSV file: addresses read from column “%1” (header on line %2).")
                            .arg(a.emailColumn, number(a.headerLine))
                  : a.headerLine > 0 ? tr("CSV file: addresses read from column %1 (header on line %2).")
                                           .arg(column, number(a.headerLine))
                                     : tr("CSV file: addresses read from column %1.").arg(column));
        if (!a.fallbackColumn.isEmpty())
            notes << tr("Empty cells use column “%1”.").arg(a.fallbackColumn);
    } else if (a.headerLine > 0) {
        notes << tr("Header on line %1 skipped.").arg(number(a.headerLine));
    }
    // Lines left out on purpose are said, so a commented-out address is not thought sent.
    if (a.preambleLines > 0)
        notes << tr("%n line(s) before the header skipped (#TYPE, sep=).", nullptr, a.preambleLines);
    if (a.commentLines > 0)
        notes << tr("%n comment line(s) (# or //) skipped.", nullptr, a.commentLines);
    if (a.invalidCount > a.invalid.size())
        notes << tr("Only the first %1 of %2 invalid lines are listed.")
                     .arg(number(a.invalid.size()), number(a.invalidCount));
    if (a.invalidCount == 0 && !a.valid.isEmpty())
        notes << (a.commentLines > 0 ? tr("All the other lines were understood.")
                                     : tr("Every line was understood."));
    m_analysisStatus->setText(notes.join(u' '));
}

void BulkPage::jumpToLine(int line)
{
    const QTextBlock block = m_edit->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_edit->setTextCursor(cursor);
    m_edit->centerCursor();
}

// ---- import -------------------------------------------------------------------------------------

bool BulkPage::importFile(const QString& path)
{
    if (m_runner->isRunning())
        return false;
    QFile file(path);
    if (file.size() > kMaxImportBytes) {
        m_error->showMessage(tr("“%1” is too large to import (over %2 MB).")
                                 .arg(QFileInfo(path).fileName(), number(kMaxImportBytes / (1024 * 1024))));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->showMessage(tr("Could not read “%1”.").arg(QFileInfo(path).fileName()), file.errorString());
        return false;
    }
    m_error->clear();
    const int import = ++m_importGeneration;
    if (file.size() < kImportOnWorkerFrom) {
        setText(decodeFile(file.readAll()));
        return true;
    }
    file.close();
    const QString name = QFileInfo(path).fileName();
    // Until the file is in the box, the list analysed is not the one to send.
    markAnalysisStale(tr("Reading “%1”…").arg(name));
    auto* watcher = new QFutureWatcher<ReadFile>(this);
    connect(watcher, &QFutureWatcher<ReadFile>::finished, this, [this, watcher, import, name] {
        watcher->deleteLater();
        if (import != m_importGeneration)
            return; // the text was changed meanwhile, or another file imported: that one wins
        const ReadFile read = watcher->result();
        if (read.error.isEmpty() && !m_runner->isRunning()) {
            setText(read.text);
        } else {
            // Unreadable, or "Send the rest" was clicked meanwhile and the box is the run's.
            m_error->showMessage(read.error.isEmpty()
                                     ? tr("“%1” was not imported: a run is under way.").arg(name)
                                     : tr("Could not read “%1”.").arg(name),
                                 read.error);
            // The box keeps its list (sent or not): analyse it again.
            ++m_importGeneration;
            analyseSoon();
        }
        Q_EMIT importFinished();
    });
    watcher->setFuture(QtConcurrent::run(readFile, path));
    return true;
}

void BulkPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import addresses"), QString(),
                                                      tr("Address lists (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool BulkPage::acceptsDrop(const QMimeData* mime) const
{
    if (!mime || !mime->hasUrls() || m_runner->isRunning())
        return false;
    const QList<QUrl> urls = mime->urls();
    return urls.size() == 1 && urls.first().isLocalFile();
}

bool BulkPage::dropFiles(const QMimeData* mime)
{
    return acceptsDrop(mime) && importFile(mime->urls().first().toLocalFile());
}

void BulkPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
}

void BulkPage::dropEvent(QDropEvent* event)
{
    if (dropFiles(event->mimeData()))
        event->acceptProposedAction();
}

bool BulkPage::eventFilter(QObject* watched, QEvent* event)
{
    // Both watched widgets see events while the page is built, before the other one exists.
    // The paste area would insert a dropped file's URL as text: import the file instead.
    if (m_edit && watched == m_edit->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* drag = static_cast<QDragMoveEvent*>(event);
            if (acceptsDrop(drag->mimeData())) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            if (acceptsDrop(drop->mimeData())) {
                dropFiles(drop->mimeData());
                drop->acceptProposedAction();
                return true;
            }
        }
    }
    // The batches' menu copies the batch under the mouse (a press makes it current); below the last row
    // it would copy whichever batch is current, which the user did not point at. From the keyboard (the
    // menu key) it is the current batch, as Ctrl+C.
    if (event->type() == QEvent::ContextMenu && m_batchTable && watched == m_batchTable->viewport()) {
        const auto* menu = static_cast<QContextMenuEvent*>(event);
        if (menu->reason() == QContextMenuEvent::Mouse && !m_batchTable->indexAt(menu->pos()).isValid())
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

// ---- form and confirmation ----------------------------------------------------------------------

void BulkPage::revalidate()
{
    const FieldErrors problems = m_settings->errors();
    m_settings->markErrors(problems);
    QStringList lines;
    for (const FieldError& error : std::as_const(problems))
        lines << QStringLiteral("• ") + error.message;
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());

    const int count = int(m_analysis.valid.size());
    const int requests = (count + batchSize() - 1) / batchSize();
    m_batchPlan->setText(count > 0 && m_analysisCurrent ? tr("→ %n request(s)", nullptr, requests)
                                                        : QString());
    const bool ready =
        problems.isEmpty() && m_analysisCurrent && !isAnalysing() && count > 0 && !m_runner->isRunning();
    m_sendButton->setEnabled(ready);
    if (!m_analysisCurrent || isAnalysing())
        m_sendButton->setText(tr("Analysing addresses…"));
    else if (count == 0)
        m_sendButton->setText(tr("Send (no valid address yet)"));
    else
        m_sendButton->setText(tr("Send to %n user(s)", nullptr, count));
    if (!ready)
        cancelConfirm();
}

void BulkPage::send()
{
    if (!m_sendButton->isEnabled() || m_runner->isRunning())
        return;
    const Profile profile = m_context->activeProfile();
    const int count = int(m_analysis.valid.size());
    const int requests = (count + batchSize() - 1) / batchSize();
    // Whole sentences, one count each: a language places the verb and the counts as it must.
    QString text =
        tr("Create Windows enrollment tokens for <b>%Ln user(s)</b> in organization <b>%1</b> on "
           "<b>%2</b>.",
           nullptr, count)
            .arg(profile.organization.toHtmlEscaped(), profile.baseUrl.toDisplayString().toHtmlEscaped());
    text += u' ' + tr("The list is sent in %Ln request(s).", nullptr, requests);
    if (requests > 1)
        text += u' ' + tr("Each request carries up to %Ln address(es).", nullptr, batchSize());
    if (m_context->isSandbox())
        text += u' ' + tr("(This is the local sandbox.)");
    if (m_settings->settings().sendEmail)
        text += QStringLiteral("<br>") + tr("Each user will receive the enrollment e-mail.");
    if (m_analysis.invalidCount > 0)
        text += QStringLiteral("<br>") +
                tr("%n invalid line(s) will not be sent.", nullptr, m_analysis.invalidCount);
    int answered = 0;
    int maybeProcessed = 0;
    if (m_runner->hasRun()) {
        text += QStringLiteral("<br>") +
                tr("The results of the previous run will be replaced: export its log first "
                   "if you need it.");
        // Sending a list again after a partial run would give the users already answered a second token,
        // and maybe those of batches that failed after reaching the server.
        answered = countAmong(m_analysis.valid, addressesOfBatches(isAnswered));
        if (answered > 0)
            text += QStringLiteral("<br><b>") +
                    tr("%n of these addresses were answered in the previous run and would get a second "
                       "token: “List only the unanswered” leaves them out.",
                       nullptr, answered) +
                    QStringLiteral("</b>");
        maybeProcessed = countAmong(
            m_analysis.valid, addressesOfBatches(std::mem_fn(&BulkRunner::Batch::mayHaveBeenProcessed)));
        if (maybeProcessed > 0)
            text += QStringLiteral("<br><b>") +
                    tr("%n of these addresses were in batches that failed after reaching the server (a "
                       "timeout, a dropped connection, a server error): they may already have a token and "
                       "its e-mail. “Find who got no token” tells which.",
                       nullptr, maybeProcessed) +
                    QStringLiteral("</b>");
    }
    m_confirmText->setText(text);
    // The focus goes to an answer, not to the question: each reads it out as its description.
    const QString question = QTextDocumentFragment::fromHtml(text).toPlainText();
    m_confirmButton->setAccessibleDescription(question);
    m_confirmBackButton->setAccessibleDescription(question);
    m_confirmBar->setVisible(true);
    // Return takes the safe answer when some users may get a second token, as when retrying batches.
    m_confirmWarns = answered + maybeProcessed > 0;
    (m_confirmWarns ? m_confirmBackButton : m_confirmButton)->setFocus();
}

void BulkPage::cancelConfirm()
{
    if (m_confirmBar && isConfirming()) {
        m_confirmBar->setVisible(false);
        if (m_sendButton->isEnabled())
            m_sendButton->setFocus();
    }
}

void BulkPage::confirmSend()
{
    if (!isConfirming())
        return;
    m_confirmBar->setVisible(false);
    m_error->clear();
    const FieldErrors errors = m_runner->start(m_analysis, m_settings->settings(), batchSize());
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const FieldError& error : errors.mid(0, 5))
            lines << error.message;
        m_error->showMessage(tr("Nothing was sent."), lines.join(u'\n'));
        return;
    }
    m_listSent = true; // until the box changes: quitting then loses no list
    m_batchesModel->reset();
    m_check->cancel(); // a check of the previous run
    m_checkStatus->clear();
    m_listWithoutButton->hide();
    updateRunView();
    // The focused "Yes, send" is hidden: without this the focus would fall to the banner's profile switcher.
    m_batchTable->setFocus(Qt::OtherFocusReason);
}

// ---- run ----------------------------------------------------------------------------------------

void BulkPage::cancelRun()
{
    m_runner->cancel();
    updateRunView();
}

void BulkPage::retrySelectedBatch()
{
    const QModelIndexList rows = m_batchTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int index = rows.first().row();
    const auto retry = [this, index] {
        m_runner->retry(index);
        updateRunView();
    };
    if (m_runner->batch(index).mayHaveBeenProcessed())
        askBeforeSendingAgain(1, 0, retry, {});
    else
        retry();
}

void BulkPage::retryFailedBatches()
{
    const BulkRunner::Totals totals = m_runner->totals();
    const auto retry = [this](const QList<int>& sendAgain) {
        m_runner->retryFailed(sendAgain);
        updateRunView();
    };
    if (totals.uncertain == 0)
        return retry({});
    // The run goes on while the question is open: "Send again" covers the batches it names, not one
    // that fails the same way meanwhile (that one is asked about on the next retry).
    const QList<int> asked = m_runner->uncertainBatches();
    askBeforeSendingAgain(
        int(asked.size()), totals.retryable - totals.uncertain, [retry, asked] { retry(asked); },
        [retry] { retry({}); });
}

void BulkPage::askBeforeSendingAgain(int maybeProcessed, int surelyUnsent, const std::function<void()>& all,
                                     const std::function<void()>& onlyUnsent)
{
    // Asked without a nested event loop, like quitting during a run. The safe answer is the default.
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Send again?"),
        tr("%n batch(es) failed after reaching the server (a timeout, a dropped connection or a server "
           "error). The server may have created their tokens and sent their e-mails: sending again could "
           "give those users a second token and a second e-mail.",
           nullptr, maybeProcessed) +
            QStringLiteral("\n\n") +
            tr("Check the Tokens page for these users first (the log lists each batch's addresses)."),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("sendAgainBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* again = box->addButton(tr("Send again"), QMessageBox::DestructiveRole);
    again->setObjectName(QStringLiteral("sendAgainAll"));
    QPushButton* unsent = nullptr;
    if (surelyUnsent > 0 && onlyUnsent) {
        unsent =
            box->addButton(tr("Only the %n surely not sent", nullptr, surelyUnsent), QMessageBox::AcceptRole);
        unsent->setObjectName(QStringLiteral("sendAgainUnsent"));
    }
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [box, again, unsent, all, onlyUnsent] {
        if (box->clickedButton() == again)
            all();
        else if (unsent && box->clickedButton() == unsent)
            onlyUnsent();
    });
    box->open();
}

void BulkPage::resumeRun()
{
    m_runner->resume();
    updateRunView();
}

void BulkPage::runStateChanged(bool running)
{
    m_edit->setOwnerReadOnly(running);
    m_importButton->setEnabled(!running);
    m_clearButton->setEnabled(!running);
    m_settings->setEnabled(!running);
    m_batchSize->setEnabled(!running);
    if (running)
        m_clock->start();
    else
        m_clock->stop();
    revalidate();
    updateRunView();
}

void BulkPage::updateTimes()
{
    if (!m_runner->hasRun()) {
        m_runTimes->clear();
        return;
    }
    QString text = tr("Elapsed %1").arg(clockText(m_runner->elapsedMs()));
    if (m_runner->isRunning()) {
        const std::optional<qint64> remaining = m_runner->remainingMs();
        text += QStringLiteral(" · ") +
                (remaining ? tr("about %1 left").arg(clockText(*remaining)) : tr("estimating time left…"));
    }
    m_runTimes->setText(text);
}

void BulkPage::updateRunView()
{
    const BulkRunner::Totals totals = m_runner->totals();
    const bool running = m_runner->isRunning();
    const bool hasRun = m_runner->hasRun();
    // Until the first run the panel would only say "not started": the list and the settings get its room.
    const bool firstShown = hasRun && m_runPanel->isHidden();
    m_runPanel->setVisible(hasRun);
    if (firstShown) {
        // Its counts, note and buttons took most of the stretch share it got, leaving the batch table two
        // rows; while sending, the results matter more than the disabled form. Once: a drag is the user's.
        const int height = m_pageSplitter->height();
        m_pageSplitter->setSizes({height * 9 / 20, height - height * 9 / 20});
    }
    m_progress->setRange(0, qMax(1, totals.batches));
    m_progress->setValue(totals.done + totals.failed);
    m_progress->setFormat(hasRun ? tr("%v of %m batches") : tr("Not started"));
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running && !m_runner->isCancelling());

    m_overallCreated->setText(number(totals.success));
    m_overallFailed->setText(number(totals.fail));
    m_overallTotal->setText(number(totals.total));
    m_overallBatches->setText(tr("%1 / %2").arg(number(totals.done), number(totals.batches)));

    QString status;
    if (!hasRun) {
        status = tr("Nothing sent yet.");
    } else if (m_runner->isCancelling()) {
        status = tr("Stopping after the current batch…");
    } else if (running) {
        status = tr("Sending to %1 — %2 of %Ln address(es) answered.", nullptr, totals.addresses)
                     .arg(m_runner->organization(), number(totals.addressesAnswered));
    } else {
        // Whole sentences with %n, so that every language gets its plural forms; "Stopped" when the run
        // did not get through its list (cancelled, or stopped by an error every batch would get).
        const bool stopped = totals.cancelled > 0 || !m_runner->stopReason().isEmpty();
        QStringList parts;
        parts << (stopped ? tr("Stopped: %n token(s) created.", nullptr, totals.success)
                          : tr("Finished: %n token(s) created.", nullptr, totals.success));
        if (totals.fail > 0)
            parts << tr("The API could not create %n of the tokens asked for (usually addresses without an "
                        "MDM user).",
                        nullptr, totals.fail);
        if (totals.failed > 0)
            parts << (totals.retryable > 0
                          ? tr("%n batch(es) failed, %1 can be retried.", nullptr, totals.failed)
                                .arg(number(totals.retryable))
                          : tr("%n batch(es) failed.", nullptr, totals.failed));
        if (totals.cancelled > 0)
            parts << tr("%n batch(es) not sent.", nullptr, totals.cancelled);
        if (!m_runner->stopReason().isEmpty())
            parts << m_runner->stopReason();
        status = parts.join(u' ');
    }
    m_runStatus->setText(status);

    const QModelIndexList selected = m_batchTable->selectionModel()->selectedRows();
    const bool selectedRetryable = !selected.isEmpty() &&
                                   m_runner->batch(selected.first().row()).isRetryable() &&
                                   !m_runner->isCancelling();
    // After a profile switch the run's batches would go elsewhere: the runner refuses, the buttons say why.
    const bool onItsConnection = m_runner->isOnItsConnection();
    const QString elsewhere =
        onItsConnection ? QString()
                        : tr("The run went to %1 on %2: switch back to that profile to send its batches.")
                              .arg(m_runner->organization(), m_runner->server().toDisplayString());
    for (QPushButton* button : {m_retryBatchButton, m_retryFailedButton, m_resumeButton, m_checkButton})
        button->setToolTip(onItsConnection ? button->property("usualToolTip").toString() : elsewhere);
    m_retryBatchButton->setEnabled(selectedRetryable && onItsConnection);
    m_retryFailedButton->setEnabled(totals.retryable > 0 && !m_runner->isCancelling() && onItsConnection);
    m_resumeButton->setEnabled(onItsConnection);
    m_retryFailedButton->setText(totals.retryable > 0
                                     ? tr("Retry failed batches (%1)").arg(number(totals.retryable))
                                     : tr("Retry failed batches"));
    m_resumeButton->setVisible(totals.cancelled > 0 && !running);
    m_keepUnansweredButton->setVisible(totals.failed + totals.cancelled > 0 && !running);
    const QList<BulkRunner::Batch>& batches = m_runner->batches();
    m_checkButton->setEnabled(std::any_of(batches.begin(), batches.end(), mayHaveTokens) && !running &&
                              !m_check->isRunning() && onItsConnection);
    // Enabled with any row: disabled, it let the table's own Ctrl+C copy a single cell.
    m_copyBatchAction->setEnabled(m_batchesModel->rowCount() > 0);
    m_exportButton->setEnabled(hasRun);
    updateTimes();
}

bool BulkPage::exportLog(const QString& path)
{
    // The byte order mark makes spreadsheet programs read the file as UTF-8 (translated errors, IDN
    // addresses) instead of the system's legacy code page.
    const QByteArray csv = QByteArrayLiteral("\xEF\xBB\xBF") + m_runner->toCsv().toUtf8();
    if (const QString problem = SaveFile::replace(path, csv); !problem.isEmpty()) {
        m_error->showMessage(tr("Could not save the log to “%1”.").arg(QFileInfo(path).fileName()), problem);
        return false;
    }
    m_logExported = true;
    return true;
}

void BulkPage::chooseExportFile()
{
    const QString name =
        QStringLiteral("enrolldesk-bulk-%1.csv")
            .arg(m_runner->startedAt().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the run's log"), name, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportLog(path);
}
