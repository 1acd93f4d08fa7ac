// LanguageMenu: the tick says the language in use, also when --language chose it over the stored setting,
// and choosing a language other than the one in use is announced for the next start even when it is the
// one already stored.

#include "languagemenu.h"
#include "uilanguage.h"

#include <QAction>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestLanguageMenu : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A settings file of its own, holding `stored` as the choice (empty: none).
    QString settingsWith(const QString& stored)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1.ini").arg(++m_files));
        QSettings settings(path, QSettings::IniFormat);
        if (!stored.isEmpty())
            settings.setValue(QLatin1StringView(LanguageMenu::kSettingsKey), stored);
        return path;
    }
    static QAction* item(const LanguageMenu& menu, const QString& code)
    {
        return menu.findChild<QAction*>(code.isEmpty() ? QStringLiteral("language_system")
                                                       : u"language_" + code);
    }
    // A translated language that is not the system's, as --language would give.
    static QString other()
    {
        return UiLanguage::resolve({}) == QLatin1StringView("de") ? QStringLiteral("es")
                                                                  : QStringLiteral("de");
    }

    int m_files = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(UiLanguage::available().contains(QStringLiteral("de")));
        QVERIFY(UiLanguage::available().contains(QStringLiteral("es")));
    }

    void cleanup() { UiLanguage::apply(QStringLiteral("en")); }

    // --language de with nothing stored: the console speaks German, and the menu says so.
    void tickFollowsTheLanguageInUse()
    {
        QSettings settings(settingsWith({}), QSettings::IniFormat);
        UiLanguage::apply(other());
        LanguageMenu menu(&settings);
        QVERIFY(item(menu, other()));
        QVERIFY(item(menu, other())->isChecked());
        QVERIFY(!item(menu, {})->isChecked());
    }

    // The stored choice is ticked when it is the one in use.
    void tickFollowsTheStoredChoiceInUse()
    {
        QSettings settings(settingsWith({}), QSettings::IniFormat);
        UiLanguage::apply({});
        LanguageMenu none(&settings);
        QVERIFY(item(none, {})->isChecked());

        settings.setValue(QLatin1StringView(LanguageMenu::kSettingsKey), other());
        UiLanguage::apply(other());
        LanguageMenu chosen(&settings);
        QVERIFY(item(chosen, other())->isChecked());
        QVERIFY(!item(chosen, {})->isChecked());
    }

    // "System language" is what is stored, but --language gave another: choosing it is announced.
    void choosingTheStoredChoiceNotInUseIsAnnounced()
    {
        QSettings settings(settingsWith({}), QSettings::IniFormat);
        UiLanguage::apply(other());
        QWidget window;
        auto* menu = new LanguageMenu(&settings, &window);
        item(*menu, {})->trigger();
        QVERIFY(!settings.contains(QLatin1StringView(LanguageMenu::kSettingsKey)));
        QVERIFY(item(*menu, {})->isChecked());
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("languageRestartBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(UiLanguage::nativeName(UiLanguage::resolve({}))),
                 qPrintable(box->text()));
    }

    // Spanish is stored, English given: choosing Spanish says when it comes.
    void choosingAStoredLanguageNotInUseIsAnnounced()
    {
        QSettings settings(settingsWith(QStringLiteral("es")), QSettings::IniFormat);
        UiLanguage::apply(QStringLiteral("en"));
        QWidget window;
        auto* menu = new LanguageMenu(&settings, &window);
        QVERIFY(item(*menu, QStringLiteral("en"))->isChecked());
        item(*menu, QStringLiteral("es"))->trigger();
        QCOMPARE(settings.value(QLatin1StringView(LanguageMenu::kSettingsKey)).toString(),
                 QStringLiteral("es"));
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("languageRestartBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("Español")), qPrintable(box->text()));
    }

    // The language in use chosen again: stored, nothing to announce.
    void choosingTheLanguageInUseSaysNothing()
    {
        QSettings settings(settingsWith({}), QSettings::IniFormat);
        UiLanguage::apply(other());
        QWidget window;
        auto* menu = new LanguageMenu(&settings, &window);
        item(*menu, other())->trigger();
        QCOMPARE(settings.value(QLatin1StringView(LanguageMenu::kSettingsKey)).toString(), other());
        QVERIFY(!window.findChild<QMessageBox*>(QStringLiteral("languageRestartBox")));
    }
};

QTEST_MAIN(TestLanguageMenu)
#include "test_languagemenu.moc"
