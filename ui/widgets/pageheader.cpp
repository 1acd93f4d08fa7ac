#include "pageheader.h"

#include "wrappedlabel.h"

#include <QLabel>
#include <QVBoxLayout>

PageHeader::PageHeader(const QString& title, const QString& subtitle, QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = heading->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    heading->setFont(titleFont);
    auto* explanation = new WrappedLabel(subtitle);
    explanation->setObjectName(QStringLiteral("pageSubtitle"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(explanation);
}
