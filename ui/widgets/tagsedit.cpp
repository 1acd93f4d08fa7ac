#include "tagsedit.h"

#include <QLocale>

namespace {

// The tag to name in an error: long ones are cut, so the message still fits on a line.
QString quoted(const QString& tag)
{
    constexpr int kShown = 24;
    return tag.size() <= kShown ? tag : tag.left(kShown) + QStringLiteral("…");
}

} // namespace

TagsEdit::TagsEdit(QWidget* parent)
    : LimitedLineEdit(parent)
{
    setPlaceholderText(tr("Comma-separated, e.g. sales, madrid"));
    connect(this, &QLineEdit::cursorPositionChanged, this, &TagsEdit::refresh);
    refresh(); // the base constructor could only run its own checks
}

QStringList TagsEdit::split(const QString& text)
{
    QStringList tags;
    for (const QString& part : text.split(u',')) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty())
            tags << tag;
    }
    return tags;
}

QStringList TagsEdit::tags() const
{
    return split(text());
}

void TagsEdit::setTags(const QStringList& tags)
{
    setText(tags.join(QStringLiteral(", ")));
}

QString TagsEdit::checkText(const QString& text) const
{
    const TooLong& problem = tooLong(text);
    if (problem.index < 0)
        return {};
    // One count per piece, so each is pluralized in its own language's forms.
    const QString length = tr("Tag %1 “%2” has %Ln character(s)", "the tag's position, the tag, its length",
                              int(problem.tag.size()))
                               .arg(QLocale().toString(problem.index + 1), quoted(problem.tag));
    const QString limit = tr("a tag can have at most %Ln", "characters", maxChars());
    return tr("%1; %2.", "a tag's length; the limit").arg(length, limit);
}

QString TagsEdit::noteText(const QString& text) const
{
    // The length of the tag being typed: the limit is per tag, not for the whole line.
    const int cursor = cursorPosition();
    // At the very start there is nothing before the cursor (lastIndexOf(…, -1) would search from the end).
    const int start = cursor > 0 ? int(text.lastIndexOf(u',', cursor - 1)) + 1 : 0;
    int end = int(text.indexOf(u',', cursor));
    if (end < 0)
        end = int(text.size());
    const QString tag = text.mid(start, end - start).trimmed();
    const QLocale locale;
    if (tag.size() > maxChars())
        return tr("%1 / %2 · %Ln too many", "tag length / allowed, then how many characters to remove",
                  int(tag.size()) - maxChars())
            .arg(locale.toString(tag.size()), locale.toString(maxChars()));
    // The cursor is on a good tag, but another one is too long: say which.
    if (const TooLong& problem = tooLong(text); problem.index >= 0)
        return tr("tag %1 is too long").arg(locale.toString(problem.index + 1));
    if (tag.isEmpty())
        return {};
    return tr("%1 / %2", "characters used / allowed")
        .arg(locale.toString(tag.size()), locale.toString(maxChars()));
}

const TagsEdit::TooLong& TagsEdit::tooLong(const QString& text) const
{
    if (text == m_checkedText && maxChars() == m_checkedLimit)
        return m_tooLong;
    m_checkedText = text;
    m_checkedLimit = maxChars();
    m_tooLong = {};
    const QStringList all = split(text);
    for (int index = 0; index < all.size(); ++index) {
        if (all.at(index).size() > maxChars()) {
            m_tooLong = {index, all.at(index)};
            break;
        }
    }
    return m_tooLong;
}
