#include "reports/pdf/ReportFonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace binhyen {

namespace {

QString loadEmbeddedTinos() {
    QString family;
    const QStringList styles{QStringLiteral("Regular"), QStringLiteral("Bold"),
                             QStringLiteral("Italic"), QStringLiteral("BoldItalic")};
    for (const QString& style : styles) {
        const int id =
            QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/Tinos-%1.ttf").arg(style));
        if (id < 0)
            continue;
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        if (family.isEmpty() && !families.isEmpty())
            family = families.constFirst();
    }
    return family;
}

} // namespace

QString reportFontFamily() {
    static const QString family = loadEmbeddedTinos();
    return family;
}

QFont reportFont(qreal pointSize) {
    QFont font(reportFontFamily());
    font.setPointSizeF(pointSize);
    font.setStyleHint(QFont::Serif, QFont::PreferOutline);
    font.setKerning(true);
    return font;
}

} // namespace binhyen
