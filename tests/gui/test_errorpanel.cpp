// ErrorPanel: the error next to a form. Its contents are made with the first error (most forms never
// show one); before that it is an empty, hidden frame that answers like a cleared panel.

#include "apierror.h"
#include "errorpanel.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

// Qt's private API, as Qt's own accessibility tests use it, to make assistive technology active (the
// private headers are not installed): the offscreen platform keeps Qt's own accessibility, inactive.
class QPlatformAccessibility
{
public:
    Q_DECL_IMPORT void setActive(bool active);
};
class QPlatformIntegration
{
public:
    Q_DECL_IMPORT QPlatformAccessibility* accessibility() const; // not overridden by offscreen
};
class QGuiApplicationPrivate
{
public:
    Q_DECL_IMPORT static QPlatformIntegration* platform_integration;
};

// A field, the panel and a Create button, as a form has them.
struct PanelForm
{
    PanelForm()
        : layout(new QVBoxLayout(&form))
    {
        layout->addWidget(field);
        layout->addWidget(panel);
        layout->addWidget(create);
    }

    QWidget form;
    QVBoxLayout* layout;
    QLineEdit* field = new QLineEdit;
    ErrorPanel* panel = new ErrorPanel;
    QPushButton* create = new QPushButton(QStringLiteral("Create"));
};

class TestErrorPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyUntilTheFirstError()
    {
        ErrorPanel panel;
        QVERIFY(panel.isHidden());
        QVERIFY(panel.findChildren<QWidget*>().isEmpty());
        QVERIFY(panel.message().isEmpty());
        QVERIFY(panel.details().isEmpty());
        panel.clear();
        panel.setAction(QString());
        QVERIFY(panel.findChildren<QWidget*>().isEmpty());
        QVERIFY(panel.isHidden());
    }

    void showsAMessageWithItsDetails()
    {
        QWidget form;
        auto* panel = new ErrorPanel(&form);
        form.show();
        panel->showMessage(QStringLiteral("The key was refused."), QStringLiteral("HTTP 401 (code 4001)"));
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->message(), QStringLiteral("The key was refused."));
        QCOMPARE(panel->details(), QStringLiteral("HTTP 401 (code 4001)"));
        QCOMPARE(panel->accessibleDescription(), QStringLiteral("The key was refused."));
        auto* details = panel->findChild<QLabel*>(QStringLiteral("errorDetails"));
        auto* toggle = panel->findChild<QToolButton*>(QStringLiteral("errorDetailsToggle"));
        QVERIFY(details && toggle);
        QVERIFY(toggle->isVisible());
        QVERIFY(!details->isVisible()); // for support, on request
        toggle->click();
        QVERIFY(details->isVisible());

        panel->showMessage(QStringLiteral("No details this time."));
        QVERIFY(!toggle->isVisible());
        QVERIFY(!details->isVisible()); // folded again for the next error

        panel->clear();
        QVERIFY(panel->isHidden());
        QVERIFY(panel->message().isEmpty());
    }

    // The server's message goes into both labels: its markup is text (no big red "re-enter your key" link
    // made by whoever answers the request).
    void serverMarkupIsShownAsText()
    {
        QWidget form;
        auto* panel = new ErrorPanel(&form);
        form.show();
        const QString markup = QStringLiteral(
            "<font color=red size=7>Your key expired</font> <a href='https://x.example'>here</a>");
        panel->showError(ApiError::fromApi(400, 9998, markup));
        for (const char* name : {"errorMessage", "errorDetails"}) {
            auto* label = panel->findChild<QLabel*>(QLatin1String(name));
            QVERIFY(label);
            QVERIFY2(label->text().contains(markup), qPrintable(label->text()));
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }

    void offersAnAction()
    {
        QWidget form;
        auto* panel = new ErrorPanel(&form);
        form.show();
        QSignalSpy triggered(panel, &ErrorPanel::actionTriggered);
        panel->showError(ApiError::fromApi(404, 4004, QStringLiteral("Not found")));
        QCOMPARE(panel->message(), ApiError::meaningOfCode(4004));
        panel->setAction(QStringLiteral("Try again"));
        auto* action = panel->findChild<QPushButton*>(QStringLiteral("errorAction"));
        QVERIFY(action && action->isVisible());
        action->click();
        QCOMPARE(triggered.count(), 1);
        panel->showError(ApiError::fromApi(
            404, 4004, QStringLiteral("Not found"))); // the next error hides the last one's action
        QVERIFY(!action->isVisible());
    }

    // Screen readers hear the error when it appears, wherever the focus is: the panel sends an alert and
    // leaves the focus in the field being typed in.
    void announcesTheError()
    {
        PanelForm setup;
        auto* field = setup.field;
        auto* panel = setup.panel;
        setup.form.show();
        QVERIFY(QTest::qWaitForWindowActive(&setup.form));
        field->setFocus();
        QCOMPARE(QApplication::focusWidget(), field);

        static QList<QObject*> alerts;
        alerts.clear();
        // Events reach the handler only while assistive technology is active.
        QPlatformAccessibility* platform = QGuiApplicationPrivate::platform_integration->accessibility();
        QVERIFY(platform);
        platform->setActive(true);
        const QAccessible::UpdateHandler previous =
            QAccessible::installUpdateHandler([](QAccessibleEvent* event) {
                if (event->type() == QAccessible::Alert)
                    alerts << event->object();
            });
        panel->showMessage(QStringLiteral("The key was refused."));
        panel->showError(ApiError::fromApi(404, 4004, QStringLiteral("Not found")));
        QAccessible::installUpdateHandler(previous);
        platform->setActive(false);
        QCOMPARE(alerts, (QList<QObject*>{panel, panel}));
        QCOMPARE(QApplication::focusWidget(), field);
    }

    // With neither details nor an action, the message is still reached with Tab and copied from the
    // keyboard (the panel once had nothing that took the focus).
    void messageIsReachedAndSelectedFromTheKeyboard()
    {
        PanelForm setup;
        auto* field = setup.field;
        auto* panel = setup.panel;
        auto* create = setup.create;
        QWidget& form = setup.form;
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        field->setFocus();
        panel->showMessage(QStringLiteral("The server did not answer."));
        auto* message = panel->findChild<QLabel*>(QStringLiteral("errorMessage"));
        QVERIFY(message);
        QCOMPARE(QApplication::focusWidget(), field);
        QTest::keyClick(field, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), message);
        QTest::keySequence(message, QKeySequence::SelectAll);
        QCOMPARE(message->selectedText(), QStringLiteral("The server did not answer."));
        QTest::keyClick(message, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), create);
    }

    // Keyboard and screen readers: the message and the buttons, made with the first error, come where the
    // panel sits in the Tab order (not after every other control of the window); the action is named by its
    // text and reads the message with it; focusAction() gives it the focus.
    void buttonsTakeThePanelsPlace()
    {
        PanelForm setup;
        auto* field = setup.field;
        auto* panel = setup.panel;
        auto* create = setup.create;
        QWidget& form = setup.form;
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QVERIFY(!panel->focusAction()); // nothing offered yet
        panel->showMessage(QStringLiteral("The server did not answer."), QStringLiteral("HTTP 504"));
        panel->setAction(QStringLiteral("Try again"));
        auto* toggle = panel->findChild<QToolButton*>(QStringLiteral("errorDetailsToggle"));
        auto* action = panel->findChild<QPushButton*>(QStringLiteral("errorAction"));
        QVERIFY(toggle && action);

        QList<QWidget*> order; // the focusable widgets after the field, in the chain's order
        for (QWidget* next = field->nextInFocusChain(); next != field; next = next->nextInFocusChain()) {
            if ((next->focusPolicy() & Qt::TabFocus) && next->isVisible())
                order << next;
        }
        auto* message = panel->findChild<QLabel*>(QStringLiteral("errorMessage"));
        QCOMPARE(order, (QList<QWidget*>{message, toggle, action, create}));

        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(action);
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Try again"));
        QCOMPARE(accessible->text(QAccessible::Description), QStringLiteral("The server did not answer."));
        form.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        QVERIFY(panel->focusAction());
        QCOMPARE(QApplication::focusWidget(), action);
    }
};

QTEST_MAIN(TestErrorPanel)
#include "test_errorpanel.moc"
