#include "ui/persons/PersonPickerDialog.h"

#include "models/domain/PersonMatch.h"
#include "models/repo/persons/CasePersonRepo.h"
#include "models/repo/persons/PersonRepo.h"
#include "models/store/Register.h"
#include "ui/dialogs/Messages.h"
#include "ui/persons/PersonFormDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString describe(const Person& p) {
    QStringList parts{p.fullName};
    if (p.birthYear)
        parts.append(QString::number(p.birthYear));
    if (!p.placeName.isEmpty())
        parts.append(p.placeName);
    if (!p.address.isEmpty())
        parts.append(p.address);
    return parts.join(QStringLiteral(" — "));
}

} // namespace

PersonPickerDialog::PersonPickerDialog(Register& reg, const Clock& clock, const Session& session,
                                       qint64 caseId, QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session)
    , m_caseId(caseId) {
    setObjectName(QStringLiteral("personPickerDialog"));
    setWindowTitle(tr("Add a person to the case"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Name (accents not needed), phone or ID number"));
    m_search->setClearButtonEnabled(true);
    auto* searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("results"));
    auto* create = new QPushButton(tr("&New person…"), this);
    create->setObjectName(QStringLiteral("newPersonButton"));
    create->setAutoDefault(false);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (const QString& role : personmatch::roles())
        m_role->addItem(personmatch::roleLabel(role), role);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(create);
    auto* form = new QFormLayout;
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("N&ote"), m_note);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* add = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("addButton"));
    add->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    auto* box = new QVBoxLayout(this);
    box->addLayout(searchRow);
    box->addWidget(m_results, 1);
    box->addLayout(form);
    box->addWidget(buttons);
    resize(560, 440);

    connect(m_search, &QLineEdit::textChanged, this, &PersonPickerDialog::search);
    connect(create, &QPushButton::clicked, this, &PersonPickerDialog::newPerson);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonPickerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonPickerDialog::reject);
    connect(m_results, &QListWidget::itemActivated, this, [this] { m_role->setFocus(); });
    setTabOrder(m_search, m_results);
    setTabOrder(m_results, m_role);
    setTabOrder(m_role, m_note);
    m_search->setFocus();
}

void PersonPickerDialog::search() {
    m_results->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    auto found = PersonRepo(m_register.database(), m_clock).find(m_session, text, 50);
    if (!found)
        return;
    for (const Person& p : found.value()) {
        auto* item = new QListWidgetItem(describe(p), m_results);
        item->setData(kIdRole, p.id);
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
}

void PersonPickerDialog::newPerson() {
    auto* dialog =
        new PersonFormDialog(m_register, m_clock, m_session, m_search->text().trimmed(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (!dialog->personId())
            return;
        auto person = PersonRepo(m_register.database(), m_clock).get(m_session, dialog->personId());
        if (!person)
            return;
        m_results->clear();
        auto* item = new QListWidgetItem(describe(person.value()), m_results);
        item->setData(kIdRole, person.value().id);
        m_results->setCurrentRow(0);
        m_role->setFocus();
    });
    dialog->open();
}

void PersonPickerDialog::accept() {
    QListWidgetItem* item = m_results->currentItem();
    if (!item) {
        showError(this, windowTitle(),
                  makeError(ErrorCode::InvalidInput,
                            tr("Choose a person from the list, or create a new one.")));
        m_search->setFocus();
        return;
    }
    auto added = CasePersonRepo(m_register.database(), m_clock)
                     .add(m_session, m_caseId, item->data(kIdRole).toLongLong(),
                          m_role->currentData().toString(), m_note->text().trimmed());
    if (!added) {
        showError(this, windowTitle(), added.error());
        return;
    }
    QDialog::accept();
}

} // namespace binhyen::ui
