#include "elidedrunslabel.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QKeySequence>
#include <QPainter>
#include <QPen>
#include <QStyle>
#include <QTextCharFormat>
#include <QTextLayout>

#include <algorithm>

ElidedRunsLabel::ElidedRunsLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    auto* copy = new QAction(tr("&Copy"), this);
    // From the keyboard too: Tab reaches the line, Ctrl+C copies it, the menu key opens the menu.
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(text()); });
    addAction(copy);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setFocusPolicy(Qt::TabFocus);
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
    if (runs == m_runs)
        return;
    m_runs = runs;
    m_widths.clear();
    QString plain;
    for (const Run& run : runs)
        plain += run.text;
    setText(plain); // for accessibility and text(); what is painted is m_shown
    m_fittedRoom = -1;
    updateGeometry();
    fit();
}

QSize ElidedRunsLabel::sizeHint() const
{
    const QMargins margins = contentsMargins();
    const int height = std::max(metrics(false).height(), metrics(true).height());
    return {width(m_runs) + margins.left() + margins.right() + 2 * margin(),
            height + margins.top() + margins.bottom() + 2 * margin()};
}

QSize ElidedRunsLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 12, sizeHint().height()};
}

void ElidedRunsLabel::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    drawFrame(&painter);
    // One layout of the whole line, bold where the runs are: the bidirectional algorithm orders it as
    // it orders the sentence (a left-to-right sentence stays so in a right-to-left window).
    QString text;
    QList<QTextLayout::FormatRange> bold;
    QTextCharFormat boldFormat;
    boldFormat.setFontWeight(QFont::Bold);
    for (const Run& run : std::as_const(m_shown)) {
        if (run.bold)
            bold.append({int(text.size()), int(run.text.size()), boldFormat});
        text += run.text;
    }
    const QRect room = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    QTextOption option(QStyle::visualAlignment(layoutDirection(), Qt::AlignLeft));
    option.setTextDirection(layoutDirection());
    option.setWrapMode(QTextOption::NoWrap);
    QTextLayout layout(text, font());
    layout.setTextOption(option);
    layout.setFormats(bold);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (!line.isValid())
        return;
    line.setLineWidth(room.width());
    layout.endLayout();
    const QPalette::ColorGroup group = !isEnabled()       ? QPalette::Disabled
                                       : isActiveWindow() ? QPalette::Active
                                                          : QPalette::Inactive;
    const QColor foreground = palette().color(group, foregroundRole());
    const QPointF at(room.left(), room.top() + (room.height() - line.height()) / 2);
    if (hasFocus()) {
        // Dotted, in the text's own colour, around the text wherever the direction puts it: the style's
        // focus frame is drawn in the highlight colour, which the banner's background is.
        const QRectF text = line.naturalTextRect().translated(at);
        painter.setPen(QPen(foreground, 1, Qt::DotLine));
        painter.drawRect(QRectF(text.left() - 2.5, room.top() + 0.5, text.width() + 4, room.height() - 1));
    }
    painter.setPen(foreground);
    layout.draw(&painter, at);
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
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::ContentsRectChange) {
        m_fittedRoom = -1;
        fit();
    }
}

QFont ElidedRunsLabel::boldFont() const
{
    QFont bold = font();
    bold.setBold(true);
    return bold;
}

const QFontMetrics& ElidedRunsLabel::metrics(bool bold) const
{
    std::optional<QFontMetrics>& cached = bold ? m_bold : m_regular;
    if (!cached)
        cached.emplace(bold ? boldFont() : font());
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

int ElidedRunsLabel::runWidth(const QList<Run>& runs, qsizetype i) const
{
    // Runs as set are measured once; shortened copies (fit()) are measured as they are.
    const bool asSet = i < m_runs.size() && runs.at(i).text == m_runs.at(i).text;
    return asSet ? naturalWidth(i) : metrics(runs.at(i).bold).horizontalAdvance(runs.at(i).text);
}

int ElidedRunsLabel::width(const QList<Run>& runs) const
{
    int total = 0;
    for (qsizetype i = 0; i < runs.size(); ++i)
        total += runWidth(runs, i);
    return total;
}

void ElidedRunsLabel::fit()
{
    int room = contentsRect().width() - 2 * margin();
    if (room == m_fittedRoom)
        return;
    m_fittedRoom = room;
    if (width(m_runs) <= room) {
        setShownRuns(m_runs);
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
        setShownRuns(runs);
        setToolTip(text());
        return;
    }
    // Room left for the ellipsis of a later run, which may be bold.
    const int ellipsisWidth =
        std::max(metrics(false).horizontalAdvance(ellipsis), metrics(true).horizontalAdvance(ellipsis));
    QList<Run> shown;
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const Run& run = runs.at(i);
        const QFontMetrics& runMetrics = metrics(run.bold);
        const int needed = runWidth(runs, i);
        if (needed <= room && i + 1 < runs.size()) {
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
    setShownRuns(shown);
    setToolTip(text());
}

void ElidedRunsLabel::setShownRuns(const QList<Run>& runs)
{
    if (runs == m_shown)
        return;
    m_shown = runs;
    update();
}
