#pragma once

#include "JournalContent.h"
#include "SqliteDatabase.h"

namespace backstride::bench {

// The ten-year generated journal every benchmark measures (`generate --years 10 --seed 1`,
// ending 2026-06-30), generated once per process.
const JournalContent& tenYears();
// The same journal stored in an in-memory database.
SqliteDatabase& tenYearJournal();
const QDate& tenYearLastDay();

} // namespace backstride::bench
