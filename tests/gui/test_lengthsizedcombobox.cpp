// LengthSizedComboBox: sized as QComboBox sizes a box with the AdjustToMinimumContentsLengthWithIcon
// policy, whatever the items, fonts and icon size, without building the popup list before it is opened.

#include "lengthsizedcombobox.h"

#include <QAbstractItemView>
#include <QTest>

namespace {

// A plain QComboBox with the policy, set up like `box`.
void expectSameAsPolicy(LengthSizedComboBox& box)
{
    QComboBox reference;
    reference.setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    reference.setMinimumContentsLength(box.minimumContentsLength());
    reference.setFont(box.font());
    reference.setIconSize(box.iconSize());
    reference.setPlaceholderText(box.placeholderText());
    for (int i = 0; i < box.count(); ++i)
        reference.addItem(box.itemText(i));
    reference.setCurrentIndex(box.currentIndex());
    QCOMPARE(box.sizeHint(), reference.sizeHint());
    QCOMPARE(box.minimumSizeHint(), reference.minimumSizeHint());
}

} // namespace

class TestLengthSizedComboBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizedLikeThePolicy_data()
    {
        QTest::addColumn<int>("characters");
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<qreal>("fontScale");
        QTest::addColumn<int>("iconSize");
        QTest::addColumn<QString>("placeholder");

        const QStringList languages{QStringLiteral("English"), QStringLiteral("Español"),
                                    QStringLiteral("Português")};
        QTest::newRow("empty") << 10 << QStringList() << 1.0 << 16 << QString();
        QTest::newRow("short items") << 10 << languages << 1.0 << 16 << QString();
        QTest::newRow("an item longer than the box")
            << 5 << QStringList{QStringLiteral("A policy with a very long name indeed")} << 1.0 << 16
            << QString();
        QTest::newRow("larger font") << 12 << languages << 1.6 << 16 << QString();
        QTest::newRow("large icons") << 12 << languages << 1.0 << 40 << QString();
        QTest::newRow("long placeholder")
            << 3 << QStringList() << 1.0 << 16 << QStringLiteral("Choose one of the many policies");
    }

    void sizedLikeThePolicy()
    {
        QFETCH(int, characters);
        QFETCH(QStringList, items);
        QFETCH(qreal, fontScale);
        QFETCH(int, iconSize);
        QFETCH(QString, placeholder);

        LengthSizedComboBox box(characters);
        QFont font = box.font();
        font.setPointSizeF(font.pointSizeF() * fontScale);
        box.setFont(font);
        box.setIconSize(QSize(iconSize, iconSize));
        box.setPlaceholderText(placeholder);
        box.addItems(items);
        expectSameAsPolicy(box);
    }

    void followsLaterChanges()
    {
        LengthSizedComboBox box(8);
        box.addItem(QStringLiteral("One"));
        const QSize before = box.sizeHint();
        QFont font = box.font();
        font.setPointSizeF(font.pointSizeF() * 2);
        box.setFont(font);
        QVERIFY(box.sizeHint().width() > before.width());
        expectSameAsPolicy(box);
    }

    void popupIsBuiltWhenOpened()
    {
        LengthSizedComboBox box(10);
        box.addItems({QStringLiteral("One"), QStringLiteral("Two")});
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QVERIFY(box.findChildren<QAbstractItemView*>().isEmpty());
        box.showPopup();
        QVERIFY(box.view()->isVisible());
        QCOMPARE(box.view()->model()->rowCount(), 2);
        box.hidePopup();
    }
};

QTEST_MAIN(TestLengthSizedComboBox)
#include "test_lengthsizedcombobox.moc"
