#include "ui/movement/ResultsTab.h"

#include "models/domain/Clock.h"
#include "models/domain/MovementLabels.h"
#include "models/repo/movement/ResultRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "ui/dialogs/Messages.h"
#include "ui/movement/RegisterTools.h"
#include "ui/movement/ResultDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

ResultsTab::ResultsTab(QSqlDatabase db, const Clock& clock, const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_canWrite(isAllowed(session.role(), Operation::WriteRecords)) {
    setObjectName(QStringLiteral("resultsTab"));
    m_month = new MonthFilter(stationToday(clock), QStringLiteral("resultsFilter"), this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("resultsKind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString& kind : movementResultKinds())
        m_kind->addItem(movementResultKindLabel(kind), kind);
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("resultsTotals"));
    m_table = registerTable(QStringLiteral("resultsTable"),
                            {tr("Date"), tr("Kind"), tr("Count"), tr("Value"), tr("Hamlet"),
                             tr("Tip"), tr("Officer"), tr("Note")},
                            this);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->setColumnWidth(1, 300);
    m_new = new QPushButton(tr("&New result…"), this);
    m_new->setObjectName(QStringLiteral("resultNew"));
    m_new->setEnabled(m_canWrite);
    if (!m_canWrite)
        m_new->setToolTip(readOnlyReason());

    auto* top = new QHBoxLayout;
    top->addWidget(m_month);
    top->addSpacing(16);
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addStretch(1);
    top->addWidget(m_new);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_totals);
    layout->addWidget(m_table);
    connect(m_month, &MonthFilter::changed, this, &ResultsTab::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ResultsTab::reload);
    connect(m_new, &QPushButton::clicked, this, &ResultsTab::newResult);
    connect(m_table, &QTableWidget::itemActivated, this, &ResultsTab::openSelected);
    reload();
}

void ResultsTab::reload() {
    auto results = ResultRepo(m_db, m_clock).list(m_session, m_month->from(), m_month->to());
    m_table->setRowCount(0);
    if (!results) {
        m_totals->clear();
        showError(this, tr("Results"), results.error());
        return;
    }
    const QString kind = m_kind->currentData().toString();
    QList<MovementResultRow> shown;
    for (const MovementResultRow& r : results.value())
        if (kind.isEmpty() || r.kind == kind)
            shown.append(r);
    m_table->setRowCount(int(shown.size()));
    int row = 0;
    qint64 value = 0;
    for (const MovementResultRow& r : shown) {
        setRegisterRow(m_table, row++, r.id,
                       {movementDateText(r.occurredOn), r.kindLabel, QString::number(r.count),
                        r.valueVnd ? dongText(*r.valueVnd) : QString(), r.placeName, r.tipNumber,
                        r.officerName, r.note},
                       {2, 3});
        value += r.valueVnd.value_or(0);
    }
    m_totals->setText(
        tr("Results: %1 · value returned: %2").arg(shown.size()).arg(dongText(value)));
}

void ResultsTab::openSelected() {
    if (selectedRowId(m_table))
        showRowDetails(m_table, m_table->currentRow(), tr("Result"), this);
}

void ResultsTab::newResult() {
    if (!m_canWrite)
        return;
    auto* dialog = new ResultDialog(m_db, m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResultDialog::saved, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->resize(dialog->sizeHint().expandedTo(QSize(560, 0)));
    dialog->open();
}

} // namespace binhyen::ui
