// bench_qr [--runs N]
// Times QrCode::encode + QrCode::toImage (the default 8 px modules, quiet zone included) on an
// enrollment link, N times after a warm-up, each timed on its own. Prints:
//   qr_render_us VALUE     the median, in microseconds
// On stderr: the link's length, the code's size in modules, and the 90th percentile.

#include "benchcommon.h"
#include "qrcode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    // QImage needs no platform plugin: a core application is enough.
    QCoreApplication app(argc, argv);
    QCommandLineParser options;
    options.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed renderings."),
                                        QStringLiteral("N"), QStringLiteral("2000"));
    options.addOption(runsOption);
    options.process(app);
    const int runs = std::max(1, options.value(runsOption).toInt());

    QTextStream err(stderr);
    // As long as a real Windows enrollment link (organization id, token id and code in the query), so the
    // code is the version the console actually shows.
    const QString link =
        QStringLiteral("https://enroll.applivery.io/windows/enroll?organization="
                       "65a1b2c3d4e5f60718293a4b&token=6650f1e2d3c4b5a697887766&code=K7P2QX");

    int size = 0;
    QImage image;
    const auto once = [&] {
        const std::optional<QrCode> code = QrCode::encode(link);
        if (!code)
            return false;
        size = code->size();
        image = code->toImage();
        return !image.isNull();
    };
    for (int i = 0; i < 50; ++i) {
        if (!once()) {
            err << "the link did not encode\n";
            return 1;
        }
    }
    std::vector<double> micros;
    micros.reserve(size_t(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        once();
        micros.push_back(double(clock.nsecsElapsed()) / 1e3);
    }
    std::vector<double> sorted = micros;
    std::sort(sorted.begin(), sorted.end());
    err << "link " << link.size() << " characters, " << size << "x" << size << " modules, image "
        << image.width() << "x" << image.height() << " px, p90 " << sorted[sorted.size() * 9 / 10] << " us\n";
    err.flush();
    Bench::figure("qr_render_us", Bench::median(micros));
    return 0;
}
