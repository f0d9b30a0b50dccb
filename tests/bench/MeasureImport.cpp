#include "tests/bench/MeasureImport.h"

#include "models/repo/persons/ResidentImportRepo.h"
#include "models/repo/tips/TipIntake.h"

#include <QElapsedTimer>
#include <QFile>

namespace binhyen::bench {

using namespace Qt::StringLiterals;

namespace {

const QStringList& familyNames() {
    static const QStringList names{u"Nguyễn"_s, u"Trần"_s, u"Lê"_s,  u"Phạm"_s, u"Huỳnh"_s,
                                   u"Võ"_s,     u"Đặng"_s, u"Bùi"_s, u"Đỗ"_s,   u"Hồ"_s};
    return names;
}

const QStringList& givenNames() {
    static const QStringList names{u"Văn Hải"_s,  u"Thị Lan"_s,  u"Minh Tuấn"_s, u"Thị Hoa"_s,
                                   u"Quốc Bảo"_s, u"Thị Ngọc"_s, u"Đức Anh"_s,   u"Thị Thủy"_s,
                                   u"Văn Dũng"_s, u"Thị Hằng"_s, u"Hữu Phước"_s, u"Thị Yến"_s};
    return names;
}

} // namespace

QByteArray residentsCsv(int rows, int batch, const QStringList& hamlets) {
    QByteArray out("ho_ten,nam_sinh,so_cccd,so_dien_thoai,dia_chi,ap\r\n");
    out.reserve(qsizetype(rows) * 110);
    for (int i = 0; i < rows; ++i) {
        const QString name = familyNames().at(i % familyNames().size()) + u' ' +
                             givenNames().at((i / 10) % givenNames().size());
        const int year = 1940 + (i * 7) % 66;
        // 12-digit CCCD and 10-digit mobile, unique within a batch and between batches.
        const QString cccd = u"07%1%2"_s.arg(batch % 10).arg(i, 9, 10, QLatin1Char('0'));
        const QString phone = u"08%1%2"_s.arg(batch % 10).arg(i, 7, 10, QLatin1Char('0'));
        const QString address = u"\"Số %1, tổ %2\""_s.arg(1 + i % 250).arg(1 + i % 12);
        out += (name + u',' + QString::number(year) + u',' + cccd + u',' + phone + u',' + address +
                u',' + hamlets.at(i % hamlets.size()) + u"\r\n"_s)
                   .toUtf8();
    }
    return out;
}

Runs measureResidentImport(Side& side, int runs, const QString& tempDir, qint64& imported) {
    SystemClock clock;
    const QString path = tempDir + u"/residents-"_s + side.name + u".csv"_s;
    // The hamlets in force today, by name, as the import matches them.
    auto choices = TipIntake(side.db(), clock).hamlets();
    if (!choices)
        return choices.error();
    QStringList hamlets;
    for (const IntakeChoice& c : choices.value())
        hamlets << c.label;
    if (hamlets.isEmpty())
        return makeError(ErrorCode::NotFound, u"The register has no hamlets"_s);
    QList<double> millis;
    // Run 0 untimed (warm), then `runs` timed; each imports a new batch of people. The CSV is
    // written before the clock starts; reading the file is timed, as the command does it.
    for (int run = 0; run <= runs; ++run) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(residentsCsv(kImportResidents, run + 1, hamlets)) < 0)
            return makeError(ErrorCode::Io, u"Writing the residents CSV failed"_s, path);
        f.close();
        QElapsedTimer t;
        t.start();
        auto data = ResidentImportRepo::readFile(path);
        if (!data)
            return data.error();
        auto report = ResidentImportRepo(side.db(), clock).import(side.session, data.value(), {});
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        if (!report)
            return report.error();
        imported = report.value().imported;
        if (imported == 0)
            return makeError(ErrorCode::InvalidInput, u"The residents import wrote nothing"_s,
                             report.value().problems.isEmpty()
                                 ? QString()
                                 : report.value().problems.first().message);
        if (run > 0)
            millis << elapsed;
    }
    QFile::remove(path);
    return millis;
}

} // namespace binhyen::bench
