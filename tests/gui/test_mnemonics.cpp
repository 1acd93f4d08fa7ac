// Alt+letter must lead to one place: on each page, in each language, no two visible controls (menu bar
// titles, buttons, check boxes, labels with a buddy, group boxes) share an accelerator letter.

#include "appcontext.h"
#include "mainwindow.h"
#include "sandboxprocess.h"
#include "secretstore.h"
#include "uilanguage.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
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

QString describe(const QWidget* widget, const QString& text)
{
    return QStringLiteral("%1 '%2' (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             QString(text).remove(u'&'));
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

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
        UiLanguage::apply(code);
        QSettings settings(m_dir.filePath(code + u".ini"), QSettings::IniFormat);
        settings.clear();
        MemorySecretStore secrets;
        AppContext context(&settings, &secrets);
        context.setSandbox(m_sandbox.baseUrl(), SandboxProcess::apiKey());
        MainWindow window(&context);
        context.activateProfile(QStringLiteral("sandbox"));
        window.showPage(MainWindow::Page(page));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(context.keyState(), AppContext::KeyState::Present);

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
        QStringList clashes;
        for (const QChar letter : owners.uniqueKeys()) {
            const QStringList places = owners.values(letter);
            if (places.size() > 1)
                clashes
                    << QStringLiteral("Alt+%1: %2").arg(letter.toUpper(), places.join(QStringLiteral(", ")));
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }
};

QTEST_MAIN(TestMnemonics)
#include "test_mnemonics.moc"
