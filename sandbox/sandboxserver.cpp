#include "sandboxserver.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

namespace Sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray header(const QHttpServerRequest& request, const QByteArray& name)
{
    for (const auto& pair : request.headers()) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

// The key of an "Authorization: Bearer KEY" header (the scheme in any case, spaces around), empty when
// there is none.
QByteArray bearerToken(const QHttpServerRequest& request)
{
    const QByteArray authorization = header(request, "authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    if (space <= 0 || authorization.left(space).compare("bearer", Qt::CaseInsensitive) != 0)
        return {};
    return authorization.mid(space + 1).trimmed();
}

bool wantsClose(const QHttpServerRequest& request)
{
    return header(request, "connection").trimmed().compare("close", Qt::CaseInsensitive) == 0;
}

Reply okStatus()
{
    return Reply::json(200, QJsonObject{{QStringLiteral("status"), true}});
}

} // namespace

SandboxServer::SandboxServer(ServerOptions options, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
{}

quint16 SandboxServer::listenOnLoopback(quint16 port, QString* error)
{
    auto* server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        *error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    m_port = server->serverPort();
    m_routes.setPublicBaseUrl(QStringLiteral("http://127.0.0.1:") + QString::number(m_port));
    return m_port;
}

bool SandboxServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString path = request.url().path();
    if (path == QLatin1String("/v1") || path.startsWith(QLatin1String("/v1/"))) {
        handleApi(request, socket);
    } else if (path.startsWith(QLatin1String("/_sandbox/"))) {
        handleAdmin(request, socket);
    } else if (path.startsWith(QLatin1String("/qr/")) &&
               request.method() == QHttpServerRequest::Method::Get) {
        // The images' host misbehaves on request too, but only through a fault that names its path
        // ("pathContains":"/qr/") and has an answer of its own (a page instead of the image): the
        // API's faults are for the API.
        const std::optional<Fault> fault = m_faults.take("GET", path, true);
        send(socket, fault && fault->hasOwnReply() ? fault->reply(path) : m_routes.qrImage(path.mid(4)), 0,
             wantsClose(request));
    } else {
        send(socket, Reply::notFound(), 0, wantsClose(request));
    }
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    send(socket, Reply::notFound(), 0, wantsClose(request));
}

Reply SandboxServer::authenticate(const QHttpServerRequest& request) const
{
    const QByteArray token = bearerToken(request);
    if (token.isEmpty())
        return Reply::noAuthToken();
    if (token != m_options.apiKey)
        return Reply::invalidToken();
    return Reply{0, {}, {}};
}

void SandboxServer::handleApi(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path();
    const bool close = wantsClose(request);
    int delayMs = m_options.latencyMs;

    if (m_lastDrop && !m_lastDrop->window.hasExpired() && m_lastDrop->fingerprint == fingerprint(request)) {
        m_lastDrop.reset(); // one resend only: a later identical request is the caller's own retry
        record(request, 0);
        drop(socket, delayMs);
        return;
    }
    std::optional<Fault> rewrite; // a fault that changes the normal answer after the request is carried out
    if (const std::optional<Fault> fault = m_faults.take(method, path)) {
        if (fault->hasOwnReply()) {
            const Reply reply = fault->reply(path);
            record(request, reply.status);
            send(socket, reply, delayMs, close);
            return;
        }
        switch (fault->type) {
        case Fault::Type::Drop:
            record(request, 0);
            drop(socket, delayMs);
            m_lastDrop.reset();
            if (fault->resendWindowMs > 0)
                m_lastDrop =
                    DroppedRequest{fingerprint(request), QDeadlineTimer(delayMs + fault->resendWindowMs)};
            return;
        case Fault::Type::Slow:
            delayMs += fault->delayMs;
            break; // then answer normally
        default:
            if (fault->rewritesAnswer())
                rewrite = fault;
            break;
        }
    }

    Reply reply = authenticate(request);
    if (reply.status == 0) {
        const ApiRequest apiRequest{method, path, request.query(), request.body(),
                                    header(request, QByteArrayLiteral("Content-Type"))};
        reply = m_routes.handle(apiRequest, QDateTime::currentDateTimeUtc());
    }
    if (rewrite && reply.status >= 200 && reply.status < 300)
        reply = rewrite->rewritten(reply);
    record(request, reply.status);
    send(socket, reply, delayMs, close);
}

void SandboxServer::handleAdmin(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const bool close = wantsClose(request);
    // The admin endpoints change the sandbox's behaviour: only this machine may use them.
    if (!request.remoteAddress().isLoopback()) {
        send(socket,
             // Code 0: none of the API's codes is about this (4001 would read as a rejected key).
             Reply::error(403, 0, QStringLiteral("The sandbox admin endpoints answer loopback only")), 0,
             close);
        return;
    }
    const QString path = request.url().path();
    const QHttpServerRequest::Method method = request.method();
    using M = QHttpServerRequest::Method;
    Reply reply = Reply::notFound();
    if (path == QLatin1String("/_sandbox/faults") && method == M::Post) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
        QString error = parseError.error == QJsonParseError::NoError && document.isObject()
                            ? QString()
                            : QStringLiteral("The fault must be a JSON object");
        std::optional<Fault> fault;
        if (error.isEmpty())
            fault = Fault::fromJson(document.object(), &error);
        if (fault) {
            m_faults.add(*fault);
            reply = okStatus();
        } else {
            reply = Reply::validation(error);
        }
    } else if (path == QLatin1String("/_sandbox/faults") && method == M::Delete) {
        m_faults.clear();
        m_lastDrop.reset();
        reply = okStatus();
    } else if (path == QLatin1String("/_sandbox/faults") && method == M::Get) {
        QJsonArray items;
        for (const Fault& fault : m_faults.faults())
            items.append(fault.toJson());
        reply = Reply::json(200, QJsonObject{{QStringLiteral("items"), items}});
    } else if (path == QLatin1String("/_sandbox/requests") && method == M::Get) {
        QJsonArray items;
        for (const QJsonObject& item : std::as_const(m_requests))
            items.append(item);
        reply = Reply::json(200, QJsonObject{{QStringLiteral("items"), items}});
    } else if (path == QLatin1String("/_sandbox/requests") && method == M::Delete) {
        m_requests.clear();
        reply = okStatus();
    } else if (path == QLatin1String("/_sandbox/reset") && method == M::Post) {
        m_store.reset(QDateTime::currentDateTimeUtc());
        m_faults.clear();
        m_lastDrop.reset();
        m_requests.clear();
        reply = okStatus();
    }
    send(socket, reply, 0, close);
}

void SandboxServer::send(QTcpSocket* socket, const Reply& reply, int delayMs, bool closeAfter)
{
    // Written by hand rather than through QHttpServerResponder: any status (including ones Qt 6.4's
    // responder has no reason phrase for) and a response after the handler has returned.
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) +
                       "\r\nContent-Type: " + reply.contentType +
                       "\r\nContent-Length: " + QByteArray::number(reply.body.size()) +
                       (closeAfter ? "\r\nConnection: close" : "") + "\r\n\r\n";
    bytes += reply.body;
    const auto write = [bytes, closeAfter](QTcpSocket* target) {
        if (target->state() != QAbstractSocket::ConnectedState)
            return;
        target->write(bytes);
        if (closeAfter)
            target->disconnectFromHost();
    };
    if (delayMs <= 0) {
        write(socket);
        return;
    }
    QTimer::singleShot(delayMs, socket, [write, target = QPointer<QTcpSocket>(socket)] {
        if (target)
            write(target);
    });
}

void SandboxServer::drop(QTcpSocket* socket, int delayMs)
{
    if (delayMs <= 0) {
        socket->abort();
        return;
    }
    QTimer::singleShot(delayMs, socket, [target = QPointer<QTcpSocket>(socket)] {
        if (target)
            target->abort();
    });
}

QByteArray SandboxServer::fingerprint(const QHttpServerRequest& request)
{
    return methodName(request.method()) + ' ' +
           request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + '\n' + request.body();
}

void SandboxServer::record(const QHttpServerRequest& request, int status)
{
    QJsonObject headers;
    for (const auto& pair : request.headers()) {
        const QString name = QString::fromLatin1(pair.first).toLower();
        QString value = QString::fromUtf8(pair.second);
        // Any local process can read the record. A key other than the sandbox's own may be a real one sent
        // here by mistake (an exported ENROLLDESK_API_KEY, a profile pointed at the sandbox): kept out.
        if (name == u"authorization" && bearerToken(request) != m_options.apiKey)
            value = QStringLiteral("[another key, not recorded]");
        headers.insert(name, headers.contains(name)
                                 ? headers.value(name).toString() + QStringLiteral(", ") + value
                                 : value);
    }
    m_requests.append(QJsonObject{
        {QStringLiteral("method"), QString::fromLatin1(methodName(request.method()))},
        {QStringLiteral("path"), request.url().path()},
        {QStringLiteral("query"), request.url().query()},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), QString::fromUtf8(request.body())},
        {QStringLiteral("status"), status},
    });
    log(request, status);
}

void SandboxServer::log(const QHttpServerRequest& request, int status) const
{
    if (!m_options.verbose)
        return;
    // Method, path and status only: never the headers (they carry the key).
    std::fprintf(stderr, "%s %s -> %d\n", methodName(request.method()).constData(),
                 request.url().path().toUtf8().constData(), status);
}

} // namespace Sandbox
