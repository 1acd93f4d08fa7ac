#pragma once
// The "Language" menu of the console: the system's language or one of the embedded translations. The
// choice is stored in the settings ("ui/language", absent = follow the system) and takes effect the
// next time the console starts: pages are built in code and do not retranslate, and a half-translated
// window would be worse than a restart. Independent of the enrollment e-mail's language.

#include <QMenu>

class QActionGroup;
class QSettings;

class LanguageMenu final : public QMenu
{
    Q_OBJECT
public:
    static constexpr const char* kSettingsKey = "ui/language";

    // `settings` (the AppContext's) must outlive the menu.
    explicit LanguageMenu(QSettings* settings, QWidget* parent = nullptr);

    // The stored choice: a language code, or an empty string for the system's language.
    QString chosen() const;

private:
    void choose(const QString& code);
    void tellRestartNeeded(const QString& code);

    QSettings* m_settings;
    QActionGroup* m_group;
};
