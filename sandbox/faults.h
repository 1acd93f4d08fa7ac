#pragma once
// Injected faults: a queue of one-or-more-shot misbehaviours that the next matching /v1 requests get
// instead of (or on top of) their normal answer. Set through POST /_sandbox/faults.

#include "reply.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Sandbox {

struct Fault
{
    // EmptyData: the request is carried out (a token is created), but a success answers {"status":true,
    // "data":{}}, as a backend that loses the document on the way out would. NullError: carried out and
    // answered as usual, with "error": null in the envelope too, as servers that always write it do.
    // DocPagination: a list answered as the documentation's policy-list sample is, with "items" and
    // "totalDocs" only (no page, limit or next-page fields).
    enum class Type {
        ApiError,
        Html,
        MalformedJson,
        Slow,
        Drop,
        Oversized,
        EmptyData,
        NullError,
        DocPagination
    };

    Type type = Type::ApiError;
    int httpStatus = 400;
    int code = 0;
    // A 400 injected without a code answers with the documented 400 code of the create it hits: 5017
    // ("Limit Exceeded") on an Android path, 5145 ("Error creating winEnrollmentToken") elsewhere.
    bool codeFollowsPath = false;
    QString message;
    bool messageGiven = false;
    int delayMs = 0;
    qint64 sizeBytes = 0;
    int count = 1;
    // drop: the first identical request (method, path, query, body) arriving again within this window is
    // taken for an HTTP client's automatic resend (QNetworkAccessManager, for one, resends once when a
    // connection closes before any answer; EnrollDesk's connection pool never resends a POST) and is
    // dropped too, without using another count, so the caller does see the failure. 0 turns this off.
    int resendWindowMs = 1000;
    QString method;       // empty: any
    QString pathContains; // empty: any

    // Parses the admin JSON; on failure returns nullopt and sets `error`.
    static std::optional<Fault> fromJson(const QJsonObject& json, QString* error);
    QJsonObject toJson() const;

    bool matches(const QByteArray& method, const QString& path) const;
    // The reply replacing the normal one, for the faults that have one (hasOwnReply()).
    Reply reply(const QString& path) const;
    // ApiError, Html, MalformedJson, Oversized; the others change how the normal reply goes out.
    // EmptyData, NullError, DocPagination: the request is carried out and its success answer changed.
    bool rewritesAnswer() const
    {
        return type == Type::EmptyData || type == Type::NullError || type == Type::DocPagination;
    }
    Reply rewritten(const Reply& answer) const;
    bool hasOwnReply() const
    {
        return type == Type::ApiError || type == Type::Html || type == Type::MalformedJson ||
               type == Type::Oversized;
    }
};

class FaultQueue
{
public:
    void add(const Fault& fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    bool isEmpty() const { return m_faults.isEmpty(); }
    const QList<Fault>& faults() const { return m_faults; }
    // The first queued fault matching the request, with one use consumed; nullopt when none matches.
    // `namedOnly`: only a fault whose pathContains is set (the QR images' host takes only those).
    std::optional<Fault> take(const QByteArray& method, const QString& path, bool namedOnly = false);

private:
    QList<Fault> m_faults;
};

} // namespace Sandbox
