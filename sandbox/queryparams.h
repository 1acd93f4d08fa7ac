#pragma once
// Reading list endpoints' query strings the way the API's Joi schemas would: unknown keys, bad
// booleans, ids and sort expressions are 400s with Joi-style messages.

#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace Sandbox {

class QueryParams
{
public:
    explicit QueryParams(const QUrlQuery& query);

    bool has(const QString& key) const;
    // Fully decoded; a null QString when absent.
    QString value(const QString& key) const;
    QStringList values(const QString& key) const;

    // The message for the first key not in `allowed`, or an empty string.
    QString unknownKey(const QStringList& allowed) const;
    // Checks that an optional text is at most `max` characters; message or empty.
    QString checkLength(const QString& key, int max) const;
    // An optional 24-hex id; message or empty.
    QString checkObjectId(const QString& key) const;
    // An optional boolean ("true"/"false", any case); message or empty.
    QString readBoolean(const QString& key, bool* out) const;

private:
    QList<QPair<QString, QString>> m_items;
};

struct SortSpec
{
    QString field;
    bool descending = false;
    QString error; // non-empty when the expression does not match ^[\w.]*((:asc)|(:desc))?$
};

// `sort` as "field", "field:asc" or "field:desc"; an empty or absent value gives the defaults.
SortSpec parseSort(const QString& text, const QString& defaultField, bool defaultDescending);

} // namespace Sandbox
