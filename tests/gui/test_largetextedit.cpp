// LargeTextEdit: large pastes go in over several event-loop turns, as one undo step, read-only meanwhile;
// small ones at once, like QPlainTextEdit. Large texts are read back over several turns too.

#include "largetextedit.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QTimer>

class TestLargeTextEdit : public QObject
{
    Q_OBJECT

    static QString lines(int count, const QString& prefix)
    {
        QString text;
        for (int i = 0; i < count; ++i)
            text += prefix + QString::number(i) + QStringLiteral("@example.com\n");
        return text;
    }

    // As Ctrl+V does: through the clipboard (in-process on the offscreen platform) to insertFromMimeData.
    static void paste(LargeTextEdit& edit, const QString& text)
    {
        QGuiApplication::clipboard()->setText(text);
        QCOMPARE(QGuiApplication::clipboard()->text(), text);
        edit.paste();
    }

private Q_SLOTS:
    void unwrappedLinesKeepTheirLayoutOnANewWidth()
    {
        // QPlainTextEdit lays every line out again on a width change; unwrapped lines do not depend on it.
        LargeTextEdit edit;
        edit.setLineWrapMode(QPlainTextEdit::NoWrap);
        edit.setPlainText(lines(LargeTextEdit::kLinesPerTurn + 1000, QStringLiteral("user")) +
                          QString(400, u'w'));
        edit.resize(400, 200);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        const QTextBlock far = edit.document()->findBlockByNumber(1500);
        edit.document()->documentLayout()->blockBoundingRect(far); // lays the line out
        QCOMPARE(far.layout()->lineCount(), 1);

        edit.resize(300, 200);
        QTest::qWait(0);
        QCOMPARE(far.layout()->lineCount(), 1);
        // The scroll bars still follow: the long last line is wider than the box at either width.
        QVERIFY(edit.horizontalScrollBar()->maximum() > 0);
        edit.resize(300, 120);
        QTest::qWait(0);
        QVERIFY(edit.verticalScrollBar()->maximum() > 0);
        QCOMPARE(edit.toPlainText().size(),
                 lines(LargeTextEdit::kLinesPerTurn + 1000, QStringLiteral("user")).size() + 400);
    }

    void shortUnwrappedTextForgetsTheOldWidth()
    {
        // NoWrap set on a wide box that has text: narrowing it leaves no horizontal scroll bar for short
        // lines (the document's width is the lines' own, not the width it was last laid out at).
        LargeTextEdit edit;
        edit.setPlainText(lines(50, QStringLiteral("u")));
        edit.resize(900, 200);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.setLineWrapMode(QPlainTextEdit::NoWrap);
        edit.resize(300, 200);
        QTest::qWait(0);
        QCOMPARE(edit.horizontalScrollBar()->maximum(), 0);
    }

    void wrappedLinesFollowTheWidth()
    {
        LargeTextEdit edit; // wraps at the widget's width by default
        edit.setPlainText(QStringList(40, QStringLiteral("word")).join(u' '));
        edit.resize(600, 200);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        const QTextBlock block = edit.document()->firstBlock();
        edit.document()->documentLayout()->blockBoundingRect(block);
        const int wide = block.layout()->lineCount();
        edit.resize(150, 200);
        QTest::qWait(0);
        edit.document()->documentLayout()->blockBoundingRect(block);
        QVERIFY(block.layout()->lineCount() > wide);
    }

    void smallPasteIsImmediate()
    {
        LargeTextEdit edit;
        QSignalSpy started(&edit, &LargeTextEdit::insertionStarted);
        const QString text = lines(100, QStringLiteral("user"));
        paste(edit, text);
        QVERIFY(!edit.isInserting());
        QCOMPARE(started.count(), 0);
        QCOMPARE(edit.toPlainText(), text);
    }

    void largePasteGoesInOverSeveralTurnsAsOneUndoStep()
    {
        LargeTextEdit edit;
        const QString before = QStringLiteral("kept@example.com\n");
        edit.setPlainText(before);
        edit.moveCursor(QTextCursor::End);

        const int count = 4 * LargeTextEdit::kLinesPerTurn + 17;
        const QString text = lines(count, QStringLiteral("user"));
        QSignalSpy finished(&edit, &LargeTextEdit::insertionFinished);
        QSignalSpy progress(&edit, &LargeTextEdit::insertionProgress);
        int turnsWhileInserting = 0;
        QTimer beat;
        beat.setInterval(0);
        connect(&beat, &QTimer::timeout, &edit, [&] { turnsWhileInserting += edit.isInserting(); });
        beat.start();

        paste(edit, text);
        QVERIFY(edit.isInserting());
        QVERIFY(edit.isReadOnly());                     // no typing into a half-inserted list
        QVERIFY(edit.document()->blockCount() < count); // not all at once
        QVERIFY(finished.wait(10000));
        beat.stop();

        QVERIFY(turnsWhileInserting >= 3); // the event loop ran between the chunks
        // One figure per chunk but the last, rising: 4 chunks of 5,000 lines, then 17 lines.
        QCOMPARE(progress.count(), 4);
        int previous = 0;
        for (const QList<QVariant>& figure : progress) {
            QVERIFY(figure.first().toInt() > previous);
            QVERIFY(figure.first().toInt() < 100);
            previous = figure.first().toInt();
        }
        QVERIFY(previous >= 99);
        QVERIFY(!edit.isReadOnly());
        QCOMPARE(edit.toPlainText(), before + text);
        QCOMPARE(edit.textCursor().position(), before.size() + text.size()); // caret after the insertion

        edit.undo(); // the whole paste is one step
        QCOMPARE(edit.toPlainText(), before);
        edit.redo();
        QCOMPARE(edit.toPlainText(), before + text);
    }

    // Lines that end in a lone CR (a list saved on an old Mac) or in CRLF are lines too: the list goes in
    // over several turns, and no chunk ends between the CR and the LF (which would add an empty line).
    void largePasteWithOtherLineEndsGoesInOverSeveralTurns_data()
    {
        QTest::addColumn<QString>("lineEnd");
        QTest::newRow("CR") << QStringLiteral("\r");
        QTest::newRow("CRLF") << QStringLiteral("\r\n");
    }

    void largePasteWithOtherLineEndsGoesInOverSeveralTurns()
    {
        QFETCH(QString, lineEnd);
        LargeTextEdit edit;
        const int count = 3 * LargeTextEdit::kLinesPerTurn + 5;
        QString text = lines(count, QStringLiteral("user"));
        text.replace(u'\n', lineEnd);
        QSignalSpy finished(&edit, &LargeTextEdit::insertionFinished);
        paste(edit, text);
        QVERIFY(edit.isInserting());
        QVERIFY(edit.document()->blockCount() < count);
        QVERIFY(finished.wait(10000));
        QCOMPARE(edit.document()->blockCount(), count + 1); // the last line's end opens an empty one
        QCOMPARE(edit.toPlainText(), lines(count, QStringLiteral("user")));
    }

    // Copied as plain text, as toPlainText() gives it (line ends, no-break spaces), without the document
    // fragment QPlainTextEdit makes.
    void selectionIsCopiedAsPlainText()
    {
        LargeTextEdit edit;
        const QString text =
            lines(3, QStringLiteral("user")) + QStringLiteral("Ana\u00a0Smith <ana@example.com>");
        edit.setPlainText(text);
        edit.selectAll();
        edit.copy();
        const QMimeData* copied = QGuiApplication::clipboard()->mimeData();
        QVERIFY(copied);
        QCOMPARE(copied->text(), edit.toPlainText());
        QCOMPARE(copied->formats(), QStringList{QStringLiteral("text/plain")});

        QTextCursor part = edit.textCursor();
        part.setPosition(5);
        part.setPosition(text.indexOf(u'A') + 3, QTextCursor::KeepAnchor);
        edit.setTextCursor(part);
        edit.copy();
        QCOMPARE(QGuiApplication::clipboard()->text(), QTextDocumentFragment(part).toPlainText());
    }

    void replaceTextIsUndoable()
    {
        LargeTextEdit edit;
        const QString first = QStringLiteral("first@example.com");
        edit.replaceText(first);
        const QString large = lines(2 * LargeTextEdit::kLinesPerTurn, QStringLiteral("big"));
        QSignalSpy finished(&edit, &LargeTextEdit::insertionFinished);
        edit.replaceText(large);
        QVERIFY(finished.wait(10000));
        QCOMPARE(edit.toPlainText(), large);
        edit.undo();
        QCOMPARE(edit.toPlainText(), first);
    }

    // Clearing or replacing a large text takes the old one out over several turns too (a million lines
    // took a second in one), read-only meanwhile; the whole replacement is still one undo step.
    void largeTextGoesOutOverSeveralTurnsAsOneUndoStep()
    {
        LargeTextEdit edit;
        const QString old = lines(3 * LargeTextEdit::kLinesPerTurn + 11, QStringLiteral("old"));
        edit.setPlainText(old);
        QSignalSpy finished(&edit, &LargeTextEdit::insertionFinished);
        QSignalSpy progress(&edit, &LargeTextEdit::insertionProgress);

        edit.replaceText(QString()); // as the bulk page's Clear does
        QVERIFY(edit.isInserting());
        QVERIFY(edit.isRemoving());
        QVERIFY(edit.isReadOnly());
        QVERIFY(!edit.toPlainText().isEmpty()); // not all at once
        QVERIFY(old.startsWith(edit.toPlainText()));
        QVERIFY(finished.wait(10000));
        QVERIFY(!edit.isInserting());
        QVERIFY(!edit.isReadOnly());
        QVERIFY(edit.toPlainText().isEmpty());
        QVERIFY(progress.count() >= 3); // one figure per chunk but the last
        edit.undo();
        QCOMPARE(edit.toPlainText(), old);

        // Replaced by another large text: the old one out, then the new one in, then one undo back.
        const QString text = lines(2 * LargeTextEdit::kLinesPerTurn + 3, QStringLiteral("new"));
        bool removingBeforeInserting = true;
        bool sawRemoving = false;
        connect(&edit, &QPlainTextEdit::textChanged, &edit, [&] {
            if (edit.isRemoving() && edit.toPlainText().contains(QLatin1StringView("new")))
                removingBeforeInserting = false;
            sawRemoving = sawRemoving || edit.isRemoving();
        });
        finished.clear();
        edit.replaceText(text);
        QVERIFY(finished.wait(10000));
        QVERIFY(sawRemoving);
        QVERIFY(removingBeforeInserting);
        QCOMPARE(edit.toPlainText(), text);
        QCOMPARE(edit.textCursor().position(), text.size());
        edit.undo();
        QCOMPARE(edit.toPlainText(), old);
        edit.redo();
        QCOMPARE(edit.toPlainText(), text);
    }

    // A second replacement while one is under way (Clear clicked twice, a file imported during a paste)
    // joins it: one undo brings back the text from before the first, never a list cut short.
    void replacementUnderWayTakesTheNewText()
    {
        LargeTextEdit edit;
        const QString old = lines(3 * LargeTextEdit::kLinesPerTurn, QStringLiteral("old"));
        edit.setPlainText(old);
        QSignalSpy finished(&edit, &LargeTextEdit::insertionFinished);
        edit.replaceText(QString());
        QVERIFY(edit.isRemoving());
        QCoreApplication::processEvents(); // one more chunk out
        edit.replaceText(QString());       // Clear again
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QVERIFY(edit.toPlainText().isEmpty());
        edit.undo();
        QCOMPARE(edit.toPlainText(), old);

        const QString pasted = lines(2 * LargeTextEdit::kLinesPerTurn, QStringLiteral("pasted"));
        const QString imported = lines(2 * LargeTextEdit::kLinesPerTurn + 1, QStringLiteral("file"));
        finished.clear();
        edit.replaceText(pasted);
        QVERIFY(edit.isInserting());
        edit.replaceText(imported);
        QVERIFY(finished.wait(10000));
        QCOMPARE(edit.toPlainText(), imported);
        edit.undo();
        QCOMPARE(edit.toPlainText(), old);
    }

    // The owner's read-only (a run) and the insertion's are kept apart: neither ends the other.
    void ownerReadOnlyOutlastsAnInsertion()
    {
        LargeTextEdit edit;
        QSignalSpy finished(&edit, &LargeTextEdit::insertionFinished);
        edit.replaceText(lines(2 * LargeTextEdit::kLinesPerTurn, QStringLiteral("user")));
        edit.setOwnerReadOnly(true);
        QVERIFY(finished.wait(10000));
        QVERIFY(edit.isReadOnly()); // the run still holds it

        edit.replaceText(lines(2 * LargeTextEdit::kLinesPerTurn, QStringLiteral("again")));
        edit.setOwnerReadOnly(false); // the run ended first
        QVERIFY(edit.isReadOnly());   // the insertion still holds it
        QVERIFY(finished.wait(10000));
        QVERIFY(!edit.isReadOnly());
    }

    // Ctrl+V while the box is being cleared is not lost to its read-only time: the pasted list is what
    // the box ends with, and one undo brings back the list from before the Clear.
    void pasteDuringAClearIsTheNewList()
    {
        LargeTextEdit edit;
        const QString old = lines(3 * LargeTextEdit::kLinesPerTurn, QStringLiteral("old"));
        edit.setPlainText(old);
        QSignalSpy finished(&edit, &LargeTextEdit::insertionFinished);
        edit.replaceText(QString());
        QVERIFY(edit.isRemoving() && edit.isReadOnly());
        const QString pasted = QStringLiteral("ann@example.com\nbob@example.com\n");
        QGuiApplication::clipboard()->setText(pasted);
        QTest::keyClick(&edit, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(edit.toPlainText(), pasted);
        edit.undo();
        QCOMPARE(edit.toPlainText(), old);

        // A run's read-only (the owner's) is kept: nothing is pasted then.
        edit.setOwnerReadOnly(true);
        edit.replaceText(QString());
        QTest::keyClick(&edit, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(finished.wait(10000));
        QVERIFY(edit.toPlainText().isEmpty());
    }

    // readPlainText gives what toPlainText gives (no-break spaces as spaces, line separators as line
    // ends, characters outside the BMP whole), over several turns for a text of several slices.
    void largeTextIsReadOverSeveralTurnsAsToPlainTextGivesIt()
    {
        LargeTextEdit edit;
        QString text;
        for (int i = 0; text.size() < 2 * LargeTextEdit::kCharactersReadPerTurn + 1000; ++i) {
            text += QStringLiteral("user") + QString::number(i) + u'@' + QStringLiteral("example.com");
            if (i % 97 == 0)
                text += QStringLiteral("\u00a0Ana\u2028\U0001F600 \t\u00e9");
            text += u'\n';
        }
        text += QStringLiteral("last line without an end");
        edit.setPlainText(text);
        const QString expected = edit.toPlainText();
        QVERIFY(expected.contains(QStringLiteral(" Ana\n\U0001F600")));

        QSignalSpy read(&edit, &LargeTextEdit::plainTextRead);
        edit.readPlainText();
        QVERIFY(edit.isReading());
        QCOMPARE(read.count(), 0);
        QTest::qWait(0); // one turn is one slice: not the whole text yet
        QCOMPARE(read.count(), 0);
        QTRY_COMPARE(read.count(), 1);
        QVERIFY(!edit.isReading());
        QCOMPARE(read.first().first().toString(), expected);
    }

    void smallTextIsReadAtOnce()
    {
        LargeTextEdit edit;
        QSignalSpy read(&edit, &LargeTextEdit::plainTextRead);
        edit.readPlainText();
        QCOMPARE(read.count(), 1);
        QCOMPARE(read.takeFirst().first().toString(), QString());
        edit.setPlainText(QStringLiteral("ana@example.com\nbob@example.org\n"));
        edit.readPlainText();
        QCOMPARE(read.count(), 1);
        QCOMPARE(read.first().first().toString(), QStringLiteral("ana@example.com\nbob@example.org\n"));
    }

    void aChangeStopsTheReading()
    {
        LargeTextEdit edit;
        edit.setPlainText(lines(60000, QStringLiteral("user")));
        QSignalSpy read(&edit, &LargeTextEdit::plainTextRead);
        edit.readPlainText();
        QVERIFY(edit.isReading());
        QTextCursor cursor(edit.document());
        cursor.insertText(QStringLiteral("new@example.com\n"));
        QVERIFY(!edit.isReading());
        QTest::qWait(50);
        QCOMPARE(read.count(), 0); // nothing half old, half new

        edit.readPlainText();
        QTRY_COMPARE(read.count(), 1);
        QCOMPARE(read.first().first().toString(), edit.toPlainText());
        QVERIFY(read.first().first().toString().startsWith(QStringLiteral("new@example.com\nuser0@")));
    }
};

QTEST_MAIN(TestLargeTextEdit)
#include "test_largetextedit.moc"
