#pragma once
// The language of the enrollment e-mail: the eight languages the API accepts, each by its own name
// (Español, English, …), item data = the API code. Optionally a "(not set)" first entry, meaning the
// field is left out of the request.

#include "lengthsizedcombobox.h"

#include <QLocale>

class LanguagePicker final : public LengthSizedComboBox
{
    Q_OBJECT
public:
    explicit LanguagePicker(QWidget* parent = nullptr);

    // The selected API code ("es", "en", …), or an empty string for "(not set)".
    QString language() const;
    // Selects `code` ("pt", "PT", "pt-BR" and "pt_BR" all select Português). An empty code selects
    // "(not set)" when allowed; an unknown code changes nothing.
    void setLanguage(const QString& code);

    void setAllowUnset(bool allow);
    bool allowUnset() const { return m_allowUnset; }

    // Selects the default: the profile's language when it is one of the eight, else the system language
    // when it is, else English.
    void resetToDefault(const QString& profileDefault = {});
    static QString defaultLanguage(const QString& profileDefault = {},
                                   const QLocale& system = QLocale::system());
    // The API code for a locale name or code, or an empty string when the API does not offer it.
    static QString normalize(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    bool m_allowUnset = false;
};
