<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BulkPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/bulkpage.cpp" line="+839"/>
        <source>Reading the token list… (%n page(s))</source>
        <translation>
            <numerusform>Reading the token list… (%n page)</numerusform>
            <numerusform>Reading the token list… (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+452"/>
        <source>→ %n request(s)</source>
        <translation>
            <numerusform>→ %n request</numerusform>
            <numerusform>→ %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Send to %n user(s)</source>
        <translation>
            <numerusform>Send to %n user</numerusform>
            <numerusform>Send to %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-352"/>
        <source>%Ln address(es) checked have a token created since the run started.</source>
        <translation>
            <numerusform>%Ln address checked has a token created since the run started.</numerusform>
            <numerusform>%Ln addresses checked have a token created since the run started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln address(es) have no token.</source>
        <translation>
            <numerusform>%Ln address has no token.</numerusform>
            <numerusform>%Ln addresses have no token.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+192"/>
        <source>%n line(s) before the header skipped (#TYPE, sep=).</source>
        <translation>
            <numerusform>%n line before the header skipped (#TYPE, sep=).</numerusform>
            <numerusform>%n lines before the header skipped (#TYPE, sep=).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n comment line(s) (# or //) skipped.</source>
        <translation>
            <numerusform>%n comment line (# or //) skipped.</numerusform>
            <numerusform>%n comment lines (# or //) skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+171"/>
        <source>Create Windows enrollment tokens for &lt;b&gt;%Ln user(s)&lt;/b&gt; in organization &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>
            <numerusform>Create Windows enrollment tokens for &lt;b&gt;%Ln user&lt;/b&gt; in organization &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;.</numerusform>
            <numerusform>Create Windows enrollment tokens for &lt;b&gt;%Ln users&lt;/b&gt; in organization &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The list is sent in %Ln request(s).</source>
        <translation>
            <numerusform>The list is sent in %Ln request.</numerusform>
            <numerusform>The list is sent in %Ln requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Each request carries up to %Ln address(es).</source>
        <translation>
            <numerusform>Each request carries up to %Ln address.</numerusform>
            <numerusform>Each request carries up to %Ln addresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n invalid line(s) will not be sent.</source>
        <translation>
            <numerusform>%n invalid line will not be sent.</numerusform>
            <numerusform>%n invalid lines will not be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n of these addresses were answered in the previous run and would get a second token: “List only the unanswered” leaves them out.</source>
        <translation>
            <numerusform>%n of these addresses was answered in the previous run and would get a second token: “List only the unanswered” leaves it out.</numerusform>
            <numerusform>%n of these addresses were answered in the previous run and would get a second token: “List only the unanswered” leaves them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n of these addresses were in batches that failed after reaching the server (a timeout, a dropped connection, a server error): they may already have a token and its e-mail. “Find who got no token” tells which.</source>
        <translation>
            <numerusform>%n of these addresses was in a batch that failed after reaching the server (a timeout, a dropped connection, a server error): it may already have a token and its e-mail. “Find who got no token” tells which.</numerusform>
            <numerusform>%n of these addresses were in batches that failed after reaching the server (a timeout, a dropped connection, a server error): they may already have a token and its e-mail. “Find who got no token” tells which.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>%n batch(es) failed after reaching the server (a timeout, a dropped connection or a server error). The server may have created their tokens and sent their e-mails: sending again could give those users a second token and a second e-mail.</source>
        <translation>
            <numerusform>%n batch failed after reaching the server (a timeout, a dropped connection or a server error). The server may have created its tokens and sent its e-mails: sending again could give those users a second token and a second e-mail.</numerusform>
            <numerusform>%n batches failed after reaching the server (a timeout, a dropped connection or a server error). The server may have created their tokens and sent their e-mails: sending again could give those users a second token and a second e-mail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Only the %n surely not sent</source>
        <translation>
            <numerusform>Only the %n surely not sent</numerusform>
            <numerusform>Only the %n surely not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>Sending to %1 — %2 of %Ln address(es) answered.</source>
        <translation>
            <numerusform>Sending to %1 — %2 of %Ln address answered.</numerusform>
            <numerusform>Sending to %1 — %2 of %Ln addresses answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Stopped: %n token(s) created.</source>
        <translation>
            <numerusform>Stopped: %n token created.</numerusform>
            <numerusform>Stopped: %n tokens created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Finished: %n token(s) created.</source>
        <translation>
            <numerusform>Finished: %n token created.</numerusform>
            <numerusform>Finished: %n tokens created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The API could not create %n of the tokens asked for (usually addresses without an MDM user).</source>
        <translation>
            <numerusform>The API could not create %n of the tokens asked for (usually an address without an MDM user).</numerusform>
            <numerusform>The API could not create %n of the tokens asked for (usually addresses without an MDM user).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n batch(es) failed, %1 can be retried.</source>
        <translation>
            <numerusform>%n batch failed, %1 can be retried.</numerusform>
            <numerusform>%n batches failed, %1 can be retried.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n batch(es) failed.</source>
        <translation>
            <numerusform>%n batch failed.</numerusform>
            <numerusform>%n batches failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n batch(es) not sent.</source>
        <translation>
            <numerusform>%n batch not sent.</numerusform>
            <numerusform>%n batches not sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message numerus="yes">
        <location filename="../app/duration.cpp" line="+67"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
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
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LimitedLineEdit</name>
    <message numerus="yes">
        <location filename="../ui/widgets/limitedlineedit.cpp" line="+40"/>
        <source>At most %Ln character(s)</source>
        <comment>the limit of a field</comment>
        <translation>
            <numerusform>At most %Ln character</numerusform>
            <numerusform>At most %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>this text has %Ln</source>
        <comment>characters, after the limit</comment>
        <translation>
            <numerusform>this text has %Ln</numerusform>
            <numerusform>this text has %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln too many</source>
        <comment>characters over the limit</comment>
        <translation>
            <numerusform>%Ln too many</numerusform>
            <numerusform>%Ln too many</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 · %Ln too many</source>
        <comment>counter, then how many characters to remove</comment>
        <translation>
            <numerusform>%1 · %Ln too many</numerusform>
            <numerusform>%1 · %Ln too many</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/shell/mainwindow.cpp" line="+353"/>
        <source>%Ln token(s) listed here.</source>
        <translation>
            <numerusform>%Ln token listed here.</numerusform>
            <numerusform>%Ln tokens listed here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln created by bulk runs, which the API answers with counts only: the Tokens page lists them.</source>
        <translation>
            <numerusform>%Ln created by bulk runs, which the API answers with counts only: the Tokens page lists it.</numerusform>
            <numerusform>%Ln created by bulk runs, which the API answers with counts only: the Tokens page lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>%n request in progress</numerusform>
            <numerusform>%n requests in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+157"/>
        <source>%n Android token(s) created this session: EnrollDesk cannot show their setup QR codes after you quit. Save or print the ones still needed first.</source>
        <translation>
            <numerusform>%n Android token created this session: EnrollDesk cannot show its setup QR code after you quit. Save or print it first if it is still needed.</numerusform>
            <numerusform>%n Android tokens created this session: EnrollDesk cannot show their setup QR codes after you quit. Save or print the ones still needed first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/profilespagekey.cpp" line="+565"/>
        <source>✓ Connected. The key reaches %n organization(s).</source>
        <translation>
            <numerusform>✓ Connected. The key reaches %n organization.</numerusform>
            <numerusform>✓ Connected. The key reaches %n organizations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message numerus="yes">
        <location filename="../ui/widgets/tagsedit.cpp" line="+51"/>
        <source>Tag %1 “%2” has %Ln character(s)</source>
        <comment>the tag&apos;s position, the tag, its length</comment>
        <translation>
            <numerusform>Tag %1 “%2” has %Ln character</numerusform>
            <numerusform>Tag %1 “%2” has %Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>a tag can have at most %Ln</source>
        <comment>characters</comment>
        <translation>
            <numerusform>a tag can have at most %Ln</numerusform>
            <numerusform>a tag can have at most %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 / %2 · %Ln too many</source>
        <comment>tag length / allowed, then how many characters to remove</comment>
        <translation>
            <numerusform>%1 / %2 · %Ln too many</numerusform>
            <numerusform>%1 / %2 · %Ln too many</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokensPage</name>
    <message numerus="yes">
        <location filename="../ui/pages/tokenspage.cpp" line="+240"/>
        <source>%n h</source>
        <comment>time left</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+704"/>
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> · %n from this session</source>
        <translation>
            <numerusform> · %n from this session</numerusform>
            <numerusform> · %n from this session</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokensTableModel</name>
    <message numerus="yes">
        <location filename="../ui/pages/tokenstablemodel.cpp" line="+197"/>
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
</context>
</TS>
