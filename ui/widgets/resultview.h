#pragma once
// The result of a creation (or a token picked from a list): enroll code (large, copy), enrollment link
// (open, copy), state with colour and text, expiry in local time with a live countdown, policies, and the
// QR code. Android's QR image is downloaded through ApiClient::fetchImage; when that fails, or there is no
// image URL, a QR code of the enrollment link is rendered locally instead.

#include "pagecommand.h"
#include "types.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class ApiCall;
class ApiClient;
class QAction;
class QLocale;
class QrView;

namespace Ui {
class ResultView;
}

class ResultView final : public QWidget
{
    Q_OBJECT
public:
    // Where the QR code on screen comes from.
    enum class QrSource {
        None,       // no token, or nothing could be rendered
        Loading,    // the Android image is being downloaded
        Link,       // rendered locally from the enrollment link (Windows, or Android without qrcodeUrl)
        Downloaded, // the image from the token's qrcodeUrl
        Fallback,   // the download failed: rendered locally from the enrollment link
    };
    Q_ENUM(QrSource)

    explicit ResultView(QWidget* parent = nullptr);
    ~ResultView() override;

    // Used only to download Android QR images; without a client the link is rendered locally.
    void setClient(ApiClient* client);
    // Names for the policy ids of the tokens shown next (tokens from the API carry ids only).
    void setPolicyNames(const QHash<QString, QString>& names) { m_policyNames = names; }
    void showToken(const EnrollmentToken& token);
    void clear();
    EnrollmentToken token() const { return m_token; }
    bool hasToken() const { return m_hasToken; }

    // For a panel whose width changes (the Tokens page's side panel, which scrolls): how wide the view may
    // be. The QR code goes under the details when both do not fit side by side in that width. Without a
    // call they stay side by side and the window's minimum size follows the view.
    void setAvailableWidth(int width);

    void setCreateAnotherVisible(bool visible);
    // Where the next token shown was created, when that is not the profile now active ("In organization
    // acme (profile Production)"); empty: nothing is said. Set before showToken().
    void setOrigin(const QString& origin) { m_origin = origin; }
    bool isCreateAnotherVisible() const { return m_createAnotherVisible; }

    QrView* qrView() const;
    QrSource qrSource() const { return m_qrSource; }
    // Ctrl+Shift+C, window-wide while the view is visible; the main window may also put it in a menu.
    QAction* copyCodeAction() const { return m_copyCodeAction; }
    QAction* copyLinkAction() const { return m_copyLinkAction; }
    // The Token menu's entries for the token shown: copy, the QR code's save, print and full screen, and
    // "Create another" where it is offered.
    QList<PageCommand> commands() const;

    // The state as shown: "Pending", "Done", "Expired", "Deleted" (translated); unknown states verbatim.
    static QString stateText(const QString& state);
    // An Android management mode as people read it, with the API's term: "Work profile (profile owner)"
    // (translated); unknown modes verbatim. The form offers the modes under the same names.
    static QString managementModeText(const QString& mode);
    // "expires in 23 h 59 min", "expires in 4 min 10 s", "expired"; empty for an invalid expiry.
    static QString countdownText(const QDateTime& now, const QDateTime& expireAt);
    // The expiry in local time, long date and short time of `locale`, with the zone abbreviation.
    static QString formatExpiry(const QDateTime& expireAt, const QLocale& locale);

public Q_SLOTS:
    void copyCode();
    void copyLink();
    void openLink();

Q_SIGNALS:
    void createAnotherRequested();
    // Emitted whenever the QR code changes source (loading, local, downloaded, fallback, none).
    void qrSourceChanged(ResultView::QrSource source);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFonts();
    void fillFromToken();
    void updateState();
    void updateCountdown();
    void updateLinkText();
    void updateDirection();
    void showLocalQr(QrSource source);
    void startImageDownload();
    void setQrSource(QrSource source);
    QString qrNote() const;
    void showStatus(const QString& text);
    QString effectiveState() const;

    std::unique_ptr<Ui::ResultView> m_ui;
    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_imageCall;
    EnrollmentToken m_token;
    QHash<QString, QString> m_policyNames;
    QString m_origin;
    bool m_hasToken = false;
    int m_availableWidth = -1; // -1: not adaptive
    bool m_createAnotherVisible = false;
    quint64 m_generation = 0; // bumped by every showToken/clear: late image downloads are ignored
    QrSource m_qrSource = QrSource::None;
    QString m_fallbackReason; // why the Android image is not shown (already translated)
    QTimer m_countdownTimer;
    QTimer m_statusTimer;
    QAction* m_copyCodeAction;
    QAction* m_copyLinkAction;
};
