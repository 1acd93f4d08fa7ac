#pragma once
// Typed, asynchronous client of the enrollment API on one injected HttpConnectionPool.
// Widgets call these methods and get a typed result or a typed ApiError; they never see an HttpReply.

#include "apierror.h"
#include "secretstore.h"
#include "types.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

class HttpConnectionPool;
class HttpReply;

template <typename T> struct ApiResult
{
    T value{};
    ApiError error;
    bool ok() const { return !error.isError(); }
};

// One request under way. Owned by the client, deleted after `finished`; keep a QPointer to cancel it.
class ApiCall final : public QObject
{
    Q_OBJECT
public:
    QString method() const { return m_method; }
    QString path() const { return m_path; }
    bool isFinished() const { return m_finished; }
    // Aborts the transfer; the callback receives ApiError::Kind::Cancelled.
    void cancel();

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;
    explicit ApiCall(QObject* parent)
        : QObject(parent)
    {}
    ~ApiCall() override;
    QString m_method;
    QString m_path;
    QPointer<HttpReply> m_reply;
    QPointer<ApiCall> m_part; // a call made of several (every page of a list): the one in flight
    bool m_finished = false;
    bool m_cancelled = false; // the answer, whatever it is, is reported as Cancelled
};

// What a request would send, for "copy as curl" and previews. The key is never part of it.
struct RequestPreview
{
    QByteArray method;
    QUrl url;
    QByteArray body; // compact JSON, empty for GET
};

class ApiClient final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int requestsInFlight READ requestsInFlight NOTIFY requestsInFlightChanged)
public:
    static constexpr const char* kDefaultBaseUrl = "https://api.applivery.io/v1";
    static constexpr std::chrono::milliseconds kDefaultTimeout{30000};
    static constexpr qint64 kDefaultMaxResponseBytes = 16 * 1024 * 1024;

    template <typename T> using Callback = std::function<void(const ApiResult<T>&)>;

    explicit ApiClient(HttpConnectionPool* http, QObject* parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl& baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    void setOrganization(const QString& organization);
    QString organization() const { return m_organization; }
    // The key lives only here, in memory; the previous one is overwritten before it is released.
    void setApiKey(const QByteArray& key);
    void clearApiKey();
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    // Policies and organizations are listed whole, page after page, this many a page. The API documents no
    // maximum page size and a server may cap it below what is asked, so the pages are followed anyway.
    void setListPageSize(int size) { m_listPageSize = std::max(1, size); }
    static constexpr int kMaxListPages = 50;

    int requestsInFlight() const { return m_inFlight; }

    // https:// always; http:// only to a loopback host (the sandbox). `why` says what is wrong.
    static bool isAllowedBaseUrl(const QUrl& url, QString* why = nullptr);
    // Whether the URL's host is this machine (localhost, 127.0.0.0/8, ::1).
    static bool isLoopbackUrl(const QUrl& url);

    // `context` guards the callback: when it is destroyed first, the callback is not called.
    ApiCall* createWindowsToken(const WindowsTokenRequest& request, QObject* context,
                                Callback<EnrollmentToken> done);
    ApiCall* createWindowsTokens(const WindowsBulkRequest& request, QObject* context,
                                 Callback<BulkResult> done);
    ApiCall* listWindowsTokens(const TokenListQuery& query, QObject* context,
                               Callback<Page<EnrollmentToken>> done);
    ApiCall* createAndroidToken(const AndroidTokenRequest& request, QObject* context,
                                Callback<EnrollmentToken> done);
    ApiCall* searchUsers(const UserSearchQuery& query, QObject* context, Callback<Page<MdmUser>> done);
    // Windows: P1 with type=windows; Android: P2.
    ApiCall* listPolicies(Platform platform, QObject* context, Callback<Page<Policy>> done);
    // O1: the organizations the key reaches; also the "test connection" call.
    ApiCall* listOrganizations(QObject* context, Callback<Page<Organization>> done);
    // An image (Android qrcodeUrl): the body of a 2xx answer, else an error; the caller decodes it. The
    // key is sent only when the URL's host is the API's own host.
    ApiCall* fetchImage(const QUrl& url, QObject* context, Callback<QByteArray> done);

    RequestPreview preview(const WindowsTokenRequest& request) const;
    RequestPreview preview(const WindowsBulkRequest& request) const;
    RequestPreview preview(const AndroidTokenRequest& request) const;
    // A curl command line for a preview; the key is the placeholder $ENROLLDESK_API_KEY.
    static QString curlCommand(const RequestPreview& preview);

Q_SIGNALS:
    void requestsInFlightChanged(int count);

private:
    QUrl endpoint(const QString& organizationPath,
                  const QList<std::pair<QString, QString>>& query = {}) const;
    QString organizationPath(const QString& rest) const;
    ApiError checkReady() const;
    // `transport` comes redacted with `sentKey`, the key the request carried (empty when none was sent),
    // which the caller uses for what it reads from the body.
    ApiCall* send(const QByteArray& method, const QUrl& url, const QByteArray& body,
                  std::function<void(int httpStatus, const QByteArray& body, const ApiError& transport,
                                     const SecretBytes& sentKey)>
                      finish);
    // `missing`, when given, says what a successful answer lacks (an empty string: nothing); a lack turns
    // it into an Incomplete error.
    template <typename T>
    ApiCall* request(const QByteArray& method, const QUrl& url, const QByteArray& body, QObject* context,
                     Callback<T> done, std::function<T(const QJsonValue& data)> parse,
                     QString (*missing)(const QJsonValue& data) = nullptr);
    // Every page of a list, one after another, as one call and one page (at most kMaxListPages pages).
    template <typename T>
    ApiCall* requestAllPages(const QString& path, QList<std::pair<QString, QString>> query, QObject* context,
                             Callback<Page<T>> done, std::function<T(const QJsonObject& item)> parseItem);
    template <typename T> ApiCall* fail(QObject* context, Callback<T> done, const ApiError& error);
    template <typename T, typename Request>
    ApiCall* create(const Request& request, QObject* context, Callback<T> done,
                    T (*parse)(const QJsonObject& data), QString (*missing)(const QJsonValue& data));
    void setInFlight(int count);

    HttpConnectionPool* m_http;
    QUrl m_baseUrl;
    QString m_organization;
    SecretBytes m_apiKey;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    qint64 m_maxResponseBytes = kDefaultMaxResponseBytes;
    int m_listPageSize = 100;
    int m_inFlight = 0;
};
