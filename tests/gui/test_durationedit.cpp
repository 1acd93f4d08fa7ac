// DurationEdit: the slider reaches exactly 1 minute and 30 days by keyboard (Home/End) and by dragging and
// never goes past them, typed exact values round-trip without being snapped, the two halves follow each
// other, and the expiry label says when a token created now would expire (refreshed every minute while
// shown; not at all while it or the editor is hidden).

#include "apilimits.h"
#include "durationedit.h"
#include "fittingcombosize.h"
#include "uilanguage.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTest>
#include <QTimer>

namespace {

template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QRect handleRect(const QSlider* slider)
{
    QStyleOptionSlider option;
    option.initFrom(slider);
    option.orientation = slider->orientation();
    if (slider->orientation() == Qt::Horizontal)
        option.state |= QStyle::State_Horizontal;
    option.minimum = slider->minimum();
    option.maximum = slider->maximum();
    option.sliderPosition = slider->sliderPosition();
    option.sliderValue = slider->value();
    option.singleStep = slider->singleStep();
    option.pageStep = slider->pageStep();
    option.tickPosition = slider->tickPosition();
    option.tickInterval = slider->tickInterval();
    option.upsideDown = slider->invertedAppearance();
    option.subControls = QStyle::SC_All;
    return slider->style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, slider);
}

// Presses on the handle, moves to `to` (slider coordinates) in a few steps, releases there.
void drag(QSlider* slider, QPoint to)
{
    const QPoint from = handleRect(slider).center();
    QTest::mousePress(slider, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(slider, from + (to - from) * step / 4);
    QTest::mouseRelease(slider, Qt::LeftButton, {}, to);
}

// CTest runs with LANG=C.UTF-8: English names, 24-hour clock, no seconds.
QString expiryText(const QDateTime& expiry)
{
    const QLocale locale;
    return QStringLiteral("Expires %1, %2")
        .arg(locale.toString(expiry.date(), QStringLiteral("ddd ") + locale.dateFormat(QLocale::ShortFormat)),
             expiry.time().toString(QStringLiteral("HH:mm")));
}

struct Fixture
{
    DurationEdit edit;
    QSlider* slider = child<QSlider>(edit, "durationSlider");
    QSpinBox* value = child<QSpinBox>(edit, "durationValue");
    QComboBox* unit = child<QComboBox>(edit, "durationUnit");
    QLabel* expiry = child<QLabel>(edit, "expiryLabel");

    bool show()
    {
        edit.resize(520, edit.sizeHint().height());
        edit.show();
        return QTest::qWaitForWindowExposed(&edit);
    }
    // Replaces the number the way a user does: select all, type.
    void typeValue(const QString& number)
    {
        value->setFocus();
        value->selectAll();
        QTest::keyClicks(value, number);
    }
    // Home, then Down until the unit shows (typing the name works too, but only once per 400 ms).
    void chooseUnit(const QString& name)
    {
        QTest::keyClick(unit, Qt::Key_Home);
        for (int tries = 0; tries < unit->count() && unit->currentText() != name; ++tries)
            QTest::keyClick(unit, Qt::Key_Down);
    }
};

} // namespace

class TestDurationEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsCoverMinutesHoursAndDays()
    {
        const QList<qint64>& steps = DurationEdit::steps();
        QCOMPARE(steps.first(), Limits::kMinDurationSeconds);
        QCOMPARE(steps.last(), Limits::kMaxDurationSeconds);
        for (int i = 1; i < steps.size(); ++i)
            QVERIFY2(steps.at(i) > steps.at(i - 1), qPrintable(QString::number(i)));
        for (qint64 seconds : {5 * 60, 30 * 60, 3600, 6 * 3600, 86400, 7 * 86400})
            QVERIFY2(steps.contains(seconds), qPrintable(QString::number(seconds)));
    }

    void nearestStep_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<qint64>("step");
        QTest::newRow("below-minimum") << qint64(1) << qint64(60);
        QTest::newRow("exact-step") << qint64(3600) << qint64(3600);
        QTest::newRow("90-minutes-tie-goes-shorter") << qint64(5400) << qint64(3600);
        QTest::newRow("100-minutes") << qint64(6000) << qint64(7200);
        QTest::newRow("36-hours-tie") << qint64(129600) << qint64(86400);
        QTest::newRow("above-maximum") << qint64(99999999) << Limits::kMaxDurationSeconds;
    }
    void nearestStep()
    {
        QFETCH(qint64, seconds);
        QFETCH(qint64, step);
        QCOMPARE(DurationEdit::steps().at(DurationEdit::nearestStep(seconds)), step);
    }

    void defaultsToOneDay()
    {
        Fixture f;
        QCOMPARE(f.edit.durationSeconds(), Limits::kDefaultDurationSeconds);
        QCOMPARE(f.value->value(), 1);
        QCOMPARE(f.edit.unit(), DurationEdit::Unit::Days);
        QCOMPARE(f.slider->value(), DurationEdit::nearestStep(86400));
    }

    void homeAndEndReachTheExactLimits()
    {
        Fixture f;
        QVERIFY(f.show());
        QSignalSpy changed(&f.edit, &DurationEdit::durationChanged);

        QTest::keyClick(f.slider, Qt::Key_End);
        QCOMPARE(f.edit.durationSeconds(), Limits::kMaxDurationSeconds);
        QCOMPARE(f.value->value(), 30);
        QCOMPARE(f.edit.unit(), DurationEdit::Unit::Days);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().first().toLongLong(), Limits::kMaxDurationSeconds);
        QTest::keyClick(f.slider, Qt::Key_Right);
        QTest::keyClick(f.slider, Qt::Key_PageUp);
        QCOMPARE(f.edit.durationSeconds(), Limits::kMaxDurationSeconds);

        QTest::keyClick(f.slider, Qt::Key_Home);
        QCOMPARE(f.edit.durationSeconds(), Limits::kMinDurationSeconds);
        QCOMPARE(f.value->value(), 1);
        QCOMPARE(f.edit.unit(), DurationEdit::Unit::Minutes);
        QTest::keyClick(f.slider, Qt::Key_Left);
        QTest::keyClick(f.slider, Qt::Key_PageDown);
        QCOMPARE(f.edit.durationSeconds(), Limits::kMinDurationSeconds);
        QCOMPARE(changed.count(), 2);
    }

    void pageKeysAndArrowsWalkTheSteps()
    {
        Fixture f;
        QVERIFY(f.show());
        const int start = f.slider->value();
        QTest::keyClick(f.slider, Qt::Key_Right);
        QCOMPARE(f.edit.durationSeconds(), qint64(2 * 86400));
        QCOMPARE(f.value->value(), 2);
        QTest::keyClick(f.slider, Qt::Key_PageDown);
        QCOMPARE(f.slider->value(), start + 1 - f.slider->pageStep());
        QCOMPARE(f.edit.durationSeconds(), DurationEdit::steps().at(f.slider->value()));
        QCOMPARE(f.edit.durationSeconds(), qint64(21 * 3600));
        QCOMPARE(f.value->value(), 21);
        QCOMPARE(f.edit.unit(), DurationEdit::Unit::Hours);
    }

    void draggingReachesBothEndsAndNoFurther()
    {
        Fixture f;
        QVERIFY(f.show());
        const int y = handleRect(f.slider).center().y();
        QSignalSpy changed(&f.edit, &DurationEdit::durationChanged);

        drag(f.slider, QPoint(f.slider->width() + 200, y));
        QCOMPARE(f.edit.durationSeconds(), Limits::kMaxDurationSeconds);
        QCOMPARE(f.slider->value(), f.slider->maximum());

        drag(f.slider, QPoint(-200, y));
        QCOMPARE(f.edit.durationSeconds(), Limits::kMinDurationSeconds);
        QCOMPARE(f.slider->value(), f.slider->minimum());

        // Half way lands on a step, strictly between the ends.
        drag(f.slider, QPoint(f.slider->width() / 2, y));
        QVERIFY(DurationEdit::steps().contains(f.edit.durationSeconds()));
        QVERIFY(f.edit.durationSeconds() > Limits::kMinDurationSeconds);
        QVERIFY(f.edit.durationSeconds() < Limits::kMaxDurationSeconds);
        for (const QList<QVariant>& signal : std::as_const(changed)) {
            const qint64 seconds = signal.first().toLongLong();
            QVERIFY(seconds >= Limits::kMinDurationSeconds && seconds <= Limits::kMaxDurationSeconds);
        }
    }

    void typedExactValueRoundTrips_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("number");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<qint64>("sliderStep");
        QTest::newRow("90-minutes") << "minutes"
                                    << "90" << qint64(5400) << qint64(3600);
        QTest::newRow("36-hours") << "hours"
                                  << "36" << qint64(129600) << qint64(86400);
        QTest::newRow("7-days") << "days"
                                << "7" << qint64(604800) << qint64(604800);
        QTest::newRow("61-seconds") << "seconds"
                                    << "61" << qint64(61) << qint64(60);
        QTest::newRow("719-hours") << "hours"
                                   << "719" << qint64(719 * 3600) << qint64(30 * 86400);
    }
    void typedExactValueRoundTrips()
    {
        QFETCH(QString, unit);
        QFETCH(QString, number);
        QFETCH(qint64, seconds);
        QFETCH(qint64, sliderStep);
        Fixture f;
        QVERIFY(f.show());
        QSignalSpy changed(&f.edit, &DurationEdit::durationChanged);
        f.chooseUnit(unit);
        QCOMPARE(f.unit->currentText(), unit);
        f.typeValue(number);

        QCOMPARE(f.edit.durationSeconds(), seconds);
        QCOMPARE(changed.last().first().toLongLong(), seconds);
        // The slider shows the nearest step; the exact entry keeps what was typed.
        QCOMPARE(DurationEdit::steps().at(f.slider->value()), sliderStep);
        QCOMPARE(f.value->text(), number);
        QCOMPARE(f.unit->currentText(), unit);

        // And back: the value given to another editor comes out the same.
        DurationEdit other;
        other.setDurationSeconds(f.edit.durationSeconds());
        QCOMPARE(other.durationSeconds(), seconds);
        QCOMPARE(DurationEdit::steps().at(other.findChild<QSlider*>()->value()), sliderStep);
    }

    void typingCannotLeaveTheRange()
    {
        Fixture f;
        QVERIFY(f.show());
        f.chooseUnit(QStringLiteral("days"));
        f.typeValue(QStringLiteral("45")); // the 5 is refused: 30 days at most
        QVERIFY(f.edit.durationSeconds() <= Limits::kMaxDurationSeconds);
        QCOMPARE(f.edit.durationSeconds(), qint64(4 * 86400));

        f.chooseUnit(QStringLiteral("seconds"));
        f.typeValue(QStringLiteral("5"));
        QTest::keyClick(f.value, Qt::Key_Enter); // 5 s is under the minimum: the spin box fixes it up
        QVERIFY(f.edit.durationSeconds() >= Limits::kMinDurationSeconds);

        // Switching the unit keeps the number, clamped: 600 minutes -> days is 30 days at most.
        f.chooseUnit(QStringLiteral("minutes"));
        f.typeValue(QStringLiteral("600"));
        QCOMPARE(f.edit.durationSeconds(), qint64(600 * 60));
        f.chooseUnit(QStringLiteral("days"));
        QCOMPARE(f.value->value(), 30);
        QCOMPARE(f.edit.durationSeconds(), Limits::kMaxDurationSeconds);

        for (qint64 outside : {qint64(-5), qint64(0), qint64(59), qint64(2592001), qint64(1) << 40}) {
            f.edit.setDurationSeconds(outside);
            QVERIFY(f.edit.durationSeconds() >= Limits::kMinDurationSeconds);
            QVERIFY(f.edit.durationSeconds() <= Limits::kMaxDurationSeconds);
        }
    }

    void setDurationShowsTheNaturalUnit_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("unit");
        QTest::newRow("one-minute") << qint64(60) << 1 << "minutes";
        QTest::newRow("90-minutes") << qint64(5400) << 90 << "minutes";
        QTest::newRow("12-hours") << qint64(43200) << 12 << "hours";
        QTest::newRow("30-days") << qint64(2592000) << 30 << "days";
        QTest::newRow("odd-seconds") << qint64(3601) << 3601 << "seconds";
    }
    void setDurationShowsTheNaturalUnit()
    {
        QFETCH(qint64, seconds);
        QFETCH(int, number);
        QFETCH(QString, unit);
        Fixture f;
        QSignalSpy changed(&f.edit, &DurationEdit::durationChanged);
        f.edit.setDurationSeconds(seconds);
        QCOMPARE(f.edit.durationSeconds(), seconds);
        QCOMPARE(f.value->value(), number);
        QCOMPARE(f.unit->currentText(), unit);
        QCOMPARE(changed.count(), 1);
        f.edit.setDurationSeconds(seconds); // no change, no signal
        QCOMPARE(changed.count(), 1);
    }

    void expiryLabelSaysWhenInLocalTime()
    {
        Fixture f;
        QVERIFY(f.show());
        for (qint64 seconds : {qint64(3600), qint64(86400), Limits::kMaxDurationSeconds}) {
            const QDateTime before = QDateTime::currentDateTime().addSecs(seconds);
            f.edit.setDurationSeconds(seconds);
            const QDateTime after = QDateTime::currentDateTime().addSecs(seconds);
            // The minute may turn between the two readings; either is right.
            const QString text = f.expiry->text();
            QVERIFY2(text == expiryText(before) || text == expiryText(after), qPrintable(text));
            QVERIFY2(
                QRegularExpression(
                    QStringLiteral("^Expires [A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2}( \\d{4})?, \\d\\d:\\d\\d$"))
                    .match(text)
                    .hasMatch(),
                qPrintable(text));
            QVERIFY(qAbs(f.edit.expiresAt().secsTo(after)) <= 1);
        }
        // Refreshed every minute while shown, not at all while hidden.
        auto* timer = f.edit.findChild<QTimer*>(QStringLiteral("expiryRefresh"));
        QVERIFY(timer);
        QVERIFY(timer->isActive());
        QVERIFY(timer->remainingTime() <= 60100);
        f.edit.hide();
        QVERIFY(!timer->isActive());
    }

    void hiddenExpiryIsNotRefreshed()
    {
        Fixture f;
        QVERIFY(f.show());
        auto* timer = f.edit.findChild<QTimer*>(QStringLiteral("expiryRefresh"));
        QVERIFY(timer);
        QVERIFY(timer->isActive());

        f.edit.setExpiryVisible(false);
        QVERIFY(!f.edit.isExpiryVisible());
        QVERIFY(!f.expiry->isVisible());
        QVERIFY(!timer->isActive());
        // Hidden and shown again (as a page switch does): the timer stays off.
        f.edit.hide();
        f.edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.edit));
        QVERIFY(!timer->isActive());
        // The value still changes (and the slider still describes it); the line is left alone.
        const QString before = f.expiry->text();
        f.edit.setDurationSeconds(2 * 86400);
        QCOMPARE(f.expiry->text(), before);
        QVERIFY(!f.slider->toolTip().isEmpty());

        // Shown again: the current expiry at once, and the minute refresh runs again.
        const QDateTime earliest = QDateTime::currentDateTime().addSecs(2 * 86400);
        f.edit.setExpiryVisible(true);
        const QDateTime latest = QDateTime::currentDateTime().addSecs(2 * 86400);
        QVERIFY(f.expiry->isVisible());
        const QString text = f.expiry->text();
        QVERIFY2(text == expiryText(earliest) || text == expiryText(latest), qPrintable(text));
        QVERIFY(timer->isActive());
        QVERIFY(timer->remainingTime() <= 60100);
    }

    void expiryShownBeforeTheEditorIsShown()
    {
        Fixture f;
        f.edit.setExpiryVisible(false);
        f.edit.setDurationSeconds(3600);
        auto* timer = f.edit.findChild<QTimer*>(QStringLiteral("expiryRefresh"));
        QVERIFY(f.show());
        QVERIFY(!timer->isActive());
        f.edit.hide();
        f.edit.setExpiryVisible(true);
        QVERIFY(!timer->isActive()); // nobody sees it yet
        const QDateTime earliest = QDateTime::currentDateTime().addSecs(3600);
        QVERIFY(f.show());
        const QDateTime latest = QDateTime::currentDateTime().addSecs(3600);
        const QString text = f.expiry->text();
        QVERIFY2(text == expiryText(earliest) || text == expiryText(latest), qPrintable(text));
        QVERIFY(timer->isActive());
    }

    // The unit box is as wide as its longest unit name: measured when first shown, and again when the
    // names change language. Its popup list is built when it is opened, not with every form.
    void unitBoxFitsItsNamesInEveryLanguage()
    {
        Fixture f;
        QVERIFY(f.show());
        QVERIFY(f.unit->findChildren<QAbstractItemView*>().isEmpty());
        QCOMPARE(f.unit->sizeHint(), fittingComboSize(f.unit));
        const int english = f.unit->sizeHint().width();
        const auto restore = qScopeGuard([] { UiLanguage::apply(QStringLiteral("en")); });

        QCOMPARE(UiLanguage::apply(QStringLiteral("fr")), QStringLiteral("fr"));
        QTRY_COMPARE(f.unit->itemText(0), QStringLiteral("secondes"));
        QCOMPARE(f.unit->sizeHint(), fittingComboSize(f.unit));
        QVERIFY(f.unit->sizeHint().width() > english);
        QCOMPARE(UiLanguage::apply(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QTRY_COMPARE(f.unit->itemText(0), QStringLiteral("秒"));
        QCOMPARE(f.unit->sizeHint(), fittingComboSize(f.unit)); // how wide depends on the CJK font at hand
        UiLanguage::apply(QStringLiteral("en"));
        QTRY_COMPARE(f.unit->itemText(0), QStringLiteral("seconds"));
        QCOMPARE(f.unit->sizeHint().width(), english);
    }

    void controlsAreNamed()
    {
        Fixture f;
        for (QWidget* control : {static_cast<QWidget*>(f.slider), static_cast<QWidget*>(f.value),
                                 static_cast<QWidget*>(f.unit)}) {
            QVERIFY(!control->objectName().isEmpty());
            QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        }
        // The expiry line is read by its text; what it is goes in the description.
        QVERIFY(f.expiry->accessibleName().isEmpty());
        QVERIFY(!f.expiry->accessibleDescription().isEmpty());
        QCOMPARE(f.edit.focusProxy(), f.slider);
    }
};

QTEST_MAIN(TestDurationEdit)
#include "test_durationedit.moc"
