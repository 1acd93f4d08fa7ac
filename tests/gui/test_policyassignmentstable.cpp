// PolicyAssignmentsTable driven by keyboard: Insert adds (the next unused policy, the next priority),
// Alt+Up / Alt+Down reorder, Delete removes, F2 edits; the same policy twice is marked on the row, said
// under the table and reported by errors(); unknown ids are kept; the buttons do the same by mouse.

#include "apilimits.h"
#include "eventcounter.h"
#include "policyassignmentstable.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

namespace {

const QString kKiosk = QStringLiteral("5f0000000000000000000001");
const QString kOffice = QStringLiteral("5f0000000000000000000002");
const QString kLab = QStringLiteral("5f0000000000000000000003");
const QString kUnknown = QStringLiteral("abcdefabcdefabcdefabcdef");

QList<Policy> samplePolicies()
{
    return {{kKiosk, QStringLiteral("Kiosk"), QStringLiteral("windows")},
            {kOffice, QStringLiteral("Office laptops"), QStringLiteral("windows")},
            {kLab, QStringLiteral("Lab"), QStringLiteral("windows")}};
}

QStringList ids(const QList<PolicyAssignment>& assignments)
{
    QStringList result;
    for (const PolicyAssignment& assignment : assignments)
        result << assignment.policyId;
    return result;
}

template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

struct Fixture
{
    PolicyAssignmentsTable widget;
    // Built with the first row.
    QTableWidget* table() const { return child<QTableWidget>(widget, "assignmentsTable"); }
    QLabel* message() const { return child<QLabel>(widget, "assignmentsMessage"); }

    // Shown and focused: the first Add button until there is a row, then the table.
    bool open()
    {
        widget.setPolicies(samplePolicies());
        widget.resize(480, 240);
        widget.show();
        QApplication::setActiveWindow(&widget);
        if (!QTest::qWaitForWindowActive(&widget))
            return false;
        widget.setFocus();
        return widget.focusProxy()->hasFocus();
    }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }
};

} // namespace

class TestPolicyAssignmentsTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertAddsTheNextUnusedPolicy()
    {
        Fixture f;
        QVERIFY(f.open());
        // No table yet: a line says so, and its Add button (focused) takes Insert too.
        QVERIFY(!f.widget.hasTable());
        QVERIFY(child<QLabel>(f.widget, "noAssignmentsText")->isVisible());
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>(f.widget, "addFirstButton"));
        QSignalSpy changed(&f.widget, &PolicyAssignmentsTable::changed);

        f.key(Qt::Key_Insert);
        QVERIFY(f.widget.hasTable());
        QCOMPARE(QApplication::focusWidget(), f.table());
        f.key(Qt::Key_Insert);
        QCOMPARE(ids(f.widget.assignments()), (QStringList{kKiosk, kOffice}));
        QCOMPARE(f.widget.assignments().at(0).priority, 0);
        QCOMPARE(f.widget.assignments().at(1).priority, 1);
        QCOMPARE(f.table()->item(0, 0)->text(), QStringLiteral("Kiosk"));
        QCOMPARE(f.table()->item(0, 0)->toolTip(), kKiosk);
        QCOMPARE(f.widget.currentRow(), 1);
        QCOMPARE(changed.count(), 2);
        QVERIFY(f.widget.errors().isEmpty());
        QVERIFY(!f.message()->isVisible());

        // Once every policy is used, a new row waits for one to be chosen.
        f.key(Qt::Key_Insert);
        f.key(Qt::Key_Insert);
        QCOMPARE(f.widget.assignments().size(), 4);
        QCOMPARE(f.widget.assignments().at(3).policyId, QString());
        QCOMPARE(f.table()->item(3, 0)->text(), QStringLiteral("(choose a policy)"));
    }

    void altArrowsReorderAndDeleteRemoves()
    {
        Fixture f;
        QVERIFY(f.open());
        f.widget.setAssignments({{kKiosk, 10}, {kOffice, 20}, {kLab, 30}});
        f.table()->setFocus();
        f.table()->setCurrentCell(0, 0);
        f.key(Qt::Key_Down);
        f.key(Qt::Key_Down);
        QCOMPARE(f.widget.currentRow(), 2);
        QVERIFY(!child<QPushButton>(f.widget, "moveDownButton")->isEnabled());

        QSignalSpy changed(&f.widget, &PolicyAssignmentsTable::changed);
        f.key(Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(ids(f.widget.assignments()), (QStringList{kKiosk, kLab, kOffice}));
        f.key(Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(ids(f.widget.assignments()), (QStringList{kLab, kKiosk, kOffice}));
        QCOMPARE(f.widget.currentRow(), 0);
        QVERIFY(!child<QPushButton>(f.widget, "moveUpButton")->isEnabled());
        f.key(Qt::Key_Up, Qt::AltModifier); // already first: nothing happens
        QCOMPARE(ids(f.widget.assignments()), (QStringList{kLab, kKiosk, kOffice}));
        QCOMPARE(changed.count(), 2);
        // Rows keep their priorities when they move.
        QCOMPARE(f.widget.assignments().at(0), (PolicyAssignment{kLab, 30}));

        f.key(Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(ids(f.widget.assignments()), (QStringList{kKiosk, kLab, kOffice}));
        QCOMPARE(f.widget.currentRow(), 1);

        f.key(Qt::Key_Delete);
        QCOMPARE(ids(f.widget.assignments()), (QStringList{kKiosk, kOffice}));
        QCOMPARE(f.widget.currentRow(), 1);
        f.key(Qt::Key_Delete);
        f.key(Qt::Key_Delete);
        QVERIFY(f.widget.assignments().isEmpty());
        QVERIFY(!child<QPushButton>(f.widget, "removeButton")->isEnabled());
        f.key(Qt::Key_Delete); // nothing left: harmless
        QVERIFY(f.widget.assignments().isEmpty());
        // The table stays (the focus with it), empty, saying how to add.
        QCOMPARE(QApplication::focusWidget(), f.table());
        QVERIFY(f.message()->isVisible());
        QVERIFY(f.message()->text().contains(QLatin1StringView("Insert")));
    }

    void samePolicyTwiceIsFlagged()
    {
        Fixture f;
        QVERIFY(f.open());
        f.key(Qt::Key_Insert);
        f.key(Qt::Key_Insert); // Kiosk, Office laptops; row 1 is current
        QSignalSpy changed(&f.widget, &PolicyAssignmentsTable::changed);

        // F2 opens the policy list of the row; Up chooses Kiosk, as in row 1.
        f.key(Qt::Key_F2);
        auto* editor = qobject_cast<QComboBox*>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->objectName(), QStringLiteral("policyEditor"));
        QCOMPARE(editor->currentText(), QStringLiteral("Office laptops"));
        f.key(Qt::Key_Up);
        f.key(Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), f.table());

        QCOMPARE(ids(f.widget.assignments()), (QStringList{kKiosk, kKiosk}));
        QVERIFY(changed.count() >= 1);
        const FieldErrors errors = f.widget.errors();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("assignments[1].policyId"));
        QVERIFY2(errors.first().message.contains(QStringLiteral("Kiosk")),
                 qPrintable(errors.first().message));
        QVERIFY(errors.first().message.contains(QStringLiteral("row 1")));
        // Marked on the row and said under the table.
        QVERIFY(f.table()->item(1, 0)->data(Qt::BackgroundRole).isValid());
        QVERIFY(f.table()->item(1, 0)->data(Qt::DecorationRole).isValid());
        QVERIFY(!f.table()->item(0, 0)->data(Qt::BackgroundRole).isValid());
        QVERIFY(f.message()->isVisible());
        QCOMPARE(f.message()->text(), errors.first().message);

        // Choosing another policy clears it.
        f.key(Qt::Key_F2);
        QVERIFY(qobject_cast<QComboBox*>(QApplication::focusWidget()));
        f.key(Qt::Key_End);
        f.key(Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), f.table());
        QCOMPARE(ids(f.widget.assignments()), (QStringList{kKiosk, kLab}));
        QVERIFY(f.widget.errors().isEmpty());
        QVERIFY(!f.table()->item(1, 0)->data(Qt::BackgroundRole).isValid());
        QVERIFY(!f.message()->isVisible());
    }

    void priorityIsEditedInRange_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("priority");
        QTest::newRow("plain") << "250" << 250;
        QTest::newRow("maximum") << "10000" << Limits::kMaxPriority;
        QTest::newRow("over-maximum-refused") << "99999" << 9999;
    }
    void priorityIsEditedInRange()
    {
        QFETCH(QString, typed);
        QFETCH(int, priority);
        Fixture f;
        QVERIFY(f.open());
        f.key(Qt::Key_Insert);
        f.key(Qt::Key_Right); // to the priority cell
        f.key(Qt::Key_F2);
        auto* spin = qobject_cast<QSpinBox*>(QApplication::focusWidget());
        QVERIFY(spin);
        QCOMPARE(spin->maximum(), Limits::kMaxPriority);
        QCOMPARE(spin->minimum(), Limits::kMinPriority);
        spin->selectAll();
        QTest::keyClicks(spin, typed);
        // Read while the editor is still open (Ctrl+Return on the form does so): the typed value.
        QCOMPARE(f.widget.assignments().at(0).priority, priority);
        QCOMPARE(QApplication::focusWidget(), spin);
        f.key(Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), f.table());
        QCOMPARE(f.widget.assignments().at(0).priority, priority);
    }

    // The priority is taken as typed, and Esc still gives the cell back its value.
    void escapeRevertsAPriorityBeingTyped()
    {
        Fixture f;
        QVERIFY(f.open());
        f.key(Qt::Key_Insert);
        const int before = f.widget.assignments().at(0).priority;
        f.key(Qt::Key_Right);
        f.key(Qt::Key_F2);
        auto* spin = qobject_cast<QSpinBox*>(QApplication::focusWidget());
        QVERIFY(spin);
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("4321"));
        QCOMPARE(f.widget.assignments().at(0).priority, 4321);
        QTest::keyClick(spin, Qt::Key_Escape);
        QTRY_COMPARE(QApplication::focusWidget(), f.table());
        QCOMPARE(f.widget.assignments().at(0).priority, before);
    }

    void unknownIdsAreKept()
    {
        PolicyAssignmentsTable widget;
        widget.setAssignments({{kUnknown, 5}, {kKiosk, 6}});
        QCOMPARE(widget.assignments(), (QList<PolicyAssignment>{{kUnknown, 5}, {kKiosk, 6}}));
        auto* table = child<QTableWidget>(widget, "assignmentsTable");
        QVERIFY(table->item(0, 0)->text().contains(kUnknown));
        widget.setPolicies(samplePolicies());
        QVERIFY(table->item(0, 0)->text().contains(kUnknown));
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Kiosk"));
        // A later list that has it gives it its name.
        widget.setPolicies(samplePolicies()
                           << Policy{kUnknown, QStringLiteral("Legacy"), QStringLiteral("windows")});
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Legacy"));
        QCOMPARE(widget.assignments().at(0).policyId, kUnknown);
        // Out-of-range priorities given from elsewhere are brought into range, never beyond.
        widget.setAssignments({{kKiosk, 20000}, {kOffice, -3}});
        QCOMPARE(widget.assignments().at(0).priority, Limits::kMaxPriority);
        QCOMPARE(widget.assignments().at(1).priority, Limits::kMinPriority);
    }

    void buttonsWorkByMouse()
    {
        Fixture f;
        QVERIFY(f.open());
        QTest::mouseClick(child<QPushButton>(f.widget, "addFirstButton"), Qt::LeftButton);
        auto* add = child<QPushButton>(f.widget, "addButton");
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(ids(f.widget.assignments()), (QStringList{kKiosk, kOffice}));
        QTest::mouseClick(child<QPushButton>(f.widget, "moveUpButton"), Qt::LeftButton);
        QCOMPARE(ids(f.widget.assignments()), (QStringList{kOffice, kKiosk}));
        QTest::mouseClick(child<QPushButton>(f.widget, "moveDownButton"), Qt::LeftButton);
        QCOMPARE(ids(f.widget.assignments()), (QStringList{kKiosk, kOffice}));
        QTest::mouseClick(child<QPushButton>(f.widget, "removeButton"), Qt::LeftButton);
        QCOMPARE(ids(f.widget.assignments()), (QStringList{kKiosk}));
        // Tooltips name the shortcut.
        QVERIFY(add->toolTip().contains(QKeySequence(Qt::Key_Insert).toString(QKeySequence::NativeText)));
    }

    void controlsAreNamed()
    {
        PolicyAssignmentsTable widget;
        QVERIFY(!child<QWidget>(widget, "addFirstButton")->accessibleName().isEmpty());
        widget.addRow();
        for (const char* name : {"assignmentsTable", "addButton", "removeButton", "moveUpButton",
                                 "moveDownButton", "assignmentsMessage"}) {
            auto* control = child<QWidget>(widget, name);
            QVERIFY2(!control->accessibleName().isEmpty(), name);
        }
    }

    // Until a row exists nothing of the table is made; setting no rows keeps it that way.
    void tableIsBuiltWithTheFirstRow()
    {
        PolicyAssignmentsTable widget;
        QSignalSpy changed(&widget, &PolicyAssignmentsTable::changed);
        widget.setAssignments({});
        QVERIFY(!widget.hasTable());
        QVERIFY(!widget.findChild<QTableWidget*>());
        QCOMPARE(widget.currentRow(), -1);
        QVERIFY(widget.assignments().isEmpty());
        QCOMPARE(changed.count(), 0);
        widget.setAssignments({{kKiosk, 3}});
        QVERIFY(widget.hasTable());
        QCOMPARE(widget.assignments(), (QList<PolicyAssignment>{{kKiosk, 3}}));
        QCOMPARE(changed.count(), 1);
        QTRY_VERIFY(!widget.findChild<QWidget*>(QStringLiteral("addFirstButton")));
    }

    // The table and its buttons take the first Add button's place in the Tab order of the form.
    void tableTakesTheAddButtonsPlaceInTabOrder()
    {
        QWidget form;
        auto* layout = new QVBoxLayout(&form);
        auto* before = new QLineEdit;
        auto* widget = new PolicyAssignmentsTable;
        auto* after = new QLineEdit;
        layout->addWidget(before);
        layout->addWidget(widget);
        layout->addWidget(after);
        widget->setPolicies(samplePolicies());
        form.show();
        QApplication::setActiveWindow(&form);
        QVERIFY(QTest::qWaitForWindowActive(&form));

        const auto tabFrom = [](QWidget* from) {
            from->setFocus(Qt::TabFocusReason);
            QTest::keyClick(from, Qt::Key_Tab);
            return QApplication::focusWidget();
        };
        auto* addFirst = child<QPushButton>(*widget, "addFirstButton");
        QCOMPARE(tabFrom(before), addFirst);
        QCOMPARE(tabFrom(addFirst), after);

        addFirst->setFocus(Qt::TabFocusReason);
        // The focus goes from the Add button to the table, not through the next field on the way.
        {
            const EventCounter afterFocused(after, QEvent::FocusIn);
            QTest::keyClick(addFirst, Qt::Key_Space);
            QCOMPARE(afterFocused.count(), 0);
        }
        QVERIFY(widget->hasTable());
        auto* table = child<QTableWidget>(*widget, "assignmentsTable");
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(tabFrom(before), table);
        // After the table (Tab moves between its cells first) its buttons, then the next field.
        QCOMPARE(tabFrom(child<QPushButton>(*widget, "addButton")),
                 child<QPushButton>(*widget, "removeButton"));
        QCOMPARE(tabFrom(child<QPushButton>(*widget, "moveDownButton")), after);
        after->setFocus(Qt::TabFocusReason);
        QTest::keyClick(after, Qt::Key_Backtab);
        // Back from the next field: the last enabled button (one row: Move up and down are disabled).
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>(*widget, "removeButton"));
        before->setFocus(Qt::TabFocusReason);
        QTest::keyClick(before, Qt::Key_Backtab);
        QVERIFY(QApplication::focusWidget() != table);
    }
};

QTEST_MAIN(TestPolicyAssignmentsTable)
#include "test_policyassignmentstable.moc"
