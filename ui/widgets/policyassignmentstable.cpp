#include "policyassignmentstable.h"

#include "ui_policyassignmentstable.h"

#include "apilimits.h"
#include "statuscolors.h"
#include "wrappedlabel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int kPolicyIdRole = Qt::UserRole + 1;

// Where Tab stops: a widget that takes focus by Tab and gives it to no other.
bool isTabStop(const QWidget* widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy();
}

// The nearest tab stop before (or after) `widget` in its window's focus chain; `widget` itself if none.
QWidget* neighbourTabStop(QWidget* widget, bool forward)
{
    QWidget* next = widget;
    do
        next = forward ? next->nextInFocusChain() : next->previousInFocusChain();
    while (next != widget && !isTabStop(next));
    return next;
}

QString shortcutText(const QKeySequence& sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

// Editors for the two columns: the policy as a combo of the known policies (plus the row's unknown id),
// the priority as a spin box in the API's range.
class AssignmentDelegate final : public QStyledItemDelegate
{
public:
    explicit AssignmentDelegate(PolicyAssignmentsTable* owner)
        : QStyledItemDelegate(owner)
        , m_owner(owner)
    {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        Q_UNUSED(option)
        if (index.column() == PolicyAssignmentsTable::PriorityColumn) {
            auto* spin = new QSpinBox(parent);
            spin->setObjectName(QStringLiteral("priorityEditor"));
            spin->setAccessibleName(PolicyAssignmentsTable::tr("Priority"));
            spin->setRange(Limits::kMinPriority, Limits::kMaxPriority);
            spin->setFrame(false);
            spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            // Taken as typed: Ctrl+Return (create) or Copy as curl read the table while the editor is
            // still open, and would otherwise send the priority the cell had before.
            auto* self = const_cast<AssignmentDelegate*>(this);
            QObject::connect(spin, &QSpinBox::valueChanged, self,
                             [self, spin] { Q_EMIT self->commitData(spin); });
            return spin;
        }
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("policyEditor"));
        combo->setAccessibleName(PolicyAssignmentsTable::tr("Policy"));
        if (m_owner->typedIdsAllowed()) {
            // No list to choose from (it could not be loaded): the id is typed.
            combo->setEditable(true);
            combo->setInsertPolicy(QComboBox::NoInsert);
            combo->setCompleter(nullptr);
            combo->lineEdit()->setAccessibleName(PolicyAssignmentsTable::tr("Policy id"));
            combo->lineEdit()->setPlaceholderText(PolicyAssignmentsTable::tr("Policy id"));
            // Taken as typed, as the priority is (Ctrl+Return reads the table with the editor open).
            auto* self = const_cast<AssignmentDelegate*>(this);
            QObject::connect(combo->lineEdit(), &QLineEdit::textEdited, self,
                             [self, combo] { Q_EMIT self->commitData(combo); });
            return combo;
        }
        for (const Policy& policy : m_owner->policies()) {
            combo->addItem(policy.name, policy.id);
            combo->setItemData(combo->count() - 1, policy.id, Qt::ToolTipRole);
        }
        // A choice from the list is taken at once, so the row's name and marks follow while editing.
        auto* self = const_cast<AssignmentDelegate*>(this);
        QObject::connect(combo, &QComboBox::activated, self,
                         [self, combo] { Q_EMIT self->commitData(combo); });
        return combo;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
            const int value = index.data(Qt::EditRole).toInt();
            if (!spin->property(kOriginalPriority).isValid())
                spin->setProperty(kOriginalPriority, value); // what Esc goes back to
            spin->setValue(value);
            return;
        }
        auto* combo = qobject_cast<QComboBox*>(editor);
        const QString id = index.data(kPolicyIdRole).toString();
        if (combo->isEditable()) {
            if (!combo->property(kOriginalPolicy).isValid())
                combo->setProperty(kOriginalPolicy, id); // what Esc goes back to
            // Committed as typed, the cell hands the id back: rewriting the same text would move the
            // cursor to its end and clear the field's undo.
            if (typedId(combo) != id)
                combo->setEditText(id);
            return;
        }
        int current = combo->findData(id);
        if (current < 0 && !id.isEmpty()) {
            combo->insertItem(0, PolicyAssignmentsTable::tr("Unknown policy %1").arg(id), id);
            current = 0;
        }
        combo->setCurrentIndex(current);
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
            spin->interpretText();
            model->setData(index, spin->value(), Qt::EditRole);
            return;
        }
        auto* combo = qobject_cast<QComboBox*>(editor);
        if (combo->isEditable())
            model->setData(index, typedId(combo), kPolicyIdRole);
        else if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData(), kPolicyIdRole);
    }

protected:
    bool eventFilter(QObject* object, QEvent* event) override
    {
        // The priority is committed as typed, so Qt's revert on Esc has nothing to undo: Esc puts the
        // value the cell had when the editor opened back first.
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
            if (auto* spin = qobject_cast<QSpinBox*>(object);
                spin && spin->property(kOriginalPriority).isValid())
                spin->setValue(spin->property(kOriginalPriority).toInt());
            if (auto* combo = qobject_cast<QComboBox*>(object);
                combo && combo->isEditable() && combo->property(kOriginalPolicy).isValid()) {
                combo->setEditText(combo->property(kOriginalPolicy).toString());
                Q_EMIT commitData(combo);
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    static constexpr char kOriginalPriority[] = "originalPriority";
    static constexpr char kOriginalPolicy[] = "originalPolicy";

    // Ids are lower-case hex as the API gives them; the form's rules check what is typed.
    static QString typedId(const QComboBox* combo) { return combo->currentText().trimmed().toLower(); }
    PolicyAssignmentsTable* m_owner;
};

} // namespace

PolicyAssignmentsTable::PolicyAssignmentsTable(QWidget* parent)
    : QWidget(parent)
    , m_addAction(new QAction(this))
    , m_removeAction(new QAction(this))
    , m_moveUpAction(new QAction(this))
    , m_moveDownAction(new QAction(this))
    , m_placeholder(new QWidget)
    , m_placeholderText(new WrappedLabel)
    , m_placeholderAdd(new QPushButton)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* line = new QHBoxLayout(m_placeholder);
    line->setContentsMargins(0, 0, 0, 0);
    m_placeholderText->setObjectName(QStringLiteral("noAssignmentsText"));
    m_placeholderText->setForegroundRole(QPalette::PlaceholderText);
    m_placeholderAdd->setObjectName(QStringLiteral("addFirstButton"));
    line->addWidget(m_placeholderAdd);
    // Wraps in the bulk page's narrow settings column; given the rest of the line (stretch 1), it wraps
    // only there (a word-wrapped label otherwise sizes itself to a fraction of 80 characters).
    line->addWidget(m_placeholderText, 1);
    layout->addWidget(m_placeholder);
    setFocusProxy(m_placeholderAdd);
    // A focus policy of its own: a label's Alt+letter leaves a NoFocus buddy alone, proxy or not.
    setFocusPolicy(Qt::StrongFocus);

    m_addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_removeAction->setShortcut(QKeySequence(QKeySequence::Delete));
    m_moveUpAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDownAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction* action : {m_addAction, m_removeAction, m_moveUpAction, m_moveDownAction}) {
        // Only while the table (or the first Add button) has the focus: elsewhere in the form these keys
        // mean what they usually do.
        action->setShortcutContext(Qt::WidgetShortcut);
    }
    m_placeholderAdd->addAction(m_addAction);
    connect(m_placeholderAdd, &QPushButton::clicked, m_addAction, &QAction::trigger);
    connect(m_addAction, &QAction::triggered, this, &PolicyAssignmentsTable::addRow);
    connect(m_removeAction, &QAction::triggered, this, &PolicyAssignmentsTable::removeCurrentRow);
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveCurrentRow(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveCurrentRow(1); });

    retranslate();
    updateButtons();
}

void PolicyAssignmentsTable::buildTable()
{
    if (m_ui)
        return;
    // Made without a parent, so the panel's own Tab order (from the .ui) is complete before it joins the
    // window's focus chain, where Qt 6.4 appends widgets made late: it is moved back to where the first
    // Add button was, between the same neighbours.
    QWidget* before = neighbourTabStop(m_placeholderAdd, false);
    QWidget* after = neighbourTabStop(m_placeholderAdd, true);
    const bool hasNeighbours = before != m_placeholderAdd && before != after;

    auto* panel = new QWidget;
    m_ui = std::make_unique<Ui::PolicyAssignmentsTable>();
    m_ui->setupUi(panel);
    panel->setObjectName(QStringLiteral("assignmentsPanel")); // setupUi names it after the form
    QTableWidget* view = m_ui->assignmentsTable;
    view->setItemDelegate(new AssignmentDelegate(this));
    view->horizontalHeader()->setSectionResizeMode(PolicyColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(PriorityColumn, QHeaderView::ResizeToContents);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Room for three rows without scrolling; more scroll, so a long list does not push the form away.
    const int rowHeight = view->verticalHeader()->defaultSectionSize();
    const int chrome = view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth();
    view->setMinimumHeight(chrome + 3 * rowHeight);
    view->setMaximumHeight(chrome + 5 * rowHeight);
    for (QAction* action : {m_addAction, m_removeAction, m_moveUpAction, m_moveDownAction})
        view->addAction(action);
    connect(m_ui->addButton, &QPushButton::clicked, m_addAction, &QAction::trigger);
    connect(m_ui->removeButton, &QPushButton::clicked, m_removeAction, &QAction::trigger);
    connect(m_ui->moveUpButton, &QPushButton::clicked, m_moveUpAction, &QAction::trigger);
    connect(m_ui->moveDownButton, &QPushButton::clicked, m_moveDownAction, &QAction::trigger);
    connect(view, &QTableWidget::itemChanged, this, &PolicyAssignmentsTable::onItemChanged);
    connect(view, &QTableWidget::currentCellChanged, this, &PolicyAssignmentsTable::updateButtons);

    const bool hadFocus = m_placeholderAdd->hasFocus();
    setFocusProxy(view);
    delete layout()->replaceWidget(m_placeholder, panel);
    panel->show(); // now, not when the event loop gets to it: the shortcuts need it visible at once
    if (hasNeighbours)
        QWidget::setTabOrder(before, view);
    QWidget::setTabOrder(view, m_ui->addButton);
    QWidget::setTabOrder(m_ui->addButton, m_ui->removeButton);
    QWidget::setTabOrder(m_ui->removeButton, m_ui->moveUpButton);
    QWidget::setTabOrder(m_ui->moveUpButton, m_ui->moveDownButton);
    if (hasNeighbours)
        QWidget::setTabOrder(m_ui->moveDownButton, after);
    // Before the placeholder goes: hiding the focused Add button would pass the focus on to the next
    // field (and scroll the page to it) first.
    if (hadFocus)
        view->setFocus(Qt::OtherFocusReason);
    // The first Add button may be the sender of the click that got here.
    m_placeholder->hide();
    m_placeholder->deleteLater();
    m_placeholder = nullptr;
    m_placeholderText = nullptr;
    m_placeholderAdd = nullptr;
    retranslate();
}

PolicyAssignmentsTable::~PolicyAssignmentsTable() = default;

int PolicyAssignmentsTable::currentRow() const
{
    return m_ui ? m_ui->assignmentsTable->currentRow() : -1;
}

void PolicyAssignmentsTable::retranslate()
{
    const struct
    {
        QAction* action;
        QPushButton* button; // null before the table is built
        QString text;
        QString tip;
    } entries[]{
        {m_addAction, m_ui ? m_ui->addButton : m_placeholderAdd, tr("Add"), tr("Assign one more policy")},
        {m_removeAction, m_ui ? m_ui->removeButton : nullptr, tr("Remove"),
         tr("Remove the selected assignment")},
        {m_moveUpAction, m_ui ? m_ui->moveUpButton : nullptr, tr("Move up"),
         tr("Move the selected assignment up")},
        {m_moveDownAction, m_ui ? m_ui->moveDownButton : nullptr, tr("Move down"),
         tr("Move the selected assignment down")},
    };
    for (const auto& entry : entries) {
        const QString tip = tr("%1 (%2)", "action tooltip: what it does (shortcut)")
                                .arg(entry.tip, shortcutText(entry.action->shortcut()));
        entry.action->setText(entry.text);
        entry.action->setToolTip(tip);
        if (entry.button)
            entry.button->setToolTip(tip);
    }
    if (m_placeholderAdd) {
        m_placeholderText->setText(tr("No policy assigned."));
        m_placeholderAdd->setText(tr("Add"));
        m_placeholderAdd->setAccessibleName(tr("Add a policy assignment"));
    }
}

void PolicyAssignmentsTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_ui)
            m_ui->retranslateUi(m_ui->assignmentsTable->parentWidget());
        retranslate();
        refreshRows();
    }
    QWidget::changeEvent(event);
}

QList<PolicyAssignment> PolicyAssignmentsTable::assignments() const
{
    QList<PolicyAssignment> result;
    if (!m_ui)
        return result;
    const QTableWidget* view = m_ui->assignmentsTable;
    for (int row = 0; row < view->rowCount(); ++row) {
        PolicyAssignment assignment;
        if (const QTableWidgetItem* item = view->item(row, PolicyColumn))
            assignment.policyId = item->data(kPolicyIdRole).toString();
        if (const QTableWidgetItem* item = view->item(row, PriorityColumn))
            assignment.priority = item->data(Qt::EditRole).toInt();
        result << assignment;
    }
    return result;
}

void PolicyAssignmentsTable::setAssignments(const QList<PolicyAssignment>& assignments)
{
    const bool same = assignments == this->assignments();
    if (!m_ui) {
        if (assignments.isEmpty())
            return;
        buildTable();
    }
    m_updating = true;
    m_ui->assignmentsTable->setRowCount(int(assignments.size()));
    for (int row = 0; row < assignments.size(); ++row)
        setRow(row, assignments.at(row));
    m_updating = false;
    refreshRows();
    if (!same)
        Q_EMIT changed();
}

void PolicyAssignmentsTable::setPolicies(const QList<Policy>& policies)
{
    m_policies = policies;
    refreshRows();
}

void PolicyAssignmentsTable::setTypedIdsAllowed(bool allowed)
{
    m_typedIdsAllowed = allowed;
    refreshRows(); // the empty cell's tooltip says how to fill it
}

void PolicyAssignmentsTable::setRow(int row, const PolicyAssignment& assignment)
{
    QTableWidget* view = m_ui->assignmentsTable;
    auto* policy = new QTableWidgetItem;
    policy->setData(kPolicyIdRole, assignment.policyId);
    auto* priority = new QTableWidgetItem;
    priority->setData(Qt::EditRole,
                      std::clamp(assignment.priority, Limits::kMinPriority, Limits::kMaxPriority));
    priority->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const bool wasUpdating = m_updating;
    m_updating = true;
    view->setItem(row, PolicyColumn, policy);
    view->setItem(row, PriorityColumn, priority);
    m_updating = wasUpdating;
}

QString PolicyAssignmentsTable::policyName(const QString& id) const
{
    for (const Policy& policy : m_policies) {
        if (policy.id.compare(id, Qt::CaseInsensitive) == 0)
            return policy.name.isEmpty() ? id : policy.name;
    }
    return {};
}

FieldErrors PolicyAssignmentsTable::errors() const
{
    FieldErrors errors;
    const QList<PolicyAssignment> rows = assignments();
    for (int row = 0; row < rows.size(); ++row) {
        const QString id = rows.at(row).policyId;
        if (id.isEmpty())
            continue;
        for (int earlier = 0; earlier < row; ++earlier) {
            if (rows.at(earlier).policyId.compare(id, Qt::CaseInsensitive) != 0)
                continue;
            const QString name = policyName(id);
            errors << FieldError{
                QStringLiteral("assignments[%1].policyId").arg(row),
                tr("Policy assignment %1: “%2” is already assigned in row %3.")
                    .arg(QString::number(row + 1), name.isEmpty() ? id : name, QString::number(earlier + 1))};
            break;
        }
    }
    return errors;
}

void PolicyAssignmentsTable::refreshRows()
{
    if (!m_ui)
        return;
    QTableWidget* view = m_ui->assignmentsTable;
    const FieldErrors problems = errors();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QColor tint(QLatin1StringView(StatusColors::kError));
    tint.setAlpha(40);

    const bool wasUpdating = m_updating;
    m_updating = true;
    for (int row = 0; row < view->rowCount(); ++row) {
        QTableWidgetItem* policy = view->item(row, PolicyColumn);
        QTableWidgetItem* priority = view->item(row, PriorityColumn);
        if (!policy || !priority)
            continue;
        const QString id = policy->data(kPolicyIdRole).toString();
        const QString name = policyName(id);
        QString problem;
        const QString field = QStringLiteral("assignments[%1].policyId").arg(row);
        for (const FieldError& error : problems) {
            if (error.field == field)
                problem = error.message;
        }
        QFont font = view->font();
        font.setItalic(name.isEmpty());
        policy->setFont(font);
        if (id.isEmpty()) {
            policy->setText(tr("(choose a policy)"));
            policy->setToolTip(m_typedIdsAllowed ? tr("Press F2 or double-click to type the policy's id")
                                                 : tr("Press F2 or double-click to choose the policy"));
        } else {
            policy->setText(name.isEmpty() ? tr("Unknown policy %1").arg(id) : name);
            policy->setToolTip(problem.isEmpty() ? id : problem + u'\n' + id);
        }
        policy->setData(Qt::DecorationRole, problem.isEmpty() ? QVariant() : QVariant(warning));
        for (QTableWidgetItem* item : {policy, priority})
            item->setData(Qt::BackgroundRole, problem.isEmpty() ? QVariant() : QVariant(tint));
    }
    m_updating = wasUpdating;

    QLabel* message = m_ui->assignmentsMessage;
    QStringList lines;
    for (const FieldError& error : problems)
        lines << error.message;
    if (!lines.isEmpty()) {
        message->setText(lines.join(u'\n'));
        StatusColors::followPalette(message, StatusColors::errorTextStyle);
        message->setForegroundRole(QPalette::WindowText);
    } else {
        message->setText(view->rowCount() == 0 ? tr("No policy assigned. Add one with the Add button or the "
                                                    "Insert key.")
                                               : QString());
        StatusColors::followPalette(message, {});
        message->setForegroundRole(QPalette::PlaceholderText);
    }
    message->setVisible(!message->text().isEmpty());
    updateButtons();
}

void PolicyAssignmentsTable::updateButtons()
{
    const int row = currentRow();
    const int rows = m_ui ? m_ui->assignmentsTable->rowCount() : 0;
    const bool hasRow = row >= 0 && row < rows;
    m_removeAction->setEnabled(hasRow);
    m_moveUpAction->setEnabled(hasRow && row > 0);
    m_moveDownAction->setEnabled(hasRow && row + 1 < rows);
    if (!m_ui)
        return;
    m_ui->removeButton->setEnabled(m_removeAction->isEnabled());
    m_ui->moveUpButton->setEnabled(m_moveUpAction->isEnabled());
    m_ui->moveDownButton->setEnabled(m_moveDownAction->isEnabled());
}

void PolicyAssignmentsTable::selectRow(int row)
{
    if (!m_ui)
        return;
    QTableWidget* view = m_ui->assignmentsTable;
    if (row < 0 || row >= view->rowCount())
        return;
    view->setCurrentCell(row, PolicyColumn);
    view->scrollToItem(view->item(row, PolicyColumn));
    updateButtons();
}

void PolicyAssignmentsTable::onItemChanged()
{
    if (m_updating)
        return;
    refreshRows();
    Q_EMIT changed();
}

void PolicyAssignmentsTable::addRow()
{
    QList<PolicyAssignment> rows = assignments();
    PolicyAssignment added;
    for (const Policy& policy : m_policies) {
        const bool used = std::any_of(rows.cbegin(), rows.cend(), [&](const PolicyAssignment& row) {
            return row.policyId.compare(policy.id, Qt::CaseInsensitive) == 0;
        });
        if (!used) {
            added.policyId = policy.id;
            break;
        }
    }
    int highest = -1;
    for (const PolicyAssignment& row : rows)
        highest = std::max(highest, row.priority);
    added.priority = std::min(highest + 1, Limits::kMaxPriority);
    rows << added;
    setAssignments(rows); // builds the table with the first row
    selectRow(int(rows.size()) - 1);
    m_ui->assignmentsTable->setFocus(Qt::OtherFocusReason);
}

void PolicyAssignmentsTable::removeCurrentRow()
{
    const int row = currentRow();
    QList<PolicyAssignment> rows = assignments();
    if (row < 0 || row >= rows.size())
        return;
    rows.removeAt(row);
    setAssignments(rows);
    selectRow(std::min(row, int(rows.size()) - 1));
}

void PolicyAssignmentsTable::moveCurrentRow(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    QList<PolicyAssignment> rows = assignments();
    if (row < 0 || row >= rows.size() || target < 0 || target >= rows.size())
        return;
    // Only the order changes; each row keeps its priority.
    rows.move(row, target);
    setAssignments(rows);
    selectRow(target);
}
