#pragma once

#include <QLabel>
#include <QVarLengthArray>

// A word-wrapped plain-text label (not for pixmaps or buddies) that works out its height at a width once per
// text.
// QLabel lays its text out anew for every heightForWidth(), and the nested layouts of a form ask about the
// same few widths dozens of times while a window is shown or resized (bench/README.md: the first page's three
// wrapped labels were laid out 64 times before the console's first frame).
class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(QWidget* parent = nullptr);
    explicit WrappedLabel(const QString& text, QWidget* parent = nullptr);

    int heightForWidth(int width) const override;
    // QLabel's hint for wrapped text is its height at a width QLabel picks (a few hundred pixels). Given
    // more width than that, the text takes fewer lines, and the hint says so: a form layout with room to
    // spare gives a row its hint's height, and centred a two-line message in four lines' height.
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // What QLabel's height depends on, besides the font, style and contents margins (which arrive as
    // change events): QLabel's setters are not virtual, so they are compared on each call instead.
    struct Key
    {
        QString text;
        int margin = 0;
        int indent = 0;
        Qt::TextFormat format = Qt::AutoText;
        Qt::Alignment alignment; // where an indent goes
        QSize minimumSize;       // QLabel's size is at least that
        bool wordWrap = true;
        bool operator==(const Key&) const = default;
    };
    Key currentKey() const;

    static constexpr int kWidthsKept = 8; // a window's layouts ask about a handful; more is a resize drag
    mutable Key m_key;
    mutable QVarLengthArray<std::pair<int, int>, kWidthsKept> m_heights; // (width, height)
    mutable int m_hintHeight = -1; // the height sizeHint() last gave, to tell the layout when it changes
};
