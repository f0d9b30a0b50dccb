#include "app/session/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace binhyen {

QString installTranslations(QCoreApplication& app) {
    // As gettext: LANGUAGE when set and not empty, then LC_ALL, LC_MESSAGES, LANG — skipping the
    // "C"/"POSIX" locales, which name no language.
    QString lang;
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        lang = qEnvironmentVariable(name);
        if (!lang.isEmpty() && !lang.startsWith(QLatin1String("C.")) &&
            lang != QLatin1String("C") && lang != QLatin1String("POSIX"))
            break;
        lang.clear();
    }
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
