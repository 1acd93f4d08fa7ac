#pragma once
// One error type for everything that can go wrong with a request: refused before sending (validation,
// insecure URL), transport (refused, DNS, TLS, timeout, cancelled), HTTP status, the API's error envelope
// {status:false,error:{code,message}}, and a response that is not what the API sends (HTML, oversized).

#include "validation.h"

#include <QCoreApplication>
#include <QString>

class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        Validation,  // refused before sending: fieldErrors() says why
        InsecureUrl, // http:// to a host that is not loopback, or a malformed base URL
        MissingKey,  // no API key configured
        ConnectionRefused,
        HostNotFound,
        Tls,
        Timeout,
        Cancelled,
        Network,     // any other transport failure
        Api,         // the API's error envelope (apiCode, apiMessage)
        Http,        // an HTTP error status without the envelope
        BadResponse, // a body that is not the documented JSON (HTML 502 page, malformed JSON)
        TooLarge,    // a body over the size cap
        InvalidKey,  // the configured key has characters no API key has (a line break, a space)
        Incomplete,  // a success whose data lacks what the reference marks required (a token without an id)
        ConnectTimeout, // no connection (or TLS handshake) in time: nothing was sent
    };

    ApiError() = default;
    static ApiError validation(FieldErrors errors);
    static ApiError make(Kind kind, QString detail = {});
    static ApiError fromApi(int httpStatus, int apiCode, QString apiMessage);
    static ApiError fromHttp(int httpStatus, QString detail = {});
    static ApiError badResponse(int httpStatus, QString detail);
    static ApiError incomplete(int httpStatus, QString whatIsMissing);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    int apiCode() const { return m_apiCode; }
    QString apiMessage() const { return m_apiMessage; }
    QString detail() const { return m_detail; }
    const FieldErrors& fieldErrors() const { return m_fieldErrors; }

    // The request changes nothing on the server (a GET: a list, a search, an image): nothing can have
    // been created, and the messages say so instead of asking to check for a token.
    void setReadOnlyRequest() { m_readOnly = true; }
    bool isReadOnlyRequest() const { return m_readOnly; }

    // True when the request surely did not reach the API, so sending it again cannot create twice.
    bool nothingWasSent() const;
    // True for failures where trying again later may help (network, timeout, 5xx, bad gateway pages).
    bool isTransient() const;
    // True when the request reached the server and no answer says it was refused (a timeout, a dropped
    // connection, a 5xx, an incomplete answer): what it asked for may have been carried out.
    bool mayHaveBeenProcessed() const;

    // A translated sentence for people: the documented meaning of the code, not the raw code.
    QString message() const;
    // For the "details" toggle and support: kind, HTTP status, API code and message, transport detail.
    QString technicalDetails() const;

    // The documented meaning of an API error code, or an empty string for an unknown code.
    static QString meaningOfCode(int apiCode);
    // Takes `secret` out of the server's message and the detail: every occurrence, in any case, base64 or
    // percent-encoded, and any "Bearer" value, become "[redacted]"; a field still holding eight characters
    // of it (an excerpt that cut the key) is dropped.
    void redact(const QByteArray& secret);
    // What an HTTP status says to people (401, 403, 404, 429, 5xx), or an empty string. For a 5xx, the
    // words for a request that changes nothing ("try again later"): message() warns a create instead.
    static QString meaningOfStatus(int httpStatus);
    // Every code the documentation lists (3001, 4001, 4002, 4004, 5017, 5048, 5050, 5120, 5138, 5145).
    static QList<int> documentedCodes();

private:
    // `text`, and when the request may have been processed, the advice to check before trying again.
    QString withProcessedAdvice(const QString& text) const;
    // meaningOfStatus(), except that a 5xx after a create says it may have been carried out.
    QString statusMeaning() const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_apiCode = 0;
    QString m_apiMessage;
    QString m_detail;
    FieldErrors m_fieldErrors;
    bool m_readOnly = false;
};
