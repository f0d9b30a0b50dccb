#include "tests/bench/BenchCommon.h"

#include <QJsonDocument>
#include <QtGlobal>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sys/resource.h>

namespace binhyen::bench {

void note(const QString& message) {
    std::fputs(qUtf8Printable(message + QLatin1Char('\n')), stderr);
    std::fflush(stderr);
}

int failWith(const Error& error) {
    note(QStringLiteral("binhyen-bench: ") + error.text());
    return 1;
}

int usageError(const QString& message) {
    note(message);
    return 2;
}

void printJson(const QJsonObject& object) {
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, std::size_t(text.size()), stdout);
    std::fflush(stdout);
}

bool passwordFromEnvironment(SecretBytes& password) {
    QByteArray value = qgetenv("BINHYEN_PASSWORD");
    if (value.isEmpty())
        return false;
    password = SecretBytes::takeFrom(value);
    return true;
}

QJsonObject summarize(QList<double> millis) {
    std::sort(millis.begin(), millis.end());
    QJsonObject o;
    const qsizetype n = millis.size();
    o.insert(QStringLiteral("runs"), qint64(n));
    if (n == 0)
        return o;
    const double median = n % 2 ? millis.at(n / 2) : (millis.at(n / 2 - 1) + millis.at(n / 2)) / 2;
    const qsizetype rank = qsizetype(std::ceil(0.95 * double(n))) - 1;
    auto rounded = [](double v) {
        return std::round(v * 1000.0) / 1000.0;
    };
    o.insert(QStringLiteral("median_ms"), rounded(median));
    o.insert(QStringLiteral("p95_ms"), rounded(millis.at(qBound<qsizetype>(0, rank, n - 1))));
    o.insert(QStringLiteral("max_ms"), rounded(millis.last()));
    return o;
}

double peakRssMegabytes() {
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return std::round(double(usage.ru_maxrss) / 1024.0 * 10.0) / 10.0; // ru_maxrss is in KiB
}

} // namespace binhyen::bench
