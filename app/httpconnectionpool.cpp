#include "httpconnectionpool.h"

#include "secretstore.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QScopeGuard>
#include <QSslSocket>
#include <QtConcurrent/QtConcurrentRun>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

bool isDefaultPort(const QUrl& url)
{
    const bool https = url.scheme() == QLatin1StringView("https");
    return url.port() == -1 || url.port() == (https ? 443 : 80);
}

HttpReply::Error socketError(QAbstractSocket::SocketError error)
{
    using Error = HttpReply::Error;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return Error::ConnectionRefused;
    case QAbstractSocket::HostNotFoundError:
        return Error::HostNotFound;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return Error::Tls;
    case QAbstractSocket::SocketTimeoutError:
        return Error::Timeout;
    default:
        return Error::Network;
    }
}

// One line ending in LF (CR LF or a bare LF), without its ending; nullopt when the line is incomplete.
std::optional<QByteArrayView> takeLine(const QByteArray& buffer, qsizetype* position)
{
    const qsizetype end = buffer.indexOf('\n', *position);
    if (end < 0)
        return std::nullopt;
    QByteArrayView line(buffer.constData() + *position, end - *position);
    if (line.endsWith('\r'))
        line.chop(1);
    *position = end + 1;
    return line;
}

// The proxy QNetworkAccessManager would pick for the origin (the application's proxy or factory; the
// system's settings when main() turned them on), as a CONNECT tunnel. Run on a worker thread
// (HttpConnectionPool::knowsProxy), as Qt's own HTTP thread asks it.
QNetworkProxy proxyFor(const QString& scheme, const QString& host, int port)
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    url.setPort(port);
    for (const QNetworkProxy& proxy : QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url))) {
        if (proxy.type() == QNetworkProxy::NoProxy ||
            proxy.capabilities().testFlag(QNetworkProxy::TunnelingCapability))
            return proxy;
    }
    return QNetworkProxy::NoProxy;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    for (QByteArrayView item : QByteArray::fromRawData(list.data(), list.size()).split(','))
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

struct HttpConnectionPool::Origin
{
    QString scheme;
    QString host;
    int port = 0;
    QList<HttpConnection*> connections;
    QList<HttpReply*> queue;
    std::optional<QNetworkProxy> proxy; // known (fresh until proxyKept), else asked before connecting
    QDeadlineTimer proxyKept;
    QFutureWatcher<QNetworkProxy>* proxyLookup = nullptr; // the pool's child, while it asks
};

// One TCP (or TLS) connection, working on one reply at a time.
class HttpConnection final : public QObject
{
public:
    HttpConnection(HttpConnectionPool* pool, HttpConnectionPool::Origin* origin);
    ~HttpConnection() override;

    // Connects; call after start(), once the pool counts this connection: a failure may be reported at
    // once, from inside this call.
    void open();
    bool isIdle() const { return m_state == State::Idle; }
    // Whether it has been idle for less than `time` (a request that cannot be resent wants a fresh one).
    bool idleFor(std::chrono::milliseconds time) const;
    HttpConnectionPool::Origin* origin() const { return m_origin; }
    void start(HttpReply* reply);
    // The reply no longer wants its answer (cancelled or deleted): the connection cannot be reused.
    void abandon();
    // Closes the connection and leaves the pool (deleted later).
    void close();

private:
    enum class State { Connecting, Idle, Busy, Closed };
    enum class Parse { StatusLine, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, UntilClose };

    void writeRequest();
    void readAnswer();
    bool parse(); // false when the reply ended (answered or failed)
    bool startBody();
    // Moves up to m_remaining buffered bytes into the body; false when that failed the reply.
    bool takeBody();
    // While a line is incomplete: false (and the reply failed) once it is longer than any line may be.
    bool lineFits();
    bool appendBody(QByteArrayView bytes);
    void complete();
    void fail(HttpReply::Error error, const QString& detail);
    void onClosed(QAbstractSocket::SocketError error, const QString& detail);
    void touch();
    // The idle time allowed by the server's "Keep-Alive: timeout=N", within kIdleTimeout; 0: do not keep.
    std::chrono::milliseconds idleTimeout() const;

    HttpConnectionPool* m_pool;
    HttpConnectionPool::Origin* m_origin;
    QTcpSocket* m_socket;
    QTimer m_transferTimer;
    QTimer m_deadlineTimer;
    QTimer m_idleTimer;
    QElapsedTimer m_idleSince;
    State m_state = State::Connecting;
    HttpReply* m_reply = nullptr;
    int m_answered = 0;
    bool m_keepAlive = true;
    bool m_receivedAny = false;
    QByteArray m_lastKeepAlive; // the last answer's Keep-Alive header
    QString m_tlsErrors;

    QByteArray m_in;
    qsizetype m_position = 0;
    Parse m_parse = Parse::StatusLine;
    qint64 m_remaining = 0;
    qsizetype m_headerBytes = 0;
};

HttpConnection::HttpConnection(HttpConnectionPool* pool, HttpConnectionPool::Origin* origin)
    : QObject(pool)
    , m_pool(pool)
    , m_origin(origin)
{
    const bool tls = origin->scheme == QLatin1StringView("https");
    m_socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    m_socket->setProxy(origin->proxy.value_or(QNetworkProxy(QNetworkProxy::NoProxy)));
    connect(m_socket, &QAbstractSocket::connected, this, [this] {
        // Requests are written whole: no reason to hold small ones back (Nagle).
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        touch();
    });

    m_transferTimer.setSingleShot(true);
    connect(&m_transferTimer, &QTimer::timeout, this, [this] {
        const double seconds = m_reply ? m_reply->m_request.timeout.count() / 1000.0 : 0;
        // Still connecting (a host that drops the packets, a TLS handshake that stalls): the request was
        // never written, so it cannot have been carried out.
        if (m_state == State::Connecting)
            fail(HttpReply::Error::ConnectTimeout,
                 HttpReply::tr("no connection to %1 within %2 s").arg(m_origin->host).arg(seconds));
        else
            fail(HttpReply::Error::Timeout,
                 HttpReply::tr("no answer from %1 for %2 s").arg(m_origin->host).arg(seconds));
    });
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] {
        fail(HttpReply::Error::Timeout, HttpReply::tr("the answer from %1 took longer than %2 s in all")
                                            .arg(m_origin->host)
                                            .arg(m_reply ? m_reply->m_request.deadline.count() / 1000.0 : 0));
    });
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { close(); });

    connect(m_socket, &QAbstractSocket::readyRead, this, &HttpConnection::readAnswer);
    connect(m_socket, &QAbstractSocket::bytesWritten, this, [this] { touch(); });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        onClosed(error, m_tlsErrors.isEmpty() ? m_socket->errorString() : m_tlsErrors);
    });
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        onClosed(QAbstractSocket::RemoteHostClosedError, HttpReply::tr("the server closed the connection"));
    });
    if (tls) {
        auto* ssl = static_cast<QSslSocket*>(m_socket);
        connect(ssl, &QSslSocket::encrypted, this, &HttpConnection::writeRequest);
        // Not ignored: an untrusted certificate ends the handshake. Kept for a message that says why.
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            QStringList texts;
            for (const QSslError& error : errors)
                texts << error.errorString();
            m_tlsErrors = texts.join(QLatin1StringView("; "));
        });
    } else {
        connect(m_socket, &QAbstractSocket::connected, this, &HttpConnection::writeRequest);
    }
}

HttpConnection::~HttpConnection()
{
    // Later, not now: the connection may go from inside one of the socket's own signals (a slot of
    // `finished` deleting the pool), and Qt still uses the socket when that signal returns.
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->setParent(nullptr);
    m_socket->deleteLater();
}

void HttpConnection::open()
{
    if (m_origin->scheme == QLatin1StringView("https"))
        static_cast<QSslSocket*>(m_socket)->connectToHostEncrypted(m_origin->host, quint16(m_origin->port));
    else
        m_socket->connectToHost(m_origin->host, quint16(m_origin->port));
}

bool HttpConnection::idleFor(std::chrono::milliseconds time) const
{
    return m_state == State::Idle && m_idleSince.isValid() && m_idleSince.elapsed() < time.count();
}

std::chrono::milliseconds HttpConnection::idleTimeout() const
{
    // "Keep-Alive: timeout=5, max=100": keep it a second less than the server does.
    const QByteArray keepAlive = m_lastKeepAlive;
    for (const QByteArray& parameter : keepAlive.split(',')) {
        const QByteArray trimmed = parameter.trimmed();
        if (!trimmed.startsWith("timeout="))
            continue;
        bool ok = false;
        const qint64 seconds = trimmed.mid(8).toLongLong(&ok);
        if (ok)
            return std::clamp(std::chrono::milliseconds(seconds * 1000 - 1000), std::chrono::milliseconds(0),
                              HttpConnectionPool::kIdleTimeout);
    }
    return HttpConnectionPool::kIdleTimeout;
}

void HttpConnection::start(HttpReply* reply)
{
    m_reply = reply;
    reply->m_connection = this;
    m_idleTimer.stop();
    m_deadlineTimer.start(reply->m_request.deadline);
    touch();
    if (m_state == State::Idle)
        writeRequest();
}

void HttpConnection::touch()
{
    if (m_reply)
        m_transferTimer.start(m_reply->m_request.timeout);
}

void HttpConnection::writeRequest()
{
    if (!m_reply)
        return;
    m_state = State::Busy;
    const HttpRequest& request = m_reply->m_request;
    const QUrl& url = request.url;

    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (!isDefaultPort(url))
        host += ':' + QByteArray::number(url.port());

    // Sized once: a reallocation would leave a copy of the key in freed memory.
    // The fixed parts: " HTTP/1.1\r\nHost: ", three line ends, "Content-Length: " and its digits.
    qsizetype size = request.method.size() + target.size() + host.size() + 64 + request.body.size();
    for (const auto& [name, value] : request.headers)
        size += name.size() + value.size() + 4;
    QByteArray head;
    head.reserve(size);
    head += request.method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto& [name, value] : request.headers)
        head += name + ": " + value + "\r\n";
    if (!request.body.isEmpty() || (request.method != "GET" && request.method != "HEAD"))
        head += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    head += "\r\n";
    head += request.body;

    m_keepAlive = true;
    m_receivedAny = false;
    m_parse = Parse::StatusLine;
    m_headerBytes = 0;
    m_socket->write(head);
    // It holds the key. Qt's socket keeps its own copy (or shares this one, for a large request) until it is
    // sent, and frees it without zeroing: out of our reach.
    SecretStore::wipe(head);
    // Out now rather than at the next turn of the event loop: one poll() less per request.
    m_socket->flush();
    touch();
}

void HttpConnection::readAnswer()
{
    if (m_state != State::Busy || !m_reply) {
        // Bytes on an idle connection answer nothing we asked: the connection is no longer usable.
        m_socket->readAll();
        close();
        return;
    }
    m_in += m_socket->readAll();
    m_receivedAny = true;
    touch();
    if (!parse())
        return;
    // Drop what was consumed, keeping any partial line for the next read.
    m_in.remove(0, m_position);
    m_position = 0;
}

bool HttpConnection::parse()
{
    using Error = HttpReply::Error;
    HttpReply* reply = m_reply;
    for (;;) {
        switch (m_parse) {
        case Parse::StatusLine: {
            const auto line = takeLine(m_in, &m_position);
            if (!line) {
                if (m_in.size() - m_position > kMaxHeaderBytes)
                    return fail(Error::Protocol, HttpReply::tr("the status line is too long")), false;
                return true;
            }
            // "HTTP/1.1 201 Created"
            if (!line->startsWith("HTTP/1.") || line->size() < 12 || line->at(8) != ' ')
                return fail(Error::Protocol,
                            HttpReply::tr("not an HTTP/1.x answer: %1")
                                .arg(QString::fromLatin1(
                                         line->first(std::min<qsizetype>(40, line->size())).toByteArray())
                                         .simplified())),
                       false;
            bool ok = false;
            const int status = line->sliced(9, 3).toInt(&ok);
            if (!ok || status < 100 || status > 999)
                return fail(Error::Protocol, HttpReply::tr("the answer has no valid status code")), false;
            reply->m_status = status;
            reply->m_headers.clear();
            m_keepAlive = line->at(7) == '1';
            m_parse = Parse::Headers;
            break;
        }
        case Parse::Headers: {
            const qsizetype before = m_position;
            const auto line = takeLine(m_in, &m_position);
            if (!line) {
                if (m_headerBytes + (m_in.size() - m_position) > kMaxHeaderBytes)
                    return fail(Error::Protocol, HttpReply::tr("the answer's headers are too large")), false;
                return true;
            }
            m_headerBytes += m_position - before;
            if (m_headerBytes > kMaxHeaderBytes)
                return fail(Error::Protocol, HttpReply::tr("the answer's headers are too large")), false;
            if (!line->isEmpty()) {
                const qsizetype colon = line->indexOf(':');
                if (colon <= 0)
                    return fail(Error::Protocol, HttpReply::tr("a header line has no name")), false;
                reply->m_headers.append({line->first(colon).trimmed().toByteArray(),
                                         line->sliced(colon + 1).trimmed().toByteArray()});
                break;
            }
            // An interim answer (100 Continue, 103 Early Hints): the real one follows.
            if (reply->m_status < 200 && reply->m_status != 101) {
                m_parse = Parse::StatusLine;
                m_headerBytes = 0;
                break;
            }
            if (!startBody())
                return false;
            break;
        }
        case Parse::Body:
            if (!takeBody())
                return false;
            if (m_remaining > 0)
                return true;
            return complete(), false;
        case Parse::ChunkSize: {
            const auto line = takeLine(m_in, &m_position);
            if (!line)
                return lineFits();
            QByteArrayView size = *line;
            if (const qsizetype extension = size.indexOf(';'); extension >= 0)
                size = size.first(extension);
            bool ok = false;
            m_remaining = size.trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0)
                return fail(Error::Protocol, HttpReply::tr("a chunk of the answer has no valid size")), false;
            m_parse = m_remaining == 0 ? Parse::Trailer : Parse::ChunkData;
            break;
        }
        case Parse::ChunkData:
            if (!takeBody())
                return false;
            if (m_remaining > 0)
                return true;
            m_parse = Parse::ChunkEnd;
            break;
        case Parse::ChunkEnd: {
            const auto line = takeLine(m_in, &m_position);
            if (!line)
                return lineFits();
            if (!line->isEmpty())
                return fail(Error::Protocol, HttpReply::tr("a chunk of the answer is longer than its size")),
                       false;
            m_parse = Parse::ChunkSize;
            break;
        }
        case Parse::Trailer: {
            const qsizetype before = m_position;
            const auto line = takeLine(m_in, &m_position);
            if (!line)
                return lineFits();
            m_headerBytes += m_position - before; // trailers count as headers
            if (m_headerBytes > kMaxHeaderBytes)
                return fail(Error::Protocol, HttpReply::tr("the answer's headers are too large")), false;
            if (line->isEmpty())
                return complete(), false;
            break;
        }
        case Parse::UntilClose: {
            if (!appendBody(QByteArrayView(m_in).sliced(m_position)))
                return false;
            m_position = m_in.size();
            return true;
        }
        }
    }
}

bool HttpConnection::startBody()
{
    HttpReply* reply = m_reply;
    if (hasToken(reply->header("Connection"), "close"))
        m_keepAlive = false;
    else if (hasToken(reply->header("Connection"), "keep-alive"))
        m_keepAlive = true;
    const int status = reply->m_status;
    if (reply->m_request.method == "HEAD" || status == 204 || status == 304) {
        complete();
        return false;
    }
    if (hasToken(reply->header("Transfer-Encoding"), "chunked")) {
        m_parse = Parse::ChunkSize;
        return true;
    }
    const QByteArray length = reply->header("Content-Length");
    for (const auto& [name, value] : std::as_const(reply->m_headers)) {
        if (QByteArrayView(name).compare("Content-Length", Qt::CaseInsensitive) == 0 && value != length) {
            fail(HttpReply::Error::Protocol, HttpReply::tr("the answer gives two different lengths"));
            return false;
        }
    }
    if (length.isNull()) {
        m_keepAlive = false;
        m_parse = Parse::UntilClose;
        return true;
    }
    bool ok = false;
    m_remaining = length.toLongLong(&ok);
    if (!ok || m_remaining < 0) {
        fail(HttpReply::Error::Protocol, HttpReply::tr("the answer's length is not a number"));
        return false;
    }
    if (m_remaining > reply->m_request.maxResponseBytes) {
        fail(HttpReply::Error::TooLarge, HttpReply::tr("the answer is %1 bytes").arg(m_remaining));
        return false;
    }
    if (m_remaining == 0) {
        complete();
        return false;
    }
    reply->m_body.reserve(m_remaining);
    m_parse = Parse::Body;
    return true;
}

bool HttpConnection::lineFits()
{
    if (m_in.size() - m_position <= kMaxHeaderBytes)
        return true;
    fail(HttpReply::Error::Protocol, HttpReply::tr("a line of the answer is too long"));
    return false;
}

bool HttpConnection::takeBody()
{
    const qint64 count = std::min<qint64>(m_remaining, m_in.size() - m_position);
    if (!appendBody(QByteArrayView(m_in).sliced(m_position, count)))
        return false;
    m_position += count;
    m_remaining -= count;
    return true;
}

bool HttpConnection::appendBody(QByteArrayView bytes)
{
    if (m_reply->m_body.size() + bytes.size() > m_reply->m_request.maxResponseBytes) {
        fail(HttpReply::Error::TooLarge,
             HttpReply::tr("the answer is larger than %1 bytes").arg(m_reply->m_request.maxResponseBytes));
        return false;
    }
    m_reply->m_body.append(bytes);
    return true;
}

void HttpConnection::complete()
{
    HttpReply* reply = m_reply;
    m_reply = nullptr;
    m_transferTimer.stop();
    m_deadlineTimer.stop();
    ++m_answered;
    m_lastKeepAlive = reply->header("Keep-Alive");
    // A server sending more than was asked for is not one to keep talking to.
    const bool reusable = m_keepAlive && m_position == m_in.size() && m_socket->bytesAvailable() == 0 &&
                          m_socket->state() == QAbstractSocket::ConnectedState && idleTimeout().count() > 0;
    m_in.clear();
    m_position = 0;
    if (reusable) {
        m_state = State::Idle;
        m_idleSince.start();
        m_idleTimer.start(idleTimeout());
    } else {
        close();
    }
    HttpConnectionPool* pool = m_pool;
    const QPointer<HttpConnection> self(this);
    pool->finish(reply);
    if (self && reusable)
        pool->connectionFree(this);
}

void HttpConnection::fail(HttpReply::Error error, const QString& detail)
{
    HttpReply* reply = m_reply;
    m_reply = nullptr;
    close();
    if (reply) {
        reply->m_error = error;
        reply->m_errorString = detail;
        m_pool->finish(reply);
    }
}

void HttpConnection::onClosed(QAbstractSocket::SocketError error, const QString& detail)
{
    using Error = HttpReply::Error;
    if (m_state == State::Closed)
        return;
    HttpReply* reply = m_reply;
    if (!reply)
        return close();
    if (m_parse == Parse::UntilClose && error == QAbstractSocket::RemoteHostClosedError) {
        m_in += m_socket->readAll();
        if (parse())
            complete();
        return;
    }
    if (m_state == State::Connecting) {
        // The request was never written: whatever went wrong (a reset during the TLS handshake, a proxy
        // that failed), it cannot have been carried out, so it is not reported as a lost answer.
        Error failure = socketError(error);
        if (failure == Error::Timeout)
            failure = Error::ConnectTimeout;
        else if (failure == Error::Network)
            failure = Error::ConnectionRefused;
        return fail(failure, detail);
    }
    if (m_receivedAny)
        return fail(Error::Network, HttpReply::tr("the connection closed in the middle of the answer"));
    // Closed before any answer. A GET on a connection that had served others met the server closing
    // an idle connection: send it once more. Anything else may have been done already: never resent.
    const bool get = reply->m_request.method == "GET";
    if (get && m_answered > 0 && !reply->m_retried) {
        reply->m_retried = true;
        m_reply = nullptr;
        reply->m_connection = nullptr;
        HttpConnectionPool::Origin* origin = m_origin;
        HttpConnectionPool* pool = m_pool;
        close();
        origin->queue.prepend(reply);
        pool->dispatch(*origin);
        return;
    }
    if (get)
        return fail(Error::Network, detail);
    fail(Error::ClosedBeforeAnswer,
         HttpReply::tr("the connection closed before the answer; the request was not sent again"));
}

void HttpConnection::abandon()
{
    m_reply = nullptr;
    close();
}

void HttpConnection::close()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_transferTimer.stop();
    m_deadlineTimer.stop();
    m_idleTimer.stop();
    m_socket->disconnect(this);
    m_socket->abort();
    m_pool->connectionGone(this);
}

HttpReply::HttpReply(HttpRequest request, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
{}

HttpReply::~HttpReply()
{
    if (!m_finished && m_pool)
        m_pool->replyDestroyed(this);
    // The Authorization header carries the API key.
    for (auto& header : m_request.headers)
        SecretStore::wipe(header.second);
}

QByteArray HttpReply::header(QByteArrayView name) const
{
    for (const auto& [key, value] : m_headers)
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

void HttpReply::abort()
{
    if (m_finished || !m_pool)
        return;
    m_pool->replyDestroyed(this); // off its connection or out of the queue
    m_error = Error::Cancelled;
    m_errorString = tr("cancelled");
    m_pool->finish(this);
}

HttpConnectionPool::HttpConnectionPool(QObject* parent)
    : QObject(parent)
{}

HttpConnectionPool::~HttpConnectionPool()
{
    // Replies still under way are children too: they must not call back into a pool being destroyed.
    for (HttpReply* reply : findChildren<HttpReply*>(Qt::FindDirectChildrenOnly))
        reply->m_finished = true;
    for (const auto& origin : m_origins)
        qDeleteAll(origin->connections);
    m_origins.clear();
}

HttpReply* HttpConnectionPool::send(HttpRequest request)
{
    auto* reply = new HttpReply(std::move(request), this);
    reply->m_pool = this;
    // Whatever ends a request during this call (a connection found dead on writing, a connection that
    // fails at once) is reported later: the caller has not connected to `finished` yet.
    ++m_sending;
    const auto sent = qScopeGuard([this] { --m_sending; });
    const QString scheme = reply->m_request.url.scheme();
    if (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https")) {
        reply->m_error = HttpReply::Error::Network;
        reply->m_errorString = HttpReply::tr("unsupported address: %1").arg(reply->m_request.url.toString());
        finish(reply);
        return reply;
    }
    // A line break in a header would end it and start another (header injection); nothing is sent.
    const auto breaksLines = [](const QByteArray& text) {
        return text.contains('\r') || text.contains('\n') || text.contains('\0');
    };
    for (const auto& [name, value] : reply->m_request.headers) {
        if (breaksLines(name) || breaksLines(value)) {
            reply->m_error = HttpReply::Error::Network;
            reply->m_errorString = HttpReply::tr("the header %1 contains a line break or a NUL byte; nothing "
                                                 "was sent")
                                       .arg(QString::fromLatin1(name));
            finish(reply);
            return reply;
        }
    }
    Origin& origin = originOf(reply->m_request.url);
    origin.queue.append(reply);
    dispatch(origin);
    return reply;
}

int HttpConnectionPool::connectionCount() const
{
    int count = 0;
    for (const auto& origin : m_origins)
        count += int(origin->connections.size());
    return count;
}

HttpConnectionPool::Origin& HttpConnectionPool::originOf(const QUrl& url)
{
    const QString scheme = url.scheme();
    const QString host = url.host().toLower();
    const int port = url.port(scheme == QLatin1StringView("https") ? 443 : 80);
    for (const auto& origin : m_origins)
        if (origin->scheme == scheme && origin->host == host && origin->port == port)
            return *origin;
    auto origin = std::make_unique<Origin>();
    origin->scheme = scheme;
    origin->host = host;
    origin->port = port;
    m_origins.push_back(std::move(origin));
    return *m_origins.back();
}

void HttpConnectionPool::dispatch(Origin& origin)
{
    while (!origin.queue.isEmpty()) {
        HttpReply* reply = origin.queue.first();
        // A GET sent again goes on a new connection (the others may be as stale as the one that failed);
        // a request that is never resent only on one idle for a short while, which the server has surely
        // not begun to close.
        const bool fresh = reply->m_retried;
        const bool cautious = reply->m_request.method != "GET";
        HttpConnection* chosen = nullptr;
        HttpConnection* unsuitable = nullptr; // idle, but not for this request
        for (HttpConnection* connection : std::as_const(origin.connections)) {
            if (!connection->isIdle())
                continue;
            if (!fresh && (!cautious || connection->idleFor(kSafeReuse))) {
                chosen = connection;
                break;
            }
            unsuitable = connection;
        }
        if (chosen) {
            origin.queue.removeFirst();
            chosen->start(reply);
            continue;
        }
        if (origin.connections.size() >= kMaxConnectionsPerOrigin) {
            if (!unsuitable)
                return;          // all busy: connectionFree() or connectionGone() dispatches again
            unsuitable->close(); // makes room
            continue;
        }
        if (!knowsProxy(origin))
            return; // asked for it: dispatched again with the answer
        origin.queue.removeFirst();
        auto* connection = new HttpConnection(this, &origin);
        origin.connections.append(connection);
        connection->start(reply);
        connection->open(); // last: it may fail at once, which removes it again
    }
}

bool HttpConnectionPool::knowsProxy(Origin& origin)
{
    if (origin.proxy && !origin.proxyKept.hasExpired())
        return true;
    const QHostAddress address(origin.host);
    if (origin.host == QLatin1StringView("localhost") || (!address.isNull() && address.isLoopback())) {
        origin.proxy = QNetworkProxy(QNetworkProxy::NoProxy); // this computer (the sandbox): never asked
        origin.proxyKept = QDeadlineTimer(QDeadlineTimer::Forever);
        return true;
    }
    if (!origin.proxyLookup) {
        auto* lookup = new QFutureWatcher<QNetworkProxy>(this);
        origin.proxyLookup = lookup;
        Origin* asked = &origin; // origins live as long as the pool, and the watcher goes with the pool
        connect(lookup, &QFutureWatcherBase::finished, this, [this, asked, lookup] {
            asked->proxy = lookup->result();
            asked->proxyKept = QDeadlineTimer(kProxyKept);
            asked->proxyLookup = nullptr;
            lookup->deleteLater();
            dispatch(*asked);
        });
        lookup->setFuture(QtConcurrent::run(proxyFor, origin.scheme, origin.host, origin.port));
    }
    return origin.proxy.has_value(); // an older answer serves meanwhile
}

void HttpConnectionPool::connectionFree(HttpConnection* connection)
{
    dispatch(*connection->origin());
}

void HttpConnectionPool::connectionGone(HttpConnection* connection)
{
    Origin* origin = connection->origin();
    origin->connections.removeOne(connection);
    connection->deleteLater();
    // Requests waiting for a free connection get a new one.
    QMetaObject::invokeMethod(
        this, [this, origin] { dispatch(*origin); }, Qt::QueuedConnection);
}

void HttpConnectionPool::replyDestroyed(HttpReply* reply)
{
    if (reply->m_connection) {
        HttpConnection* connection = reply->m_connection;
        reply->m_connection = nullptr;
        connection->abandon();
        return;
    }
    for (const auto& origin : m_origins)
        origin->queue.removeOne(reply);
}

void HttpConnectionPool::finish(HttpReply* reply)
{
    if (reply->m_finished)
        return;
    reply->m_finished = true;
    reply->m_connection = nullptr;
    if (m_sending > 0) {
        QMetaObject::invokeMethod(reply, &HttpReply::finished, Qt::QueuedConnection);
        return;
    }
    Q_EMIT reply->finished();
}
