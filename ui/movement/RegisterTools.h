#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QTableWidget;

namespace binhyen {
class Clock;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// Small pieces shared by the movement register's list tabs and their dialogs (no business rules).

// A read-only, single-row-selection table with these headers; the last column stretches.
QTableWidget* registerTable(const QString& objectName, const QStringList& headers, QWidget* parent);
// Fills one row; the row's id is kept on column 0 (Qt::UserRole). Columns in `rightAligned`
// are aligned right (counts, values); each cell's full text is its tooltip.
void setRegisterRow(QTableWidget* table, int row, qint64 id, const QStringList& texts,
                    const QList<int>& rightAligned = {});
// The id of the selected row; 0: none.
qint64 selectedRowId(const QTableWidget* table);
// A read-only window listing the row's cells under their headers (Enter on a row).
void showRowDetails(QTableWidget* table, int row, const QString& title, QWidget* parent);

// A day picker shown dd/MM/yyyy with a calendar.
QDateEdit* dayEdit(const QDate& date, const QString& objectName, QWidget* parent);
// Today at the station.
QDate stationToday(const Clock& clock);
// "(none)" then the hamlets valid today ("ấp Cây Cám"), data = places.id.
void addHamletItems(QComboBox* combo, const QSqlDatabase& db, const Clock& clock,
                    const Session& session);
// "(none)" then the models in force today (optionally of one type), data = model id.
void addModelItems(QComboBox* combo, const QSqlDatabase& db, const Clock& clock,
                   const Session& session, const QString& typeCode = {});
// The tooltip of a button an inspector may not use.
QString readOnlyReason();

// "Month: [x] 11/2026": the period a list shows. Unchecked: every date.
class MonthFilter : public QWidget {
    Q_OBJECT
public:
    MonthFilter(const QDate& today, const QString& objectName, QWidget* parent = nullptr);

    QDate from() const; // invalid: open
    QDate to() const;
    void setMonth(const QDate& anyDayOfMonth); // checks the box too
    void setAll();                             // unchecks the box

Q_SIGNALS:
    void changed();

private:
    QCheckBox* m_only = nullptr;
    QDateEdit* m_month = nullptr;
};

} // namespace binhyen::ui
