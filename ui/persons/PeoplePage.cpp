#include "ui/persons/PeoplePage.h"

#include "models/repo/persons/PersonRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/dialogs/Messages.h"
#include "ui/persons/DuplicatesDialog.h"
#include "ui/persons/EnterActivates.h"
#include "ui/persons/PersonDetailsPanel.h"
#include "ui/persons/PersonFormDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

constexpr int kPersonIdRole = Qt::UserRole + 1;

bool typedWithAccents(const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() > 127 && c.isLetter())
            return true;
    }
    return false;
}

} // namespace

PeoplePage::PeoplePage(Register& reg, const Clock& clock, Session* session, QWidget* parent)
    : QWidget(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session) {
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("searchHint"));
    m_hint->setContentsMargins(8, 2, 8, 2);
    m_hint->setWordWrap(true);

    m_results = new QTableWidget(0, ColumnCount, this);
    m_results->setObjectName(QStringLiteral("personResults"));
    m_results->setHorizontalHeaderLabels(
        {tr("Name"), tr("Born"), tr("Phone"), tr("ID number"), tr("Hamlet"), tr("Address")});
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setAlternatingRowColors(true);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->setHighlightSections(false);

    m_details = new PersonDetailsPanel(reg, clock, this);
    m_details->setObjectName(QStringLiteral("personDetails"));
    connect(m_details, &PersonDetailsPanel::caseActivated, this, &PeoplePage::caseActivated);

    auto* left = new QWidget(this);
    auto* leftBox = new QVBoxLayout(left);
    leftBox->setContentsMargins(0, 0, 0, 0);
    leftBox->setSpacing(2);
    leftBox->addWidget(m_hint);
    leftBox->addWidget(m_results, 1);
    auto* split = new QSplitter(this);
    split->setObjectName(QStringLiteral("peopleSplitter"));
    split->addWidget(left);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(buildBar());
    box->addWidget(split, 1);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &PeoplePage::reload);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        reload();
        if (m_results->rowCount() > 0) {
            m_results->setFocus(Qt::OtherFocusReason);
            if (m_results->currentRow() < 0)
                m_results->setCurrentCell(0, Name);
        }
    });
    m_search->installEventFilter(this);
    connect(m_results, &QTableWidget::currentCellChanged, this, &PeoplePage::showSelected);
    connect(m_results, &QTableWidget::cellDoubleClicked, this, [this] { editPerson(); });
    new EnterActivates(m_results, [this] {
        if (m_edit->isEnabled())
            editPerson();
        else if (m_details->roles()->rowCount() > 0)
            m_details->roles()->setFocus(Qt::OtherFocusReason);
    });
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setObjectName(QStringLiteral("clearSearchShortcut"));
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &PeoplePage::clearSearch);

    setTabOrder(m_search, m_results);
    setTabOrder(m_results, m_details->roles());
    applyPermissions();
    reload();
}

QWidget* PeoplePage::buildBar() {
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("peopleBar"));
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("personSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Name (accents not needed), or 3 digits or more of a phone or ID number"));
    auto* label = new QLabel(tr("&Search:"), bar);
    label->setBuddy(m_search);
    m_new = new QPushButton(tr("&New person…"), bar);
    m_new->setObjectName(QStringLiteral("newPersonButton"));
    m_edit = new QPushButton(tr("&Edit…"), bar);
    m_edit->setObjectName(QStringLiteral("editPersonButton"));
    m_duplicates = new QPushButton(tr("D&uplicate persons…"), bar);
    m_duplicates->setObjectName(QStringLiteral("duplicatesButton"));
    for (QPushButton* button : {m_new, m_edit, m_duplicates})
        button->setAutoDefault(false);
    connect(m_new, &QPushButton::clicked, this, [this] { newPerson(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editPerson(); });
    connect(m_duplicates, &QPushButton::clicked, this, [this] { showDuplicates(); });

    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 6, 6, 0);
    row->addWidget(label);
    row->addWidget(m_search, 1);
    row->addSpacing(12);
    row->addWidget(m_new);
    row->addWidget(m_edit);
    row->addWidget(m_duplicates);
    return bar;
}

void PeoplePage::applyPermissions() {
    const bool canRead = m_session && isAllowed(m_session->role(), Operation::ReadRecords);
    const bool canWrite = m_session && isAllowed(m_session->role(), Operation::WriteRecords);
    const bool canMerge = m_session && isAllowed(m_session->role(), Operation::MergePersons);
    m_search->setEnabled(canRead);
    m_results->setEnabled(canRead);
    m_search->setToolTip(canRead ? tr("Esc clears the search.")
                                 : tr("Log on to search the persons."));
    m_new->setEnabled(canWrite);
    m_new->setToolTip(canWrite ? tr("Record a new person")
                               : tr("Your role may not change person records."));
    m_edit->setEnabled(canWrite && selectedPerson() > 0);
    m_edit->setToolTip(!canWrite              ? tr("Your role may not change person records.")
                       : selectedPerson() > 0 ? tr("Correct the selected person's record (Enter)")
                                              : tr("Choose a person in the list first."));
    m_duplicates->setEnabled(canMerge);
    m_duplicates->setToolTip(canMerge
                                 ? tr("Person records that may be the same person, to merge")
                                 : tr("Only the station chief merges duplicate person records."));
}

qint64 PeoplePage::selectedPerson() const {
    const QTableWidgetItem* item = m_results->item(m_results->currentRow(), Name);
    return item ? item->data(kPersonIdRole).toLongLong() : 0;
}

void PeoplePage::reload() {
    m_typing->stop();
    const qint64 kept = selectedPerson();
    const QString text = m_search->text().simplified();
    if (!m_session || !isAllowed(m_session->role(), Operation::ReadRecords)) {
        fill({});
        m_hint->setText(tr("Log on to search the persons."));
        return;
    }
    if (text.isEmpty()) {
        fill({});
        m_hint->setText(tr("Type a name, a phone number or a CCCD number to search…"));
        return;
    }
    auto found = PersonRepo(m_register.database(), m_clock).find(*m_session, text, kResultLimit);
    if (!found) {
        fill({});
        m_hint->setText(found.error().message);
        return;
    }
    fill(found.value());
    const auto count = int(m_persons.size());
    if (count == 0)
        m_hint->setText(tr("No person matches “%1”.").arg(text));
    else if (count >= kResultLimit)
        m_hint->setText(
            tr("Showing the first %1 persons: type more to narrow the search.").arg(count));
    else
        m_hint->setText(tr("%n person(s) found", nullptr, count));
    if (kept > 0)
        selectPerson(kept);
}

void PeoplePage::fill(const QList<Person>& persons) {
    m_persons = persons;
    const QSignalBlocker blocker(m_results);
    m_results->clearContents();
    m_results->setRowCount(int(persons.size()));
    int row = 0;
    for (const Person& p : persons) {
        const QString cells[] = {
            p.fullName,  p.birthYear ? QString::number(p.birthYear) : QString(),
            p.phone,     p.idNumber,
            p.placeName, p.address};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(kPersonIdRole, p.id);
            if (column == Address || column == Name)
                item->setToolTip(cells[column]);
            m_results->setItem(row, column, item);
        }
        ++row;
    }
    m_results->setCurrentCell(-1, -1);
    if (!persons.isEmpty()) {
        for (int column = Name; column < Address; ++column)
            m_results->resizeColumnToContents(column);
        m_results->setColumnWidth(Name, qBound(160, m_results->columnWidth(Name), 260));
    }
    showSelected();
}

void PeoplePage::selectPerson(qint64 personId) {
    for (int row = 0; row < m_results->rowCount(); ++row) {
        if (m_results->item(row, Name)->data(kPersonIdRole).toLongLong() == personId) {
            m_results->setCurrentCell(row, Name);
            return;
        }
    }
}

void PeoplePage::showSelected() {
    applyPermissions();
    const int row = m_results->currentRow();
    if (!m_session || row < 0 || row >= m_persons.size()) {
        m_details->clear();
        return;
    }
    m_details->showPerson(*m_session, m_persons.at(row));
}

void PeoplePage::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PeoplePage::clearSearch() {
    m_search->clear();
    reload();
    m_search->setFocus(Qt::ShortcutFocusReason);
}

PersonFormDialog* PeoplePage::newPerson() {
    if (!m_session || !isAllowed(m_session->role(), Operation::WriteRecords))
        return nullptr;
    // A name typed with its accents is a good start; one typed without them is not.
    const QString typed = m_search->text().simplified();
    auto* dialog = new PersonFormDialog(m_register, m_clock, *m_session,
                                        typedWithAccents(typed) ? typed : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PersonFormDialog::saved, this,
            [this, dialog](qint64 id) { showSaved(id, dialog->personName()); });
    dialog->open();
    return dialog;
}

PersonFormDialog* PeoplePage::editPerson() {
    const qint64 id = selectedPerson();
    if (id <= 0 || !m_session || !isAllowed(m_session->role(), Operation::WriteRecords))
        return nullptr;
    auto* dialog = new PersonFormDialog(m_register, m_clock, *m_session, QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto loaded = dialog->loadPerson(id); !loaded) {
        delete dialog;
        showError(this, tr("Edit person"), loaded.error());
        return nullptr;
    }
    connect(dialog, &PersonFormDialog::saved, this,
            [this, dialog](qint64 id) { showSaved(id, dialog->personName()); });
    dialog->open();
    return dialog;
}

DuplicatesDialog* PeoplePage::showDuplicates() {
    if (!m_session || !isAllowed(m_session->role(), Operation::MergePersons))
        return nullptr;
    auto* dialog = new DuplicatesDialog(m_register, m_clock, *m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DuplicatesDialog::merged, this, &PeoplePage::reload);
    dialog->open();
    return dialog;
}

// Shows a person just saved selected: among the current results, or else looked up by name.
void PeoplePage::showSaved(qint64 personId, const QString& name) {
    reload();
    selectPerson(personId);
    if (selectedPerson() != personId) {
        m_search->setText(name);
        reload();
        selectPerson(personId);
    }
}

void PeoplePage::showEvent(QShowEvent* event) {
    reload(); // persons may have been added from a case meanwhile
    QWidget::showEvent(event);
}

bool PeoplePage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        if (m_typing->isActive()) // still typing: search now
            reload();
        if (m_results->rowCount() == 0)
            return true;
        m_results->setFocus(Qt::OtherFocusReason);
        if (m_results->currentRow() < 0)
            m_results->setCurrentCell(0, Name);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace binhyen::ui
