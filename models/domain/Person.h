#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace binhyen {

// A person in the register (table persons): suspects, victims, witnesses, reporters who agreed to
// be named, mobilised residents. Sealed informants are NOT persons: their identity stays in the
// informants table / tips.informant_sealed and is never copied here.

// What an officer types (create or update). Empty text / 0 means unknown. PersonRepo validates
// and normalises: name required; birth year 1900..this year; ID number digits only, 12 (CCCD) or
// 9 (old CMND) digits (spaces and dots typed are dropped); phone kept as 9–11 digits.
struct NewPerson {
    QString fullName;
    int birthYear = 0; // 0: unknown
    QString idNumber;  // CCCD (12 digits) or old CMND (9 digits); empty: unknown
    QString phone;     // typed freely ("0909 123 456"); stored as digits
    QString address;
    qint64 placeId = 0; // hamlet (places.id); 0: none
    QString note;
};

struct Person {
    qint64 id = 0;
    QString fullName;
    int birthYear = 0;
    QString idNumber;
    QString phone; // digits
    QString address;
    qint64 placeId = 0;
    QString placeName; // empty when none
    QString note;
    QDateTime createdAt; // station time
};

// One role a person plays in a case (PersonRepo::casesOf).
struct PersonCaseRole {
    qint64 casePersonId = 0;
    qint64 caseId = 0;
    QString caseNumber; // "VV-0003/2020"
    QString caseTitle;
    QString role;      // suspect | victim | witness | reporter
    QString roleLabel; // translated
};

// What happened to a suspect (case_persons); invalid times: not (yet).
struct SuspectOutcome {
    QDateTime identifiedAt;
    QDateTime arrestedAt;
    bool caughtInAct = false;
    QDateTime surrenderedAt; // đầu thú
    QDateTime handedOverAt;  // handed to the investigating body
};

// One row of a case's persons (CasePersonRepo::list).
struct CasePersonRow {
    qint64 id = 0; // case_persons.id
    qint64 caseId = 0;
    qint64 personId = 0;
    QString fullName;
    int birthYear = 0;
    QString role;      // suspect | victim | witness | reporter
    QString roleLabel; // translated
    SuspectOutcome outcome;
    QString note;
};

// Two person records that may be the same person (PersonDuplicates), with translated reasons
// ("Same phone number 0909123456", "Same ID number", "Similar names: …").
struct DuplicatePair {
    Person a; // the smaller id
    Person b;
    QStringList reasons;
};

} // namespace binhyen
