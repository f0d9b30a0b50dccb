#include "models/domain/TipMatching.h"

#include "models/domain/TextFold.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace binhyen::tipmatching {

namespace {

// 2 digits, 1–2 letters, an optional series digit, then 4–5 digits ("123.45" / "12345" / "1234"),
// each part optionally separated by '.', '-' or a space. Not inside a longer word or number.
const QRegularExpression& plateExpression() {
    static const QRegularExpression re(
        QStringLiteral("(?<![0-9A-Za-z])[0-9]{2}[ .\\-]?[A-Za-z]{1,2}[ .\\-]?[0-9]?[ .\\-]?"
                       "(?:[0-9]{3}[.\\- ]?[0-9]{2}|[0-9]{4,5})(?![0-9A-Za-z])"));
    return re;
}

// The small stop-word list, folded (TextFold.h): function words, units of time, the kinds of
// places and forms of address that say nothing about what happened.
const QSet<QString>& stopWords() {
    static const QSet<QString> words = {
        QStringLiteral("va"),    QStringLiteral("cua"),   QStringLiteral("co"),
        QStringLiteral("la"),    QStringLiteral("nguoi"), QStringLiteral("da"),
        QStringLiteral("tai"),   QStringLiteral("ap"),    QStringLiteral("xa"),
        QStringLiteral("luc"),   QStringLiteral("gio"),   QStringLiteral("phut"),
        QStringLiteral("ngay"),  QStringLiteral("thang"), QStringLiteral("nam"),
        QStringLiteral("bi"),    QStringLiteral("duoc"),  QStringLiteral("cho"),
        QStringLiteral("voi"),   QStringLiteral("mot"),   QStringLiteral("cac"),
        QStringLiteral("nhung"), QStringLiteral("nay"),   QStringLiteral("do"),
        QStringLiteral("thi"),   QStringLiteral("ma"),    QStringLiteral("tren"),
        QStringLiteral("duoi"),  QStringLiteral("trong"), QStringLiteral("ngoai"),
        QStringLiteral("khi"),   QStringLiteral("den"),   QStringLiteral("tu"),
        QStringLiteral("ve"),    QStringLiteral("ra"),    QStringLiteral("vao"),
        QStringLiteral("khong"), QStringLiteral("hay"),   QStringLiteral("hoac"),
        QStringLiteral("roi"),   QStringLiteral("cung"),  QStringLiteral("de"),
        QStringLiteral("theo"),  QStringLiteral("nen"),   QStringLiteral("vi"),
        QStringLiteral("sau"),   QStringLiteral("truoc"), QStringLiteral("gan"),
        QStringLiteral("ba"),    QStringLiteral("ong"),   QStringLiteral("anh"),
        QStringLiteral("chi"),   QStringLiteral("em"),    QStringLiteral("thon"),
        QStringLiteral("khu"),   QStringLiteral("pho"),   QStringLiteral("huyen"),
        QStringLiteral("tinh"),  QStringLiteral("so"),    QStringLiteral("dang"),
        QStringLiteral("se"),    QStringLiteral("van"),   QStringLiteral("lai"),
        QStringLiteral("nhu"),   QStringLiteral("tin"),   QStringLiteral("bao"),
        QStringLiteral("dan"),   QStringLiteral("toi"),   QStringLiteral("ho"),
        QStringLiteral("nhieu"), QStringLiteral("rat"),   QStringLiteral("qua"),
    };
    return words;
}

bool hasDigit(const QString& s) {
    for (QChar c : s) {
        if (c.isDigit())
            return true;
    }
    return false;
}

// A word of the text, or a break (punctuation) between words.
struct Token {
    QString folded;
    QString shown;
    bool significant = false;
};

// Splits on everything that is not a letter, a digit or a combining mark; punctuation other than
// spaces gives a break token (empty folded form).
QList<Token> tokens(const QString& text, const QSet<QString>& ignored) {
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QList<Token> out;
    QString word;
    auto flush = [&]() {
        if (word.isEmpty())
            return;
        Token t;
        t.shown = word.toLower();
        t.folded = foldText(word);
        t.significant = t.folded.size() >= 2 && !hasDigit(t.folded) && !isStopWord(t.folded) &&
                        !ignored.contains(t.folded);
        out.append(t);
        word.clear();
    };
    for (QChar c : nfc) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            word.append(c);
            continue;
        }
        flush();
        if (!c.isSpace())
            out.append(Token{}); // a break
    }
    flush();
    return out;
}

void addUnique(QList<MatchWord>& list, QSet<QString>& seen, const MatchWord& w) {
    if (seen.contains(w.folded))
        return;
    seen.insert(w.folded);
    list.append(w);
}

QString capitalised(const QString& s) {
    return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1);
}

} // namespace

QString normalisePlate(const QString& plate) {
    QString out;
    for (QChar c : plate) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

QList<PlateMention> plateMentions(const QString& text) {
    QList<PlateMention> out;
    QSet<QString> seen;
    auto it = plateExpression().globalMatch(foldText(text));
    while (it.hasNext()) {
        const QString typed = it.next().captured(0).trimmed().toUpper();
        const QString normalised = normalisePlate(typed);
        if (seen.contains(normalised))
            continue;
        seen.insert(normalised);
        out.append({normalised, typed});
    }
    return out;
}

QStringList licencePlates(const QString& text) {
    QStringList out;
    for (const PlateMention& p : plateMentions(text))
        out << p.normalised;
    return out;
}

bool isStopWord(const QString& foldedWord) {
    return stopWords().contains(foldedWord);
}

MatchText matchText(const QString& text, const QSet<QString>& ignored) {
    MatchText out;
    out.plates = plateMentions(text);
    // Plates are matched as plates, not as words.
    QString rest = foldText(text);
    QString original = text.normalized(QString::NormalizationForm_C);
    if (original.size() == rest.size()) {
        auto it = plateExpression().globalMatch(rest);
        while (it.hasNext()) {
            const auto m = it.next();
            original.replace(m.capturedStart(), m.capturedLength(),
                             QString(m.capturedLength(), QLatin1Char(' ')));
        }
    }
    const QList<Token> all = tokens(original, ignored);
    QSet<QString> seenWords;
    QSet<QString> seenPairs;
    for (int i = 0; i < all.size(); ++i) {
        const Token& t = all.at(i);
        if (!t.significant)
            continue;
        addUnique(out.words, seenWords, {t.folded, t.shown});
        if (i + 1 < all.size() && all.at(i + 1).significant) {
            const Token& n = all.at(i + 1);
            addUnique(
                out.pairs, seenPairs,
                {t.folded + QLatin1Char(' ') + n.folded, t.shown + QLatin1Char(' ') + n.shown});
        }
    }
    return out;
}

QStringList significantWords(const QString& text, const QSet<QString>& ignored) {
    QStringList out;
    for (const MatchWord& w : matchText(text, ignored).words)
        out << w.folded;
    return out;
}

QStringList wordPairs(const QString& text, const QSet<QString>& ignored) {
    QStringList out;
    for (const MatchWord& w : matchText(text, ignored).pairs)
        out << w.folded;
    return out;
}

QStringList sharedWords(const MatchText& reference, const MatchText& other, int* sharedPhraseCount,
                        int* sharedWordCount) {
    QSet<QString> otherPairs;
    for (const MatchWord& p : other.pairs)
        otherPairs.insert(p.folded);
    QSet<QString> otherWords;
    for (const MatchWord& w : other.words)
        otherWords.insert(w.folded);
    QStringList shown;
    QSet<QString> used;
    int phrases = 0;
    for (const MatchWord& p : reference.pairs) {
        if (!otherPairs.contains(p.folded))
            continue;
        const QStringList parts = p.folded.split(QLatin1Char(' '));
        if (used.contains(parts.value(0)) && used.contains(parts.value(1)))
            continue;
        for (const QString& part : parts)
            used.insert(part);
        shown << p.shown;
        ++phrases;
    }
    int words = 0;
    for (const MatchWord& w : reference.words) {
        if (used.contains(w.folded) || !otherWords.contains(w.folded))
            continue;
        shown << w.shown;
        ++words;
    }
    if (sharedPhraseCount)
        *sharedPhraseCount = phrases;
    if (sharedWordCount)
        *sharedWordCount = words;
    return shown;
}

QString durationText(qint64 seconds) {
    const qint64 minutes = qAbs(seconds) / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    QStringList parts;
    if (days > 0)
        parts << QCoreApplication::translate("TipMatching", "%1 day(s)").arg(days);
    if (hours > 0)
        parts << QCoreApplication::translate("TipMatching", "%1 hour(s)").arg(hours);
    if (mins > 0 && days == 0)
        parts << QCoreApplication::translate("TipMatching", "%1 minute(s)").arg(mins);
    if (parts.isEmpty())
        return QCoreApplication::translate("TipMatching", "%1 minute(s)").arg(0);
    return parts.join(QLatin1Char(' '));
}

QList<SuggestionReason> reasons(const MatchSubject& kase, const QSet<qint64>& caseNeighbours,
                                const MatchSubject& tip, const SuggestionOptions& window) {
    QList<SuggestionReason> out;
    if (kase.placeId != 0 && tip.placeId == kase.placeId) {
        out.append({SuggestionReasonKind::SameHamlet,
                    QCoreApplication::translate("TipMatching", "Same %1 %2")
                        .arg(kase.placeKindLabel, kase.placeName)});
    } else if (tip.placeId != 0 && caseNeighbours.contains(tip.placeId)) {
        out.append({SuggestionReasonKind::NeighbourHamlet,
                    QCoreApplication::translate("TipMatching", "Neighbouring %1: %2")
                        .arg(tip.placeKindLabel, tip.placeName)});
        out.last().text = capitalised(out.last().text);
    }
    if (kase.at.isValid() && tip.at.isValid()) {
        const qint64 secs = kase.at.secsTo(tip.at);
        if (secs >= -qint64(window.hoursBefore) * 3600 &&
            secs <= qint64(window.hoursAfter) * 3600) {
            const QString at =
                QLocale(QLocale::Vietnamese).toString(tip.at, QStringLiteral("HH:mm dd/MM/yyyy"));
            QString text;
            if (secs / 60 == 0)
                text =
                    QCoreApplication::translate("TipMatching", "Received at %1, when it happened")
                        .arg(at);
            else if (secs > 0)
                text = QCoreApplication::translate("TipMatching",
                                                   "Received at %1, %2 after it happened")
                           .arg(at, durationText(secs));
            else
                text = QCoreApplication::translate("TipMatching",
                                                   "Received at %1, %2 before it happened")
                           .arg(at, durationText(secs));
            out.append({SuggestionReasonKind::TimeWindow, text});
        }
    }
    QSet<QString> tipPlates;
    for (const PlateMention& p : tip.text.plates)
        tipPlates.insert(p.normalised);
    QStringList plates;
    for (const PlateMention& p : kase.text.plates) {
        if (tipPlates.contains(p.normalised))
            plates << p.typed;
    }
    if (!plates.isEmpty())
        out.append({SuggestionReasonKind::SharedPlate,
                    QCoreApplication::translate("TipMatching", "Same licence plate %1")
                        .arg(plates.join(QStringLiteral(", ")))});
    int phrases = 0;
    int words = 0;
    const QStringList shared = sharedWords(kase.text, tip.text, &phrases, &words);
    if (phrases >= 1 || words >= 2)
        out.append({SuggestionReasonKind::SharedWords,
                    QCoreApplication::translate("TipMatching", "Shared words: %1")
                        .arg(shared.mid(0, 5).join(QStringLiteral(", ")))});
    return out;
}

bool isSuggested(const QList<SuggestionReason>& reasons) {
    bool inWindow = false;
    for (const SuggestionReason& r : reasons) {
        if (r.kind == SuggestionReasonKind::SharedPlate)
            return true;
        inWindow = inWindow || r.kind == SuggestionReasonKind::TimeWindow;
    }
    // Close in time and one more reason: a tip years away from the occurrence is not suggested
    // because it happened in the same hamlet and says "xe máy".
    return inWindow && reasons.size() >= 2;
}

} // namespace binhyen::tipmatching
