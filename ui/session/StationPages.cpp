#include "ui/session/StationPages.h"

#include "models/repo/accounts/StationRepo.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace binhyen::ui {

StationPage::StationPage(QWidget* parent)
    : QWizardPage(parent) {
    setTitle(tr("The station"));
    setSubTitle(tr("As it is written at the top of the station's documents. Fields marked * are "
                   "required."));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField("unitName", tr("Unit name *"), QStringLiteral("CÔNG AN XÃ ĐẤT ĐỎ"), true);
    addField("parentBody", tr("Superior body *"), QStringLiteral("CÔNG AN TỈNH BÀ RỊA - VŨNG TÀU"),
             true);
    QLineEdit* commune =
        addField("communeCode", tr("Commune code *"), QStringLiteral("26698"), true);
    QLineEdit* province =
        addField("provinceCode", tr("Province code *"), QStringLiteral("77"), true);
    auto* digits =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,6}")), this);
    commune->setValidator(digits);
    province->setValidator(digits);
    addField("provinceName", tr("Province or city"), QStringLiteral("Bà Rịa - Vũng Tàu"), false);
    addField("placeName", tr("Place name for the date line *"), QStringLiteral("Đất Đỏ"), true);
    addField("reportRecipient", tr("Reports are sent to"), QStringLiteral("Công an huyện Đất Đỏ"),
             false);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000"));
    form->addRow(m_problem);
}

QLineEdit* StationPage::addField(const char* name, const QString& label, const QString& example,
                                 bool mandatory) {
    auto* edit = new QLineEdit(this);
    const QString fieldName = QString::fromLatin1(name);
    edit->setObjectName(fieldName);
    edit->setPlaceholderText(tr("e.g. %1").arg(example));
    edit->setMaxLength(120);
    static_cast<QFormLayout*>(layout())->addRow(label, edit);
    registerField(mandatory ? fieldName + QLatin1Char('*') : fieldName, edit);
    return edit;
}

bool StationPage::validatePage() {
    StationIdentity s;
    s.unitName = field(QStringLiteral("unitName")).toString();
    s.parentBody = field(QStringLiteral("parentBody")).toString();
    s.communeCode = field(QStringLiteral("communeCode")).toString();
    s.provinceCode = field(QStringLiteral("provinceCode")).toString();
    s.placeName = field(QStringLiteral("placeName")).toString();
    const QString problem = StationRepo::identityProblem(s);
    m_problem->setText(problem);
    return problem.isEmpty();
}

HamletsPage::HamletsPage(QWidget* parent)
    : QWizardPage(parent) {
    setTitle(tr("Hamlets and neighbourhoods"));
    setSubTitle(tr("One per line, with its kind: \"Ấp Cây Cám\", \"Khu phố 3\", \"Thôn Đông\", "
                   "\"Tổ dân phố 5\". A name without a kind is taken as an ấp. More can be added "
                   "later."));
    auto* layout = new QVBoxLayout(this);
    m_lines = new QPlainTextEdit(this);
    m_lines->setObjectName(QStringLiteral("hamlets"));
    m_lines->setPlaceholderText(QStringLiteral("Ấp Cây Cám\nẤp Lò Vôi\nKhu phố 3"));
    layout->addWidget(m_lines);
    registerField(QStringLiteral("hamlets"), m_lines, "plainText");
}

} // namespace binhyen::ui
