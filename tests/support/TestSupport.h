#pragma once

#include <QString>

namespace binhyen::test {

// Loads BinhYen's Vietnamese translation into the running test application.
void useVietnamese();

// GUI tests: closes the next modal message box (showError and friends run their own event loop)
// shortly after it opens; its text lands in *seen when given.
void closeNextMessage(QString* seen = nullptr);

} // namespace binhyen::test
