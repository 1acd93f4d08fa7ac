#pragma once
// The settings every token creation shares (W1, W2, A1): send e-mail + text, language, duration, display
// name, tags, primary policy, policy assignments, segment. One editor for the Windows, Android and bulk
// forms, so they validate the same way.

#include "types.h"
#include "validation.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>

class ApiClient;
class DurationEdit;
class LanguagePicker;
class LimitedLineEdit;
class PolicyAssignmentsTable;
class PolicyPicker;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class TagsEdit;

class TokenSettingsEditor final : public QWidget
{
    Q_OBJECT
public:
    // A page's own row (user, management mode), put above the settings in the same grid. The editor adds
    // these rows before its own, so Tab reaches them first, in the order given.
    struct LeadingRow
    {
        QString label;
        QWidget* field = nullptr;
    };

    explicit TokenSettingsEditor(Platform platform, const QList<LeadingRow>& leadingRows = {},
                                 QWidget* parent = nullptr);

    void setClient(ApiClient* client);
    // Re-reads the policies (after a profile switch).
    void reloadPolicies();
    // Another organization: its policies and segments are not the previous one's, so the chosen primary
    // policy, the assignments and the segment id go (they would be sent as ids the new organization
    // does not have, or has for something else).
    void clearOrganizationFields();
    // Policy id -> name, of the policies loaded for this platform.
    QHash<QString, QString> policyNames() const;
    // The profile's defaults. A field the user changed from the previous defaults keeps its value.
    void setDefaults(const QString& language, qint64 durationSeconds);

    // Empties what names one user's device (the display name); the shared settings stay.
    void clearPerUserFields();

    TokenSettings settings() const;
    void setSettings(const TokenSettings& settings);
    // The settings' errors by the API's rules (and the console's: a policy assigned twice).
    FieldErrors errors() const;
    // Marks the controls of these API fields as invalid, with the message as tooltip.
    void markErrors(const FieldErrors& errors);
    // The control of an API field ("displayName", "tags[2]", "winPolicyId"…), or null.
    QWidget* widgetForField(const QString& field) const;
    QFormLayout* formLayout() const { return m_form; }

Q_SIGNALS:
    void changed();

private:
    void updateEmailText();
    void showPolicyLoadError(const QString& message);
    void hidePolicyLoadError();

    Platform m_platform;
    QFormLayout* m_form;
    QCheckBox* m_sendEmail;
    QPlainTextEdit* m_emailText;
    LanguagePicker* m_language;
    DurationEdit* m_duration;
    std::optional<QString> m_defaultLanguage; // the defaults last set, to tell them from the user's choice
    std::optional<qint64> m_defaultDuration;
    LimitedLineEdit* m_displayName;
    TagsEdit* m_tags;
    PolicyPicker* m_policy;
    QLabel* m_policyLoadError = nullptr; // under the policy field, made with the first failed load
    PolicyAssignmentsTable* m_assignments;
    QLineEdit* m_segment;
};
