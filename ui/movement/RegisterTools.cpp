#include "ui/movement/RegisterTools.h"

#include "models/domain/Clock.h"
#include "models/repo/movement/MovementRepo.h"
#include "models/repo/places/PlaceRepo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

QTableWidget* registerTable(const QString& objectName, const QStringList& headers,
                            QWidget* parent) {
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRegisterRow(QTableWidget* table, int row, qint64 id, const QStringList& texts,
                    const QList<int>& rightAligned) {
    for (int col = 0; col < texts.size(); ++col) {
        auto* item = new QTableWidgetItem(texts.at(col));
        if (rightAligned.contains(col))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (!texts.at(col).isEmpty())
            item->setToolTip(texts.at(col));
        table->setItem(row, col, item);
    }
    if (table->item(row, 0))
        table->item(row, 0)->setData(Qt::UserRole, id);
}

qint64 selectedRowId(const QTableWidget* table) {
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0) || !table->item(row, 0)->isSelected())
        return 0;
    return table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void showRowDetails(QTableWidget* table, int row, const QString& title, QWidget* parent) {
    if (row < 0 || row >= table->rowCount())
        return;
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("rowDetailsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* form = new QFormLayout;
    for (int col = 0; col < table->columnCount(); ++col) {
        const QTableWidgetItem* header = table->horizontalHeaderItem(col);
        const QTableWidgetItem* cell = table->item(row, col);
        auto* value = new QLabel(cell ? cell->text() : QString(), dialog);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        form->addRow((header ? header->text() : QString()) + QLatin1Char(':'), value);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->button(QDialogButtonBox::Close)
        ->setText(QCoreApplication::translate("binhyen::ui::RegisterTools", "&Close"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog->resize(dialog->sizeHint().expandedTo(QSize(520, 0)));
    dialog->open();
}

QDateEdit* dayEdit(const QDate& date, const QString& objectName, QWidget* parent) {
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

QDate stationToday(const Clock& clock) {
    return clock.now().toTimeZone(Clock::stationZone()).date();
}

void addHamletItems(QComboBox* combo, const QSqlDatabase& db, const Clock& clock,
                    const Session& session) {
    combo->addItem(QCoreApplication::translate("binhyen::ui::RegisterTools", "(none)"), qint64(0));
    if (auto hamlets = PlaceRepo(db, clock).hamlets(session))
        for (const PlaceRow& place : hamlets.value())
            combo->addItem(place.kindLabel + QLatin1Char(' ') + place.name, place.id);
}

void addModelItems(QComboBox* combo, const QSqlDatabase& db, const Clock& clock,
                   const Session& session, const QString& typeCode) {
    combo->addItem(QCoreApplication::translate("binhyen::ui::RegisterTools", "(none)"), qint64(0));
    MovementFilter filter;
    filter.typeCode = typeCode;
    filter.inForceOn = stationToday(clock);
    if (auto models = MovementRepo(db, clock).list(session, filter))
        for (const MovementModel& model : models.value())
            combo->addItem(model.name, model.id);
}

QString readOnlyReason() {
    return QCoreApplication::translate("binhyen::ui::RegisterTools",
                                       "Inspectors read the register but do not change it.");
}

MonthFilter::MonthFilter(const QDate& today, const QString& objectName, QWidget* parent)
    : QWidget(parent) {
    setObjectName(objectName);
    m_only = new QCheckBox(tr("Only the mon&th:"), this);
    m_only->setObjectName(objectName + QStringLiteral("Only"));
    m_month = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_month->setObjectName(objectName + QStringLiteral("Month"));
    m_month->setDisplayFormat(QStringLiteral("MM/yyyy"));
    m_month->setCalendarPopup(true);
    m_month->setEnabled(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_only);
    layout->addWidget(m_month);
    connect(m_only, &QCheckBox::toggled, m_month, &QWidget::setEnabled);
    connect(m_only, &QCheckBox::toggled, this, &MonthFilter::changed);
    connect(m_month, &QDateEdit::dateChanged, this, &MonthFilter::changed);
}

QDate MonthFilter::from() const {
    if (!m_only->isChecked())
        return {};
    const QDate d = m_month->date();
    return QDate(d.year(), d.month(), 1);
}

QDate MonthFilter::to() const {
    if (!m_only->isChecked())
        return {};
    return from().addMonths(1).addDays(-1);
}

void MonthFilter::setMonth(const QDate& anyDayOfMonth) {
    m_month->setDate(QDate(anyDayOfMonth.year(), anyDayOfMonth.month(), 1));
    m_only->setChecked(true);
}

void MonthFilter::setAll() {
    m_only->setChecked(false);
}

} // namespace binhyen::ui
