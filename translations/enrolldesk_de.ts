<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="+13"/>
        <source>About EnrollDesk</source>
        <translation>Über EnrollDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;EnrollDesk %1&lt;/h2&gt;&lt;p&gt;A desktop console for Applivery MDM enrollment tokens: Windows and Android tokens for one user or many, with link, enroll code and QR code.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPLv3), QtKeychain (BSD-3-Clause), libqrencode (LGPLv2.1+).&lt;/p&gt;&lt;p&gt;The API key is kept in the operating system&apos;s keychain and never written to disk by EnrollDesk.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;EnrollDesk %1&lt;/h2&gt;&lt;p&gt;Eine Desktop-Konsole für Registrierungstokens von Applivery MDM: Windows- und Android-Tokens für einen oder viele Benutzer, mit Link, Registrierungscode und QR-Code.&lt;/p&gt;&lt;p&gt;Lizenz: MIT.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 (LGPLv3), QtKeychain (BSD-3-Clause) und libqrencode (LGPLv2.1+).&lt;/p&gt;&lt;p&gt;Der API-Schlüssel wird im Schlüsselbund des Betriebssystems aufbewahrt und von EnrollDesk nie auf die Festplatte geschrieben.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/apiclient.cpp" line="+204"/>
        <source>“%1” is not a valid server address.</source>
        <translation>„%1“ ist keine gültige Serveradresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address must not contain a user name or password: the API key is kept in the keychain.</source>
        <translation>die Adresse darf keinen Benutzernamen und kein Passwort enthalten: Der API-Schlüssel wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>http:// would send the API key unencrypted; use https:// (plain http is only allowed for this computer, e.g. the sandbox).</source>
        <translation>http:// würde den API-Schlüssel unverschlüsselt senden; verwenden Sie https:// (unverschlüsseltes http ist nur für diesen Computer erlaubt, z. B. die Sandbox).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address must start with https://.</source>
        <translation>die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../app/apierror.cpp" line="+189"/>
        <source>Not found: the organization, user or policy does not exist, or this key cannot see it.</source>
        <translation>Nicht gefunden: Die Organisation, der Benutzer oder die Richtlinie existiert nicht, oder dieser Schlüssel kann sie nicht sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The API key was rejected: it is wrong, expired or revoked. Enter a valid service account key.</source>
        <translation>Der API-Schlüssel wurde abgelehnt: Er ist falsch, abgelaufen oder widerrufen. Geben Sie einen gültigen Dienstkonto-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An MDM user with this e-mail already exists.</source>
        <translation>Ein MDM-Benutzer mit dieser E-Mail-Adresse existiert bereits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organization&apos;s billing plan does not include this feature.</source>
        <translation>Der Tarif der Organisation enthält diese Funktion nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not update the entity.</source>
        <translation>Der Server konnte die Entität nicht aktualisieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not implement this operation.</source>
        <translation>Der Server unterstützt diesen Vorgang nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not create the Windows enrollment token.</source>
        <translation>Der Server konnte das Windows-Registrierungstoken nicht erstellen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The request is not valid.</source>
        <translation>Die Anfrage ist ungültig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address is not allowed: %1</source>
        <translation>Die Serveradresse ist nicht erlaubt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API key is set for this profile. Enter it under Profiles &amp; API key.</source>
        <translation>Für dieses Profil ist kein API-Schlüssel hinterlegt. Geben Sie ihn unter „Profile &amp; API-Schlüssel“ ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection. Check the server address and that the server is running. Nothing was sent.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie die Serveradresse und ob der Server läuft. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s name could not be found. Check the server address and your network. Nothing was sent.</source>
        <translation>Der Servername wurde nicht gefunden. Prüfen Sie die Serveradresse und Ihr Netzwerk. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection failed (TLS/certificate problem). Nothing was accepted from this server.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen (TLS- oder Zertifikatsproblem). Von diesem Server wurde nichts angenommen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The request was cancelled. If it had already reached the server, it may have been processed.</source>
        <translation>Die Anfrage wurde abgebrochen. Falls sie den Server bereits erreicht hatte, wurde sie möglicherweise verarbeitet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection broke before the server&apos;s answer arrived in full. Try again in a moment.</source>
        <translation>Die Verbindung ist abgebrochen, bevor die Antwort des Servers vollständig angekommen war. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection broke before the server&apos;s answer arrived in full. The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>Die Verbindung ist abgebrochen, bevor die Antwort des Servers vollständig angekommen war. Die Anfrage wurde möglicherweise verarbeitet: Prüfen Sie vor einem erneuten Versuch, ob das Token erstellt wurde.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server rejected the request: %1</source>
        <translation>Der Server hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the request (error %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (Fehler %1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server&apos;s answer lacks the list that was asked for. Try again in a moment.</source>
        <translation>Der Antwort des Servers fehlt die angefragte Liste. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the request, but its answer lacks what was created. The request was probably processed: check whether the token was created before trying again.</source>
        <translation>Der Server hat die Anfrage angenommen, aber seine Antwort enthält nicht, was erstellt wurde. Die Anfrage wurde wahrscheinlich verarbeitet: Prüfen Sie, ob das Token erstellt wurde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>The API key was rejected. Enter a valid service account key.</source>
        <translation>Der API-Schlüssel wurde abgelehnt. Geben Sie einen gültigen Dienstkonto-Schlüssel ein.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>[left out: it quoted part of the API key]</source>
        <translation>[ausgelassen: enthielt einen Teil des API-Schlüssels]</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The API key was not accepted (401 Unauthorized). Check that it is the service account&apos;s key for this server.</source>
        <translation>Der API-Schlüssel wurde nicht akzeptiert (401 Unauthorized). Prüfen Sie, ob es der Schlüssel des Dienstkontos für diesen Server ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server received no usable API key (401 No auth token). Check the key, and any proxy that may remove the Authorization header.</source>
        <translation>Der Server hat keinen verwendbaren API-Schlüssel erhalten (401 No auth token). Prüfen Sie den Schlüssel und jeden Proxy, der den Authorization-Header entfernen könnte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A limit was exceeded (Limit Exceeded). The API does not say which: check the organization&apos;s plan and how many devices and tokens it has.</source>
        <translation>Ein Limit wurde überschritten (Limit Exceeded). Die API sagt nicht, welches: Prüfen Sie den Tarif der Organisation und wie viele Geräte und Tokens sie hat.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The API key may not do this (missing permission).</source>
        <translation>Der API-Schlüssel darf dies nicht (fehlende Berechtigung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found: check the server address and the organization.</source>
        <translation>Nicht gefunden: Prüfen Sie die Serveradresse und die Organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests: the server asks to slow down. Try again in a moment.</source>
        <translation>Zu viele Anfragen: Der Server bittet um eine Pause. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Der Server hatte ein Problem (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request to another address (HTTP %1). Redirects are not followed, so that the key stays with the API&apos;s own server: check the server address.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse verwiesen (HTTP %1). Weiterleitungen werden nicht befolgt, damit der Schlüssel beim eigenen Server der API bleibt: Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server had a problem (HTTP %1). The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>Der Server hatte ein Problem (HTTP %1). Die Anfrage wurde möglicherweise verarbeitet: Prüfen Sie vor einem erneuten Versuch, ob das Token erstellt wurde.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The API key contains a space, a line break or another character an API key does not have. Enter the key again. Nothing was sent.</source>
        <translation>Der API-Schlüssel enthält ein Leerzeichen, einen Zeilenumbruch oder ein anderes Zeichen, das ein API-Schlüssel nicht hat. Geben Sie den Schlüssel erneut ein. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be reached in time. Check the server address and your network (a VPN or a firewall may be in the way). Nothing was sent.</source>
        <translation>Der Server war nicht rechtzeitig erreichbar. Prüfen Sie die Serveradresse und Ihr Netzwerk (ein VPN oder eine Firewall kann im Weg sein). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not answer in time. The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Die Anfrage wurde möglicherweise verarbeitet: Prüfen Sie vor einem erneuten Versuch, ob das Token erstellt wurde.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>%1 The server says: %2</source>
        <translation>%1 Der Server meldet: %2</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>Die Anfrage wurde möglicherweise verarbeitet: Prüfen Sie vor einem erneuten Versuch, ob das Token erstellt wurde.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The server rejected the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered with HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server or a gateway in front of it failed (HTTP %1) and sent a page instead of an answer. Try again later.</source>
        <translation>Der Server oder ein vorgeschaltetes Gateway ist ausgefallen (HTTP %1) und hat statt einer Antwort eine Seite gesendet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server or a gateway in front of it failed (HTTP %1) and sent a page instead of an answer. The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>Der Server oder ein vorgeschaltetes Gateway ist ausgefallen (HTTP %1) und hat statt einer Antwort eine Seite gesendet. Die Anfrage wurde möglicherweise verarbeitet: Prüfen Sie vor einem erneuten Versuch, ob das Token erstellt wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer could not be read (not the API&apos;s JSON). It may come from a proxy or a wrong server address.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden (kein JSON der API). Sie stammt möglicherweise von einem Proxy oder einer falschen Serveradresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer was too large and was not read.</source>
        <translation>Die Antwort des Servers war zu groß und wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../ui/shell/appcontext.cpp" line="+180"/>
        <source>Store the key for this server under Profiles &amp; API key. Nothing was sent.</source>
        <translation>Speichern Sie den Schlüssel für diesen Server unter „Profile &amp; API-Schlüssel“. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key is still being read from the keychain (it may be waiting to be unlocked). Try again in a moment. Nothing was sent.</source>
        <translation>Der API-Schlüssel wird noch aus dem Schlüsselbund gelesen (vielleicht wartet dieser darauf, entsperrt zu werden). Versuchen Sie es gleich noch einmal. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key could not be read from the keychain. Nothing was sent.</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden. Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>BulkPage</name>
    <message>
        <location filename="../ui/pages/bulkpage.cpp" line="+266"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Why it is not used</source>
        <translation>Warum sie nicht verwendet wird</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Windows tokens for many users</source>
        <translation>Windows-Tokens für viele Benutzer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows enrollment tokens for many users</source>
        <translation>Windows-Registrierungstokens für viele Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste or import the users&apos; e-mail addresses, choose the settings once, and send. Each user gets a token with the same settings.</source>
        <translation>Fügen Sie die E-Mail-Adressen der Benutzer ein oder importieren Sie sie, wählen Sie die Einstellungen einmal und senden Sie. Jeder Benutzer erhält ein Token mit denselben Einstellungen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Analysing… %1 %</source>
        <translation>Analyse… %1 %</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste e-mail addresses here: one per line, a mail client&apos;s To: line (Name &lt;address&gt;; …) or a CSV export with a header row.

Or drop a .csv or .txt file on this page.</source>
        <translation>E-Mail-Adressen hier einfügen: eine pro Zeile, die An:-Zeile eines Mailprogramms (Name &lt;Adresse&gt;; …) oder ein CSV-Export mit Kopfzeile.

Oder ziehen Sie eine .csv- oder .txt-Datei auf diese Seite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import file…</source>
        <translation>Datei &amp;importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import file</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read addresses from a CSV or text file (also by dropping it here)</source>
        <translation>Adressen aus einer CSV- oder Textdatei lesen (auch durch Ablegen hier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear addresses</source>
        <translation>Adressen leeren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Valid addresses</source>
        <translation>Gültige Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates removed</source>
        <translation>Entfernte Duplikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid lines</source>
        <translation>Ungültige Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid, will be sent</source>
        <translation>gültig, werden gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicates removed</source>
        <translation>Duplikate entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid, not sent</source>
        <translation>ungültig, nicht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysis status</source>
        <translation>Analysestatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines that are not used</source>
        <translation>Nicht verwendete Zeilen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click a line (or press Enter) to show it in the addresses</source>
        <translation>Klicken Sie auf eine Zeile (oder drücken Sie Eingabe), um sie in den Adressen anzuzeigen</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+16"/>
        <source>Settings for every token</source>
        <translation>Einstellungen für alle Tokens</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Addresses per request</source>
        <translation>Adressen pro Anfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many addresses go in one request. Smaller batches show progress more often and lose less when one fails.</source>
        <translation>Wie viele Adressen in eine Anfrage kommen. Kleinere Stapel zeigen den Fortschritt öfter und verlieren weniger, wenn einer fehlschlägt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests planned</source>
        <translation>Geplante Anfragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the form still needs</source>
        <translation>Was im Formular noch fehlt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token settings</source>
        <translation>Tokeneinstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create the tokens (Ctrl+Return); you confirm first</source>
        <translation>Tokens erstellen (Strg+Eingabe); vorher wird nachgefragt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm sending</source>
        <translation>Senden bestätigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will be sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, send</source>
        <translation>Ja, senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the form</source>
        <translation>Zurück zum Formular</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Retry selected batch</source>
        <translation>Ausgewählten Stapel wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+807"/>
        <source>Retry failed batches</source>
        <translation>Fehlgeschlagene Stapel wiederholen</translation>
    </message>
    <message>
        <location line="-804"/>
        <source>Sends again the batches that failed on the way. Batches the API answered are never sent again; for batches that may have been carried out (a timeout, a dropped connection, a server error) you are asked first.</source>
        <translation>Sendet die unterwegs fehlgeschlagenen Stapel erneut. Stapel, die die API beantwortet hat, werden nie erneut gesendet; bei Stapeln, die vielleicht ausgeführt wurden (Zeitüberschreitung, abgebrochene Verbindung, Serverfehler), werden Sie vorher gefragt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export log…</source>
        <translation>Protokoll exportieren…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The API reports only how many tokens each batch created, not which addresses failed (usually addresses with no MDM user). “Find who got no token” reads the token list to name them.</source>
        <translation>Die API meldet nur, wie viele Tokens jeder Stapel erstellt hat, nicht welche Adressen fehlgeschlagen sind (meist Adressen ohne MDM-Benutzer). „Wer hat kein Token?“ liest die Token-Liste, um sie zu benennen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find who got no token</source>
        <translation>Wer hat kein Token?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who got a token</source>
        <translation>Wer ein Token erhalten hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only those without a token</source>
        <translation>Nur die ohne Token auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the addresses without a token</source>
        <translation>Nur die Adressen ohne Token auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces the list with them (Ctrl+Z brings the list back).</source>
        <translation>Ersetzt die Liste durch sie (Strg+Z holt die Liste zurück).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Reading the token list… (%n page(s))</source>
        <translation>
            <numerusform>Token-Liste wird gelesen… (%n Seite)</numerusform>
            <numerusform>Token-Liste wird gelesen… (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Reading the token list…</source>
        <translation>Token-Liste wird gelesen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token list could not be read: %1</source>
        <translation>Die Token-Liste konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln address(es) checked have a token created since the run started.</source>
        <translation>
            <numerusform>%Ln geprüfte Adresse hat ein seit Beginn des Sendevorgangs erstelltes Token.</numerusform>
            <numerusform>%Ln geprüfte Adressen haben ein seit Beginn des Sendevorgangs erstelltes Token.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln address(es) have no token.</source>
        <translation>
            <numerusform>%Ln Adresse hat kein Token.</numerusform>
            <numerusform>%Ln Adressen haben kein Token.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the newest %1 tokens were read.</source>
        <translation>Nur die neuesten %1 Tokens wurden gelesen.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>CSV file: addresses read from column %1.</source>
        <translation>CSV-Datei: Adressen aus Spalte %1 gelesen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All the other lines were understood.</source>
        <translation>Alle anderen Zeilen wurden verstanden.</translation>
    </message>
    <message numerus="yes">
        <location line="+152"/>
        <source>Send to %n user(s)</source>
        <translation>
            <numerusform>An %n Benutzer senden</numerusform>
            <numerusform>An %n Benutzer senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Create Windows enrollment tokens for &lt;b&gt;%Ln user(s)&lt;/b&gt; in organization &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>
            <numerusform>Windows-Registrierungstokens für &lt;b&gt;%Ln Benutzer&lt;/b&gt; in der Organisation &lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt; erstellen.</numerusform>
            <numerusform>Windows-Registrierungstokens für &lt;b&gt;%Ln Benutzer&lt;/b&gt; in der Organisation &lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt; erstellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Each request carries up to %Ln address(es).</source>
        <translation>
            <numerusform>Jede Anfrage enthält bis zu %Ln Adresse.</numerusform>
            <numerusform>Jede Anfrage enthält bis zu %Ln Adressen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+218"/>
        <source>Sending to %1 — %2 of %Ln address(es) answered.</source>
        <translation>
            <numerusform>Senden an %1 – %2 von %Ln Adresse beantwortet.</numerusform>
            <numerusform>Senden an %1 – %2 von %Ln Adressen beantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Stopped: %n token(s) created.</source>
        <translation>
            <numerusform>Angehalten: %n Token erstellt.</numerusform>
            <numerusform>Angehalten: %n Tokens erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Finished: %n token(s) created.</source>
        <translation>
            <numerusform>Fertig: %n Token erstellt.</numerusform>
            <numerusform>Fertig: %n Tokens erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The API could not create %n of the tokens asked for (usually addresses without an MDM user).</source>
        <translation>
            <numerusform>Die API konnte %n der angeforderten Tokens nicht erstellen (meist eine Adresse ohne MDM-Benutzer).</numerusform>
            <numerusform>Die API konnte %n der angeforderten Tokens nicht erstellen (meist Adressen ohne MDM-Benutzer).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The run went to %1 on %2: switch back to that profile to send its batches.</source>
        <translation>Der Sendevorgang ging an %1 auf %2: Wechseln Sie zurück zu diesem Profil, um seine Stapel zu senden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry failed batches (%1)</source>
        <translation>Fehlgeschlagene Stapel wiederholen (%1)</translation>
    </message>
    <message>
        <location line="-1048"/>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Reason</source>
        <comment>invalid lines: why a line is not sent</comment>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Its tokens may exist, check before retrying: %1</source>
        <translation>Die Tokens existieren vielleicht, vor dem Wiederholen prüfen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be retried: %1</source>
        <translation>Kann wiederholt werden: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>An earlier attempt may have created tokens too: check for duplicates.</source>
        <translation>Ein früherer Versuch hat vielleicht auch Tokens erstellt: auf Duplikate prüfen.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The check stopped: another profile is in use.</source>
        <translation>Die Prüfung wurde abgebrochen: Ein anderes Profil ist aktiv.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Addr&amp;esses</source>
        <translation>Adr&amp;essen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Lines that &amp;will not be sent (click to show):</source>
        <translation>Zeilen, die ni&amp;cht gesendet werden (zum Anzeigen klicken):</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Removing the list from the box… %1 %</source>
        <translation>Die Liste wird aus dem Feld entfernt… %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the list to the box… %1 %</source>
        <translation>Die Liste wird ins Feld eingefügt… %1 %</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Addresses per re&amp;quest:</source>
        <translation>Adressen pr&amp;o Anfrage:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Batches sent</source>
        <translation>Gesendete Stapel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run status</source>
        <translation>Sendestatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed and remaining time</source>
        <translation>Verstrichene und verbleibende Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current batch (Esc)</source>
        <translation>Nach dem aktuellen Stapel anhalten (Esc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tokens created</source>
        <translation>Erstellte Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses the API counted as failed</source>
        <translation>Adressen, die die API als fehlgeschlagen gezählt hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses answered</source>
        <translation>Beantwortete Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batches done</source>
        <translation>Erledigte Stapel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens created</source>
        <translation>Tokens erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed (per the API)</source>
        <translation>fehlgeschlagen (laut API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>addresses answered</source>
        <translation>Adressen beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batches done</source>
        <translation>Stapel erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batches</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Retry the selected batch</source>
        <translation>Ausgewählten Stapel wiederholen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the rest</source>
        <translation>Rest senden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the batches not sent</source>
        <translation>Die nicht gesendeten Stapel senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the run&apos;s log as CSV</source>
        <translation>Das Protokoll des Sendevorgangs als CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Tokens page</source>
        <translation>Seite „Tokens“ öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List only the unanswered</source>
        <translation>Nur Unbeantwortete auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the addresses not answered</source>
        <translation>Nur die nicht beantworteten Adressen auflisten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces the list with the addresses of the failed and unsent batches (Ctrl+Z brings the list back). Failed batches that may have been carried out are included: check them first.</source>
        <translation>Ersetzt die Liste durch die Adressen der fehlgeschlagenen und nicht gesendeten Stapel (Strg+Z holt die Liste zurück). Fehlgeschlagene Stapel, die vielleicht ausgeführt wurden, sind enthalten: Prüfen Sie sie zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the batch&apos;s addresses</source>
        <translation>Adressen des Stapels kopieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About the results</source>
        <translation>Zu den Ergebnissen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reads the organization&apos;s Windows tokens created since the run started and matches them with the addresses of the batches that were answered or may have been carried out.</source>
        <translation>Liest die seit Beginn des Sendevorgangs erstellten Windows-Tokens der Organisation und gleicht sie mit den Adressen der Stapel ab, die beantwortet oder möglicherweise verarbeitet wurden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sending and results</source>
        <translation>Senden und Ergebnisse</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>&amp;Send the list</source>
        <translation>Liste &amp;senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel sending</source>
        <translation>Senden a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry &amp;failed batches</source>
        <translation>&amp;Fehlgeschlagene Stapel wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the &amp;rest</source>
        <translation>Res&amp;t senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export log…</source>
        <translation>Protokoll e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Analysing…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Nothing pasted yet.</source>
        <translation>Noch nichts eingefügt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV file: addresses read from column “%1” (header on line %2).</source>
        <translation>CSV-Datei: Adressen aus Spalte „%1“ gelesen (Kopfzeile in Zeile %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file: addresses read from column %1 (header on line %2).</source>
        <translation>CSV-Datei: Adressen aus Spalte %1 gelesen (Kopfzeile in Zeile %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty cells use column “%1”.</source>
        <translation>Leere Zellen verwenden Spalte „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header on line %1 skipped.</source>
        <translation>Kopfzeile in Zeile %1 übersprungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n line(s) before the header skipped (#TYPE, sep=).</source>
        <translation>
            <numerusform>%n Zeile vor der Kopfzeile übersprungen (#TYPE, sep=).</numerusform>
            <numerusform>%n Zeilen vor der Kopfzeile übersprungen (#TYPE, sep=).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n comment line(s) (# or //) skipped.</source>
        <translation>
            <numerusform>%n Kommentarzeile (# oder //) übersprungen.</numerusform>
            <numerusform>%n Kommentarzeilen (# oder //) übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 of %2 invalid lines are listed.</source>
        <translation>Nur die ersten %1 von %2 ungültigen Zeilen werden aufgeführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every line was understood.</source>
        <translation>Jede Zeile wurde verstanden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is too large to import (over %2 MB).</source>
        <translation>„%1“ ist zu groß zum Importieren (über %2 MB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Could not read “%1”.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” was not imported: a run is under way.</source>
        <translation>„%1“ wurde nicht importiert: Ein Sendevorgang läuft.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import addresses</source>
        <translation>Adressen importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Adresslisten (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>→ %n request(s)</source>
        <translation>
            <numerusform>→ %n Anfrage</numerusform>
            <numerusform>→ %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analysing addresses…</source>
        <translation>Adressen werden analysiert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send (no valid address yet)</source>
        <translation>Senden (noch keine gültige Adresse)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The list is sent in %Ln request(s).</source>
        <translation>
            <numerusform>Die Liste wird in %Ln Anfrage gesendet.</numerusform>
            <numerusform>Die Liste wird in %Ln Anfragen gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(This is the local sandbox.)</source>
        <translation>(Dies ist die lokale Sandbox.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each user will receive the enrollment e-mail.</source>
        <translation>Jeder Benutzer erhält die Registrierungs-E-Mail.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n invalid line(s) will not be sent.</source>
        <translation>
            <numerusform>%n ungültige Zeile wird nicht gesendet.</numerusform>
            <numerusform>%n ungültige Zeilen werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The results of the previous run will be replaced: export its log first if you need it.</source>
        <translation>Die Ergebnisse des vorherigen Sendevorgangs werden ersetzt: Exportieren Sie zuerst sein Protokoll, falls Sie es brauchen.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of these addresses were answered in the previous run and would get a second token: “List only the unanswered” leaves them out.</source>
        <translation>
            <numerusform>%n dieser Adressen wurde im vorigen Sendevorgang beantwortet und bekäme ein zweites Token: „Nur Unbeantwortete auflisten“ lässt sie weg.</numerusform>
            <numerusform>%n dieser Adressen wurden im vorigen Sendevorgang beantwortet und bekämen ein zweites Token: „Nur Unbeantwortete auflisten“ lässt sie weg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n of these addresses were in batches that failed after reaching the server (a timeout, a dropped connection, a server error): they may already have a token and its e-mail. “Find who got no token” tells which.</source>
        <translation>
            <numerusform>%n dieser Adressen war in Stapeln, die nach Erreichen des Servers fehlgeschlagen sind (Zeitüberschreitung, abgebrochene Verbindung, Serverfehler): Sie hat vielleicht schon ein Token und dessen E-Mail. „Wer hat kein Token?“ sagt, welche.</numerusform>
            <numerusform>%n dieser Adressen waren in Stapeln, die nach Erreichen des Servers fehlgeschlagen sind (Zeitüberschreitung, abgebrochene Verbindung, Serverfehler): Sie haben vielleicht schon ein Token und dessen E-Mail. „Wer hat kein Token?“ sagt, welche.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Send again?</source>
        <translation>Erneut senden?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n batch(es) failed after reaching the server (a timeout, a dropped connection or a server error). The server may have created their tokens and sent their e-mails: sending again could give those users a second token and a second e-mail.</source>
        <translation>
            <numerusform>%n Stapel ist nach Erreichen des Servers fehlgeschlagen (Zeitüberschreitung, abgebrochene Verbindung oder Serverfehler). Der Server hat seine Tokens vielleicht erstellt und die E-Mails gesendet: Erneutes Senden könnte diesen Benutzern ein zweites Token und eine zweite E-Mail geben.</numerusform>
            <numerusform>%n Stapel sind nach Erreichen des Servers fehlgeschlagen (Zeitüberschreitung, abgebrochene Verbindung oder Serverfehler). Der Server hat ihre Tokens vielleicht erstellt und die E-Mails gesendet: Erneutes Senden könnte diesen Benutzern ein zweites Token und eine zweite E-Mail geben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the Tokens page for these users first (the log lists each batch&apos;s addresses).</source>
        <translation>Prüfen Sie zuerst die Seite „Tokens“ für diese Benutzer (das Protokoll listet die Adressen jedes Stapels).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Only the %n surely not sent</source>
        <translation>
            <numerusform>Nur den %n sicher nicht gesendeten</numerusform>
            <numerusform>Nur die %n sicher nicht gesendeten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Elapsed %1</source>
        <translation>Verstrichen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimating time left…</source>
        <translation>verbleibende Zeit wird geschätzt…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%v of %m batches</source>
        <translation>%v von %m Stapeln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing sent yet.</source>
        <translation>Noch nichts gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping after the current batch…</source>
        <translation>Wird nach dem aktuellen Stapel angehalten…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n batch(es) failed, %1 can be retried.</source>
        <translation>
            <numerusform>%n Stapel fehlgeschlagen, %1 kann wiederholt werden.</numerusform>
            <numerusform>%n Stapel fehlgeschlagen, %1 können wiederholt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n batch(es) failed.</source>
        <translation>
            <numerusform>%n Stapel fehlgeschlagen.</numerusform>
            <numerusform>%n Stapel fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n batch(es) not sent.</source>
        <translation>
            <numerusform>%n Stapel nicht gesendet.</numerusform>
            <numerusform>%n Stapel nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not save the log to “%1”.</source>
        <translation>Das Protokoll konnte nicht unter „%1“ gespeichert werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the run&apos;s log</source>
        <translation>Protokoll des Sendevorgangs exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <location filename="../app/bulkrunner.cpp" line="+104"/>
        <source>E-mails: the list was read only in part; analyse it again.</source>
        <translation>E-Mails: Die Liste wurde nur teilweise gelesen; analysieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A run is already under way.</source>
        <translation>Es läuft bereits ein Sendevorgang.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The server or organization changed during the run; the remaining batches were not sent.</source>
        <translation>Server oder Organisation haben sich während des Sendens geändert; die übrigen Stapel wurden nicht gesendet.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <comment>batch state after cancel</comment>
        <translation>Nicht gesendet</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../ui/shell/connectionbanner.cpp" line="+24"/>
        <source>Profiles &amp;&amp; key…</source>
        <translation>Profile &amp;&amp; Schlüssel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the &amp;organization</source>
        <translation>&amp;Organisation kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the &amp;server address</source>
        <translation>&amp;Serveradresse kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Active profile</source>
        <translation>Aktives Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch profile (organization and server)</source>
        <translation>Profil wechseln (Organisation und Server)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No profile selected — add one under Profiles &amp; API key.</source>
        <translation>Kein Profil ausgewählt – fügen Sie eines unter „Profile &amp; API-Schlüssel“ hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization &lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>Organisation &lt;b&gt;%1&lt;/b&gt; auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SANDBOX — nothing here is real</source>
        <translation>SANDBOX – hier ist nichts echt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading key…</source>
        <translation>Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key ✓</source>
        <translation>Schlüssel ✓</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key for this session only</source>
        <translation>Schlüssel nur für diese Sitzung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No API key</source>
        <translation>Kein API-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../app/duration.cpp" line="+60"/>
        <source>0 minutes</source>
        <translation>0 Minuten</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+4"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../ui/widgets/durationedit.ui" line="+16"/>
        <source>Validity, coarse</source>
        <translation>Gültigkeit, grob</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag or use the arrow keys, Page Up, Page Down, Home and End to choose how long the token is valid</source>
        <translation>Ziehen oder mit den Pfeiltasten, Bild auf, Bild ab, Pos1 und Ende wählen, wie lange das Token gültig ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validity, exact number</source>
        <translation>Gültigkeit, genaue Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exact number of the chosen unit</source>
        <translation>Die genaue Anzahl der gewählten Einheit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Validity, unit</source>
        <translation>Gültigkeit, Einheit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../ui/widgets/durationedit.cpp" line="+133"/>
        <source>seconds</source>
        <comment>duration unit</comment>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <comment>duration unit</comment>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <comment>duration unit</comment>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <comment>duration unit</comment>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Expires %1, %2</source>
        <comment>token expiry: day, time</comment>
        <translation>Läuft ab: %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token created now expires %1 (local time).</source>
        <translation>Ein jetzt erstelltes Token läuft am %1 ab (Ortszeit).</translation>
    </message>
</context>
<context>
    <name>ElidedRunsLabel</name>
    <message>
        <location filename="../ui/widgets/elidedrunslabel.cpp" line="+21"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>EmailListParser</name>
    <message>
        <location filename="../app/emaillist.cpp" line="+938"/>
        <source>not an e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing @ sign</source>
        <translation>@-Zeichen fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than one @ sign</source>
        <translation>mehr als ein @-Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing before the @</source>
        <translation>nichts vor dem @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing domain</source>
        <translation>Domain fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address longer than %1 characters</source>
        <translation>Adresse länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>space or character not allowed before the @</source>
        <translation>Leerzeichen oder unzulässiges Zeichen vor dem @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts with a dot</source>
        <translation>beginnt mit einem Punkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dot right before the @</source>
        <translation>Punkt direkt vor dem @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two dots in a row</source>
        <translation>zwei Punkte hintereinander</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain has no dot (like example.com)</source>
        <translation>Domain ohne Punkt (wie beispiel.de)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>misplaced dot in the domain</source>
        <translation>falsch gesetzter Punkt in der Domain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>character not allowed in the domain</source>
        <translation>unzulässiges Zeichen in der Domain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain part starts or ends with a hyphen</source>
        <translation>Domainteil beginnt oder endet mit einem Bindestrich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain ending is not valid (like .com)</source>
        <translation>Domainendung ist ungültig (wie .de)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no e-mail address in this row</source>
        <translation>keine E-Mail-Adresse in dieser Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains an invisible character or a non-breaking space (retype the address)</source>
        <translation>enthält ein unsichtbares Zeichen oder ein geschütztes Leerzeichen (Adresse neu eingeben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other words next to the address (a space in it?); write a name as Name &lt;address&gt;</source>
        <translation>weitere Wörter neben der Adresse (ein Leerzeichen darin?); einen Namen als Name &lt;Adresse&gt; schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address inside a comment in parentheses; put it on a line of its own to include it</source>
        <translation>Adresse in einem Kommentar in Klammern; in eine eigene Zeile schreiben, um sie aufzunehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this row has more or fewer cells than the header (a comma or semicolon in a value without quotes?)</source>
        <translation>diese Zeile hat mehr oder weniger Zellen als die Kopfzeile (ein Komma oder Semikolon in einem Wert ohne Anführungszeichen?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a guest account&apos;s sign-in name (#EXT#), not a mailbox; use the guest&apos;s own address</source>
        <translation>Anmeldename eines Gastkontos (#EXT#), kein Postfach; verwenden Sie die eigene Adresse des Gastes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>not a valid e-mail address</source>
        <translation>keine gültige E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../ui/widgets/errorpanel.cpp" line="+19"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show error details</source>
        <translation>Fehlerdetails anzeigen</translation>
    </message>
</context>
<context>
    <name>HttpReply</name>
    <message>
        <location filename="../app/httpconnectionpool.cpp" line="+179"/>
        <source>no connection to %1 within %2 s</source>
        <translation>keine Verbindung zu %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer from %1 for %2 s</source>
        <translation>keine Antwort von %1 seit %2 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer from %1 took longer than %2 s in all</source>
        <translation>die Antwort von %1 dauerte insgesamt länger als %2 s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>the status line is too long</source>
        <translation>die Statuszeile ist zu lang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an HTTP/1.x answer: %1</source>
        <translation>keine HTTP/1.x-Antwort: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer has no valid status code</source>
        <translation>die Antwort hat keinen gültigen Statuscode</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+63"/>
        <source>the answer&apos;s headers are too large</source>
        <translation>die Kopfzeilen der Antwort sind zu groß</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>a header line has no name</source>
        <translation>eine Kopfzeile hat keinen Namen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a chunk of the answer has no valid size</source>
        <translation>ein Teil (Chunk) der Antwort hat keine gültige Größe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a chunk of the answer is longer than its size</source>
        <translation>ein Teil (Chunk) der Antwort ist länger als angegeben</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the answer gives two different lengths</source>
        <translation>die Antwort nennt zwei verschiedene Längen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the answer&apos;s length is not a number</source>
        <translation>die Länge der Antwort ist keine Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is %1 bytes</source>
        <translation>die Antwort ist %1 Bytes groß</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a line of the answer is too long</source>
        <translation>eine Zeile der Antwort ist zu lang</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the answer is larger than %1 bytes</source>
        <translation>die Antwort ist größer als %1 Bytes</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the connection closed in the middle of the answer</source>
        <translation>die Verbindung wurde mitten in der Antwort geschlossen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the connection closed before the answer; the request was not sent again</source>
        <translation>die Verbindung wurde vor der Antwort geschlossen; die Anfrage wurde nicht erneut gesendet</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unsupported address: %1</source>
        <translation>nicht unterstützte Adresse: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the header %1 contains a line break or a NUL byte; nothing was sent</source>
        <translation>der Header %1 enthält einen Zeilenumbruch oder ein NUL-Byte; es wurde nichts gesendet</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/shell/languagemenu.cpp" line="+11"/>
        <source>&amp;Language</source>
        <comment>menu: the language of the console, not of the enrollment e-mail</comment>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;System language (%1)</source>
        <translation>&amp;Systemsprache (%1)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The console will be in %1 the next time you start EnrollDesk.</source>
        <translation>Sprache der Konsole ab dem nächsten Start von EnrollDesk: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../ui/widgets/languagepicker.cpp" line="+17"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>(not set)</source>
        <comment>language left out of the request</comment>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the language out: the API uses its own default</source>
        <translation>Sprache weglassen: Die API verwendet ihre eigene Standardsprache</translation>
    </message>
</context>
<context>
    <name>LimitedLineEdit</name>
    <message numerus="yes">
        <location filename="../ui/widgets/limitedlineedit.cpp" line="+40"/>
        <source>At most %Ln character(s)</source>
        <comment>the limit of a field</comment>
        <translation>
            <numerusform>Höchstens %Ln Zeichen</numerusform>
            <numerusform>Höchstens %Ln Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>this text has %Ln</source>
        <comment>characters, after the limit</comment>
        <translation>
            <numerusform>dieser Text hat %Ln</numerusform>
            <numerusform>dieser Text hat %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln too many</source>
        <comment>characters over the limit</comment>
        <translation>
            <numerusform>%Ln zu viel</numerusform>
            <numerusform>%Ln zu viel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2, %3.</source>
        <comment>the limit; the text&apos;s length, how many characters too many</comment>
        <translation>%1; %2, %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 / %2</source>
        <comment>characters used / allowed</comment>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 · %Ln too many</source>
        <comment>counter, then how many characters to remove</comment>
        <translation>
            <numerusform>%1 · %Ln zu viel</numerusform>
            <numerusform>%1 · %Ln zu viel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/mainwindow.cpp" line="+49"/>
        <source>EnrollDesk</source>
        <translation>EnrollDesk</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Windows token</source>
        <translation>Windows-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows tokens
(many users)</source>
        <translation>Windows-Tokens
(viele Benutzer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Android token</source>
        <translation>Android-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles &amp; API key</source>
        <translation>Profile &amp; API-Schlüssel</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Requests in progress</source>
        <translation>Laufende Anfragen</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%Ln token(s) listed here.</source>
        <translation>
            <numerusform>%Ln Token hier aufgeführt.</numerusform>
            <numerusform>%Ln Tokens hier aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln created by bulk runs, which the API answers with counts only: the Tokens page lists them.</source>
        <translation>
            <numerusform>%Ln von Massenläufen erstellt, die die API nur mit Anzahlen beantwortet: Die Seite „Tokens“ listet es auf.</numerusform>
            <numerusform>%Ln von Massenläufen erstellt, die die API nur mit Anzahlen beantwortet: Die Seite „Tokens“ listet sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Go</source>
        <translation>Gehe &amp;zu</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>&amp;Windows token</source>
        <comment>Go menu</comment>
        <translation>&amp;Windows-Token</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>%1 (%2)</source>
        <comment>page name (its keys)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Windows tokens (&amp;many users)</source>
        <comment>Go menu</comment>
        <translation>Windows-Tokens (viele &amp;Benutzer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Android token</source>
        <comment>Go menu</comment>
        <translation>&amp;Android-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tokens</source>
        <comment>Go menu</comment>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles &amp;&amp; API key</source>
        <comment>Go menu</comment>
        <translation>&amp;Profile &amp;&amp; API-Schlüssel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Token</source>
        <comment>menu</comment>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About EnrollDesk</source>
        <translation>Ü&amp;ber EnrollDesk</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Created this session</source>
        <translation>Diese Sitzung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tokens created in this session</source>
        <translation>In dieser Sitzung erstellte Tokens</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Created this session: %1</source>
        <translation>In dieser Sitzung erstellt: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Created in organization %1 on %2, not the active profile&apos;s</source>
        <translation>Erstellt in der Organisation %1 auf %2, nicht im aktiven Profil</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>%n Anfrage läuft</numerusform>
            <numerusform>%n Anfragen laufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Go to a page (also %1, then the page&apos;s letter)</source>
        <translation>Zu einer Seite wechseln (auch %1, dann der Buchstabe der Seite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the token / send the list</source>
        <translation>Token erstellen / Liste senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the request in progress, or close the token details (Tokens page)</source>
        <translation>Laufende Anfrage abbrechen oder die Token-Details schließen (Seite „Tokens“)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the enroll code</source>
        <translation>Anmeldecode kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the enrollment link</source>
        <translation>Registrierungslink kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the token list</source>
        <translation>Token-Liste aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add / remove a policy assignment</source>
        <translation>Richtlinienzuweisung hinzufügen / entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move a policy assignment</source>
        <translation>Richtlinienzuweisung verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jump to a field</source>
        <translation>Zu einem Feld springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, arrow keys</source>
        <translation>%1, Pfeiltasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the Android management mode</source>
        <translation>Android-Verwaltungsmodus wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a batch row&apos;s addresses (bulk page)</source>
        <translation>Adressen einer Stapelzeile kopieren (Massenseite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo Clear or List only the unanswered (bulk page)</source>
        <translation>„Leeren“ oder „Nur die Unbeantworteten auflisten“ rückgängig machen (Massenseite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the tokens created this session</source>
        <translation>In dieser Sitzung erstellte Tokens anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the API key being typed (Profiles page)</source>
        <translation>Eingegebenen API-Schlüssel zeigen oder verbergen (Seite „Profile“)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the QR code that has the focus</source>
        <translation>QR-Code drucken, der den Fokus hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the list of the banner&apos;s profile switcher</source>
        <translation>Liste der Profilauswahl im Banner öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the banner&apos;s line (Tab reaches it): copy it / copy the organization or the server alone</source>
        <translation>In der Bannerzeile (mit Tab erreichbar): sie kopieren / nur die Organisation oder den Server kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Quit without sending the list?</source>
        <translation>Beenden, ohne die Liste zu senden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list of addresses has not been sent. If you quit now, it is lost.</source>
        <translation>Die Adressliste wurde nicht gesendet. Wenn Sie jetzt beenden, geht sie verloren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quit without creating the token?</source>
        <translation>Beenden, ohne das Token zu erstellen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows and Android token forms are filled in, but their tokens have not been created. If you quit now, what you entered is lost.</source>
        <translation>Die Formulare für Windows- und Android-Token sind ausgefüllt, aber ihre Tokens wurden nicht erstellt. Wenn Sie jetzt beenden, gehen Ihre Eingaben verloren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Windows token form is filled in, but the token has not been created. If you quit now, what you entered is lost.</source>
        <translation>Das Formular für das Windows-Token ist ausgefüllt, aber das Token wurde nicht erstellt. Wenn Sie jetzt beenden, gehen Ihre Eingaben verloren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Android token form is filled in, but the token has not been created. If you quit now, what you entered is lost.</source>
        <translation>Das Formular für das Android-Token ist ausgefüllt, aber das Token wurde nicht erstellt. Wenn Sie jetzt beenden, gehen Ihre Eingaben verloren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quit and lose the setup QR codes?</source>
        <translation>Beenden und die Einrichtungs-QR-Codes verlieren?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n Android token(s) created this session: EnrollDesk cannot show their setup QR codes after you quit. Save or print the ones still needed first.</source>
        <translation>
            <numerusform>%n Android-Token in dieser Sitzung erstellt: EnrollDesk kann seinen Einrichtungs-QR-Code nach dem Beenden nicht mehr zeigen. Speichern oder drucken Sie ihn vorher, falls er noch gebraucht wird.</numerusform>
            <numerusform>%n Android-Tokens in dieser Sitzung erstellt: EnrollDesk kann ihre Einrichtungs-QR-Codes nach dem Beenden nicht mehr zeigen. Speichern oder drucken Sie vorher die noch benötigten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Stop sending and quit?</source>
        <translation>Senden abbrechen und beenden?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit without the run&apos;s log?</source>
        <translation>Ohne das Protokoll des Sendevorgangs beenden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens are still being created for the pasted list. If you quit now, the rest of the list is not sent, and the batch under way is abandoned: the API may still create its tokens. Export the run&apos;s log first to keep a record.</source>
        <translation>Für die eingefügte Liste werden noch Tokens erstellt. Wenn Sie jetzt beenden, wird der Rest der Liste nicht gesendet und der laufende Stapel aufgegeben: Die API kann dessen Tokens trotzdem noch erstellen. Exportieren Sie zuerst das Protokoll des Sendevorgangs, um einen Nachweis zu behalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some batches of the last bulk run failed or were not sent, and the run&apos;s log has not been exported. It is the only record of which addresses were answered: export it first to send the rest later.</source>
        <translation>Einige Stapel des letzten Massen-Sendevorgangs sind fehlgeschlagen oder wurden nicht gesendet, und das Protokoll des Sendevorgangs wurde nicht exportiert. Es ist der einzige Nachweis, welche Adressen beantwortet wurden: Exportieren Sie es zuerst, um den Rest später zu senden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quit while a token is being created?</source>
        <translation>Beenden, während ein Token erstellt wird?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token is still being created. If you quit now, the API may still create it (and send its e-mail, if one was asked for), but its enroll code will not be shown.</source>
        <translation>Ein Token wird gerade erstellt. Wenn Sie jetzt beenden, erstellt die API es möglicherweise trotzdem (und sendet seine E-Mail, falls angefordert), aber sein Registrierungscode wird nicht angezeigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quit without saving the profile?</source>
        <translation>Beenden, ohne das Profil zu speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile on the Profiles page has changes that are not saved yet. If you quit now, they are lost.</source>
        <translation>Das Profil auf der Seite „Profile“ hat Änderungen, die noch nicht gespeichert sind. Wenn Sie jetzt beenden, gehen sie verloren.</translation>
    </message>
</context>
<context>
    <name>PolicyAssignmentsTable</name>
    <message>
        <location filename="../ui/widgets/policyassignmentstable.ui" line="+13"/>
        <source>Policy assignments</source>
        <translation>Richtlinienzuweisungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert adds a row, Delete removes it, Alt+Up and Alt+Down move it, F2 edits the current cell</source>
        <translation>Einfg fügt eine Zeile hinzu, Entf entfernt sie, Alt+Nach oben und Alt+Nach unten verschieben sie, F2 bearbeitet die aktuelle Zelle</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+80"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="-13"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+230"/>
        <location line="+18"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Add a policy assignment</source>
        <translation>Richtlinienzuweisung hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="-18"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Remove the selected assignment</source>
        <translation>Ausgewählte Zuweisung entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move the selected assignment up</source>
        <translation>Ausgewählte Zuweisung nach oben verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move the selected assignment down</source>
        <translation>Ausgewählte Zuweisung nach unten verschieben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Policy assignments status</source>
        <translation>Status der Richtlinienzuweisungen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="-217"/>
        <location line="+1"/>
        <source>Policy id</source>
        <translation>Richtlinien-ID</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+331"/>
        <source>Unknown policy %1</source>
        <translation>Unbekannte Richtlinie %1</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Assign one more policy</source>
        <translation>Eine weitere Richtlinie zuweisen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <comment>action tooltip: what it does (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No policy assigned.</source>
        <translation>Keine Richtlinie zugewiesen.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Policy assignment %1: “%2” is already assigned in row %3.</source>
        <translation>Richtlinienzuweisung %1: „%2“ ist bereits in Zeile %3 zugewiesen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(choose a policy)</source>
        <translation>(Richtlinie wählen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F2 or double-click to type the policy&apos;s id</source>
        <translation>F2 oder Doppelklick, um die ID der Richtlinie einzugeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F2 or double-click to choose the policy</source>
        <translation>F2 drücken oder doppelklicken, um die Richtlinie zu wählen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No policy assigned. Add one with the Add button or the Insert key.</source>
        <translation>Keine Richtlinie zugewiesen. Fügen Sie eine mit der Schaltfläche „Hinzufügen“ oder der Einfg-Taste hinzu.</translation>
    </message>
</context>
<context>
    <name>PolicyPicker</name>
    <message>
        <location filename="../ui/widgets/policypicker.cpp" line="+30"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Policy id</source>
        <translation>Richtlinien-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy id: 24 hexadecimal characters, or empty for none</source>
        <translation>Richtlinien-ID: 24 Hexadezimalzeichen, oder leer für keine</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+67"/>
        <location line="+149"/>
        <source>(none)</source>
        <comment>no primary policy</comment>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-215"/>
        <location line="+67"/>
        <source>No primary policy: the field is left out of the request</source>
        <translation>Keine primäre Richtlinie: Das Feld wird in der Anfrage weggelassen</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Unknown policy %1</source>
        <translation>Unbekannte Richtlinie %1</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Could not load the policies: %1
Click to try again.</source>
        <translation>Die Richtlinien konnten nicht geladen werden: %1
Zum erneuten Versuchen klicken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the policies; try again</source>
        <translation>Die Richtlinien konnten nicht geladen werden; erneut versuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the policies…</source>
        <translation>Richtlinien werden geladen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load the policies again</source>
        <translation>Richtlinien erneut laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the policies</source>
        <translation>Richtlinien neu laden</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <location filename="../ui/widgets/printdialogs.cpp" line="+20"/>
        <source>%1 was not found in %2.</source>
        <translation>%1 wurde nicht gefunden in %2.</translation>
    </message>
</context>
<context>
    <name>ProfileKeys</name>
    <message>
        <location filename="../app/profilekeys.cpp" line="+99"/>
        <source>The key kept for this profile was stored for another server.</source>
        <translation>Der für dieses Profil gespeicherte Schlüssel wurde für einen anderen Server gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/profiles.cpp" line="+185"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Sandbox</source>
        <comment>the built-in profile that talks to the local API emulator</comment>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name: required.</source>
        <translation>Name: erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name: at most %1 characters (this one has %2).</source>
        <translation>Name: höchstens %1 Zeichen (dieser hat %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name: another profile is already called “%1”.</source>
        <translation>Name: Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Base URL: use https:// (http:// only for this computer).</source>
        <translation>Basis-URL: Verwenden Sie https:// (http:// nur für diesen Computer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL: %1</source>
        <translation>Basis-URL: %1</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../ui/pages/profilespage.cpp" line="+136"/>
        <source>Profiles and API key</source>
        <translation>Profile und API-Schlüssel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Profiles &amp; API key</source>
        <translation>Profile &amp; API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A profile is a server and an organization. Its API key is kept only in the OS keychain, never in a file.</source>
        <translation>Ein Profil ist ein Server und eine Organisation. Sein API-Schlüssel liegt nur im Schlüsselbund des Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a profile to use it</source>
        <translation>Doppelklicken Sie auf ein Profil, um es zu verwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>Ne&amp;u</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a profile for another server or organization</source>
        <translation>Ein Profil für einen anderen Server oder eine andere Organisation hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this profile (and its API key) under a new name</source>
        <translation>Dieses Profil (und seinen API-Schlüssel) unter neuem Namen kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this profile and its API key</source>
        <translation>Dieses Profil und seinen API-Schlüssel löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+423"/>
        <source>Save or revert your changes to switch profiles.</source>
        <translation>Speichern oder verwerfen Sie Ihre Änderungen, um das Profil zu wechseln.</translation>
    </message>
    <message>
        <location line="-380"/>
        <location filename="../ui/pages/profilespagekey.cpp" line="+423"/>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;No keychain is available.&lt;/b&gt; EnrollDesk keeps API keys only in the OS keychain (Secret Service), and none answered: it is not running, it is locked, or access was denied. Nothing is written to a file instead. You can still use a key &lt;b&gt;for this session only&lt;/b&gt;: it stays in memory and is forgotten when EnrollDesk closes.</source>
        <translation>&lt;b&gt;Kein Schlüsselbund verfügbar.&lt;/b&gt; EnrollDesk bewahrt API-Schlüssel nur im Schlüsselbund des Systems (Secret Service) auf, und keiner hat geantwortet: Er läuft nicht, ist gesperrt, oder der Zugriff wurde verweigert. Ersatzweise wird nichts in eine Datei geschrieben. Sie können einen Schlüssel trotzdem &lt;b&gt;nur für diese Sitzung&lt;/b&gt; verwenden: Er bleibt im Speicher und wird beim Schließen von EnrollDesk vergessen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the keychain again</source>
        <translation>Schlüsselbund erneut prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain check result</source>
        <translation>Ergebnis der Schlüsselbund-Prüfung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Active profile</source>
        <translation>Aktives Profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this &amp;profile</source>
        <translation>Dieses &amp;Profil verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this profile</source>
        <translation>Dieses Profil verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this the active profile: every page then works in its organization</source>
        <translation>Zum aktiven Profil machen: Alle Seiten arbeiten dann in seiner Organisation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Confirm deletion</source>
        <translation>Löschen bestätigen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the profile</source>
        <translation>Profil behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Profile settings</source>
        <translation>Profileinstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Acme production</source>
        <translation>z. B. Acme Produktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https:// only; http:// is allowed for this computer (the sandbox)</source>
        <translation>Nur https://; http:// ist für diesen Computer erlaubt (die Sandbox)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pages/profilespagekey.cpp" line="-235"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization id (24 hex digits) or slug</source>
        <translation>Organisations-ID (24 Hexadezimalziffern) oder Slug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connection lists the organizations the key can reach: pick one there</source>
        <translation>„Verbindung testen“ listet die Organisationen auf, die der Schlüssel erreicht: Wählen Sie dort eine aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default e-mail language</source>
        <translation>Standardsprache der E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the enrollment e-mail when a form does not say</source>
        <translation>Die Sprache der Registrierungs-E-Mail, wenn ein Formular keine angibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default token validity</source>
        <translation>Standardgültigkeit der Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long new tokens stay valid unless a form says otherwise</source>
        <translation>Wie lange neue Tokens gültig bleiben, sofern ein Formular nichts anderes angibt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;base URL:</source>
        <translation>API-&amp;Basis-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;language:</source>
        <translation>Standard&amp;sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default val&amp;idity:</source>
        <translation>Standard&amp;gültigkeit:</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Save &amp;changes</source>
        <translation>&amp;Änderungen speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;evert</source>
        <translation>V&amp;erwerfen</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Profile “%1” was removed meanwhile (in another window or with the command line), so it could not be saved. What you typed is kept here as a new profile: choose Add profile to keep it.</source>
        <translation>Das Profil „%1“ wurde inzwischen entfernt (in einem anderen Fenster oder über die Befehlszeile) und konnte daher nicht gespeichert werden. Ihre Eingaben bleiben hier als neues Profil erhalten: Wählen Sie „Profil hinzufügen“, um sie zu behalten.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Deleted profile “%1”, but its API key could not be removed, so it may still be in the keychain (entry “%2”, service “%3”).</source>
        <translation>Profil „%1“ gelöscht, aber sein API-Schlüssel konnte nicht entfernt werden und ist womöglich noch im Schlüsselbund (Eintrag „%2“, Dienst „%3“).</translation>
    </message>
    <message>
        <location line="-578"/>
        <source>Revert changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Check the &amp;keychain again</source>
        <translation>Schlüsselbund erneut &amp;versuchen</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespagekey.cpp" line="-108"/>
        <location line="+7"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>API key state</source>
        <translation>Status des API-Schlüssels</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test &amp;&amp; &amp;save key</source>
        <translation>Testen &amp;&amp; spei&amp;chern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test and save the key in the keychain</source>
        <translation>Schlüssel testen und im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespage.cpp" line="+269"/>
        <location filename="../ui/pages/profilespagekey.cpp" line="+1"/>
        <source>Checks the key with the server, then stores it in the OS keychain</source>
        <translation>Prüft den Schlüssel beim Server und speichert ihn dann im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespagekey.cpp" line="+2"/>
        <source>Use the key for this session only</source>
        <translation>Schlüssel nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the key in memory only; it is forgotten when EnrollDesk closes</source>
        <translation>Hält den Schlüssel nur im Speicher; er wird beim Schließen von EnrollDesk vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Remove the key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Removes this profile&apos;s key from the keychain and from this session</source>
        <translation>Entfernt den Schlüssel dieses Profils aus dem Schlüsselbund und aus dieser Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key result</source>
        <translation>Ergebnis zum Schlüssel</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+11"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Test connection</source>
        <translation>Verb&amp;indung testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organizations the key can reach</source>
        <translation>Organisationen, die der Schlüssel erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use the selected organization in this profile</source>
        <translation>Die ausgewählte Organisation in diesem Profil verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection or key error</source>
        <translation>Verbindungs- oder Schlüsselfehler</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespage.cpp" line="-218"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (active), %2</source>
        <translation>%1 (aktiv), %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+72"/>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Type the API key again below to use it with this server: a stored key is only sent to the server it was saved for. It stays stored until the key typed for this server has been tested and saved.</source>
        <translation>Geben Sie den API-Schlüssel unten erneut ein, um ihn mit diesem Server zu verwenden: Ein gespeicherter Schlüssel wird nur an den Server gesendet, für den er gespeichert wurde. Er bleibt gespeichert, bis der für diesen Server eingegebene Schlüssel geprüft und gespeichert wurde.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Add profile</source>
        <translation>Profil hinzu&amp;fügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the new profile, or cancel it, to switch profiles.</source>
        <translation>Fügen Sie das neue Profil hinzu oder brechen Sie es ab, um das Profil zu wechseln.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No keychain is available: use the key for this session only</source>
        <translation>Kein Schlüsselbund verfügbar: Verwenden Sie den Schlüssel nur für diese Sitzung</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Discard the new profile, and the API key typed for it?</source>
        <translation>Das neue Profil und den dafür eingegebenen API-Schlüssel verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the new profile and what was typed into it?</source>
        <translation>Das neue Profil und die Eingaben dafür verwerfen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard your changes to profile &lt;b&gt;%1&lt;/b&gt;, and the API key typed for it? The key has not been saved.</source>
        <translation>Ihre Änderungen am Profil &lt;b&gt;%1&lt;/b&gt; und den dafür eingegebenen API-Schlüssel verwerfen? Der Schlüssel wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard the API key typed for profile &lt;b&gt;%1&lt;/b&gt;? It has not been saved.</source>
        <translation>Den für das Profil &lt;b&gt;%1&lt;/b&gt; eingegebenen API-Schlüssel verwerfen? Er wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Added profile “%1”.</source>
        <translation>Profil „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved profile “%1”.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Duplicated as “%1”.</source>
        <translation>Als „%1“ dupliziert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The session key was copied too.</source>
        <translation>Der Sitzungsschlüssel wurde ebenfalls kopiert.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The API key was copied too.</source>
        <translation>Der API-Schlüssel wurde ebenfalls kopiert.</translation>
    </message>
    <message>
        <location line="-466"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep what you typed</source>
        <translation>Eingaben behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard what you typed</source>
        <translation>Eingaben verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm discarding what you typed</source>
        <translation>Verwerfen der Eingaben bestätigen</translation>
    </message>
    <message>
        <location line="+478"/>
        <source>Delete profile &lt;b&gt;%1&lt;/b&gt;? Its API key is removed from the keychain too. This cannot be undone.</source>
        <translation>Profil &lt;b&gt;%1&lt;/b&gt; löschen? Sein API-Schlüssel wird ebenfalls aus dem Schlüsselbund entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete profile &lt;b&gt;%1&lt;/b&gt;? Its API key, kept for this session only, is forgotten too. This cannot be undone.</source>
        <translation>Profil &lt;b&gt;%1&lt;/b&gt; löschen? Sein nur für diese Sitzung verwendeter API-Schlüssel wird ebenfalls vergessen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete profile &lt;b&gt;%1&lt;/b&gt;? This cannot be undone.</source>
        <translation>Profil &lt;b&gt;%1&lt;/b&gt; löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No profile will be left: a new one must then be added.</source>
        <translation>Es bleibt kein Profil übrig: Dann muss ein neues angelegt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No profile is left: a new one must be added.</source>
        <translation>Es ist kein Profil mehr vorhanden: Ein neues muss angelegt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every page will then work with profile “%1”.</source>
        <translation>Alle Seiten arbeiten dann mit dem Profil „%1“.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deleted profile “%1”; removing its API key from the keychain…</source>
        <translation>Profil „%1“ gelöscht; sein API-Schlüssel wird aus dem Schlüsselbund entfernt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted profile “%1” and forgot its session key.</source>
        <translation>Profil „%1“ gelöscht und seinen Sitzungsschlüssel vergessen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted profile “%1”.</source>
        <translation>Profil „%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deleted profile “%1” and its API key.</source>
        <translation>Profil „%1“ und sein API-Schlüssel wurden gelöscht.</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+69"/>
        <source>Every page now works with profile “%1”.</source>
        <translation>Alle Seiten arbeiten jetzt mit dem Profil „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespagekey.cpp" line="-92"/>
        <source>Use for this session onl&amp;y</source>
        <translation>Nur &amp;für diese Sitzung verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move key</source>
        <translation>Schlüssel en&amp;tfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep the key</source>
        <translation>Schlüssel behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm removing the key</source>
        <translation>Entfernen des Schlüssels bestätigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ne&amp;w key:</source>
        <translation>Neuer API-Ke&amp;y:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Asks the server which organizations the key can reach, with the key typed above or else the stored one. Click one in the list, or press Enter on it, to fill in the organization.</source>
        <translation>Fragt den Server, welche Organisationen der Schlüssel erreicht – mit dem oben eingegebenen Schlüssel oder sonst dem gespeicherten. Klicken Sie auf eine in der Liste oder drücken Sie darauf die Eingabetaste, um die Organisation einzutragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the server which organizations the key can reach, with the key typed above or else the stored one. Double-click one in the list, or press Enter on it, to fill in the organization.</source>
        <translation>Fragt den Server, welche Organisationen der Schlüssel erreicht – mit dem oben eingegebenen Schlüssel oder sonst dem gespeicherten. Doppelklicken Sie auf eine in der Liste oder drücken Sie darauf die Eingabetaste, um die Organisation einzutragen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use selected organi&amp;zation</source>
        <translation>Ausgewählte Organisation ver&amp;wenden</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The keychain is still not available. Start or unlock it, then check again.</source>
        <translation>Der Schlüsselbund ist weiterhin nicht verfügbar. Starten oder entsperren Sie ihn und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Reading the key…</source>
        <translation>Schlüssel wird gelesen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sandbox demo key</source>
        <translation>Demo-Schlüssel der Sandbox</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ Stored in the keychain</source>
        <translation>✓ Im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local sandbox&apos;s public demo key is used. It is never stored.</source>
        <translation>Der öffentliche Demo-Schlüssel der lokalen Sandbox wird verwendet. Er wird nie gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To replace it, paste the new key below and choose Test &amp; save key.</source>
        <translation>Um ihn zu ersetzen, fügen Sie unten den neuen Schlüssel ein und wählen „Testen &amp; speichern“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session only</source>
        <translation>Nur diese Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is kept in memory and forgotten when EnrollDesk closes.</source>
        <translation>Der Schlüssel wird im Speicher gehalten und beim Schließen von EnrollDesk vergessen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No key yet</source>
        <translation>Noch kein Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the key for this server below, then choose Test &amp; save key.</source>
        <translation>Fügen Sie unten den Schlüssel für diesen Server ein und wählen Sie dann „Testen &amp; speichern“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste the service account&apos;s API key to test the connection now; it is stored in the keychain when you add the profile.</source>
        <translation>Fügen Sie den API-Schlüssel des Dienstkontos ein, um die Verbindung gleich zu testen; er wird beim Hinzufügen des Profils im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile has no API key yet. Paste the service account&apos;s key below, then choose Test &amp; save key. It is kept only in the OS keychain.</source>
        <translation>Dieses Profil hat noch keinen API-Schlüssel. Fügen Sie unten den Schlüssel des Dienstkontos ein und wählen Sie „Testen &amp; speichern“. Er liegt nur im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key cannot be read or stored. Paste it below and use it for this session only, or start or unlock the keychain and try again.</source>
        <translation>Der Schlüssel kann weder gelesen noch gespeichert werden. Fügen Sie ihn unten ein und verwenden Sie ihn nur für diese Sitzung, oder starten bzw. entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paste a new key to replace the current one</source>
        <translation>Neuen Schlüssel einfügen, um den aktuellen zu ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the service account&apos;s API key</source>
        <translation>API-Schlüssel des Dienstkontos einfügen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Base URL: %1</source>
        <translation>Basis-URL: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This profile has no API key yet: paste it above to test the connection.</source>
        <translation>Dieses Profil hat noch keinen API-Schlüssel: Fügen Sie ihn oben ein, um die Verbindung zu testen.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>✓ Connected. The key reaches %n organization(s).</source>
        <translation>
            <numerusform>✓ Verbunden. Der Schlüssel erreicht %n Organisation.</numerusform>
            <numerusform>✓ Verbunden. Der Schlüssel erreicht %n Organisationen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not one of them: click one below to use it instead.</source>
        <translation>„%1“ gehört nicht dazu: Klicken Sie unten auf eine, um stattdessen diese zu verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not one of them: double-click one below to use it instead.</source>
        <translation>„%1“ gehört nicht dazu: Doppelklicken Sie unten auf eine, um stattdessen diese zu verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click one below to fill in the organization.</source>
        <translation>Klicken Sie unten auf eine, um die Organisation einzutragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click one below to fill in the organization.</source>
        <translation>Doppelklicken Sie unten auf eine, um die Organisation einzutragen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✗ The connection test failed.</source>
        <translation>✗ Der Verbindungstest ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Organization set to “%1”.</source>
        <translation>Organisation auf „%1“ gesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization set to “%1”: save the profile to keep it.</source>
        <translation>Organisation auf „%1“ gesetzt: Speichern Sie das Profil, um sie zu behalten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Correct the profile first: the key is saved with it.</source>
        <translation>Korrigieren Sie zuerst das Profil: Der Schlüssel wird mit ihm gespeichert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Testing the key…</source>
        <translation>Schlüssel wird getestet…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+90"/>
        <source>The key was not saved.</source>
        <translation>Der Schlüssel wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+34"/>
        <source>Save without testing</source>
        <translation>Ohne Test speichern</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Use without testing</source>
        <translation>Ohne Test verwenden</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Testing the key with the new server…</source>
        <translation>Der Schlüssel wird mit dem neuen Server geprüft…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was saved: the profile keeps its server and its stored key.</source>
        <translation>Nichts wurde gespeichert: Das Profil behält seinen Server und seinen gespeicherten Schlüssel.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The key is used for this session only.</source>
        <translation>Der Schlüssel wird nur für diese Sitzung verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>Saving in the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The profile no longer exists, so the key was not saved.</source>
        <translation>Das Profil existiert nicht mehr, daher wurde der Schlüssel nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No keychain is available, so the key was not saved.</source>
        <translation>Kein Schlüsselbund verfügbar, daher wurde der Schlüssel nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>Saved in the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The key was not saved, so the profile keeps its server and its stored key.</source>
        <translation>Der Schlüssel wurde nicht gespeichert, daher behält das Profil seinen Server und seinen gespeicherten Schlüssel.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Forget the key of profile &lt;b&gt;%1&lt;/b&gt; kept for this session? It has to be pasted again to create tokens.</source>
        <translation>Den für diese Sitzung gehaltenen Schlüssel von Profil &lt;b&gt;%1&lt;/b&gt; vergessen? Um Tokens zu erstellen, muss er dann erneut eingefügt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the API key of profile &lt;b&gt;%1&lt;/b&gt; from the keychain? EnrollDesk cannot show it again: keep a copy elsewhere if it will be needed.</source>
        <translation>Den API-Schlüssel von Profil &lt;b&gt;%1&lt;/b&gt; aus dem Schlüsselbund entfernen? EnrollDesk kann ihn nicht wieder anzeigen: Bewahren Sie eine Kopie an anderer Stelle auf, wenn Sie ihn noch brauchen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The session key was forgotten.</source>
        <translation>Der Sitzungsschlüssel wurde vergessen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key was removed from the keychain.</source>
        <translation>Der Schlüssel wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <location filename="../ui/widgets/qrview.cpp" line="+78"/>
        <location line="+14"/>
        <location line="+54"/>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the full-screen view (Esc)</source>
        <translation>Vollbildansicht schließen (Esc)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Press Esc to close</source>
        <translation>Zum Schließen Esc drücken</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save as P&amp;NG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;SVG…</source>
        <translation>Als &amp;SVG speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w full screen</source>
        <translation>V&amp;ollbild</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click to show full screen; right-click to save or print</source>
        <translation>Doppelklick für Vollbild; Rechtsklick zum Speichern oder Drucken</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Only a QR code rendered by EnrollDesk can be saved as SVG; save the downloaded image as PNG.</source>
        <translation>Nur ein von EnrollDesk erzeugter QR-Code kann als SVG gespeichert werden; speichern Sie das heruntergeladene Bild als PNG.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No QR code</source>
        <translation>Kein QR-Code</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The QR code could not be encoded as PNG.</source>
        <translation>Der QR-Code konnte nicht als PNG kodiert werden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>There is no QR code to save.</source>
        <translation>Es gibt keinen QR-Code zum Speichern.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>A downloaded QR image can only be saved as PNG.</source>
        <translation>Ein heruntergeladenes QR-Bild kann nur als PNG gespeichert werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Device enrollment</source>
        <translation>Geräteregistrierung</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Save QR code as PNG</source>
        <translation>QR-Code als PNG speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Save QR code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>The QR code could not be saved to %1: %2</source>
        <translation>Der QR-Code konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Save QR code as SVG</source>
        <translation>QR-Code als SVG speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Print QR code</source>
        <translation>QR-Code drucken</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Printing is not available: %1</source>
        <translation>Drucken ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The QR code could not be printed.</source>
        <translation>Der QR-Code konnte nicht gedruckt werden.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../ui/widgets/resultview.ui" line="+88"/>
        <location filename="../ui/widgets/resultview.cpp" line="+268"/>
        <source>Enroll code</source>
        <translation>Registrierungscode</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../ui/widgets/resultview.cpp" line="+21"/>
        <source>Enrollment link</source>
        <translation>Registrierungslink</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open in &amp;browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy &amp;link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token ID</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Sho&amp;w full screen</source>
        <translation>V&amp;ollbild</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save or print</source>
        <translation>&amp;Speichern/Drucken</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Create &amp;another</source>
        <translation>&amp;Weiteres erstellen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultview.cpp" line="-219"/>
        <source>Copy enroll code</source>
        <translation>Registrierungscode kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy enrollment link</source>
        <translation>Registrierungslink kopieren</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>QR code saved to %1</source>
        <translation>QR-Code unter %1 gespeichert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Copy enroll c&amp;ode</source>
        <translation>Registrierungs&amp;code kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy enrollment &amp;link</source>
        <translation>Registrierungs&amp;link kopieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create ano&amp;ther</source>
        <translation>&amp;Weiteres erstellen</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 enrollment token</source>
        <translation>%1-Registrierungstoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No token yet</source>
        <translation>Noch kein Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a token to see its enroll code, enrollment link and QR code here.</source>
        <translation>Erstellen Sie ein Token, um hier seinen Registrierungscode, seinen Registrierungslink und seinen QR-Code zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For %1</source>
        <translation>Für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”</source>
        <comment>display name in quotes</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy the enroll code to the clipboard (%1)</source>
        <translation>Registrierungscode in die Zwischenablage kopieren (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the enrollment link to the clipboard (%1)</source>
        <translation>Registrierungslink in die Zwischenablage kopieren (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>Fully managed (device owner)</source>
        <translation>Vollständig verwaltet (Geräteinhaber)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work profile (profile owner)</source>
        <translation>Arbeitsprofil (Profilinhaber)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company-owned with work profile (COPE)</source>
        <translation>Firmeneigen mit Arbeitsprofil (COPE)</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>%1 (priority %2)</source>
        <translation>%1 (Priorität %2)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Primary policy: %1</source>
        <translation>Primäre Richtlinie: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported as %1; the expiry time has passed.</source>
        <translation>Gemeldet als %1; der Ablaufzeitpunkt ist überschritten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No enrollment link</source>
        <translation>Kein Registrierungslink</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No enrollment link to show as a QR code</source>
        <translation>Kein Registrierungslink, der als QR-Code angezeigt werden könnte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The enrollment link is too long for a QR code</source>
        <translation>Der Registrierungslink ist zu lang für einen QR-Code</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The QR image cannot be downloaded here.</source>
        <translation>Das QR-Bild kann hier nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading the QR image…</source>
        <translation>QR-Bild wird heruntergeladen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The QR image could not be downloaded (its server answered HTTP %1).</source>
        <translation>Das QR-Bild konnte nicht heruntergeladen werden (sein Server antwortete mit HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR image could not be downloaded: %1</source>
        <translation>Das QR-Bild konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The downloaded QR image could not be read.</source>
        <translation>Das heruntergeladene QR-Bild konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scan to open the enrollment link.</source>
        <translation>Scannen, um den Registrierungslink zu öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This QR code opens the enrollment link.</source>
        <translation>Dieser QR-Code öffnet den Registrierungslink.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan during device setup: tap the welcome screen six times to open the QR reader.</source>
        <translation>Während der Geräteeinrichtung scannen: Tippen Sie sechsmal auf den Willkommensbildschirm, um den QR-Leser zu öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This QR code opens the enrollment link instead.</source>
        <translation>Dieser QR-Code öffnet stattdessen den Registrierungslink.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copied the enroll code %1</source>
        <translation>Registrierungscode %1 kopiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the enrollment link</source>
        <translation>Registrierungslink kopiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This link cannot be opened in a browser</source>
        <translation>Dieser Link kann nicht in einem Browser geöffnet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No browser could be started for the link</source>
        <translation>Für den Link konnte kein Browser gestartet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dedicated device (userless)</source>
        <translation>Dediziertes Gerät (ohne Benutzer)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending</source>
        <comment>token state</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <comment>token state</comment>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <comment>token state: a device enrolled with it</comment>
        <translation>Verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <comment>token state</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <comment>token state</comment>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expires in %1 d %2 h</source>
        <translation>läuft ab in %1 T %2 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires in %1 h %2 min</source>
        <translation>läuft ab in %1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires in %1 min %2 s</source>
        <translation>läuft ab in %1 Min. %2 Sek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires in %1 s</source>
        <translation>läuft ab in %1 Sek.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/secretstore.cpp" line="+204"/>
        <source>No profile was given for the API key.</source>
        <translation>Für den API-Schlüssel wurde kein Profil angegeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An empty API key cannot be stored.</source>
        <translation>Ein leerer API-Schlüssel kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API key is stored for this profile.</source>
        <translation>Für dieses Profil ist kein API-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain is available: no Secret Service is running, or access to it was denied. The API key can be kept for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar: Es läuft kein Secret Service, oder der Zugriff wurde verweigert. Der API-Schlüssel kann nur für diese Sitzung behalten werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the API key from the keychain.</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the API key from the keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the API key in the keychain.</source>
        <translation>Der API-Schlüssel konnte nicht im Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the API key in the keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not remove the API key from the keychain.</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not remove the API key from the keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>SessionTokensModel</name>
    <message>
        <location filename="../ui/widgets/sessiontokensmodel.cpp" line="+30"/>
        <source>%1 enrollment token</source>
        <translation>%1-Registrierungstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name: %1</source>
        <translation>Anzeigename: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enroll code: %1</source>
        <translation>Registrierungscode: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State when created: %1</source>
        <translation>Status bei Erstellung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires: %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token ID: %1</source>
        <translation>Token-ID: %1</translation>
    </message>
</context>
<context>
    <name>SingleTokenPage</name>
    <message>
        <location filename="../ui/pages/singletokenpage.cpp" line="+43"/>
        <source>Company-owned device, fully managed; set up from factory reset.</source>
        <translation>Firmeneigenes, vollständig verwaltetes Gerät; Einrichtung ab Werkszustand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal device (BYOD): only a separate work profile is managed.</source>
        <translation>Privates Gerät (BYOD): Nur ein separates Arbeitsprofil wird verwaltet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company-owned, personally enabled: managed device with a private personal space.</source>
        <translation>Firmeneigen, private Nutzung erlaubt: verwaltetes Gerät mit einem privaten persönlichen Bereich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dedicated device (kiosk, shared scanner) not tied to a person.</source>
        <translation>Dediziertes Gerät (Kiosk, gemeinsam genutzter Scanner), das keiner Person zugeordnet ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Windows enrollment token</source>
        <translation>Windows-Registrierungstoken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Android enrollment token</source>
        <translation>Android-Registrierungstoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One token for one user. The user enrolls the PC with the link or the code.</source>
        <translation>Ein Token für einen Benutzer. Der Benutzer registriert den PC mit dem Link oder dem Code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Cop&amp;y as curl</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the form still needs</source>
        <translation>Was im Formular noch fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+357"/>
        <source>&amp;Create token</source>
        <translation>Token &amp;erstellen</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Create the token (Ctrl+Return)</source>
        <translation>Token erstellen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Copy the exact request as a curl command; the API key is replaced by $ENROLLDESK_API_KEY</source>
        <translation>Die genaue Anfrage als curl-Befehl kopieren; der API-Schlüssel wird durch $ENROLLDESK_API_KEY ersetzt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Token settings</source>
        <translation>Tokeneinstellungen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Management mode</source>
        <translation>Verwaltungsmodus</translation>
    </message>
    <message>
        <location line="-92"/>
        <location filename="../ui/shell/mainwindow.cpp" line="-85"/>
        <source>Management &amp;mode:</source>
        <translation>&amp;Verwaltungsmodus:</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Create another token?</source>
        <translation>Ein weiteres Token erstellen?</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The last request for this user failed in a way that leaves its outcome unknown: the token may already exist (and its e-mail may have been sent). Check before creating another.</source>
        <translation>Die letzte Anfrage für diesen Benutzer ist so fehlgeschlagen, dass ihr Ergebnis unbekannt ist: Das Token existiert vielleicht schon (und seine E-Mail wurde vielleicht gesendet). Prüfen Sie das, bevor Sie ein weiteres erstellen.</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>One Android Enterprise token for one user. The device scans the QR code at setup; a work profile opens the link.</source>
        <translation>Ein Android-Enterprise-Token für einen Benutzer. Das Gerät scannt den QR-Code bei der Einrichtung; für ein Arbeitsprofil wird der Link geöffnet.</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>What the form still needs:</source>
        <translation>Was im Formular noch fehlt:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The last request for this user failed in a way that leaves its outcome unknown: the token may already exist. Check before creating another.</source>
        <translation>Die letzte Anfrage für diesen Benutzer ist so fehlgeschlagen, dass ihr Ergebnis unbekannt ist: Das Token existiert vielleicht schon. Prüfen Sie das, bevor Sie ein weiteres erstellen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create anyway</source>
        <translation>Trotzdem erstellen</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>EnrollDesk cannot list Android tokens: look for this user&apos;s token in the Applivery dashboard before creating another.</source>
        <translation>EnrollDesk kann Android-Tokens nicht auflisten: Suchen Sie das Token dieses Benutzers im Applivery-Dashboard, bevor Sie ein weiteres erstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch back to that profile to check its token list for this user before creating another.</source>
        <translation>Wechseln Sie zurück zu diesem Profil, um dort die Token-Liste dieses Benutzers zu prüfen, bevor Sie ein weiteres erstellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the token list for this user</source>
        <translation>Token-Liste dieses Benutzers prüfen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Created in organization %1 (profile “%2”), not the active profile</source>
        <translation>Erstellt in Organisation %1 (Profil „%2“), nicht im aktiven Profil</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The request for %3 went to organization %1 (profile “%2”), not the active profile.</source>
        <translation>Die Anfrage für %3 ging an die Organisation %1 (Profil „%2“), nicht an das aktive Profil.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>C&amp;ancel request</source>
        <translation>Anfrage a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing was copied: fix what is listed above first.</source>
        <translation>Nichts wurde kopiert: Beheben Sie zuerst, was oben aufgeführt ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>curl command copied (key replaced by $ENROLLDESK_API_KEY)</source>
        <translation>curl-Befehl kopiert (Schlüssel durch $ENROLLDESK_API_KEY ersetzt)</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <location filename="../ui/widgets/tagsedit.cpp" line="+19"/>
        <source>Comma-separated, e.g. sales, madrid</source>
        <translation>Durch Kommas getrennt, z. B. vertrieb, berlin</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Tag %1 “%2” has %Ln character(s)</source>
        <comment>the tag&apos;s position, the tag, its length</comment>
        <translation>
            <numerusform>Tag %1 „%2“ hat %Ln Zeichen</numerusform>
            <numerusform>Tag %1 „%2“ hat %Ln Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>a tag can have at most %Ln</source>
        <comment>characters</comment>
        <translation>
            <numerusform>ein Tag darf höchstens %Ln haben</numerusform>
            <numerusform>ein Tag darf höchstens %Ln haben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2.</source>
        <comment>a tag&apos;s length; the limit</comment>
        <translation>%1; %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 / %2 · %Ln too many</source>
        <comment>tag length / allowed, then how many characters to remove</comment>
        <translation>
            <numerusform>%1 / %2 · %Ln zu viel</numerusform>
            <numerusform>%1 / %2 · %Ln zu viel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tag %1 is too long</source>
        <translation>Tag %1 ist zu lang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / %2</source>
        <comment>characters used / allowed</comment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>TokenSettingsEditor</name>
    <message>
        <location filename="../ui/widgets/tokensettingseditor.cpp" line="+25"/>
        <source>&amp;Send the enrollment instructions by e-mail</source>
        <translation>Registrierungsanleitung per E-&amp;Mail senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send e-mail</source>
        <translation>E-Mail senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail text</source>
        <translation>E-Mail-Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail language</source>
        <translation>E-Mail-Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for</source>
        <translation>Gültig für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary policy</source>
        <translation>Primäre Richtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy assignments</source>
        <translation>Richtlinienzuweisungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment id</source>
        <translation>Segment-ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional text added to the e-mail</source>
        <translation>Optionaler Text, der der E-Mail hinzugefügt wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Laptop – Ana Smith</source>
        <translation>z. B. Laptop – Anna Schmidt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>E-mail te&amp;xt:</source>
        <translation>E-Mail-Te&amp;xt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid f&amp;or:</source>
        <translation>Gültig&amp;keit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segme&amp;nt:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Why no policies are listed</source>
        <translation>Warum keine Richtlinien aufgeführt sind</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The policies could not be loaded: %1 Type the policy&apos;s id in the field, or try again with the button at its right end.</source>
        <translation>Die Richtlinien konnten nicht geladen werden: %1 Geben Sie die ID der Richtlinie in das Feld ein, oder versuchen Sie es mit der Schaltfläche an seinem rechten Ende erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The policies could not be loaded again: %1 The list shown is the one loaded before; the button at the field&apos;s right end tries again.</source>
        <translation>Die Richtlinien konnten nicht erneut geladen werden: %1 Angezeigt wird die zuvor geladene Liste; die Schaltfläche am rechten Ende des Felds versucht es erneut.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Display name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>E-mail &amp;language:</source>
        <translation>E-Mail-&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Primary policy:</source>
        <translation>&amp;Primäre Richtlinie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy &amp;assignments:</source>
        <translation>Richtlinienzu&amp;weisungen:</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <location filename="../ui/pages/tokenspage.cpp" line="+163"/>
        <source>Show &amp;deleted</source>
        <translation>&amp;Gelöschte anzeigen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Previous</source>
        <translation>&amp;Vorherige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Nächste</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The organization&apos;s Windows enrollment tokens, and every token created in this session. Select a token to see its link, code and QR code.</source>
        <translation>Die Windows-Registrierungstokens der Organisation und alle in dieser Sitzung erstellten Tokens. Wählen Sie ein Token aus, um Link, Code und QR-Code zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the list could not be loaded</source>
        <translation>Warum die Liste nicht geladen werden konnte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows enrollment tokens</source>
        <translation>Windows-Registrierungstokens</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 · in %2</source>
        <translation>%1 · in %2</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n h</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This session · Android</source>
        <translation>Diese Sitzung · Android</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Selected token</source>
        <translation>Ausgewähltes Token</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close the token details</source>
        <translation>Tokendetails schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the token details (Esc)</source>
        <translation>Tokendetails schließen (Esc)</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <source>Token details</source>
        <translation>Tokendetails</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>R&amp;efresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Only the tokens of this user</source>
        <translation>Nur die Tokens dieses Benutzers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the tokens of this user; empty shows everyone&apos;s</source>
        <translation>Nur die Tokens dieses Benutzers anzeigen; leer zeigt die aller Benutzer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the tokens with this policy</source>
        <translation>Nur die Tokens mit dieser Richtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the tokens that have this policy, as primary policy or assigned</source>
        <translation>Nur die Tokens anzeigen, die diese Richtlinie haben, als primäre oder zugewiesene Richtlinie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show deleted tokens</source>
        <translation>Gelöschte Tokens anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list the tokens that were revoked</source>
        <translation>Auch widerrufene Tokens auflisten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh the list</source>
        <translation>Liste aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the list again (F5)</source>
        <translation>Liste neu laden (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;olicy:</source>
        <translation>Richtl&amp;inie:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Loading the list</source>
        <translation>Liste wird geladen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page and number of tokens</source>
        <translation>Seite und Anzahl der Tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens per page</source>
        <translation>Tokens pro Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many tokens each page lists</source>
        <translation>Wie viele Tokens jede Seite auflistet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Per p&amp;age:</source>
        <translation>Pro S&amp;eite:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Sor&amp;t by…</source>
        <translation>Sorti&amp;eren nach…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close &amp;details</source>
        <translation>Tokendetails schließe&amp;n</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Ascending</source>
        <translation>&amp;Aufsteigend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Descending</source>
        <translation>A&amp;bsteigend</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>Page %1 of %2 · %3</source>
        <translation>Seite %1 von %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> · %n from this session</source>
        <translation>
            <numerusform> · %n aus dieser Sitzung</numerusform>
            <numerusform> · %n aus dieser Sitzung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tokens</source>
        <translation>Keine Tokens</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Go to page %1</source>
        <translation>Zu Seite %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the tokens…</source>
        <translation>Tokens werden geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token matches these filters.</source>
        <translation>Kein Token passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Windows tokens yet. Tokens you create appear here.</source>
        <translation>Noch keine Windows-Tokens. Tokens, die Sie erstellen, erscheinen hier.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>All policies</source>
        <translation>Alle Richtlinien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens with any policy, or none</source>
        <translation>Tokens mit beliebiger oder ohne Richtlinie</translation>
    </message>
</context>
<context>
    <name>TokensTableModel</name>
    <message>
        <location filename="../ui/pages/tokenstablemodel.cpp" line="+110"/>
        <source>None</source>
        <comment>empty table cell</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Never</source>
        <comment>token expiry</comment>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · expired</source>
        <translation>%1 · abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n h</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · in %2</source>
        <translation>%1 · in %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This session · Android</source>
        <translation>Diese Sitzung · Android</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This session</source>
        <translation>Diese Sitzung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User ID: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reported as %1; the expiry time has passed.</source>
        <translation>Gemeldet als %1; der Ablaufzeitpunkt ist überschritten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As when created, or last seen on another page of the list.</source>
        <translation>Wie beim Erstellen oder zuletzt auf einer anderen Seite der Liste gesehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Primary policy: %1</source>
        <translation>Primäre Richtlinie: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (priority %2)</source>
        <translation>%1 (Priorität %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created in this session. Android tokens are listed only when created here: the API has no list of Android tokens.</source>
        <translation>In dieser Sitzung erstellt. Android-Tokens werden nur aufgeführt, wenn sie hier erstellt wurden: Die API bietet keine Liste der Android-Tokens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created in this session; not on this page of the server&apos;s list.</source>
        <translation>In dieser Sitzung erstellt; nicht auf dieser Seite der Serverliste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in this session.</source>
        <translation>In dieser Sitzung erstellt.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <comment>column: where the token was created</comment>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tokens created in this session with this console are marked “This session”</source>
        <translation>In dieser Sitzung mit dieser Konsole erstellte Tokens sind mit „Diese Sitzung“ markiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorting by this column orders the rows of this page only</source>
        <translation>Sortieren nach dieser Spalte ordnet nur die Zeilen dieser Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorting by this column orders the whole list</source>
        <translation>Sortieren nach dieser Spalte ordnet die ganze Liste</translation>
    </message>
</context>
<context>
    <name>UserPicker</name>
    <message>
        <location filename="../ui/widgets/userpicker.cpp" line="+33"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Type part of a name or e-mail, or paste a user id</source>
        <translation>Name, E-Mail oder Benutzer-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a user by name, e-mail or id</source>
        <translation>Benutzer nach Name, E-Mail-Adresse oder ID suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked user</source>
        <translation>Ausgewählter Benutzer</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Matching users</source>
        <translation>Passende Benutzer</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 &lt;%2&gt;</source>
        <comment>user name &lt;e-mail&gt;</comment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Cannot search: no connection is set up.</source>
        <translation>Suche nicht möglich: Es ist keine Verbindung eingerichtet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first %1 of %2 matches; type more to narrow them down.</source>
        <translation>Die ersten %1 von %2 Treffern; tippen Sie weiter, um sie einzugrenzen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No user matches “%1”.</source>
        <translation>Kein Benutzer passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a user from the list (arrow keys, then Enter).</source>
        <translation>Wählen Sie einen Benutzer aus der Liste (Pfeiltasten, dann Eingabe).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not search the users: %1</source>
        <translation>Die Benutzer konnten nicht gesucht werden: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Picked: user id %1</source>
        <comment>a user known only by id</comment>
        <translation>Ausgewählt: Benutzer-ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picked: %1 · %2</source>
        <comment>user name &lt;e-mail&gt; · id</comment>
        <translation>Ausgewählt: %1 · %2</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/validation.cpp" line="+61"/>
        <source>User: choose an MDM user.</source>
        <translation>Benutzer: Wählen Sie einen MDM-Benutzer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: the id must be 24 hexadecimal characters (0-9, a-f).</source>
        <translation>Benutzer: Die ID muss aus 24 Hexadezimalzeichen bestehen (0-9, a-f).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization: enter the organization&apos;s id or slug.</source>
        <translation>Organisation: Geben Sie die ID oder den Slug der Organisation ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization: use the 24-character id or a slug of at least 3 letters, digits or hyphens.</source>
        <translation>Organisation: Verwenden Sie die 24-stellige ID oder einen Slug aus mindestens 3 Buchstaben, Ziffern oder Bindestrichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Display name: at most %1 characters (this one has %2).</source>
        <translation>Anzeigename: höchstens %1 Zeichen (dieser hat %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tags: a tag cannot be empty.</source>
        <translation>Tags: Ein Tag darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: “%1…” is %2 characters long; at most %3 are allowed.</source>
        <translation>Tags: „%1…“ ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration: at least 1 minute (60 seconds).</source>
        <translation>Dauer: mindestens 1 Minute (60 Sekunden).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration: at most 30 days (2,592,000 seconds).</source>
        <translation>Dauer: höchstens 30 Tage (2.592.000 Sekunden).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language: “%1” is not one of es, en, fr, de, it, zh, pt, ru.</source>
        <translation>Sprache: „%1“ ist keine von es, en, fr, de, it, zh, pt, ru.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy: the id must be 24 hexadecimal characters (0-9, a-f).</source>
        <translation>Richtlinie: Die ID muss aus 24 Hexadezimalzeichen bestehen (0-9, a-f).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Priority: a whole number from %1 to %2.</source>
        <translation>Priorität: eine ganze Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Segment: a whole number from 0 to %1.</source>
        <translation>Segment: eine ganze Zahl von 0 bis %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Management mode: choose one of Device owner, Profile owner, COPE or Userless.</source>
        <translation>Verwaltungsmodus: Wählen Sie Geräteinhaber, Profilinhaber, COPE oder Ohne Benutzer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management mode: “%1” is not one of DEVICE_OWNER, PROFILE_OWNER, COPE, USERLESS.</source>
        <translation>Verwaltungsmodus: „%1“ ist keiner von DEVICE_OWNER, PROFILE_OWNER, COPE, USERLESS.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail: “%1” is not a valid address.</source>
        <translation>E-Mail: „%1“ ist keine gültige Adresse.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tags: “%1” is given more than once; give each tag once.</source>
        <translation>Tags: „%1“ ist mehrmals angegeben; geben Sie jedes Tag nur einmal an.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Policy assignment %1: choose a policy.</source>
        <translation>Richtlinienzuweisung %1: Wählen Sie eine Richtlinie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy assignment %1: the policy id must be 24 hexadecimal characters.</source>
        <translation>Richtlinienzuweisung %1: Die Richtlinien-ID muss aus 24 Hexadezimalzeichen bestehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Policy assignment %1: the same policy is already assigned in row %2.</source>
        <translation>Richtlinienzuweisung %1: Dieselbe Richtlinie ist bereits in Zeile %2 zugewiesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Policy assignment %1: priority must be a whole number from %2 to %3.</source>
        <translation>Richtlinienzuweisung %1: Die Priorität muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Search text: at most %1 characters.</source>
        <translation>Suchtext: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>E-mails: add at least one address.</source>
        <translation>E-Mails: Fügen Sie mindestens eine Adresse hinzu.</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>E-mails: “%1” is listed twice.</source>
        <translation>E-Mails: „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sort: a field name, optionally followed by :asc or :desc.</source>
        <translation>Sortierung: ein Feldname, optional gefolgt von :asc oder :desc.</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Page: 1 or more.</source>
        <translation>Seite: 1 oder mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page size: 1 or more.</source>
        <translation>Seitengröße: 1 oder mehr.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+35"/>
        <source>Create Applivery MDM enrollment tokens.</source>
        <translation>Registrierungstokens für Applivery MDM erstellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the local sandbox at URL (scripts/run).</source>
        <translation>Die lokale Sandbox unter URL verwenden (scripts/run).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open with this profile (name or id).</source>
        <translation>Mit diesem Profil öffnen (Name oder ID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language (en, es, de, …).</source>
        <translation>Sprache der Oberfläche (en, es, de, …).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>enrolldesk: no interface language “%1”. Languages: %2</source>
        <translation>enrolldesk: Keine Oberflächensprache „%1“. Sprachen: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>enrolldesk: --sandbox takes the address of the local sandbox, such as http://127.0.0.1:PORT/v1, not “%1”.</source>
        <translation>enrolldesk: --sandbox erwartet die Adresse der lokalen Sandbox, etwa http://127.0.0.1:PORT/v1, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>enrolldesk: no profile is named “%1”: there are no profiles yet.</source>
        <translation>enrolldesk: kein Profil heißt „%1“: es gibt noch keine Profile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enrolldesk: no profile is named “%1”. Profiles: %2</source>
        <translation>enrolldesk: Kein Profil heißt „%1“. Profile: %2</translation>
    </message>
</context>
</TS>
