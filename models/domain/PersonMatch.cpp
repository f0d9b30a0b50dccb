#include "models/domain/PersonMatch.h"

#include <QCoreApplication>
#include <QVector>
#include <algorithm>

namespace binhyen::personmatch {

namespace {

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidInput, message);
}

// Separators an officer may type inside a number: dropped.
bool isSeparator(QChar c) {
    return c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-');
}

} // namespace

QString digitsOnly(const QString& text) {
    QString out;
    for (QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out.append(c);
    }
    return out;
}

Result<QString> normalisePhone(const QString& typed) {
    QString t = typed.trimmed();
    if (t.isEmpty())
        return QString();
    if (t.startsWith(QStringLiteral("+84")))
        t = QLatin1Char('0') + t.mid(3);
    for (QChar c : t) {
        if (!c.isDigit() && !isSeparator(c) && c != QLatin1Char('(') && c != QLatin1Char(')'))
            return invalid(QCoreApplication::translate(
                "PersonMatch", "A phone number holds only digits (spaces and dots are allowed)."));
    }
    const QString digits = digitsOnly(t);
    if (digits.size() < 9 || digits.size() > 11)
        return invalid(QCoreApplication::translate(
                           "PersonMatch", "A phone number has 9 to 11 digits; this one has %1.")
                           .arg(digits.size()));
    return digits;
}

Result<QString> normaliseIdNumber(const QString& typed) {
    const QString t = typed.trimmed();
    if (t.isEmpty())
        return QString();
    for (QChar c : t) {
        if (!(c >= QLatin1Char('0') && c <= QLatin1Char('9')) && !isSeparator(c))
            return invalid(QCoreApplication::translate(
                "PersonMatch", "An ID number (CCCD or CMND) holds only digits."));
    }
    const QString digits = digitsOnly(t);
    if (digits.size() != 12 && digits.size() != 9)
        return invalid(QCoreApplication::translate("PersonMatch",
                                                   "An ID number has 12 digits (CCCD) or 9 "
                                                   "digits (old CMND); this one has %1.")
                           .arg(digits.size()));
    return digits;
}

Result<NewPerson> validate(const NewPerson& person, int currentYear) {
    NewPerson p = person;
    p.fullName = p.fullName.simplified();
    p.address = p.address.trimmed();
    p.note = p.note.trimmed();
    if (p.fullName.isEmpty())
        return invalid(QCoreApplication::translate("PersonMatch", "Enter the person's full name."));
    if (p.birthYear != 0 && (p.birthYear < 1900 || p.birthYear > currentYear))
        return invalid(QCoreApplication::translate("PersonMatch",
                                                   "The year of birth must be between 1900 and %1.")
                           .arg(currentYear));
    auto id = normaliseIdNumber(p.idNumber);
    if (!id)
        return id.error();
    p.idNumber = id.value();
    auto phone = normalisePhone(p.phone);
    if (!phone)
        return phone.error();
    p.phone = phone.value();
    if (p.placeId < 0)
        p.placeId = 0;
    return p;
}

int editDistance(const QString& a, const QString& b, int bound) {
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > bound)
        return bound + 1;
    QVector<int> previous(m + 1);
    QVector<int> current(m + 1);
    for (int j = 0; j <= m; ++j)
        previous[j] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowMin = current[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            rowMin = std::min(rowMin, current[j]);
        }
        if (rowMin > bound)
            return bound + 1;
        std::swap(previous, current);
    }
    return std::min(previous[m], bound + 1);
}

QString lastWord(const QString& foldedName) {
    const QString s = foldedName.simplified();
    const int space = int(s.lastIndexOf(QLatin1Char(' ')));
    return space < 0 ? s : s.mid(space + 1);
}

bool similarNames(const QString& foldedA, int yearA, const QString& foldedB, int yearB) {
    const QString a = foldedA.simplified();
    const QString b = foldedB.simplified();
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b)
        return yearA == 0 || yearB == 0 || yearA == yearB;
    return yearA != 0 && yearA == yearB && editDistance(a, b, 1) <= 1;
}

const QStringList& roles() {
    static const QStringList all = {QStringLiteral("suspect"), QStringLiteral("victim"),
                                    QStringLiteral("witness"), QStringLiteral("reporter")};
    return all;
}

QString roleLabel(const QString& role) {
    if (role == QLatin1String("suspect"))
        return QCoreApplication::translate("PersonMatch", "Suspect");
    if (role == QLatin1String("victim"))
        return QCoreApplication::translate("PersonMatch", "Victim");
    if (role == QLatin1String("witness"))
        return QCoreApplication::translate("PersonMatch", "Witness");
    if (role == QLatin1String("reporter"))
        return QCoreApplication::translate("PersonMatch", "Reporter");
    return role;
}

Result<void> validateOutcome(const SuspectOutcome& o, const QDateTime& now) {
    for (const QDateTime& t : {o.identifiedAt, o.arrestedAt, o.surrenderedAt, o.handedOverAt}) {
        if (t.isValid() && t > now)
            return invalid(QCoreApplication::translate(
                "PersonMatch", "A suspect's times cannot be in the future."));
    }
    if (o.caughtInAct && !o.arrestedAt.isValid())
        return invalid(QCoreApplication::translate(
            "PersonMatch", "Caught in the act: give the time of the arrest."));
    if (o.identifiedAt.isValid()) {
        if (o.arrestedAt.isValid() && o.arrestedAt < o.identifiedAt)
            return invalid(QCoreApplication::translate(
                "PersonMatch", "The arrest cannot be before the suspect was identified."));
        if (o.handedOverAt.isValid() && o.handedOverAt < o.identifiedAt)
            return invalid(QCoreApplication::translate(
                "PersonMatch", "The hand-over cannot be before the suspect was identified."));
    }
    if (o.arrestedAt.isValid() && o.handedOverAt.isValid() && o.handedOverAt < o.arrestedAt)
        return invalid(QCoreApplication::translate("PersonMatch",
                                                   "The hand-over cannot be before the arrest."));
    return {};
}

} // namespace binhyen::personmatch
