#pragma once
// A small HTTP/1.1 client for the API calls: keep-alive connections per origin (at most six, like a
// browser), worked in the thread that owns the pool. It replaces QNetworkAccessManager for ApiClient:
// Qt 6.4's HTTP/1.1 path reads reply headers one byte per system call in a separate thread and crosses
// between threads some twenty times per request, which made creating tokens in bulk twice as slow as
// curl (bench/README.md). What it does not do, on purpose: follow redirects (the key must not travel to
// another host), resend a request that is not a GET (a create must never be sent twice), compression,
// HTTP/2, cookies, caching. TLS is QSslSocket's with the system's certificate store and no exceptions;
// proxies are the ones QNetworkProxyFactory names for the URL (used as CONNECT tunnels), never for a
// loopback host.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <memory>
#include <vector>

class HttpConnection;
class HttpConnectionPool;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url; // http or https; the pool adds Host and Content-Length itself
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Transfer timeout: the request fails when nothing moves (connecting, sending or receiving) this long.
    std::chrono::milliseconds timeout{30000};
    // The whole exchange, from the connection taking it to the answer's last byte: a server that sends
    // a byte now and then, within `timeout` each time, does not keep the request open for days.
    std::chrono::milliseconds deadline{120000};
    qint64 maxResponseBytes = 16 * 1024 * 1024;
};

// One request under way; the pool owns it until `finished`, then the receiver deletes it (deleteLater).
// Deleting it before that cancels the request. `finished` comes once, never from inside send(); from
// abort() and from the socket's signals it comes at once.
class HttpReply final : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        ConnectionRefused, // refused, or any other failure before the request was written
        HostNotFound,
        Tls,                // handshake failed or the certificate is not trusted
        Timeout,            // nothing moved for the request's timeout, or its deadline passed
        ConnectTimeout,     // no connection (or TLS handshake) within the timeout: nothing was sent
        ClosedBeforeAnswer, // the connection closed before any answer; not sent again (not a GET)
        TooLarge,           // the answer is larger than maxResponseBytes
        Protocol,           // the server's answer is not HTTP/1.x
        Network,            // any other transport failure
        Cancelled,
    };
    Q_ENUM(Error)

    ~HttpReply() override;

    // The outcome is known (`finished` may still be on its way when the request ended inside send()).
    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    int statusCode() const { return m_status; }
    QByteArray header(QByteArrayView name) const; // the first one, case-insensitive
    const QByteArray& body() const { return m_body; }
    const HttpRequest& request() const { return m_request; }
    // Stops the request; `finished` follows with Error::Cancelled. No-op once finished.
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class HttpConnectionPool;
    friend class HttpConnection;
    explicit HttpReply(HttpRequest request, QObject* parent);

    HttpRequest m_request;
    QPointer<HttpConnectionPool> m_pool;
    QPointer<HttpConnection> m_connection; // while a connection works on it
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    int m_status = 0;
    Error m_error = Error::None;
    QString m_errorString;
    bool m_finished = false;
    bool m_retried = false; // a GET is sent again once when a reused connection closed before answering
};

class HttpConnectionPool final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxConnectionsPerOrigin = 6;
    // Idle connections are closed after this long: servers close theirs after 5 s or more, and sending on a
    // connection the server is closing at that moment would fail a request that cannot be sent again.
    // A server's "Keep-Alive: timeout=N" shortens it to N - 1 s.
    static constexpr std::chrono::milliseconds kIdleTimeout{4000};
    // A request that is never sent again (anything but a GET) reuses only a connection idle for less.
    static constexpr std::chrono::milliseconds kSafeReuse{2000};
    // The system's proxy for an origin is asked on a worker thread (libproxy may fetch a PAC file or look
    // up WPAD, for seconds) and kept this long; an older answer serves while a newer one is asked.
    static constexpr std::chrono::minutes kProxyKept{5};

    explicit HttpConnectionPool(QObject* parent = nullptr);
    ~HttpConnectionPool() override;

    // Starts the request (at once, or when a connection to its origin is free). Only http and https.
    HttpReply* send(HttpRequest request);

    // Open connections (busy or idle), for tests and diagnostics.
    int connectionCount() const;

private:
    friend class HttpConnection;
    friend class HttpReply;
    struct Origin;
    Origin& originOf(const QUrl& url);
    void dispatch(Origin& origin);
    // Whether the origin's proxy is known; if not (or no longer fresh), asks for it off this thread and
    // dispatches again with the answer.
    bool knowsProxy(Origin& origin);
    void connectionFree(HttpConnection* connection);
    void connectionGone(HttpConnection* connection);
    void replyDestroyed(HttpReply* reply);
    void finish(HttpReply* reply);

    std::vector<std::unique_ptr<Origin>> m_origins;
    int m_sending = 0; // inside send(): `finished` is posted, not emitted
};
