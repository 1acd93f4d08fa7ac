// The PrintDialogs plugin (see widgets/printdialogs.h): QPrintDialog and a QPrinter per owner.

#include "printdialogs.h"

#include <QObject>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QWidget>

namespace {

// The owner's printer, a child of the owner so that it lives as long as the owner does. A QObject
// class of its own: findChild<OwnedPrinter*>() tells it from the owner's other children by its class.
class OwnedPrinter final : public QObject
{
    Q_OBJECT
public:
    explicit OwnedPrinter(QObject* owner)
        : QObject(owner)
    {
        setObjectName(QStringLiteral("enrolldeskPrinter"));
    }
    QPrinter* printer() { return &m_printer; }

private:
    QPrinter m_printer{QPrinter::HighResolution};
};

} // namespace

class QtPrintDialogs final : public QObject, public PrintDialogs
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID EnrollDeskPrintDialogs_iid)
    Q_INTERFACES(PrintDialogs)

public:
    void open(QWidget* owner, const QString& title, std::function<void(QPagedPaintDevice*)> print) override
    {
        auto* owned =
            owner->findChild<OwnedPrinter*>(QStringLiteral("enrolldeskPrinter"), Qt::FindDirectChildrenOnly);
        if (!owned)
            owned = new OwnedPrinter(owner);
        auto* dialog = new QPrintDialog(owned->printer(), owner);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(title);
        connect(dialog, &QDialog::accepted, owner,
                [print = std::move(print), printer = QPointer<OwnedPrinter>(owned)] {
                    if (printer)
                        print(printer->printer());
                });
        dialog->open();
    }
};

#include "qtprintdialogs.moc"
