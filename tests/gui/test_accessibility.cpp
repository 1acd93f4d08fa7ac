// Keyboard and screen-reader access to every page of the console: walked with Tab only, every control
// reached has an accessible name (what a screen reader says), the main action of the page is reachable,
// nothing traps the focus, and a token can be created and its result read without a mouse.

#include "apiclient.h"
#include "appcontext.h"
#include "bulkpage.h"
#include "elidedrunslabel.h"
#include "mainwindow.h"
#include "profilespage.h"
#include "qrview.h"
#include "resultview.h"
#include "sandboxprocess.h"
#include "secretstore.h"
#include "singletokenpage.h"
#include "tokenspage.h"
#include "userpicker.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

namespace {

// What a screen reader announces for the widget: the accessible name, or what Qt derives (a button's
// text, a field's buddy label).
QString spokenName(QWidget* widget)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString spokenDescription(QWidget* widget)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Description) : QString();
}

// "QLineEdit 'apiKeyEdit' in ProfilesPage 'profilesPage'": enough to find the widget in the sources.
QString describe(QWidget* widget)
{
    QString text =
        QLatin1StringView(widget->metaObject()->className()) + u" '" + widget->objectName() + u'\'';
    for (QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty() && !parent->objectName().startsWith(u"qt_")) {
            text += u" in " + QLatin1StringView(parent->metaObject()->className()) + u" '" +
                    parent->objectName() + u'\'';
            break;
        }
    }
    return text;
}

// A text editor that types Tab as a character: the keyboard leaves it with Ctrl+Tab.
bool takesTabAsInput(QWidget* widget)
{
    if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
        return !plain->tabChangesFocus() && !plain->isReadOnly();
    if (auto* rich = qobject_cast<QTextEdit*>(widget))
        return !rich->tabChangesFocus() && !rich->isReadOnly();
    return false;
}

struct Walk
{
    QList<QPointer<QWidget>> order; // each widget once, in the order reached
    bool cycled = false;            // Tab came back to the start
    QStringList traps;              // widgets neither Tab nor Ctrl+Tab would leave
};

// The next widget Tab should reach after `widget`: how the walk gets out of a trap to check the rest.
QWidget* nextTabStop(QWidget* widget)
{
    for (QWidget* next = widget->nextInFocusChain(); next && next != widget;
         next = next->nextInFocusChain()) {
        if (next->isVisible() && next->isEnabled() && (next->focusPolicy() & Qt::TabFocus) &&
            !next->focusProxy() && next->window() == widget->window())
            return next;
    }
    return nullptr;
}

// Presses Tab (Ctrl+Tab in a text editor) from `start` until the focus comes back to it.
Walk walkWithTab(QWidget* start)
{
    Walk walk;
    start->setFocus(Qt::TabFocusReason);
    if (QApplication::focusWidget() != start)
        return walk;
    constexpr int kMaxPresses = 500;
    constexpr int kMaxStay = 50; // a widget that keeps Tab this long traps it (a table moving by cells)
    QWidget* previous = start;
    int stay = 0;
    for (int i = 0; i < kMaxPresses; ++i) {
        QWidget* current = QApplication::focusWidget();
        if (!current)
            break;
        if (!walk.order.contains(current))
            walk.order << current;
        const bool textEditor = takesTabAsInput(current);
        QTest::keyClick(current, Qt::Key_Tab, textEditor ? Qt::ControlModifier : Qt::NoModifier);
        QWidget* next = QApplication::focusWidget();
        if (next == start) {
            walk.cycled = true;
            break;
        }
        stay = next == previous ? stay + 1 : 0;
        // A text editor keeps Tab at once; anything else may move inside itself (table cells) a while.
        if ((textEditor && next == current) || stay > kMaxStay) {
            walk.traps << describe(next);
            QWidget* escape = nextTabStop(next);
            if (!escape)
                break;
            escape->setFocus(Qt::TabFocusReason);
            next = escape;
            stay = 0;
        }
        previous = next;
    }
    return walk;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QString m_userId;

    template <typename T> T* child(const char* name) const
    {
        return m_window->findChild<T*>(QLatin1StringView(name));
    }

    QWidget* page(MainWindow::Page which) const
    {
        switch (which) {
        case MainWindow::WindowsToken:
            return m_window->windowsPage();
        case MainWindow::WindowsBulk:
            return m_window->bulkPage();
        case MainWindow::AndroidToken:
            return m_window->androidPage();
        case MainWindow::Tokens:
            return m_window->tokensPage();
        default:
            return m_window->profilesPage();
        }
    }

    // Fills what the page needs for its main action to be enabled (a disabled button takes no focus).
    void prepare(MainWindow::Page which)
    {
        QWidget* shown = page(which);
        if (which == MainWindow::WindowsToken || which == MainWindow::AndroidToken) {
            auto* picker = shown->findChild<UserPicker*>(QStringLiteral("userPicker"));
            QVERIFY(picker);
            picker->setUserId(m_userId);
            if (which == MainWindow::AndroidToken) {
                auto* mode = shown->findChild<QRadioButton*>(QStringLiteral("mode_DEVICE_OWNER"));
                QVERIFY(mode);
                mode->setChecked(true);
            }
            auto* create = shown->findChild<QPushButton*>(QStringLiteral("createButton"));
            QVERIFY(create);
            QTRY_VERIFY(create->isEnabled());
        } else if (which == MainWindow::WindowsBulk) {
            auto* bulk = m_window->bulkPage();
            auto* edit = bulk->findChild<QPlainTextEdit*>(QStringLiteral("addressesEdit"));
            QVERIFY(edit);
            // An invalid line: the table that lists it must not keep the focus either.
            edit->setPlainText(QStringLiteral("ana@example.com\nnot an address\nbruno@example.com\n"));
            QTRY_VERIFY_WITH_TIMEOUT(bulk->isAnalysisCurrent(), 30000);
            QTRY_VERIFY(bulk->findChild<QPushButton*>(QStringLiteral("sendButton"))->isEnabled());
        } else if (which == MainWindow::Tokens) {
            // A table with rows: Tab moved from cell to cell and never left it.
            auto* table = shown->findChild<QAbstractItemView*>(QStringLiteral("tokensTable"));
            QVERIFY(table);
            QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 1, 10000);
        } else if (which == MainWindow::Profiles) {
            // The page reads the profile's key state from the keychain when it is first shown.
            auto* test = shown->findChild<QPushButton*>(QStringLiteral("testConnectionButton"));
            QVERIFY(test);
            QTRY_VERIFY(test->isEnabled());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_sandbox.start());
        const QJsonArray users = m_sandbox.users();
        QVERIFY(!users.isEmpty());
        m_userId = users.first().toObject().value(QLatin1StringView("id")).toString();
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_secrets = std::make_unique<MemorySecretStore>();
        m_context = std::make_unique<AppContext>(m_settings.get(), m_secrets.get());
        m_context->setSandbox(m_sandbox.baseUrl(), SandboxProcess::apiKey());
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_context->activateProfile(QStringLiteral("sandbox"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(m_context->keyState(), AppContext::KeyState::Present);
    }

    void cleanupTestCase()
    {
        // MainWindow listens to the client's in-flight count, which a page's destructor may change by
        // cancelling its call: let the requests end first.
        QTRY_COMPARE_WITH_TIMEOUT(m_context->client()->requestsInFlight(), 0, 10000);
        m_window.reset();
        m_context.reset();
    }

    void everyControlReachedByTabHasAName_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QStringList>("mainActions");
        QTest::newRow("windowsToken")
            << int(MainWindow::WindowsToken) << QStringList{QStringLiteral("createButton")};
        QTest::newRow("windowsBulk") << int(MainWindow::WindowsBulk)
                                     << QStringList{QStringLiteral("sendButton"),
                                                    QStringLiteral("importButton")};
        QTest::newRow("androidToken")
            << int(MainWindow::AndroidToken) << QStringList{QStringLiteral("createButton")};
        QTest::newRow("tokens") << int(MainWindow::Tokens)
                                << QStringList{QStringLiteral("refreshButton"),
                                               QStringLiteral("tokensTable")};
        QTest::newRow("profiles") << int(MainWindow::Profiles)
                                  << QStringList{QStringLiteral("addProfileButton"),
                                                 QStringLiteral("testConnectionButton")};
    }

    void everyControlReachedByTabHasAName()
    {
        QFETCH(int, page);
        QFETCH(QStringList, mainActions);
        const auto which = MainWindow::Page(page);
        m_window->showPage(which);
        QWidget* shown = this->page(which);
        QTRY_VERIFY(shown->isVisible());
        prepare(which);
        if (QTest::currentTestFailed())
            return;

        auto* navigation = child<QWidget>("navigation");
        QVERIFY(navigation);
        const Walk walk = walkWithTab(navigation);
        QVERIFY2(walk.cycled, "Tab does not come back to the page list");

        QStringList unnamed;
        QStringList reached;
        QStringList order;
        for (const QPointer<QWidget>& widget : walk.order) {
            if (!widget)
                continue;
            order << describe(widget);
            if (shown->isAncestorOf(widget))
                reached << widget->objectName();
            if (spokenName(widget).isEmpty())
                unnamed << describe(widget);
            // A scroll area around a form shows no focus and reads as nothing: the fields take it.
            QVERIFY2(!qobject_cast<QScrollArea*>(widget.data()), qPrintable(describe(widget)));
        }
        qInfo().noquote() << "Tab order:" << order.join(QStringLiteral(" → "));
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"no accessible name: " + unnamed.join(QStringLiteral("; "))));
        for (const QString& action : mainActions)
            QVERIFY2(reached.contains(action), qPrintable(action + u" is not reachable with Tab"));

        QVERIFY2(walk.traps.isEmpty(),
                 qPrintable(u"the focus stays in " + walk.traps.join(QStringLiteral("; "))));
    }

    // Tab follows the form from top to bottom: the user (first row) before the settings, Create last.
    void tokenFormsFollowTheirLayout_data()
    {
        QTest::addColumn<int>("page");
        QTest::newRow("windowsToken") << int(MainWindow::WindowsToken);
        QTest::newRow("androidToken") << int(MainWindow::AndroidToken);
    }

    void tokenFormsFollowTheirLayout()
    {
        QFETCH(int, page);
        const auto which = MainWindow::Page(page);
        m_window->showPage(which);
        QWidget* shown = this->page(which);
        QTRY_VERIFY(shown->isVisible());
        prepare(which);
        if (QTest::currentTestFailed())
            return;
        const Walk walk = walkWithTab(child<QWidget>("navigation"));
        QStringList names;
        for (const QPointer<QWidget>& widget : walk.order) {
            if (widget && shown->isAncestorOf(widget) && !qobject_cast<QAbstractScrollArea*>(widget.data()))
                names << widget->objectName();
        }
        QVERIFY(!names.isEmpty());
        QCOMPARE(names.last(), QStringLiteral("createButton"));
        QCOMPARE(names.first(), QStringLiteral("userSearch"));
        // The page's own rows come before the settings: the management mode (Android) right after the user.
        QCOMPARE(names.at(1), which == MainWindow::AndroidToken ? QStringLiteral("mode_DEVICE_OWNER")
                                                                : QStringLiteral("sendEmail"));
    }

    // The whole Windows flow with the keyboard: type the user's id, Tab to Create, Space; the result is
    // read out: the link, the code, and the QR, whose description is the link it encodes.
    void windowsTokenWithoutAMouse()
    {
        m_window->showPage(MainWindow::WindowsToken);
        SingleTokenPage* page = m_window->windowsPage();
        QTRY_VERIFY(page->isVisible());
        auto* picker = page->findChild<UserPicker*>(QStringLiteral("userPicker"));
        QVERIFY(picker);
        picker->clear();
        picker->lineEdit()->setFocus(Qt::ShortcutFocusReason);
        QTest::keyClicks(picker->lineEdit(), m_userId);
        QTRY_COMPARE(picker->userId(), m_userId);

        auto* create = page->findChild<QPushButton*>(QStringLiteral("createButton"));
        QTRY_VERIFY(create->isEnabled());
        for (int i = 0; i < 200 && QApplication::focusWidget() != create; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), create);
        QTest::keyClick(create, Qt::Key_Space);

        ResultView* result = nullptr; // built with the first token
        QTRY_VERIFY_WITH_TIMEOUT((result = page->findChild<ResultView*>(QStringLiteral("resultView"))) &&
                                     result->isVisible(),
                                 10000);
        auto* qr = result->findChild<QrView*>();
        QVERIFY(qr);
        const QString link = result->token().enrollmentLink;
        QVERIFY(!link.isEmpty());
        QVERIFY2(spokenDescription(qr).contains(link), qPrintable(spokenDescription(qr)));
        QVERIFY(!spokenName(qr).isEmpty());

        // The result's controls (copy, open, save, create another) are all reachable and named.
        const Walk walk = walkWithTab(child<QWidget>("navigation"));
        QVERIFY(walk.cycled);
        QVERIFY2(walk.traps.isEmpty(), qPrintable(walk.traps.join(QStringLiteral("; "))));
        QStringList unnamed;
        int inResult = 0;
        for (const QPointer<QWidget>& widget : walk.order) {
            if (!widget || !result->isAncestorOf(widget))
                continue;
            ++inResult;
            if (spokenName(widget).isEmpty())
                unnamed << describe(widget);
            // A scroll area around a form shows no focus and reads as nothing: the fields take it.
            QVERIFY2(!qobject_cast<QScrollArea*>(widget.data()), qPrintable(describe(widget)));
        }
        QVERIFY(inResult >= 3);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"no accessible name: " + unnamed.join(QStringLiteral("; "))));
    }

    // A label whose text is the information (a count, a status, the enroll code) is read by its text:
    // an accessible name would stand in for the text, and Qt announces a label's new text only when it
    // has none. What the text is goes in the description. Runs after a token was created above, with
    // every page built.
    void labelsAreReadByTheirText()
    {
        for (int which = 0; which < MainWindow::PageCount; ++which)
            page(MainWindow::Page(which));
        QStringList hidden;
        const QList<QLabel*> labels = m_window->findChildren<QLabel*>();
        for (QLabel* label : labels) {
            // The banner's line names itself with its whole text (it shows an elided one); the link's
            // full address is its description (it shows an elided one).
            if (qobject_cast<ElidedRunsLabel*>(label) || !label->accessibleDescription().isEmpty())
                continue;
            // A name that says the text too ("State: Pending") is fine.
            if (!label->text().isEmpty() && !label->accessibleName().isEmpty() &&
                !label->accessibleName().contains(label->text()))
                hidden << describe(label) + u" (\"" + label->accessibleName() + u"\")";
        }
        for (const QString& label : std::as_const(hidden))
            qWarning().noquote() << "a name hides the text of" << label;
        QVERIFY(hidden.isEmpty());
        auto* code = m_window->windowsPage()->findChild<QLabel*>(QStringLiteral("enrollCodeLabel"));
        QVERIFY(code);
        QCOMPARE(spokenName(code), code->text());
        QCOMPARE(spokenDescription(code), QStringLiteral("Enroll code"));
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
