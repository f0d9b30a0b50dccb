#pragma once

#include "models/domain/Suggestion.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace binhyen {

// Pure matching rules behind the tip ↔ case suggestions (no SQL). Words are compared folded
// (TextFold.h: accents and đ/Đ → d, lower case); licence plates compared normalised.

// A licence plate as found in a text: Vietnamese motorbike / car plates, 2 digits, 1–2 letters,
// an optional digit, then 4–5 digits, with optional '.', '-' or space separators.
struct PlateMention {
    QString normalised; // "72E112345": letters upper case, no separators
    QString typed;      // as written, upper case: "72E1-123.45"
};

// A significant word or a pair of adjacent significant words.
struct MatchWord {
    QString folded; // "xe may"
    QString shown;  // lower case as first written: "xe máy"
};

// What of a text takes part in matching.
struct MatchText {
    QList<PlateMention> plates; // unique by normalised form, in order of appearance
    QList<MatchWord> words;     // significant words, unique, in order
    QList<MatchWord> pairs;     // bigrams of adjacent significant words, unique, in order
};

// One side of a (case, tip) pair: its hamlet, its time and its text.
struct MatchSubject {
    qint64 placeId = 0;     // 0: no hamlet
    QString placeKindLabel; // translated kind: "ấp", "khu phố" …
    QString placeName;      // "Cây Cám"
    QDateTime at;           // case: occurred (else opened); tip: received
    MatchText text;
};

namespace tipmatching {

// Plates in `text`, unique by normalised form ("72E1-123.45", "72E1 123.45", "72e112345",
// "72-E1 12345" → "72E112345").
QList<PlateMention> plateMentions(const QString& text);
QStringList licencePlates(const QString& text); // normalised forms only
QString normalisePlate(const QString& plate);   // "72e1-123.45" → "72E112345"

// True for a folded word of the small Vietnamese stop-word list ("va", "cua", "co", "la",
// "nguoi", "da", "tai", "ap", "xa", "luc", "gio" …).
bool isStopWord(const QString& foldedWord);
// Folded significant words of `text` (stop words, one-letter words, words with digits (times,
// numbers) and the words in `ignored` — folded, e.g. the commune's place names — left out), unique,
// in order.
QStringList significantWords(const QString& text, const QSet<QString>& ignored = {});
// Folded bigrams of adjacent significant words ("xe may", "trom cap"); a stop word, an ignored
// word or punctuation breaks adjacency.
QStringList wordPairs(const QString& text, const QSet<QString>& ignored = {});
MatchText matchText(const QString& text, const QSet<QString>& ignored = {});

// The shared phrases and words of two texts as `reference` writes them: shared pairs first
// (each counts as one phrase and uses up its two words), then shared single words.
// sharedPhraseCount / sharedWordCount receive the counts when not null.
QStringList sharedWords(const MatchText& reference, const MatchText& other,
                        int* sharedPhraseCount = nullptr, int* sharedWordCount = nullptr);

// Every reason that applies to a case and a candidate tip (in the order of
// SuggestionReasonKind). `caseNeighbours`: the ids of the hamlets bordering the case's hamlet.
// Plates and words are shown as the case writes them. Words count when at least one phrase or at
// least two single words are shared.
QList<SuggestionReason> reasons(const MatchSubject& kase, const QSet<qint64>& caseNeighbours,
                                const MatchSubject& tip, const SuggestionOptions& window);
// A suggestion needs a shared plate alone, or the time window and at least one more reason.
bool isSuggested(const QList<SuggestionReason>& reasons);

// "2 giờ 40 phút", "3 ngày 1 giờ", "40 phút" (translated).
QString durationText(qint64 seconds);

} // namespace tipmatching

} // namespace binhyen
