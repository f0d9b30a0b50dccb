#include "ui/admin/PlacesDialog.h"

#include "models/domain/Clock.h"
#include "models/domain/MovementLabels.h"
#include "models/repo/places/PlaceEditRepo.h"
#include "models/repo/places/PlaceRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "ui/dialogs/Messages.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

// A small form dialog with Vietnamese OK / Cancel (the caller connects "accepted").
QDialog* formDialog(QWidget* parent, const QString& name, const QString& title,
                    const QString& okText, const QString& cancelText, QFormLayout** form) {
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    *form = new QFormLayout;
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Cancel)->setText(cancelText);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(*form);
    layout->addWidget(buttons);
    return dialog;
}

} // namespace

PlacesDialog::PlacesDialog(QSqlDatabase db, const Clock& clock, const Session& session,
                           QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_canEdit(isAllowed(session.role(), Operation::EditPlaces)) {
    setObjectName(QStringLiteral("placesDialog"));
    setWindowTitle(tr("Hamlets of the commune"));
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("placesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Name"), tr("Households"), tr("Valid from"), tr("Valid to")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    m_rename = new QPushButton(tr("&Rename from a date…"), this);
    m_rename->setObjectName(QStringLiteral("placeRename"));
    m_households = new QPushButton(tr("Set &households…"), this);
    m_households->setObjectName(QStringLiteral("placeHouseholds"));
    m_add = new QPushButton(tr("&Add a hamlet…"), this);
    m_add->setObjectName(QStringLiteral("placeAdd"));
    m_close = new QPushButton(tr("Close the ha&mlet…"), this);
    m_close->setObjectName(QStringLiteral("placeClose"));
    auto* close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("placesClose"));
    if (!m_canEdit)
        for (QPushButton* button : {m_add, m_rename, m_households, m_close})
            button->setToolTip(tr("Only the station chief edits the hamlets."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_households);
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_rename, &QPushButton::clicked, this, &PlacesDialog::rename);
    connect(m_households, &QPushButton::clicked, this, &PlacesDialog::setHouseholds);
    connect(m_add, &QPushButton::clicked, this, &PlacesDialog::addPlace);
    connect(m_close, &QPushButton::clicked, this, &PlacesDialog::closePlace);
    connect(m_table, &QTableWidget::itemActivated, this, [this] {
        if (m_canEdit && m_rename->isEnabled())
            rename();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PlacesDialog::updateButtons);
    resize(900, 560);
    reload();
}

qint64 PlacesDialog::selectedId() const {
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0) || !m_table->item(row, 0)->isSelected())
        return 0;
    return m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void PlacesDialog::updateButtons() {
    const bool selected = selectedId() != 0;
    // A row with a last day (an old name, a closed hamlet) is history: it is not edited.
    const bool current = selected && m_table->item(m_table->currentRow(), 4)->text().isEmpty();
    m_add->setEnabled(m_canEdit);
    m_rename->setEnabled(m_canEdit && current);
    m_households->setEnabled(m_canEdit && current);
    m_close->setEnabled(m_canEdit && current);
    if (m_canEdit)
        for (QPushButton* button : {m_rename, m_households, m_close})
            button->setToolTip(selected && !current
                                   ? tr("This row is no longer valid: it is kept for old records.")
                                   : QString());
}

void PlacesDialog::reload() {
    auto places = PlaceEditRepo(m_db, m_clock).all(m_session);
    m_table->setRowCount(0);
    if (!places) {
        showError(this, windowTitle(), places.error());
        updateButtons();
        return;
    }
    m_table->setRowCount(places.value().size());
    int row = 0;
    const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);
    for (const PlaceVersion& place : places.value()) {
        const QStringList texts{place.kindLabel, place.name, QString::number(place.households),
                                movementDateText(place.validFrom), movementDateText(place.validTo)};
        const bool ended = place.validTo.isValid();
        QStringList tip;
        if (ended)
            tip << tr("Last day: %1. Kept for the old records.")
                       .arg(movementDateText(place.validTo));
        if (!place.note.isEmpty())
            tip << place.note;
        for (int col = 0; col < texts.size(); ++col) {
            auto* item = new QTableWidgetItem(texts.at(col));
            if (col == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!tip.isEmpty())
                item->setToolTip(tip.join(QLatin1Char('\n')));
            if (ended) {
                item->setForeground(grey);
                QFont f = item->font();
                f.setItalic(true);
                item->setFont(f);
                item->setData(Qt::UserRole + 1, true); // greyed: no longer valid
            }
            m_table->setItem(row, col, item);
        }
        m_table->item(row, 0)->setData(Qt::UserRole, place.id);
        ++row;
    }
    updateButtons();
}

void PlacesDialog::rename() {
    const qint64 id = selectedId();
    if (!id)
        return;
    QFormLayout* form = nullptr;
    QDialog* dialog = formDialog(this, QStringLiteral("renameDialog"), tr("Rename a hamlet"),
                                 tr("&Rename"), tr("Cancel"), &form);
    auto* name = new QLineEdit(m_table->item(m_table->currentRow(), 1)->text(), dialog);
    name->setObjectName(QStringLiteral("renameName"));
    auto* from = new QDateEdit(m_clock.now().toTimeZone(Clock::stationZone()).date(), dialog);
    from->setObjectName(QStringLiteral("renameFrom"));
    from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    from->setCalendarPopup(true);
    form->addRow(tr("&New name:"), name);
    form->addRow(tr("&From:"), from);
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, name, from, id] {
        auto renamed = PlaceEditRepo(m_db, m_clock)
                           .rename(m_session, id, name->text().trimmed(), from->date());
        if (!renamed) {
            showError(dialog, dialog->windowTitle(), renamed.error());
            return;
        }
        dialog->accept();
        reload();
    });
    dialog->open();
}

void PlacesDialog::setHouseholds() {
    const qint64 id = selectedId();
    if (!id)
        return;
    QFormLayout* form = nullptr;
    QDialog* dialog = formDialog(this, QStringLiteral("householdsDialog"), tr("Households"),
                                 tr("&Save"), tr("Cancel"), &form);
    auto* households = new QSpinBox(dialog);
    households->setObjectName(QStringLiteral("householdsValue"));
    households->setRange(0, 1000000);
    households->setValue(m_table->item(m_table->currentRow(), 2)->text().toInt());
    form->addRow(tr("&Total households:"), households);
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, households, id] {
        auto set = PlaceEditRepo(m_db, m_clock).setHouseholds(m_session, id, households->value());
        if (!set) {
            showError(dialog, dialog->windowTitle(), set.error());
            return;
        }
        dialog->accept();
        reload();
    });
    dialog->open();
}

void PlacesDialog::addPlace() {
    if (!m_canEdit)
        return;
    QFormLayout* form = nullptr;
    QDialog* dialog = formDialog(this, QStringLiteral("addPlaceDialog"), tr("Add a hamlet"),
                                 tr("&Add"), tr("Cancel"), &form);
    auto* kind = new QComboBox(dialog);
    kind->setObjectName(QStringLiteral("placeKind"));
    for (const char* code : {"ap", "khu_pho", "thon", "to_dan_pho"})
        kind->addItem(PlaceRepo::kindLabel(QString::fromLatin1(code)), QString::fromLatin1(code));
    auto* name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("placeName"));
    name->setPlaceholderText(tr("Without the kind, e.g. Cây Cám"));
    auto* households = new QSpinBox(dialog);
    households->setObjectName(QStringLiteral("placeHouseholdsNew"));
    households->setRange(0, 1000000);
    auto* from = new QDateEdit(m_clock.now().toTimeZone(Clock::stationZone()).date(), dialog);
    from->setObjectName(QStringLiteral("placeFrom"));
    from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    from->setCalendarPopup(true);
    auto* note = new QLineEdit(dialog);
    note->setObjectName(QStringLiteral("placeNote"));
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Households:"), households);
    form->addRow(tr("&Valid from:"), from);
    form->addRow(tr("N&ote:"), note);
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, dialog,
            [this, dialog, kind, name, households, from, note] {
                NewPlace place;
                place.kind = kind->currentData().toString();
                place.name = name->text().trimmed();
                place.households = households->value();
                place.validFrom = from->date();
                place.note = note->text().trimmed();
                auto added = PlaceEditRepo(m_db, m_clock).add(m_session, place);
                if (!added) {
                    showError(dialog, dialog->windowTitle(), added.error());
                    return;
                }
                dialog->accept();
                reload();
            });
    dialog->resize(dialog->sizeHint().expandedTo(QSize(460, 0)));
    dialog->open();
}

void PlacesDialog::closePlace() {
    const qint64 id = selectedId();
    if (!id || !m_canEdit)
        return;
    const int row = m_table->currentRow();
    const QString label =
        m_table->item(row, 0)->text() + QLatin1Char(' ') + m_table->item(row, 1)->text();
    QFormLayout* form = nullptr;
    QDialog* dialog = formDialog(this, QStringLiteral("closePlaceDialog"), tr("Close a hamlet"),
                                 tr("Close the &hamlet"), tr("Cancel"), &form);
    auto* lastDay = new QDateEdit(m_clock.now().toTimeZone(Clock::stationZone()).date(), dialog);
    lastDay->setObjectName(QStringLiteral("closeLastDay"));
    lastDay->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    lastDay->setCalendarPopup(true);
    auto* explain = new QLabel(
        tr("The hamlet stays in the register for the old records; it is no longer offered "
           "after its last day."),
        dialog);
    explain->setWordWrap(true);
    form->addRow(tr("Hamlet:"), new QLabel(label, dialog));
    form->addRow(tr("&Last day:"), lastDay);
    form->addRow(explain);
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, lastDay, id] {
        auto closed = PlaceEditRepo(m_db, m_clock).close(m_session, id, lastDay->date());
        if (!closed) {
            showError(dialog, dialog->windowTitle(), closed.error());
            return;
        }
        dialog->accept();
        reload();
    });
    dialog->resize(dialog->sizeHint().expandedTo(QSize(460, 0)));
    dialog->open();
}

} // namespace binhyen::ui
