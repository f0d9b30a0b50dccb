#include "ui/persons/PersonFormDialog.h"

#include "models/domain/Clock.h"
#include "models/domain/Person.h"
#include "models/repo/persons/PersonDuplicates.h"
#include "models/repo/persons/PersonRepo.h"
#include "models/repo/places/PlaceRepo.h"
#include "models/store/Register.h"
#include "ui/dialogs/Messages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace binhyen::ui {

PersonFormDialog::PersonFormDialog(Register& reg, const Clock& clock, const Session& session,
                                   const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session) {
    setObjectName(QStringLiteral("personFormDialog"));
    setWindowTitle(tr("New person"));
    m_name = field(QStringLiteral("fullName"));
    m_name->setText(name);
    m_birthYear = new QSpinBox(this);
    m_birthYear->setObjectName(QStringLiteral("birthYear"));
    m_birthYear->setRange(1899, m_clock.now().date().year());
    m_birthYear->setSpecialValueText(tr("unknown"));
    m_birthYear->setValue(1899);
    m_idNumber = field(QStringLiteral("idNumber"));
    m_idNumber->setPlaceholderText(tr("CCCD: 12 digits (old CMND: 9)"));
    m_phone = field(QStringLiteral("phone"));
    m_address = field(QStringLiteral("address"));
    m_hamlet = new QComboBox(this);
    m_hamlet->setObjectName(QStringLiteral("hamlet"));
    m_hamlet->addItem(tr("(none)"), qint64(0));
    if (auto hamlets = PlaceRepo(reg.database(), clock).hamlets(session)) {
        for (const PlaceRow& p : hamlets.value())
            m_hamlet->addItem(p.kindLabel + QLatin1Char(' ') + p.name, p.id);
    }
    m_note = field(QStringLiteral("note"));

    auto* form = new QFormLayout;
    form->addRow(tr("Full &name"), m_name);
    form->addRow(tr("&Birth year"), m_birthYear);
    form->addRow(tr("&ID number"), m_idNumber);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("&Hamlet"), m_hamlet);
    form->addRow(tr("N&ote"), m_note);

    m_duplicates = new QLabel(this);
    m_duplicates->setObjectName(QStringLiteral("duplicatesWarning"));
    m_duplicates->setWordWrap(true);
    m_duplicates->setStyleSheet(
        QStringLiteral("background: #fff4d6; border: 1px solid #d9a400; padding: 6px"));
    m_duplicates->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonFormDialog::reject);
    auto* box = new QVBoxLayout(this);
    box->addLayout(form);
    box->addWidget(m_duplicates);
    box->addWidget(buttons);
    setMinimumWidth(520);
}

QLineEdit* PersonFormDialog::field(const QString& name) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    return edit;
}

Result<void> PersonFormDialog::loadPerson(qint64 personId) {
    auto loaded = PersonRepo(m_register.database(), m_clock).get(m_session, personId);
    if (!loaded)
        return loaded.error();
    const Person& p = loaded.value();
    m_personId = p.id;
    m_editing = true;
    setWindowTitle(tr("Edit person"));
    m_name->setText(p.fullName);
    m_birthYear->setValue(p.birthYear ? p.birthYear : m_birthYear->minimum());
    m_idNumber->setText(p.idNumber);
    m_phone->setText(p.phone);
    m_address->setText(p.address);
    int hamlet = m_hamlet->findData(p.placeId);
    if (hamlet < 0) { // a place that is not (or no longer) a hamlet: kept as it is
        m_hamlet->addItem(p.placeName, p.placeId);
        hamlet = m_hamlet->count() - 1;
    }
    m_hamlet->setCurrentIndex(hamlet);
    m_note->setText(p.note);
    return {};
}

QString PersonFormDialog::personName() const {
    return m_name->text().simplified();
}

void PersonFormDialog::accept() {
    if (m_saved) { // the duplicates were shown
        QDialog::accept();
        return;
    }
    NewPerson p;
    p.fullName = m_name->text();
    p.birthYear = m_birthYear->value() == m_birthYear->minimum() ? 0 : m_birthYear->value();
    p.idNumber = m_idNumber->text();
    p.phone = m_phone->text();
    p.address = m_address->text();
    p.placeId = m_hamlet->currentData().toLongLong();
    p.note = m_note->text();
    PersonRepo repo(m_register.database(), m_clock);
    if (m_editing) {
        if (auto updated = repo.update(m_session, m_personId, p); !updated) {
            showError(this, windowTitle(), updated.error());
            return;
        }
    } else {
        auto id = repo.create(m_session, p);
        if (!id) {
            showError(this, windowTitle(), id.error());
            return;
        }
        m_personId = id.value();
    }
    m_saved = true;
    Q_EMIT saved(m_personId);
    auto pairs = PersonDuplicates(m_register.database(), m_clock).suggestFor(m_session, m_personId);
    if (!pairs || pairs.value().isEmpty()) {
        QDialog::accept();
        return;
    }
    QStringList lines;
    for (const DuplicatePair& pair : pairs.value()) {
        const Person& other = pair.b;
        lines.append(
            QStringLiteral("• %1%2 — %3")
                .arg(other.fullName,
                     other.birthYear ? QStringLiteral(" (%1)").arg(other.birthYear) : QString(),
                     pair.reasons.join(QStringLiteral("; "))));
    }
    m_duplicates->setText(tr("Saved. The register may already hold this person:") +
                          QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                          tr("A chief can merge the records (Administration → Duplicate "
                             "persons…)."));
    m_duplicates->show();
    for (QWidget* w : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_birthYear),
                       static_cast<QWidget*>(m_idNumber), static_cast<QWidget*>(m_phone),
                       static_cast<QWidget*>(m_address), static_cast<QWidget*>(m_hamlet),
                       static_cast<QWidget*>(m_note)})
        w->setEnabled(false);
    m_save->setText(tr("&Continue"));
    m_save->setFocus();
}

} // namespace binhyen::ui
