#include "policypicker.h"

#include "apiclient.h"
#include "apierror.h"
#include "appicons.h"

#include <QCollator>
#include <QEvent>
#include <QFocusEvent>
#include <QLineEdit>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolButton>

#include <algorithm>

namespace {
constexpr int kKnownRole = Qt::UserRole + 1; // true on entries that came from the API's list
constexpr int kButtonGap = 2;
} // namespace

PolicyPicker::PolicyPicker(QWidget* parent)
    : LengthSizedComboBox(12, parent)
    , m_refresh(new QToolButton(this))
    // The console's own icon: Qt's standard one would load every image format plugin on the first
    // screen (consolestyle.h).
    , m_reloadIcon(AppIcons::load(u"reload"))
{
    setObjectName(QStringLiteral("policyPicker"));
    setAccessibleName(tr("Policy"));
    m_refresh->setObjectName(QStringLiteral("refreshPolicies"));
    m_refresh->setAutoRaise(true);
    m_refresh->setFocusPolicy(Qt::TabFocus);
    m_refresh->setCursor(Qt::ArrowCursor);
    connect(m_refresh, &QToolButton::clicked, this, &PolicyPicker::reload);
    connect(this, &QComboBox::editTextChanged, this, &PolicyPicker::noteTypedId);
    fill(QString());
    showState();
}

PolicyPicker::~PolicyPicker()
{
    if (m_call)
        m_call->cancel();
}

QString PolicyPicker::cacheKey() const
{
    if (!m_client)
        return {};
    return m_client->baseUrl().toString() + u'|' + m_client->organization() + u'|' + platformName(m_platform);
}

void PolicyPicker::setClient(ApiClient* client, Platform platform)
{
    const bool same = client == m_client && platform == m_platform;
    m_client = client;
    m_platform = platform;
    if (same && !m_loadedKey.isEmpty() && m_loadedKey == cacheKey())
        return;
    if (client && !client->hasApiKey()) {
        // The window is built before the profile's key has arrived: a request now could only fail, and
        // would show a warning until the pages reload the list when the key is there. A click on the
        // refresh button still asks, and says why it cannot.
        cancelLoad();
        m_error.clear();
        dropListOfAnotherConnection();
        showState();
        return;
    }
    load();
}

void PolicyPicker::reload()
{
    load();
}

void PolicyPicker::cancelLoad()
{
    if (m_call) {
        ApiCall* previous = m_call;
        m_call = nullptr;
        previous->cancel();
    }
}

void PolicyPicker::dropListOfAnotherConnection()
{
    if (m_loadedKey.isEmpty() || m_loadedKey == cacheKey())
        return;
    // Another server, organization or platform: the list loaded for the previous one is not offered,
    // neither while this one's loads nor when that fails (its ids mean nothing here, or another policy).
    // The chosen id is kept, as "Unknown policy …" until the new list has it.
    m_policies.clear();
    m_loadedKey.clear();
    fill(policyId());
    Q_EMIT policiesChanged(m_policies);
}

void PolicyPicker::load()
{
    cancelLoad();
    if (!m_client) {
        showState();
        return;
    }
    m_error.clear();
    dropListOfAnotherConnection();
    const QString key = cacheKey();
    m_call = m_client->listPolicies(m_platform, this, [this, key](const ApiResult<Page<Policy>>& result) {
        if (result.error.kind() == ApiError::Kind::Cancelled)
            return;
        m_call = nullptr;
        if (!result.ok()) {
            m_error = result.error.message();
            showState();
            Q_EMIT loadFailed(m_error);
            return;
        }
        QList<Policy> policies = result.value.items;
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::stable_sort(policies.begin(), policies.end(), [&](const Policy& a, const Policy& b) {
            return collator.compare(a.name, b.name) < 0;
        });
        m_policies = policies;
        m_loadedKey = key;
        // An id being typed stays a field until the focus leaves it: keys typed as the list arrives
        // would otherwise go to the list's type-ahead and choose a policy by its name.
        if (!isTypingInField())
            fill(m_pendingId.isEmpty() ? policyId() : m_pendingId);
        showState();
        Q_EMIT policiesLoaded(m_policies);
        Q_EMIT policiesChanged(m_policies);
    });
    showState();
}

void PolicyPicker::retranslateTypedIdEdit()
{
    if (!isEditable())
        return;
    lineEdit()->setAccessibleName(tr("Policy id"));
    lineEdit()->setPlaceholderText(tr("Policy id: 24 hexadecimal characters, or empty for none"));
}

void PolicyPicker::fill(const QString& keepId)
{
    const bool wasTyping = isEditable();
    if (wasTyping) {
        // A list to choose from again (the caller took the typed id as keepId).
        const QSignalBlocker blocker(this);
        setEditable(false);
    }
    const QString before = policyId();
    const int beforeIndex = currentIndex();
    {
        // One change signal at the end, not one per item.
        const QSignalBlocker blocker(this);
        clear();
        addItem(tr("(none)", "no primary policy"), QString());
        setItemData(0, tr("No primary policy: the field is left out of the request"), Qt::ToolTipRole);
        for (const Policy& policy : std::as_const(m_policies)) {
            addItem(policy.name.isEmpty() ? policy.id : policy.name, policy.id);
            setItemData(count() - 1, policy.id, Qt::ToolTipRole);
            setItemData(count() - 1, true, kKnownRole);
        }
        m_pendingId.clear();
        int index = keepId.isEmpty() ? 0 : findPolicy(keepId);
        if (index < 0) {
            // Keep a chosen id the list does not have (yet): dropping it silently would change the request.
            addItem(tr("Unknown policy %1").arg(keepId), keepId);
            setItemData(count() - 1, keepId, Qt::ToolTipRole);
            index = count() - 1;
            m_pendingId = keepId;
        }
        setCurrentIndex(index);
    }
    if (policyId() != before || currentIndex() != beforeIndex) {
        Q_EMIT currentIndexChanged(currentIndex());
        Q_EMIT currentTextChanged(currentText());
    }
    if (wasTyping)
        Q_EMIT typingIdChanged(false);
}

QString PolicyPicker::policyId() const
{
    if (isEditable()) {
        // Ids are lower-case hex as the API gives them; the form's rules check what is typed.
        const QString typed = currentText().trimmed();
        return typed == itemText(0) ? QString() : typed.toLower(); // "(none)" chosen from the box's list
    }
    return currentData().toString();
}

void PolicyPicker::allowTypedIdWithoutList(bool allow)
{
    m_typedIdAllowed = allow;
    followTypingMode();
}

bool PolicyPicker::isTypingInField() const
{
    return isEditable() && hasFocus();
}

void PolicyPicker::followTypingMode()
{
    // Kept while a reload after a failure is under way, and while the id is being typed: the id stays where
    // it is.
    const bool typing =
        m_typedIdAllowed && (isTypingInField() ||
                             (m_policies.isEmpty() && (!m_error.isEmpty() || (isEditable() && isLoading()))));
    if (typing == isEditable())
        return;
    const QString id = policyId();
    if (!typing) {
        fill(id); // the list that has loaded now, the typed id chosen in it (or kept as unknown)
        return;
    }
    {
        const QSignalBlocker blocker(this);
        setEditable(true);
        setInsertPolicy(QComboBox::NoInsert); // Return must not add the typed id to the list
        setCompleter(nullptr);
        clear();
        addItem(tr("(none)", "no primary policy"), QString());
        setItemData(0, tr("No primary policy: the field is left out of the request"), Qt::ToolTipRole);
        m_pendingId.clear();
        QLineEdit* edit = lineEdit();
        edit->setObjectName(QStringLiteral("policyIdEdit"));
        retranslateTypedIdEdit();
        m_typedId = id;
        edit->setText(id);
    }
    m_refresh->raise(); // above the line edit, made after it
    placeRefreshButton();
    Q_EMIT typingIdChanged(true);
}

void PolicyPicker::noteTypedId()
{
    // Typing, "(none)" from the box's list and setPolicyId() all change the text; the form hears of a
    // change of the id only, not of each switch between list and field.
    if (!isEditable() || policyId() == m_typedId)
        return;
    m_typedId = policyId();
    Q_EMIT typedIdChanged();
}

void PolicyPicker::focusOutEvent(QFocusEvent* event)
{
    LengthSizedComboBox::focusOutEvent(event);
    // The list that arrived while the id was being typed takes over once the focus has left the field
    // (the box has it: its line edit is a proxy); queued, as the field goes with it. Not for the box's own
    // list opening.
    if (isEditable() && event->reason() != Qt::PopupFocusReason)
        QMetaObject::invokeMethod(this, &PolicyPicker::followTypingMode, Qt::QueuedConnection);
}

int PolicyPicker::findPolicy(const QString& id) const
{
    if (id.isEmpty())
        return -1;
    for (int row = 0; row < count(); ++row) {
        if (itemData(row, kKnownRole).toBool() &&
            itemData(row).toString().compare(id, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

void PolicyPicker::setPolicyId(const QString& id)
{
    const QString wanted = id.trimmed();
    if (isEditable()) {
        lineEdit()->setText(wanted);
        return;
    }
    if (wanted.isEmpty()) {
        m_pendingId.clear();
        setCurrentIndex(0);
        return;
    }
    const int index = findPolicy(wanted);
    if (index >= 0) {
        m_pendingId.clear();
        setCurrentIndex(index);
        return;
    }
    fill(wanted);
}

void PolicyPicker::showState()
{
    followTypingMode();
    const bool loading = isLoading();
    m_refresh->setEnabled(m_client && !loading);
    if (!m_error.isEmpty()) {
        m_refresh->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_refresh->setToolTip(tr("Could not load the policies: %1\nClick to try again.").arg(m_error));
        m_refresh->setAccessibleName(tr("Could not load the policies; try again"));
        setAccessibleDescription(m_error);
    } else {
        m_refresh->setIcon(m_reloadIcon);
        m_refresh->setToolTip(loading ? tr("Loading the policies…") : tr("Load the policies again"));
        m_refresh->setAccessibleName(tr("Reload the policies"));
        setAccessibleDescription(QString());
    }
}

void PolicyPicker::placeRefreshButton()
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const QRect field =
        style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    const int side = std::min(field.height(), 22);
    m_refresh->setIconSize(QSize(side - 6, side - 6));
    m_refresh->setGeometry(field.right() - side + 1, field.top() + (field.height() - side) / 2, side, side);
    if (isEditable())
        lineEdit()->setTextMargins(0, 0, side + kButtonGap, 0); // typed text stops before the button
}

void PolicyPicker::resizeEvent(QResizeEvent* event)
{
    LengthSizedComboBox::resizeEvent(event);
    placeRefreshButton();
}

void PolicyPicker::paintEvent(QPaintEvent* event)
{
    if (isEditable()) {
        LengthSizedComboBox::paintEvent(event); // the line edit shows the text
        return;
    }
    // As QComboBox paints itself, except that the label is elided before the refresh button instead of
    // running under it.
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    if (currentIndex() < 0 && !placeholderText().isEmpty()) {
        option.palette.setBrush(QPalette::ButtonText, option.palette.placeholderText());
        option.currentText = placeholderText();
    }
    const QRect field =
        style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    int room = field.width() - m_refresh->width() - kButtonGap;
    if (!option.currentIcon.isNull())
        room -= option.iconSize.width() + 4;
    option.currentText = option.fontMetrics.elidedText(option.currentText, Qt::ElideRight, std::max(room, 0));
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

QSize PolicyPicker::sizeHint() const
{
    return LengthSizedComboBox::sizeHint() + QSize(m_refresh->sizeHint().width() + kButtonGap, 0);
}

QSize PolicyPicker::minimumSizeHint() const
{
    return LengthSizedComboBox::minimumSizeHint() + QSize(m_refresh->sizeHint().width() + kButtonGap, 0);
}

void PolicyPicker::changeEvent(QEvent* event)
{
    LengthSizedComboBox::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        {
            // In the field, the current item is "(none)": renaming it would put its name in place of the
            // id typed.
            const QSignalBlocker blocker(this);
            const QString typed = isEditable() ? lineEdit()->text() : QString();
            setItemText(0, tr("(none)", "no primary policy"));
            if (isEditable())
                lineEdit()->setText(typed);
        }
        retranslateTypedIdEdit();
        showState();
    } else if (event->type() == QEvent::StyleChange) {
        showState();
        placeRefreshButton();
    }
}
