#include "niceticks.h"

#include <algorithm>
#include <cmath>

namespace herald::NiceTicks {

double countStep(double raw)
{
    raw = std::max(1.0, raw);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * magnitude >= raw && (m != 2.5 || magnitude >= 10))
            return m * magnitude;
    return 10 * magnitude;
}

qint64 timeStepSecs(double raw)
{
    for (qint64 step : {1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200})
        if (double(step) >= raw)
            return step;
    return qint64(std::ceil(raw / 86400)) * 86400;
}

} // namespace herald::NiceTicks
