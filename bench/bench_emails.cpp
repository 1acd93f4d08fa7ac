// bench_emails [--lines N] [--file PATH] [--runs R]
// Times EmailListParser::parse (parse + validate + de-duplicate) on a generated list of N lines and
// compares it with `LC_ALL=C grep -c -i -E` over the same file. Prints:
//   emails_1m_ms VALUE            median of R (default 5) parses, in milliseconds
//   emails_vs_grep_ratio VALUE    that median divided by grep's median of R runs
// The list is generated deterministically (a CSV header, then valid rows, case-changed duplicates,
// `Name <address>` cells, quoted "Last, First <address>" cells, malformed addresses and blank lines)
// into PATH, or into a temporary file that is removed afterwards.

#include "benchcommon.h"
#include "emaillist.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryFile>
#include <QTextStream>

#include <algorithm>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <cstdio>
#include <vector>

namespace {

// The same shape of address the parser accepts, for grep.
const char* const kGrepPattern = "[a-z0-9._%+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}";

class Generator
{
public:
    QByteArray line()
    {
        const quint32 kind = next() % 100;
        if (kind < 2)
            return {};
        if (kind < 50)
            return fresh() + ',' + name() + ',' + department();
        if (kind < 65 && !m_seen.empty()) {
            QByteArray again = m_seen[next() % m_seen.size()];
            if (next() % 2)
                again = again.toUpper();
            return again + ',' + name() + ',' + department();
        }
        if (kind < 78)
            return name() + " <" + fresh() + ">," + first() + ',' + department();
        if (kind < 85)
            return "\"" + last() + ", " + first() + " <" + fresh() + ">\"," + first() + ',' + department();
        return broken() + ',' + name() + ',' + department();
    }

private:
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    QByteArray first()
    {
        static const char* const names[] = {"olga", "pierre", "ana", "lukasz", "luis", "joao", "ngozi",
                                            "john", "giulia", "li",  "maria",  "zoe",  "hans", "oyvind"};
        return names[next() % std::size(names)];
    }
    QByteArray last()
    {
        static const char* const names[] = {"muller", "okafor", "smith", "obrien", "ivanova", "garcia",
                                            "wang",   "nowak",  "rossi", "berg",   "silva",   "dubois"};
        return names[next() % std::size(names)];
    }
    QByteArray name() { return first() + ' ' + last(); }
    QByteArray department()
    {
        static const char* const names[] = {"IT", "Sales", "HR", "Ops"};
        return names[next() % std::size(names)];
    }
    QByteArray domain() { return 'd' + QByteArray::number(next() % 50) + ".example"; }
    QByteArray fresh()
    {
        QByteArray address = first() + '.' + last() + QByteArray::number(++m_serial) + '@' + domain();
        if (m_seen.size() < 100000)
            m_seen.push_back(address);
        else
            m_seen[next() % m_seen.size()] = address;
        return address;
    }
    QByteArray broken()
    {
        const QByteArray user = first() + '.' + last() + QByteArray::number(next() % 100000);
        switch (next() % 6) {
        case 0:
            return user + "@@" + domain();
        case 1:
            return user + '@';
        case 2:
            return user + ".@" + domain();
        case 3:
            return user + "@localhost";
        case 4:
            return "n/a";
        default:
            return user + '.' + domain();
        }
    }

    quint64 m_state = 0x5eed;
    quint64 m_serial = 0;
    std::vector<QByteArray> m_seen;
};

bool generate(const QString& path, qint64 lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    Generator generator;
    QByteArray chunk = "email,name,department\n";
    for (qint64 i = 1; i < lines; ++i) {
        chunk += generator.line();
        chunk += '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return file.error() == QFile::NoError;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser options;
    options.addHelpOption();
    const QCommandLineOption linesOption(QStringLiteral("lines"), QStringLiteral("Lines to generate."),
                                         QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption fileOption(QStringLiteral("file"), QStringLiteral("Where to write the list."),
                                        QStringLiteral("PATH"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs of each."),
                                        QStringLiteral("R"), QStringLiteral("5"));
    options.addOptions({linesOption, fileOption, runsOption});
    options.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const qint64 lines = options.value(linesOption).toLongLong(&ok);
    if (!ok || lines < 1) {
        err << "--lines wants a positive number\n";
        return 2;
    }
    QTemporaryFile temporary;
    QString path = options.value(fileOption);
    if (path.isEmpty()) {
        if (!temporary.open()) {
            err << "cannot create a temporary file\n";
            return 1;
        }
        path = temporary.fileName();
        temporary.close();
    }
    if (!generate(path, lines)) {
        err << "cannot write " << path << '\n';
        return 1;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "cannot read " << path << '\n';
        return 1;
    }
    const QByteArray bytes = file.readAll();

    const int runs = std::max(1, options.value(runsOption).toInt());
    std::vector<double> parseMs;
    std::vector<double> grepMs;
    qint64 grepCount = -1;
    EmailListAnalysis analysis;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    // Alternating, so that a busy moment of the machine touches both sides of the ratio alike.
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        EmailListAnalysis result = EmailListParser::parse(bytes);
        parseMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        analysis = std::move(result); // the previous result is freed outside the timed part
#if defined(__GLIBC__)
        malloc_trim(0); // and so is glibc's deferred bookkeeping of that free, as in a fresh process
#endif

        QProcess grep;
        grep.setProcessEnvironment(environment);
        timer.start();
        grep.start(QStringLiteral("grep"), {QStringLiteral("-c"), QStringLiteral("-i"), QStringLiteral("-E"),
                                            QString::fromLatin1(kGrepPattern), path});
        if (!grep.waitForFinished(120000) || grep.exitStatus() != QProcess::NormalExit) {
            err << "grep did not run\n";
            return 1;
        }
        grepMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        grepCount = grep.readAllStandardOutput().trimmed().toLongLong();
    }

    const double parse = Bench::median(parseMs);
    const double grep = Bench::median(grepMs);
    err << "lines " << analysis.totalLines << ", bytes " << bytes.size() << ", valid "
        << analysis.valid.size() << ", duplicates " << analysis.duplicates << ", invalid "
        << analysis.invalidCount << ", blank " << analysis.blankLines << ", grep matching lines " << grepCount
        << ", grep ms " << grep << '\n';
    err.flush();
    std::printf("emails_1m_ms %.1f\n", parse);
    std::printf("emails_vs_grep_ratio %.2f\n", grep > 0 ? parse / grep : 0.0);
    return 0;
}
