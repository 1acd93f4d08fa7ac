#include "uilanguage.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QTranslator* g_app = nullptr;
QTranslator* g_qt = nullptr;
} // namespace

QStringList UiLanguage::available()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("enrolldesk_*.qm")});
    for (const QString& file : files) {
        const QString code = file.mid(11, file.size() - 11 - 3);
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

QString UiLanguage::nativeName(const QString& code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString UiLanguage::apply(const QString& code)
{
    QString language = code;
    if (language.isEmpty()) {
        language = QLocale::system().name().left(2);
        if (!available().contains(language))
            language = QStringLiteral("en");
    }
    for (QTranslator** translator : {&g_app, &g_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    const QLocale locale(language);
    QLocale::setDefault(locale);
    if (language == QLatin1StringView("en"))
        return language;
    g_app = new QTranslator;
    if (g_app->load(locale, QStringLiteral("enrolldesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(g_app);
    g_qt = new QTranslator;
    if (g_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt);
    return language;
}
