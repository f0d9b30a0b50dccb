#include "ui/cases/CaseFields.h"

#include "models/domain/Clock.h"
#include "models/repo/places/PlaceRepo.h"
#include "models/repo/tips/TipIntake.h"
#include "models/store/Register.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace binhyen::ui {

namespace {
const QString kTimeFormat = QStringLiteral("dd/MM/yyyy HH:mm");
} // namespace

CaseFields::CaseFields(Register& reg, const Clock& clock, const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session) {
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setMaxLength(200);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("caseType"));
    m_occurred = new QLineEdit(this);
    m_occurred->setObjectName(QStringLiteral("caseOccurredAt"));
    m_occurred->setPlaceholderText(tr("dd/MM/yyyy HH:mm (empty when unknown)"));
    m_hamlet = new QComboBox(this);
    m_hamlet->setObjectName(QStringLiteral("caseHamlet"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("caseAddress"));
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("caseSummary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(m_summary->fontMetrics().height() * 5);
    m_summary->setMaximumHeight(m_summary->fontMetrics().height() * 14);

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("&Title"), m_title);
    m_form->addRow(tr("T&ype"), m_type);
    m_form->addRow(tr("&Occurred at"), m_occurred);
    m_form->addRow(tr("&Hamlet"), m_hamlet);
    m_form->addRow(tr("A&ddress"), m_address);
    m_form->addRow(tr("Su&mmary"), m_summary);

    for (QLineEdit* edit : {m_title, m_occurred, m_address})
        connect(edit, &QLineEdit::textEdited, this, &CaseFields::edited);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &CaseFields::edited);
    for (QComboBox* box : {m_type, m_hamlet})
        connect(box, &QComboBox::activated, this, &CaseFields::edited);
}

Result<void> CaseFields::loadChoices() {
    const QSqlDatabase db = m_register.database();
    auto categories = TipIntake(db, m_clock).categories();
    if (!categories)
        return categories.error();
    auto hamlets = PlaceRepo(db, m_clock).hamlets(m_session);
    if (!hamlets)
        return hamlets.error();
    const QString type = m_type->currentData().toString();
    const qint64 place = m_hamlet->currentData().toLongLong();
    m_type->clear();
    for (const IntakeChoice& choice : categories.value())
        m_type->addItem(choice.label, choice.code);
    m_hamlet->clear();
    m_hamlet->addItem(tr("(no hamlet)"), qlonglong(0));
    for (const PlaceRow& row : hamlets.value())
        m_hamlet->addItem(row.name, qlonglong(row.id));
    m_type->setCurrentIndex(qMax(0, m_type->findData(type)));
    m_hamlet->setCurrentIndex(qMax(0, m_hamlet->findData(qlonglong(place))));
    return {};
}

void CaseFields::setCase(const NewCase& values) {
    m_title->setText(values.title);
    int type = m_type->findData(values.caseType);
    if (type < 0 && !values.caseType.isEmpty()) {
        m_type->addItem(values.caseType, values.caseType); // an inactive category stays shown
        type = m_type->count() - 1;
    }
    m_type->setCurrentIndex(qMax(0, type));
    m_occurred->setText(
        values.occurredAt.isValid()
            ? values.occurredAt.toTimeZone(Clock::stationZone()).toString(kTimeFormat)
            : QString());
    m_hamlet->setCurrentIndex(qMax(0, m_hamlet->findData(qlonglong(values.placeId.value_or(0)))));
    m_address->setText(values.address);
    const QSignalBlocker quiet(m_summary);
    m_summary->setPlainText(values.summary);
}

Result<NewCase> CaseFields::values() const {
    NewCase v;
    v.title = m_title->text().trimmed();
    if (v.title.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Please give the case a title."));
    v.caseType = m_type->currentData().toString();
    const QString when = m_occurred->text().trimmed();
    if (!when.isEmpty()) {
        const QDateTime typed = QDateTime::fromString(when, kTimeFormat);
        if (!typed.isValid())
            return makeError(ErrorCode::InvalidInput,
                             tr("Write the time it occurred as dd/MM/yyyy HH:mm, or leave it "
                                "empty when unknown."));
        v.occurredAt = QDateTime(typed.date(), typed.time(), Clock::stationZone());
    }
    if (const qint64 place = m_hamlet->currentData().toLongLong(); place > 0)
        v.placeId = place;
    v.address = m_address->text().trimmed();
    v.summary = m_summary->toPlainText().trimmed();
    return v;
}

void CaseFields::setEditable(bool editable) {
    for (QLineEdit* edit : {m_title, m_occurred, m_address})
        edit->setReadOnly(!editable);
    m_summary->setReadOnly(!editable);
    m_type->setEnabled(editable);
    m_hamlet->setEnabled(editable);
}

} // namespace binhyen::ui
