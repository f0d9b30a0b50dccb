#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QPushButton;
class QTableWidget;

namespace binhyen {
class Clock;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// The commune's hamlets, old names too (PlaceEditRepo::all): kind, name, households, valid from
// and to. A chief (Operation::EditPlaces) adds a hamlet, renames one from a date, sets its
// households and closes one after its last day (PlaceEditRepo::add / rename / setHouseholds /
// close). Rows no longer valid (old names, closed hamlets) stay listed, greyed, for old records.
class PlacesDialog : public QDialog {
    Q_OBJECT
public:
    PlacesDialog(QSqlDatabase db, const Clock& clock, const Session& session,
                 QWidget* parent = nullptr);

    qint64 selectedId() const;

public Q_SLOTS:
    void reload();
    void rename();
    void setHouseholds();
    void addPlace();
    void closePlace();

private:
    void updateButtons();

    QSqlDatabase m_db;
    const Clock& m_clock;
    const Session& m_session;
    bool m_canEdit = false;
    QTableWidget* m_table = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_households = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace binhyen::ui
