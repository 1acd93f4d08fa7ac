#include "connectionbanner.h"

#include "appcontext.h"
#include "elidedrunslabel.h"
#include "statuscolors.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

ConnectionBanner::ConnectionBanner(AppContext* context, QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_where(new ElidedRunsLabel)
    , m_key(new QLabel)
    , m_profiles(new QComboBox)
    , m_manage(new QPushButton(tr("Profiles && key…")))
    , m_copyOrganization(new QAction(tr("Copy the &organization"), this))
    , m_copyServer(new QAction(tr("Copy the &server address"), this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAccessibleName(tr("Connection"));
    setAutoFillBackground(true);
    m_where->setObjectName(QStringLiteral("bannerText"));
    m_where->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // After the line's own Copy (the whole line): its two values alone.
    m_copyOrganization->setObjectName(QStringLiteral("copyOrganization"));
    m_copyServer->setObjectName(QStringLiteral("copyServerAddress"));
    connect(m_copyOrganization, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(m_context->activeProfile().organization); });
    connect(m_copyServer, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(m_context->activeProfile().baseUrl.toDisplayString());
    });
    m_where->addActions({m_copyOrganization, m_copyServer});
    m_key->setObjectName(QStringLiteral("bannerKeyState"));
    m_profiles->setObjectName(QStringLiteral("profileSwitcher"));
    m_profiles->setAccessibleName(tr("Active profile"));
    m_profiles->setToolTip(tr("Switch profile (organization and server)"));
    m_manage->setObjectName(QStringLiteral("manageProfilesButton"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    auto* profileLabel = new QLabel(tr("P&rofile:"));
    profileLabel->setBuddy(m_profiles);
    layout->addWidget(m_where, 1);
    layout->addWidget(m_key);
    layout->addWidget(profileLabel);
    layout->addWidget(m_profiles);
    layout->addWidget(m_manage);

    connect(m_manage, &QPushButton::clicked, this, &ConnectionBanner::manageProfilesRequested);
    // Switching organization clears the forms: it takes a deliberate choice in the open list, not a
    // stray arrow key, typed letter or mouse wheel over the closed box.
    m_profiles->setFocusPolicy(Qt::StrongFocus);
    m_profiles->installEventFilter(this);
    connect(m_profiles, &QComboBox::activated, this,
            [this](int index) { m_context->activateProfile(m_profiles->itemData(index).toString()); });
    // The switcher is as wide as its longest profile name. QComboBox measures its items when first shown
    // (its default policy); only a later change of the list needs AdjustToContents, which Qt 6.4 cannot set
    // without building the popup list at once: set when the list first changes, not at start-up.
    connect(context->profiles(), &ProfileStore::profilesChanged, this, [this] {
        m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        fillProfiles();
    });
    connect(context, &AppContext::connectionChanged, this, &ConnectionBanner::refresh);
    connect(context, &AppContext::activeProfileEdited, this, &ConnectionBanner::refresh);
    connect(context, &AppContext::keyStateChanged, this, &ConnectionBanner::refresh);
    fillProfiles();
    refresh();
}

bool ConnectionBanner::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_profiles)
        return QFrame::eventFilter(watched, event);
    if (event->type() == QEvent::Wheel)
        return true;
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & (Qt::AltModifier | Qt::ControlModifier | Qt::MetaModifier))
        return false; // Alt+Down opens the list; shortcuts go on
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        m_profiles->showPopup();
        return true;
    default:
        break;
    }
    if (!key->text().isEmpty() && key->text().at(0).isPrint()) {
        // Letters pick in the open list, which only highlights until Return.
        m_profiles->showPopup();
        QCoreApplication::sendEvent(m_profiles->view(), event);
        return true;
    }
    return false;
}

void ConnectionBanner::fillProfiles()
{
    const QSignalBlocker blocker(m_profiles);
    m_profiles->clear();
    for (const Profile& profile : m_context->profiles()->profiles())
        m_profiles->addItem(profile.name, profile.id);
    m_profiles->setCurrentIndex(m_profiles->findData(m_context->activeProfile().id));
}

QString ConnectionBanner::text() const
{
    return m_where->plainText();
}

void ConnectionBanner::refresh()
{
    const Profile profile = m_context->activeProfile();
    const bool sandbox = m_context->isSandbox();
    QList<ElidedRunsLabel::Run> where;
    if (profile.id.isEmpty()) {
        where.append({tr("No profile selected — add one under Profiles & API key.")});
    } else {
        // The server (%2) is elided first when the banner is narrow.
        where = ElidedRunsLabel::fromSentence(tr("Organization <b>%1</b> on %2"),
                                              {profile.organization, profile.baseUrl.toDisplayString()}, 2);
        if (sandbox)
            where.append({QStringLiteral("\u00a0\u00a0") + tr("SANDBOX — nothing here is real"), true});
    }
    m_where->setRuns(where);
    m_where->setAccessibleName(m_where->plainText());
    m_copyOrganization->setEnabled(!profile.id.isEmpty());
    m_copyServer->setEnabled(!profile.id.isEmpty());

    QString keyText;
    switch (m_context->keyState()) {
    case AppContext::KeyState::Unknown:
        keyText = tr("Reading key…");
        break;
    case AppContext::KeyState::Present:
        keyText = tr("Key ✓");
        break;
    case AppContext::KeyState::SessionOnly:
        keyText = tr("Key for this session only");
        break;
    case AppContext::KeyState::Missing:
        keyText = tr("No API key");
        break;
    case AppContext::KeyState::Unavailable:
        keyText = tr("Keychain unavailable");
        break;
    }
    // Without a profile there is no key to read: "Reading key…" stood there for good.
    if (profile.id.isEmpty())
        keyText.clear();
    m_key->setText(keyText);
    m_key->setToolTip(profile.id.isEmpty() ? QString() : m_context->keyMessage());

    // Sandbox: calm blue; a real organization: amber, so it is never mistaken for the sandbox.
    QPalette palette = this->palette();
    const QColor background =
        sandbox ? QColor(0x1e, 0x6f, 0xd9) : QColor(QLatin1StringView(StatusColors::kWarning));
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, sandbox ? Qt::white : Qt::black);
    setPalette(palette);
    m_where->setPalette(palette);
    m_key->setPalette(palette);
    const QSignalBlocker blocker(m_profiles);
    m_profiles->setCurrentIndex(m_profiles->findData(profile.id));
}
