#pragma once
// Always visible above the pages: which organization and server the console talks to (the sandbox is
// marked as such), the profile switcher, and whether a key is available — so nobody mints tokens in
// the wrong organization.

#include <QFrame>

class AppContext;
class QAction;
class ElidedRunsLabel;
class QComboBox;
class QLabel;
class QPushButton;

class ConnectionBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionBanner(AppContext* context, QWidget* parent = nullptr);

    QString text() const; // the organization/server line, whole, as plain text

Q_SIGNALS:
    void manageProfilesRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void fillProfiles();
    AppContext* m_context;
    ElidedRunsLabel* m_where;
    QLabel* m_key;
    QComboBox* m_profiles;
    QPushButton* m_manage;
    QAction* m_copyOrganization; // in the line's context menu
    QAction* m_copyServer;
};
