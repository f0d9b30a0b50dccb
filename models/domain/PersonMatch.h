#pragma once

#include "models/domain/Person.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace binhyen::personmatch {

// Pure rules about persons: validation, normalisation and name similarity. No SQL.

// The digits of `text` ("0909 123.456" → "0909123456").
QString digitsOnly(const QString& text);
// The phone as stored: digits only, 9–11 digits; empty stays empty. InvalidInput otherwise.
Result<QString> normalisePhone(const QString& typed);
// CCCD (12 digits) or old CMND (9 digits); spaces, dots and dashes typed are dropped; any other
// character, or another length, is InvalidInput. Empty stays empty.
Result<QString> normaliseIdNumber(const QString& typed);
// Checks and normalises what was typed (trimmed name, digits). `currentYear`: the station's year.
Result<NewPerson> validate(const NewPerson& person, int currentYear);

// Levenshtein distance between a and b, stopping early: returns bound + 1 when it is above bound.
int editDistance(const QString& a, const QString& b, int bound);
// The last word of a folded name ("nguyen van tu" → "tu"): candidates for similar names share it.
QString lastWord(const QString& foldedName);
// The rule for "similar names" on folded names (binhyen_searchable(full_name)); 0 = unknown year:
// identical folded names with the same birth year or one unknown, or folded names at edit
// distance 1 with the same (known) birth year.
bool similarNames(const QString& foldedA, int yearA, const QString& foldedB, int yearB);

// Roles in a case: suspect, victim, witness, reporter.
const QStringList& roles();
QString roleLabel(const QString& role); // translated; the code itself for an unknown role

// A suspect's outcome: no time in the future (after `now`), arrested and handed over not before
// identified, handed over not before arrested.
Result<void> validateOutcome(const SuspectOutcome& outcome, const QDateTime& now);

} // namespace binhyen::personmatch
