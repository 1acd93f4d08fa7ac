#pragma once
// Version, licence and the libraries the console is built on.

#include <QDialog>

class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};
