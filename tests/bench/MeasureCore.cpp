#include "tests/bench/MeasureCore.h"

#include "tests/bench/BenchCommon.h"

#include <QElapsedTimer>
#include <QFile>
#include <cmath>

namespace binhyen::bench {

using namespace Qt::StringLiterals;

namespace {

double statusFieldMb(const QByteArray& field) {
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':'))) {
            const QByteArray kib = line.mid(field.size() + 1).trimmed().split(' ').value(0);
            return std::round(kib.toDouble() / 1024.0 * 10.0) / 10.0;
        }
    }
    return -1;
}

} // namespace

Runs measure(int runs, const std::function<Result<void>()>& work) {
    if (auto warm = work(); !warm)
        return warm.error();
    QList<double> millis;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto ok = work();
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        if (!ok)
            return ok.error();
        millis << elapsed;
    }
    return millis;
}

Result<QJsonObject> sideBySide(Side& encrypted, Side* plain,
                               const std::function<Runs(Side&)>& measureOn) {
    note(u"  "_s + encrypted.name + u"…"_s);
    auto enc = measureOn(encrypted);
    if (!enc)
        return enc.error();
    QJsonObject out = summarize(enc.value());
    if (!plain)
        return out;
    note(u"  "_s + plain->name + u"…"_s);
    auto pl = measureOn(*plain);
    if (!pl) {
        // The encrypted figures stand; the twin's failure is reported with them.
        note(u"  plain twin: "_s + pl.error().text());
        out.insert(u"plain_error"_s, pl.error().text());
        return out;
    }
    const QJsonObject twin = summarize(pl.value());
    out.insert(u"plain"_s, twin);
    const double p = twin.value(u"median_ms"_s).toDouble();
    const double e = out.value(u"median_ms"_s).toDouble();
    if (p > 0)
        out.insert(u"ratio"_s, std::round(e / p * 100.0) / 100.0);
    return out;
}

bool resetPeakRss() {
    QFile f(u"/proc/self/clear_refs"_s);
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

double peakRssNowMb() {
    return statusFieldMb("VmHWM");
}

double rssNowMb() {
    return statusFieldMb("VmRSS");
}

QString cpuModel() {
    QFile f(u"/proc/cpuinfo"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

} // namespace binhyen::bench
