#include "lengthsizedcombobox.h"

#include <QStyleOptionComboBox>
#include <QtMath>

LengthSizedComboBox::LengthSizedComboBox(int characters, QWidget* parent)
    : QComboBox(parent)
{
    setMinimumContentsLength(characters);
}

QSize LengthSizedComboBox::sizeHint() const
{
    // QComboBox's own rule for AdjustToMinimumContentsLengthWithIcon: room for the characters and an
    // icon, one line of text (or the icon) high, then the style's frame and arrow around it.
    const QFontMetrics metrics = fontMetrics();
    const QSize icon = iconSize();
    QSize contents(minimumContentsLength() * metrics.horizontalAdvance(u'X') + icon.width() + 4,
                   qMax(qCeil(QFontMetricsF(metrics).height()), 14) + 2);
    if (!placeholderText().isEmpty())
        contents.setWidth(qMax(contents.width(), metrics.boundingRect(placeholderText()).width()));
    contents.setHeight(qMax(contents.height(), icon.height() + 2));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    return style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, this);
}

QSize LengthSizedComboBox::minimumSizeHint() const
{
    return sizeHint();
}
