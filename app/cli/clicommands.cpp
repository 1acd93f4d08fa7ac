#include "clicommands.h"

#include "apilimits.h"
#include "bulkrunner.h"
#include "cliprofiles.h"
#include "duration.h"
#include "emaillist.h"
#include "httpconnectionpool.h"
#include "qrcode.h"
#include "savefile.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

namespace Cli {

namespace {

// The longest file name most file systems take (ext4, XFS, APFS, NTFS: 255), less what QSaveFile adds to
// it for the temporary file it writes first ("NAME.XXXXXX"): a longer name fails only after the create.
constexpr qsizetype kMaxQrFileNameBytes = 255 - 7;

// The option each field of a list query comes from, as the user typed it: Validation names the API's
// fields ("Page size: 1 or more.") and a CLI user needs to know which option to change.
FieldErrors namingOptions(FieldErrors errors)
{
    static const QHash<QString, QString> kOptions = {
        {QStringLiteral("page"), QStringLiteral("--page")},
        {QStringLiteral("limit"), QStringLiteral("--limit")},
        {QStringLiteral("mdm-user"), QStringLiteral("--user")},
        {QStringLiteral("win-policy"), QStringLiteral("--policy")},
        {QStringLiteral("sort"), QStringLiteral("--sort")},
        {QStringLiteral("search"), QStringLiteral("TEXT")},
    };
    for (FieldError& error : errors) {
        if (const QString option = kOptions.value(error.field); !option.isEmpty())
            error.message = option + QStringLiteral(": ") + error.message;
    }
    return errors;
}

} // namespace

Runner::Runner(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_http(new HttpConnectionPool(this))
    , m_client(new ApiClient(m_http, this))
    , m_profiles(new ProfileCommands(
          options, m_output, m_client, [this](int code) { finish(code); }, this))
{}

void Runner::finish(int code)
{
    // A result lost on the way to stdout (a full disk, a closed pipe) is no success: the token's code
    // and link are gone. Not 3 or 4 either, which scripts may retry: a create would be made twice. Exit
    // 6 stays: it already says to check before sending again (outWritten() has said what was lost).
    if (!m_output.outWritten()) {
        if (!m_created.isEmpty())
            m_output.line(m_created);
        if (code != MaybeProcessed)
            code = OutputFailure;
    }
    // Leave the event loop after the current callback has returned.
    QTimer::singleShot(0, this, [this, code] { Q_EMIT finished(code); });
}

void Runner::noteCreated(const QString& what, const QString& howToCheck)
{
    m_created = Options::tr("%1: do not run the command again, that would make the tokens twice. To see "
                            "what exists: %2")
                    .arg(what, howToCheck);
}

template <typename T> bool Runner::failed(const ApiResult<T>& result)
{
    if (result.ok())
        return false;
    finish(m_output.error(result.error));
    return true;
}

template <typename T> bool Runner::createFailed(const ApiResult<T>& result, const QString& howToCheck)
{
    if (result.ok())
        return false;
    const int code = m_output.error(result.error);
    if (!result.error.mayHaveBeenProcessed()) {
        finish(code);
        return true;
    }
    noteMaybeProcessed(howToCheck);
    finish(MaybeProcessed);
    return true;
}

void Runner::noteMaybeProcessed(const QString& howToCheck)
{
    m_output.line(Options::tr("note: the request reached the server, which may have carried it out. Check "
                              "before sending it again: %1")
                      .arg(howToCheck));
}

// `enrolldesk-cli [the same --profile, --base-url, --org] windows list ARGUMENTS`: the command that shows
// what a create may have made, on the server and organization it was sent to (never with the key).
QString Runner::listCommand(const QString& arguments) const
{
    const auto quoted = [](const QString& value) {
        static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z0-9@%+=:,./_-]+$)"));
        return plain.match(value).hasMatch()
                   ? value
                   : u'\'' + QString(value).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
    };
    const GlobalOptions& global = m_options.global();
    QString command = QStringLiteral("enrolldesk-cli");
    if (!global.profile.isEmpty())
        command += QStringLiteral(" --profile ") + quoted(global.profile);
    if (!global.baseUrl.isEmpty())
        command += QStringLiteral(" --base-url ") + quoted(global.baseUrl);
    if (!global.organization.isEmpty())
        command += QStringLiteral(" --org ") + quoted(global.organization);
    return command + QStringLiteral(" windows list ") + arguments;
}

// A list read page by page stops at ApiClient::kMaxListPages: a server that always claims a next page
// would otherwise be read forever. Printed, the cut list would pass for the whole one.
void Runner::noteCutList(bool cut, qsizetype items)
{
    if (!cut)
        return;
    m_output.line(
        Options::tr("note: the server still had more after %1 pages (%2 items); the list below stops there.")
            .arg(ApiClient::kMaxListPages)
            .arg(items));
}

const Runner::Command* Runner::find(const QString& name)
{
    static constexpr Command kCommands[] = {
        {"windows create", "user qr", true, false, &Runner::windowsCreate},
        {"windows bulk", "emails skip-invalid batch-size", true, false, &Runner::windowsBulk},
        {"windows list", "user policy show-deleted page limit sort", false, false, &Runner::windowsList},
        {"android create", "user mode qr", true, false, &Runner::androidCreate},
        {"users search", "page limit", false, true, &Runner::usersSearch},
        {"policies list", "platform", false, false, &Runner::policiesList},
        {"orgs list", "", false, false, &Runner::orgsList},
    };
    for (const Command& command : kCommands) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

bool Runner::handles(const QString& command)
{
    return find(command) != nullptr;
}

void Runner::start()
{
    const QString name = m_options.command();
    if (ProfileCommands::handles(name)) {
        m_profiles->run(name);
        return;
    }
    const Command* command = find(name);
    if (!command) {
        finish(m_output.usage(Options::tr("“%1” is not available in this build.").arg(name)));
        return;
    }
    // A word or an option the command does not take is refused, never dropped: "--display-name Laptop
    // Ana" would otherwise name the token "Laptop".
    if (const QString stray = m_options.strayArguments(command->takesText ? -1 : 0, command->options,
                                                       command->takesTokenSettings, QString());
        !stray.isEmpty()) {
        finish(m_output.usage(stray));
        return;
    }
    (this->*command->handler)();
}

void Runner::connect(const std::function<void()>& next)
{
    // Options, then the profile (--profile, or the one chosen with `profile use`) and its keychain entry.
    m_profiles->connectClient(next);
}

bool Runner::applyProfileDefaults(TokenSettings* settings)
{
    bool ok = true;
    const std::optional<Profile> profile = m_profiles->apiProfile(&ok);
    if (!ok)
        return false;
    const QCommandLineParser& parser = m_options.parser();
    const bool durationGiven = parser.isSet(QStringLiteral("duration"));
    const bool languageGiven = parser.isSet(QStringLiteral("language"));
    if (profile && !durationGiven)
        settings->durationSeconds = profile->defaultDurationSeconds;
    if (profile && !languageGiven && !profile->defaultLanguage.isEmpty())
        settings->language = profile->defaultLanguage;
    // A default the profile holds (edited by hand, or saved by another version) is checked here, so that
    // the error names the profile and its setting, not an option the user never typed.
    if (profile) {
        FieldErrors errors;
        const auto check = [&](const QString& field, const QString& setting, const QString& option,
                               const QString& problem) {
            if (!problem.isEmpty())
                errors.append({field, Options::tr("Profile “%1”, setting %2: %3 Give %4, or correct the "
                                                  "profile (profile remove, then profile add).")
                                          .arg(profile->name, setting, problem, option)});
        };
        if (!durationGiven)
            check(QStringLiteral("duration"), QStringLiteral("defaultDurationSeconds"),
                  QStringLiteral("--duration"), Validation::checkDuration(*settings->durationSeconds));
        if (!languageGiven && !settings->language.isEmpty())
            check(QStringLiteral("language"), QStringLiteral("defaultLanguage"), QStringLiteral("--language"),
                  Validation::checkLanguage(settings->language));
        if (!errors.isEmpty()) {
            finish(m_output.error(ApiError::validation(errors)));
            return false;
        }
    }
    if (!m_options.verbose())
        return true;
    const QString fromProfile = profile ? Options::tr("profile “%1”").arg(profile->name) : QString();
    const auto source = [&](bool given, const QString& option) { return given ? option : fromProfile; };
    QTextStream& err = m_output.err();
    if (settings->durationSeconds)
        err << Options::tr("duration: %1 (%2 s), from %3")
                   .arg(Duration::toCompact(*settings->durationSeconds))
                   .arg(*settings->durationSeconds)
                   .arg(source(durationGiven, QStringLiteral("--duration")))
            << '\n';
    else
        err << Options::tr("duration: not sent (the API's default: %1)")
                   .arg(Duration::toHuman(Limits::kDefaultDurationSeconds))
            << '\n';
    if (!settings->language.isEmpty())
        err << Options::tr("language: %1, from %2")
                   .arg(settings->language, source(languageGiven, QStringLiteral("--language")))
            << '\n';
    else
        err << Options::tr("language: not sent (the API's default)") << '\n';
    err.flush();
    return true;
}

// --user, trimmed; a usage error that names the option when it is missing.
bool Runner::takeUserId(QString* id)
{
    *id = m_options.parser().value(QStringLiteral("user")).trimmed();
    if (!id->isEmpty())
        return true;
    finish(m_output.usage(Options::tr("%1 needs --user ID, the MDM user's id (users search TEXT finds it).")
                              .arg(m_options.command())));
    return false;
}

void Runner::windowsCreate()
{
    WindowsTokenRequest request;
    QString error;
    if (!m_options.tokenSettings(&request.settings, &error)) {
        finish(m_output.usage(error));
        return;
    }
    if (!applyProfileDefaults(&request.settings))
        return;
    if (!takeUserId(&request.mdmUserId))
        return;
    if (FieldErrors errors = Validation::validate(request); !errors.isEmpty()) {
        finish(m_output.error(ApiError::validation(errors)));
        return;
    }
    if (!qrTargetIsWritable(QrSource::Link))
        return;
    connect([this, request] {
        m_client->createWindowsToken(
            request, this, [this, request](const ApiResult<EnrollmentToken>& result) {
                // Newest first: the API documents no default order, and a user may have many tokens.
                const QString howToCheck = listCommand(QStringLiteral("--user ") + request.mdmUserId +
                                                       QStringLiteral(" --sort createdAt:desc"));
                if (createFailed(result, howToCheck))
                    return;
                noteCreated(Options::tr("The token was created"), howToCheck);
                m_output.token(result.value, m_options.global().json);
                writeQr(result.value, QrSource::Link);
            });
    });
}

void Runner::androidCreate()
{
    AndroidTokenRequest request;
    QString error;
    if (!m_options.tokenSettings(&request.settings, &error)) {
        finish(m_output.usage(error));
        return;
    }
    if (!applyProfileDefaults(&request.settings))
        return;
    if (!takeUserId(&request.mdmUserId))
        return;
    request.managementMode = m_options.parser().value(QStringLiteral("mode")).trimmed().toUpper();
    if (request.managementMode.isEmpty()) {
        finish(m_output.usage(Options::tr("android create needs --mode DEVICE_OWNER, PROFILE_OWNER, COPE or "
                                          "USERLESS.")));
        return;
    }
    if (FieldErrors errors = Validation::validate(request); !errors.isEmpty()) {
        finish(m_output.error(ApiError::validation(errors)));
        return;
    }
    // A work profile goes on a personal device already set up, which opens the link: the link's QR code
    // (as the console shows). Every other mode is set up from the setup wizard, whose QR code carries the
    // provisioning data: only the API's own image (qrcodeUrl) has it.
    const QrSource qrSource =
        request.managementMode == u"PROFILE_OWNER" ? QrSource::Link : QrSource::ApiSetupImage;
    if (!qrTargetIsWritable(qrSource))
        return;
    connect([this, request, qrSource] {
        m_client->createAndroidToken(
            request, this, [this, qrSource](const ApiResult<EnrollmentToken>& result) {
                const QString howToCheck =
                    Options::tr("the user's Android tokens in the Applivery dashboard");
                if (createFailed(result, howToCheck))
                    return;
                noteCreated(Options::tr("The token was created"), howToCheck);
                m_output.token(result.value, m_options.global().json);
                writeQr(result.value, qrSource);
            });
    });
}

// Checked before the create is sent: once the token exists, a file that cannot be written is reported
// with exit code 5, and the token stands. A name that is not .png or .svg would get bytes of another
// format than its name says (PNG in out.jpg); the API's setup image is a PNG.
bool Runner::qrTargetIsWritable(QrSource source)
{
    QString path;
    if (!m_options.value(QStringLiteral("qr"), &path))
        return true;
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    QString problem;
    const QString suffix = target.suffix().toLower();
    if (suffix != QLatin1StringView("png") && suffix != QLatin1StringView("svg"))
        problem = Options::tr("the file name must end in .png or .svg, the formats it is written in");
    else if (suffix == QLatin1StringView("svg") && source == QrSource::ApiSetupImage)
        problem = Options::tr("a %1 token's QR code is the setup image the API makes, a PNG: give a .png "
                              "file name (only PROFILE_OWNER, a work profile, uses the link's QR code, "
                              "which can be written as SVG)")
                      .arg(m_options.parser().value(QStringLiteral("mode")).trimmed().toUpper());
    else if (QFile::encodeName(target.fileName()).size() > kMaxQrFileNameBytes)
        problem = Options::tr("the file name is too long (at most %1 bytes)").arg(kMaxQrFileNameBytes);
    else if (target.isDir())
        problem = Options::tr("it is a folder");
    else if (!folder.isDir())
        problem = Options::tr("the folder %1 does not exist").arg(folder.filePath());
    else if (!folder.isWritable() || (target.exists() && !target.isWritable())) // QSaveFile writes beside it
        problem = Options::tr("no permission to write there");
    if (problem.isEmpty())
        return true;
    finish(m_output.usage(Options::tr("--qr %1: %2 (nothing was sent)").arg(path, problem)));
    return false;
}

void Runner::writeQr(const EnrollmentToken& token, QrSource source)
{
    QString path;
    if (!m_options.value(QStringLiteral("qr"), &path)) {
        finish(Ok);
        return;
    }
    if (source == QrSource::Link) {
        const std::optional<QrCode> code = QrCode::encode(token.enrollmentLink);
        if (!code) {
            qrNotWritten(path, token.enrollmentLink.isEmpty()
                                   ? Options::tr("the answer has no enrollment link to encode")
                                   : Options::tr("the link could not be encoded as a QR code"));
            return;
        }
        const bool svg = path.endsWith(QLatin1StringView(".svg"), Qt::CaseInsensitive);
        if (const QString problem = SaveFile::replace(path, svg ? code->toSvg() : code->toPng());
            !problem.isEmpty()) {
            qrNotWritten(path, problem);
            return;
        }
        finish(Ok);
        return;
    }
    // The setup image or nothing: the link's QR code in its place would pass for the one to scan, and a
    // device set up from it would not get the provisioning data.
    if (token.qrcodeUrl.isEmpty()) {
        setupQrNotDownloaded(path, Options::tr("the answer has no setup QR image (qrcodeUrl)"), QString());
        return;
    }
    m_client->fetchImage(
        QUrl(token.qrcodeUrl), this, [this, path, url = token.qrcodeUrl](const ApiResult<QByteArray>& image) {
            if (!image.ok()) {
                setupQrNotDownloaded(path,
                                     image.error.message() + QStringLiteral(" (") +
                                         image.error.technicalDetails() + u')',
                                     url);
                return;
            }
            // Only an image: a login page in front of the images' host is not a QR code.
            if (QImage::fromData(image.value).isNull()) {
                setupQrNotDownloaded(path, Options::tr("what came back is not an image"), url);
                return;
            }
            if (const QString problem = SaveFile::replace(path, image.value); !problem.isEmpty()) {
                qrNotWritten(path, problem);
                return;
            }
            finish(Ok);
        });
}

void Runner::qrNotWritten(const QString& path, const QString& reason)
{
    m_output.line(Options::tr("error: the token was created (above), but its QR code could not be written to "
                              "%1: %2")
                      .arg(path, reason));
    sayCreated();
    finish(OutputFailure);
}

void Runner::setupQrNotDownloaded(const QString& path, const QString& reason, const QString& url)
{
    m_output.line(Options::tr("error: the token was created (above), but its setup QR code could not be "
                              "downloaded: %1")
                      .arg(reason));
    m_output.line(url.isEmpty() ? Options::tr("No QR code was written to %1. The token's QR code is in the "
                                              "Applivery dashboard.")
                                      .arg(path)
                                : Options::tr("No QR code was written to %1. Get it from the token in the "
                                              "Applivery dashboard, or download it from %2")
                                      .arg(path, url));
    sayCreated();
    finish(OutputFailure);
}

void Runner::sayCreated()
{
    // Cleared, so that finish() does not say it a second time when stdout fails too.
    m_output.line(m_created);
    m_created.clear();
}

void Runner::windowsBulk()
{
    TokenSettings settings;
    QString error;
    if (!m_options.tokenSettings(&settings, &error)) {
        finish(m_output.usage(error));
        return;
    }
    if (!applyProfileDefaults(&settings))
        return;
    int batchSize = BulkRunner::kDefaultBatchSize;
    if (QString text; m_options.value(QStringLiteral("batch-size"), &text)) {
        bool ok = false;
        batchSize = text.toInt(&ok);
        if (!ok || batchSize < 1 || batchSize > BulkRunner::kMaxBatchSize) {
            finish(m_output.usage(Options::tr("--batch-size: “%1” is not a whole number from 1 to %2.")
                                      .arg(text)
                                      .arg(BulkRunner::kMaxBatchSize)));
            return;
        }
    }
    QString source;
    if (!m_options.value(QStringLiteral("emails"), &source)) {
        finish(m_output.usage(Options::tr("windows bulk needs --emails FILE (or - for standard input).")));
        return;
    }
    QByteArray bytes;
    if (source == QLatin1StringView("-")) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            bytes = in.readAll();
    } else {
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly)) {
            finish(m_output.usage(Options::tr("Cannot read %1: %2").arg(source, in.errorString())));
            return;
        }
        bytes = in.readAll();
    }
    const EmailListAnalysis analysis = EmailListParser::parse(bytes);
    if (analysis.invalidCount > 0) {
        for (const EmailListAnalysis::InvalidLine& line : analysis.invalid)
            m_output.err() << Options::tr("line %1: %2 (%3)").arg(line.line).arg(line.text, line.reason)
                           << '\n';
        // The parser keeps the first EmailListParser::kMaxListedInvalid: the list above is not all of them.
        if (const qsizetype unlisted = analysis.invalidCount - analysis.invalid.size(); unlisted > 0)
            m_output.err() << Options::tr("… and %n more not listed", nullptr, int(unlisted)) << '\n';
        m_output.err().flush();
        if (!m_options.parser().isSet(QStringLiteral("skip-invalid"))) {
            finish(m_output.usage(
                Options::tr("%n invalid line(s); nothing was sent. Fix them or pass --skip-invalid.", nullptr,
                            analysis.invalidCount)));
            return;
        }
        // As the duplicates are, below (--json also has it as invalidSkipped).
        m_output.line(
            Options::tr("note: %n invalid line(s) skipped (--skip-invalid); nothing is sent for them.",
                        nullptr, analysis.invalidCount));
    }
    if (analysis.duplicates > 0) {
        // Not an error, but the API's total will be lower than the list's length: say why.
        m_output.line(Options::tr("note: %n duplicate address(es) removed (case-insensitive).", nullptr,
                                  analysis.duplicates));
    }
    // Left out on purpose: said, so that a commented-out address is not thought sent.
    if (analysis.preambleLines > 0)
        m_output.line(Options::tr("note: %n line(s) before the header skipped (#TYPE, sep=).", nullptr,
                                  analysis.preambleLines));
    if (analysis.commentLines > 0)
        m_output.line(
            Options::tr("note: %n comment line(s) (# or //) skipped.", nullptr, analysis.commentLines));
    // The parser has checked every address and removed the duplicates.
    if (FieldErrors errors = Validation::validateParsed(analysis.valid, settings); !errors.isEmpty()) {
        finish(m_output.error(ApiError::validation(errors)));
        return;
    }
    const Output::ListCounts counts{analysis.duplicates, analysis.invalidCount};
    connect([this, analysis, settings, batchSize, counts] {
        // The console's runner: one batch at a time, none sent twice. A batch that fails stops the run,
        // so that what follows never goes out behind a failure nobody has looked at.
        auto* bulk = new BulkRunner(m_client, this);
        QObject::connect(bulk, &BulkRunner::batchChanged, this, [this, bulk](int index) {
            const BulkRunner::Batch& batch = bulk->batch(index);
            if (batch.state == BulkRunner::BatchState::Done || batch.state == BulkRunner::BatchState::Failed)
                noteBatch(batch, bulk->batches().size());
            if (batch.state == BulkRunner::BatchState::Failed)
                bulk->cancel();
        });
        QObject::connect(bulk, &BulkRunner::finished, this,
                         [this, bulk, counts] { bulkFinished(*bulk, counts); });
        if (const FieldErrors errors = bulk->start(analysis, settings, batchSize); !errors.isEmpty())
            finish(m_output.error(ApiError::validation(errors)));
    });
}

// A line per batch on stderr as it ends: a run stopped from outside (Ctrl+C, a CI timeout) leaves a record
// of which addresses were answered, which the report at the end would have given.
void Runner::noteBatch(const BulkRunner::Batch& batch, qsizetype batches)
{
    const QString where = Options::tr("batch %1 of %2 (addresses %3 to %4)")
                              .arg(batch.index + 1)
                              .arg(batches)
                              .arg(batch.firstAddress + 1)
                              .arg(batch.firstAddress + batch.addressCount);
    if (batch.state == BulkRunner::BatchState::Done)
        m_output.line(Options::tr("%1: answered, %2 created, %3 failed")
                          .arg(where)
                          .arg(batch.result.success)
                          .arg(batch.result.fail));
    else if (batch.mayHaveBeenProcessed())
        m_output.line(Options::tr("%1: failed after reaching the server; its tokens may exist").arg(where));
    else
        m_output.line(Options::tr("%1: failed, nothing created").arg(where));
}

void Runner::bulkFinished(const BulkRunner& bulk, const Output::ListCounts& counts)
{
    const BulkRunner::Totals totals = bulk.totals();
    Output::BulkReport report;
    report.counts = {totals.total, totals.success, totals.fail, {}};
    report.batches = totals.batches;
    report.batchesAnswered = totals.done;
    const BulkRunner::Batch* stop = nullptr;
    for (const BulkRunner::Batch& batch : bulk.batches()) {
        if (batch.state == BulkRunner::BatchState::Failed && !stop)
            stop = &batch;
        if (batch.mayHaveBeenProcessed()) // failed, after reaching the server
            report.mayHaveTokens << batch.emails();
        else if (batch.state != BulkRunner::BatchState::Done)
            report.notCreated << batch.emails();
    }
    const QString howToCheck = listCommand(
        QStringLiteral("--sort createdAt:desc --limit %1").arg(totals.success + report.mayHaveTokens.size()));
    if (totals.success > 0 || !report.mayHaveTokens.isEmpty())
        noteCreated(Options::tr("Tokens were created"), howToCheck);
    m_output.bulkResult(report, counts, m_options.global().json);
    if (!stop) {
        finish(Ok);
        return;
    }
    // The batch's own error decides (3 refused, 4 never arrived), unless it may have been carried out.
    int code = m_output.error(stop->error);
    m_output.line(Options::tr("note: the run stopped at batch %1 of %2 (%3 answered); nothing was sent after "
                              "it, and nothing twice.")
                      .arg(stop->index + 1)
                      .arg(totals.batches)
                      .arg(totals.done));
    if (!report.mayHaveTokens.isEmpty()) {
        // Its tokens would be the newest: nothing was created after it.
        noteMaybeProcessed(
            listCommand(QStringLiteral("--sort createdAt:desc --limit %1").arg(report.mayHaveTokens.size())));
        code = MaybeProcessed;
    }
    if (!report.notCreated.isEmpty())
        m_output.line(Options::tr("note: %n address(es) surely got no token (refused or never sent), listed "
                                  "as not created: only those can be sent again as they are.",
                                  nullptr, int(report.notCreated.size())));
    finish(code);
}

bool Runner::takePaging(int* page, int* limit)
{
    const QCommandLineParser& parser = m_options.parser();
    bool ok = true;
    if (parser.isSet(QStringLiteral("page")))
        *page = parser.value(QStringLiteral("page")).toInt(&ok);
    if (ok && parser.isSet(QStringLiteral("limit")))
        *limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (ok)
        return true;
    finish(m_output.usage(Options::tr("--page and --limit take whole numbers.")));
    return false;
}

void Runner::windowsList()
{
    TokenListQuery query;
    const QCommandLineParser& parser = m_options.parser();
    // Trimmed as windows create's --user is (and the console's fields are).
    query.mdmUserId = parser.value(QStringLiteral("user")).trimmed();
    query.policyId = parser.value(QStringLiteral("policy")).trimmed();
    query.showDeleted = parser.isSet(QStringLiteral("show-deleted"));
    query.sort = parser.value(QStringLiteral("sort"));
    if (!takePaging(&query.page, &query.limit))
        return;
    if (FieldErrors errors = Validation::validate(query); !errors.isEmpty()) {
        finish(m_output.error(ApiError::validation(namingOptions(errors))));
        return;
    }
    connect([this, query] {
        m_client->listWindowsTokens(query, this, [this](const ApiResult<Page<EnrollmentToken>>& result) {
            if (failed(result))
                return;
            m_output.tokenPage(result.value, m_options.global().json);
            finish(Ok);
        });
    });
}

void Runner::usersSearch()
{
    const QStringList words = m_options.positional();
    UserSearchQuery query;
    query.text = words.mid(2).join(u' ');
    if (!takePaging(&query.page, &query.limit))
        return;
    if (FieldErrors errors = Validation::validate(query); !errors.isEmpty()) {
        finish(m_output.error(ApiError::validation(namingOptions(errors))));
        return;
    }
    connect([this, query] {
        m_client->searchUsers(query, this, [this](const ApiResult<Page<MdmUser>>& result) {
            if (failed(result))
                return;
            m_output.users(result.value, m_options.global().json);
            finish(Ok);
        });
    });
}

void Runner::policiesList()
{
    const QString platform = m_options.parser().value(QStringLiteral("platform")).toLower();
    if (platform != QLatin1StringView("windows") && platform != QLatin1StringView("android")) {
        finish(m_output.usage(Options::tr("policies list needs --platform windows or --platform android.")));
        return;
    }
    connect([this, platform] {
        m_client->listPolicies(platform == QLatin1StringView("windows") ? Platform::Windows
                                                                        : Platform::Android,
                               this, [this](const ApiResult<Page<Policy>>& result) {
                                   if (failed(result))
                                       return;
                                   noteCutList(result.value.hasNextPage, result.value.items.size());
                                   m_output.policies(result.value, m_options.global().json);
                                   finish(Ok);
                               });
    });
}

void Runner::orgsList()
{
    connect([this] {
        m_client->listOrganizations(this, [this](const ApiResult<Page<Organization>>& result) {
            if (failed(result))
                return;
            noteCutList(result.value.hasNextPage, result.value.items.size());
            m_output.organizations(result.value, m_options.global().json);
            finish(Ok);
        });
    });
}

} // namespace Cli
