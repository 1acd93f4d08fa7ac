<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="+13"/>
        <source>About EnrollDesk</source>
        <translation>О программе EnrollDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;EnrollDesk %1&lt;/h2&gt;&lt;p&gt;A desktop console for Applivery MDM enrollment tokens: Windows and Android tokens for one user or many, with link, enroll code and QR code.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPLv3), QtKeychain (BSD-3-Clause), libqrencode (LGPLv2.1+).&lt;/p&gt;&lt;p&gt;The API key is kept in the operating system&apos;s keychain and never written to disk by EnrollDesk.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;EnrollDesk %1&lt;/h2&gt;&lt;p&gt;Настольная консоль для токенов регистрации Applivery MDM: токены Windows и Android для одного или многих пользователей, со ссылкой, кодом регистрации и QR-кодом.&lt;/p&gt;&lt;p&gt;Лицензия: MIT.&lt;/p&gt;&lt;p&gt;Создано с помощью Qt %2 (LGPLv3), QtKeychain (BSD-3-Clause) и libqrencode (LGPLv2.1+).&lt;/p&gt;&lt;p&gt;Ключ API хранится в связке ключей операционной системы, и EnrollDesk никогда не записывает его на диск.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/apiclient.cpp" line="+204"/>
        <source>“%1” is not a valid server address.</source>
        <translation>«%1» — недопустимый адрес сервера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address must not contain a user name or password: the API key is kept in the keychain.</source>
        <translation>адрес не должен содержать имя пользователя или пароль: ключ API хранится в связке ключей.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>http:// would send the API key unencrypted; use https:// (plain http is only allowed for this computer, e.g. the sandbox).</source>
        <translation>http:// передаст ключ API без шифрования; используйте https:// (нешифрованный http разрешён только для этого компьютера, например для песочницы).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address must start with https://.</source>
        <translation>адрес должен начинаться с https://.</translation>
    </message>
    <message>
        <location filename="../app/apierror.cpp" line="+189"/>
        <source>Not found: the organization, user or policy does not exist, or this key cannot see it.</source>
        <translation>Не найдено: организация, пользователь или политика не существует, либо этот ключ её не видит.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The API key was rejected: it is wrong, expired or revoked. Enter a valid service account key.</source>
        <translation>Ключ API отклонён: он неверен, истёк или отозван. Введите действительный ключ служебной учётной записи.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An MDM user with this e-mail already exists.</source>
        <translation>Пользователь MDM с этим адресом электронной почты уже существует.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organization&apos;s billing plan does not include this feature.</source>
        <translation>Тарифный план организации не включает эту функцию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not update the entity.</source>
        <translation>Серверу не удалось обновить объект.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not implement this operation.</source>
        <translation>Сервер не поддерживает эту операцию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not create the Windows enrollment token.</source>
        <translation>Серверу не удалось создать токен регистрации Windows.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The request is not valid.</source>
        <translation>Недопустимый запрос.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address is not allowed: %1</source>
        <translation>Адрес сервера не разрешён: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API key is set for this profile. Enter it under Profiles &amp; API key.</source>
        <translation>Для этого профиля не задан ключ API. Введите его в разделе «Профили и ключ API».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection. Check the server address and that the server is running. Nothing was sent.</source>
        <translation>Сервер отклонил подключение. Проверьте адрес сервера и что сервер запущен. Ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s name could not be found. Check the server address and your network. Nothing was sent.</source>
        <translation>Имя сервера не найдено. Проверьте адрес сервера и сеть. Ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection failed (TLS/certificate problem). Nothing was accepted from this server.</source>
        <translation>Не удалось установить защищённое соединение (проблема TLS или сертификата). От этого сервера ничего не принято.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The request was cancelled. If it had already reached the server, it may have been processed.</source>
        <translation>Запрос отменён. Если он уже дошёл до сервера, он мог быть обработан.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection broke before the server&apos;s answer arrived in full. Try again in a moment.</source>
        <translation>Соединение прервалось до того, как ответ сервера пришёл полностью. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection broke before the server&apos;s answer arrived in full. The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>Соединение прервалось до того, как ответ сервера пришёл полностью. Запрос мог быть обработан: прежде чем повторять, проверьте, создан ли токен.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server rejected the request: %1</source>
        <translation>Сервер отклонил запрос: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the request (error %1).</source>
        <translation>Сервер отклонил запрос (ошибка %1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server&apos;s answer lacks the list that was asked for. Try again in a moment.</source>
        <translation>В ответе сервера нет запрошенного списка. Повторите попытку через мгновение.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the request, but its answer lacks what was created. The request was probably processed: check whether the token was created before trying again.</source>
        <translation>Сервер принял запрос, но в его ответе нет созданного. Скорее всего, запрос был обработан: прежде чем повторять, проверьте, создан ли токен.</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>The API key was rejected. Enter a valid service account key.</source>
        <translation>Ключ API отклонён. Введите действительный ключ служебной учётной записи.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>[left out: it quoted part of the API key]</source>
        <translation>[опущено: содержало часть ключа API]</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The API key was not accepted (401 Unauthorized). Check that it is the service account&apos;s key for this server.</source>
        <translation>Ключ API не принят (401 Unauthorized). Проверьте, что это ключ служебной учётной записи для этого сервера.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server received no usable API key (401 No auth token). Check the key, and any proxy that may remove the Authorization header.</source>
        <translation>Сервер не получил пригодного ключа API (401 No auth token). Проверьте ключ и прокси-серверы, которые могут удалять заголовок Authorization.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A limit was exceeded (Limit Exceeded). The API does not say which: check the organization&apos;s plan and how many devices and tokens it has.</source>
        <translation>Превышен лимит (Limit Exceeded). API не сообщает, какой именно: проверьте тарифный план организации и число её устройств и токенов.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The API key may not do this (missing permission).</source>
        <translation>Ключу API это не разрешено (нет разрешения).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found: check the server address and the organization.</source>
        <translation>Не найдено: проверьте адрес сервера и организацию.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests: the server asks to slow down. Try again in a moment.</source>
        <translation>Слишком много запросов: сервер просит снизить частоту. Повторите через мгновение.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>На сервере возникла проблема (HTTP %1). Повторите попытку позже.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request to another address (HTTP %1). Redirects are not followed, so that the key stays with the API&apos;s own server: check the server address.</source>
        <translation>Сервер перенаправил запрос на другой адрес (HTTP %1). Перенаправления не выполняются, чтобы ключ оставался только у сервера API: проверьте адрес сервера.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server had a problem (HTTP %1). The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>На сервере возникла проблема (HTTP %1). Запрос мог быть обработан: прежде чем повторять, проверьте, создан ли токен.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The API key contains a space, a line break or another character an API key does not have. Enter the key again. Nothing was sent.</source>
        <translation>Ключ API содержит пробел, перевод строки или другой символ, которого не бывает в ключах API. Введите ключ заново. Ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be reached in time. Check the server address and your network (a VPN or a firewall may be in the way). Nothing was sent.</source>
        <translation>Не удалось вовремя связаться с сервером. Проверьте адрес сервера и сеть (может мешать VPN или межсетевой экран). Ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>Сервер не ответил вовремя. Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not answer in time. The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>Сервер не ответил вовремя. Запрос мог быть обработан: прежде чем повторять, проверьте, создан ли токен.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>%1 The server says: %2</source>
        <translation>%1 Сообщение сервера: %2</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>Запрос мог быть обработан: прежде чем повторять, проверьте, создан ли токен.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The server rejected the request (HTTP %1).</source>
        <translation>Сервер отклонил запрос (HTTP %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered with HTTP %1.</source>
        <translation>Сервер ответил HTTP %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server or a gateway in front of it failed (HTTP %1) and sent a page instead of an answer. Try again later.</source>
        <translation>Сервер или шлюз перед ним дал сбой (HTTP %1) и вернул страницу вместо ответа. Повторите попытку позже.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server or a gateway in front of it failed (HTTP %1) and sent a page instead of an answer. The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>Сервер или шлюз перед ним дал сбой (HTTP %1) и вернул страницу вместо ответа. Запрос мог быть обработан: прежде чем повторять, проверьте, создан ли токен.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer could not be read (not the API&apos;s JSON). It may come from a proxy or a wrong server address.</source>
        <translation>Не удалось прочитать ответ сервера (это не JSON API). Возможно, он пришёл от прокси-сервера или адрес сервера неверен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer was too large and was not read.</source>
        <translation>Ответ сервера слишком велик и не был прочитан.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../ui/shell/appcontext.cpp" line="+180"/>
        <source>Store the key for this server under Profiles &amp; API key. Nothing was sent.</source>
        <translation>Сохраните ключ для этого сервера в разделе «Профили и ключ API». Ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key is still being read from the keychain (it may be waiting to be unlocked). Try again in a moment. Nothing was sent.</source>
        <translation>Ключ API ещё читается из связки ключей (возможно, она ждёт разблокировки). Повторите попытку через мгновение. Ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key could not be read from the keychain. Nothing was sent.</source>
        <translation>Не удалось прочитать ключ API из связки ключей. Ничего не отправлено.</translation>
    </message>
</context>
<context>
    <name>BulkPage</name>
    <message>
        <location filename="../ui/pages/bulkpage.cpp" line="+266"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Why it is not used</source>
        <translation>Почему не используется</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Batch</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Windows tokens for many users</source>
        <translation>Токены Windows для многих пользователей</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows enrollment tokens for many users</source>
        <translation>Токены регистрации Windows для многих пользователей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste or import the users&apos; e-mail addresses, choose the settings once, and send. Each user gets a token with the same settings.</source>
        <translation>Вставьте или импортируйте адреса электронной почты пользователей, один раз выберите параметры и отправьте. Каждый пользователь получит токен с одинаковыми параметрами.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Analysing… %1 %</source>
        <translation>Анализ… %1 %</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>E-mail addresses</source>
        <translation>Адреса электронной почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste e-mail addresses here: one per line, a mail client&apos;s To: line (Name &lt;address&gt;; …) or a CSV export with a header row.

Or drop a .csv or .txt file on this page.</source>
        <translation>Вставьте сюда адреса электронной почты: по одному в строке, строку «Кому:» из почтового клиента (Имя &lt;адрес&gt;; …) или экспорт CSV со строкой заголовков.

Или перетащите на эту страницу файл .csv или .txt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import file…</source>
        <translation>&amp;Импорт файла…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import file</source>
        <translation>Импорт файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read addresses from a CSV or text file (also by dropping it here)</source>
        <translation>Прочитать адреса из файла CSV или текстового файла (также перетаскиванием сюда)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear addresses</source>
        <translation>Очистить адреса</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Valid addresses</source>
        <translation>Действительные адреса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates removed</source>
        <translation>Удалённые дубликаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid lines</source>
        <translation>Недопустимые строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid, will be sent</source>
        <translation>к отправке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicates removed</source>
        <translation>дубликаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid, not sent</source>
        <translation>недопустимые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines</source>
        <translation>строки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysis status</source>
        <translation>Состояние анализа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines that are not used</source>
        <translation>Неиспользуемые строки</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click a line (or press Enter) to show it in the addresses</source>
        <translation>Щёлкните строку (или нажмите Enter), чтобы показать её среди адресов</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+16"/>
        <source>Settings for every token</source>
        <translation>Параметры для всех токенов</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Addresses per request</source>
        <translation>Адресов на запрос</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many addresses go in one request. Smaller batches show progress more often and lose less when one fails.</source>
        <translation>Сколько адресов входит в один запрос. Небольшие пакеты чаще показывают ход выполнения и меньше теряют при сбое одного из них.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests planned</source>
        <translation>Запланировано запросов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the form still needs</source>
        <translation>Чего ещё не хватает в форме</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token settings</source>
        <translation>Параметры токена</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create the tokens (Ctrl+Return); you confirm first</source>
        <translation>Создать токены (Ctrl+Enter); сначала потребуется подтверждение</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm sending</source>
        <translation>Подтвердите отправку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will be sent</source>
        <translation>Что будет отправлено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, send</source>
        <translation>Да, отправить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the form</source>
        <translation>Вернуться к форме</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Retry selected batch</source>
        <translation>Повторить выбранный</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+807"/>
        <source>Retry failed batches</source>
        <translation>Повторить неудачные</translation>
    </message>
    <message>
        <location line="-804"/>
        <source>Sends again the batches that failed on the way. Batches the API answered are never sent again; for batches that may have been carried out (a timeout, a dropped connection, a server error) you are asked first.</source>
        <translation>Повторно отправляет пакеты, сбойные в пути. Пакеты, на которые API ответил, никогда не отправляются повторно; для пакетов, которые могли быть выполнены (тайм-аут, обрыв соединения, ошибка сервера), сначала будет задан вопрос.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export log…</source>
        <translation>Экспорт журнала…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The API reports only how many tokens each batch created, not which addresses failed (usually addresses with no MDM user). “Find who got no token” reads the token list to name them.</source>
        <translation>API сообщает только, сколько токенов создал каждый пакет, но не какие адреса не прошли (обычно адреса без пользователя MDM). «Кто остался без токена?» читает список токенов, чтобы назвать их.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find who got no token</source>
        <translation>Кто остался без токена?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who got a token</source>
        <translation>Кто получил токен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only those without a token</source>
        <translation>Оставить только без токена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the addresses without a token</source>
        <translation>Оставить только адреса без токена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces the list with them (Ctrl+Z brings the list back).</source>
        <translation>Заменяет ими список (Ctrl+Z возвращает список).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Reading the token list… (%n page(s))</source>
        <translation>
            <numerusform>Чтение списка токенов… (%n страница)</numerusform>
            <numerusform>Чтение списка токенов… (%n страницы)</numerusform>
            <numerusform>Чтение списка токенов… (%n страниц)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Reading the token list…</source>
        <translation>Чтение списка токенов…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token list could not be read: %1</source>
        <translation>Не удалось прочитать список токенов: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln address(es) checked have a token created since the run started.</source>
        <translation>
            <numerusform>У %Ln проверенного адреса есть токен, созданный с начала отправки.</numerusform>
            <numerusform>У %Ln проверенных адресов есть токен, созданный с начала отправки.</numerusform>
            <numerusform>У %Ln проверенных адресов есть токен, созданный с начала отправки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln address(es) have no token.</source>
        <translation>
            <numerusform>У %Ln адреса нет токена.</numerusform>
            <numerusform>У %Ln адресов нет токена.</numerusform>
            <numerusform>У %Ln адресов нет токена.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the newest %1 tokens were read.</source>
        <translation>Прочитаны только последние %1 токенов.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>CSV file: addresses read from column %1.</source>
        <translation>Файл CSV: адреса прочитаны из столбца %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All the other lines were understood.</source>
        <translation>Все остальные строки распознаны.</translation>
    </message>
    <message numerus="yes">
        <location line="+152"/>
        <source>Send to %n user(s)</source>
        <translation>
            <numerusform>Отправить %n пользователю</numerusform>
            <numerusform>Отправить %n пользователям</numerusform>
            <numerusform>Отправить %n пользователям</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Create Windows enrollment tokens for &lt;b&gt;%Ln user(s)&lt;/b&gt; in organization &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>
            <numerusform>Создать токены регистрации Windows для &lt;b&gt;%Ln пользователя&lt;/b&gt; в организации &lt;b&gt;%1&lt;/b&gt; на &lt;b&gt;%2&lt;/b&gt;.</numerusform>
            <numerusform>Создать токены регистрации Windows для &lt;b&gt;%Ln пользователей&lt;/b&gt; в организации &lt;b&gt;%1&lt;/b&gt; на &lt;b&gt;%2&lt;/b&gt;.</numerusform>
            <numerusform>Создать токены регистрации Windows для &lt;b&gt;%Ln пользователей&lt;/b&gt; в организации &lt;b&gt;%1&lt;/b&gt; на &lt;b&gt;%2&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Each request carries up to %Ln address(es).</source>
        <translation>
            <numerusform>Каждый запрос содержит до %Ln адреса.</numerusform>
            <numerusform>Каждый запрос содержит до %Ln адресов.</numerusform>
            <numerusform>Каждый запрос содержит до %Ln адресов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+218"/>
        <source>Sending to %1 — %2 of %Ln address(es) answered.</source>
        <translation>
            <numerusform>Отправка в %1 — обработано %2 из %Ln адреса.</numerusform>
            <numerusform>Отправка в %1 — обработано %2 из %Ln адресов.</numerusform>
            <numerusform>Отправка в %1 — обработано %2 из %Ln адресов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Stopped: %n token(s) created.</source>
        <translation>
            <numerusform>Остановлено: создан %n токен.</numerusform>
            <numerusform>Остановлено: создано %n токена.</numerusform>
            <numerusform>Остановлено: создано %n токенов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Finished: %n token(s) created.</source>
        <translation>
            <numerusform>Готово: создан %n токен.</numerusform>
            <numerusform>Готово: создано %n токена.</numerusform>
            <numerusform>Готово: создано %n токенов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The API could not create %n of the tokens asked for (usually addresses without an MDM user).</source>
        <translation>
            <numerusform>API не смог создать %n из запрошенных токенов (обычно адрес без пользователя MDM).</numerusform>
            <numerusform>API не смог создать %n из запрошенных токенов (обычно адреса без пользователя MDM).</numerusform>
            <numerusform>API не смог создать %n из запрошенных токенов (обычно адреса без пользователя MDM).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The run went to %1 on %2: switch back to that profile to send its batches.</source>
        <translation>Отправка шла в %1 на %2: вернитесь к этому профилю, чтобы отправить её пакеты.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry failed batches (%1)</source>
        <translation>Повторить неудачные (%1)</translation>
    </message>
    <message>
        <location line="-1048"/>
        <source>&amp;Clear</source>
        <translation>О&amp;чистить</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Reason</source>
        <comment>invalid lines: why a line is not sent</comment>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Its tokens may exist, check before retrying: %1</source>
        <translation>Токены могли быть созданы, проверьте перед повтором: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be retried: %1</source>
        <translation>Можно повторить: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>An earlier attempt may have created tokens too: check for duplicates.</source>
        <translation>Предыдущая попытка тоже могла создать токены: проверьте, нет ли дубликатов.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The check stopped: another profile is in use.</source>
        <translation>Проверка остановлена: используется другой профиль.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Addr&amp;esses</source>
        <translation>&amp;Адреса</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Lines that &amp;will not be sent (click to show):</source>
        <translation>Строки, котор&amp;ые не будут отправлены (щёлкните, чтобы показать):</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Removing the list from the box… %1 %</source>
        <translation>Список удаляется из поля… %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the list to the box… %1 %</source>
        <translation>Список добавляется в поле… %1 %</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Addresses per re&amp;quest:</source>
        <translation>Адресов на &amp;запрос:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Batches sent</source>
        <translation>Отправлено пакетов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run status</source>
        <translation>Состояние отправки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed and remaining time</source>
        <translation>Прошедшее и оставшееся время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel sending</source>
        <translation>Отменить отправку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current batch (Esc)</source>
        <translation>Остановиться после текущего пакета (Esc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tokens created</source>
        <translation>Создано токенов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses the API counted as failed</source>
        <translation>Адреса, которые API посчитал ошибочными</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses answered</source>
        <translation>Обработано адресов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batches done</source>
        <translation>Завершено пакетов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens created</source>
        <translation>токенов создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed (per the API)</source>
        <translation>с ошибкой (по API)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>addresses answered</source>
        <translation>адресов обработано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batches done</source>
        <translation>пакетов завершено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batches</source>
        <translation>Пакеты</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Retry the selected batch</source>
        <translation>Повторить выбранный пакет</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the rest</source>
        <translation>Отправить остальные</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the batches not sent</source>
        <translation>Отправить неотправленные пакеты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the run&apos;s log as CSV</source>
        <translation>Экспортировать журнал отправки в CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Tokens page</source>
        <translation>Открыть страницу «Токены»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List only the unanswered</source>
        <translation>Оставить только без ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the addresses not answered</source>
        <translation>Оставить только адреса без ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces the list with the addresses of the failed and unsent batches (Ctrl+Z brings the list back). Failed batches that may have been carried out are included: check them first.</source>
        <translation>Заменяет список адресами сбойных и неотправленных пакетов (Ctrl+Z возвращает список). Сбойные пакеты, которые могли быть выполнены, включены: сначала проверьте их.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the batch&apos;s addresses</source>
        <translation>Копировать адреса пакета</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About the results</source>
        <translation>О результатах</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reads the organization&apos;s Windows tokens created since the run started and matches them with the addresses of the batches that were answered or may have been carried out.</source>
        <translation>Читает токены Windows организации, созданные с начала отправки, и сопоставляет их с адресами пакетов, на которые пришёл ответ или которые могли быть обработаны.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sending and results</source>
        <translation>Отправка и результаты</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>&amp;Send the list</source>
        <translation>&amp;Отправить список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel sending</source>
        <translation>О&amp;становить отправку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry &amp;failed batches</source>
        <translation>&amp;Повторить неудачные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the &amp;rest</source>
        <translation>Отправить ост&amp;альные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export log…</source>
        <translation>&amp;Экспорт журнала…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Analysing…</source>
        <translation>Анализ…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Nothing pasted yet.</source>
        <translation>Пока ничего не вставлено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV file: addresses read from column “%1” (header on line %2).</source>
        <translation>Файл CSV: адреса прочитаны из столбца «%1» (заголовок в строке %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file: addresses read from column %1 (header on line %2).</source>
        <translation>Файл CSV: адреса прочитаны из столбца %1 (заголовок в строке %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty cells use column “%1”.</source>
        <translation>Для пустых ячеек используется столбец «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header on line %1 skipped.</source>
        <translation>Заголовок в строке %1 пропущен.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n line(s) before the header skipped (#TYPE, sep=).</source>
        <translation>
            <numerusform>%n строка перед заголовком пропущена (#TYPE, sep=).</numerusform>
            <numerusform>%n строки перед заголовком пропущены (#TYPE, sep=).</numerusform>
            <numerusform>%n строк перед заголовком пропущено (#TYPE, sep=).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n comment line(s) (# or //) skipped.</source>
        <translation>
            <numerusform>%n строка комментария (# или //) пропущена.</numerusform>
            <numerusform>%n строки комментария (# или //) пропущены.</numerusform>
            <numerusform>%n строк комментария (# или //) пропущено.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 of %2 invalid lines are listed.</source>
        <translation>Показаны только первые %1 из %2 недопустимых строк.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every line was understood.</source>
        <translation>Все строки распознаны.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is too large to import (over %2 MB).</source>
        <translation>Файл «%1» слишком велик для импорта (более %2 МБ).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Could not read “%1”.</source>
        <translation>Не удалось прочитать «%1».</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Reading “%1”…</source>
        <translation>Чтение «%1»…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” was not imported: a run is under way.</source>
        <translation>«%1» не импортирован: идёт отправка.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import addresses</source>
        <translation>Импорт адресов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Списки адресов (*.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>→ %n request(s)</source>
        <translation>
            <numerusform>→ %n запрос</numerusform>
            <numerusform>→ %n запроса</numerusform>
            <numerusform>→ %n запросов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analysing addresses…</source>
        <translation>Анализ адресов…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send (no valid address yet)</source>
        <translation>Отправить (нет действительных адресов)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The list is sent in %Ln request(s).</source>
        <translation>
            <numerusform>Список отправляется в %Ln запросе.</numerusform>
            <numerusform>Список отправляется в %Ln запросах.</numerusform>
            <numerusform>Список отправляется в %Ln запросах.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(This is the local sandbox.)</source>
        <translation>(Это локальная песочница.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each user will receive the enrollment e-mail.</source>
        <translation>Каждый пользователь получит письмо о регистрации.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n invalid line(s) will not be sent.</source>
        <translation>
            <numerusform>%n недопустимая строка не будет отправлена.</numerusform>
            <numerusform>%n недопустимые строки не будут отправлены.</numerusform>
            <numerusform>%n недопустимых строк не будут отправлены.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The results of the previous run will be replaced: export its log first if you need it.</source>
        <translation>Результаты предыдущей отправки будут заменены: при необходимости сначала экспортируйте её журнал.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of these addresses were answered in the previous run and would get a second token: “List only the unanswered” leaves them out.</source>
        <translation>
            <numerusform>%n из этих адресов получил ответ в прошлой отправке и получит второй токен: «Оставить только без ответа» исключит его.</numerusform>
            <numerusform>%n из этих адресов получили ответ в прошлой отправке и получат второй токен: «Оставить только без ответа» исключит их.</numerusform>
            <numerusform>%n из этих адресов получили ответ в прошлой отправке и получат второй токен: «Оставить только без ответа» исключит их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n of these addresses were in batches that failed after reaching the server (a timeout, a dropped connection, a server error): they may already have a token and its e-mail. “Find who got no token” tells which.</source>
        <translation>
            <numerusform>%n из этих адресов был в пакетах, которые не удались после того, как дошли до сервера (тайм-аут, обрыв соединения, ошибка сервера): у него уже может быть токен и письмо. «Кто остался без токена?» покажет, у кого.</numerusform>
            <numerusform>%n из этих адресов были в пакетах, которые не удались после того, как дошли до сервера (тайм-аут, обрыв соединения, ошибка сервера): у них уже может быть токен и письмо. «Кто остался без токена?» покажет, у кого.</numerusform>
            <numerusform>%n из этих адресов были в пакетах, которые не удались после того, как дошли до сервера (тайм-аут, обрыв соединения, ошибка сервера): у них уже может быть токен и письмо. «Кто остался без токена?» покажет, у кого.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was sent.</source>
        <translation>Ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Send again?</source>
        <translation>Отправить снова?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n batch(es) failed after reaching the server (a timeout, a dropped connection or a server error). The server may have created their tokens and sent their e-mails: sending again could give those users a second token and a second e-mail.</source>
        <translation>
            <numerusform>%n пакет завершился ошибкой после того, как дошёл до сервера (тайм-аут, обрыв соединения или ошибка сервера). Сервер мог создать токены и отправить письма: повторная отправка может дать этим пользователям второй токен и второе письмо.</numerusform>
            <numerusform>%n пакета завершились ошибкой после того, как дошли до сервера (тайм-аут, обрыв соединения или ошибка сервера). Сервер мог создать токены и отправить письма: повторная отправка может дать этим пользователям второй токен и второе письмо.</numerusform>
            <numerusform>%n пакетов завершились ошибкой после того, как дошли до сервера (тайм-аут, обрыв соединения или ошибка сервера). Сервер мог создать токены и отправить письма: повторная отправка может дать этим пользователям второй токен и второе письмо.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the Tokens page for these users first (the log lists each batch&apos;s addresses).</source>
        <translation>Сначала проверьте страницу «Токены» для этих пользователей (в журнале перечислены адреса каждого пакета).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Only the %n surely not sent</source>
        <translation>
            <numerusform>Только %n точно не отправленный</numerusform>
            <numerusform>Только %n точно не отправленных</numerusform>
            <numerusform>Только %n точно не отправленных</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Elapsed %1</source>
        <translation>Прошло: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about %1 left</source>
        <translation>осталось около %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimating time left…</source>
        <translation>оценка оставшегося времени…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%v of %m batches</source>
        <translation>%v из %m пакетов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not started</source>
        <translation>Не начато</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing sent yet.</source>
        <translation>Пока ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping after the current batch…</source>
        <translation>Остановка после текущего пакета…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n batch(es) failed, %1 can be retried.</source>
        <translation>
            <numerusform>%n пакет не удался, можно повторить: %1.</numerusform>
            <numerusform>%n пакета не удались, можно повторить: %1.</numerusform>
            <numerusform>%n пакетов не удались, можно повторить: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n batch(es) failed.</source>
        <translation>
            <numerusform>%n пакет не удался.</numerusform>
            <numerusform>%n пакета не удались.</numerusform>
            <numerusform>%n пакетов не удались.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n batch(es) not sent.</source>
        <translation>
            <numerusform>%n пакет не отправлен.</numerusform>
            <numerusform>%n пакета не отправлены.</numerusform>
            <numerusform>%n пакетов не отправлены.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not save the log to “%1”.</source>
        <translation>Не удалось сохранить журнал в «%1».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the run&apos;s log</source>
        <translation>Экспорт журнала отправки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <location filename="../app/bulkrunner.cpp" line="+104"/>
        <source>E-mails: the list was read only in part; analyse it again.</source>
        <translation>Адреса: список прочитан лишь частично; проанализируйте его снова.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A run is already under way.</source>
        <translation>Отправка уже выполняется.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The server or organization changed during the run; the remaining batches were not sent.</source>
        <translation>Во время отправки изменился сервер или организация; оставшиеся пакеты не отправлены.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>С ошибкой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <comment>batch state after cancel</comment>
        <translation>Не отправлен</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../ui/shell/connectionbanner.cpp" line="+24"/>
        <source>Profiles &amp;&amp; key…</source>
        <translation>Профили и ключ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the &amp;organization</source>
        <translation>Копировать &amp;организацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the &amp;server address</source>
        <translation>Копировать адрес &amp;сервера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Active profile</source>
        <translation>Активный профиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch profile (organization and server)</source>
        <translation>Сменить профиль (организацию и сервер)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rofile:</source>
        <translation>П&amp;рофиль:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No profile selected — add one under Profiles &amp; API key.</source>
        <translation>Профиль не выбран — добавьте его в разделе «Профили и ключ API».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization &lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>Организация &lt;b&gt;%1&lt;/b&gt; на %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SANDBOX — nothing here is real</source>
        <translation>ПЕСОЧНИЦА — всё ненастоящее</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading key…</source>
        <translation>Чтение ключа…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key ✓</source>
        <translation>Ключ ✓</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key for this session only</source>
        <translation>Ключ только для этого сеанса</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No API key</source>
        <translation>Нет ключа API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain unavailable</source>
        <translation>Связка ключей недоступна</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../app/duration.cpp" line="+60"/>
        <source>0 minutes</source>
        <translation>0 минут</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+4"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../ui/widgets/durationedit.ui" line="+16"/>
        <source>Validity, coarse</source>
        <translation>Срок действия, приблизительно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag or use the arrow keys, Page Up, Page Down, Home and End to choose how long the token is valid</source>
        <translation>Перетащите или используйте стрелки, Page Up, Page Down, Home и End, чтобы выбрать срок действия токена</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validity, exact number</source>
        <translation>Срок действия, точное число</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exact number of the chosen unit</source>
        <translation>Точное число выбранных единиц</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Validity, unit</source>
        <translation>Срок действия, единица</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expiry</source>
        <translation>Истечение</translation>
    </message>
    <message>
        <location filename="../ui/widgets/durationedit.cpp" line="+133"/>
        <source>seconds</source>
        <comment>duration unit</comment>
        <translation>секунд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <comment>duration unit</comment>
        <translation>минут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <comment>duration unit</comment>
        <translation>часов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <comment>duration unit</comment>
        <translation>дней</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Expires %1, %2</source>
        <comment>token expiry: day, time</comment>
        <translation>Истекает %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token created now expires %1 (local time).</source>
        <translation>Токен, созданный сейчас, истекает %1 (местное время).</translation>
    </message>
</context>
<context>
    <name>ElidedRunsLabel</name>
    <message>
        <location filename="../ui/widgets/elidedrunslabel.cpp" line="+21"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
</context>
<context>
    <name>EmailListParser</name>
    <message>
        <location filename="../app/emaillist.cpp" line="+938"/>
        <source>not an e-mail address</source>
        <translation>не адрес электронной почты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing @ sign</source>
        <translation>нет знака @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than one @ sign</source>
        <translation>больше одного знака @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing before the @</source>
        <translation>ничего перед @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing domain</source>
        <translation>нет домена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address longer than %1 characters</source>
        <translation>адрес длиннее %1 символов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>space or character not allowed before the @</source>
        <translation>пробел или недопустимый символ перед @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts with a dot</source>
        <translation>начинается с точки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dot right before the @</source>
        <translation>точка прямо перед @</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two dots in a row</source>
        <translation>две точки подряд</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain has no dot (like example.com)</source>
        <translation>в домене нет точки (как в example.com)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>misplaced dot in the domain</source>
        <translation>точка в домене стоит не на месте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>character not allowed in the domain</source>
        <translation>недопустимый символ в домене</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain part starts or ends with a hyphen</source>
        <translation>часть домена начинается или заканчивается дефисом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain ending is not valid (like .com)</source>
        <translation>недопустимое окончание домена (как .com)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no e-mail address in this row</source>
        <translation>в этой строке нет адреса электронной почты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains an invisible character or a non-breaking space (retype the address)</source>
        <translation>содержит невидимый символ или неразрывный пробел (введите адрес заново)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other words next to the address (a space in it?); write a name as Name &lt;address&gt;</source>
        <translation>рядом с адресом есть другие слова (пробел внутри адреса?); имя пишите так: Имя &lt;адрес&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address inside a comment in parentheses; put it on a line of its own to include it</source>
        <translation>адрес внутри комментария в скобках; чтобы включить его, поставьте его на отдельную строку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this row has more or fewer cells than the header (a comma or semicolon in a value without quotes?)</source>
        <translation>в этой строке больше или меньше ячеек, чем в заголовке (запятая или точка с запятой в значении без кавычек?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a guest account&apos;s sign-in name (#EXT#), not a mailbox; use the guest&apos;s own address</source>
        <translation>имя входа гостевой учётной записи (#EXT#), а не почтовый ящик; укажите собственный адрес гостя</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>not a valid e-mail address</source>
        <translation>недопустимый адрес электронной почты</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../ui/widgets/errorpanel.cpp" line="+19"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show error details</source>
        <translation>Показать подробности ошибки</translation>
    </message>
</context>
<context>
    <name>HttpReply</name>
    <message>
        <location filename="../app/httpconnectionpool.cpp" line="+179"/>
        <source>no connection to %1 within %2 s</source>
        <translation>нет соединения с %1 в течение %2 с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer from %1 for %2 s</source>
        <translation>нет ответа от %1 в течение %2 с</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer from %1 took longer than %2 s in all</source>
        <translation>ответ от %1 шёл дольше %2 с в общей сложности</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the server closed the connection</source>
        <translation>сервер закрыл соединение</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>the status line is too long</source>
        <translation>строка состояния слишком длинная</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an HTTP/1.x answer: %1</source>
        <translation>это не ответ HTTP/1.x: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer has no valid status code</source>
        <translation>в ответе нет допустимого кода состояния</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+63"/>
        <source>the answer&apos;s headers are too large</source>
        <translation>заголовки ответа слишком велики</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>a header line has no name</source>
        <translation>у строки заголовка нет имени</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a chunk of the answer has no valid size</source>
        <translation>у фрагмента ответа нет допустимого размера</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a chunk of the answer is longer than its size</source>
        <translation>фрагмент ответа длиннее указанного размера</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the answer gives two different lengths</source>
        <translation>в ответе указаны две разные длины</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the answer&apos;s length is not a number</source>
        <translation>длина ответа — не число</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is %1 bytes</source>
        <translation>размер ответа — %1 байт</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a line of the answer is too long</source>
        <translation>строка ответа слишком длинная</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the answer is larger than %1 bytes</source>
        <translation>ответ больше %1 байт</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the connection closed in the middle of the answer</source>
        <translation>соединение закрылось посреди ответа</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the connection closed before the answer; the request was not sent again</source>
        <translation>соединение закрылось до ответа; запрос не отправлялся повторно</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unsupported address: %1</source>
        <translation>неподдерживаемый адрес: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the header %1 contains a line break or a NUL byte; nothing was sent</source>
        <translation>заголовок %1 содержит перевод строки или байт NUL; ничего не отправлено</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/shell/languagemenu.cpp" line="+11"/>
        <source>&amp;Language</source>
        <comment>menu: the language of the console, not of the enrollment e-mail</comment>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;System language (%1)</source>
        <translation>&amp;Системный язык (%1)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The console will be in %1 the next time you start EnrollDesk.</source>
        <translation>Язык консоли при следующем запуске EnrollDesk: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../ui/widgets/languagepicker.cpp" line="+17"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>(not set)</source>
        <comment>language left out of the request</comment>
        <translation>(не задан)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the language out: the API uses its own default</source>
        <translation>Не указывать язык: API использует свой язык по умолчанию</translation>
    </message>
</context>
<context>
    <name>LimitedLineEdit</name>
    <message numerus="yes">
        <location filename="../ui/widgets/limitedlineedit.cpp" line="+40"/>
        <source>At most %Ln character(s)</source>
        <comment>the limit of a field</comment>
        <translation>
            <numerusform>Не более %Ln символа</numerusform>
            <numerusform>Не более %Ln символов</numerusform>
            <numerusform>Не более %Ln символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>this text has %Ln</source>
        <comment>characters, after the limit</comment>
        <translation>
            <numerusform>в этом тексте %Ln</numerusform>
            <numerusform>в этом тексте %Ln</numerusform>
            <numerusform>в этом тексте %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln too many</source>
        <comment>characters over the limit</comment>
        <translation>
            <numerusform>%Ln лишний</numerusform>
            <numerusform>%Ln лишних</numerusform>
            <numerusform>%Ln лишних</numerusform>
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
            <numerusform>%1 · %Ln лишний</numerusform>
            <numerusform>%1 · %Ln лишних</numerusform>
            <numerusform>%1 · %Ln лишних</numerusform>
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
        <translation>Токен Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows tokens
(many users)</source>
        <translation>Токены Windows
(много пользователей)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Android token</source>
        <translation>Токен Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles &amp; API key</source>
        <translation>Профили и ключ API</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Requests in progress</source>
        <translation>Выполняемые запросы</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%Ln token(s) listed here.</source>
        <translation>
            <numerusform>%Ln токен в этом списке.</numerusform>
            <numerusform>%Ln токена в этом списке.</numerusform>
            <numerusform>%Ln токенов в этом списке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln created by bulk runs, which the API answers with counts only: the Tokens page lists them.</source>
        <translation>
            <numerusform>%Ln создан массовыми отправками, на которые API отвечает только количеством: его показывает страница «Токены».</numerusform>
            <numerusform>%Ln создано массовыми отправками, на которые API отвечает только количеством: их показывает страница «Токены».</numerusform>
            <numerusform>%Ln создано массовыми отправками, на которые API отвечает только количеством: их показывает страница «Токены».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>&amp;Windows token</source>
        <comment>Go menu</comment>
        <translation>Токен &amp;Windows</translation>
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
        <translation>Токены Windows (&amp;много пользователей)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Android token</source>
        <comment>Go menu</comment>
        <translation>Токен &amp;Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tokens</source>
        <comment>Go menu</comment>
        <translation>&amp;Токены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles &amp;&amp; API key</source>
        <comment>Go menu</comment>
        <translation>&amp;Профили и ключ API</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Token</source>
        <comment>menu</comment>
        <translation>Токен</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About EnrollDesk</source>
        <translation>&amp;О программе EnrollDesk</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Created this session</source>
        <translation>Создано в этом сеансе</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tokens created in this session</source>
        <translation>Токены, созданные в этом сеансе</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Created this session: %1</source>
        <translation>Создано в этом сеансе: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Created in organization %1 on %2, not the active profile&apos;s</source>
        <translation>Создан в организации %1 на %2, а не в организации активного профиля</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>Выполняется %n запрос</numerusform>
            <numerusform>Выполняется %n запроса</numerusform>
            <numerusform>Выполняется %n запросов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Go to a page (also %1, then the page&apos;s letter)</source>
        <translation>Перейти на страницу (также %1, затем буква страницы)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the token / send the list</source>
        <translation>Создать токен / отправить список</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the request in progress, or close the token details (Tokens page)</source>
        <translation>Отменить текущий запрос или закрыть сведения о токене (страница «Токены»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the enroll code</source>
        <translation>Скопировать код регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the enrollment link</source>
        <translation>Скопировать ссылку регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the token list</source>
        <translation>Обновить список токенов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add / remove a policy assignment</source>
        <translation>Добавить / удалить назначение политики</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move a policy assignment</source>
        <translation>Переместить назначение политики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+подчёркнутая буква</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jump to a field</source>
        <translation>Перейти к полю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, arrow keys</source>
        <translation>%1, клавиши со стрелками</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the Android management mode</source>
        <translation>Выбрать режим управления Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a batch row&apos;s addresses (bulk page)</source>
        <translation>Скопировать адреса строки пакета (страница массовой отправки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo Clear or List only the unanswered (bulk page)</source>
        <translation>Отменить «Очистить» или «Оставить только без ответа» (страница массовой отправки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the tokens created this session</source>
        <translation>Показать токены, созданные в этом сеансе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the API key being typed (Profiles page)</source>
        <translation>Показать или скрыть вводимый ключ API (страница «Профили»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the QR code that has the focus</source>
        <translation>Напечатать QR-код, находящийся в фокусе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the list of the banner&apos;s profile switcher</source>
        <translation>Открыть список переключателя профилей на баннере</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the banner&apos;s line (Tab reaches it): copy it / copy the organization or the server alone</source>
        <translation>В строке баннера (доступна по Tab): скопировать её / скопировать только организацию или сервер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Quit without sending the list?</source>
        <translation>Выйти, не отправив список?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list of addresses has not been sent. If you quit now, it is lost.</source>
        <translation>Список адресов не отправлен. Если выйти сейчас, он будет потерян.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quit without creating the token?</source>
        <translation>Выйти, не создав токен?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows and Android token forms are filled in, but their tokens have not been created. If you quit now, what you entered is lost.</source>
        <translation>Формы токенов Windows и Android заполнены, но токены не созданы. Если выйти сейчас, введённое будет потеряно.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Windows token form is filled in, but the token has not been created. If you quit now, what you entered is lost.</source>
        <translation>Форма токена Windows заполнена, но токен не создан. Если выйти сейчас, введённое будет потеряно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Android token form is filled in, but the token has not been created. If you quit now, what you entered is lost.</source>
        <translation>Форма токена Android заполнена, но токен не создан. Если выйти сейчас, введённое будет потеряно.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quit and lose the setup QR codes?</source>
        <translation>Выйти и потерять QR-коды настройки?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n Android token(s) created this session: EnrollDesk cannot show their setup QR codes after you quit. Save or print the ones still needed first.</source>
        <translation>
            <numerusform>%n токен Android создан в этом сеансе: после выхода EnrollDesk не сможет показать его QR-код настройки. Сохраните или напечатайте его заранее, если он ещё нужен.</numerusform>
            <numerusform>%n токена Android созданы в этом сеансе: после выхода EnrollDesk не сможет показать их QR-коды настройки. Сохраните или напечатайте заранее те, что ещё нужны.</numerusform>
            <numerusform>%n токенов Android создано в этом сеансе: после выхода EnrollDesk не сможет показать их QR-коды настройки. Сохраните или напечатайте заранее те, что ещё нужны.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Stop sending and quit?</source>
        <translation>Остановить отправку и выйти?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit without the run&apos;s log?</source>
        <translation>Выйти без журнала отправки?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens are still being created for the pasted list. If you quit now, the rest of the list is not sent, and the batch under way is abandoned: the API may still create its tokens. Export the run&apos;s log first to keep a record.</source>
        <translation>Для вставленного списка ещё создаются токены. Если выйти сейчас, остаток списка не будет отправлен, а текущий пакет будет прерван: API всё равно может создать его токены. Сначала экспортируйте журнал отправки, чтобы сохранить сведения о ней.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some batches of the last bulk run failed or were not sent, and the run&apos;s log has not been exported. It is the only record of which addresses were answered: export it first to send the rest later.</source>
        <translation>Некоторые пакеты последней массовой отправки завершились ошибкой или не были отправлены, а журнал отправки не экспортирован. Это единственная запись о том, на какие адреса пришёл ответ: сначала экспортируйте его, чтобы отправить остальное позже.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quit while a token is being created?</source>
        <translation>Выйти, пока создаётся токен?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token is still being created. If you quit now, the API may still create it (and send its e-mail, if one was asked for), but its enroll code will not be shown.</source>
        <translation>Токен ещё создаётся. Если выйти сейчас, API всё равно может его создать (и отправить письмо, если оно было запрошено), но код регистрации не будет показан.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quit without saving the profile?</source>
        <translation>Выйти, не сохранив профиль?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile on the Profiles page has changes that are not saved yet. If you quit now, they are lost.</source>
        <translation>В профиле на странице «Профили» есть несохранённые изменения. Если выйти сейчас, они будут потеряны.</translation>
    </message>
</context>
<context>
    <name>PolicyAssignmentsTable</name>
    <message>
        <location filename="../ui/widgets/policyassignmentstable.ui" line="+13"/>
        <source>Policy assignments</source>
        <translation>Назначения политик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert adds a row, Delete removes it, Alt+Up and Alt+Down move it, F2 edits the current cell</source>
        <translation>Ins добавляет строку, Del удаляет её, Alt+Вверх и Alt+Вниз перемещают её, F2 изменяет текущую ячейку</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+80"/>
        <source>Policy</source>
        <translation>Политика</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="-13"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+230"/>
        <location line="+18"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Add a policy assignment</source>
        <translation>Добавить назначение политики</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="-18"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Remove the selected assignment</source>
        <translation>Удалить выбранное назначение</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move the selected assignment up</source>
        <translation>Переместить выбранное назначение вверх</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move the selected assignment down</source>
        <translation>Переместить выбранное назначение вниз</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Policy assignments status</source>
        <translation>Состояние назначений политик</translation>
    </message>
    <message>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="-217"/>
        <location line="+1"/>
        <source>Policy id</source>
        <translation>ID политики</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+331"/>
        <source>Unknown policy %1</source>
        <translation>Неизвестная политика %1</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Assign one more policy</source>
        <translation>Назначить ещё одну политику</translation>
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
        <translation>Политики не назначены.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Policy assignment %1: “%2” is already assigned in row %3.</source>
        <translation>Назначение политики %1: «%2» уже назначена в строке %3.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(choose a policy)</source>
        <translation>(выберите политику)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F2 or double-click to type the policy&apos;s id</source>
        <translation>Нажмите F2 или дважды щёлкните, чтобы ввести ID политики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F2 or double-click to choose the policy</source>
        <translation>Нажмите F2 или дважды щёлкните, чтобы выбрать политику</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No policy assigned. Add one with the Add button or the Insert key.</source>
        <translation>Политики не назначены. Добавьте политику кнопкой «Добавить» или клавишей Ins.</translation>
    </message>
</context>
<context>
    <name>PolicyPicker</name>
    <message>
        <location filename="../ui/widgets/policypicker.cpp" line="+30"/>
        <source>Policy</source>
        <translation>Политика</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Policy id</source>
        <translation>ID политики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy id: 24 hexadecimal characters, or empty for none</source>
        <translation>ID политики: 24 шестнадцатеричных символа или пусто, если политики нет</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+67"/>
        <location line="+149"/>
        <source>(none)</source>
        <comment>no primary policy</comment>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="-215"/>
        <location line="+67"/>
        <source>No primary policy: the field is left out of the request</source>
        <translation>Нет основной политики: поле не включается в запрос</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Unknown policy %1</source>
        <translation>Неизвестная политика %1</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Could not load the policies: %1
Click to try again.</source>
        <translation>Не удалось загрузить политики: %1
Щёлкните, чтобы повторить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the policies; try again</source>
        <translation>Не удалось загрузить политики; повторите попытку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the policies…</source>
        <translation>Загрузка политик…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load the policies again</source>
        <translation>Загрузить политики снова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the policies</source>
        <translation>Перезагрузить политики</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <location filename="../ui/widgets/printdialogs.cpp" line="+20"/>
        <source>%1 was not found in %2.</source>
        <translation>%1 не найден в %2.</translation>
    </message>
</context>
<context>
    <name>ProfileKeys</name>
    <message>
        <location filename="../app/profilekeys.cpp" line="+99"/>
        <source>The key kept for this profile was stored for another server.</source>
        <translation>Ключ, сохранённый для этого профиля, был сохранён для другого сервера.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/profiles.cpp" line="+185"/>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (копия %2)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Sandbox</source>
        <comment>the built-in profile that talks to the local API emulator</comment>
        <translation>Песочница</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name: required.</source>
        <translation>Имя: обязательно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name: at most %1 characters (this one has %2).</source>
        <translation>Имя: не более %1 символов (в этом %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name: another profile is already called “%1”.</source>
        <translation>Имя: другой профиль уже называется «%1».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Base URL: use https:// (http:// only for this computer).</source>
        <translation>Базовый URL: используйте https:// (http:// только для этого компьютера).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL: %1</source>
        <translation>Базовый URL: %1</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../ui/pages/profilespage.cpp" line="+136"/>
        <source>Profiles and API key</source>
        <translation>Профили и ключ API</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Profiles &amp; API key</source>
        <translation>Профили и ключ API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A profile is a server and an organization. Its API key is kept only in the OS keychain, never in a file.</source>
        <translation>Профиль — это сервер и организация. Его ключ API хранится только в связке ключей системы и никогда в файле.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a profile to use it</source>
        <translation>Дважды щёлкните профиль, чтобы использовать его</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a profile</source>
        <translation>Добавить профиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Копия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the profile</source>
        <translation>Скопировать профиль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the profile</source>
        <translation>Удалить профиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a profile for another server or organization</source>
        <translation>Добавить профиль для другого сервера или организации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this profile (and its API key) under a new name</source>
        <translation>Скопировать этот профиль (и его ключ API) под новым именем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this profile and its API key</source>
        <translation>Удалить этот профиль и его ключ API</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+423"/>
        <source>Save or revert your changes to switch profiles.</source>
        <translation>Сохраните или отмените изменения, чтобы сменить профиль.</translation>
    </message>
    <message>
        <location line="-380"/>
        <location filename="../ui/pages/profilespagekey.cpp" line="+423"/>
        <source>Keychain unavailable</source>
        <translation>Связка ключей недоступна</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;No keychain is available.&lt;/b&gt; EnrollDesk keeps API keys only in the OS keychain (Secret Service), and none answered: it is not running, it is locked, or access was denied. Nothing is written to a file instead. You can still use a key &lt;b&gt;for this session only&lt;/b&gt;: it stays in memory and is forgotten when EnrollDesk closes.</source>
        <translation>&lt;b&gt;Связка ключей недоступна.&lt;/b&gt; EnrollDesk хранит ключи API только в связке ключей системы (Secret Service), но ни одна не ответила: она не запущена, заблокирована или доступ запрещён. Вместо этого ничего не записывается в файл. Ключ всё равно можно использовать &lt;b&gt;только для этого сеанса&lt;/b&gt;: он остаётся в памяти и забывается при закрытии EnrollDesk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the keychain again</source>
        <translation>Снова проверить связку ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain check result</source>
        <translation>Результат проверки связки ключей</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Active profile</source>
        <translation>Активный профиль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this &amp;profile</source>
        <translation>Использовать &amp;этот профиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this profile</source>
        <translation>Использовать этот профиль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this the active profile: every page then works in its organization</source>
        <translation>Сделать профиль активным: все страницы будут работать в его организации</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Confirm deletion</source>
        <translation>Подтвердите удаление</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Delete profile</source>
        <translation>Удалить профиль</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the profile</source>
        <translation>Оставить профиль</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Profile settings</source>
        <translation>Параметры профиля</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile name</source>
        <translation>Имя профиля</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Acme production</source>
        <translation>например, Acme производство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base URL</source>
        <translation>Базовый URL API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https:// only; http:// is allowed for this computer (the sandbox)</source>
        <translation>Только https://; http:// разрешён для этого компьютера (песочница)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pages/profilespagekey.cpp" line="-235"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization id (24 hex digits) or slug</source>
        <translation>ID организации (24 шестнадцатеричные цифры) или slug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connection lists the organizations the key can reach: pick one there</source>
        <translation>«Проверить подключение» покажет организации, доступные ключу: выберите одну там</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default e-mail language</source>
        <translation>Язык письма по умолчанию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the enrollment e-mail when a form does not say</source>
        <translation>Язык письма о регистрации, если форма его не указывает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default token validity</source>
        <translation>Срок действия токена по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long new tokens stay valid unless a form says otherwise</source>
        <translation>Сколько действуют новые токены, если форма не указывает иное</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;base URL:</source>
        <translation>&amp;Базовый URL API:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization:</source>
        <translation>Органи&amp;зация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;language:</source>
        <translation>&amp;Язык по умолчанию:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default val&amp;idity:</source>
        <translation>Срок действия по у&amp;молчанию:</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Save &amp;changes</source>
        <translation>Со&amp;хранить изменения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;evert</source>
        <translation>О&amp;тменить</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Profile “%1” was removed meanwhile (in another window or with the command line), so it could not be saved. What you typed is kept here as a new profile: choose Add profile to keep it.</source>
        <translation>Профиль «%1» тем временем был удалён (в другом окне или из командной строки), поэтому его не удалось сохранить. Введённое сохранено здесь как новый профиль: выберите «Добавить профиль», чтобы оставить его.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Deleted profile “%1”, but its API key could not be removed, so it may still be in the keychain (entry “%2”, service “%3”).</source>
        <translation>Профиль «%1» удалён, но его ключ API удалить не удалось, поэтому он может остаться в связке ключей (запись «%2», служба «%3»).</translation>
    </message>
    <message>
        <location line="-578"/>
        <source>Revert changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Check the &amp;keychain again</source>
        <translation>Повт&amp;орить проверку связки ключей</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Save profile</source>
        <translation>Сохранить профиль</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespagekey.cpp" line="-108"/>
        <location line="+7"/>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>API key state</source>
        <translation>Состояние ключа API</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Show the key</source>
        <translation>Показать ключ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the key</source>
        <translation>Скрыть ключ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test &amp;&amp; &amp;save key</source>
        <translation>Проверить &amp;&amp; сохр&amp;анить ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test and save the key in the keychain</source>
        <translation>Проверить ключ и сохранить его в связке ключей</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespage.cpp" line="+269"/>
        <location filename="../ui/pages/profilespagekey.cpp" line="+1"/>
        <source>Checks the key with the server, then stores it in the OS keychain</source>
        <translation>Проверяет ключ на сервере, затем сохраняет его в связке ключей системы</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespagekey.cpp" line="+2"/>
        <source>Use the key for this session only</source>
        <translation>Использовать ключ только в этом сеансе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the key in memory only; it is forgotten when EnrollDesk closes</source>
        <translation>Хранит ключ только в памяти; он забывается при закрытии EnrollDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Remove the key</source>
        <translation>Удалить ключ</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Removes this profile&apos;s key from the keychain and from this session</source>
        <translation>Удаляет ключ этого профиля из связки ключей и из этого сеанса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key result</source>
        <translation>Результат по ключу</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+11"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Test connection</source>
        <translation>Проверить подкл&amp;ючение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection test result</source>
        <translation>Результат проверки подключения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organizations the key can reach</source>
        <translation>Организации, доступные ключу</translation>
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
        <translation>Использовать выбранную организацию в этом профиле</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection or key error</source>
        <translation>Ошибка подключения или ключа</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespage.cpp" line="-218"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (active), %2</source>
        <translation>%1 (активный), %2</translation>
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
        <translation>Новый профиль</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>not saved yet</source>
        <translation>ещё не сохранён</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Type the API key again below to use it with this server: a stored key is only sent to the server it was saved for. It stays stored until the key typed for this server has been tested and saved.</source>
        <translation>Введите ключ API ниже ещё раз, чтобы использовать его с этим сервером: сохранённый ключ отправляется только на тот сервер, для которого он сохранён. Он остаётся сохранённым, пока ключ, введённый для этого сервера, не будет проверен и сохранён.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Add profile</source>
        <translation>&amp;Добавить профиль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the new profile, or cancel it, to switch profiles.</source>
        <translation>Добавьте новый профиль или отмените его, чтобы переключить профиль.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No keychain is available: use the key for this session only</source>
        <translation>Связка ключей недоступна: используйте ключ только для этого сеанса</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Discard the new profile, and the API key typed for it?</source>
        <translation>Отменить новый профиль и введённый для него ключ API?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the new profile and what was typed into it?</source>
        <translation>Отменить новый профиль и всё, что в нём введено?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard your changes to profile &lt;b&gt;%1&lt;/b&gt;, and the API key typed for it? The key has not been saved.</source>
        <translation>Отменить изменения профиля &lt;b&gt;%1&lt;/b&gt; и введённый для него ключ API? Ключ не сохранён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard the API key typed for profile &lt;b&gt;%1&lt;/b&gt;? It has not been saved.</source>
        <translation>Отменить ключ API, введённый для профиля &lt;b&gt;%1&lt;/b&gt;? Он не сохранён.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Added profile “%1”.</source>
        <translation>Профиль «%1» добавлен.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved profile “%1”.</source>
        <translation>Профиль «%1» сохранён.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Duplicated as “%1”.</source>
        <translation>Скопирован как «%1».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The session key was copied too.</source>
        <translation>Ключ сеанса тоже скопирован.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The API key was copied too.</source>
        <translation>Ключ API тоже скопирован.</translation>
    </message>
    <message>
        <location line="-466"/>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep what you typed</source>
        <translation>Сохранить введённое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard what you typed</source>
        <translation>Отменить введённое</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm discarding what you typed</source>
        <translation>Подтвердить отмену введённого</translation>
    </message>
    <message>
        <location line="+478"/>
        <source>Delete profile &lt;b&gt;%1&lt;/b&gt;? Its API key is removed from the keychain too. This cannot be undone.</source>
        <translation>Удалить профиль &lt;b&gt;%1&lt;/b&gt;? Его ключ API также будет удалён из связки ключей. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete profile &lt;b&gt;%1&lt;/b&gt;? Its API key, kept for this session only, is forgotten too. This cannot be undone.</source>
        <translation>Удалить профиль &lt;b&gt;%1&lt;/b&gt;? Его ключ API, хранящийся только в этом сеансе, тоже будет забыт. Это нельзя отменить.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete profile &lt;b&gt;%1&lt;/b&gt;? This cannot be undone.</source>
        <translation>Удалить профиль &lt;b&gt;%1&lt;/b&gt;? Это нельзя отменить.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No profile will be left: a new one must then be added.</source>
        <translation>Ни одного профиля не останется: тогда нужно будет добавить новый.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No profile is left: a new one must be added.</source>
        <translation>Не осталось ни одного профиля: нужно добавить новый.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every page will then work with profile “%1”.</source>
        <translation>Тогда все страницы будут работать с профилем «%1».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deleted profile “%1”; removing its API key from the keychain…</source>
        <translation>Профиль «%1» удалён; ключ API удаляется из связки ключей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted profile “%1” and forgot its session key.</source>
        <translation>Профиль «%1» удалён, его ключ сеанса забыт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted profile “%1”.</source>
        <translation>Профиль «%1» удалён.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deleted profile “%1” and its API key.</source>
        <translation>Профиль «%1» и его ключ API удалены.</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+69"/>
        <source>Every page now works with profile “%1”.</source>
        <translation>Теперь все страницы работают с профилем «%1».</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespagekey.cpp" line="-92"/>
        <source>Use for this session onl&amp;y</source>
        <translation>Только для этого с&amp;еанса</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move key</source>
        <translation>Уда&amp;лить ключ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep the key</source>
        <translation>Оставить ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove key</source>
        <translation>Удалить ключ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm removing the key</source>
        <translation>Подтвердите удаление ключа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ne&amp;w key:</source>
        <translation>Нов&amp;ый ключ:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Asks the server which organizations the key can reach, with the key typed above or else the stored one. Click one in the list, or press Enter on it, to fill in the organization.</source>
        <translation>Запрашивает у сервера, к каким организациям есть доступ у ключа — введённого выше или, если его нет, сохранённого. Щёлкните организацию в списке или нажмите на ней Enter, чтобы заполнить поле организации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the server which organizations the key can reach, with the key typed above or else the stored one. Double-click one in the list, or press Enter on it, to fill in the organization.</source>
        <translation>Запрашивает у сервера, к каким организациям есть доступ у ключа — введённого выше или, если его нет, сохранённого. Дважды щёлкните организацию в списке или нажмите на ней Enter, чтобы заполнить поле организации.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use selected organi&amp;zation</source>
        <translation>Использовать выбранную организа&amp;цию</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Checking the keychain…</source>
        <translation>Проверка связки ключей…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The keychain is still not available. Start or unlock it, then check again.</source>
        <translation>Связка ключей по-прежнему недоступна. Запустите или разблокируйте её, затем проверьте снова.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Reading the key…</source>
        <translation>Чтение ключа…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sandbox demo key</source>
        <translation>Демонстрационный ключ песочницы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ Stored in the keychain</source>
        <translation>✓ Сохранён в связке ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local sandbox&apos;s public demo key is used. It is never stored.</source>
        <translation>Используется открытый демонстрационный ключ локальной песочницы. Он никогда не сохраняется.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To replace it, paste the new key below and choose Test &amp; save key.</source>
        <translation>Чтобы заменить его, вставьте новый ключ ниже и выберите «Проверить &amp; сохранить ключ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session only</source>
        <translation>Только этот сеанс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is kept in memory and forgotten when EnrollDesk closes.</source>
        <translation>Ключ хранится в памяти и забывается при закрытии EnrollDesk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No key yet</source>
        <translation>Ключа пока нет</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the key for this server below, then choose Test &amp; save key.</source>
        <translation>Вставьте ниже ключ для этого сервера и выберите «Проверить &amp; сохранить ключ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste the service account&apos;s API key to test the connection now; it is stored in the keychain when you add the profile.</source>
        <translation>Вставьте ключ API служебной учётной записи, чтобы сразу проверить подключение; он будет сохранён в связке ключей при добавлении профиля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile has no API key yet. Paste the service account&apos;s key below, then choose Test &amp; save key. It is kept only in the OS keychain.</source>
        <translation>У этого профиля ещё нет ключа API. Вставьте ниже ключ служебной учётной записи и выберите «Проверить &amp; сохранить ключ». Он хранится только в связке ключей системы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key cannot be read or stored. Paste it below and use it for this session only, or start or unlock the keychain and try again.</source>
        <translation>Ключ невозможно прочитать или сохранить. Вставьте его ниже и используйте только в этом сеансе либо запустите или разблокируйте связку ключей и повторите попытку.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paste a new key to replace the current one</source>
        <translation>Вставьте новый ключ, чтобы заменить текущий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the service account&apos;s API key</source>
        <translation>Вставьте ключ API служебной учётной записи</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Base URL: %1</source>
        <translation>Базовый URL: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Asking %1…</source>
        <translation>Запрос к %1…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This profile has no API key yet: paste it above to test the connection.</source>
        <translation>У этого профиля ещё нет ключа API: вставьте его выше, чтобы проверить подключение.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>✓ Connected. The key reaches %n organization(s).</source>
        <translation>
            <numerusform>✓ Подключено. Ключу доступна %n организация.</numerusform>
            <numerusform>✓ Подключено. Ключу доступны %n организации.</numerusform>
            <numerusform>✓ Подключено. Ключу доступно %n организаций.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not one of them: click one below to use it instead.</source>
        <translation>«%1» среди них нет: щёлкните организацию ниже, чтобы использовать её.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not one of them: double-click one below to use it instead.</source>
        <translation>«%1» среди них нет: дважды щёлкните организацию ниже, чтобы использовать её.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click one below to fill in the organization.</source>
        <translation>Щёлкните организацию ниже, чтобы заполнить поле организации.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click one below to fill in the organization.</source>
        <translation>Дважды щёлкните организацию ниже, чтобы заполнить поле организации.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✗ The connection test failed.</source>
        <translation>✗ Проверка подключения не удалась.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Organization set to “%1”.</source>
        <translation>Организация изменена на «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization set to “%1”: save the profile to keep it.</source>
        <translation>Организация изменена на «%1»: сохраните профиль, чтобы оставить её.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Correct the profile first: the key is saved with it.</source>
        <translation>Сначала исправьте профиль: ключ сохраняется вместе с ним.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Testing the key…</source>
        <translation>Проверка ключа…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+90"/>
        <source>The key was not saved.</source>
        <translation>Ключ не сохранён.</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+34"/>
        <source>Save without testing</source>
        <translation>Сохранить без проверки</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Use without testing</source>
        <translation>Использовать без проверки</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Testing the key with the new server…</source>
        <translation>Проверка ключа на новом сервере…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was saved: the profile keeps its server and its stored key.</source>
        <translation>Ничего не сохранено: у профиля остаются его сервер и сохранённый ключ.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The key is used for this session only.</source>
        <translation>Ключ используется только в этом сеансе.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>Saving in the keychain…</source>
        <translation>Сохранение в связке ключей…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The profile no longer exists, so the key was not saved.</source>
        <translation>Профиль больше не существует, поэтому ключ не сохранён.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No keychain is available, so the key was not saved.</source>
        <translation>Связка ключей недоступна, поэтому ключ не сохранён.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>Saved in the keychain.</source>
        <translation>Сохранено в связке ключей.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The key was not saved, so the profile keeps its server and its stored key.</source>
        <translation>Ключ не сохранён, поэтому у профиля остаются его сервер и сохранённый ключ.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Forget the key of profile &lt;b&gt;%1&lt;/b&gt; kept for this session? It has to be pasted again to create tokens.</source>
        <translation>Забыть ключ профиля &lt;b&gt;%1&lt;/b&gt;, сохранённый на этот сеанс? Чтобы создавать токены, его придётся вставить снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the API key of profile &lt;b&gt;%1&lt;/b&gt; from the keychain? EnrollDesk cannot show it again: keep a copy elsewhere if it will be needed.</source>
        <translation>Удалить ключ API профиля &lt;b&gt;%1&lt;/b&gt; из связки ключей? EnrollDesk не сможет показать его снова: сохраните копию в другом месте, если он понадобится.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The session key was forgotten.</source>
        <translation>Ключ сеанса забыт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key was removed from the keychain.</source>
        <translation>Ключ удалён из связки ключей.</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <location filename="../ui/widgets/qrview.cpp" line="+78"/>
        <location line="+14"/>
        <location line="+54"/>
        <source>QR code</source>
        <translation>QR-код</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the full-screen view (Esc)</source>
        <translation>Закрыть полноэкранный режим (Esc)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Press Esc to close</source>
        <translation>Нажмите Esc, чтобы закрыть</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save as P&amp;NG…</source>
        <translation>Сохранить как &amp;PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;SVG…</source>
        <translation>Сохранить как &amp;SVG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w full screen</source>
        <translation>Полный &amp;экран</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click to show full screen; right-click to save or print</source>
        <translation>Двойной щелчок — во весь экран; правый щелчок — сохранить или напечатать</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Only a QR code rendered by EnrollDesk can be saved as SVG; save the downloaded image as PNG.</source>
        <translation>Как SVG можно сохранить только QR-код, созданный EnrollDesk; сохраните загруженное изображение как PNG.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No QR code</source>
        <translation>Нет QR-кода</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The QR code could not be encoded as PNG.</source>
        <translation>Не удалось закодировать QR-код в PNG.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>There is no QR code to save.</source>
        <translation>Нет QR-кода для сохранения.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>A downloaded QR image can only be saved as PNG.</source>
        <translation>Загруженное изображение QR-кода можно сохранить только как PNG.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Device enrollment</source>
        <translation>Регистрация устройства</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Save QR code as PNG</source>
        <translation>Сохранить QR-код как PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Save QR code</source>
        <translation>Сохранить QR-код</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>The QR code could not be saved to %1: %2</source>
        <translation>Не удалось сохранить QR-код в %1: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Save QR code as SVG</source>
        <translation>Сохранить QR-код как SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG images (*.svg)</source>
        <translation>Изображения SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Print QR code</source>
        <translation>Печать QR-кода</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Printing is not available: %1</source>
        <translation>Печать недоступна: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The QR code could not be printed.</source>
        <translation>Не удалось напечатать QR-код.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../ui/widgets/resultview.ui" line="+88"/>
        <location filename="../ui/widgets/resultview.cpp" line="+268"/>
        <source>Enroll code</source>
        <translation>Код регистрации</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Copy code</source>
        <translation>&amp;Копировать код</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../ui/widgets/resultview.cpp" line="+21"/>
        <source>Enrollment link</source>
        <translation>Ссылка для регистрации</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open in &amp;browser</source>
        <translation>&amp;Открыть в браузере</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy &amp;link</source>
        <translation>Копировать сс&amp;ылку</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Policies</source>
        <translation>Политики</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token ID</source>
        <translation>ID токена</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Sho&amp;w full screen</source>
        <translation>Полный &amp;экран</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save or print</source>
        <translation>Сохранение и пе&amp;чать</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Create &amp;another</source>
        <translation>Создать е&amp;щё</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultview.cpp" line="-219"/>
        <source>Copy enroll code</source>
        <translation>Копировать код регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy enrollment link</source>
        <translation>Копировать ссылку для регистрации</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>QR code saved to %1</source>
        <translation>QR-код сохранён в %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Copy enroll c&amp;ode</source>
        <translation>Копировать &amp;код регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy enrollment &amp;link</source>
        <translation>Копировать сс&amp;ылку для регистрации</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create ano&amp;ther</source>
        <translation>Создать &amp;ещё</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 enrollment token</source>
        <translation>Токен регистрации %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No token yet</source>
        <translation>Токена пока нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a token to see its enroll code, enrollment link and QR code here.</source>
        <translation>Создайте токен, чтобы увидеть здесь его код регистрации, ссылку для регистрации и QR-код.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For %1</source>
        <translation>Для %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”</source>
        <comment>display name in quotes</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy the enroll code to the clipboard (%1)</source>
        <translation>Копировать код регистрации в буфер обмена (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the enrollment link to the clipboard (%1)</source>
        <translation>Копировать ссылку для регистрации в буфер обмена (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>Fully managed (device owner)</source>
        <translation>Полностью управляемое (владелец устройства)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work profile (profile owner)</source>
        <translation>Рабочий профиль (владелец профиля)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company-owned with work profile (COPE)</source>
        <translation>Корпоративное с рабочим профилем (COPE)</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>%1 (priority %2)</source>
        <translation>%1 (приоритет %2)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Primary policy: %1</source>
        <translation>Основная политика: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>State: %1</source>
        <translation>Состояние: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported as %1; the expiry time has passed.</source>
        <translation>Отмечен как «%1»; срок действия уже истёк.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No enrollment link</source>
        <translation>Нет ссылки для регистрации</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No enrollment link to show as a QR code</source>
        <translation>Нет ссылки для регистрации, которую можно показать как QR-код</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The enrollment link is too long for a QR code</source>
        <translation>Ссылка для регистрации слишком длинная для QR-кода</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The QR image cannot be downloaded here.</source>
        <translation>Изображение QR-кода здесь загрузить нельзя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading the QR image…</source>
        <translation>Загрузка изображения QR-кода…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The QR image could not be downloaded (its server answered HTTP %1).</source>
        <translation>Не удалось загрузить изображение QR-кода (его сервер ответил кодом HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR image could not be downloaded: %1</source>
        <translation>Не удалось загрузить изображение QR-кода: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The downloaded QR image could not be read.</source>
        <translation>Не удалось прочитать загруженное изображение QR-кода.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scan to open the enrollment link.</source>
        <translation>Отсканируйте, чтобы открыть ссылку для регистрации.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This QR code opens the enrollment link.</source>
        <translation>Этот QR-код открывает ссылку для регистрации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan during device setup: tap the welcome screen six times to open the QR reader.</source>
        <translation>Отсканируйте во время настройки устройства: коснитесь экрана приветствия шесть раз, чтобы открыть сканер QR-кодов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This QR code opens the enrollment link instead.</source>
        <translation>Вместо этого QR-код открывает ссылку для регистрации.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copied the enroll code %1</source>
        <translation>Код регистрации %1 скопирован</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the enrollment link</source>
        <translation>Ссылка для регистрации скопирована</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This link cannot be opened in a browser</source>
        <translation>Эту ссылку нельзя открыть в браузере</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No browser could be started for the link</source>
        <translation>Не удалось запустить браузер для ссылки</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dedicated device (userless)</source>
        <translation>Выделенное устройство (без пользователя)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending</source>
        <comment>token state</comment>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <comment>token state</comment>
        <translation>Обрабатывается</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <comment>token state: a device enrolled with it</comment>
        <translation>Использован</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <comment>token state</comment>
        <translation>Истёк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <comment>token state</comment>
        <translation>Удалён</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expires in %1 d %2 h</source>
        <translation>истекает через %1 д %2 ч</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires in %1 h %2 min</source>
        <translation>истекает через %1 ч %2 мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires in %1 min %2 s</source>
        <translation>истекает через %1 мин %2 с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires in %1 s</source>
        <translation>истекает через %1 с</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/secretstore.cpp" line="+204"/>
        <source>No profile was given for the API key.</source>
        <translation>Для ключа API не указан профиль.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An empty API key cannot be stored.</source>
        <translation>Пустой ключ API сохранить нельзя.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API key is stored for this profile.</source>
        <translation>Для этого профиля ключ API не сохранён.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain is available: no Secret Service is running, or access to it was denied. The API key can be kept for this session only.</source>
        <translation>Связка ключей недоступна: Secret Service не запущен или доступ к нему запрещён. Ключ API можно хранить только в течение этого сеанса.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain reported an error.</source>
        <translation>Связка ключей сообщила об ошибке.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the API key from the keychain.</source>
        <translation>Не удалось прочитать ключ API из связки ключей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the API key from the keychain: %1</source>
        <translation>Не удалось прочитать ключ API из связки ключей: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the API key in the keychain.</source>
        <translation>Не удалось сохранить ключ API в связке ключей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the API key in the keychain: %1</source>
        <translation>Не удалось сохранить ключ API в связке ключей: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not remove the API key from the keychain.</source>
        <translation>Не удалось удалить ключ API из связки ключей.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not remove the API key from the keychain: %1</source>
        <translation>Не удалось удалить ключ API из связки ключей: %1</translation>
    </message>
</context>
<context>
    <name>SessionTokensModel</name>
    <message>
        <location filename="../ui/widgets/sessiontokensmodel.cpp" line="+30"/>
        <source>%1 enrollment token</source>
        <translation>Токен регистрации %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation>Пользователь: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name: %1</source>
        <translation>Отображаемое имя: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enroll code: %1</source>
        <translation>Код регистрации: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State when created: %1</source>
        <translation>Состояние при создании: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires: %1</source>
        <translation>Истекает: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token ID: %1</source>
        <translation>ID токена: %1</translation>
    </message>
</context>
<context>
    <name>SingleTokenPage</name>
    <message>
        <location filename="../ui/pages/singletokenpage.cpp" line="+43"/>
        <source>Company-owned device, fully managed; set up from factory reset.</source>
        <translation>Корпоративное устройство с полным управлением; настраивается после сброса к заводским настройкам.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal device (BYOD): only a separate work profile is managed.</source>
        <translation>Личное устройство (BYOD): управляется только отдельный рабочий профиль.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company-owned, personally enabled: managed device with a private personal space.</source>
        <translation>Корпоративное с личным использованием: управляемое устройство с закрытым личным пространством.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dedicated device (kiosk, shared scanner) not tied to a person.</source>
        <translation>Выделенное устройство (киоск, общий сканер), не привязанное к человеку.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Windows enrollment token</source>
        <translation>Токен регистрации Windows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Android enrollment token</source>
        <translation>Токен регистрации Android</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One token for one user. The user enrolls the PC with the link or the code.</source>
        <translation>Один токен для одного пользователя. Пользователь регистрирует ПК по ссылке или коду.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Cop&amp;y as curl</source>
        <translation>Копировать как c&amp;url</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the form still needs</source>
        <translation>Чего ещё не хватает в форме</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+357"/>
        <source>&amp;Create token</source>
        <translation>Созд&amp;ать токен</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Create the token (Ctrl+Return)</source>
        <translation>Создать токен (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Copy the exact request as a curl command; the API key is replaced by $ENROLLDESK_API_KEY</source>
        <translation>Копировать точный запрос как команду curl; ключ API заменяется на $ENROLLDESK_API_KEY</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Token settings</source>
        <translation>Параметры токена</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Management mode</source>
        <translation>Режим управления</translation>
    </message>
    <message>
        <location line="-92"/>
        <location filename="../ui/shell/mainwindow.cpp" line="-85"/>
        <source>Management &amp;mode:</source>
        <translation>Режим &amp;управления:</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Creating…</source>
        <translation>Создание…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Create another token?</source>
        <translation>Создать ещё один токен?</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The last request for this user failed in a way that leaves its outcome unknown: the token may already exist (and its e-mail may have been sent). Check before creating another.</source>
        <translation>Последний запрос для этого пользователя завершился так, что его результат неизвестен: токен, возможно, уже существует (и письмо могло быть отправлено). Проверьте, прежде чем создавать ещё один.</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>One Android Enterprise token for one user. The device scans the QR code at setup; a work profile opens the link.</source>
        <translation>Один токен Android Enterprise для одного пользователя. Устройство сканирует QR-код при настройке; для рабочего профиля открывается ссылка.</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>What the form still needs:</source>
        <translation>Чего ещё не хватает в форме:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The last request for this user failed in a way that leaves its outcome unknown: the token may already exist. Check before creating another.</source>
        <translation>Последний запрос для этого пользователя завершился так, что его результат неизвестен: токен, возможно, уже существует. Проверьте, прежде чем создавать ещё один.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create anyway</source>
        <translation>Всё равно создать</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>EnrollDesk cannot list Android tokens: look for this user&apos;s token in the Applivery dashboard before creating another.</source>
        <translation>EnrollDesk не может показать список токенов Android: прежде чем создавать новый, найдите токен этого пользователя в панели Applivery.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch back to that profile to check its token list for this user before creating another.</source>
        <translation>Вернитесь к этому профилю, чтобы проверить в его списке токенов этого пользователя, прежде чем создавать ещё один.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the token list for this user</source>
        <translation>Проверить список токенов этого пользователя</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Created in organization %1 (profile “%2”), not the active profile</source>
        <translation>Создан в организации %1 (профиль «%2»), а не в активном профиле</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The request for %3 went to organization %1 (profile “%2”), not the active profile.</source>
        <translation>Запрос для %3 ушёл в организацию %1 (профиль «%2»), а не в активный профиль.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>C&amp;ancel request</source>
        <translation>&amp;Отменить запрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as c&amp;url</source>
        <translation>Копировать как c&amp;url</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing was copied: fix what is listed above first.</source>
        <translation>Ничего не скопировано: сначала исправьте то, что указано выше.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>curl command copied (key replaced by $ENROLLDESK_API_KEY)</source>
        <translation>Команда curl скопирована (ключ заменён на $ENROLLDESK_API_KEY)</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <location filename="../ui/widgets/tagsedit.cpp" line="+19"/>
        <source>Comma-separated, e.g. sales, madrid</source>
        <translation>Через запятую, например: продажи, москва</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Tag %1 “%2” has %Ln character(s)</source>
        <comment>the tag&apos;s position, the tag, its length</comment>
        <translation>
            <numerusform>В теге %1 «%2» %Ln символ</numerusform>
            <numerusform>В теге %1 «%2» %Ln символа</numerusform>
            <numerusform>В теге %1 «%2» %Ln символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>a tag can have at most %Ln</source>
        <comment>characters</comment>
        <translation>
            <numerusform>в теге может быть не более %Ln</numerusform>
            <numerusform>в теге может быть не более %Ln</numerusform>
            <numerusform>в теге может быть не более %Ln</numerusform>
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
            <numerusform>%1 / %2 · %Ln лишний</numerusform>
            <numerusform>%1 / %2 · %Ln лишних</numerusform>
            <numerusform>%1 / %2 · %Ln лишних</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tag %1 is too long</source>
        <translation>тег %1 слишком длинный</translation>
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
        <translation>&amp;Отправить инструкции по регистрации по эл. почте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send e-mail</source>
        <translation>Отправить письмо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail language</source>
        <translation>Язык письма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary policy</source>
        <translation>Основная политика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy assignments</source>
        <translation>Назначения политик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment id</source>
        <translation>ID сегмента</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional text added to the e-mail</source>
        <translation>Необязательный текст, добавляемый в письмо</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Laptop – Ana Smith</source>
        <translation>например, Ноутбук – Анна Смирнова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>E-mail te&amp;xt:</source>
        <translation>&amp;Текст письма:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid f&amp;or:</source>
        <translation>Срок &amp;действия:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags:</source>
        <translation>Т&amp;еги:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segme&amp;nt:</source>
        <translation>Се&amp;гмент:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Why no policies are listed</source>
        <translation>Почему политики не показаны</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The policies could not be loaded: %1 Type the policy&apos;s id in the field, or try again with the button at its right end.</source>
        <translation>Не удалось загрузить политики: %1 Введите ID политики в поле или повторите попытку кнопкой у его правого края.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The policies could not be loaded again: %1 The list shown is the one loaded before; the button at the field&apos;s right end tries again.</source>
        <translation>Не удалось повторно загрузить политики: %1 Показан список, загруженный ранее; кнопка у правого края поля повторяет попытку.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Display name:</source>
        <translation>Отображае&amp;мое имя:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>E-mail &amp;language:</source>
        <translation>&amp;Язык письма:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Primary policy:</source>
        <translation>Ос&amp;новная политика:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy &amp;assignments:</source>
        <translation>Назначения полити&amp;к:</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <location filename="../ui/pages/tokenspage.cpp" line="+163"/>
        <source>Show &amp;deleted</source>
        <translation>Показывать &amp;удалённые</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Previous</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>Вперё&amp;д</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Tokens</source>
        <translation>Токены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The organization&apos;s Windows enrollment tokens, and every token created in this session. Select a token to see its link, code and QR code.</source>
        <translation>Токены регистрации Windows организации и все токены, созданные в этом сеансе. Выберите токен, чтобы увидеть его ссылку, код и QR-код.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the list could not be loaded</source>
        <translation>Почему не удалось загрузить список</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows enrollment tokens</source>
        <translation>Токены регистрации Windows</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 · in %2</source>
        <translation>%1 · через %2</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n h</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This session · Android</source>
        <translation>Этот сеанс · Android</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Selected token</source>
        <translation>Выбранный токен</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close the token details</source>
        <translation>Закрыть сведения о токене</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the token details (Esc)</source>
        <translation>Закрыть сведения о токене (Esc)</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <source>Token details</source>
        <translation>Сведения о токене</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>R&amp;efresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Only the tokens of this user</source>
        <translation>Только токены этого пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the tokens of this user; empty shows everyone&apos;s</source>
        <translation>Показывать только токены этого пользователя; пустое поле — токены всех</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the tokens with this policy</source>
        <translation>Только токены с этой политикой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the tokens that have this policy, as primary policy or assigned</source>
        <translation>Показывать только токены с этой политикой — основной или назначенной</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show deleted tokens</source>
        <translation>Показывать удалённые токены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list the tokens that were revoked</source>
        <translation>Показывать также отозванные токены</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh the list</source>
        <translation>Обновить список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the list again (F5)</source>
        <translation>Загрузить список заново (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;olicy:</source>
        <translation>Поли&amp;тика:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Loading the list</source>
        <translation>Загрузка списка</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page and number of tokens</source>
        <translation>Страница и число токенов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens per page</source>
        <translation>Токенов на странице</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many tokens each page lists</source>
        <translation>Сколько токенов показывает каждая страница</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Per p&amp;age:</source>
        <translation>На стр&amp;анице:</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Sor&amp;t by…</source>
        <translation>&amp;Сортировать по…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close &amp;details</source>
        <translation>&amp;Закрыть сведения</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Ascending</source>
        <translation>По &amp;возрастанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Descending</source>
        <translation>По &amp;убыванию</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>Page %1 of %2 · %3</source>
        <translation>Страница %1 из %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n токен</numerusform>
            <numerusform>%n токена</numerusform>
            <numerusform>%n токенов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> · %n from this session</source>
        <translation>
            <numerusform> · %n из этого сеанса</numerusform>
            <numerusform> · %n из этого сеанса</numerusform>
            <numerusform> · %n из этого сеанса</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tokens</source>
        <translation>Нет токенов</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Go to page %1</source>
        <translation>Перейти на страницу %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the tokens…</source>
        <translation>Загрузка токенов…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token matches these filters.</source>
        <translation>Нет токенов, соответствующих фильтрам.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Windows tokens yet. Tokens you create appear here.</source>
        <translation>Токенов Windows пока нет. Созданные вами токены появятся здесь.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>All policies</source>
        <translation>Все политики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens with any policy, or none</source>
        <translation>Токены с любой политикой или без неё</translation>
    </message>
</context>
<context>
    <name>TokensTableModel</name>
    <message>
        <location filename="../ui/pages/tokenstablemodel.cpp" line="+110"/>
        <source>None</source>
        <comment>empty table cell</comment>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Never</source>
        <comment>token expiry</comment>
        <translation>Никогда</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · expired</source>
        <translation>%1 · истёк</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n h</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · in %2</source>
        <translation>%1 · через %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This session · Android</source>
        <translation>Этот сеанс · Android</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This session</source>
        <translation>Этот сеанс</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User ID: %1</source>
        <translation>ID пользователя: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reported as %1; the expiry time has passed.</source>
        <translation>Отмечен как «%1»; срок действия уже истёк.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As when created, or last seen on another page of the list.</source>
        <translation>Как при создании или как в последний раз на другой странице списка.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Primary policy: %1</source>
        <translation>Основная политика: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (priority %2)</source>
        <translation>%1 (приоритет %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created in this session. Android tokens are listed only when created here: the API has no list of Android tokens.</source>
        <translation>Создан в этом сеансе. Токены Android показываются, только если созданы здесь: в API нет списка токенов Android.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created in this session; not on this page of the server&apos;s list.</source>
        <translation>Создан в этом сеансе; отсутствует на этой странице списка сервера.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in this session.</source>
        <translation>Создан в этом сеансе.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policies</source>
        <translation>Политики</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <comment>column: where the token was created</comment>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tokens created in this session with this console are marked “This session”</source>
        <translation>Токены, созданные в этом сеансе в этой консоли, отмечены как «Этот сеанс»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorting by this column orders the rows of this page only</source>
        <translation>Сортировка по этому столбцу упорядочивает только строки этой страницы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorting by this column orders the whole list</source>
        <translation>Сортировка по этому столбцу упорядочивает весь список</translation>
    </message>
</context>
<context>
    <name>UserPicker</name>
    <message>
        <location filename="../ui/widgets/userpicker.cpp" line="+33"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Type part of a name or e-mail, or paste a user id</source>
        <translation>Имя, эл. почта или ID пользователя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a user by name, e-mail or id</source>
        <translation>Найти пользователя по имени, эл. почте или ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked user</source>
        <translation>Выбранный пользователь</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Matching users</source>
        <translation>Подходящие пользователи</translation>
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
        <translation>Поиск невозможен: подключение не настроено.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first %1 of %2 matches; type more to narrow them down.</source>
        <translation>Первые %1 из %2 совпадений; введите больше, чтобы сузить поиск.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No user matches “%1”.</source>
        <translation>Нет пользователей, соответствующих «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a user from the list (arrow keys, then Enter).</source>
        <translation>Выберите пользователя в списке (стрелками, затем Enter).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not search the users: %1</source>
        <translation>Не удалось найти пользователей: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Picked: user id %1</source>
        <comment>a user known only by id</comment>
        <translation>Выбран: пользователь с ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picked: %1 · %2</source>
        <comment>user name &lt;e-mail&gt; · id</comment>
        <translation>Выбран: %1 · %2</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/validation.cpp" line="+61"/>
        <source>User: choose an MDM user.</source>
        <translation>Пользователь: выберите пользователя MDM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: the id must be 24 hexadecimal characters (0-9, a-f).</source>
        <translation>Пользователь: ID должен состоять из 24 шестнадцатеричных символов (0-9, a-f).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization: enter the organization&apos;s id or slug.</source>
        <translation>Организация: введите ID или slug организации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization: use the 24-character id or a slug of at least 3 letters, digits or hyphens.</source>
        <translation>Организация: используйте 24-символьный ID или slug не короче 3 символов из букв, цифр или дефисов.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Display name: at most %1 characters (this one has %2).</source>
        <translation>Отображаемое имя: не более %1 символов (в этом %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tags: a tag cannot be empty.</source>
        <translation>Теги: тег не может быть пустым.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: “%1…” is %2 characters long; at most %3 are allowed.</source>
        <translation>Теги: «%1…» длиной %2 символов; допускается не более %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration: at least 1 minute (60 seconds).</source>
        <translation>Длительность: не менее 1 минуты (60 секунд).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration: at most 30 days (2,592,000 seconds).</source>
        <translation>Длительность: не более 30 дней (2 592 000 секунд).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language: “%1” is not one of es, en, fr, de, it, zh, pt, ru.</source>
        <translation>Язык: «%1» — не один из es, en, fr, de, it, zh, pt, ru.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy: the id must be 24 hexadecimal characters (0-9, a-f).</source>
        <translation>Политика: ID должен состоять из 24 шестнадцатеричных символов (0-9, a-f).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Priority: a whole number from %1 to %2.</source>
        <translation>Приоритет: целое число от %1 до %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Segment: a whole number from 0 to %1.</source>
        <translation>Сегмент: целое число от 0 до %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Management mode: choose one of Device owner, Profile owner, COPE or Userless.</source>
        <translation>Режим управления: выберите «Владелец устройства», «Владелец профиля», COPE или «Без пользователя».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management mode: “%1” is not one of DEVICE_OWNER, PROFILE_OWNER, COPE, USERLESS.</source>
        <translation>Режим управления: «%1» — не один из DEVICE_OWNER, PROFILE_OWNER, COPE, USERLESS.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail: “%1” is not a valid address.</source>
        <translation>Эл. почта: «%1» — недопустимый адрес.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tags: “%1” is given more than once; give each tag once.</source>
        <translation>Теги: «%1» указан больше одного раза; укажите каждый тег один раз.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Policy assignment %1: choose a policy.</source>
        <translation>Назначение политики %1: выберите политику.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy assignment %1: the policy id must be 24 hexadecimal characters.</source>
        <translation>Назначение политики %1: ID политики должен состоять из 24 шестнадцатеричных символов.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Policy assignment %1: the same policy is already assigned in row %2.</source>
        <translation>Назначение политики %1: эта же политика уже назначена в строке %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Policy assignment %1: priority must be a whole number from %2 to %3.</source>
        <translation>Назначение политики %1: приоритет должен быть целым числом от %2 до %3.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Search text: at most %1 characters.</source>
        <translation>Текст поиска: не более %1 символов.</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>E-mails: add at least one address.</source>
        <translation>Адреса: добавьте хотя бы один адрес.</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>E-mails: “%1” is listed twice.</source>
        <translation>Адреса: «%1» указан дважды.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sort: a field name, optionally followed by :asc or :desc.</source>
        <translation>Сортировка: имя поля, после которого может следовать :asc или :desc.</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Page: 1 or more.</source>
        <translation>Страница: 1 или больше.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page size: 1 or more.</source>
        <translation>Размер страницы: 1 или больше.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+35"/>
        <source>Create Applivery MDM enrollment tokens.</source>
        <translation>Создание токенов регистрации Applivery MDM.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the local sandbox at URL (scripts/run).</source>
        <translation>Использовать локальную песочницу по адресу URL (scripts/run).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open with this profile (name or id).</source>
        <translation>Открыть с этим профилем (имя или ID).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language (en, es, de, …).</source>
        <translation>Язык интерфейса (en, es, de, …).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>enrolldesk: no interface language “%1”. Languages: %2</source>
        <translation>enrolldesk: нет языка интерфейса «%1». Языки: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>enrolldesk: --sandbox takes the address of the local sandbox, such as http://127.0.0.1:PORT/v1, not “%1”.</source>
        <translation>enrolldesk: для --sandbox нужен адрес локальной песочницы, например http://127.0.0.1:PORT/v1, а не «%1».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>enrolldesk: no profile is named “%1”: there are no profiles yet.</source>
        <translation>enrolldesk: профиля «%1» нет: профилей пока нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enrolldesk: no profile is named “%1”. Profiles: %2</source>
        <translation>enrolldesk: нет профиля с именем «%1». Профили: %2</translation>
    </message>
</context>
</TS>
