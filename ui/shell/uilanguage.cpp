#include "uilanguage.h"

#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
QTranslator* g_app = nullptr;
QTranslator* g_qt = nullptr;
QString g_current = QStringLiteral("en");

const QString kPrefix = QStringLiteral("enrolldesk_");

// The available code for one locale: same language and, when the locale names one, same script
// (Traditional Chinese does not get the Simplified translation).
QString matchLocale(const QLocale& wanted, const QStringList& codes)
{
    if (wanted.language() == QLocale::C)
        return {};
    for (const QString& code : codes) {
        if (code == wanted.name())
            return code;
    }
    for (const QString& code : codes) {
        const QLocale candidate(code);
        if (candidate.language() == wanted.language() &&
            (wanted.script() == QLocale::AnyScript || candidate.script() == wanted.script()))
            return code;
    }
    return {};
}

void removeTranslator(QTranslator*& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
        translator = nullptr;
    }
}
} // namespace

QStringList UiLanguage::available()
{
    // The embedded files do not change while the console runs; read the list once.
    static const QStringList codes = [] {
        QStringList found{QStringLiteral("en")};
        // No name filter: QDir would compile it into a regular expression.
        for (const QString& file : QDir(QStringLiteral(":/i18n")).entryList(QDir::Files, QDir::Name)) {
            if (!file.startsWith(kPrefix) || !file.endsWith(u".qm"))
                continue;
            const QString code = file.mid(kPrefix.size(), file.size() - kPrefix.size() - 3);
            if (!found.contains(code))
                found << code;
        }
        return found;
    }();
    return codes;
}

QString UiLanguage::nativeName(const QString& code)
{
    // Fixed names for the shipped interface languages and the API's e-mail languages (LanguagePicker):
    // QLocale's are regional ("español de España", "American English"); "zh_CN" names the script.
    static const QHash<QString, QString> names{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("it"), QStringLiteral("Italiano")},
        {QStringLiteral("pt"), QStringLiteral("Português")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("zh"), QStringLiteral("中文")}, // the API's e-mail language code
        {QStringLiteral("ru"), QStringLiteral("Русский")},
    };
    const auto known = names.constFind(code);
    if (known != names.constEnd())
        return *known;
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    if (name.isEmpty() || locale.language() == QLocale::C)
        return code;
    return locale.toUpper(name.left(1)) + name.mid(1);
}

QString UiLanguage::resolve(const QString& code, const QLocale& system)
{
    const QStringList codes = available();
    if (!code.isEmpty()) {
        const QString found = matchLocale(QLocale(code), codes);
        return found.isEmpty() ? QStringLiteral("en") : found;
    }
    // The system's preferred languages in order ("de-AT", "de", "en-US"…), then its own name.
    QStringList preferred = system.uiLanguages();
    preferred << system.name();
    for (const QString& name : std::as_const(preferred)) {
        const QString found = matchLocale(QLocale(name), codes);
        if (!found.isEmpty())
            return found;
    }
    return QStringLiteral("en");
}

QString UiLanguage::apply(const QString& code)
{
    const QString language = resolve(code);
    removeTranslator(g_app);
    removeTranslator(g_qt);

    // Keep the system's regional formats when it speaks the same language (de_AT, en_GB).
    const QLocale system = QLocale::system();
    const QLocale locale =
        matchLocale(system, {language}) == language ? QLocale(system.name()) : QLocale(language);
    QLocale::setDefault(locale);

    // English is the source; its catalogue holds only the plural forms ("1 day", "2 days").
    g_app = new QTranslator;
    if (loadCatalogue(*g_app, language))
        QCoreApplication::installTranslator(g_app);
    else
        removeTranslator(g_app);
    if (language != QLatin1StringView("en")) {
        g_qt = new QTranslator;
        if (g_qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(g_qt);
        else
            removeTranslator(g_qt);
    }
    g_current = language;
    return language;
}

QString UiLanguage::current()
{
    return g_current;
}

bool UiLanguage::loadCatalogue(QTranslator& translator, const QString& code)
{
    return translator.load(kPrefix + code, QStringLiteral(":/i18n"));
}
