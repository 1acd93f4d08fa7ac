// ProfilesPage: construction, the profile list and the profile form (add, edit, duplicate, delete, use).
// The API key and Test connection parts are in profilespagekey.cpp.

#include "profilespage.h"
#include "named.h"
#include "pageheader.h"
#include "wrappedlabel.h"

#include "apiclient.h"
#include "apilimits.h"
#include "durationedit.h"
#include "errorpanel.h"
#include "formscroll.h"
#include "inlineconfirmation.h"
#include "languagepicker.h"
#include "secretstore.h"
#include "statuscolors.h"

#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <tuple>
#include <utility>

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kSubtitleRole = Qt::UserRole + 1;
constexpr int kActiveRole = Qt::UserRole + 2;

using KeyState = AppContext::KeyState;
using Result = SecretStore::Result;

// Two lines per profile: the name (bold, with a filled dot, when it is the active one) and
// "organization · server", so similar profiles are told apart at a glance.
class ProfileDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget* widget = opt.widget;
        const QStyle* style = widget ? widget->style() : QApplication::style();
        opt.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, focus

        const bool selected = opt.state & QStyle::State_Selected;
        const auto group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
        const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dim = text;
        dim.setAlphaF(0.7f);
        const bool active = index.data(kActiveRole).toBool();
        const QRect area = opt.rect.adjusted(10, 6, -8, -6);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(active ? QColor(QLatin1StringView(StatusColors::kSuccess)) : dim, 1.5));
        painter->setBrush(active ? QBrush(QColor(0x43, 0xa0, 0x47)) : QBrush(Qt::NoBrush));
        const QFontMetrics nameMetrics(opt.font);
        painter->drawEllipse(QRectF(area.left(), area.top() + (nameMetrics.height() - 9) / 2.0, 9, 9));

        QFont nameFont = opt.font;
        nameFont.setBold(active);
        nameFont.setItalic(index.data(kIdRole).toString().isEmpty()); // the new, unsaved profile
        painter->setFont(nameFont);
        painter->setPen(text);
        const QRect nameRect(area.left() + 18, area.top(), area.width() - 18, nameMetrics.height());
        painter->drawText(
            nameRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(nameFont).elidedText(index.data().toString(), Qt::ElideRight, nameRect.width()));
        QFont small = opt.font;
        if (small.pointSizeF() > 0)
            small.setPointSizeF(small.pointSizeF() * 0.9);
        painter->setFont(small);
        painter->setPen(dim);
        const QRect subtitle(nameRect.left(), nameRect.bottom() + 3, nameRect.width(),
                             QFontMetrics(small).height());
        painter->drawText(subtitle, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(small).elidedText(index.data(kSubtitleRole).toString(),
                                                         Qt::ElideMiddle, subtitle.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        return {200, QFontMetrics(option.font).height() * 2 + 16};
    }
};

QLabel* errorLabel(const char* objectName)
{
    auto* label = new WrappedLabel;
    label->setObjectName(QLatin1String(objectName));
    StatusColors::followPalette(label, StatusColors::errorTextStyle);
    label->setVisible(false);
    return label;
}

// A field with its inline error under it.
QWidget* withError(QWidget* field, QLabel* error)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

ProfilesPage::ProfilesPage(AppContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_client(new ApiClient(context->http(), this))
{
    named(this, "profilesPage", tr("Profiles and API key"));
    // Esc cancels a connection or key test, as it cancels a request on the other pages (a server that
    // does not answer would hold the page for the client's whole timeout).
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_test && !m_test->isFinished())
            m_test->cancel();
        else if (m_removeKeyConfirm->isVisible()) // Esc answers an open question with "keep"
            m_removeKeyConfirm->hide();
        else if (m_deleteConfirm->isVisible())
            m_deleteConfirm->hide();
        else if (m_discardConfirm->isVisible())
            m_discardConfirm->hide();
    });

    auto* pageHeader =
        new PageHeader(tr("Profiles & API key"),
                       tr("A profile is a server and an organization. Its API key is kept only in the "
                          "OS keychain, never in a file."));

    auto* body = new QHBoxLayout;
    body->setSpacing(12);
    body->addWidget(buildListPanel());
    body->addWidget(buildFormPanel(), 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pageHeader);
    layout->addLayout(body, 1);

    ProfileStore* profiles = context->profiles();
    connect(profiles, &ProfileStore::profilesChanged, this, [this] {
        // Changed here or elsewhere: "unsaved changes" and the name check compare with the new state.
        reloadStored();
        fillList();
        revalidate();
    });
    connect(context, &AppContext::connectionChanged, this, [this] {
        // Follow a switch made elsewhere (the banner, the start-up profile) unless that would lose what was
        // typed (a pasted key too): the page stays, and the list says how to leave.
        const QString active = m_context->activeProfile().id;
        if (active != m_selectedId && !hasUnsavedChanges() && !isBusy() &&
            m_context->profiles()->contains(active)) {
            selectProfile(active);
            return;
        }
        fillList();
        updateButtons();
    });
    connect(context, &AppContext::keyStateChanged, this, [this] {
        if (selectedIsActive())
            refreshKeyState(); // shows the context's state: no read
        learnKeychainState();
    });
    connect(profiles, &ProfileStore::keyRemoved, this, [this](const QString& id) { showKeyRemoval(id, {}); });
    connect(profiles, &ProfileStore::keyRemovalFailed, this, &ProfilesPage::showKeyRemoval);
    connect(context->secrets(), &SecretStore::keychainUnavailable, this,
            [this](const QString& message) { setKeychainAvailable(false, message); });
    connect(context->secrets(), &SecretStore::secretChanged, this, [this](const QString& id) {
        // Not this page's own store or remove: that refreshes once it is done.
        if (m_keyWrites == 0 && !m_adding && id == m_selectedId)
            keyChanged(id);
    });
    // The key state of a profile other than the active one, and the keychain probe when nothing else
    // told whether the keychain works, wait for the first turn of the event loop (see m_starting).
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_starting = false;
            if (!m_adding && !selectedIsActive())
                refreshKeyState();
            learnKeychainState();
        },
        Qt::QueuedConnection);

    // First run: straight to a new profile, which asks for the key.
    const QString active = context->activeProfile().id;
    if (profiles->contains(active))
        selectProfile(active);
    else if (profiles->count() > 0)
        selectProfile(profiles->profiles().first().id);
    else
        addProfile();
}

ProfilesPage::~ProfilesPage()
{
    m_client->clearApiKey();
}

void ProfilesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        learnKeychainState();
    }
}

// ---- building ----------------------------------------------------------------------------------------

bool ProfilesPage::singleClickActivates() const
{
    return style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, this) != 0;
}

QWidget* ProfilesPage::buildListPanel()
{
    auto* panel = new QWidget;
    m_list = named(new QListWidget, "profileList", tr("Profiles"));
    m_list->setItemDelegate(new ProfileDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setToolTip(tr("Double-click a profile to use it"));

    const auto button = [](const QString& text, const char* name, const QString& accessible,
                           QStyle::StandardPixmap icon, QWidget* owner) {
        return named(new QPushButton(owner->style()->standardIcon(icon), text), name, accessible);
    };
    m_addButton = button(tr("&Add"), "addProfileButton", tr("Add a profile"), QStyle::SP_FileIcon, this);
    m_duplicateButton = button(tr("D&uplicate"), "duplicateProfileButton", tr("Duplicate the profile"),
                               QStyle::SP_FileDialogNewFolder, this);
    m_deleteButton =
        button(tr("&Delete…"), "deleteProfileButton", tr("Delete the profile"), QStyle::SP_TrashIcon, this);
    m_addButton->setToolTip(tr("Add a profile for another server or organization"));
    m_duplicateButton->setToolTip(tr("Copy this profile (and its API key) under a new name"));
    m_deleteButton->setToolTip(tr("Delete this profile and its API key"));
    m_listHint = new WrappedLabel(tr("Save or revert your changes to switch profiles."));
    m_listHint->setObjectName(QStringLiteral("listHint"));
    m_listHint->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_deleteButton);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_listHint);
    layout->addLayout(buttons);
    // Wide enough for the three buttons in this language (and for profile names), no wider: the form
    // gets the rest.
    panel->setFixedWidth(
        std::max(panel->fontMetrics().horizontalAdvance(u'M') * 17, buttons->sizeHint().width()));

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (m_filling || !item)
            return;
        const QString id = item->data(kIdRole).toString();
        if (!id.isEmpty())
            selectProfile(id);
    });
    // A double click, or Enter: never a single click, which only selects a profile to look at it
    // (itemActivated would use it on a click where the platform opens items so).
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ProfilesPage::useSelectedProfile);
    auto* useFromKeyboard = new QShortcut(QKeySequence(Qt::Key_Return), m_list);
    useFromKeyboard->setContext(Qt::WidgetShortcut);
    connect(useFromKeyboard, &QShortcut::activated, this, &ProfilesPage::useSelectedProfile);
    auto* useFromKeypad = new QShortcut(QKeySequence(Qt::Key_Enter), m_list);
    useFromKeypad->setContext(Qt::WidgetShortcut);
    connect(useFromKeypad, &QShortcut::activated, this, &ProfilesPage::useSelectedProfile);
    connect(m_addButton, &QPushButton::clicked, this, &ProfilesPage::addProfile);
    connect(m_duplicateButton, &QPushButton::clicked, this, &ProfilesPage::duplicateProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ProfilesPage::requestDelete);
    return panel;
}

QWidget* ProfilesPage::buildFormPanel()
{
    // No keychain: a calm but clear amber banner, with the way out.
    m_keychainBanner = named(new QFrame, "keychainBanner", tr("Keychain unavailable"));
    m_keychainBanner->setStyleSheet(StatusColors::warningFrameStyle(QStringLiteral("keychainBanner")));
    auto* bannerIcon = new QLabel;
    bannerIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(28, 28));
    bannerIcon->setAlignment(Qt::AlignTop);
    m_keychainText = new WrappedLabel;
    m_keychainText->setTextFormat(Qt::RichText);
    m_keychainText->setObjectName(QStringLiteral("keychainBannerText"));
    m_keychainText->setText(tr(
        "<b>No keychain is available.</b> EnrollDesk keeps API keys only in the OS keychain (Secret "
        "Service), "
        "and none answered: it is not running, it is locked, or access was denied. Nothing is written to a "
        "file instead. You can still use a key <b>for this session only</b>: it stays in memory and is "
        "forgotten when EnrollDesk closes."));
    m_retryKeychainButton = named(new QPushButton(tr("Check the &keychain again")), "retryKeychainButton",
                                  tr("Check the keychain again"));
    m_retryStatus = captioned(new WrappedLabel, "keychainRetryStatus", tr("Keychain check result"));
    m_retryStatus->setVisible(false);
    auto* bannerWords = new QVBoxLayout;
    bannerWords->addWidget(m_keychainText);
    bannerWords->addWidget(m_retryStatus);
    auto* bannerLayout = new QHBoxLayout(m_keychainBanner);
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addLayout(bannerWords, 1);
    bannerLayout->addWidget(m_retryKeychainButton, 0, Qt::AlignTop);
    m_keychainBanner->setVisible(false);
    // Its words without the markup, for screen readers (the text is set once, here).
    m_keychainBanner->setAccessibleDescription(
        m_keychainText->text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
    connect(m_retryKeychainButton, &QPushButton::clicked, this, &ProfilesPage::retryKeychain);

    m_title = new QLabel;
    m_title->setTextFormat(Qt::PlainText); // a profile's name, as typed
    m_title->setObjectName(QStringLiteral("profileTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_activeBadge = new QLabel(tr("Active profile"));
    m_activeBadge->setObjectName(QStringLiteral("activeBadge"));
    m_activeBadge->setStyleSheet(StatusColors::successBadgeStyle());
    m_useButton =
        named(new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Use this &profile")),
              "useProfileButton", tr("Use this profile"));
    m_useButton->setToolTip(tr("Make this the active profile: every page then works in its organization"));
    connect(m_useButton, &QPushButton::clicked, this, &ProfilesPage::useSelectedProfile);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_activeBadge);
    header->addWidget(m_useButton);

    m_deleteConfirm = new InlineConfirmation(
        "deleteConfirmation",
        named(new QPushButton(tr("Keep it")), "cancelDeleteButton", tr("Keep the profile")),
        named(new QPushButton(tr("Delete profile")), "confirmDeleteButton", tr("Delete profile")));
    m_deleteConfirm->setAccessibleName(tr("Confirm deletion"));
    connect(m_deleteConfirm, &InlineConfirmation::confirmed, this, &ProfilesPage::confirmDelete);

    m_status = captioned(new WrappedLabel, "statusLabel", tr("Status"));
    m_status->setVisible(false);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(m_keychainBanner);
    layout->addLayout(header);
    layout->addWidget(m_deleteConfirm);
    layout->addWidget(m_status);
    layout->addWidget(buildConnectionGroup());
    layout->addWidget(buildKeyGroup());
    // The question to discard names what there was to lose when it was asked: an edit after it changes
    // that, so it is withdrawn (Revert asks again).
    for (QLineEdit* field : {m_name, m_baseUrl, m_organization, static_cast<QLineEdit*>(m_keyEdit)})
        connect(field, &QLineEdit::textEdited, m_discardConfirm, &QWidget::hide);
    layout->addWidget(buildTestGroup());
    layout->addStretch();

    m_formScroll = formScrollArea(content, tr("Profile settings"));
    m_formScroll->setObjectName(QStringLiteral("profileFormScroll"));
    return m_formScroll;
}

QGroupBox* ProfilesPage::buildConnectionGroup()
{
    auto* group = new QGroupBox(tr("Connection"));
    group->setObjectName(QStringLiteral("connectionGroup"));
    const auto edit = [](const char* name, const QString& accessible, const QString& placeholder) {
        auto* result = named(new QLineEdit, name, accessible);
        result->setPlaceholderText(placeholder);
        result->setClearButtonEnabled(true);
        return result;
    };
    m_name = edit("nameEdit", tr("Profile name"), tr("e.g. Acme production"));
    m_name->setMaxLength(Limits::kMaxTextLength * 2); // over the limit is shown as an error, not cut
    m_baseUrl = edit("baseUrlEdit", tr("API base URL"), QString::fromLatin1(ApiClient::kDefaultBaseUrl));
    m_baseUrl->setToolTip(tr("https:// only; http:// is allowed for this computer (the sandbox)"));
    m_organization =
        edit("organizationEdit", tr("Organization"), tr("Organization id (24 hex digits) or slug"));
    m_organization->setToolTip(
        tr("Test connection lists the organizations the key can reach: pick one there"));
    m_language = named(new LanguagePicker, "languagePicker", tr("Default e-mail language"));
    m_language->setAllowUnset(true);
    m_language->setToolTip(tr("The language of the enrollment e-mail when a form does not say"));
    m_duration = named(new DurationEdit, "durationEdit", tr("Default token validity"));
    m_duration->setToolTip(tr("How long new tokens stay valid unless a form says otherwise"));
    m_duration->setExpiryVisible(false); // a default has no expiry date

    m_nameError = errorLabel("nameError");
    m_baseUrlError = errorLabel("baseUrlError");
    m_organizationError = errorLabel("organizationError");
    m_languageError = errorLabel("languageError");
    m_durationError = errorLabel("durationError");

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    const auto addRow = [form](const QString& label, QWidget* buddy, QWidget* field) {
        auto* text = new QLabel(label);
        text->setBuddy(buddy);
        form->addRow(text, field);
    };
    addRow(tr("&Name:"), m_name, withError(m_name, m_nameError));
    addRow(tr("API &base URL:"), m_baseUrl, withError(m_baseUrl, m_baseUrlError));
    addRow(tr("&Organization:"), m_organization, withError(m_organization, m_organizationError));
    addRow(tr("Default &language:"), m_language, withError(m_language, m_languageError));
    addRow(tr("Default val&idity:"), m_duration, withError(m_duration, m_durationError));

    m_revertButton = named(new QPushButton, "revertButton", tr("Revert changes"));
    m_saveButton = named(new QPushButton, "saveProfileButton", tr("Save profile"));
    m_saveButton->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    // Revert (Cancel while adding) asks first when it would throw away a typed key or a new profile.
    m_discardConfirm = new InlineConfirmation(
        "discardConfirmation",
        named(new QPushButton(tr("Keep editing")), "cancelDiscardButton", tr("Keep what you typed")),
        named(new QPushButton(tr("Discard")), "confirmDiscardButton", tr("Discard what you typed")));
    m_discardConfirm->setAccessibleName(tr("Confirm discarding what you typed"));
    connect(m_discardConfirm, &InlineConfirmation::confirmed, this, &ProfilesPage::discardChanges);

    auto* layout = new QVBoxLayout(group);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_discardConfirm);

    connect(m_baseUrl, &QLineEdit::textChanged, this, &ProfilesPage::dropUntestedOffer);
    for (QLineEdit* field : {m_name, m_baseUrl, m_organization}) {
        connect(field, &QLineEdit::textChanged, this, &ProfilesPage::revalidate);
        // Save looks like the default button, but only a dialog gives Return to its default button.
        connect(field, &QLineEdit::returnPressed, this, [this] {
            if (differsFromStored(formProfile()))
                saveProfile();
        });
    }
    connect(m_language, &QComboBox::currentIndexChanged, this, &ProfilesPage::revalidate);
    connect(m_duration, &DurationEdit::durationChanged, this, &ProfilesPage::revalidate);
    connect(m_saveButton, &QPushButton::clicked, this, &ProfilesPage::saveProfile);
    connect(m_revertButton, &QPushButton::clicked, this, &ProfilesPage::revertProfile);
    return group;
}

QString ProfilesPage::serverText(const QUrl& url)
{
    return url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
}

// ---- list and form -----------------------------------------------------------------------------------

void ProfilesPage::fillList()
{
    m_filling = true;
    m_list->clear();
    const QString active = m_context->activeProfile().id;
    for (const Profile& profile : m_context->profiles()->profiles()) {
        auto* item = new QListWidgetItem(profile.name, m_list);
        const bool isActive = profile.id == active;
        const QString where = tr("%1 · %2").arg(profile.organization, serverText(profile.baseUrl));
        item->setData(kIdRole, profile.id);
        item->setData(kSubtitleRole, where);
        item->setData(kActiveRole, isActive);
        item->setData(Qt::AccessibleTextRole, isActive ? tr("%1 (active), %2").arg(profile.name, where)
                                                       : tr("%1, %2").arg(profile.name, where));
        item->setToolTip(profile.baseUrl.toDisplayString());
        if (profile.id == m_selectedId && !m_adding)
            m_list->setCurrentItem(item);
    }
    if (m_adding) {
        auto* item = new QListWidgetItem(tr("New profile"), m_list);
        item->setData(kSubtitleRole, tr("not saved yet"));
        m_list->setCurrentItem(item);
    }
    m_filling = false;
}

void ProfilesPage::reloadStored()
{
    m_stored = m_adding ? std::nullopt : m_context->profiles()->profile(m_selectedId);
}

Profile ProfilesPage::formProfile() const
{
    Profile profile = storedProfile().value_or(Profile());
    profile.name = m_name->text().trimmed();
    const QString url = m_baseUrl->text().trimmed();
    profile.baseUrl = url.isEmpty() ? Profile::defaultBaseUrl() : QUrl(url);
    profile.organization = m_organization->text().trimmed();
    profile.defaultLanguage = m_language->language();
    profile.defaultDurationSeconds = m_duration->durationSeconds();
    return profile;
}

bool ProfilesPage::hasUnsavedChanges() const
{
    return hasUnsavedChangesFor(formProfile());
}

bool ProfilesPage::hasUnsavedChangesFor(const Profile& form) const
{
    if (!m_keyEdit->text().isEmpty())
        return true; // a key pasted and not stored yet
    if (m_adding)    // a new profile nothing was typed into loses nothing
        return !m_name->text().trimmed().isEmpty() || !m_baseUrl->text().trimmed().isEmpty() ||
               !m_organization->text().trimmed().isEmpty();
    return differsFromStored(form);
}

bool ProfilesPage::hasChangesToLose() const
{
    return m_keyWrites > 0 || hasUnsavedChanges(); // or a key being stored
}

bool ProfilesPage::differsFromStored(const Profile& form) const
{
    const std::optional<Profile>& stored = storedProfile();
    return m_adding || (stored && form != *stored);
}

void ProfilesPage::selectProfile(const QString& id)
{
    if (!m_context->profiles()->contains(id))
        return;
    m_adding = false;
    m_selectedId = id;
    reloadStored();
    fillList();
    showProfile();
}

void ProfilesPage::showProfile()
{
    const Profile profile = storedProfile().value_or(Profile());
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_name), QSignalBlocker(m_baseUrl),
                                           QSignalBlocker(m_organization), QSignalBlocker(m_language),
                                           QSignalBlocker(m_duration)};
        fillForm(profile);
        if (m_adding)
            m_baseUrl->clear(); // the placeholder names the default
    }
    m_title->setText(m_adding ? tr("New profile") : profile.name);
    m_showEmptyFieldErrors = false;
    m_keyWriteFailed = false;
    m_deleteConfirm->setVisible(false);
    m_removeKeyConfirm->setVisible(false);
    m_discardConfirm->setVisible(false);
    m_status->setVisible(false);
    m_keyStatus->setVisible(false);
    m_organizations->clear();
    m_organizations->setVisible(false);
    m_useOrganizationButton->setVisible(false);
    m_testStatus->clear();
    m_error->clear();
    m_pendingUntested.reset();
    clearKeyEdit();
    revalidate();
    refreshKeyState();
}

void ProfilesPage::fillForm(const Profile& profile)
{
    m_name->setText(profile.name);
    m_baseUrl->setText(profile.baseUrl.toString());
    m_organization->setText(profile.organization);
    m_language->setLanguage(profile.defaultLanguage);
    m_duration->setDurationSeconds(profile.defaultDurationSeconds);
}

void ProfilesPage::revalidate()
{
    revalidateFor(formProfile());
}

void ProfilesPage::revalidateFor(const Profile& form)
{
    const FieldErrors errors = m_context->profiles()->validate(form);

    const QList<std::tuple<const char*, QLabel*, QWidget*>> fields{
        {"name", m_nameError, m_name},
        {"baseUrl", m_baseUrlError, m_baseUrl},
        {"organization", m_organizationError, m_organization},
        {"defaultLanguage", m_languageError, m_language},
        {"defaultDurationSeconds", m_durationError, m_duration},
    };
    for (const auto& [field, label, widget] : fields) {
        QStringList messages;
        for (const FieldError& error : std::as_const(errors)) {
            if (error.field == QLatin1String(field))
                messages << error.message;
        }
        // A new profile's empty fields are not scolded before they are typed in, or the user tried to
        // save it (a key's Test & save, Return); Save just stays off.
        const auto* edit = qobject_cast<const QLineEdit*>(widget);
        const bool untouched = m_adding && !m_showEmptyFieldErrors && edit && edit->text().isEmpty();
        const QString text = untouched ? QString() : messages.join(u'\n');
        label->setText(text);
        label->setVisible(!text.isEmpty());
        widget->setAccessibleDescription(text);
    }
    m_formValid = errors.isEmpty();
    if (m_formValid && serverMovedFromStoredKey(form)) {
        // A mistyped https host would otherwise get the stored key at Save (the context reads it for the
        // active profile and loads its policies) or at Test connection.
        const QString text = retypeKeyForServerText();
        m_baseUrlError->setText(text);
        m_baseUrlError->setVisible(true);
        m_baseUrl->setAccessibleDescription(text);
        m_formValid = false;
    }
    updateButtonsFor(form);
}

QString ProfilesPage::retypeKeyForServerText()
{
    return tr("Type the API key again below to use it with this server: a stored key is only sent to the "
              "server it was saved for. It stays stored until the key typed for this server has been "
              "tested and saved.");
}

bool ProfilesPage::serverEdited(const Profile& form) const
{
    return !m_adding && m_stored &&
           ProfileStore::originOf(m_stored->baseUrl) != ProfileStore::originOf(form.baseUrl);
}

bool ProfilesPage::serverMovedFromStoredKey(const Profile& form) const
{
    // Only "Missing" says there is no key. A read under way (Unknown), or one the keychain did not answer
    // (Unavailable: locked, its unlock dismissed) may hide a stored key that a later read, after Save,
    // would hand to the new server.
    return m_keyEdit->text().trimmed().isEmpty() && m_keyState != AppContext::KeyState::Missing &&
           serverEdited(form);
}

void ProfilesPage::updateButtons()
{
    updateButtonsFor(formProfile());
}

void ProfilesPage::updateButtonsFor(const Profile& form)
{
    const bool busy = isBusy();
    const bool dirty = differsFromStored(form);      // the profile's fields (a new profile always)
    const bool unsaved = hasUnsavedChangesFor(form); // what switching would lose, a typed key included
    const bool valid = m_formValid;
    const bool selected = !m_adding && !m_selectedId.isEmpty();
    const bool active = selected && m_selectedId == m_context->activeProfile().id;
    const bool keyTyped = !m_keyEdit->text().trimmed().isEmpty();
    const bool hasKey = m_keyState == KeyState::Present || m_keyState == KeyState::SessionOnly;

    m_saveButton->setText(m_adding ? tr("&Add profile") : tr("Save &changes"));
    m_saveButton->setEnabled(dirty && valid && !busy);
    m_revertButton->setText(m_adding ? tr("Cancel") : tr("R&evert"));
    m_revertButton->setEnabled((dirty || unsaved) && !busy &&
                               (!m_adding || m_context->profiles()->count() > 0));
    // While a key is tested or stored, the selection stays on the profile it is for; while something
    // typed is unsaved (a key too), it stays until that is saved or reverted, which asks first.
    m_list->setEnabled(!unsaved && !busy);
    m_listHint->setText(m_adding ? tr("Add the new profile, or cancel it, to switch profiles.")
                                 : tr("Save or revert your changes to switch profiles."));
    m_listHint->setVisible(unsaved);
    m_addButton->setEnabled(!dirty && !unsaved && !busy);
    m_duplicateButton->setEnabled(selected && !unsaved && !busy);
    m_deleteButton->setEnabled(selected && !busy);
    m_activeBadge->setVisible(active);
    m_useButton->setVisible(selected && !active);
    m_useButton->setEnabled(!dirty);

    // Not edited while a key is tested or stored: the field is cleared once that key is saved, and what
    // was typed into it meanwhile would go with it.
    m_keyEdit->setReadOnly(busy);
    m_saveKeyButton->setVisible(m_keychainAvailable);
    // Enabled while a new profile is incomplete too: trying shows what is missing (saveProfileWithKey).
    m_saveKeyButton->setEnabled(keyTyped && !busy);
    m_saveKeyButton->setToolTip(m_keychainAvailable
                                    ? tr("Checks the key with the server, then stores it in the OS keychain")
                                    : tr("No keychain is available: use the key for this session only"));
    // Also where the keychain is there but failed (locked, an error): the hints point to this button.
    m_sessionKeyButton->setVisible(!m_keychainAvailable || m_keyState == KeyState::Unavailable ||
                                   m_keyWriteFailed);
    m_sessionKeyButton->setEnabled(keyTyped && !busy);
    m_removeKeyButton->setVisible(selected && (hasKey || m_keyRefused) && !showsDemoKey());
    m_removeKeyButton->setEnabled(!busy);
    m_testButton->setEnabled(!busy && (keyTyped || hasKey) && ApiClient::isAllowedBaseUrl(form.baseUrl));
    m_useOrganizationButton->setEnabled(m_organizations->currentItem() != nullptr);
}

void ProfilesPage::setBusy(bool busy)
{
    m_busy = std::max(0, m_busy + (busy ? 1 : -1));
    if (busy) {
        // An open question about this profile (delete it, remove its key) would be answered while a test
        // or a save for it is under way: withdrawn, it is asked again once the page is free.
        m_deleteConfirm->hide();
        m_removeKeyConfirm->hide();
        m_discardConfirm->hide();
    }
    updateButtons();
}

bool ProfilesPage::isBusy() const
{
    return m_busy > 0;
}

void ProfilesPage::addProfile()
{
    m_adding = true;
    m_selectedId.clear();
    reloadStored();
    fillList();
    showProfile();
    m_name->setFocus();
}

void ProfilesPage::revertProfile()
{
    if (isBusy())
        return;
    const bool keyTyped = !m_keyEdit->text().isEmpty();
    if (!keyTyped && !(m_adding && hasUnsavedChanges())) {
        discardChanges(); // edited fields only: Revert is what undoes them
        return;
    }
    // A pasted key, or a whole new profile, is not typed again in a moment: asked first.
    const QString name = m_stored ? m_stored->name.toHtmlEscaped() : QString();
    const bool edited = !m_adding && differsFromStored(formProfile());
    QString question;
    if (m_adding)
        question = keyTyped ? tr("Discard the new profile, and the API key typed for it?")
                            : tr("Discard the new profile and what was typed into it?");
    else if (edited)
        question = tr("Discard your changes to profile <b>%1</b>, and the API key typed for it? The key "
                      "has not been saved.")
                       .arg(name);
    else
        question = tr("Discard the API key typed for profile <b>%1</b>? It has not been saved.").arg(name);
    ask(m_discardConfirm, question);
}

void ProfilesPage::ask(InlineConfirmation* confirmation, const QString& question)
{
    confirmation->ask(question);
    // Shown where it is, which may be outside the visible part of the form.
    revealInScrollArea(m_formScroll, {confirmation});
}

void ProfilesPage::discardChanges()
{
    if (isBusy())
        return;
    if (m_adding) {
        // Cancel the new profile: back to the active one, or the first.
        const QString active = m_context->activeProfile().id;
        const QList<Profile> all = m_context->profiles()->profiles();
        if (all.isEmpty())
            return;
        selectProfile(m_context->profiles()->contains(active) ? active : all.first().id);
        return;
    }
    showProfile();
}

void ProfilesPage::saveProfile()
{
    saveProfileWithKey(defaultKeyTarget(), true);
}

ProfilesPage::KeyTarget ProfilesPage::defaultKeyTarget() const
{
    return m_keychainAvailable ? KeyTarget::Keychain : KeyTarget::Session;
}

void ProfilesPage::saveProfileWithKey(KeyTarget target, bool testKey)
{
    m_error->clear(); // an earlier refusal is answered by this attempt
    m_pendingUntested.reset();
    m_discardConfirm->hide();
    m_showEmptyFieldErrors = true; // tried: what is missing is said now
    Profile profile = formProfile();
    revalidateFor(profile);
    if (!m_formValid || isBusy())
        return;
    const bool keyTyped = !m_keyEdit->text().trimmed().isEmpty();
    const bool moved = serverEdited(profile);
    if (moved && keyTyped && testKey) {
        testKeyThenMove(profile, target);
        return;
    }
    if (moved && keyTyped && target == KeyTarget::Keychain && !m_adding) {
        // Saved without testing: still moved only once the keychain holds the key.
        writeKeyThenMove(m_keyEdit->text().trimmed().toUtf8(), profile);
        return;
    }
    const std::optional<Profile> saved = commitProfile(profile);
    if (saved && keyTyped)
        storeTypedKey(target, testKey, saved, moved);
}

std::optional<Profile> ProfilesPage::commitProfile(Profile profile)
{
    ProfileStore* store = m_context->profiles();
    const bool moved = serverEdited(profile);
    if (moved && store->contains(profile.id)) {
        // The keys kept for the old server stay (a refused new key must not cost the old one) but are
        // that server's: the context's read after activateProfile(), or the next start's, refuses them
        // for the new one, even where the keychain keeps what it was asked to delete.
        m_context->keys()->bindStoredKeyTo(profile.id, m_stored->baseUrl);
        m_context->sessionKeys()->bindStoredKeyTo(profile.id, m_stored->baseUrl);
    }
    if (m_adding) {
        profile.id = Profile::newId();
        // Selected before add(), so the list it refreshes already shows the new profile as current.
        m_adding = false;
        m_selectedId = profile.id;
        m_selectedId = store->add(profile);
        reloadStored();
        if (store->activeProfileId() == m_selectedId && m_context->activeProfile().id != m_selectedId)
            m_context->activateProfile(m_selectedId);
        m_status->setText(tr("Added profile “%1”.").arg(profile.name));
    } else {
        if (!store->update(profile)) {
            // Removed meanwhile (in another window, with the CLI): nothing to update. What was typed stays,
            // as a new profile the user can add.
            const QString typedKey = m_keyEdit->text();
            addProfile();
            m_keyEdit->setText(typedKey); // kept too: it was typed for this profile
            fillForm(profile);
            m_error->showMessage(
                tr("Profile “%1” was removed meanwhile (in another window or with the command "
                   "line), so it could not be saved. What you typed is kept here as a new "
                   "profile: choose Add profile to keep it.")
                    .arg(profile.name));
            return std::nullopt;
        }
        // profilesChanged has reloaded the cached stored profile
        // The context keeps a copy of the active profile: hand it the new server, organization and defaults.
        if (profile.id == m_context->activeProfile().id)
            m_context->activateProfile(profile.id);
        m_status->setText(tr("Saved profile “%1”.").arg(profile.name));
    }
    m_status->setVisible(true);
    m_title->setText(profile.name);
    fillList();
    revalidate();
    refreshKeyState();
    return profile;
}

void ProfilesPage::duplicateProfile()
{
    if (isBusy())
        return;
    const QString source = m_selectedId;
    const std::optional<Profile> copy = m_context->profiles()->duplicate(source);
    if (!copy)
        return;
    selectProfile(copy->id);
    const QString duplicated = tr("Duplicated as “%1”.").arg(copy->name);
    m_status->setText(duplicated);
    m_status->setVisible(true);
    // The same key usually reaches the copy's server too: copy it to the same kind of store. The
    // keychain's goes with the server it was stored for: a key refused for the original is not copied.
    // Until both copies have answered, the page is busy and counts them as its key writes: a Delete,
    // Remove key or Test & save on the copy would race with a late write of its key.
    const QString target = copy->id;
    const auto copied = [this, target, duplicated](const QString& note) {
        return [this, target, duplicated, note](const ProfileKeys::Result& written) {
            --m_keyWrites;
            setBusy(false);
            if (!written.ok())
                return;
            // Only while the status still tells of this duplicate: it may have moved on.
            if (m_status->isVisible() && m_status->text().startsWith(duplicated))
                m_status->setText(m_status->text() + u' ' + note);
            keyChanged(target); // one read: the store's own announcement is not followed (m_keyWrites)
        };
    };
    for (ProfileKeys* keys : {m_context->sessionKeys(), m_context->keys()}) {
        setBusy(true);
        ++m_keyWrites;
        keys->copy(source, copy->baseUrl, target, this,
                   copied(keys == m_context->keys() ? tr("The API key was copied too.")
                                                    : tr("The session key was copied too.")));
    }
}

void ProfilesPage::requestDelete()
{
    const std::optional<Profile> profile = storedProfile();
    if (!profile || isBusy())
        return;
    const bool active = profile->id == m_context->activeProfile().id;
    const QString after = activeAfterDeletingText(active, profileAfterDeleting(profile->id), Tense::Future);
    const QString name = profile->name.toHtmlEscaped();
    // Without a keychain its key, if any, is only this session's.
    QString text = m_keychainAvailable ? tr("Delete profile <b>%1</b>? Its API key is removed from the "
                                            "keychain too. This cannot be undone.")
                                             .arg(name)
                   : m_keyState == KeyState::SessionOnly
                       ? tr("Delete profile <b>%1</b>? Its API key, kept for this session only, is forgotten "
                            "too. This cannot be undone.")
                             .arg(name)
                       : tr("Delete profile <b>%1</b>? This cannot be undone.").arg(name);
    if (!after.isEmpty())
        text += u' ' + after.toHtmlEscaped();
    ask(m_deleteConfirm, text);
}

QString ProfilesPage::profileAfterDeleting(const QString& id) const
{
    QStringList ids;
    for (const Profile& other : m_context->profiles()->profiles())
        ids << other.id;
    const qsizetype index = ids.indexOf(id);
    if (index < 0)
        return {};
    ids.removeAt(index);
    return ids.isEmpty() ? QString() : ids.at(std::min(index, ids.size() - 1));
}

QString ProfilesPage::activeAfterDeletingText(bool deletingActive, const QString& next, Tense tense) const
{
    const bool future = tense == Tense::Future;
    if (next.isEmpty())
        return future ? tr("No profile will be left: a new one must then be added.")
                      : tr("No profile is left: a new one must be added.");
    if (!deletingActive)
        return {};
    const QString name = m_context->profiles()->profile(next).value_or(Profile()).name;
    return future ? tr("Every page will then work with profile “%1”.").arg(name)
                  : tr("Every page now works with profile “%1”.").arg(name);
}

void ProfilesPage::confirmDelete()
{
    const std::optional<Profile> profile = storedProfile();
    if (!profile || isBusy())
        return;
    const bool wasActive = profile->id == m_context->activeProfile().id;
    const QString next = profileAfterDeleting(profile->id);
    const QString activeAfter = activeAfterDeletingText(wasActive, next, Tense::Past);
    const bool sessionKey = m_keyState == KeyState::SessionOnly;

    m_selectedId = next;
    reloadStored();
    // The store removes the keychain entry (keyRemoved or keyRemovalFailed follows); the context forgets
    // a session key.
    m_context->profiles()->remove(profile->id);
    if (wasActive && !next.isEmpty())
        m_context->activateProfile(next);
    if (next.isEmpty())
        addProfile();
    else
        selectProfile(next);
    // Without a keychain the store's attempt to remove a key from it fails as expected: not news.
    const bool withoutKeychain = !m_keychainAvailable;
    QString pending =
        !withoutKeychain
            ? tr("Deleted profile “%1”; removing its API key from the keychain…").arg(profile->name)
        : sessionKey ? tr("Deleted profile “%1” and forgot its session key.").arg(profile->name)
                     : tr("Deleted profile “%1”.").arg(profile->name);
    if (!activeAfter.isEmpty())
        pending += u' ' + activeAfter;
    m_pendingKeyRemovals.insert(profile->id, {profile->name, pending, activeAfter, withoutKeychain});
    m_status->setText(pending);
    m_status->setVisible(true);
}

void ProfilesPage::showKeyRemoval(const QString& id, const QString& failure)
{
    const auto found = m_pendingKeyRemovals.constFind(id);
    if (found == m_pendingKeyRemovals.cend())
        return; // not deleted on this page
    const PendingKeyRemoval pending = *found;
    m_pendingKeyRemovals.erase(found);
    if (pending.withoutKeychain)
        return; // the status said what became of a session key; no keychain, nothing to remove there
    // Success replaces only the "removing…" it completes; a key left behind is told whatever came since.
    if (failure.isEmpty() && (m_status->isHidden() || m_status->text() != pending.statusText))
        return;
    QString text = failure.isEmpty()
                       ? tr("Deleted profile “%1” and its API key.").arg(pending.name)
                       : tr("Deleted profile “%1”, but its API key could not be removed, so it may still "
                            "be in the keychain (entry “%2”, service “%3”).")
                                 .arg(pending.name, SecretStore::entryName(id),
                                      QString::fromLatin1(SecretStore::kService)) +
                             u' ' + failure;
    if (!pending.activeAfterText.isEmpty())
        text += u' ' + pending.activeAfterText;
    m_status->setText(text);
    m_status->setVisible(true);
}

void ProfilesPage::useSelectedProfile()
{
    // Edited fields are saved or reverted first; a typed key stays, and is stored for this profile.
    if (m_adding || differsFromStored(formProfile()) || m_selectedId.isEmpty())
        return;
    m_context->activateProfile(m_selectedId);
    m_status->setText(tr("Every page now works with profile “%1”.").arg(m_context->activeProfile().name));
    m_status->setVisible(true);
}
