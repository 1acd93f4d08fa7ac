#pragma once
// The policy assignments of a token: rows of policy (by name; the id as tooltip) and priority, with
// Add / Remove / Move up / Move down (Insert, Delete, Alt+Up, Alt+Down while the table has focus).
// The same policy twice is marked on the row and said below the table, and reported by errors().
// Until the first row it is one line, "No policy assigned." and an Add button (Insert there too): the
// table, its buttons and shortcuts are built with the first row. An empty table cost a tenth of the
// console's start-up to build, lay out and paint (bench/README.md).

#include "types.h"
#include "validation.h"

#include <QList>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QPushButton;

namespace Ui {
class PolicyAssignmentsTable;
}

class PolicyAssignmentsTable final : public QWidget
{
    Q_OBJECT
public:
    enum Column { PolicyColumn = 0, PriorityColumn = 1 };

    explicit PolicyAssignmentsTable(QWidget* parent = nullptr);
    ~PolicyAssignmentsTable() override;

    QList<PolicyAssignment> assignments() const;
    void setAssignments(const QList<PolicyAssignment>& assignments);

    // The policies offered in the policy column. Ids already assigned but not in the list are kept and
    // shown as unknown.
    void setPolicies(const QList<Policy>& policies);
    QList<Policy> policies() const { return m_policies; }
    // While the policy list cannot be loaded (the primary policy picker says when), a row's policy is
    // typed as an id instead of chosen.
    void setTypedIdsAllowed(bool allowed);
    bool typedIdsAllowed() const { return m_typedIdsAllowed; }

    // A duplicated policy, per repeated row: field "assignments[i].policyId", translated message.
    FieldErrors errors() const;

    int currentRow() const; // -1 without a table

    // Whether the table has been built (a first row was added or set).
    bool hasTable() const { return m_ui != nullptr; }

    // The editing operations the buttons and shortcuts trigger. addRow() uses the first policy not yet
    // assigned and a priority after the highest one.
    void addRow();
    void removeCurrentRow();
    void moveCurrentRow(int delta);

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildTable();
    void setRow(int row, const PolicyAssignment& assignment);
    void refreshRows();
    void updateButtons();
    void selectRow(int row);
    QString policyName(const QString& id) const;
    void onItemChanged();
    void retranslate();

    std::unique_ptr<Ui::PolicyAssignmentsTable> m_ui; // null until buildTable()
    QList<Policy> m_policies;
    bool m_typedIdsAllowed = false;
    QAction* m_addAction;
    QAction* m_removeAction;
    QAction* m_moveUpAction;
    QAction* m_moveDownAction;
    // The line shown until the table is built; null afterwards.
    QWidget* m_placeholder;
    QLabel* m_placeholderText;
    QPushButton* m_placeholderAdd;
    bool m_updating = false;
};
