#pragma once

#include "models/security/SecretBytes.h"

class QLineEdit;

namespace binhyen::ui {

// The password typed in a field, as locked bytes; the field keeps its text.
SecretBytes passwordOf(const QLineEdit* edit);
// The password typed in a field; the field is wiped and cleared.
SecretBytes takePassword(QLineEdit* edit);
// Wipes and clears a password field.
void clearPassword(QLineEdit* edit);

} // namespace binhyen::ui
