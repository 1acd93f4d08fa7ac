// Alt+letter must lead to one place: on each page, in each language, no two visible controls (menu bar
// titles, buttons, check boxes, labels with a buddy, group boxes) share an accelerator letter; also on
// the bulk page after a run, on the Profiles page in the states it does not open in, and on a created
// token's result and the Tokens page's details of it. Within the Token menu, one entry per letter.

#include "appcontext.h"
#include "bulkpage.h"
#include "bulkrunner.h"
#include "mainwindow.h"
#include "profiles.h"
#include "profilespage.h"
#include "resultview.h"
#include "sandboxconsole.h"
#include "sandboxprocess.h"
#include "secretstore.h"
#include "singletokenpage.h"
#include "tokenspage.h"
#include "uilanguage.h"
#include "userpicker.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The letter after a single '&' ("&&" is a literal ampersand), lower-cased; null when there is none.
QChar accelerator(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// The text as a menu shows it: "&x" is x underlined, "&&" an "&"; a CJK "(&X)" suffix is not shown.
QString withoutMnemonic(const QString& text)
{
    static const QRegularExpression cjkSuffix(QStringLiteral("\\(&[^&]\\)$"));
    QString shown = QString(text).remove(cjkSuffix);
    QString out;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (shown[i] == u'&' && i + 1 < shown.size())
            ++i; // the next character is shown: the letter, or the second "&" of "&&"
        out += shown[i];
    }
    return out;
}

QString describe(const QWidget* widget, const QString& text)
{
    return QStringLiteral("%1 '%2' (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             QString(text).remove(u'&'));
}

QStringList clashesOf(const QMultiHash<QChar, QString>& owners)
{
    QStringList clashes;
    for (const QChar letter : owners.uniqueKeys()) {
        const QStringList places = owners.values(letter);
        if (places.size() > 1)
            clashes << QStringLiteral("Alt+%1: %2").arg(letter.toUpper(), places.join(QStringLiteral(", ")));
    }
    return clashes;
}

// Every letter that leads to more than one visible control of the window.
QStringList clashesIn(QMainWindow& window)
{
    QMultiHash<QChar, QString> owners;
    const auto note = [&owners](const QWidget* widget, const QString& text) {
        const QChar letter = accelerator(text);
        if (!letter.isNull())
            owners.insert(letter, describe(widget, text));
    };
    for (const QAction* menu : window.menuBar()->actions())
        note(window.menuBar(), menu->text());
    for (const QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(&window) || widget->window() != &window)
            continue;
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            note(button, button->text());
        else if (const auto* label = qobject_cast<const QLabel*>(widget); label && label->buddy())
            note(label, label->text());
        else if (const auto* group = qobject_cast<const QGroupBox*>(widget))
            note(group, group->title());
    }
    return clashesOf(owners);
}

// Every letter that leads to more than one entry of the menu (disabled ones included: they are enabled
// in other states of the page).
QStringList clashesIn(const QMenu* menu)
{
    QMultiHash<QChar, QString> owners;
    for (const QAction* action : menu->actions()) {
        if (const QChar letter = accelerator(action->text()); !letter.isNull())
            owners.insert(letter, QString(action->text()).remove(u'&').section(u'\t', 0, 0));
    }
    return clashesOf(owners);
}

// The console in one language against the sandbox, with a settings file of its own.
struct ConsoleInLanguage
{
    ConsoleInLanguage(const QString& code, const QString& settingsPath, const QUrl& sandbox,
                      MainWindow::Page page)
        // The language before anything is built: the window translates its texts as it builds them.
        : settings((UiLanguage::apply(code), settingsPath), QSettings::IniFormat)
        , console(&settings, sandbox)
        , window(*console.window)
    {
        window.showPage(page);
    }

    QSettings settings;
    SandboxConsole console;
    MainWindow& window;
};

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

    // A settings file no other case uses.
    QString settingsPath(const QString& code, QStringView which) const
    {
        return m_dir.filePath(code + u'-' + which + u".ini");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start());
    }

    void cleanupTestCase() { UiLanguage::apply(QStringLiteral("en")); }

    void oneControlPerLetter_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("page");
        for (const QString& code : UiLanguage::available()) {
            for (int page = 0; page < MainWindow::PageCount; ++page)
                QTest::addRow("%s page %d", qPrintable(code), page + 1) << code << page;
        }
    }

    void oneControlPerLetter()
    {
        QFETCH(QString, code);
        QFETCH(int, page);
        ConsoleInLanguage opened(code, settingsPath(code, QString::number(page)), m_sandbox.baseUrl(),
                                 MainWindow::Page(page));
        QVERIFY(opened.console.showAndWaitForKey());

        const QStringList clashes = clashesIn(opened.window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));

        // The Token menu, filled as it opens (empty on the Profiles page).
        auto* tokenMenu = opened.window.findChild<QMenu*>(QStringLiteral("tokenMenu"));
        QVERIFY(tokenMenu);
        Q_EMIT tokenMenu->aboutToShow();
        QCOMPARE(tokenMenu->isEmpty(), page == MainWindow::Profiles);
        const QStringList menuClashes = clashesIn(tokenMenu);
        QVERIFY2(menuClashes.isEmpty(), qPrintable(menuClashes.join(u'\n')));

        // The Go menu: a letter for every page, each once.
        auto* goMenu = opened.window.findChild<QMenu*>(QStringLiteral("goMenu"));
        QVERIFY(goMenu);
        // ...and the navigation's name of that page (a lone "&" in a name would have become a mnemonic).
        auto* navigation = opened.window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(goMenu->actions().size(), navigation->count());
        for (int i = 0; i < navigation->count(); ++i) {
            const QString entry = goMenu->actions().at(i)->text();
            QVERIFY2(!accelerator(entry).isNull(), qPrintable(entry));
            // Spaces aside: the name's line break is a space in most languages, nothing in Chinese.
            QCOMPARE(withoutMnemonic(entry).remove(u' '),
                     navigation->item(i)->text().remove(u'\n').remove(u' '));
        }
        const QStringList goClashes = clashesIn(goMenu);
        QVERIFY2(goClashes.isEmpty(), qPrintable(goClashes.join(u'\n')));
    }

    // A label's Alt+letter takes the focus to its field, also when the field is made of several widgets
    // (the user picker, the duration, the management modes, the policy assignments): Qt's label leaves a
    // buddy without a focus policy of its own alone, whatever its focus proxy.
    void everyLabelLeadsToItsField_data()
    {
        QTest::addColumn<int>("page");
        for (int page = 0; page < MainWindow::PageCount; ++page)
            QTest::addRow("page %d", page + 1) << page;
    }

    void everyLabelLeadsToItsField()
    {
        QFETCH(int, page);
        const QString code = QStringLiteral("en");
        ConsoleInLanguage opened(code, settingsPath(code, QString(u"buddies" + QString::number(page))),
                                 m_sandbox.baseUrl(), MainWindow::Page(page));
        QVERIFY(opened.console.showAndWaitForKey());
        QApplication::setActiveWindow(&opened.window);
        QVERIFY(QTest::qWaitForWindowActive(&opened.window));
        auto* navigation = opened.window.findChild<QWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        int tried = 0;
        for (const QLabel* label : opened.window.findChildren<QLabel*>()) {
            QWidget* field = label->buddy();
            const QChar letter = accelerator(label->text());
            if (!field || letter.isNull() || !label->isVisibleTo(&opened.window) || !field->isEnabled())
                continue;
            while (field->focusProxy())
                field = field->focusProxy();
            navigation->setFocus();
            QTest::keyClick(&opened.window, letter.toLatin1(), Qt::AltModifier);
            QVERIFY2(QApplication::focusWidget() == field,
                     qPrintable(describe(label, label->text()) + QStringLiteral(": focus on ") +
                                (QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                             : QStringLiteral("nothing"))));
            ++tried;
        }
        QVERIFY(tried > 0);
    }

    // The bulk page after a run, with the confirmation of the next one open: the Send button, the run's
    // buttons and the confirmation bar are all visible then, which the page as it opens does not show.
    void bulkPageAfterARun_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString& code : UiLanguage::available())
            QTest::addRow("%s", qPrintable(code)) << code;
    }

    void bulkPageAfterARun()
    {
        QFETCH(QString, code);
        ConsoleInLanguage opened(code, settingsPath(code, u"bulk"), m_sandbox.baseUrl(),
                                 MainWindow::WindowsBulk);
        QVERIFY(opened.console.showAndWaitForKey());
        BulkPage* bulk = opened.window.bulkPage();
        bulk->setText(QStringLiteral("ana@example.com\nbruno@example.com\n"));
        QTRY_VERIFY_WITH_TIMEOUT(bulk->isAnalysisCurrent() && !bulk->isAnalysing(), 10000);
        bulk->send();
        bulk->confirmSend();
        QTRY_VERIFY_WITH_TIMEOUT(bulk->runner()->hasRun() && !bulk->runner()->isRunning(), 10000);
        bulk->send();
        QVERIFY(bulk->isConfirming());
        const QStringList clashes = clashesIn(opened.window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    // A run stopped before its last batch: "Send the rest" is shown then, and only then.
    void bulkPageAfterAStoppedRun_data() { bulkPageAfterARun_data(); }

    void bulkPageAfterAStoppedRun()
    {
        QFETCH(QString, code);
        ConsoleInLanguage opened(code, settingsPath(code, u"stopped"), m_sandbox.baseUrl(),
                                 MainWindow::WindowsBulk);
        QVERIFY(opened.console.showAndWaitForKey());
        BulkPage* bulk = opened.window.bulkPage();
        bulk->findChild<QSpinBox*>(QStringLiteral("batchSizeSpin"))->setValue(1);
        bulk->setText(QStringLiteral("ana@example.com\nbruno@example.com\ncarla@example.com\n"));
        QTRY_VERIFY_WITH_TIMEOUT(bulk->isAnalysisCurrent() && !bulk->isAnalysing(), 10000);
        QVERIFY(m_sandbox.injectFault(QJsonObject{{QStringLiteral("type"), QStringLiteral("slow")},
                                                  {QStringLiteral("pathContains"), QStringLiteral("bulk")},
                                                  {QStringLiteral("delayMs"), 300}}));
        bulk->send();
        bulk->confirmSend();
        QVERIFY(bulk->runner()->isRunning());
        bulk->cancelRun();
        QTRY_VERIFY_WITH_TIMEOUT(!bulk->runner()->isRunning(), 10000);
        QVERIFY(m_sandbox.clearFaults());
        auto* resume = bulk->findChild<QPushButton*>(QStringLiteral("resumeButton"));
        QVERIFY(resume && resume->isVisibleTo(&opened.window));
        // Without a letter on the page, it has one in the page's menu.
        const QList<PageCommand> commands = bulk->commands();
        QVERIFY(std::any_of(commands.begin(), commands.end(), [&](const PageCommand& command) {
            // "发送其余批次(&R)" is the button's "发送其余批次" with a letter
            const QString plain =
                QString(command.text).remove(QRegularExpression(QStringLiteral("\\(&.\\)"))).remove(u'&');
            return plain == resume->text() && !accelerator(command.text).isNull() && command.available();
        }));
        const QStringList clashes = clashesIn(opened.window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    // The Profiles page in the states it does not open in: a profile whose key is in the keychain ("Remove
    // key"), after "Test connection" (the organizations and "Use selected organization"), and without a
    // keychain (its banner and "Check the keychain again").
    void profilesPageInEveryState_data() { bulkPageAfterARun_data(); }

    void profilesPageInEveryState()
    {
        QFETCH(QString, code);
        ConsoleInLanguage opened(code, settingsPath(code, u"profiles"), m_sandbox.baseUrl(),
                                 MainWindow::Profiles);
        SandboxConsole& console = opened.console;
        MainWindow& window = opened.window;
        Profile acme;
        acme.name = QStringLiteral("Acme");
        acme.organization = SandboxProcess::organizationSlug();
        acme.baseUrl = m_sandbox.baseUrl();
        const QString id = console.context.profiles()->add(acme);
        bool written = false;
        console.secrets.write(id, SandboxProcess::apiKey(), nullptr,
                              [&written](const SecretStore::Result& result) { written = result.ok(); });
        QTRY_VERIFY(written);
        QVERIFY(console.showAndWaitForKey());
        ProfilesPage* page = window.profilesPage();
        const auto visible = [page](const char* name) {
            const auto* button = page->findChild<QPushButton*>(QLatin1StringView(name));
            return button && button->isVisible();
        };

        page->selectProfile(id);
        QTRY_VERIFY(visible("removeKeyButton"));
        QSignalSpy tested(page, &ProfilesPage::connectionTested);
        page->testConnection();
        QVERIFY(tested.wait(10000));
        QVERIFY(tested.first().first().toBool());
        QTRY_VERIFY(visible("useOrganizationButton"));
        QVERIFY(visible("removeKeyButton"));
        QStringList clashes = clashesIn(window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));

        console.secrets.setSimulatedStatus(SecretStore::Status::NoKeychain);
        page->retryKeychain();
        QTRY_VERIFY(visible("retryKeychainButton"));
        QVERIFY(visible("testConnectionButton"));
        clashes = clashesIn(window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    // A created token's result (its copy, save and full-screen buttons) on the token page, and the same
    // token's details on the Tokens page: screens no page opens in.
    void tokenResultAndDetails_data() { bulkPageAfterARun_data(); }

    void tokenResultAndDetails()
    {
        QFETCH(QString, code);
        ConsoleInLanguage opened(code, settingsPath(code, u"result"), m_sandbox.baseUrl(),
                                 MainWindow::WindowsToken);
        QVERIFY(opened.console.showAndWaitForKey());
        SingleTokenPage* page = opened.window.windowsPage();
        auto* picker = page->findChild<UserPicker*>(QStringLiteral("userPicker"));
        QVERIFY(picker);
        picker->setUserId(m_sandbox.users().first().toObject().value(QLatin1StringView("id")).toString());
        QSignalSpy created(page, &SingleTokenPage::tokenCreated);
        QTRY_VERIFY(page->findChild<QPushButton*>(QStringLiteral("createButton"))->isEnabled());
        page->create();
        QVERIFY(created.wait(10000));
        QTRY_VERIFY(page->findChild<ResultView*>(QStringLiteral("resultView"))->isVisible());
        QStringList clashes = clashesIn(opened.window);
        for (QString& clash : clashes)
            clash.prepend(u"result: ");

        opened.window.tokensPage()->showToken(created.first().first().value<EnrollmentToken>());
        opened.window.showPage(MainWindow::Tokens);
        QTRY_VERIFY(opened.window.tokensPage()
                        ->findChild<ResultView*>(QStringLiteral("tokenResultView"))
                        ->isVisible());
        for (const QString& clash : clashesIn(opened.window))
            clashes << u"details: " + clash;
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }
};

QTEST_MAIN(TestMnemonics)
#include "test_mnemonics.moc"
