#pragma once
// Small helpers shared by the benchmarks: medians, peak memory, another process's CPU time, and an
// enrolldesk-sandbox started on a free loopback port. Header-only: each benchmark is one executable.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <vector>

namespace Bench {

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

// A field of /proc/self/status in kB (VmHWM = peak resident set), -1 when unknown.
inline qint64 statusKb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// User + system CPU time of a process (and of its finished, waited-for children), in milliseconds.
inline double cpuMs(qint64 pid, bool withChildren = false)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime are fields 14..17 of the file: 11..14 after the command.
    double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    if (withChildren)
        ticks += fields.value(13).toDouble() + fields.value(14).toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

#ifdef ENROLLDESK_SANDBOX_PATH // only the benchmarks that start a sandbox get its path
// enrolldesk-sandbox --port 0 [extra arguments], stopped when this object goes away.
class Sandbox
{
public:
    explicit Sandbox(QStringList extraArgs = {})
        : m_extraArgs(std::move(extraArgs))
    {}
    ~Sandbox()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000))
                m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;

    bool start(const QString& program = QStringLiteral(ENROLLDESK_SANDBOX_PATH))
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(program, QStringList{QStringLiteral("--port"), QStringLiteral("0")} + m_extraArgs);
        if (!m_process.waitForStarted(5000))
            return false;
        QElapsedTimer clock;
        clock.start();
        QByteArray output;
        while (!output.contains('\n') && clock.elapsed() < 10000) {
            m_process.waitForReadyRead(200);
            output += m_process.readAllStandardOutput();
        }
        const QByteArray prefix = "listening on ";
        const QByteArray line = output.left(output.indexOf('\n')).trimmed();
        if (!line.startsWith(prefix))
            return false;
        m_baseUrl = QUrl(QString::fromLatin1(line.mid(prefix.size())));
        return m_baseUrl.isValid();
    }
    QUrl baseUrl() const { return m_baseUrl; }
    qint64 pid() const { return m_process.processId(); }
    double cpuMs() const { return Bench::cpuMs(pid()); }

private:
    QStringList m_extraArgs;
    QProcess m_process;
    QUrl m_baseUrl;
};
#endif

inline void figure(const char* name, double value, int decimals = 1)
{
    std::printf("%s %.*f\n", name, decimals, value);
    std::fflush(stdout);
}

} // namespace Bench
