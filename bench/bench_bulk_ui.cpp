// bench_bulk_ui [--runs R] [--lines N] [--valid V]
// The console's responsiveness during a big bulk run. Builds the main window as ui/main.cpp does (against
// a fresh sandbox, offscreen unless QT_QPA_PLATFORM says otherwise), shows the "Windows tokens (many
// users)" page, and while a 5 ms heartbeat timer runs in the GUI thread:
//   1. pastes an N-line list (CSV with a header; V unique valid addresses among duplicates, `Name
//      <address>` cells, invalid and blank lines) from the clipboard into the address box, as Ctrl+V
//      does, and waits for the background analysis to finish;
//   2. sends the V addresses (Send, then the confirmation) in the page's batches and waits for the end.
// Prints:
//   bulk_ui_max_stall_ms VALUE    the longest gap between two heartbeats (median over R runs)
// On stderr: for each run, the longest gap of each phase, the heartbeats over 50 ms, and the counts.

#include "appcontext.h"
#include "benchcommon.h"
#include "bulkpage.h"
#include "bulkrunner.h"
#include "mainwindow.h"
#include "secretstore.h"

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace {

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Measures the gaps between the timeouts of a 5 ms timer: a gap is how long the GUI thread could not
// run a timer, i.e. how long the console did not respond. Remembers the long gaps (> 20 ms) with the
// phases of the scenario they overlap, to tell which step stalled.
class Heartbeat final : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, &Heartbeat::beat);
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    void phase(const QString& name) { m_phases.append({m_clock.nsecsElapsed(), name}); }
    double maxGapMs() const { return m_max; }
    int beats() const { return m_beats; }
    int gapsOver(double ms) const
    {
        return int(std::count_if(m_long.cbegin(), m_long.cend(), [ms](const Gap& g) { return g.ms > ms; }));
    }
    QString longGaps() const
    {
        QStringList parts;
        for (const Gap& gap : m_long)
            parts << QStringLiteral("%1 ms at %2 ms (%3)").arg(gap.ms, 0, 'f', 1).arg(gap.at).arg(gap.phases);
        return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
    }

private:
    struct Gap
    {
        double ms;
        qint64 at; // ms since start() when the gap ended
        QString phases;
    };
    void beat()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const double gap = double(now - m_last) / 1e6;
        m_last = now;
        ++m_beats;
        m_max = std::max(m_max, gap);
        if (gap > 20) {
            QStringList names; // the phases under way at some point of the gap
            for (qsizetype i = 0; i < m_phases.size(); ++i) {
                const qint64 end = i + 1 < m_phases.size() ? m_phases[i + 1].first : now;
                if (m_phases[i].first <= now && end >= now - qint64(gap * 1e6))
                    names << m_phases[i].second;
            }
            m_long.append({gap, now / 1000000, names.join(u'+')});
        }
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    int m_beats = 0;
    double m_max = 0;
    QList<std::pair<qint64, QString>> m_phases; // start (ns since start()), name
    QList<Gap> m_long;
};

// A list of `lines` lines (header included) holding exactly `valid` unique valid addresses.
QString generateList(int lines, int valid)
{
    quint64 state = 0xb01c;
    const auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(state >> 33);
    };
    static const char* const firsts[] = {"olga", "pierre", "ana", "lukasz", "luis", "joao", "ngozi",
                                         "john", "giulia", "li",  "maria",  "zoe",  "hans", "oyvind"};
    static const char* const lasts[] = {"muller", "okafor", "smith", "obrien", "ivanova", "garcia",
                                        "wang",   "nowak",  "rossi", "berg",   "silva",   "dubois"};
    const auto first = [&] { return QString::fromLatin1(firsts[next() % std::size(firsts)]); };
    const auto last = [&] { return QString::fromLatin1(lasts[next() % std::size(lasts)]); };
    QStringList fresh;
    fresh.reserve(valid);
    for (int i = 0; i < valid; ++i)
        fresh << first() + u'.' + last() + QString::number(i + 1) + QStringLiteral("@d") +
                     QString::number(next() % 50) + QStringLiteral(".example");

    QStringList rows;
    rows.reserve(lines);
    rows << QStringLiteral("email,name,department");
    int used = 0;
    const int body = lines - 1;
    for (int i = 0; i < body; ++i) {
        // Spread the fresh addresses evenly; the other rows repeat one, are broken, or are blank.
        const bool takeFresh = used < valid && qint64(i + 1) * valid / body > used;
        const QString name = first() + u' ' + last();
        if (takeFresh) {
            const QString& address = fresh.at(used++);
            switch (next() % 4) {
            case 0:
                rows << name + QStringLiteral(" <") + address + QStringLiteral(">,") + name +
                            QStringLiteral(",IT");
                break;
            case 1:
                rows << u'"' + last() + QStringLiteral(", ") + first() + QStringLiteral(" <") + address +
                            QStringLiteral(">\",") + name + QStringLiteral(",Sales");
                break;
            default:
                rows << address + u',' + name + QStringLiteral(",Ops");
            }
            continue;
        }
        const quint32 kind = next() % 100;
        if (kind < 5)
            rows << QString();
        else if (kind < 70 && used > 0)
            rows << (next() % 2 ? fresh.at(next() % used).toUpper() : fresh.at(next() % used)) + u',' + name +
                        QStringLiteral(",HR");
        else
            rows << first() + u'.' + last() + QStringLiteral("@@d1.example,") + name + QStringLiteral(",HR");
    }
    return rows.join(u'\n') + u'\n';
}

// Runs the event loop until `done` is true or `timeoutMs` passes; false on timeout.
bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The console's settings go to a directory of this run only.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EnrollDesk"));
    QApplication::setApplicationName(QStringLiteral("EnrollDesk"));
    QCommandLineParser options;
    options.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs."), QStringLiteral("R"),
                                        QStringLiteral("3"));
    const QCommandLineOption linesOption(QStringLiteral("lines"), QStringLiteral("Lines pasted."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption validOption(QStringLiteral("valid"), QStringLiteral("Addresses sent."),
                                         QStringLiteral("V"), QStringLiteral("20000"));
    options.addOptions({runsOption, linesOption, validOption});
    options.process(app);
    const int runs = std::max(1, options.value(runsOption).toInt());
    const int lineCount = std::max(2, options.value(linesOption).toInt());
    const int validCount = std::clamp(options.value(validOption).toInt(), 1, lineCount - 1);

    Bench::Sandbox sandbox;
    if (!sandbox.start()) {
        err() << "the sandbox did not start\n";
        return 1;
    }

    // As ui/main.cpp builds it, with a memory secret store: the keychain is not what is measured here.
    QSettings settings;
    MemorySecretStore secrets;
    AppContext context(&settings, &secrets);
    context.setSandbox(sandbox.baseUrl(), "sandbox");
    MainWindow window(&context);
    context.activateProfile(QString::fromLatin1(ProfileStore::kSandboxId));
    window.showPage(MainWindow::WindowsBulk);
    window.show();
    if (!waitUntil([&] { return context.keyState() == AppContext::KeyState::Present; }, 10000)) {
        err() << "the console did not get the sandbox key\n";
        return 1;
    }
    waitUntil([] { return false; }, 500); // policies and pickers load

    BulkPage* page = window.bulkPage();
    auto* edit = page->findChild<QPlainTextEdit*>(QStringLiteral("addressesEdit"));
    if (!edit) {
        err() << "no address box (addressesEdit) on the bulk page\n";
        return 1;
    }
    const QString list = generateList(lineCount, validCount);

    std::vector<double> maxima;
    for (int run = 0; run < runs; ++run) {
        // Start from an empty, analysed box.
        edit->clear();
        waitUntil([&] { return page->isAnalysisCurrent() && !page->isAnalysing(); }, 10000);
        waitUntil([] { return false; }, 300);
        QGuiApplication::clipboard()->setText(list);
        edit->setFocus();

        Heartbeat heartbeat;
        heartbeat.start();
        waitUntil([] { return false; }, 100);

        QElapsedTimer clock;
        clock.start();
        heartbeat.phase(QStringLiteral("paste"));
        edit->paste();
        const qint64 pasteMs = clock.elapsed(); // the paste itself runs in the GUI thread, at once
        heartbeat.phase(QStringLiteral("analysis"));
        if (!waitUntil([&] { return page->isAnalysisCurrent() && !page->isAnalysing(); }, 60000)) {
            err() << "the analysis did not finish\n";
            return 1;
        }
        const qint64 analysedMs = clock.elapsed();
        const EmailListAnalysis analysis = page->analysis();
        if (int(analysis.valid.size()) != validCount) {
            err() << "the page found " << analysis.valid.size() << " valid addresses, not " << validCount
                  << '\n';
            return 1;
        }

        heartbeat.phase(QStringLiteral("send"));
        clock.restart();
        page->send();
        if (!page->isConfirming()) {
            err() << "Send did not ask for confirmation (is the form valid?)\n";
            return 1;
        }
        page->confirmSend();
        if (!waitUntil([&] { return page->runner()->hasRun() && !page->runner()->isRunning(); }, 300000)) {
            err() << "the run did not finish\n";
            return 1;
        }
        const qint64 sentMs = clock.elapsed();
        heartbeat.phase(QStringLiteral("after the run"));
        waitUntil([] { return false; }, 200);
        heartbeat.stop();

        const BulkRunner::Totals totals = page->runner()->totals();
        maxima.push_back(heartbeat.maxGapMs());
        err() << "run " << run + 1 << ": lines " << analysis.totalLines << ", valid " << analysis.valid.size()
              << ", duplicates " << analysis.duplicates << ", invalid " << analysis.invalidCount
              << "; paste() " << pasteMs << " ms, analysed " << analysedMs << " ms after the paste; "
              << totals.batches << " batches (" << totals.done << " answered, " << totals.failed
              << " failed) in " << sentMs << " ms; longest gap " << heartbeat.maxGapMs() << " ms, "
              << heartbeat.gapsOver(50) << " of " << heartbeat.beats()
              << " heartbeats over 50 ms; gaps over 20 ms: " << heartbeat.longGaps() << '\n';
        err().flush();
        if (totals.done != totals.batches)
            return 1;
    }
    Bench::figure("bulk_ui_max_stall_ms", Bench::median(maxima));
    return 0;
}
