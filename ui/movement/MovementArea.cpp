#include "ui/movement/MovementArea.h"

#include "models/store/Register.h"
#include "ui/main/Scrollable.h"
#include "ui/movement/MovementPage.h"

#include <QCoreApplication>
#include <QLabel>

namespace binhyen::ui {

QWidget* createMovementArea(Register& reg, const Clock& clock, Session* session, QWidget* parent) {
    if (session)
        return scrollable(new MovementPage(reg.database(), clock, *session), parent);
    auto* later = new QLabel(
        QCoreApplication::translate("binhyen::ui::MainWindow", "No user is logged on."), parent);
    later->setObjectName(QStringLiteral("notYet"));
    later->setAlignment(Qt::AlignCenter);
    return later;
}

} // namespace binhyen::ui
