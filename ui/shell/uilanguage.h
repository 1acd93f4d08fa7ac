#pragma once
// The interface language: follows the system unless chosen; independent of the enrollment e-mail's
// language (LanguagePicker). Loads the console's embedded translation and Qt's own (dialog buttons),
// and makes it the default QLocale so dates, times and numbers follow the interface language.

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

class QTranslator;

class UiLanguage
{
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)
public:
    // Languages with an embedded translation (":/i18n/enrolldesk_<code>.qm"), English (the source) first.
    static QStringList available();
    // The language's own name ("Español", "Deutsch", "简体中文").
    static QString nativeName(const QString& code);
    // The available language for `code` ("de_AT", "pt-BR", "zh_CN"), or, for an empty code, for the
    // system's preferred languages; English when nothing matches.
    static QString resolve(const QString& code, const QLocale& system = QLocale::system());
    // Installs the translators for resolve(code) and sets the default QLocale. Returns the language
    // applied. Widgets built before the call keep their texts (see LanguageMenu).
    static QString apply(const QString& code);
    // The language of the last apply() ("en" before any).
    static QString current();
    // Loads the console's own catalogue for `code` (embedded, :/i18n) into `translator`.
    static bool loadCatalogue(QTranslator& translator, const QString& code);
};
