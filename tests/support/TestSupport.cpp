#include "tests/support/TestSupport.h"

#include "app/session/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QTimer>

namespace binhyen::test {

void useVietnamese() {
    installTranslations(*QCoreApplication::instance(), QStringLiteral("vi"));
}

void closeNextMessage(QString* seen) {
    QTimer::singleShot(50, [seen] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            if (seen)
                *seen = box->text();
            box->done(0);
        }
    });
}

} // namespace binhyen::test
