#pragma once

#include <QtGlobal>

namespace herald::NiceTicks {

// The smallest 1, 2, 2.5 or 5 x 10^n step of at least `raw` (and at least 1); 2.5 only
// from 25 up, so labels stay whole numbers that never repeat.
double countStep(double raw);
// The smallest step of at least `raw` seconds that a clock reads well: 1, 2, 5, 10, 15
// or 30 seconds or minutes, 1, 2, 3, 6 or 12 hours, then whole days.
qint64 timeStepSecs(double raw);

} // namespace herald::NiceTicks
