#pragma once
// Joi-like validation of the token-creation bodies (W1, W2, A1), in the order the API's schema lists the
// fields, stopping at the first error as Joi does by default (abortEarly). Only syntax is checked here:
// whether users and policies exist is the routes' job (404 3001).

#include "store.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Sandbox {

enum class TokenEndpoint { WindowsSingle, WindowsBulk, Android };

struct TokenBody
{
    TokenSettings settings;
    QString mdmUserId;      // W1, A1
    QStringList userEmails; // W2
    QString error;          // Joi-style message of the first failure; empty when valid
    bool isValid() const { return error.isEmpty(); }
};

TokenBody parseTokenBody(const QByteArray& body, TokenEndpoint endpoint);

} // namespace Sandbox
