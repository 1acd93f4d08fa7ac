#include "apierror.h"

#include <QRegularExpression>

#include <algorithm>

ApiError ApiError::validation(FieldErrors errors)
{
    ApiError error;
    error.m_kind = Kind::Validation;
    error.m_fieldErrors = std::move(errors);
    return error;
}

ApiError ApiError::make(Kind kind, QString detail)
{
    ApiError error;
    error.m_kind = kind;
    error.m_detail = std::move(detail);
    return error;
}

ApiError ApiError::fromApi(int httpStatus, int apiCode, QString apiMessage)
{
    ApiError error;
    error.m_kind = Kind::Api;
    error.m_httpStatus = httpStatus;
    error.m_apiCode = apiCode;
    error.m_apiMessage = std::move(apiMessage);
    return error;
}

ApiError ApiError::fromHttp(int httpStatus, QString detail)
{
    ApiError error;
    error.m_kind = Kind::Http;
    error.m_httpStatus = httpStatus;
    error.m_detail = std::move(detail);
    return error;
}

ApiError ApiError::badResponse(int httpStatus, QString detail)
{
    ApiError error = make(Kind::BadResponse, std::move(detail));
    error.m_httpStatus = httpStatus;
    return error;
}

ApiError ApiError::incomplete(int httpStatus, QString whatIsMissing)
{
    ApiError error = make(Kind::Incomplete, std::move(whatIsMissing));
    error.m_httpStatus = httpStatus;
    return error;
}

namespace {

constexpr qsizetype kMaxServerTextLength = 4000;

// Whether `text` holds a piece of `key` long enough to matter: what is left of a key that an excerpt cut
// in two. Eight characters of a random key are not found in ordinary words by chance.
bool holdsPartOf(const QString& text, QStringView key)
{
    const qsizetype window = std::min<qsizetype>(8, key.size());
    for (qsizetype i = 0; i + window <= key.size(); ++i) {
        if (text.contains(key.mid(i, window), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The server's words, quoted inside the console's sentences, end as a sentence: the pages go on after them
// ("… The server says: Fault injected Type the policy's id …" read as one sentence).
QString endedSentence(const QString& text)
{
    static constexpr QStringView kEnds = u".!?…。！？:;";
    const QString words = text.trimmed();
    if (words.isEmpty() || kEnds.contains(words.back()))
        return words;
    return words + u'.';
}

void wipe(QString& text)
{
    std::fill(text.begin(), text.end(), QChar()); // this copy of the key is not left in freed memory
}

} // namespace

void ApiError::redact(const QByteArray& secret)
{
    if (secret.isEmpty() || m_kind == Kind::None)
        return;
    // A server or proxy that echoes the request may quote the key as sent, changed in case, encoded, or
    // cut off by an excerpt; a "Bearer" value is never the user's to read in any case.
    // A value of 12 characters or more: "Invalid bearer token" stays as it is.
    static const QRegularExpression bearer(QStringLiteral(R"(\bbearer\s+[^\s"'<>,;]{12,})"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString key = QString::fromUtf8(secret);
    // Base64 padded or not (and base64url, as JWT-minded servers write it); hex in either case.
    constexpr auto unpadded = QByteArray::OmitTrailingEquals;
    // Each encoding is made in a buffer of its own, zeroed once its text is taken: freed as it was, it
    // left the key in the heap, encoded.
    const auto textOf = [](QByteArray bytes) {
        const QString text = QString::fromLatin1(bytes);
        std::fill(bytes.begin(), bytes.end(), '\0');
        return text;
    };
    QString encoded[] = {textOf(secret.toBase64()), textOf(secret.toBase64(unpadded)),
                         textOf(secret.toBase64(QByteArray::Base64UrlEncoding | unpadded)),
                         textOf(secret.toPercentEncoding())};
    QString hex = textOf(secret.toHex());
    for (QString* field : {&m_apiMessage, &m_detail}) {
        // A server's text longer than anyone reads is cut first: the searches below are per key window.
        if (field->size() > kMaxServerTextLength) {
            field->truncate(kMaxServerTextLength);
            field->append(u'…');
        }
        field->replace(key, QStringLiteral("[redacted]"), Qt::CaseInsensitive);
        for (const QString& form : encoded)
            field->replace(form, QStringLiteral("[redacted]"));
        field->replace(hex, QStringLiteral("[redacted]"), Qt::CaseInsensitive);
        field->replace(bearer, QStringLiteral("Bearer [redacted]"));
        if (holdsPartOf(*field, key))
            *field = tr("[left out: it quoted part of the API key]");
    }
    wipe(key);
    for (QString& form : encoded)
        wipe(form);
    wipe(hex);
}

bool ApiError::nothingWasSent() const
{
    switch (m_kind) {
    case Kind::Validation:
    case Kind::InsecureUrl:
    case Kind::MissingKey:
    case Kind::InvalidKey:
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::ConnectTimeout:
    case Kind::Tls: // the handshake fails before the request is written
        return true;
    default:
        return false;
    }
}

bool ApiError::mayHaveBeenProcessed() const
{
    if (m_kind == Kind::None || m_readOnly || nothingWasSent())
        return false;
    // A 4xx, with or without the API's envelope, is the server saying no (429 included: not processed).
    // A redirect is not: a 303 (or a framework's 302) after a POST says it was carried out.
    const bool refused =
        (m_kind == Kind::Api || m_kind == Kind::Http) && m_httpStatus >= 400 && m_httpStatus < 500;
    return !refused;
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::ConnectTimeout:
    case Kind::Timeout:
    case Kind::Network:
        return true;
    case Kind::BadResponse: // a gateway's error page; a non-JSON 200 is a wrong address, not a blip
        return m_httpStatus >= 500;
    case Kind::Http:
    case Kind::Api:
        return m_httpStatus >= 500 || m_httpStatus == 429;
    default:
        return false;
    }
}

QList<int> ApiError::documentedCodes()
{
    return {3001, 4001, 4002, 4004, 5017, 5048, 5050, 5120, 5138, 5145};
}

QString ApiError::meaningOfCode(int apiCode)
{
    switch (apiCode) {
    case 3001:
        return tr("Not found: the organization, user or policy does not exist, or this key cannot see it.");
    // 4001 and 4002 come with HTTP 401, like 4004: the key did not get the request through. The client never
    // sends without a key, so 4002 means it did not arrive (a proxy may remove the header) or was not usable.
    case 4001:
        return tr(
            "The API key was not accepted (401 Unauthorized). Check that it is the service account's key "
            "for this server.");
    case 4002:
        return tr("The server received no usable API key (401 No auth token). Check the key, and any proxy "
                  "that may remove the Authorization header.");
    case 4004:
        return tr(
            "The API key was rejected: it is wrong, expired or revoked. Enter a valid service account key.");
    case 5017:
        return tr("A limit was exceeded (Limit Exceeded). The API does not say which: check the "
                  "organization's plan and how many devices and tokens it has.");
    case 5048:
        return tr("An MDM user with this e-mail already exists.");
    case 5050:
        return tr("The organization's billing plan does not include this feature.");
    case 5120:
        return tr("The server could not update the entity.");
    case 5138:
        return tr("The server does not implement this operation.");
    case 5145:
        return tr("The server could not create the Windows enrollment token.");
    default:
        return {};
    }
}

QString ApiError::meaningOfStatus(int httpStatus)
{
    switch (httpStatus) {
    case 401:
        return tr("The API key was rejected. Enter a valid service account key.");
    case 403:
        return tr("The API key may not do this (missing permission).");
    case 404:
        return tr("Not found: check the server address and the organization.");
    case 429:
        return tr("Too many requests: the server asks to slow down. Try again in a moment.");
    default:
        if (httpStatus >= 500)
            return tr("The server had a problem (HTTP %1). Try again later.").arg(httpStatus);
        if (httpStatus >= 300 && httpStatus < 400)
            return tr("The server sent the request to another address (HTTP %1). Redirects are not followed, "
                      "so that the key stays with the API's own server: check the server address.")
                .arg(httpStatus);
        return {};
    }
}

QString ApiError::statusMeaning() const
{
    // A create that met a server error may have been carried out before the failure: a blind retry could
    // create a second token and send a second e-mail.
    if (m_httpStatus >= 500 && !m_readOnly)
        return tr("The server had a problem (HTTP %1). The request may or may not have been processed: check "
                  "whether the token was created before trying again.")
            .arg(m_httpStatus);
    return meaningOfStatus(m_httpStatus);
}

QString ApiError::withProcessedAdvice(const QString& text) const
{
    // A create whose answer was a redirect or unreadable (a proxy's page with a 200) may have been
    // carried out, as after a timeout: a blind retry could create a second token and send a second e-mail.
    if (!mayHaveBeenProcessed())
        return text;
    return text + u' ' +
           tr("The request may or may not have been processed: check whether the token was created before "
              "trying again.");
}

QString ApiError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Validation: {
        QStringList lines;
        for (const FieldError& field : m_fieldErrors)
            lines << field.message;
        return lines.isEmpty() ? tr("The request is not valid.") : lines.join(u'\n');
    }
    case Kind::InsecureUrl:
        return tr("The server address is not allowed: %1").arg(m_detail);
    case Kind::MissingKey:
        return tr("No API key is set for this profile. Enter it under Profiles & API key.");
    case Kind::ConnectionRefused:
        return tr(
            "The server refused the connection. Check the server address and that the server is running. "
            "Nothing was sent.");
    case Kind::HostNotFound:
        return tr("The server's name could not be found. Check the server address and your network. "
                  "Nothing was sent.");
    case Kind::Tls:
        return tr("The secure connection failed (TLS/certificate problem). Nothing was accepted from this "
                  "server.");
    case Kind::InvalidKey:
        return tr("The API key contains a space, a line break or another character an API key does not have. "
                  "Enter the key again. Nothing was sent.");
    case Kind::ConnectTimeout:
        return tr("The server could not be reached in time. Check the server address and your network (a VPN "
                  "or a firewall may be in the way). Nothing was sent.");
    case Kind::Timeout:
        if (m_readOnly)
            return tr("The server did not answer in time. Try again in a moment.");
        return tr("The server did not answer in time. The request may or may not have been processed: check "
                  "whether the token was created before trying again.");
    case Kind::Cancelled:
        return tr("The request was cancelled. If it had already reached the server, it may have been "
                  "processed.");
    case Kind::Network:
        if (m_readOnly)
            return tr(
                "The connection broke before the server's answer arrived in full. Try again in a moment.");
        return tr(
            "The connection broke before the server's answer arrived in full. The request may or may not "
            "have been processed: check whether the token was created before trying again.");
    case Kind::Api: {
        if (const QString meaning = meaningOfCode(m_apiCode); !meaning.isEmpty()) {
            // "Limit Exceeded" names no limit: a server message that says more is worth reading.
            QString text = meaning;
            if (m_apiCode == 5017 && !m_apiMessage.isEmpty() &&
                m_apiMessage.compare(QLatin1StringView("Limit Exceeded"), Qt::CaseInsensitive) != 0)
                text = tr("%1 The server says: %2").arg(meaning, endedSentence(m_apiMessage));
            // A documented code on a 5xx: the server failed somewhere in a create that may have gone
            // through, as the page's guard and the bulk table say.
            return withProcessedAdvice(text);
        }
        // An undocumented code: what the HTTP status means says more than the number (retry, slow down,
        // the key), with the server's own words after it when it sent some.
        if (const QString meaning = statusMeaning(); !meaning.isEmpty()) {
            return m_apiMessage.isEmpty()
                       ? meaning
                       : tr("%1 The server says: %2").arg(meaning, endedSentence(m_apiMessage));
        }
        if (!m_apiMessage.isEmpty())
            return tr("The server rejected the request: %1").arg(endedSentence(m_apiMessage));
        if (m_apiCode != 0)
            return tr("The server rejected the request (error %1).").arg(m_apiCode);
        return tr("The server rejected the request (HTTP %1).").arg(m_httpStatus);
    }
    case Kind::Http:
        if (const QString meaning = statusMeaning(); !meaning.isEmpty())
            return m_httpStatus >= 500 ? meaning : withProcessedAdvice(meaning); // a 5xx's says so itself
        return withProcessedAdvice(tr("The server answered with HTTP %1.").arg(m_httpStatus));
    case Kind::BadResponse:
        if (m_httpStatus >= 500 && m_readOnly)
            return tr("The server or a gateway in front of it failed (HTTP %1) and sent a page instead of an "
                      "answer. Try again later.")
                .arg(m_httpStatus);
        if (m_httpStatus >= 500)
            return tr("The server or a gateway in front of it failed (HTTP %1) and sent a page instead of an "
                      "answer. The request may or may not have been processed: check whether the token was "
                      "created before trying again.")
                .arg(m_httpStatus);
        return withProcessedAdvice(tr("The server's answer could not be read (not the API's JSON). It may "
                                      "come from a proxy or a wrong server address."));
    case Kind::TooLarge:
        return withProcessedAdvice(tr("The server's answer was too large and was not read."));
    case Kind::Incomplete:
        if (m_readOnly) // a list without its items is no empty list: nothing can be read from it
            return tr("The server's answer lacks the list that was asked for. Try again in a moment.");
        return tr("The server accepted the request, but its answer lacks what was created. The request was "
                  "probably processed: check whether the token was created before trying again.");
    }
    return {};
}

QString ApiError::technicalDetails() const
{
    static const char* const kindNames[] = {
        "none",        "validation", "insecure-url",   "missing-key", "refused", "dns",          "tls",
        "timeout",     "cancelled",  "network",        "api",         "http",    "bad-response", "too-large",
        "invalid-key", "incomplete", "connect-timeout"};
    static_assert(std::size(kindNames) == int(Kind::ConnectTimeout) + 1, "a name for every kind");
    QStringList parts;
    parts << QStringLiteral("kind=") + QLatin1String(kindNames[int(m_kind)]);
    if (m_httpStatus)
        parts << QStringLiteral("http=") + QString::number(m_httpStatus);
    if (m_apiCode)
        parts << QStringLiteral("code=") + QString::number(m_apiCode);
    if (!m_apiMessage.isEmpty())
        parts << QStringLiteral("message=\"") + m_apiMessage + u'"';
    if (!m_detail.isEmpty())
        parts << QStringLiteral("detail=\"") + m_detail + u'"';
    for (const FieldError& field : m_fieldErrors)
        parts << QStringLiteral("field=") + field.field;
    return parts.join(u' ');
}
