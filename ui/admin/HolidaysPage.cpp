#include "ui/admin/HolidaysPage.h"

#include "models/domain/Clock.h"
#include "models/repo/tips/RulesRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

HolidaysPage::HolidaysPage(Register& reg, const Clock& clock, const Session& session,
                           QWidget* parent)
    : QWidget(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session)
    , m_canChange(isAllowed(session.role(), Operation::ChangeRules)) {
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearEdit"));
    m_year->setRange(2000, 2100);
    m_year->setValue(clock.now().date().year());
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch(1);
    layout->addLayout(top);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("holidayList"));
    m_table->setHorizontalHeaderLabels({tr("Day"), tr("Holiday")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto* edit = new QHBoxLayout;
    m_day = new QDateEdit(clock.now().date(), this);
    m_day->setObjectName(QStringLiteral("holidayDate"));
    m_day->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_day->setCalendarPopup(true);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("holidayName"));
    m_name->setPlaceholderText(tr("Name of the holiday (e.g. Tết Nguyên đán)"));
    m_add = new QPushButton(tr("&Add day off"), this);
    m_add->setObjectName(QStringLiteral("addHolidayButton"));
    m_remove = new QPushButton(tr("&Remove selected"), this);
    m_remove->setObjectName(QStringLiteral("removeHolidayButton"));
    edit->addWidget(m_day);
    edit->addWidget(m_name, 1);
    edit->addWidget(m_add);
    edit->addWidget(m_remove);
    layout->addLayout(edit);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("holidayStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    for (QWidget* w : std::initializer_list<QWidget*>{m_day, m_name, m_add, m_remove})
        w->setVisible(m_canChange);

    connect(m_year, &QSpinBox::valueChanged, this, &HolidaysPage::reload);
    connect(m_add, &QPushButton::clicked, this, &HolidaysPage::addHoliday);
    connect(m_remove, &QPushButton::clicked, this, &HolidaysPage::removeHoliday);
    reload();
}

void HolidaysPage::reload() {
    m_table->setRowCount(0);
    auto days = RulesRepo(m_register.database()).holidayList(m_year->value());
    if (!days) {
        m_status->setText(days.error().message);
        return;
    }
    for (const Holiday& h : days.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* day = new QTableWidgetItem(h.day.toString(QStringLiteral("dd/MM/yyyy")));
        day->setData(Qt::UserRole, h.day);
        m_table->setItem(row, 0, day);
        m_table->setItem(row, 1, new QTableWidgetItem(h.name));
    }
    m_table->resizeColumnToContents(0);
}

void HolidaysPage::showResult(const QString& problem, const QString& done) {
    m_status->setStyleSheet(problem.isEmpty() ? QStringLiteral("color: #006400")
                                              : QStringLiteral("color: #a00000"));
    m_status->setText(problem.isEmpty() ? done : problem);
    if (problem.isEmpty())
        reload();
}

void HolidaysPage::addHoliday() {
    const QDate day = m_day->date();
    auto added =
        RulesRepo(m_register.database(), m_clock).addHoliday(m_session, day, m_name->text());
    if (added) {
        m_name->clear();
        m_year->setValue(day.year());
    }
    showResult(added ? QString() : added.error().message,
               tr("%1 added as a day off.").arg(day.toString(QStringLiteral("dd/MM/yyyy"))));
}

void HolidaysPage::removeHoliday() {
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QDate day = m_table->item(row, 0)->data(Qt::UserRole).toDate();
    auto removed = RulesRepo(m_register.database(), m_clock).removeHoliday(m_session, day);
    showResult(removed ? QString() : removed.error().message,
               tr("%1 is no longer a day off.").arg(day.toString(QStringLiteral("dd/MM/yyyy"))));
}

} // namespace binhyen::ui
