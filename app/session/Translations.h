#pragma once

#include <QString>

class QCoreApplication;

namespace binhyen {

// Installs BinhYen's translators: Vietnamese unless the environment asks for English
// (LANG/LANGUAGE starting with "en"). Returns the language chosen ("vi" or "en").
QString installTranslations(QCoreApplication& app);
QString installTranslations(QCoreApplication& app, const QString& language);

} // namespace binhyen
