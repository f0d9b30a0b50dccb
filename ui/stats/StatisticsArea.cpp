#include "ui/stats/StatisticsArea.h"

#include <QCoreApplication>
#include <QLabel>

namespace binhyen::ui {

QWidget* createStatisticsArea(Register& reg, const Clock& clock, Session* session,
                              QWidget* parent) {
    Q_UNUSED(reg)
    Q_UNUSED(clock)
    Q_UNUSED(session)
    auto* later = new QLabel(QCoreApplication::translate("binhyen::ui::MainWindow",
                                                         "This part will come in a later version."),
                             parent);
    later->setObjectName(QStringLiteral("notYet"));
    later->setAlignment(Qt::AlignCenter);
    return later;
}

} // namespace binhyen::ui
