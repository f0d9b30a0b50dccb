#pragma once

#include "models/repo/places/PlaceRepo.h"

#include <QDialog>
#include <QList>

class QLabel;
class QListWidget;
class QPushButton;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// Which hamlets border each other (PlaceRepo): the hamlets on the left; on the right the others,
// checked when they are the chosen hamlet's neighbours; "Save" stores the chosen hamlet's list.
// Read-only without EditPlaces (the chiefs).
class NeighboursDialog : public QDialog {
    Q_OBJECT
public:
    NeighboursDialog(Register& reg, const Clock& clock, const Session& session,
                     QWidget* parent = nullptr);

public Q_SLOTS:
    void save();

private:
    void showNeighbours();
    void saveRow(int row);
    void markDirty();

    Register& m_register;
    const Clock& m_clock;
    const Session& m_session;
    QList<PlaceRow> m_places;
    bool m_loading = false;
    int m_dirtyRow = -1; // the hamlet whose ticks changed and are not saved
    QListWidget* m_hamlets = nullptr;
    QListWidget* m_neighbours = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace binhyen::ui
