#pragma once

#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

class QThread;
struct sqlite3;

namespace binhyen {

// An open register: the encrypted SQLCipher file and its key, held in a locked buffer for the
// session. Each thread that touches the register gets its own connection (a Qt SQL connection is
// bound to its thread): call database() from that thread, and closeThreadConnection() before the
// thread ends. Every connection runs WAL, synchronous=FULL and foreign keys on.
class Register {
public:
    struct Options {
        bool migrate = true;    // bring an older schema up to date on open
        int targetVersion = -1; // for tests and tools: stop at this schema version
    };

    ~Register();
    Register(const Register&) = delete;
    Register& operator=(const Register&) = delete;

    // Creates a new, empty register (never overwrites) at the latest schema.
    static Result<std::unique_ptr<Register>> create(const QString& path, SecretBytes key);
    static Result<std::unique_ptr<Register>> create(const QString& path, SecretBytes key,
                                                    const Options& options);
    static Result<std::unique_ptr<Register>> open(const QString& path, SecretBytes key);
    static Result<std::unique_ptr<Register>> open(const QString& path, SecretBytes key,
                                                  const Options& options);

    QString path() const { return m_path; }
    QString id() const { return m_id; }

    // The calling thread's connection, opened on first use (invalid QSqlDatabase on failure;
    // use connection() for the reason).
    QSqlDatabase database();
    Result<QSqlDatabase> connection();
    void closeThreadConnection();

    Result<int> schemaVersion();
    // Re-encrypts the whole file under a new key. Other connections are closed first.
    Result<void> rekey(SecretBytes newKey);
    // Opens another file with this register's key (to verify a backup copy).
    Result<void> verifyCopy(const QString& copyPath) const;
    // PRAGMA integrity_check + cipher_integrity_check over the whole file.
    Result<void> checkIntegrity();
    // Writes all WAL content into the main file (before a backup or a rekey).
    Result<void> checkpoint();

private:
    friend class PlainTwin; // binhyen-bench's unkeyed twin, tests/bench/TwinRegister.h only
    Register(QString path, QString id, SecretBytes key);
    static Result<std::unique_ptr<Register>> start(const QString& path, SecretBytes key,
                                                   const Options& options, bool create);
    QString connectionName(QThread* thread) const;
    void closeAllConnections();
    Result<sqlite3*> openThreadHandle() const;

    QString m_path;
    QString m_id;
    SecretBytes m_key;
    quint64 m_instance;
    QMutex m_mutex;
    QHash<QThread*, QString> m_connections;
    // How another thread's connection is opened: empty for a register (the keyed handle); the
    // bench's PlainTwin sets its own.
    std::function<Result<sqlite3*>(const QString& path)> m_openHandle;
};

} // namespace binhyen
