#pragma once
// Tags as one comma-separated line ("sales, madrid, 2024"). Each tag is checked against the API's limit
// and the error names the offending tag; the counter shows the length of the tag under the cursor.

#include "limitedlineedit.h"

#include <QStringList>

class TagsEdit final : public LimitedLineEdit
{
    Q_OBJECT
public:
    explicit TagsEdit(QWidget* parent = nullptr);

    // The tags as typed, trimmed, without empty ones (",," and a trailing comma are fine).
    QStringList tags() const;
    void setTags(const QStringList& tags);

    static QStringList split(const QString& text);

protected:
    QString checkText(const QString& text) const override;
    QString noteText(const QString& text) const override;

private:
    // The first tag over the limit (index -1: none). Both the error and the note need it, and a keystroke
    // refreshes twice (text, then cursor): it is worked out once per text and limit, then reused.
    struct TooLong
    {
        int index = -1;
        QString tag;
    };
    const TooLong& tooLong(const QString& text) const;

    mutable QString m_checkedText;
    mutable int m_checkedLimit = -1;
    mutable TooLong m_tooLong;
};
