#include "tests/bench/MeasureOpen.h"

#include "models/item/TipWindowModel.h"
#include "ui/main/MainWindow.h"
#include "ui/main/TipListPage.h"

#include <QApplication>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>

namespace binhyen::bench {

using namespace Qt::StringLiterals;

Runs measureOpen(Side& side, int runs) {
    side.reg.reset(); // closes the register and frees its lock
    auto once = [&]() -> Result<void> {
        auto reg = side.reopen();
        if (!reg)
            return reg.error();
        Result<void> shown;
        // A dialog the window opens (an error it shows) would wait forever for a click on the
        // offscreen screen: close it, and fail the measure with its text.
        QTimer watchdog;
        watchdog.setInterval(50);
        QObject::connect(&watchdog, &QTimer::timeout, [&shown] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            QString text = modal->windowTitle();
            if (auto* box = qobject_cast<QMessageBox*>(modal))
                text += u": "_s + box->text() + u' ' + box->informativeText();
            shown = makeError(ErrorCode::Io, u"The main window showed a dialog"_s, text);
            modal->close();
        });
        watchdog.start();
        {
            ui::MainWindow window(*reg.value(), side.session);
            window.showArea(ui::MainWindow::Tips);
            window.show();
            QApplication::processEvents();
            // The first screen of tips, as the table paints it.
            const TipWindowModel* model = window.tipPage()->model();
            if (shown && (model->rowCount() == 0 ||
                          !model->data(model->index(0, TipWindowModel::Number)).isValid()))
                shown = makeError(ErrorCode::Io, u"The main window showed no tips"_s,
                                  model->lastError().text());
            window.tipPage()->view()->viewport()->repaint();
            window.hide();
        }
        reg.value()->closeThreadConnection();
        return shown;
    };
    Runs result = measure(runs, once);
    auto reopened = side.reopen();
    if (!reopened)
        return reopened.error();
    side.reg = reopened.take();
    return result;
}

} // namespace binhyen::bench
