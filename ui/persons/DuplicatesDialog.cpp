#include "ui/persons/DuplicatesDialog.h"

#include "models/repo/persons/PersonDuplicates.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/review/ActionDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

QString card(const Person& p) {
    const auto line = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style='color:#555; padding-right:8px'>%1</td><td>%2</td>"
                              "</tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<b>%1</b><table>").arg(p.fullName.toHtmlEscaped());
    html +=
        line(DuplicatesDialog::tr("Born"), p.birthYear ? QString::number(p.birthYear) : QString());
    html += line(DuplicatesDialog::tr("ID number"), p.idNumber);
    html += line(DuplicatesDialog::tr("Phone"), p.phone);
    html += line(DuplicatesDialog::tr("Address"), p.address);
    html += line(DuplicatesDialog::tr("Hamlet"), p.placeName);
    html += line(DuplicatesDialog::tr("Note"), p.note);
    html += line(DuplicatesDialog::tr("Recorded"),
                 p.createdAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    return html + QStringLiteral("</table>");
}

} // namespace

DuplicatesDialog::DuplicatesDialog(Register& reg, const Clock& clock, const Session& session,
                                   QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session) {
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Duplicate persons"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pairs"));
    m_left = new QLabel(this);
    m_left->setObjectName(QStringLiteral("leftPerson"));
    m_right = new QLabel(this);
    m_right->setObjectName(QStringLiteral("rightPerson"));
    for (QLabel* label : {m_left, m_right}) {
        label->setTextFormat(Qt::RichText);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        label->setWordWrap(true);
        label->setMinimumWidth(260);
    }
    m_reasons = new QLabel(this);
    m_reasons->setObjectName(QStringLiteral("reasons"));
    m_reasons->setWordWrap(true);
    m_mergeLeft = new QPushButton(tr("Merge into the &left…"), this);
    m_mergeLeft->setObjectName(QStringLiteral("mergeLeftButton"));
    m_mergeRight = new QPushButton(tr("Merge into the &right…"), this);
    m_mergeRight->setObjectName(QStringLiteral("mergeRightButton"));
    const auto allowed = require(m_session, Operation::MergePersons);
    if (!allowed) {
        for (QPushButton* b : {m_mergeLeft, m_mergeRight})
            b->setToolTip(allowed.error().message);
    }

    auto* pair = new QGridLayout;
    pair->addWidget(m_left, 0, 0);
    pair->addWidget(m_right, 0, 1);
    pair->addWidget(m_mergeLeft, 1, 0);
    pair->addWidget(m_mergeRight, 1, 1);
    auto* detail = new QVBoxLayout;
    detail->addWidget(m_reasons);
    detail->addLayout(pair);
    detail->addStretch(1);
    auto* main = new QHBoxLayout;
    main->addWidget(m_list, 2);
    main->addLayout(detail, 3);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* box = new QVBoxLayout(this);
    box->addLayout(main, 1);
    box->addWidget(buttons);
    resize(900, 480);

    connect(m_list, &QListWidget::currentRowChanged, this, &DuplicatesDialog::showPair);
    connect(m_mergeLeft, &QPushButton::clicked, this, [this] { merge(true); });
    connect(m_mergeRight, &QPushButton::clicked, this, [this] { merge(false); });
    reload();
}

void DuplicatesDialog::reload() {
    m_list->clear();
    auto pairs = PersonDuplicates(m_register.database(), m_clock).suggest(m_session, 200);
    m_pairs = pairs ? pairs.value() : QList<DuplicatePair>{};
    for (const DuplicatePair& p : std::as_const(m_pairs))
        m_list->addItem(QStringLiteral("%1 ↔ %2").arg(p.a.fullName, p.b.fullName));
    if (!pairs)
        m_reasons->setText(pairs.error().message);
    else if (m_pairs.isEmpty())
        m_reasons->setText(tr("No possible duplicates were found."));
    if (!m_pairs.isEmpty())
        m_list->setCurrentRow(0);
    showPair();
}

void DuplicatesDialog::showPair() {
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_pairs.size();
    const bool allowed = bool(require(m_session, Operation::MergePersons));
    m_mergeLeft->setEnabled(any && allowed);
    m_mergeRight->setEnabled(any && allowed);
    if (!any) {
        m_left->clear();
        m_right->clear();
        return;
    }
    const DuplicatePair& p = m_pairs.at(row);
    m_reasons->setText(tr("Why: %1").arg(p.reasons.join(QStringLiteral("; "))));
    m_left->setText(card(p.a));
    m_right->setText(card(p.b));
}

void DuplicatesDialog::merge(bool intoLeft) {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_pairs.size())
        return;
    const Person keep = intoLeft ? m_pairs.at(row).a : m_pairs.at(row).b;
    const Person drop = intoLeft ? m_pairs.at(row).b : m_pairs.at(row).a;
    auto* dialog = new ActionDialog(
        tr("Merge person records"),
        tr("Keep %1 (record %2) and merge %3 (record %4) into it: the cases and the movement "
           "register follow, empty fields are filled, the merged record is deleted.")
            .arg(keep.fullName)
            .arg(keep.id)
            .arg(drop.fullName)
            .arg(drop.id),
        tr("&Reason"), true,
        [this, keep, drop](const QVariant&, const QString& reason) {
            return PersonDuplicates(m_register.database(), m_clock)
                .merge(m_session, keep.id, drop.id, reason);
        },
        this);
    openAction(dialog, [this] {
        reload();
        Q_EMIT merged();
    });
}

} // namespace binhyen::ui
