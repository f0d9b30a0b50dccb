#pragma once

#include "models/domain/Result.h"
#include "models/security/Role.h"

namespace binhyen {

class Session;

// Every protected operation. The single table of who may do what is in Permissions.cpp; each
// repo method that reads or changes protected data calls require() first. Later capabilities add
// their operations here, with their rows and tests.
enum class Operation {
    ReadRecords,        // see tips, cases, people, movement (never identities)
    WriteRecords,       // add or change tips, cases, people, movement records
    SealIdentity,       // record an informant's identity (sealed)
    RevealIdentity,     // read a sealed identity, with a reason
    MergeInformants,    // merge two pseudonyms found to be the same person
    ManageAccounts,     // create, reset, deactivate accounts; change roles
    RestoreBackup,      // replace the register with a backup
    MakeBackup,         // write a backup copy
    ViewAudit,          // read the audit trail
    MakeCheckpoint,     // sign an audit checkpoint with the station key
    RotateIdentityKey,  // re-seal every identity under a new station key pair
    ChangeSettings,     // idle lock time, retention periods …
    ChangeTipStatus,    // move a tip through its workflow (verify, forward, resolve, close …)
    ProposeValuable,    // propose that a tip was valuable (it contributed to a result)
    ConfirmValuable,    // confirm or reject that proposal (feeds the province's statistics)
    ExtendTipDeadline,  // record an extension of a tip's verification period (legal clock)
    ImportRecords,      // import the old register from a CSV file
    ChangeRules,        // change a legal rule's value (new row from a date), the days off
    ProposeCaseClosure, // propose closing a case, with its outcome
    ReviewCase,         // approve a closure (close the case) or send it back with a comment
    AssignWork,         // give a tip or a case to an officer
    LinkTips,           // link a tip to a case, with a note
    UnlinkTips,         // remove a tip's link to a case
    MarkContributed,    // say that a linked tip contributed to the case's result
    MergePersons,       // merge two person records found to be the same person
    EditPlaces,         // the commune's hamlets and which of them border each other
    PrintLegalForms,    // print Mẫu 01 / Mẫu 03 of a tip (saving as a file is audited)
    LockMonth,          // lock a month: its figures are stored as issued (the monthly report)
    IssueCorrection,    // issue a correction report (đính chính) for a locked month
    ExportReport,       // export the monthly report (PDF, signed package, CSV) to a file
};

inline constexpr Operation kAllOperations[] = {
    Operation::ReadRecords,        Operation::WriteRecords,      Operation::SealIdentity,
    Operation::RevealIdentity,     Operation::MergeInformants,   Operation::ManageAccounts,
    Operation::RestoreBackup,      Operation::MakeBackup,        Operation::ViewAudit,
    Operation::MakeCheckpoint,     Operation::RotateIdentityKey, Operation::ChangeSettings,
    Operation::ChangeTipStatus,    Operation::ProposeValuable,   Operation::ConfirmValuable,
    Operation::ExtendTipDeadline,  Operation::ImportRecords,     Operation::ChangeRules,
    Operation::ProposeCaseClosure, Operation::ReviewCase,        Operation::AssignWork,
    Operation::LinkTips,           Operation::UnlinkTips,        Operation::MarkContributed,
    Operation::MergePersons,       Operation::EditPlaces,        Operation::PrintLegalForms,
    Operation::LockMonth,          Operation::IssueCorrection,   Operation::ExportReport};

bool isAllowed(Role role, Operation operation);
QString operationLabel(Operation operation); // translated
// NotPermitted, with a Vietnamese message naming the operation and the role, unless allowed.
Result<void> require(const Session& session, Operation operation);

} // namespace binhyen
