<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="+13"/>
        <source>About EnrollDesk</source>
        <translation>À propos d&apos;EnrollDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;EnrollDesk %1&lt;/h2&gt;&lt;p&gt;A desktop console for Applivery MDM enrollment tokens: Windows and Android tokens for one user or many, with link, enroll code and QR code.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPLv3), QtKeychain (BSD-3-Clause), libqrencode (LGPLv2.1+).&lt;/p&gt;&lt;p&gt;The API key is kept in the operating system&apos;s keychain and never written to disk by EnrollDesk.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;EnrollDesk %1&lt;/h2&gt;&lt;p&gt;Une console de bureau pour les jetons d&apos;inscription d&apos;Applivery MDM&#xa0;: jetons Windows et Android pour un ou plusieurs utilisateurs, avec lien, code d&apos;inscription et code QR.&lt;/p&gt;&lt;p&gt;Licence&#xa0;: MIT.&lt;/p&gt;&lt;p&gt;Conçu avec Qt %2 (LGPLv3), QtKeychain (BSD-3-Clause) et libqrencode (LGPLv2.1+).&lt;/p&gt;&lt;p&gt;La clé d&apos;API est conservée dans le trousseau du système d&apos;exploitation et n&apos;est jamais écrite sur le disque par EnrollDesk.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/apiclient.cpp" line="+204"/>
        <source>“%1” is not a valid server address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address must not contain a user name or password: the API key is kept in the keychain.</source>
        <translation>l&apos;adresse ne doit contenir ni nom d&apos;utilisateur ni mot de passe&#xa0;: la clé d&apos;API est conservée dans le trousseau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>http:// would send the API key unencrypted; use https:// (plain http is only allowed for this computer, e.g. the sandbox).</source>
        <translation>http:// enverrait la clé d&apos;API sans chiffrement&#xa0;; utilisez https:// (http non chiffré n&apos;est autorisé que pour cet ordinateur, p. ex. le bac à sable).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address must start with https://.</source>
        <translation>l&apos;adresse doit commencer par https://.</translation>
    </message>
    <message>
        <location filename="../app/apierror.cpp" line="+189"/>
        <source>Not found: the organization, user or policy does not exist, or this key cannot see it.</source>
        <translation>Introuvable&#xa0;: l&apos;organisation, l&apos;utilisateur ou la stratégie n&apos;existe pas, ou cette clé ne peut pas le voir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The API key was rejected: it is wrong, expired or revoked. Enter a valid service account key.</source>
        <translation>La clé d&apos;API a été refusée&#xa0;: elle est erronée, expirée ou révoquée. Saisissez une clé de compte de service valide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An MDM user with this e-mail already exists.</source>
        <translation>Un utilisateur MDM avec cette adresse e-mail existe déjà.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organization&apos;s billing plan does not include this feature.</source>
        <translation>Le forfait de l&apos;organisation n&apos;inclut pas cette fonctionnalité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not update the entity.</source>
        <translation>Le serveur n&apos;a pas pu mettre à jour l&apos;entité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not implement this operation.</source>
        <translation>Le serveur n&apos;implémente pas cette opération.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not create the Windows enrollment token.</source>
        <translation>Le serveur n&apos;a pas pu créer le jeton d&apos;inscription Windows.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The request is not valid.</source>
        <translation>La requête n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address is not allowed: %1</source>
        <translation>L&apos;adresse du serveur n&apos;est pas autorisée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API key is set for this profile. Enter it under Profiles &amp; API key.</source>
        <translation>Aucune clé d&apos;API n&apos;est définie pour ce profil. Saisissez-la dans Profils et clé d&apos;API.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection. Check the server address and that the server is running. Nothing was sent.</source>
        <translation>Le serveur a refusé la connexion. Vérifiez l&apos;adresse du serveur et qu&apos;il est démarré. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s name could not be found. Check the server address and your network. Nothing was sent.</source>
        <translation>Le nom du serveur est introuvable. Vérifiez l&apos;adresse du serveur et votre réseau. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection failed (TLS/certificate problem). Nothing was accepted from this server.</source>
        <translation>La connexion sécurisée a échoué (problème TLS ou de certificat). Rien n&apos;a été accepté de ce serveur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The request was cancelled. If it had already reached the server, it may have been processed.</source>
        <translation>La requête a été annulée. Si elle avait déjà atteint le serveur, elle a peut-être été traitée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection broke before the server&apos;s answer arrived in full. Try again in a moment.</source>
        <translation>La connexion a été interrompue avant la réception complète de la réponse du serveur. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection broke before the server&apos;s answer arrived in full. The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>La connexion a été interrompue avant la réception complète de la réponse du serveur. La requête a peut-être été traitée&#xa0;: vérifiez si le jeton a été créé avant de réessayer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server rejected the request: %1</source>
        <translation>Le serveur a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the request (error %1).</source>
        <translation>Le serveur a refusé la requête (erreur %1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server&apos;s answer lacks the list that was asked for. Try again in a moment.</source>
        <translation>La réponse du serveur ne contient pas la liste demandée. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the request, but its answer lacks what was created. The request was probably processed: check whether the token was created before trying again.</source>
        <translation>Le serveur a accepté la requête, mais sa réponse n&apos;indique pas ce qui a été créé. La requête a probablement été traitée&#xa0;: vérifiez si le jeton a été créé avant de réessayer.</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>The API key was rejected. Enter a valid service account key.</source>
        <translation>La clé d&apos;API a été refusée. Saisissez une clé de compte de service valide.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>[left out: it quoted part of the API key]</source>
        <translation>[omis&#xa0;: contenait une partie de la clé d&apos;API]</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The API key was not accepted (401 Unauthorized). Check that it is the service account&apos;s key for this server.</source>
        <translation>La clé d&apos;API n&apos;a pas été acceptée (401 Unauthorized). Vérifiez qu&apos;il s&apos;agit de la clé du compte de service pour ce serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server received no usable API key (401 No auth token). Check the key, and any proxy that may remove the Authorization header.</source>
        <translation>Le serveur n&apos;a reçu aucune clé d&apos;API utilisable (401 No auth token). Vérifiez la clé, ainsi que tout proxy susceptible de retirer l&apos;en-tête Authorization.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A limit was exceeded (Limit Exceeded). The API does not say which: check the organization&apos;s plan and how many devices and tokens it has.</source>
        <translation>Une limite a été dépassée (Limit Exceeded). L&apos;API ne dit pas laquelle&#xa0;: vérifiez le forfait de l&apos;organisation et combien d&apos;appareils et de jetons elle compte.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The API key may not do this (missing permission).</source>
        <translation>La clé d&apos;API n&apos;a pas le droit de faire cela (autorisation manquante).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found: check the server address and the organization.</source>
        <translation>Introuvable&#xa0;: vérifiez l&apos;adresse du serveur et l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests: the server asks to slow down. Try again in a moment.</source>
        <translation>Trop de requêtes&#xa0;: le serveur demande de ralentir. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request to another address (HTTP %1). Redirects are not followed, so that the key stays with the API&apos;s own server: check the server address.</source>
        <translation>Le serveur a renvoyé la requête vers une autre adresse (HTTP %1). Les redirections ne sont pas suivies, pour que la clé reste sur le serveur de l&apos;API&#xa0;: vérifiez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server had a problem (HTTP %1). The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>Le serveur a rencontré un problème (HTTP %1). La requête a peut-être été traitée&#xa0;: vérifiez si le jeton a été créé avant de réessayer.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The API key contains a space, a line break or another character an API key does not have. Enter the key again. Nothing was sent.</source>
        <translation>La clé d&apos;API contient une espace, un saut de ligne ou un autre caractère qu&apos;une clé d&apos;API ne comporte pas. Saisissez de nouveau la clé. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be reached in time. Check the server address and your network (a VPN or a firewall may be in the way). Nothing was sent.</source>
        <translation>Le serveur n&apos;a pas pu être joint à temps. Vérifiez l&apos;adresse du serveur et votre réseau (un VPN ou un pare-feu peut faire obstacle). Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not answer in time. The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. La requête a peut-être été traitée&#xa0;: vérifiez si le jeton a été créé avant de réessayer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>%1 The server says: %2</source>
        <translation>%1 Le serveur indique&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>La requête a peut-être été traitée&#xa0;: vérifiez si le jeton a été créé avant de réessayer.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The server rejected the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered with HTTP %1.</source>
        <translation>Le serveur a répondu HTTP %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server or a gateway in front of it failed (HTTP %1) and sent a page instead of an answer. Try again later.</source>
        <translation>Le serveur ou une passerelle placée devant lui a échoué (HTTP %1) et a envoyé une page au lieu d&apos;une réponse. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server or a gateway in front of it failed (HTTP %1) and sent a page instead of an answer. The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>Le serveur ou une passerelle placée devant lui a échoué (HTTP %1) et a envoyé une page au lieu d&apos;une réponse. La requête a peut-être été traitée&#xa0;: vérifiez si le jeton a été créé avant de réessayer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer could not be read (not the API&apos;s JSON). It may come from a proxy or a wrong server address.</source>
        <translation>La réponse du serveur est illisible (ce n&apos;est pas le JSON de l&apos;API). Elle provient peut-être d&apos;un proxy ou d&apos;une mauvaise adresse de serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer was too large and was not read.</source>
        <translation>La réponse du serveur était trop volumineuse et n&apos;a pas été lue.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../ui/shell/appcontext.cpp" line="+180"/>
        <source>Store the key for this server under Profiles &amp; API key. Nothing was sent.</source>
        <translation>Enregistrez la clé pour ce serveur dans Profils et clé d&apos;API. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key is still being read from the keychain (it may be waiting to be unlocked). Try again in a moment. Nothing was sent.</source>
        <translation>La clé d&apos;API est encore en cours de lecture dans le trousseau (il attend peut-être d&apos;être déverrouillé). Réessayez dans un instant. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key could not be read from the keychain. Nothing was sent.</source>
        <translation>La clé d&apos;API n&apos;a pas pu être lue dans le trousseau. Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>BulkPage</name>
    <message>
        <location filename="../ui/pages/bulkpage.cpp" line="+266"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Why it is not used</source>
        <translation>Pourquoi elle n&apos;est pas utilisée</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Windows tokens for many users</source>
        <translation>Jetons Windows pour plusieurs utilisateurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows enrollment tokens for many users</source>
        <translation>Jetons d&apos;inscription Windows pour plusieurs utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste or import the users&apos; e-mail addresses, choose the settings once, and send. Each user gets a token with the same settings.</source>
        <translation>Collez ou importez les adresses e-mail des utilisateurs, choisissez les paramètres une fois, puis envoyez. Chaque utilisateur reçoit un jeton avec les mêmes paramètres.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Analysing… %1 %</source>
        <translation>Analyse… %1 %</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>E-mail addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste e-mail addresses here: one per line, a mail client&apos;s To: line (Name &lt;address&gt;; …) or a CSV export with a header row.

Or drop a .csv or .txt file on this page.</source>
        <translation>Collez les adresses e-mail ici&#xa0;: une par ligne, la ligne À&#xa0;: d&apos;un client de messagerie (Nom &lt;adresse&gt;&#xa0;; …) ou un export CSV avec une ligne d&apos;en-tête.

Ou déposez un fichier .csv ou .txt sur cette page.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read addresses from a CSV or text file (also by dropping it here)</source>
        <translation>Lire les adresses dans un fichier CSV ou texte (aussi en le déposant ici)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear addresses</source>
        <translation>Effacer les adresses</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Valid addresses</source>
        <translation>Adresses valides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates removed</source>
        <translation>Doublons supprimés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid lines</source>
        <translation>Lignes non valides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid, will be sent</source>
        <translation>valides, seront envoyées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicates removed</source>
        <translation>doublons supprimés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid, not sent</source>
        <translation>non valides, non envoyées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysis status</source>
        <translation>État de l&apos;analyse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines that are not used</source>
        <translation>Lignes non utilisées</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click a line (or press Enter) to show it in the addresses</source>
        <translation>Cliquez sur une ligne (ou appuyez sur Entrée) pour l&apos;afficher dans les adresses</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+16"/>
        <source>Settings for every token</source>
        <translation>Paramètres de tous les jetons</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Addresses per request</source>
        <translation>Adresses par requête</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many addresses go in one request. Smaller batches show progress more often and lose less when one fails.</source>
        <translation>Nombre d&apos;adresses par requête. Des lots plus petits affichent la progression plus souvent et perdent moins quand l&apos;un échoue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests planned</source>
        <translation>Requêtes prévues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the form still needs</source>
        <translation>Ce qui manque encore au formulaire</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token settings</source>
        <translation>Paramètres du jeton</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create the tokens (Ctrl+Return); you confirm first</source>
        <translation>Créer les jetons (Ctrl+Entrée)&#xa0;; une confirmation est demandée avant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm sending</source>
        <translation>Confirmer l&apos;envoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will be sent</source>
        <translation>Ce qui sera envoyé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, send</source>
        <translation>Oui, envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the form</source>
        <translation>Retour au formulaire</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Retry selected batch</source>
        <translation>Réessayer le lot sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+807"/>
        <source>Retry failed batches</source>
        <translation>Réessayer les lots en échec</translation>
    </message>
    <message>
        <location line="-804"/>
        <source>Sends again the batches that failed on the way. Batches the API answered are never sent again; for batches that may have been carried out (a timeout, a dropped connection, a server error) you are asked first.</source>
        <translation>Renvoie les lots qui ont échoué en route. Les lots auxquels l&apos;API a répondu ne sont jamais renvoyés&#xa0;; pour les lots peut-être exécutés (délai dépassé, connexion coupée, erreur du serveur), la confirmation vous est demandée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export log…</source>
        <translation>Exporter le journal…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The API reports only how many tokens each batch created, not which addresses failed (usually addresses with no MDM user). “Find who got no token” reads the token list to name them.</source>
        <translation>L&apos;API indique seulement combien de jetons chaque lot a créés, pas quelles adresses ont échoué (en général des adresses sans utilisateur MDM). «&#xa0;Qui n&apos;a pas de jeton&#xa0;?&#xa0;» lit la liste des jetons pour les nommer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find who got no token</source>
        <translation>Qui n&apos;a pas de jeton&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who got a token</source>
        <translation>Qui a reçu un jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only those without a token</source>
        <translation>Ne lister que celles sans jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the addresses without a token</source>
        <translation>Ne lister que les adresses sans jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces the list with them (Ctrl+Z brings the list back).</source>
        <translation>Remplace la liste par celles-ci (Ctrl+Z rétablit la liste).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Reading the token list… (%n page(s))</source>
        <translation>
            <numerusform>Lecture de la liste des jetons… (%n page)</numerusform>
            <numerusform>Lecture de la liste des jetons… (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Reading the token list…</source>
        <translation>Lecture de la liste des jetons…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token list could not be read: %1</source>
        <translation>La liste des jetons n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln address(es) checked have a token created since the run started.</source>
        <translation>
            <numerusform>%Ln adresse vérifiée a un jeton créé depuis le début de l&apos;envoi.</numerusform>
            <numerusform>%Ln adresses vérifiées ont un jeton créé depuis le début de l&apos;envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln address(es) have no token.</source>
        <translation>
            <numerusform>%Ln adresse n&apos;a aucun jeton.</numerusform>
            <numerusform>%Ln adresses n&apos;ont aucun jeton.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the newest %1 tokens were read.</source>
        <translation>Seuls les %1 jetons les plus récents ont été lus.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>CSV file: addresses read from column %1.</source>
        <translation>Fichier CSV&#xa0;: adresses lues dans la colonne %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All the other lines were understood.</source>
        <translation>Toutes les autres lignes ont été comprises.</translation>
    </message>
    <message numerus="yes">
        <location line="+152"/>
        <source>Send to %n user(s)</source>
        <translation>
            <numerusform>Envoyer à %n utilisateur</numerusform>
            <numerusform>Envoyer à %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Create Windows enrollment tokens for &lt;b&gt;%Ln user(s)&lt;/b&gt; in organization &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>
            <numerusform>Créer des jetons d&apos;inscription Windows pour &lt;b&gt;%Ln utilisateur&lt;/b&gt; dans l&apos;organisation &lt;b&gt;%1&lt;/b&gt; sur &lt;b&gt;%2&lt;/b&gt;.</numerusform>
            <numerusform>Créer des jetons d&apos;inscription Windows pour &lt;b&gt;%Ln utilisateurs&lt;/b&gt; dans l&apos;organisation &lt;b&gt;%1&lt;/b&gt; sur &lt;b&gt;%2&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Each request carries up to %Ln address(es).</source>
        <translation>
            <numerusform>Chaque requête porte au plus %Ln adresse.</numerusform>
            <numerusform>Chaque requête porte au plus %Ln adresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+218"/>
        <source>Sending to %1 — %2 of %Ln address(es) answered.</source>
        <translation>
            <numerusform>Envoi à %1 — réponse pour %2 sur %Ln adresse.</numerusform>
            <numerusform>Envoi à %1 — réponse pour %2 sur %Ln adresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Stopped: %n token(s) created.</source>
        <translation>
            <numerusform>Arrêté&#xa0;: %n jeton créé.</numerusform>
            <numerusform>Arrêté&#xa0;: %n jetons créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Finished: %n token(s) created.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n jeton créé.</numerusform>
            <numerusform>Terminé&#xa0;: %n jetons créés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The API could not create %n of the tokens asked for (usually addresses without an MDM user).</source>
        <translation>
            <numerusform>L&apos;API n&apos;a pas pu créer %n des jetons demandés (en général une adresse sans utilisateur MDM).</numerusform>
            <numerusform>L&apos;API n&apos;a pas pu créer %n des jetons demandés (en général des adresses sans utilisateur MDM).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The run went to %1 on %2: switch back to that profile to send its batches.</source>
        <translation>L&apos;envoi visait %1 sur %2&#xa0;: revenez à ce profil pour envoyer ses lots.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry failed batches (%1)</source>
        <translation>Réessayer les lots en échec (%1)</translation>
    </message>
    <message>
        <location line="-1048"/>
        <source>&amp;Clear</source>
        <translation>Effa&amp;cer</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Reason</source>
        <comment>invalid lines: why a line is not sent</comment>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Its tokens may exist, check before retrying: %1</source>
        <translation>Ses jetons existent peut-être, vérifiez avant de réessayer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be retried: %1</source>
        <translation>Peut être réessayé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>An earlier attempt may have created tokens too: check for duplicates.</source>
        <translation>Une tentative précédente a peut-être aussi créé des jetons&#xa0;: vérifiez les doublons.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The check stopped: another profile is in use.</source>
        <translation>La vérification s&apos;est arrêtée&#xa0;: un autre profil est utilisé.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Addr&amp;esses</source>
        <translation>Adre&amp;sses</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Lines that &amp;will not be sent (click to show):</source>
        <translation>Lignes q&amp;ui ne seront pas envoyées (cliquez pour afficher)&#xa0;:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Removing the list from the box… %1 %</source>
        <translation>Retrait de la liste de la zone… %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the list to the box… %1 %</source>
        <translation>Ajout de la liste dans la zone… %1 %</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Addresses per re&amp;quest:</source>
        <translation>Adresses par re&amp;quête&#xa0;:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Batches sent</source>
        <translation>Lots envoyés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run status</source>
        <translation>État de l&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed and remaining time</source>
        <translation>Temps écoulé et restant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel sending</source>
        <translation>Annuler l&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current batch (Esc)</source>
        <translation>Arrêter après le lot en cours (Échap)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tokens created</source>
        <translation>Jetons créés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses the API counted as failed</source>
        <translation>Adresses comptées en échec par l&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses answered</source>
        <translation>Adresses traitées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batches done</source>
        <translation>Lots terminés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens created</source>
        <translation>jetons créés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed (per the API)</source>
        <translation>en échec (selon l&apos;API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>addresses answered</source>
        <translation>adresses traitées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batches done</source>
        <translation>lots terminés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Retry the selected batch</source>
        <translation>Réessayer le lot sélectionné</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the rest</source>
        <translation>Envoyer le reste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the batches not sent</source>
        <translation>Envoyer les lots non envoyés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the run&apos;s log as CSV</source>
        <translation>Exporter le journal de l&apos;envoi en CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Tokens page</source>
        <translation>Ouvrir la page Jetons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List only the unanswered</source>
        <translation>Ne lister que les sans réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the addresses not answered</source>
        <translation>Ne lister que les adresses sans réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces the list with the addresses of the failed and unsent batches (Ctrl+Z brings the list back). Failed batches that may have been carried out are included: check them first.</source>
        <translation>Remplace la liste par les adresses des lots en échec et non envoyés (Ctrl+Z rétablit la liste). Les lots en échec peut-être exécutés sont inclus&#xa0;: vérifiez-les d&apos;abord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the batch&apos;s addresses</source>
        <translation>Copier les adresses du lot</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About the results</source>
        <translation>À propos des résultats</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reads the organization&apos;s Windows tokens created since the run started and matches them with the addresses of the batches that were answered or may have been carried out.</source>
        <translation>Lit les jetons Windows de l&apos;organisation créés depuis le début de l&apos;envoi et les rapproche des adresses des lots qui ont reçu une réponse ou ont peut-être été traités.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sending and results</source>
        <translation>Envoi et résultats</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>&amp;Send the list</source>
        <translation>&amp;Envoyer la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel sending</source>
        <translation>A&amp;nnuler l&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry &amp;failed batches</source>
        <translation>Réessayer les lots en é&amp;chec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the &amp;rest</source>
        <translation>Envoyer le &amp;reste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export log…</source>
        <translation>E&amp;xporter le journal…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Analysing…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Nothing pasted yet.</source>
        <translation>Rien n&apos;a encore été collé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV file: addresses read from column “%1” (header on line %2).</source>
        <translation>Fichier CSV&#xa0;: adresses lues dans la colonne «&#xa0;%1&#xa0;» (en-tête à la ligne %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file: addresses read from column %1 (header on line %2).</source>
        <translation>Fichier CSV&#xa0;: adresses lues dans la colonne %1 (en-tête à la ligne %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty cells use column “%1”.</source>
        <translation>Les cellules vides utilisent la colonne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header on line %1 skipped.</source>
        <translation>En-tête de la ligne %1 ignoré.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n line(s) before the header skipped (#TYPE, sep=).</source>
        <translation>
            <numerusform>%n ligne avant l&apos;en-tête ignorée (#TYPE, sep=).</numerusform>
            <numerusform>%n lignes avant l&apos;en-tête ignorées (#TYPE, sep=).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n comment line(s) (# or //) skipped.</source>
        <translation>
            <numerusform>%n ligne de commentaire (# ou //) ignorée.</numerusform>
            <numerusform>%n lignes de commentaire (# ou //) ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 of %2 invalid lines are listed.</source>
        <translation>Seules les %1 premières des %2 lignes non valides sont listées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every line was understood.</source>
        <translation>Toutes les lignes ont été comprises.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is too large to import (over %2 MB).</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour être importé (plus de %2 Mo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Could not read “%1”.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Reading “%1”…</source>
        <translation>Lecture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” was not imported: a run is under way.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été importé&#xa0;: un envoi est en cours.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import addresses</source>
        <translation>Importer des adresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Listes d&apos;adresses (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>→ %n request(s)</source>
        <translation>
            <numerusform>→ %n requête</numerusform>
            <numerusform>→ %n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analysing addresses…</source>
        <translation>Analyse des adresses…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send (no valid address yet)</source>
        <translation>Envoyer (aucune adresse valide)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The list is sent in %Ln request(s).</source>
        <translation>
            <numerusform>La liste est envoyée en %Ln requête.</numerusform>
            <numerusform>La liste est envoyée en %Ln requêtes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(This is the local sandbox.)</source>
        <translation>(Il s&apos;agit du bac à sable local.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each user will receive the enrollment e-mail.</source>
        <translation>Chaque utilisateur recevra l&apos;e-mail d&apos;inscription.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n invalid line(s) will not be sent.</source>
        <translation>
            <numerusform>%n ligne non valide ne sera pas envoyée.</numerusform>
            <numerusform>%n lignes non valides ne seront pas envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The results of the previous run will be replaced: export its log first if you need it.</source>
        <translation>Les résultats de l&apos;envoi précédent seront remplacés&#xa0;: exportez d&apos;abord son journal si vous en avez besoin.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of these addresses were answered in the previous run and would get a second token: “List only the unanswered” leaves them out.</source>
        <translation>
            <numerusform>%n de ces adresses a reçu une réponse lors de l&apos;envoi précédent et recevrait un second jeton&#xa0;: «&#xa0;Ne lister que les sans réponse&#xa0;» l&apos;écarte.</numerusform>
            <numerusform>%n de ces adresses ont reçu une réponse lors de l&apos;envoi précédent et recevraient un second jeton&#xa0;: «&#xa0;Ne lister que les sans réponse&#xa0;» les écarte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n of these addresses were in batches that failed after reaching the server (a timeout, a dropped connection, a server error): they may already have a token and its e-mail. “Find who got no token” tells which.</source>
        <translation>
            <numerusform>%n de ces adresses était dans des lots qui ont échoué après avoir atteint le serveur (délai dépassé, connexion coupée, erreur du serveur)&#xa0;: elle a peut-être déjà un jeton et son e-mail. «&#xa0;Qui n&apos;a pas de jeton&#xa0;?&#xa0;» indique lesquelles.</numerusform>
            <numerusform>%n de ces adresses étaient dans des lots qui ont échoué après avoir atteint le serveur (délai dépassé, connexion coupée, erreur du serveur)&#xa0;: elles ont peut-être déjà un jeton et son e-mail. «&#xa0;Qui n&apos;a pas de jeton&#xa0;?&#xa0;» indique lesquelles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Send again?</source>
        <translation>Renvoyer&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n batch(es) failed after reaching the server (a timeout, a dropped connection or a server error). The server may have created their tokens and sent their e-mails: sending again could give those users a second token and a second e-mail.</source>
        <translation>
            <numerusform>%n lot a échoué après avoir atteint le serveur (délai dépassé, connexion coupée ou erreur du serveur). Le serveur a peut-être créé ses jetons et envoyé ses e-mails&#xa0;: le renvoyer pourrait donner à ces utilisateurs un second jeton et un second e-mail.</numerusform>
            <numerusform>%n lots ont échoué après avoir atteint le serveur (délai dépassé, connexion coupée ou erreur du serveur). Le serveur a peut-être créé leurs jetons et envoyé leurs e-mails&#xa0;: les renvoyer pourrait donner à ces utilisateurs un second jeton et un second e-mail.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the Tokens page for these users first (the log lists each batch&apos;s addresses).</source>
        <translation>Vérifiez d&apos;abord la page Jetons pour ces utilisateurs (le journal liste les adresses de chaque lot).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Only the %n surely not sent</source>
        <translation>
            <numerusform>Seulement le %n sûrement pas envoyé</numerusform>
            <numerusform>Seulement les %n sûrement pas envoyés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Elapsed %1</source>
        <translation>Écoulé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about %1 left</source>
        <translation>environ %1 restant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimating time left…</source>
        <translation>estimation du temps restant…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%v of %m batches</source>
        <translation>%v lots sur %m</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing sent yet.</source>
        <translation>Rien n&apos;a encore été envoyé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n batch(es) failed, %1 can be retried.</source>
        <translation>
            <numerusform>%n lot en échec, %1 peuvent être réessayés.</numerusform>
            <numerusform>%n lots en échec, %1 peuvent être réessayés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n batch(es) failed.</source>
        <translation>
            <numerusform>%n lot en échec.</numerusform>
            <numerusform>%n lots en échec.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n batch(es) not sent.</source>
        <translation>
            <numerusform>%n lot non envoyé.</numerusform>
            <numerusform>%n lots non envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not save the log to “%1”.</source>
        <translation>Impossible d&apos;enregistrer le journal dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the run&apos;s log</source>
        <translation>Exporter le journal de l&apos;envoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <location filename="../app/bulkrunner.cpp" line="+104"/>
        <source>E-mails: the list was read only in part; analyse it again.</source>
        <translation>E-mails&#xa0;: la liste n&apos;a été lue qu&apos;en partie&#xa0;; analysez-la à nouveau.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A run is already under way.</source>
        <translation>Un envoi est déjà en cours.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The server or organization changed during the run; the remaining batches were not sent.</source>
        <translation>Le serveur ou l&apos;organisation a changé pendant l&apos;envoi&#xa0;; les lots restants n&apos;ont pas été envoyés.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <comment>batch state after cancel</comment>
        <translation>Non envoyé</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../ui/shell/connectionbanner.cpp" line="+24"/>
        <source>Profiles &amp;&amp; key…</source>
        <translation>Profils &amp;&amp; clé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the &amp;organization</source>
        <translation>Copier l&apos;&amp;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the &amp;server address</source>
        <translation>Copier l&apos;adresse du &amp;serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Active profile</source>
        <translation>Profil actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch profile (organization and server)</source>
        <translation>Changer de profil (organisation et serveur)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil&#xa0;:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No profile selected — add one under Profiles &amp; API key.</source>
        <translation>Aucun profil sélectionné — ajoutez-en un dans Profils et clé d&apos;API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization &lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>Organisation &lt;b&gt;%1&lt;/b&gt; sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SANDBOX — nothing here is real</source>
        <translation>BAC À SABLE — rien n&apos;est réel ici</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading key…</source>
        <translation>Lecture de la clé…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key ✓</source>
        <translation>Clé ✓</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key for this session only</source>
        <translation>Clé pour cette session uniquement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No API key</source>
        <translation>Aucune clé d&apos;API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../app/duration.cpp" line="+60"/>
        <source>0 minutes</source>
        <translation>0 minute</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+4"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../ui/widgets/durationedit.ui" line="+16"/>
        <source>Validity, coarse</source>
        <translation>Validité, approximative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag or use the arrow keys, Page Up, Page Down, Home and End to choose how long the token is valid</source>
        <translation>Faites glisser ou utilisez les flèches, Page préc., Page suiv., Début et Fin pour choisir la durée de validité du jeton</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validity, exact number</source>
        <translation>Validité, nombre exact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exact number of the chosen unit</source>
        <translation>Le nombre exact de l&apos;unité choisie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Validity, unit</source>
        <translation>Validité, unité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location filename="../ui/widgets/durationedit.cpp" line="+133"/>
        <source>seconds</source>
        <comment>duration unit</comment>
        <translation>secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <comment>duration unit</comment>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <comment>duration unit</comment>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <comment>duration unit</comment>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Expires %1, %2</source>
        <comment>token expiry: day, time</comment>
        <translation>Expire le %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token created now expires %1 (local time).</source>
        <translation>Un jeton créé maintenant expire le %1 (heure locale).</translation>
    </message>
</context>
<context>
    <name>ElidedRunsLabel</name>
    <message>
        <location filename="../ui/widgets/elidedrunslabel.cpp" line="+21"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>EmailListParser</name>
    <message>
        <location filename="../app/emaillist.cpp" line="+938"/>
        <source>not an e-mail address</source>
        <translation>pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing @ sign</source>
        <translation>@ manquant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than one @ sign</source>
        <translation>plus d&apos;un @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing before the @</source>
        <translation>rien avant le @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing domain</source>
        <translation>domaine manquant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address longer than %1 characters</source>
        <translation>adresse de plus de %1 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>space or character not allowed before the @</source>
        <translation>espace ou caractère non autorisé avant le @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts with a dot</source>
        <translation>commence par un point</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dot right before the @</source>
        <translation>point juste avant le @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two dots in a row</source>
        <translation>deux points consécutifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain has no dot (like example.com)</source>
        <translation>le domaine n&apos;a pas de point (comme exemple.fr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>misplaced dot in the domain</source>
        <translation>point mal placé dans le domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>character not allowed in the domain</source>
        <translation>caractère non autorisé dans le domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain part starts or ends with a hyphen</source>
        <translation>une partie du domaine commence ou finit par un tiret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain ending is not valid (like .com)</source>
        <translation>l&apos;extension du domaine n&apos;est pas valide (comme .fr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no e-mail address in this row</source>
        <translation>aucune adresse e-mail dans cette ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains an invisible character or a non-breaking space (retype the address)</source>
        <translation>contient un caractère invisible ou une espace insécable (retapez l&apos;adresse)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other words next to the address (a space in it?); write a name as Name &lt;address&gt;</source>
        <translation>d&apos;autres mots à côté de l&apos;adresse (une espace dedans&#xa0;?)&#xa0;; écrivez un nom sous la forme Nom &lt;adresse&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address inside a comment in parentheses; put it on a line of its own to include it</source>
        <translation>adresse dans un commentaire entre parenthèses&#xa0;; mettez-la sur une ligne à part pour l&apos;inclure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this row has more or fewer cells than the header (a comma or semicolon in a value without quotes?)</source>
        <translation>cette ligne a plus ou moins de cellules que l’en-tête (une virgule ou un point-virgule dans une valeur sans guillemets&#xa0;?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a guest account&apos;s sign-in name (#EXT#), not a mailbox; use the guest&apos;s own address</source>
        <translation>nom de connexion d’un compte invité (#EXT#), pas une boîte aux lettres&#xa0;; utilisez l’adresse de l’invité</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>not a valid e-mail address</source>
        <translation>pas une adresse e-mail valide</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../ui/widgets/errorpanel.cpp" line="+19"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show error details</source>
        <translation>Afficher les détails de l&apos;erreur</translation>
    </message>
</context>
<context>
    <name>HttpReply</name>
    <message>
        <location filename="../app/httpconnectionpool.cpp" line="+179"/>
        <source>no connection to %1 within %2 s</source>
        <translation>aucune connexion à %1 en %2&#xa0;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer from %1 for %2 s</source>
        <translation>aucune réponse de %1 depuis %2 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer from %1 took longer than %2 s in all</source>
        <translation>la réponse de %1 a pris plus de %2&#xa0;s au total</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>the status line is too long</source>
        <translation>la ligne d&apos;état est trop longue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an HTTP/1.x answer: %1</source>
        <translation>pas une réponse HTTP/1.x&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer has no valid status code</source>
        <translation>la réponse n&apos;a pas de code d&apos;état valide</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+63"/>
        <source>the answer&apos;s headers are too large</source>
        <translation>les en-têtes de la réponse sont trop volumineux</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>a header line has no name</source>
        <translation>une ligne d&apos;en-tête n&apos;a pas de nom</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a chunk of the answer has no valid size</source>
        <translation>un fragment de la réponse n&apos;a pas de taille valide</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a chunk of the answer is longer than its size</source>
        <translation>un fragment de la réponse dépasse sa taille</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the answer gives two different lengths</source>
        <translation>la réponse indique deux longueurs différentes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the answer&apos;s length is not a number</source>
        <translation>la longueur de la réponse n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is %1 bytes</source>
        <translation>la réponse fait %1 octets</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a line of the answer is too long</source>
        <translation>une ligne de la réponse est trop longue</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the answer is larger than %1 bytes</source>
        <translation>la réponse dépasse %1 octets</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the connection closed in the middle of the answer</source>
        <translation>la connexion s&apos;est fermée au milieu de la réponse</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the connection closed before the answer; the request was not sent again</source>
        <translation>la connexion s&apos;est fermée avant la réponse&#xa0;; la requête n&apos;a pas été renvoyée</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unsupported address: %1</source>
        <translation>adresse non prise en charge&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the header %1 contains a line break or a NUL byte; nothing was sent</source>
        <translation>l&apos;en-tête %1 contient un saut de ligne ou un octet NUL&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/shell/languagemenu.cpp" line="+11"/>
        <source>&amp;Language</source>
        <comment>menu: the language of the console, not of the enrollment e-mail</comment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;System language (%1)</source>
        <translation>Langue du &amp;système (%1)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The console will be in %1 the next time you start EnrollDesk.</source>
        <translation>Langue de la console au prochain démarrage d&apos;EnrollDesk&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../ui/widgets/languagepicker.cpp" line="+17"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>(not set)</source>
        <comment>language left out of the request</comment>
        <translation>(non défini)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the language out: the API uses its own default</source>
        <translation>Omettre la langue&#xa0;: l&apos;API utilise sa propre langue par défaut</translation>
    </message>
</context>
<context>
    <name>LimitedLineEdit</name>
    <message numerus="yes">
        <location filename="../ui/widgets/limitedlineedit.cpp" line="+40"/>
        <source>At most %Ln character(s)</source>
        <comment>the limit of a field</comment>
        <translation>
            <numerusform>Au plus %Ln caractère</numerusform>
            <numerusform>Au plus %Ln caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>this text has %Ln</source>
        <comment>characters, after the limit</comment>
        <translation>
            <numerusform>ce texte en a %Ln</numerusform>
            <numerusform>ce texte en a %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln too many</source>
        <comment>characters over the limit</comment>
        <translation>
            <numerusform>%Ln de trop</numerusform>
            <numerusform>%Ln de trop</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2, %3.</source>
        <comment>the limit; the text&apos;s length, how many characters too many</comment>
        <translation>%1&#xa0;; %2, %3.</translation>
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
            <numerusform>%1 · %Ln de trop</numerusform>
            <numerusform>%1 · %Ln de trop</numerusform>
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
        <translation>Jeton Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows tokens
(many users)</source>
        <translation>Jetons Windows
(plusieurs utilisateurs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Android token</source>
        <translation>Jeton Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles &amp; API key</source>
        <translation>Profils et clé d&apos;API</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Requests in progress</source>
        <translation>Requêtes en cours</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%Ln token(s) listed here.</source>
        <translation>
            <numerusform>%Ln jeton listé ici.</numerusform>
            <numerusform>%Ln jetons listés ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln created by bulk runs, which the API answers with counts only: the Tokens page lists them.</source>
        <translation>
            <numerusform>%Ln créé par des envois en masse, auxquels l’API ne répond que par des nombres&#xa0;: la page Jetons le liste.</numerusform>
            <numerusform>%Ln créés par des envois en masse, auxquels l’API ne répond que par des nombres&#xa0;: la page Jetons les liste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>&amp;Windows token</source>
        <comment>Go menu</comment>
        <translation>Jeton &amp;Windows</translation>
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
        <translation>Jetons Windows (&amp;plusieurs utilisateurs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Android token</source>
        <comment>Go menu</comment>
        <translation>Jeton &amp;Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tokens</source>
        <comment>Go menu</comment>
        <translation>&amp;Jetons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles &amp;&amp; API key</source>
        <comment>Go menu</comment>
        <translation>Pr&amp;ofils et clé d&apos;API</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Token</source>
        <comment>menu</comment>
        <translation>Jeton</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About EnrollDesk</source>
        <translation>À &amp;propos d&apos;EnrollDesk</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Created this session</source>
        <translation>Créés pendant cette session</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tokens created in this session</source>
        <translation>Jetons créés pendant cette session</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Created this session: %1</source>
        <translation>Créés pendant cette session&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Created in organization %1 on %2, not the active profile&apos;s</source>
        <translation>Créé dans l&apos;organisation %1 sur %2, pas celle du profil actif</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>%n requête en cours</numerusform>
            <numerusform>%n requêtes en cours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Go to a page (also %1, then the page&apos;s letter)</source>
        <translation>Aller à une page (aussi %1, puis la lettre de la page)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the token / send the list</source>
        <translation>Créer le jeton / envoyer la liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the request in progress, or close the token details (Tokens page)</source>
        <translation>Annuler la requête en cours, ou fermer les détails du jeton (page Jetons)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the enroll code</source>
        <translation>Copier le code d’inscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the enrollment link</source>
        <translation>Copier le lien d’inscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the token list</source>
        <translation>Actualiser la liste des jetons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add / remove a policy assignment</source>
        <translation>Ajouter / retirer une attribution de stratégie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move a policy assignment</source>
        <translation>Déplacer une attribution de stratégie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jump to a field</source>
        <translation>Aller à un champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, arrow keys</source>
        <translation>%1, touches fléchées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the Android management mode</source>
        <translation>Choisir le mode de gestion Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a batch row&apos;s addresses (bulk page)</source>
        <translation>Copier les adresses d’une ligne de lot (page d’envoi en masse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo Clear or List only the unanswered (bulk page)</source>
        <translation>Annuler «&#xa0;Vider&#xa0;» ou «&#xa0;Ne lister que les sans réponse&#xa0;» (page d’envoi en masse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the tokens created this session</source>
        <translation>Afficher les jetons créés pendant cette session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the API key being typed (Profiles page)</source>
        <translation>Afficher ou masquer la clé d’API en cours de saisie (page Profils)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the QR code that has the focus</source>
        <translation>Imprimer le code QR qui a le focus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the list of the banner&apos;s profile switcher</source>
        <translation>Ouvrir la liste du sélecteur de profil du bandeau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the banner&apos;s line (Tab reaches it): copy it / copy the organization or the server alone</source>
        <translation>Sur la ligne du bandeau (Tab l’atteint)&#xa0;: la copier / ne copier que l’organisation ou le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Quit without sending the list?</source>
        <translation>Quitter sans envoyer la liste&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list of addresses has not been sent. If you quit now, it is lost.</source>
        <translation>La liste d’adresses n’a pas été envoyée. Si vous quittez maintenant, elle est perdue.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quit without creating the token?</source>
        <translation>Quitter sans créer le jeton&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows and Android token forms are filled in, but their tokens have not been created. If you quit now, what you entered is lost.</source>
        <translation>Les formulaires de jeton Windows et Android sont remplis, mais leurs jetons n’ont pas été créés. Si vous quittez maintenant, ce que vous avez saisi est perdu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Windows token form is filled in, but the token has not been created. If you quit now, what you entered is lost.</source>
        <translation>Le formulaire du jeton Windows est rempli, mais le jeton n’a pas été créé. Si vous quittez maintenant, ce que vous avez saisi est perdu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Android token form is filled in, but the token has not been created. If you quit now, what you entered is lost.</source>
        <translation>Le formulaire du jeton Android est rempli, mais le jeton n’a pas été créé. Si vous quittez maintenant, ce que vous avez saisi est perdu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quit and lose the setup QR codes?</source>
        <translation>Quitter et perdre les codes QR de configuration&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n Android token(s) created this session: EnrollDesk cannot show their setup QR codes after you quit. Save or print the ones still needed first.</source>
        <translation>
            <numerusform>%n jeton Android créé pendant cette session&#xa0;: EnrollDesk ne peut plus afficher son code QR de configuration après votre départ. Enregistrez-le ou imprimez-le d’abord s’il sert encore.</numerusform>
            <numerusform>%n jetons Android créés pendant cette session&#xa0;: EnrollDesk ne peut plus afficher leurs codes QR de configuration après votre départ. Enregistrez ou imprimez d’abord ceux qui servent encore.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Stop sending and quit?</source>
        <translation>Arrêter l&apos;envoi et quitter&#xa0;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit without the run&apos;s log?</source>
        <translation>Quitter sans le journal de l&apos;envoi&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens are still being created for the pasted list. If you quit now, the rest of the list is not sent, and the batch under way is abandoned: the API may still create its tokens. Export the run&apos;s log first to keep a record.</source>
        <translation>Des jetons sont encore en cours de création pour la liste collée. Si vous quittez maintenant, le reste de la liste n&apos;est pas envoyé et le lot en cours est abandonné&#xa0;: l&apos;API peut encore créer ses jetons. Exportez d&apos;abord le journal de l&apos;envoi pour en garder une trace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some batches of the last bulk run failed or were not sent, and the run&apos;s log has not been exported. It is the only record of which addresses were answered: export it first to send the rest later.</source>
        <translation>Certains lots du dernier envoi groupé ont échoué ou n&apos;ont pas été envoyés, et le journal de l&apos;envoi n&apos;a pas été exporté. C&apos;est la seule trace des adresses qui ont reçu une réponse&#xa0;: exportez-le d&apos;abord pour envoyer le reste plus tard.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quit while a token is being created?</source>
        <translation>Quitter pendant la création d&apos;un jeton&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token is still being created. If you quit now, the API may still create it (and send its e-mail, if one was asked for), but its enroll code will not be shown.</source>
        <translation>Un jeton est en cours de création. Si vous quittez maintenant, l&apos;API peut quand même le créer (et envoyer son e-mail, s&apos;il a été demandé), mais son code d&apos;inscription ne sera pas affiché.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quit without saving the profile?</source>
        <translation>Quitter sans enregistrer le profil&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile on the Profiles page has changes that are not saved yet. If you quit now, they are lost.</source>
        <translation>Le profil de la page Profils a des modifications qui ne sont pas encore enregistrées. Si vous quittez maintenant, elles seront perdues.</translation>
    </message>
</context>
<context>
    <name>PolicyAssignmentsTable</name>
    <message>
        <location filename="../ui/widgets/policyassignmentstable.ui" line="+13"/>
        <source>Policy assignments</source>
        <translation>Attributions de stratégies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert adds a row, Delete removes it, Alt+Up and Alt+Down move it, F2 edits the current cell</source>
        <translation>Inser ajoute une ligne, Suppr la supprime, Alt+Haut et Alt+Bas la déplacent, F2 modifie la cellule courante</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+80"/>
        <source>Policy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="-13"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+230"/>
        <location line="+18"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Add a policy assignment</source>
        <translation>Ajouter une attribution de stratégie</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="-18"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Remove the selected assignment</source>
        <translation>Supprimer l&apos;attribution sélectionnée</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move the selected assignment up</source>
        <translation>Monter l&apos;attribution sélectionnée</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move the selected assignment down</source>
        <translation>Descendre l&apos;attribution sélectionnée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Policy assignments status</source>
        <translation>État des attributions de stratégies</translation>
    </message>
    <message>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="-217"/>
        <location line="+1"/>
        <source>Policy id</source>
        <translation>Identifiant de la stratégie</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+331"/>
        <source>Unknown policy %1</source>
        <translation>Stratégie inconnue %1</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Assign one more policy</source>
        <translation>Attribuer une stratégie de plus</translation>
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
        <translation>Aucune stratégie attribuée.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Policy assignment %1: “%2” is already assigned in row %3.</source>
        <translation>Attribution de stratégie %1&#xa0;: «&#xa0;%2&#xa0;» est déjà attribuée à la ligne %3.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(choose a policy)</source>
        <translation>(choisir une stratégie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F2 or double-click to type the policy&apos;s id</source>
        <translation>Appuyez sur F2 ou double-cliquez pour saisir l’identifiant de la stratégie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F2 or double-click to choose the policy</source>
        <translation>Appuyez sur F2 ou double-cliquez pour choisir la stratégie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No policy assigned. Add one with the Add button or the Insert key.</source>
        <translation>Aucune stratégie attribuée. Ajoutez-en une avec le bouton Ajouter ou la touche Inser.</translation>
    </message>
</context>
<context>
    <name>PolicyPicker</name>
    <message>
        <location filename="../ui/widgets/policypicker.cpp" line="+30"/>
        <source>Policy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Policy id</source>
        <translation>Identifiant de la stratégie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy id: 24 hexadecimal characters, or empty for none</source>
        <translation>Identifiant de la stratégie&#xa0;: 24 caractères hexadécimaux, ou vide pour aucune</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+67"/>
        <location line="+149"/>
        <source>(none)</source>
        <comment>no primary policy</comment>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="-215"/>
        <location line="+67"/>
        <source>No primary policy: the field is left out of the request</source>
        <translation>Aucune stratégie principale&#xa0;: le champ est omis de la requête</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Unknown policy %1</source>
        <translation>Stratégie inconnue %1</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Could not load the policies: %1
Click to try again.</source>
        <translation>Impossible de charger les stratégies&#xa0;: %1
Cliquez pour réessayer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the policies; try again</source>
        <translation>Impossible de charger les stratégies&#xa0;; réessayez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the policies…</source>
        <translation>Chargement des stratégies…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load the policies again</source>
        <translation>Recharger les stratégies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the policies</source>
        <translation>Recharger les stratégies</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <location filename="../ui/widgets/printdialogs.cpp" line="+20"/>
        <source>%1 was not found in %2.</source>
        <translation>%1 est introuvable dans %2.</translation>
    </message>
</context>
<context>
    <name>ProfileKeys</name>
    <message>
        <location filename="../app/profilekeys.cpp" line="+99"/>
        <source>The key kept for this profile was stored for another server.</source>
        <translation>La clé conservée pour ce profil a été enregistrée pour un autre serveur.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/profiles.cpp" line="+185"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Sandbox</source>
        <comment>the built-in profile that talks to the local API emulator</comment>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name: required.</source>
        <translation>Nom&#xa0;: obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name: at most %1 characters (this one has %2).</source>
        <translation>Nom&#xa0;: %1 caractères au maximum (celui-ci en a %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name: another profile is already called “%1”.</source>
        <translation>Nom&#xa0;: un autre profil s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Base URL: use https:// (http:// only for this computer).</source>
        <translation>URL de base&#xa0;: utilisez https:// (http:// seulement pour cet ordinateur).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL: %1</source>
        <translation>URL de base&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../ui/pages/profilespage.cpp" line="+136"/>
        <source>Profiles and API key</source>
        <translation>Profils et clé d&apos;API</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Profiles &amp; API key</source>
        <translation>Profils et clé d&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A profile is a server and an organization. Its API key is kept only in the OS keychain, never in a file.</source>
        <translation>Un profil est un serveur et une organisation. Sa clé d&apos;API est conservée uniquement dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a profile to use it</source>
        <translation>Double-cliquez sur un profil pour l&apos;utiliser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the profile</source>
        <translation>Dupliquer le profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a profile for another server or organization</source>
        <translation>Ajouter un profil pour un autre serveur ou une autre organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this profile (and its API key) under a new name</source>
        <translation>Copier ce profil (et sa clé d&apos;API) sous un nouveau nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this profile and its API key</source>
        <translation>Supprimer ce profil et sa clé d&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+423"/>
        <source>Save or revert your changes to switch profiles.</source>
        <translation>Enregistrez ou annulez vos modifications pour changer de profil.</translation>
    </message>
    <message>
        <location line="-380"/>
        <location filename="../ui/pages/profilespagekey.cpp" line="+423"/>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;No keychain is available.&lt;/b&gt; EnrollDesk keeps API keys only in the OS keychain (Secret Service), and none answered: it is not running, it is locked, or access was denied. Nothing is written to a file instead. You can still use a key &lt;b&gt;for this session only&lt;/b&gt;: it stays in memory and is forgotten when EnrollDesk closes.</source>
        <translation>&lt;b&gt;Aucun trousseau n&apos;est disponible.&lt;/b&gt; EnrollDesk conserve les clés d&apos;API uniquement dans le trousseau du système (Secret Service), et aucun n&apos;a répondu&#xa0;: il n&apos;est pas démarré, il est verrouillé ou l&apos;accès a été refusé. Rien n&apos;est écrit dans un fichier à la place. Vous pouvez tout de même utiliser une clé &lt;b&gt;pour cette session uniquement&lt;/b&gt;&#xa0;: elle reste en mémoire et est oubliée à la fermeture d&apos;EnrollDesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the keychain again</source>
        <translation>Vérifier à nouveau le trousseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain check result</source>
        <translation>Résultat de la vérification du trousseau</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Active profile</source>
        <translation>Profil actif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this &amp;profile</source>
        <translation>&amp;Utiliser ce profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this profile</source>
        <translation>Utiliser ce profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this the active profile: every page then works in its organization</source>
        <translation>En faire le profil actif&#xa0;: toutes les pages travaillent alors dans son organisation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Confirm deletion</source>
        <translation>Confirmer la suppression</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the profile</source>
        <translation>Conserver le profil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Profile settings</source>
        <translation>Paramètres du profil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Acme production</source>
        <translation>p. ex. Acme production</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https:// only; http:// is allowed for this computer (the sandbox)</source>
        <translation>https:// uniquement&#xa0;; http:// est autorisé pour cet ordinateur (le bac à sable)</translation>
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
        <translation>Identifiant de l&apos;organisation (24 chiffres hexadécimaux) ou slug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connection lists the organizations the key can reach: pick one there</source>
        <translation>Tester la connexion liste les organisations accessibles avec la clé&#xa0;: choisissez-en une</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default e-mail language</source>
        <translation>Langue par défaut de l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the enrollment e-mail when a form does not say</source>
        <translation>La langue de l&apos;e-mail d&apos;inscription quand un formulaire ne la précise pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default token validity</source>
        <translation>Validité par défaut des jetons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long new tokens stay valid unless a form says otherwise</source>
        <translation>Durée de validité des nouveaux jetons, sauf indication contraire d&apos;un formulaire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Name:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;base URL:</source>
        <translation>URL de &amp;base de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;language:</source>
        <translation>Langue &amp;par défaut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default val&amp;idity:</source>
        <translation>&amp;Validité par défaut&#xa0;:</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Save &amp;changes</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;evert</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Profile “%1” was removed meanwhile (in another window or with the command line), so it could not be saved. What you typed is kept here as a new profile: choose Add profile to keep it.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a été supprimé entre-temps (dans une autre fenêtre ou en ligne de commande), il n&apos;a donc pas pu être enregistré. Ce que vous avez saisi est conservé ici comme nouveau profil&#xa0;: choisissez Ajouter le profil pour le garder.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Deleted profile “%1”, but its API key could not be removed, so it may still be in the keychain (entry “%2”, service “%3”).</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé, mais sa clé d&apos;API n&apos;a pas pu être retirée&#xa0;: elle est peut-être encore dans le trousseau (entrée «&#xa0;%2&#xa0;», service «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <location line="-578"/>
        <source>Revert changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Check the &amp;keychain again</source>
        <translation>Réessa&amp;yer avec le trousseau</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespagekey.cpp" line="-108"/>
        <location line="+7"/>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>API key state</source>
        <translation>État de la clé d&apos;API</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the key</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test &amp;&amp; &amp;save key</source>
        <translation>Tester &amp;&amp; &amp;enregistrer la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test and save the key in the keychain</source>
        <translation>Tester la clé et l&apos;enregistrer dans le trousseau</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespage.cpp" line="+269"/>
        <location filename="../ui/pages/profilespagekey.cpp" line="+1"/>
        <source>Checks the key with the server, then stores it in the OS keychain</source>
        <translation>Vérifie la clé auprès du serveur, puis l&apos;enregistre dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespagekey.cpp" line="+2"/>
        <source>Use the key for this session only</source>
        <translation>Utiliser la clé pour cette session uniquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the key in memory only; it is forgotten when EnrollDesk closes</source>
        <translation>Garde la clé en mémoire uniquement&#xa0;; elle est oubliée à la fermeture d&apos;EnrollDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Remove the key</source>
        <translation>Retirer la clé</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Removes this profile&apos;s key from the keychain and from this session</source>
        <translation>Retire la clé de ce profil du trousseau et de cette session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key result</source>
        <translation>Résultat de la clé</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+11"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Test connection</source>
        <translation>Tester la conne&amp;xion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organizations the key can reach</source>
        <translation>Organisations accessibles avec la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use the selected organization in this profile</source>
        <translation>Utiliser l&apos;organisation sélectionnée dans ce profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection or key error</source>
        <translation>Erreur de connexion ou de clé</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespage.cpp" line="-218"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (active), %2</source>
        <translation>%1 (actif), %2</translation>
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
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>not saved yet</source>
        <translation>pas encore enregistré</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Type the API key again below to use it with this server: a stored key is only sent to the server it was saved for. It stays stored until the key typed for this server has been tested and saved.</source>
        <translation>Saisissez de nouveau la clé d’API ci-dessous pour l’utiliser avec ce serveur&#xa0;: une clé enregistrée n’est envoyée qu’au serveur pour lequel elle a été enregistrée. Elle reste enregistrée jusqu’à ce que la clé saisie pour ce serveur ait été testée et enregistrée.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Add profile</source>
        <translation>A&amp;jouter le profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the new profile, or cancel it, to switch profiles.</source>
        <translation>Ajoutez le nouveau profil, ou annulez-le, pour changer de profil.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No keychain is available: use the key for this session only</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: utilisez la clé pour cette session uniquement</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Discard the new profile, and the API key typed for it?</source>
        <translation>Abandonner le nouveau profil et la clé d’API saisie pour lui&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the new profile and what was typed into it?</source>
        <translation>Abandonner le nouveau profil et ce qui y a été saisi&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard your changes to profile &lt;b&gt;%1&lt;/b&gt;, and the API key typed for it? The key has not been saved.</source>
        <translation>Abandonner vos modifications du profil &lt;b&gt;%1&lt;/b&gt; et la clé d’API saisie pour lui&#xa0;? La clé n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard the API key typed for profile &lt;b&gt;%1&lt;/b&gt;? It has not been saved.</source>
        <translation>Abandonner la clé d’API saisie pour le profil &lt;b&gt;%1&lt;/b&gt;&#xa0;? Elle n’a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Added profile “%1”.</source>
        <translation>Profil «&#xa0;%1&#xa0;» ajouté.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved profile “%1”.</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Duplicated as “%1”.</source>
        <translation>Dupliqué sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The session key was copied too.</source>
        <translation>La clé de session a aussi été copiée.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The API key was copied too.</source>
        <translation>La clé d&apos;API a aussi été copiée.</translation>
    </message>
    <message>
        <location line="-466"/>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep what you typed</source>
        <translation>Garder ce qui a été saisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard what you typed</source>
        <translation>Abandonner ce qui a été saisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm discarding what you typed</source>
        <translation>Confirmer l’abandon de ce qui a été saisi</translation>
    </message>
    <message>
        <location line="+478"/>
        <source>Delete profile &lt;b&gt;%1&lt;/b&gt;? Its API key is removed from the keychain too. This cannot be undone.</source>
        <translation>Supprimer le profil &lt;b&gt;%1&lt;/b&gt;&#xa0;? Sa clé d&apos;API est aussi retirée du trousseau. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete profile &lt;b&gt;%1&lt;/b&gt;? Its API key, kept for this session only, is forgotten too. This cannot be undone.</source>
        <translation>Supprimer le profil &lt;b&gt;%1&lt;/b&gt;&#xa0;? Sa clé d’API, gardée pour cette session seulement, est aussi oubliée. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete profile &lt;b&gt;%1&lt;/b&gt;? This cannot be undone.</source>
        <translation>Supprimer le profil &lt;b&gt;%1&lt;/b&gt;&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No profile will be left: a new one must then be added.</source>
        <translation>Il ne restera aucun profil&#xa0;: il faudra alors en ajouter un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No profile is left: a new one must be added.</source>
        <translation>Il ne reste aucun profil&#xa0;: il faut en ajouter un.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every page will then work with profile “%1”.</source>
        <translation>Toutes les pages utiliseront alors le profil «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deleted profile “%1”; removing its API key from the keychain…</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé&#xa0;; retrait de sa clé d&apos;API du trousseau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted profile “%1” and forgot its session key.</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé et sa clé de session oubliée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted profile “%1”.</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deleted profile “%1” and its API key.</source>
        <translation>Profil «&#xa0;%1&#xa0;» et sa clé d&apos;API supprimés.</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+69"/>
        <source>Every page now works with profile “%1”.</source>
        <translation>Toutes les pages utilisent désormais le profil «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespagekey.cpp" line="-92"/>
        <source>Use for this session onl&amp;y</source>
        <translation>Utiliser pour cette session uni&amp;quement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move key</source>
        <translation>Re&amp;tirer la clé</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep the key</source>
        <translation>Conserver la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove key</source>
        <translation>Retirer la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm removing the key</source>
        <translation>Confirmer le retrait de la clé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ne&amp;w key:</source>
        <translation>Nouvelle cl&amp;é&#xa0;:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Asks the server which organizations the key can reach, with the key typed above or else the stored one. Click one in the list, or press Enter on it, to fill in the organization.</source>
        <translation>Demande au serveur quelles organisations la clé peut atteindre, avec la clé saisie ci-dessus ou sinon celle enregistrée. Cliquez sur l&apos;une d&apos;elles dans la liste, ou appuyez sur Entrée, pour remplir l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the server which organizations the key can reach, with the key typed above or else the stored one. Double-click one in the list, or press Enter on it, to fill in the organization.</source>
        <translation>Demande au serveur quelles organisations la clé peut atteindre, avec la clé saisie ci-dessus ou sinon celle enregistrée. Double-cliquez sur l&apos;une d&apos;elles dans la liste, ou appuyez sur Entrée, pour remplir l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use selected organi&amp;zation</source>
        <translation>Utiliser l&apos;organisation sélect&amp;ionnée</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The keychain is still not available. Start or unlock it, then check again.</source>
        <translation>Le trousseau n’est toujours pas disponible. Démarrez-le ou déverrouillez-le, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Reading the key…</source>
        <translation>Lecture de la clé…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sandbox demo key</source>
        <translation>Clé de démonstration du bac à sable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ Stored in the keychain</source>
        <translation>✓ Enregistrée dans le trousseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local sandbox&apos;s public demo key is used. It is never stored.</source>
        <translation>La clé de démonstration publique du bac à sable local est utilisée. Elle n&apos;est jamais enregistrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To replace it, paste the new key below and choose Test &amp; save key.</source>
        <translation>Pour la remplacer, collez la nouvelle clé ci-dessous et choisissez Tester &amp; enregistrer la clé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session only</source>
        <translation>Session uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is kept in memory and forgotten when EnrollDesk closes.</source>
        <translation>La clé est gardée en mémoire et oubliée à la fermeture d&apos;EnrollDesk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No key yet</source>
        <translation>Pas encore de clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the key for this server below, then choose Test &amp; save key.</source>
        <translation>Collez ci-dessous la clé pour ce serveur, puis choisissez Tester &amp; enregistrer la clé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste the service account&apos;s API key to test the connection now; it is stored in the keychain when you add the profile.</source>
        <translation>Collez la clé d&apos;API du compte de service pour tester la connexion dès maintenant&#xa0;; elle est enregistrée dans le trousseau quand vous ajoutez le profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile has no API key yet. Paste the service account&apos;s key below, then choose Test &amp; save key. It is kept only in the OS keychain.</source>
        <translation>Ce profil n&apos;a pas encore de clé d&apos;API. Collez la clé du compte de service ci-dessous, puis choisissez Tester &amp; enregistrer la clé. Elle est conservée uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key cannot be read or stored. Paste it below and use it for this session only, or start or unlock the keychain and try again.</source>
        <translation>La clé ne peut être ni lue ni enregistrée. Collez-la ci-dessous et utilisez-la pour cette session uniquement, ou démarrez ou déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paste a new key to replace the current one</source>
        <translation>Collez une nouvelle clé pour remplacer l&apos;actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the service account&apos;s API key</source>
        <translation>Collez la clé d&apos;API du compte de service</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Base URL: %1</source>
        <translation>URL de base&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This profile has no API key yet: paste it above to test the connection.</source>
        <translation>Ce profil n&apos;a pas encore de clé d&apos;API&#xa0;: collez-la ci-dessus pour tester la connexion.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>✓ Connected. The key reaches %n organization(s).</source>
        <translation>
            <numerusform>✓ Connecté. La clé donne accès à %n organisation.</numerusform>
            <numerusform>✓ Connecté. La clé donne accès à %n organisations.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not one of them: click one below to use it instead.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;en fait pas partie&#xa0;: cliquez sur l&apos;une d&apos;elles ci-dessous pour l&apos;utiliser à la place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not one of them: double-click one below to use it instead.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;en fait pas partie&#xa0;: double-cliquez sur l&apos;une d&apos;elles ci-dessous pour l&apos;utiliser à la place.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click one below to fill in the organization.</source>
        <translation>Cliquez sur l&apos;une d&apos;elles ci-dessous pour remplir l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click one below to fill in the organization.</source>
        <translation>Double-cliquez sur l&apos;une d&apos;elles ci-dessous pour remplir l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✗ The connection test failed.</source>
        <translation>✗ Le test de connexion a échoué.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Organization set to “%1”.</source>
        <translation>Organisation définie sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization set to “%1”: save the profile to keep it.</source>
        <translation>Organisation définie sur «&#xa0;%1&#xa0;»&#xa0;: enregistrez le profil pour la conserver.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Correct the profile first: the key is saved with it.</source>
        <translation>Corrigez d&apos;abord le profil&#xa0;: la clé est enregistrée avec lui.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Testing the key…</source>
        <translation>Test de la clé…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+90"/>
        <source>The key was not saved.</source>
        <translation>La clé n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+34"/>
        <source>Save without testing</source>
        <translation>Enregistrer sans tester</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Use without testing</source>
        <translation>Utiliser sans tester</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Testing the key with the new server…</source>
        <translation>Test de la clé avec le nouveau serveur…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was saved: the profile keeps its server and its stored key.</source>
        <translation>Rien n’a été enregistré&#xa0;: le profil garde son serveur et sa clé enregistrée.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The key is used for this session only.</source>
        <translation>La clé est utilisée pour cette session uniquement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>Saving in the keychain…</source>
        <translation>Enregistrement dans le trousseau…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The profile no longer exists, so the key was not saved.</source>
        <translation>Le profil n&apos;existe plus, la clé n&apos;a donc pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No keychain is available, so the key was not saved.</source>
        <translation>Aucun trousseau n&apos;est disponible, la clé n&apos;a donc pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>Saved in the keychain.</source>
        <translation>Enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The key was not saved, so the profile keeps its server and its stored key.</source>
        <translation>La clé n’a pas été enregistrée&#xa0;: le profil garde son serveur et sa clé enregistrée.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Forget the key of profile &lt;b&gt;%1&lt;/b&gt; kept for this session? It has to be pasted again to create tokens.</source>
        <translation>Oublier la clé du profil &lt;b&gt;%1&lt;/b&gt; gardée pour cette session&#xa0;? Il faudra la coller à nouveau pour créer des jetons.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the API key of profile &lt;b&gt;%1&lt;/b&gt; from the keychain? EnrollDesk cannot show it again: keep a copy elsewhere if it will be needed.</source>
        <translation>Retirer du trousseau la clé d&apos;API du profil &lt;b&gt;%1&lt;/b&gt;&#xa0;? EnrollDesk ne peut plus l&apos;afficher&#xa0;: gardez-en une copie ailleurs si vous en aurez besoin.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The session key was forgotten.</source>
        <translation>La clé de session a été oubliée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key was removed from the keychain.</source>
        <translation>La clé a été retirée du trousseau.</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <location filename="../ui/widgets/qrview.cpp" line="+78"/>
        <location line="+14"/>
        <location line="+54"/>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the full-screen view (Esc)</source>
        <translation>Fermer l&apos;affichage plein écran (Échap)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Press Esc to close</source>
        <translation>Appuyez sur Échap pour fermer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save as P&amp;NG…</source>
        <translation>Enregistrer en P&amp;NG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;SVG…</source>
        <translation>Enregistrer en &amp;SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w full screen</source>
        <translation>Afficher en &amp;plein écran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click to show full screen; right-click to save or print</source>
        <translation>Double-cliquez pour afficher en plein écran&#xa0;; clic droit pour enregistrer ou imprimer</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Only a QR code rendered by EnrollDesk can be saved as SVG; save the downloaded image as PNG.</source>
        <translation>Seul un code QR généré par EnrollDesk peut être enregistré en SVG&#xa0;; enregistrez l&apos;image téléchargée en PNG.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No QR code</source>
        <translation>Aucun code QR</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The QR code could not be encoded as PNG.</source>
        <translation>Impossible d&apos;encoder le code QR en PNG.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>There is no QR code to save.</source>
        <translation>Il n&apos;y a aucun code QR à enregistrer.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>A downloaded QR image can only be saved as PNG.</source>
        <translation>Une image QR téléchargée ne peut être enregistrée qu&apos;en PNG.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Device enrollment</source>
        <translation>Inscription de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Save QR code as PNG</source>
        <translation>Enregistrer le code QR en PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Save QR code</source>
        <translation>Enregistrer le code QR</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>The QR code could not be saved to %1: %2</source>
        <translation>Impossible d&apos;enregistrer le code QR dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Save QR code as SVG</source>
        <translation>Enregistrer le code QR en SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Print QR code</source>
        <translation>Imprimer le code QR</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Printing is not available: %1</source>
        <translation>L&apos;impression n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The QR code could not be printed.</source>
        <translation>Impossible d&apos;imprimer le code QR.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../ui/widgets/resultview.ui" line="+88"/>
        <location filename="../ui/widgets/resultview.cpp" line="+268"/>
        <source>Enroll code</source>
        <translation>Code d&apos;inscription</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Copy code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../ui/widgets/resultview.cpp" line="+21"/>
        <source>Enrollment link</source>
        <translation>Lien d&apos;inscription</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open in &amp;browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy &amp;link</source>
        <translation>Copier le l&amp;ien</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Policies</source>
        <translation>Stratégies</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token ID</source>
        <translation>ID du jeton</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Sho&amp;w full screen</source>
        <translation>Afficher en &amp;plein écran</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save or print</source>
        <translation>Enregistrer ou i&amp;mprimer</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Create &amp;another</source>
        <translation>Créer un a&amp;utre</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultview.cpp" line="-219"/>
        <source>Copy enroll code</source>
        <translation>Copier le code d&apos;inscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy enrollment link</source>
        <translation>Copier le lien d&apos;inscription</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>QR code saved to %1</source>
        <translation>Code QR enregistré dans %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Copy enroll c&amp;ode</source>
        <translation>Copier le c&amp;ode d&apos;inscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy enrollment &amp;link</source>
        <translation>Copier le &amp;lien d&apos;inscription</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create ano&amp;ther</source>
        <translation>Créer un au&amp;tre</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 enrollment token</source>
        <translation>Jeton d&apos;inscription %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No token yet</source>
        <translation>Pas encore de jeton</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a token to see its enroll code, enrollment link and QR code here.</source>
        <translation>Créez un jeton pour voir ici son code d&apos;inscription, son lien d&apos;inscription et son code QR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”</source>
        <comment>display name in quotes</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy the enroll code to the clipboard (%1)</source>
        <translation>Copier le code d&apos;inscription dans le presse-papiers (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the enrollment link to the clipboard (%1)</source>
        <translation>Copier le lien d&apos;inscription dans le presse-papiers (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>Fully managed (device owner)</source>
        <translation>Entièrement géré (propriétaire de l&apos;appareil)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work profile (profile owner)</source>
        <translation>Profil professionnel (propriétaire du profil)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company-owned with work profile (COPE)</source>
        <translation>Appartenant à l&apos;entreprise avec profil professionnel (COPE)</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>%1 (priority %2)</source>
        <translation>%1 (priorité %2)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Primary policy: %1</source>
        <translation>Stratégie principale&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported as %1; the expiry time has passed.</source>
        <translation>Signalé comme %1&#xa0;; la date d&apos;expiration est dépassée.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No enrollment link</source>
        <translation>Aucun lien d&apos;inscription</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No enrollment link to show as a QR code</source>
        <translation>Aucun lien d&apos;inscription à afficher sous forme de code QR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The enrollment link is too long for a QR code</source>
        <translation>Le lien d&apos;inscription est trop long pour un code QR</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The QR image cannot be downloaded here.</source>
        <translation>L&apos;image QR ne peut pas être téléchargée ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading the QR image…</source>
        <translation>Téléchargement de l&apos;image QR…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The QR image could not be downloaded (its server answered HTTP %1).</source>
        <translation>L&apos;image QR n&apos;a pas pu être téléchargée (son serveur a répondu HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR image could not be downloaded: %1</source>
        <translation>Impossible de télécharger l&apos;image QR&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The downloaded QR image could not be read.</source>
        <translation>Impossible de lire l&apos;image QR téléchargée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scan to open the enrollment link.</source>
        <translation>Scannez pour ouvrir le lien d&apos;inscription.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This QR code opens the enrollment link.</source>
        <translation>Ce code QR ouvre le lien d&apos;inscription.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan during device setup: tap the welcome screen six times to open the QR reader.</source>
        <translation>Scannez pendant la configuration de l&apos;appareil&#xa0;: touchez six fois l&apos;écran d&apos;accueil pour ouvrir le lecteur QR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This QR code opens the enrollment link instead.</source>
        <translation>Ce code QR ouvre à la place le lien d&apos;inscription.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copied the enroll code %1</source>
        <translation>Code d&apos;inscription %1 copié</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the enrollment link</source>
        <translation>Lien d&apos;inscription copié</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This link cannot be opened in a browser</source>
        <translation>Ce lien ne peut pas être ouvert dans un navigateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No browser could be started for the link</source>
        <translation>Aucun navigateur n&apos;a pu être lancé pour ce lien</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dedicated device (userless)</source>
        <translation>Appareil dédié (sans utilisateur)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending</source>
        <comment>token state</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <comment>token state</comment>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <comment>token state: a device enrolled with it</comment>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <comment>token state</comment>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <comment>token state</comment>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expires in %1 d %2 h</source>
        <translation>expire dans %1 j %2 h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires in %1 h %2 min</source>
        <translation>expire dans %1 h %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires in %1 min %2 s</source>
        <translation>expire dans %1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires in %1 s</source>
        <translation>expire dans %1 s</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/secretstore.cpp" line="+204"/>
        <source>No profile was given for the API key.</source>
        <translation>Aucun profil n&apos;a été indiqué pour la clé d&apos;API.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An empty API key cannot be stored.</source>
        <translation>Une clé d&apos;API vide ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API key is stored for this profile.</source>
        <translation>Aucune clé d&apos;API n&apos;est enregistrée pour ce profil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain is available: no Secret Service is running, or access to it was denied. The API key can be kept for this session only.</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: aucun Secret Service n&apos;est démarré ou l&apos;accès a été refusé. La clé d&apos;API peut être conservée pour cette session uniquement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain reported an error.</source>
        <translation>Le trousseau a signalé une erreur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the API key from the keychain.</source>
        <translation>Impossible de lire la clé d&apos;API dans le trousseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the API key from the keychain: %1</source>
        <translation>Impossible de lire la clé d&apos;API dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the API key in the keychain.</source>
        <translation>Impossible d&apos;enregistrer la clé d&apos;API dans le trousseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the API key in the keychain: %1</source>
        <translation>Impossible d&apos;enregistrer la clé d&apos;API dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not remove the API key from the keychain.</source>
        <translation>Impossible de retirer la clé d&apos;API du trousseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not remove the API key from the keychain: %1</source>
        <translation>Impossible de retirer la clé d&apos;API du trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SessionTokensModel</name>
    <message>
        <location filename="../ui/widgets/sessiontokensmodel.cpp" line="+30"/>
        <source>%1 enrollment token</source>
        <translation>Jeton d&apos;inscription %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation>Utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name: %1</source>
        <translation>Nom affiché&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enroll code: %1</source>
        <translation>Code d&apos;inscription&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State when created: %1</source>
        <translation>État à la création&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires: %1</source>
        <translation>Expire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token ID: %1</source>
        <translation>ID du jeton&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SingleTokenPage</name>
    <message>
        <location filename="../ui/pages/singletokenpage.cpp" line="+43"/>
        <source>Company-owned device, fully managed; set up from factory reset.</source>
        <translation>Appareil de l&apos;entreprise, entièrement géré&#xa0;; configuré depuis une réinitialisation d&apos;usine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal device (BYOD): only a separate work profile is managed.</source>
        <translation>Appareil personnel (BYOD)&#xa0;: seul un profil professionnel distinct est géré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company-owned, personally enabled: managed device with a private personal space.</source>
        <translation>Appartenant à l&apos;entreprise, usage personnel autorisé&#xa0;: appareil géré avec un espace personnel privé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dedicated device (kiosk, shared scanner) not tied to a person.</source>
        <translation>Appareil dédié (borne, scanner partagé) non attribué à une personne.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Windows enrollment token</source>
        <translation>Jeton d&apos;inscription Windows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Android enrollment token</source>
        <translation>Jeton d&apos;inscription Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One token for one user. The user enrolls the PC with the link or the code.</source>
        <translation>Un jeton pour un utilisateur. L&apos;utilisateur inscrit le PC avec le lien ou le code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Cop&amp;y as curl</source>
        <translation>Copier en commande c&amp;url</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;User:</source>
        <translation>Utili&amp;sateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the form still needs</source>
        <translation>Ce qui manque encore au formulaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+357"/>
        <source>&amp;Create token</source>
        <translation>&amp;Créer le jeton</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Create the token (Ctrl+Return)</source>
        <translation>Créer le jeton (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Copy the exact request as a curl command; the API key is replaced by $ENROLLDESK_API_KEY</source>
        <translation>Copier la requête exacte en commande curl&#xa0;; la clé d&apos;API est remplacée par $ENROLLDESK_API_KEY</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Token settings</source>
        <translation>Paramètres du jeton</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Management mode</source>
        <translation>Mode de gestion</translation>
    </message>
    <message>
        <location line="-92"/>
        <location filename="../ui/shell/mainwindow.cpp" line="-85"/>
        <source>Management &amp;mode:</source>
        <translation>Mode de gest&amp;ion&#xa0;:</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Create another token?</source>
        <translation>Créer un autre jeton&#xa0;?</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The last request for this user failed in a way that leaves its outcome unknown: the token may already exist (and its e-mail may have been sent). Check before creating another.</source>
        <translation>La dernière requête pour cet utilisateur a échoué sans que son résultat soit connu&#xa0;: le jeton existe peut-être déjà (et son e-mail a peut-être été envoyé). Vérifiez avant d&apos;en créer un autre.</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>One Android Enterprise token for one user. The device scans the QR code at setup; a work profile opens the link.</source>
        <translation>Un jeton Android Enterprise pour un utilisateur. L&apos;appareil scanne le code QR lors de la configuration&#xa0;; pour un profil professionnel, on ouvre le lien.</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>What the form still needs:</source>
        <translation>Ce qui manque encore au formulaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The last request for this user failed in a way that leaves its outcome unknown: the token may already exist. Check before creating another.</source>
        <translation>La dernière requête pour cet utilisateur a échoué sans que son résultat soit connu&#xa0;: le jeton existe peut-être déjà. Vérifiez avant d&apos;en créer un autre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>EnrollDesk cannot list Android tokens: look for this user&apos;s token in the Applivery dashboard before creating another.</source>
        <translation>EnrollDesk ne peut pas lister les jetons Android&#xa0;: cherchez le jeton de cet utilisateur dans le tableau de bord Applivery avant d&apos;en créer un autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch back to that profile to check its token list for this user before creating another.</source>
        <translation>Revenez à ce profil pour vérifier sa liste de jetons pour cet utilisateur avant d&apos;en créer un autre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the token list for this user</source>
        <translation>Consulter la liste des jetons de cet utilisateur</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Created in organization %1 (profile “%2”), not the active profile</source>
        <translation>Créé dans l&apos;organisation %1 (profil «&#xa0;%2&#xa0;»), pas dans le profil actif</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The request for %3 went to organization %1 (profile “%2”), not the active profile.</source>
        <translation>La requête pour %3 est allée à l&apos;organisation %1 (profil «&#xa0;%2&#xa0;»), pas au profil actif.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>C&amp;ancel request</source>
        <translation>&amp;Annuler la requête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as c&amp;url</source>
        <translation>Copier en commande c&amp;url</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing was copied: fix what is listed above first.</source>
        <translation>Rien n&apos;a été copié&#xa0;: corrigez d&apos;abord ce qui est indiqué ci-dessus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>curl command copied (key replaced by $ENROLLDESK_API_KEY)</source>
        <translation>Commande curl copiée (clé remplacée par $ENROLLDESK_API_KEY)</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <location filename="../ui/widgets/tagsedit.cpp" line="+19"/>
        <source>Comma-separated, e.g. sales, madrid</source>
        <translation>Séparées par des virgules, p. ex. ventes, lyon</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Tag %1 “%2” has %Ln character(s)</source>
        <comment>the tag&apos;s position, the tag, its length</comment>
        <translation>
            <numerusform>L’étiquette %1 «&#xa0;%2&#xa0;» a %Ln caractère</numerusform>
            <numerusform>L’étiquette %1 «&#xa0;%2&#xa0;» a %Ln caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>a tag can have at most %Ln</source>
        <comment>characters</comment>
        <translation>
            <numerusform>une étiquette peut en avoir au plus %Ln</numerusform>
            <numerusform>une étiquette peut en avoir au plus %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2.</source>
        <comment>a tag&apos;s length; the limit</comment>
        <translation>%1&#xa0;; %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 / %2 · %Ln too many</source>
        <comment>tag length / allowed, then how many characters to remove</comment>
        <translation>
            <numerusform>%1 / %2 · %Ln de trop</numerusform>
            <numerusform>%1 / %2 · %Ln de trop</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tag %1 is too long</source>
        <translation>l&apos;étiquette %1 est trop longue</translation>
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
        <translation>&amp;Envoyer les instructions d&apos;inscription par e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send e-mail</source>
        <translation>Envoyer un e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail text</source>
        <translation>Texte de l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail language</source>
        <translation>Langue de l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for</source>
        <translation>Valable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary policy</source>
        <translation>Stratégie principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy assignments</source>
        <translation>Attributions de stratégies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment id</source>
        <translation>ID de segment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional text added to the e-mail</source>
        <translation>Texte facultatif ajouté à l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Laptop – Ana Smith</source>
        <translation>p. ex. Portable – Anne Martin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>E-mail te&amp;xt:</source>
        <translation>Te&amp;xte de l&apos;e-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid f&amp;or:</source>
        <translation>&amp;Validité&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segme&amp;nt:</source>
        <translation>Se&amp;gment&#xa0;:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Why no policies are listed</source>
        <translation>Pourquoi aucune stratégie n&apos;est listée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The policies could not be loaded: %1 Type the policy&apos;s id in the field, or try again with the button at its right end.</source>
        <translation>Les stratégies n’ont pas pu être chargées&#xa0;: %1 Saisissez l’identifiant de la stratégie dans le champ, ou réessayez avec le bouton à son extrémité droite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The policies could not be loaded again: %1 The list shown is the one loaded before; the button at the field&apos;s right end tries again.</source>
        <translation>Les stratégies n’ont pas pu être rechargées&#xa0;: %1 La liste affichée est celle chargée auparavant&#xa0;; le bouton à l’extrémité droite du champ réessaie.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Display name:</source>
        <translation>No&amp;m affiché&#xa0;:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>E-mail &amp;language:</source>
        <translation>La&amp;ngue de l&apos;e-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Primary policy:</source>
        <translation>Stratégie &amp;principale&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy &amp;assignments:</source>
        <translation>Attri&amp;butions de stratégies&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <location filename="../ui/pages/tokenspage.cpp" line="+163"/>
        <source>Show &amp;deleted</source>
        <translation>Affic&amp;her les supprimés</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Previous</source>
        <translation>Précéde&amp;nte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivante</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The organization&apos;s Windows enrollment tokens, and every token created in this session. Select a token to see its link, code and QR code.</source>
        <translation>Les jetons d&apos;inscription Windows de l&apos;organisation et tous les jetons créés pendant cette session. Sélectionnez un jeton pour voir son lien, son code et son code QR.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the list could not be loaded</source>
        <translation>Pourquoi la liste n&apos;a pas pu être chargée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows enrollment tokens</source>
        <translation>Jetons d&apos;inscription Windows</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 · in %2</source>
        <translation>%1 · dans %2</translation>
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
        <translation>Cette session · Android</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Selected token</source>
        <translation>Jeton sélectionné</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close the token details</source>
        <translation>Fermer les détails du jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the token details (Esc)</source>
        <translation>Fermer les détails du jeton (Échap)</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <source>Token details</source>
        <translation>Détails du jeton</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>R&amp;efresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Only the tokens of this user</source>
        <translation>Seulement les jetons de cet utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the tokens of this user; empty shows everyone&apos;s</source>
        <translation>Afficher seulement les jetons de cet utilisateur&#xa0;; vide affiche ceux de tous</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the tokens with this policy</source>
        <translation>Seulement les jetons avec cette stratégie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the tokens that have this policy, as primary policy or assigned</source>
        <translation>Afficher seulement les jetons qui ont cette stratégie, comme stratégie principale ou attribuée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show deleted tokens</source>
        <translation>Afficher les jetons supprimés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list the tokens that were revoked</source>
        <translation>Lister aussi les jetons révoqués</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh the list</source>
        <translation>Actualiser la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the list again (F5)</source>
        <translation>Recharger la liste (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;olicy:</source>
        <translation>Straté&amp;gie&#xa0;:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Loading the list</source>
        <translation>Chargement de la liste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page and number of tokens</source>
        <translation>Page et nombre de jetons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens per page</source>
        <translation>Jetons par page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many tokens each page lists</source>
        <translation>Nombre de jetons listés par page</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Per p&amp;age:</source>
        <translation>Par pag&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Sor&amp;t by…</source>
        <translation>&amp;Trier par…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close &amp;details</source>
        <translation>Fermer les &amp;détails</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Ascending</source>
        <translation>&amp;Croissant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Descending</source>
        <translation>&amp;Décroissant</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>Page %1 of %2 · %3</source>
        <translation>Page %1 sur %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> · %n from this session</source>
        <translation>
            <numerusform> · %n de cette session</numerusform>
            <numerusform> · %n de cette session</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tokens</source>
        <translation>Aucun jeton</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Go to page %1</source>
        <translation>Aller à la page %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the tokens…</source>
        <translation>Chargement des jetons…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token matches these filters.</source>
        <translation>Aucun jeton ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Windows tokens yet. Tokens you create appear here.</source>
        <translation>Pas encore de jetons Windows. Les jetons que vous créez apparaissent ici.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>All policies</source>
        <translation>Toutes les stratégies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens with any policy, or none</source>
        <translation>Jetons avec n&apos;importe quelle stratégie, ou sans</translation>
    </message>
</context>
<context>
    <name>TokensTableModel</name>
    <message>
        <location filename="../ui/pages/tokenstablemodel.cpp" line="+110"/>
        <source>None</source>
        <comment>empty table cell</comment>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Never</source>
        <comment>token expiry</comment>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · expired</source>
        <translation>%1 · expiré</translation>
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
        <translation>%1 · dans %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This session · Android</source>
        <translation>Cette session · Android</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This session</source>
        <translation>Cette session</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User ID: %1</source>
        <translation>ID de l&apos;utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reported as %1; the expiry time has passed.</source>
        <translation>Signalé comme %1&#xa0;; la date d&apos;expiration est dépassée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As when created, or last seen on another page of the list.</source>
        <translation>Tel qu&apos;à sa création, ou tel que vu en dernier sur une autre page de la liste.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Primary policy: %1</source>
        <translation>Stratégie principale&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (priority %2)</source>
        <translation>%1 (priorité %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created in this session. Android tokens are listed only when created here: the API has no list of Android tokens.</source>
        <translation>Créé pendant cette session. Les jetons Android ne sont listés que s&apos;ils ont été créés ici&#xa0;: l&apos;API ne fournit pas de liste des jetons Android.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created in this session; not on this page of the server&apos;s list.</source>
        <translation>Créé pendant cette session&#xa0;; absent de cette page de la liste du serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in this session.</source>
        <translation>Créé pendant cette session.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policies</source>
        <translation>Stratégies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Créé</translation>
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
        <translation>Les jetons créés pendant cette session avec cette console sont marqués «&#xa0;Cette session&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorting by this column orders the rows of this page only</source>
        <translation>Trier par cette colonne ne trie que les lignes de cette page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorting by this column orders the whole list</source>
        <translation>Trier par cette colonne trie toute la liste</translation>
    </message>
</context>
<context>
    <name>UserPicker</name>
    <message>
        <location filename="../ui/widgets/userpicker.cpp" line="+33"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Type part of a name or e-mail, or paste a user id</source>
        <translation>Nom, e-mail ou ID d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a user by name, e-mail or id</source>
        <translation>Rechercher un utilisateur par nom, e-mail ou identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked user</source>
        <translation>Utilisateur choisi</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Matching users</source>
        <translation>Utilisateurs correspondants</translation>
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
        <translation>Recherche impossible&#xa0;: aucune connexion n&apos;est configurée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first %1 of %2 matches; type more to narrow them down.</source>
        <translation>Les %1 premiers résultats sur %2&#xa0;; tapez davantage pour affiner.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No user matches “%1”.</source>
        <translation>Aucun utilisateur ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a user from the list (arrow keys, then Enter).</source>
        <translation>Choisissez un utilisateur dans la liste (flèches, puis Entrée).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not search the users: %1</source>
        <translation>Impossible de rechercher les utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Picked: user id %1</source>
        <comment>a user known only by id</comment>
        <translation>Choisi&#xa0;: utilisateur d&apos;identifiant %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picked: %1 · %2</source>
        <comment>user name &lt;e-mail&gt; · id</comment>
        <translation>Choisi&#xa0;: %1 · %2</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/validation.cpp" line="+61"/>
        <source>User: choose an MDM user.</source>
        <translation>Utilisateur&#xa0;: choisissez un utilisateur MDM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: the id must be 24 hexadecimal characters (0-9, a-f).</source>
        <translation>Utilisateur&#xa0;: l&apos;identifiant doit comporter 24 caractères hexadécimaux (0-9, a-f).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization: enter the organization&apos;s id or slug.</source>
        <translation>Organisation&#xa0;: saisissez l&apos;identifiant ou le slug de l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization: use the 24-character id or a slug of at least 3 letters, digits or hyphens.</source>
        <translation>Organisation&#xa0;: utilisez l&apos;identifiant de 24 caractères ou un slug d&apos;au moins 3 lettres, chiffres ou tirets.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Display name: at most %1 characters (this one has %2).</source>
        <translation>Nom affiché&#xa0;: %1 caractères au maximum (celui-ci en a %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tags: a tag cannot be empty.</source>
        <translation>Étiquettes&#xa0;: une étiquette ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: “%1…” is %2 characters long; at most %3 are allowed.</source>
        <translation>Étiquettes&#xa0;: «&#xa0;%1…&#xa0;» fait %2 caractères&#xa0;; %3 au maximum sont autorisés.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration: at least 1 minute (60 seconds).</source>
        <translation>Durée&#xa0;: au moins 1 minute (60 secondes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration: at most 30 days (2,592,000 seconds).</source>
        <translation>Durée&#xa0;: 30 jours au maximum (2&#xa0;592&#xa0;000 secondes).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language: “%1” is not one of es, en, fr, de, it, zh, pt, ru.</source>
        <translation>Langue&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de es, en, fr, de, it, zh, pt, ru.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy: the id must be 24 hexadecimal characters (0-9, a-f).</source>
        <translation>Stratégie&#xa0;: l&apos;identifiant doit comporter 24 caractères hexadécimaux (0-9, a-f).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Priority: a whole number from %1 to %2.</source>
        <translation>Priorité&#xa0;: un nombre entier de %1 à %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Segment: a whole number from 0 to %1.</source>
        <translation>Segment&#xa0;: un nombre entier de 0 à %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Management mode: choose one of Device owner, Profile owner, COPE or Userless.</source>
        <translation>Mode de gestion&#xa0;: choisissez Propriétaire de l&apos;appareil, Propriétaire du profil, COPE ou Sans utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management mode: “%1” is not one of DEVICE_OWNER, PROFILE_OWNER, COPE, USERLESS.</source>
        <translation>Mode de gestion&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de DEVICE_OWNER, PROFILE_OWNER, COPE, USERLESS.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail: “%1” is not a valid address.</source>
        <translation>E-mail&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tags: “%1” is given more than once; give each tag once.</source>
        <translation>Étiquettes&#xa0;: «&#xa0;%1&#xa0;» figure plus d&apos;une fois&#xa0;; indiquez chaque étiquette une seule fois.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Policy assignment %1: choose a policy.</source>
        <translation>Attribution de stratégie %1&#xa0;: choisissez une stratégie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy assignment %1: the policy id must be 24 hexadecimal characters.</source>
        <translation>Attribution de stratégie %1&#xa0;: l&apos;identifiant de la stratégie doit comporter 24 caractères hexadécimaux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Policy assignment %1: the same policy is already assigned in row %2.</source>
        <translation>Attribution de stratégie %1&#xa0;: la même stratégie est déjà attribuée à la ligne %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Policy assignment %1: priority must be a whole number from %2 to %3.</source>
        <translation>Attribution de stratégie %1&#xa0;: la priorité doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Search text: at most %1 characters.</source>
        <translation>Texte de recherche&#xa0;: %1 caractères au maximum.</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>E-mails: add at least one address.</source>
        <translation>E-mails&#xa0;: ajoutez au moins une adresse.</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>E-mails: “%1” is listed twice.</source>
        <translation>E-mails&#xa0;: «&#xa0;%1&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sort: a field name, optionally followed by :asc or :desc.</source>
        <translation>Tri&#xa0;: un nom de champ, suivi éventuellement de :asc ou :desc.</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Page: 1 or more.</source>
        <translation>Page&#xa0;: 1 ou plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page size: 1 or more.</source>
        <translation>Taille de page&#xa0;: 1 ou plus.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+35"/>
        <source>Create Applivery MDM enrollment tokens.</source>
        <translation>Créer des jetons d&apos;inscription Applivery MDM.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the local sandbox at URL (scripts/run).</source>
        <translation>Utiliser le bac à sable local à l&apos;URL (scripts/run).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open with this profile (name or id).</source>
        <translation>Ouvrir avec ce profil (nom ou identifiant).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language (en, es, de, …).</source>
        <translation>Langue de l&apos;interface (en, es, de, …).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>enrolldesk: no interface language “%1”. Languages: %2</source>
        <translation>enrolldesk&#xa0;: aucune langue d&apos;interface «&#xa0;%1&#xa0;». Langues&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>enrolldesk: --sandbox takes the address of the local sandbox, such as http://127.0.0.1:PORT/v1, not “%1”.</source>
        <translation>enrolldesk&#xa0;: --sandbox attend l’adresse du bac à sable local, comme http://127.0.0.1:PORT/v1, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>enrolldesk: no profile is named “%1”: there are no profiles yet.</source>
        <translation>enrolldesk&#xa0;: aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;: il n&apos;y a pas encore de profil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enrolldesk: no profile is named “%1”. Profiles: %2</source>
        <translation>enrolldesk&#xa0;: aucun profil ne s&apos;appelle «&#xa0;%1&#xa0;». Profils&#xa0;: %2</translation>
    </message>
</context>
</TS>
