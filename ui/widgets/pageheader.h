#pragma once
// The top of every page: its title in a larger bold font and one line that says what the page is for.

#include <QWidget>

class PageHeader final : public QWidget
{
    Q_OBJECT
public:
    PageHeader(const QString& title, const QString& subtitle, QWidget* parent = nullptr);
};
