#include "sandboxprocess.h"

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace {

constexpr int kStartTimeoutMs = 10000;
constexpr int kAdminTimeoutMs = 10000;

} // namespace

SandboxProcess::SandboxProcess(QStringList extraArgs)
    : m_extraArgs(std::move(extraArgs))
{
    // Warnings of the sandbox show up in the test's output; stdout is read for the listening line.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // If the test crashes, its sandbox goes too: an orphan would hold CTest's output pipe open and the
    // test would be reported as a timeout minutes later instead of as the crash it is.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

SandboxProcess::~SandboxProcess()
{
    m_network.reset();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool SandboxProcess::start()
{
    m_process.start(QStringLiteral(ENROLLDESK_SANDBOX_PATH),
                    QStringList{QStringLiteral("--port"), QStringLiteral("0")} + m_extraArgs);
    if (!m_process.waitForStarted(kStartTimeoutMs)) {
        qWarning("SandboxProcess: cannot start %s: %s", ENROLLDESK_SANDBOX_PATH,
                 qPrintable(m_process.errorString()));
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)/v1$"));
    const QDeadlineTimer deadline(kStartTimeoutMs);
    QByteArray line;
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine()) {
            line = m_process.readLine().trimmed();
            break;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(line));
    if (!match.hasMatch()) {
        qWarning("SandboxProcess: no listening line (got \"%s\")", line.constData());
        return false;
    }
    m_port = quint16(match.captured(1).toUInt());
    return m_port != 0;
}

QUrl SandboxProcess::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(m_port) + QStringLiteral("/v1"));
}

QByteArray SandboxProcess::apiKey()
{
    return QByteArrayLiteral("sandbox");
}

QString SandboxProcess::organizationId()
{
    return QStringLiteral("5f1e0c2a9b3d4e6f7a8b9c0d");
}

QString SandboxProcess::organizationSlug()
{
    return QStringLiteral("acme");
}

QString SandboxProcess::limitedOrganizationSlug()
{
    return QStringLiteral("tiny");
}

QNetworkAccessManager& SandboxProcess::network()
{
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
        // Loopback only: never through a proxy from the environment.
        m_network->setProxy(QNetworkProxy::NoProxy);
    }
    return *m_network;
}

SandboxProcess::Answer SandboxProcess::call(const QByteArray& method, const QString& path,
                                            const QByteArray& body, bool withKey)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(m_port) + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (withKey)
        request.setRawHeader("Authorization", "Bearer " + apiKey());
    QNetworkReply* reply = network().sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(kAdminTimeoutMs);
    if (!reply->isFinished())
        loop.exec();
    Answer answer;
    if (reply->isFinished()) {
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.json = QJsonDocument::fromJson(reply->readAll()).object();
    } else {
        qWarning("SandboxProcess: %s %s timed out", method.constData(), qPrintable(path));
        reply->abort();
    }
    reply->deleteLater();
    return answer;
}

bool SandboxProcess::injectFault(const QJsonObject& fault)
{
    return call("POST", QStringLiteral("/_sandbox/faults"),
                QJsonDocument(fault).toJson(QJsonDocument::Compact))
               .status == 200;
}

bool SandboxProcess::clearFaults()
{
    return call("DELETE", QStringLiteral("/_sandbox/faults")).status == 200;
}

QJsonArray SandboxProcess::requests()
{
    return call("GET", QStringLiteral("/_sandbox/requests")).json.value(QLatin1String("items")).toArray();
}

bool SandboxProcess::clearRequests()
{
    return call("DELETE", QStringLiteral("/_sandbox/requests")).status == 200;
}

bool SandboxProcess::reset()
{
    return call("POST", QStringLiteral("/_sandbox/reset")).status == 200;
}

QJsonArray SandboxProcess::users()
{
    const Answer answer = call("GET",
                               QStringLiteral("/v1/organizations/") + organizationSlug() +
                                   QStringLiteral("/mdm/users?limit=1000&sort=email:asc"),
                               {}, true);
    return answer.json.value(QLatin1String("data")).toObject().value(QLatin1String("items")).toArray();
}

QJsonArray SandboxProcess::policies(const QString& type)
{
    const Answer answer = call("GET",
                               QStringLiteral("/v1/organizations/") + organizationSlug() +
                                   QStringLiteral("/mdm/policies?limit=1000&type=") + type,
                               {}, true);
    return answer.json.value(QLatin1String("data")).toObject().value(QLatin1String("items")).toArray();
}
