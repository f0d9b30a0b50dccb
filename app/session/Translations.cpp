#include "app/session/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace binhyen {

QString installTranslations(QCoreApplication& app) {
    const QString lang = qEnvironmentVariable("LANGUAGE", qEnvironmentVariable("LANG"));
    return installTranslations(app, lang.startsWith(QLatin1String("en")) ? QStringLiteral("en")
                                                                         : QStringLiteral("vi"));
}

QString installTranslations(QCoreApplication& app, const QString& language) {
    static QTranslator* current = nullptr;
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    auto* translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/binhyen_") + language + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(translator);
        current = translator;
    } else {
        delete translator;
    }
    return language;
}

} // namespace binhyen
