#include "connectionbanner.h"

#include "appcontext.h"
#include "statuscolors.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>

namespace {

// The organization/server line: a few runs of plain or bold text that end in "…" when the banner is too
// narrow for all of them (long organization, server or translation), instead of pushing the profile
// switcher out of the window. The whole line is then in the tooltip.
class ElidingLabel final : public QLabel
{
public:
    struct Run
    {
        QString text;
        bool bold = false;
        bool shrinksFirst = false; // the server: elided in the middle before anything else is cut
    };

    void setRuns(const QList<Run>& runs)
    {
        m_runs = runs;
        m_full = html(runs);
        m_plain.clear();
        for (const Run& run : runs)
            m_plain += run.text;
        updateGeometry();
        fit();
    }
    QString fullText() const { return m_full; }
    QString plainText() const { return m_plain; }

    QSize sizeHint() const override
    {
        const QMargins margins = contentsMargins();
        return {width(m_runs) + margins.left() + margins.right() + 2 * margin(), QLabel::sizeHint().height()};
    }
    QSize minimumSizeHint() const override
    {
        return {fontMetrics().averageCharWidth() * 12, QLabel::minimumSizeHint().height()};
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QLabel::resizeEvent(event);
        fit();
    }
    void changeEvent(QEvent* event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::FontChange)
            fit();
    }

private:
    QFontMetrics metrics(bool bold) const
    {
        QFont font = this->font();
        font.setBold(bold);
        return QFontMetrics(font);
    }
    int width(const QList<Run>& runs) const
    {
        int total = 0;
        for (const Run& run : runs)
            total += metrics(run.bold).horizontalAdvance(run.text);
        return total;
    }
    static QString html(const QList<Run>& runs)
    {
        QString text;
        for (const Run& run : runs)
            text += run.bold ? QStringLiteral("<b>") + run.text.toHtmlEscaped() + QStringLiteral("</b>")
                             : run.text.toHtmlEscaped();
        return text;
    }
    void fit()
    {
        // A few pixels of slack: rich text lays runs out a little differently from QFontMetrics.
        int room = contentsRect().width() - 2 * margin() - 4;
        if (width(m_runs) <= room) {
            setText(m_full);
            setToolTip({});
            return;
        }
        // First the server, in the middle (scheme and path stay readable), down to a few characters;
        // then whatever does not fit at the end.
        const QString ellipsis = QStringLiteral("…");
        QList<Run> runs = m_runs;
        for (Run& run : runs) {
            if (!run.shrinksFirst)
                continue;
            const QFontMetrics runMetrics = metrics(run.bold);
            const int others = width(runs) - runMetrics.horizontalAdvance(run.text);
            const int least = runMetrics.horizontalAdvance(ellipsis) * 6;
            run.text = runMetrics.elidedText(run.text, Qt::ElideMiddle, std::max(room - others, least));
        }
        if (width(runs) <= room) {
            setText(html(runs));
            setToolTip(m_plain);
            return;
        }
        QList<Run> shown;
        for (const Run& run : runs) {
            const QFontMetrics runMetrics = metrics(run.bold);
            const int needed = runMetrics.horizontalAdvance(run.text);
            if (needed <= room && &run != &runs.last()) {
                // Leave room for the ellipsis of a later run.
                if (needed + runMetrics.horizontalAdvance(ellipsis) <= room) {
                    shown.append(run);
                    room -= needed;
                    continue;
                }
            }
            shown.append(
                {runMetrics.elidedText(run.text, Qt::ElideRight, std::max(room, 0)), run.bold, false});
            break;
        }
        setText(html(shown));
        setToolTip(m_plain);
    }

    QList<Run> m_runs;
    QString m_full;
    QString m_plain;
};

} // namespace

ConnectionBanner::ConnectionBanner(AppContext* context, QWidget* parent)
    : QFrame(parent)
    , m_context(context)
    , m_where(new ElidingLabel)
    , m_key(new QLabel)
    , m_profiles(new QComboBox)
    , m_manage(new QPushButton(tr("Profiles && key…")))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAccessibleName(tr("Connection"));
    setAutoFillBackground(true);
    m_where->setObjectName(QStringLiteral("bannerText"));
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_where->setTextFormat(Qt::RichText);
    m_where->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_key->setObjectName(QStringLiteral("bannerKeyState"));
    m_profiles->setObjectName(QStringLiteral("profileSwitcher"));
    m_profiles->setAccessibleName(tr("Active profile"));
    m_profiles->setToolTip(tr("Switch profile (organization and server)"));
    m_profiles->setSizeAdjustPolicy(QComboBox::AdjustToContents);
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
    connect(m_profiles, &QComboBox::activated, this,
            [this](int index) { m_context->activateProfile(m_profiles->itemData(index).toString()); });
    connect(context->profiles(), &ProfileStore::profilesChanged, this, &ConnectionBanner::fillProfiles);
    connect(context, &AppContext::connectionChanged, this, &ConnectionBanner::refresh);
    connect(context, &AppContext::keyStateChanged, this, &ConnectionBanner::refresh);
    fillProfiles();
    refresh();
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
    return static_cast<ElidingLabel*>(m_where)->fullText();
}

void ConnectionBanner::refresh()
{
    const Profile profile = m_context->activeProfile();
    const bool sandbox = m_context->isSandbox();
    QList<ElidingLabel::Run> where;
    if (profile.id.isEmpty()) {
        where.append({tr("No profile selected — add one under Profiles & API key.")});
    } else {
        // "Organization <b>%1</b> on %2": split at the placeholders so only the organization is bold.
        const QString sentence = tr("Organization <b>%1</b> on %2");
        static const QRegularExpression pieces(QStringLiteral("(<b>)?%([12])(</b>)?"));
        qsizetype at = 0;
        for (auto match = pieces.globalMatch(sentence); match.hasNext();) {
            const QRegularExpressionMatch piece = match.next();
            if (piece.capturedStart() > at)
                where.append({sentence.mid(at, piece.capturedStart() - at)});
            const QString value =
                piece.captured(2) == u'1' ? profile.organization : profile.baseUrl.toDisplayString();
            where.append({value, !piece.captured(1).isEmpty(), piece.captured(2) == u'2'});
            at = piece.capturedEnd();
        }
        if (at < sentence.size())
            where.append({sentence.mid(at)});
        if (sandbox)
            where.append({QStringLiteral("\u00a0\u00a0") + tr("SANDBOX — nothing here is real"), true});
    }
    auto* label = static_cast<ElidingLabel*>(m_where);
    label->setRuns(where);
    label->setAccessibleName(label->plainText());

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
    m_key->setText(keyText);
    m_key->setToolTip(m_context->keyMessage());

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
