#pragma once

#include "tests/bench/MeasureCore.h"

#include <QByteArray>
#include <QStringList>

namespace binhyen::bench {

inline constexpr int kImportResidents = 100000;

// A hamlet's residents sheet as an officer saves it from Excel (CSV UTF-8, the documented
// headers): `rows` residents spread over `hamlets` (names as the register has them), with names,
// years of birth, CCCD numbers and phones unique to `batch` (each run imports new people).
QByteArray residentsCsv(int rows, int batch, const QStringList& hamlets);

// Import of kImportResidents residents from a CSV file, as `binhyen import residents` does it
// (ResidentImportRepo::readFile + import: one transaction, a signed audit row per person).
// Once untimed, then `runs` times, each with a new batch of people: the register grows by
// (runs + 1) × 100,000 persons on each side. `imported` gets the persons of the last run.
Runs measureResidentImport(Side& side, int runs, const QString& tempDir, qint64& imported);

} // namespace binhyen::bench
