<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="+13"/>
        <source>About EnrollDesk</source>
        <translation>Informazioni su EnrollDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;EnrollDesk %1&lt;/h2&gt;&lt;p&gt;A desktop console for Applivery MDM enrollment tokens: Windows and Android tokens for one user or many, with link, enroll code and QR code.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPLv3), QtKeychain (BSD-3-Clause), libqrencode (LGPLv2.1+).&lt;/p&gt;&lt;p&gt;The API key is kept in the operating system&apos;s keychain and never written to disk by EnrollDesk.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;EnrollDesk %1&lt;/h2&gt;&lt;p&gt;Una console desktop per i token di registrazione di Applivery MDM: token Windows e Android per uno o più utenti, con link, codice di registrazione e codice QR.&lt;/p&gt;&lt;p&gt;Licenza: MIT.&lt;/p&gt;&lt;p&gt;Realizzato con Qt %2 (LGPLv3), QtKeychain (BSD-3-Clause) e libqrencode (LGPLv2.1+).&lt;/p&gt;&lt;p&gt;La chiave API è conservata nel portachiavi del sistema operativo e EnrollDesk non la scrive mai su disco.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/apiclient.cpp" line="+204"/>
        <source>“%1” is not a valid server address.</source>
        <translation>&quot;%1&quot; non è un indirizzo di server valido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address must not contain a user name or password: the API key is kept in the keychain.</source>
        <translation>l&apos;indirizzo non deve contenere un nome utente o una password: la chiave API è conservata nel portachiavi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>http:// would send the API key unencrypted; use https:// (plain http is only allowed for this computer, e.g. the sandbox).</source>
        <translation>http:// invierebbe la chiave API senza cifratura; usa https:// (http non cifrato è consentito solo per questo computer, ad es. la sandbox).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address must start with https://.</source>
        <translation>l&apos;indirizzo deve iniziare con https://.</translation>
    </message>
    <message>
        <location filename="../app/apierror.cpp" line="+189"/>
        <source>Not found: the organization, user or policy does not exist, or this key cannot see it.</source>
        <translation>Non trovato: l&apos;organizzazione, l&apos;utente o il criterio non esiste, oppure questa chiave non può vederlo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The API key was rejected: it is wrong, expired or revoked. Enter a valid service account key.</source>
        <translation>La chiave API è stata rifiutata: è errata, scaduta o revocata. Inserisci una chiave valida di un account di servizio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An MDM user with this e-mail already exists.</source>
        <translation>Esiste già un utente MDM con questo indirizzo e-mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organization&apos;s billing plan does not include this feature.</source>
        <translation>Il piano di fatturazione dell&apos;organizzazione non include questa funzione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not update the entity.</source>
        <translation>Il server non è riuscito ad aggiornare l&apos;entità.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not implement this operation.</source>
        <translation>Il server non implementa questa operazione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not create the Windows enrollment token.</source>
        <translation>Il server non è riuscito a creare il token di registrazione Windows.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The request is not valid.</source>
        <translation>La richiesta non è valida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address is not allowed: %1</source>
        <translation>L&apos;indirizzo del server non è consentito: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API key is set for this profile. Enter it under Profiles &amp; API key.</source>
        <translation>Per questo profilo non è impostata alcuna chiave API. Inseriscila in Profili e chiave API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection. Check the server address and that the server is running. Nothing was sent.</source>
        <translation>Il server ha rifiutato la connessione. Controlla l&apos;indirizzo del server e che il server sia in esecuzione. Non è stato inviato nulla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s name could not be found. Check the server address and your network. Nothing was sent.</source>
        <translation>Impossibile trovare il nome del server. Controlla l&apos;indirizzo del server e la rete. Non è stato inviato nulla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection failed (TLS/certificate problem). Nothing was accepted from this server.</source>
        <translation>La connessione sicura non è riuscita (problema TLS o di certificato). Non è stato accettato nulla da questo server.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The request was cancelled. If it had already reached the server, it may have been processed.</source>
        <translation>La richiesta è stata annullata. Se aveva già raggiunto il server, potrebbe essere stata elaborata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection broke before the server&apos;s answer arrived in full. Try again in a moment.</source>
        <translation>La connessione si è interrotta prima che arrivasse la risposta completa del server. Riprova tra un momento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection broke before the server&apos;s answer arrived in full. The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>La connessione si è interrotta prima che arrivasse la risposta completa del server. La richiesta potrebbe essere stata elaborata: verifica se il token è stato creato prima di riprovare.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server rejected the request: %1</source>
        <translation>Il server ha rifiutato la richiesta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the request (error %1).</source>
        <translation>Il server ha rifiutato la richiesta (errore %1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server&apos;s answer lacks the list that was asked for. Try again in a moment.</source>
        <translation>Nella risposta del server manca l&apos;elenco richiesto. Riprova tra un momento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the request, but its answer lacks what was created. The request was probably processed: check whether the token was created before trying again.</source>
        <translation>Il server ha accettato la richiesta, ma la sua risposta non indica cosa è stato creato. Probabilmente la richiesta è stata elaborata: verifica se il token è stato creato prima di riprovare.</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>The API key was rejected. Enter a valid service account key.</source>
        <translation>La chiave API è stata rifiutata. Inserisci una chiave valida di un account di servizio.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>[left out: it quoted part of the API key]</source>
        <translation>[omesso: conteneva parte della chiave API]</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The API key was not accepted (401 Unauthorized). Check that it is the service account&apos;s key for this server.</source>
        <translation>La chiave API non è stata accettata (401 Unauthorized). Verifica che sia la chiave dell&apos;account di servizio per questo server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server received no usable API key (401 No auth token). Check the key, and any proxy that may remove the Authorization header.</source>
        <translation>Il server non ha ricevuto una chiave API utilizzabile (401 No auth token). Controlla la chiave e qualsiasi proxy che possa rimuovere l&apos;intestazione Authorization.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A limit was exceeded (Limit Exceeded). The API does not say which: check the organization&apos;s plan and how many devices and tokens it has.</source>
        <translation>È stato superato un limite (Limit Exceeded). L&apos;API non dice quale: controlla il piano dell&apos;organizzazione e quanti dispositivi e token ha.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The API key may not do this (missing permission).</source>
        <translation>La chiave API non può eseguire questa operazione (autorizzazione mancante).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found: check the server address and the organization.</source>
        <translation>Non trovato: controlla l&apos;indirizzo del server e l&apos;organizzazione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests: the server asks to slow down. Try again in a moment.</source>
        <translation>Troppe richieste: il server chiede di rallentare. Riprova tra un momento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Il server ha avuto un problema (HTTP %1). Riprova più tardi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request to another address (HTTP %1). Redirects are not followed, so that the key stays with the API&apos;s own server: check the server address.</source>
        <translation>Il server ha inviato la richiesta a un altro indirizzo (HTTP %1). I reindirizzamenti non vengono seguiti, perché la chiave resti al server dell&apos;API: controlla l&apos;indirizzo del server.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server had a problem (HTTP %1). The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>Il server ha avuto un problema (HTTP %1). La richiesta potrebbe essere stata elaborata: verifica se il token è stato creato prima di riprovare.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The API key contains a space, a line break or another character an API key does not have. Enter the key again. Nothing was sent.</source>
        <translation>La chiave API contiene uno spazio, un a capo o un altro carattere che una chiave API non ha. Inserisci di nuovo la chiave. Non è stato inviato nulla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be reached in time. Check the server address and your network (a VPN or a firewall may be in the way). Nothing was sent.</source>
        <translation>Il server non è stato raggiunto in tempo. Controlla l&apos;indirizzo del server e la rete (una VPN o un firewall potrebbero essere d&apos;ostacolo). Non è stato inviato nulla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>Il server non ha risposto in tempo. Riprova tra un momento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not answer in time. The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>Il server non ha risposto in tempo. La richiesta potrebbe essere stata elaborata: verifica se il token è stato creato prima di riprovare.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>%1 The server says: %2</source>
        <translation>%1 Il server dice: %2</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>La richiesta potrebbe essere stata elaborata: verifica se il token è stato creato prima di riprovare.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The server rejected the request (HTTP %1).</source>
        <translation>Il server ha rifiutato la richiesta (HTTP %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered with HTTP %1.</source>
        <translation>Il server ha risposto con HTTP %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server or a gateway in front of it failed (HTTP %1) and sent a page instead of an answer. Try again later.</source>
        <translation>Il server o un gateway davanti a esso non ha funzionato (HTTP %1) e ha inviato una pagina invece di una risposta. Riprova più tardi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server or a gateway in front of it failed (HTTP %1) and sent a page instead of an answer. The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>Il server o un gateway davanti a esso non ha funzionato (HTTP %1) e ha inviato una pagina invece di una risposta. La richiesta potrebbe essere stata elaborata: verifica se il token è stato creato prima di riprovare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer could not be read (not the API&apos;s JSON). It may come from a proxy or a wrong server address.</source>
        <translation>Impossibile leggere la risposta del server (non è il JSON dell&apos;API). Potrebbe provenire da un proxy o da un indirizzo di server errato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer was too large and was not read.</source>
        <translation>La risposta del server era troppo grande e non è stata letta.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../ui/shell/appcontext.cpp" line="+180"/>
        <source>Store the key for this server under Profiles &amp; API key. Nothing was sent.</source>
        <translation>Salva la chiave per questo server in Profili e chiave API. Non è stato inviato nulla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key is still being read from the keychain (it may be waiting to be unlocked). Try again in a moment. Nothing was sent.</source>
        <translation>La chiave API è ancora in lettura dal portachiavi (forse aspetta di essere sbloccato). Riprova tra un momento. Non è stato inviato nulla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key could not be read from the keychain. Nothing was sent.</source>
        <translation>Non è stato possibile leggere la chiave API dal portachiavi. Non è stato inviato nulla.</translation>
    </message>
</context>
<context>
    <name>BulkPage</name>
    <message>
        <location filename="../ui/pages/bulkpage.cpp" line="+266"/>
        <source>Line</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Why it is not used</source>
        <translation>Perché non viene usata</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Batch</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses</source>
        <translation>Indirizzi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Creati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Non riusciti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Tentativi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Windows tokens for many users</source>
        <translation>Token Windows per più utenti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows enrollment tokens for many users</source>
        <translation>Token di registrazione Windows per più utenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste or import the users&apos; e-mail addresses, choose the settings once, and send. Each user gets a token with the same settings.</source>
        <translation>Incolla o importa gli indirizzi e-mail degli utenti, scegli le impostazioni una volta e invia. Ogni utente riceve un token con le stesse impostazioni.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Analysing… %1 %</source>
        <translation>Analisi… %1 %</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>E-mail addresses</source>
        <translation>Indirizzi e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste e-mail addresses here: one per line, a mail client&apos;s To: line (Name &lt;address&gt;; …) or a CSV export with a header row.

Or drop a .csv or .txt file on this page.</source>
        <translation>Incolla qui gli indirizzi e-mail: uno per riga, la riga A: di un client di posta (Nome &lt;indirizzo&gt;; …) o un&apos;esportazione CSV con riga di intestazione.

Oppure trascina un file .csv o .txt su questa pagina.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import file…</source>
        <translation>&amp;Importa file…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import file</source>
        <translation>Importa file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read addresses from a CSV or text file (also by dropping it here)</source>
        <translation>Leggi gli indirizzi da un file CSV o di testo (anche trascinandolo qui)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear addresses</source>
        <translation>Cancella gli indirizzi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Valid addresses</source>
        <translation>Indirizzi validi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates removed</source>
        <translation>Duplicati rimossi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid lines</source>
        <translation>Righe non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid, will be sent</source>
        <translation>validi, verranno inviati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicates removed</source>
        <translation>duplicati rimossi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid, not sent</source>
        <translation>non validi, non inviati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines</source>
        <translation>righe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysis status</source>
        <translation>Stato dell&apos;analisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines that are not used</source>
        <translation>Righe non usate</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click a line (or press Enter) to show it in the addresses</source>
        <translation>Fai clic su una riga (o premi Invio) per mostrarla negli indirizzi</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+16"/>
        <source>Settings for every token</source>
        <translation>Impostazioni per tutti i token</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Addresses per request</source>
        <translation>Indirizzi per richiesta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many addresses go in one request. Smaller batches show progress more often and lose less when one fails.</source>
        <translation>Quanti indirizzi vanno in ogni richiesta. I lotti più piccoli mostrano l&apos;avanzamento più spesso e perdono meno quando uno non riesce.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests planned</source>
        <translation>Richieste previste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the form still needs</source>
        <translation>Cosa manca ancora nel modulo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token settings</source>
        <translation>Impostazioni del token</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create the tokens (Ctrl+Return); you confirm first</source>
        <translation>Crea i token (Ctrl+Invio); prima viene chiesta conferma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm sending</source>
        <translation>Conferma l&apos;invio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will be sent</source>
        <translation>Cosa verrà inviato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, send</source>
        <translation>Sì, invia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the form</source>
        <translation>Torna al modulo</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Retry selected batch</source>
        <translation>Riprova il lotto selezionato</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+807"/>
        <source>Retry failed batches</source>
        <translation>Riprova i lotti non riusciti</translation>
    </message>
    <message>
        <location line="-804"/>
        <source>Sends again the batches that failed on the way. Batches the API answered are never sent again; for batches that may have been carried out (a timeout, a dropped connection, a server error) you are asked first.</source>
        <translation>Invia di nuovo i lotti non riusciti durante l&apos;invio. I lotti a cui l&apos;API ha risposto non vengono mai reinviati; per i lotti che potrebbero essere stati eseguiti (timeout, connessione interrotta, errore del server) ti viene chiesto prima.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export log…</source>
        <translation>Esporta registro…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The API reports only how many tokens each batch created, not which addresses failed (usually addresses with no MDM user). “Find who got no token” reads the token list to name them.</source>
        <translation>L&apos;API indica solo quanti token ha creato ogni lotto, non quali indirizzi non sono riusciti (di solito indirizzi senza utente MDM). &quot;Chi non ha un token?&quot; legge l&apos;elenco dei token per indicarli.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find who got no token</source>
        <translation>Chi non ha un token?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who got a token</source>
        <translation>Chi ha ricevuto un token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only those without a token</source>
        <translation>Elenca solo quelli senza token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the addresses without a token</source>
        <translation>Elenca solo gli indirizzi senza token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces the list with them (Ctrl+Z brings the list back).</source>
        <translation>Sostituisce l&apos;elenco con questi (Ctrl+Z ripristina l&apos;elenco).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Reading the token list… (%n page(s))</source>
        <translation>
            <numerusform>Lettura dell&apos;elenco dei token… (%n pagina)</numerusform>
            <numerusform>Lettura dell&apos;elenco dei token… (%n pagine)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Reading the token list…</source>
        <translation>Lettura dell&apos;elenco dei token…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token list could not be read: %1</source>
        <translation>Impossibile leggere l&apos;elenco dei token: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln address(es) checked have a token created since the run started.</source>
        <translation>
            <numerusform>%Ln indirizzo controllato ha un token creato dall&apos;inizio dell&apos;invio.</numerusform>
            <numerusform>%Ln indirizzi controllati hanno un token creato dall&apos;inizio dell&apos;invio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln address(es) have no token.</source>
        <translation>
            <numerusform>%Ln indirizzo non ha alcun token.</numerusform>
            <numerusform>%Ln indirizzi non hanno alcun token.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the newest %1 tokens were read.</source>
        <translation>Sono stati letti solo i %1 token più recenti.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>CSV file: addresses read from column %1.</source>
        <translation>File CSV: indirizzi letti dalla colonna %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All the other lines were understood.</source>
        <translation>Tutte le altre righe sono state comprese.</translation>
    </message>
    <message numerus="yes">
        <location line="+152"/>
        <source>Send to %n user(s)</source>
        <translation>
            <numerusform>Invia a %n utente</numerusform>
            <numerusform>Invia a %n utenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Create Windows enrollment tokens for &lt;b&gt;%Ln user(s)&lt;/b&gt; in organization &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>
            <numerusform>Crea token di registrazione Windows per &lt;b&gt;%Ln utente&lt;/b&gt; nell&apos;organizzazione &lt;b&gt;%1&lt;/b&gt; su &lt;b&gt;%2&lt;/b&gt;.</numerusform>
            <numerusform>Crea token di registrazione Windows per &lt;b&gt;%Ln utenti&lt;/b&gt; nell&apos;organizzazione &lt;b&gt;%1&lt;/b&gt; su &lt;b&gt;%2&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Each request carries up to %Ln address(es).</source>
        <translation>
            <numerusform>Ogni richiesta contiene al massimo %Ln indirizzo.</numerusform>
            <numerusform>Ogni richiesta contiene al massimo %Ln indirizzi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+218"/>
        <source>Sending to %1 — %2 of %Ln address(es) answered.</source>
        <translation>
            <numerusform>Invio a %1 — %2 di %Ln indirizzo con risposta.</numerusform>
            <numerusform>Invio a %1 — %2 di %Ln indirizzi con risposta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Stopped: %n token(s) created.</source>
        <translation>
            <numerusform>Interrotto: %n token creato.</numerusform>
            <numerusform>Interrotto: %n token creati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Finished: %n token(s) created.</source>
        <translation>
            <numerusform>Completato: %n token creato.</numerusform>
            <numerusform>Completato: %n token creati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The API could not create %n of the tokens asked for (usually addresses without an MDM user).</source>
        <translation>
            <numerusform>L&apos;API non ha potuto creare %n dei token richiesti (di solito un indirizzo senza utente MDM).</numerusform>
            <numerusform>L&apos;API non ha potuto creare %n dei token richiesti (di solito indirizzi senza utente MDM).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The run went to %1 on %2: switch back to that profile to send its batches.</source>
        <translation>L&apos;invio era per %1 su %2: torna a quel profilo per inviarne i lotti.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry failed batches (%1)</source>
        <translation>Riprova i lotti non riusciti (%1)</translation>
    </message>
    <message>
        <location line="-1048"/>
        <source>&amp;Clear</source>
        <translation>&amp;Cancella</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Reason</source>
        <comment>invalid lines: why a line is not sent</comment>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Its tokens may exist, check before retrying: %1</source>
        <translation>I suoi token potrebbero esistere, verifica prima di riprovare: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be retried: %1</source>
        <translation>Si può riprovare: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>An earlier attempt may have created tokens too: check for duplicates.</source>
        <translation>Anche un tentativo precedente potrebbe aver creato dei token: controlla i duplicati.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The check stopped: another profile is in use.</source>
        <translation>Il controllo si è fermato: è in uso un altro profilo.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Addr&amp;esses</source>
        <translation>Indi&amp;rizzi</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Lines that &amp;will not be sent (click to show):</source>
        <translation>Righe che &amp;non verranno inviate (fai clic per mostrarle):</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Removing the list from the box… %1 %</source>
        <translation>Rimozione dell&apos;elenco dalla casella… %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the list to the box… %1 %</source>
        <translation>Aggiunta dell&apos;elenco alla casella… %1 %</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Addresses per re&amp;quest:</source>
        <translation>Indirizzi per ric&amp;hiesta:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Batches sent</source>
        <translation>Lotti inviati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run status</source>
        <translation>Stato dell&apos;invio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed and remaining time</source>
        <translation>Tempo trascorso e rimanente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel sending</source>
        <translation>Annulla l&apos;invio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current batch (Esc)</source>
        <translation>Fermati dopo il lotto corrente (Esc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tokens created</source>
        <translation>Token creati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses the API counted as failed</source>
        <translation>Indirizzi che l&apos;API ha contato come non riusciti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses answered</source>
        <translation>Indirizzi con risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batches done</source>
        <translation>Lotti completati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens created</source>
        <translation>token creati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed (per the API)</source>
        <translation>non riusciti (secondo l&apos;API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>addresses answered</source>
        <translation>indirizzi con risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batches done</source>
        <translation>lotti completati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batches</source>
        <translation>Lotti</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Retry the selected batch</source>
        <translation>Riprova il lotto selezionato</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the rest</source>
        <translation>Invia il resto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the batches not sent</source>
        <translation>Invia i lotti non inviati</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the run&apos;s log as CSV</source>
        <translation>Esporta il registro dell&apos;invio in CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Tokens page</source>
        <translation>Apri la pagina Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List only the unanswered</source>
        <translation>Elenca solo quelli senza risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the addresses not answered</source>
        <translation>Elenca solo gli indirizzi senza risposta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces the list with the addresses of the failed and unsent batches (Ctrl+Z brings the list back). Failed batches that may have been carried out are included: check them first.</source>
        <translation>Sostituisce l&apos;elenco con gli indirizzi dei lotti non riusciti e non inviati (Ctrl+Z ripristina l&apos;elenco). Sono inclusi i lotti non riusciti che potrebbero essere stati eseguiti: verificali prima.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the batch&apos;s addresses</source>
        <translation>Copia gli indirizzi del lotto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About the results</source>
        <translation>Informazioni sui risultati</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reads the organization&apos;s Windows tokens created since the run started and matches them with the addresses of the batches that were answered or may have been carried out.</source>
        <translation>Legge i token Windows dell&apos;organizzazione creati dall&apos;inizio dell&apos;invio e li confronta con gli indirizzi dei lotti che hanno avuto risposta o che potrebbero essere stati elaborati.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sending and results</source>
        <translation>Invio e risultati</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>&amp;Send the list</source>
        <translation>In&amp;via l&apos;elenco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel sending</source>
        <translation>&amp;Annulla l&apos;invio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry &amp;failed batches</source>
        <translation>Riprova i lotti &amp;non riusciti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the &amp;rest</source>
        <translation>Invia il &amp;resto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export log…</source>
        <translation>&amp;Esporta registro…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Analysing…</source>
        <translation>Analisi…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Nothing pasted yet.</source>
        <translation>Non è stato ancora incollato nulla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV file: addresses read from column “%1” (header on line %2).</source>
        <translation>File CSV: indirizzi letti dalla colonna &quot;%1&quot; (intestazione alla riga %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file: addresses read from column %1 (header on line %2).</source>
        <translation>File CSV: indirizzi letti dalla colonna %1 (intestazione alla riga %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty cells use column “%1”.</source>
        <translation>Le celle vuote usano la colonna &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header on line %1 skipped.</source>
        <translation>Intestazione alla riga %1 saltata.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n line(s) before the header skipped (#TYPE, sep=).</source>
        <translation>
            <numerusform>%n riga prima dell&apos;intestazione saltata (#TYPE, sep=).</numerusform>
            <numerusform>%n righe prima dell&apos;intestazione saltate (#TYPE, sep=).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n comment line(s) (# or //) skipped.</source>
        <translation>
            <numerusform>%n riga di commento (# o //) saltata.</numerusform>
            <numerusform>%n righe di commento (# o //) saltate.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 of %2 invalid lines are listed.</source>
        <translation>Sono elencate solo le prime %1 di %2 righe non valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every line was understood.</source>
        <translation>Tutte le righe sono state comprese.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is too large to import (over %2 MB).</source>
        <translation>&quot;%1&quot; è troppo grande per essere importato (oltre %2 MB).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Could not read “%1”.</source>
        <translation>Impossibile leggere &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Reading “%1”…</source>
        <translation>Lettura di &quot;%1&quot;…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” was not imported: a run is under way.</source>
        <translation>&quot;%1&quot; non è stato importato: è in corso un invio.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import addresses</source>
        <translation>Importa indirizzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Elenchi di indirizzi (*.csv *.txt *.tsv);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>→ %n request(s)</source>
        <translation>
            <numerusform>→ %n richiesta</numerusform>
            <numerusform>→ %n richieste</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analysing addresses…</source>
        <translation>Analisi degli indirizzi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send (no valid address yet)</source>
        <translation>Invia (nessun indirizzo valido)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The list is sent in %Ln request(s).</source>
        <translation>
            <numerusform>L&apos;elenco viene inviato in %Ln richiesta.</numerusform>
            <numerusform>L&apos;elenco viene inviato in %Ln richieste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(This is the local sandbox.)</source>
        <translation>(Questa è la sandbox locale.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each user will receive the enrollment e-mail.</source>
        <translation>Ogni utente riceverà l&apos;e-mail di registrazione.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n invalid line(s) will not be sent.</source>
        <translation>
            <numerusform>%n riga non valida non verrà inviata.</numerusform>
            <numerusform>%n righe non valide non verranno inviate.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The results of the previous run will be replaced: export its log first if you need it.</source>
        <translation>I risultati dell&apos;invio precedente verranno sostituiti: esportane prima il registro, se ti serve.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of these addresses were answered in the previous run and would get a second token: “List only the unanswered” leaves them out.</source>
        <translation>
            <numerusform>%n di questi indirizzi ha avuto risposta nell&apos;invio precedente e riceverebbe un secondo token: &quot;Elenca solo quelli senza risposta&quot; lo esclude.</numerusform>
            <numerusform>%n di questi indirizzi hanno avuto risposta nell&apos;invio precedente e riceverebbero un secondo token: &quot;Elenca solo quelli senza risposta&quot; li esclude.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n of these addresses were in batches that failed after reaching the server (a timeout, a dropped connection, a server error): they may already have a token and its e-mail. “Find who got no token” tells which.</source>
        <translation>
            <numerusform>%n di questi indirizzi era in lotti non riusciti dopo aver raggiunto il server (tempo scaduto, connessione interrotta, errore del server): potrebbe avere già un token e la sua e-mail. &quot;Chi non ha un token?&quot; dice quali.</numerusform>
            <numerusform>%n di questi indirizzi erano in lotti non riusciti dopo aver raggiunto il server (tempo scaduto, connessione interrotta, errore del server): potrebbero avere già un token e la sua e-mail. &quot;Chi non ha un token?&quot; dice quali.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was sent.</source>
        <translation>Non è stato inviato nulla.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Send again?</source>
        <translation>Inviare di nuovo?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n batch(es) failed after reaching the server (a timeout, a dropped connection or a server error). The server may have created their tokens and sent their e-mails: sending again could give those users a second token and a second e-mail.</source>
        <translation>
            <numerusform>%n lotto non è riuscito dopo aver raggiunto il server (timeout, connessione interrotta o errore del server). Il server potrebbe averne creato i token e inviato le e-mail: reinviarlo potrebbe dare a quegli utenti un secondo token e una seconda e-mail.</numerusform>
            <numerusform>%n lotti non sono riusciti dopo aver raggiunto il server (timeout, connessione interrotta o errore del server). Il server potrebbe averne creato i token e inviato le e-mail: reinviarli potrebbe dare a quegli utenti un secondo token e una seconda e-mail.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the Tokens page for these users first (the log lists each batch&apos;s addresses).</source>
        <translation>Controlla prima la pagina Token per questi utenti (il registro elenca gli indirizzi di ogni lotto).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send again</source>
        <translation>Invia di nuovo</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Only the %n surely not sent</source>
        <translation>
            <numerusform>Solo il %n sicuramente non inviato</numerusform>
            <numerusform>Solo i %n sicuramente non inviati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Elapsed %1</source>
        <translation>Trascorso: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about %1 left</source>
        <translation>circa %1 rimanenti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimating time left…</source>
        <translation>stima del tempo rimanente…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%v of %m batches</source>
        <translation>%v di %m lotti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not started</source>
        <translation>Non avviato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing sent yet.</source>
        <translation>Non è stato ancora inviato nulla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping after the current batch…</source>
        <translation>Arresto dopo il lotto corrente…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n batch(es) failed, %1 can be retried.</source>
        <translation>
            <numerusform>%n lotto non riuscito, %1 si possono riprovare.</numerusform>
            <numerusform>%n lotti non riusciti, %1 si possono riprovare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n batch(es) failed.</source>
        <translation>
            <numerusform>%n lotto non riuscito.</numerusform>
            <numerusform>%n lotti non riusciti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n batch(es) not sent.</source>
        <translation>
            <numerusform>%n lotto non inviato.</numerusform>
            <numerusform>%n lotti non inviati.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not save the log to “%1”.</source>
        <translation>Impossibile salvare il registro in &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the run&apos;s log</source>
        <translation>Esporta il registro dell&apos;invio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <location filename="../app/bulkrunner.cpp" line="+104"/>
        <source>E-mails: the list was read only in part; analyse it again.</source>
        <translation>E-mail: l&apos;elenco è stato letto solo in parte; analizzalo di nuovo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A run is already under way.</source>
        <translation>Un invio è già in corso.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The server or organization changed during the run; the remaining batches were not sent.</source>
        <translation>Il server o l&apos;organizzazione sono cambiati durante l&apos;invio; i lotti rimanenti non sono stati inviati.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <comment>batch state after cancel</comment>
        <translation>Non inviato</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../ui/shell/connectionbanner.cpp" line="+24"/>
        <source>Profiles &amp;&amp; key…</source>
        <translation>Profili &amp;&amp; chiave…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the &amp;organization</source>
        <translation>Copia l&apos;&amp;organizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the &amp;server address</source>
        <translation>Copia l&apos;indirizzo del &amp;server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Active profile</source>
        <translation>Profilo attivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch profile (organization and server)</source>
        <translation>Cambia profilo (organizzazione e server)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rofile:</source>
        <translation>Pr&amp;ofilo:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No profile selected — add one under Profiles &amp; API key.</source>
        <translation>Nessun profilo selezionato: aggiungine uno in Profili e chiave API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization &lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>Organizzazione &lt;b&gt;%1&lt;/b&gt; su %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SANDBOX — nothing here is real</source>
        <translation>SANDBOX — qui niente è reale</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading key…</source>
        <translation>Lettura della chiave…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key ✓</source>
        <translation>Chiave ✓</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key for this session only</source>
        <translation>Chiave solo per questa sessione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No API key</source>
        <translation>Nessuna chiave API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain unavailable</source>
        <translation>Portachiavi non disponibile</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../app/duration.cpp" line="+60"/>
        <source>0 minutes</source>
        <translation>0 minuti</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+4"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../ui/widgets/durationedit.ui" line="+16"/>
        <source>Validity, coarse</source>
        <translation>Validità, approssimativa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag or use the arrow keys, Page Up, Page Down, Home and End to choose how long the token is valid</source>
        <translation>Trascina o usa le frecce, PagSu, PagGiù, Home e Fine per scegliere per quanto tempo il token è valido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validity, exact number</source>
        <translation>Validità, numero esatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exact number of the chosen unit</source>
        <translation>Il numero esatto dell&apos;unità scelta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Validity, unit</source>
        <translation>Validità, unità</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expiry</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location filename="../ui/widgets/durationedit.cpp" line="+133"/>
        <source>seconds</source>
        <comment>duration unit</comment>
        <translation>secondi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <comment>duration unit</comment>
        <translation>minuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <comment>duration unit</comment>
        <translation>ore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <comment>duration unit</comment>
        <translation>giorni</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Expires %1, %2</source>
        <comment>token expiry: day, time</comment>
        <translation>Scade %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token created now expires %1 (local time).</source>
        <translation>Un token creato ora scade il %1 (ora locale).</translation>
    </message>
</context>
<context>
    <name>ElidedRunsLabel</name>
    <message>
        <location filename="../ui/widgets/elidedrunslabel.cpp" line="+21"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
</context>
<context>
    <name>EmailListParser</name>
    <message>
        <location filename="../app/emaillist.cpp" line="+938"/>
        <source>not an e-mail address</source>
        <translation>non è un indirizzo e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing @ sign</source>
        <translation>manca la @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than one @ sign</source>
        <translation>più di una @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing before the @</source>
        <translation>niente prima della @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing domain</source>
        <translation>manca il dominio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address longer than %1 characters</source>
        <translation>indirizzo più lungo di %1 caratteri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>space or character not allowed before the @</source>
        <translation>spazio o carattere non consentito prima della @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts with a dot</source>
        <translation>inizia con un punto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dot right before the @</source>
        <translation>punto subito prima della @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two dots in a row</source>
        <translation>due punti di fila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain has no dot (like example.com)</source>
        <translation>il dominio non ha un punto (come esempio.it)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>misplaced dot in the domain</source>
        <translation>punto in posizione errata nel dominio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>character not allowed in the domain</source>
        <translation>carattere non consentito nel dominio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain part starts or ends with a hyphen</source>
        <translation>una parte del dominio inizia o finisce con un trattino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain ending is not valid (like .com)</source>
        <translation>la desinenza del dominio non è valida (come .it)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no e-mail address in this row</source>
        <translation>nessun indirizzo e-mail in questa riga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains an invisible character or a non-breaking space (retype the address)</source>
        <translation>contiene un carattere invisibile o uno spazio unificatore (riscrivi l&apos;indirizzo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other words next to the address (a space in it?); write a name as Name &lt;address&gt;</source>
        <translation>altre parole accanto all&apos;indirizzo (uno spazio al suo interno?); scrivi un nome come Nome &lt;indirizzo&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address inside a comment in parentheses; put it on a line of its own to include it</source>
        <translation>indirizzo dentro un commento tra parentesi; mettilo su una riga a sé per includerlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this row has more or fewer cells than the header (a comma or semicolon in a value without quotes?)</source>
        <translation>questa riga ha più o meno celle dell&apos;intestazione (una virgola o un punto e virgola in un valore senza virgolette?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a guest account&apos;s sign-in name (#EXT#), not a mailbox; use the guest&apos;s own address</source>
        <translation>nome di accesso di un account guest (#EXT#), non una casella di posta; usare l&apos;indirizzo del guest</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>not a valid e-mail address</source>
        <translation>non è un indirizzo e-mail valido</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../ui/widgets/errorpanel.cpp" line="+19"/>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show error details</source>
        <translation>Mostra i dettagli dell&apos;errore</translation>
    </message>
</context>
<context>
    <name>HttpReply</name>
    <message>
        <location filename="../app/httpconnectionpool.cpp" line="+179"/>
        <source>no connection to %1 within %2 s</source>
        <translation>nessuna connessione a %1 entro %2 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer from %1 for %2 s</source>
        <translation>nessuna risposta da %1 per %2 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer from %1 took longer than %2 s in all</source>
        <translation>la risposta da %1 ha richiesto in tutto più di %2 s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the server closed the connection</source>
        <translation>il server ha chiuso la connessione</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>the status line is too long</source>
        <translation>la riga di stato è troppo lunga</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an HTTP/1.x answer: %1</source>
        <translation>non è una risposta HTTP/1.x: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer has no valid status code</source>
        <translation>la risposta non ha un codice di stato valido</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+63"/>
        <source>the answer&apos;s headers are too large</source>
        <translation>le intestazioni della risposta sono troppo grandi</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>a header line has no name</source>
        <translation>una riga di intestazione non ha nome</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a chunk of the answer has no valid size</source>
        <translation>un blocco della risposta non ha una dimensione valida</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a chunk of the answer is longer than its size</source>
        <translation>un blocco della risposta è più lungo della sua dimensione</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the answer gives two different lengths</source>
        <translation>la risposta indica due lunghezze diverse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the answer&apos;s length is not a number</source>
        <translation>la lunghezza della risposta non è un numero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is %1 bytes</source>
        <translation>la risposta è di %1 byte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a line of the answer is too long</source>
        <translation>una riga della risposta è troppo lunga</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the answer is larger than %1 bytes</source>
        <translation>la risposta supera i %1 byte</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the connection closed in the middle of the answer</source>
        <translation>la connessione si è chiusa a metà della risposta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the connection closed before the answer; the request was not sent again</source>
        <translation>la connessione si è chiusa prima della risposta; la richiesta non è stata reinviata</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unsupported address: %1</source>
        <translation>indirizzo non supportato: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the header %1 contains a line break or a NUL byte; nothing was sent</source>
        <translation>l&apos;intestazione %1 contiene un a capo o un byte NUL; non è stato inviato nulla</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/shell/languagemenu.cpp" line="+11"/>
        <source>&amp;Language</source>
        <comment>menu: the language of the console, not of the enrollment e-mail</comment>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;System language (%1)</source>
        <translation>Lingua di &amp;sistema (%1)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The console will be in %1 the next time you start EnrollDesk.</source>
        <translation>Lingua della console dal prossimo avvio di EnrollDesk: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../ui/widgets/languagepicker.cpp" line="+17"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>(not set)</source>
        <comment>language left out of the request</comment>
        <translation>(non impostata)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the language out: the API uses its own default</source>
        <translation>Ometti la lingua: l&apos;API usa la propria lingua predefinita</translation>
    </message>
</context>
<context>
    <name>LimitedLineEdit</name>
    <message numerus="yes">
        <location filename="../ui/widgets/limitedlineedit.cpp" line="+40"/>
        <source>At most %Ln character(s)</source>
        <comment>the limit of a field</comment>
        <translation>
            <numerusform>Al massimo %Ln carattere</numerusform>
            <numerusform>Al massimo %Ln caratteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>this text has %Ln</source>
        <comment>characters, after the limit</comment>
        <translation>
            <numerusform>questo testo ne ha %Ln</numerusform>
            <numerusform>questo testo ne ha %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln too many</source>
        <comment>characters over the limit</comment>
        <translation>
            <numerusform>%Ln di troppo</numerusform>
            <numerusform>%Ln di troppo</numerusform>
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
            <numerusform>%1 · %Ln di troppo</numerusform>
            <numerusform>%1 · %Ln di troppo</numerusform>
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
        <translation>Token Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows tokens
(many users)</source>
        <translation>Token Windows
(più utenti)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Android token</source>
        <translation>Token Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles &amp; API key</source>
        <translation>Profili e chiave API</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Requests in progress</source>
        <translation>Richieste in corso</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%Ln token(s) listed here.</source>
        <translation>
            <numerusform>%Ln token elencato qui.</numerusform>
            <numerusform>%Ln token elencati qui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln created by bulk runs, which the API answers with counts only: the Tokens page lists them.</source>
        <translation>
            <numerusform>%Ln creato da invii in blocco, a cui l&apos;API risponde solo con dei conteggi: la pagina Token lo elenca.</numerusform>
            <numerusform>%Ln creati da invii in blocco, a cui l&apos;API risponde solo con dei conteggi: la pagina Token li elenca.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>&amp;Windows token</source>
        <comment>Go menu</comment>
        <translation>Token &amp;Windows</translation>
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
        <translation>Token Windows (&amp;più utenti)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Android token</source>
        <comment>Go menu</comment>
        <translation>Token &amp;Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tokens</source>
        <comment>Go menu</comment>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles &amp;&amp; API key</source>
        <comment>Go menu</comment>
        <translation>P&amp;rofili e chiave API</translation>
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
        <translation>Vi&amp;sualizza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About EnrollDesk</source>
        <translation>&amp;Informazioni su EnrollDesk</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Created this session</source>
        <translation>Creati in questa sessione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tokens created in this session</source>
        <translation>Token creati in questa sessione</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Created this session: %1</source>
        <translation>Creati in questa sessione: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Created in organization %1 on %2, not the active profile&apos;s</source>
        <translation>Creato nell&apos;organizzazione %1 su %2, non in quella del profilo attivo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>%n richiesta in corso</numerusform>
            <numerusform>%n richieste in corso</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Go to a page (also %1, then the page&apos;s letter)</source>
        <translation>Vai a una pagina (anche %1, poi la lettera della pagina)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the token / send the list</source>
        <translation>Crea il token / invia l&apos;elenco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the request in progress, or close the token details (Tokens page)</source>
        <translation>Annulla la richiesta in corso o chiudi i dettagli del token (pagina Token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the enroll code</source>
        <translation>Copia il codice di registrazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the enrollment link</source>
        <translation>Copia il link di registrazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the token list</source>
        <translation>Aggiorna l&apos;elenco dei token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add / remove a policy assignment</source>
        <translation>Aggiungi / rimuovi un&apos;assegnazione di criterio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move a policy assignment</source>
        <translation>Sposta un&apos;assegnazione di criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettera sottolineata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jump to a field</source>
        <translation>Vai a un campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, arrow keys</source>
        <translation>%1, tasti freccia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the Android management mode</source>
        <translation>Scegli la modalità di gestione Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a batch row&apos;s addresses (bulk page)</source>
        <translation>Copia gli indirizzi di una riga di lotto (pagina in blocco)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo Clear or List only the unanswered (bulk page)</source>
        <translation>Annulla «Svuota» o «Elenca solo i senza risposta» (pagina in blocco)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the tokens created this session</source>
        <translation>Mostra i token creati in questa sessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the API key being typed (Profiles page)</source>
        <translation>Mostra o nascondi la chiave API in digitazione (pagina Profili)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the QR code that has the focus</source>
        <translation>Stampa il codice QR che ha il focus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the list of the banner&apos;s profile switcher</source>
        <translation>Apri l&apos;elenco del selettore di profilo del banner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the banner&apos;s line (Tab reaches it): copy it / copy the organization or the server alone</source>
        <translation>Sulla riga del banner (Tab la raggiunge): copiarla / copiare solo l&apos;organizzazione o il server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Questo elenco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Quit without sending the list?</source>
        <translation>Uscire senza inviare l&apos;elenco?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list of addresses has not been sent. If you quit now, it is lost.</source>
        <translation>L&apos;elenco di indirizzi non è stato inviato. Se esci ora, va perso.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quit without creating the token?</source>
        <translation>Uscire senza creare il token?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows and Android token forms are filled in, but their tokens have not been created. If you quit now, what you entered is lost.</source>
        <translation>I moduli dei token Windows e Android sono compilati, ma i loro token non sono stati creati. Se esci ora, quanto inserito va perso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Windows token form is filled in, but the token has not been created. If you quit now, what you entered is lost.</source>
        <translation>Il modulo del token Windows è compilato, ma il token non è stato creato. Se esci ora, quanto inserito va perso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Android token form is filled in, but the token has not been created. If you quit now, what you entered is lost.</source>
        <translation>Il modulo del token Android è compilato, ma il token non è stato creato. Se esci ora, quanto inserito va perso.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quit and lose the setup QR codes?</source>
        <translation>Uscire e perdere i codici QR di configurazione?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n Android token(s) created this session: EnrollDesk cannot show their setup QR codes after you quit. Save or print the ones still needed first.</source>
        <translation>
            <numerusform>%n token Android creato in questa sessione: EnrollDesk non può mostrarne il codice QR di configurazione dopo l&apos;uscita. Salvalo o stampalo prima, se serve ancora.</numerusform>
            <numerusform>%n token Android creati in questa sessione: EnrollDesk non può mostrarne i codici QR di configurazione dopo l&apos;uscita. Salva o stampa prima quelli che servono ancora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Stop sending and quit?</source>
        <translation>Interrompere l&apos;invio e uscire?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit without the run&apos;s log?</source>
        <translation>Uscire senza il registro dell&apos;invio?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens are still being created for the pasted list. If you quit now, the rest of the list is not sent, and the batch under way is abandoned: the API may still create its tokens. Export the run&apos;s log first to keep a record.</source>
        <translation>Si stanno ancora creando i token per l&apos;elenco incollato. Se esci ora, il resto dell&apos;elenco non viene inviato e il lotto in corso viene abbandonato: l&apos;API potrebbe comunque crearne i token. Esporta prima il registro dell&apos;invio per conservarne traccia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some batches of the last bulk run failed or were not sent, and the run&apos;s log has not been exported. It is the only record of which addresses were answered: export it first to send the rest later.</source>
        <translation>Alcuni lotti dell&apos;ultimo invio massivo non sono riusciti o non sono stati inviati, e il registro dell&apos;invio non è stato esportato. È l&apos;unica traccia di quali indirizzi hanno avuto risposta: esportalo prima per inviare il resto più tardi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quit while a token is being created?</source>
        <translation>Uscire mentre viene creato un token?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token is still being created. If you quit now, the API may still create it (and send its e-mail, if one was asked for), but its enroll code will not be shown.</source>
        <translation>Un token è ancora in fase di creazione. Se esci ora, l&apos;API potrebbe crearlo comunque (e inviare la sua e-mail, se richiesta), ma il suo codice di registrazione non verrà mostrato.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quit without saving the profile?</source>
        <translation>Uscire senza salvare il profilo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile on the Profiles page has changes that are not saved yet. If you quit now, they are lost.</source>
        <translation>Il profilo nella pagina Profili ha modifiche non ancora salvate. Se esci ora, andranno perse.</translation>
    </message>
</context>
<context>
    <name>PolicyAssignmentsTable</name>
    <message>
        <location filename="../ui/widgets/policyassignmentstable.ui" line="+13"/>
        <source>Policy assignments</source>
        <translation>Assegnazioni di criteri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert adds a row, Delete removes it, Alt+Up and Alt+Down move it, F2 edits the current cell</source>
        <translation>Ins aggiunge una riga, Canc la rimuove, Alt+Su e Alt+Giù la spostano, F2 modifica la cella corrente</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+80"/>
        <source>Policy</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="-13"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+230"/>
        <location line="+18"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Add a policy assignment</source>
        <translation>Aggiungi un&apos;assegnazione di criterio</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="-18"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Remove the selected assignment</source>
        <translation>Rimuovi l&apos;assegnazione selezionata</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move up</source>
        <translation>Su</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move the selected assignment up</source>
        <translation>Sposta su l&apos;assegnazione selezionata</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move down</source>
        <translation>Giù</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move the selected assignment down</source>
        <translation>Sposta giù l&apos;assegnazione selezionata</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Policy assignments status</source>
        <translation>Stato delle assegnazioni di criteri</translation>
    </message>
    <message>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="-217"/>
        <location line="+1"/>
        <source>Policy id</source>
        <translation>ID del criterio</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+331"/>
        <source>Unknown policy %1</source>
        <translation>Criterio sconosciuto %1</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Assign one more policy</source>
        <translation>Assegna un altro criterio</translation>
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
        <translation>Nessun criterio assegnato.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Policy assignment %1: “%2” is already assigned in row %3.</source>
        <translation>Assegnazione di criterio %1: &quot;%2&quot; è già assegnato alla riga %3.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(choose a policy)</source>
        <translation>(scegli un criterio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F2 or double-click to type the policy&apos;s id</source>
        <translation>Premere F2 o fare doppio clic per digitare l&apos;ID del criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F2 or double-click to choose the policy</source>
        <translation>Premi F2 o fai doppio clic per scegliere il criterio</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No policy assigned. Add one with the Add button or the Insert key.</source>
        <translation>Nessun criterio assegnato. Aggiungine uno con il pulsante Aggiungi o il tasto Ins.</translation>
    </message>
</context>
<context>
    <name>PolicyPicker</name>
    <message>
        <location filename="../ui/widgets/policypicker.cpp" line="+30"/>
        <source>Policy</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Policy id</source>
        <translation>ID del criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy id: 24 hexadecimal characters, or empty for none</source>
        <translation>ID del criterio: 24 caratteri esadecimali, o vuoto per nessuno</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+67"/>
        <location line="+149"/>
        <source>(none)</source>
        <comment>no primary policy</comment>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location line="-215"/>
        <location line="+67"/>
        <source>No primary policy: the field is left out of the request</source>
        <translation>Nessun criterio principale: il campo viene omesso dalla richiesta</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Unknown policy %1</source>
        <translation>Criterio sconosciuto %1</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Could not load the policies: %1
Click to try again.</source>
        <translation>Impossibile caricare i criteri: %1
Fai clic per riprovare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the policies; try again</source>
        <translation>Impossibile caricare i criteri; riprova</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the policies…</source>
        <translation>Caricamento dei criteri…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load the policies again</source>
        <translation>Ricarica i criteri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the policies</source>
        <translation>Ricarica i criteri</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <location filename="../ui/widgets/printdialogs.cpp" line="+20"/>
        <source>%1 was not found in %2.</source>
        <translation>%1 non trovato in %2.</translation>
    </message>
</context>
<context>
    <name>ProfileKeys</name>
    <message>
        <location filename="../app/profilekeys.cpp" line="+99"/>
        <source>The key kept for this profile was stored for another server.</source>
        <translation>La chiave conservata per questo profilo è stata salvata per un altro server.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/profiles.cpp" line="+185"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
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
        <translation>Nome: obbligatorio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name: at most %1 characters (this one has %2).</source>
        <translation>Nome: al massimo %1 caratteri (questo ne ha %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name: another profile is already called “%1”.</source>
        <translation>Nome: esiste già un altro profilo chiamato &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Base URL: use https:// (http:// only for this computer).</source>
        <translation>URL di base: usa https:// (http:// solo per questo computer).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL: %1</source>
        <translation>URL di base: %1</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../ui/pages/profilespage.cpp" line="+136"/>
        <source>Profiles and API key</source>
        <translation>Profili e chiave API</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Profiles &amp; API key</source>
        <translation>Profili e chiave API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A profile is a server and an organization. Its API key is kept only in the OS keychain, never in a file.</source>
        <translation>Un profilo è un server e un&apos;organizzazione. La sua chiave API è conservata solo nel portachiavi del sistema, mai in un file.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Profiles</source>
        <translation>Profili</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a profile to use it</source>
        <translation>Fai doppio clic su un profilo per usarlo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a profile</source>
        <translation>Aggiungi un profilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>Du&amp;plica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the profile</source>
        <translation>Duplica il profilo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the profile</source>
        <translation>Elimina il profilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a profile for another server or organization</source>
        <translation>Aggiungi un profilo per un altro server o un&apos;altra organizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this profile (and its API key) under a new name</source>
        <translation>Copia questo profilo (e la sua chiave API) con un nuovo nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this profile and its API key</source>
        <translation>Elimina questo profilo e la sua chiave API</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+423"/>
        <source>Save or revert your changes to switch profiles.</source>
        <translation>Salva o annulla le modifiche per cambiare profilo.</translation>
    </message>
    <message>
        <location line="-380"/>
        <location filename="../ui/pages/profilespagekey.cpp" line="+423"/>
        <source>Keychain unavailable</source>
        <translation>Portachiavi non disponibile</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;No keychain is available.&lt;/b&gt; EnrollDesk keeps API keys only in the OS keychain (Secret Service), and none answered: it is not running, it is locked, or access was denied. Nothing is written to a file instead. You can still use a key &lt;b&gt;for this session only&lt;/b&gt;: it stays in memory and is forgotten when EnrollDesk closes.</source>
        <translation>&lt;b&gt;Nessun portachiavi disponibile.&lt;/b&gt; EnrollDesk conserva le chiavi API solo nel portachiavi del sistema (Secret Service) e nessuno ha risposto: non è in esecuzione, è bloccato o l&apos;accesso è stato negato. Al suo posto non viene scritto nulla in un file. Puoi comunque usare una chiave &lt;b&gt;solo per questa sessione&lt;/b&gt;: resta in memoria e viene dimenticata alla chiusura di EnrollDesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the keychain again</source>
        <translation>Controlla di nuovo il portachiavi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain check result</source>
        <translation>Risultato del controllo del portachiavi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Active profile</source>
        <translation>Profilo attivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this &amp;profile</source>
        <translation>Usa &amp;questo profilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this profile</source>
        <translation>Usa questo profilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this the active profile: every page then works in its organization</source>
        <translation>Rendilo il profilo attivo: tutte le pagine lavoreranno nella sua organizzazione</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Confirm deletion</source>
        <translation>Conferma l&apos;eliminazione</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Delete profile</source>
        <translation>Elimina il profilo</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keep it</source>
        <translation>Mantienilo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the profile</source>
        <translation>Mantieni il profilo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Profile settings</source>
        <translation>Impostazioni del profilo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile name</source>
        <translation>Nome del profilo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Acme production</source>
        <translation>ad es. Acme produzione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base URL</source>
        <translation>URL di base dell&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https:// only; http:// is allowed for this computer (the sandbox)</source>
        <translation>Solo https://; http:// è consentito per questo computer (la sandbox)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pages/profilespagekey.cpp" line="-235"/>
        <source>Organization</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization id (24 hex digits) or slug</source>
        <translation>ID dell&apos;organizzazione (24 cifre esadecimali) o slug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connection lists the organizations the key can reach: pick one there</source>
        <translation>Prova connessione elenca le organizzazioni raggiungibili con la chiave: scegline una lì</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default e-mail language</source>
        <translation>Lingua predefinita dell&apos;e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the enrollment e-mail when a form does not say</source>
        <translation>La lingua dell&apos;e-mail di registrazione quando un modulo non la indica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default token validity</source>
        <translation>Validità predefinita del token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long new tokens stay valid unless a form says otherwise</source>
        <translation>Per quanto tempo restano validi i nuovi token, salvo diversa indicazione di un modulo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;base URL:</source>
        <translation>URL di &amp;base dell&apos;API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization:</source>
        <translation>Organi&amp;zzazione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;language:</source>
        <translation>&amp;Lingua predefinita:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default val&amp;idity:</source>
        <translation>Vali&amp;dità predefinita:</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Save &amp;changes</source>
        <translation>Salva le mod&amp;ifiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;evert</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Profile “%1” was removed meanwhile (in another window or with the command line), so it could not be saved. What you typed is kept here as a new profile: choose Add profile to keep it.</source>
        <translation>Il profilo &quot;%1&quot; è stato rimosso nel frattempo (in un&apos;altra finestra o dalla riga di comando), quindi non è stato possibile salvarlo. Ciò che hai scritto resta qui come nuovo profilo: scegli Aggiungi il profilo per conservarlo.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Deleted profile “%1”, but its API key could not be removed, so it may still be in the keychain (entry “%2”, service “%3”).</source>
        <translation>Profilo &quot;%1&quot; eliminato, ma non è stato possibile rimuovere la sua chiave API, che potrebbe essere ancora nel portachiavi (voce &quot;%2&quot;, servizio &quot;%3&quot;).</translation>
    </message>
    <message>
        <location line="-578"/>
        <source>Revert changes</source>
        <translation>Annulla le modifiche</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Check the &amp;keychain again</source>
        <translation>&amp;Ricontrolla il portachiavi</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Save profile</source>
        <translation>Salva il profilo</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespagekey.cpp" line="-108"/>
        <location line="+7"/>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>API key state</source>
        <translation>Stato della chiave API</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Show the key</source>
        <translation>Mostra la chiave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the key</source>
        <translation>Nascondi la chiave</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test &amp;&amp; &amp;save key</source>
        <translation>Prova &amp;&amp; salva la c&amp;hiave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test and save the key in the keychain</source>
        <translation>Prova la chiave e salvala nel portachiavi</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespage.cpp" line="+269"/>
        <location filename="../ui/pages/profilespagekey.cpp" line="+1"/>
        <source>Checks the key with the server, then stores it in the OS keychain</source>
        <translation>Verifica la chiave con il server, poi la salva nel portachiavi del sistema</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespagekey.cpp" line="+2"/>
        <source>Use the key for this session only</source>
        <translation>Usa la chiave solo per questa sessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the key in memory only; it is forgotten when EnrollDesk closes</source>
        <translation>Tiene la chiave solo in memoria; viene dimenticata alla chiusura di EnrollDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Remove the key</source>
        <translation>Rimuovi la chiave</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Removes this profile&apos;s key from the keychain and from this session</source>
        <translation>Rimuove la chiave di questo profilo dal portachiavi e da questa sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key result</source>
        <translation>Esito della chiave</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+11"/>
        <source>Test connection</source>
        <translation>Prova la connessione</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Test connection</source>
        <translation>Prova la &amp;connessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection test result</source>
        <translation>Esito della prova di connessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organizations the key can reach</source>
        <translation>Organizzazioni raggiungibili con la chiave</translation>
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
        <translation>Usa l&apos;organizzazione selezionata in questo profilo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection or key error</source>
        <translation>Errore di connessione o di chiave</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespage.cpp" line="-218"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (active), %2</source>
        <translation>%1 (attivo), %2</translation>
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
        <translation>Nuovo profilo</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>not saved yet</source>
        <translation>non ancora salvato</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Type the API key again below to use it with this server: a stored key is only sent to the server it was saved for. It stays stored until the key typed for this server has been tested and saved.</source>
        <translation>Digitare di nuovo qui sotto la chiave API per usarla con questo server: una chiave memorizzata viene inviata solo al server per cui è stata salvata. Resta memorizzata finché la chiave digitata per questo server non è stata verificata e salvata.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Add profile</source>
        <translation>A&amp;ggiungi il profilo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the new profile, or cancel it, to switch profiles.</source>
        <translation>Aggiungere il nuovo profilo, o annullarlo, per cambiare profilo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No keychain is available: use the key for this session only</source>
        <translation>Nessun portachiavi disponibile: usa la chiave solo per questa sessione</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Discard the new profile, and the API key typed for it?</source>
        <translation>Scartare il nuovo profilo e la chiave API digitata per esso?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the new profile and what was typed into it?</source>
        <translation>Scartare il nuovo profilo e ciò che vi è stato digitato?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard your changes to profile &lt;b&gt;%1&lt;/b&gt;, and the API key typed for it? The key has not been saved.</source>
        <translation>Scartare le modifiche al profilo &lt;b&gt;%1&lt;/b&gt; e la chiave API digitata per esso? La chiave non è stata salvata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard the API key typed for profile &lt;b&gt;%1&lt;/b&gt;? It has not been saved.</source>
        <translation>Scartare la chiave API digitata per il profilo &lt;b&gt;%1&lt;/b&gt;? Non è stata salvata.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Added profile “%1”.</source>
        <translation>Profilo &quot;%1&quot; aggiunto.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved profile “%1”.</source>
        <translation>Profilo &quot;%1&quot; salvato.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Duplicated as “%1”.</source>
        <translation>Duplicato come &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The session key was copied too.</source>
        <translation>È stata copiata anche la chiave della sessione.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The API key was copied too.</source>
        <translation>È stata copiata anche la chiave API.</translation>
    </message>
    <message>
        <location line="-466"/>
        <source>Keep editing</source>
        <translation>Continua a modificare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep what you typed</source>
        <translation>Mantieni quanto digitato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard what you typed</source>
        <translation>Scarta quanto digitato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm discarding what you typed</source>
        <translation>Conferma di scartare quanto digitato</translation>
    </message>
    <message>
        <location line="+478"/>
        <source>Delete profile &lt;b&gt;%1&lt;/b&gt;? Its API key is removed from the keychain too. This cannot be undone.</source>
        <translation>Eliminare il profilo &lt;b&gt;%1&lt;/b&gt;? Anche la sua chiave API viene rimossa dal portachiavi. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete profile &lt;b&gt;%1&lt;/b&gt;? Its API key, kept for this session only, is forgotten too. This cannot be undone.</source>
        <translation>Eliminare il profilo &lt;b&gt;%1&lt;/b&gt;? Anche la sua chiave API, tenuta solo per questa sessione, viene dimenticata. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete profile &lt;b&gt;%1&lt;/b&gt;? This cannot be undone.</source>
        <translation>Eliminare il profilo &lt;b&gt;%1&lt;/b&gt;? L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No profile will be left: a new one must then be added.</source>
        <translation>Non resterà alcun profilo: bisognerà aggiungerne uno nuovo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No profile is left: a new one must be added.</source>
        <translation>Non resta alcun profilo: bisogna aggiungerne uno nuovo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every page will then work with profile “%1”.</source>
        <translation>Tutte le pagine lavoreranno poi con il profilo &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deleted profile “%1”; removing its API key from the keychain…</source>
        <translation>Profilo &quot;%1&quot; eliminato; rimozione della sua chiave API dal portachiavi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted profile “%1” and forgot its session key.</source>
        <translation>Profilo «%1» eliminato e chiave di sessione dimenticata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted profile “%1”.</source>
        <translation>Profilo «%1» eliminato.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deleted profile “%1” and its API key.</source>
        <translation>Profilo &quot;%1&quot; e relativa chiave API eliminati.</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+69"/>
        <source>Every page now works with profile “%1”.</source>
        <translation>Tutte le pagine ora lavorano con il profilo &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespagekey.cpp" line="-92"/>
        <source>Use for this session onl&amp;y</source>
        <translation>Usa la c&amp;hiave solo in questa sessione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move key</source>
        <translation>Ri&amp;muovi la chiave</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep the key</source>
        <translation>Mantieni la chiave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove key</source>
        <translation>Rimuovi la chiave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm removing the key</source>
        <translation>Conferma la rimozione della chiave</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ne&amp;w key:</source>
        <translation>Nuova chiave (API &amp;key):</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Asks the server which organizations the key can reach, with the key typed above or else the stored one. Click one in the list, or press Enter on it, to fill in the organization.</source>
        <translation>Chiede al server quali organizzazioni raggiunge la chiave, con la chiave digitata sopra o altrimenti con quella salvata. Fai clic su una nell&apos;elenco, o premi Invio su di essa, per compilare l&apos;organizzazione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the server which organizations the key can reach, with the key typed above or else the stored one. Double-click one in the list, or press Enter on it, to fill in the organization.</source>
        <translation>Chiede al server quali organizzazioni raggiunge la chiave, con la chiave digitata sopra o altrimenti con quella salvata. Fai doppio clic su una nell&apos;elenco, o premi Invio su di essa, per compilare l&apos;organizzazione.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use selected organi&amp;zation</source>
        <translation>Usa l&apos;organizzazione seleziona&amp;ta</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Checking the keychain…</source>
        <translation>Controllo del portachiavi…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The keychain is still not available. Start or unlock it, then check again.</source>
        <translation>Il portachiavi non è ancora disponibile. Avviarlo o sbloccarlo, poi controllare di nuovo.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Reading the key…</source>
        <translation>Lettura della chiave…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sandbox demo key</source>
        <translation>Chiave demo della sandbox</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ Stored in the keychain</source>
        <translation>✓ Salvata nel portachiavi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local sandbox&apos;s public demo key is used. It is never stored.</source>
        <translation>Viene usata la chiave demo pubblica della sandbox locale. Non viene mai salvata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To replace it, paste the new key below and choose Test &amp; save key.</source>
        <translation>Per sostituirla, incolla la nuova chiave qui sotto e scegli Prova &amp; salva la chiave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session only</source>
        <translation>Solo questa sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is kept in memory and forgotten when EnrollDesk closes.</source>
        <translation>La chiave è tenuta in memoria e dimenticata alla chiusura di EnrollDesk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No key yet</source>
        <translation>Ancora nessuna chiave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the key for this server below, then choose Test &amp; save key.</source>
        <translation>Incolla qui sotto la chiave per questo server, poi scegli Prova &amp; salva la chiave.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste the service account&apos;s API key to test the connection now; it is stored in the keychain when you add the profile.</source>
        <translation>Incolla la chiave API dell&apos;account di servizio per provare subito la connessione; viene salvata nel portachiavi quando aggiungi il profilo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile has no API key yet. Paste the service account&apos;s key below, then choose Test &amp; save key. It is kept only in the OS keychain.</source>
        <translation>Questo profilo non ha ancora una chiave API. Incolla qui sotto la chiave dell&apos;account di servizio, poi scegli Prova &amp; salva la chiave. È conservata solo nel portachiavi del sistema.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key cannot be read or stored. Paste it below and use it for this session only, or start or unlock the keychain and try again.</source>
        <translation>La chiave non può essere letta né salvata. Incollala qui sotto e usala solo per questa sessione, oppure avvia o sblocca il portachiavi e riprova.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paste a new key to replace the current one</source>
        <translation>Incolla una nuova chiave per sostituire quella attuale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the service account&apos;s API key</source>
        <translation>Incolla la chiave API dell&apos;account di servizio</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Base URL: %1</source>
        <translation>URL di base: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Asking %1…</source>
        <translation>Richiesta a %1…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This profile has no API key yet: paste it above to test the connection.</source>
        <translation>Questo profilo non ha ancora una chiave API: incollala sopra per provare la connessione.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>✓ Connected. The key reaches %n organization(s).</source>
        <translation>
            <numerusform>✓ Connesso. La chiave raggiunge %n organizzazione.</numerusform>
            <numerusform>✓ Connesso. La chiave raggiunge %n organizzazioni.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not one of them: click one below to use it instead.</source>
        <translation>&quot;%1&quot; non è tra queste: fai clic su una qui sotto per usarla al suo posto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not one of them: double-click one below to use it instead.</source>
        <translation>&quot;%1&quot; non è tra queste: fai doppio clic su una qui sotto per usarla al suo posto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click one below to fill in the organization.</source>
        <translation>Fai clic su una qui sotto per compilare l&apos;organizzazione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click one below to fill in the organization.</source>
        <translation>Fai doppio clic su una qui sotto per compilare l&apos;organizzazione.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✗ The connection test failed.</source>
        <translation>✗ La prova di connessione non è riuscita.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Organization set to “%1”.</source>
        <translation>Organizzazione impostata su &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization set to “%1”: save the profile to keep it.</source>
        <translation>Organizzazione impostata su &quot;%1&quot;: salva il profilo per mantenerla.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Correct the profile first: the key is saved with it.</source>
        <translation>Correggi prima il profilo: la chiave viene salvata con esso.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Testing the key…</source>
        <translation>Prova della chiave…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+90"/>
        <source>The key was not saved.</source>
        <translation>La chiave non è stata salvata.</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+34"/>
        <source>Save without testing</source>
        <translation>Salva senza provare</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Use without testing</source>
        <translation>Usa senza provare</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Testing the key with the new server…</source>
        <translation>Verifica della chiave con il nuovo server…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was saved: the profile keeps its server and its stored key.</source>
        <translation>Non è stato salvato nulla: il profilo mantiene il suo server e la sua chiave memorizzata.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The key is used for this session only.</source>
        <translation>La chiave viene usata solo per questa sessione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>Saving in the keychain…</source>
        <translation>Salvataggio nel portachiavi…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The profile no longer exists, so the key was not saved.</source>
        <translation>Il profilo non esiste più, quindi la chiave non è stata salvata.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No keychain is available, so the key was not saved.</source>
        <translation>Nessun portachiavi disponibile, quindi la chiave non è stata salvata.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>Saved in the keychain.</source>
        <translation>Salvata nel portachiavi.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The key was not saved, so the profile keeps its server and its stored key.</source>
        <translation>La chiave non è stata salvata, quindi il profilo mantiene il suo server e la sua chiave memorizzata.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Forget the key of profile &lt;b&gt;%1&lt;/b&gt; kept for this session? It has to be pasted again to create tokens.</source>
        <translation>Dimenticare la chiave del profilo &lt;b&gt;%1&lt;/b&gt; tenuta per questa sessione? Per creare token andrà incollata di nuovo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the API key of profile &lt;b&gt;%1&lt;/b&gt; from the keychain? EnrollDesk cannot show it again: keep a copy elsewhere if it will be needed.</source>
        <translation>Rimuovere dal portachiavi la chiave API del profilo &lt;b&gt;%1&lt;/b&gt;? EnrollDesk non può mostrarla di nuovo: conservane una copia altrove se servirà.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The session key was forgotten.</source>
        <translation>La chiave della sessione è stata dimenticata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key was removed from the keychain.</source>
        <translation>La chiave è stata rimossa dal portachiavi.</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <location filename="../ui/widgets/qrview.cpp" line="+78"/>
        <location line="+14"/>
        <location line="+54"/>
        <source>QR code</source>
        <translation>Codice QR</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the full-screen view (Esc)</source>
        <translation>Chiudi la visualizzazione a schermo intero (Esc)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Press Esc to close</source>
        <translation>Premi Esc per chiudere</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save as P&amp;NG…</source>
        <translation>Salva come &amp;PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;SVG…</source>
        <translation>Salva come &amp;SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w full screen</source>
        <translation>Mostra a scher&amp;mo intero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click to show full screen; right-click to save or print</source>
        <translation>Doppio clic per lo schermo intero; clic destro per salvare o stampare</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Only a QR code rendered by EnrollDesk can be saved as SVG; save the downloaded image as PNG.</source>
        <translation>Solo un codice QR generato da EnrollDesk può essere salvato come SVG; salva l&apos;immagine scaricata come PNG.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No QR code</source>
        <translation>Nessun codice QR</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The QR code could not be encoded as PNG.</source>
        <translation>Impossibile codificare il codice QR come PNG.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>There is no QR code to save.</source>
        <translation>Non c&apos;è alcun codice QR da salvare.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>A downloaded QR image can only be saved as PNG.</source>
        <translation>Un&apos;immagine QR scaricata può essere salvata solo come PNG.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Device enrollment</source>
        <translation>Registrazione del dispositivo</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Save QR code as PNG</source>
        <translation>Salva il codice QR come PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Save QR code</source>
        <translation>Salva il codice QR</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>The QR code could not be saved to %1: %2</source>
        <translation>Impossibile salvare il codice QR in %1: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Save QR code as SVG</source>
        <translation>Salva il codice QR come SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG images (*.svg)</source>
        <translation>Immagini SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Print QR code</source>
        <translation>Stampa il codice QR</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Printing is not available: %1</source>
        <translation>La stampa non è disponibile: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The QR code could not be printed.</source>
        <translation>Impossibile stampare il codice QR.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../ui/widgets/resultview.ui" line="+88"/>
        <location filename="../ui/widgets/resultview.cpp" line="+268"/>
        <source>Enroll code</source>
        <translation>Codice di registrazione</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Copy code</source>
        <translation>Copia il co&amp;dice</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../ui/widgets/resultview.cpp" line="+21"/>
        <source>Enrollment link</source>
        <translation>Link di registrazione</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open in &amp;browser</source>
        <translation>Apri nel &amp;browser</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy &amp;link</source>
        <translation>Copia il &amp;link</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Policies</source>
        <translation>Criteri</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token ID</source>
        <translation>ID del token</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Sho&amp;w full screen</source>
        <translation>Mostra a scher&amp;mo intero</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save or print</source>
        <translation>Salva o s&amp;tampa</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Create &amp;another</source>
        <translation>Crea &amp;un altro</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultview.cpp" line="-219"/>
        <source>Copy enroll code</source>
        <translation>Copia il codice di registrazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy enrollment link</source>
        <translation>Copia il link di registrazione</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>QR code saved to %1</source>
        <translation>Codice QR salvato in %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Copy enroll c&amp;ode</source>
        <translation>Copia il c&amp;odice di registrazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy enrollment &amp;link</source>
        <translation>Copia il &amp;link di registrazione</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create ano&amp;ther</source>
        <translation>Crea u&amp;n altro</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 enrollment token</source>
        <translation>Token di registrazione %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No token yet</source>
        <translation>Ancora nessun token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a token to see its enroll code, enrollment link and QR code here.</source>
        <translation>Crea un token per vedere qui il suo codice di registrazione, il link di registrazione e il codice QR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”</source>
        <comment>display name in quotes</comment>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy the enroll code to the clipboard (%1)</source>
        <translation>Copia il codice di registrazione negli appunti (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the enrollment link to the clipboard (%1)</source>
        <translation>Copia il link di registrazione negli appunti (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Sconosciuta</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>Fully managed (device owner)</source>
        <translation>Completamente gestito (proprietario del dispositivo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work profile (profile owner)</source>
        <translation>Profilo di lavoro (proprietario del profilo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company-owned with work profile (COPE)</source>
        <translation>Aziendale con profilo di lavoro (COPE)</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>%1 (priority %2)</source>
        <translation>%1 (priorità %2)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Primary policy: %1</source>
        <translation>Criterio principale: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>State: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported as %1; the expiry time has passed.</source>
        <translation>Segnalato come %1; la data di scadenza è passata.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No enrollment link</source>
        <translation>Nessun link di registrazione</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No enrollment link to show as a QR code</source>
        <translation>Nessun link di registrazione da mostrare come codice QR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The enrollment link is too long for a QR code</source>
        <translation>Il link di registrazione è troppo lungo per un codice QR</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The QR image cannot be downloaded here.</source>
        <translation>L&apos;immagine QR non può essere scaricata qui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading the QR image…</source>
        <translation>Download dell&apos;immagine QR…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The QR image could not be downloaded (its server answered HTTP %1).</source>
        <translation>Non è stato possibile scaricare l&apos;immagine QR (il suo server ha risposto HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR image could not be downloaded: %1</source>
        <translation>Impossibile scaricare l&apos;immagine QR: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The downloaded QR image could not be read.</source>
        <translation>Impossibile leggere l&apos;immagine QR scaricata.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scan to open the enrollment link.</source>
        <translation>Scansiona per aprire il link di registrazione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This QR code opens the enrollment link.</source>
        <translation>Questo codice QR apre il link di registrazione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan during device setup: tap the welcome screen six times to open the QR reader.</source>
        <translation>Scansiona durante la configurazione del dispositivo: tocca sei volte la schermata di benvenuto per aprire il lettore QR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This QR code opens the enrollment link instead.</source>
        <translation>Questo codice QR apre invece il link di registrazione.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copied the enroll code %1</source>
        <translation>Codice di registrazione %1 copiato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the enrollment link</source>
        <translation>Link di registrazione copiato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This link cannot be opened in a browser</source>
        <translation>Questo link non può essere aperto in un browser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No browser could be started for the link</source>
        <translation>Impossibile avviare un browser per il link</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dedicated device (userless)</source>
        <translation>Dispositivo dedicato (senza utente)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending</source>
        <comment>token state</comment>
        <translation>In sospeso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <comment>token state</comment>
        <translation>In elaborazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <comment>token state: a device enrolled with it</comment>
        <translation>Usato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <comment>token state</comment>
        <translation>Scaduto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <comment>token state</comment>
        <translation>Eliminato</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expired</source>
        <translation>scaduto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expires in %1 d %2 h</source>
        <translation>scade tra %1 g %2 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires in %1 h %2 min</source>
        <translation>scade tra %1 h %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires in %1 min %2 s</source>
        <translation>scade tra %1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires in %1 s</source>
        <translation>scade tra %1 s</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/secretstore.cpp" line="+204"/>
        <source>No profile was given for the API key.</source>
        <translation>Non è stato indicato alcun profilo per la chiave API.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An empty API key cannot be stored.</source>
        <translation>Una chiave API vuota non può essere salvata.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done.</source>
        <translation>Fatto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API key is stored for this profile.</source>
        <translation>Per questo profilo non è salvata alcuna chiave API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain is available: no Secret Service is running, or access to it was denied. The API key can be kept for this session only.</source>
        <translation>Nessun portachiavi disponibile: nessun Secret Service è in esecuzione o l&apos;accesso è stato negato. La chiave API può essere conservata solo per questa sessione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain reported an error.</source>
        <translation>Il portachiavi ha segnalato un errore.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the API key from the keychain.</source>
        <translation>Impossibile leggere la chiave API dal portachiavi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the API key from the keychain: %1</source>
        <translation>Impossibile leggere la chiave API dal portachiavi: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the API key in the keychain.</source>
        <translation>Impossibile salvare la chiave API nel portachiavi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the API key in the keychain: %1</source>
        <translation>Impossibile salvare la chiave API nel portachiavi: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not remove the API key from the keychain.</source>
        <translation>Impossibile rimuovere la chiave API dal portachiavi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not remove the API key from the keychain: %1</source>
        <translation>Impossibile rimuovere la chiave API dal portachiavi: %1</translation>
    </message>
</context>
<context>
    <name>SessionTokensModel</name>
    <message>
        <location filename="../ui/widgets/sessiontokensmodel.cpp" line="+30"/>
        <source>%1 enrollment token</source>
        <translation>Token di registrazione %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation>Utente: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name: %1</source>
        <translation>Nome visualizzato: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enroll code: %1</source>
        <translation>Codice di registrazione: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State when created: %1</source>
        <translation>Stato alla creazione: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires: %1</source>
        <translation>Scadenza: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token ID: %1</source>
        <translation>ID del token: %1</translation>
    </message>
</context>
<context>
    <name>SingleTokenPage</name>
    <message>
        <location filename="../ui/pages/singletokenpage.cpp" line="+43"/>
        <source>Company-owned device, fully managed; set up from factory reset.</source>
        <translation>Dispositivo aziendale, completamente gestito; configurato dal ripristino dei dati di fabbrica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal device (BYOD): only a separate work profile is managed.</source>
        <translation>Dispositivo personale (BYOD): viene gestito solo un profilo di lavoro separato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company-owned, personally enabled: managed device with a private personal space.</source>
        <translation>Aziendale con uso personale consentito: dispositivo gestito con uno spazio personale privato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dedicated device (kiosk, shared scanner) not tied to a person.</source>
        <translation>Dispositivo dedicato (kiosk, scanner condiviso) non associato a una persona.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Windows enrollment token</source>
        <translation>Token di registrazione Windows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Android enrollment token</source>
        <translation>Token di registrazione Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One token for one user. The user enrolls the PC with the link or the code.</source>
        <translation>Un token per un utente. L&apos;utente registra il PC con il link o il codice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Cop&amp;y as curl</source>
        <translation>Copia come cu&amp;rl</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;User:</source>
        <translation>Ute&amp;nte:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the form still needs</source>
        <translation>Cosa manca ancora nel modulo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+357"/>
        <source>&amp;Create token</source>
        <translation>&amp;Crea token</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Create the token (Ctrl+Return)</source>
        <translation>Crea il token (Ctrl+Invio)</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Copy the exact request as a curl command; the API key is replaced by $ENROLLDESK_API_KEY</source>
        <translation>Copia la richiesta esatta come comando curl; la chiave API è sostituita da $ENROLLDESK_API_KEY</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Token settings</source>
        <translation>Impostazioni del token</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Management mode</source>
        <translation>Modalità di gestione</translation>
    </message>
    <message>
        <location line="-92"/>
        <location filename="../ui/shell/mainwindow.cpp" line="-85"/>
        <source>Management &amp;mode:</source>
        <translation>Modal&amp;ità di gestione:</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Creating…</source>
        <translation>Creazione…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Create another token?</source>
        <translation>Creare un altro token?</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The last request for this user failed in a way that leaves its outcome unknown: the token may already exist (and its e-mail may have been sent). Check before creating another.</source>
        <translation>L&apos;ultima richiesta per questo utente non è riuscita in un modo che ne lascia ignoto l&apos;esito: il token potrebbe già esistere (e la sua e-mail essere stata inviata). Verifica prima di crearne un altro.</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>One Android Enterprise token for one user. The device scans the QR code at setup; a work profile opens the link.</source>
        <translation>Un token Android Enterprise per un utente. Il dispositivo scansiona il codice QR durante la configurazione; per un profilo di lavoro si apre il link.</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>What the form still needs:</source>
        <translation>Cosa manca ancora nel modulo:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The last request for this user failed in a way that leaves its outcome unknown: the token may already exist. Check before creating another.</source>
        <translation>L&apos;ultima richiesta per questo utente non è riuscita in un modo che ne lascia ignoto l&apos;esito: il token potrebbe già esistere. Verifica prima di crearne un altro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create anyway</source>
        <translation>Crea comunque</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>EnrollDesk cannot list Android tokens: look for this user&apos;s token in the Applivery dashboard before creating another.</source>
        <translation>EnrollDesk non può elencare i token Android: cerca il token di questo utente nella dashboard di Applivery prima di crearne un altro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch back to that profile to check its token list for this user before creating another.</source>
        <translation>Torna a quel profilo per controllare il suo elenco dei token per questo utente prima di crearne un altro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the token list for this user</source>
        <translation>Controlla l&apos;elenco dei token di questo utente</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Created in organization %1 (profile “%2”), not the active profile</source>
        <translation>Creato nell&apos;organizzazione %1 (profilo &quot;%2&quot;), non nel profilo attivo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The request for %3 went to organization %1 (profile “%2”), not the active profile.</source>
        <translation>La richiesta per %3 è andata all&apos;organizzazione %1 (profilo &quot;%2&quot;), non al profilo attivo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>C&amp;ancel request</source>
        <translation>&amp;Annulla la richiesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as c&amp;url</source>
        <translation>Copia come c&amp;url</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing was copied: fix what is listed above first.</source>
        <translation>Non è stato copiato nulla: correggi prima quanto indicato sopra.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>curl command copied (key replaced by $ENROLLDESK_API_KEY)</source>
        <translation>Comando curl copiato (chiave sostituita da $ENROLLDESK_API_KEY)</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <location filename="../ui/widgets/tagsedit.cpp" line="+19"/>
        <source>Comma-separated, e.g. sales, madrid</source>
        <translation>Separati da virgole, ad es. vendite, milano</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Tag %1 “%2” has %Ln character(s)</source>
        <comment>the tag&apos;s position, the tag, its length</comment>
        <translation>
            <numerusform>Il tag %1 «%2» ha %Ln carattere</numerusform>
            <numerusform>Il tag %1 «%2» ha %Ln caratteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>a tag can have at most %Ln</source>
        <comment>characters</comment>
        <translation>
            <numerusform>un tag può averne al massimo %Ln</numerusform>
            <numerusform>un tag può averne al massimo %Ln</numerusform>
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
            <numerusform>%1 / %2 · %Ln di troppo</numerusform>
            <numerusform>%1 / %2 · %Ln di troppo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tag %1 is too long</source>
        <translation>il tag %1 è troppo lungo</translation>
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
        <translation>Invia le istru&amp;zioni di registrazione via e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send e-mail</source>
        <translation>Invia e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail text</source>
        <translation>Testo dell&apos;e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail language</source>
        <translation>Lingua dell&apos;e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for</source>
        <translation>Validità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Nome visualizzato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary policy</source>
        <translation>Criterio principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy assignments</source>
        <translation>Assegnazioni di criteri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment id</source>
        <translation>ID del segmento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional text added to the e-mail</source>
        <translation>Testo facoltativo aggiunto all&apos;e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Laptop – Ana Smith</source>
        <translation>ad es. Portatile – Anna Rossi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>E-mail te&amp;xt:</source>
        <translation>Testo dell&apos;e-&amp;mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid f&amp;or:</source>
        <translation>Vali&amp;dità:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segme&amp;nt:</source>
        <translation>Se&amp;gmento:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Why no policies are listed</source>
        <translation>Perché non è elencato alcun criterio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The policies could not be loaded: %1 Type the policy&apos;s id in the field, or try again with the button at its right end.</source>
        <translation>Impossibile caricare i criteri: %1 Digitare l&apos;ID del criterio nel campo o riprovare con il pulsante alla sua estremità destra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The policies could not be loaded again: %1 The list shown is the one loaded before; the button at the field&apos;s right end tries again.</source>
        <translation>Impossibile ricaricare i criteri: %1 L&apos;elenco mostrato è quello caricato prima; il pulsante all&apos;estremità destra del campo riprova.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Display name:</source>
        <translation>Nome vis&amp;ualizzato:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>E-mail &amp;language:</source>
        <translation>&amp;Lingua dell&apos;e-mail:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Primary policy:</source>
        <translation>Criterio &amp;principale:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy &amp;assignments:</source>
        <translation>Ass&amp;egnazioni di criteri:</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <location filename="../ui/pages/tokenspage.cpp" line="+163"/>
        <source>Show &amp;deleted</source>
        <translation>Mostra &amp;eliminati</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Previous</source>
        <translation>&amp;Precedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>Su&amp;ccessiva</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The organization&apos;s Windows enrollment tokens, and every token created in this session. Select a token to see its link, code and QR code.</source>
        <translation>I token di registrazione Windows dell&apos;organizzazione e tutti i token creati in questa sessione. Seleziona un token per vedere link, codice e codice QR.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the list could not be loaded</source>
        <translation>Perché non è stato possibile caricare l&apos;elenco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows enrollment tokens</source>
        <translation>Token di registrazione Windows</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 · in %2</source>
        <translation>%1 · tra %2</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n h</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This session · Android</source>
        <translation>Questa sessione · Android</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Selected token</source>
        <translation>Token selezionato</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close the token details</source>
        <translation>Chiudi i dettagli del token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the token details (Esc)</source>
        <translation>Chiudi i dettagli del token (Esc)</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <source>Token details</source>
        <translation>Dettagli del token</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>R&amp;efresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Only the tokens of this user</source>
        <translation>Solo i token di questo utente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the tokens of this user; empty shows everyone&apos;s</source>
        <translation>Mostra solo i token di questo utente; vuoto mostra quelli di tutti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the tokens with this policy</source>
        <translation>Solo i token con questo criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the tokens that have this policy, as primary policy or assigned</source>
        <translation>Mostra solo i token che hanno questo criterio, come principale o assegnato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show deleted tokens</source>
        <translation>Mostra i token eliminati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list the tokens that were revoked</source>
        <translation>Elenca anche i token revocati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh the list</source>
        <translation>Aggiorna l&apos;elenco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the list again (F5)</source>
        <translation>Ricarica l&apos;elenco (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;olicy:</source>
        <translation>Crite&amp;rio:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Loading the list</source>
        <translation>Caricamento dell&apos;elenco</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page and number of tokens</source>
        <translation>Pagina e numero di token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens per page</source>
        <translation>Token per pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many tokens each page lists</source>
        <translation>Quanti token elenca ogni pagina</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Previous page</source>
        <translation>Pagina precedente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next page</source>
        <translation>Pagina successiva</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Per p&amp;age:</source>
        <translation>Per pag&amp;ina:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Sor&amp;t by…</source>
        <translation>Ordina pe&amp;r…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close &amp;details</source>
        <translation>&amp;Chiudi i dettagli</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Ascending</source>
        <translation>&amp;Crescente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Descending</source>
        <translation>&amp;Decrescente</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>Page %1 of %2 · %3</source>
        <translation>Pagina %1 di %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> · %n from this session</source>
        <translation>
            <numerusform> · %n da questa sessione</numerusform>
            <numerusform> · %n da questa sessione</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tokens</source>
        <translation>Nessun token</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Go to page %1</source>
        <translation>Vai alla pagina %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the tokens…</source>
        <translation>Caricamento dei token…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token matches these filters.</source>
        <translation>Nessun token corrisponde a questi filtri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Windows tokens yet. Tokens you create appear here.</source>
        <translation>Ancora nessun token Windows. I token che crei compaiono qui.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>All policies</source>
        <translation>Tutti i criteri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens with any policy, or none</source>
        <translation>Token con qualsiasi criterio o senza</translation>
    </message>
</context>
<context>
    <name>TokensTableModel</name>
    <message>
        <location filename="../ui/pages/tokenstablemodel.cpp" line="+110"/>
        <source>None</source>
        <comment>empty table cell</comment>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Never</source>
        <comment>token expiry</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · expired</source>
        <translation>%1 · scaduto</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n h</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · in %2</source>
        <translation>%1 · tra %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This session · Android</source>
        <translation>Questa sessione · Android</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This session</source>
        <translation>Questa sessione</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User ID: %1</source>
        <translation>ID utente: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reported as %1; the expiry time has passed.</source>
        <translation>Segnalato come %1; la data di scadenza è passata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As when created, or last seen on another page of the list.</source>
        <translation>Come alla creazione, o come visto l&apos;ultima volta in un&apos;altra pagina dell&apos;elenco.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Primary policy: %1</source>
        <translation>Criterio principale: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (priority %2)</source>
        <translation>%1 (priorità %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created in this session. Android tokens are listed only when created here: the API has no list of Android tokens.</source>
        <translation>Creato in questa sessione. I token Android sono elencati solo se creati qui: l&apos;API non offre un elenco dei token Android.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created in this session; not on this page of the server&apos;s list.</source>
        <translation>Creato in questa sessione; non è in questa pagina dell&apos;elenco del server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in this session.</source>
        <translation>Creato in questa sessione.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Nome visualizzato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policies</source>
        <translation>Criteri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <comment>column: where the token was created</comment>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tokens created in this session with this console are marked “This session”</source>
        <translation>I token creati in questa sessione con questa console sono contrassegnati con &quot;Questa sessione&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorting by this column orders the rows of this page only</source>
        <translation>L&apos;ordinamento per questa colonna ordina solo le righe di questa pagina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorting by this column orders the whole list</source>
        <translation>L&apos;ordinamento per questa colonna ordina l&apos;intero elenco</translation>
    </message>
</context>
<context>
    <name>UserPicker</name>
    <message>
        <location filename="../ui/widgets/userpicker.cpp" line="+33"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Type part of a name or e-mail, or paste a user id</source>
        <translation>Nome, e-mail o ID utente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a user by name, e-mail or id</source>
        <translation>Trova un utente per nome, e-mail o ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked user</source>
        <translation>Utente scelto</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Matching users</source>
        <translation>Utenti corrispondenti</translation>
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
        <translation>Impossibile cercare: nessuna connessione configurata.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Searching…</source>
        <translation>Ricerca…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first %1 of %2 matches; type more to narrow them down.</source>
        <translation>Le prime %1 di %2 corrispondenze; digita ancora per restringerle.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No user matches “%1”.</source>
        <translation>Nessun utente corrisponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a user from the list (arrow keys, then Enter).</source>
        <translation>Scegli un utente dall&apos;elenco (frecce, poi Invio).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not search the users: %1</source>
        <translation>Impossibile cercare gli utenti: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Picked: user id %1</source>
        <comment>a user known only by id</comment>
        <translation>Scelto: utente con ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picked: %1 · %2</source>
        <comment>user name &lt;e-mail&gt; · id</comment>
        <translation>Scelto: %1 · %2</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/validation.cpp" line="+61"/>
        <source>User: choose an MDM user.</source>
        <translation>Utente: scegli un utente MDM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: the id must be 24 hexadecimal characters (0-9, a-f).</source>
        <translation>Utente: l&apos;ID deve avere 24 caratteri esadecimali (0-9, a-f).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization: enter the organization&apos;s id or slug.</source>
        <translation>Organizzazione: inserisci l&apos;ID o lo slug dell&apos;organizzazione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization: use the 24-character id or a slug of at least 3 letters, digits or hyphens.</source>
        <translation>Organizzazione: usa l&apos;ID di 24 caratteri o uno slug di almeno 3 lettere, cifre o trattini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Display name: at most %1 characters (this one has %2).</source>
        <translation>Nome visualizzato: al massimo %1 caratteri (questo ne ha %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tags: a tag cannot be empty.</source>
        <translation>Tag: un tag non può essere vuoto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: “%1…” is %2 characters long; at most %3 are allowed.</source>
        <translation>Tag: &quot;%1…&quot; è lungo %2 caratteri; ne sono consentiti al massimo %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration: at least 1 minute (60 seconds).</source>
        <translation>Durata: almeno 1 minuto (60 secondi).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration: at most 30 days (2,592,000 seconds).</source>
        <translation>Durata: al massimo 30 giorni (2.592.000 secondi).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language: “%1” is not one of es, en, fr, de, it, zh, pt, ru.</source>
        <translation>Lingua: &quot;%1&quot; non è tra es, en, fr, de, it, zh, pt, ru.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy: the id must be 24 hexadecimal characters (0-9, a-f).</source>
        <translation>Criterio: l&apos;ID deve avere 24 caratteri esadecimali (0-9, a-f).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Priority: a whole number from %1 to %2.</source>
        <translation>Priorità: un numero intero da %1 a %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Segment: a whole number from 0 to %1.</source>
        <translation>Segmento: un numero intero da 0 a %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Management mode: choose one of Device owner, Profile owner, COPE or Userless.</source>
        <translation>Modalità di gestione: scegli Proprietario del dispositivo, Proprietario del profilo, COPE o Senza utente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management mode: “%1” is not one of DEVICE_OWNER, PROFILE_OWNER, COPE, USERLESS.</source>
        <translation>Modalità di gestione: &quot;%1&quot; non è tra DEVICE_OWNER, PROFILE_OWNER, COPE, USERLESS.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail: “%1” is not a valid address.</source>
        <translation>E-mail: &quot;%1&quot; non è un indirizzo valido.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tags: “%1” is given more than once; give each tag once.</source>
        <translation>Tag: &quot;%1&quot; compare più di una volta; indica ogni tag una sola volta.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Policy assignment %1: choose a policy.</source>
        <translation>Assegnazione di criterio %1: scegli un criterio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy assignment %1: the policy id must be 24 hexadecimal characters.</source>
        <translation>Assegnazione di criterio %1: l&apos;ID del criterio deve avere 24 caratteri esadecimali.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Policy assignment %1: the same policy is already assigned in row %2.</source>
        <translation>Assegnazione di criterio %1: lo stesso criterio è già assegnato alla riga %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Policy assignment %1: priority must be a whole number from %2 to %3.</source>
        <translation>Assegnazione di criterio %1: la priorità deve essere un numero intero da %2 a %3.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Search text: at most %1 characters.</source>
        <translation>Testo di ricerca: al massimo %1 caratteri.</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>E-mails: add at least one address.</source>
        <translation>E-mail: aggiungi almeno un indirizzo.</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>E-mails: “%1” is listed twice.</source>
        <translation>E-mail: &quot;%1&quot; compare due volte.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sort: a field name, optionally followed by :asc or :desc.</source>
        <translation>Ordinamento: un nome di campo, facoltativamente seguito da :asc o :desc.</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Page: 1 or more.</source>
        <translation>Pagina: 1 o più.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page size: 1 or more.</source>
        <translation>Dimensione pagina: 1 o più.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+35"/>
        <source>Create Applivery MDM enrollment tokens.</source>
        <translation>Crea token di registrazione di Applivery MDM.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the local sandbox at URL (scripts/run).</source>
        <translation>Usa la sandbox locale all&apos;URL (scripts/run).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open with this profile (name or id).</source>
        <translation>Apri con questo profilo (nome o ID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language (en, es, de, …).</source>
        <translation>Lingua dell&apos;interfaccia (en, es, de, …).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>enrolldesk: no interface language “%1”. Languages: %2</source>
        <translation>enrolldesk: nessuna lingua dell&apos;interfaccia &quot;%1&quot;. Lingue: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>enrolldesk: --sandbox takes the address of the local sandbox, such as http://127.0.0.1:PORT/v1, not “%1”.</source>
        <translation>enrolldesk: --sandbox richiede l&apos;indirizzo della sandbox locale, come http://127.0.0.1:PORT/v1, non «%1».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>enrolldesk: no profile is named “%1”: there are no profiles yet.</source>
        <translation>enrolldesk: nessun profilo si chiama «%1»: non ci sono ancora profili.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enrolldesk: no profile is named “%1”. Profiles: %2</source>
        <translation>enrolldesk: nessun profilo si chiama &quot;%1&quot;. Profili: %2</translation>
    </message>
</context>
</TS>
