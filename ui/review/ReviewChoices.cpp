#include "ui/review/ReviewChoices.h"

#include "models/repo/accounts/UserRepo.h"

#include <QCoreApplication>

namespace binhyen::ui {

Choices classificationChoices() {
    return {
        {QCoreApplication::translate("ReviewChoices", "Denunciation (tố giác)"),
         QStringLiteral("to_giac")},
        {QCoreApplication::translate("ReviewChoices", "Crime report (tin báo về tội phạm)"),
         QStringLiteral("tin_bao")},
        {QCoreApplication::translate("ReviewChoices", "Request to prosecute (kiến nghị khởi tố)"),
         QStringLiteral("kien_nghi")},
        {QCoreApplication::translate("ReviewChoices", "Security and order report (phản ánh ANTT)"),
         QStringLiteral("phan_anh")},
        {QCoreApplication::translate("ReviewChoices", "Not a security and order matter"),
         QStringLiteral("khong_antt")}};
}

Choices officerChoices(QSqlDatabase db, const Clock& clock) {
    Choices officers;
    auto accounts = UserRepo(db, clock).list();
    if (!accounts)
        return officers;
    for (const Account& a : accounts.value()) {
        if (a.active && (a.role == Role::Officer || a.role == Role::Chief))
            officers.append({a.fullName, a.id});
    }
    return officers;
}

} // namespace binhyen::ui
