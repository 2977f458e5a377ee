#pragma once

// Shared by the number pools page's sources only: the columns of a pool's numbers and how a
// rotation, a state, a rate and a time read there.

#include "domain/phonenumber.h"

#include <QString>

class QDateTime;

namespace herald::numberpools {

enum Column { Number, State, Today, Attempts, Successes, Failures, OptOuts, Rate, LastUsed, ColumnCount };

QString rotationLabel(const QString &rotation);
QString stateLabel(PhoneNumber::State s);
QString rateText(const PhoneNumber &n);
QString timeText(const QDateTime &t);

} // namespace herald::numberpools
