#include "fielderrormark.h"

#include "statuscolors.h"

#include <QEvent>
#include <QHash>
#include <QPainter>
#include <QWidget>

namespace {

const QString kFrameName = QStringLiteral("fieldErrorMark");
// The field's own tooltip while the problem stands in for it, and the problem shown: a field that sets
// its tooltip itself meanwhile (LimitedLineEdit) keeps what it set.
constexpr char kUsualToolTip[] = "fieldErrorMarkUsualToolTip";
constexpr char kProblem[] = "fieldErrorMarkProblem";

class Frame final : public QWidget
{
public:
    explicit Frame(QWidget* field)
        : QWidget(field)
    {
        setObjectName(kFrameName);
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFocusPolicy(Qt::NoFocus);
        setGeometry(field->rect());
        field->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == parent()) {
            if (event->type() == QEvent::Resize)
                setGeometry(parentWidget()->rect());
            else if (event->type() == QEvent::ChildAdded) // a part built later must not cover the frame
                raise();
        }
        return false;
    }

    void paintEvent(QPaintEvent*) override
    {
        // As LimitedLineEdit's own frame for text over its limit: the same colour, width and corners.
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(StatusColors::error(palette()), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 2.5, 2.5);
    }
};

QWidget* frameOf(const QWidget* field)
{
    return field->findChild<QWidget*>(kFrameName, Qt::FindDirectChildrenOnly);
}

} // namespace

namespace FieldErrorMark {

void set(QWidget* field, const QString& problem)
{
    if (!field)
        return;
    QWidget* frame = frameOf(field);
    if (problem.isEmpty()) {
        if (frame && frame->isVisibleTo(field)) {
            frame->hide();
            if (field->toolTip() == field->property(kProblem).toString())
                field->setToolTip(field->property(kUsualToolTip).toString());
        }
        return;
    }
    if (!frame || !frame->isVisibleTo(field) || field->toolTip() != field->property(kProblem).toString())
        field->setProperty(kUsualToolTip, field->toolTip());
    field->setProperty(kProblem, problem);
    if (!frame)
        frame = new Frame(field);
    frame->setGeometry(field->rect()); // a hidden field's resize reaches the frame only when shown
    frame->raise();
    frame->show();
    field->setToolTip(problem);
}

void markAll(const QList<QWidget*>& fields, const FieldErrors& errors,
             const std::function<QWidget*(const QString& field)>& widgetFor)
{
    QHash<QWidget*, QStringList> problems;
    for (const FieldError& error : errors) {
        if (QWidget* widget = widgetFor(error.field))
            problems[widget] << error.message;
    }
    for (QWidget* field : fields)
        set(field, problems.value(field).join(u'\n'));
}

bool isMarked(const QWidget* field)
{
    const QWidget* frame = field ? frameOf(field) : nullptr;
    return frame && frame->isVisibleTo(field);
}

} // namespace FieldErrorMark
