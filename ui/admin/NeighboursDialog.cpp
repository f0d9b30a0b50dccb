#include "ui/admin/NeighboursDialog.h"

#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/dialogs/Messages.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

NeighboursDialog::NeighboursDialog(Register& reg, const Clock& clock, const Session& session,
                                   QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session) {
    setObjectName(QStringLiteral("neighboursDialog"));
    setWindowTitle(tr("Neighbouring hamlets"));
    m_hamlets = new QListWidget(this);
    m_hamlets->setObjectName(QStringLiteral("hamlets"));
    m_neighbours = new QListWidget(this);
    m_neighbours->setObjectName(QStringLiteral("neighbours"));
    auto* hamletsLabel = new QLabel(tr("&Hamlet:"), this);
    hamletsLabel->setBuddy(m_hamlets);
    auto* neighboursLabel = new QLabel(tr("&Bordering hamlets (tick them):"), this);
    neighboursLabel->setBuddy(m_neighbours);
    auto* intro = new QLabel(tr("A notice about one hamlet also goes to the Zalo groups of the "
                                "hamlets that border it."),
                             this);
    intro->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(m_save, &QPushButton::clicked, this, &NeighboursDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* grid = new QGridLayout;
    grid->addWidget(hamletsLabel, 0, 0);
    grid->addWidget(neighboursLabel, 0, 1);
    grid->addWidget(m_hamlets, 1, 0);
    grid->addWidget(m_neighbours, 1, 1);
    auto* box = new QVBoxLayout(this);
    box->addWidget(intro);
    box->addLayout(grid, 1);
    box->addWidget(m_status);
    box->addWidget(buttons);
    resize(640, 520);

    const auto allowed = require(m_session, Operation::EditPlaces);
    if (!allowed) {
        m_save->setToolTip(allowed.error().message);
        m_status->setText(allowed.error().message);
    }
    auto places = PlaceRepo(reg.database(), clock).hamlets(session);
    if (!places) {
        m_status->setText(places.error().message);
    } else {
        m_places = places.value();
        for (const PlaceRow& p : std::as_const(m_places)) {
            const QString name = p.kindLabel + QLatin1Char(' ') + p.name;
            m_hamlets->addItem(name);
            m_hamlets->item(m_hamlets->count() - 1)->setData(kIdRole, p.id);
        }
    }
    connect(m_hamlets, &QListWidget::currentRowChanged, this, &NeighboursDialog::showNeighbours);
    connect(m_neighbours, &QListWidget::itemChanged, this, &NeighboursDialog::markDirty);
    if (m_hamlets->count() > 0)
        m_hamlets->setCurrentRow(0);
    else
        showNeighbours();
    m_hamlets->setFocus();
}

void NeighboursDialog::showNeighbours() {
    // The list still shows the previous hamlet's ticks: offer to keep them.
    if (m_dirtyRow >= 0 && m_dirtyRow < m_places.size()) {
        const int row = m_dirtyRow;
        m_dirtyRow = -1;
        const PlaceRow& p = m_places.at(row);
        if (askYesNo(this, windowTitle(),
                     tr("Save the neighbours of %1 %2?").arg(p.kindLabel, p.name)))
            saveRow(row);
    }
    m_loading = true;
    m_neighbours->clear();
    const int row = m_hamlets->currentRow();
    m_save->setEnabled(false);
    if (row < 0 || row >= m_places.size()) {
        m_loading = false;
        return;
    }
    const qint64 id = m_places.at(row).id;
    auto current = PlaceRepo(m_register.database(), m_clock).neighbours(m_session, id);
    const bool editable = bool(require(m_session, Operation::EditPlaces));
    for (const PlaceRow& p : std::as_const(m_places)) {
        if (p.id == id)
            continue;
        auto* item = new QListWidgetItem(p.kindLabel + QLatin1Char(' ') + p.name, m_neighbours);
        item->setData(kIdRole, p.id);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (editable)
            flags |= Qt::ItemIsUserCheckable;
        item->setFlags(flags);
        item->setCheckState(current && current.value().contains(p.id) ? Qt::Checked
                                                                      : Qt::Unchecked);
    }
    m_loading = false;
}

void NeighboursDialog::markDirty() {
    if (m_loading)
        return;
    m_dirtyRow = m_hamlets->currentRow();
    m_save->setEnabled(bool(require(m_session, Operation::EditPlaces)));
    m_status->setText(tr("Not saved yet."));
}

void NeighboursDialog::save() {
    saveRow(m_hamlets->currentRow());
}

void NeighboursDialog::saveRow(int row) {
    if (row < 0 || row >= m_places.size())
        return;
    QList<qint64> ids;
    for (int i = 0; i < m_neighbours->count(); ++i) {
        if (m_neighbours->item(i)->checkState() == Qt::Checked)
            ids.append(m_neighbours->item(i)->data(kIdRole).toLongLong());
    }
    auto done = PlaceRepo(m_register.database(), m_clock)
                    .setNeighbours(m_session, m_places.at(row).id, ids);
    if (!done) {
        showError(this, windowTitle(), done.error());
        return;
    }
    m_dirtyRow = -1;
    m_save->setEnabled(false);
    m_status->setText(tr("Saved the neighbours of %1.").arg(m_hamlets->item(row)->text()));
}

} // namespace binhyen::ui
