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
// and to. A chief (Operation::EditPlaces) renames a hamlet from a date and sets its households.
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

private:
    void updateButtons();

    QSqlDatabase m_db;
    const Clock& m_clock;
    const Session& m_session;
    bool m_canEdit = false;
    QTableWidget* m_table = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_households = nullptr;
};

} // namespace binhyen::ui
