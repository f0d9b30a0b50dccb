#include "models/domain/TextFold.h"

namespace binhyen {

QString foldText(const QString& text) {
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size());
    for (QChar c : nfc) {
        if (c == QChar(0x0111) || c == QChar(0x0110)) { // đ Đ
            out.append(QLatin1Char('d'));
            continue;
        }
        if (c.unicode() < 0x80) {
            out.append(c.toLower());
            continue;
        }
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        QChar base = decomposed.isEmpty() ? c : decomposed.at(0);
        if (base.category() == QChar::Mark_NonSpacing)
            base = c;
        out.append(base.toLower());
    }
    return out;
}

} // namespace binhyen
