#include "languagemenu.h"

#include "uilanguage.h"

#include <QActionGroup>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

LanguageMenu::LanguageMenu(QSettings* settings, QWidget* parent)
    : QMenu(tr("&Language", "menu: the language of the console, not of the enrollment e-mail"), parent)
    , m_settings(settings)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));

    const QString stored = chosen();
    const QString system = UiLanguage::resolve({});
    QAction* followSystem = addAction(tr("&System language (%1)").arg(UiLanguage::nativeName(system)));
    followSystem->setObjectName(QStringLiteral("language_system"));
    followSystem->setData(QString());
    addSeparator();
    // Each language by its own name, so whoever cannot read the current one still finds theirs.
    for (const QString& code : UiLanguage::available()) {
        QAction* action = addAction(UiLanguage::nativeName(code));
        action->setObjectName(u"language_" + code);
        action->setData(code);
    }
    // The tick says the language in use: the stored choice when it is the one applied, else the one a
    // --language gave (with "de" given and nothing stored, "System language" would misstate it).
    const QString inUse = UiLanguage::current();
    const QString ticked = UiLanguage::resolve(stored) == inUse ? stored : inUse;
    for (QAction* action : actions()) {
        if (action->isSeparator())
            continue;
        action->setCheckable(true);
        action->setChecked(action->data().toString() == ticked);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction* action) { choose(action->data().toString()); });
}

QString LanguageMenu::chosen() const
{
    const QString stored = m_settings->value(QLatin1StringView(kSettingsKey)).toString();
    return UiLanguage::available().contains(stored) ? stored : QString();
}

void LanguageMenu::choose(const QString& code)
{
    if (code.isEmpty())
        m_settings->remove(QLatin1StringView(kSettingsKey));
    else
        m_settings->setValue(QLatin1StringView(kSettingsKey), code);
    // Compared with the language in use, not the stored one: the stored one may not be in use (--language).
    if (UiLanguage::resolve(code) != UiLanguage::current())
        tellRestartNeeded(code);
}

void LanguageMenu::tellRestartNeeded(const QString& code)
{
    const QString language = UiLanguage::resolve(code);
    const char* source = QT_TR_NOOP("The console will be in %1 the next time you start EnrollDesk.");
    QString text = tr(source).arg(UiLanguage::nativeName(language));
    // Also in the chosen language, for whoever cannot read the current one.
    QTranslator chosenCatalogue;
    if (UiLanguage::loadCatalogue(chosenCatalogue, language)) {
        const QString translated = chosenCatalogue.translate("LanguageMenu", source);
        if (!translated.isEmpty() && translated.arg(UiLanguage::nativeName(language)) != text)
            text += u"\n\n" + translated.arg(UiLanguage::nativeName(language));
    }
    auto* box =
        new QMessageBox(QMessageBox::Information, tr("Language"), text, QMessageBox::Ok, parentWidget());
    box->setObjectName(QStringLiteral("languageRestartBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
