#pragma once

#include "core/diagnostic.h"

namespace Models {

class AppRepository;

// Cross-file checks of an app (format reference §2-§8). Each finding names its file,
// a JSON pointer (or element id) and what is wrong in plain language. Real apps must
// give no errors unless the fault is really there; uncertain cases are warnings.
Diagnostics validateApp(const AppRepository &repo);

} // namespace Models
