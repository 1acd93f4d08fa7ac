#pragma once
// The interface language: follows the system unless chosen; independent of the enrollment e-mail's
// language. Loads the console's embedded translation and Qt's own (dialog buttons).

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class UiLanguage
{
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)
public:
    // Languages with an embedded translation, English (the source) first.
    static QStringList available();
    // The language's own name ("Español").
    static QString nativeName(const QString& code);
    // Installs the translators for `code` (empty = the system language) and sets the default QLocale,
    // so dates, times and numbers follow the interface language. Returns the language applied.
    static QString apply(const QString& code);
};
