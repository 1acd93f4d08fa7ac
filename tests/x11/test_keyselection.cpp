// Under a real X server (xvfb-run, the xcb platform): the API key field shown in clear does not put a
// selection into X11's primary selection, which every program on the display can read; an ordinary
// field does, which shows that the check can fail. An explicit copy still works.

#include "secretlineedit.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

class TestKeySelection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void revealedKeyStaysOutOfThePrimarySelection()
    {
        QClipboard* clipboard = QGuiApplication::clipboard();
        QVERIFY2(clipboard->supportsSelection(), "needs an X server (xvfb-run) and QT_QPA_PLATFORM=xcb");
        QWidget window;
        auto* plain = new QLineEdit(QStringLiteral("ordinary text"));
        auto* secret = new SecretLineEdit;
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(plain);
        layout->addWidget(secret);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // QLineEdit copies its selection to the primary selection when the left button is released.
        plain->setSelection(0, int(plain->text().size()));
        QTest::mouseRelease(plain, Qt::LeftButton, {}, QPoint(5, 5));
        QTRY_COMPARE(clipboard->text(QClipboard::Selection), plain->text());

        const QString key = QStringLiteral("RVWBk3yZq7f3a9c2e51d84b0fXy");
        secret->setText(key);
        secret->setEchoMode(QLineEdit::Normal); // "Show the key"
        secret->setSelection(0, int(key.size()));
        QTest::mouseRelease(secret, Qt::LeftButton, {}, QPoint(5, 5));
        QTest::qWait(100);
        QVERIFY(!clipboard->text(QClipboard::Selection).contains(key));

        // Shift+End selects with the keyboard; nothing reaches the primary selection either.
        secret->setFocus();
        secret->setCursorPosition(0);
        QTest::keyClick(secret, Qt::Key_End, Qt::ShiftModifier);
        QTest::mouseRelease(secret, Qt::LeftButton, {}, QPoint(5, 5));
        QTest::qWait(100);
        QVERIFY(!clipboard->text(QClipboard::Selection).contains(key));

        // Ctrl+C is an explicit copy: it goes to the clipboard.
        secret->selectAll();
        QTest::keyClick(secret, Qt::Key_C, Qt::ControlModifier);
        QTRY_COMPARE(clipboard->text(QClipboard::Clipboard), key);
        clipboard->clear(QClipboard::Clipboard);
    }
};

QTEST_MAIN(TestKeySelection)
#include "test_keyselection.moc"
