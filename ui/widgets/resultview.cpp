#include "resultview.h"
#include "ui_resultview.h"

#include "apiclient.h"
#include "duration.h"
#include "qrview.h"
#include "statuscolors.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QUrl>

#include <algorithm>

namespace {

constexpr int kStatusMs = 3000;

bool isWebUrl(const QUrl& url)
{
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty();
}

// A quieter text colour for captions and secondary facts, derived from the palette (works on dark themes).
QColor secondaryColor(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    return QColor::fromRgbF(text.redF() * 0.62f + window.redF() * 0.38f,
                            text.greenF() * 0.62f + window.greenF() * 0.38f,
                            text.blueF() * 0.62f + window.blueF() * 0.38f);
}

void setTextColor(QWidget* widget, const QColor& color)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, color);
    widget->setPalette(palette);
}

struct BadgeColors
{
    const char* background;
    const char* foreground;
};

// Light badges with dark text keep their contrast on light and dark themes alike.
BadgeColors badgeColors(const QString& state)
{
    if (state == u"PENDING" || state == u"PROCESSING") // both still wait for a device
        return {"#dbe9fe", "#1d3f8f"};
    if (state == u"DONE")
        return {"#d9f5e3", "#176135"};
    if (state == u"EXPIRED")
        return {"#fde2e1", "#8f1d1d"};
    return {"#e6e7ea", "#3a3f47"}; // DELETED and anything unknown
}

} // namespace

ResultView::ResultView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultView>())
    , m_copyCodeAction(new QAction(tr("Copy enroll code"), this))
    , m_copyLinkAction(new QAction(tr("Copy enrollment link"), this))
{
    m_ui->setupUi(this);

    m_copyCodeAction->setObjectName(QStringLiteral("copyCodeAction"));
    m_copyCodeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    // Window-wide: admins copy the code all day, wherever the focus happens to be in the page.
    // Only active while this view is visible, so other pages are not affected.
    m_copyCodeAction->setShortcutContext(Qt::WindowShortcut);
    m_copyLinkAction->setObjectName(QStringLiteral("copyLinkAction"));
    m_copyLinkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_copyLinkAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_copyCodeAction);
    addAction(m_copyLinkAction);
    connect(m_copyCodeAction, &QAction::triggered, this, &ResultView::copyCode);
    connect(m_copyLinkAction, &QAction::triggered, this, &ResultView::copyLink);

    connect(m_ui->copyCodeButton, &QPushButton::clicked, this, &ResultView::copyCode);
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this, &ResultView::copyLink);
    connect(m_ui->openLinkButton, &QPushButton::clicked, this, &ResultView::openLink);
    connect(m_ui->linkLabel, &QLabel::linkActivated, this, &ResultView::openLink);
    connect(m_ui->createAnotherButton, &QPushButton::clicked, this, &ResultView::createAnotherRequested);
    m_ui->linkLabel->installEventFilter(this);
    m_ui->headerLayout->setStretch(0, 1);

    QrView* qr = m_ui->qrView;
    auto* qrMenu = new QMenu(this);
    qrMenu->addActions({qr->savePngAction(), qr->saveSvgAction(), qr->printAction()});
    m_ui->qrMenuButton->setMenu(qrMenu);
    connect(m_ui->fullScreenButton, &QPushButton::clicked, qr->fullScreenAction(), &QAction::trigger);
    connect(qr, &QrView::contentChanged, this, [this] {
        m_ui->fullScreenButton->setEnabled(m_ui->qrView->hasCode());
        m_ui->qrMenuButton->setEnabled(m_ui->qrView->hasCode());
    });
    connect(qr, &QrView::fileSaved, this,
            [this](const QString& path) { showStatus(tr("QR code saved to %1").arg(path)); });

    m_countdownTimer.setInterval(1000);
    connect(&m_countdownTimer, &QTimer::timeout, this, &ResultView::updateCountdown);
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(kStatusMs);
    connect(&m_statusTimer, &QTimer::timeout, m_ui->statusLabel, &QLabel::clear);

    m_ui->createAnotherButton->setVisible(false);
    applyFonts();
    clear();
}

ResultView::~ResultView()
{
    ++m_generation; // cancel() may call back synchronously: make that callback a no-op
    if (m_imageCall)
        m_imageCall->cancel();
}

void ResultView::setClient(ApiClient* client)
{
    m_client = client;
}

QList<PageCommand> ResultView::commands() const
{
    QrView* qr = m_ui->qrView;
    QList<PageCommand> commands{
        PageCommand::triggering(tr("Copy enroll c&ode"), m_copyCodeAction, this),
        PageCommand::triggering(tr("Copy enrollment &link"), m_copyLinkAction, this),
        PageCommand::separator(),
    };
    for (QAction* action :
         {qr->savePngAction(), qr->saveSvgAction(), qr->printAction(), qr->fullScreenAction()})
        commands << PageCommand::triggering(action->text(), action, this);
    if (m_createAnotherVisible)
        commands << PageCommand::separator()
                 << PageCommand::clicking(tr("Create ano&ther"), m_ui->createAnotherButton);
    return commands;
}

QrView* ResultView::qrView() const
{
    return m_ui->qrView;
}

void ResultView::setCreateAnotherVisible(bool visible)
{
    m_createAnotherVisible = visible;
    m_ui->createAnotherButton->setVisible(visible);
}

void ResultView::applyFonts()
{
    const qreal base = std::max(QFontInfo(font()).pointSizeF(), 8.0);
    const QColor secondary = secondaryColor(palette());

    QFont title = font();
    title.setPointSizeF(base * 1.4);
    title.setWeight(QFont::DemiBold);
    m_ui->titleLabel->setFont(title);
    setTextColor(m_ui->subtitleLabel, secondary);

    QFont caption = font();
    caption.setWeight(QFont::DemiBold);
    for (QLabel* label : {m_ui->codeCaption, m_ui->linkCaption}) {
        label->setFont(caption);
        setTextColor(label, secondary);
    }
    for (QLabel* label :
         {m_ui->expiresCaption, m_ui->platformCaption, m_ui->policiesCaption, m_ui->tokenIdCaption}) {
        setTextColor(label, secondary);
        // A caption sits on the first line of a value that wraps (several policies).
        label->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    }
    for (QLabel* label : std::initializer_list<QLabel*>{m_ui->qrSourceLabel, m_ui->statusLabel})
        setTextColor(label, secondary);

    // The code is typed by hand on the device: large, monospace (0/O and 1/l stay apart), a little airy.
    QFont code = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    code.setStyleHint(QFont::Monospace);
    code.setFixedPitch(true);
    const bool longCode = m_token.enrollCode.size() > 12;
    code.setPointSizeF(base * (longCode ? 1.6 : 2.6));
    code.setWeight(QFont::Bold);
    code.setLetterSpacing(QFont::PercentageSpacing, longCode ? 100 : 112);
    m_ui->enrollCodeLabel->setFont(code);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(base);
    m_ui->tokenIdLabel->setFont(mono);

    QFont badge = font();
    badge.setWeight(QFont::DemiBold);
    m_ui->stateBadge->setFont(badge);
}

void ResultView::clear()
{
    ++m_generation;
    if (m_imageCall)
        m_imageCall->cancel();
    m_imageCall = nullptr;
    m_token = EnrollmentToken{};
    m_hasToken = false;
    m_countdownTimer.stop();
    m_statusTimer.stop();
    m_ui->statusLabel->clear();
    fillFromToken();
    m_ui->qrView->setCaption({});
    m_ui->qrView->setPlaceholderText({});
    m_ui->qrView->clear();
    m_fallbackReason.clear();
    setQrSource(QrSource::None);
}

void ResultView::showToken(const EnrollmentToken& token)
{
    ++m_generation;
    if (m_imageCall)
        m_imageCall->cancel(); // its callback sees the old generation and does nothing
    m_imageCall = nullptr;
    m_token = token;
    m_hasToken = true;
    m_statusTimer.stop();
    m_ui->statusLabel->clear();
    applyFonts(); // the code's size depends on its length
    fillFromToken();
    m_ui->qrView->setCaption(token.enrollCode);

    // The API's QR code provisions a whole device from the setup wizard's reader (six taps on the welcome
    // screen). A work profile goes on a personal device that is already set up: its user opens the
    // enrollment link there, which the link's own QR code does from the camera (without a link, the API's
    // code is still better than none).
    if (token.platform == Platform::Android && !token.qrcodeUrl.isEmpty() &&
        (token.managementMode != u"PROFILE_OWNER" || token.enrollmentLink.isEmpty()))
        startImageDownload();
    else
        showLocalQr(QrSource::Link);
}

void ResultView::fillFromToken()
{
    const EnrollmentToken& t = m_token;
    m_ui->titleLabel->setText(m_hasToken ? tr("%1 enrollment token").arg(platformName(t.platform))
                                         : tr("No token yet"));
    QStringList subtitle;
    if (!m_hasToken)
        subtitle << tr("Create a token to see its enroll code, enrollment link and QR code here.");
    const QString who = t.userEmail.isEmpty() ? t.userId : t.userEmail;
    if (!who.isEmpty())
        subtitle << tr("For %1").arg(who);
    if (!t.displayName.isEmpty())
        subtitle << tr("“%1”", "display name in quotes").arg(t.displayName);
    if (m_hasToken && !m_origin.isEmpty())
        subtitle << m_origin;
    m_ui->subtitleLabel->setText(subtitle.join(QStringLiteral("  ·  ")));
    m_ui->subtitleLabel->setVisible(!subtitle.isEmpty());

    const bool hasCode = !t.enrollCode.isEmpty();
    m_ui->enrollCodeLabel->setText(hasCode ? t.enrollCode : QStringLiteral("—"));
    m_ui->enrollCodeLabel->setAccessibleDescription(tr("Enroll code")); // the code is read as its name
    m_ui->copyCodeButton->setEnabled(hasCode);
    // The code label takes no Tab focus; the button that does (it has it after a create) reads the code,
    // a character at a time ("S V V 5 I G"), as a word it would be spoken wrong.
    QStringList characters;
    for (const QChar c : std::as_const(t.enrollCode))
        characters << QString(c);
    m_ui->copyCodeButton->setAccessibleDescription(characters.join(u' '));
    m_copyCodeAction->setEnabled(hasCode);
    m_ui->copyCodeButton->setToolTip(
        tr("Copy the enroll code to the clipboard (%1)")
            .arg(m_copyCodeAction->shortcut().toString(QKeySequence::NativeText)));

    const bool hasLink = !t.enrollmentLink.isEmpty();
    m_ui->openLinkButton->setEnabled(hasLink && isWebUrl(QUrl(t.enrollmentLink)));
    m_ui->copyLinkButton->setEnabled(hasLink);
    m_copyLinkAction->setEnabled(hasLink);
    m_ui->copyLinkButton->setToolTip(
        tr("Copy the enrollment link to the clipboard (%1)")
            .arg(m_copyLinkAction->shortcut().toString(QKeySequence::NativeText)));
    m_ui->linkLabel->setToolTip(t.enrollmentLink);
    m_ui->linkLabel->setAccessibleName(tr("Enrollment link"));
    m_ui->linkLabel->setAccessibleDescription(t.enrollmentLink);
    updateLinkText();

    if (!m_hasToken)
        m_ui->expiryLabel->clear();
    else if (t.perpetual)
        m_ui->expiryLabel->setText(tr("Never"));
    else if (!t.expireAt.isValid())
        m_ui->expiryLabel->setText(tr("Unknown"));
    else
        m_ui->expiryLabel->setText(formatExpiry(t.expireAt, locale()));

    QString platform = m_hasToken ? platformName(t.platform) : QString();
    if (t.platform == Platform::Android && !t.managementMode.isEmpty())
        platform += QStringLiteral("  ·  ") + managementModeText(t.managementMode);
    m_ui->platformLabel->setText(platform);

    QList<AssignedPolicy> policies = t.assignments;
    std::stable_sort(policies.begin(), policies.end(), [](const AssignedPolicy& a, const AssignedPolicy& b) {
        return a.priority < b.priority;
    });
    QStringList lines;
    // The primary policy first, and always: with assignments beside it, it was left out.
    if (!t.policyId.isEmpty())
        lines << tr("Primary policy: %1").arg(m_policyNames.value(t.policyId, t.policyId));
    for (const AssignedPolicy& policy : policies) {
        const QString name = policy.policyName.isEmpty()
                                 ? m_policyNames.value(policy.policyId, policy.policyId)
                                 : policy.policyName;
        lines << tr("%1 (priority %2)").arg(name).arg(policy.priority);
    }
    m_ui->policiesLabel->setText(lines.isEmpty() ? (m_hasToken ? tr("None") : QString()) : lines.join(u'\n'));

    m_ui->tokenIdLabel->setText(t.id);

    for (QWidget* w : std::initializer_list<QWidget*>{
             m_ui->codeCaption,     m_ui->enrollCodeLabel, m_ui->copyCodeButton,  m_ui->linkCaption,
             m_ui->linkLabel,       m_ui->openLinkButton,  m_ui->copyLinkButton,  m_ui->expiresCaption,
             m_ui->expiryLabel,     m_ui->countdownLabel,  m_ui->platformCaption, m_ui->platformLabel,
             m_ui->policiesCaption, m_ui->policiesLabel,   m_ui->tokenIdCaption,  m_ui->tokenIdLabel,
             m_ui->stateBadge,      m_ui->headerRule,      m_ui->qrView,          m_ui->fullScreenButton,
             m_ui->qrMenuButton})
        w->setVisible(m_hasToken);
    m_ui->createAnotherButton->setVisible(m_createAnotherVisible && m_hasToken);

    updateCountdown();
    if (m_hasToken && !t.perpetual && t.expireAt.isValid() && QDateTime::currentDateTimeUtc() < t.expireAt)
        m_countdownTimer.start();
    else
        m_countdownTimer.stop();
}

QString ResultView::effectiveState() const
{
    // The API's PENDING is stale once the expiry has passed; show what the admin will find.
    if (m_token.state == u"PENDING" && !m_token.perpetual && m_token.expireAt.isValid() &&
        QDateTime::currentDateTimeUtc() >= m_token.expireAt)
        return QStringLiteral("EXPIRED");
    return m_token.state;
}

void ResultView::updateState()
{
    const QString state = effectiveState();
    QLabel* badge = m_ui->stateBadge;
    if (!m_hasToken || state.isEmpty()) {
        badge->clear();
        badge->setStyleSheet({});
        badge->setVisible(false);
        return;
    }
    const BadgeColors colors = badgeColors(state);
    badge->setText(stateText(state));
    badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 10px;"
                                        " padding: 3px 12px; }")
                             .arg(QLatin1String(colors.background), QLatin1String(colors.foreground)));
    badge->setAccessibleName(tr("State: %1").arg(stateText(state)));
    badge->setToolTip(state == m_token.state
                          ? m_token.state
                          : tr("Reported as %1; the expiry time has passed.").arg(stateText(m_token.state)));
    badge->setVisible(true);
}

void ResultView::updateCountdown()
{
    updateState();
    if (!m_hasToken || m_token.perpetual || !m_token.expireAt.isValid()) {
        m_ui->countdownLabel->clear();
        m_countdownTimer.stop();
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool expired = now >= m_token.expireAt;
    m_ui->countdownLabel->setText(countdownText(now, m_token.expireAt));
    setTextColor(m_ui->countdownLabel, expired ? StatusColors::error(palette()) : secondaryColor(palette()));
    if (expired)
        m_countdownTimer.stop();
}

void ResultView::updateLinkText()
{
    const QString link = m_token.enrollmentLink;
    QLabel* label = m_ui->linkLabel;
    if (link.isEmpty()) {
        label->setText(m_hasToken ? tr("No enrollment link") : QString());
        return;
    }
    // Elide in the middle: the host and the token's tail are the parts people compare.
    const int width = std::max(label->width() - 4, 40);
    const QString shown = label->fontMetrics().elidedText(link, Qt::ElideMiddle, width);
    label->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(link.toHtmlEscaped(), shown.toHtmlEscaped()));
}

void ResultView::showLocalQr(QrSource source)
{
    QrView* qr = m_ui->qrView;
    if (m_token.enrollmentLink.isEmpty()) {
        qr->setPlaceholderText(tr("No enrollment link to show as a QR code"));
        qr->clear();
        setQrSource(QrSource::None);
        return;
    }
    if (!qr->setText(m_token.enrollmentLink)) {
        qr->setPlaceholderText(tr("The enrollment link is too long for a QR code"));
        setQrSource(QrSource::None);
        return;
    }
    setQrSource(source);
}

void ResultView::startImageDownload()
{
    const QUrl url(m_token.qrcodeUrl);
    if (!m_client || !isWebUrl(url)) {
        m_fallbackReason = tr("The QR image cannot be downloaded here.");
        showLocalQr(QrSource::Fallback);
        return;
    }
    m_ui->qrView->setPlaceholderText(tr("Downloading the QR image…"));
    m_ui->qrView->clear();
    setQrSource(QrSource::Loading);
    const quint64 generation = m_generation;
    m_imageCall = m_client->fetchImage(url, this, [this, generation](const ApiResult<QByteArray>& result) {
        if (generation != m_generation)
            return;
        m_imageCall = nullptr;
        QImage image;
        if (!result.ok()) {
            // The image's address comes with the token, not from the profile: the API's advice for an
            // HTTP status (check the server address, the key) does not apply to it.
            m_fallbackReason =
                result.error.httpStatus() > 0
                    ? tr("The QR image could not be downloaded (its server answered HTTP %1).")
                          .arg(result.error.httpStatus())
                    : tr("The QR image could not be downloaded: %1").arg(result.error.message());
            showLocalQr(QrSource::Fallback);
            return;
        }
        if (!image.loadFromData(result.value)) {
            m_fallbackReason = tr("The downloaded QR image could not be read.");
            showLocalQr(QrSource::Fallback);
            return;
        }
        m_ui->qrView->setImage(image,
                               m_token.enrollmentLink.isEmpty() ? m_token.qrcodeUrl : m_token.enrollmentLink);
        setQrSource(QrSource::Downloaded);
    });
}

QString ResultView::qrNote() const
{
    switch (m_qrSource) {
    case QrSource::Link:
        return m_token.platform == Platform::Windows ? tr("Scan to open the enrollment link.")
                                                     : tr("This QR code opens the enrollment link.");
    case QrSource::Downloaded:
        return tr("Scan during device setup: tap the welcome screen six times to open the QR reader.");
    case QrSource::Fallback:
        return m_fallbackReason + u' ' + tr("This QR code opens the enrollment link instead.");
    case QrSource::Loading:
    case QrSource::None:
        break;
    }
    return {};
}

void ResultView::setQrSource(QrSource source)
{
    m_qrSource = source;
    const QString note = qrNote();
    m_ui->qrSourceLabel->setText(note);
    m_ui->qrSourceLabel->setVisible(!note.isEmpty());
    m_ui->fullScreenButton->setEnabled(m_ui->qrView->hasCode());
    m_ui->qrMenuButton->setEnabled(m_ui->qrView->hasCode());
    Q_EMIT qrSourceChanged(source);
}

void ResultView::showStatus(const QString& text)
{
    m_ui->statusLabel->setText(text);
    m_statusTimer.start();
}

void ResultView::copyCode()
{
    if (!m_hasToken || m_token.enrollCode.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_token.enrollCode);
    showStatus(tr("Copied the enroll code %1").arg(m_token.enrollCode));
}

void ResultView::copyLink()
{
    if (!m_hasToken || m_token.enrollmentLink.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_token.enrollmentLink);
    showStatus(tr("Copied the enrollment link"));
}

void ResultView::openLink()
{
    const QUrl url(m_token.enrollmentLink);
    // The link comes from the network: hand only web addresses to the desktop.
    if (!m_hasToken || !isWebUrl(url)) {
        showStatus(tr("This link cannot be opened in a browser"));
        return;
    }
    if (!QDesktopServices::openUrl(url))
        showStatus(tr("No browser could be started for the link"));
}

QString ResultView::managementModeText(const QString& mode)
{
    if (mode == u"DEVICE_OWNER")
        return tr("Fully managed (device owner)");
    if (mode == u"PROFILE_OWNER")
        return tr("Work profile (profile owner)");
    if (mode == u"COPE")
        return tr("Company-owned with work profile (COPE)");
    if (mode == u"USERLESS")
        return tr("Dedicated device (userless)");
    return mode;
}

QString ResultView::stateText(const QString& state)
{
    if (state == u"PENDING")
        return tr("Pending", "token state");
    if (state == u"PROCESSING") // Android's status while Google sets the enrollment up
        return tr("Processing", "token state");
    if (state == u"DONE")
        return tr("Done", "token state: a device enrolled with it");
    if (state == u"EXPIRED")
        return tr("Expired", "token state");
    if (state == u"DELETED")
        return tr("Deleted", "token state");
    return state;
}

QString ResultView::countdownText(const QDateTime& now, const QDateTime& expireAt)
{
    if (!expireAt.isValid() || !now.isValid())
        return {};
    const qint64 left = now.secsTo(expireAt);
    if (left <= 0)
        return tr("expired");
    const qint64 days = left / Duration::kDay;
    const qint64 hours = left % Duration::kDay / Duration::kHour;
    const qint64 minutes = left % Duration::kHour / Duration::kMinute;
    const qint64 seconds = left % 60;
    if (days > 0)
        return tr("expires in %1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("expires in %1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("expires in %1 min %2 s").arg(minutes).arg(seconds);
    return tr("expires in %1 s").arg(seconds);
}

QString ResultView::formatExpiry(const QDateTime& expireAt, const QLocale& locale)
{
    if (!expireAt.isValid())
        return {};
    const QDateTime local = expireAt.toLocalTime();
    const QString zone = local.timeZoneAbbreviation();
    const QString text = locale.toString(local.date(), QLocale::LongFormat) + u' ' +
                         locale.toString(local.time(), QLocale::ShortFormat);
    return zone.isEmpty() ? text : text + u' ' + zone;
}

void ResultView::changeEvent(QEvent* event)
{
    if (!m_ui->titleLabel) // before setupUi
        return QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_ui->retranslateUi(this);
        fillFromToken();
        m_ui->qrSourceLabel->setText(qrNote());
        break;
    case QEvent::LocaleChange:
        fillFromToken();
        break;
    case QEvent::FontChange:
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
        applyFonts();
        updateCountdown();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void ResultView::setAvailableWidth(int width)
{
    m_availableWidth = width;
    updateDirection();
}

void ResultView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateDirection();
}

void ResultView::updateDirection()
{
    if (m_availableWidth < 0)
        return;
    // Side by side when both parts fit at their minimum width. In a scroll area the view is never narrower
    // than its own minimum, hence the available width. The parts' minimums do not depend on the direction.
    QBoxLayout* body = m_ui->bodyLayout;
    const QMargins margins = m_ui->outerLayout->contentsMargins();
    const int sideBySide = m_ui->infoLayout->minimumSize().width() + body->spacing() +
                           m_ui->qrLayout->minimumSize().width() + margins.left() + margins.right();
    const auto direction =
        std::min(width(), m_availableWidth) >= sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (body->direction() != direction) {
        body->setDirection(direction);
        body->setStretch(0, direction == QBoxLayout::LeftToRight ? 1 : 0);
    }
}

bool ResultView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->linkLabel && event->type() == QEvent::Resize)
        updateLinkText();
    return QWidget::eventFilter(watched, event);
}
