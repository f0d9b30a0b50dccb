#include "ui/audit/AuditDialog.h"

#include "models/domain/Clock.h"
#include "models/item/AuditListModel.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/store/Register.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {
const QString kDateFormat = QStringLiteral("dd/MM/yyyy");
} // namespace

AuditDialog::AuditDialog(Register& reg, const Clock& clock, const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session) {
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit trail"));
    auto* layout = new QVBoxLayout(this);
    buildFilters(layout);

    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);

    m_model = new AuditListModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditList"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(AuditListModel::Detail, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    auto* bottom = new QHBoxLayout;
    m_verify = new QPushButton(tr("&Check integrity"), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Checks the chain of the audit trail, every signature and checkpoint, "
                            "and each audited record against its last recorded state"));
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    bottom->addWidget(m_verify);
    bottom->addWidget(m_verdict, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    connect(m_verify, &QPushButton::clicked, this, &AuditDialog::verify);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    loadUsers();
    reload();
    resize(1060, 600);
}

void AuditDialog::buildFilters(QBoxLayout* layout) {
    auto* row = new QHBoxLayout;
    auto* userLabel = new QLabel(tr("&User:"), this);
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    userLabel->setBuddy(m_user);
    auto* entityLabel = new QLabel(tr("&Record:"), this);
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("entityFilter"));
    m_entity->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    entityLabel->setBuddy(m_entity);
    m_entity->addItem(tr("All records"), QString());
    for (const QString& code : AuditListModel::knownEntities())
        m_entity->addItem(AuditListModel::entityLabel(code), code);

    const QDate today = m_clock.now().date();
    m_useFrom = new QCheckBox(tr("&From"), this);
    m_useFrom->setObjectName(QStringLiteral("useFrom"));
    m_from = new QDateEdit(today.addDays(-30), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_useTo = new QCheckBox(tr("&To"), this);
    m_useTo->setObjectName(QStringLiteral("useTo"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(kDateFormat);
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    row->addWidget(userLabel);
    row->addWidget(m_user);
    row->addSpacing(12);
    row->addWidget(entityLabel);
    row->addWidget(m_entity);
    row->addSpacing(12);
    row->addWidget(m_useFrom);
    row->addWidget(m_from);
    row->addWidget(m_useTo);
    row->addWidget(m_to);
    row->addStretch(1);
    layout->addLayout(row);

    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_useFrom, &QCheckBox::toggled, this, &AuditDialog::reload);
    connect(m_useTo, &QCheckBox::toggled, this, &AuditDialog::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditDialog::reload);
}

void AuditDialog::loadUsers() {
    const QSignalBlocker block(m_user);
    m_user->clear();
    m_user->addItem(tr("All users"), qlonglong(0));
    auto accounts = UserRepo(m_register.database(), m_clock).list();
    if (!accounts)
        return;
    for (const Account& account : accounts.value())
        m_user->addItem(tr("%1 (%2)").arg(account.fullName, account.username),
                        qlonglong(account.id));
}

void AuditDialog::reload() {
    if (!m_model)
        return;
    AuditFilter filter;
    filter.userId = m_user->currentData().toLongLong();
    filter.entity = m_entity->currentData().toString();
    if (m_useFrom->isChecked())
        filter.from = m_from->date();
    if (m_useTo->isChecked())
        filter.to = m_to->date();
    auto rows = AuditRepo(m_register.database(), m_clock).list(m_session, filter);
    if (!rows) {
        m_model->reload({});
        m_caption->setText(rows.error().message);
        return;
    }
    const auto count = rows.value().size();
    m_model->reload(rows.take());
    m_caption->setText(count >= filter.limit ? tr("Showing the %1 newest entries").arg(count)
                                             : tr("%1 entries").arg(count));
    for (int column = 0; column < AuditListModel::Detail; ++column) {
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column) + 14, 260));
    }
}

void AuditDialog::verify() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto verdict = AuditRepo(m_register.database(), m_clock).verify(nullptr);
    QApplication::restoreOverrideCursor();
    if (!verdict) {
        m_verdict->setStyleSheet(QStringLiteral("color: #a00000"));
        m_verdict->setText(verdict.error().message);
        return;
    }
    const AuditRepo::Verdict& v = verdict.value();
    if (!v.intact) {
        m_verdict->setStyleSheet(QStringLiteral("color: #a00000; font-weight: bold"));
        m_verdict->setText(tr("The audit trail has been altered: %1").arg(v.problem));
        return;
    }
    QString text = tr("The audit trail is intact (%1 entries checked).").arg(v.rowsChecked);
    if (v.rowsAfterCheckpoint > 0)
        text += QLatin1Char(' ') + tr("%1 entries after the last checkpoint are not yet signed "
                                      "by a chief.")
                                       .arg(v.rowsAfterCheckpoint);
    m_verdict->setStyleSheet(QStringLiteral("color: #006400"));
    m_verdict->setText(text);
}

} // namespace binhyen::ui
