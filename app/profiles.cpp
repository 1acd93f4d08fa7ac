#include "profiles.h"

#include "apiclient.h"
#include "logging.h"
#include "secretstore.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace {

// Settings layout: the order of ids, the active id, and one group per profile. Nothing else.
const QString kOrderKey = QStringLiteral("profileOrder");
const QString kActiveKey = QStringLiteral("activeProfile");
const QString kGroup = QStringLiteral("profiles/");
// Outside the profile's group, which store() rewrites from a Profile.
const QString kKeyOrigins = QStringLiteral("keyOrigins/");
const QString kName = QStringLiteral("name");
const QString kBaseUrl = QStringLiteral("baseUrl");
const QString kOrganization = QStringLiteral("organization");
const QString kLanguage = QStringLiteral("defaultLanguage");
const QString kDuration = QStringLiteral("defaultDurationSeconds");

// Ids become settings group names and keychain entry names: keep them to a safe alphabet. (A loop, not a
// regular expression: this runs while the console starts, where compiling one costs more than the check.)
bool isValidId(const QString& id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'.' || c == u'_' || c == u'-';
    });
}

} // namespace

QUrl Profile::defaultBaseUrl()
{
    return QUrl(QString::fromLatin1(ApiClient::kDefaultBaseUrl));
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ProfileStore::ProfileStore(QSettings* settings, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    Q_ASSERT(settings);
}

QStringList ProfileStore::ids() const
{
    QStringList result;
    // Skips anything malformed a hand edit of the file may have left.
    const QStringList stored = m_settings->value(kOrderKey).toStringList();
    for (const QString& id : stored) {
        if (isValidId(id) && !result.contains(id))
            result.append(id);
    }
    return result;
}

void ProfileStore::setIds(const QStringList& ids)
{
    m_settings->setValue(kOrderKey, ids);
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    const QStringList all = ids();
    result.reserve(all.size());
    for (const QString& id : all) {
        if (const auto found = profile(id))
            result.append(*found);
    }
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString& id) const
{
    if (!contains(id))
        return std::nullopt;
    Profile result;
    result.id = id;
    m_settings->beginGroup(kGroup + id);
    result.name = m_settings->value(kName).toString();
    const QString url = m_settings->value(kBaseUrl).toString();
    if (!url.isEmpty())
        result.baseUrl = QUrl(url);
    result.organization = m_settings->value(kOrganization).toString();
    result.defaultLanguage = m_settings->value(kLanguage).toString();
    bool ok = false;
    const qint64 duration = m_settings->value(kDuration).toLongLong(&ok);
    if (ok)
        result.defaultDurationSeconds = duration;
    m_settings->endGroup();
    return result;
}

bool ProfileStore::contains(const QString& id) const
{
    return isValidId(id) && ids().contains(id);
}

int ProfileStore::count() const
{
    return int(ids().size());
}

void ProfileStore::store(const Profile& profile)
{
    m_settings->remove(kGroup + profile.id);
    m_settings->beginGroup(kGroup + profile.id);
    m_settings->setValue(kName, profile.name);
    m_settings->setValue(kBaseUrl, profile.baseUrl.toString(QUrl::FullyEncoded));
    m_settings->setValue(kOrganization, profile.organization);
    m_settings->setValue(kLanguage, profile.defaultLanguage);
    m_settings->setValue(kDuration, profile.defaultDurationSeconds);
    m_settings->endGroup();
}

QString ProfileStore::add(Profile profile, Activation activation)
{
    QStringList all = ids();
    if (!isValidId(profile.id) || all.contains(profile.id))
        profile.id = Profile::newId();
    store(profile);
    all.append(profile.id);
    setIds(all);
    const bool becomesActive = activation == Activation::IfNoneActive && activeProfileId().isEmpty();
    if (becomesActive)
        m_settings->setValue(kActiveKey, profile.id);
    m_settings->sync();
    qCInfo(lcProfiles) << "added profile" << profile.id;

    Q_EMIT profilesChanged();
    if (becomesActive)
        Q_EMIT activeProfileChanged(profile.id);
    return profile.id;
}

bool ProfileStore::update(const Profile& profile)
{
    m_settings->sync(); // the CLI or another window may have removed it: not written back to life
    if (!contains(profile.id)) {
        Q_EMIT profilesChanged(); // lists that still show it follow
        return false;
    }
    const std::optional<Profile> before = this->profile(profile.id);
    if (before && *before == profile)
        return true;
    store(profile);
    m_settings->sync();
    qCInfo(lcProfiles) << "updated profile" << profile.id;
    Q_EMIT profilesChanged();
    return true;
}

std::optional<Profile> ProfileStore::duplicate(const QString& id, const QString& name)
{
    std::optional<Profile> copy = profile(id);
    if (!copy)
        return std::nullopt;

    if (!name.isEmpty()) {
        copy->name = name;
    } else {
        // "<name> (copy)", then "(copy 2)", "(copy 3)": a name validate() accepts as unique, and within its
        // length (a long name is shortened, ending in "…", to leave room for the suffix).
        QStringList taken;
        for (const Profile& other : profiles())
            taken.append(other.name.toCaseFolded());
        const QString original = copy->name;
        const auto copyName = [&original](int n) {
            const auto named = [n](const QString& base) {
                // One arg() call: a "%2" in the name itself stays as typed.
                return n < 2 ? tr("%1 (copy)").arg(base) : tr("%1 (copy %2)").arg(base, QString::number(n));
            };
            QString candidate = named(original);
            if (const qsizetype over = candidate.size() - Limits::kMaxTextLength; over > 0) {
                QString base = original.left(std::max<qsizetype>(original.size() - over - 1, 0));
                if (!base.isEmpty() && base.back().isHighSurrogate())
                    base.chop(1); // not half a character
                candidate = named(base.trimmed() + u'…');
            }
            return candidate;
        };
        QString candidate = copyName(1);
        for (int n = 2; taken.contains(candidate.toCaseFolded()); ++n)
            candidate = copyName(n);
        copy->name = candidate;
    }
    copy->id = Profile::newId();
    store(*copy);

    QStringList all = ids();
    all.insert(all.indexOf(id) + 1, copy->id);
    setIds(all);
    m_settings->sync();
    qCInfo(lcProfiles) << "duplicated profile" << id << "as" << copy->id;
    Q_EMIT profilesChanged();
    return copy;
}

QString ProfileStore::originOf(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    QString host = url.host().toLower();
    if (host.contains(u':'))
        host = u'[' + host + u']'; // IPv6, as a URL writes it: the origin parses back as a URL
    return scheme + QStringLiteral("://") + host + u':' +
           QString::number(url.port(scheme == u"http" ? 80 : 443));
}

QString ProfileStore::keyOrigin(const QString& id) const
{
    m_settings->sync(); // the CLI's `auth set` may have stored a key (and its server) meanwhile
    return m_settings->value(kKeyOrigins + id).toString();
}

void ProfileStore::setKeyOrigin(const QString& id, const QUrl& server)
{
    m_settings->setValue(kKeyOrigins + id, originOf(server));
    m_settings->sync();
}

bool ProfileStore::remove(const QString& id)
{
    if (!contains(id))
        return false;
    const bool wasActive = m_settings->value(kActiveKey).toString() == id;
    QStringList all = ids();
    all.removeAll(id);
    setIds(all);
    m_settings->remove(kGroup + id);
    m_settings->remove(kKeyOrigins + id);
    if (wasActive)
        m_settings->remove(kActiveKey);
    m_settings->sync();
    qCInfo(lcProfiles) << "removed profile" << id;

    if (m_secrets) {
        m_secrets->remove(id, this, [this, id](const SecretStore::Result& result) {
            if (result.ok()) {
                Q_EMIT keyRemoved(id);
                return;
            }
            qCWarning(lcProfiles) << "key of removed profile" << id << "not removed:" << result.message;
            Q_EMIT keyRemovalFailed(id, result.message);
        });
    }
    Q_EMIT profileRemoved(id);
    Q_EMIT profilesChanged();
    if (wasActive)
        Q_EMIT activeProfileChanged(QString());
    return true;
}

QString ProfileStore::activeProfileId() const
{
    const QString id = m_settings->value(kActiveKey).toString();
    return contains(id) ? id : QString();
}

QString ProfileStore::fallbackProfileId() const
{
    for (const Profile& candidate : profiles()) {
        if (candidate.id != QLatin1StringView(kSandboxId))
            return candidate.id;
    }
    return {};
}

std::optional<Profile> ProfileStore::activeProfile() const
{
    return profile(activeProfileId());
}

bool ProfileStore::setActiveProfileId(const QString& id)
{
    if (!id.isEmpty() && !contains(id))
        return false;
    if (id == activeProfileId())
        return true;
    if (id.isEmpty())
        m_settings->remove(kActiveKey);
    else
        m_settings->setValue(kActiveKey, id);
    m_settings->sync();
    Q_EMIT activeProfileChanged(id);
    return true;
}

Profile ProfileStore::ensureSandboxProfile(const QUrl& baseUrl)
{
    const QString id = QString::fromLatin1(kSandboxId);
    if (std::optional<Profile> existing = profile(id)) {
        if (existing->baseUrl != baseUrl) {
            existing->baseUrl = baseUrl;
            update(*existing);
        }
        return *existing;
    }
    Profile sandbox;
    sandbox.id = id;
    sandbox.name = tr("Sandbox", "the built-in profile that talks to the local API emulator");
    sandbox.baseUrl = baseUrl;
    sandbox.organization = QString::fromLatin1(kSandboxOrganization);
    add(sandbox, Activation::Never);
    return sandbox;
}

FieldErrors ProfileStore::validate(const Profile& profile) const
{
    FieldErrors errors;
    const QString name = profile.name.trimmed();
    if (name.isEmpty()) {
        errors.append({kName, tr("Name: required.")});
    } else if (name.size() > Limits::kMaxTextLength) {
        errors.append({kName, tr("Name: at most %1 characters (this one has %2).")
                                  .arg(Limits::kMaxTextLength)
                                  .arg(name.size())});
    } else {
        for (const Profile& other : profiles()) {
            if (other.id != profile.id && other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                errors.append({kName, tr("Name: another profile is already called “%1”.").arg(name)});
                break;
            }
        }
    }

    QString why;
    if (!ApiClient::isAllowedBaseUrl(profile.baseUrl, &why)) {
        errors.append({kBaseUrl, why.isEmpty()
                                     ? tr("Base URL: use https:// (http:// only for this computer).")
                                     : tr("Base URL: %1").arg(why)});
    }

    const QString organizationProblem = Validation::checkOrganization(profile.organization);
    if (!organizationProblem.isEmpty())
        errors.append({kOrganization, organizationProblem});

    if (!profile.defaultLanguage.isEmpty()) {
        const QString problem = Validation::checkLanguage(profile.defaultLanguage);
        if (!problem.isEmpty())
            errors.append({kLanguage, problem});
    }

    const QString durationProblem = Validation::checkDuration(profile.defaultDurationSeconds);
    if (!durationProblem.isEmpty())
        errors.append({kDuration, durationProblem});
    return errors;
}
