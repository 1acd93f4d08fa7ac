#include "errorpanel.h"

#include "apierror.h"
#include "statuscolors.h"
#include "wrappedlabel.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

ErrorPanel::ErrorPanel(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorPanel"));
    setAccessibleName(tr("Error"));
    setFrameShape(QFrame::StyledPanel);
    setVisible(false);
}

// Most forms never show an error: the panel's contents (an icon, two labels, two buttons and a style
// sheet) are made for the first one, not with every form at start-up.
void ErrorPanel::build()
{
    if (m_message)
        return;
    m_message = new WrappedLabel;
    m_details = new WrappedLabel;
    m_toggle = new QToolButton;
    m_action = new QPushButton;
    // A tinted panel that works in light and dark palettes: the highlight of errors, not a fixed colour.
    StatusColors::followPalette(this, qOverload<const QWidget*>(StatusColors::errorFrameStyle));
    auto* icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(24, 24));
    icon->setAlignment(Qt::AlignTop);
    m_message->setObjectName(QStringLiteral("errorMessage"));
    // Reachable with Tab and copied from the keyboard too: without details or an action, the panel had
    // nothing a keyboard user could reach (QLabel gives keyboard-selectable text click focus only).
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setFocusPolicy(Qt::StrongFocus);
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setVisible(false);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_details->setFont(mono);
    m_toggle->setObjectName(QStringLiteral("errorDetailsToggle"));
    m_toggle->setText(tr("Details"));
    m_toggle->setAccessibleName(tr("Show error details"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_action->setObjectName(QStringLiteral("errorAction"));
    m_action->setVisible(false); // its text is its name: "Check the token list for this user", "Try again"

    auto* text = new QVBoxLayout;
    text->addWidget(m_message);
    text->addWidget(m_details);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_action);
    buttons->addStretch();
    text->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(icon);
    layout->addLayout(text, 1);

    connect(m_toggle, &QToolButton::toggled, m_details, &QLabel::setVisible);
    connect(m_action, &QPushButton::clicked, this, &ErrorPanel::actionTriggered);

    // Made now, the message and the buttons would come last in the window's Tab order: they go where the
    // panel sits, after the last control before it.
    QWidget* before = previousInFocusChain();
    while (before != this && (!(before->focusPolicy() & Qt::TabFocus) || isAncestorOf(before)))
        before = before->previousInFocusChain();
    if (before != this) {
        QWidget::setTabOrder(before, m_message);
        QWidget::setTabOrder(m_message, m_toggle);
        QWidget::setTabOrder(m_toggle, m_action);
    }
}

void ErrorPanel::showError(const ApiError& error)
{
    showMessage(error.message(), error.technicalDetails());
}

void ErrorPanel::showMessage(const QString& message, const QString& details)
{
    build();
    m_message->setText(message);
    m_details->setText(details);
    m_toggle->setVisible(!details.isEmpty());
    m_toggle->setChecked(false);
    m_action->setVisible(false);
    setAccessibleDescription(message);
    // Read with the buttons when they take the focus (the message reads itself).
    m_toggle->setAccessibleDescription(message);
    m_action->setAccessibleDescription(message);
    setVisible(true);
    // Said by the screen reader where the user is (typing in a field): the focus stays there.
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

bool ErrorPanel::focusAction()
{
    if (!m_action || m_action->isHidden())
        return false;
    m_action->setFocus(Qt::OtherFocusReason);
    return true;
}

void ErrorPanel::setAction(const QString& text)
{
    if (text.isEmpty() && !m_action)
        return;
    build();
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

void ErrorPanel::clear()
{
    if (m_message) {
        m_message->clear();
        m_details->clear();
        m_action->setVisible(false);
    }
    setVisible(false);
}

QString ErrorPanel::message() const
{
    return m_message ? m_message->text() : QString();
}

QString ErrorPanel::details() const
{
    return m_details ? m_details->text() : QString();
}
