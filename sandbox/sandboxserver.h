#pragma once
// The sandbox's HTTP front: QtHttpServer parses requests; this class authenticates /v1 calls, applies
// injected faults and latency, records every /v1 request (any key but its own as "another key"), serves
// the /_sandbox admin endpoints (loopback peers only) and the QR images.
//
// It subclasses QAbstractHttpServer rather than using QHttpServer's router because it needs the socket:
// replies are written later without blocking other connections (latency, `slow`), a `drop` fault closes
// the connection without a byte of answer, and every reply's status is recorded in one place.

#include "apiroutes.h"
#include "faults.h"
#include "reply.h"
#include "store.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QList>

class QTcpSocket;

namespace Sandbox {

struct ServerOptions
{
    QByteArray apiKey = "sandbox";
    int latencyMs = 0;
    bool verbose = false;
};

class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(ServerOptions options, QObject* parent = nullptr);

    // Listens on 127.0.0.1 only; `port` 0 picks a free one. Returns the port, or 0 on failure.
    quint16 listenOnLoopback(quint16 port, QString* error);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void handleApi(const QHttpServerRequest& request, QTcpSocket* socket);
    void handleAdmin(const QHttpServerRequest& request, QTcpSocket* socket);
    Reply authenticate(const QHttpServerRequest& request) const;
    // Writes the reply now, or after `delayMs` without blocking (the socket may be gone by then).
    void send(QTcpSocket* socket, const Reply& reply, int delayMs, bool closeAfter);
    void drop(QTcpSocket* socket, int delayMs);
    static QByteArray fingerprint(const QHttpServerRequest& request);
    void record(const QHttpServerRequest& request, int status);
    void log(const QHttpServerRequest& request, int status) const;

    ServerOptions m_options;
    Store m_store;
    ApiRoutes m_routes{m_store};
    FaultQueue m_faults;
    QList<QJsonObject> m_requests;
    // The last dropped request, whose identical resend within the fault's window is dropped too.
    struct DroppedRequest
    {
        QByteArray fingerprint;
        QDeadlineTimer window;
    };
    std::optional<DroppedRequest> m_lastDrop;
    quint16 m_port = 0;
};

} // namespace Sandbox
