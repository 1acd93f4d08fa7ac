#pragma once
// The API's documented limits, in one place: used by the validators, the forms, the CLI and the sandbox.

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace Limits {

inline constexpr int kMaxTextLength = 128; // displayName, each tag, search text
inline constexpr qint64 kMinDurationSeconds = 60;
inline constexpr qint64 kMaxDurationSeconds = 2592000; // 30 days
inline constexpr qint64 kDefaultDurationSeconds = 86400;
inline constexpr int kMinPriority = 0;
inline constexpr int kMaxPriority = 10000;
inline constexpr qint64 kMaxSegmentId = 9007199254740991LL; // 2^53 - 1, JSON's safe integer
inline constexpr int kMaxEmailLength = 128;                 // mdmUser.email is <= 128 characters

// The eight languages the API accepts for the enrollment e-mail, in the documented order.
QStringList languages();
// DEVICE_OWNER, PROFILE_OWNER, COPE, USERLESS.
QStringList managementModes();
// PENDING, DONE, DELETED, EXPIRED.
QStringList tokenStates();

bool isObjectId(QStringView text);       // ^[a-fA-F0-9]{24}$
bool isOrganizationId(QStringView text); // 24-hex id or a slug ^[a-zA-Z0-9-]{3,}$
bool isLanguage(QStringView code);
bool isManagementMode(QStringView mode);
// Pragmatic address syntax: one '@', a non-empty local part without spaces, a dotted domain of
// letters, digits and hyphens, at most kMaxEmailLength characters.
// Never a non-ASCII blank or invisible character (see isInvisibleOrSpace).
bool isEmail(QStringView address);
// The key under which two addresses are one (the same mailbox): ASCII in lower case, anything else
// case-folded in its composed form. An address already in lower-case ASCII is its own key (shared, not
// copied). EmailListParser lowers ASCII itself, byte by byte, with the same result.
QString emailKey(const QString& address);
// A no-break, ideographic or other non-ASCII space, or a format/control character (zero-width space,
// byte-order mark, bidi mark): what makes a copied address look right and fail.
bool isInvisibleOrSpace(char16_t u);

} // namespace Limits
