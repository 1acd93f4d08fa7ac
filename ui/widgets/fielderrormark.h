#pragma once
// Marks a form field as wrong: a frame in the error colour drawn over the whole field (a line edit, a
// combo box, the duration's row, a group of radio buttons), with the problem as the field's tooltip (the
// form's problems list, which says the same, is what a screen reader reads). The frame is a child widget laid
// over the field, transparent to the mouse and the keyboard, so any kind of field can be marked without a
// style sheet (which would replace Fusion's look of the field) and nothing is built until a field is first
// marked.

#include "validation.h"

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace FieldErrorMark {

// Marks `field` with `problem`, or clears the mark when `problem` is empty. The field's own tooltip comes
// back when the mark goes.
void set(QWidget* field, const QString& problem);
bool isMarked(const QWidget* field);
// Marks each of `fields` with the messages of the errors whose API field `widgetFor` maps to it (one per
// line), and clears the marks of the others.
void markAll(const QList<QWidget*>& fields, const FieldErrors& errors,
             const std::function<QWidget*(const QString& field)>& widgetFor);

} // namespace FieldErrorMark
