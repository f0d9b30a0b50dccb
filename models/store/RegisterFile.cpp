#include "models/store/RegisterFile.h"

#include "models/store/CipherSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <fcntl.h>
#include <unistd.h>

namespace binhyen::registerfile {

namespace {

Result<void> checkFolder(const QString& path) {
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const QStorageInfo storage(folder);
    if (storage.isValid() && isNetworkFileSystem(storage.fileSystemType())) {
        return makeError(ErrorCode::NetworkShare,
                         QCoreApplication::translate(
                             "RegisterFile",
                             "The register is on a network share. BinhYen refuses to open it there "
                             "because the file can be corrupted; copy it to this computer's disk."),
                         QString::fromLatin1(storage.fileSystemType()));
    }
    if (!QFileInfo(folder).isWritable()) {
        return makeError(ErrorCode::ReadOnly,
                         QCoreApplication::translate(
                             "RegisterFile",
                             "The folder of the register cannot be written (read-only). BinhYen "
                             "needs to write next to the register file."),
                         folder);
    }
    return {};
}

} // namespace

bool isNetworkFileSystem(const QByteArray& type) {
    static const char* const network[] = {
        "nfs", "nfs4", "cifs",  "smb",  "smb2",      "smb3",           "smbfs", "fuse.sshfs",
        "9p",  "afs",  "ncpfs", "ceph", "glusterfs", "fuse.glusterfs", "davfs"};
    const QByteArray t = type.toLower();
    for (const char* n : network) {
        if (t == n)
            return true;
    }
    return false;
}

Result<QString> readId(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "RegisterFile", "The register file does not exist or cannot be "
                                             "read."),
                         path);
    }
    const QByteArray salt = f.read(16);
    if (salt.size() != 16)
        return makeError(
            ErrorCode::Damaged,
            QCoreApplication::translate("RegisterFile", "The register file is empty or truncated."),
            path);
    return QString::fromLatin1(salt.toHex());
}

Result<void> checkBeforeOpen(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists()) {
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("RegisterFile", "The register file does not exist."), path);
    }
    if (auto folder = checkFolder(path); !folder)
        return folder;
    if (!info.isWritable()) {
        return makeError(
            ErrorCode::ReadOnly,
            QCoreApplication::translate("RegisterFile", "The register file is read-only."), path);
    }
    const qint64 size = info.size();
    if (size < cipher::kPageSize || size % cipher::kPageSize != 0) {
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate(
                             "RegisterFile",
                             "The register file is damaged (truncated). Restore it from a backup."),
                         QStringLiteral("size=%1").arg(size));
    }
    return {};
}

Result<void> checkBeforeCreate(const QString& path) {
    if (QFileInfo::exists(path)) {
        return makeError(ErrorCode::Exists,
                         QCoreApplication::translate(
                             "RegisterFile",
                             "A file with this name already exists; BinhYen never overwrites it."),
                         path);
    }
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "RegisterFile", "The folder for the new register does not exist."),
                         path);
    }
    return checkFolder(path);
}

Result<void> writeNewPrivateFile(const QString& path, const QByteArray& text) {
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const bool exists = errno == EEXIST;
        return makeError(
            exists ? ErrorCode::Exists : ErrorCode::Io,
            exists ? QCoreApplication::translate(
                         "RegisterFile", "The file already exists; BinhYen never overwrites it.")
                   : QCoreApplication::translate("RegisterFile", "The file cannot be created."),
            path);
    }
    qsizetype done = 0;
    while (done < text.size()) {
        const ssize_t n =
            ::write(fd, text.constData() + done, static_cast<size_t>(text.size() - done));
        if (n <= 0) {
            ::close(fd);
            ::unlink(native.constData());
            return makeError(errno == ENOSPC ? ErrorCode::DiskFull : ErrorCode::Io,
                             QCoreApplication::translate(
                                 "RegisterFile", "The file could not be written completely."),
                             path);
        }
        done += n;
    }
    ::fsync(fd);
    ::close(fd);
    return {};
}

} // namespace binhyen::registerfile
