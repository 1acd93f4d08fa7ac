// enrolldesk-screenshots --sandbox URL --out DIR [--language CODE]: builds the console's main window as
// ui/main.cpp does (with a memory secret store, so no keychain is touched), fills each main page the way a
// person would, waits for the sandbox's answers and saves a PNG of the window per page into DIR.
// scripts/screenshots starts the sandbox and runs this once per language.

#include "appcontext.h"
#include "bulkpage.h"
#include "mainwindow.h"
#include "policypicker.h"
#include "profilespage.h"
#include "resultview.h"
#include "secretstore.h"
#include "singletokenpage.h"
#include "tokensettingseditor.h"
#include "tokenspage.h"
#include "tokenstablemodel.h"
#include "uilanguage.h"
#include "userpicker.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QCompleter>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QPalette>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>
#include <functional>

namespace {

QString g_outDir;
int g_failures = 0;

void note(const QString& text)
{
    std::fprintf(stderr, "screenshots: %s\n", qUtf8Printable(text));
}

// Serves events until `done` holds or `ms` pass.
bool waitFor(const std::function<bool()>& done, int ms = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

void check(bool ok, const char* what)
{
    if (!ok) {
        ++g_failures;
        note(QStringLiteral("timed out: ") + QLatin1StringView(what));
    }
}

void save(QWidget* window, const QString& name)
{
    QTest::qWait(400); // let animations, debounced labels and repaints settle
    const QString path = QDir(g_outDir).filePath(name + QStringLiteral(".png"));
    // Opaque RGB, most compression: the files go into the repository.
    const QImage image = window->grab().toImage().convertToFormat(QImage::Format_RGB888);
    if (!image.save(path, "PNG", 0)) {
        ++g_failures;
        note(QStringLiteral("cannot write ") + path);
        return;
    }
    note(QStringLiteral("wrote ") + path);
}

// Types part of a name and takes the first match from the list with the keyboard.
void pickUser(SingleTokenPage* page, const QString& text)
{
    auto* picker = page->findChild<UserPicker*>(QStringLiteral("userPicker"));
    picker->lineEdit()->setFocus();
    QSignalSpy searched(picker, &UserPicker::searchFinished);
    QTest::keyClicks(picker->lineEdit(), text);
    check(searched.wait(10000), "user search");
    check(waitFor([picker] { return picker->completer()->popup()->isVisible(); }), "user list");
    QTest::keyClick(picker->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(picker->completer()->popup(), Qt::Key_Return);
    check(waitFor([picker] { return !picker->userId().isEmpty(); }), "user pick");
}

// Waits for the policies and picks the first real one.
void pickPolicy(QWidget* page)
{
    auto* policy = page->findChild<PolicyPicker*>();
    check(waitFor([policy] { return !policy->isLoading() && policy->count() > 1; }), "policies");
    for (int i = 0; i < policy->count(); ++i) {
        if (!policy->itemData(i).toString().isEmpty() || i == policy->count() - 1) {
            policy->setCurrentIndex(i);
            break;
        }
    }
}

void fillSettings(QWidget* page, const QString& displayName, const QStringList& tags, bool sendEmail)
{
    auto* editor = page->findChild<TokenSettingsEditor*>();
    pickPolicy(page);
    TokenSettings settings = editor->settings();
    settings.displayName = displayName;
    settings.tags = tags;
    settings.sendEmail = sendEmail;
    editor->setSettings(settings);
}

EnrollmentToken createToken(SingleTokenPage* page)
{
    EnrollmentToken token;
    const QMetaObject::Connection connection = QObject::connect(
        page, &SingleTokenPage::tokenCreated, [&token](const EnrollmentToken& created) { token = created; });
    page->create();
    check(waitFor([&token] { return !token.id.isEmpty(); }), "token create");
    QObject::disconnect(connection);
    auto* result = page->findChild<ResultView*>(QStringLiteral("resultView"));
    check(waitFor([result] {
              return result->qrSource() != ResultView::QrSource::Loading &&
                     result->qrSource() != ResultView::QrSource::None;
          }),
          "QR code");
    return token;
}

EnrollmentToken windowsPages(MainWindow* window)
{
    window->showPage(MainWindow::WindowsToken);
    SingleTokenPage* page = window->windowsPage();
    pickUser(page, QStringLiteral("olga"));
    fillSettings(page, QStringLiteral("Olga's ThinkPad"), {QStringLiteral("finance"), QStringLiteral("emea")},
                 true);
    save(window, QStringLiteral("windows-token"));
    const EnrollmentToken token = createToken(page);
    save(window, QStringLiteral("windows-token-result"));
    return token;
}

void bulkPages(MainWindow* window)
{
    window->showPage(MainWindow::WindowsBulk);
    BulkPage* page = window->bulkPage();
    const QStringList lines{
        QStringLiteral("ana.garcia@acme.example"),
        QStringLiteral("Wei Zhang <wei.zhang@acme.example>"),
        QStringLiteral("priya.raman@acme.example, jurgen.schafer@acme.example"),
        QStringLiteral("ANA.GARCIA@acme.example"),
        QStringLiteral("mei.tanaka@acme.example"),
        QStringLiteral("noah.williams@acme"),
        QStringLiteral("emma.johnson@acme.example"),
        QStringLiteral("liam.smith@@acme.example"),
        QStringLiteral("sofia.rossi@acme.example"),
        QStringLiteral("mateo.fernandez@acme.example"),
        QStringLiteral("kwame.mensah@acme.example"),
        QStringLiteral("call Ingrid about her laptop"),
        QStringLiteral("ingrid.johansson@acme.example"),
        QStringLiteral("bjorn.lindqvist@acme.example"),
    };
    fillSettings(page, {}, {QStringLiteral("rollout-2026")}, false);
    page->setBatchSize(4);
    page->setText(lines.join(QLatin1Char('\n')));
    check(waitFor([page] { return !page->isAnalysing() && page->isAnalysisCurrent(); }), "analysis");
    page->send();
    check(waitFor([page] { return page->isConfirming(); }), "confirmation bar");
    save(window, QStringLiteral("windows-bulk-confirm"));
    QSignalSpy finished(page, &BulkPage::runFinished);
    page->confirmSend();
    check(finished.wait(60000), "bulk run");
    save(window, QStringLiteral("windows-bulk-run"));
}

void androidPage(MainWindow* window)
{
    window->showPage(MainWindow::AndroidToken);
    SingleTokenPage* page = window->androidPage();
    pickUser(page, QStringLiteral("chlo"));
    if (auto* mode = page->findChild<QRadioButton*>(QStringLiteral("mode_DEVICE_OWNER")))
        mode->setChecked(true);
    fillSettings(page, QStringLiteral("Chloé's Pixel"), {QStringLiteral("field")}, false);
    save(window, QStringLiteral("android-token"));
    createToken(page);
    save(window, QStringLiteral("android-token-result"));
}

void tokensPages(MainWindow* window, const EnrollmentToken& token)
{
    TokensPage* page = window->tokensPage();
    QSignalSpy loaded(page, &TokensPage::loadFinished);
    window->showPage(MainWindow::Tokens);
    check(loaded.wait(15000) || (!page->isLoading() && page->model()->rowCount() > 0), "token list");
    save(window, QStringLiteral("tokens"));
    if (!token.id.isEmpty()) {
        page->showToken(token);
        check(waitFor([page] { return page->isDetailsVisible(); }), "token details");
        save(window, QStringLiteral("tokens-details"));
        page->closeDetails();
    }
}

void profilesPage(MainWindow* window)
{
    window->showPage(MainWindow::Profiles);
    ProfilesPage* page = window->profilesPage();
    check(waitFor([page] {
              return page->selectedKeyState() != AppContext::KeyState::Unknown && !page->isBusy();
          }),
          "key state");
    QSignalSpy tested(page, &ProfilesPage::connectionTested);
    page->testConnection();
    check(tested.wait(15000), "test connection");
    save(window, QStringLiteral("profiles"));
}

// Roughly what KDE's Breeze Dark or a dark GNOME theme hands Qt: the console does not set colours of its
// own beyond status text and badges, so this shows whether those stay readable.
QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1e, 0x1e, 0x20), text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x90));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4f));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x40));
    palette.setColor(QPalette::Mid, QColor(0x24, 0x24, 0x27));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7a, 0x7e));
    return palette;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppContext::identifyApplication();

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"), QStringLiteral("The sandbox's base URL."),
                                     QStringLiteral("URL"));
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("Interface language."),
                                      QStringLiteral("CODE"), QStringLiteral("en"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder for the PNGs."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size (default 1180x780)."),
                                  QStringLiteral("WxH"), QStringLiteral("1180x780"));
    const QCommandLineOption dark(QStringLiteral("dark"),
                                  QStringLiteral("A dark palette, as a dark desktop theme would give."));
    parser.addOptions({sandbox, language, out, size, dark});
    parser.process(app);
    if (!parser.isSet(sandbox) || !parser.isSet(out)) {
        note(QStringLiteral("--sandbox and --out are required"));
        return 2;
    }
    g_outDir = parser.value(out);
    QDir().mkpath(g_outDir);

    if (parser.isSet(dark))
        QApplication::setPalette(darkPalette());

    QSettings settings; // under the script's temporary XDG_CONFIG_HOME
    UiLanguage::apply(parser.value(language));
    MemorySecretStore secrets;
    AppContext context(&settings, &secrets);
    context.setSandbox(QUrl(parser.value(sandbox)), QByteArrayLiteral("sandbox"));

    MainWindow window(&context);
    context.activateProfile(QString::fromLatin1(ProfileStore::kSandboxId));
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    window.resize(wh.value(0).toInt() > 0 ? wh.value(0).toInt() : 1180,
                  wh.value(1).toInt() > 0 ? wh.value(1).toInt() : 780);
    window.show();
    check(QTest::qWaitForWindowExposed(&window), "window");
    window.activateWindow();
    check(waitFor([&context] { return context.keyState() == AppContext::KeyState::Present; }), "API key");

    const EnrollmentToken token = windowsPages(&window);
    bulkPages(&window);
    androidPage(&window);
    tokensPages(&window, token);
    profilesPage(&window);

    if (g_failures)
        note(QString::number(g_failures) + QStringLiteral(" step(s) timed out; see above"));
    return g_failures ? 1 : 0;
}
