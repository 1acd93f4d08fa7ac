// The EnrollDesk console. `scripts/run` starts it against the bundled sandbox:
//   enrolldesk --sandbox http://127.0.0.1:PORT/v1

#include "apiclient.h"
#include "appcontext.h"
#include "consolestyle.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "secretstore.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QSettings>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(new ConsoleStyle(QApplication::style()->name()));
    // Behind a corporate proxy, the API is reached through the system's settings (https_proxy, no_proxy,
    // the desktop's proxy configuration), as a browser would reach it.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    AppContext::identifyApplication();
    // The language chosen in the window (else the system's) before anything is said: --help and the
    // command line's errors speak it too. A --language given below replaces it.
    QSettings settings;
    UiLanguage::apply(settings.value(QLatin1StringView(LanguageMenu::kSettingsKey)).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Create Applivery MDM enrollment tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Use the local sandbox at URL (scripts/run)."),
        QStringLiteral("URL"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Open with this profile (name or id)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QApplication::translate("main", "Interface language (en, es, de, …)."),
                                      QStringLiteral("CODE"));
    parser.addOptions({sandbox, profile, language});
    parser.process(app);

    // A mistyped code would silently open in English (or the system's language): say so, as for --profile.
    // English resolves to "en" too, as an unknown code does: tell it by its locale ("en", "en_GB",
    // "en-US"; not "english", which QLocale does not know).
    if (parser.isSet(language) && QLocale(parser.value(language)).language() != QLocale::English &&
        UiLanguage::resolve(parser.value(language)) == QLatin1StringView("en")) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "enrolldesk: no interface language “%1”. "
                                                                "Languages: %2")
                                    .arg(parser.value(language), UiLanguage::available().join(u", "))));
        return 2;
    }
    if (parser.isSet(language))
        UiLanguage::apply(parser.value(language));

    // The sandbox runs on this machine: another address (a typo, the real API) would be written into the
    // Sandbox profile, and the demo key sent there.
    const QUrl sandboxUrl(parser.value(sandbox), QUrl::StrictMode);
    if (parser.isSet(sandbox) && (!sandboxUrl.isValid() || !ApiClient::isLoopbackUrl(sandboxUrl) ||
                                  !ApiClient::isAllowedBaseUrl(sandboxUrl))) {
        const QString message = QApplication::translate("main", "enrolldesk: --sandbox takes the address of "
                                                                "the local sandbox, such as "
                                                                "http://127.0.0.1:PORT/v1, not “%1”.")
                                    .arg(parser.value(sandbox));
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 2;
    }

    KeychainSecretStore secrets;
    AppContext context(&settings, &secrets);
    if (parser.isSet(sandbox))
        // The sandbox's demo key ("sandbox") is public and never stored.
        context.setSandbox(
            sandboxUrl, qEnvironmentVariable("ENROLLDESK_SANDBOX_KEY", QStringLiteral("sandbox")).toUtf8());

    QString wanted = parser.isSet(sandbox) ? QString::fromLatin1(ProfileStore::kSandboxId)
                                           : context.profiles()->activeProfileId();
    if (parser.isSet(profile)) {
        QStringList names;
        wanted.clear();
        for (const Profile& candidate : context.profiles()->profiles()) {
            names << candidate.name;
            if (candidate.name == parser.value(profile) || candidate.id == parser.value(profile))
                wanted = candidate.id;
        }
        // A typo must not open the profile used last, which may be another organization's.
        if (wanted.isEmpty()) {
            const QString message =
                names.isEmpty()
                    ? QApplication::translate("main", "enrolldesk: no profile is named “%1”: there are no "
                                                      "profiles yet.")
                          .arg(parser.value(profile))
                    : QApplication::translate("main", "enrolldesk: no profile is named “%1”. Profiles: %2")
                          .arg(parser.value(profile), names.join(u", "));
            std::fprintf(stderr, "%s\n", qPrintable(message));
            return 2;
        }
    }
    // A profile named on the command line is for this session: `scripts/run` must not leave the CLI
    // and the next start on a sandbox whose port is gone.
    const bool fromCommandLine = parser.isSet(sandbox) || parser.isSet(profile);
    if (wanted.isEmpty())
        wanted = context.profiles()->fallbackProfileId();

    MainWindow window(&context);
    context.activateProfile(wanted, fromCommandLine ? AppContext::Choice::ThisSessionOnly
                                                    : AppContext::Choice::Remembered);
    if (wanted.isEmpty()) // no profile yet, or only the Sandbox of an earlier scripts/run
        window.showPage(MainWindow::Profiles);
    window.show();
    return app.exec();
}
