#pragma once

#include "models/domain/Result.h"

#include <QSqlDatabase>

namespace binhyen {

// RAII write transaction: BEGIN IMMEDIATE when none is open, else a savepoint, so repo methods
// compose (a demo fill or an import may call them inside its own transaction). Rolls back unless
// commit() succeeded.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    const Error& error() const { return m_error; }
    Result<void> commit();

private:
    QSqlDatabase m_db;
    QString m_savepoint; // empty for an outermost transaction
    bool m_active = false;
    Error m_error;
};

} // namespace binhyen
