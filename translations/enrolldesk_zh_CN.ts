<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/shell/aboutdialog.cpp" line="+13"/>
        <source>About EnrollDesk</source>
        <translation>关于 EnrollDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;EnrollDesk %1&lt;/h2&gt;&lt;p&gt;A desktop console for Applivery MDM enrollment tokens: Windows and Android tokens for one user or many, with link, enroll code and QR code.&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPLv3), QtKeychain (BSD-3-Clause), libqrencode (LGPLv2.1+).&lt;/p&gt;&lt;p&gt;The API key is kept in the operating system&apos;s keychain and never written to disk by EnrollDesk.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;EnrollDesk %1&lt;/h2&gt;&lt;p&gt;用于 Applivery MDM 注册令牌的桌面控制台：为一个或多个用户创建 Windows 和 Android 令牌，并提供链接、注册码和二维码。&lt;/p&gt;&lt;p&gt;许可证：MIT。&lt;/p&gt;&lt;p&gt;基于 Qt %2 (LGPLv3)、QtKeychain (BSD-3-Clause) 和 libqrencode (LGPLv2.1+) 构建。&lt;/p&gt;&lt;p&gt;API 密钥保存在操作系统的密钥环中，EnrollDesk 从不将其写入磁盘。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/apiclient.cpp" line="+204"/>
        <source>“%1” is not a valid server address.</source>
        <translation>“%1”不是有效的服务器地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address must not contain a user name or password: the API key is kept in the keychain.</source>
        <translation>地址中不得包含用户名或密码：API 密钥保存在密钥环中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>http:// would send the API key unencrypted; use https:// (plain http is only allowed for this computer, e.g. the sandbox).</source>
        <translation>http:// 会以未加密方式发送 API 密钥；请使用 https://（未加密的 http 只允许用于本机，例如沙盒）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the address must start with https://.</source>
        <translation>地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <location filename="../app/apierror.cpp" line="+189"/>
        <source>Not found: the organization, user or policy does not exist, or this key cannot see it.</source>
        <translation>未找到：组织、用户或策略不存在，或此密钥无权查看。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The API key was rejected: it is wrong, expired or revoked. Enter a valid service account key.</source>
        <translation>API 密钥被拒绝：密钥错误、已过期或已吊销。请输入有效的服务帐户密钥。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An MDM user with this e-mail already exists.</source>
        <translation>使用此电子邮件地址的 MDM 用户已存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organization&apos;s billing plan does not include this feature.</source>
        <translation>该组织的计费套餐不包含此功能。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not update the entity.</source>
        <translation>服务器无法更新该实体。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not implement this operation.</source>
        <translation>服务器未实现此操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not create the Windows enrollment token.</source>
        <translation>服务器无法创建 Windows 注册令牌。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The request is not valid.</source>
        <translation>请求无效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address is not allowed: %1</source>
        <translation>不允许使用此服务器地址：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API key is set for this profile. Enter it under Profiles &amp; API key.</source>
        <translation>此配置文件未设置 API 密钥。请在“配置文件和 API 密钥”中输入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection. Check the server address and that the server is running. Nothing was sent.</source>
        <translation>服务器拒绝了连接。请检查服务器地址以及服务器是否正在运行。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s name could not be found. Check the server address and your network. Nothing was sent.</source>
        <translation>找不到服务器名称。请检查服务器地址和网络。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection failed (TLS/certificate problem). Nothing was accepted from this server.</source>
        <translation>安全连接失败（TLS 或证书问题）。未接受来自此服务器的任何内容。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The request was cancelled. If it had already reached the server, it may have been processed.</source>
        <translation>请求已取消。如果请求已到达服务器，则可能已被处理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection broke before the server&apos;s answer arrived in full. Try again in a moment.</source>
        <translation>服务器的应答尚未完整到达，连接就中断了。请稍后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection broke before the server&apos;s answer arrived in full. The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>服务器的应答尚未完整到达，连接就中断了。请求可能已被处理，也可能没有：重试之前，请检查令牌是否已创建。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The server rejected the request: %1</source>
        <translation>服务器拒绝了请求：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the request (error %1).</source>
        <translation>服务器拒绝了请求（错误 %1）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The server&apos;s answer lacks the list that was asked for. Try again in a moment.</source>
        <translation>服务器的响应中缺少所请求的列表。请稍后再试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server accepted the request, but its answer lacks what was created. The request was probably processed: check whether the token was created before trying again.</source>
        <translation>服务器已接受请求，但其应答中缺少所创建的内容。请求很可能已被处理：重试前请检查令牌是否已创建。</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>The API key was rejected. Enter a valid service account key.</source>
        <translation>API 密钥被拒绝。请输入有效的服务帐户密钥。</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>[left out: it quoted part of the API key]</source>
        <translation>[已省略：其中包含部分 API 密钥]</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The API key was not accepted (401 Unauthorized). Check that it is the service account&apos;s key for this server.</source>
        <translation>API 密钥未被接受（401 Unauthorized）。请确认它是此服务器的服务帐户密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server received no usable API key (401 No auth token). Check the key, and any proxy that may remove the Authorization header.</source>
        <translation>服务器未收到可用的 API 密钥（401 No auth token）。请检查密钥，以及可能移除 Authorization 标头的代理。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A limit was exceeded (Limit Exceeded). The API does not say which: check the organization&apos;s plan and how many devices and tokens it has.</source>
        <translation>已超出限制（Limit Exceeded）。API 未说明是哪一项：请检查组织的套餐以及其设备和令牌的数量。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The API key may not do this (missing permission).</source>
        <translation>API 密钥无权执行此操作（缺少权限）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found: check the server address and the organization.</source>
        <translation>未找到：请检查服务器地址和组织。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests: the server asks to slow down. Try again in a moment.</source>
        <translation>请求过多：服务器要求放慢速度。请稍后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>服务器出现问题 (HTTP %1)。请稍后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server sent the request to another address (HTTP %1). Redirects are not followed, so that the key stays with the API&apos;s own server: check the server address.</source>
        <translation>服务器将请求转到了另一个地址 (HTTP %1)。为使密钥只留在 API 自己的服务器上，不会跟随重定向：请检查服务器地址。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server had a problem (HTTP %1). The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>服务器出现问题 (HTTP %1)。请求可能已被处理，也可能没有：重试之前，请检查令牌是否已创建。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The API key contains a space, a line break or another character an API key does not have. Enter the key again. Nothing was sent.</source>
        <translation>API 密钥包含空格、换行符或其他 API 密钥中不会出现的字符。请重新输入密钥。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be reached in time. Check the server address and your network (a VPN or a firewall may be in the way). Nothing was sent.</source>
        <translation>未能及时连接到服务器。请检查服务器地址和网络（可能是 VPN 或防火墙阻挡）。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>服务器未及时应答。请稍后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not answer in time. The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>服务器未及时应答。请求可能已被处理，也可能没有：重试之前，请检查令牌是否已创建。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+10"/>
        <source>%1 The server says: %2</source>
        <translation>%1 服务器提示：%2</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>请求可能已被处理，也可能没有：重试之前，请检查令牌是否已创建。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The server rejected the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server answered with HTTP %1.</source>
        <translation>服务器返回了 HTTP %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server or a gateway in front of it failed (HTTP %1) and sent a page instead of an answer. Try again later.</source>
        <translation>服务器或其前端网关出错 (HTTP %1)，返回了网页而不是应答。请稍后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server or a gateway in front of it failed (HTTP %1) and sent a page instead of an answer. The request may or may not have been processed: check whether the token was created before trying again.</source>
        <translation>服务器或其前端网关出错 (HTTP %1)，返回了网页而不是应答。请求可能已被处理，也可能没有：重试之前，请检查令牌是否已创建。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer could not be read (not the API&apos;s JSON). It may come from a proxy or a wrong server address.</source>
        <translation>无法读取服务器的应答（不是 API 的 JSON）。它可能来自代理服务器或错误的服务器地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer was too large and was not read.</source>
        <translation>服务器的应答过大，未读取。</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../ui/shell/appcontext.cpp" line="+180"/>
        <source>Store the key for this server under Profiles &amp; API key. Nothing was sent.</source>
        <translation>请在“配置文件和 API 密钥”中保存此服务器的密钥。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key is still being read from the keychain (it may be waiting to be unlocked). Try again in a moment. Nothing was sent.</source>
        <translation>仍在从密钥环读取 API 密钥（它可能正在等待解锁）。请稍后再试。未发送任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API key could not be read from the keychain. Nothing was sent.</source>
        <translation>无法从密钥环读取 API 密钥。未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>BulkPage</name>
    <message>
        <location filename="../ui/pages/bulkpage.cpp" line="+266"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Why it is not used</source>
        <translation>未使用的原因</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1–%2 (%3)</source>
        <translation>%1–%2 (%3)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Windows tokens for many users</source>
        <translation>多用户 Windows 令牌</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows enrollment tokens for many users</source>
        <translation>多用户 Windows 注册令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste or import the users&apos; e-mail addresses, choose the settings once, and send. Each user gets a token with the same settings.</source>
        <translation>粘贴或导入用户的电子邮件地址，选择一次设置，然后发送。每个用户都会获得一个设置相同的令牌。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Analysing… %1 %</source>
        <translation>正在分析… %1 %</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>E-mail addresses</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste e-mail addresses here: one per line, a mail client&apos;s To: line (Name &lt;address&gt;; …) or a CSV export with a header row.

Or drop a .csv or .txt file on this page.</source>
        <translation>在此粘贴电子邮件地址：每行一个、邮件客户端的“收件人:”行（姓名 &lt;地址&gt;; …）或带标题行的 CSV 导出。

也可以将 .csv 或 .txt 文件拖放到此页面。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read addresses from a CSV or text file (also by dropping it here)</source>
        <translation>从 CSV 或文本文件读取地址（也可以拖放到此处）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear addresses</source>
        <translation>清空地址</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Valid addresses</source>
        <translation>有效地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates removed</source>
        <translation>已删除的重复项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid lines</source>
        <translation>无效行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid, will be sent</source>
        <translation>有效，将发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicates removed</source>
        <translation>已删除重复项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid, not sent</source>
        <translation>无效，不发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysis status</source>
        <translation>分析状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines that are not used</source>
        <translation>未使用的行</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Click a line (or press Enter) to show it in the addresses</source>
        <translation>单击某一行（或按 Enter）可在地址中显示该行</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+16"/>
        <source>Settings for every token</source>
        <translation>所有令牌的设置</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Addresses per request</source>
        <translation>每个请求的地址数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many addresses go in one request. Smaller batches show progress more often and lose less when one fails.</source>
        <translation>每个请求包含多少个地址。批次越小，进度显示越频繁，某一批失败时损失也越少。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests planned</source>
        <translation>计划的请求数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the form still needs</source>
        <translation>表单中仍缺少的内容</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token settings</source>
        <translation>令牌设置</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create the tokens (Ctrl+Return); you confirm first</source>
        <translation>创建令牌 (Ctrl+Enter)；发送前需确认</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm sending</source>
        <translation>确认发送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What will be sent</source>
        <translation>将发送的内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes, send</source>
        <translation>是，发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the form</source>
        <translation>返回表单</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Retry selected batch</source>
        <translation>重试所选批次</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+807"/>
        <source>Retry failed batches</source>
        <translation>重试失败的批次</translation>
    </message>
    <message>
        <location line="-804"/>
        <source>Sends again the batches that failed on the way. Batches the API answered are never sent again; for batches that may have been carried out (a timeout, a dropped connection, a server error) you are asked first.</source>
        <translation>重新发送在途中失败的批次。API 已答复的批次绝不会重发；对于可能已被执行的批次（超时、连接中断、服务器错误），会先询问您。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export log…</source>
        <translation>导出日志…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The API reports only how many tokens each batch created, not which addresses failed (usually addresses with no MDM user). “Find who got no token” reads the token list to name them.</source>
        <translation>API 只报告每个批次创建了多少令牌，不说明哪些地址失败（通常是没有 MDM 用户的地址）。“查找未获得令牌的用户”会读取令牌列表来找出它们。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find who got no token</source>
        <translation>查找未获得令牌的用户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who got a token</source>
        <translation>谁获得了令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only those without a token</source>
        <translation>仅列出没有令牌的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the addresses without a token</source>
        <translation>仅列出没有令牌的地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces the list with them (Ctrl+Z brings the list back).</source>
        <translation>用它们替换列表（Ctrl+Z 可恢复列表）。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Reading the token list… (%n page(s))</source>
        <translation>
            <numerusform>正在读取令牌列表…（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Reading the token list…</source>
        <translation>正在读取令牌列表…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The token list could not be read: %1</source>
        <translation>无法读取令牌列表：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln address(es) checked have a token created since the run started.</source>
        <translation>
            <numerusform>检查的地址中有 %Ln 个拥有自此次发送开始以来创建的令牌。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln address(es) have no token.</source>
        <translation>
            <numerusform>%Ln 个地址没有令牌。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the newest %1 tokens were read.</source>
        <translation>仅读取了最新的 %1 个令牌。</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>CSV file: addresses read from column %1.</source>
        <translation>CSV 文件：从第 %1 列读取地址。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All the other lines were understood.</source>
        <translation>其他各行都已识别。</translation>
    </message>
    <message numerus="yes">
        <location line="+152"/>
        <source>Send to %n user(s)</source>
        <translation>
            <numerusform>发送给 %n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Create Windows enrollment tokens for &lt;b&gt;%Ln user(s)&lt;/b&gt; in organization &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>
            <numerusform>在组织 &lt;b&gt;%1&lt;/b&gt;（服务器 &lt;b&gt;%2&lt;/b&gt;）中为 &lt;b&gt;%Ln 个用户&lt;/b&gt;创建 Windows 注册令牌。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Each request carries up to %Ln address(es).</source>
        <translation>
            <numerusform>每个请求最多 %Ln 个地址。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+218"/>
        <source>Sending to %1 — %2 of %Ln address(es) answered.</source>
        <translation>
            <numerusform>正在发送到 %1 — 已答复 %2 / %Ln 个地址。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Stopped: %n token(s) created.</source>
        <translation>
            <numerusform>已停止：已创建 %n 个令牌。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Finished: %n token(s) created.</source>
        <translation>
            <numerusform>已完成：已创建 %n 个令牌。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The API could not create %n of the tokens asked for (usually addresses without an MDM user).</source>
        <translation>
            <numerusform>API 无法创建所请求令牌中的 %n 个（通常是没有 MDM 用户的地址）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The run went to %1 on %2: switch back to that profile to send its batches.</source>
        <translation>此次发送的目标是 %2 上的 %1：请切换回该配置文件以发送其批次。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry failed batches (%1)</source>
        <translation>重试失败的批次 (%1)</translation>
    </message>
    <message>
        <location line="-1048"/>
        <source>&amp;Clear</source>
        <translation>清空(&amp;C)</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Reason</source>
        <comment>invalid lines: why a line is not sent</comment>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Its tokens may exist, check before retrying: %1</source>
        <translation>其令牌可能已存在，重试前请检查：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be retried: %1</source>
        <translation>可重试：%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>An earlier attempt may have created tokens too: check for duplicates.</source>
        <translation>之前的尝试可能也创建了令牌：请检查是否有重复。</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>The check stopped: another profile is in use.</source>
        <translation>检查已停止：正在使用另一个配置文件。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Addr&amp;esses</source>
        <translation>地址(&amp;S)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Lines that &amp;will not be sent (click to show):</source>
        <translation>不会发送的行（单击显示）(&amp;N)：</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Removing the list from the box… %1 %</source>
        <translation>正在从文本框中移除列表… %1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding the list to the box… %1 %</source>
        <translation>正在将列表加入文本框… %1 %</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Addresses per re&amp;quest:</source>
        <translation>每个请求的地址数(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Batches sent</source>
        <translation>已发送批次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run status</source>
        <translation>发送状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed and remaining time</source>
        <translation>已用时间和剩余时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel sending</source>
        <translation>取消发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after the current batch (Esc)</source>
        <translation>在当前批次后停止 (Esc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tokens created</source>
        <translation>已创建的令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses the API counted as failed</source>
        <translation>API 计为失败的地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses answered</source>
        <translation>已答复的地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batches done</source>
        <translation>已完成的批次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens created</source>
        <translation>个令牌已创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed (per the API)</source>
        <translation>个失败（据 API）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>addresses answered</source>
        <translation>个地址已答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batches done</source>
        <translation>个批次已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Retry the selected batch</source>
        <translation>重试所选批次</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send the rest</source>
        <translation>发送其余批次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the batches not sent</source>
        <translation>发送未发送的批次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the run&apos;s log as CSV</source>
        <translation>将本次发送的日志导出为 CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Tokens page</source>
        <translation>打开“令牌”页面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List only the unanswered</source>
        <translation>仅列出未答复的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the addresses not answered</source>
        <translation>仅列出未答复的地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replaces the list with the addresses of the failed and unsent batches (Ctrl+Z brings the list back). Failed batches that may have been carried out are included: check them first.</source>
        <translation>将列表替换为失败和未发送批次的地址（Ctrl+Z 可恢复列表）。其中包括可能已被执行的失败批次：请先检查它们。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the batch&apos;s addresses</source>
        <translation>复制该批次的地址</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About the results</source>
        <translation>关于结果</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reads the organization&apos;s Windows tokens created since the run started and matches them with the addresses of the batches that were answered or may have been carried out.</source>
        <translation>读取自此次发送开始以来该组织创建的 Windows 令牌，并与已答复或可能已处理的批次中的地址进行匹配。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sending and results</source>
        <translation>发送和结果</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>&amp;Send the list</source>
        <translation>发送列表(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ancel sending</source>
        <translation>取消发送(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry &amp;failed batches</source>
        <translation>重试失败的批次(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the &amp;rest</source>
        <translation>发送其余批次(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export log…</source>
        <translation>导出日志(&amp;E)…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Analysing…</source>
        <translation>正在分析…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Nothing pasted yet.</source>
        <translation>尚未粘贴任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV file: addresses read from column “%1” (header on line %2).</source>
        <translation>CSV 文件：从“%1”列读取地址（标题位于第 %2 行）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file: addresses read from column %1 (header on line %2).</source>
        <translation>CSV 文件：从第 %1 列读取地址（标题位于第 %2 行）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty cells use column “%1”.</source>
        <translation>空单元格使用“%1”列。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header on line %1 skipped.</source>
        <translation>已跳过第 %1 行的标题。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n line(s) before the header skipped (#TYPE, sep=).</source>
        <translation>
            <numerusform>已跳过标题前的 %n 行（#TYPE、sep=）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n comment line(s) (# or //) skipped.</source>
        <translation>
            <numerusform>已跳过 %n 行注释（# 或 //）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 of %2 invalid lines are listed.</source>
        <translation>仅列出 %2 个无效行中的前 %1 个。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every line was understood.</source>
        <translation>每一行都已识别。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is too large to import (over %2 MB).</source>
        <translation>“%1”太大，无法导入（超过 %2 MB）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <source>Could not read “%1”.</source>
        <translation>无法读取“%1”。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” was not imported: a run is under way.</source>
        <translation>未导入“%1”：正在发送。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import addresses</source>
        <translation>导入地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>地址列表 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>→ %n request(s)</source>
        <translation>
            <numerusform>→ %n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analysing addresses…</source>
        <translation>正在分析地址…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send (no valid address yet)</source>
        <translation>发送（尚无有效地址）</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The list is sent in %Ln request(s).</source>
        <translation>
            <numerusform>列表分 %Ln 个请求发送。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(This is the local sandbox.)</source>
        <translation>（这是本地沙盒。）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each user will receive the enrollment e-mail.</source>
        <translation>每个用户都将收到注册电子邮件。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n invalid line(s) will not be sent.</source>
        <translation>
            <numerusform>%n 个无效行将不会发送。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The results of the previous run will be replaced: export its log first if you need it.</source>
        <translation>上一次发送的结果将被替换：如有需要，请先导出其日志。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of these addresses were answered in the previous run and would get a second token: “List only the unanswered” leaves them out.</source>
        <translation>
            <numerusform>其中 %n 个地址在上次发送中已得到答复，将会收到第二个令牌：“仅列出未答复的”会将其排除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n of these addresses were in batches that failed after reaching the server (a timeout, a dropped connection, a server error): they may already have a token and its e-mail. “Find who got no token” tells which.</source>
        <translation>
            <numerusform>其中 %n 个地址所在的批次在到达服务器后失败（超时、连接中断、服务器错误）：它们可能已有令牌并已收到邮件。“查找未获得令牌的用户”可查明是哪些。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Send again?</source>
        <translation>重新发送？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n batch(es) failed after reaching the server (a timeout, a dropped connection or a server error). The server may have created their tokens and sent their e-mails: sending again could give those users a second token and a second e-mail.</source>
        <translation>
            <numerusform>%n 个批次在到达服务器后失败（超时、连接中断或服务器错误）。服务器可能已创建其令牌并发送了电子邮件：重新发送可能使这些用户收到第二个令牌和第二封电子邮件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the Tokens page for these users first (the log lists each batch&apos;s addresses).</source>
        <translation>请先在“令牌”页面检查这些用户（日志列出了每个批次的地址）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Only the %n surely not sent</source>
        <translation>
            <numerusform>仅重发 %n 个确定未发送的批次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Elapsed %1</source>
        <translation>已用 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>estimating time left…</source>
        <translation>正在估算剩余时间…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%v of %m batches</source>
        <translation>%v / %m 个批次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing sent yet.</source>
        <translation>尚未发送任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping after the current batch…</source>
        <translation>将在当前批次后停止…</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n batch(es) failed, %1 can be retried.</source>
        <translation>
            <numerusform>%n 个批次失败，其中 %1 个可重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n batch(es) failed.</source>
        <translation>
            <numerusform>%n 个批次失败。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n batch(es) not sent.</source>
        <translation>
            <numerusform>%n 个批次未发送。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Could not save the log to “%1”.</source>
        <translation>无法将日志保存到“%1”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export the run&apos;s log</source>
        <translation>导出本次发送的日志</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <location filename="../app/bulkrunner.cpp" line="+104"/>
        <source>E-mails: the list was read only in part; analyse it again.</source>
        <translation>电子邮件：列表只读取了一部分；请重新分析。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A run is already under way.</source>
        <translation>已有发送正在进行。</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The server or organization changed during the run; the remaining batches were not sent.</source>
        <translation>发送期间服务器或组织发生了变化；其余批次未发送。</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent</source>
        <comment>batch state after cancel</comment>
        <translation>未发送</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../ui/shell/connectionbanner.cpp" line="+24"/>
        <source>Profiles &amp;&amp; key…</source>
        <translation>配置文件和密钥…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the &amp;organization</source>
        <translation>复制组织(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the &amp;server address</source>
        <translation>复制服务器地址(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Active profile</source>
        <translation>当前配置文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch profile (organization and server)</source>
        <translation>切换配置文件（组织和服务器）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;rofile:</source>
        <translation>配置文件(&amp;R)：</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No profile selected — add one under Profiles &amp; API key.</source>
        <translation>未选择配置文件 — 请在“配置文件和 API 密钥”中添加一个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization &lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>组织 &lt;b&gt;%1&lt;/b&gt;，服务器 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SANDBOX — nothing here is real</source>
        <translation>沙盒 — 这里的一切都不是真实的</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading key…</source>
        <translation>正在读取密钥…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key ✓</source>
        <translation>密钥 ✓</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key for this session only</source>
        <translation>密钥仅用于本次会话</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No API key</source>
        <translation>无 API 密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keychain unavailable</source>
        <translation>密钥环不可用</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../app/duration.cpp" line="+60"/>
        <source>0 minutes</source>
        <translation>0 分钟</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+4"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <location filename="../ui/widgets/durationedit.ui" line="+16"/>
        <source>Validity, coarse</source>
        <translation>有效期（粗调）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag or use the arrow keys, Page Up, Page Down, Home and End to choose how long the token is valid</source>
        <translation>拖动或使用方向键、Page Up、Page Down、Home 和 End 选择令牌的有效时长</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validity, exact number</source>
        <translation>有效期（精确数值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exact number of the chosen unit</source>
        <translation>所选单位的精确数值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Validity, unit</source>
        <translation>有效期单位</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expiry</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../ui/widgets/durationedit.cpp" line="+133"/>
        <source>seconds</source>
        <comment>duration unit</comment>
        <translation>秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <comment>duration unit</comment>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <comment>duration unit</comment>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <comment>duration unit</comment>
        <translation>天</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Expires %1, %2</source>
        <comment>token expiry: day, time</comment>
        <translation>到期时间：%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A token created now expires %1 (local time).</source>
        <translation>现在创建的令牌将于 %1（本地时间）到期。</translation>
    </message>
</context>
<context>
    <name>ElidedRunsLabel</name>
    <message>
        <location filename="../ui/widgets/elidedrunslabel.cpp" line="+21"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>EmailListParser</name>
    <message>
        <location filename="../app/emaillist.cpp" line="+938"/>
        <source>not an e-mail address</source>
        <translation>不是电子邮件地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing @ sign</source>
        <translation>缺少 @ 符号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than one @ sign</source>
        <translation>有多个 @ 符号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing before the @</source>
        <translation>@ 前面没有内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing domain</source>
        <translation>缺少域名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address longer than %1 characters</source>
        <translation>地址超过 %1 个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>space or character not allowed before the @</source>
        <translation>@ 前有空格或不允许的字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starts with a dot</source>
        <translation>以点号开头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dot right before the @</source>
        <translation>@ 前紧挨着点号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two dots in a row</source>
        <translation>连续两个点号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain has no dot (like example.com)</source>
        <translation>域名中没有点号（如 example.com）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>misplaced dot in the domain</source>
        <translation>域名中点号位置不正确</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>character not allowed in the domain</source>
        <translation>域名中有不允许的字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain part starts or ends with a hyphen</source>
        <translation>域名的某一部分以连字符开头或结尾</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>domain ending is not valid (like .com)</source>
        <translation>域名后缀无效（如 .com）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no e-mail address in this row</source>
        <translation>此行中没有电子邮件地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains an invisible character or a non-breaking space (retype the address)</source>
        <translation>包含不可见字符或不间断空格（请重新输入地址）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other words next to the address (a space in it?); write a name as Name &lt;address&gt;</source>
        <translation>地址旁有其他词语（地址中有空格？）；姓名请写成 姓名 &lt;地址&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address inside a comment in parentheses; put it on a line of its own to include it</source>
        <translation>地址位于括号内的注释中；如需包含，请将其单独放在一行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this row has more or fewer cells than the header (a comma or semicolon in a value without quotes?)</source>
        <translation>此行的单元格数与标题行不同（某个值中有未加引号的逗号或分号？）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a guest account&apos;s sign-in name (#EXT#), not a mailbox; use the guest&apos;s own address</source>
        <translation>来宾帐户的登录名 (#EXT#)，不是邮箱；请使用来宾自己的地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>not a valid e-mail address</source>
        <translation>不是有效的电子邮件地址</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../ui/widgets/errorpanel.cpp" line="+19"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show error details</source>
        <translation>显示错误详细信息</translation>
    </message>
</context>
<context>
    <name>HttpReply</name>
    <message>
        <location filename="../app/httpconnectionpool.cpp" line="+179"/>
        <source>no connection to %1 within %2 s</source>
        <translation>%2 秒内未能连接到 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer from %1 for %2 s</source>
        <translation>%1 在 %2 秒内没有应答</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer from %1 took longer than %2 s in all</source>
        <translation>来自 %1 的应答总共超过了 %2 秒</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>the status line is too long</source>
        <translation>状态行过长</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an HTTP/1.x answer: %1</source>
        <translation>不是 HTTP/1.x 应答：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the answer has no valid status code</source>
        <translation>应答没有有效的状态码</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+5"/>
        <location line="+63"/>
        <source>the answer&apos;s headers are too large</source>
        <translation>应答的头部过大</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>a header line has no name</source>
        <translation>某个头部行没有名称</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a chunk of the answer has no valid size</source>
        <translation>应答的某个分块没有有效的大小</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a chunk of the answer is longer than its size</source>
        <translation>应答的某个分块超出了其声明的大小</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the answer gives two different lengths</source>
        <translation>应答给出了两个不同的长度</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the answer&apos;s length is not a number</source>
        <translation>应答的长度不是数字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer is %1 bytes</source>
        <translation>应答大小为 %1 字节</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a line of the answer is too long</source>
        <translation>应答中的某一行过长</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the answer is larger than %1 bytes</source>
        <translation>应答超过 %1 字节</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the connection closed in the middle of the answer</source>
        <translation>连接在应答中途关闭</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the connection closed before the answer; the request was not sent again</source>
        <translation>连接在应答之前关闭；请求未重新发送</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unsupported address: %1</source>
        <translation>不支持的地址：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the header %1 contains a line break or a NUL byte; nothing was sent</source>
        <translation>标头 %1 包含换行符或 NUL 字节；未发送任何内容</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/shell/languagemenu.cpp" line="+11"/>
        <source>&amp;Language</source>
        <comment>menu: the language of the console, not of the enrollment e-mail</comment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;System language (%1)</source>
        <translation>系统语言 (%1)(&amp;S)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The console will be in %1 the next time you start EnrollDesk.</source>
        <translation>下次启动 EnrollDesk 时控制台语言：%1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../ui/widgets/languagepicker.cpp" line="+17"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>(not set)</source>
        <comment>language left out of the request</comment>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the language out: the API uses its own default</source>
        <translation>不指定语言：API 将使用其默认语言</translation>
    </message>
</context>
<context>
    <name>LimitedLineEdit</name>
    <message numerus="yes">
        <location filename="../ui/widgets/limitedlineedit.cpp" line="+40"/>
        <source>At most %Ln character(s)</source>
        <comment>the limit of a field</comment>
        <translation>
            <numerusform>最多 %Ln 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>this text has %Ln</source>
        <comment>characters, after the limit</comment>
        <translation>
            <numerusform>此文本有 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln too many</source>
        <comment>characters over the limit</comment>
        <translation>
            <numerusform>多 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2, %3.</source>
        <comment>the limit; the text&apos;s length, how many characters too many</comment>
        <translation>%1；%2，%3。</translation>
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
            <numerusform>%1 · 多 %Ln 个</numerusform>
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
        <translation>Windows 令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows tokens
(many users)</source>
        <translation>Windows 令牌
（多用户）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Android token</source>
        <translation>Android 令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles &amp; API key</source>
        <translation>配置文件和 API 密钥</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Requests in progress</source>
        <translation>正在进行的请求</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%Ln token(s) listed here.</source>
        <translation>
            <numerusform>此处列出 %Ln 个令牌。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln created by bulk runs, which the API answers with counts only: the Tokens page lists them.</source>
        <translation>
            <numerusform>%Ln 个由批量运行创建，API 对其只返回计数：“令牌”页面会列出它们。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>&amp;Windows token</source>
        <comment>Go menu</comment>
        <translation>Windows 令牌(&amp;W)</translation>
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
        <translation>Windows 令牌（多用户）(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Android token</source>
        <comment>Go menu</comment>
        <translation>Android 令牌(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tokens</source>
        <comment>Go menu</comment>
        <translation>令牌(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profiles &amp;&amp; API key</source>
        <comment>Go menu</comment>
        <translation>配置文件和 API 密钥(&amp;P)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Token</source>
        <comment>menu</comment>
        <translation>令牌</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About EnrollDesk</source>
        <translation>关于 EnrollDesk(&amp;A)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Created this session</source>
        <translation>本次会话中创建</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tokens created in this session</source>
        <translation>本次会话中创建的令牌</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Created this session: %1</source>
        <translation>本次会话中创建：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Created in organization %1 on %2, not the active profile&apos;s</source>
        <translation>创建于 %2 上的组织 %1，而非当前配置文件的组织</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>%n 个请求正在进行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Go to a page (also %1, then the page&apos;s letter)</source>
        <translation>转到页面（也可按 %1，然后按页面的字母）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the token / send the list</source>
        <translation>创建令牌 / 发送列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the request in progress, or close the token details (Tokens page)</source>
        <translation>取消正在进行的请求，或关闭令牌详细信息（“令牌”页面）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the enroll code</source>
        <translation>复制注册码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the enrollment link</source>
        <translation>复制注册链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the token list</source>
        <translation>刷新令牌列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add / remove a policy assignment</source>
        <translation>添加 / 删除策略分配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move a policy assignment</source>
        <translation>移动策略分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+带下划线的字母</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jump to a field</source>
        <translation>跳转到字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, arrow keys</source>
        <translation>%1，方向键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the Android management mode</source>
        <translation>选择 Android 管理模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy a batch row&apos;s addresses (bulk page)</source>
        <translation>复制批次行的地址（批量页面）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo Clear or List only the unanswered (bulk page)</source>
        <translation>撤销“清空”或“仅列出未应答的”（批量页面）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the tokens created this session</source>
        <translation>显示本次会话创建的令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the API key being typed (Profiles page)</source>
        <translation>显示或隐藏正在输入的 API 密钥（“配置文件”页面）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the QR code that has the focus</source>
        <translation>打印具有焦点的二维码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the list of the banner&apos;s profile switcher</source>
        <translation>打开横幅中配置文件切换器的列表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the banner&apos;s line (Tab reaches it): copy it / copy the organization or the server alone</source>
        <translation>在横幅行上（可用 Tab 到达）：复制该行 / 仅复制组织或服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>此列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Quit without sending the list?</source>
        <translation>不发送列表就退出？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list of addresses has not been sent. If you quit now, it is lost.</source>
        <translation>地址列表尚未发送。如果现在退出，它将丢失。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quit without creating the token?</source>
        <translation>不创建令牌就退出？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows and Android token forms are filled in, but their tokens have not been created. If you quit now, what you entered is lost.</source>
        <translation>Windows 和 Android 令牌表单已填写，但其令牌尚未创建。如果现在退出，输入的内容将丢失。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Windows token form is filled in, but the token has not been created. If you quit now, what you entered is lost.</source>
        <translation>Windows 令牌表单已填写，但令牌尚未创建。如果现在退出，输入的内容将丢失。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Android token form is filled in, but the token has not been created. If you quit now, what you entered is lost.</source>
        <translation>Android 令牌表单已填写，但令牌尚未创建。如果现在退出，输入的内容将丢失。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quit and lose the setup QR codes?</source>
        <translation>退出并丢失设置二维码？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n Android token(s) created this session: EnrollDesk cannot show their setup QR codes after you quit. Save or print the ones still needed first.</source>
        <translation>
            <numerusform>本次会话创建了 %n 个 Android 令牌：退出后 EnrollDesk 无法再显示其设置二维码。请先保存或打印仍需要的二维码。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Stop sending and quit?</source>
        <translation>停止发送并退出？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit without the run&apos;s log?</source>
        <translation>不保存此次发送的日志就退出？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens are still being created for the pasted list. If you quit now, the rest of the list is not sent, and the batch under way is abandoned: the API may still create its tokens. Export the run&apos;s log first to keep a record.</source>
        <translation>仍在为粘贴的列表创建令牌。如果现在退出，列表的其余部分将不会发送，正在进行的批次将被放弃：API 仍可能创建该批次的令牌。请先导出本次发送的日志以留作记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some batches of the last bulk run failed or were not sent, and the run&apos;s log has not been exported. It is the only record of which addresses were answered: export it first to send the rest later.</source>
        <translation>上次批量发送中有些批次失败或未发送，且此次发送的日志尚未导出。它是哪些地址已得到答复的唯一记录：请先导出，以便稍后发送其余部分。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quit while a token is being created?</source>
        <translation>要在创建令牌时退出吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token is still being created. If you quit now, the API may still create it (and send its e-mail, if one was asked for), but its enroll code will not be shown.</source>
        <translation>仍在创建令牌。如果现在退出，API 仍可能创建它（如果要求了邮件，也会发送邮件），但不会显示其注册码。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quit without saving the profile?</source>
        <translation>不保存配置文件就退出？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile on the Profiles page has changes that are not saved yet. If you quit now, they are lost.</source>
        <translation>“配置文件”页面上的配置文件有尚未保存的更改。如果现在退出，这些更改将会丢失。</translation>
    </message>
</context>
<context>
    <name>PolicyAssignmentsTable</name>
    <message>
        <location filename="../ui/widgets/policyassignmentstable.ui" line="+13"/>
        <source>Policy assignments</source>
        <translation>策略分配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert adds a row, Delete removes it, Alt+Up and Alt+Down move it, F2 edits the current cell</source>
        <translation>Insert 添加一行，Delete 删除该行，Alt+上 和 Alt+下 移动该行，F2 编辑当前单元格</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+80"/>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="-13"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+230"/>
        <location line="+18"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Add a policy assignment</source>
        <translation>添加策略分配</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="-18"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Remove the selected assignment</source>
        <translation>删除所选分配</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move the selected assignment up</source>
        <translation>上移所选分配</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="+1"/>
        <source>Move the selected assignment down</source>
        <translation>下移所选分配</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Policy assignments status</source>
        <translation>策略分配状态</translation>
    </message>
    <message>
        <location filename="../ui/widgets/policyassignmentstable.cpp" line="-217"/>
        <location line="+1"/>
        <source>Policy id</source>
        <translation>策略 ID</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+331"/>
        <source>Unknown policy %1</source>
        <translation>未知策略 %1</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Assign one more policy</source>
        <translation>再分配一个策略</translation>
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
        <translation>未分配策略。</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Policy assignment %1: “%2” is already assigned in row %3.</source>
        <translation>策略分配 %1：“%2”已在第 %3 行分配。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(choose a policy)</source>
        <translation>（选择策略）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F2 or double-click to type the policy&apos;s id</source>
        <translation>按 F2 或双击以输入策略 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F2 or double-click to choose the policy</source>
        <translation>按 F2 或双击以选择策略</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No policy assigned. Add one with the Add button or the Insert key.</source>
        <translation>未分配策略。请使用“添加”按钮或 Insert 键添加。</translation>
    </message>
</context>
<context>
    <name>PolicyPicker</name>
    <message>
        <location filename="../ui/widgets/policypicker.cpp" line="+30"/>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Policy id</source>
        <translation>策略 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy id: 24 hexadecimal characters, or empty for none</source>
        <translation>策略 ID：24 个十六进制字符，留空表示无</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+67"/>
        <location line="+149"/>
        <source>(none)</source>
        <comment>no primary policy</comment>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="-215"/>
        <location line="+67"/>
        <source>No primary policy: the field is left out of the request</source>
        <translation>无主策略：请求中将省略此字段</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Unknown policy %1</source>
        <translation>未知策略 %1</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Could not load the policies: %1
Click to try again.</source>
        <translation>无法加载策略：%1
单击重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load the policies; try again</source>
        <translation>无法加载策略；请重试</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the policies…</source>
        <translation>正在加载策略…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load the policies again</source>
        <translation>重新加载策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the policies</source>
        <translation>重新加载策略</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <location filename="../ui/widgets/printdialogs.cpp" line="+20"/>
        <source>%1 was not found in %2.</source>
        <translation>在 %2 中找不到 %1。</translation>
    </message>
</context>
<context>
    <name>ProfileKeys</name>
    <message>
        <location filename="../app/profilekeys.cpp" line="+99"/>
        <source>The key kept for this profile was stored for another server.</source>
        <translation>为此配置文件保存的密钥是为另一台服务器保存的。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/profiles.cpp" line="+185"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Sandbox</source>
        <comment>the built-in profile that talks to the local API emulator</comment>
        <translation>沙盒</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name: required.</source>
        <translation>名称：必填。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name: at most %1 characters (this one has %2).</source>
        <translation>名称：最多 %1 个字符（当前为 %2 个）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name: another profile is already called “%1”.</source>
        <translation>名称：已有另一个配置文件名为“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Base URL: use https:// (http:// only for this computer).</source>
        <translation>基础 URL：请使用 https://（http:// 仅用于本机）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL: %1</source>
        <translation>基础 URL：%1</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../ui/pages/profilespage.cpp" line="+136"/>
        <source>Profiles and API key</source>
        <translation>配置文件和 API 密钥</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Profiles &amp; API key</source>
        <translation>配置文件和 API 密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A profile is a server and an organization. Its API key is kept only in the OS keychain, never in a file.</source>
        <translation>配置文件即一个服务器和一个组织。其 API 密钥只保存在系统密钥环中，从不保存在文件中。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a profile to use it</source>
        <translation>双击配置文件即可使用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a profile</source>
        <translation>添加配置文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the profile</source>
        <translation>复制配置文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a profile for another server or organization</source>
        <translation>为其他服务器或组织添加配置文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this profile (and its API key) under a new name</source>
        <translation>以新名称复制此配置文件（及其 API 密钥）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this profile and its API key</source>
        <translation>删除此配置文件及其 API 密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+423"/>
        <source>Save or revert your changes to switch profiles.</source>
        <translation>请保存或还原更改后再切换配置文件。</translation>
    </message>
    <message>
        <location line="-380"/>
        <location filename="../ui/pages/profilespagekey.cpp" line="+423"/>
        <source>Keychain unavailable</source>
        <translation>密钥环不可用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;No keychain is available.&lt;/b&gt; EnrollDesk keeps API keys only in the OS keychain (Secret Service), and none answered: it is not running, it is locked, or access was denied. Nothing is written to a file instead. You can still use a key &lt;b&gt;for this session only&lt;/b&gt;: it stays in memory and is forgotten when EnrollDesk closes.</source>
        <translation>&lt;b&gt;没有可用的密钥环。&lt;/b&gt;EnrollDesk 只将 API 密钥保存在系统密钥环 (Secret Service) 中，但没有任何密钥环响应：它未运行、已锁定或访问被拒绝。EnrollDesk 不会改为写入文件。您仍可以&lt;b&gt;仅在本次会话中&lt;/b&gt;使用密钥：密钥保留在内存中，EnrollDesk 关闭时即被遗忘。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check the keychain again</source>
        <translation>再次检查密钥环</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain check result</source>
        <translation>钥匙环检查结果</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Active profile</source>
        <translation>当前配置文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this &amp;profile</source>
        <translation>使用此配置文件(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this profile</source>
        <translation>使用此配置文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this the active profile: every page then works in its organization</source>
        <translation>设为当前配置文件：所有页面都将在其组织中工作</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Confirm deletion</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Delete profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the profile</source>
        <translation>保留配置文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Profile settings</source>
        <translation>配置文件设置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Profile name</source>
        <translation>配置文件名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Acme production</source>
        <translation>例如 Acme 生产环境</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API base URL</source>
        <translation>API 基础 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https:// only; http:// is allowed for this computer (the sandbox)</source>
        <translation>仅限 https://；本机（沙盒）允许使用 http://</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pages/profilespagekey.cpp" line="-235"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization id (24 hex digits) or slug</source>
        <translation>组织 ID（24 位十六进制数字）或 slug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test connection lists the organizations the key can reach: pick one there</source>
        <translation>“测试连接”会列出密钥可访问的组织：请在那里选择一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default e-mail language</source>
        <translation>默认电子邮件语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the enrollment e-mail when a form does not say</source>
        <translation>表单未指定时注册电子邮件使用的语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default token validity</source>
        <translation>默认令牌有效期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long new tokens stay valid unless a form says otherwise</source>
        <translation>新令牌的有效时长（除非表单另有指定）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;base URL:</source>
        <translation>API 基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;language:</source>
        <translation>默认语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default val&amp;idity:</source>
        <translation>默认有效期(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+247"/>
        <source>Save &amp;changes</source>
        <translation>保存更改(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;evert</source>
        <translation>还原(&amp;E)</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Profile “%1” was removed meanwhile (in another window or with the command line), so it could not be saved. What you typed is kept here as a new profile: choose Add profile to keep it.</source>
        <translation>配置文件“%1”在此期间已被删除（在另一个窗口中或通过命令行），因此无法保存。您输入的内容作为新配置文件保留在此处：选择“添加配置文件”即可保留。</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Deleted profile “%1”, but its API key could not be removed, so it may still be in the keychain (entry “%2”, service “%3”).</source>
        <translation>已删除配置文件“%1”，但无法移除其 API 密钥，它可能仍在密钥环中（条目“%2”，服务“%3”）。</translation>
    </message>
    <message>
        <location line="-578"/>
        <source>Revert changes</source>
        <translation>还原更改</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Check the &amp;keychain again</source>
        <translation>再次检查密钥环(&amp;K)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Save profile</source>
        <translation>保存配置文件</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespagekey.cpp" line="-108"/>
        <location line="+7"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>API key state</source>
        <translation>API 密钥状态</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Show the key</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide the key</source>
        <translation>隐藏密钥</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test &amp;&amp; &amp;save key</source>
        <translation>测试并保存密钥(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test and save the key in the keychain</source>
        <translation>测试密钥并保存到密钥环</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespage.cpp" line="+269"/>
        <location filename="../ui/pages/profilespagekey.cpp" line="+1"/>
        <source>Checks the key with the server, then stores it in the OS keychain</source>
        <translation>先向服务器验证密钥，然后将其保存到系统密钥环</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespagekey.cpp" line="+2"/>
        <source>Use the key for this session only</source>
        <translation>仅在本次会话中使用密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the key in memory only; it is forgotten when EnrollDesk closes</source>
        <translation>只将密钥保留在内存中；EnrollDesk 关闭时即被遗忘</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Remove the key</source>
        <translation>移除密钥</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Removes this profile&apos;s key from the keychain and from this session</source>
        <translation>从密钥环和本次会话中移除此配置文件的密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key result</source>
        <translation>密钥结果</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+11"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organizations the key can reach</source>
        <translation>密钥可访问的组织</translation>
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
        <translation>在此配置文件中使用所选组织</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection or key error</source>
        <translation>连接或密钥错误</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespage.cpp" line="-218"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (active), %2</source>
        <translation>%1（当前），%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+72"/>
        <source>New profile</source>
        <translation>新配置文件</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Type the API key again below to use it with this server: a stored key is only sent to the server it was saved for. It stays stored until the key typed for this server has been tested and saved.</source>
        <translation>请在下方重新输入 API 密钥以用于此服务器：已存储的密钥只会发送到保存它时的服务器。在为此服务器输入的密钥经过测试并保存之前，它会一直保留。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Add profile</source>
        <translation>添加配置文件(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the new profile, or cancel it, to switch profiles.</source>
        <translation>请添加或取消新配置文件，然后再切换配置文件。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No keychain is available: use the key for this session only</source>
        <translation>没有可用的密钥环：请仅在本次会话中使用密钥</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Discard the new profile, and the API key typed for it?</source>
        <translation>放弃新配置文件及为其输入的 API 密钥？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the new profile and what was typed into it?</source>
        <translation>放弃新配置文件及其中输入的内容？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard your changes to profile &lt;b&gt;%1&lt;/b&gt;, and the API key typed for it? The key has not been saved.</source>
        <translation>放弃对配置文件 &lt;b&gt;%1&lt;/b&gt; 的更改及为其输入的 API 密钥？该密钥尚未保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard the API key typed for profile &lt;b&gt;%1&lt;/b&gt;? It has not been saved.</source>
        <translation>放弃为配置文件 &lt;b&gt;%1&lt;/b&gt; 输入的 API 密钥？它尚未保存。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Added profile “%1”.</source>
        <translation>已添加配置文件“%1”。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved profile “%1”.</source>
        <translation>已保存配置文件“%1”。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Duplicated as “%1”.</source>
        <translation>已复制为“%1”。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The session key was copied too.</source>
        <translation>会话密钥也已复制。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The API key was copied too.</source>
        <translation>API 密钥也已复制。</translation>
    </message>
    <message>
        <location line="-466"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep what you typed</source>
        <translation>保留输入的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard what you typed</source>
        <translation>放弃输入的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm discarding what you typed</source>
        <translation>确认放弃输入的内容</translation>
    </message>
    <message>
        <location line="+478"/>
        <source>Delete profile &lt;b&gt;%1&lt;/b&gt;? Its API key is removed from the keychain too. This cannot be undone.</source>
        <translation>删除配置文件 &lt;b&gt;%1&lt;/b&gt;？其 API 密钥也将从密钥环中移除。此操作无法撤消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete profile &lt;b&gt;%1&lt;/b&gt;? Its API key, kept for this session only, is forgotten too. This cannot be undone.</source>
        <translation>删除配置文件 &lt;b&gt;%1&lt;/b&gt;？其仅在本次会话中保留的 API 密钥也会被遗忘。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete profile &lt;b&gt;%1&lt;/b&gt;? This cannot be undone.</source>
        <translation>删除配置文件 &lt;b&gt;%1&lt;/b&gt;？此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No profile will be left: a new one must then be added.</source>
        <translation>将不剩任何配置文件：届时必须添加一个新的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No profile is left: a new one must be added.</source>
        <translation>已没有任何配置文件：必须添加一个新的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every page will then work with profile “%1”.</source>
        <translation>届时所有页面都将使用配置文件“%1”。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Deleted profile “%1”; removing its API key from the keychain…</source>
        <translation>已删除配置文件“%1”；正在从密钥环中移除其 API 密钥…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted profile “%1” and forgot its session key.</source>
        <translation>已删除配置文件“%1”并遗忘其会话密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted profile “%1”.</source>
        <translation>已删除配置文件“%1”。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deleted profile “%1” and its API key.</source>
        <translation>已删除配置文件“%1”及其 API 密钥。</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+69"/>
        <source>Every page now works with profile “%1”.</source>
        <translation>现在所有页面都使用配置文件“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/pages/profilespagekey.cpp" line="-92"/>
        <source>Use for this session onl&amp;y</source>
        <translation>仅用于本次会话(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move key</source>
        <translation>移除密钥(&amp;M)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Keep the key</source>
        <translation>保留密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove key</source>
        <translation>移除密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm removing the key</source>
        <translation>确认移除密钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ne&amp;w key:</source>
        <translation>新密钥(&amp;W)：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Asks the server which organizations the key can reach, with the key typed above or else the stored one. Click one in the list, or press Enter on it, to fill in the organization.</source>
        <translation>向服务器查询密钥可访问哪些组织，使用上方输入的密钥，否则使用已保存的密钥。在列表中单击某个组织或在其上按 Enter 即可填入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the server which organizations the key can reach, with the key typed above or else the stored one. Double-click one in the list, or press Enter on it, to fill in the organization.</source>
        <translation>向服务器查询密钥可访问哪些组织，使用上方输入的密钥，否则使用已保存的密钥。在列表中双击某个组织或在其上按 Enter 即可填入。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Use selected organi&amp;zation</source>
        <translation>使用所选组织(&amp;Z)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Checking the keychain…</source>
        <translation>正在检查钥匙环…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The keychain is still not available. Start or unlock it, then check again.</source>
        <translation>钥匙环仍不可用。请启动或解锁它，然后再检查。</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Reading the key…</source>
        <translation>正在读取密钥…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sandbox demo key</source>
        <translation>沙盒演示密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ Stored in the keychain</source>
        <translation>✓ 已保存在密钥环中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local sandbox&apos;s public demo key is used. It is never stored.</source>
        <translation>正在使用本地沙盒的公开演示密钥。它从不会被保存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To replace it, paste the new key below and choose Test &amp; save key.</source>
        <translation>要替换它，请在下方粘贴新密钥，然后选择“测试并保存密钥”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session only</source>
        <translation>仅本次会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is kept in memory and forgotten when EnrollDesk closes.</source>
        <translation>密钥保留在内存中，EnrollDesk 关闭时即被遗忘。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No key yet</source>
        <translation>尚无密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the key for this server below, then choose Test &amp; save key.</source>
        <translation>请在下方粘贴此服务器的密钥，然后选择“测试并保存密钥”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste the service account&apos;s API key to test the connection now; it is stored in the keychain when you add the profile.</source>
        <translation>粘贴服务帐户的 API 密钥即可立即测试连接；添加配置文件时会将其保存到密钥环。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile has no API key yet. Paste the service account&apos;s key below, then choose Test &amp; save key. It is kept only in the OS keychain.</source>
        <translation>此配置文件还没有 API 密钥。请在下方粘贴服务帐户的密钥，然后选择“测试并保存密钥”。密钥只保存在系统密钥环中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key cannot be read or stored. Paste it below and use it for this session only, or start or unlock the keychain and try again.</source>
        <translation>无法读取或保存密钥。请在下方粘贴密钥并仅在本次会话中使用，或者启动或解锁密钥环后重试。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paste a new key to replace the current one</source>
        <translation>粘贴新密钥以替换当前密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the service account&apos;s API key</source>
        <translation>粘贴服务帐户的 API 密钥</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Base URL: %1</source>
        <translation>基础 URL：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This profile has no API key yet: paste it above to test the connection.</source>
        <translation>此配置文件还没有 API 密钥：请在上方粘贴后测试连接。</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>✓ Connected. The key reaches %n organization(s).</source>
        <translation>
            <numerusform>✓ 已连接。该密钥可访问 %n 个组织。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not one of them: click one below to use it instead.</source>
        <translation>“%1”不在其中：在下方单击某个组织即可改用它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not one of them: double-click one below to use it instead.</source>
        <translation>“%1”不在其中：在下方双击某个组织即可改用它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click one below to fill in the organization.</source>
        <translation>在下方单击某个组织即可填入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click one below to fill in the organization.</source>
        <translation>在下方双击某个组织即可填入。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✗ The connection test failed.</source>
        <translation>✗ 连接测试失败。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Organization set to “%1”.</source>
        <translation>组织已设为“%1”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization set to “%1”: save the profile to keep it.</source>
        <translation>组织已设为“%1”：请保存配置文件以保留此设置。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Correct the profile first: the key is saved with it.</source>
        <translation>请先更正配置文件：密钥将与其一起保存。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Testing the key…</source>
        <translation>正在测试密钥…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+90"/>
        <source>The key was not saved.</source>
        <translation>密钥未保存。</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+34"/>
        <source>Save without testing</source>
        <translation>不测试直接保存</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>Use without testing</source>
        <translation>不测试直接使用</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Testing the key with the new server…</source>
        <translation>正在用新服务器测试密钥…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was saved: the profile keeps its server and its stored key.</source>
        <translation>未保存任何内容：配置文件保留其服务器和已存储的密钥。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The key is used for this session only.</source>
        <translation>密钥仅在本次会话中使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>Saving in the keychain…</source>
        <translation>正在保存到密钥环…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The profile no longer exists, so the key was not saved.</source>
        <translation>该配置文件已不存在，因此未保存密钥。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No keychain is available, so the key was not saved.</source>
        <translation>没有可用的密钥环，因此密钥未保存。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>Saved in the keychain.</source>
        <translation>已保存到密钥环。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The key was not saved, so the profile keeps its server and its stored key.</source>
        <translation>密钥未保存，因此配置文件保留其服务器和已存储的密钥。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Forget the key of profile &lt;b&gt;%1&lt;/b&gt; kept for this session? It has to be pasted again to create tokens.</source>
        <translation>要忘记为本次会话保留的配置文件 &lt;b&gt;%1&lt;/b&gt; 的密钥吗？之后需要重新粘贴才能创建令牌。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the API key of profile &lt;b&gt;%1&lt;/b&gt; from the keychain? EnrollDesk cannot show it again: keep a copy elsewhere if it will be needed.</source>
        <translation>要从密钥环中移除配置文件 &lt;b&gt;%1&lt;/b&gt; 的 API 密钥吗？EnrollDesk 无法再次显示它：如果以后还需要，请在别处保存一份副本。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The session key was forgotten.</source>
        <translation>已遗忘会话密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key was removed from the keychain.</source>
        <translation>已从密钥环中移除密钥。</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <location filename="../ui/widgets/qrview.cpp" line="+78"/>
        <location line="+14"/>
        <location line="+54"/>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the full-screen view (Esc)</source>
        <translation>关闭全屏视图 (Esc)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Press Esc to close</source>
        <translation>按 Esc 关闭</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save as P&amp;NG…</source>
        <translation>另存为 PNG(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;SVG…</source>
        <translation>另存为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sho&amp;w full screen</source>
        <translation>全屏显示(&amp;W)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Double-click to show full screen; right-click to save or print</source>
        <translation>双击全屏显示；右键单击可保存或打印</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Only a QR code rendered by EnrollDesk can be saved as SVG; save the downloaded image as PNG.</source>
        <translation>只有 EnrollDesk 生成的二维码才能保存为 SVG；请将下载的图像保存为 PNG。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No QR code</source>
        <translation>无二维码</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The QR code could not be encoded as PNG.</source>
        <translation>无法将二维码编码为 PNG。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>There is no QR code to save.</source>
        <translation>没有可保存的二维码。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>A downloaded QR image can only be saved as PNG.</source>
        <translation>下载的二维码图像只能保存为 PNG。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Device enrollment</source>
        <translation>设备注册</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Save QR code as PNG</source>
        <translation>将二维码另存为 PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Save QR code</source>
        <translation>保存二维码</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>The QR code could not be saved to %1: %2</source>
        <translation>无法将二维码保存到 %1：%2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Save QR code as SVG</source>
        <translation>将二维码另存为 SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>Print QR code</source>
        <translation>打印二维码</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Printing is not available: %1</source>
        <translation>无法打印：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The QR code could not be printed.</source>
        <translation>无法打印二维码。</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../ui/widgets/resultview.ui" line="+88"/>
        <location filename="../ui/widgets/resultview.cpp" line="+268"/>
        <source>Enroll code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Copy code</source>
        <translation>复制注册码(&amp;C)</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../ui/widgets/resultview.cpp" line="+21"/>
        <source>Enrollment link</source>
        <translation>注册链接</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open in &amp;browser</source>
        <translation>在浏览器中打开(&amp;B)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy &amp;link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Token ID</source>
        <translation>令牌 ID</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Sho&amp;w full screen</source>
        <translation>全屏显示(&amp;W)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save or print</source>
        <translation>保存或打印(&amp;S)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Create &amp;another</source>
        <translation>再创建一个(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/resultview.cpp" line="-219"/>
        <source>Copy enroll code</source>
        <translation>复制注册码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy enrollment link</source>
        <translation>复制注册链接</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>QR code saved to %1</source>
        <translation>二维码已保存到 %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Copy enroll c&amp;ode</source>
        <translation>复制注册码(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy enrollment &amp;link</source>
        <translation>复制注册链接(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create ano&amp;ther</source>
        <translation>再创建一个(&amp;T)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 enrollment token</source>
        <translation>%1 注册令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No token yet</source>
        <translation>尚无令牌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a token to see its enroll code, enrollment link and QR code here.</source>
        <translation>创建令牌后，这里会显示其注册码、注册链接和二维码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1”</source>
        <comment>display name in quotes</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy the enroll code to the clipboard (%1)</source>
        <translation>将注册码复制到剪贴板 (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy the enrollment link to the clipboard (%1)</source>
        <translation>将注册链接复制到剪贴板 (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>Fully managed (device owner)</source>
        <translation>完全托管（设备所有者）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work profile (profile owner)</source>
        <translation>工作资料（资料所有者）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company-owned with work profile (COPE)</source>
        <translation>公司所有并带工作资料 (COPE)</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>%1 (priority %2)</source>
        <translation>%1（优先级 %2）</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Primary policy: %1</source>
        <translation>主策略：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported as %1; the expiry time has passed.</source>
        <translation>报告为 %1；已超过到期时间。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No enrollment link</source>
        <translation>无注册链接</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No enrollment link to show as a QR code</source>
        <translation>没有可显示为二维码的注册链接</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The enrollment link is too long for a QR code</source>
        <translation>注册链接太长，无法生成二维码</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The QR image cannot be downloaded here.</source>
        <translation>无法在此下载二维码图像。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloading the QR image…</source>
        <translation>正在下载二维码图像…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The QR image could not be downloaded (its server answered HTTP %1).</source>
        <translation>无法下载二维码图像（其服务器返回 HTTP %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The QR image could not be downloaded: %1</source>
        <translation>无法下载二维码图像：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The downloaded QR image could not be read.</source>
        <translation>无法读取下载的二维码图像。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Scan to open the enrollment link.</source>
        <translation>扫描以打开注册链接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This QR code opens the enrollment link.</source>
        <translation>此二维码会打开注册链接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan during device setup: tap the welcome screen six times to open the QR reader.</source>
        <translation>请在设备设置期间扫描：在欢迎屏幕上点按六次即可打开二维码扫描器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This QR code opens the enrollment link instead.</source>
        <translation>此二维码会改为打开注册链接。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Copied the enroll code %1</source>
        <translation>已复制注册码 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied the enrollment link</source>
        <translation>已复制注册链接</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This link cannot be opened in a browser</source>
        <translation>无法在浏览器中打开此链接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No browser could be started for the link</source>
        <translation>无法为此链接启动浏览器</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dedicated device (userless)</source>
        <translation>专用设备（无用户）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pending</source>
        <comment>token state</comment>
        <translation>待使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <comment>token state</comment>
        <translation>处理中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <comment>token state: a device enrolled with it</comment>
        <translation>已使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <comment>token state</comment>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <comment>token state</comment>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expires in %1 d %2 h</source>
        <translation>%1 天 %2 小时后到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires in %1 h %2 min</source>
        <translation>%1 小时 %2 分钟后到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires in %1 min %2 s</source>
        <translation>%1 分钟 %2 秒后到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires in %1 s</source>
        <translation>%1 秒后到期</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/secretstore.cpp" line="+204"/>
        <source>No profile was given for the API key.</source>
        <translation>未为 API 密钥指定配置文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An empty API key cannot be stored.</source>
        <translation>无法保存空的 API 密钥。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No API key is stored for this profile.</source>
        <translation>此配置文件没有保存 API 密钥。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain is available: no Secret Service is running, or access to it was denied. The API key can be kept for this session only.</source>
        <translation>没有可用的密钥环：没有运行 Secret Service，或访问被拒绝。API 密钥只能在本次会话中保留。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain reported an error.</source>
        <translation>密钥环报告了错误。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the API key from the keychain.</source>
        <translation>无法从密钥环读取 API 密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not read the API key from the keychain: %1</source>
        <translation>无法从密钥环读取 API 密钥：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the API key in the keychain.</source>
        <translation>无法将 API 密钥保存到密钥环。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the API key in the keychain: %1</source>
        <translation>无法将 API 密钥保存到密钥环：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not remove the API key from the keychain.</source>
        <translation>无法从密钥环移除 API 密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not remove the API key from the keychain: %1</source>
        <translation>无法从密钥环移除 API 密钥：%1</translation>
    </message>
</context>
<context>
    <name>SessionTokensModel</name>
    <message>
        <location filename="../ui/widgets/sessiontokensmodel.cpp" line="+30"/>
        <source>%1 enrollment token</source>
        <translation>%1 注册令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name: %1</source>
        <translation>显示名称：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enroll code: %1</source>
        <translation>注册码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State when created: %1</source>
        <translation>创建时状态：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires: %1</source>
        <translation>到期时间：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token ID: %1</source>
        <translation>令牌 ID：%1</translation>
    </message>
</context>
<context>
    <name>SingleTokenPage</name>
    <message>
        <location filename="../ui/pages/singletokenpage.cpp" line="+43"/>
        <source>Company-owned device, fully managed; set up from factory reset.</source>
        <translation>公司所有、完全托管的设备；从恢复出厂设置开始配置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal device (BYOD): only a separate work profile is managed.</source>
        <translation>个人设备 (BYOD)：只管理单独的工作资料。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company-owned, personally enabled: managed device with a private personal space.</source>
        <translation>公司所有、允许个人使用：受管设备，带有私密的个人空间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dedicated device (kiosk, shared scanner) not tied to a person.</source>
        <translation>不与具体人员关联的专用设备（自助服务终端、共享扫描器）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Windows enrollment token</source>
        <translation>Windows 注册令牌</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Android enrollment token</source>
        <translation>Android 注册令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One token for one user. The user enrolls the PC with the link or the code.</source>
        <translation>一个用户一个令牌。用户通过链接或注册码注册电脑。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Cop&amp;y as curl</source>
        <translation>复制为 curl(&amp;U)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;S)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the form still needs</source>
        <translation>表单中仍缺少的内容</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+357"/>
        <source>&amp;Create token</source>
        <translation>创建令牌(&amp;C)</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Create the token (Ctrl+Return)</source>
        <translation>创建令牌 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Copy the exact request as a curl command; the API key is replaced by $ENROLLDESK_API_KEY</source>
        <translation>将完全相同的请求复制为 curl 命令；API 密钥替换为 $ENROLLDESK_API_KEY</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Token settings</source>
        <translation>令牌设置</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Management mode</source>
        <translation>管理模式</translation>
    </message>
    <message>
        <location line="-92"/>
        <location filename="../ui/shell/mainwindow.cpp" line="-85"/>
        <source>Management &amp;mode:</source>
        <translation>管理模式(&amp;M)：</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Create another token?</source>
        <translation>再创建一个令牌？</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The last request for this user failed in a way that leaves its outcome unknown: the token may already exist (and its e-mail may have been sent). Check before creating another.</source>
        <translation>此用户的上一个请求失败，结果未知：令牌可能已存在（其电子邮件也可能已发送）。请先检查再创建另一个。</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>One Android Enterprise token for one user. The device scans the QR code at setup; a work profile opens the link.</source>
        <translation>一个用户一个 Android Enterprise 令牌。设备在设置时扫描二维码；工作资料则打开链接。</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>What the form still needs:</source>
        <translation>表单中仍缺少的内容：</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The last request for this user failed in a way that leaves its outcome unknown: the token may already exist. Check before creating another.</source>
        <translation>此用户的上一个请求失败，结果未知：令牌可能已存在。请先检查再创建另一个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create anyway</source>
        <translation>仍然创建</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>EnrollDesk cannot list Android tokens: look for this user&apos;s token in the Applivery dashboard before creating another.</source>
        <translation>EnrollDesk 无法列出 Android 令牌：在创建新令牌之前，请在 Applivery 控制台中查找此用户的令牌。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch back to that profile to check its token list for this user before creating another.</source>
        <translation>在创建另一个令牌之前，请切换回该配置文件，检查其令牌列表中是否有此用户的令牌。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the token list for this user</source>
        <translation>查看此用户的令牌列表</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Created in organization %1 (profile “%2”), not the active profile</source>
        <translation>创建于组织 %1（配置文件“%2”），不是当前活动的配置文件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The request for %3 went to organization %1 (profile “%2”), not the active profile.</source>
        <translation>针对 %3 的请求已发送到组织 %1（配置文件“%2”），而不是当前配置文件。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>C&amp;ancel request</source>
        <translation>取消请求(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as c&amp;url</source>
        <translation>复制为 curl(&amp;U)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing was copied: fix what is listed above first.</source>
        <translation>未复制任何内容：请先修正上面列出的问题。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>curl command copied (key replaced by $ENROLLDESK_API_KEY)</source>
        <translation>已复制 curl 命令（密钥已替换为 $ENROLLDESK_API_KEY）</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <location filename="../ui/widgets/tagsedit.cpp" line="+19"/>
        <source>Comma-separated, e.g. sales, madrid</source>
        <translation>以逗号分隔，例如 销售, 上海</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Tag %1 “%2” has %Ln character(s)</source>
        <comment>the tag&apos;s position, the tag, its length</comment>
        <translation>
            <numerusform>标签 %1“%2”有 %Ln 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>a tag can have at most %Ln</source>
        <comment>characters</comment>
        <translation>
            <numerusform>一个标签最多可有 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2.</source>
        <comment>a tag&apos;s length; the limit</comment>
        <translation>%1；%2。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 / %2 · %Ln too many</source>
        <comment>tag length / allowed, then how many characters to remove</comment>
        <translation>
            <numerusform>%1 / %2 · 多 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tag %1 is too long</source>
        <translation>标签 %1 太长</translation>
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
        <translation>通过电子邮件发送注册说明(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send e-mail</source>
        <translation>发送电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail text</source>
        <translation>电子邮件正文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail language</source>
        <translation>电子邮件语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary policy</source>
        <translation>主策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy assignments</source>
        <translation>策略分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment id</source>
        <translation>分段 ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional text added to the e-mail</source>
        <translation>添加到电子邮件中的可选文本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Laptop – Ana Smith</source>
        <translation>例如 笔记本电脑 – 张伟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>E-mail te&amp;xt:</source>
        <translation>电子邮件正文(&amp;X)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid f&amp;or:</source>
        <translation>有效期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;A)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segme&amp;nt:</source>
        <translation>分段(&amp;T)：</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Why no policies are listed</source>
        <translation>为何未列出策略</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The policies could not be loaded: %1 Type the policy&apos;s id in the field, or try again with the button at its right end.</source>
        <translation>无法加载策略：%1 请在字段中输入策略 ID，或使用其右端的按钮重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The policies could not be loaded again: %1 The list shown is the one loaded before; the button at the field&apos;s right end tries again.</source>
        <translation>无法重新加载策略：%1 显示的是之前加载的列表；字段右端的按钮可重试。</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>E-mail &amp;language:</source>
        <translation>电子邮件语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Primary policy:</source>
        <translation>主策略(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy &amp;assignments:</source>
        <translation>策略分配(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message>
        <location filename="../ui/pages/tokenspage.cpp" line="+163"/>
        <source>Show &amp;deleted</source>
        <translation>显示已删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Previous</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The organization&apos;s Windows enrollment tokens, and every token created in this session. Select a token to see its link, code and QR code.</source>
        <translation>组织的 Windows 注册令牌，以及本次会话中创建的所有令牌。选择一个令牌可查看其链接、注册码和二维码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why the list could not be loaded</source>
        <translation>列表无法加载的原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows enrollment tokens</source>
        <translation>Windows 注册令牌</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 · in %2</source>
        <translation>%1 · %2后</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n h</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This session · Android</source>
        <translation>本次会话 · Android</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Selected token</source>
        <translation>所选令牌</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close the token details</source>
        <translation>关闭令牌详细信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the token details (Esc)</source>
        <translation>关闭令牌详细信息 (Esc)</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+9"/>
        <source>Token details</source>
        <translation>令牌详细信息</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>R&amp;efresh</source>
        <translation>刷新(&amp;E)</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Only the tokens of this user</source>
        <translation>仅此用户的令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the tokens of this user; empty shows everyone&apos;s</source>
        <translation>仅显示此用户的令牌；留空则显示所有人的令牌</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the tokens with this policy</source>
        <translation>仅含此策略的令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the tokens that have this policy, as primary policy or assigned</source>
        <translation>仅显示含此策略（作为主策略或已分配策略）的令牌</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show deleted tokens</source>
        <translation>显示已删除的令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also list the tokens that were revoked</source>
        <translation>同时列出已吊销的令牌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh the list</source>
        <translation>刷新列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the list again (F5)</source>
        <translation>重新加载列表 (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;olicy:</source>
        <translation>策略(&amp;O)：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Loading the list</source>
        <translation>正在加载列表</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page and number of tokens</source>
        <translation>页码和令牌数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens per page</source>
        <translation>每页令牌数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many tokens each page lists</source>
        <translation>每页列出的令牌数量</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Per p&amp;age:</source>
        <translation>每页(&amp;A)：</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Sor&amp;t by…</source>
        <translation>排序方式(&amp;T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close &amp;details</source>
        <translation>关闭详细信息(&amp;D)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Ascending</source>
        <translation>升序(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Descending</source>
        <translation>降序(&amp;D)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>Page %1 of %2 · %3</source>
        <translation>第 %1 / %2 页 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 个令牌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> · %n from this session</source>
        <translation>
            <numerusform> · 其中 %n 个来自本次会话</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No tokens</source>
        <translation>无令牌</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Go to page %1</source>
        <translation>转到第 %1 页</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the tokens…</source>
        <translation>正在加载令牌…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No token matches these filters.</source>
        <translation>没有符合这些筛选条件的令牌。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Windows tokens yet. Tokens you create appear here.</source>
        <translation>还没有 Windows 令牌。您创建的令牌会显示在这里。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>All policies</source>
        <translation>所有策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens with any policy, or none</source>
        <translation>含任意策略或无策略的令牌</translation>
    </message>
</context>
<context>
    <name>TokensTableModel</name>
    <message>
        <location filename="../ui/pages/tokenstablemodel.cpp" line="+110"/>
        <source>None</source>
        <comment>empty table cell</comment>
        <translation>无</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Never</source>
        <comment>token expiry</comment>
        <translation>永不</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · expired</source>
        <translation>%1 · 已过期</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n h</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · in %2</source>
        <translation>%1 · %2后</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This session · Android</source>
        <translation>本次会话 · Android</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This session</source>
        <translation>本次会话</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User ID: %1</source>
        <translation>用户 ID：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reported as %1; the expiry time has passed.</source>
        <translation>报告为 %1；已超过到期时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As when created, or last seen on another page of the list.</source>
        <translation>为创建时的状态，或上次在列表其他页面中看到的状态。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Primary policy: %1</source>
        <translation>主策略：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (priority %2)</source>
        <translation>%1（优先级 %2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created in this session. Android tokens are listed only when created here: the API has no list of Android tokens.</source>
        <translation>在本次会话中创建。Android 令牌仅在此处创建时才会列出：API 不提供 Android 令牌列表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created in this session; not on this page of the server&apos;s list.</source>
        <translation>在本次会话中创建；不在服务器列表的此页中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created in this session.</source>
        <translation>在本次会话中创建。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policies</source>
        <translation>策略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Origin</source>
        <comment>column: where the token was created</comment>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tokens created in this session with this console are marked “This session”</source>
        <translation>本次会话中用此控制台创建的令牌标记为“本次会话”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorting by this column orders the rows of this page only</source>
        <translation>按此列排序只对本页的行排序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorting by this column orders the whole list</source>
        <translation>按此列排序会对整个列表排序</translation>
    </message>
</context>
<context>
    <name>UserPicker</name>
    <message>
        <location filename="../ui/widgets/userpicker.cpp" line="+33"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Type part of a name or e-mail, or paste a user id</source>
        <translation>姓名、电子邮件或用户 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a user by name, e-mail or id</source>
        <translation>按姓名、电子邮件或 ID 查找用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picked user</source>
        <translation>已选用户</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Matching users</source>
        <translation>匹配的用户</translation>
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
        <translation>无法搜索：尚未设置连接。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first %1 of %2 matches; type more to narrow them down.</source>
        <translation>%2 个匹配项中的前 %1 个；继续输入可缩小范围。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No user matches “%1”.</source>
        <translation>没有与“%1”匹配的用户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a user from the list (arrow keys, then Enter).</source>
        <translation>从列表中选择用户（方向键，然后按 Enter）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not search the users: %1</source>
        <translation>无法搜索用户：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Picked: user id %1</source>
        <comment>a user known only by id</comment>
        <translation>已选：用户 ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picked: %1 · %2</source>
        <comment>user name &lt;e-mail&gt; · id</comment>
        <translation>已选：%1 · %2</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../app/validation.cpp" line="+61"/>
        <source>User: choose an MDM user.</source>
        <translation>用户：请选择一个 MDM 用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: the id must be 24 hexadecimal characters (0-9, a-f).</source>
        <translation>用户：ID 必须是 24 个十六进制字符（0-9、a-f）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization: enter the organization&apos;s id or slug.</source>
        <translation>组织：请输入组织的 ID 或 slug。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization: use the 24-character id or a slug of at least 3 letters, digits or hyphens.</source>
        <translation>组织：请使用 24 个字符的 ID，或由至少 3 个字母、数字或连字符组成的 slug。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Display name: at most %1 characters (this one has %2).</source>
        <translation>显示名称：最多 %1 个字符（当前为 %2 个）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tags: a tag cannot be empty.</source>
        <translation>标签：标签不能为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags: “%1…” is %2 characters long; at most %3 are allowed.</source>
        <translation>标签：“%1…”长 %2 个字符；最多允许 %3 个。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duration: at least 1 minute (60 seconds).</source>
        <translation>时长：至少 1 分钟（60 秒）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration: at most 30 days (2,592,000 seconds).</source>
        <translation>时长：最多 30 天（2,592,000 秒）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language: “%1” is not one of es, en, fr, de, it, zh, pt, ru.</source>
        <translation>语言：“%1”不是 es、en、fr、de、it、zh、pt、ru 之一。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy: the id must be 24 hexadecimal characters (0-9, a-f).</source>
        <translation>策略：ID 必须是 24 个十六进制字符（0-9、a-f）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Priority: a whole number from %1 to %2.</source>
        <translation>优先级：%1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Segment: a whole number from 0 to %1.</source>
        <translation>分段：0 到 %1 之间的整数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Management mode: choose one of Device owner, Profile owner, COPE or Userless.</source>
        <translation>管理模式：请选择“设备所有者”、“资料所有者”、COPE 或“无用户”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Management mode: “%1” is not one of DEVICE_OWNER, PROFILE_OWNER, COPE, USERLESS.</source>
        <translation>管理模式：“%1”不是 DEVICE_OWNER、PROFILE_OWNER、COPE、USERLESS 之一。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail: “%1” is not a valid address.</source>
        <translation>电子邮件：“%1”不是有效的地址。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tags: “%1” is given more than once; give each tag once.</source>
        <translation>标签：“%1”出现了多次；每个标签只需填写一次。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Policy assignment %1: choose a policy.</source>
        <translation>策略分配 %1：请选择一个策略。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policy assignment %1: the policy id must be 24 hexadecimal characters.</source>
        <translation>策略分配 %1：策略 ID 必须是 24 个十六进制字符。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Policy assignment %1: the same policy is already assigned in row %2.</source>
        <translation>策略分配 %1：同一策略已在第 %2 行分配。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Policy assignment %1: priority must be a whole number from %2 to %3.</source>
        <translation>策略分配 %1：优先级必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Search text: at most %1 characters.</source>
        <translation>搜索文本：最多 %1 个字符。</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>E-mails: add at least one address.</source>
        <translation>电子邮件：请至少添加一个地址。</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>E-mails: “%1” is listed twice.</source>
        <translation>电子邮件：“%1”列出了两次。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sort: a field name, optionally followed by :asc or :desc.</source>
        <translation>排序：一个字段名，后面可跟 :asc 或 :desc。</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Page: 1 or more.</source>
        <translation>页码：1 或更大。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page size: 1 or more.</source>
        <translation>每页大小：1 或更大。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../ui/main.cpp" line="+35"/>
        <source>Create Applivery MDM enrollment tokens.</source>
        <translation>创建 Applivery MDM 注册令牌。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the local sandbox at URL (scripts/run).</source>
        <translation>使用位于 URL 的本地沙盒 (scripts/run)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open with this profile (name or id).</source>
        <translation>使用此配置文件打开（名称或 ID）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interface language (en, es, de, …).</source>
        <translation>界面语言（en、es、de、…）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>enrolldesk: no interface language “%1”. Languages: %2</source>
        <translation>enrolldesk：没有界面语言“%1”。可用语言：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>enrolldesk: --sandbox takes the address of the local sandbox, such as http://127.0.0.1:PORT/v1, not “%1”.</source>
        <translation>enrolldesk：--sandbox 需要本地沙盒的地址，例如 http://127.0.0.1:PORT/v1，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>enrolldesk: no profile is named “%1”: there are no profiles yet.</source>
        <translation>enrolldesk：没有名为“%1”的配置文件：目前还没有任何配置文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enrolldesk: no profile is named “%1”. Profiles: %2</source>
        <translation>enrolldesk：没有名为“%1”的配置文件。配置文件：%2</translation>
    </message>
</context>
</TS>
