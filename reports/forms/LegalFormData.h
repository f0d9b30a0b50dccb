#pragma once

// The plain values the legal forms print live in the models layer (reports → models is allowed),
// so the repo that gathers them and the forms that print them share one definition.
#include "models/domain/LegalForms.h"
