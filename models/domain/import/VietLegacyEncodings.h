#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

// Byte tables and codecs of the legacy Vietnamese encodings old office files still use. Pure
// functions, no state but lazily built lookup tables. TextDecoding.h is the interface to use.
namespace binhyen::vietenc {

// The twelve Vietnamese vowels (a ă â e ê i o ô ơ u ư y) in lower then upper case, each with the
// six tones in this order: none, sắc (acute), huyền (grave), hỏi (hook), ngã (tilde), nặng (dot).
inline constexpr int kVowelRows = 24;
inline constexpr int kToneCount = 6;
extern const char16_t kVowelGrid[kVowelRows][kToneCount];

// The 134 precomposed Vietnamese letters (every toned vowel, ă â ê ô ơ ư and đ, in both cases):
// lower case first, in grid order, đ last of each case. Plain a e i o u y are ASCII, not counted.
QString allVietnameseLetters();

// A Vietnamese letter split into its lower-case untoned base (a, ă, â, ..., đ, or an ASCII
// letter) and its tone (0 none .. 5 nặng). base is 0 for a character that is no such letter.
struct LetterParts {
    char16_t base = 0;
    int tone = 0;
    bool upper = false;
};
LetterParts splitLetter(char16_t c);

// text in Unicode normalisation form C, fast on long text too.
QString toNfc(const QString& text);

// Windows-1258: single bytes, tones as combining marks after the base; the result is NFC.
QString decodeWindows1258(QByteArrayView bytes);
// TCVN3 (ABC, TCVN 5712:1993 VN3): 67 lower-case letters and Ă Â Ê Ô Ơ Ư Đ in single bytes.
QString decodeTcvn3(QByteArrayView bytes);
// VNI Windows: a base byte followed by a mark byte ("a" + "ù" = á), a few single bytes.
QString decodeVni(QByteArrayView bytes);

// Encoders, mainly to produce test files. A character the encoding cannot hold becomes '?'.
// TCVN3 has no upper-case toned vowels: they are written with the lower-case byte, as ABC users
// did with the capital fonts (.VnTimeH), so they decode to lower case.
QByteArray encodeWindows1258(QStringView text);
QByteArray encodeTcvn3(QStringView text);
QByteArray encodeVni(QStringView text);

} // namespace binhyen::vietenc
