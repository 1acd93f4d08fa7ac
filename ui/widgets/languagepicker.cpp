#include "languagepicker.h"

#include "apilimits.h"
#include "uilanguage.h"

#include <QEvent>
#include <QLocale>

#include <algorithm>

LanguagePicker::LanguagePicker(QWidget* parent)
    // Sized by a length, not by measuring every name: measuring "中文" and "Русский" loads fallback
    // fonts for two more scripts while the console starts (bench/README.md). The longest name fits.
    : LengthSizedComboBox(10, parent)
{
    setObjectName(QStringLiteral("languagePicker"));
    setAccessibleName(tr("Language"));
    for (const QString& code : Limits::languages()) {
        addItem(UiLanguage::nativeName(code), code); // the same names as the interface languages
        setItemData(count() - 1, code, Qt::ToolTipRole);
    }
    resetToDefault();
}

QString LanguagePicker::normalize(const QString& code)
{
    QString base = code.trimmed().toLower();
    // "de-AT", "pt_BR", "en.UTF-8", "sr@latin": the language is what comes before any of these.
    const auto end = std::find_if(base.cbegin(), base.cend(),
                                  [](QChar c) { return c == u'-' || c == u'_' || c == u'.' || c == u'@'; });
    base.truncate(end - base.cbegin());
    return Limits::isLanguage(base) ? base : QString();
}

QString LanguagePicker::defaultLanguage(const QString& profileDefault, const QLocale& system)
{
    if (const QString profile = normalize(profileDefault); !profile.isEmpty())
        return profile;
    if (const QString own = normalize(QLocale::languageToCode(system.language())); !own.isEmpty())
        return own;
    return QStringLiteral("en");
}

QString LanguagePicker::language() const
{
    return currentData().toString();
}

void LanguagePicker::setLanguage(const QString& code)
{
    if (code.trimmed().isEmpty()) {
        if (m_allowUnset)
            setCurrentIndex(0);
        return;
    }
    const QString normalized = normalize(code);
    if (normalized.isEmpty())
        return;
    setCurrentIndex(findData(normalized));
}

void LanguagePicker::resetToDefault(const QString& profileDefault)
{
    setLanguage(defaultLanguage(profileDefault));
}

void LanguagePicker::setAllowUnset(bool allow)
{
    if (allow == m_allowUnset)
        return;
    m_allowUnset = allow;
    // The selection stays what it was; taking the entry away while selected falls back to the default.
    const bool wasUnset = language().isEmpty();
    if (allow) {
        insertItem(0, QString(), QString());
        retranslate();
    } else {
        removeItem(0);
        if (wasUnset)
            resetToDefault();
    }
}

void LanguagePicker::retranslate()
{
    if (!m_allowUnset)
        return;
    setItemText(0, tr("(not set)", "language left out of the request"));
    setItemData(0, tr("Leave the language out: the API uses its own default"), Qt::ToolTipRole);
}

void LanguagePicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    LengthSizedComboBox::changeEvent(event);
}
