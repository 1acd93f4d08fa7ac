#include "apiclient.h"

#include "apilimits.h"
#include "httpconnectionpool.h"
#include "jsoncodec.h"
#include "logging.h"
#include "secretstore.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>

namespace {

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiError transportError(const HttpReply& reply)
{
    using Kind = ApiError::Kind;
    const QString detail = reply.errorString();
    switch (reply.error()) {
    case HttpReply::Error::None:
        return {};
    case HttpReply::Error::ConnectionRefused:
        return ApiError::make(Kind::ConnectionRefused, detail);
    case HttpReply::Error::HostNotFound:
        return ApiError::make(Kind::HostNotFound, detail);
    case HttpReply::Error::Tls:
        return ApiError::make(Kind::Tls, detail);
    case HttpReply::Error::Timeout:
        return ApiError::make(Kind::Timeout, detail);
    case HttpReply::Error::ConnectTimeout:
        return ApiError::make(Kind::ConnectTimeout, detail);
    case HttpReply::Error::TooLarge:
        return ApiError::make(Kind::TooLarge, detail);
    case HttpReply::Error::Cancelled:
        return ApiError::make(Kind::Cancelled);
    case HttpReply::Error::Protocol:
        return ApiError::badResponse(reply.statusCode(), detail);
    case HttpReply::Error::ClosedBeforeAnswer:
    case HttpReply::Error::Network:
        break;
    }
    return ApiError::make(Kind::Network, detail);
}

// Turns a finished reply's status and body into the `data` value or an ApiError.
ApiError interpret(int httpStatus, const QByteArray& body, QJsonValue* data)
{
    // Never followed (the key would travel with it), and never a success, whatever its body says.
    if (httpStatus >= 300 && httpStatus < 400)
        return ApiError::fromHttp(httpStatus, QString::fromUtf8(body.left(200)).simplified());
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // An HTML error page from a gateway, or malformed JSON: keep a short excerpt for support.
        const QString excerpt = QString::fromUtf8(body.left(200)).simplified();
        // A 4xx page from a proxy, a firewall or a CDN in front of the API (429, 403): the status says
        // what happened, and that nothing was done.
        if (httpStatus >= 400 && (httpStatus < 500 || excerpt.isEmpty()))
            return ApiError::fromHttp(httpStatus, excerpt);
        return ApiError::badResponse(httpStatus, excerpt);
    }
    const QJsonObject envelope = document.object();
    const QJsonValue status = envelope.value(QLatin1StringView("status"));
    // `"error": null` beside the data is no error: a server that always writes the field must not have a
    // created token reported as refused (and sent again).
    const QJsonValue error = envelope.value(QLatin1StringView("error"));
    if (status == QJsonValue(false) || !(error.isUndefined() || error.isNull())) {
        const QJsonObject fields = error.toObject();
        const int code = int(JsonCodec::parseInteger(fields.value(QLatin1StringView("code"))).value_or(0));
        // The documented form is an object; a bare string is the server's message all the same.
        const QString message =
            error.isString() ? error.toString() : fields.value(QLatin1StringView("message")).toString();
        return ApiError::fromApi(httpStatus, code, message);
    }
    if (httpStatus >= 400)
        return ApiError::fromHttp(httpStatus);
    if (!envelope.contains(QLatin1StringView("data")))
        return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("no data in the envelope"));
    *data = envelope.value(QLatin1StringView("data"));
    return {};
}

// A list's answer without its items array (data {}, null, a string) is no empty list: read as one, a
// broken answer to "windows list", the check before creating again, would say no token exists.
QString missingListItems(const QJsonValue& data)
{
    return data.toObject().value(QLatin1StringView("items")).isArray() ? QString() : QStringLiteral("items");
}

// `asked`: the page a one-page request asked for, which an answer without a page number is (0: none).
template <typename T>
Page<T> mapPage(const QJsonValue& data, const std::function<T(const QJsonObject&)>& parseItem, int asked = 0)
{
    const Page<QJsonObject> raw = JsonCodec::pageFromJson(data.toObject());
    Page<T> page;
    page.totalDocs = raw.totalDocs;
    page.limit = raw.limit;
    page.page = raw.page;
    page.pageStated = raw.pageStated;
    page.totalPages = raw.totalPages;
    page.hasPrevPage = raw.hasPrevPage;
    page.hasNextPage = raw.hasNextPage;
    if (!raw.pageStated && asked > 0) {
        page.page = asked;
        page.totalPages = std::max(page.totalPages, raw.items.isEmpty() ? 0 : asked);
        page.hasPrevPage = asked > 1;
        page.hasNextPage = asked < page.totalPages;
    }
    page.items.reserve(raw.items.size());
    for (const QJsonObject& item : raw.items)
        page.items << parseItem(item);
    return page;
}

// A bearer token is visible ASCII (RFC 6750): a space, a line break or a control character would end the
// header early and start another one in the request.
bool isUsableKey(const QByteArray& key)
{
    return std::all_of(key.begin(), key.end(), [](char c) { return c > 0x20 && c < 0x7f; });
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

void ApiCall::cancel()
{
    if (m_finished)
        return;
    // Also when the reply already knows its outcome but has not announced it yet (it ended inside send()).
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
    if (m_part)
        m_part->cancel();
}

ApiCall::~ApiCall()
{
    // A call destroyed with its client stops its transfer; its callback is not called. A reply that is
    // done but has not announced it would otherwise wait for the pool's end.
    if (!m_finished) {
        delete m_reply.data();
        delete m_part.data();
    }
}

ApiClient::ApiClient(HttpConnectionPool* http, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_baseUrl(QUrl(QString::fromLatin1(kDefaultBaseUrl)))
{}

ApiClient::~ApiClient() = default; // m_apiKey wipes the key

void ApiClient::setBaseUrl(const QUrl& baseUrl)
{
    m_baseUrl = baseUrl;
}

void ApiClient::setOrganization(const QString& organization)
{
    m_organization = organization.trimmed();
}

void ApiClient::setApiKey(const QByteArray& key)
{
    m_apiKey = SecretBytes(key.trimmed()); // wipes the previous one first
}

void ApiClient::clearApiKey()
{
    m_apiKey.clear();
}

bool ApiClient::isLoopbackUrl(const QUrl& url)
{
    return isLoopbackHost(url.host());
}

bool ApiClient::isAllowedBaseUrl(const QUrl& url, QString* why)
{
    const auto refuse = [why](const QString& reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(
            ApiError::tr("“%1” is not a valid server address.").arg(url.toString(QUrl::RemovePassword)));
    // A password in the address would be saved with the profile in the settings file, in plain text.
    if (!url.userInfo().isEmpty())
        return refuse(ApiError::tr("the address must not contain a user name or password: the API key is "
                                   "kept in the keychain."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1StringView("https"))
        return true;
    if (scheme == QLatin1StringView("http")) {
        if (isLoopbackHost(url.host()))
            return true;
        return refuse(ApiError::tr("http:// would send the API key unencrypted; use https:// (plain http is "
                                   "only allowed for this computer, e.g. the sandbox)."));
    }
    return refuse(ApiError::tr("the address must start with https://."));
}

QString ApiClient::organizationPath(const QString& rest) const
{
    return QStringLiteral("/organizations/") + QString::fromLatin1(QUrl::toPercentEncoding(m_organization)) +
           rest;
}

QUrl ApiClient::endpoint(const QString& path, const QList<std::pair<QString, QString>>& query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path, QUrl::StrictMode);
    if (!query.isEmpty()) {
        QUrlQuery urlQuery;
        for (const auto& [key, value] : query)
            urlQuery.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(urlQuery.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    return url;
}

ApiError ApiClient::checkReady() const
{
    QString why;
    if (!isAllowedBaseUrl(m_baseUrl, &why))
        return ApiError::make(ApiError::Kind::InsecureUrl, why);
    if (m_apiKey.isEmpty())
        return ApiError::make(ApiError::Kind::MissingKey);
    if (!isUsableKey(m_apiKey.bytes()))
        return ApiError::make(ApiError::Kind::InvalidKey);
    return {};
}

void ApiClient::setInFlight(int count)
{
    if (m_inFlight == count)
        return;
    m_inFlight = count;
    Q_EMIT requestsInFlightChanged(count);
}

ApiCall*
ApiClient::send(const QByteArray& method, const QUrl& url, const QByteArray& body,
                std::function<void(int, const QByteArray&, const ApiError&, const SecretBytes&)> finish)
{
    auto* call = new ApiCall(this);
    call->m_method = QString::fromLatin1(method);
    call->m_path = url.path();

    HttpRequest request;
    request.method = method;
    request.url = url;
    request.body = body;
    request.timeout = m_timeout;
    request.deadline = 4 * m_timeout; // two minutes by default
    request.maxResponseBytes = m_maxResponseBytes;
    request.headers = {{"Accept", "application/json"}, {"User-Agent", "EnrollDesk/" ENROLLDESK_VERSION}};
    // The key goes only to the API's own origin (an image URL may point elsewhere). Redirects are never
    // followed, so it cannot travel on from there either.
    const bool sendKey = !m_apiKey.isEmpty() && url.scheme() == m_baseUrl.scheme() &&
                         url.host() == m_baseUrl.host() && url.port() == m_baseUrl.port();
    // The key this request carries (the client's may change before the answer): a server or proxy that
    // echoes the Authorization header must not bring it into the log line below (a transport error quotes
    // the server's first bytes), the error panel or the CLI's output.
    auto sentKey = std::make_shared<SecretBytes>(sendKey ? m_apiKey.clone() : SecretBytes());
    if (sendKey)
        request.headers.append({QByteArray("Authorization"), QByteArray("Bearer ") + m_apiKey.bytes()});
    if (!body.isEmpty())
        request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});

    HttpReply* reply = m_http->send(std::move(request));
    call->m_reply = reply;
    setInFlight(m_inFlight + 1);

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    connect(reply, &HttpReply::finished, call,
            [this, call, reply, timer, sentKey, finish = std::move(finish)] {
                ApiError error =
                    call->m_cancelled ? ApiError::make(ApiError::Kind::Cancelled) : transportError(*reply);
                if (call->m_method == QLatin1StringView("GET"))
                    error.setReadOnlyRequest();
                error.redact(sentKey->bytes());
                const int status = error.isError() ? 0 : reply->statusCode();
                qCInfo(lcApi).noquote()
                    << call->m_method << call->m_path << "->" << status
                    << (error.isError() ? error.technicalDetails() : QString()) << timer->elapsed() << "ms";
                call->m_finished = true;
                reply->deleteLater();
                setInFlight(m_inFlight - 1);
                finish(status, error.isError() ? QByteArray() : reply->body(), error, *sentKey);
                Q_EMIT call->finished();
                call->deleteLater();
            });
    return call;
}

template <typename T> ApiCall* ApiClient::fail(QObject* context, Callback<T> done, const ApiError& error)
{
    // Deliver later, like a real reply, so callers see one behaviour.
    auto* call = new ApiCall(this);
    call->m_finished = true;
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    QTimer::singleShot(0, call, [call, guard, guarded, done = std::move(done), error] {
        if (!guarded || guard)
            done(ApiResult<T>{T{}, error});
        Q_EMIT call->finished();
        call->deleteLater();
    });
    return call;
}

template <typename T>
ApiCall* ApiClient::request(const QByteArray& method, const QUrl& url, const QByteArray& body,
                            QObject* context, Callback<T> done, std::function<T(const QJsonValue&)> parse,
                            QString (*missing)(const QJsonValue&))
{
    if (const ApiError notReady = checkReady(); notReady.isError())
        return fail<T>(context, std::move(done), notReady);
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    return send(method, url, body,
                [guard, guarded, missing, done = std::move(done),
                 parse = std::move(parse)](int status, const QByteArray& responseBody,
                                           const ApiError& transport, const SecretBytes& sentKey) {
                    if (guarded && !guard)
                        return;
                    ApiResult<T> result;
                    if (transport.isError()) {
                        result.error = transport;
                    } else {
                        QJsonValue data;
                        result.error = interpret(status, responseBody, &data);
                        // A 200 without what the reference marks required is no success to report.
                        if (const QString lacking =
                                !result.error.isError() && missing ? missing(data) : QString();
                            !lacking.isEmpty())
                            result.error = ApiError::incomplete(status, lacking);
                        if (!result.error.isError())
                            result.value = parse(data);
                        if (transport.isReadOnlyRequest())
                            result.error.setReadOnlyRequest();
                        result.error.redact(sentKey.bytes()); // the server's message
                    }
                    done(result);
                });
}

template <typename T, typename Request>
ApiCall* ApiClient::create(const Request& request, QObject* context, Callback<T> done,
                           T (*parse)(const QJsonObject& data), QString (*missing)(const QJsonValue& data))
{
    if (FieldErrors errors = Validation::validate(request); !errors.isEmpty())
        return fail<T>(context, std::move(done), ApiError::validation(errors));
    // What is sent is what "Copy as curl" shows for the same request.
    const RequestPreview p = preview(request);
    return this->request<T>(
        p.method, p.url, p.body, context, std::move(done),
        [parse](const QJsonValue& data) { return parse(data.toObject()); }, missing);
}

ApiCall* ApiClient::createWindowsToken(const WindowsTokenRequest& request, QObject* context,
                                       Callback<EnrollmentToken> done)
{
    return create(request, context, std::move(done), JsonCodec::windowsTokenFromJson,
                  JsonCodec::missingTokenFields);
}

ApiCall* ApiClient::createWindowsTokens(const WindowsBulkRequest& request, QObject* context,
                                        Callback<BulkResult> done)
{
    return create(request, context, std::move(done), JsonCodec::bulkResultFromJson,
                  JsonCodec::missingBulkFields);
}

ApiCall* ApiClient::createAndroidToken(const AndroidTokenRequest& request, QObject* context,
                                       Callback<EnrollmentToken> done)
{
    // The documented answer (EmmEnrollmentToken) has no primary policy: the one sent is the token's, as
    // the API accepted it. Without it the result said "Policies: None" for a token that has one.
    return create(request, context,
                  Callback<EnrollmentToken>([policyId = request.settings.policyId, done = std::move(done)](
                                                const ApiResult<EnrollmentToken>& answer) {
                      if (!answer.ok() || !answer.value.policyId.isEmpty() || policyId.isEmpty()) {
                          done(answer);
                          return;
                      }
                      ApiResult<EnrollmentToken> completed = answer;
                      completed.value.policyId = policyId;
                      done(completed);
                  }),
                  JsonCodec::androidTokenFromJson, JsonCodec::missingTokenFields);
}

ApiCall* ApiClient::listWindowsTokens(const TokenListQuery& query, QObject* context,
                                      Callback<Page<EnrollmentToken>> done)
{
    if (FieldErrors errors = Validation::validate(query); !errors.isEmpty())
        return fail<Page<EnrollmentToken>>(context, std::move(done), ApiError::validation(errors));
    QList<std::pair<QString, QString>> params{{QStringLiteral("page"), QString::number(query.page)},
                                              {QStringLiteral("limit"), QString::number(query.limit)}};
    if (!query.sort.isEmpty())
        params.append({QStringLiteral("sort"), query.sort});
    if (!query.mdmUserId.isEmpty())
        params.append({QStringLiteral("mdm-user"), query.mdmUserId});
    if (!query.policyId.isEmpty())
        params.append({QStringLiteral("win-policy"), query.policyId});
    if (query.showDeleted)
        params.append({QStringLiteral("show-deleted"), QStringLiteral("true")});
    const QUrl url =
        endpoint(organizationPath(QStringLiteral("/mdm/windows/enterprise/enrollment-tokens")), params);
    return request<Page<EnrollmentToken>>(
        "GET", url, {}, context, std::move(done),
        [asked = query.page](const QJsonValue& data) {
            return mapPage<EnrollmentToken>(data, JsonCodec::windowsTokenFromJson, asked);
        },
        missingListItems);
}

ApiCall* ApiClient::searchUsers(const UserSearchQuery& query, QObject* context, Callback<Page<MdmUser>> done)
{
    if (FieldErrors errors = Validation::validate(query); !errors.isEmpty())
        return fail<Page<MdmUser>>(context, std::move(done), ApiError::validation(errors));
    QList<std::pair<QString, QString>> params{{QStringLiteral("page"), QString::number(query.page)},
                                              {QStringLiteral("limit"), QString::number(query.limit)}};
    if (!query.text.trimmed().isEmpty())
        params.append({QStringLiteral("search"), query.text.trimmed()});
    const QUrl url = endpoint(organizationPath(QStringLiteral("/mdm/users")), params);
    return request<Page<MdmUser>>(
        "GET", url, {}, context, std::move(done),
        [asked = query.page](const QJsonValue& data) {
            return mapPage<MdmUser>(data, JsonCodec::userFromJson, asked);
        },
        missingListItems);
}

template <typename T>
ApiCall* ApiClient::requestAllPages(const QString& path, QList<std::pair<QString, QString>> query,
                                    QObject* context, Callback<Page<T>> done,
                                    std::function<T(const QJsonObject& item)> parseItem)
{
    if (const ApiError notReady = checkReady(); notReady.isError())
        return fail<Page<T>>(context, std::move(done), notReady);
    auto* whole = new ApiCall(this);
    whole->m_method = QStringLiteral("GET");
    whole->m_path = path;
    query.append({QStringLiteral("limit"), QString::number(m_listPageSize)});

    struct Run
    {
        QPointer<QObject> guard;
        bool guarded = false;
        Callback<Page<T>> done;
        Page<T> all;
        std::function<void(int page)> fetch;
    };
    auto run = std::make_shared<Run>(Run{context, context != nullptr, std::move(done), {}, {}});
    const auto finish = [whole](Run& state, const ApiResult<Page<T>>& result) {
        whole->m_finished = true;
        if (!state.guarded || state.guard)
            state.done(result);
        Q_EMIT whole->finished();
        whole->deleteLater();
    };
    std::weak_ptr<Run> weakRun = run;
    run->fetch = [this, whole, weakRun, path, query, parseItem, finish](int page) {
        QList<std::pair<QString, QString>> pageQuery = query;
        pageQuery.prepend({QStringLiteral("page"), QString::number(page)});
        auto keep = weakRun.lock(); // held by the page's callback while that page is in flight
        whole->m_part = request<Page<T>>(
            "GET", endpoint(path, pageQuery), {}, whole,
            [keep, page, finish](const ApiResult<Page<T>>& result) {
                Run& state = *keep;
                // A list with a page missing is no list: the error, not a part. Nobody waits any more
                // once the context is gone: no further pages then.
                if (!result.ok() || (state.guarded && !state.guard))
                    return finish(state, result);
                const Page<T>& got = result.value;
                // One that leaves `page` out of its answer (the documented policy list gives items and
                // totalDocs only) answers the page asked for: whether more follow, its count says.
                const bool stated = got.page == page;
                // A server that ignores `page` answers page 1 again: stop rather than repeat it forever
                // (told by a page that names no page number and starts with the list's first item).
                const bool repeated = !stated && page > 1 && !got.items.isEmpty() &&
                                      !state.all.items.isEmpty() && !got.items.first().id.isEmpty() &&
                                      got.items.first().id == state.all.items.first().id;
                if (!repeated)
                    state.all.items += got.items;
                state.all.totalDocs =
                    std::max({state.all.totalDocs, got.totalDocs, int(state.all.items.size())});
                const bool more = !repeated && !got.items.isEmpty() &&
                                  (stated ? got.hasNextPage : state.all.items.size() < state.all.totalDocs);
                if (more && page < kMaxListPages)
                    return state.fetch(page + 1);
                state.all.page = 1;
                state.all.limit = int(state.all.items.size());
                state.all.totalPages = 1;
                state.all.hasNextPage = more; // only when the page cap cut the list short
                finish(state, ApiResult<Page<T>>{state.all, {}});
            },
            [parseItem](const QJsonValue& data) { return mapPage<T>(data, parseItem); }, missingListItems);
    };
    run->fetch(1);
    return whole;
}

ApiCall* ApiClient::listPolicies(Platform platform, QObject* context, Callback<Page<Policy>> done)
{
    const bool windows = platform == Platform::Windows;
    QList<std::pair<QString, QString>> params;
    if (windows)
        params.append({QStringLiteral("type"), QStringLiteral("windows")});
    const QString path = organizationPath(windows ? QStringLiteral("/mdm/policies")
                                                  : QStringLiteral("/mdm/android/enterprise/policies"));
    const QString type = windows ? QStringLiteral("windows") : QStringLiteral("android");
    return requestAllPages<Policy>(path, params, context, std::move(done), [type](const QJsonObject& item) {
        return JsonCodec::policyFromJson(item, type);
    });
}

ApiCall* ApiClient::listOrganizations(QObject* context, Callback<Page<Organization>> done)
{
    return requestAllPages<Organization>(QStringLiteral("/organizations"), {}, context, std::move(done),
                                         JsonCodec::organizationFromJson);
}

ApiCall* ApiClient::fetchImage(const QUrl& url, QObject* context, Callback<QByteArray> done)
{
    QString why;
    if (!isAllowedBaseUrl(url, &why))
        return fail<QByteArray>(context, std::move(done), ApiError::make(ApiError::Kind::InsecureUrl, why));
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    // send() attaches the key only when the URL is on the API's own scheme, host and port.
    return send("GET", url, {},
                [guard, guarded, done = std::move(done)](int status, const QByteArray& body,
                                                         const ApiError& transport, const SecretBytes&) {
                    if (guarded && !guard)
                        return;
                    ApiResult<QByteArray> result;
                    if (transport.isError())
                        result.error = transport;
                    else if (status < 200 || status >= 300) // a redirect is not followed: no image either
                        result.error = ApiError::fromHttp(status);
                    else
                        result.value = body;
                    // A GET of an image creates nothing: its failure must not suggest checking whether a
                    // token was created (the token it belongs to is on screen).
                    if (result.error.isError())
                        result.error.setReadOnlyRequest();
                    done(result);
                });
}

RequestPreview ApiClient::preview(const WindowsTokenRequest& request) const
{
    return {"POST", endpoint(organizationPath(QStringLiteral("/mdm/windows/enterprise/enrollment-tokens"))),
            compact(JsonCodec::toJson(request))};
}

RequestPreview ApiClient::preview(const WindowsBulkRequest& request) const
{
    return {"POST",
            endpoint(organizationPath(QStringLiteral("/mdm/windows/enterprise/enrollment-tokens/bulk"))),
            compact(JsonCodec::toJson(request))};
}

RequestPreview ApiClient::preview(const AndroidTokenRequest& request) const
{
    return {"POST", endpoint(organizationPath(QStringLiteral("/mdm/android/enterprise/enrollment-tokens"))),
            compact(JsonCodec::toJson(request))};
}

QString ApiClient::curlCommand(const RequestPreview& preview)
{
    const auto quote = [](QString text) -> QString {
        text.replace(u'\'', QStringLiteral("'\\''"));
        return u'\'' + text + u'\'';
    };
    QString command = QStringLiteral("curl -sS -X ") + QString::fromLatin1(preview.method) + u' ' +
                      quote(preview.url.toString(QUrl::FullyEncoded)) +
                      // The key is never part of the text: the shell fills it in from the environment.
                      QStringLiteral(" \\\n  -H \"Authorization: Bearer $ENROLLDESK_API_KEY\"");
    if (!preview.body.isEmpty())
        command += QStringLiteral(" \\\n  -H 'Content-Type: application/json' \\\n  --data-raw ") +
                   quote(QString::fromUtf8(preview.body));
    return command;
}
