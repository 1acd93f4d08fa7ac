// WrappedLabel: a word-wrapped QLabel that keeps its height per width. Whatever it remembers, it must
// answer what a plain word-wrapped QLabel in the same state answers, also after each thing the height
// depends on has changed (text, format, margin, indent, font, contents margins).

#include "wrappedlabel.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QTest>

namespace {

const QString kShort = QStringLiteral("One token for one user.");
const QString kLong = QStringLiteral(
    "The API reports only how many tokens each batch created, not which addresses failed (usually "
    "addresses with no MDM user). The Tokens page shows who has a token.");
const QList<int> kWidths{60, 120, 200, 333, 640, 1200};

// A plain QLabel set up like `label`, to compare with.
void expectSameAsQLabel(const WrappedLabel& label)
{
    QLabel reference;
    reference.setWordWrap(true);
    reference.setTextFormat(label.textFormat());
    reference.setText(label.text());
    reference.setMargin(label.margin());
    reference.setIndent(label.indent());
    reference.setFont(label.font());
    reference.setContentsMargins(label.contentsMargins());
    reference.setAlignment(label.alignment());
    reference.setMinimumSize(label.minimumSize());
    for (int width : kWidths) {
        // Asked twice: the second answer comes from what the label remembers.
        QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
        QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
    }
}

} // namespace

class TestWrappedLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wraps()
    {
        WrappedLabel label(kLong);
        QVERIFY(label.wordWrap());
        QVERIFY(label.hasHeightForWidth());
        QVERIFY(label.heightForWidth(120) > label.heightForWidth(1200));
        expectSameAsQLabel(label);
    }

    void plainTextUnlessAskedOtherwise()
    {
        WrappedLabel label(QStringLiteral("Picked: <b>Ana</b>"));
        QCOMPARE(label.textFormat(), Qt::PlainText);
        expectSameAsQLabel(label);
    }

    void followsText()
    {
        WrappedLabel label(kShort);
        const int shortHeight = label.heightForWidth(120);
        label.setText(kLong);
        QVERIFY(label.heightForWidth(120) > shortHeight);
        expectSameAsQLabel(label);
    }

    void followsFormatMarginAndIndent()
    {
        WrappedLabel label(QStringLiteral("<b>Bold</b> and a <i>long</i> tail of words that wraps"));
        label.setTextFormat(Qt::PlainText); // the tags are text now, and take room
        const int plain = label.heightForWidth(120);
        label.setTextFormat(Qt::RichText);
        QVERIFY(label.heightForWidth(120) != plain);
        expectSameAsQLabel(label);

        const int before = label.heightForWidth(200);
        label.setMargin(12);
        QCOMPARE(label.heightForWidth(200), before + 24);
        expectSameAsQLabel(label);

        label.setIndent(40);
        expectSameAsQLabel(label);
        label.setAlignment(Qt::AlignLeft | Qt::AlignBottom); // the indent now also takes height
        expectSameAsQLabel(label);
    }

    void followsMinimumWidthAndWrapping()
    {
        WrappedLabel label(kLong);
        const int narrow = label.heightForWidth(120);
        label.setMinimumWidth(600); // QLabel lays out at least that wide
        QVERIFY(label.heightForWidth(120) < narrow);
        expectSameAsQLabel(label);
        label.setMinimumWidth(0);
        label.setMinimumHeight(400); // and at least that high
        QCOMPARE(label.heightForWidth(120), 400);
        expectSameAsQLabel(label);
        label.setMinimumHeight(0);
        label.setWordWrap(false);
        QLabel reference(kLong);
        QCOMPARE(label.heightForWidth(120), reference.heightForWidth(120));
    }

    void followsFontAndContentsMargins()
    {
        WrappedLabel label(kLong);
        const int before = label.heightForWidth(200);
        QFont big = label.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        label.setFont(big);
        QVERIFY(label.heightForWidth(200) > before);
        expectSameAsQLabel(label);

        const int withFont = label.heightForWidth(200);
        label.setContentsMargins(0, 10, 0, 10);
        QCOMPARE(label.heightForWidth(200), withFont + 20);
        expectSameAsQLabel(label);
    }

    // In a form with height to spare, a row gets its hint's height: the hint is the text's height at the
    // width the label has, not at QLabel's own narrow choice (a two-line message sat in four lines of
    // blank space under the policy field).
    void hintFollowsTheWidthItIsGiven()
    {
        QWidget form;
        auto* layout = new QFormLayout(&form);
        layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        auto* label = new WrappedLabel(kLong + u' ' + kLong);
        layout->addRow(QStringLiteral("Policy:"), new QLineEdit);
        layout->addRow(QString(), label);
        layout->addRow(QStringLiteral("Segment:"), new QLineEdit);
        form.resize(1100, 700);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QTRY_COMPARE(label->height(), label->heightForWidth(label->width()));
        QVERIFY(label->height() < QLabel(label->text()).sizeHint().height() * 4);

        // Narrower again: more lines, and the row follows.
        const int wide = label->height();
        form.resize(400, 700);
        QTRY_COMPARE(label->height(), label->heightForWidth(label->width()));
        QVERIFY(label->height() > wide);
    }

    void manyWidths()
    {
        // More widths than it keeps (a resize drag): the oldest are worked out again, never mixed up.
        WrappedLabel label(kLong);
        QLabel reference(kLong);
        reference.setWordWrap(true);
        for (int round = 0; round < 2; ++round) {
            for (int width = 50; width <= 1250; width += 50)
                QCOMPARE(label.heightForWidth(width), reference.heightForWidth(width));
        }
    }
};

QTEST_MAIN(TestWrappedLabel)
#include "test_wrappedlabel.moc"
