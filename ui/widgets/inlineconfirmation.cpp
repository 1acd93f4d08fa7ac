#include "inlineconfirmation.h"

#include "statuscolors.h"
#include "wrappedlabel.h"

#include <QHBoxLayout>
#include <QPushButton>

InlineConfirmation::InlineConfirmation(const char* objectName, QPushButton* keep, QPushButton* confirm,
                                       QWidget* parent)
    : QFrame(parent)
    , m_text(new WrappedLabel)
    , m_keep(keep)
{
    setObjectName(QLatin1StringView(objectName)); // before the style rule, which names the frame
    StatusColors::followPalette(this, qOverload<const QWidget*>(StatusColors::errorFrameStyle));
    m_text->setTextFormat(Qt::RichText);
    m_text->setObjectName(QLatin1StringView(objectName) + QStringLiteral("Text"));
    // Return presses the focused one (outside a dialog only auto-default buttons take Return).
    keep->setAutoDefault(true);
    confirm->setAutoDefault(true);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(keep);
    layout->addWidget(confirm);
    setVisible(false);
    connect(keep, &QPushButton::clicked, this, &QWidget::hide);
    connect(confirm, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT confirmed();
    });
}

void InlineConfirmation::ask(const QString& richText)
{
    m_text->setText(richText);
    setVisible(true);
    m_keep->setFocus();
}
