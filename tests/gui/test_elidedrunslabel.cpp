// ElidedRunsLabel: the banner's "Organization acme on https://…" line. A translated sentence becomes
// runs (bold placeholders, values taken literally); the whole line shows when it fits; when it does not,
// the run marked to shrink first (the server) is elided in the middle, then the end is cut, and the
// whole line becomes the tooltip. Measurements are cached per runs and font, and follow a font change.

#include "elidedrunslabel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImage>
#include <QLineEdit>
#include <QTest>

#include <algorithm>

using Run = ElidedRunsLabel::Run;

namespace {

const QString kServer = QStringLiteral("https://mdm-gateway.europe-west.example.com/v1");

QList<Run> bannerRuns()
{
    return ElidedRunsLabel::fromSentence(u"Organization <b>%1</b> on %2", {QStringLiteral("acme"), kServer},
                                         2);
}

int naturalWidth(const QWidget& widget, const QList<Run>& runs)
{
    int total = 0;
    for (const Run& run : runs) {
        QFont font = widget.font();
        font.setBold(run.bold);
        total += QFontMetrics(font).horizontalAdvance(run.text);
    }
    return total;
}

// What the label paints, as one string.
QString shown(const ElidedRunsLabel& label)
{
    QString text;
    for (const Run& run : label.shownRuns())
        text += run.text;
    return text;
}

QImage painted(const QList<Run>& runs)
{
    ElidedRunsLabel label;
    label.setRuns(runs);
    label.resize(label.sizeHint());
    return label.grab().toImage();
}

} // namespace

class TestElidedRunsLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sentenceBecomesRuns()
    {
        const QList<Run> expected{{QStringLiteral("Organization ")},
                                  {QStringLiteral("acme"), true},
                                  {QStringLiteral(" on ")},
                                  {kServer, false, true}};
        QCOMPARE(bannerRuns(), expected);
    }

    void translationMayReorderPlaceholders()
    {
        const QList<Run> runs =
            ElidedRunsLabel::fromSentence(u"%2 — <b>%1</b>", {QStringLiteral("acme"), kServer}, 2);
        const QList<Run> expected{
            {kServer, false, true}, {QStringLiteral(" — ")}, {QStringLiteral("acme"), true}};
        QCOMPARE(runs, expected);
    }

    void valuesAreTakenLiterally()
    {
        // An organization called "%2 <b>" is neither expanded again nor read as markup.
        const QList<Run> runs =
            ElidedRunsLabel::fromSentence(u"Org <b>%1</b> on %2", {QStringLiteral("%2 <b>"), kServer});
        QCOMPARE(runs.size(), 4);
        QCOMPARE(runs.at(1).text, QStringLiteral("%2 <b>"));
        QVERIFY(!runs.at(3).shrinksFirst);
        ElidedRunsLabel label;
        label.setRuns(runs);
        QCOMPARE(label.plainText(), QStringLiteral("Org %2 <b> on ") + kServer);
        QCOMPARE(label.text(), label.plainText()); // plain text: nothing is read as markup
    }

    void unknownPlaceholdersStayText()
    {
        const QList<Run> runs = ElidedRunsLabel::fromSentence(u"100% sure, %3 and %1", {QStringLiteral("x")});
        const QList<Run> expected{{QStringLiteral("100% sure, %3 and ")}, {QStringLiteral("x")}};
        QCOMPARE(runs, expected);
    }

    void wholeLineWhenItFits()
    {
        ElidedRunsLabel label;
        label.setRuns(bannerRuns());
        const int natural = naturalWidth(label, bannerRuns());
        QCOMPARE(label.sizeHint().width(),
                 natural + label.contentsMargins().left() + label.contentsMargins().right());
        label.resize(natural + 40, label.sizeHint().height());
        label.show();
        QCOMPARE(label.shownRuns(), bannerRuns());
        QVERIFY(label.toolTip().isEmpty());
    }

    void serverShrinksFirstThenTheEndIsCut()
    {
        ElidedRunsLabel label;
        label.setRuns(bannerRuns());
        const int natural = naturalWidth(label, bannerRuns());
        label.resize(natural * 3 / 4, 30);
        label.show();
        // The server is elided in the middle; the organization is whole and bold.
        QCOMPARE(label.shownRuns().at(1), (Run{QStringLiteral("acme"), true}));
        QVERIFY(shown(label).contains(QStringLiteral("…")));
        QVERIFY(shown(label).endsWith(QLatin1StringView("/v1")));
        QVERIFY(shown(label).startsWith(QLatin1StringView("Organization acme on https://")));
        QCOMPARE(label.toolTip(), label.plainText());

        // Narrower than the sentence without the server: the end is cut.
        label.resize(QFontMetrics(label.font()).horizontalAdvance(QStringLiteral("Organization ac")), 30);
        QVERIFY2(shown(label).endsWith(QStringLiteral("…")), qPrintable(shown(label)));
        QVERIFY(!shown(label).contains(QLatin1StringView(" on ")));
        QCOMPARE(label.toolTip(), label.plainText());

        // Wide again: the whole line, no tooltip.
        label.resize(natural + 40, 30);
        QCOMPARE(label.shownRuns(), bannerRuns());
        QVERIFY(label.toolTip().isEmpty());
    }

    void newRunsAreFittedAtTheSameWidth()
    {
        ElidedRunsLabel label;
        label.setRuns(bannerRuns());
        label.resize(naturalWidth(label, bannerRuns()) + 40, 30);
        label.show();
        const QList<Run> longer = ElidedRunsLabel::fromSentence(
            u"Organization <b>%1</b> on %2", {QStringLiteral("acme"), kServer + kServer + kServer}, 2);
        label.setRuns(longer);
        QVERIFY(shown(label).contains(QStringLiteral("…")));
        label.setRuns(bannerRuns());
        QCOMPARE(label.shownRuns(), bannerRuns());
    }

    void fontChangeIsMeasuredAgain()
    {
        ElidedRunsLabel label;
        label.setRuns(bannerRuns());
        const int before = label.sizeHint().width();
        QFont bigger = label.font();
        bigger.setPointSizeF(bigger.pointSizeF() * 2);
        label.setFont(bigger);
        QCOMPARE(label.sizeHint().width(), naturalWidth(label, bannerRuns()) +
                                               label.contentsMargins().left() +
                                               label.contentsMargins().right());
        QVERIFY(label.sizeHint().width() > before * 3 / 2);
    }

    void boldRunsArePaintedBold()
    {
        const QImage bold = painted({{QStringLiteral("acme")}, {QStringLiteral("acme"), true}});
        const QImage regular = painted({{QStringLiteral("acme")}, {QStringLiteral("acme")}});
        QVERIFY(!bold.isNull() && !regular.isNull());
        QVERIFY(bold.width() > regular.width()); // bold is wider, and sized as such
        const QImage blank = painted({{QStringLiteral(" ")}});
        QVERIFY(regular != blank.scaled(regular.size()));
    }

    // A left-to-right sentence keeps its order in a right-to-left window, set against the right edge:
    // heavy bold capitals, then spaces and one thin letter, read left to right in both.
    void rightToLeftWindowKeepsTheSentencesOrder()
    {
        const QList<Run> runs{{QStringLiteral("MMM"), true}, {QStringLiteral("            i")}};
        for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            ElidedRunsLabel label;
            label.setLayoutDirection(direction);
            label.setRuns(runs);
            label.resize(label.sizeHint().width() + 100, label.sizeHint().height());
            const QImage image = label.grab().toImage();
            const QRgb background = image.pixel(0, 0);
            QList<int> columns(image.width(), 0); // ink per column
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    columns[x] += image.pixel(x, y) != background ? 1 : 0;
            }
            const auto first =
                std::find_if(columns.cbegin(), columns.cend(), [](int ink) { return ink > 0; });
            const auto last =
                std::find_if(columns.crbegin(), columns.crend(), [](int ink) { return ink > 0; });
            QVERIFY(first != columns.cend());
            const qsizetype left = first - columns.cbegin();
            const qsizetype right = columns.size() - 1 - (last - columns.crbegin());
            // Where the ink's weight sits between the first and last inked column: the capitals first.
            double weighted = 0;
            double ink = 0;
            for (qsizetype x = left; x <= right; ++x) {
                weighted += double(x - left) * columns.at(x);
                ink += columns.at(x);
            }
            const double centre = weighted / ink / double(std::max<qsizetype>(right - left, 1));
            QVERIFY2(centre < 0.4,
                     qPrintable(
                         QStringLiteral("direction %1: ink centred at %2").arg(int(direction)).arg(centre)));
            // Set against the leading edge.
            if (direction == Qt::LeftToRight)
                QVERIFY(left < 10);
            else
                QVERIFY(right > image.width() - 10);
        }
    }

    void contextMenuCopiesTheWholeLine()
    {
        ElidedRunsLabel label;
        label.setRuns(bannerRuns());
        label.resize(60, 30); // cut
        QCOMPARE(label.contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(!label.actions().isEmpty());
        QGuiApplication::clipboard()->clear();
        label.actions().first()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Organization acme on ") + kServer);
    }

    // From the keyboard: Tab reaches the line, Ctrl+C copies it whole.
    void keyboardReachesAndCopiesTheLine()
    {
        QWidget window;
        auto* before = new QLineEdit(&window);
        auto* label = new ElidedRunsLabel(&window);
        label->setRuns(bannerRuns());
        label->setGeometry(0, 30, 60, 30); // cut: the copy is still the whole line
        window.resize(200, 80);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        before->setFocus();
        QTest::keyClick(before, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), label);
        QGuiApplication::clipboard()->clear();
        QTest::keySequence(label, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Organization acme on ") + kServer);
        // The focus shows.
        const QImage focused = label->grab().toImage();
        before->setFocus();
        QVERIFY(!label->hasFocus());
        QVERIFY(label->grab().toImage() != focused);
    }
};

QTEST_MAIN(TestElidedRunsLabel)
#include "test_elidedrunslabel.moc"
