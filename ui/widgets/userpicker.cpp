#include "userpicker.h"

#include "apiclient.h"
#include "apierror.h"
#include "apilimits.h"
#include "statuscolors.h"
#include "validation.h"
#include "wrappedlabel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kResultRole = Qt::UserRole + 1; // index into m_results
}

UserPicker::UserPicker(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit)
    , m_status(new WrappedLabel)
    , m_completer(new QCompleter(this))
    , m_matches(new QStandardItemModel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("userPicker"));
    setAccessibleName(tr("User"));
    m_edit->setObjectName(QStringLiteral("userSearch"));
    m_edit->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("userStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    setFocusProxy(m_edit);
    // A focus policy of its own: a label's Alt+letter leaves a NoFocus buddy alone, proxy or not.
    setFocusPolicy(m_edit->focusPolicy());

    // The API already filtered the matches by name and e-mail anywhere in them: show them all, unfiltered,
    // and let the completer only handle the popup and its keys. setWidget() rather than
    // QLineEdit::setCompleter(), so moving through the list does not rewrite the typed text.
    m_completer->setModel(m_matches);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(10);
    m_completer->setWidget(m_edit);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    connect(m_edit, &QLineEdit::textEdited, this, &UserPicker::onTextEdited);
    connect(m_edit, &QLineEdit::returnPressed, this, &UserPicker::onReturnPressed);
    connect(m_debounce, &QTimer::timeout, this, &UserPicker::startSearch);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { pickFromModelRow(index.data(kResultRole).toInt()); });

    QEvent retranslate(QEvent::LanguageChange);
    changeEvent(&retranslate);
}

UserPicker::~UserPicker()
{
    cancelSearch();
}

void UserPicker::makeMatchesList()
{
    if (m_matchesListMade)
        return;
    m_matchesListMade = true;
    m_completer->popup()->setObjectName(QStringLiteral("userMatches"));
    nameMatchesList();
}

void UserPicker::nameMatchesList()
{
    m_completer->popup()->setAccessibleName(tr("Matching users"));
}

void UserPicker::hideMatches()
{
    if (m_matchesListMade) // asking the completer for its list would make one
        m_completer->popup()->hide();
}

void UserPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_edit->setPlaceholderText(tr("Type part of a name or e-mail, or paste a user id"));
        m_edit->setAccessibleName(tr("Find a user by name, e-mail or id"));
        m_status->setAccessibleDescription(tr("Picked user")); // its text is read as its name
        if (m_matchesListMade)
            nameMatchesList();
        if (!m_user.id.isEmpty())
            showPicked();
    }
    QWidget::changeEvent(event);
}

void UserPicker::setClient(ApiClient* client)
{
    if (m_client == client)
        return;
    cancelSearch();
    m_client = client;
}

QString UserPicker::displayText(const MdmUser& user)
{
    if (user.name.trimmed().isEmpty())
        return user.email.isEmpty() ? user.id : user.email;
    if (user.email.isEmpty())
        return user.name;
    return tr("%1 <%2>", "user name <e-mail>").arg(user.name.trimmed(), user.email);
}

QString UserPicker::statusText() const
{
    return m_status->text();
}

void UserPicker::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    // Red for errors (as the error panel); secondary text otherwise.
    if (error)
        StatusColors::followPalette(m_status, StatusColors::errorTextStyle);
    else
        StatusColors::followPalette(m_status, {});
    m_status->setForegroundRole(error ? QPalette::WindowText : QPalette::PlaceholderText);
    m_status->setVisible(!text.isEmpty());
}

void UserPicker::cancelSearch()
{
    if (m_call) {
        ApiCall* call = m_call;
        m_call = nullptr;
        call->cancel();
    }
}

void UserPicker::onTextEdited(const QString& text)
{
    const QString typed = text.trimmed();
    // Any edit after a pick un-picks: what the field shows is what will be used.
    if (!m_user.id.isEmpty() && text != displayText(m_user) && typed != m_user.id) {
        m_user = MdmUser{};
        setStatus(QString());
        Q_EMIT userChanged();
    }
    if (Limits::isObjectId(typed)) {
        m_debounce->stop();
        hideMatches();
        MdmUser byId;
        byId.id = typed;
        pick(byId, false);
        return;
    }
    if (typed.isEmpty()) {
        m_debounce->stop();
        cancelSearch();
        m_matches->clear();
        m_results.clear();
        hideMatches();
        setStatus(QString());
        return;
    }
    if (typed.size() > Limits::kMaxTextLength) {
        startSearch(); // which refuses it: said at once, not after the pause
        return;
    }
    // Wait for a pause in the typing: one request per burst, not per key.
    m_debounce->start();
}

void UserPicker::startSearch()
{
    m_debounce->stop();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty() || Limits::isObjectId(text) || !m_user.id.isEmpty())
        return;
    if (!m_client) {
        setStatus(tr("Cannot search: no connection is set up."), true);
        return;
    }
    cancelSearch(); // its answer would be for older text
    UserSearchQuery query;
    query.text = text;
    query.limit = kMaxResults;
    // Enter does not wait for the pause either: text the API refuses is refused here, whichever way.
    if (const FieldErrors errors = Validation::validate(query); !errors.isEmpty()) {
        hideMatches();
        m_results.clear();
        setStatus(errors.constFirst().message, true);
        return;
    }
    m_searchedText = text;
    m_results.clear(); // the matches of older text must not be picked by Enter while this one runs
    m_searchFailed = false;
    setStatus(tr("Searching…"));
    m_call = m_client->searchUsers(query, this, [this, text](const ApiResult<Page<MdmUser>>& result) {
        if (result.error.kind() == ApiError::Kind::Cancelled || text != m_searchedText)
            return;
        m_call = nullptr;
        if (!result.ok()) {
            showError(result.error);
            Q_EMIT searchFinished(0);
            return;
        }
        showMatches(result.value.items);
        if (result.value.hasNextPage && !result.value.items.isEmpty())
            setStatus(tr("The first %1 of %2 matches; type more to narrow them down.")
                          .arg(QLocale().toString(result.value.items.size()),
                               QLocale().toString(result.value.totalDocs)));
        Q_EMIT searchFinished(int(result.value.items.size()));
    });
}

void UserPicker::showMatches(const QList<MdmUser>& users)
{
    m_results = users;
    m_matches->clear();
    for (int row = 0; row < users.size(); ++row) {
        auto* item = new QStandardItem(displayText(users.at(row)));
        item->setData(row, kResultRole);
        item->setToolTip(users.at(row).id);
        item->setEditable(false);
        m_matches->appendRow(item);
    }
    if (users.isEmpty()) {
        hideMatches();
        setStatus(tr("No user matches “%1”.").arg(m_searchedText));
        return;
    }
    setStatus(tr("Choose a user from the list (arrow keys, then Enter)."));
    // Only pop up under the field the user is typing in, not after they moved on.
    if (m_edit->hasFocus()) {
        makeMatchesList();
        m_completer->setCompletionPrefix(QString());
        m_completer->complete();
    }
}

void UserPicker::showError(const ApiError& error)
{
    m_results.clear();
    m_searchFailed = true; // Enter on the same text asks again
    hideMatches();
    setStatus(tr("Could not search the users: %1").arg(error.message()), true);
}

void UserPicker::pickFromModelRow(int row)
{
    if (row >= 0 && row < m_results.size())
        pick(m_results.at(row), true);
}

void UserPicker::pick(const MdmUser& user, bool fromList)
{
    m_debounce->stop();
    cancelSearch();
    const bool changed = user.id != m_user.id;
    m_user = user;
    if (fromList)
        m_edit->setText(displayText(user));
    showPicked();
    if (changed)
        Q_EMIT userChanged();
}

void UserPicker::showPicked()
{
    if (m_user.id.isEmpty()) {
        setStatus(QString());
        return;
    }
    if (m_user.email.isEmpty() && m_user.name.isEmpty())
        setStatus(tr("Picked: user id %1", "a user known only by id").arg(m_user.id));
    else
        setStatus(tr("Picked: %1 · %2", "user name <e-mail> · id").arg(displayText(m_user), m_user.id));
}

void UserPicker::onReturnPressed()
{
    if (!m_user.id.isEmpty())
        return;
    const QString typed = m_edit->text().trimmed();
    if (typed.isEmpty() || m_call)
        return;
    if (typed != m_searchedText || m_searchFailed) {
        startSearch(); // Enter does not wait for the pause, and tries a failed search again
        return;
    }
    // Enter takes the one match, or the match whose e-mail was typed in full.
    if (m_results.size() == 1) {
        pick(m_results.first(), true);
        return;
    }
    for (const MdmUser& user : std::as_const(m_results)) {
        if (user.email.compare(typed, Qt::CaseInsensitive) == 0) {
            pick(user, true);
            return;
        }
    }
}

void UserPicker::setUser(const MdmUser& user)
{
    if (user.id.isEmpty()) {
        clear();
        return;
    }
    m_edit->setText(displayText(user));
    hideMatches();
    pick(user, false);
}

void UserPicker::setUserId(const QString& id)
{
    MdmUser user;
    user.id = id.trimmed();
    setUser(user);
}

void UserPicker::clear()
{
    m_debounce->stop();
    cancelSearch();
    m_edit->clear();
    m_matches->clear();
    m_results.clear();
    m_searchedText.clear();
    hideMatches();
    setStatus(QString());
    if (!m_user.id.isEmpty()) {
        m_user = MdmUser{};
        Q_EMIT userChanged();
    }
}
