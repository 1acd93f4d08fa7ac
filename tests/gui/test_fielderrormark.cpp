// FieldErrorMark: a frame in the error colour over a marked field (seen in its pixels), following the
// field's size and staying above parts built later; the problem as tooltip, the field's own tooltip back
// when the mark goes, and a tooltip the field set itself meanwhile kept.

#include "fielderrormark.h"
#include "statuscolors.h"

#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

namespace {

// Pixels of the widget's outer three-pixel ring that lean towards the red of `colour` (the frame is
// antialiased: its pixels are blends of the red and what is under them).
int ringPixelsNear(QWidget* widget, const QColor& colour)
{
    const QImage image = widget->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool ring = x < 3 || y < 3 || x >= image.width() - 3 || y >= image.height() - 3;
            const QColor pixel = image.pixelColor(x, y);
            if (ring && pixel.red() - pixel.green() > (colour.red() - colour.green()) / 3)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestFieldErrorMark : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksAnyFieldAndClears()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* edit = new QLineEdit;
        auto* combo = new QComboBox;
        combo->addItem(QStringLiteral("English"));
        edit->setToolTip(QStringLiteral("Its own tooltip"));
        layout->addWidget(edit);
        layout->addWidget(combo);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QColor red = StatusColors::error(window.palette());

        for (QWidget* field : {static_cast<QWidget*>(edit), static_cast<QWidget*>(combo)}) {
            const int before = ringPixelsNear(field, red);
            FieldErrorMark::set(field, QStringLiteral("Segment: too large."));
            QVERIFY(FieldErrorMark::isMarked(field));
            QVERIFY2(ringPixelsNear(field, red) > before + field->width(),
                     qPrintable(QString::number(ringPixelsNear(field, red))));
            QCOMPARE(field->toolTip(), QStringLiteral("Segment: too large."));
            FieldErrorMark::set(field, QString());
            QVERIFY(!FieldErrorMark::isMarked(field));
            QCOMPARE(ringPixelsNear(field, red), before);
        }
        QCOMPARE(edit->toolTip(), QStringLiteral("Its own tooltip"));
        QVERIFY(combo->toolTip().isEmpty());
    }

    void followsTheFieldsSizeAndStaysOnTop()
    {
        QWidget field;
        field.resize(200, 30);
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        FieldErrorMark::set(&field, QStringLiteral("wrong"));
        auto* frame = field.findChild<QWidget*>(QStringLiteral("fieldErrorMark"));
        QVERIFY(frame);
        QCOMPARE(frame->geometry(), field.rect());
        field.resize(320, 40);
        QTRY_COMPARE(frame->geometry(), field.rect());
        QVERIFY(frame->testAttribute(Qt::WA_TransparentForMouseEvents));
        QCOMPARE(frame->focusPolicy(), Qt::NoFocus);

        auto* later = new QWidget(&field); // a part built after the mark (the assignments table)
        later->show();
        QCOMPARE(field.children().last(), frame);
        QCOMPARE(field.findChildren<QWidget*>(QStringLiteral("fieldErrorMark")).size(), 1);
        FieldErrorMark::set(&field, QStringLiteral("still wrong")); // the same frame again
        QCOMPARE(field.findChildren<QWidget*>(QStringLiteral("fieldErrorMark")).size(), 1);
    }

    // A field that sets its own tooltip while marked (LimitedLineEdit says what is over its limit) keeps
    // it when the mark goes; the problem's text is not put back over it.
    void aTooltipSetMeanwhileIsKept()
    {
        QLineEdit edit;
        FieldErrorMark::set(&edit, QStringLiteral("Display name: at most 128 characters."));
        edit.setToolTip(QString()); // the field's own refresh, fixed
        FieldErrorMark::set(&edit, QString());
        QVERIFY(edit.toolTip().isEmpty());

        FieldErrorMark::set(&edit, QStringLiteral("first"));
        FieldErrorMark::set(&edit, QStringLiteral("second")); // another problem, the same mark
        QCOMPARE(edit.toolTip(), QStringLiteral("second"));
        FieldErrorMark::set(&edit, QString());
        QVERIFY(edit.toolTip().isEmpty());
    }
};

QTEST_MAIN(TestFieldErrorMark)
#include "test_fielderrormark.moc"
