#pragma once
// A one-line label made of runs of plain or bold text (the banner's "Organization acme on https://…")
// that ends in "…" when it is too narrow for all of them, instead of pushing its neighbours out of the
// window. A run marked shrinksFirst (the server) is elided in the middle before anything else is cut;
// whatever still does not fit is cut at the end. When anything is cut, the whole line is the tooltip.
// Its context menu copies the whole line; Tab reaches it and Ctrl+C copies it from the keyboard.
//
// It paints the runs itself, as one text layout with bold ranges: as rich text, a QLabel builds, lays
// out and paints a text document on each refit. Each run is measured once per text and font, not on
// every resize: the banner refits on each resize of the window. text() is the whole line, plain.

#include <QLabel>
#include <QList>

#include <optional>

class ElidedRunsLabel final : public QLabel
{
    Q_OBJECT
public:
    struct Run
    {
        QString text;
        bool bold = false;
        bool shrinksFirst = false;
        bool operator==(const Run&) const = default;
    };

    explicit ElidedRunsLabel(QWidget* parent = nullptr);

    // The runs of a translated sentence with placeholders %1…%9 (%1 is args[0]): the text around them
    // as plain runs and each placeholder as a run of its value, bold when written "<b>%n</b>". The
    // placeholder numbered `shrinksFirst` (0: none) is the run elided first.
    static QList<Run> fromSentence(QStringView sentence, const QStringList& args, int shrinksFirst = 0);

    // Same runs as now: nothing is measured or laid out again.
    void setRuns(const QList<Run>& runs);
    QList<Run> runs() const { return m_runs; }
    QList<Run> shownRuns() const { return m_shown; } // as painted: cut, elided, or all of them
    QString plainText() const { return text(); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QFont boldFont() const;
    const QFontMetrics& metrics(bool bold) const;
    int naturalWidth(qsizetype run) const;
    int runWidth(const QList<Run>& runs, qsizetype i) const;
    int width(const QList<Run>& runs) const;
    void fit();

    void setShownRuns(const QList<Run>& runs);

    QList<Run> m_runs;
    QList<Run> m_shown;
    mutable QList<int> m_widths; // per run, measured when first needed; cleared with the runs or font
    mutable std::optional<QFontMetrics> m_regular;
    mutable std::optional<QFontMetrics> m_bold;
    int m_fittedRoom = -1; // the room the shown text was fitted to
};
