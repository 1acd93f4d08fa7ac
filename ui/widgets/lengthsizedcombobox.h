#pragma once

#include <QComboBox>

// A combo box as wide as a number of characters whatever its items, as QComboBox's
// AdjustToMinimumContentsLengthWithIcon policy sizes it. Setting that policy (setSizeAdjustPolicy) makes
// Qt 6.4 build the popup list at once: a list view, its scroll bars and frames, about ten widgets per box,
// built and polished before the first screen shows (bench/README.md). Here the popup is built when it is
// first opened, as for any combo box.
class LengthSizedComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit LengthSizedComboBox(int characters, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};
