#include "tokensettingseditor.h"

#include "durationedit.h"
#include "fielderrormark.h"
#include "languagepicker.h"
#include "limitedlineedit.h"
#include "named.h"
#include "policyassignmentstable.h"
#include "policypicker.h"
#include "statuscolors.h"
#include "tagsedit.h"
#include "wrappedlabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>

TokenSettingsEditor::TokenSettingsEditor(Platform platform, const QList<LeadingRow>& leadingRows,
                                         QWidget* parent)
    : QWidget(parent)
    , m_platform(platform)
    , m_form(new QFormLayout(this))
    , m_sendEmail(named(new QCheckBox(tr("&Send the enrollment instructions by e-mail")), "sendEmail",
                        tr("Send e-mail")))
    , m_emailText(named(new QPlainTextEdit, "emailText", tr("E-mail text")))
    , m_language(named(new LanguagePicker, "language", tr("E-mail language")))
    , m_duration(named(new DurationEdit, "duration", tr("Valid for")))
    , m_displayName(named(new LimitedLineEdit, "displayName", tr("Display name")))
    , m_tags(named(new TagsEdit, "tags", tr("Tags")))
    , m_policy(named(new PolicyPicker, "policy", tr("Primary policy")))
    , m_assignments(named(new PolicyAssignmentsTable, "assignments", tr("Policy assignments")))
    , m_segment(named(new QLineEdit, "segment", tr("Segment id")))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_emailText->setPlaceholderText(tr("Optional text added to the e-mail"));
    m_emailText->setTabChangesFocus(true);
    m_emailText->setMaximumHeight(m_emailText->fontMetrics().lineSpacing() * 4 + 12);
    m_displayName->setPlaceholderText(tr("e.g. Laptop – Ana Smith"));
    m_segment->setPlaceholderText(tr("optional"));
    m_segment->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,16}")), m_segment));
    m_segment->setMaximumWidth(160);
    m_language->setAllowUnset(true);
    // Room for a handful of assignments; more scroll. Keeps the whole form visible at the default size.
    m_assignments->setMaximumHeight(m_assignments->fontMetrics().lineSpacing() * 9);

    // A widget joins the Tab chain when the form parents it: the page's rows first, then the settings.
    for (const LeadingRow& row : leadingRows)
        m_form->addRow(row.label, row.field);
    m_form->addRow(QString(), m_sendEmail);
    m_form->addRow(tr("E-mail te&xt:"), m_emailText);
    m_form->addRow(tr("E-mail &language:"), m_language);
    m_form->addRow(tr("Valid f&or:"), m_duration);
    m_form->addRow(tr("&Display name:"), m_displayName);
    m_form->addRow(tr("&Tags:"), m_tags);
    m_form->addRow(tr("&Primary policy:"), m_policy);
    m_form->addRow(tr("Policy &assignments:"), m_assignments);
    m_form->addRow(tr("Segme&nt:"), m_segment);

    connect(m_sendEmail, &QCheckBox::toggled, this, &TokenSettingsEditor::updateEmailText);
    connect(m_policy, &PolicyPicker::policiesChanged, m_assignments, &PolicyAssignmentsTable::setPolicies);
    connect(m_policy, &PolicyPicker::loadFailed, this, &TokenSettingsEditor::showPolicyLoadError);
    connect(m_policy, &PolicyPicker::policiesLoaded, this, &TokenSettingsEditor::hidePolicyLoadError);
    const auto changed = [this] { Q_EMIT this->changed(); };
    connect(m_sendEmail, &QCheckBox::toggled, this, changed);
    connect(m_emailText, &QPlainTextEdit::textChanged, this, changed);
    connect(m_duration, &DurationEdit::durationChanged, this, changed);
    connect(m_displayName, &QLineEdit::textChanged, this, changed);
    connect(m_tags, &QLineEdit::textChanged, this, changed);
    connect(m_assignments, &PolicyAssignmentsTable::changed, this, changed);
    connect(m_segment, &QLineEdit::textChanged, this, changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, changed);
    connect(m_policy, &QComboBox::currentIndexChanged, this, changed);
    connect(m_policy, &PolicyPicker::typedIdChanged, this, changed);
    connect(m_policy, &PolicyPicker::typingIdChanged, m_assignments,
            &PolicyAssignmentsTable::setTypedIdsAllowed);
    m_policy->allowTypedIdWithoutList(true);
    updateEmailText();
}

void TokenSettingsEditor::setClient(ApiClient* client)
{
    m_policy->setClient(client, m_platform);
}

QHash<QString, QString> TokenSettingsEditor::policyNames() const
{
    QHash<QString, QString> names;
    for (const Policy& policy : m_policy->policies())
        names.insert(policy.id, policy.name);
    return names;
}

void TokenSettingsEditor::reloadPolicies()
{
    hidePolicyLoadError(); // the new load's outcome replaces it
    m_policy->reload();
}

void TokenSettingsEditor::hidePolicyLoadError()
{
    if (m_policyLoadError)
        m_policyLoadError->hide();
}

void TokenSettingsEditor::showPolicyLoadError(const QString& message)
{
    // Under the field, not only in the reload button's tooltip: "(none)" with a small warning icon looked
    // like an organization without policies, and a token would be made without the one meant.
    if (!m_policyLoadError) {
        m_policyLoadError = named(new WrappedLabel, "policyLoadError", tr("Why no policies are listed"));
        StatusColors::followPalette(m_policyLoadError, StatusColors::errorTextStyle);
        int row = -1;
        QFormLayout::ItemRole role{};
        m_form->getWidgetPosition(m_policy, &row, &role);
        m_form->insertRow(row + 1, QString(), m_policyLoadError);
    }
    // The last list stays offered when a reload fails; only without one is the id typed in the field.
    m_policyLoadError->setText(
        m_policy->isTypingId()
            ? tr("The policies could not be loaded: %1 Type the policy's id in the field, or try again with "
                 "the button at its right end.")
                  .arg(message)
            : tr("The policies could not be loaded again: %1 The list shown is the one loaded before; the "
                 "button at the field's right end tries again.")
                  .arg(message));
    m_policyLoadError->show();
}

void TokenSettingsEditor::clearOrganizationFields()
{
    hidePolicyLoadError(); // another organization's failure
    m_policy->setPolicyId(QString());
    m_policy->dropListOfAnotherConnection(); // and its list, until the new one's arrives
    m_assignments->setAssignments({});
    m_segment->clear(); // a segment id is the old organization's too
}

void TokenSettingsEditor::setDefaults(const QString& language, qint64 durationSeconds)
{
    // A profile without a default language takes the console's (the system language, else English),
    // not the previous profile's: its users would get e-mails in another team's language.
    const QString defaultLanguage = LanguagePicker::defaultLanguage(language);
    if (!m_defaultLanguage || m_language->language() == *m_defaultLanguage)
        m_language->setLanguage(defaultLanguage);
    if (!m_defaultDuration || m_duration->durationSeconds() == *m_defaultDuration)
        m_duration->setDurationSeconds(durationSeconds);
    m_defaultLanguage = defaultLanguage;
    m_defaultDuration = durationSeconds;
}

void TokenSettingsEditor::updateEmailText()
{
    // The text only goes out with the e-mail; keep what was typed, but say it won't be sent.
    m_emailText->setEnabled(m_sendEmail->isChecked());
}

void TokenSettingsEditor::clearPerUserFields()
{
    m_displayName->clear();
}

TokenSettings TokenSettingsEditor::settings() const
{
    TokenSettings settings;
    settings.sendEmail = m_sendEmail->isChecked();
    settings.emailText = settings.sendEmail ? m_emailText->toPlainText().trimmed() : QString();
    settings.language = m_language->language();
    settings.durationSeconds = m_duration->durationSeconds();
    settings.displayName = m_displayName->text().trimmed();
    settings.tags = m_tags->tags();
    settings.policyId = m_policy->policyId();
    settings.assignments = m_assignments->assignments();
    if (!m_segment->text().isEmpty())
        settings.segmentId = m_segment->text().toLongLong();
    return settings;
}

void TokenSettingsEditor::setSettings(const TokenSettings& settings)
{
    m_sendEmail->setChecked(settings.sendEmail);
    m_emailText->setPlainText(settings.emailText);
    m_language->setLanguage(settings.language);
    if (settings.durationSeconds)
        m_duration->setDurationSeconds(*settings.durationSeconds);
    m_displayName->setText(settings.displayName);
    m_tags->setTags(settings.tags);
    m_policy->setPolicyId(settings.policyId);
    m_assignments->setAssignments(settings.assignments);
    m_segment->setText(settings.segmentId ? QString::number(*settings.segmentId) : QString());
}

FieldErrors TokenSettingsEditor::errors() const
{
    // The rules see all the widgets find (the assignments table's duplicate policies included, which it
    // marks and names under itself): adding the table's own errors listed each duplicate twice.
    return Validation::validateSettings(settings(), m_platform);
}

QWidget* TokenSettingsEditor::widgetForField(const QString& field) const
{
    if (field == QLatin1StringView("displayName"))
        return m_displayName;
    if (field.startsWith(QLatin1StringView("tags")))
        return m_tags;
    if (field == QLatin1StringView("duration"))
        return m_duration;
    if (field == QLatin1StringView("language"))
        return m_language;
    if (field == QLatin1StringView("winPolicyId") || field == QLatin1StringView("policyId"))
        return m_policy;
    if (field.contains(QLatin1StringView("ssignments")))
        return m_assignments;
    if (field == QLatin1StringView("segmentId"))
        return m_segment;
    if (field == QLatin1StringView("emailText") || field == QLatin1StringView("sendEmail"))
        return m_emailText;
    return nullptr;
}

void TokenSettingsEditor::markErrors(const FieldErrors& errors)
{
    FieldErrorMark::markAll(
        {m_displayName, m_tags, m_duration, m_language, m_policy, m_assignments, m_segment, m_emailText},
        errors, [this](const QString& field) { return widgetForField(field); });
}
