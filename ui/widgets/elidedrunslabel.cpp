#include "elidedrunslabel.h"

#include <QEvent>
#include <QFontMetrics>

#include <algorithm>

namespace {

QString html(const QList<ElidedRunsLabel::Run>& runs)
{
    QString text;
    for (const ElidedRunsLabel::Run& run : runs)
        text += run.bold ? QStringLiteral("<b>") + run.text.toHtmlEscaped() + QStringLiteral("</b>")
                         : run.text.toHtmlEscaped();
    return text;
}

} // namespace

ElidedRunsLabel::ElidedRunsLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::RichText);
}

QList<ElidedRunsLabel::Run> ElidedRunsLabel::fromSentence(QStringView sentence, const QStringList& args,
                                                          int shrinksFirst)
{
    static constexpr QStringView open = u"<b>", close = u"</b>";
    QList<Run> runs;
    qsizetype at = 0; // start of the text not yet in a run
    for (qsizetype i = sentence.indexOf(u'%'); i >= 0 && i + 1 < sentence.size();
         i = sentence.indexOf(u'%', i + 1)) {
        const int number = sentence.at(i + 1).digitValue();
        if (number < 1 || number > args.size())
            continue;
        const bool bold = sentence.first(i).endsWith(open) && sentence.sliced(i + 2).startsWith(close);
        const qsizetype start = bold ? i - open.size() : i;
        if (start > at)
            runs.append({sentence.sliced(at, start - at).toString()});
        runs.append({args.at(number - 1), bold, number == shrinksFirst});
        at = bold ? i + 2 + close.size() : i + 2;
        i = at - 1;
    }
    if (at < sentence.size())
        runs.append({sentence.sliced(at).toString()});
    return runs;
}

void ElidedRunsLabel::setRuns(const QList<Run>& runs)
{
    if (runs == m_runs && !m_full.isEmpty())
        return;
    m_runs = runs;
    m_widths.clear();
    m_full = html(runs);
    m_plain.clear();
    for (const Run& run : runs)
        m_plain += run.text;
    m_fittedRoom = -1;
    updateGeometry();
    fit();
}

QSize ElidedRunsLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    return {width(m_runs) + margins.left() + margins.right() + 2 * margin(), QLabel::sizeHint().height()};
}

QSize ElidedRunsLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 12, QLabel::minimumSizeHint().height()};
}

void ElidedRunsLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    fit();
}

void ElidedRunsLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_widths.clear();
        m_regular.reset();
        m_bold.reset();
        m_fittedRoom = -1;
        fit();
    }
}

const QFontMetrics& ElidedRunsLabel::metrics(bool bold) const
{
    std::optional<QFontMetrics>& cached = bold ? m_bold : m_regular;
    if (!cached) {
        QFont font = this->font();
        font.setBold(bold);
        cached.emplace(font);
    }
    return *cached;
}

int ElidedRunsLabel::naturalWidth(qsizetype run) const
{
    if (m_widths.isEmpty()) {
        m_widths.reserve(m_runs.size());
        for (const Run& each : m_runs)
            m_widths.append(metrics(each.bold).horizontalAdvance(each.text));
    }
    return m_widths.at(run);
}

int ElidedRunsLabel::width(const QList<Run>& runs) const
{
    int total = 0;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        // Runs as set are measured once; shortened copies (fit()) are measured as they are.
        const bool asSet = i < m_runs.size() && runs.at(i).text == m_runs.at(i).text;
        total += asSet ? naturalWidth(i) : metrics(runs.at(i).bold).horizontalAdvance(runs.at(i).text);
    }
    return total;
}

void ElidedRunsLabel::fit()
{
    // A few pixels of slack: rich text lays runs out a little differently from QFontMetrics.
    int room = contentsRect().width() - 2 * margin() - 4;
    if (room == m_fittedRoom)
        return;
    m_fittedRoom = room;
    if (width(m_runs) <= room) {
        setText(m_full);
        setToolTip({});
        return;
    }
    // First the server, in the middle (scheme and path stay readable), down to a few characters;
    // then whatever does not fit at the end.
    const QString ellipsis = QStringLiteral("…");
    QList<Run> runs = m_runs;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        Run& run = runs[i];
        if (!run.shrinksFirst)
            continue;
        const QFontMetrics& runMetrics = metrics(run.bold);
        const int others = width(runs) - naturalWidth(i); // run i is still as set
        const int least = runMetrics.horizontalAdvance(ellipsis) * 6;
        run.text = runMetrics.elidedText(run.text, Qt::ElideMiddle, std::max(room - others, least));
    }
    if (width(runs) <= room) {
        setText(html(runs));
        setToolTip(m_plain);
        return;
    }
    // Room left for the ellipsis of a later run, which may be bold.
    const int ellipsisWidth =
        std::max(metrics(false).horizontalAdvance(ellipsis), metrics(true).horizontalAdvance(ellipsis));
    QList<Run> shown;
    for (const Run& run : runs) {
        const QFontMetrics& runMetrics = metrics(run.bold);
        const int needed = runMetrics.horizontalAdvance(run.text);
        if (needed <= room && &run != &runs.last()) {
            if (needed + ellipsisWidth <= room) {
                shown.append(run);
                room -= needed;
                continue;
            }
        }
        // This run is cut; if it would fit whole, the later runs do not: it still ends in "…".
        const int available = needed <= room ? needed - 1 : room;
        shown.append(
            {runMetrics.elidedText(run.text, Qt::ElideRight, std::max(available, 0)), run.bold, false});
        break;
    }
    setText(html(shown));
    setToolTip(m_plain);
}
