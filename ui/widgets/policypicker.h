#pragma once
// The primary policy: a combo of the platform's policies by name (id as tooltip), "(none)" first. Loaded
// once per organization from the API, refreshed with the small button inside its right edge or reload().
// policiesChanged() hands the list offered to whoever else needs it (the assignments table).
// Where a form allows it (allowTypedIdWithoutList), a list that could not be loaded turns the box into a
// field for the id itself: the API takes an id it did not list, and the form is not stuck without one.

#include "lengthsizedcombobox.h"
#include "types.h"

#include <QIcon>
#include <QPointer>

class ApiCall;
class ApiClient;
class ApiError;
class QToolButton;

class PolicyPicker final : public LengthSizedComboBox
{
    Q_OBJECT
public:
    explicit PolicyPicker(QWidget* parent = nullptr);
    ~PolicyPicker() override;

    // Loads the list unless it was already loaded for this client's base URL and organization.
    void setClient(ApiClient* client, Platform platform);
    // Loads the list again (after a profile switch, or when the user asks).
    void reload();
    // After a switch, before the new list is asked for (a key may be long in coming): a list loaded for
    // another server, organization or platform is no longer offered (policiesChanged with none).
    void dropListOfAnotherConnection();

    // The selected policy's id, or empty for "(none)".
    QString policyId() const;
    // While the list cannot be loaded, the id is typed into the box (an editable combo), not chosen.
    void allowTypedIdWithoutList(bool allow);
    bool isTypingId() const { return isEditable(); }
    // Selects by id. An id not in the list (yet) is kept as "Unknown policy …" until the list has it.
    void setPolicyId(const QString& id);
    // The row of the policy with this id, or -1.
    int findPolicy(const QString& id) const;

    QList<Policy> policies() const { return m_policies; }
    bool isLoading() const { return !m_call.isNull(); }
    // Why the last load failed, in plain words; empty after a successful one.
    QString errorText() const { return m_error; }
    QToolButton* refreshButton() const { return m_refresh; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void policiesLoaded(const QList<Policy>& policies);
    // The list offered now: loaded, or emptied when it was another server's or organization's.
    void policiesChanged(const QList<Policy>& policies);
    void loadFailed(const QString& message);
    // The id typed while the list cannot be loaded changed (currentIndexChanged does not follow typing).
    void typedIdChanged();
    // The box became a field for the id (true) or a list again (false).
    void typingIdChanged(bool typing);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void cancelLoad();
    void load();
    void fill(const QString& keepId);
    void showState();
    void placeRefreshButton();
    void followTypingMode();
    bool isTypingInField() const;
    void noteTypedId();
    void retranslateTypedIdEdit();
    QString cacheKey() const;

    QPointer<ApiClient> m_client;
    Platform m_platform = Platform::Windows;
    QPointer<ApiCall> m_call;
    QToolButton* m_refresh;
    QIcon m_reloadIcon;
    QList<Policy> m_policies;
    QString m_loadedKey;
    QString m_pendingId; // asked for before the list had it
    QString m_error;
    bool m_typedIdAllowed = false;
    QString m_typedId; // the id typedIdChanged() last told of
};
