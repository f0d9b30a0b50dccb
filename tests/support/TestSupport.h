#pragma once

#include <QString>

namespace binhyen::test {

// Loads BinhYen's Vietnamese translation into the running test application.
void useVietnamese();

} // namespace binhyen::test
