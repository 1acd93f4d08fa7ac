#include "durationedit.h"

#include "ui_durationedit.h"

#include "apilimits.h"
#include "duration.h"

#include <QEvent>
#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace {

QList<qint64> buildSteps()
{
    // Minutes in the steps people use, then every hour, then every day: each range gets enough of the
    // slider to be reachable by drag, instead of 60 s..30 d on a linear scale where an hour is one pixel.
    QList<qint64> steps;
    for (qint64 minutes : {1, 2, 5, 10, 15, 20, 30, 45})
        steps << minutes * Duration::kMinute;
    for (qint64 hours = 1; hours <= 23; ++hours)
        steps << hours * Duration::kHour;
    for (qint64 days = 1; days * Duration::kDay <= Limits::kMaxDurationSeconds; ++days)
        steps << days * Duration::kDay;
    return steps;
}

qint64 clampDuration(qint64 seconds)
{
    return std::clamp(seconds, Limits::kMinDurationSeconds, Limits::kMaxDurationSeconds);
}

// A time format without its seconds and their separator ("HH:mm:ss" -> "HH:mm"). A loop, not a regular
// expression: the form shows its expiry as the console starts, where compiling one costs more than this.
QString withoutSeconds(const QString& timeFormat)
{
    QString result;
    result.reserve(timeFormat.size());
    for (qsizetype i = 0; i < timeFormat.size(); ++i) {
        const QChar c = timeFormat.at(i);
        const bool separatorOfSeconds =
            (c == u'.' || c == u':') && i + 1 < timeFormat.size() && timeFormat.at(i + 1) == u's';
        if (c != u's' && !separatorOfSeconds)
            result.append(c);
    }
    return result;
}

} // namespace

DurationEdit::DurationEdit(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DurationEdit>())
    , m_expiryTimer(new QTimer(this))
    , m_seconds(Limits::kDefaultDurationSeconds)
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->durationSlider);
    // A focus policy of its own: a label's Alt+letter leaves a NoFocus buddy alone, proxy or not.
    setFocusPolicy(Qt::StrongFocus);
    m_ui->expiryLabel->setForegroundRole(QPalette::PlaceholderText);

    QSlider* slider = m_ui->durationSlider;
    slider->setRange(0, int(steps().size()) - 1);
    slider->setSingleStep(1);
    slider->setPageStep(4);
    fillUnits();

    m_expiryTimer->setObjectName(QStringLiteral("expiryRefresh"));
    m_expiryTimer->setSingleShot(true);
    m_expiryTimer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_expiryTimer, &QTimer::timeout, this, [this] {
        updateExpiry();
        scheduleExpiryRefresh();
    });
    connect(slider, &QSlider::valueChanged, this, &DurationEdit::onSliderMoved);
    connect(m_ui->durationValue, &QSpinBox::valueChanged, this, &DurationEdit::onExactEdited);
    connect(m_ui->durationUnit, &QComboBox::currentIndexChanged, this, &DurationEdit::onUnitChanged);

    showExact(m_seconds);
    slider->setValue(nearestStep(m_seconds));
    updateExpiry();
}

DurationEdit::~DurationEdit() = default;

const QList<qint64>& DurationEdit::steps()
{
    static const QList<qint64> table = buildSteps();
    return table;
}

int DurationEdit::nearestStep(qint64 seconds)
{
    const QList<qint64>& table = steps();
    const auto upper = std::lower_bound(table.cbegin(), table.cend(), seconds);
    if (upper == table.cbegin())
        return 0;
    if (upper == table.cend())
        return int(table.size()) - 1;
    const auto lower = upper - 1;
    return int((seconds - *lower <= *upper - seconds ? lower : upper) - table.cbegin());
}

qint64 DurationEdit::secondsPerUnit(Unit unit)
{
    switch (unit) {
    case Unit::Seconds:
        return 1;
    case Unit::Minutes:
        return Duration::kMinute;
    case Unit::Hours:
        return Duration::kHour;
    case Unit::Days:
        return Duration::kDay;
    }
    return 1;
}

DurationEdit::Unit DurationEdit::unit() const
{
    return m_ui->durationUnit->currentData().value<Unit>();
}

void DurationEdit::fillUnits()
{
    QComboBox* combo = m_ui->durationUnit;
    const QSignalBlocker blocker(combo);
    const int current = combo->currentIndex();
    combo->clear();
    combo->addItem(tr("seconds", "duration unit"), QVariant::fromValue(Unit::Seconds));
    combo->addItem(tr("minutes", "duration unit"), QVariant::fromValue(Unit::Minutes));
    combo->addItem(tr("hours", "duration unit"), QVariant::fromValue(Unit::Hours));
    combo->addItem(tr("days", "duration unit"), QVariant::fromValue(Unit::Days));
    combo->setCurrentIndex(current >= 0 ? current : 1);
}

void DurationEdit::setDurationSeconds(qint64 seconds)
{
    apply(seconds, false);
}

void DurationEdit::onSliderMoved(int position)
{
    if (m_updating || position < 0 || position >= steps().size())
        return;
    apply(steps().at(position), false);
}

void DurationEdit::onExactEdited()
{
    if (m_updating)
        return;
    apply(qint64(m_ui->durationValue->value()) * secondsPerUnit(unit()), true);
}

void DurationEdit::onUnitChanged()
{
    if (m_updating)
        return;
    // The number stays and takes the new unit ("2", then "hours" means 2 hours); the spin box range
    // follows the unit, so e.g. 90 becomes 30 when switching to days.
    m_updating = true;
    setUnitRange(unit());
    m_updating = false;
    onExactEdited();
}

void DurationEdit::setUnitRange(Unit unit)
{
    const qint64 perUnit = secondsPerUnit(unit);
    const qint64 minimum = (Limits::kMinDurationSeconds + perUnit - 1) / perUnit;
    m_ui->durationValue->setRange(int(minimum), int(Limits::kMaxDurationSeconds / perUnit));
}

void DurationEdit::showExact(qint64 seconds)
{
    Unit best = Unit::Seconds;
    for (Unit candidate : {Unit::Days, Unit::Hours, Unit::Minutes}) {
        if (seconds % secondsPerUnit(candidate) == 0) {
            best = candidate;
            break;
        }
    }
    m_updating = true;
    m_ui->durationUnit->setCurrentIndex(m_ui->durationUnit->findData(QVariant::fromValue(best)));
    setUnitRange(best);
    m_ui->durationValue->setValue(int(seconds / secondsPerUnit(best)));
    m_updating = false;
}

void DurationEdit::apply(qint64 seconds, bool fromExact)
{
    seconds = clampDuration(seconds);
    // Typing keeps the exact value and only moves the slider to the nearest step; the slider and
    // setDurationSeconds() rewrite the exact entry in its natural unit.
    if (!fromExact)
        showExact(seconds);
    m_updating = true;
    m_ui->durationSlider->setValue(nearestStep(seconds));
    m_updating = false;
    if (seconds == m_seconds)
        return;
    m_seconds = seconds;
    updateExpiry();
    Q_EMIT durationChanged(m_seconds);
}

QDateTime DurationEdit::expiresAt() const
{
    return QDateTime::currentDateTime().addSecs(m_seconds);
}

void DurationEdit::updateExpiry()
{
    const QString human = Duration::toHuman(m_seconds);
    m_ui->durationSlider->setToolTip(human);
    m_ui->durationSlider->setAccessibleDescription(human);
    if (!m_expiryVisible)
        return; // setExpiryVisible(true) fills it in

    const QDateTime expiry = expiresAt();
    const QLocale locale;
    // The weekday and the locale's short (numeric) date: "Fri 11/27/26", "vie 27/11/26", "Fr. 27.11.26".
    const QString day =
        locale.toString(expiry.date(), QStringLiteral("ddd ") + locale.dateFormat(QLocale::ShortFormat));
    // Minutes are the resolution that matters; some locales' short format (C's, for one) has seconds.
    const QString time =
        locale.toString(expiry.time(), withoutSeconds(locale.timeFormat(QLocale::ShortFormat)).trimmed());
    m_ui->expiryLabel->setText(tr("Expires %1, %2", "token expiry: day, time").arg(day, time));
    m_ui->expiryLabel->setToolTip(
        tr("A token created now expires %1 (local time).").arg(locale.toString(expiry, QLocale::LongFormat)));
}

void DurationEdit::setExpiryVisible(bool visible)
{
    if (visible == m_expiryVisible)
        return;
    m_expiryVisible = visible;
    m_ui->expiryLabel->setVisible(visible);
    if (!visible) {
        m_expiryTimer->stop();
        return;
    }
    updateExpiry();
    if (isVisible())
        scheduleExpiryRefresh(); // else showEvent() starts it
}

void DurationEdit::scheduleExpiryRefresh()
{
    // Just after the next minute starts, so the shown minute is never stale for long.
    const qint64 intoMinute = QDateTime::currentMSecsSinceEpoch() % 60000;
    m_expiryTimer->start(int(60000 - intoMinute + 100));
}

void DurationEdit::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_expiryVisible)
        return;
    updateExpiry();
    scheduleExpiryRefresh();
}

void DurationEdit::hideEvent(QHideEvent* event)
{
    // No wake-ups while nobody can see the label.
    m_expiryTimer->stop();
    QWidget::hideEvent(event);
}

void DurationEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        // Measured when first shown (QComboBox's default); new unit names need measuring again, which
        // AdjustToContents does. Not set from the start: Qt 6.4 builds the popup list when it is set.
        m_ui->durationUnit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        fillUnits();
        updateExpiry();
    } else if (event->type() == QEvent::LocaleChange) {
        updateExpiry();
    }
    QWidget::changeEvent(event);
}
