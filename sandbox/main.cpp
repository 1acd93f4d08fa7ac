// enrolldesk-sandbox: a local emulator of the documented Applivery enrollment endpoints, for the tests
// and for demos. Listens on 127.0.0.1 only; the first line on stdout says where.

#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("enrolldesk-sandbox", text);
}

bool readNumber(const QCommandLineParser& parser, const QString& name, int max, int* out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0 || value > max) {
        std::fprintf(
            stderr, "%s\n",
            qUtf8Printable(tr("--%1 expects a number from 0 to %2.").arg(name, QString::number(max))));
        return false;
    }
    *out = value;
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("enrolldesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENROLLDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Local emulator of the Applivery MDM enrollment-token API, for tests and demos.\n"
           "Listens on 127.0.0.1 only and prints \"listening on http://127.0.0.1:PORT/v1\" first.\n"
           "Admin endpoints (loopback only): POST/DELETE /_sandbox/faults, GET/DELETE /_sandbox/requests,\n"
           "POST /_sandbox/reset."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("port"), tr("TCP port to listen on; 0 picks a free one (default)."),
                      tr("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("api-key"),
                      tr("The bearer token the API accepts (default \"sandbox\")."), tr("KEY"),
                      QStringLiteral("sandbox")});
    parser.addOption({QStringLiteral("latency-ms"),
                      tr("Delay every /v1 reply by N milliseconds (default 0)."), tr("N"),
                      QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("verbose"), tr("Log each request's method, path and status to stderr.")});
    parser.process(app);

    int port = 0;
    Sandbox::ServerOptions options;
    if (!readNumber(parser, QStringLiteral("port"), 65535, &port) ||
        !readNumber(parser, QStringLiteral("latency-ms"), 600000, &options.latencyMs))
        return 2;
    options.apiKey = parser.value(QStringLiteral("api-key")).toUtf8();
    options.verbose = parser.isSet(QStringLiteral("verbose"));
    if (options.apiKey.isEmpty()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(tr("--api-key must not be empty.")));
        return 2;
    }

    Sandbox::SandboxServer server(options);
    QString error;
    const quint16 listening = server.listenOnLoopback(quint16(port), &error);
    if (listening == 0) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(error)));
        return 1;
    }
    // Machine-read by the tests' harness: keep this exact first line (not translated).
    std::printf("listening on http://127.0.0.1:%u/v1\n", unsigned(listening));
    std::fflush(stdout);
    return app.exec();
}
