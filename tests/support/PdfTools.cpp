#include "tests/support/PdfTools.h"

#include <QProcess>
#include <QRegularExpression>

namespace binhyen::test {

QString runTool(const QString& program, const QStringList& args, const QStringList& environment) {
    QProcess process;
    if (!environment.isEmpty())
        process.setEnvironment(QProcess::systemEnvironment() + environment);
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& pdf, int firstPage, int lastPage, bool raw) {
    QStringList args{raw ? QStringLiteral("-raw") : QStringLiteral("-layout")};
    if (firstPage > 0)
        args << QStringLiteral("-f") << QString::number(firstPage);
    if (lastPage > 0)
        args << QStringLiteral("-l") << QString::number(lastPage);
    return runTool(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

QStringList normalisedLines(const QString& text) {
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString simple = line.simplified();
        if (!simple.isEmpty())
            lines << simple;
    }
    return lines;
}

int pdfPageCount(const QString& pdf) {
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(runTool(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

QStringList pdfFonts(const QString& pdf) {
    const QStringList lines =
        runTool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList fonts;
    for (int i = 2; i < lines.size(); ++i) // two heading lines
        fonts << lines.at(i).simplified();
    return fonts;
}

} // namespace binhyen::test
