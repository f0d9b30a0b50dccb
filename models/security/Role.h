#pragma once

#include <QString>
#include <optional>

namespace binhyen {

// officer (cán bộ), chief (trưởng / phó trưởng: manages accounts, reveals identities), inspector
// (read-only, never identities). Stored as these codes in users.role.
enum class Role { Officer, Chief, Inspector };

QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString& code);
QString roleLabel(Role role); // translated

} // namespace binhyen
