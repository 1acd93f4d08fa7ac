// The console's translations: every embedded catalogue loads; Spanish reaches both the core's messages
// and the widgets; whatever a catalogue lacks falls back to English, never to an empty label; every
// translation keeps the source's placeholders and mnemonic; the default QLocale follows the interface
// language; the Language menu stores the choice; and in Spanish and German no text is cut at the
// window's default size. With ENROLLDESK_SCREENSHOTS=<dir>, that last test also saves each page as PNG.

#include "apiclient.h"
#include "appcontext.h"
#include "duration.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "resultview.h"
#include "sandboxprocess.h"
#include "secretstore.h"
#include "singletokenpage.h"
#include "tokenspage.h"
#include "uilanguage.h"
#include "userpicker.h"
#include "validation.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QStringList kShipped{QStringLiteral("en"),    QStringLiteral("es"), QStringLiteral("de"),
                           QStringLiteral("fr"),    QStringLiteral("it"), QStringLiteral("pt"),
                           QStringLiteral("zh_CN"), QStringLiteral("ru")};

QString tsPath(const QString& code)
{
    return QStringLiteral(ENROLLDESK_TEST_DATA "/../../translations/enrolldesk_") + code + u".ts";
}

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;
    QStringList translations; // one, or the numerus forms
};

QList<TsMessage> readTs(const QString& path, QString* error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1StringView("message")) {
            messages << message;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1StringView("message")) {
            message = TsMessage{};
            message.context = context;
            message.numerus =
                xml.attributes().value(QLatin1StringView("numerus")) == QLatin1StringView("yes");
        } else if (name == QLatin1StringView("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1StringView("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1StringView("translation")) {
            message.finished = xml.attributes().value(QLatin1StringView("type")).isEmpty();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText();
            } else {
                message.translations << xml.readElementText();
            }
        } else if (name == QLatin1StringView("location") || name == QLatin1StringView("extracomment") ||
                   name == QLatin1StringView("translatorcomment")) {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// %1…%99, %n, %Ln, %L1: what arg() and tr()'s plural fill in.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found << match.captured(1);
    found.sort();
    found.removeDuplicates();
    return found;
}

// The text without HTML entities ("&lt;") and "&&": what is left of its "&"s are mnemonics or lone.
QString withoutEntities(const QString& text)
{
    static const QRegularExpression entity(QStringLiteral("&[a-zA-Z]+;|&#\\d+;|&&"));
    return QString(text).remove(entity);
}

// Mnemonics: "&" before a letter or digit, not "&&" and not an HTML entity.
int mnemonics(const QString& text)
{
    static const QRegularExpression mnemonic(QStringLiteral("&[\\p{L}\\p{N}]"));
    return int(withoutEntities(text).count(mnemonic));
}

// "&"s that are neither a mnemonic, "&&" nor an entity: a menu, button or buddy label would take
// one for a mnemonic marker and hide it ("Profiles & API key" showed as "Profiles  API key").
int loneAmpersands(const QString& text)
{
    static const QRegularExpression lone(QStringLiteral("&(?![\\p{L}\\p{N}])"));
    return int(withoutEntities(text).count(lone));
}

// Text that does not fit its widget at its current size. Scroll areas and word-wrapped labels grow in
// height, so for those the height is what must fit.
QStringList clippedTexts(QWidget* root)
{
    QStringList clipped;
    const auto describe = [](QWidget* widget, const QString& text) -> QString {
        return QLatin1StringView(widget->metaObject()->className()) + u" '" + widget->objectName() + u"' \"" +
               text.left(60) + u'"';
    };
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty() || label->pixmap().cacheKey() != 0)
            continue;
        if (label->wordWrap()) {
            if (label->heightForWidth(label->width()) > label->height() + 1)
                clipped << describe(label, label->text());
        } else if (label->minimumSizeHint().width() > label->width() + 1) {
            clipped << describe(label, label->text());
        }
    }
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (!button->isVisible() || button->text().isEmpty())
            continue;
        // Icon-only tool buttons (a line edit's "show the key") keep their text for screen readers.
        if (auto* tool = qobject_cast<QToolButton*>(button);
            tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            continue;
        if (button->sizeHint().width() > button->width() + 1)
            clipped << describe(button, button->text());
    }
    for (QGroupBox* group : root->findChildren<QGroupBox*>()) {
        if (group->isVisible() && group->minimumSizeHint().width() > group->width() + 1)
            clipped << describe(group, group->title());
    }
    return clipped;
}

// A form in a scroll area scrolls down, never sideways: a horizontal bar means it is cut.
QStringList sidewaysForms(QWidget* root)
{
    QStringList found;
    for (QScrollArea* area : root->findChildren<QScrollArea*>()) {
        // The Tokens page's details panel scrolls by design rather than squeeze the table.
        if (area->objectName() == QLatin1StringView("tokenResultScroll"))
            continue;
        if (area->isVisible() && area->widgetResizable() && area->horizontalScrollBar()->isVisible())
            found << QLatin1StringView("QScrollArea '") + area->objectName() + u"' \"" +
                         area->accessibleName() + u"\" scrolls sideways: its form is wider than the column";
    }
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup() { UiLanguage::apply(QStringLiteral("en")); }

    void catalogueLoads_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString& code : kShipped)
            QTest::newRow(qPrintable(code)) << code;
    }

    void catalogueLoads()
    {
        QFETCH(QString, code);
        QVERIFY(UiLanguage::available().contains(code));
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/enrolldesk_" + code + u".qm"));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language(), code);
        QCOMPARE(UiLanguage::apply(code), code);
        QCOMPARE(UiLanguage::current(), code);
    }

    // Every finished entry of the .ts is in the .qm with its text; every unfinished one is left out, so
    // the English source shows instead of an empty label. Translations keep placeholders and mnemonics.
    void everyEntryTranslatedOrFallsBack_data() { catalogueLoads_data(); }

    void everyEntryTranslatedOrFallsBack()
    {
        QFETCH(QString, code);
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(code), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QTranslator translator;
        QVERIFY(translator.load(u":/i18n/enrolldesk_" + code + u".qm"));

        QStringList problems;
        int finished = 0;
        for (const TsMessage& message : messages) {
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QByteArray comment = message.comment.toUtf8();
            const QString where = message.context + u": \"" + message.source + u'"';
            if (!message.finished) {
                if (!translator
                         .translate(context.constData(), source.constData(),
                                    comment.isEmpty() ? nullptr : comment.constData(), 1)
                         .isEmpty())
                    problems << u"unfinished but loaded: " + where;
                continue;
            }
            ++finished;
            for (int n : {1, 2, 5, 21}) {
                const QString text = translator.translate(context.constData(), source.constData(),
                                                          comment.isEmpty() ? nullptr : comment.constData(),
                                                          message.numerus ? n : -1);
                if (text.isEmpty()) {
                    problems << u"finished but empty: " + where;
                    break;
                }
                if (!message.numerus)
                    break;
            }
            // Where the first form is for one alone: Russian's is also 21, 31…, French's and Brazilian
            // Portuguese's also 0, Chinese has one form for every count.
            const bool firstFormIsOne = code == u"de" || code == u"en" || code == u"es" || code == u"it";
            for (qsizetype form = 0; form < message.translations.size(); ++form) {
                const QString& translation = message.translations.at(form);
                QStringList expected = placeholders(message.source);
                QStringList got = placeholders(translation);
                // A singular form may spell the one out ("un día") where the source has %n; no other.
                if (message.numerus && form == 0 && firstFormIsOne && !got.contains(QLatin1StringView("n")))
                    expected.removeAll(QStringLiteral("n"));
                if (expected != got)
                    problems << u"placeholders " + got.join(u',') + u" instead of " + expected.join(u',') +
                                    u": " + where;
                if (mnemonics(message.source) != mnemonics(translation))
                    problems << u"mnemonic lost or added: " + where + u" → \"" + translation + u'"';
                // "&&" may become a word ("y", "et"), not a lone "&".
                if (loneAmpersands(translation) > loneAmpersands(message.source))
                    problems << u"lone \"&\" (write \"&&\"): " + where + u" → \"" + translation + u'"';
            }
        }
        qInfo("%s: %d of %d entries finished", qPrintable(code), finished, int(messages.size()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // English is the source: its catalogue only turns "%n day(s)" into "1 day" / "2 days".
    void englishPluralForms_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one day") << qint64(86400) << QStringLiteral("1 day");
        QTest::newRow("two days") << qint64(2 * 86400) << QStringLiteral("2 days");
        QTest::newRow("one hour") << qint64(3600) << QStringLiteral("1 hour");
        QTest::newRow("90 minutes") << qint64(5400) << QStringLiteral("1 hour 30 minutes");
    }

    void englishPluralForms()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(UiLanguage::apply(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(Duration::toHuman(seconds), expected);
    }

    void spanishReachesCoreAndWidgets()
    {
        QCOMPARE(UiLanguage::apply(QStringLiteral("es")), QStringLiteral("es"));
        // The core's messages (shown by the forms).
        QCOMPARE(Validation::checkUserId(QString()), QStringLiteral("Usuario: elija un usuario de MDM."));
        QCOMPARE(Duration::toHuman(2 * 86400 + 3600), QStringLiteral("2 días 1 hora"));
        // A form built after the change.
        QSettings settings(m_dir.filePath(QStringLiteral("es.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        AppContext context(&settings, &secrets);
        SingleTokenPage page(Platform::Windows, &context);
        auto* create = page.findChild<QPushButton*>(QStringLiteral("createButton"));
        QVERIFY(create);
        QCOMPARE(create->text(), QStringLiteral("&Crear token"));
        // Back to English: the same calls give the source again.
        UiLanguage::apply(QStringLiteral("en"));
        QCOMPARE(Validation::checkUserId(QString()), QStringLiteral("User: choose an MDM user."));
    }

    void defaultLocaleFollowsTheLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<QString>("march");
        QTest::newRow("de") << QStringLiteral("de") << QLocale::German << QStringLiteral("März");
        QTest::newRow("es") << QStringLiteral("es") << QLocale::Spanish << QStringLiteral("marzo");
        QTest::newRow("fr") << QStringLiteral("fr") << QLocale::French << QStringLiteral("mars");
        QTest::newRow("en") << QStringLiteral("en") << QLocale::English << QStringLiteral("March");
    }

    void defaultLocaleFollowsTheLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QLocale::Language, language);
        QFETCH(QString, march);
        UiLanguage::apply(code);
        QCOMPARE(QLocale().language(), language);
        const QString date = QLocale().toString(QDate(2030, 3, 5), QLocale::LongFormat);
        QVERIFY2(date.contains(march), qPrintable(date));
        if (language == QLocale::German)
            QCOMPARE(QLocale().toString(1234567.5, 'f', 1), QStringLiteral("1.234.567,5"));
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("chosen") << QStringLiteral("de") << QStringLiteral("es_ES") << QStringLiteral("de");
        QTest::newRow("chosen with region")
            << QStringLiteral("de_AT") << QStringLiteral("C") << QStringLiteral("de");
        QTest::newRow("chosen BCP 47")
            << QStringLiteral("pt-BR") << QStringLiteral("C") << QStringLiteral("pt");
        QTest::newRow("simplified chinese")
            << QStringLiteral("zh_CN") << QStringLiteral("C") << QStringLiteral("zh_CN");
        QTest::newRow("traditional chinese")
            << QStringLiteral("zh_TW") << QStringLiteral("C") << QStringLiteral("en");
        QTest::newRow("unknown") << QStringLiteral("xx") << QStringLiteral("es_ES") << QStringLiteral("en");
        QTest::newRow("system spanish") << QString() << QStringLiteral("es_MX") << QStringLiteral("es");
        QTest::newRow("system portuguese") << QString() << QStringLiteral("pt_PT") << QStringLiteral("pt");
        QTest::newRow("system C") << QString() << QStringLiteral("C") << QStringLiteral("en");
        QTest::newRow("system without translation")
            << QString() << QStringLiteral("ja_JP") << QStringLiteral("en");
    }

    void resolve()
    {
        QFETCH(QString, code);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(UiLanguage::resolve(code, QLocale(system)), expected);
    }

    void nativeNames_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Español");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Deutsch");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("简体中文");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Русский");
    }

    void nativeNames()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QCOMPARE(UiLanguage::nativeName(code), expected);
    }

    // The menu stores the choice; a language other than the running one is announced for the next start
    // in a message box that does not block.
    void languageMenuStoresTheChoice()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("menu.ini")), QSettings::IniFormat);
        settings.clear();
        QWidget window;
        auto* menu = new LanguageMenu(&settings, &window);
        QCOMPARE(menu->chosen(), QString());
        QList<QAction*> choices;
        for (QAction* action : menu->actions()) {
            if (!action->isSeparator())
                choices << action;
        }
        QCOMPARE(choices.size(), UiLanguage::available().size() + 1);
        QVERIFY(choices.first()->isChecked()); // follows the system

        auto* spanish = menu->findChild<QAction*>(QStringLiteral("language_es"));
        QVERIFY(spanish);
        QCOMPARE(spanish->text(), QStringLiteral("Español"));
        spanish->trigger();
        QCOMPARE(settings.value(QLatin1StringView(LanguageMenu::kSettingsKey)).toString(),
                 QStringLiteral("es"));
        QVERIFY(spanish->isChecked());
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("languageRestartBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("Español")), qPrintable(box->text()));
        box->close();

        choices.first()->trigger();
        QVERIFY(!settings.contains(QLatin1StringView(LanguageMenu::kSettingsKey)));
        QCOMPARE(menu->chosen(), QString());
    }

    // The shortcut list (F1) names each language's own Alt letters, those of the labels on screen: a
    // list that copied the English ones sent German users to the e-mail check box (Alt+M).
    void shortcutListNamesTheLabelsLetters_data() { catalogueLoads_data(); }
    void shortcutListNamesTheLabelsLetters()
    {
        QFETCH(QString, code);
        UiLanguage::apply(code);
        QSettings settings(m_dir.filePath(code + u"-shortcuts.ini"), QSettings::IniFormat);
        settings.clear();
        MemorySecretStore secrets;
        AppContext context(&settings, &secrets);
        MainWindow window(&context);
        window.showPage(MainWindow::AndroidToken);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QString modeKey;
        for (QLabel* label : window.androidPage()->findChildren<QLabel*>()) {
            if (label->buddy() && label->buddy()->findChild<QRadioButton*>())
                modeKey = QKeySequence::mnemonic(label->text()).toString(QKeySequence::NativeText);
        }
        QString goKey;
        for (QAction* menu : window.menuBar()->actions()) {
            if (menu->menu() && !menu->menu()->actions().isEmpty() &&
                menu->menu()->actions().constFirst()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_1))
                goKey = QKeySequence::mnemonic(menu->text()).toString(QKeySequence::NativeText);
        }
        QVERIFY(!modeKey.isEmpty());
        QVERIFY(!goKey.isEmpty());

        QTest::keyClick(&window, Qt::Key_F1);
        QMessageBox* list = nullptr;
        QTRY_VERIFY((list = window.findChild<QMessageBox*>()) && list->isVisible());
        QVERIFY2(list->text().contains(u"<b>" + modeKey), qPrintable(modeKey + u'\n' + list->text()));
        QVERIFY2(list->text().contains(goKey), qPrintable(goKey + u'\n' + list->text()));
        list->close();
    }

    // At the default window size (1180×780) nothing is cut in the longer languages.
    void noClippedTextAtDefaultSize_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("page");
        // After the five pages: the Windows page showing a created token, the Tokens page with its details.
        const QStringList pages{QStringLiteral("windowsToken"), QStringLiteral("windowsBulk"),
                                QStringLiteral("androidToken"), QStringLiteral("tokens"),
                                QStringLiteral("profiles"),     QStringLiteral("windowsResult"),
                                QStringLiteral("tokenDetails")};
        for (const QString& code :
             {QStringLiteral("es"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("it"),
              QStringLiteral("pt"), QStringLiteral("ru"), QStringLiteral("zh_CN"), QStringLiteral("en")}) {
            for (int page = 0; page < pages.size(); ++page)
                QTest::addRow("%s %s", qPrintable(code), qPrintable(pages[page])) << code << page;
        }
    }

    void noClippedTextAtDefaultSize()
    {
        QFETCH(QString, code);
        QFETCH(int, page);
        if (!m_sandbox) {
            m_sandbox = std::make_unique<SandboxProcess>();
            QVERIFY(m_sandbox->start());
        }
        UiLanguage::apply(code);
        QSettings settings(m_dir.filePath(code + u"-window.ini"), QSettings::IniFormat);
        settings.clear();
        MemorySecretStore secrets;
        AppContext context(&settings, &secrets);
        context.setSandbox(m_sandbox->baseUrl(), SandboxProcess::apiKey());
        QStringList problems;
        QStringList sideways;
        {
            MainWindow window(&context);
            context.activateProfile(QStringLiteral("sandbox"));
            const bool result = page == kWindowsResult;
            const bool details = page == kTokenDetails;
            window.showPage(result    ? MainWindow::WindowsToken
                            : details ? MainWindow::Tokens
                                      : MainWindow::Page(page));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_COMPARE(context.keyState(), AppContext::KeyState::Present);
            QTRY_COMPARE_WITH_TIMEOUT(context.client()->requestsInFlight(), 0, 10000); // lists filled in
            if (result) {
                const QJsonArray users = m_sandbox->users();
                QVERIFY(!users.isEmpty());
                window.windowsPage()->findChild<UserPicker*>()->setUserId(
                    users.first().toObject().value(QLatin1StringView("id")).toString());
                auto* create = window.windowsPage()->findChild<QPushButton*>(QStringLiteral("createButton"));
                QTRY_VERIFY(create->isEnabled());
                create->click();
                ResultView* view = nullptr; // built with the first token
                QTRY_VERIFY_WITH_TIMEOUT(
                    (view = window.windowsPage()->findChild<ResultView*>(QStringLiteral("resultView"))) &&
                        view->isVisible(),
                    10000);
            } else if (details) {
                auto* table = window.tokensPage()->findChild<QTableView*>(QStringLiteral("tokensTable"));
                QTRY_VERIFY(table->model()->rowCount() > 0);
                table->setFocus();
                table->selectRow(0);
                QTRY_VERIFY(window.tokensPage()->isDetailsVisible());
            }
            QTRY_COMPARE_WITH_TIMEOUT(context.client()->requestsInFlight(), 0, 10000);
            QTest::qWait(50);
            if (window.size() != QSize(1180, 780))
                problems
                    << QStringLiteral("the window grew to %1×%2").arg(window.width()).arg(window.height());
            problems << clippedTexts(&window);
            sideways = sidewaysForms(&window);
            const QString shots = qEnvironmentVariable("ENROLLDESK_SCREENSHOTS");
            if (!shots.isEmpty()) {
                QDir().mkpath(shots);
                QVERIFY(
                    window.grab().save(QStringLiteral("%1/%2-page%3.png").arg(shots, code).arg(page + 1)));
            }
            QTRY_COMPARE_WITH_TIMEOUT(context.client()->requestsInFlight(), 0, 10000);
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(sideways.isEmpty(), qPrintable(sideways.join(u'\n')));
    }

private:
    static constexpr int kWindowsResult = MainWindow::PageCount;
    static constexpr int kTokenDetails = MainWindow::PageCount + 1;
    std::unique_ptr<SandboxProcess> m_sandbox;
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
