#include "models/security/Permissions.h"

#include "models/security/Session.h"

#include <QCoreApplication>

namespace binhyen {

namespace {

struct Row {
    Operation operation;
    bool officer;
    bool chief;
    bool inspector;
};

// The permission table: one row per operation.
constexpr Row kTable[] = {
    // operation                   officer chief  inspector
    {Operation::ReadRecords, true, true, true},
    {Operation::WriteRecords, true, true, false},
    {Operation::SealIdentity, true, true, false},
    {Operation::RevealIdentity, false, true, false},
    {Operation::MergeInformants, false, true, false},
    {Operation::ManageAccounts, false, true, false},
    {Operation::RestoreBackup, false, true, false},
    {Operation::MakeBackup, true, true, false},
    {Operation::ViewAudit, false, true, true},
    {Operation::MakeCheckpoint, false, true, false},
    {Operation::RotateIdentityKey, false, true, false},
    {Operation::ChangeSettings, false, true, false},
    {Operation::ChangeTipStatus, true, true, false},
    {Operation::ProposeValuable, true, true, false},
    {Operation::ConfirmValuable, false, true, false},
    {Operation::ExtendTipDeadline, false, true, false},
    {Operation::ImportRecords, false, true, false},
    {Operation::ChangeRules, false, true, false},
    {Operation::ProposeCaseClosure, true, true, false},
    {Operation::ReviewCase, false, true, false},
    {Operation::AssignWork, false, true, false},
    {Operation::LinkTips, true, true, false},
    {Operation::UnlinkTips, false, true, false},
    {Operation::MarkContributed, false, true, false},
    {Operation::MergePersons, false, true, false},
    {Operation::EditPlaces, false, true, false},
    {Operation::PrintLegalForms, true, true, false},
    {Operation::LockMonth, false, true, false},
    {Operation::IssueCorrection, false, true, false},
    {Operation::ExportReport, false, true, false},
};

} // namespace

bool isAllowed(Role role, Operation operation) {
    for (const Row& row : kTable) {
        if (row.operation == operation) {
            switch (role) {
            case Role::Officer:
                return row.officer;
            case Role::Chief:
                return row.chief;
            case Role::Inspector:
                return row.inspector;
            }
        }
    }
    return false; // an operation without a row is refused to everyone
}

QString operationLabel(Operation operation) {
    switch (operation) {
    case Operation::ReadRecords:
        return QCoreApplication::translate("Permissions", "read the register");
    case Operation::WriteRecords:
        return QCoreApplication::translate("Permissions", "change the register");
    case Operation::SealIdentity:
        return QCoreApplication::translate("Permissions", "record an informant's identity");
    case Operation::RevealIdentity:
        return QCoreApplication::translate("Permissions", "see who gave a confidential tip");
    case Operation::MergeInformants:
        return QCoreApplication::translate("Permissions", "merge informant pseudonyms");
    case Operation::ManageAccounts:
        return QCoreApplication::translate("Permissions", "manage accounts");
    case Operation::RestoreBackup:
        return QCoreApplication::translate("Permissions", "restore a backup");
    case Operation::MakeBackup:
        return QCoreApplication::translate("Permissions", "make a backup");
    case Operation::ViewAudit:
        return QCoreApplication::translate("Permissions", "read the audit trail");
    case Operation::MakeCheckpoint:
        return QCoreApplication::translate("Permissions", "sign an audit checkpoint");
    case Operation::RotateIdentityKey:
        return QCoreApplication::translate("Permissions", "renew the identity key");
    case Operation::ChangeSettings:
        return QCoreApplication::translate("Permissions", "change the station's settings");
    case Operation::ChangeTipStatus:
        return QCoreApplication::translate("Permissions", "change a tip's status");
    case Operation::ProposeValuable:
        return QCoreApplication::translate("Permissions", "propose that a tip was valuable");
    case Operation::ConfirmValuable:
        return QCoreApplication::translate("Permissions", "confirm that a tip was valuable");
    case Operation::ExtendTipDeadline:
        return QCoreApplication::translate("Permissions", "extend a tip's verification period");
    case Operation::ImportRecords:
        return QCoreApplication::translate(
            "Permissions", "import data from a file (the old tip register, residents)");
    case Operation::ChangeRules:
        return QCoreApplication::translate("Permissions", "change the legal rules and days off");
    case Operation::ProposeCaseClosure:
        return QCoreApplication::translate("Permissions", "propose closing a case");
    case Operation::ReviewCase:
        return QCoreApplication::translate("Permissions", "approve or send back a case's closure");
    case Operation::AssignWork:
        return QCoreApplication::translate("Permissions", "assign tips and cases to officers");
    case Operation::LinkTips:
        return QCoreApplication::translate("Permissions", "link a tip to a case");
    case Operation::UnlinkTips:
        return QCoreApplication::translate("Permissions", "unlink a tip from a case");
    case Operation::MarkContributed:
        return QCoreApplication::translate("Permissions",
                                           "mark that a tip contributed to a case's result");
    case Operation::MergePersons:
        return QCoreApplication::translate("Permissions", "merge duplicate person records");
    case Operation::EditPlaces:
        return QCoreApplication::translate("Permissions", "edit the hamlets and their neighbours");
    case Operation::PrintLegalForms:
        return QCoreApplication::translate("Permissions", "print the legal forms of a tip");
    case Operation::LockMonth:
        return QCoreApplication::translate("Permissions", "lock a month and issue its figures");
    case Operation::IssueCorrection:
        return QCoreApplication::translate("Permissions",
                                           "issue a correction report for a locked month");
    case Operation::ExportReport:
        return QCoreApplication::translate("Permissions", "export the monthly report to a file");
    }
    return {};
}

Result<void> require(const Session& session, Operation operation) {
    if (!session.isValid())
        return makeError(ErrorCode::NotPermitted,
                         QCoreApplication::translate("Permissions", "Log on first."));
    if (isAllowed(session.role(), operation))
        return {};
    return makeError(
        ErrorCode::NotPermitted,
        QCoreApplication::translate("Permissions", "A user with the role '%1' may not %2.")
            .arg(roleLabel(session.role()), operationLabel(operation)));
}

} // namespace binhyen
