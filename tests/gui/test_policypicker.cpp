// PolicyPicker against a real sandbox: the platform's policies by name (id as tooltip) after "(none)",
// loaded once per organization and again on reload() or the refresh button, the selection kept across
// reloads, ids not (yet) in the list kept, and a failed load said without losing the list.

#include "apiclient.h"
#include "policypicker.h"
#include "sandboxprocess.h"

#include "httpconnectionpool.h"
#include <QCollator>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace {

constexpr int kWait = 10000;

QList<Policy> sortedByName(const QJsonArray& items)
{
    QList<Policy> policies;
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        policies << Policy{
            item.value(QLatin1String("id")).toString(), item.value(QLatin1String("name")).toString(), {}};
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(policies.begin(), policies.end(),
                     [&](const Policy& a, const Policy& b) { return collator.compare(a.name, b.name) < 0; });
    return policies;
}

} // namespace

class TestPolicyPicker : public QObject
{
    Q_OBJECT

public:
    SandboxProcess m_sandbox;
    HttpConnectionPool m_http;
    std::unique_ptr<ApiClient> m_client;

    int policyRequests()
    {
        int count = 0;
        for (const QJsonValue& value : m_sandbox.requests()) {
            if (value.toObject().value(QLatin1String("path")).toString().contains(QLatin1String("policies")))
                ++count;
        }
        return count;
    }

    // The sandbox's server and organization, the key not there yet (as at start-up).
    void connectWithoutKey(ApiClient& client) const
    {
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setOrganization(SandboxProcess::organizationSlug());
    }

    // The sandbox's Windows policy at `index` (its list order), by id.
    QString windowsPolicyId(int index)
    {
        return m_sandbox.policies(QStringLiteral("windows"))
            .at(index)
            .toObject()
            .value(QLatin1String("id"))
            .toString();
    }

    // The next policy list request is answered by a gateway's error page.
    bool failNextPolicyLoad()
    {
        return m_sandbox.injectFault(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("html")},
                        {QStringLiteral("httpStatus"), 502},
                        {QStringLiteral("pathContains"), QStringLiteral("policies")}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_client = std::make_unique<ApiClient>(&m_http);
        m_client->setBaseUrl(m_sandbox.baseUrl());
        m_client->setOrganization(SandboxProcess::organizationSlug());
        m_client->setApiKey(SandboxProcess::apiKey());
    }

    void init()
    {
        QVERIFY(m_sandbox.clearFaults());
        QVERIFY(m_sandbox.clearRequests());
    }

    void loadsThePlatformsPolicies_data()
    {
        QTest::addColumn<Platform>("platform");
        QTest::addColumn<QString>("type");
        QTest::newRow("windows") << Platform::Windows << "windows";
        QTest::newRow("android") << Platform::Android << "android";
    }
    void loadsThePlatformsPolicies()
    {
        QFETCH(Platform, platform);
        QFETCH(QString, type);
        const QList<Policy> expected = sortedByName(m_sandbox.policies(type));
        QVERIFY(!expected.isEmpty());
        QVERIFY(m_sandbox.clearRequests());

        PolicyPicker picker;
        QSignalSpy loaded(&picker, &PolicyPicker::policiesLoaded);
        picker.setClient(m_client.get(), platform);
        QVERIFY(picker.isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWait);
        QVERIFY(!picker.isLoading());

        QCOMPARE(picker.count(), expected.size() + 1);
        QCOMPARE(picker.itemText(0), QStringLiteral("(none)"));
        QCOMPARE(picker.currentIndex(), 0);
        QCOMPARE(picker.policyId(), QString());
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(picker.itemText(i + 1), expected.at(i).name);
            QCOMPARE(picker.itemData(i + 1).toString(), expected.at(i).id);
            QCOMPARE(picker.itemData(i + 1, Qt::ToolTipRole).toString(), expected.at(i).id);
            QCOMPARE(picker.findPolicy(expected.at(i).id), i + 1);
        }
        const auto handed = loaded.first().first().value<QList<Policy>>();
        QCOMPARE(handed.size(), expected.size());
        QCOMPARE(picker.policies().size(), expected.size());
        QCOMPARE(policyRequests(), 1);
        QVERIFY(picker.errorText().isEmpty());
    }

    void loadedOncePerOrganizationAndOnRequest()
    {
        PolicyPicker picker;
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QSignalSpy loaded(&picker, &PolicyPicker::policiesLoaded);
        picker.setClient(m_client.get(), Platform::Windows);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWait);
        picker.setClient(m_client.get(), Platform::Windows); // same organization: no new request
        QCOMPARE(picker.isLoading(), false);
        QCOMPARE(policyRequests(), 1);

        picker.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, kWait);
        QCOMPARE(policyRequests(), 2);

        QToolButton* refresh = picker.findChild<QToolButton*>(QStringLiteral("refreshPolicies"));
        QVERIFY(refresh);
        QVERIFY(refresh->isVisible());
        QVERIFY(picker.rect().contains(refresh->geometry()));
        QVERIFY(!refresh->accessibleName().isEmpty());
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, kWait);
        QCOMPARE(policyRequests(), 3);
    }

    void selectionSurvivesReloadAndKeyboardChooses()
    {
        PolicyPicker picker;
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QSignalSpy loaded(&picker, &PolicyPicker::policiesLoaded);
        picker.setClient(m_client.get(), Platform::Windows);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWait);

        QSignalSpy changed(&picker, &QComboBox::currentIndexChanged);
        QTest::keyClick(&picker, Qt::Key_Down);
        QTest::keyClick(&picker, Qt::Key_Down);
        QCOMPARE(picker.currentIndex(), 2);
        const QString chosen = picker.policyId();
        QCOMPARE(chosen, picker.policies().at(1).id);
        QCOMPARE(changed.count(), 2);

        picker.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, kWait);
        QCOMPARE(picker.policyId(), chosen);
        QCOMPARE(changed.count(), 2); // same choice: no change signal

        QTest::keyClick(&picker, Qt::Key_Home);
        QCOMPARE(picker.policyId(), QString());
    }

    void idsNotInTheListAreKept()
    {
        const QString first = sortedByName(m_sandbox.policies(QStringLiteral("windows"))).first().id;
        PolicyPicker picker;
        QSignalSpy loaded(&picker, &PolicyPicker::policiesLoaded);
        // Asked for before the list came: kept, then selected by name once it is there.
        picker.setPolicyId(first);
        QCOMPARE(picker.policyId(), first);
        QCOMPARE(picker.findPolicy(first), -1);
        picker.setClient(m_client.get(), Platform::Windows);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWait);
        QCOMPARE(picker.policyId(), first);
        QCOMPARE(picker.currentIndex(), picker.findPolicy(first));
        QCOMPARE(picker.count(), picker.policies().size() + 1);

        const QString unknown = QStringLiteral("0123456789abcdef01234567");
        picker.setPolicyId(unknown);
        QCOMPARE(picker.policyId(), unknown);
        QVERIFY(picker.currentText().contains(unknown));
        QCOMPARE(picker.findPolicy(unknown), -1);
        picker.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, kWait);
        QCOMPARE(picker.policyId(), unknown);

        picker.setPolicyId(QString());
        QCOMPARE(picker.currentIndex(), 0);
    }

    void failedLoadIsSaidAndKeepsTheList()
    {
        PolicyPicker picker;
        QSignalSpy loaded(&picker, &PolicyPicker::policiesLoaded);
        QSignalSpy failed(&picker, &PolicyPicker::loadFailed);
        picker.setClient(m_client.get(), Platform::Windows);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWait);
        const int rows = picker.count();

        QVERIFY(failNextPolicyLoad());
        picker.reload();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWait);
        QVERIFY(!picker.errorText().isEmpty());
        QCOMPARE(failed.first().first().toString(), picker.errorText());
        QCOMPARE(picker.count(), rows);
        auto* refresh = picker.findChild<QToolButton*>(QStringLiteral("refreshPolicies"));
        QVERIFY(refresh->toolTip().contains(picker.errorText()));
        QVERIFY(refresh->isEnabled());

        // Trying again works and clears the error.
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, kWait);
        QVERIFY(picker.errorText().isEmpty());
        QVERIFY(!refresh->toolTip().contains(QStringLiteral("Could not")));
    }

    // Where the form allows it, a list that cannot be loaded makes the box a field for the id; the id
    // typed is kept, and chosen in the list once a load succeeds. Without the form's leave (the Tokens
    // page's filter) the box stays a list.
    void idIsTypedWhileTheListCannotBeLoaded()
    {
        const QString wanted = windowsPolicyId(1);
        PolicyPicker typing;
        typing.allowTypedIdWithoutList(true);
        PolicyPicker listOnly;
        QSignalSpy failed(&typing, &PolicyPicker::loadFailed);
        QSignalSpy failedToo(&listOnly, &PolicyPicker::loadFailed);
        QSignalSpy edited(&typing, &PolicyPicker::typedIdChanged);
        QVERIFY(failNextPolicyLoad()); // one for each picker
        QVERIFY(failNextPolicyLoad());
        QVERIFY(!typing.isTypingId());
        typing.setClient(m_client.get(), Platform::Windows);
        listOnly.setClient(m_client.get(), Platform::Windows);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(failedToo.count(), 1, kWait);
        QVERIFY(typing.isTypingId());
        QVERIFY(!listOnly.isTypingId());
        QVERIFY(!listOnly.isEditable());

        auto* edit = typing.findChild<QLineEdit*>(QStringLiteral("policyIdEdit"));
        QVERIFY(edit);
        QVERIFY(!edit->placeholderText().isEmpty());
        QCOMPARE(typing.policyId(), QString());
        edited.clear();
        QTest::keyClicks(edit, wanted.toUpper() + u' ');
        QVERIFY(edited.count() > 0);
        QCOMPARE(typing.policyId(), wanted); // as the API writes ids
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(typing.count(), 1); // Return did not add the id to the list

        // The list loads: the typed id is the policy chosen in it.
        QSignalSpy loaded(&typing, &PolicyPicker::policiesLoaded);
        typing.reload();
        QVERIFY(typing.isTypingId()); // while it loads, the field stays
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWait);
        QVERIFY(!typing.isTypingId());
        QCOMPARE(typing.currentIndex(), typing.findPolicy(wanted));
        QVERIFY(typing.currentIndex() > 0);
        QCOMPARE(typing.policyId(), wanted);
    }

    // In the field, "(none)" is the box's current item: a change of language renames it without
    // putting its name in place of the id typed, and choosing it from the box's list empties the id, said
    // as any other change. Switching between list and field alone says nothing.
    void typedIdSurvivesLanguageChangeAndNoneIsAChange()
    {
        const QString id = QStringLiteral("0123456789abcdef01234567");
        PolicyPicker picker;
        picker.allowTypedIdWithoutList(true);
        QSignalSpy failed(&picker, &PolicyPicker::loadFailed);
        QSignalSpy edited(&picker, &PolicyPicker::typedIdChanged);
        QVERIFY(failNextPolicyLoad());
        picker.setClient(m_client.get(), Platform::Windows);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWait);
        QVERIFY(picker.isTypingId());
        QCOMPARE(edited.count(), 0); // the id ("") did not change

        picker.setPolicyId(id);
        QCOMPARE(edited.count(), 1);
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&picker, &languageChange);
        QCOMPARE(picker.policyId(), id);
        QCOMPARE(edited.count(), 1);

        // What the box's list does when "(none)", already current, is chosen again: its text is set.
        picker.lineEdit()->setText(picker.itemText(0));
        QCOMPARE(picker.policyId(), QString());
        QCOMPARE(edited.count(), 2);
    }

    // A list that arrives while the id is being typed leaves the field alone until the focus leaves it:
    // the keys that follow would otherwise choose a policy by its name.
    void listArrivingWhileTypingWaitsForTheFocusToLeave()
    {
        const QString wanted = windowsPolicyId(0);
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* picker = new PolicyPicker;
        auto* next = new QLineEdit;
        layout->addWidget(picker);
        layout->addWidget(next);
        picker->allowTypedIdWithoutList(true);
        QSignalSpy failed(picker, &PolicyPicker::loadFailed);
        QSignalSpy loaded(picker, &PolicyPicker::policiesLoaded);
        QVERIFY(failNextPolicyLoad());
        picker->setClient(m_client.get(), Platform::Windows);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWait);
        QLineEdit* edit = picker->lineEdit();
        QVERIFY(edit);
        edit->setFocus();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, wanted.left(12));
        picker->reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWait);
        QVERIFY(picker->isTypingId());
        QTest::keyClicks(edit, wanted.mid(12));
        QCOMPARE(picker->policyId(), wanted);

        next->setFocus();
        QTRY_VERIFY(!picker->isTypingId());
        QCOMPARE(picker->policyId(), wanted);
        QCOMPARE(picker->currentIndex(), picker->findPolicy(wanted));
    }

    // An id typed that the list does not have is kept as unknown, not dropped.
    void typedIdNotInTheListIsKept()
    {
        const QString unknown = QStringLiteral("0123456789abcdef01234567");
        PolicyPicker picker;
        picker.allowTypedIdWithoutList(true);
        QSignalSpy failed(&picker, &PolicyPicker::loadFailed);
        QVERIFY(failNextPolicyLoad());
        picker.setClient(m_client.get(), Platform::Windows);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWait);
        picker.setPolicyId(unknown);
        QCOMPARE(picker.policyId(), unknown);
        QSignalSpy loaded(&picker, &PolicyPicker::policiesLoaded);
        picker.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWait);
        QVERIFY(!picker.isTypingId());
        QCOMPARE(picker.policyId(), unknown);
        QCOMPARE(picker.findPolicy(unknown), -1);
        QVERIFY(picker.currentText().contains(unknown));
    }

    void nothingIsAskedBeforeTheKey()
    {
        // As at start-up: the pages are built before the profile's key has arrived.
        ApiClient keyless(&m_http);
        connectWithoutKey(keyless);
        PolicyPicker picker;
        QSignalSpy loaded(&picker, &PolicyPicker::policiesLoaded);
        QSignalSpy failed(&picker, &PolicyPicker::loadFailed);
        picker.setClient(&keyless, Platform::Windows);
        QVERIFY(!picker.isLoading());
        QTest::qWait(50);
        QCOMPARE(failed.count(), 0);
        QVERIFY(picker.errorText().isEmpty());
        QCOMPARE(policyRequests(), 0);

        // The key arrives; the page reloads the list.
        keyless.setApiKey(SandboxProcess::apiKey());
        picker.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWait);
        QCOMPARE(policyRequests(), 1);
        QVERIFY(picker.count() > 1);
    }

    void anotherOrganizationsListIsForgottenWhileWaitingForTheKey()
    {
        PolicyPicker picker;
        QSignalSpy loaded(&picker, &PolicyPicker::policiesLoaded);
        picker.setClient(m_client.get(), Platform::Windows);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWait);
        QVERIFY(picker.count() > 1);

        ApiClient other(&m_http);
        other.setBaseUrl(m_sandbox.baseUrl());
        other.setOrganization(QStringLiteral("another-org"));
        picker.setClient(&other, Platform::Windows);
        QCOMPARE(picker.count(), 1); // "(none)" only
        QVERIFY(picker.errorText().isEmpty());
    }

    // With a key, another organization's list is not offered while this one's loads, nor after it failed:
    // its ids would be sent to an organization where they mean nothing, or another policy.
    void anotherOrganizationsListIsNotOfferedWhenItsOwnFails()
    {
        PolicyPicker picker;
        QSignalSpy loaded(&picker, &PolicyPicker::policiesLoaded);
        QSignalSpy changed(&picker, &PolicyPicker::policiesChanged);
        QSignalSpy failed(&picker, &PolicyPicker::loadFailed);
        picker.setClient(m_client.get(), Platform::Windows);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kWait);
        QVERIFY(picker.count() > 1);
        QCOMPARE(changed.count(), 1);
        const QString chosen = picker.itemData(1).toString();
        picker.setPolicyId(chosen);

        QVERIFY(failNextPolicyLoad());
        ApiClient other(&m_http);
        other.setBaseUrl(m_sandbox.baseUrl());
        other.setOrganization(QStringLiteral("another-org"));
        other.setApiKey(SandboxProcess::apiKey());
        picker.setClient(&other, Platform::Windows);
        QVERIFY(picker.isLoading());
        QCOMPARE(changed.count(), 2);
        QVERIFY(changed.last().first().value<QList<Policy>>().isEmpty()); // the assignments' list too
        QCOMPARE(picker.count(), 2); // "(none)" and the chosen id, now unknown
        QCOMPARE(picker.findPolicy(chosen), -1);
        QCOMPARE(picker.policyId(), chosen);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWait);
        QCOMPARE(picker.count(), 2);
        QVERIFY(picker.policies().isEmpty());
    }

    void refreshWithoutAKeySaysWhy()
    {
        ApiClient keyless(&m_http);
        connectWithoutKey(keyless);
        PolicyPicker picker;
        QSignalSpy failed(&picker, &PolicyPicker::loadFailed);
        picker.setClient(&keyless, Platform::Windows);
        auto* refresh = picker.findChild<QToolButton*>(QStringLiteral("refreshPolicies"));
        QVERIFY(refresh->isEnabled());
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWait);
        QVERIFY(!picker.errorText().isEmpty());
        QCOMPARE(policyRequests(), 0);
    }

    void withoutAClientNothingIsLoaded()
    {
        PolicyPicker picker;
        QCOMPARE(picker.count(), 1);
        QCOMPARE(picker.policyId(), QString());
        picker.reload();
        QVERIFY(!picker.isLoading());
        QVERIFY(!picker.findChild<QToolButton*>(QStringLiteral("refreshPolicies"))->isEnabled());
        QVERIFY(!picker.accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestPolicyPicker)
#include "test_policypicker.moc"
