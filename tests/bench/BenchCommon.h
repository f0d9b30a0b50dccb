#pragma once

#include "models/domain/Error.h"
#include "models/security/SecretBytes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace binhyen {

class Arguments;

namespace bench {

// Everything binhyen-bench says to people goes to stderr; stdout carries only the final JSON.
void note(const QString& message);
int failWith(const Error& error);
int usageError(const QString& message);
void printJson(const QJsonObject& object);

// The password of the benchmark account: BINHYEN_PASSWORD, never an argument or a prompt.
bool passwordFromEnvironment(SecretBytes& password);

// Milliseconds of a list of runs: median, p95 (nearest rank), max and the count of runs.
QJsonObject summarize(QList<double> millis);
double peakRssMegabytes();

int runGenerate(const Arguments& args);
int runBenchmark(const Arguments& args);

} // namespace bench
} // namespace binhyen
