// LimitedLineEdit and TagsEdit: the live "n / 128" counter, 128 characters fine and 129 an error that is
// shown (counter, tooltip, accessible description) instead of the text being cut; tags split on commas,
// each checked against the limit with the offending tag named; the error red follows a dark window.

#include "apilimits.h"
#include "limitedlineedit.h"
#include "statuscolors.h"
#include "tagsedit.h"

#include <QApplication>
#include <QClipboard>
#include <QLocale>
#include <QMultiHash>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

namespace {

// errorColor() is protected: a subclass reaches it.
struct ErrorColorProbe : LimitedLineEdit
{
    using LimitedLineEdit::errorColor;
};

// Records the count each text is asked for with (-1: none), leaving the texts untranslated.
class CountRecorder : public QTranslator
{
public:
    QString translate(const char*, const char* source, const char*, int n) const override
    {
        counts.insert(QString::fromUtf8(source), n);
        return {};
    }
    bool isEmpty() const override { return false; }

    mutable QMultiHash<QString, int> counts;
};

} // namespace

class TestLimitedLineEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counterAndLimit_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("counter");
        QTest::newRow("empty") << 0 << true << "0 / 128";
        QTest::newRow("one") << 1 << true << "1 / 128";
        QTest::newRow("127") << 127 << true << "127 / 128";
        QTest::newRow("128-is-the-limit") << 128 << true << "128 / 128";
        QTest::newRow("129-is-one-too-many") << 129 << false << "129 / 128 · 1 too many";
        QTest::newRow("200") << 200 << false << "200 / 128 · 72 too many";
    }
    void counterAndLimit()
    {
        QFETCH(int, length);
        QFETCH(bool, valid);
        QFETCH(QString, counter);
        LimitedLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QSignalSpy validity(&edit, &LimitedLineEdit::validityChanged);
        QTest::keyClicks(&edit, QString(length, u'x'));

        QCOMPARE(edit.text().size(), length); // nothing is cut
        QCOMPARE(edit.isValid(), valid);
        QCOMPARE(edit.counterText(), counter);
        QCOMPARE(edit.errorText().isEmpty(), valid);
        QCOMPARE(validity.count(), valid ? 0 : 1);
        if (!valid) {
            QVERIFY2(edit.errorText().contains(QString::number(length)), qPrintable(edit.errorText()));
            QVERIFY(edit.errorText().contains(QStringLiteral("128")));
            QCOMPARE(edit.toolTip(), edit.errorText());
            QCOMPARE(edit.accessibleDescription(), edit.errorText());
            // Back under the limit, the error goes away.
            QTest::keyClick(&edit, Qt::Key_End);
            for (int i = 128; i < length; ++i)
                QTest::keyClick(&edit, Qt::Key_Backspace);
            QVERIFY(edit.isValid());
            QCOMPARE(edit.counterText(), QStringLiteral("128 / 128"));
            QCOMPARE(validity.count(), 2);
            QCOMPARE(validity.last().first().toBool(), true);
        }
    }

    // The forms send the text trimmed: spaces around it are not counted against the limit.
    void spacesAroundAreNotCounted()
    {
        LimitedLineEdit edit;
        edit.setMaxChars(5);
        edit.setText(QStringLiteral("  abcde  "));
        QVERIFY(edit.isValid());
        QCOMPARE(edit.counterText(), QStringLiteral("5 / 5"));
        edit.setText(QStringLiteral(" abcdef "));
        QVERIFY(!edit.isValid());
        QCOMPARE(edit.counterText(), QStringLiteral("6 / 5 · 1 too many"));
    }

    void pastedTextIsNotCut()
    {
        LimitedLineEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QApplication::clipboard()->setText(QString(150, u'é'));
        QTest::keyClick(&edit, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(edit.text().size(), 150);
        QVERIFY(!edit.isValid());
    }

    void otherLimits()
    {
        LimitedLineEdit edit;
        edit.setMaxChars(5);
        edit.setText(QStringLiteral("abcdef"));
        QVERIFY(!edit.isValid());
        QCOMPARE(edit.counterText(), QStringLiteral("6 / 5 · 1 too many"));
        edit.setMaxChars(Limits::kMaxTextLength);
        QVERIFY(edit.isValid());
    }

    void tagsSplitOnCommas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("one") << "sales" << QStringList{QStringLiteral("sales")};
        QTest::newRow("spaces-trimmed")
            << " sales ,  madrid " << QStringList{QStringLiteral("sales"), QStringLiteral("madrid")};
        QTest::newRow("empty-parts-dropped")
            << "a,,b, ," << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("nothing") << "" << QStringList{};
        QTest::newRow("non-ascii") << "équipe, 東京"
                                   << QStringList{QStringLiteral("équipe"), QStringLiteral("東京")};
    }
    void tagsSplitOnCommas()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tags);
        TagsEdit edit;
        edit.setText(text);
        QCOMPARE(edit.tags(), tags);
        QVERIFY(edit.isValid());
        TagsEdit other;
        other.setTags(tags);
        QCOMPARE(other.tags(), tags);
    }

    void eachTagIsCheckedAndNamed_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("valid");
        QTest::newRow("128") << 128 << true;
        QTest::newRow("129") << 129 << false;
    }
    void eachTagIsCheckedAndNamed()
    {
        QFETCH(int, length);
        QFETCH(bool, valid);
        TagsEdit edit;
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        const QString longTag = QStringLiteral("berlin") + QString(length - 6, u'z');
        const QSignalSpy validity(&edit, &LimitedLineEdit::validityChanged);
        QTest::keyClicks(&edit, QStringLiteral("sales, ") + longTag + QStringLiteral(", madrid"));
        // One verdict per change: the keystroke that makes tag 2 too long flips it once, the rest keep it.
        QCOMPARE(validity.count(), valid ? 0 : 1);
        QCOMPARE(edit.tags().size(), 3);
        QCOMPARE(edit.tags().at(1).size(), length);
        QCOMPARE(edit.isValid(), valid);
        if (valid) {
            QVERIFY(edit.errorText().isEmpty());
            QCOMPARE(edit.counterText(), QStringLiteral("6 / 128")); // the tag under the cursor
            return;
        }
        QVERIFY2(edit.errorText().contains(QStringLiteral("Tag 2")), qPrintable(edit.errorText()));
        QVERIFY(edit.errorText().contains(QStringLiteral("“berlinzz")));
        QVERIFY(edit.errorText().contains(QString::number(length)));
        QCOMPARE(edit.counterText(), QStringLiteral("tag 2 is too long"));
        // With the cursor in the long tag, the counter is that tag's.
        edit.setCursorPosition(int(QStringLiteral("sales, ber").size()));
        QCOMPARE(edit.counterText(), QStringLiteral("%1 / 128 · %2 too many").arg(length).arg(length - 128));
    }

    void aLongLineOfShortTagsIsFine()
    {
        TagsEdit edit;
        QStringList many;
        for (int i = 0; i < 40; ++i)
            many << QStringLiteral("tag-%1").arg(i);
        edit.setTags(many);
        QVERIFY(edit.text().size() > Limits::kMaxTextLength);
        QVERIFY(edit.isValid());
        QCOMPARE(edit.tags(), many);
    }

    // Each count in the messages reaches the translator as the plural count ("1 character", "2 Zeichen",
    // Russian's three forms), not as a plain number the grammar around it cannot follow.
    void countsArePluralized()
    {
        CountRecorder recorder;
        QVERIFY(QCoreApplication::installTranslator(&recorder));
        const auto remove = qScopeGuard([&] { QCoreApplication::removeTranslator(&recorder); });
        LimitedLineEdit edit;
        edit.setMaxChars(5);
        recorder.counts.clear();
        edit.setText(QStringLiteral("abcdefg"));
        QVERIFY(!edit.isValid());
        QCOMPARE(edit.counterText(), QStringLiteral("7 / 5 · 2 too many"));
        QVERIFY2(edit.errorText().contains(QStringLiteral("5")) &&
                     edit.errorText().contains(QStringLiteral("7")) &&
                     edit.errorText().contains(QStringLiteral("2 too many")),
                 qPrintable(edit.errorText()));
        QList<int> counts = recorder.counts.values();
        for (int n : {5, 7, 2}) // the limit, the length, the excess
            QVERIFY2(counts.contains(n), qPrintable(QString::number(n)));

        TagsEdit tags;
        tags.setMaxChars(5);
        recorder.counts.clear();
        tags.setText(QStringLiteral("ab, abcdefgh"));
        QVERIFY(!tags.isValid());
        QVERIFY2(tags.errorText().contains(QStringLiteral("Tag 2 “abcdefgh” has 8")),
                 qPrintable(tags.errorText()));
        QCOMPARE(tags.counterText(), QStringLiteral("8 / 5 · 3 too many")); // the cursor is in the long tag
        counts = recorder.counts.values();
        for (int n : {8, 5, 3}) // the tag's length, the limit, the excess
            QVERIFY2(counts.contains(n), qPrintable(QString::number(n)));
    }

    // Other numbers follow the interface's locale, as the counts do ("1.500" in German).
    void numbersFollowTheLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        LimitedLineEdit edit;
        edit.setMaxChars(1000);
        edit.setText(QString(1500, u'x'));
        QCOMPARE(edit.counterText(), QStringLiteral("1.500 / 1.000 · 500 too many"));
        QVERIFY2(edit.errorText().contains(QStringLiteral("1.500")), qPrintable(edit.errorText()));
        TagsEdit tags;
        tags.setMaxChars(1000);
        tags.setText(QString(1500, u'x') + QStringLiteral(", a"));
        QCOMPARE(tags.counterText(), QStringLiteral("tag 1 is too long"));
        tags.setCursorPosition(1);
        QCOMPARE(tags.counterText(), QStringLiteral("1.500 / 1.000 · 500 too many"));
        tags.setCursorPosition(0); // still in tag 1 (it once read the last tag's length)
        QCOMPARE(tags.counterText(), QStringLiteral("1.500 / 1.000 · 500 too many"));
        QVERIFY2(tags.errorText().contains(QStringLiteral("1.500")), qPrintable(tags.errorText()));
    }

    void errorColourFollowsTheWindow()
    {
        // The status red of the rest of the console: decided by the Window role, as everywhere else, so a
        // dark window with a light field still gets the light red, and a light window the dark one.
        QPalette dark = QApplication::palette();
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
        dark.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
        QCOMPARE(ErrorColorProbe::errorColor(dark), QColor(QLatin1StringView(StatusColors::kErrorOnDark)));
        QPalette light = QApplication::palette();
        light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        light.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        QCOMPARE(ErrorColorProbe::errorColor(light), QColor(QLatin1StringView(StatusColors::kError)));
        QCOMPARE(ErrorColorProbe::errorColor(dark), StatusColors::error(dark));
    }
};

QTEST_MAIN(TestLimitedLineEdit)
#include "test_limitedlineedit.moc"
