#pragma once

#include "models/domain/Error.h"

class QWidget;

namespace binhyen::ui {

// Message boxes with BinhYen's own (translated) buttons: Qt ships no Vietnamese for its own.
void showError(QWidget* parent, const QString& title, const Error& error);
void showInfo(QWidget* parent, const QString& title, const QString& text);
// A security alarm that must not block the window (shown with open(), deleted on close).
void showAlarm(QWidget* parent, const QString& title, const QString& text);
bool askYesNo(QWidget* parent, const QString& title, const QString& question);

} // namespace binhyen::ui
