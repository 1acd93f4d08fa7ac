#pragma once
// Choose an MDM user: type part of a name or e-mail and pick from the matches (searched on the API
// ~250 ms after the last keystroke, a newer search cancelling the one under way), or paste a 24-hex user
// id, which is taken as is. Below, who is picked ("Picked: Name <email> · id"), or why nobody can be.

#include "types.h"

#include <QPointer>
#include <QWidget>

class ApiCall;
class ApiClient;
class ApiError;
class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTimer;

class UserPicker final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 250;
    static constexpr int kMaxResults = 20;

    explicit UserPicker(QWidget* parent = nullptr);
    ~UserPicker() override;

    void setClient(ApiClient* client);

    // The picked user's id (also of a pasted id), or empty.
    QString userId() const { return m_user.id; }
    // The picked user; only `id` is set when an id was pasted or given.
    MdmUser user() const { return m_user; }
    // Picks a user known by id only (e.g. a filter restored from elsewhere).
    void setUserId(const QString& id);
    void setUser(const MdmUser& user);
    // Empties the field, the matches and the pick.
    void clear();

    QLineEdit* lineEdit() const { return m_edit; }
    QCompleter* completer() const { return m_completer; }
    // The line under the field: the pick, "Searching…", "No user matches", or the search error.
    QString statusText() const;
    bool isSearching() const { return !m_call.isNull(); }

    // How a user reads in the list and the status: "Name <email>" (or just the e-mail without a name).
    static QString displayText(const MdmUser& user);

Q_SIGNALS:
    void userChanged();
    // A search ended; `count` matches (0 on error).
    void searchFinished(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onTextEdited(const QString& text);
    void startSearch();
    void showMatches(const QList<MdmUser>& users);
    void showError(const ApiError& error);
    void pick(const MdmUser& user, bool fromList);
    void pickFromModelRow(int row);
    void onReturnPressed();
    void setStatus(const QString& text, bool error = false);
    void showPicked();
    void cancelSearch();
    // The completer's list (a list view, its scroll bars and frame) is made for the first matches, not
    // with the form: asking the completer for it makes it.
    void makeMatchesList();
    void nameMatchesList();
    void hideMatches();

    QLineEdit* m_edit;
    QLabel* m_status;
    QCompleter* m_completer;
    bool m_matchesListMade = false;
    QStandardItemModel* m_matches;
    QTimer* m_debounce;
    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    QString m_searchedText;
    bool m_searchFailed = false; // the search of m_searchedText answered with an error
    QList<MdmUser> m_results;
    MdmUser m_user;
};
