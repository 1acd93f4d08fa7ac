#include "aboutdialog.h"

#include "wrappedlabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About EnrollDesk"));
    auto* text = new WrappedLabel(
        tr("<h2>EnrollDesk %1</h2>"
           "<p>A desktop console for Applivery MDM enrollment tokens: Windows and Android tokens for one "
           "user "
           "or many, with link, enroll code and QR code.</p>"
           "<p>Licence: MIT.</p>"
           "<p>Built with Qt %2 (LGPLv3), QtKeychain (BSD-3-Clause), libqrencode (LGPLv2.1+).</p>"
           "<p>The API key is kept in the operating system's keychain and never written to disk by "
           "EnrollDesk.</p>")
            .arg(QStringLiteral(ENROLLDESK_VERSION), QString::fromLatin1(qVersion())));
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setOpenExternalLinks(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}
