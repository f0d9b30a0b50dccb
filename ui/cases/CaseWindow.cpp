#include "ui/cases/CaseWindow.h"

#include "models/domain/CaseLabels.h"
#include "models/domain/Labels.h"
#include "models/repo/cases/CaseRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/cases/CaseDetailsTab.h"
#include "ui/cases/CaseLinksTab.h"
#include "ui/cases/CaseTimelineTab.h"
#include "ui/cases/ZaloNoticeDialog.h"
#include "ui/dialogs/Messages.h"
#include "ui/persons/CasePersonsPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

CaseWindow::CaseWindow(Register& reg, const Clock& clock, Session& session, qint64 caseId,
                       QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session)
    , m_caseId(caseId) {
    setObjectName(QStringLiteral("caseWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_header->setFont(big);
    m_header->setWordWrap(true);
    m_review = new QLabel(this);
    m_review->setObjectName(QStringLiteral("caseReview"));
    m_review->setWordWrap(true);
    m_review->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_zalo = new QPushButton(tr("Post to &Zalo…"), this);
    m_zalo->setObjectName(QStringLiteral("postToZalo"));
    m_zalo->setToolTip(tr("Draft the notice for the hamlet Zalo groups"));
    connect(m_zalo, &QPushButton::clicked, this, &CaseWindow::postToZalo);

    m_details = new CaseDetailsTab(reg, clock, session, caseId, this);
    m_timeline = new CaseTimelineTab(reg, clock, session, caseId, this);
    m_links = new CaseLinksTab(reg, clock, session, caseId, this);
    m_persons = new CasePersonsPanel(reg, clock, session, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(m_details, tr("&1 Details"));
    m_tabs->addTab(m_timeline, tr("&2 Timeline"));
    m_tabs->addTab(m_links, tr("&3 Linked tips"));
    m_tabs->addTab(m_persons, tr("&4 Persons"));
    connect(m_details, &CaseDetailsTab::changed, this, &CaseWindow::afterChange);
    connect(m_timeline, &CaseTimelineTab::changed, this, &CaseWindow::afterChange);
    connect(m_links, &CaseLinksTab::changed, this, &CaseWindow::afterChange);
    connect(m_persons, &CasePersonsPanel::changed, this, &CaseWindow::afterChange);

    auto* top = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_header);
    titles->addWidget(m_review);
    top->addLayout(titles, 1);
    top->addWidget(m_zalo, 0, Qt::AlignTop);
    auto* box = new QVBoxLayout(this);
    box->addLayout(top);
    box->addWidget(m_tabs, 1);

    auto* close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    resize(1100, 720);
    reload();
}

QString CaseWindow::headerText() const {
    return tr("%1 — %2 · %3")
        .arg(m_detail.number, m_detail.title, caseStatusLabel(m_detail.status));
}

bool CaseWindow::reload() {
    auto detail = CaseRepo(m_register.database(), m_clock).get(m_session, m_caseId);
    if (!detail) {
        showError(this, tr("The case could not be read"), detail.error());
        return false;
    }
    m_detail = detail.take();
    setWindowTitle(tr("Case %1 — BinhYen").arg(m_detail.number));
    m_header->setText(headerText());
    QString review;
    if (!m_detail.reviewStatus.isEmpty()) {
        review = caseReviewStatusLabel(m_detail.reviewStatus);
        if (m_detail.reviewStatus == QStringLiteral("returned") ||
            (!m_detail.reviewComment.isEmpty() &&
             m_detail.reviewStatus != QStringLiteral("pending")))
            review =
                tr("%1 by %2: “%3”").arg(review, m_detail.reviewedByName, m_detail.reviewComment);
    }
    if (m_detail.solved)
        review += (review.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("Solved");
    m_review->setText(review);
    m_review->setVisible(!review.isEmpty());
    const bool open = m_detail.status != QStringLiteral("closed");
    m_details->setCase(m_detail);
    m_timeline->setCase(m_detail);
    m_links->setEditable(open);
    m_persons->setCase(m_caseId, open && isAllowed(m_session.role(), Operation::WriteRecords));
    const bool mayPost = open && isAllowed(m_session.role(), Operation::WriteRecords);
    m_zalo->setEnabled(mayPost);
    m_zalo->setToolTip(mayPost ? tr("Draft the notice for the hamlet Zalo groups")
                               : tr("The case is closed, or your role may not post notices."));
    return true;
}

void CaseWindow::afterChange() {
    reload();
    Q_EMIT changed(m_caseId);
}

void CaseWindow::postToZalo() {
    auto* dialog = new ZaloNoticeDialog(m_register, m_clock, m_session, m_caseId, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ZaloNoticeDialog::posted, this, &CaseWindow::afterChange);
    dialog->open();
}

} // namespace binhyen::ui
