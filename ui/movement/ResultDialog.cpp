#include "ui/movement/ResultDialog.h"

#include "models/domain/Clock.h"
#include "models/domain/MovementLabels.h"
#include "models/repo/movement/ResultRepo.h"
#include "ui/dialogs/Messages.h"
#include "ui/movement/RegisterTools.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

// The digits typed ("1.500.000", "1 500 000"); nullopt when there are none or too many.
std::optional<qint64> typedValue(const QString& text) {
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits.append(c);
    if (digits.isEmpty() || digits.size() > 15)
        return std::nullopt;
    return digits.toLongLong();
}

} // namespace

ResultDialog::ResultDialog(QSqlDatabase db, const Clock& clock, const Session& session,
                           QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session) {
    setObjectName(QStringLiteral("resultDialog"));
    setWindowTitle(tr("New result"));
    m_date = dayEdit(stationToday(clock), QStringLiteral("resultDate"), this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("resultKind"));
    for (const QString& kind : movementResultKinds())
        m_kind->addItem(movementResultKindLabel(kind), kind);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("resultCount"));
    m_count->setRange(1, 100000);
    m_hasValue = new QCheckBox(tr("&Valued at"), this);
    m_hasValue->setObjectName(QStringLiteral("resultHasValue"));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("resultValue"));
    m_value->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9. ]{0,21}")), m_value));
    m_value->setPlaceholderText(QStringLiteral("1.500.000"));
    m_valueText = new QLabel(this);
    m_valueText->setObjectName(QStringLiteral("resultValueText"));
    m_valueText->setMinimumWidth(160);
    m_hamlet = new QComboBox(this);
    m_hamlet->setObjectName(QStringLiteral("resultHamlet"));
    addHamletItems(m_hamlet, db, clock, session);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("resultNote"));

    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(m_hasValue);
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_valueText);
    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Count:"), m_count);
    form->addRow(tr("Value (đồng):"), valueRow);
    form->addRow(tr("Ha&mlet:"), m_hamlet);
    form->addRow(tr("&Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("resultSave"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResultDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResultDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ResultDialog::updateValue);
    connect(m_hasValue, &QCheckBox::toggled, this, &ResultDialog::updateValue);
    connect(m_value, &QLineEdit::textChanged, this, &ResultDialog::updateValue);
    updateValue();
}

void ResultDialog::updateValue() {
    const bool valued = movementResultHasValue(m_kind->currentData().toString());
    m_hasValue->setEnabled(valued);
    m_hasValue->setToolTip(valued ? QString()
                                  : tr("Only documents and property returned carry a value."));
    m_value->setEnabled(valued && m_hasValue->isChecked());
    const std::optional<qint64> value = typedValue(m_value->text());
    m_valueText->setText(m_value->isEnabled() && value
                             ? QString(QStringLiteral("= ") + dongText(*value))
                             : QString());
}

void ResultDialog::accept() {
    NewMovementResult result;
    result.occurredOn = m_date->date();
    result.kind = m_kind->currentData().toString();
    result.count = m_count->value();
    if (m_value->isEnabled()) {
        result.valueVnd = typedValue(m_value->text());
        if (!result.valueVnd) {
            showInfo(this, windowTitle(),
                     tr("Type the value in đồng, for example 1.500.000, or untick \"Valued "
                        "at\"."));
            return;
        }
    }
    result.placeId = m_hamlet->currentData().toLongLong();
    result.note = m_note->text().trimmed();
    auto added = ResultRepo(m_db, m_clock).add(m_session, result);
    if (!added) {
        showError(this, windowTitle(), added.error());
        return;
    }
    Q_EMIT saved(added.value());
    QDialog::accept();
}

} // namespace binhyen::ui
