#pragma once
// How long a token stays valid: a slider over snapped steps (1 minute … 30 days, non-linear so minutes,
// hours and days are all one drag away) and an exact number + unit, kept in sync both ways, with the
// expiry it leads to in local time. The value never leaves Limits::kMinDurationSeconds..kMaxDurationSeconds.

#include <QDateTime>
#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class DurationEdit;
}

class DurationEdit final : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(
        qint64 durationSeconds READ durationSeconds WRITE setDurationSeconds NOTIFY durationChanged USER true)
public:
    enum class Unit { Seconds, Minutes, Hours, Days };
    Q_ENUM(Unit)

    explicit DurationEdit(QWidget* parent = nullptr);
    ~DurationEdit() override;

    qint64 durationSeconds() const { return m_seconds; }
    // Clamped into the API's range; the exact entry shows the largest unit that divides it evenly.
    void setDurationSeconds(qint64 seconds);

    // When a token created now would expire.
    QDateTime expiresAt() const;
    // The "Expires …" line under the editor (shown by default). Hidden, it is not refreshed at all (no
    // minute timer); shown again, it says the current expiry at once and is refreshed every minute.
    void setExpiryVisible(bool visible);
    bool isExpiryVisible() const { return m_expiryVisible; }
    Unit unit() const;

    // The slider's snapped steps, shortest first (seconds). Position i of the slider is step i.
    static const QList<qint64>& steps();
    // The step closest to `seconds` (ties go to the shorter step).
    static int nearestStep(qint64 seconds);
    static qint64 secondsPerUnit(Unit unit);

Q_SIGNALS:
    void durationChanged(qint64 seconds);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onSliderMoved(int position);
    void onExactEdited();
    void onUnitChanged();
    void apply(qint64 seconds, bool fromExact);
    void showExact(qint64 seconds);
    void setUnitRange(Unit unit);
    void updateExpiry();
    void scheduleExpiryRefresh();
    void fillUnits();

    std::unique_ptr<Ui::DurationEdit> m_ui;
    QTimer* m_expiryTimer;
    qint64 m_seconds;
    bool m_updating = false;
    bool m_expiryVisible = true;
};
