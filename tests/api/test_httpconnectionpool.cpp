// HttpConnectionPool against a scripted HTTP server inside the test (plain and TLS), and against a real
// enrolldesk-sandbox process. The fake server parses each request, records its raw bytes and the TCP
// connection it came on, and lets the test function decide what bytes go back and when.

#include "httpconnectionpool.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QNetworkProxy>
#include <QPointer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

#include <sys/socket.h>

namespace {

using Error = HttpReply::Error;
using Headers = QList<std::pair<QByteArray, QByteArray>>;

QByteArray firstHeader(const Headers& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// One request as the fake server received it.
struct ReceivedRequest
{
    int connection = 0;   // index of its TCP connection, in the order they were accepted
    int onConnection = 0; // 0 for the first request on that connection
    QByteArray raw;       // head and body, exactly as received
    QByteArray requestLine;
    QByteArray method;
    QByteArray target;
    Headers headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const { return firstHeader(headers, name); }
    qsizetype headerCount(QByteArrayView name) const
    {
        return std::count_if(headers.cbegin(), headers.cend(), [name](const auto& header) {
            return name.compare(header.first, Qt::CaseInsensitive) == 0;
        });
    }
};

// Takes one complete request (head and Content-Length body) off the front of `buffer`, if it holds one.
std::optional<ReceivedRequest> takeRequest(QByteArray& buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    ReceivedRequest request;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    request.requestLine = lines.first().trimmed();
    const QList<QByteArray> parts = request.requestLine.split(' ');
    request.method = parts.value(0);
    request.target = parts.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        request.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    const qsizetype bodyLength = request.header("Content-Length").toLongLong();
    const qsizetype total = headEnd + 4 + bodyLength;
    if (buffer.size() < total)
        return std::nullopt;
    request.raw = buffer.left(total);
    request.body = buffer.mid(headEnd + 4, bodyLength);
    buffer.remove(0, total);
    return request;
}

QByteArray response(int status, const QByteArray& body, const QByteArray& extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           " Status\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" +
           body;
}

QByteArray ok(const QByteArray& body)
{
    return response(200, body);
}

// The server's end of one connection, handed to the script with each request.
class Peer
{
public:
    explicit Peer(QTcpSocket* socket)
        : m_socket(socket)
    {}

    // Resets the connection (RST, not FIN), as a server or middlebox dropping an idle connection does.
    void reset() const
    {
        if (!m_socket)
            return;
        const linger now{1, 0};
        ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &now, sizeof now);
        m_socket->abort();
    }

    void write(const QByteArray& bytes) const
    {
        if (m_socket)
            m_socket->write(bytes);
    }
    // Closes after what was written has gone out.
    void close() const
    {
        if (m_socket)
            m_socket->disconnectFromHost();
    }
    // Writes `bytes` `piece` bytes at a time, one piece every `intervalMs`, then closes if asked to.
    void writeSlowly(const QByteArray& bytes, qsizetype piece, int intervalMs, bool closeAfter = false) const
    {
        if (!m_socket)
            return;
        auto* timer = new QTimer(m_socket);
        auto offset = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, m_socket,
                         [socket = m_socket, timer, offset, bytes, piece, closeAfter] {
                             socket->write(bytes.mid(*offset, piece));
                             *offset += piece;
                             if (*offset < bytes.size())
                                 return;
                             timer->deleteLater();
                             if (closeAfter)
                                 socket->disconnectFromHost();
                         });
        timer->start(intervalMs);
    }

private:
    QPointer<QTcpSocket> m_socket;
};

// Decides what the server does with each request; the default answers 200 with "echo <target>".
using Script = std::function<void(const ReceivedRequest&, const Peer&)>;

class FakeServer final : public QTcpServer
{
public:
    Script script = [](const ReceivedRequest& request, const Peer& peer) {
        peer.write(ok("echo " + request.target));
    };
    QList<ReceivedRequest> received;
    int accepted = 0;            // TCP connections accepted
    int open = 0;                // of them, not closed yet
    int encrypted = 0;           // TLS handshakes completed
    qint64 bytesReceived = 0;    // after decryption for TLS
    qsizetype unparsedBytes = 0; // received but not (yet) a complete request

    void useTls(const QSslCertificate& certificate, const QSslKey& key)
    {
        m_certificate = certificate;
        m_key = key;
    }

    qsizetype count(QByteArrayView method, QByteArrayView target) const
    {
        return std::count_if(received.cbegin(), received.cend(), [&](const ReceivedRequest& request) {
            return request.method == method && request.target == target;
        });
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket* socket = nullptr;
        if (m_certificate.isNull()) {
            socket = new QTcpSocket(this);
            socket->setSocketDescriptor(descriptor);
        } else {
            auto* tls = new QSslSocket(this);
            tls->setSocketDescriptor(descriptor);
            tls->setLocalCertificate(m_certificate);
            tls->setPrivateKey(m_key);
            tls->setPeerVerifyMode(QSslSocket::VerifyNone);
            connect(tls, &QSslSocket::encrypted, this, [this] { ++encrypted; });
            tls->startServerEncryption();
            socket = tls;
        }
        // Small pieces must leave one by one, not wait for Nagle.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const int connection = accepted++;
        ++open;
        auto buffer = std::make_shared<QByteArray>();
        auto onConnection = std::make_shared<int>(0);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, connection, buffer, onConnection] {
            const QByteArray bytes = socket->readAll();
            bytesReceived += bytes.size();
            unparsedBytes += bytes.size();
            buffer->append(bytes);
            while (std::optional<ReceivedRequest> request = takeRequest(*buffer)) {
                unparsedBytes -= request->raw.size();
                request->connection = connection;
                request->onConnection = (*onConnection)++;
                received.append(*request);
                script(*request, Peer(socket));
            }
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --open;
            socket->deleteLater();
        });
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

QString tlsFile(QLatin1StringView name)
{
    return QStringLiteral(ENROLLDESK_TEST_DATA "/tls/") + name;
}

const char* errorName(Error error)
{
    return QMetaEnum::fromType<Error>().valueToKey(int(error));
}

// Waits for `reply` to finish; an empty answer when it finished once, with `expected`; otherwise what
// happened instead.
QByteArray checkFinished(const HttpReply* reply, Error expected, int timeoutMs = 10000)
{
    // The signal, not isFinished(): an outcome known inside send() is announced on the next turn.
    if (!QTest::qWaitFor([reply] { return reply->property("finishedSignals").toInt() > 0; }, timeoutMs))
        return "not finished after " + QByteArray::number(timeoutMs) + " ms";
    if (!reply->isFinished())
        return "finished emitted while isFinished() is false";
    const int emitted = reply->property("finishedSignals").toInt();
    if (emitted != 1)
        return "finished emitted " + QByteArray::number(emitted) + " times";
    if (reply->error() != expected) {
        return QByteArray("error ") + errorName(reply->error()) + " (" + reply->errorString().toUtf8() +
               "), expected " + errorName(expected) + "; status " + QByteArray::number(reply->statusCode());
    }
    return {};
}

} // namespace

// An HTTP proxy that only tunnels (CONNECT host:port), as corporate proxies do for HTTPS. Whatever
// host is asked for, it connects to 127.0.0.1 on the asked port, so a made-up name reaches the test
// server, and only through the proxy.
class TunnelProxy final : public QTcpServer
{
public:
    QList<QByteArray> tunnels; // the CONNECT targets, in order

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* client = new QTcpSocket(this);
        client->setSocketDescriptor(descriptor);
        auto* upstream = new QTcpSocket(client);
        auto head = std::make_shared<QByteArray>();
        connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, head] {
            if (upstream->state() == QAbstractSocket::ConnectedState) {
                upstream->write(client->readAll());
                return;
            }
            *head += client->readAll();
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> words = head->left(end).split(' ');
            if (words.value(0) != "CONNECT") {
                client->write("HTTP/1.1 405 Only tunnels\r\nContent-Length: 0\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            const QByteArray target = words.value(1);
            tunnels.append(target);
            const QByteArray early = head->mid(end + 4); // bytes sent after the CONNECT head
            connect(upstream, &QTcpSocket::connected, client, [client, upstream, early] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                if (!early.isEmpty())
                    upstream->write(early);
            });
            upstream->connectToHost(QHostAddress::LocalHost,
                                    quint16(target.mid(target.lastIndexOf(':') + 1).toUInt()));
        });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
    }
};

// Names a proxy for web URLs only, none for raw TCP connections: what the system's settings do on Linux
// when only https_proxy/http_proxy are set. The pool must ask for the URL, as QNetworkAccessManager does.
class WebOnlyProxyFactory : public QNetworkProxyFactory
{
public:
    explicit WebOnlyProxyFactory(quint16 port)
        : m_proxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), port)
    {}
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        if (query.queryType() == QNetworkProxyQuery::UrlRequest)
            return {m_proxy};
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    }

private:
    QNetworkProxy m_proxy;
};

// Waits (10 s at most) for the reply to finish with the given error; prints what happened otherwise.
#define EXPECT_FINISHED(reply, expected)                                                                     \
    do {                                                                                                     \
        const QByteArray problem_ = checkFinished(reply, expected);                                          \
        QVERIFY2(problem_.isEmpty(), problem_.constData());                                                  \
    } while (false)

class TestHttpConnectionPool : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<HttpConnectionPool> m_pool;
    QList<QPointer<HttpReply>> m_replies; // deleted in cleanup(), before the pool

    QUrl url(QByteArrayView pathAndQuery, QLatin1StringView scheme = QLatin1StringView("http"),
             QLatin1StringView host = QLatin1StringView("127.0.0.1")) const
    {
        return QUrl(QString(scheme + QStringLiteral("://") + host + u':' +
                            QString::number(m_server->serverPort()) + QString::fromLatin1(pathAndQuery)));
    }

    HttpReply* send(HttpRequest request)
    {
        HttpReply* reply = m_pool->send(std::move(request));
        m_replies.append(reply);
        connect(reply, &HttpReply::finished, reply, [reply] {
            reply->setProperty("finishedSignals", reply->property("finishedSignals").toInt() + 1);
        });
        return reply;
    }

    HttpReply* get(const QByteArray& pathAndQuery)
    {
        HttpRequest request;
        request.url = url(pathAndQuery);
        return send(request);
    }

    HttpReply* post(const QByteArray& path, const QByteArray& body)
    {
        HttpRequest request;
        request.method = "POST";
        request.url = url(path);
        request.body = body;
        return send(request);
    }

    // Saves QSslConfiguration's default and puts it back when it goes.
    struct DefaultTlsConfigurationGuard
    {
        QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        ~DefaultTlsConfigurationGuard() { QSslConfiguration::setDefaultConfiguration(saved); }
    };

    bool startTlsServer()
    {
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromPath(tlsFile(QLatin1StringView("server.pem")));
        QFile keyFile(tlsFile(QLatin1StringView("server.key")));
        if (certificates.size() != 1 || !keyFile.open(QIODevice::ReadOnly))
            return false;
        const QSslKey key(keyFile.readAll(), QSsl::Rsa);
        if (key.isNull())
            return false;
        m_server->useTls(certificates.first(), key);
        return true;
    }

private Q_SLOTS:
    // The system's proxy settings may mean a PAC file fetched or a WPAD lookup, for seconds: asked on a
    // worker thread, the window keeps turning meanwhile; the answer is kept for the next connections.
    void proxyIsAskedOffTheGuiThreadAndKept()
    {
        TunnelProxy proxy;
        QVERIFY(proxy.listen(QHostAddress::LocalHost, 0));
        struct SlowFactory final : WebOnlyProxyFactory
        {
            using WebOnlyProxyFactory::WebOnlyProxyFactory;
            QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
            {
                threads << QThread::currentThread();
                QThread::msleep(200);
                return WebOnlyProxyFactory::queryProxy(query);
            }
            QList<QThread*> threads;
        };
        auto* factory = new SlowFactory(proxy.serverPort());
        QNetworkProxyFactory::setApplicationProxyFactory(factory);
        const auto restore = qScopeGuard([] { QNetworkProxyFactory::setApplicationProxyFactory(nullptr); });

        HttpRequest request;
        request.url =
            url("/slow-proxy", QLatin1StringView("http"), QLatin1StringView("api.enrolldesk.invalid"));
        HttpReply* reply = send(request);
        EXPECT_FINISHED(reply, Error::None);
        QCOMPARE(factory->threads.size(), 1);
        QVERIFY(factory->threads.first() != QThread::currentThread()); // not the window's thread

        // Two requests at once open a second connection: the proxy is not asked again.
        HttpReply* first = send(request);
        HttpReply* second = send(request);
        EXPECT_FINISHED(first, Error::None);
        EXPECT_FINISHED(second, Error::None);
        QCOMPARE(factory->threads.size(), 1);
    }

    void proxiedThroughATunnel()
    {
        TunnelProxy proxy;
        QVERIFY(proxy.listen(QHostAddress::LocalHost, 0));
        QNetworkProxyFactory::setApplicationProxyFactory(new WebOnlyProxyFactory(proxy.serverPort()));
        const auto restore = qScopeGuard([] { QNetworkProxyFactory::setApplicationProxyFactory(nullptr); });

        // A name only the proxy can reach (it does not resolve here).
        HttpRequest request;
        request.url = url("/through", QLatin1StringView("http"), QLatin1StringView("api.enrolldesk.invalid"));
        HttpReply* reply = send(request);
        EXPECT_FINISHED(reply, Error::None);
        QCOMPARE(reply->body(), QByteArray("echo /through"));
        const QByteArray authority = "api.enrolldesk.invalid:" + QByteArray::number(m_server->serverPort());
        QCOMPARE(proxy.tunnels, QList<QByteArray>{authority});
        QCOMPARE(m_server->received.last().header("Host"), authority);

        // The tunnel is kept alive like any connection.
        request.url = url("/again", QLatin1StringView("http"), QLatin1StringView("api.enrolldesk.invalid"));
        HttpReply* again = send(request);
        EXPECT_FINISHED(again, Error::None);
        QCOMPARE(proxy.tunnels.size(), 1);

        // This computer is reached directly, proxy or not (the sandbox).
        HttpReply* local = get("/direct");
        EXPECT_FINISHED(local, Error::None);
        QCOMPARE(proxy.tunnels.size(), 1);
        QCOMPARE(m_server->received.last().target, QByteArray("/direct"));
    }

    void init()
    {
        m_server = std::make_unique<FakeServer>();
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        m_pool = std::make_unique<HttpConnectionPool>();
    }

    void cleanup()
    {
        for (const QPointer<HttpReply>& reply : std::as_const(m_replies))
            delete reply.data();
        m_replies.clear();
        m_pool.reset();
        m_server.reset();
    }

    // 1
    void getWithContentLength()
    {
        m_server->script = [](const ReceivedRequest&, const Peer& peer) {
            peer.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Answer: forty-two\r\n"
                       "Content-Length: 11\r\n\r\nhello world");
        };
        HttpRequest request;
        request.url = url("/path?query=1&b=%20x");
        request.headers = {{"Accept", "application/json"}, {"X-Custom", "custom value"}};
        HttpReply* reply = send(request);
        EXPECT_FINISHED(reply, Error::None);
        QCOMPARE(reply->statusCode(), 200);
        QCOMPARE(reply->body(), QByteArray("hello world"));
        QCOMPARE(reply->header("content-type"), QByteArray("text/plain"));
        QCOMPARE(reply->header("X-ANSWER"), QByteArray("forty-two"));
        QCOMPARE(reply->header("x-answer"), QByteArray("forty-two"));
        QVERIFY(reply->header("X-Missing").isEmpty());

        QCOMPARE(m_server->received.size(), 1);
        const ReceivedRequest& received = m_server->received.first();
        QCOMPARE(received.requestLine, QByteArray("GET /path?query=1&b=%20x HTTP/1.1"));
        QCOMPARE(received.headerCount("Host"), 1);
        QCOMPARE(received.header("host"),
                 QByteArray("127.0.0.1:" + QByteArray::number(m_server->serverPort())));
        QCOMPARE(received.header("Accept"), QByteArray("application/json"));
        QCOMPARE(received.header("X-Custom"), QByteArray("custom value"));
        // No body: no Content-Length other than 0, no Transfer-Encoding, nothing after the head.
        QVERIFY(received.header("Content-Length").isEmpty() || received.header("Content-Length") == "0");
        QVERIFY(received.header("Transfer-Encoding").isEmpty());
        QVERIFY(received.body.isEmpty());
        QVERIFY(received.raw.endsWith("\r\n\r\n"));
        QCOMPARE(m_server->unparsedBytes, 0);
    }

    // 2
    void postBody_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("small json") << QByteArray(
            R"({"mdmUserId":"5f1e0c2a9b3d4e6f7a8b9c0d","sendEmail":false})");
        QByteArray large(100 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < large.size(); ++i)
            large[i] = char('a' + (i * 7 + i / 251) % 26);
        QTest::newRow("100 KB") << large;
        static const char binary[] = "a\r\n\r\nb\0c\r\n0\r\n\r\n";
        QTest::newRow("binary with CRLFs and NULs") << QByteArray(binary, sizeof binary - 1);
    }

    void postBody()
    {
        QFETCH(QByteArray, body);
        HttpRequest request;
        request.method = "POST";
        request.url = url("/tokens");
        request.headers = {{"Content-Type", "application/json"}};
        request.body = body;
        HttpReply* reply = send(request);
        EXPECT_FINISHED(reply, Error::None);
        QCOMPARE(reply->body(), QByteArray("echo /tokens"));
        QCOMPARE(m_server->received.size(), 1);
        const ReceivedRequest& received = m_server->received.first();
        QCOMPARE(received.requestLine, QByteArray("POST /tokens HTTP/1.1"));
        QCOMPARE(received.headerCount("Content-Length"), 1);
        QCOMPARE(received.header("Content-Length"), QByteArray::number(body.size()));
        QCOMPARE(received.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(received.body == body);
        QCOMPARE(m_server->unparsedBytes, 0);
    }

    // 3
    void sequentialRequestsShareOneConnection()
    {
        for (int i = 0; i < 20; ++i) {
            const QByteArray path = "/seq/" + QByteArray::number(i);
            HttpReply* reply = get(path);
            EXPECT_FINISHED(reply, Error::None);
            QCOMPARE(reply->body(), QByteArray("echo " + path));
        }
        QCOMPARE(m_server->accepted, 1);
        QCOMPARE(m_server->received.size(), 20);
        QCOMPARE(m_server->received.last().onConnection, 19);
        QCOMPARE(m_pool->connectionCount(), 1);
    }

    void concurrentRequestsUseAtMostSixConnections()
    {
        // Each answer comes 30 ms late, so that requests pile up and the pool opens what it may.
        int maxConnectionCount = 0;
        m_server->script = [this, &maxConnectionCount](const ReceivedRequest& request, const Peer& peer) {
            maxConnectionCount = std::max(maxConnectionCount, m_pool->connectionCount());
            QTimer::singleShot(30, m_server.get(), [peer, target = request.target] {
                peer.write(response(200, "answer for " + target, "X-Target: " + target + "\r\n"));
            });
        };
        QList<HttpReply*> replies;
        for (int i = 0; i < 30; ++i)
            replies.append(get("/concurrent/" + QByteArray::number(i)));
        QVERIFY(m_pool->connectionCount() <= HttpConnectionPool::kMaxConnectionsPerOrigin);
        for (int i = 0; i < replies.size(); ++i) {
            EXPECT_FINISHED(replies[i], Error::None);
            const QByteArray target = "/concurrent/" + QByteArray::number(i);
            QCOMPARE(replies[i]->body(), QByteArray("answer for " + target));
            QCOMPARE(replies[i]->header("X-Target"), target);
        }
        QCOMPARE(m_server->received.size(), 30);
        QCOMPARE(m_server->accepted, HttpConnectionPool::kMaxConnectionsPerOrigin);
        QVERIFY(maxConnectionCount <= HttpConnectionPool::kMaxConnectionsPerOrigin);
        QVERIFY(m_pool->connectionCount() <= HttpConnectionPool::kMaxConnectionsPerOrigin);
    }

    // 4
    void chunkedInTinyPieces()
    {
        const QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Before: 1\r\n\r\n"
                                   "5;ext=1\r\nHello\r\n"
                                   "1\r\n,\r\n"
                                   "0007;name=\"quoted;value\"\r\n World!\r\n"
                                   "a\r\n0123456789\r\n"
                                   "1A\r\nabcdefghijklmnopqrstuvwxyz\r\n"
                                   "0\r\nX-Trailer: yes\r\nX-Other: 2\r\n\r\n";
        m_server->script = [chunked](const ReceivedRequest& request, const Peer& peer) {
            if (request.target == "/chunked")
                peer.writeSlowly(chunked, 3, 2);
            else
                peer.write(ok("next"));
        };
        HttpReply* reply = get("/chunked");
        EXPECT_FINISHED(reply, Error::None);
        QCOMPARE(reply->statusCode(), 200);
        QCOMPARE(reply->body(), QByteArray("Hello, World!0123456789abcdefghijklmnopqrstuvwxyz"));
        QCOMPARE(reply->header("X-Before"), QByteArray("1"));
        // The trailer was read to its end: the connection serves the next request.
        HttpReply* next = get("/next");
        EXPECT_FINISHED(next, Error::None);
        QCOMPARE(next->body(), QByteArray("next"));
        QCOMPARE(m_server->accepted, 1);
    }

    void contentLengthInManyPieces()
    {
        QByteArray body;
        for (int i = 0; i < 400; ++i)
            body += QByteArray::number(i) + ',';
        m_server->script = [body](const ReceivedRequest& request, const Peer& peer) {
            if (request.target == "/pieces")
                peer.writeSlowly(ok(body), 37, 1);
            else
                peer.write(ok("next"));
        };
        HttpReply* reply = get("/pieces");
        EXPECT_FINISHED(reply, Error::None);
        QCOMPARE(reply->body(), body);
        HttpReply* next = get("/next");
        EXPECT_FINISHED(next, Error::None);
        QCOMPARE(next->body(), QByteArray("next"));
        QCOMPARE(m_server->accepted, 1);
    }

    // 5
    void bodyEndsAtClose_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("HTTP/1.0, no length")
            << QByteArray("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n");
        QTest::newRow("HTTP/1.1 Connection: close, no length")
            << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
        QTest::newRow("HTTP/1.1 Connection: close, with length")
            << QByteArray("HTTP/1.1 200 OK\r\nconnection: Close\r\nContent-Length: 26\r\n\r\n");
        QTest::newRow("HTTP/1.0 with length") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 26\r\n\r\n");
    }

    void bodyEndsAtClose()
    {
        QFETCH(QByteArray, head);
        const QByteArray body = "abcdefghijklmnopqrstuvwxyz";
        m_server->script = [head, body](const ReceivedRequest& request, const Peer& peer) {
            if (request.target != "/close") {
                peer.write(ok("next"));
                return;
            }
            peer.write(head + body.left(10));
            QTimer::singleShot(50, [peer, body] {
                peer.write(body.mid(10));
                peer.close();
            });
        };
        HttpReply* reply = get("/close");
        EXPECT_FINISHED(reply, Error::None);
        QCOMPARE(reply->statusCode(), 200);
        QCOMPARE(reply->body(), body);
        HttpReply* next = get("/next");
        EXPECT_FINISHED(next, Error::None);
        QCOMPARE(next->body(), QByteArray("next"));
        QCOMPARE(m_server->accepted, 2);
        QCOMPARE(m_server->received.last().connection, 1);
    }

    // 6
    void interimAnswersSkipped_data()
    {
        QTest::addColumn<QByteArray>("interim");
        QTest::newRow("100 Continue") << QByteArray("HTTP/1.1 100 Continue\r\n\r\n");
        QTest::newRow("103 Early Hints") << QByteArray("HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n");
        QTest::newRow("two of them") << QByteArray(
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\nLink: </b>\r\n\r\n");
    }

    void interimAnswersSkipped()
    {
        QFETCH(QByteArray, interim);
        m_server->script = [interim](const ReceivedRequest&, const Peer& peer) {
            peer.write(interim);
            QTimer::singleShot(20, [peer] { peer.write(response(201, "created")); });
        };
        HttpReply* reply = post("/tokens", "{}");
        EXPECT_FINISHED(reply, Error::None);
        QCOMPARE(reply->statusCode(), 201);
        QCOMPARE(reply->body(), QByteArray("created"));
        QVERIFY(reply->header("Link").isEmpty()); // the interim answer's headers are not the answer's
        QCOMPARE(m_server->received.size(), 1);
    }

    // 7
    void redirectNotFollowed_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {301, 302, 303, 307, 308})
            QTest::addRow("%d", status) << status;
    }

    void redirectNotFollowed()
    {
        QFETCH(int, status);
        // The Location is this very server: a pool that followed it would show a second request.
        const QByteArray location = url("/elsewhere").toEncoded();
        m_server->script = [status, location](const ReceivedRequest& request, const Peer& peer) {
            if (request.target == "/moved")
                peer.write(response(status, "moved", "Location: " + location + "\r\n"));
            else
                peer.write(ok("followed"));
        };
        HttpReply* reply = get("/moved");
        EXPECT_FINISHED(reply, Error::None);
        QCOMPARE(reply->statusCode(), status);
        QCOMPARE(reply->header("location"), location);
        QCOMPARE(reply->body(), QByteArray("moved"));
        QTest::qWait(100); // room for a wrongly followed redirect to show up
        QCOMPARE(m_server->received.size(), 1);
        QCOMPARE(m_server->count("GET", "/elsewhere"), 0);
    }

    void answersWithoutBody_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("status");
        QTest::newRow("204") << QByteArray("HTTP/1.1 204 No Content\r\nX-A: 1\r\n\r\n") << 204;
        QTest::newRow("304") << QByteArray("HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n") << 304;
        QTest::newRow("200 length 0") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << 200;
    }

    void answersWithoutBody()
    {
        // No body and no close: the answer ends with its head, and the connection serves the next one.
        QFETCH(QByteArray, answer);
        QFETCH(int, status);
        m_server->script = [answer](const ReceivedRequest& request, const Peer& peer) {
            peer.write(request.target == "/empty" ? answer : ok("next"));
        };
        HttpReply* reply = get("/empty");
        EXPECT_FINISHED(reply, Error::None);
        QCOMPARE(reply->statusCode(), status);
        QVERIFY(reply->body().isEmpty());
        HttpReply* next = get("/next");
        EXPECT_FINISHED(next, Error::None);
        QCOMPARE(next->body(), QByteArray("next"));
        QCOMPARE(m_server->accepted, 1);
    }

    // 8
    void freshConnectionClosedIsNotResent_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<Error>("expected");
        QTest::newRow("POST") << QByteArray("POST") << Error::ClosedBeforeAnswer;
        // Only a reused connection's close earns a GET a resend; ClosedBeforeAnswer is for the others.
        QTest::newRow("GET") << QByteArray("GET") << Error::Network;
    }

    void freshConnectionClosedIsNotResent()
    {
        QFETCH(QByteArray, method);
        QFETCH(Error, expected);
        m_server->script = [](const ReceivedRequest&, const Peer& peer) { peer.close(); };
        HttpRequest request;
        request.method = method;
        request.url = url("/tokens");
        if (method == "POST")
            request.body = "{\"a\":1}";
        HttpReply* reply = send(request);
        EXPECT_FINISHED(reply, expected);
        QCOMPARE(reply->statusCode(), 0);
        QTest::qWait(200); // room for a wrong resend to show up
        QCOMPARE(m_server->count(method, "/tokens"), 1);
        QCOMPARE(m_server->accepted, 1);
    }

    void reusedConnectionClosedBeforeAnswer_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("resent");
        QTest::newRow("POST: not resent") << QByteArray("POST") << false;
        QTest::newRow("DELETE: not resent") << QByteArray("DELETE") << false;
        QTest::newRow("GET: resent once") << QByteArray("GET") << true;
    }

    void reusedConnectionClosedBeforeAnswer()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, resent);
        // The second request on any connection gets the connection closed, without a byte of answer.
        m_server->script = [](const ReceivedRequest& request, const Peer& peer) {
            if (request.onConnection == 0)
                peer.write(ok("echo " + request.target));
            else
                peer.close();
        };
        HttpReply* first = get("/first");
        EXPECT_FINISHED(first, Error::None);
        HttpRequest request;
        request.method = method;
        request.url = url("/second");
        if (method == "POST")
            request.body = "{\"b\":2}";
        HttpReply* second = send(request);
        EXPECT_FINISHED(second, resent ? Error::None : Error::ClosedBeforeAnswer);
        QTest::qWait(200); // room for a wrong resend to show up
        if (resent) {
            QCOMPARE(second->statusCode(), 200);
            QCOMPARE(second->body(), QByteArray("echo /second"));
            QCOMPARE(m_server->count(method, "/second"), 2);
            QCOMPARE(m_server->accepted, 2);
        } else {
            QCOMPARE(m_server->count(method, "/second"), 1);
            QCOMPARE(m_server->accepted, 1);
        }
    }

    void getResentOnlyOnce()
    {
        // Two keep-alive connections, each answered once (late, so that the pool opens both); then the
        // server closes whatever comes next, so the GET's resend also lands on a reused connection.
        m_server->script = [this](const ReceivedRequest& request, const Peer& peer) {
            if (request.target.startsWith("/first/"))
                QTimer::singleShot(50, m_server.get(), [peer] { peer.write(ok("first")); });
            else
                peer.close();
        };
        HttpReply* first0 = get("/first/0");
        HttpReply* first1 = get("/first/1");
        EXPECT_FINISHED(first0, Error::None);
        EXPECT_FINISHED(first1, Error::None);
        QCOMPARE(m_server->accepted, 2);
        QCOMPARE(m_pool->connectionCount(), 2);
        HttpReply* second = get("/second");
        EXPECT_FINISHED(second, Error::Network);
        QTest::qWait(300); // room for a third attempt to show up
        QCOMPARE(m_server->count("GET", "/second"), 2);
    }

    // A line break in a header value (a pasted key with a newline) would end the header and start another.
    void headerWithALineBreakIsNotSent_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("CRLF in a value")
            << QByteArray("Authorization") << QByteArray("Bearer k\r\nX-Injected: yes");
        QTest::newRow("LF in a value")
            << QByteArray("Authorization") << QByteArray("Bearer k\nX-Injected: yes");
        QTest::newRow("NUL in a value") << QByteArray("Authorization") << QByteArray("Bearer k\0x", 10);
        QTest::newRow("CR in a name") << QByteArray("X-A\rB") << QByteArray("v");
    }

    void headerWithALineBreakIsNotSent()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        m_server->script = [](const ReceivedRequest&, const Peer& peer) {
            peer.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        };
        HttpRequest request;
        request.url = url("/x");
        request.headers = {{"Accept", "application/json"}, {name, value}};
        HttpReply* reply = send(request);
        EXPECT_FINISHED(reply, Error::Network);
        QVERIFY(reply->errorString().contains(QString::fromLatin1(name)));
        QCOMPARE(m_pool->connectionCount(), 0);
        QVERIFY(m_server->received.isEmpty());
    }

    // 9
    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port));
        HttpReply* reply = send(request);
        EXPECT_FINISHED(reply, Error::ConnectionRefused);
        QVERIFY(!reply->errorString().isEmpty());
        QCOMPARE(m_pool->connectionCount(), 0);
    }

    void hostNotFound()
    {
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://nonexistent.invalid/x"));
        HttpReply* reply = send(request);
        EXPECT_FINISHED(reply, Error::HostNotFound);
        QVERIFY(!reply->errorString().isEmpty());
    }

    // 10
    void timeoutWhenNothingMoves()
    {
        m_server->script = [](const ReceivedRequest&, const Peer&) {}; // never answers
        HttpRequest request;
        request.url = url("/silent");
        request.timeout = std::chrono::milliseconds(300);
        HttpReply* reply = send(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        EXPECT_FINISHED(reply, Error::Timeout);
        QCOMPARE(m_server->count("GET", "/silent"), 1);
    }

    void timeoutIsInactivityNotTotal()
    {
        // One byte every 100 ms for a little over a second, under a 300 ms timeout.
        const QByteArray body = "0123456789ab";
        m_server->script = [body](const ReceivedRequest&, const Peer& peer) {
            peer.write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
            peer.writeSlowly(body, 1, 100);
        };
        HttpRequest request;
        request.url = url("/trickle");
        request.timeout = std::chrono::milliseconds(300);
        HttpReply* reply = send(request);
        EXPECT_FINISHED(reply, Error::None);
        QCOMPARE(reply->body(), body);
    }

    // A server that accepts the connection and never answers the TLS handshake: the request was never
    // written, and the error says so (nothing sent), unlike a request that got no answer.
    void stalledHandshakeIsAConnectTimeout()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket*> accepted; // kept open, never read
        connect(&silent, &QTcpServer::newConnection, &silent, [&] {
            while (QTcpSocket* socket = silent.nextPendingConnection())
                accepted << socket;
        });
        HttpRequest request;
        request.method = "POST";
        request.url = QUrl(QStringLiteral("https://127.0.0.1:%1/v1/create").arg(silent.serverPort()));
        request.body = "{}";
        request.timeout = std::chrono::milliseconds(300);
        HttpReply* reply = send(request);
        EXPECT_FINISHED(reply, Error::ConnectTimeout);
        QVERIFY(!accepted.isEmpty()); // it did connect: the handshake is what stalled
    }

    // A byte now and then keeps the transfer timeout from firing, but not the deadline.
    void deadlineEndsADrip()
    {
        // A byte every 20 ms: 20 s for the body, far inside the 5 s transfer timeout each time, so only
        // the 1 s deadline can end it, however loaded the machine is.
        const QByteArray body(1000, 'x');
        m_server->script = [body](const ReceivedRequest&, const Peer& peer) {
            peer.write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
            peer.writeSlowly(body, 1, 20);
        };
        HttpRequest request;
        request.url = url("/drip");
        request.timeout = std::chrono::milliseconds(5000);
        request.deadline = std::chrono::milliseconds(1000);
        HttpReply* reply = send(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        EXPECT_FINISHED(reply, Error::Timeout);
        // The deadline's message, not the transfer timeout's.
        QVERIFY2(reply->errorString().contains(QLatin1StringView("in all")),
                 qPrintable(reply->errorString()));
    }

    // 11
    void tooLarge_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<bool>("fits");
        const QByteArray big(5000, 'x');
        QTest::newRow("Content-Length above") << ok(big) << false;
        QTest::newRow("Content-Length announced only")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1000000000\r\n\r\nxx") << false;
        QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 10; ++i)
            chunked += "190\r\n" + QByteArray(400, char('a' + i)) + "\r\n";
        QTest::newRow("chunked growing past it") << QByteArray(chunked + "0\r\n\r\n") << false;
        QTest::newRow("chunked without end") << chunked << false;
        QTest::newRow("close-delimited growing past it")
            << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + big) << false;
        QTest::newRow("under the limit") << ok(QByteArray(800, 'y')) << true;
    }

    void tooLarge()
    {
        QFETCH(QByteArray, answer);
        QFETCH(bool, fits);
        m_server->script = [answer](const ReceivedRequest&, const Peer& peer) { peer.write(answer); };
        HttpRequest request;
        request.url = url("/large");
        request.maxResponseBytes = 1000;
        HttpReply* reply = send(request);
        EXPECT_FINISHED(reply, fits ? Error::None : Error::TooLarge);
        QVERIFY(reply->body().size() <= 1000);
    }

    // 12
    void malformedAnswer_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("garbage") << QByteArray("garbage\r\n\r\n");
        QTest::newRow("not HTTP/1.x") << QByteArray("HTTP/2 200\r\ncontent-length: 0\r\n\r\n");
        QTest::newRow("status not a number") << QByteArray("HTTP/1.1 abc OK\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("Content-Length not a number")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\nabc");
        QTest::newRow("chunk size not hex")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n");
        QTest::newRow("two different lengths")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 5\r\n\r\nabcde");
        QTest::newRow("endless chunk size line")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n") + QByteArray(70000, '1');
    }

    void malformedAnswer()
    {
        QFETCH(QByteArray, answer);
        m_server->script = [answer](const ReceivedRequest&, const Peer& peer) { peer.write(answer); };
        HttpReply* reply = get("/malformed");
        EXPECT_FINISHED(reply, Error::Protocol);
    }

    // finished never comes from inside send(), where the caller cannot have connected to it yet
    void finishedNeverInsideSend()
    {
        auto served = std::make_shared<std::optional<Peer>>();
        m_server->script = [served](const ReceivedRequest&, const Peer& peer) {
            peer.write(ok("first"));
            *served = peer;
        };
        HttpReply* first = get("/first");
        EXPECT_FINISHED(first, Error::None);
        QVERIFY(served->has_value());
        // The connection is reset while the client's event loop does not run: the pool still counts it
        // idle, and writing the next request on it fails inside send().
        (*served)->reset();
        QThread::msleep(100);
        HttpReply* post = this->post("/second", "{}");
        QCOMPARE(post->property("finishedSignals").toInt(), 0); // the helper connects after send()
        EXPECT_FINISHED(post, Error::ClosedBeforeAnswer);
        QTest::qWait(50);
        QCOMPARE(post->property("finishedSignals").toInt(), 1);
        QCOMPARE(m_server->count("POST", "/second"), 0);

        // An address the pool cannot use fails the same way, once, whatever the caller does meanwhile.
        HttpRequest ftp;
        ftp.url = QUrl(QStringLiteral("ftp://127.0.0.1/file"));
        HttpReply* unsupported = send(ftp);
        QCOMPARE(unsupported->property("finishedSignals").toInt(), 0);
        unsupported->abort();
        EXPECT_FINISHED(unsupported, Error::Network);
        QTest::qWait(50);
        QCOMPARE(unsupported->property("finishedSignals").toInt(), 1);
    }

    void connectionThatNeverConnects()
    {
        // No host: the connection fails before it ever connects. Each request must still end, and the
        // failed connection must not stay in the pool (a second request to the origin finds none).
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://:8080/nowhere"));
        for (int attempt = 0; attempt < 2; ++attempt) {
            HttpReply* reply = send(request);
            const QByteArray problem = checkFinished(reply, Error::HostNotFound);
            if (!problem.isEmpty()) // the platform's own words for it may differ: any failure will do
                QVERIFY2(reply->isFinished() && reply->error() != Error::None, problem.constData());
            QTRY_COMPARE(m_pool->connectionCount(), 0);
        }
    }

    void keepAliveTimeoutIsHonoured()
    {
        // "Keep-Alive: timeout=1": the server closes after a second; keeping it would race that close.
        m_server->script = [](const ReceivedRequest& request, const Peer& peer) {
            peer.write(response(200, "echo " + request.target, "Keep-Alive: timeout=1\r\n"));
        };
        EXPECT_FINISHED(get("/a"), Error::None);
        QTRY_COMPARE(m_pool->connectionCount(), 0);
        EXPECT_FINISHED(get("/b"), Error::None);
        QCOMPARE(m_server->accepted, 2);
    }

    void onlyGetReusesAConnectionIdleForLong()
    {
        EXPECT_FINISHED(get("/a"), Error::None);
        QTest::qWait(int(HttpConnectionPool::kSafeReuse.count()) + 300);
        EXPECT_FINISHED(get("/b"), Error::None); // a GET may be sent again: it reuses the connection
        QCOMPARE(m_server->accepted, 1);
        QTest::qWait(int(HttpConnectionPool::kSafeReuse.count()) + 300);
        EXPECT_FINISHED(post("/c", "{}"), Error::None); // a POST never is: a new connection
        QCOMPARE(m_server->accepted, 2);
        QCOMPARE(m_server->received.last().connection, 1);
    }

    // 13
    void abortQueuedAndInFlight()
    {
        // The server holds every answer until the test releases it.
        QList<std::pair<QByteArray, Peer>> held;
        m_server->script = [&held](const ReceivedRequest& request, const Peer& peer) {
            held.append({request.target, peer});
        };
        QList<HttpReply*> busy;
        for (int i = 0; i < HttpConnectionPool::kMaxConnectionsPerOrigin; ++i)
            busy.append(get("/busy/" + QByteArray::number(i)));
        HttpReply* queued = get("/queued");
        QTRY_COMPARE(held.size(), HttpConnectionPool::kMaxConnectionsPerOrigin);
        QVERIFY(!queued->isFinished());

        QSignalSpy queuedFinished(queued, &HttpReply::finished);
        queued->abort();
        QCOMPARE(queuedFinished.size(), 1); // synchronously
        QVERIFY(queued->isFinished());
        QCOMPARE(queued->error(), Error::Cancelled);
        queued->abort(); // no-op once finished
        QCOMPARE(queuedFinished.size(), 1);

        HttpReply* inFlight = busy.takeFirst();
        QSignalSpy inFlightFinished(inFlight, &HttpReply::finished);
        inFlight->abort();
        QCOMPARE(inFlightFinished.size(), 1);
        QCOMPARE(inFlight->error(), Error::Cancelled);

        for (const auto& [target, peer] : std::as_const(held))
            peer.write(ok("late " + target));
        for (HttpReply* reply : std::as_const(busy)) {
            EXPECT_FINISHED(reply, Error::None);
            QCOMPARE(reply->body(), QByteArray("late " + reply->request().url.path().toLatin1()));
        }
        m_server->script = [](const ReceivedRequest& request, const Peer& peer) {
            peer.write(ok("echo " + request.target));
        };
        HttpReply* after = get("/after");
        EXPECT_FINISHED(after, Error::None);
        QCOMPARE(after->body(), QByteArray("echo /after"));
        QCOMPARE(queuedFinished.size(), 1);
        QCOMPARE(inFlightFinished.size(), 1);
        QCOMPARE(m_server->count("GET", "/queued"), 0);
    }

    void deleteUnfinishedReply_data()
    {
        QTest::addColumn<bool>("queued");
        QTest::newRow("in flight") << false;
        QTest::newRow("queued") << true;
    }

    void deleteUnfinishedReply()
    {
        QFETCH(bool, queued);
        QList<Peer> held;
        m_server->script = [&held](const ReceivedRequest& request, const Peer& peer) {
            if (request.target == "/after")
                peer.write(ok("after"));
            else
                held.append(peer);
        };
        const int busyCount = queued ? HttpConnectionPool::kMaxConnectionsPerOrigin : 0;
        for (int i = 0; i < busyCount; ++i)
            get("/busy/" + QByteArray::number(i));
        int finishedSignals = 0;
        HttpReply* victim = m_pool->send(HttpRequest{.url = url("/victim")});
        connect(victim, &HttpReply::finished, this, [&finishedSignals] { ++finishedSignals; });
        QTRY_COMPARE(held.size(), queued ? busyCount : 1);
        delete victim;
        for (const Peer& peer : std::as_const(held))
            peer.write(ok("late"));
        QTest::qWait(100);
        QCOMPARE(finishedSignals, 0);
        for (const QPointer<HttpReply>& busy : std::as_const(m_replies))
            EXPECT_FINISHED(busy.data(), Error::None);
        HttpReply* after = get("/after");
        EXPECT_FINISHED(after, Error::None);
        QCOMPARE(after->body(), QByteArray("after"));
        QCOMPARE(finishedSignals, 0);
        QCOMPARE(m_server->count("GET", "/victim"), queued ? 0 : 1);
    }

    // 14
    void idleConnectionsClose()
    {
        HttpReply* reply = get("/x");
        EXPECT_FINISHED(reply, Error::None);
        QCOMPARE(m_pool->connectionCount(), 1);
        QTest::qWait(int(HttpConnectionPool::kIdleTimeout.count() / 2));
        QCOMPARE(m_pool->connectionCount(), 1); // not closed long before its time
        QTRY_COMPARE_WITH_TIMEOUT(m_pool->connectionCount(), 0,
                                  int(HttpConnectionPool::kIdleTimeout.count()) + 1000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->open, 0, 2000); // closed for real, not only forgotten
    }

    void serverClosingIdleConnectionIsHarmless()
    {
        // Answers keep-alive, then closes the idle connection 100 ms later, as a server's idle timeout does.
        m_server->script = [](const ReceivedRequest& request, const Peer& peer) {
            peer.write(ok("echo " + request.target));
            QTimer::singleShot(100, [peer] { peer.close(); });
        };
        HttpReply* first = get("/first");
        EXPECT_FINISHED(first, Error::None);
        QTRY_COMPARE(m_server->open, 0);
        QTRY_COMPARE(m_pool->connectionCount(), 0);
        // A POST, which could not be sent again: it must go on a new connection.
        HttpReply* second = post("/second", "{}");
        EXPECT_FINISHED(second, Error::None);
        QCOMPARE(second->body(), QByteArray("echo /second"));
        QCOMPARE(m_server->accepted, 2);
        QCOMPARE(m_server->count("POST", "/second"), 1);
    }

    // 15
    void tlsUntrustedCertificate()
    {
        QVERIFY2(QSslSocket::supportsSsl(),
                 "no TLS backend: install Qt's OpenSSL plugin (libqopensslbackend)");
        QVERIFY(startTlsServer());
        for (const char* method : {"GET", "POST"}) {
            HttpRequest request;
            request.method = method;
            request.url = url("/secret", QLatin1StringView("https"));
            request.headers = {{"Authorization", "Bearer must-not-leak"}};
            request.body = request.method == "POST" ? QByteArray("{\"secret\":1}") : QByteArray();
            HttpReply* reply = send(request);
            EXPECT_FINISHED(reply, Error::Tls);
            QVERIFY(!reply->errorString().isEmpty());
        }
        QVERIFY(m_server->accepted >= 1); // TLS was tried, against this server
        QTest::qWait(100);
        QCOMPARE(m_server->encrypted, 0);
        QCOMPARE(m_server->bytesReceived, 0);
        QVERIFY(m_server->received.isEmpty());
    }

    void tlsTrustedCertificate_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1");
        QTest::newRow("localhost") << QStringLiteral("localhost");
    }

    void tlsTrustedCertificate()
    {
        QFETCH(QString, host);
        QVERIFY2(QSslSocket::supportsSsl(),
                 "no TLS backend: install Qt's OpenSSL plugin (libqopensslbackend)");
        QVERIFY(startTlsServer());
        DefaultTlsConfigurationGuard guard;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(tlsFile(QLatin1StringView("ca.pem")));
        QCOMPARE(ca.size(), 1);
        configuration.addCaCertificates(ca);
        QSslConfiguration::setDefaultConfiguration(configuration);

        const QByteArray hostBytes = host.toLatin1();
        HttpReply* getReply = send(HttpRequest{
            .url = url("/over-tls?x=1", QLatin1StringView("https"), QLatin1StringView(hostBytes))});
        EXPECT_FINISHED(getReply, Error::None);
        QCOMPARE(getReply->statusCode(), 200);
        QCOMPARE(getReply->body(), QByteArray("echo /over-tls?x=1"));

        const QByteArray body(20000, 'z');
        HttpReply* postReply =
            send(HttpRequest{.method = "POST",
                             .url = url("/tokens", QLatin1StringView("https"), QLatin1StringView(hostBytes)),
                             .body = body});
        EXPECT_FINISHED(postReply, Error::None);
        QCOMPARE(postReply->body(), QByteArray("echo /tokens"));

        QCOMPARE(m_server->received.size(), 2);
        QCOMPARE(m_server->received[0].header("Host"),
                 QByteArray(hostBytes + ':' + QByteArray::number(m_server->serverPort())));
        QVERIFY(m_server->received[1].body == body);
        QCOMPARE(m_server->accepted, 1); // kept alive over TLS too
        QCOMPARE(m_server->encrypted, 1);
    }

    // 16
    void sandboxConcurrentCreates()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start());
        const QJsonArray users = sandbox.users();
        QVERIFY(!users.isEmpty());
        QVERIFY(sandbox.clearRequests());

        const QUrl endpoint(sandbox.baseUrl().toString() + QStringLiteral("/organizations/") +
                            SandboxProcess::organizationSlug() +
                            QStringLiteral("/mdm/windows/enterprise/enrollment-tokens"));
        constexpr int kCount = 200;
        QList<HttpReply*> replies;
        for (int i = 0; i < kCount; ++i) {
            const QJsonObject body{
                {QStringLiteral("mdmUserId"), users[i % users.size()].toObject().value(QStringLiteral("id"))},
                {QStringLiteral("sendEmail"), false},
                {QStringLiteral("displayName"), QStringLiteral("Pool %1").arg(i)},
            };
            replies.append(send(HttpRequest{
                .method = "POST",
                .url = endpoint,
                .headers = {{"Authorization", QByteArray("Bearer " + SandboxProcess::apiKey())},
                            {"Content-Type", "application/json"}},
                .body = QJsonDocument(body).toJson(QJsonDocument::Compact),
            }));
        }
        QVERIFY(m_pool->connectionCount() <= HttpConnectionPool::kMaxConnectionsPerOrigin);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                             [](HttpReply* reply) { return reply->isFinished(); }),
                                 60000);
        for (int i = 0; i < kCount; ++i) {
            EXPECT_FINISHED(replies[i], Error::None);
            const int status = replies[i]->statusCode();
            QVERIFY2(status == 200 || status == 201, replies[i]->body().constData());
            const QJsonObject data =
                QJsonDocument::fromJson(replies[i]->body()).object().value(QStringLiteral("data")).toObject();
            QCOMPARE(data.value(QStringLiteral("displayName")).toString(), QStringLiteral("Pool %1").arg(i));
        }
        QVERIFY(m_pool->connectionCount() <= HttpConnectionPool::kMaxConnectionsPerOrigin);

        int creates = 0;
        for (const QJsonValue& item : sandbox.requests()) {
            const QJsonObject recorded = item.toObject();
            if (recorded.value(QStringLiteral("method")).toString() == QStringLiteral("POST") &&
                recorded.value(QStringLiteral("path"))
                    .toString()
                    .endsWith(QStringLiteral("/enrollment-tokens")))
                ++creates;
        }
        QCOMPARE(creates, kCount);
    }
};

QTEST_GUILESS_MAIN(TestHttpConnectionPool)
#include "test_httpconnectionpool.moc"
