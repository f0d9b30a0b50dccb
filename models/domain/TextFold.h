#pragma once

#include <QString>

namespace binhyen {

// Vietnamese accent-blind folding: decompose (NFD), drop combining marks, map đ/Đ to d, lower
// case. "Đất Đỏ" → "dat do", "Trộm cắp" → "trom cap". Applied both to indexed text and to the
// user's query. Keeps the character length of NFC input (one folded character per character).
QString foldText(const QString& text);

} // namespace binhyen
