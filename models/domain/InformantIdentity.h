#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace binhyen {

// What an informant told the duty officer about themselves. Exists in clear only in memory;
// stored sealed (libsodium sealed box to the station identity public key) with the tip's id
// inside, so a sealed value cannot be moved to another tip (models/security/IdentityCodec.h).
struct InformantIdentity {
    QString name;
    QString phone;
    QString address;
    QString idNumber;
    QString relationship; // to the matter: neighbour, victim's relative …
    QString note;
    std::optional<qint64> personId; // the link to a person record — sealed too

    bool isEmpty() const {
        return name.trimmed().isEmpty() && phone.trimmed().isEmpty() &&
               address.trimmed().isEmpty() && idNumber.trimmed().isEmpty() &&
               relationship.trimmed().isEmpty() && note.trimmed().isEmpty() && !personId;
    }
};

} // namespace binhyen
