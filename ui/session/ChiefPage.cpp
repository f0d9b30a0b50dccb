#include "ui/session/ChiefPage.h"

#include "models/repo/accounts/UserRepo.h"
#include "ui/session/FirstRunWizard.h"
#include "ui/session/PasswordText.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace binhyen::ui {

ChiefPage::ChiefPage(bool newRegister, FirstRunWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard) {
    setTitle(tr("The first chief"));
    setSubTitle(tr("The station chief's own account. The chief manages the other accounts and is "
                   "the only one who can see who gave a confidential tip."));
    setCommitPage(newRegister);
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_username = addField(QStringLiteral("chiefUsername"), tr("User name *"));
    m_username->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("truong")));
    m_fullName = addField(QStringLiteral("chiefFullName"), tr("Full name *"));
    m_fullName->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("Nguyễn Văn An")));
    m_rank = addField(QStringLiteral("chiefRank"), tr("Rank"));
    m_rank->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("Thiếu tá")));
    m_position = addField(QStringLiteral("chiefPosition"), tr("Position"));
    m_position->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("Trưởng Công an xã")));
    m_password = addField(QStringLiteral("password"), tr("Password *"));
    m_repeat = addField(QStringLiteral("passwordRepeat"), tr("Password again *"));
    for (QLineEdit* edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(128);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000"));
    form->addRow(m_problem);
    for (QLineEdit* edit : {m_username, m_fullName, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &ChiefPage::updateProblem);
    updateProblem();
}

ChiefPage::~ChiefPage() {
    clearPassword(m_password);
    clearPassword(m_repeat);
}

QLineEdit* ChiefPage::addField(const QString& name, const QString& label) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setMaxLength(80);
    static_cast<QFormLayout*>(layout())->addRow(label, edit);
    return edit;
}

void ChiefPage::updateProblem() {
    QString problem;
    const SecretBytes password = passwordOf(m_password);
    if (m_username->text().trimmed().isEmpty() || m_fullName->text().trimmed().isEmpty())
        problem = tr("Enter the chief's user name and full name.");
    else if (problem = UserRepo::passwordProblem(password, m_username->text().trimmed());
             problem.isEmpty() && m_password->text() != m_repeat->text())
        problem = tr("The two passwords are not the same.");
    // Nothing typed yet is not a problem to shout about.
    const bool untouched = m_password->text().isEmpty() && m_username->text().isEmpty();
    m_problem->setText(untouched ? QString() : problem);
    const bool acceptable = problem.isEmpty();
    if (acceptable != m_acceptable) {
        m_acceptable = acceptable;
        Q_EMIT completeChanged();
    }
}

bool ChiefPage::isComplete() const {
    return m_acceptable && !m_wizard->isCreated();
}

bool ChiefPage::validatePage() {
    if (m_wizard->isCreated())
        return true;
    StationSetupInput input;
    input.withStation = m_wizard->page(FirstRunWizard::StationPageId) != nullptr;
    if (input.withStation) {
        StationIdentity& s = input.station;
        s.unitName = field(QStringLiteral("unitName")).toString();
        s.parentBody = field(QStringLiteral("parentBody")).toString();
        s.communeCode = field(QStringLiteral("communeCode")).toString();
        s.provinceCode = field(QStringLiteral("provinceCode")).toString();
        s.provinceName = field(QStringLiteral("provinceName")).toString();
        s.placeName = field(QStringLiteral("placeName")).toString();
        s.reportRecipient = field(QStringLiteral("reportRecipient")).toString();
        input.hamletLines = field(QStringLiteral("hamlets")).toString().split(QLatin1Char('\n'));
    }
    input.chief.username = m_username->text().trimmed();
    input.chief.fullName = m_fullName->text().trimmed();
    input.chief.rank = m_rank->text().trimmed();
    input.chief.position = m_position->text().trimmed();
    input.chief.role = Role::Chief;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString failure = m_wizard->createRegister(input, passwordOf(m_password));
    QApplication::restoreOverrideCursor();
    if (!failure.isEmpty()) {
        m_problem->setText(failure);
        return false;
    }
    clearPassword(m_password);
    clearPassword(m_repeat);
    return true;
}

} // namespace binhyen::ui
