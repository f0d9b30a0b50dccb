#include "models/security/Role.h"

#include <QCoreApplication>

namespace binhyen {

QString roleCode(Role role) {
    switch (role) {
    case Role::Officer:
        return QStringLiteral("officer");
    case Role::Chief:
        return QStringLiteral("chief");
    case Role::Inspector:
        return QStringLiteral("inspector");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString& code) {
    for (Role r : {Role::Officer, Role::Chief, Role::Inspector}) {
        if (roleCode(r) == code)
            return r;
    }
    return std::nullopt;
}

QString roleLabel(Role role) {
    switch (role) {
    case Role::Officer:
        return QCoreApplication::translate("Role", "Officer");
    case Role::Chief:
        return QCoreApplication::translate("Role", "Chief");
    case Role::Inspector:
        return QCoreApplication::translate("Role", "Inspector");
    }
    return {};
}

} // namespace binhyen
