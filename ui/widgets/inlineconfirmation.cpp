#include "inlineconfirmation.h"

#include "statuscolors.h"
#include "wrappedlabel.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTextDocumentFragment>

InlineConfirmation::InlineConfirmation(const char* objectName, QPushButton* keep, QPushButton* confirm,
                                       QWidget* parent)
    : QFrame(parent)
    , m_text(new WrappedLabel)
    , m_keep(keep)
    , m_confirm(confirm)
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
    // The focus goes to a button, and a label is not read on its own: the buttons carry the question, in
    // words without the markup (as ErrorPanel's buttons carry its message).
    const QString question = QTextDocumentFragment::fromHtml(richText).toPlainText();
    m_keep->setAccessibleDescription(question);
    m_confirm->setAccessibleDescription(question);
    setVisible(true);
    m_keep->setFocus();
}
