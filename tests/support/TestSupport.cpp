#include "tests/support/TestSupport.h"

#include "app/session/Translations.h"

#include <QCoreApplication>

namespace binhyen::test {

void useVietnamese() {
    installTranslations(*QCoreApplication::instance(), QStringLiteral("vi"));
}

} // namespace binhyen::test
