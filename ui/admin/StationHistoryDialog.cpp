#include "ui/admin/StationHistoryDialog.h"

#include "models/domain/Clock.h"
#include "models/domain/MovementLabels.h"
#include "models/repo/places/StationHistoryRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "ui/dialogs/Messages.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

StationHistoryDialog::StationHistoryDialog(QSqlDatabase db, const Clock& clock,
                                           const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session) {
    setObjectName(QStringLiteral("stationHistoryDialog"));
    setWindowTitle(tr("Station identity over time"));
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("stationHistoryTable"));
    m_table->setHorizontalHeaderLabels({tr("Effective from"), tr("Unit name"), tr("Parent body"),
                                        tr("Place name"), tr("Report recipient"),
                                        tr("Commune code"), tr("Province")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_add = new QPushButton(tr("&Add a row from a date…"), this);
    m_add->setObjectName(QStringLiteral("stationAdd"));
    if (!isAllowed(session.role(), Operation::EditPlaces)) {
        m_add->setEnabled(false);
        m_add->setToolTip(tr("Only the station chief changes the station's identity."));
    }
    auto* close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("stationClose"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &StationHistoryDialog::addRow);
    resize(1000, 420);
    reload();
}

void StationHistoryDialog::reload() {
    auto rows = StationHistoryRepo(m_db, m_clock).list(m_session);
    m_table->setRowCount(0);
    if (!rows) {
        showError(this, windowTitle(), rows.error());
        return;
    }
    m_table->setRowCount(rows.value().size());
    int r = 0;
    for (const StationIdentityRow& row : rows.value()) {
        const StationIdentity& id = row.identity;
        const QStringList texts{movementDateText(row.effectiveFrom),
                                id.unitName,
                                id.parentBody,
                                id.placeName,
                                id.reportRecipient,
                                id.communeCode,
                                id.provinceName + QStringLiteral(" (") + id.provinceCode +
                                    QLatin1Char(')')};
        for (int col = 0; col < texts.size(); ++col) {
            auto* item = new QTableWidgetItem(texts.at(col));
            if (!row.note.isEmpty())
                item->setToolTip(row.note);
            m_table->setItem(r, col, item);
        }
        ++r;
    }
}

void StationHistoryDialog::addRow() {
    auto rows = StationHistoryRepo(m_db, m_clock).list(m_session);
    StationIdentity latest;
    if (rows && !rows.value().isEmpty())
        latest = rows.value().constLast().identity;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("stationRowDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New station identity row"));
    auto* from = new QDateEdit(m_clock.now().toTimeZone(Clock::stationZone()).date(), dialog);
    from->setObjectName(QStringLiteral("stationFrom"));
    from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    from->setCalendarPopup(true);
    auto line = [dialog](const QString& name, const QString& text) {
        auto* edit = new QLineEdit(text, dialog);
        edit->setObjectName(name);
        edit->setMinimumWidth(360);
        return edit;
    };
    QLineEdit* unit = line(QStringLiteral("stationUnit"), latest.unitName);
    QLineEdit* parentBody = line(QStringLiteral("stationParent"), latest.parentBody);
    QLineEdit* place = line(QStringLiteral("stationPlace"), latest.placeName);
    QLineEdit* recipient = line(QStringLiteral("stationRecipient"), latest.reportRecipient);
    QLineEdit* commune = line(QStringLiteral("stationCommune"), latest.communeCode);
    QLineEdit* provinceCode = line(QStringLiteral("stationProvinceCode"), latest.provinceCode);
    QLineEdit* provinceName = line(QStringLiteral("stationProvinceName"), latest.provinceName);
    QLineEdit* note = line(QStringLiteral("stationNote"), QString());
    auto* form = new QFormLayout;
    form->addRow(tr("Effective &from:"), from);
    form->addRow(tr("&Unit name:"), unit);
    form->addRow(tr("&Parent body:"), parentBody);
    form->addRow(tr("Place &name (date line):"), place);
    form->addRow(tr("&Report recipient:"), recipient);
    form->addRow(tr("&Commune code:"), commune);
    form->addRow(tr("Pro&vince code:"), provinceCode);
    form->addRow(tr("Provin&ce name:"), provinceName);
    form->addRow(tr("&Why it changed:"), note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog,
            [this, dialog, from, unit, parentBody, place, recipient, commune, provinceCode,
             provinceName, note] {
                StationIdentityRow row;
                row.effectiveFrom = from->date();
                row.identity.unitName = unit->text().trimmed();
                row.identity.parentBody = parentBody->text().trimmed();
                row.identity.placeName = place->text().trimmed();
                row.identity.reportRecipient = recipient->text().trimmed();
                row.identity.communeCode = commune->text().trimmed();
                row.identity.provinceCode = provinceCode->text().trimmed();
                row.identity.provinceName = provinceName->text().trimmed();
                row.note = note->text().trimmed();
                auto added = StationHistoryRepo(m_db, m_clock).add(m_session, row);
                if (!added) {
                    showError(dialog, dialog->windowTitle(), added.error());
                    return;
                }
                dialog->accept();
                reload();
            });
    dialog->open();
}

} // namespace binhyen::ui
