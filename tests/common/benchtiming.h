#pragma once

// Timing helpers for the benchmarks: medians of repeated runs, in milliseconds.

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

namespace BenchTiming {

// The median of the values (the mean of the middle two for an even count); 0 for none.
inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// Milliseconds since the timer was started.
inline double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Runs f `reps` times (after one warm-up run) and returns the median in milliseconds.
template<typename F>
double medianMs(int reps, F &&f)
{
    f();
    QList<double> times;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.append(msSince(t));
    }
    return median(times);
}

} // namespace BenchTiming
