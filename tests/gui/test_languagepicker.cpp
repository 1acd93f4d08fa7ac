// LanguagePicker: the API's eight languages by their own names with the code as data, the default from the
// profile, else the system language when offered, else English; the optional "(not set)" entry; lenient
// codes; choosing by keyboard.

#include "apilimits.h"
#include "languagepicker.h"

#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTest>

class TestLanguagePicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheEightByTheirOwnNames()
    {
        LanguagePicker picker;
        const QStringList names{QStringLiteral("Español"),   QStringLiteral("English"),
                                QStringLiteral("Français"),  QStringLiteral("Deutsch"),
                                QStringLiteral("Italiano"),  QStringLiteral("中文"),
                                QStringLiteral("Português"), QStringLiteral("Русский")};
        QCOMPARE(picker.count(), 8);
        for (int row = 0; row < picker.count(); ++row) {
            QCOMPARE(picker.itemText(row), names.at(row));
            QCOMPARE(picker.itemData(row).toString(), Limits::languages().at(row));
        }
        QVERIFY(!picker.accessibleName().isEmpty());
        QVERIFY(!picker.objectName().isEmpty());
    }

    // Sized by a length rather than by measuring every name (fallback fonts at start-up): each name
    // still fits the field of a picker at its size hint, "(not set)" included.
    void everyNameFits()
    {
        LanguagePicker picker;
        picker.setAllowUnset(true);
        QStyleOptionComboBox option;
        option.initFrom(&picker);
        option.rect = QRect(QPoint(), picker.sizeHint());
        const QRect field = picker.style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, &picker);
        QVERIFY(field.width() > 0);
        for (int row = 0; row < picker.count(); ++row) {
            const int needed = picker.fontMetrics().horizontalAdvance(picker.itemText(row));
            QVERIFY2(needed <= field.width(),
                     qPrintable(picker.itemText(row) + u' ' + QString::number(needed) + u" > " +
                                QString::number(field.width())));
        }
    }

    void defaultLanguage_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("profile-wins") << "fr"
                                      << "de_DE"
                                      << "fr";
        QTest::newRow("profile-region-code") << "pt-BR"
                                             << "de_DE"
                                             << "pt";
        QTest::newRow("profile-unknown-uses-system") << "ja"
                                                     << "de_DE"
                                                     << "de";
        QTest::newRow("no-profile-uses-system") << ""
                                                << "ru_RU"
                                                << "ru";
        QTest::newRow("system-chinese") << ""
                                        << "zh_CN"
                                        << "zh";
        QTest::newRow("system-not-offered-is-english") << ""
                                                       << "ja_JP"
                                                       << "en";
        QTest::newRow("c-locale-is-english") << ""
                                             << "C"
                                             << "en";
    }
    void defaultLanguage()
    {
        QFETCH(QString, profile);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(LanguagePicker::defaultLanguage(profile, QLocale(system)), expected);
    }

    void startsOnTheSystemDefault()
    {
        LanguagePicker picker;
        QCOMPARE(picker.language(), LanguagePicker::defaultLanguage());
        picker.resetToDefault(QStringLiteral("it"));
        QCOMPARE(picker.language(), QStringLiteral("it"));
    }

    void setLanguageIsLenient_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "de"
                               << "de";
        QTest::newRow("upper-case") << "PT"
                                    << "pt";
        QTest::newRow("bcp47-region") << "pt-BR"
                                      << "pt";
        QTest::newRow("posix-locale") << "zh_CN.UTF-8"
                                      << "zh";
        QTest::newRow("unknown-keeps-the-choice") << "xx"
                                                  << "it";
        QTest::newRow("empty-without-unset-keeps-the-choice") << ""
                                                              << "it";
    }
    void setLanguageIsLenient()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        LanguagePicker picker;
        picker.setLanguage(QStringLiteral("it"));
        picker.setLanguage(code);
        QCOMPARE(picker.language(), expected);
    }

    void notSetEntryIsOptional()
    {
        LanguagePicker picker;
        picker.setLanguage(QStringLiteral("fr"));
        QSignalSpy changed(&picker, &QComboBox::currentIndexChanged);
        picker.setAllowUnset(true);
        QCOMPARE(picker.count(), 9);
        QCOMPARE(picker.itemText(0), QStringLiteral("(not set)"));
        QCOMPARE(picker.language(), QStringLiteral("fr")); // the choice survives

        picker.setLanguage(QString());
        QCOMPARE(picker.currentIndex(), 0);
        QCOMPARE(picker.language(), QString());
        QVERIFY(changed.count() > 0);

        picker.setAllowUnset(false);
        QCOMPARE(picker.count(), 8);
        QCOMPARE(picker.language(), LanguagePicker::defaultLanguage());
    }

    void choosingByKeyboard()
    {
        LanguagePicker picker;
        picker.setAllowUnset(true);
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QTest::keyClick(&picker, Qt::Key_Home);
        QCOMPARE(picker.language(), QString());
        QTest::keyClick(&picker, Qt::Key_Down);
        QCOMPARE(picker.language(), QStringLiteral("es"));
        QTest::keyClick(&picker, Qt::Key_End);
        QCOMPARE(picker.language(), QStringLiteral("ru"));
        // Typing the start of a name selects it, also in its own script.
        QTest::keyClicks(&picker, QStringLiteral("Deu"));
        QCOMPARE(picker.language(), QStringLiteral("de"));
        QTest::qWait(QApplication::keyboardInputInterval() + 50); // a new search, not "DeuР"
        QTest::sendKeyEvent(QTest::Click, &picker, Qt::Key_unknown, QStringLiteral("Р"), Qt::NoModifier);
        QCOMPARE(picker.language(), QStringLiteral("ru"));
    }
};

QTEST_MAIN(TestLanguagePicker)
#include "test_languagepicker.moc"
