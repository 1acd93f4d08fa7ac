#pragma once
// Starts an enrolldesk-sandbox process on a free loopback port for one test, and drives its admin
// endpoints (/_sandbox/...). The admin helpers block on a local event loop with a timeout: tests only.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

class SandboxProcess
{
public:
    explicit SandboxProcess(QStringList extraArgs = {});
    ~SandboxProcess(); // terminates the process
    SandboxProcess(const SandboxProcess&) = delete;
    SandboxProcess& operator=(const SandboxProcess&) = delete;

    // Starts ENROLLDESK_SANDBOX_PATH --port 0 (plus the extra arguments) and waits up to 10 s for its
    // "listening on http://127.0.0.1:PORT/v1" line.
    bool start();
    QUrl baseUrl() const; // http://127.0.0.1:PORT/v1
    quint16 port() const { return m_port; }

    static QByteArray apiKey();               // "sandbox"
    static QString organizationId();          // Acme Corp's 24-hex id
    static QString organizationSlug();        // "acme"
    static QString limitedOrganizationSlug(); // "tiny": its plan lacks the feature (5050)

    // Admin helpers (/_sandbox/..., not recorded, no faults). Each returns false / an empty array when the
    // sandbox does not answer 200. Fault JSON: see sandbox/faults.h, e.g. {"type":"apiError","code":5017}.
    bool injectFault(const QJsonObject& fault);
    bool clearFaults();
    QJsonArray requests(); // the /_sandbox/requests items, oldest first
    bool clearRequests();
    bool reset();
    // users() and policies() go through /v1 with the key: they appear in requests() and consume a matching
    // queued fault, so call them before injecting faults or clearing the record.
    QJsonArray users();                       // all Acme MDM users, sorted by e-mail
    QJsonArray policies(const QString& type); // "windows" or "android" (P1 items of that type)

private:
    struct Answer
    {
        int status = 0;
        QJsonObject json;
    };
    Answer call(const QByteArray& method, const QString& path, const QByteArray& body = {},
                bool withKey = false);
    QNetworkAccessManager& network();

    QStringList m_extraArgs;
    QProcess m_process;
    quint16 m_port = 0;
    std::unique_ptr<QNetworkAccessManager> m_network;
};
