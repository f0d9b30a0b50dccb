#include "ui/stats/DrillDialog.h"

#include "reports/stats/IndicatorCatalog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

// Station time text or a date → dd/MM/yyyy HH:mm or dd/MM/yyyy.
QString whenText(const QString& when) {
    if (when.size() > 10)
        return QDateTime::fromString(when, Qt::ISODate)
            .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    if (when.size() == 10)
        return QDate::fromString(when, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"));
    return when;
}

QString monthText(const QString& month) {
    return month.mid(5, 2) + QLatin1Char('/') + month.left(4);
}

} // namespace

DrillDialog::DrillDialog(const DrillList& list, QWidget* parent)
    : QDialog(parent)
    , m_list(list) {
    setObjectName(QStringLiteral("drillDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    QString indicator = indicatorcatalog::label(list.key).remove(QStringLiteral("— "));
    if (!indicator.isEmpty())
        indicator[0] = indicator[0].toUpper();
    setWindowTitle(tr("Records behind the figure"));
    resize(900, 480);
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("drillHeading"));
    heading->setWordWrap(true);
    heading->setText(list.summed ? tr("%1, %2: %3 (from %4 records)")
                                       .arg(indicator, monthText(list.month),
                                            indicatorcatalog::number(list.total()))
                                       .arg(list.records.size())
                                 : tr("%1, %2: %3 records")
                                       .arg(indicator, monthText(list.month))
                                       .arg(list.records.size()));
    layout->addWidget(heading);

    QStringList headers{tr("Number"), tr("Date"), tr("Content"), tr("Hamlet"), tr("Detail")};
    if (list.summed)
        headers << tr("Amount");
    m_table = new QTableWidget(int(list.records.size()), int(headers.size()), this);
    m_table->setObjectName(QStringLiteral("drillRecords"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int row = 0; row < list.records.size(); ++row) {
        const DrillRecord& r = list.records.at(row);
        const QString cells[] = {r.number, whenText(r.when), r.title, r.place, r.detail};
        for (int c = 0; c < 5; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        if (list.summed) {
            auto* amount = new QTableWidgetItem(indicatorcatalog::number(r.amount));
            amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, 5, amount);
        }
        if (!r.opens.isEmpty())
            m_table->item(row, 0)->setToolTip(tr("Press Enter to open this record."));
    }
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::itemActivated, this,
            [this](QTableWidgetItem* item) { activateRow(item->row()); });

    auto* hint = new QLabel(tr("Enter opens the selected tip or case; Esc closes."), this);
    layout->addWidget(hint);
    auto* buttons = new QDialogButtonBox(this);
    auto* close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("drillClose"));
    close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_table->setFocus();
}

void DrillDialog::activateRow(int row) {
    if (row < 0 || row >= m_list.records.size())
        return;
    const DrillRecord& r = m_list.records.at(row);
    if (r.opens == u"tip")
        Q_EMIT openTip(r.opensId);
    else if (r.opens == u"case")
        Q_EMIT openCase(r.opensId);
}

} // namespace binhyen::ui
