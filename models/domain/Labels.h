#pragma once

#include <QString>

namespace binhyen {

// User-facing labels of the register's codes (tips.channel, tips.status, cases.status), in the
// user's language (context "Labels"). An unknown code is shown as it is.
QString channelLabel(const QString& code);
QString tipStatusLabel(const QString& code);
QString caseStatusLabel(const QString& code);
// "Yes" / "No" as the lists show a flag (valuable tip, solved case).
QString yesNoLabel(bool value);

} // namespace binhyen
