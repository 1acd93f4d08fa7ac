#pragma once
// The size QComboBox's AdjustToContents policy gives `box`'s items in its font: what a combo box that must
// fit its items measures, compared in tests with boxes that get there another way.

#include <QComboBox>

inline QSize fittingComboSize(const QComboBox* box)
{
    QComboBox reference;
    reference.setFont(box->font());
    reference.setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i < box->count(); ++i)
        reference.addItem(box->itemText(i));
    return reference.sizeHint();
}
