#pragma once

#include "CheckIn.h"
#include "DayLog.h"
#include "PainEntry.h"
#include "RoutineSession.h"
#include "Run.h"

#include <QList>
#include <QString>

namespace backstride {

// One thing wrong with an entry: the field (as named in the journal JSON) and what is wrong with
// it, in words a runner understands.
struct FieldProblem
{
    QString field;
    QString message;

    bool operator==(const FieldProblem&) const = default;
};

using FieldProblems = QList<FieldProblem>;

// Each returns every problem, not just the first, so a form can mark all wrong fields at once.
FieldProblems validate(const Run& run);
FieldProblems validate(const DayLog& day);
FieldProblems validate(const PainEntry& pain);
FieldProblems validate(const RoutineSession& routine);
FieldProblems validate(const CheckIn& checkIn);

// "runs[3].distance_m: must be greater than 0; runs[3].effort: ..." — prefix may be empty.
QString describeProblems(const FieldProblems& problems, const QString& prefix = {});

} // namespace backstride
