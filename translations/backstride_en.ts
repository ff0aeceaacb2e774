<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n runs would be imported</source>
        <translation>
            <numerusform>%n run would be imported</numerusform>
            <numerusform>%n runs would be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs imported</source>
        <translation>
            <numerusform>%n run imported</numerusform>
            <numerusform>%n runs imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new runs to import</source>
        <translation>
            <numerusform>%n new run to import</numerusform>
            <numerusform>%n new runs to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new runs imported</source>
        <translation>
            <numerusform>%n new run imported</numerusform>
            <numerusform>%n new runs imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files disappeared or changed while they were read (was the watch disconnected?); they are read again at the next sync.</source>
        <translation>
            <numerusform>%n file disappeared or changed while it was read (was the watch disconnected?); it is read again at the next sync.</numerusform>
            <numerusform>%n files disappeared or changed while they were read (was the watch disconnected?); they are read again at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days after today (up to %2) left out: desk time cannot have happened yet (a computer&apos;s clock set wrong?)</source>
        <translation>
            <numerusform>%1: %n day after today (%2) left out: desk time cannot have happened yet (a computer&apos;s clock set wrong?)</numerusform>
            <numerusform>%1: %n days after today (up to %2) left out: desk time cannot have happened yet (a computer&apos;s clock set wrong?)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message numerus="yes">
        <source>, %n set(s)</source>
        <translation>
            <numerusform>, %n set</numerusform>
            <numerusform>, %n sets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalJson</name>
    <message numerus="yes">
        <source>%1: nothing was imported, %n problem(s) found:
  </source>
        <translation>
            <numerusform>%1: nothing was imported, %n problem found:
  </numerusform>
            <numerusform>%1: nothing was imported, %n problems found:
  </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PainkillerRules</name>
    <message numerus="yes">
        <source>%1 on %n day(s)</source>
        <translation>
            <numerusform>%1 on %n day</numerusform>
            <numerusform>%1 on %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message numerus="yes">
        <source>%1: %n session(s) at level %2 with little or no pain and a settled morning — on to level %3</source>
        <translation>
            <numerusform>%1: %n session at level %2 with little or no pain and a settled morning — on to level %3</numerusform>
            <numerusform>%1: %n sessions at level %2 with little or no pain and a settled morning — on to level %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain %1/10 on %2, below %3/10 since: settling. Stretches daily, the glute warm-up before runs, core %n time(s) a week, at level 1.</source>
        <translation>
            <numerusform>Pain %1/10 on %2, below %3/10 since: settling. Stretches daily, the glute warm-up before runs, core once a week, at level 1.</numerusform>
            <numerusform>Pain %1/10 on %2, below %3/10 since: settling. Stretches daily, the glute warm-up before runs, core %n times a week, at level 1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No back pain logged: core work %n time(s) a week keeps it that way (in trials, exercise cut the risk of a new episode by about a third, Steffens 2016).</source>
        <translation>
            <numerusform>No back pain logged: core work once a week keeps it that way (in trials, exercise cut the risk of a new episode by about a third, Steffens 2016).</numerusform>
            <numerusform>No back pain logged: core work %n times a week keeps it that way (in trials, exercise cut the risk of a new episode by about a third, Steffens 2016).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No pain of %1/10 or more for %2 days: the back has settled. Core work %n time(s) a week with progression, stretches after runs, the glute warm-up before runs on long desk days.</source>
        <translation>
            <numerusform>No pain of %1/10 or more for %2 days: the back has settled. Core work once a week with progression, stretches after runs, the glute warm-up before runs on long desk days.</numerusform>
            <numerusform>No pain of %1/10 or more for %2 days: the back has settled. Core work %n times a week with progression, stretches after runs, the glute warm-up before runs on long desk days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A return-to-run plan is running: stretches daily, the glute warm-up before each session, core %n time(s) a week, at level 1.</source>
        <translation>
            <numerusform>A return-to-run plan is running: stretches daily, the glute warm-up before each session, core once a week, at level 1.</numerusform>
            <numerusform>A return-to-run plan is running: stretches daily, the glute warm-up before each session, core %n times a week, at level 1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message numerus="yes">
        <source>No stage changed yet; %n sessions logged.</source>
        <translation>
            <numerusform>No stage changed yet; %n session logged.</numerusform>
            <numerusform>No stage changed yet; %n sessions logged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) held at its level</source>
        <translation>
            <numerusform>%n time held at its level</numerusform>
            <numerusform>%n times held at its level</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; and %n more</numerusform>
            <numerusform>; and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 in all, %2 a week on average</source>
        <translation>
            <numerusform>%n run, %1 in all, %2 a week on average</numerusform>
            <numerusform>%n runs, %1 in all, %2 a week on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n day(s)</source>
        <translation>
            <numerusform>%1 on %n day</numerusform>
            <numerusform>%1 on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pain reading(s) taken under one</source>
        <translation>
            <numerusform>%1 of %n pain reading taken under one</numerusform>
            <numerusform>%1 of %n pain readings taken under one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstride::ExercisesDoneEditor</name>
    <message numerus="yes">
        <source> set(s)</source>
        <translation>
            <numerusform> set</numerusform>
            <numerusform> sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> rep(s)</source>
        <translation>
            <numerusform> rep</numerusform>
            <numerusform> reps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstride::ExercisesPage</name>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>about %n min</numerusform>
            <numerusform>about %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes; logged as %1</source>
        <translation>
            <numerusform>About %n minute; logged as %1</numerusform>
            <numerusform>About %n minutes; logged as %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstride::IcingTimer</name>
    <message numerus="yes">
        <source>Time to take the ice off: %n minute(s) of icing logged. %1</source>
        <translation>
            <numerusform>Time to take the ice off: %n minute of icing logged. %1</numerusform>
            <numerusform>Time to take the ice off: %n minutes of icing logged. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Iced %n× today.</source>
        <translation>
            <numerusform>Iced %n× today.</numerusform>
            <numerusform>Iced %n× today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstride::ImportController</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs imported</source>
        <translation>
            <numerusform>%n run imported</numerusform>
            <numerusform>%n runs imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them named no sport and were taken as runs; delete any that was not.</source>
        <translation>
            <numerusform>%n of them named no sport and was taken as a run; delete it if it was not.</numerusform>
            <numerusform>%n of them named no sport and were taken as runs; delete any that was not.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstride::InsightsPanel</name>
    <message numerus="yes">
        <source>Play the routine: %1, about %n min…</source>
        <translation>
            <numerusform>Play the routine: %1, about %n min…</numerusform>
            <numerusform>Play the routine: %1, about %n min…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start: %1, about %n min</source>
        <translation>
            <numerusform>Start: %1, about %n min</numerusform>
            <numerusform>Start: %1, about %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start, about %n min</source>
        <translation>
            <numerusform>Start, about %n min</numerusform>
            <numerusform>Start, about %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstride::JournalCommands</name>
    <message numerus="yes">
        <source>%n logged session(s) did this exercise: it stays, so that they keep its name and steps. Change it instead.</source>
        <translation>
            <numerusform>%n logged session did this exercise: it stays, so that it keeps its name and steps. Change it instead.</numerusform>
            <numerusform>%n logged sessions did this exercise: it stays, so that they keep its name and steps. Change it instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstride::JournalPage</name>
    <message numerus="yes">
        <source>%n days logged</source>
        <translation>
            <numerusform>%n day logged</numerusform>
            <numerusform>%n days logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with pain</source>
        <translation>
            <numerusform>%n day with pain</numerusform>
            <numerusform>%n days with pain</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstride::RunDialog</name>
    <message numerus="yes">
        <source>You sat %1 h today. A %n-minute glute warm-up first?</source>
        <translation>
            <numerusform>You sat %1 h today. A %n-minute glute warm-up first?</numerusform>
            <numerusform>You sat %1 h today. A %n-minute glute warm-up first?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstride::SyncPrompt</name>
    <message numerus="yes">
        <source>Imported %n new runs.</source>
        <translation>
            <numerusform>Imported %n new run.</numerusform>
            <numerusform>Imported %n new runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files disappeared or changed while they were read (was the watch disconnected?); they are read again next time.</source>
        <translation>
            <numerusform>%n file disappeared or changed while it was read (was the watch disconnected?); it is read again next time.</numerusform>
            <numerusform>%n files disappeared or changed while they were read (was the watch disconnected?); they are read again next time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstride::WeeklyTrendChart</name>
    <message numerus="yes">
        <source>Painkillers: on %n day(s), %1</source>
        <translation>
            <numerusform>Painkillers: on %n day, %1</numerusform>
            <numerusform>Painkillers: on %n days, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pain entries taken under one</source>
        <translation>
            <numerusform>%n pain entry taken under one</numerusform>
            <numerusform>%n pain entries taken under one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A painkiller in %n week(s).</source>
        <translation>
            <numerusform>A painkiller in %n week.</numerusform>
            <numerusform>A painkiller in %n weeks.</numerusform>
        </translation>
    </message>
</context>
</TS>
