<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ActivityImporter</name>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>is %1 MB, far larger than any activity file</source>
        <translation>ist %1 MB groß, weit größer als jede Aktivitätsdatei</translation>
    </message>
    <message>
        <source>is not an activity file Backstride reads (GPX, TCX, FIT, a Strava activities.csv or export)</source>
        <translation>ist keine Aktivitätsdatei, die Backstride liest (GPX, TCX, FIT, eine Strava-activities.csv oder ein Strava-Export)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>the folder has no GPX, TCX or FIT files</source>
        <translation>der Ordner enthält keine GPX-, TCX- oder FIT-Dateien</translation>
    </message>
    <message>
        <source>the archive has no activities.csv and no GPX, TCX or FIT files</source>
        <translation>das Archiv enthält keine activities.csv und keine GPX-, TCX- oder FIT-Dateien</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>cancelled: nothing was imported</source>
        <translation>abgebrochen: nichts wurde importiert</translation>
    </message>
</context>
<context>
    <name>ActivityWatch</name>
    <message>
        <source>%1: cannot be read as an ActivityWatch database (it may be encrypted, or not a SQLite file); nothing was imported</source>
        <translation>%1: lässt sich nicht als ActivityWatch-Datenbank lesen (vielleicht verschlüsselt oder keine SQLite-Datei); nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: a SQLite database, but not one of ActivityWatch&apos;s (no bucketmodel and eventmodel, nor buckets and events tables); nothing was imported</source>
        <translation>%1: eine SQLite-Datenbank, aber keine von ActivityWatch (weder Tabellen bucketmodel und eventmodel noch buckets und events); nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: eventmodel row %2: timestamp “%3” is not a time; nothing was imported</source>
        <translation>%1: eventmodel Zeile %2: Zeitstempel „%3“ ist keine Zeit; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: “buckets” is not an object of buckets by id; nothing was imported</source>
        <translation>%1: „buckets“ ist kein Objekt mit Buckets nach ID; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: %2.timestamp: “%3” is not a time; nothing was imported</source>
        <translation>%1: %2.timestamp: „%3“ ist keine Zeit; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: %2.duration: not a number of seconds; nothing was imported</source>
        <translation>%1: %2.duration: keine Anzahl Sekunden; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: no AFK bucket (aw-watcher-afk, type afkstatus) in this ActivityWatch export, so there is no desk time in it; nothing was imported</source>
        <translation>%1: kein AFK-Bucket (aw-watcher-afk, Typ afkstatus) in diesem ActivityWatch-Export, also keine Schreibtischzeit; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: no AFK bucket (aw-watcher-afk, type afkstatus) in this ActivityWatch database, so there is no desk time in it; nothing was imported</source>
        <translation>%1: kein AFK-Bucket (aw-watcher-afk, Typ afkstatus) in dieser ActivityWatch-Datenbank, also keine Schreibtischzeit; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at %2; nothing was imported</source>
        <translation>%1: kein gültiges JSON bei %2; nichts wurde importiert</translation>
    </message>
</context>
<context>
    <name>AnalysisThresholds</name>
    <message>
        <source>Days most flags look back over</source>
        <translation>Tage, auf die die meisten Markierungen zurückblicken</translation>
    </message>
    <message>
        <source>Days a warning-sign answer stays flagged</source>
        <translation>Tage, die eine Warnzeichen-Antwort markiert bleibt</translation>
    </message>
    <message>
        <source>Days that count as recent pain for the self-care flags</source>
        <translation>Tage, die für die Selbstfürsorge-Markierungen als jüngster Schmerz zählen</translation>
    </message>
    <message>
        <source>Pain (0-10) at or above which a day counts as a pain day</source>
        <translation>Schmerz (0–10), ab dem ein Tag als Schmerztag zählt</translation>
    </message>
    <message>
        <source>Pain (0-10) at or above which pain is severe</source>
        <translation>Schmerz (0–10), ab dem Schmerz stark ist</translation>
    </message>
    <message>
        <source>Pain days in each of the last two weeks that make pain persistent</source>
        <translation>Schmerztage in jeder der letzten zwei Wochen, ab denen Schmerz anhaltend ist</translation>
    </message>
    <message>
        <source>Drop in mean pain (points) that counts as getting better</source>
        <translation>Rückgang des mittleren Schmerzes (Punkte), der als Besserung zählt</translation>
    </message>
    <message>
        <source>Weekly distance increase (%) on the week before that is a ramp</source>
        <translation>Anstieg der Wochenstrecke (%) gegenüber der Vorwoche, der als Sprung zählt</translation>
    </message>
    <message>
        <source>Weekly distance increase (%) on two weeks before that is a ramp</source>
        <translation>Anstieg der Wochenstrecke (%) gegenüber vor zwei Wochen, der als Sprung zählt</translation>
    </message>
    <message>
        <source>Smallest weekly distance (km) a ramp is measured from</source>
        <translation>Kleinste Wochenstrecke (km), ab der ein Sprung gemessen wird</translation>
    </message>
    <message>
        <source>Days after a ramp week in which pain counts as following it</source>
        <translation>Tage nach einer Sprung-Woche, in denen Schmerz als Folge zählt</translation>
    </message>
    <message>
        <source>Weeks before the last 7 days that make the usual (chronic) load</source>
        <translation>Wochen vor den letzten 7 Tagen, die die übliche (chronische) Belastung bilden</translation>
    </message>
    <message>
        <source>Last 7 days&apos; distance over the usual weekly distance that is too much</source>
        <translation>Strecke der letzten 7 Tage geteilt durch die übliche Wochenstrecke, ab der es zu viel ist</translation>
    </message>
    <message>
        <source>Smallest usual weekly distance (km) the load ratio is measured on</source>
        <translation>Kleinste übliche Wochenstrecke (km), ab der das Belastungsverhältnis gemessen wird</translation>
    </message>
    <message>
        <source>Sitting hours at or above which a day is a long desk day</source>
        <translation>Sitzstunden, ab denen ein Tag ein langer Schreibtischtag ist</translation>
    </message>
    <message>
        <source>Runs after long desk days followed by pain that raise the flag</source>
        <translation>Läufe nach langen Schreibtischtagen mit folgendem Schmerz, ab denen markiert wird</translation>
    </message>
    <message>
        <source>How many times likelier pain after desk-day runs raises the flag</source>
        <translation>Wie viel wahrscheinlicher Schmerz nach Schreibtischtag-Läufen sein muss, damit markiert wird</translation>
    </message>
    <message>
        <source>Days looked at for runs without a glute warm-up</source>
        <translation>Betrachtete Tage für Läufe ohne Gesäß-Aktivierung</translation>
    </message>
    <message>
        <source>Desk-day runs without a glute warm-up that raise the flag</source>
        <translation>Schreibtischtag-Läufe ohne Gesäß-Aktivierung, ab denen markiert wird</translation>
    </message>
    <message>
        <source>Pain (0-10) on the day or the day before a run that means running through pain</source>
        <translation>Schmerz (0–10) am Tag eines Laufs oder am Vortag, der Laufen trotz Schmerz bedeutet</translation>
    </message>
    <message>
        <source>Pain during a run above this means running through pain</source>
        <translation>Schmerz während eines Laufs über diesem Wert bedeutet Laufen trotz Schmerz</translation>
    </message>
    <message>
        <source>Days without core work, while in pain, that raise the flag</source>
        <translation>Tage ohne Rumpftraining bei Schmerzen, ab denen markiert wird</translation>
    </message>
    <message>
        <source>Days in each of the two windows whose pain reach is compared</source>
        <translation>Tage in jedem der beiden Zeitfenster, deren Schmerzausbreitung verglichen wird</translation>
    </message>
    <message>
        <source>Pain entries on a side needed in each window to compare its reach</source>
        <translation>Schmerzeinträge auf einer Seite, die jedes Zeitfenster für den Vergleich braucht</translation>
    </message>
    <message>
        <source>Change in the mean reach (levels from low back 0 to foot 5) that counts as moving</source>
        <translation>Änderung der mittleren Ausbreitung (Stufen vom unteren Rücken 0 bis zum Fuß 5), die als Bewegung zählt</translation>
    </message>
    <message>
        <source>Recent days in which pain newly below the knee is flagged</source>
        <translation>Letzte Tage, in denen neuer Schmerz unterhalb des Knies markiert wird</translation>
    </message>
    <message>
        <source>Days before those without pain below the knee that make it new</source>
        <translation>Tage davor ohne Schmerz unterhalb des Knies, die ihn neu machen</translation>
    </message>
    <message>
        <source>Change in the mean function score that is more than measurement noise</source>
        <translation>Änderung des mittleren Funktionswerts, die mehr als Messrauschen ist</translation>
    </message>
    <message>
        <source>Change in one activity&apos;s rating that is more than measurement noise</source>
        <translation>Änderung der Bewertung einer Tätigkeit, die mehr als Messrauschen ist</translation>
    </message>
    <message>
        <source>Change in the mean function score that is meaningful to a runner</source>
        <translation>Änderung des mittleren Funktionswerts, die für Läufer bedeutsam ist</translation>
    </message>
    <message>
        <source>Change in mean pain (points) that is meaningful</source>
        <translation>Änderung des mittleren Schmerzes (Punkte), die bedeutsam ist</translation>
    </message>
    <message>
        <source>Change in mean pain (%) that is meaningful</source>
        <translation>Änderung des mittleren Schmerzes (%), die bedeutsam ist</translation>
    </message>
    <message>
        <source>Days at each end of a period whose mean pain is compared</source>
        <translation>Tage an jedem Ende eines Zeitraums, deren mittlerer Schmerz verglichen wird</translation>
    </message>
    <message>
        <source>Days of check-ins the function flags compare</source>
        <translation>Tage mit Wochenchecks, die die Funktionshinweise vergleichen</translation>
    </message>
    <message>
        <source>Smallest Spearman correlation a link to pain is told at</source>
        <translation>Kleinste Spearman-Korrelation, ab der ein Zusammenhang mit Schmerz genannt wird</translation>
    </message>
    <message>
        <source>False-discovery rate (q) at or below which a link to pain counts</source>
        <translation>Falscherkennungsrate (q), bis zu der ein Zusammenhang mit Schmerz zählt</translation>
    </message>
    <message>
        <source>Shuffles behind each test of chance</source>
        <translation>Zufallsmischungen hinter jedem Zufallstest</translation>
    </message>
    <message>
        <source>Days the links to pain are looked for in</source>
        <translation>Tage, in denen nach Zusammenhängen mit Schmerz gesucht wird</translation>
    </message>
    <message>
        <source>Days (with sitting hours, or with and without self-care) needed before a daily link is tested</source>
        <translation>Tage (mit Sitzstunden, oder mit und ohne Selbstfürsorge), bevor ein täglicher Zusammenhang geprüft wird</translation>
    </message>
    <message>
        <source>Whole weeks needed before the weekly-distance link is tested</source>
        <translation>Ganze Wochen, bevor der Zusammenhang mit dem Wochenumfang geprüft wird</translation>
    </message>
    <message>
        <source>Runs needed before a link between a kind of run and pain is tested</source>
        <translation>Läufe, bevor ein Zusammenhang zwischen Laufart und Schmerz geprüft wird</translation>
    </message>
    <message>
        <source>Days or runs needed on each side (with and without) of a comparison</source>
        <translation>Tage oder Läufe auf jeder Seite (mit und ohne) eines Vergleichs</translation>
    </message>
    <message>
        <source>Effort (1-10) at or above which a run is hard</source>
        <translation>Anstrengung (1–10), ab der ein Lauf hart ist</translation>
    </message>
    <message>
        <source>Pain (0-10) during or after a return-to-run session at or below which it went well</source>
        <translation>Schmerz (0–10) während oder nach einer Wiedereinstiegs-Einheit, bis zu dem sie gut lief</translation>
    </message>
    <message>
        <source>Pain (0-10) above which a return-to-run session means a step back</source>
        <translation>Schmerz (0–10), über dem eine Wiedereinstiegs-Einheit einen Schritt zurück bedeutet</translation>
    </message>
    <message>
        <source>Good sessions in a row that move the return-to-run plan up a stage</source>
        <translation>Gute Einheiten in Folge, die den Wiedereinstiegsplan eine Stufe höher bringen</translation>
    </message>
    <message>
        <source>Times a stage is held before a professional should look</source>
        <translation>Wie oft eine Stufe wiederholt wird, bevor Fachleute draufschauen sollten</translation>
    </message>
    <message>
        <source>Rest days advised after a step back</source>
        <translation>Empfohlene Ruhetage nach einem Schritt zurück</translation>
    </message>
    <message>
        <source>Weekly distance of the first volume stage (% of the former weekly distance)</source>
        <translation>Wochenumfang der ersten Umfangsstufe (% des früheren Wochenumfangs)</translation>
    </message>
    <message>
        <source>Weekly distance of the second volume stage, hills and speed allowed (%)</source>
        <translation>Wochenumfang der zweiten Umfangsstufe, Hügel und Tempo erlaubt (%)</translation>
    </message>
    <message>
        <source>Weekly distance of the last volume stage, then the plan is complete (%)</source>
        <translation>Wochenumfang der letzten Umfangsstufe, danach ist der Plan abgeschlossen (%)</translation>
    </message>
    <message>
        <source>Days without a warning sign or pain below the knee before a return-to-run plan is offered</source>
        <translation>Tage ohne Warnzeichen und ohne Schmerz unterhalb des Knies, bevor ein Wiedereinstiegsplan angeboten wird</translation>
    </message>
    <message>
        <source>Days looked at for a flare (pain at the running-through-pain level)</source>
        <translation>Betrachtete Tage für einen Schub (Schmerz auf der Stufe „Laufen trotz Schmerz“)</translation>
    </message>
    <message>
        <source>Days without a pain day before the exercises move on to strengthening</source>
        <translation>Tage ohne Schmerztag, bevor die Übungen zur Kräftigung übergehen</translation>
    </message>
    <message>
        <source>Core sessions a week once the back has settled</source>
        <translation>Rumpfeinheiten pro Woche, sobald sich der Rücken beruhigt hat</translation>
    </message>
    <message>
        <source>Core sessions a week, at level 1, while the back is settling</source>
        <translation>Rumpfeinheiten pro Woche, auf Stufe 1, solange sich der Rücken beruhigt</translation>
    </message>
    <message>
        <source>How many points worse the next morning steps an exercise back a level</source>
        <translation>Um wie viele Punkte schlechter am nächsten Morgen eine Übung eine Stufe zurückgeht</translation>
    </message>
    <message>
        <source>Hours after an anti-inflammatory (NSAID) that a pain reading counts as under it</source>
        <translation>Stunden nach einem Entzündungshemmer (NSAR), in denen ein Schmerzwert als darunter gilt</translation>
    </message>
    <message>
        <source>Hours after paracetamol that a pain reading counts as under it</source>
        <translation>Stunden nach Paracetamol, in denen ein Schmerzwert als darunter gilt</translation>
    </message>
    <message>
        <source>Hours after an opioid that a pain reading counts as under it</source>
        <translation>Stunden nach einem Opioid, in denen ein Schmerzwert als darunter gilt</translation>
    </message>
    <message>
        <source>Hours after a muscle relaxant that a pain reading counts as under it</source>
        <translation>Stunden nach einem Muskelrelaxans, in denen ein Schmerzwert als darunter gilt</translation>
    </message>
    <message>
        <source>Hours after a medicine for nerve pain that a pain reading counts as under it</source>
        <translation>Stunden nach einem Mittel gegen Nervenschmerzen, in denen ein Schmerzwert als darunter gilt</translation>
    </message>
    <message>
        <source>Hours after a gel or patch that a pain reading counts as under it</source>
        <translation>Stunden nach einem Gel oder Pflaster, in denen ein Schmerzwert als darunter gilt</translation>
    </message>
    <message>
        <source>Hours after any other painkiller that a pain reading counts as under it</source>
        <translation>Stunden nach einem anderen Schmerzmittel, in denen ein Schmerzwert als darunter gilt</translation>
    </message>
    <message>
        <source>Days with a painkiller that make its use regular</source>
        <translation>Tage mit einem Schmerzmittel, ab denen die Einnahme regelmäßig ist</translation>
    </message>
    <message>
        <source>Last days the regular-painkillers flag counts over</source>
        <translation>Letzte Tage, über die der Hinweis auf regelmäßige Schmerzmittel zählt</translation>
    </message>
</context>
<context>
    <name>BodyMapWidget</name>
    <message>
        <source>Left and right are your own. Space chooses or clears this site.</source>
        <translation>Links und rechts sind Ihre eigenen. Leertaste wählt diese Stelle oder hebt die Wahl auf.</translation>
    </message>
    <message>
        <source>%1 body sites, on the back view and on the front view; left and right are your own. </source>
        <translation>%1 Körperstellen, auf der Rückansicht und der Vorderansicht; links und rechts sind Ihre eigenen. </translation>
    </message>
</context>
<context>
    <name>ChartSaving</name>
    <message>
        <source>%1: cannot write the picture</source>
        <translation>%1: das Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save as PNG (screen resolution)…</source>
        <translation>Als PNG speichern (Bildschirmauflösung)…</translation>
    </message>
    <message>
        <source>Save as PNG (print resolution, 300 dpi)…</source>
        <translation>Als PNG speichern (Druckauflösung, 300 dpi)…</translation>
    </message>
</context>
<context>
    <name>ChartsModule</name>
    <message>
        <source>the charts cannot be shown: %1 (is Backstride installed completely?)</source>
        <translation>die Diagramme können nicht angezeigt werden: %1 (ist Backstride vollständig installiert?)</translation>
    </message>
</context>
<context>
    <name>CheckInStore</name>
    <message>
        <source>date: there is already a check-in on %1</source>
        <translation>date: am %1 gibt es schon einen Wochencheck</translation>
    </message>
    <message>
        <source>check-in %1 is not in the journal</source>
        <translation>Wochencheck %1 ist nicht im Tagebuch</translation>
    </message>
</context>
<context>
    <name>Clearances</name>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>muss ein Datum sein (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>must say who saw you (a physical therapist, a doctor, a name)</source>
        <translation>muss sagen, wer Sie untersucht hat (Physiotherapie, Arztpraxis, ein Name)</translation>
    </message>
    <message>
        <source>must be at most 200 characters</source>
        <translation>darf höchstens 200 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must clear running, exercise or both</source>
        <translation>muss Laufen, Übungen oder beides freigeben</translation>
    </message>
    <message>
        <source>must be at most 4000 characters</source>
        <translation>darf höchstens 4000 Zeichen lang sein</translation>
    </message>
    <message>
        <source>cleared to run and exercise</source>
        <translation>Laufen und Übungen freigegeben</translation>
    </message>
    <message>
        <source>cleared to run</source>
        <translation>Laufen freigegeben</translation>
    </message>
    <message>
        <source>cleared to exercise</source>
        <translation>Übungen freigegeben</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Journal file (default: %1).</source>
        <translation>Tagebuchdatei (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>--%1: “%2” is not a date (use YYYY-MM-DD)</source>
        <translation>--%1: „%2“ ist kein Datum (JJJJ-MM-TT verwenden)</translation>
    </message>
    <message>
        <source> row %1</source>
        <translation> Zeile %1</translation>
    </message>
    <message>
        <source>would import</source>
        <translation>würde importieren</translation>
    </message>
    <message>
        <source>%1: already in the journal, %2</source>
        <translation>%1: schon im Tagebuch, %2</translation>
    </message>
    <message>
        <source>%1: skipped, not a run (%2)</source>
        <translation>%1: übersprungen, kein Lauf (%2)</translation>
    </message>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1: nicht importiert: %2</translation>
    </message>
    <message>
        <source>Check the files; change nothing.</source>
        <translation>Die Dateien prüfen; nichts ändern.</translation>
    </message>
    <message>
        <source>Print one JSON object per activity (per journal file).</source>
        <translation>Ein JSON-Objekt pro Aktivität (pro Tagebuchdatei) ausgeben.</translation>
    </message>
    <message>
        <source>import: name at least one file</source>
        <translation>import: mindestens eine Datei angeben</translation>
    </message>
    <message>
        <source> Nothing was imported.</source>
        <translation> Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1: %2; nichts wurde importiert</translation>
    </message>
    <message>
        <source>would have</source>
        <translation>hätte</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>kann nicht auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>Erster Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation>Letzter Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Write the journal as JSON to FILE (- for stdout).</source>
        <translation>Das Tagebuch als JSON nach FILE schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Write CSV files to DIR.</source>
        <translation>CSV-Dateien nach DIR schreiben.</translation>
    </message>
    <message>
        <source>Write the therapist&apos;s report to FILE.</source>
        <translation>Den Bericht für die Physiotherapie nach FILE schreiben.</translation>
    </message>
    <message>
        <source>export: choose exactly one of --json, --csv, --pdf</source>
        <translation>export: genau eines von --json, --csv, --pdf wählen</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 liegt nach --to %2</translation>
    </message>
    <message>
        <source>Years of entries (1-50, default 1).</source>
        <translation>Jahre an Einträgen (1–50, Vorgabe 1).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Zufallsstartwert (Vorgabe 1).</translation>
    </message>
    <message>
        <source>Last day of the journal (default today).</source>
        <translation>Letzter Tag des Tagebuchs (Vorgabe heute).</translation>
    </message>
    <message>
        <source>End in a spreading-pain episode, as the demo journal does.</source>
        <translation>Mit einer Phase ausstrahlender Schmerzen enden, wie das Demo-Tagebuch.</translation>
    </message>
    <message>
        <source>generate: --db PATH is required (a synthetic journal never goes into your own)</source>
        <translation>generate: --db PATH ist erforderlich (ein erzeugtes Tagebuch kommt nie in Ihr eigenes)</translation>
    </message>
    <message>
        <source>--years: “%1” is not a whole number from 1 to 50</source>
        <translation>--years: „%1“ ist keine ganze Zahl von 1 bis 50</translation>
    </message>
    <message>
        <source>--seed: “%1” is not a whole number</source>
        <translation>--seed: „%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1: already has %2 entries; generate writes only into a new or empty journal</source>
        <translation>%1: hat schon %2 Einträge; generate schreibt nur in ein neues oder leeres Tagebuch</translation>
    </message>
    <message>
        <source>%1: generated %2 days logged, %3 runs, %4 pain entries, %5 self-care sessions</source>
        <translation>%1: erzeugt: %2 erfasste Tage, %3 Läufe, %4 Schmerzeinträge, %5 Selbstfürsorge-Einheiten</translation>
    </message>
    <message>
        <source>The day the analysis looks back from (YYYY-MM-DD, default today).</source>
        <translation>Der Tag, von dem die Auswertung zurückblickt (JJJJ-MM-TT, Vorgabe heute).</translation>
    </message>
    <message>
        <source>Print the flags as JSON.</source>
        <translation>Die Markierungen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>sit h/day</source>
        <translation>Sitz h/Tag</translation>
    </message>
    <message>
        <source>pain days</source>
        <translation>Schmerztage</translation>
    </message>
    <message>
        <source>pain mean</source>
        <translation>Schmerz Mw.</translation>
    </message>
    <message>
        <source>pain max</source>
        <translation>Schmerz max</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, default the journal&apos;s first entry).</source>
        <translation>Erster Tag (JJJJ-MM-TT, Vorgabe der erste Eintrag des Tagebuchs).</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD, default the journal&apos;s last entry).</source>
        <translation>Letzter Tag (JJJJ-MM-TT, Vorgabe der letzte Eintrag des Tagebuchs).</translation>
    </message>
    <message>
        <source>Print the weeks as JSON.</source>
        <translation>Die Wochen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Write the copy to FILE (default: the backups folder beside the journal).</source>
        <translation>Die Kopie nach FILE schreiben (Vorgabe: der Sicherungsordner neben dem Tagebuch).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Die wiederherzustellende Sicherung.</translation>
    </message>
    <message>
        <source>restore: name exactly one backup</source>
        <translation>restore: genau eine Sicherung angeben</translation>
    </message>
    <message>
        <source>%1: restored from %2</source>
        <translation>%1: wiederhergestellt aus %2</translation>
    </message>
    <message>
        <source>; the journal it replaced is kept as %1</source>
        <translation>; das ersetzte Tagebuch ist als %1 aufbewahrt</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>Activity files (GPX, TCX, FIT, also .gz), folders of them, a Strava export (.zip, folder or activities.csv), or Backstride journal JSON files.</source>
        <translation>Aktivitätsdateien (GPX, TCX, FIT, auch .gz), Ordner davon, ein Strava-Export (.zip, Ordner oder activities.csv) oder Backstride-Tagebuch-JSON-Dateien.</translation>
    </message>
    <message>
        <source>; nothing was imported</source>
        <translation>; nichts wurde importiert</translation>
    </message>
    <message>
        <source>the report cannot be drawn here: Backstride&apos;s window module is not loaded</source>
        <translation>der Bericht kann hier nicht gezeichnet werden: das Fenstermodul von Backstride ist nicht geladen</translation>
    </message>
    <message>
        <source>no journal yet at %1; log a run or import files to start one</source>
        <translation>noch kein Tagebuch unter %1; erfassen Sie einen Lauf oder importieren Sie Dateien, um eines anzulegen</translation>
    </message>
    <message>
        <source>backstride: unknown command “%1”</source>
        <translation>backstride: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>more than measurement noise</source>
        <translation>mehr als Messrauschen</translation>
    </message>
    <message>
        <source>meaningful</source>
        <translation>bedeutsam</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Vom %1 bis %2</translation>
    </message>
    <message>
        <source>Function: no check-in in this period</source>
        <translation>Funktion: kein Wochencheck in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Function: %1/10 on %2 (one check-in: nothing to compare yet)</source>
        <translation>Funktion: %1/10 am %2 (ein Wochencheck: noch nichts zu vergleichen)</translation>
    </message>
    <message>
        <source>Function: %1 → %2, change %3%4</source>
        <translation>Funktion: %1 → %2, Änderung %3%4</translation>
    </message>
    <message>
        <source>  %1: %2 → %3, change %4%5</source>
        <translation>  %1: %2 → %3, Änderung %4%5</translation>
    </message>
    <message>
        <source>Global change: %1 on %2</source>
        <translation>Gesamtveränderung: %1 am %2</translation>
    </message>
    <message>
        <source>Pain: %1 in the first weeks → %2 in the last, change %3%4</source>
        <translation>Schmerz: %1 in den ersten Wochen → %2 in den letzten, Änderung %3%4</translation>
    </message>
    <message>
        <source>Pain: too few entries at the start or the end of the period to compare</source>
        <translation>Schmerz: zu wenige Einträge am Anfang oder Ende des Zeitraums für einen Vergleich</translation>
    </message>
    <message>
        <source>Print the outcomes as JSON.</source>
        <translation>Die Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1: nothing logged yet, so there is nothing to compare</source>
        <translation>%1: noch nichts erfasst, also nichts zu vergleichen</translation>
    </message>
    <message>
        <source>%1: unexpected argument “%2”</source>
        <translation>%1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <source>Print every factor and lag as JSON.</source>
        <translation>Jeden Faktor und jede Verzögerung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1: %2 sitting %3 (desk time from ActivityWatch)</source>
        <translation>%1: Sitzen %3 %2 (Schreibtischzeit aus ActivityWatch)</translation>
    </message>
    <message>
        <source>would set</source>
        <translation>würde gesetzt</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>%1: kept the %2 you logged (ActivityWatch: %3)</source>
        <translation>%1: Ihre eingetragenen %2 behalten (ActivityWatch: %3)</translation>
    </message>
    <message>
        <source>%1: unchanged, %2 from ActivityWatch</source>
        <translation>%1: unverändert, %2 aus ActivityWatch</translation>
    </message>
    <message>
        <source>%1: a stretch at the computer from %2 without a break; %3 beyond the limit not counted (a suspended machine?)</source>
        <translation>%1: ab %2 am Computer ohne Pause; %3 über der Grenze nicht gezählt (Rechner im Ruhezustand?)</translation>
    </message>
    <message>
        <source>would be set</source>
        <translation>würden gesetzt</translation>
    </message>
    <message>
        <source>%1: not a file Backstride imports (GPX, TCX, FIT, .gz of those, a Strava export or activities.csv, journal JSON, or ActivityWatch data); nothing was imported</source>
        <translation>%1: keine Datei, die Backstride importiert (GPX, TCX, FIT, deren .gz, ein Strava-Export oder activities.csv, Tagebuch-JSON oder ActivityWatch-Daten); nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: ActivityWatch %2, AFK buckets: %3; days %5: %4, kept as you logged them: %6, unchanged: %7</source>
        <translation>%1: ActivityWatch %2, AFK-Buckets: %3; Tage %5: %4, wie eingetragen behalten: %6, unverändert: %7</translation>
    </message>
    <message>
        <source>Say what is new; change nothing.</source>
        <translation>Sagen, was neu ist; nichts ändern.</translation>
    </message>
    <message>
        <source>Print one JSON object per activity.</source>
        <translation>Ein JSON-Objekt je Aktivität ausgeben.</translation>
    </message>
    <message>
        <source>Also look at ROOT as a watch&apos;s volume (ROOT/GARMIN/Activity). May be repeated.</source>
        <translation>Auch ROOT als Laufwerk einer Uhr ansehen (ROOT/GARMIN/Activity). Mehrfach möglich.</translation>
    </message>
    <message>
        <source>Also read DIR, as a watched folder. May be repeated.</source>
        <translation>Auch DIR als beobachteten Ordner lesen. Mehrfach möglich.</translation>
    </message>
    <message>
        <source>--device: %1 is not a folder</source>
        <translation>--device: %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>--folder: %1 is not a folder</source>
        <translation>--folder: %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>No watch connected and no watched folders (backstride settings set sync.folders DIR).</source>
        <translation>Keine Uhr angeschlossen und keine beobachteten Ordner (backstride settings set sync.folders ORDNER).</translation>
    </message>
    <message>
        <source>%1 files read, %2 unchanged since the last sync and not read again</source>
        <translation>%1 Dateien gelesen, %2 seit dem letzten Abgleich unverändert und nicht erneut gelesen</translation>
    </message>
    <message>
        <source>list, get KEY, or set KEY VALUE</source>
        <translation>list, get SCHLÜSSEL oder set SCHLÜSSEL WERT</translation>
    </message>
    <message>
        <source>  (default)</source>
        <translation>  (Standard)</translation>
    </message>
    <message>
        <source>%1: is not a Backstride setting (backstride settings list)</source>
        <translation>%1: ist keine Backstride-Einstellung (backstride settings list)</translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed</source>
        <translation>%1: %2; nichts wurde geändert</translation>
    </message>
    <message>
        <source>settings: say list, get KEY or set KEY VALUE</source>
        <translation>settings: list, get SCHLÜSSEL oder set SCHLÜSSEL WERT angeben</translation>
    </message>
    <message>
        <source>The first day of the plan (default today).</source>
        <translation>Der erste Tag des Plans (Standard: heute).</translation>
    </message>
    <message>
        <source>The stage to start at, 0 (walking) to 8 (default 1).</source>
        <translation>Die Stufe, mit der begonnen wird, 0 (Gehen) bis 8 (Standard 1).</translation>
    </message>
    <message>
        <source>The weekly distance before the episode (default: from the journal).</source>
        <translation>Der Wochenumfang vor der Episode (Standard: aus dem Tagebuch).</translation>
    </message>
    <message>
        <source>--stage: “%1” is not a stage from 0 to 8</source>
        <translation>--stage: „%1“ ist keine Stufe von 0 bis 8</translation>
    </message>
    <message>
        <source>--former-weekly-km: “%1” is not a distance from 0 to 500</source>
        <translation>--former-weekly-km: „%1“ ist keine Strecke von 0 bis 500</translation>
    </message>
    <message>
        <source>Return-to-run plan started on %1 at stage %2 (%3); former weekly distance %4 km</source>
        <translation>Wiedereinstiegsplan am %1 auf Stufe %2 begonnen (%3); früherer Wochenumfang %4 km</translation>
    </message>
    <message>
        <source>The day it stops (default today).</source>
        <translation>Der Tag, an dem er endet (Standard: heute).</translation>
    </message>
    <message>
        <source>The day to show the plan on (default today).</source>
        <translation>Der Tag, für den der Plan gezeigt wird (Standard: heute).</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>Den Plan als JSON ausgeben.</translation>
    </message>
    <message>
        <source>No return-to-run plan. Start one with: backstride plan start</source>
        <translation>Kein Wiedereinstiegsplan. Beginnen Sie einen mit: backstride plan start</translation>
    </message>
    <message>
        <source>Return-to-run plan since %1: stage %2 of 8, %3</source>
        <translation>Wiedereinstiegsplan seit %1: Stufe %2 von 8, %3</translation>
    </message>
    <message>
        <source>Last decision (%1): %2</source>
        <translation>Letzte Entscheidung (%1): %2</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>Today: rest day</source>
        <translation>Heute: Ruhetag</translation>
    </message>
    <message>
        <source>Complete: back to normal training</source>
        <translation>Abgeschlossen: zurück zum normalen Training</translation>
    </message>
    <message>
        <source>Paused: see a doctor first</source>
        <translation>Pausiert: zuerst ärztlich abklären</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>--former-weekly-km is needed: the journal does not reach back to the four weeks before the pain began, so your usual weekly distance is not known</source>
        <translation>--former-weekly-km wird gebraucht: Das Tagebuch reicht nicht bis in die vier Wochen vor Beginn der Schmerzen zurück, Ihr übliches Wochenpensum ist also nicht bekannt</translation>
    </message>
    <message>
        <source>%1, %2 already in the journal, %3 other sports skipped, %4 not imported</source>
        <translation>%1, %2 schon im Tagebuch, %3 andere Sportarten übersprungen, %4 nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n runs would be imported</source>
        <translation>
            <numerusform>%n Lauf würde importiert</numerusform>
            <numerusform>%n Läufe würden importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs imported</source>
        <translation>
            <numerusform>%n Lauf importiert</numerusform>
            <numerusform>%n Läufe importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3 already in the journal, %4 not runs, %5 unreadable</source>
        <translation>%1: %2, %3 schon im Tagebuch, %4 keine Läufe, %5 nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>%n new runs to import</source>
        <translation>
            <numerusform>%n neuer Lauf zu importieren</numerusform>
            <numerusform>%n neue Läufe zu importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new runs imported</source>
        <translation>
            <numerusform>%n neuer Lauf importiert</numerusform>
            <numerusform>%n neue Läufe importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files disappeared or changed while they were read (was the watch disconnected?); they are read again at the next sync.</source>
        <translation>
            <numerusform>%n Datei verschwand oder änderte sich beim Lesen (wurde die Uhr getrennt?); sie wird beim nächsten Abgleich erneut gelesen.</numerusform>
            <numerusform>%n Dateien verschwanden oder änderten sich beim Lesen (wurde die Uhr getrennt?); sie werden beim nächsten Abgleich erneut gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n days after today (up to %2) left out: desk time cannot have happened yet (a computer&apos;s clock set wrong?)</source>
        <translation>
            <numerusform>%1: %n Tag nach heute (%2) ausgelassen: Schreibtischzeit kann noch nicht stattgefunden haben (eine falsch gestellte Computeruhr?)</numerusform>
            <numerusform>%1: %n Tage nach heute (bis %2) ausgelassen: Schreibtischzeit kann noch nicht stattgefunden haben (eine falsch gestellte Computeruhr?)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <translation>%1, %2 in %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 as a run — the file names no sport</source>
        <translation>%1: %2 %3 als Lauf — die Datei nennt keine Sportart</translation>
    </message>
    <message>
        <source>Exercises (%1), by what they are for:</source>
        <translation>Übungen (%1), nach ihrem Zweck:</translation>
    </message>
    <message>
        <source>Routines:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <source>  %1 %2, about %3 min: %4</source>
        <translation>  %1 %2, etwa %3 min: %4</translation>
    </message>
    <message>
        <source>Print the library as JSON.</source>
        <translation>Die Bibliothek als JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1: %2 %3 added, %4 already in the journal, %5 updated</source>
        <translation>%1: %2 %3 hinzugefügt, %4 schon im Tagebuch, %5 aktualisiert</translation>
    </message>
    <message>
        <source>The day to show the programme on (default today).</source>
        <translation>Der Tag, für den das Programm gezeigt wird (Standard: heute).</translation>
    </message>
    <message>
        <source>Print the programme as JSON.</source>
        <translation>Das Programm als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Exercise programme on %1: %2</source>
        <translation>Übungsprogramm am %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Diese Woche: %1</translation>
    </message>
    <message>
        <source>Today: no routine</source>
        <translation>Heute: kein Programm</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The day to answer for (default today).</source>
        <translation>Der Tag, für den geantwortet wird (Vorgabe: heute).</translation>
    </message>
    <message>
        <source>Print the answer as JSON.</source>
        <translation>Die Antwort als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Today, %1:</source>
        <translation>Heute, %1:</translation>
    </message>
    <message>
        <source>%1. %2%3</source>
        <translation>%1. %2%3</translation>
    </message>
    <message>
        <source>(done) </source>
        <translation>(erledigt) </translation>
    </message>
    <message>
        <source>   Why: %1</source>
        <translation>   Warum: %1</translation>
    </message>
    <message>
        <source>not started: %1 — see a doctor or a physical therapist before a return to running, and start the plan when they have cleared you to run</source>
        <translation>nicht begonnen: %1 — lassen Sie sich vor dem Wiedereinstieg ins Laufen ärztlich oder physiotherapeutisch untersuchen und beginnen Sie den Plan, wenn Sie fürs Laufen freigegeben wurden</translation>
    </message>
    <message>
        <source>The moment to decide for, as &quot;YYYY-MM-DD HH:MM&quot; (default: now).</source>
        <translation>Der Zeitpunkt, für den entschieden wird, als &quot;JJJJ-MM-TT HH:MM&quot; (Standard: jetzt).</translation>
    </message>
    <message>
        <source>Only print what is due; send nothing.</source>
        <translation>Nur ausgeben, was fällig ist; nichts senden.</translation>
    </message>
    <message>
        <source>Print what is due as JSON.</source>
        <translation>Das Fällige als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--now: “%1” is not a moment as &quot;YYYY-MM-DD HH:MM&quot; (e.g. &quot;2026-03-29 20:30&quot;)</source>
        <translation>--now: „%1“ ist kein Zeitpunkt der Form &quot;JJJJ-MM-TT HH:MM&quot; (z. B. &quot;2026-03-29 20:30&quot;)</translation>
    </message>
    <message>
        <source>Nothing is due at %1.</source>
        <translation>Um %1 ist nichts fällig.</translation>
    </message>
    <message>
        <source>%1: %2 — %3 (opens: %4)</source>
        <translation>%1: %2 — %3 (öffnet: %4)</translation>
    </message>
    <message>
        <source>cannot send reminders: %1 (is Backstride installed completely?)</source>
        <translation>Erinnerungen können nicht gesendet werden: %1 (ist Backstride vollständig installiert?)</translation>
    </message>
    <message>
        <source>Log now</source>
        <translation>Jetzt eintragen</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>no desktop notification service answered: %1</source>
        <translation>kein Benachrichtigungsdienst des Desktops hat geantwortet: %1</translation>
    </message>
    <message>
        <source>Keep running: send each reminder when it is due (what the login entry runs).</source>
        <translation>Weiterlaufen: jede Erinnerung senden, sobald sie fällig ist (was der Eintrag beim Anmelden startet).</translation>
    </message>
    <message>
        <source>Start &quot;remind --wait&quot; at login (on), or no longer (off): an entry in ~/.config/autostart.</source>
        <translation>&quot;remind --wait&quot; beim Anmelden starten (on) oder nicht mehr (off): ein Eintrag in ~/.config/autostart.</translation>
    </message>
    <message>
        <source>--autostart: “%1” is neither on nor off</source>
        <translation>--autostart: „%1“ ist weder on noch off</translation>
    </message>
    <message>
        <source>Reminders start at login: %1</source>
        <translation>Erinnerungen starten beim Anmelden: %1</translation>
    </message>
    <message>
        <source>Reminders no longer start at login.</source>
        <translation>Erinnerungen starten nicht mehr beim Anmelden.</translation>
    </message>
    <message>
        <source>--wait runs on the real clock and sends: it takes none of --now, --dry-run, --json</source>
        <translation>--wait läuft nach der echten Uhr und sendet: es nimmt weder --now noch --dry-run noch --json</translation>
    </message>
    <message>
        <source>A test reminder from Backstride</source>
        <translation>Eine Test-Erinnerung von Backstride</translation>
    </message>
    <message>
        <source>Reminders will appear like this one. On a real one, “Log now” opens its form.</source>
        <translation>So erscheinen Erinnerungen. Bei einer echten öffnet „Jetzt eintragen“ ihr Formular.</translation>
    </message>
    <message>
        <source>A test reminder was sent to %1.</source>
        <translation>Eine Test-Erinnerung wurde an %1 gesendet.</translation>
    </message>
    <message>
        <source>Notifications are shown by %1.</source>
        <translation>Benachrichtigungen zeigt %1 an.</translation>
    </message>
    <message>
        <source>Only say which desktop notification service shows reminders, or that none answers.</source>
        <translation>Nur sagen, welcher Benachrichtigungsdienst des Desktops Erinnerungen anzeigt, oder dass keiner antwortet.</translation>
    </message>
    <message>
        <source>Send a test reminder now.</source>
        <translation>Jetzt eine Test-Erinnerung senden.</translation>
    </message>
</context>
<context>
    <name>Compression</name>
    <message>
        <source>cannot start decompressing</source>
        <translation>das Entpacken kann nicht beginnen</translation>
    </message>
    <message>
        <source>the compressed data ends early</source>
        <translation>die komprimierten Daten enden zu früh</translation>
    </message>
    <message>
        <source>the compressed data is damaged</source>
        <translation>die komprimierten Daten sind beschädigt</translation>
    </message>
    <message>
        <source>unpacks to more than %1 MB, far more than any activity file</source>
        <translation>entpackt auf mehr als %1 MB, weit mehr als jede Aktivitätsdatei</translation>
    </message>
    <message>
        <source>not a readable zip archive: %1</source>
        <translation>kein lesbares ZIP-Archiv: %1</translation>
    </message>
    <message>
        <source>%1 is not in the archive</source>
        <translation>%1 ist nicht im Archiv</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB</source>
        <translation>%1 entpackt auf mehr als %2 MB</translation>
    </message>
    <message>
        <source>%1: cannot open inside the archive: %2</source>
        <translation>%1: im Archiv nicht zu öffnen: %2</translation>
    </message>
    <message>
        <source>%1: damaged inside the archive: %2</source>
        <translation>%1: im Archiv beschädigt: %2</translation>
    </message>
    <message>
        <source>cannot read zip archives: libzip is missing (%1)</source>
        <translation>ZIP-Archive können nicht gelesen werden: libzip fehlt (%1)</translation>
    </message>
</context>
<context>
    <name>CorrelationRules</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, from %2 to %3; %4</source>
        <translation>%1, von %2 bis %3; %4</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 pairings tested, each against the rearrangements of its half-weeks or weeks (all of them, or %2 at random), false-discovery rate %3</source>
        <translation>%1 Paarungen getestet, jede gegen die Umordnungen ihrer Halbwochen oder Wochen (alle oder %2 zufällige), Falscherkennungsrate %3</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>cannot read the journal</source>
        <translation>das Tagebuch kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>CustomExercises</name>
    <message>
        <source>must be “pt-” and lower-case words joined by hyphens, e.g. pt-wall-sit</source>
        <translation>muss „pt-“ und kleingeschriebene, mit Bindestrichen verbundene Wörter sein, z. B. pt-wandsitzen</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>must be activation, strength, stretch, foam-roll, mobility or icing</source>
        <translation>muss activation, strength, stretch, foam-roll, mobility oder icing sein</translation>
    </message>
    <message>
        <source>needs at least one step</source>
        <translation>braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>has more than %1 steps</source>
        <translation>hat mehr als %1 Schritte</translation>
    </message>
    <message>
        <source>each step is one line of text</source>
        <translation>jeder Schritt ist eine Textzeile</translation>
    </message>
    <message>
        <source>a step is longer than %1 characters</source>
        <translation>ein Schritt ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>must be from 1 to %1</source>
        <translation>muss von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>must be from 1 to %1 seconds</source>
        <translation>muss von 1 bis %1 Sekunden sein</translation>
    </message>
    <message>
        <source>give repetitions, a hold in seconds, or both</source>
        <translation>Wiederholungen, eine Haltezeit in Sekunden oder beides angeben</translation>
    </message>
    <message>
        <source>“%1” is not a routine of the library (backstride exercises lists them)</source>
        <translation>„%1“ ist kein Programm der Bibliothek (backstride exercises listet sie auf)</translation>
    </message>
    <message>
        <source>Pain that spreads into the buttock or leg, or pain your physical therapist did not expect: stop, and ask them before you do it again.</source>
        <translation>Schmerz, der ins Gesäß oder Bein ausstrahlt, oder Schmerz, den Ihre Physiotherapeutin oder Ihr Physiotherapeut nicht erwartet hat: aufhören und vor dem nächsten Mal nachfragen.</translation>
    </message>
    <message>
        <source>As your physical therapist showed you</source>
        <translation>Wie in der Physiotherapie gezeigt</translation>
    </message>
    <message>
        <source>Your physical therapist</source>
        <translation>Ihre Physiotherapie</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>pain %1/10</source>
        <translation>Schmerz %1/10</translation>
    </message>
    <message>
        <source>run of %1</source>
        <translation>Lauf über %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>the format of a date in a sentence</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date in a sentence, its year said after it</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Stop if pain spreads into the buttock or leg, or you feel numbness, tingling or weakness: this exercise is not for now.</source>
        <translation>Hören Sie auf, wenn Schmerz in Gesäß oder Bein ausstrahlt oder Sie Taubheit, Kribbeln oder Schwäche spüren: Diese Übung ist jetzt nicht die richtige.</translation>
    </message>
    <message>
        <source>Glute bridge</source>
        <translation>Beckenheben</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat and hip-width apart, arms by your sides.</source>
        <translation>Legen Sie sich auf den Rücken, Knie gebeugt, Füße flach und hüftbreit, Arme neben dem Körper.</translation>
    </message>
    <message>
        <source>Tighten your buttocks, then lift your hips until shoulders, hips and knees make a straight line.</source>
        <translation>Spannen Sie das Gesäß an und heben Sie die Hüfte, bis Schultern, Hüfte und Knie eine Linie bilden.</translation>
    </message>
    <message>
        <source>Hold for two seconds at the top without arching your low back.</source>
        <translation>Halten Sie oben zwei Sekunden, ohne ins Hohlkreuz zu gehen.</translation>
    </message>
    <message>
        <source>Lower slowly, one vertebra at a time.</source>
        <translation>Langsam absenken, Wirbel für Wirbel.</translation>
    </message>
    <message>
        <source>The work in your buttocks, not in your low back or the backs of your thighs.</source>
        <translation>Die Arbeit im Gesäß, nicht im unteren Rücken oder in den Oberschenkelrückseiten.</translation>
    </message>
    <message>
        <source>Two-leg bridge</source>
        <translation>Beckenheben mit beiden Beinen</translation>
    </message>
    <message>
        <source>Marching bridge</source>
        <translation>Beckenheben mit Marschieren</translation>
    </message>
    <message>
        <source>Lift into the bridge as in the easier level.</source>
        <translation>Heben Sie das Becken wie in der leichteren Stufe.</translation>
    </message>
    <message>
        <source>Keeping the hips level, lift one foot a hand&apos;s width, put it down, then the other.</source>
        <translation>Heben Sie bei waagerechter Hüfte einen Fuß eine Handbreit an, setzen Sie ihn ab, dann den anderen.</translation>
    </message>
    <message>
        <source>Each lift of both feet is one repetition.</source>
        <translation>Einmal beide Füße anheben ist eine Wiederholung.</translation>
    </message>
    <message>
        <source>Lower slowly when the set is done.</source>
        <translation>Nach dem Satz langsam absenken.</translation>
    </message>
    <message>
        <source>Single-leg bridge</source>
        <translation>Einbeiniges Beckenheben</translation>
    </message>
    <message>
        <source>Lie on your back with one knee bent and the other leg straight, raised in line with the bent thigh.</source>
        <translation>Legen Sie sich auf den Rücken, ein Knie gebeugt, das andere Bein gestreckt und in Linie mit dem gebeugten Oberschenkel angehoben.</translation>
    </message>
    <message>
        <source>Push through the heel on the floor and lift the hips, the straight leg staying in line.</source>
        <translation>Drücken Sie die Ferse am Boden hinein und heben Sie die Hüfte; das gestreckte Bein bleibt in Linie.</translation>
    </message>
    <message>
        <source>Hold for two seconds, hips level; lower slowly.</source>
        <translation>Zwei Sekunden halten, Hüfte waagerecht; langsam absenken.</translation>
    </message>
    <message>
        <source>Do all repetitions on one side, then the other.</source>
        <translation>Alle Wiederholungen auf einer Seite, dann auf der anderen.</translation>
    </message>
    <message>
        <source>Bridges strongly work the gluteus maximus (EMG studies: Ekstrom 2007; Reiman 2012 review); 2–3 sets of 10–15.</source>
        <translation>Beckenheben beansprucht den großen Gesäßmuskel stark (EMG-Studien: Ekstrom 2007; Übersicht Reiman 2012); 2–3 Sätze mit 10–15.</translation>
    </message>
    <message>
        <source>Clamshell</source>
        <translation>Muschel (Clamshell)</translation>
    </message>
    <message>
        <source>Lie on your side, hips and knees bent, heels together and in line with your back.</source>
        <translation>Legen Sie sich auf die Seite, Hüfte und Knie gebeugt, Fersen zusammen und in Linie mit dem Rücken.</translation>
    </message>
    <message>
        <source>Rest your head on your lower arm; keep the top hip stacked over the lower one.</source>
        <translation>Legen Sie den Kopf auf den unteren Arm; die obere Hüfte bleibt genau über der unteren.</translation>
    </message>
    <message>
        <source>Keeping the heels together, lift the top knee as far as you can without the pelvis rolling back.</source>
        <translation>Heben Sie bei geschlossenen Fersen das obere Knie, so weit es geht, ohne dass das Becken nach hinten kippt.</translation>
    </message>
    <message>
        <source>Lower it slowly.</source>
        <translation>Langsam absenken.</translation>
    </message>
    <message>
        <source>The side and back of the top hip working.</source>
        <translation>Die Seite und Rückseite der oberen Hüfte arbeiten.</translation>
    </message>
    <message>
        <source>Clamshell with a band</source>
        <translation>Muschel mit Band</translation>
    </message>
    <message>
        <source>Works the gluteus medius (Distefano 2009); 2–3 sets of 12–15 per side.</source>
        <translation>Trainiert den mittleren Gesäßmuskel (Distefano 2009); 2–3 Sätze mit 12–15 pro Seite.</translation>
    </message>
    <message>
        <source>Side-lying leg lift</source>
        <translation>Seitliches Beinheben</translation>
    </message>
    <message>
        <source>Lie on your side, the lower knee a little bent, the top leg straight in line with your body.</source>
        <translation>Legen Sie sich auf die Seite, das untere Knie leicht gebeugt, das obere Bein gestreckt in Linie mit dem Körper.</translation>
    </message>
    <message>
        <source>Point the top toes forward, not up.</source>
        <translation>Die oberen Zehen zeigen nach vorn, nicht nach oben.</translation>
    </message>
    <message>
        <source>Lift the top leg slightly behind the line of your body, about a foot high.</source>
        <translation>Heben Sie das obere Bein etwas hinter der Körperlinie etwa 30 cm an.</translation>
    </message>
    <message>
        <source>Lower it slowly without letting the pelvis roll.</source>
        <translation>Langsam absenken, ohne dass das Becken rollt.</translation>
    </message>
    <message>
        <source>The side of the top hip, above the hip joint.</source>
        <translation>Die Seite der oberen Hüfte, oberhalb des Hüftgelenks.</translation>
    </message>
    <message>
        <source>With an ankle weight</source>
        <translation>Mit Gewichtsmanschette</translation>
    </message>
    <message>
        <source>Among the highest gluteus medius activity measured (Distefano 2009); 2–3 sets of 10–15 per side.</source>
        <translation>Mit die höchste gemessene Aktivität des mittleren Gesäßmuskels (Distefano 2009); 2–3 Sätze mit 10–15 pro Seite.</translation>
    </message>
    <message>
        <source>Band walk</source>
        <translation>Seitwärtsgehen mit Band</translation>
    </message>
    <message>
        <source>Put a resistance band around both legs and stand with feet hip-width apart.</source>
        <translation>Legen Sie ein Widerstandsband um beide Beine und stellen Sie sich hüftbreit hin.</translation>
    </message>
    <message>
        <source>Bend hips and knees into a shallow squat, chest up, hands on your hips.</source>
        <translation>Gehen Sie in eine leichte Kniebeuge, Brust aufrecht, Hände an den Hüften.</translation>
    </message>
    <message>
        <source>Step sideways with one foot, then bring the other after it, keeping the band taut.</source>
        <translation>Machen Sie mit einem Fuß einen Schritt zur Seite und ziehen Sie den anderen nach; das Band bleibt gespannt.</translation>
    </message>
    <message>
        <source>Take all the steps one way, then come back the other way.</source>
        <translation>Alle Schritte in eine Richtung, dann zurück in die andere.</translation>
    </message>
    <message>
        <source>The sides of both hips working; the knees stay over the toes.</source>
        <translation>Die Seiten beider Hüften arbeiten; die Knie bleiben über den Zehen.</translation>
    </message>
    <message>
        <source>Band above the knees</source>
        <translation>Band über den Knien</translation>
    </message>
    <message>
        <source>Band around the ankles</source>
        <translation>Band um die Knöchel</translation>
    </message>
    <message>
        <source>Lateral band walks work the gluteus medius (Distefano 2009); 2–3 sets of 10–15 steps each way.</source>
        <translation>Seitwärtsgehen mit Band trainiert den mittleren Gesäßmuskel (Distefano 2009); 2–3 Sätze mit 10–15 Schritten je Richtung.</translation>
    </message>
    <message>
        <source>Bird dog</source>
        <translation>Vierfüßlerstand mit Arm und Bein (Bird Dog)</translation>
    </message>
    <message>
        <source>Kneel on hands and knees, hands under your shoulders, knees under your hips, back flat.</source>
        <translation>Knien Sie im Vierfüßlerstand, Hände unter den Schultern, Knie unter der Hüfte, Rücken gerade.</translation>
    </message>
    <message>
        <source>Brace your stomach lightly, as if about to be poked.</source>
        <translation>Spannen Sie den Bauch leicht an, als würde gleich jemand hineinstupsen.</translation>
    </message>
    <message>
        <source>Reach one arm forward and the opposite leg back until both are level with your back.</source>
        <translation>Strecken Sie einen Arm nach vorn und das andere Bein nach hinten, bis beide auf Rückenhöhe sind.</translation>
    </message>
    <message>
        <source>Hold, breathing normally, then return and switch sides.</source>
        <translation>Halten, ruhig weiteratmen, dann zurück und die Seite wechseln.</translation>
    </message>
    <message>
        <source>The muscles along your spine and your buttock holding you steady; the back does not twist or sag.</source>
        <translation>Die Muskeln entlang der Wirbelsäule und das Gesäß halten Sie stabil; der Rücken dreht und hängt nicht.</translation>
    </message>
    <message>
        <source>Leg only</source>
        <translation>Nur das Bein</translation>
    </message>
    <message>
        <source>Brace your stomach lightly.</source>
        <translation>Spannen Sie den Bauch leicht an.</translation>
    </message>
    <message>
        <source>Slide one leg back and lift it until it is level with your back.</source>
        <translation>Schieben Sie ein Bein nach hinten und heben Sie es auf Rückenhöhe.</translation>
    </message>
    <message>
        <source>Hold, then return and switch legs.</source>
        <translation>Halten, dann zurück und das Bein wechseln.</translation>
    </message>
    <message>
        <source>Arm and opposite leg</source>
        <translation>Arm und gegenüberliegendes Bein</translation>
    </message>
    <message>
        <source>Arm and leg with a pause at full reach</source>
        <translation>Arm und Bein mit Pause in voller Streckung</translation>
    </message>
    <message>
        <source>One of McGill&apos;s three core exercises that load the spine little (McGill 2007); holds of 8–10 s, reps falling over sets.</source>
        <translation>Eine von McGills drei Rumpfübungen, die die Wirbelsäule wenig belasten (McGill 2007); 8–10 s halten, Wiederholungen von Satz zu Satz weniger.</translation>
    </message>
    <message>
        <source>Side plank</source>
        <translation>Seitstütz</translation>
    </message>
    <message>
        <source>Lie on your side propped on your forearm, elbow under your shoulder.</source>
        <translation>Legen Sie sich auf die Seite, auf den Unterarm gestützt, Ellbogen unter der Schulter.</translation>
    </message>
    <message>
        <source>Lift your hips until your body is straight from head to knees (or feet).</source>
        <translation>Heben Sie die Hüfte, bis der Körper vom Kopf bis zu den Knien (oder Füßen) gerade ist.</translation>
    </message>
    <message>
        <source>Hold, breathing normally; do not let the hips sag or roll.</source>
        <translation>Halten, ruhig weiteratmen; die Hüfte sackt nicht ab und dreht nicht.</translation>
    </message>
    <message>
        <source>Lower, rest a moment, and repeat; then the other side.</source>
        <translation>Absenken, kurz ausruhen, wiederholen; dann die andere Seite.</translation>
    </message>
    <message>
        <source>The side of your waist and the hip underneath working.</source>
        <translation>Die Seite der Taille und die untere Hüfte arbeiten.</translation>
    </message>
    <message>
        <source>From the knees</source>
        <translation>Auf den Knien</translation>
    </message>
    <message>
        <source>From the feet</source>
        <translation>Auf den Füßen</translation>
    </message>
    <message>
        <source>From the feet, top leg lifted</source>
        <translation>Auf den Füßen, oberes Bein angehoben</translation>
    </message>
    <message>
        <source>McGill&apos;s side bridge (McGill 2007; Ekstrom 2007): holds of 10–30 s, 3–5 per side.</source>
        <translation>McGills seitliche Brücke (McGill 2007; Ekstrom 2007): 10–30 s halten, 3–5 pro Seite.</translation>
    </message>
    <message>
        <source>Curl-up</source>
        <translation>Curl-up</translation>
    </message>
    <message>
        <source>Lie on your back, one knee bent and the other leg straight.</source>
        <translation>Legen Sie sich auf den Rücken, ein Knie gebeugt, das andere Bein gestreckt.</translation>
    </message>
    <message>
        <source>Slide your hands, palms down, under the small of your back to keep its natural curve.</source>
        <translation>Schieben Sie die Hände, Handflächen nach unten, unter die Lendenwirbelsäule, damit sie ihre natürliche Krümmung behält.</translation>
    </message>
    <message>
        <source>Lift head and shoulders just off the floor as one piece, without bending the neck.</source>
        <translation>Heben Sie Kopf und Schultern als Ganzes knapp vom Boden, ohne den Hals zu beugen.</translation>
    </message>
    <message>
        <source>Hold, breathing normally, then lower; switch the bent knee halfway.</source>
        <translation>Halten, ruhig weiteratmen, dann absenken; nach der Hälfte das gebeugte Knie wechseln.</translation>
    </message>
    <message>
        <source>The front of your stomach working; the low back stays still.</source>
        <translation>Die vordere Bauchmuskulatur arbeitet; der untere Rücken bleibt still.</translation>
    </message>
    <message>
        <source>Curl-up, elbows lifted</source>
        <translation>Curl-up, Ellbogen angehoben</translation>
    </message>
    <message>
        <source>McGill&apos;s curl-up works the abdominals with far less load on the spine than a sit-up (McGill 2007); holds of 8–10 s.</source>
        <translation>McGills Curl-up trainiert die Bauchmuskeln mit viel weniger Last auf der Wirbelsäule als ein Sit-up (McGill 2007); 8–10 s halten.</translation>
    </message>
    <message>
        <source>Dead bug</source>
        <translation>Toter Käfer (Dead Bug)</translation>
    </message>
    <message>
        <source>Lie on your back, arms pointing at the ceiling, hips and knees bent to right angles.</source>
        <translation>Legen Sie sich auf den Rücken, Arme zur Decke, Hüfte und Knie im rechten Winkel gebeugt.</translation>
    </message>
    <message>
        <source>Press your low back gently into the floor and keep it there.</source>
        <translation>Drücken Sie den unteren Rücken sanft in den Boden und halten Sie ihn dort.</translation>
    </message>
    <message>
        <source>Slowly lower one arm overhead and the opposite leg towards the floor.</source>
        <translation>Senken Sie langsam einen Arm über den Kopf und das gegenüberliegende Bein Richtung Boden.</translation>
    </message>
    <message>
        <source>Return and switch sides; breathe out as you lower.</source>
        <translation>Zurück und die Seite wechseln; beim Absenken ausatmen.</translation>
    </message>
    <message>
        <source>Your stomach working to keep the low back still on the floor.</source>
        <translation>Der Bauch arbeitet, damit der untere Rücken still am Boden bleibt.</translation>
    </message>
    <message>
        <source>Heel taps</source>
        <translation>Fersen tippen</translation>
    </message>
    <message>
        <source>Straight-leg reach</source>
        <translation>Gestrecktes Bein</translation>
    </message>
    <message>
        <source>A motor-control exercise (Saragiotto 2016, Cochrane review); 2–3 sets of 6–10 per side.</source>
        <translation>Eine Übung zur Bewegungskontrolle (Saragiotto 2016, Cochrane-Übersicht); 2–3 Sätze mit 6–10 pro Seite.</translation>
    </message>
    <message>
        <source>Hip flexor stretch</source>
        <translation>Hüftbeuger-Dehnung</translation>
    </message>
    <message>
        <source>Kneel on one knee (a cushion under it), the other foot flat in front.</source>
        <translation>Knien Sie auf einem Knie (ein Kissen darunter), den anderen Fuß flach vor sich.</translation>
    </message>
    <message>
        <source>Tuck your pelvis under, as if to flatten your low back.</source>
        <translation>Kippen Sie das Becken nach hinten, als wollten Sie den unteren Rücken abflachen.</translation>
    </message>
    <message>
        <source>Shift your weight forward until you feel a stretch at the front of the hip of the kneeling leg.</source>
        <translation>Verlagern Sie das Gewicht nach vorn, bis Sie vorn an der Hüfte des knienden Beins eine Dehnung spüren.</translation>
    </message>
    <message>
        <source>Hold without bouncing, then switch sides.</source>
        <translation>Ohne Wippen halten, dann die Seite wechseln.</translation>
    </message>
    <message>
        <source>A stretch at the front of the hip, not in the low back.</source>
        <translation>Eine Dehnung vorn an der Hüfte, nicht im unteren Rücken.</translation>
    </message>
    <message>
        <source>Half-kneeling stretch</source>
        <translation>Dehnung im Halbknien</translation>
    </message>
    <message>
        <source>With the arm raised</source>
        <translation>Mit gehobenem Arm</translation>
    </message>
    <message>
        <source>Kneel on one knee, the other foot flat in front.</source>
        <translation>Knien Sie auf einem Knie, den anderen Fuß flach vor sich.</translation>
    </message>
    <message>
        <source>Tuck your pelvis under and shift forward into the stretch.</source>
        <translation>Becken nach hinten kippen und in die Dehnung nach vorn schieben.</translation>
    </message>
    <message>
        <source>Raise the arm on the kneeling side overhead and reach up.</source>
        <translation>Heben Sie den Arm der knienden Seite über den Kopf und strecken Sie sich nach oben.</translation>
    </message>
    <message>
        <source>30-second holds (Bandy 1997, on the hamstrings; used for every stretch here); 2–4 per side.</source>
        <translation>30 Sekunden halten (Bandy 1997, an den hinteren Oberschenkeln; hier für jede Dehnung verwendet); 2–4 pro Seite.</translation>
    </message>
    <message>
        <source>Hamstring stretch</source>
        <translation>Dehnung der hinteren Oberschenkel</translation>
    </message>
    <message>
        <source>Lie on your back and loop a strap or towel around one foot.</source>
        <translation>Legen Sie sich auf den Rücken und legen Sie einen Gurt oder ein Handtuch um einen Fuß.</translation>
    </message>
    <message>
        <source>Keeping that knee straight, raise the leg until you feel a stretch behind the thigh.</source>
        <translation>Heben Sie das Bein mit gestrecktem Knie, bis Sie hinten am Oberschenkel eine Dehnung spüren.</translation>
    </message>
    <message>
        <source>Keep the other leg flat and both hips on the floor.</source>
        <translation>Das andere Bein bleibt flach, beide Hüften am Boden.</translation>
    </message>
    <message>
        <source>A stretch behind the thigh; not behind the knee, not into the calf.</source>
        <translation>Eine Dehnung hinten am Oberschenkel, nicht in der Kniekehle, nicht bis in die Wade.</translation>
    </message>
    <message>
        <source>With a strap</source>
        <translation>Mit Gurt</translation>
    </message>
    <message>
        <source>30-second holds lengthened the hamstrings as well as longer ones (Bandy 1997); 2–4 per side.</source>
        <translation>30 Sekunden Halten dehnte die hinteren Oberschenkel so gut wie längeres (Bandy 1997); 2–4 pro Seite.</translation>
    </message>
    <message>
        <source>Quadriceps stretch</source>
        <translation>Dehnung der vorderen Oberschenkel</translation>
    </message>
    <message>
        <source>Stand tall holding a chair or a wall.</source>
        <translation>Stehen Sie aufrecht und halten Sie sich an einem Stuhl oder einer Wand fest.</translation>
    </message>
    <message>
        <source>Bend one knee and take that ankle in your hand, heel towards your buttock.</source>
        <translation>Beugen Sie ein Knie und nehmen Sie den Knöchel in die Hand, Ferse zum Gesäß.</translation>
    </message>
    <message>
        <source>Keep the knees together and the pelvis tucked under; do not arch your back.</source>
        <translation>Knie zusammen, Becken nach hinten gekippt; kein Hohlkreuz.</translation>
    </message>
    <message>
        <source>A stretch along the front of the thigh.</source>
        <translation>Eine Dehnung vorn am Oberschenkel entlang.</translation>
    </message>
    <message>
        <source>Standing, with support</source>
        <translation>Im Stehen, mit Halt</translation>
    </message>
    <message>
        <source>30-second holds (Bandy 1997); 2–4 per side.</source>
        <translation>30 Sekunden halten (Bandy 1997); 2–4 pro Seite.</translation>
    </message>
    <message>
        <source>Piriformis stretch</source>
        <translation>Piriformis-Dehnung</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat.</source>
        <translation>Legen Sie sich auf den Rücken, Knie gebeugt, Füße flach.</translation>
    </message>
    <message>
        <source>Cross one ankle over the other knee, making a figure four.</source>
        <translation>Legen Sie einen Knöchel über das andere Knie, sodass eine Vier entsteht.</translation>
    </message>
    <message>
        <source>Hold the thigh of the lower leg and draw it towards your chest.</source>
        <translation>Fassen Sie den Oberschenkel des unteren Beins und ziehen Sie ihn zur Brust.</translation>
    </message>
    <message>
        <source>A stretch deep in the buttock of the crossed leg.</source>
        <translation>Eine Dehnung tief im Gesäß des überkreuzten Beins.</translation>
    </message>
    <message>
        <source>Figure-four stretch</source>
        <translation>Vierer-Dehnung</translation>
    </message>
    <message>
        <source>The article names the piriformis among the tight hip rotators; 30-second holds (Bandy 1997).</source>
        <translation>Der Artikel nennt den Piriformis unter den verspannten Hüftrotatoren; 30 Sekunden halten (Bandy 1997).</translation>
    </message>
    <message>
        <source>Hip rotator stretch</source>
        <translation>Dehnung der Hüftrotatoren</translation>
    </message>
    <message>
        <source>Lie on your back, knees bent, feet flat and wider than your hips, arms out to the sides.</source>
        <translation>Legen Sie sich auf den Rücken, Knie gebeugt, Füße flach und weiter als hüftbreit, Arme zur Seite.</translation>
    </message>
    <message>
        <source>Let both knees fall slowly to one side, shoulders staying on the floor.</source>
        <translation>Lassen Sie beide Knie langsam zu einer Seite fallen; die Schultern bleiben am Boden.</translation>
    </message>
    <message>
        <source>Hold where you feel a stretch around the hips, without forcing.</source>
        <translation>Halten, wo Sie eine Dehnung um die Hüfte spüren, ohne zu drücken.</translation>
    </message>
    <message>
        <source>Bring the knees back up and let them fall the other way.</source>
        <translation>Knie wieder aufrichten und zur anderen Seite fallen lassen.</translation>
    </message>
    <message>
        <source>A stretch around the hips and the side of the low back.</source>
        <translation>Eine Dehnung um die Hüfte und seitlich am unteren Rücken.</translation>
    </message>
    <message>
        <source>Knee fall (windscreen wiper)</source>
        <translation>Knie fallen lassen (Scheibenwischer)</translation>
    </message>
    <message>
        <source>The article names the internal and external hip rotators; this stretches both in turn; 30-second holds (Bandy 1997).</source>
        <translation>Der Artikel nennt die inneren und äußeren Hüftrotatoren; diese Dehnung erreicht beide nacheinander; 30 Sekunden halten (Bandy 1997).</translation>
    </message>
    <message>
        <source>Foam-roll the hamstrings</source>
        <translation>Hintere Oberschenkel mit der Faszienrolle</translation>
    </message>
    <message>
        <source>Sit with a foam roller under the back of your thighs, hands on the floor behind you.</source>
        <translation>Setzen Sie sich mit einer Faszienrolle unter den Oberschenkelrückseiten hin, Hände hinter sich am Boden.</translation>
    </message>
    <message>
        <source>Lift your hips and roll slowly from just below the buttock to just above the knee.</source>
        <translation>Heben Sie die Hüfte und rollen Sie langsam von knapp unter dem Gesäß bis knapp über das Knie.</translation>
    </message>
    <message>
        <source>Pause on a tender spot for a few breaths; never roll behind the knee.</source>
        <translation>Auf einer empfindlichen Stelle ein paar Atemzüge verweilen; nie in der Kniekehle rollen.</translation>
    </message>
    <message>
        <source>For more pressure, roll one leg with the other crossed over it.</source>
        <translation>Für mehr Druck ein Bein rollen, das andere darübergekreuzt.</translation>
    </message>
    <message>
        <source>Firm pressure that eases as you roll; uncomfortable is fine, painful is not.</source>
        <translation>Fester Druck, der beim Rollen nachlässt; unangenehm ist in Ordnung, schmerzhaft nicht.</translation>
    </message>
    <message>
        <source>Rolling the hamstrings</source>
        <translation>Hintere Oberschenkel rollen</translation>
    </message>
    <message>
        <source>Small, short-lived gains in range and soreness (Wiewelhove 2019 meta-analysis); 30–60 s per leg, two rounds.</source>
        <translation>Kleine, kurz anhaltende Gewinne an Beweglichkeit und weniger Muskelkater (Metaanalyse Wiewelhove 2019); 30–60 s pro Bein, zwei Runden.</translation>
    </message>
    <message>
        <source>Foam-roll beside the lower spine</source>
        <translation>Neben der unteren Wirbelsäule rollen</translation>
    </message>
    <message>
        <source>Lie with a foam roller across your back just above the pelvis, knees bent, feet flat.</source>
        <translation>Legen Sie sich mit einer Faszienrolle quer unter den Rücken knapp über dem Becken, Knie gebeugt, Füße flach.</translation>
    </message>
    <message>
        <source>Lean a little to one side, so the roller presses the muscles beside the spine, never the spine itself.</source>
        <translation>Neigen Sie sich etwas zur Seite, sodass die Rolle auf die Muskeln neben der Wirbelsäule drückt, nie auf die Wirbelsäule selbst.</translation>
    </message>
    <message>
        <source>Roll gently a few centimetres up and down; then the other side.</source>
        <translation>Rollen Sie sanft ein paar Zentimeter auf und ab; dann die andere Seite.</translation>
    </message>
    <message>
        <source>Gentler still: a tennis ball between your back and a wall.</source>
        <translation>Noch sanfter: ein Tennisball zwischen Rücken und Wand.</translation>
    </message>
    <message>
        <source>Gentle pressure on the muscle beside the spine. Many physical therapists advise against rolling the low back directly: keep it light and brief.</source>
        <translation>Sanfter Druck auf den Muskel neben der Wirbelsäule. Viele Physiotherapeuten raten davon ab, den unteren Rücken direkt zu rollen: leicht und kurz halten.</translation>
    </message>
    <message>
        <source>Stop if it hurts the spine itself, or if pain spreads into the buttock or leg.</source>
        <translation>Hören Sie auf, wenn es an der Wirbelsäule selbst schmerzt oder Schmerz in Gesäß oder Bein ausstrahlt.</translation>
    </message>
    <message>
        <source>Rolling beside the spine</source>
        <translation>Neben der Wirbelsäule rollen</translation>
    </message>
    <message>
        <source>The article allows it with care (&quot;do not overdo it&quot;); 30–60 s, gently.</source>
        <translation>Der Artikel erlaubt es mit Vorsicht („nicht übertreiben“); 30–60 s, sanft.</translation>
    </message>
    <message>
        <source>Knee to chest</source>
        <translation>Knie zur Brust</translation>
    </message>
    <message>
        <source>Hold behind one knee and draw it gently towards your chest.</source>
        <translation>Fassen Sie hinter ein Knie und ziehen Sie es sanft zur Brust.</translation>
    </message>
    <message>
        <source>Hold, breathing slowly, then lower it and do the other.</source>
        <translation>Halten, langsam atmen, dann absenken und das andere.</translation>
    </message>
    <message>
        <source>Only as far as is comfortable.</source>
        <translation>Nur so weit, wie es angenehm ist.</translation>
    </message>
    <message>
        <source>A gentle stretch across the low back and buttock.</source>
        <translation>Eine sanfte Dehnung über den unteren Rücken und das Gesäß.</translation>
    </message>
    <message>
        <source>Bending forward can aggravate a disc: stop at once if pain spreads into the buttock or leg.</source>
        <translation>Vorbeugen kann eine Bandscheibe reizen: sofort aufhören, wenn Schmerz in Gesäß oder Bein ausstrahlt.</translation>
    </message>
    <message>
        <source>One knee</source>
        <translation>Ein Knie</translation>
    </message>
    <message>
        <source>Both knees</source>
        <translation>Beide Knie</translation>
    </message>
    <message>
        <source>Bring one knee up, then the other, and hold both.</source>
        <translation>Ein Knie hochnehmen, dann das andere, und beide halten.</translation>
    </message>
    <message>
        <source>Draw them gently towards your chest and hold, breathing slowly.</source>
        <translation>Ziehen Sie sie sanft zur Brust und halten Sie, langsam atmend.</translation>
    </message>
    <message>
        <source>Lower one foot at a time.</source>
        <translation>Einen Fuß nach dem anderen absetzen.</translation>
    </message>
    <message>
        <source>The article&apos;s gentle stretching while the back is sore; a flexion stretch, so it is watched for pain spreading; 20–30 s, three times.</source>
        <translation>Das sanfte Dehnen des Artikels, solange der Rücken schmerzt; eine Beugedehnung, daher auf ausstrahlenden Schmerz achten; 20–30 s, dreimal.</translation>
    </message>
    <message>
        <source>Cat–camel</source>
        <translation>Katze–Kamel</translation>
    </message>
    <message>
        <source>Kneel on hands and knees, hands under your shoulders, knees under your hips.</source>
        <translation>Knien Sie im Vierfüßlerstand, Hände unter den Schultern, Knie unter der Hüfte.</translation>
    </message>
    <message>
        <source>Slowly round your back up towards the ceiling, letting the head drop.</source>
        <translation>Runden Sie den Rücken langsam zur Decke und lassen Sie den Kopf sinken.</translation>
    </message>
    <message>
        <source>Then slowly let the back sink a little and look ahead.</source>
        <translation>Dann lassen Sie den Rücken langsam etwas durchhängen und blicken nach vorn.</translation>
    </message>
    <message>
        <source>Move gently within what is comfortable; this is for motion, not stretch.</source>
        <translation>Sanft im angenehmen Bereich bewegen; es geht um Bewegung, nicht um Dehnung.</translation>
    </message>
    <message>
        <source>The back loosening, with no strain at either end.</source>
        <translation>Der Rücken lockert sich, ohne Spannung an den Enden.</translation>
    </message>
    <message>
        <source>McGill&apos;s warm-up for the back: slow cycles, motion without load (McGill 2007); 5–8 cycles.</source>
        <translation>McGills Aufwärmen für den Rücken: langsame Zyklen, Bewegung ohne Last (McGill 2007); 5–8 Zyklen.</translation>
    </message>
    <message>
        <source>Press-up lying face down</source>
        <translation>Liegestütz in Bauchlage</translation>
    </message>
    <message>
        <source>Lie face down, hands under your shoulders.</source>
        <translation>Legen Sie sich auf den Bauch, Hände unter den Schultern.</translation>
    </message>
    <message>
        <source>Keeping your hips on the floor and your back relaxed, push your chest up with your arms.</source>
        <translation>Die Hüfte bleibt am Boden, der Rücken locker; drücken Sie die Brust mit den Armen hoch.</translation>
    </message>
    <message>
        <source>Go only as far as is comfortable, pause, then lower slowly.</source>
        <translation>Nur so weit, wie es angenehm ist, kurz halten, dann langsam absenken.</translation>
    </message>
    <message>
        <source>Do it only while pain moves towards the middle of your back or eases.</source>
        <translation>Nur so lange, wie der Schmerz zur Mitte des Rückens wandert oder nachlässt.</translation>
    </message>
    <message>
        <source>The low back bending backwards with the arms doing the work; leg pain easing or drawing in towards the spine.</source>
        <translation>Der untere Rücken biegt sich nach hinten, die Arme leisten die Arbeit; Beinschmerz lässt nach oder zieht sich zur Wirbelsäule zurück.</translation>
    </message>
    <message>
        <source>Stop if pain spreads further into the buttock or leg: this exercise is not for you now. Tell your physical therapist.</source>
        <translation>Hören Sie auf, wenn Schmerz weiter in Gesäß oder Bein ausstrahlt: Diese Übung ist jetzt nicht die richtige. Sagen Sie es Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten.</translation>
    </message>
    <message>
        <source>On the elbows</source>
        <translation>Auf den Ellbogen</translation>
    </message>
    <message>
        <source>On the hands</source>
        <translation>Auf den Händen</translation>
    </message>
    <message>
        <source>Repeated extension when it centralises pain (McKenzie; directional preference, Long 2004); 10 repetitions, a few times a day.</source>
        <translation>Wiederholte Streckung, wenn sie den Schmerz zentralisiert (McKenzie; Bewegungsrichtungspräferenz, Long 2004); 10 Wiederholungen, mehrmals täglich.</translation>
    </message>
    <message>
        <source>Easy walk</source>
        <translation>Lockeres Gehen</translation>
    </message>
    <message>
        <source>Walk at an easy pace on level ground, standing tall.</source>
        <translation>Gehen Sie in lockerem Tempo auf ebenem Boden, aufrecht.</translation>
    </message>
    <message>
        <source>Let your arms swing; keep the stride comfortable, not long.</source>
        <translation>Lassen Sie die Arme schwingen; der Schritt bleibt bequem, nicht lang.</translation>
    </message>
    <message>
        <source>Start with what feels easy and add a few minutes each week, towards 30 minutes.</source>
        <translation>Beginnen Sie mit dem, was leicht fällt, und legen Sie jede Woche ein paar Minuten zu, bis 30 Minuten.</translation>
    </message>
    <message>
        <source>Slow down or stop if pain increases.</source>
        <translation>Langsamer werden oder aufhören, wenn der Schmerz zunimmt.</translation>
    </message>
    <message>
        <source>Loosening up; your back should feel the same or better afterwards.</source>
        <translation>Lockerwerden; der Rücken sollte sich danach gleich oder besser anfühlen.</translation>
    </message>
    <message>
        <source>A walking programme built up to 30 minutes, five days a week, nearly doubled the time to a recurrence (WalkBack, Pocovi 2024).</source>
        <translation>Ein Gehprogramm bis 30 Minuten an fünf Tagen pro Woche verdoppelte fast die Zeit bis zum nächsten Rückfall (WalkBack, Pocovi 2024).</translation>
    </message>
    <message>
        <source>Icing</source>
        <translation>Kühlen</translation>
    </message>
    <message>
        <source>Wrap an ice pack or frozen peas in a thin, damp cloth; never put ice on bare skin.</source>
        <translation>Wickeln Sie einen Kühlbeutel oder gefrorene Erbsen in ein dünnes, feuchtes Tuch; nie Eis direkt auf die Haut.</translation>
    </message>
    <message>
        <source>Lie comfortably and lay it on the sore area of your low back.</source>
        <translation>Legen Sie sich bequem hin und legen Sie ihn auf die schmerzende Stelle am unteren Rücken.</translation>
    </message>
    <message>
        <source>Leave it for 20 minutes, then take it off.</source>
        <translation>20 Minuten liegen lassen, dann abnehmen.</translation>
    </message>
    <message>
        <source>Repeat a few times a day while the back is sore.</source>
        <translation>Mehrmals täglich wiederholen, solange der Rücken schmerzt.</translation>
    </message>
    <message>
        <source>Cold, then numbness; it eases soreness for a while, it does not heal.</source>
        <translation>Kälte, dann Taubheit; es lindert den Schmerz eine Weile, es heilt nicht.</translation>
    </message>
    <message>
        <source>Take it off if the skin burns, turns white or hurts.</source>
        <translation>Abnehmen, wenn die Haut brennt, weiß wird oder schmerzt.</translation>
    </message>
    <message>
        <source>Ice pack, 20 minutes</source>
        <translation>Kühlbeutel, 20 Minuten</translation>
    </message>
    <message>
        <source>The article advises 20 minutes a few times a day; the evidence for cold is thin (French 2006, Cochrane review).</source>
        <translation>Der Artikel rät zu 20 Minuten mehrmals täglich; die Belege für Kälte sind dünn (French 2006, Cochrane-Übersicht).</translation>
    </message>
    <message>
        <source>Glute warm-up</source>
        <translation>Gesäß-Aktivierung</translation>
    </message>
    <message>
        <source>Before a run, above all after a day at a desk: wakes the glutes that sitting switched off.</source>
        <translation>Vor einem Lauf, vor allem nach einem Tag am Schreibtisch: weckt das Gesäß, das beim Sitzen abgeschaltet hat.</translation>
    </message>
    <message>
        <source>Core strength</source>
        <translation>Rumpfkraft</translation>
    </message>
    <message>
        <source>Two or three times a week once the pain has settled: hips, glutes, stomach and back.</source>
        <translation>Zwei- bis dreimal pro Woche, sobald der Schmerz abgeklungen ist: Hüfte, Gesäß, Bauch und Rücken.</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Dehnungen</translation>
    </message>
    <message>
        <source>After a run or a long day of sitting: the hip flexors, hamstrings, quadriceps and hip rotators.</source>
        <translation>Nach einem Lauf oder einem langen Sitztag: Hüftbeuger, hintere und vordere Oberschenkel und Hüftrotatoren.</translation>
    </message>
    <message>
        <source>Foam rolling</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>After a run, gently: the hamstrings, and the muscles beside the lower spine.</source>
        <translation>Nach einem Lauf, sanft: die hinteren Oberschenkel und die Muskeln neben der unteren Wirbelsäule.</translation>
    </message>
    <message>
        <source>Flare relief</source>
        <translation>Linderung bei akuten Beschwerden</translation>
    </message>
    <message>
        <source>While the back is sore: gentle movement, a short walk and ice, no strengthening.</source>
        <translation>Solange der Rücken schmerzt: sanfte Bewegung, ein kurzer Spaziergang und Kühlen, kein Krafttraining.</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>stretch</source>
        <translation>Dehnung</translation>
    </message>
    <message>
        <source>foam rolling</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>gentle movement</source>
        <translation>sanfte Bewegung</translation>
    </message>
    <message>
        <source>icing</source>
        <translation>Kühlen</translation>
    </message>
    <message>
        <source>Glutes asleep after sitting</source>
        <translation>Gesäß schläft nach dem Sitzen</translation>
    </message>
    <message>
        <source>A weak core</source>
        <translation>Ein schwacher Rumpf</translation>
    </message>
    <message>
        <source>Tight hip flexors</source>
        <translation>Verkürzte Hüftbeuger</translation>
    </message>
    <message>
        <source>Tight hamstrings</source>
        <translation>Verkürzte hintere Oberschenkel</translation>
    </message>
    <message>
        <source>Tight quadriceps</source>
        <translation>Verkürzte vordere Oberschenkel</translation>
    </message>
    <message>
        <source>Tight hip rotators and piriformis</source>
        <translation>Verkürzte Hüftrotatoren und Piriformis</translation>
    </message>
    <message>
        <source>Relief for a muscular spasm</source>
        <translation>Linderung bei Muskelverspannung</translation>
    </message>
    <message>
        <source>%1 × %2, hold %3 s</source>
        <translation>%1 × %2, %3 s halten</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 × %2 s</source>
        <translation>%1 × %2 s</translation>
    </message>
    <message>
        <source>%1 per side</source>
        <translation>%1 pro Seite</translation>
    </message>
    <message>
        <source> (level %1)</source>
        <translation> (Stufe %1)</translation>
    </message>
    <message>
        <source>, %1 × %2, hold %3 s</source>
        <translation>, %1 × %2, %3 s halten</translation>
    </message>
    <message>
        <source>, %1 × %2</source>
        <translation>, %1 × %2</translation>
    </message>
    <message>
        <source>, %1 × %2 s</source>
        <translation>, %1 × %2 s</translation>
    </message>
    <message numerus="yes">
        <source>, %n set(s)</source>
        <translation>
            <numerusform>, %n Satz</numerusform>
            <numerusform>, %n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <source>, left side only</source>
        <translation>, nur linke Seite</translation>
    </message>
    <message>
        <source>, right side only</source>
        <translation>, nur rechte Seite</translation>
    </message>
    <message>
        <source>, pain %1/10</source>
        <translation>, Schmerz %1/10</translation>
    </message>
    <message>
        <source>From my physical therapist</source>
        <translation>Aus meiner Physiotherapie</translation>
    </message>
</context>
<context>
    <name>ExtentRules</name>
    <message>
        <source>%1: newly below the knee, %2 (pain %3/10); not in the %4 days before</source>
        <translation>%1: neu unterhalb des Knies, %2 (Schmerz %3/10); nicht in den %4 Tagen davor</translation>
    </message>
    <message>
        <source>In your log lately, these made it worse: %1.</source>
        <translation>In Ihrem Protokoll machten es zuletzt schlimmer: %1.</translation>
    </message>
    <message>
        <source>you ran %1, against %2 in the %3 days before</source>
        <translation>Sie liefen %1, gegenüber %2 in den %3 Tagen davor</translation>
    </message>
    <message>
        <source>In those %1 days %2.</source>
        <translation>In diesen %1 Tagen: %2.</translation>
    </message>
    <message>
        <source>In those %1 days you logged %2, and %3.</source>
        <translation>In diesen %1 Tagen erfassten Sie %2, und %3.</translation>
    </message>
    <message>
        <source>%1, %2 to %3: pain reached %4 on average (%5) in one entry, at most %6</source>
        <translation>%1, %2 bis %3: der Schmerz reichte im Mittel bis %4 (%5) in einem Eintrag, höchstens %6</translation>
    </message>
    <message>
        <source>%1, %2 to %3: pain reached %4 on average (%5) over %7 entries, at most %6</source>
        <translation>%1, %2 bis %3: der Schmerz reichte im Mittel bis %4 (%5) in %7 Einträgen, höchstens %6</translation>
    </message>
    <message>
        <source>%1 once</source>
        <translation>%1 einmal</translation>
    </message>
    <message>
        <source>%1 %2 times</source>
        <translation>%1 %2-mal</translation>
    </message>
</context>
<context>
    <name>FactorText</name>
    <message>
        <source>easy runs</source>
        <translation>lockere Läufe</translation>
    </message>
    <message>
        <source>long runs</source>
        <translation>lange Läufe</translation>
    </message>
    <message>
        <source>tempo runs</source>
        <translation>Tempoläufe</translation>
    </message>
    <message>
        <source>interval sessions</source>
        <translation>Intervalleinheiten</translation>
    </message>
    <message>
        <source>races</source>
        <translation>Wettkämpfe</translation>
    </message>
    <message>
        <source>trail runs</source>
        <translation>Trailläufe</translation>
    </message>
    <message>
        <source>runs of the kind %1</source>
        <translation>Läufe der Art %1</translation>
    </message>
    <message>
        <source>sitting hours</source>
        <translation>Sitzstunden</translation>
    </message>
    <message>
        <source>weekly distance</source>
        <translation>Wochenumfang</translation>
    </message>
    <message>
        <source>glute warm-up before the run</source>
        <translation>Gesäß-Aufwärmen vor dem Lauf</translation>
    </message>
    <message>
        <source>effort of the run</source>
        <translation>Anstrengung des Laufs</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>am selben Tag</translation>
    </message>
    <message>
        <source>the next day</source>
        <translation>am nächsten Tag</translation>
    </message>
    <message>
        <source>two days later</source>
        <translation>zwei Tage später</translation>
    </message>
    <message>
        <source>the same week</source>
        <translation>in derselben Woche</translation>
    </message>
    <message>
        <source>the next week</source>
        <translation>in der Woche danach</translation>
    </message>
    <message>
        <source>after the run</source>
        <translation>nach dem Lauf</translation>
    </message>
    <message>
        <source>the next morning</source>
        <translation>am nächsten Morgen</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>after days of %1 or more sitting, next-day pain averaged %2/10; after shorter days %3/10</source>
        <translation>nach Tagen mit %1 oder mehr Sitzen lag der Schmerz am nächsten Tag im Mittel bei %2/10; nach kürzeren Tagen bei %3/10</translation>
    </message>
    <message>
        <source>two days after days of %1 or more sitting, pain averaged %2/10; after shorter days %3/10</source>
        <translation>zwei Tage nach Tagen mit %1 oder mehr Sitzen lag der Schmerz im Mittel bei %2/10; nach kürzeren Tagen bei %3/10</translation>
    </message>
    <message>
        <source>on days of %1 or more sitting, pain averaged %2/10; on shorter days %3/10</source>
        <translation>an Tagen mit %1 oder mehr Sitzen lag der Schmerz im Mittel bei %2/10; an kürzeren Tagen bei %3/10</translation>
    </message>
    <message>
        <source>in the weeks after weeks of %1 or more, pain averaged %2/10 a day; after lighter weeks %3/10</source>
        <translation>in den Wochen nach Wochen mit %1 oder mehr lag der Schmerz im Mittel bei %2/10 am Tag; nach leichteren Wochen bei %3/10</translation>
    </message>
    <message>
        <source>in weeks of %1 or more, pain averaged %2/10 a day; in lighter weeks %3/10</source>
        <translation>in Wochen mit %1 oder mehr lag der Schmerz im Mittel bei %2/10 am Tag; in leichteren Wochen bei %3/10</translation>
    </message>
    <message>
        <source>the day after %1, pain averaged %2/10; after days without %3/10</source>
        <translation>am Tag nach %1 lag der Schmerz im Mittel bei %2/10; nach Tagen ohne bei %3/10</translation>
    </message>
    <message>
        <source>on days with %1, pain averaged %2/10; on days without %3/10</source>
        <translation>an Tagen mit %1 lag der Schmerz im Mittel bei %2/10; an Tagen ohne bei %3/10</translation>
    </message>
    <message>
        <source>after runs with a glute warm-up, pain averaged %1/10; after runs without %2/10</source>
        <translation>nach Läufen mit Gesäß-Aufwärmen lag der Schmerz im Mittel bei %1/10; nach Läufen ohne bei %2/10</translation>
    </message>
    <message>
        <source>the morning after %1, pain averaged %2/10; after other runs %3/10</source>
        <translation>am Morgen nach %1 lag der Schmerz im Mittel bei %2/10; nach anderen Läufen bei %3/10</translation>
    </message>
    <message>
        <source>after %1, pain averaged %2/10; after other runs %3/10</source>
        <translation>nach %1 lag der Schmerz im Mittel bei %2/10; nach anderen Läufen bei %3/10</translation>
    </message>
    <message>
        <source>the morning after runs of effort %1 or more, pain averaged %2/10; after easier runs %3/10</source>
        <translation>am Morgen nach Läufen mit Anstrengung %1 oder mehr lag der Schmerz im Mittel bei %2/10; nach leichteren Läufen bei %3/10</translation>
    </message>
    <message>
        <source>after runs of effort %1 or more, pain averaged %2/10; after easier runs %3/10</source>
        <translation>nach Läufen mit Anstrengung %1 oder mehr lag der Schmerz im Mittel bei %2/10; nach leichteren Läufen bei %3/10</translation>
    </message>
    <message>
        <source>not enough data yet: about 1 more week</source>
        <translation>noch zu wenig Daten: etwa 1 Woche mehr</translation>
    </message>
    <message>
        <source>not enough data yet: about %1 more weeks</source>
        <translation>noch zu wenig Daten: etwa %1 Wochen mehr</translation>
    </message>
    <message>
        <source>not enough data yet: about 1 more run</source>
        <translation>noch zu wenig Daten: etwa 1 Lauf mehr</translation>
    </message>
    <message>
        <source>not enough data yet: about %1 more runs</source>
        <translation>noch zu wenig Daten: etwa %1 Läufe mehr</translation>
    </message>
    <message>
        <source>not enough data yet: about 1 more day</source>
        <translation>noch zu wenig Daten: etwa 1 Tag mehr</translation>
    </message>
    <message>
        <source>not enough data yet: about %1 more days</source>
        <translation>noch zu wenig Daten: etwa %1 Tage mehr</translation>
    </message>
    <message>
        <source>no link: the pain or the factor never changed</source>
        <translation>kein Zusammenhang: der Schmerz oder der Faktor hat sich nie geändert</translation>
    </message>
    <message>
        <source>no link beyond what chance would give</source>
        <translation>kein Zusammenhang über den Zufall hinaus</translation>
    </message>
    <message>
        <source>linked: more sitting, more pain %1</source>
        <translation>Zusammenhang: mehr Sitzen, mehr Schmerz %1</translation>
    </message>
    <message>
        <source>linked: more distance, more pain %1</source>
        <translation>Zusammenhang: mehr Umfang, mehr Schmerz %1</translation>
    </message>
    <message>
        <source>linked: harder runs, more pain %1</source>
        <translation>Zusammenhang: härtere Läufe, mehr Schmerz %1</translation>
    </message>
    <message>
        <source>linked: more pain %1</source>
        <translation>Zusammenhang: mehr Schmerz %1</translation>
    </message>
    <message>
        <source>helps: less pain on the days you do it</source>
        <translation>hilft: weniger Schmerz an den Tagen, an denen Sie es tun</translation>
    </message>
    <message>
        <source>helps: less pain %1</source>
        <translation>hilft: weniger Schmerz %1</translation>
    </message>
    <message>
        <source>pain came first: you run less after painful weeks</source>
        <translation>der Schmerz kam zuerst: Sie laufen nach schmerzhaften Wochen weniger</translation>
    </message>
    <message>
        <source> (%1 the week after more painful weeks, %2 after easier ones)</source>
        <translation> (%1 in der Woche nach schmerzhafteren Wochen, %2 nach leichteren)</translation>
    </message>
    <message>
        <source>more pain on the days you do it: you turn to %1 when it hurts</source>
        <translation>mehr Schmerz an den Tagen mit %1: Sie greifen dazu, wenn es wehtut</translation>
    </message>
    <message>
        <source>n = %1 days</source>
        <translation>n = %1 Tage</translation>
    </message>
    <message>
        <source>n = %1 weeks</source>
        <translation>n = %1 Wochen</translation>
    </message>
    <message>
        <source>n = %1 runs</source>
        <translation>n = %1 Läufe</translation>
    </message>
    <message>
        <source>rho %1 · %2</source>
        <translation>rho %1 · %2</translation>
    </message>
    <message>
        <source> · p &lt; 0.001</source>
        <translation> · p &lt; 0,001</translation>
    </message>
    <message>
        <source> · p = %1</source>
        <translation> · p = %1</translation>
    </message>
    <message>
        <source> · q = %1</source>
        <translation> · q = %1</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Gefunden:</translation>
    </message>
    <message>
        <source>Tested, no link beyond chance:</source>
        <translation>Geprüft, kein Zusammenhang über den Zufall hinaus:</translation>
    </message>
    <message>
        <source>Not tested yet:</source>
        <translation>Noch nicht geprüft:</translation>
    </message>
    <message>
        <source>walks</source>
        <translation>Spaziergänge</translation>
    </message>
    <message>
        <source>walk-run sessions</source>
        <translation>Geh-Lauf-Einheiten</translation>
    </message>
    <message>
        <source>What matters for your back, as of %1: the last %2 days, %3 pairings tested against the rearrangements of their half-weeks or weeks (all, or %4 at random), false-discovery rate %5</source>
        <translation>Was für Ihren Rücken zählt, Stand %1: die letzten %2 Tage, %3 Paarungen gegen die Umordnungen ihrer Halbwochen oder Wochen getestet (alle oder %4 zufällige), Falscherkennungsrate %5</translation>
    </message>
    <message>
        <source>painkiller days</source>
        <translation>Tage mit Schmerzmittel</translation>
    </message>
    <message>
        <source>more pain on the days you take one: you take painkillers when it hurts</source>
        <translation>mehr Schmerz an den Tagen, an denen Sie eines nehmen: Sie nehmen Schmerzmittel, wenn es weh tut</translation>
    </message>
    <message>
        <source>on days with a painkiller, pain averaged %1/10; on days without %2/10 (a reading taken under one may be lower than the pain)</source>
        <translation>an Tagen mit Schmerzmittel lag der Schmerz im Mittel bei %1/10, an Tagen ohne bei %2/10 (ein Wert unter einem Schmerzmittel kann niedriger sein als der Schmerz)</translation>
    </message>
</context>
<context>
    <name>FitDecoder</name>
    <message>
        <source>the file has no session summary, so it holds no activity to import</source>
        <translation>die Datei hat keine Sitzungsübersicht und enthält daher keine Aktivität zum Importieren</translation>
    </message>
    <message>
        <source>a session has no start time</source>
        <translation>eine Sitzung hat keine Startzeit</translation>
    </message>
    <message>
        <source>its times count seconds since the watch was switched on (%1), not calendar dates, so the day of the run cannot be known</source>
        <translation>ihre Zeiten zählen Sekunden seit dem Einschalten der Uhr (%1), keine Kalenderdaten; der Tag des Laufs ist daher nicht bekannt</translation>
    </message>
    <message>
        <source> (the FIT file chained at byte %1)</source>
        <translation> (die bei Byte %1 angehängte FIT-Datei)</translation>
    </message>
    <message>
        <source>not a FIT file: it does not start with a FIT header</source>
        <translation>keine FIT-Datei: sie beginnt nicht mit einem FIT-Kopf</translation>
    </message>
    <message>
        <source>damaged: the FIT file chained at byte %1 has no valid header</source>
        <translation>beschädigt: die bei Byte %1 angehängte FIT-Datei hat keinen gültigen Kopf</translation>
    </message>
    <message>
        <source>damaged%1: the file ends inside its header</source>
        <translation>beschädigt%1: die Datei endet mitten im Kopf</translation>
    </message>
    <message>
        <source>damaged%1: the header&apos;s checksum does not match</source>
        <translation>beschädigt%1: die Prüfsumme des Kopfes stimmt nicht</translation>
    </message>
    <message>
        <source>damaged%1: the file ends early — its header promises %2 bytes of data and a checksum, but only %3 bytes follow the header</source>
        <translation>beschädigt%1: die Datei endet zu früh — ihr Kopf verspricht %2 Byte Daten und eine Prüfsumme, aber nach dem Kopf folgen nur %3 Byte</translation>
    </message>
    <message>
        <source>damaged%1: the file&apos;s checksum does not match its contents (stored %2, computed %3)</source>
        <translation>beschädigt%1: die Prüfsumme der Datei passt nicht zum Inhalt (gespeichert %2, berechnet %3)</translation>
    </message>
    <message>
        <source>damaged%1: a compressed time at byte %2 has no full time before it</source>
        <translation>beschädigt%1: vor der komprimierten Zeit bei Byte %2 steht keine vollständige Zeit</translation>
    </message>
    <message>
        <source>damaged%1: a message definition at byte %2 is cut off</source>
        <translation>beschädigt%1: eine Nachrichtendefinition bei Byte %2 ist abgeschnitten</translation>
    </message>
    <message>
        <source>damaged%1: byte %2 uses message type %3 before defining it</source>
        <translation>beschädigt%1: Byte %2 verwendet den Nachrichtentyp %3, bevor er definiert ist</translation>
    </message>
    <message>
        <source>damaged%1: a message at byte %2 is cut off</source>
        <translation>beschädigt%1: eine Nachricht bei Byte %2 ist abgeschnitten</translation>
    </message>
</context>
<context>
    <name>FlagCatalog</name>
    <message>
        <source>Warning signs: get medical care today</source>
        <translation>Warnzeichen: heute ärztliche Hilfe suchen</translation>
    </message>
    <message>
        <source>You answered yes to a warning-sign question: numbness around the groin or saddle area, new trouble controlling bladder or bowel, leg weakness that keeps getting worse, fever or unexplained weight loss, or pain that began with a fall or an injury. Together with back pain these can mean serious pressure on a nerve or a cause other than tired muscles. They are not something to watch and wait on.</source>
        <translation>Sie haben eine Warnzeichen-Frage mit Ja beantwortet: Taubheit in der Leiste oder im Reithosenbereich, neue Probleme, Blase oder Darm zu kontrollieren, zunehmende Schwäche im Bein, Fieber oder ungeklärter Gewichtsverlust, oder Schmerz, der mit einem Sturz oder einer Verletzung begann. Zusammen mit Rückenschmerzen kann das starken Druck auf einen Nerv oder eine andere Ursache als müde Muskeln bedeuten. Damit sollte man nicht abwarten.</translation>
    </message>
    <message>
        <source>Stop running and contact a doctor today. If you cannot reach your own doctor, go to urgent care or an emergency department. Take this journal&apos;s pain log with you.</source>
        <translation>Hören Sie mit dem Laufen auf und wenden Sie sich heute an eine Ärztin oder einen Arzt. Ist Ihre Praxis nicht erreichbar, gehen Sie zum ärztlichen Bereitschaftsdienst oder in eine Notaufnahme. Nehmen Sie das Schmerzprotokoll dieses Tagebuchs mit.</translation>
    </message>
    <message>
        <source>Pain is spreading beyond the low back</source>
        <translation>Der Schmerz strahlt über den unteren Rücken hinaus aus</translation>
    </message>
    <message>
        <source>Pain that starts in the low back and travels into the buttock, hip or leg points away from a simple muscle strain and towards an irritated nerve or disc. That kind of pain typically gets worse when the spine bends forward or backward.</source>
        <translation>Schmerz, der im unteren Rücken beginnt und ins Gesäß, die Hüfte oder das Bein zieht, spricht eher für einen gereizten Nerv oder eine Bandscheibe als für eine einfache Muskelzerrung. Solcher Schmerz wird typischerweise schlimmer, wenn sich die Wirbelsäule nach vorn oder hinten beugt.</translation>
    </message>
    <message>
        <source>See a doctor or a physical therapist who treats backs before you build your running up again. Until then, avoid the movements that send the pain further down.</source>
        <translation>Gehen Sie zu einer Ärztin, einem Arzt oder in eine Physiotherapie mit Erfahrung bei Rückenbeschwerden, bevor Sie Ihr Laufen wieder steigern. Meiden Sie bis dahin Bewegungen, die den Schmerz weiter nach unten ziehen lassen.</translation>
    </message>
    <message>
        <source>Pain is spreading into the leg</source>
        <translation>Der Schmerz strahlt ins Bein aus</translation>
    </message>
    <message>
        <source>Pain that starts in the low back and travels into the buttock or leg points away from a simple muscle strain and towards an irritated nerve or disc. Pain that reaches below the knee, or that bending forward or backward makes worse, is the clearer sign of that.</source>
        <translation>Schmerz, der im unteren Rücken beginnt und ins Gesäß oder Bein zieht, spricht eher für einen gereizten Nerv oder eine Bandscheibe als für eine einfache Muskelzerrung. Schmerz, der bis unter das Knie reicht oder beim Vor- oder Zurückbeugen schlimmer wird, ist dafür das deutlichere Zeichen.</translation>
    </message>
    <message>
        <source>Have it examined by a doctor or a physical therapist who treats backs soon, and do not run through it. Until then, avoid the movements that send the pain further down the leg.</source>
        <translation>Lassen Sie es bald ärztlich oder physiotherapeutisch (mit Erfahrung bei Rückenbeschwerden) untersuchen und laufen Sie nicht trotz des Schmerzes. Meiden Sie bis dahin Bewegungen, die den Schmerz weiter ins Bein ziehen lassen.</translation>
    </message>
    <message>
        <source>Tingling, numbness, shooting or burning pain</source>
        <translation>Kribbeln, Taubheit, einschießender oder brennender Schmerz</translation>
    </message>
    <message>
        <source>These words describe how irritated nerves feel rather than how tired muscles feel. Alongside back pain they suggest that a nerve root may be involved.</source>
        <translation>Diese Worte beschreiben eher, wie sich gereizte Nerven anfühlen, als wie sich müde Muskeln anfühlen. Zusammen mit Rückenschmerzen deuten sie darauf hin, dass eine Nervenwurzel beteiligt sein könnte.</translation>
    </message>
    <message>
        <source>Have it checked by a doctor or a physical therapist rather than running through it. If numbness or weakness spreads, do not wait for the appointment: seek care at once.</source>
        <translation>Lassen Sie es ärztlich oder physiotherapeutisch abklären, statt trotzdem zu laufen. Breiten sich Taubheit oder Schwäche aus, warten Sie nicht auf den Termin: Suchen Sie sofort Hilfe.</translation>
    </message>
    <message>
        <source>Severe pain</source>
        <translation>Starker Schmerz</translation>
    </message>
    <message>
        <source>You logged back pain this strong. Pain at this level is a reason to have the back examined rather than to manage it on your own.</source>
        <translation>Sie haben so starke Rückenschmerzen erfasst. Schmerz dieser Stärke ist ein Grund, den Rücken untersuchen zu lassen, statt ihn allein zu behandeln.</translation>
    </message>
    <message>
        <source>See a doctor. Rest from running until you have been examined.</source>
        <translation>Gehen Sie zu einer Ärztin oder einem Arzt. Pausieren Sie mit dem Laufen, bis Sie untersucht wurden.</translation>
    </message>
    <message>
        <source>Pain that is not going away</source>
        <translation>Schmerz, der nicht vergeht</translation>
    </message>
    <message>
        <source>Your back has hurt on several days in each of the last two weeks, and it is not clearly easing. Pain that lingers like this deserves a professional look even when it is not severe.</source>
        <translation>Ihr Rücken hat in jeder der letzten zwei Wochen an mehreren Tagen wehgetan, und es wird nicht deutlich besser. Schmerz, der so anhält, sollte fachlich angesehen werden, auch wenn er nicht stark ist.</translation>
    </message>
    <message>
        <source>Book an appointment with a doctor or a physical therapist, and take this journal&apos;s report with you.</source>
        <translation>Vereinbaren Sie einen Termin in einer Arztpraxis oder Physiotherapie und nehmen Sie den Bericht dieses Tagebuchs mit.</translation>
    </message>
    <message>
        <source>Weekly distance went up quickly</source>
        <translation>Die Wochenstrecke ist schnell gestiegen</translation>
    </message>
    <message>
        <source>When the distance climbs fast, the small muscles that steady the spine and pelvis tire before the big ones, and the back takes on work it is not built for. Weakness or tightness that caused no trouble at lower mileage starts to show.</source>
        <translation>Steigt die Strecke schnell, ermüden die kleinen Muskeln, die Wirbelsäule und Becken stabilisieren, vor den großen, und der Rücken übernimmt Arbeit, für die er nicht gebaut ist. Schwächen oder Verspannungen, die bei weniger Umfang keine Probleme machten, zeigen sich dann.</translation>
    </message>
    <message>
        <source>Keep week-to-week increases to about 10 %, with an easier week every third or fourth week, and keep up core and glute work while the distance rises.</source>
        <translation>Steigern Sie von Woche zu Woche um höchstens etwa 10 %, mit einer leichteren Woche alle drei bis vier Wochen, und bleiben Sie beim Rumpf- und Gesäßtraining, während die Strecke wächst.</translation>
    </message>
    <message>
        <source>Pain followed a quick rise in weekly distance</source>
        <translation>Schmerz nach einem schnellen Anstieg der Wochenstrecke</translation>
    </message>
    <message>
        <source>Back pain appeared within two weeks of a week in which your distance rose quickly. When the distance climbs fast, the small muscles that steady the spine and pelvis tire first, and the back takes on work it is not built for.</source>
        <translation>Rückenschmerz trat innerhalb von zwei Wochen nach einer Woche auf, in der Ihre Strecke schnell gestiegen war. Steigt die Strecke schnell, ermüden die kleinen Muskeln, die Wirbelsäule und Becken stabilisieren, zuerst, und der Rücken übernimmt Arbeit, für die er nicht gebaut ist.</translation>
    </message>
    <message>
        <source>Go back to the weekly distance you ran comfortably before the jump until the pain has settled, then build up again by no more than about 10 % a week.</source>
        <translation>Gehen Sie zurück auf die Wochenstrecke, die Sie vor dem Sprung beschwerdefrei gelaufen sind, bis der Schmerz abgeklungen ist; steigern Sie dann wieder um höchstens etwa 10 % pro Woche.</translation>
    </message>
    <message>
        <source>This week&apos;s load is well above your usual</source>
        <translation>Die Belastung dieser Woche liegt deutlich über Ihrer üblichen</translation>
    </message>
    <message>
        <source>The last seven days add up to much more distance than your average week before them. Load that jumps past what the body has adapted to is when overuse pain tends to start.</source>
        <translation>Die letzten sieben Tage ergeben deutlich mehr Strecke als Ihre durchschnittliche Woche davor. Überlastungsschmerzen beginnen oft dann, wenn die Belastung über das hinausspringt, woran sich der Körper gewöhnt hat.</translation>
    </message>
    <message>
        <source>Ease off for a few days so the body can catch up, and spread future increases more evenly.</source>
        <translation>Treten Sie ein paar Tage kürzer, damit der Körper nachkommt, und verteilen Sie künftige Steigerungen gleichmäßiger.</translation>
    </message>
    <message>
        <source>Pain follows runs after long desk days</source>
        <translation>Schmerz nach Läufen an langen Schreibtischtagen</translation>
    </message>
    <message>
        <source>Runs on days when you sat for many hours were followed by back pain. Long sitting leaves the glutes idle and the hip flexors and hamstrings short, which tilts the pelvis and hands the work to the low back once you run.</source>
        <translation>Auf Läufe an Tagen, an denen Sie viele Stunden saßen, folgten Rückenschmerzen. Langes Sitzen lässt die Gesäßmuskeln untätig und Hüftbeuger und hintere Oberschenkel verkürzt; das kippt das Becken, und beim Laufen übernimmt der untere Rücken die Arbeit.</translation>
    </message>
    <message>
        <source>On desk days, stand up and move every 30 to 45 minutes, and before the run spend five minutes waking the glutes up (bridges, clamshells, band walks). Where you can, put hard runs on days with less sitting.</source>
        <translation>Stehen Sie an Schreibtischtagen alle 30 bis 45 Minuten auf und bewegen Sie sich, und wecken Sie vor dem Lauf fünf Minuten lang die Gesäßmuskeln (Beckenheben, Clamshells, Band-Walks). Legen Sie harte Läufe wenn möglich auf Tage mit weniger Sitzen.</translation>
    </message>
    <message>
        <source>Desk-day runs without a glute warm-up</source>
        <translation>Läufe an Schreibtischtagen ohne Gesäß-Aktivierung</translation>
    </message>
    <message>
        <source>After hours in a chair the glutes are slow to switch on, and the back muscles make up for them. A short activation routine before the run gets them working first.</source>
        <translation>Nach Stunden auf dem Stuhl springen die Gesäßmuskeln nur langsam an, und die Rückenmuskeln gleichen das aus. Eine kurze Aktivierung vor dem Lauf bringt sie zuerst in Gang.</translation>
    </message>
    <message>
        <source>Before runs on long desk days, do five minutes of glute activation: bridges, clamshells, side-lying leg raises or band walks. Tick &quot;glute warm-up&quot; on the run so the journal knows.</source>
        <translation>Machen Sie vor Läufen an langen Schreibtischtagen fünf Minuten Gesäß-Aktivierung: Beckenheben, Clamshells, seitliches Beinheben oder Band-Walks. Haken Sie beim Lauf „Gesäß-Aktivierung vor dem Lauf“ an, damit das Tagebuch es weiß.</translation>
    </message>
    <message>
        <source>Running through pain</source>
        <translation>Laufen trotz Schmerz</translation>
    </message>
    <message>
        <source>You ran on a day of marked back pain or the day after it, or the back hurt a lot during a run. Carrying on through muscular back pain tends to drag it out, turning a few bad days into weeks.</source>
        <translation>Sie sind an einem Tag mit deutlichen Rückenschmerzen oder am Tag danach gelaufen, oder der Rücken hat während eines Laufs stark geschmerzt. Wer bei muskulären Rückenschmerzen weitermacht, zieht sie meist in die Länge; aus ein paar schlechten Tagen werden Wochen.</translation>
    </message>
    <message>
        <source>Take a few days off running and see whether the pain settles. When you go back, start short and easy, and log how the back feels during and after each run.</source>
        <translation>Legen Sie ein paar Tage Laufpause ein und beobachten Sie, ob der Schmerz abklingt. Beginnen Sie danach kurz und locker und erfassen Sie, wie sich der Rücken während und nach jedem Lauf anfühlt.</translation>
    </message>
    <message>
        <source>Mornings after runs are worse</source>
        <translation>Die Morgen nach Läufen sind schlimmer</translation>
    </message>
    <message>
        <source>Your back hurt more the morning after a run than on the day of the run. Pain and stiffness that build overnight suggest the run asked more of the back than it could recover from.</source>
        <translation>Ihr Rücken tat am Morgen nach einem Lauf mehr weh als am Lauftag. Schmerz und Steifheit, die über Nacht zunehmen, deuten darauf hin, dass der Lauf dem Rücken mehr abverlangt hat, als er verkraften konnte.</translation>
    </message>
    <message>
        <source>Make the next runs shorter or easier, stretch gently after running, and ice the sore area for about 20 minutes.</source>
        <translation>Machen Sie die nächsten Läufe kürzer oder lockerer, dehnen Sie sich nach dem Laufen sanft und kühlen Sie die schmerzende Stelle etwa 20 Minuten lang.</translation>
    </message>
    <message>
        <source>This looks like muscular back pain</source>
        <translation>Das sieht nach muskulären Rückenschmerzen aus</translation>
    </message>
    <message>
        <source>Your recent pain stays in the back and feels tight, achy, stiff or cramping, with nothing spreading into the legs and no tingling or numbness. That is the usual picture of overworked muscles rather than an irritated nerve. Backstride cannot diagnose; a physical therapist can confirm it.</source>
        <translation>Ihr jüngster Schmerz bleibt im Rücken und fühlt sich verspannt, dumpf, steif oder krampfend an, ohne Ausstrahlung in die Beine und ohne Kribbeln oder Taubheit. Das ist das übliche Bild überlasteter Muskeln, nicht eines gereizten Nervs. Backstride kann keine Diagnose stellen; eine Physiotherapeutin oder ein Physiotherapeut kann es bestätigen.</translation>
    </message>
    <message>
        <source>Take a few days off running. Ice the sore area for about 20 minutes a few times a day. Stretch what is tight: hip flexors, hamstrings, quadriceps, the hip rotators and the piriformis. Foam roll the hamstrings and low back gently. When you run again, watch how the back responds.</source>
        <translation>Legen Sie ein paar Tage Laufpause ein. Kühlen Sie die schmerzende Stelle mehrmals am Tag etwa 20 Minuten lang. Dehnen Sie, was verspannt ist: Hüftbeuger, hintere Oberschenkel, Quadrizeps, die Hüftrotatoren und den Piriformis. Rollen Sie hintere Oberschenkel und unteren Rücken sanft mit der Faszienrolle. Achten Sie beim nächsten Lauf darauf, wie der Rücken reagiert.</translation>
    </message>
    <message>
        <source>No core work while the back hurts</source>
        <translation>Kein Rumpftraining, während der Rücken schmerzt</translation>
    </message>
    <message>
        <source>Your back has hurt recently and you have logged no core-strength session for a week or more. A strong trunk (stomach, back, hips and glutes) holds the spine steady while you run and takes load off it.</source>
        <translation>Ihr Rücken hat in letzter Zeit geschmerzt, und seit einer Woche oder länger ist kein Rumpfkrafttraining erfasst. Ein kräftiger Rumpf (Bauch, Rücken, Hüfte und Gesäß) hält die Wirbelsäule beim Laufen stabil und entlastet sie.</translation>
    </message>
    <message>
        <source>Once the pain allows, add two or three short core sessions a week: planks, side planks, bird dogs, bridges. A physical therapist can choose exercises for your weak spots.</source>
        <translation>Sobald der Schmerz es zulässt, bauen Sie zwei bis drei kurze Rumpfeinheiten pro Woche ein: Unterarmstütz, Seitstütz, Vierfüßlerstand mit gestrecktem Arm und Bein, Beckenheben. Eine Physiotherapie kann Übungen für Ihre Schwachstellen auswählen.</translation>
    </message>
    <message>
        <source>Tightness, but no stretching or foam rolling</source>
        <translation>Verspannung, aber kein Dehnen und keine Faszienrolle</translation>
    </message>
    <message>
        <source>You describe your pain as tight, stiff or cramping, but logged no stretching or foam rolling in the same two weeks. Tight hip flexors and hamstrings can pull the pelvis out of neutral and load the low back.</source>
        <translation>Sie beschreiben Ihren Schmerz als verspannt, steif oder krampfend, haben in denselben zwei Wochen aber kein Dehnen und keine Faszienrolle erfasst. Verkürzte Hüftbeuger und hintere Oberschenkel können das Becken aus der Neutralstellung ziehen und den unteren Rücken belasten.</translation>
    </message>
    <message>
        <source>Stretch the tight muscle groups every day (hip flexors, hamstrings, quadriceps, hip rotators, piriformis) and foam roll the hamstrings and low back with care.</source>
        <translation>Dehnen Sie die verspannten Muskelgruppen täglich (Hüftbeuger, hintere Oberschenkel, Quadrizeps, Hüftrotatoren, Piriformis) und rollen Sie hintere Oberschenkel und unteren Rücken vorsichtig mit der Faszienrolle.</translation>
    </message>
    <message>
        <source>More sitting, more pain</source>
        <translation>Mehr Sitzen, mehr Schmerz</translation>
    </message>
    <message>
        <source>Break up long sitting: stand or walk for a few minutes every half hour, set the desk up for a neutral spine, and keep the glutes and core strong.</source>
        <translation>Unterbrechen Sie langes Sitzen: Stehen oder gehen Sie jede halbe Stunde ein paar Minuten, richten Sie den Schreibtisch für eine neutrale Wirbelsäule ein und halten Sie Gesäß und Rumpf kräftig.</translation>
    </message>
    <message>
        <source>More distance, more pain</source>
        <translation>Mehr Strecke, mehr Schmerz</translation>
    </message>
    <message>
        <source>Find the weekly distance your back tolerates, build past it slowly, and pair every increase with strength work.</source>
        <translation>Finden Sie die Wochenstrecke, die Ihr Rücken verträgt, steigern Sie langsam darüber hinaus und verbinden Sie jede Steigerung mit Krafttraining.</translation>
    </message>
    <message>
        <source>Pain is reaching further down the leg</source>
        <translation>Der Schmerz reicht weiter ins Bein hinab</translation>
    </message>
    <message>
        <source>Over the last two weeks your pain has been reaching further from the spine than in the two weeks before, or it has newly reached below the knee. Pain that travels further down the leg as time goes on usually means an irritated nerve is under more pressure, and it is the change therapists want to hear about early.</source>
        <translation>In den letzten zwei Wochen reichte Ihr Schmerz weiter von der Wirbelsäule weg als in den zwei Wochen davor, oder er reicht neu bis unter das Knie. Schmerz, der mit der Zeit weiter ins Bein wandert, bedeutet meist, dass ein gereizter Nerv stärker unter Druck steht – eine Veränderung, von der Therapeuten früh erfahren wollen.</translation>
    </message>
    <message>
        <source>Have your back examined soon by a doctor or a physical therapist, and do not run through it. Until then, avoid the movements that sent the pain further down.</source>
        <translation>Lassen Sie Ihren Rücken bald ärztlich oder physiotherapeutisch untersuchen und laufen Sie nicht trotz des Schmerzes. Meiden Sie bis dahin die Bewegungen, die den Schmerz weiter hinabziehen ließen.</translation>
    </message>
    <message>
        <source>Pain is moving back towards the spine</source>
        <translation>Der Schmerz zieht sich zur Wirbelsäule zurück</translation>
    </message>
    <message>
        <source>Over the last two weeks your pain has stayed closer to the spine than in the two weeks before, and lately it has not reached past the buttock. Pain that retreats from the leg towards the back is a good sign: it tends to go with a good recovery, even while the back itself still hurts.</source>
        <translation>In den letzten zwei Wochen blieb Ihr Schmerz näher an der Wirbelsäule als in den zwei Wochen davor, und zuletzt reichte er nicht über das Gesäß hinaus. Schmerz, der sich aus dem Bein zum Rücken zurückzieht, ist ein gutes Zeichen: Er geht meist mit einer guten Erholung einher, auch wenn der Rücken selbst noch schmerzt.</translation>
    </message>
    <message>
        <source>Keep doing what has helped, and tell your physical therapist the pain is centralising.</source>
        <translation>Machen Sie weiter mit dem, was geholfen hat, und sagen Sie Ihrer Physiotherapie, dass der Schmerz zentralisiert.</translation>
    </message>
    <message>
        <source>You can do more of what the back had stopped</source>
        <translation>Sie können wieder mehr von dem, was der Rücken verhindert hatte</translation>
    </message>
    <message>
        <source>Over your last weeks of check-ins, the activities you named went clearly better: the mean rating rose by more than the week-to-week noise of such ratings.</source>
        <translation>In Ihren letzten Wochenchecks gingen die genannten Tätigkeiten deutlich besser: die mittlere Bewertung stieg um mehr als das übliche Rauschen solcher Bewertungen von Woche zu Woche.</translation>
    </message>
    <message>
        <source>Keep going as you are, build up gradually, and show your physical therapist the check-ins.</source>
        <translation>Machen Sie so weiter, steigern Sie schrittweise, und zeigen Sie Ihrer Physiotherapie die Wochenchecks.</translation>
    </message>
    <message>
        <source>The activities you named are getting harder</source>
        <translation>Die genannten Tätigkeiten fallen schwerer</translation>
    </message>
    <message>
        <source>Over your last weeks of check-ins, the activities you named went clearly worse: the mean rating fell by more than the week-to-week noise of such ratings.</source>
        <translation>In Ihren letzten Wochenchecks gingen die genannten Tätigkeiten deutlich schlechter: die mittlere Bewertung fiel um mehr als das übliche Rauschen solcher Bewertungen von Woche zu Woche.</translation>
    </message>
    <message>
        <source>Ease off what makes it worse, and talk it through with your physical therapist or doctor before you build up again.</source>
        <translation>Nehmen Sie zurück, was es verschlimmert, und besprechen Sie es mit Ihrer Physiotherapie oder Ärztin, bevor Sie wieder steigern.</translation>
    </message>
    <message>
        <source>Over recent weeks your back hurt more after long desk days than after short ones, by more than chance would explain. It is a pattern in your own log, not proof of a cause, but it fits how long sitting leaves the glutes and core idle and the hips tight.</source>
        <translation>In den letzten Wochen tat Ihr Rücken nach langen Schreibtischtagen mehr weh als nach kurzen, stärker als der Zufall erklären würde. Das ist ein Muster in Ihrem eigenen Tagebuch, kein Beweis für eine Ursache, passt aber dazu, wie langes Sitzen Gesäß und Rumpf untätig und die Hüften steif werden lässt.</translation>
    </message>
    <message>
        <source>In recent weeks your back hurt more in or after the weeks you ran further, by more than chance would explain, and the distance came before the pain. As mileage rises, weak or tight muscles around the spine and hips have more work to do.</source>
        <translation>In den letzten Wochen tat Ihr Rücken in oder nach den Wochen mit mehr Umfang mehr weh, stärker als der Zufall erklären würde, und der Umfang kam vor dem Schmerz. Mit steigendem Umfang haben schwache oder verspannte Muskeln um Wirbelsäule und Hüfte mehr Arbeit.</translation>
    </message>
    <message>
        <source>Your self-care shows in your pain</source>
        <translation>Ihre Selbstfürsorge zeigt sich in Ihrem Schmerz</translation>
    </message>
    <message>
        <source>Your own log backs up the advice for runners&apos; backs: after the self-care below, your back hurt less than after days or runs without it, by more than chance would explain.</source>
        <translation>Ihr eigenes Tagebuch bestätigt den Rat für den Rücken von Läufern: nach der Selbstfürsorge unten tat Ihr Rücken weniger weh als nach Tagen oder Läufen ohne sie, stärker als der Zufall erklären würde.</translation>
    </message>
    <message>
        <source>Keep it in your week. It works for you, and it is what a physical therapist would want you to keep doing.</source>
        <translation>Behalten Sie es in Ihrer Woche. Es wirkt bei Ihnen, und eine Physiotherapeutin würde wollen, dass Sie dabei bleiben.</translation>
    </message>
    <message>
        <source>Back to running, step by step</source>
        <translation>Schritt für Schritt zurück zum Laufen</translation>
    </message>
    <message>
        <source>You are on a return-to-run plan: walking, then walk-run intervals, then more running each week. Each run moves it on only when the pain stayed low and had settled by the next morning.</source>
        <translation>Sie folgen einem Wiedereinstiegsplan: erst Gehen, dann Geh-Lauf-Intervalle, dann jede Woche mehr Laufen. Jeder Lauf bringt ihn nur weiter, wenn der Schmerz niedrig blieb und am nächsten Morgen abgeklungen war.</translation>
    </message>
    <message>
        <source>Do today&apos;s session, not more; log the pain during or after it and again the next morning, and keep a rest day between runs.</source>
        <translation>Machen Sie die heutige Einheit, nicht mehr; tragen Sie den Schmerz während oder danach und am nächsten Morgen ein, und halten Sie einen Ruhetag zwischen den Läufen.</translation>
    </message>
    <message>
        <source>The return to running has stalled</source>
        <translation>Der Wiedereinstieg ins Laufen stockt</translation>
    </message>
    <message>
        <source>The plan has stepped back twice in a row, or one stage has had to be repeated again and again. The back is not yet ready for this, and the reason is worth a professional look.</source>
        <translation>Der Plan ist zweimal in Folge zurückgegangen, oder eine Stufe musste immer wieder wiederholt werden. Der Rücken ist dafür noch nicht bereit, und der Grund verdient einen fachlichen Blick.</translation>
    </message>
    <message>
        <source>Rest from running and see a physical therapist or a doctor before you go on with the plan.</source>
        <translation>Pausieren Sie mit dem Laufen und gehen Sie zur Physiotherapie oder zum Arzt, bevor Sie mit dem Plan weitermachen.</translation>
    </message>
    <message>
        <source>An exercise hurts: ask your physical therapist about it</source>
        <translation>Eine Übung schmerzt: Fragen Sie Ihre Physiotherapie danach</translation>
    </message>
    <message>
        <source>One exercise of your programme has been too much lately: it hurt during it, or left the back clearly worse the next morning, in the last two sessions that did it, or it hurt in three sessions. Exercise should leave the back no worse. One that keeps hurting may be done in a way that loads the spine, or may not suit your back yet.</source>
        <translation>Eine Übung Ihres Programms war zuletzt zu viel: Sie schmerzte dabei oder der Rücken war am nächsten Morgen deutlich schlechter, in den letzten beiden Einheiten mit ihr, oder sie schmerzte in drei Einheiten. Übungen sollten den Rücken nicht verschlechtern. Eine Übung, die immer wieder schmerzt, wird vielleicht so ausgeführt, dass sie die Wirbelsäule belastet, oder passt noch nicht zu Ihrem Rücken.</translation>
    </message>
    <message>
        <source>Ask your physical therapist about this exercise before doing it again: how to do it, an easier form, or another exercise. Backstride leaves it out of today&apos;s routines for now; the rest of the programme goes on.</source>
        <translation>Fragen Sie Ihre Physiotherapie nach dieser Übung, bevor Sie sie wieder machen: wie sie geht, eine leichtere Form oder eine andere Übung. Backstride lässt sie vorerst aus den heutigen Programmen heraus; der Rest des Programms geht weiter.</translation>
    </message>
    <message>
        <source>Painkillers on most days</source>
        <translation>Schmerzmittel an den meisten Tagen</translation>
    </message>
    <message>
        <source>You logged a painkiller on most of the last two weeks&apos; days. Guidelines for low back pain advise anti-inflammatories at the lowest dose that helps for the shortest time, and taking painkillers most days is something your doctor or pharmacist should know about. They also make the pain you log look milder than it is.</source>
        <translation>Sie haben an den meisten Tagen der letzten zwei Wochen ein Schmerzmittel eingetragen. Leitlinien zu Kreuzschmerzen raten zu Entzündungshemmern in der niedrigsten wirksamen Dosis für die kürzeste Zeit, und Schmerzmittel an den meisten Tagen sollten Ihre Ärztin, Ihr Arzt oder Ihre Apotheke kennen. Sie lassen die eingetragenen Schmerzen außerdem milder aussehen, als sie sind.</translation>
    </message>
    <message>
        <source>Talk to your doctor or pharmacist about it: say how often you take them, which ones and what for. Do not change a prescribed medicine on your own.</source>
        <translation>Sprechen Sie mit Ihrer Ärztin, Ihrem Arzt oder in der Apotheke darüber: sagen Sie, wie oft Sie welche nehmen und wofür. Ändern Sie ein verordnetes Medikament nicht eigenmächtig.</translation>
    </message>
    <message>
        <source>Painkillers on most days: talk to your doctor</source>
        <translation>Schmerzmittel an den meisten Tagen: sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt</translation>
    </message>
    <message>
        <source>You logged a painkiller on most of the last two weeks&apos; days, and an opioid among them or a warning sign in the same days. Strong painkillers taken most days, or pain that needs them together with a warning sign, are for a doctor to look at, not for a journal to judge.</source>
        <translation>Sie haben an den meisten Tagen der letzten zwei Wochen ein Schmerzmittel eingetragen, darunter ein Opioid oder in denselben Tagen ein Warnzeichen. Starke Schmerzmittel an den meisten Tagen oder Schmerzen, die sie zusammen mit einem Warnzeichen brauchen, gehören in ärztliche Hände, nicht in das Urteil eines Tagebuchs.</translation>
    </message>
    <message>
        <source>See your doctor about the pain and the painkillers: say how often you take them, which ones and what for. Do not change a prescribed medicine on your own.</source>
        <translation>Gehen Sie mit den Schmerzen und den Schmerzmitteln zu Ihrer Ärztin oder Ihrem Arzt: sagen Sie, wie oft Sie welche nehmen und wofür. Ändern Sie ein verordnetes Medikament nicht eigenmächtig.</translation>
    </message>
</context>
<context>
    <name>FunctionRules</name>
    <message>
        <source>%1 %2/10</source>
        <translation>%1 %2/10</translation>
    </message>
    <message>
        <source>check-in: function %1/10 (%2)</source>
        <translation>Wochencheck: Funktion %1/10 (%2)</translation>
    </message>
</context>
<context>
    <name>GpxReader</name>
    <message>
        <source>not a GPX file: it starts with &lt;%1&gt;, not &lt;gpx&gt;</source>
        <translation>keine GPX-Datei: sie beginnt mit &lt;%1&gt;, nicht mit &lt;gpx&gt;</translation>
    </message>
    <message>
        <source>line %1: a track point without a valid latitude and longitude</source>
        <translation>Zeile %1: ein Trackpunkt ohne gültige Breite und Länge</translation>
    </message>
    <message>
        <source>not a GPX file (not XML)</source>
        <translation>keine GPX-Datei (kein XML)</translation>
    </message>
    <message>
        <source>not a GPX file: it is empty</source>
        <translation>keine GPX-Datei: sie ist leer</translation>
    </message>
    <message>
        <source>the file has no track points: it is not a recorded activity</source>
        <translation>die Datei hat keine Trackpunkte: sie ist keine aufgezeichnete Aktivität</translation>
    </message>
    <message>
        <source>no timestamps on any of its %1 track points, so it has no duration (a planned route, not a recorded activity)</source>
        <translation>keiner ihrer %1 Trackpunkte hat einen Zeitstempel, daher hat sie keine Dauer (eine geplante Route, keine aufgezeichnete Aktivität)</translation>
    </message>
    <message>
        <source>timestamps on only %1 of its %2 track points, so its duration cannot be known</source>
        <translation>nur %1 ihrer %2 Trackpunkte haben Zeitstempel, daher ist ihre Dauer nicht bekannt</translation>
    </message>
    <message>
        <source>its timestamps are in %1, before GPS watches existed: the recording device&apos;s clock was wrong, so the day and duration cannot be known</source>
        <translation>ihre Zeitstempel liegen im Jahr %1, vor der Zeit der GPS-Uhren: Die Uhr des Aufzeichnungsgeräts ging falsch, daher sind Tag und Dauer nicht bekannt</translation>
    </message>
    <message>
        <source>all its timestamps are the same moment, so it has no duration</source>
        <translation>alle ihre Zeitstempel sind derselbe Zeitpunkt, daher hat sie keine Dauer</translation>
    </message>
</context>
<context>
    <name>JournalBackup</name>
    <message>
        <source>%1: a file is already there</source>
        <translation>%1: dort liegt schon eine Datei</translation>
    </message>
    <message>
        <source>%1: cannot start the backup: %2</source>
        <translation>%1: die Sicherung kann nicht beginnen: %2</translation>
    </message>
    <message>
        <source>%1: the backup failed: %2</source>
        <translation>%1: die Sicherung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the backups folder</source>
        <translation>%1: der Sicherungsordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: no such backup</source>
        <translation>%1: diese Sicherung gibt es nicht</translation>
    </message>
    <message>
        <source>%1: not a Backstride journal (not an SQLite database)</source>
        <translation>%1: kein Backstride-Tagebuch (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>%1: not a Backstride journal</source>
        <translation>%1: kein Backstride-Tagebuch</translation>
    </message>
    <message>
        <source>%1: damaged: %2</source>
        <translation>%1: beschädigt: %2</translation>
    </message>
    <message>
        <source>no answer to the integrity check</source>
        <translation>keine Antwort auf die Integritätsprüfung</translation>
    </message>
    <message>
        <source>not restored: %1</source>
        <translation>nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>not restored: the copy of the current journal failed: %1</source>
        <translation>nicht wiederhergestellt: die Kopie des aktuellen Tagebuchs ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not restored: %1 (the journal is unchanged; a copy is at %2)</source>
        <translation>nicht wiederhergestellt: %1 (das Tagebuch ist unverändert; eine Kopie liegt unter %2)</translation>
    </message>
    <message>
        <source>not restored: cannot move the current journal aside to %1</source>
        <translation>nicht wiederhergestellt: das aktuelle Tagebuch kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>not restored: cannot copy %1 into place</source>
        <translation>nicht wiederhergestellt: %1 kann nicht an seinen Platz kopiert werden</translation>
    </message>
    <message>
        <source>not restored: %1 is a folder, not a journal file</source>
        <translation>nicht wiederhergestellt: %1 ist ein Ordner, keine Tagebuchdatei</translation>
    </message>
    <message>
        <source>not restored: %1; only a journal is replaced</source>
        <translation>nicht wiederhergestellt: %1; ersetzt wird nur ein Tagebuch</translation>
    </message>
</context>
<context>
    <name>JournalFile</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty, so it is not a Backstride journal</source>
        <translation>%1: die Datei ist leer und daher kein Backstride-Tagebuch</translation>
    </message>
    <message>
        <source>%1: not a Backstride journal (the file is not an SQLite database)</source>
        <translation>%1: kein Backstride-Tagebuch (die Datei ist keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>%1: cannot read the journal: %2</source>
        <translation>%1: das Tagebuch kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a Backstride journal (it is another application&apos;s SQLite database)</source>
        <translation>%1: kein Backstride-Tagebuch (es ist die SQLite-Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <source>%1
The newest backup is %2; restore it with: backstride restore --db &quot;%3&quot; &quot;%2&quot;</source>
        <translation>%1
Die neueste Sicherung ist %2; wiederherstellen mit: backstride restore --db &quot;%3&quot; &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: the journal is damaged (%2)</source>
        <translation>%1: das Tagebuch ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1: no journal at this path</source>
        <translation>%1: an diesem Ort gibt es kein Tagebuch</translation>
    </message>
    <message>
        <source>%1: is a folder, not a journal file</source>
        <translation>%1: ist ein Ordner, keine Tagebuchdatei</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: der Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot make the new journal private to its owner</source>
        <translation>%1: das neue Tagebuch kann nicht auf seinen Besitzer beschränkt werden</translation>
    </message>
    <message>
        <source>%1: this journal needs updating to the current format, which cannot be done read-only</source>
        <translation>%1: dieses Tagebuch muss auf das aktuelle Format gebracht werden, was schreibgeschützt nicht geht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging: %2</source>
        <translation>%1: Write-Ahead-Logging kann nicht eingeschaltet werden: %2</translation>
    </message>
    <message>
        <source>%1: not updated, because the backup before updating failed: %2</source>
        <translation>%1: nicht aktualisiert, weil die Sicherung davor fehlgeschlagen ist: %2</translation>
    </message>
    <message>
        <source>%1: cannot update the journal format: %2</source>
        <translation>%1: das Tagebuchformat kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot make the folder %2 private to its owner</source>
        <translation>%1: der Ordner %2 kann nicht auf seinen Besitzer beschränkt werden</translation>
    </message>
</context>
<context>
    <name>JournalJson</name>
    <message>
        <source>is not a field of this entry</source>
        <translation>ist kein Feld dieses Eintrags</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>“%1” is not a date (use YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT verwenden)</translation>
    </message>
    <message>
        <source>“%1” is not a time of day (use HH:MM)</source>
        <translation>„%1“ ist keine Uhrzeit (HH:MM verwenden)</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>muss eine Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a whole number, not %1</source>
        <translation>muss eine ganze Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>muss Text sein, nicht %1</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a list of words, not %1</source>
        <translation>muss eine Liste von Wörtern sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a word, not %1</source>
        <translation>muss ein Wort sein, nicht %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: not a Backstride journal (the top level must be a JSON object)</source>
        <translation>%1: kein Backstride-Tagebuch (die oberste Ebene muss ein JSON-Objekt sein)</translation>
    </message>
    <message>
        <source>%1: not a Backstride journal (&quot;format&quot; must be &quot;%2&quot;)</source>
        <translation>%1: kein Backstride-Tagebuch („format“ muss „%2“ sein)</translation>
    </message>
    <message>
        <source>%1: journal format version %2 is not supported (this Backstride reads version %3)</source>
        <translation>%1: Tagebuchformat Version %2 wird nicht unterstützt (dieses Backstride liest Version %3)</translation>
    </message>
    <message>
        <source>must be text or a number</source>
        <translation>muss Text oder eine Zahl sein</translation>
    </message>
    <message>
        <source>%1 is not the position of a run in &quot;runs&quot; (0 to %2)</source>
        <translation>%1 ist keine Position eines Laufs in „runs“ (0 bis %2)</translation>
    </message>
    <message>
        <source>%1 is already logged in days[%2]</source>
        <translation>%1 ist schon in days[%2] erfasst</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… und %1 weitere Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported, %n problem(s) found:
  </source>
        <translation>
            <numerusform>%1: nichts wurde importiert, %n Problem gefunden:
  </numerusform>
            <numerusform>%1: nichts wurde importiert, %n Probleme gefunden:
  </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already has a check-in in checkins[%2]</source>
        <translation>%1 hat schon einen Wochencheck in checkins[%2]</translation>
    </message>
    <message>
        <source>must be from 0 to 8</source>
        <translation>muss von 0 bis 8 sein</translation>
    </message>
    <message>
        <source>must be from 0 to 500</source>
        <translation>muss von 0 bis 500 sein</translation>
    </message>
    <message>
        <source>is before started</source>
        <translation>liegt vor started</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at %2</source>
        <translation>%1: kein gültiges JSON bei %2</translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation>steht zweimal in der Datei</translation>
    </message>
    <message>
        <source>“%1” is not an exercise of the library (backstride exercises lists them)</source>
        <translation>„%1“ ist keine Übung der Bibliothek (backstride exercises listet sie auf)</translation>
    </message>
    <message>
        <source>%1 has levels 1 to %2, not %3</source>
        <translation>%1 hat die Stufen 1 bis %2, nicht %3</translation>
    </message>
    <message>
        <source>“%1” is not a routine of the library (backstride exercises lists them)</source>
        <translation>„%1“ ist kein Programm der Bibliothek (backstride exercises listet sie auf)</translation>
    </message>
    <message>
        <source>“%1” is already custom_exercises[%2]</source>
        <translation>„%1“ ist schon custom_exercises[%2]</translation>
    </message>
    <message>
        <source>“%1” is not an exercise of the library nor one of this file&apos;s custom_exercises</source>
        <translation>„%1“ ist weder eine Übung der Bibliothek noch eine der custom_exercises dieser Datei</translation>
    </message>
    <message>
        <source>%1 has one level, not %2</source>
        <translation>%1 hat eine Stufe, nicht %2</translation>
    </message>
    <message>
        <source>“%1” is not running or exercise</source>
        <translation>„%1“ ist weder running (Laufen) noch exercise (Übungen)</translation>
    </message>
</context>
<context>
    <name>JournalLock</name>
    <message>
        <source>%1 is open in another Backstride (process %2 on %3). Close it there first, or open this one read-only.</source>
        <translation>%1 ist in einem anderen Backstride geöffnet (Prozess %2 auf %3). Schließen Sie es dort zuerst oder öffnen Sie es hier schreibgeschützt.</translation>
    </message>
    <message>
        <source>a folder named %1 is in the way</source>
        <translation>ein Ordner namens %1 steht im Weg</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file beside the journal.</source>
        <translation>%1: die Sperrdatei neben dem Tagebuch kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file beside the journal: %2.</source>
        <translation>%1: die Sperrdatei neben dem Tagebuch kann nicht angelegt werden: %2.</translation>
    </message>
</context>
<context>
    <name>JournalMerger</name>
    <message>
        <source>names a run that is not in this batch</source>
        <translation>nennt einen Lauf, der nicht in diesem Stapel ist</translation>
    </message>
</context>
<context>
    <name>JournalRepository</name>
    <message>
        <source>there is no %1 entry with id %2</source>
        <translation>es gibt keinen Eintrag %1 mit der Nummer %2</translation>
    </message>
    <message>
        <source>date: %1 already has a day log</source>
        <translation>date: %1 hat schon einen Tageseintrag</translation>
    </message>
</context>
<context>
    <name>JournalSettings</name>
    <message>
        <source>Distance unit shown in the journal, charts and reports</source>
        <translation>Streckeneinheit in Tagebuch, Diagrammen und Berichten</translation>
    </message>
    <message>
        <source>Runner&apos;s name, printed on reports</source>
        <translation>Name der Läuferin oder des Läufers, steht auf den Berichten</translation>
    </message>
    <message>
        <source>First day of the training week</source>
        <translation>Erster Tag der Trainingswoche</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Tägliche Sicherungen</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Wöchentliche Sicherungen</translation>
    </message>
    <message>
        <source>is not a Backstride setting</source>
        <translation>ist keine Backstride-Einstellung</translation>
    </message>
    <message>
        <source>is longer than 200 characters</source>
        <translation>ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>„%1“ ist nicht eines von: %2</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>Read desk time from ActivityWatch when the journal opens</source>
        <translation>Schreibtischzeit aus ActivityWatch lesen, wenn das Tagebuch geöffnet wird</translation>
    </message>
    <message>
        <source>ActivityWatch database or export to read (empty: the server&apos;s own database, found by itself)</source>
        <translation>Zu lesende ActivityWatch-Datenbank oder -Export (leer: die Datenbank des Servers, von selbst gefunden)</translation>
    </message>
    <message>
        <source>Sitting hours per hour at the computer (1: desk time only; 1.2: a fifth more for commute and meetings)</source>
        <translation>Sitzstunden je Stunde am Computer (1: nur Schreibtischzeit; 1,2: ein Fünftel mehr für Pendeln und Besprechungen)</translation>
    </message>
    <message>
        <source>Longest stretch at the computer without a break that counts in full (hours)</source>
        <translation>Längste Zeit am Computer ohne Pause, die voll zählt (Stunden)</translation>
    </message>
    <message>
        <source>Look for new runs on a connected watch and in the watched folders when the journal opens</source>
        <translation>Beim Öffnen des Tagebuchs auf einer angeschlossenen Uhr und in den beobachteten Ordnern nach neuen Läufen suchen</translation>
    </message>
    <message>
        <source>Folders where activity files arrive (one per line), read for new runs</source>
        <translation>Ordner, in denen Aktivitätsdateien ankommen (einer je Zeile), nach neuen Läufen gelesen</translation>
    </message>
    <message>
        <source>is longer than 8000 characters</source>
        <translation>ist länger als 8000 Zeichen</translation>
    </message>
    <message>
        <source>Minutes the icing timer runs</source>
        <translation>Minuten, die der Kühl-Timer läuft</translation>
    </message>
    <message>
        <source>Questions for the physical therapist, printed on the report&apos;s first page</source>
        <translation>Fragen an die Physiotherapie, auf der ersten Seite des Berichts gedruckt</translation>
    </message>
    <message>
        <source>Remind in the evening when nothing was logged today, or a run has no pain entry after it</source>
        <translation>Am Abend erinnern, wenn heute nichts eingetragen wurde oder nach einem Lauf kein Schmerzeintrag folgt</translation>
    </message>
    <message>
        <source>Remind on the check-in day when the weekly check-in is not done</source>
        <translation>Am Tag des Wochenchecks erinnern, wenn er noch aussteht</translation>
    </message>
    <message>
        <source>Remind when a routine the exercise programme has for today is not done</source>
        <translation>Erinnern, wenn eine Übungsfolge, die das Programm für heute vorsieht, noch aussteht</translation>
    </message>
    <message>
        <source>Time of day for: %1</source>
        <translation>Uhrzeit für: %1</translation>
    </message>
    <message>
        <source>Day of the weekly check-in reminder (empty: the last day of the training week)</source>
        <translation>Tag der Erinnerung an den Wochencheck (leer: der letzte Tag der Trainingswoche)</translation>
    </message>
    <message>
        <source>“%1” is not a time of day as HH:MM (24-hour, e.g. 20:30)</source>
        <translation>„%1“ ist keine Uhrzeit der Form HH:MM (24 Stunden, z. B. 20:30)</translation>
    </message>
    <message>
        <source>Remind in the morning when yesterday&apos;s return-to-run session or exercises wait on this morning&apos;s answer</source>
        <translation>Morgens erinnern, wenn die gestrige Einheit des Wiedereinstiegs oder gestrige Übungen auf die Antwort von heute Morgen warten</translation>
    </message>
</context>
<context>
    <name>JsonPullReader</name>
    <message>
        <source>something follows the end of the document</source>
        <translation>nach dem Ende des Dokuments folgt noch etwas</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>an object ({ … }) was expected here</source>
        <translation>hier wurde ein Objekt ({ … }) erwartet</translation>
    </message>
    <message>
        <source>a list ([ … ]) was expected here</source>
        <translation>hier wurde eine Liste ([ … ]) erwartet</translation>
    </message>
    <message>
        <source>the file ends before the closing “%1”</source>
        <translation>die Datei endet vor der schließenden „%1“</translation>
    </message>
    <message>
        <source>“,” or “%1” was expected, not “%2”</source>
        <translation>„,“ oder „%1“ wurde erwartet, nicht „%2“</translation>
    </message>
    <message>
        <source>a name in double quotes was expected</source>
        <translation>ein Name in doppelten Anführungszeichen wurde erwartet</translation>
    </message>
    <message>
        <source>“:” was expected after the name “%1”</source>
        <translation>„:“ wurde nach dem Namen „%1“ erwartet</translation>
    </message>
    <message>
        <source>the file ends where a value was expected</source>
        <translation>die Datei endet, wo ein Wert erwartet wurde</translation>
    </message>
    <message>
        <source>“%1” cannot begin a value</source>
        <translation>„%1“ kann keinen Wert beginnen</translation>
    </message>
    <message>
        <source>the file ends inside the value that begins here</source>
        <translation>die Datei endet innerhalb des Werts, der hier beginnt</translation>
    </message>
    <message>
        <source>one value of more than %1 MB: more than an entry of this file can be</source>
        <translation>ein einzelner Wert von mehr als %1 MB: mehr, als ein Eintrag dieser Datei sein kann</translation>
    </message>
</context>
<context>
    <name>LoadRules</name>
    <message>
        <source>+%1 %</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>week of %1: %2, %3 on two weeks before (%4)</source>
        <translation>Woche ab %1: %2, %3 gegenüber vor zwei Wochen (%4)</translation>
    </message>
    <message>
        <source>week of %1: %2, %3 on the week before (%4)</source>
        <translation>Woche ab %1: %2, %3 gegenüber der Vorwoche (%4)</translation>
    </message>
    <message>
        <source>%1 on %2, in that week</source>
        <translation>%1 am %2, in dieser Woche</translation>
    </message>
    <message>
        <source>%1 on %2, the day after that week</source>
        <translation>%1 am %2, am Tag nach dieser Woche</translation>
    </message>
    <message>
        <source>%1 on %2, %3 days after that week</source>
        <translation>%1 am %2, %3 Tage nach dieser Woche</translation>
    </message>
    <message>
        <source>%1 to %2: %3; weekly mean of the %4 weeks before: %5; ratio %6</source>
        <translation>%1 bis %2: %3; Wochenmittel der %4 Wochen davor: %5; Verhältnis %6</translation>
    </message>
    <message>
        <source>%1 on a day with %2</source>
        <translation>%1 an einem Tag mit einem %2</translation>
    </message>
    <message>
        <source>%1 the day after %2</source>
        <translation>%1 am Tag nach dem %2</translation>
    </message>
    <message>
        <source>%1 during the %2</source>
        <translation>%1 beim %2</translation>
    </message>
    <message>
        <source>morning %1, after %2/10 on the day of the %3</source>
        <translation>am Morgen %1, nach %2/10 am Tag des %3</translation>
    </message>
</context>
<context>
    <name>LoadedLibrary</name>
    <message>
        <source>%1 has no function %2</source>
        <translation>%1 hat keine Funktion %2</translation>
    </message>
</context>
<context>
    <name>PainExtent</name>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>the low back</source>
        <translation>der untere Rücken</translation>
    </message>
    <message>
        <source>the buttock</source>
        <translation>das Gesäß</translation>
    </message>
    <message>
        <source>the hip or thigh</source>
        <translation>Hüfte oder Oberschenkel</translation>
    </message>
    <message>
        <source>the knee</source>
        <translation>das Knie</translation>
    </message>
    <message>
        <source>the calf or shin</source>
        <translation>Wade oder Schienbein</translation>
    </message>
    <message>
        <source>the foot</source>
        <translation>der Fuß</translation>
    </message>
</context>
<context>
    <name>PainReach</name>
    <message>
        <source>No pain with a place on the body map in this period.</source>
        <translation>In diesem Zeitraum kein Schmerz mit einer Stelle auf der Körperkarte.</translation>
    </message>
    <message>
        <source>How far the pain reached held steady: no week moved it by a whole level.</source>
        <translation>Wie weit der Schmerz reichte, blieb gleich: keine Woche verschob ihn um eine ganze Stufe.</translation>
    </message>
    <message>
        <source>from the week of %1 (mean reach %2) further down the leg</source>
        <translation>ab der Woche vom %1 (mittlere Ausbreitung %2) weiter ins Bein hinab</translation>
    </message>
    <message>
        <source>from the week of %1 (mean reach %2) back towards the spine</source>
        <translation>ab der Woche vom %1 (mittlere Ausbreitung %2) zurück zur Wirbelsäule</translation>
    </message>
    <message>
        <source>The pain moved %1.</source>
        <translation>Der Schmerz wanderte %1.</translation>
    </message>
</context>
<context>
    <name>PainRules</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>pain %1/10 reaching %2</source>
        <translation>Schmerz %1/10, reicht bis: %2</translation>
    </message>
    <message>
        <source>below the knee</source>
        <translation>unter das Knie</translation>
    </message>
    <message>
        <source>not below the knee</source>
        <translation>nicht unter das Knie</translation>
    </message>
    <message>
        <source>worse with %1</source>
        <translation>schlimmer bei %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 to %2: pain of %3/10 or more on %4 days, mean pain %5/10</source>
        <translation>%1 bis %2: Schmerz von %3/10 oder mehr an %4 Tagen, mittlerer Schmerz %5/10</translation>
    </message>
</context>
<context>
    <name>PainkillerRules</name>
    <message numerus="yes">
        <source>%1 on %n day(s)</source>
        <translation>
            <numerusform>%1 an %n Tag</numerusform>
            <numerusform>%1 an %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>a painkiller on %1 of the last %2 days: %3</source>
        <translation>ein Schmerzmittel an %1 der letzten %2 Tage: %3</translation>
    </message>
    <message>
        <source>an opioid among them</source>
        <translation>darunter ein Opioid</translation>
    </message>
</context>
<context>
    <name>Painkillers</name>
    <message>
        <source>Anti-inflammatory (NSAID)</source>
        <translation>Entzündungshemmer (NSAR)</translation>
    </message>
    <message>
        <source>Paracetamol (acetaminophen)</source>
        <translation>Paracetamol</translation>
    </message>
    <message>
        <source>Opioid</source>
        <translation>Opioid</translation>
    </message>
    <message>
        <source>Muscle relaxant</source>
        <translation>Muskelrelaxans</translation>
    </message>
    <message>
        <source>For nerve pain</source>
        <translation>Gegen Nervenschmerzen</translation>
    </message>
    <message>
        <source>On the skin (gel, patch)</source>
        <translation>Auf der Haut (Gel, Pflaster)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>muss ein Datum sein (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>must be a time of day (HH:MM): when it was taken</source>
        <translation>muss eine Uhrzeit sein (HH:MM): wann es eingenommen wurde</translation>
    </message>
    <message>
        <source>must name the painkiller (ibuprofen, paracetamol, …)</source>
        <translation>muss das Schmerzmittel nennen (Ibuprofen, Paracetamol, …)</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>„%1“ ist keines von %2</translation>
    </message>
</context>
<context>
    <name>PatternEngine</name>
    <message>
        <source>Nothing flagged as of %1.</source>
        <translation>Nichts markiert, Stand %1.</translation>
    </message>
    <message>
        <source>1 flag as of %1</source>
        <translation>1 Markierung, Stand %1</translation>
    </message>
    <message>
        <source>%1 flags as of %2</source>
        <translation>%1 Markierungen, Stand %2</translation>
    </message>
    <message>
        <source>What to do: </source>
        <translation>Was tun: </translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <source>stage %1 of 8; today: %2</source>
        <translation>Stufe %1 von 8; heute: %2</translation>
    </message>
    <message>
        <source>stage %1 of 8 (%2); today is a rest day</source>
        <translation>Stufe %1 von 8 (%2); heute ist ein Ruhetag</translation>
    </message>
</context>
<context>
    <name>PlanStore</name>
    <message>
        <source>started: not a date</source>
        <translation>started: kein Datum</translation>
    </message>
    <message>
        <source>start_stage: must be from 0 to %1</source>
        <translation>start_stage: muss von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>former_weekly_km: must be from 0 to 500</source>
        <translation>former_weekly_km: muss von 0 bis 500 sein</translation>
    </message>
    <message>
        <source>no return-to-run plan is running</source>
        <translation>es läuft kein Wiedereinstiegsplan</translation>
    </message>
    <message>
        <source>stopped: %1 is before the plan started (%2)</source>
        <translation>stopped: %1 liegt vor dem Beginn des Plans (%2)</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>Your log has %1: a doctor or a physical therapist should see it before any strengthening. Exercises your therapist gave you, ice and easy walks are fine.</source>
        <translation>Ihr Tagebuch enthält %1: Vor jeder Kräftigung sollte eine Ärztin, ein Arzt oder die Physiotherapie draufschauen. Übungen aus Ihrer Physiotherapie, Kühlen und lockere Spaziergänge sind in Ordnung.</translation>
    </message>
    <message>
        <source>The pain has been reaching further down the leg: a physical therapist should see it before any strengthening. Exercises your therapist gave you, ice and easy walks are fine.</source>
        <translation>Der Schmerz reicht weiter ins Bein hinunter: Vor jeder Kräftigung sollte die Physiotherapie draufschauen. Übungen aus Ihrer Physiotherapie, Kühlen und lockere Spaziergänge sind in Ordnung.</translation>
    </message>
    <message>
        <source>Pain %1/10 on %2: a flare. Gentle movement, a short walk and ice, daily; no strengthening until it eases.</source>
        <translation>Schmerz %1/10 am %2: ein Schub. Sanfte Bewegung, ein kurzer Spaziergang und Kühlen, täglich; keine Kräftigung, bis er nachlässt.</translation>
    </message>
    <message>
        <source>%1: pain %2/10 during it — too much: back to level %3</source>
        <translation>%1: Schmerz %2/10 dabei — zu viel: zurück auf Stufe %3</translation>
    </message>
    <message>
        <source>%1: the back was %2 points worse the next morning — back to level %3</source>
        <translation>%1: Der Rücken war am nächsten Morgen %2 Punkte schlechter — zurück auf Stufe %3</translation>
    </message>
    <message>
        <source>%1: not the whole dose of level %2 — the same level next time</source>
        <translation>%1: nicht die ganze Dosis von Stufe %2 — nächstes Mal dieselbe Stufe</translation>
    </message>
    <message>
        <source>%1: no pain was given for it — the same level next time</source>
        <translation>%1: kein Schmerz dazu angegeben — nächstes Mal dieselbe Stufe</translation>
    </message>
    <message>
        <source>%1: pain %2/10 during it — the same level next time</source>
        <translation>%1: Schmerz %2/10 dabei — nächstes Mal dieselbe Stufe</translation>
    </message>
    <message>
        <source>%1: the back was a little worse the next morning — the same level next time</source>
        <translation>%1: Der Rücken war am nächsten Morgen etwas schlechter — nächstes Mal dieselbe Stufe</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) at level %2 with little or no pain and a settled morning — on to level %3</source>
        <translation>
            <numerusform>%1: %n Einheit auf Stufe %2 mit wenig oder keinem Schmerz und ruhigem Morgen — weiter auf Stufe %3</numerusform>
            <numerusform>%1: %n Einheiten auf Stufe %2 mit wenig oder keinem Schmerz und ruhigem Morgen — weiter auf Stufe %3</numerusform>
        </translation>
    </message>
    <message>
        <source>before your run</source>
        <translation>vor Ihrem Lauf</translation>
    </message>
    <message>
        <source>before a run after today&apos;s sitting</source>
        <translation>vor einem Lauf nach dem heutigen Sitzen</translation>
    </message>
    <message>
        <source>after your run</source>
        <translation>nach Ihrem Lauf</translation>
    </message>
    <message>
        <source>see a professional first</source>
        <translation>erst zu Fachleuten</translation>
    </message>
    <message>
        <source>a flare: relief</source>
        <translation>ein Schub: Linderung</translation>
    </message>
    <message>
        <source>settling</source>
        <translation>der Rücken beruhigt sich</translation>
    </message>
    <message>
        <source>strengthening</source>
        <translation>Kräftigung</translation>
    </message>
    <message numerus="yes">
        <source>Pain %1/10 on %2, below %3/10 since: settling. Stretches daily, the glute warm-up before runs, core %n time(s) a week, at level 1.</source>
        <translation>
            <numerusform>Schmerz %1/10 am %2, seitdem unter %3/10: Der Rücken beruhigt sich. Täglich Dehnungen, das Gesäß-Aufwärmen vor Läufen, Rumpf einmal pro Woche, auf Stufe 1.</numerusform>
            <numerusform>Schmerz %1/10 am %2, seitdem unter %3/10: Der Rücken beruhigt sich. Täglich Dehnungen, das Gesäß-Aufwärmen vor Läufen, Rumpf %n-mal pro Woche, auf Stufe 1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No back pain logged: core work %n time(s) a week keeps it that way (in trials, exercise cut the risk of a new episode by about a third, Steffens 2016).</source>
        <translation>
            <numerusform>Kein Rückenschmerz erfasst: Rumpftraining einmal pro Woche hält es so (in Studien senkte Training das Risiko einer neuen Episode um etwa ein Drittel, Steffens 2016).</numerusform>
            <numerusform>Kein Rückenschmerz erfasst: Rumpftraining %n-mal pro Woche hält es so (in Studien senkte Training das Risiko einer neuen Episode um etwa ein Drittel, Steffens 2016).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No pain of %1/10 or more for %2 days: the back has settled. Core work %n time(s) a week with progression, stretches after runs, the glute warm-up before runs on long desk days.</source>
        <translation>
            <numerusform>Seit %2 Tagen kein Schmerz von %1/10 oder mehr: Der Rücken hat sich beruhigt. Rumpftraining einmal pro Woche mit Steigerung, Dehnungen nach Läufen, das Gesäß-Aufwärmen vor Läufen an langen Schreibtischtagen.</numerusform>
            <numerusform>Seit %2 Tagen kein Schmerz von %1/10 oder mehr: Der Rücken hat sich beruhigt. Rumpftraining %n-mal pro Woche mit Steigerung, Dehnungen nach Läufen, das Gesäß-Aufwärmen vor Läufen an langen Schreibtischtagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>✓ %1, done today</source>
        <translation>✓ %1, heute erledigt</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>: levels %1</source>
        <translation>: Stufen %1</translation>
    </message>
    <message>
        <source>; without %1 until your physical therapist has looked at it</source>
        <translation>; ohne %1, bis Ihre Physiotherapie sie sich angesehen hat</translation>
    </message>
    <message numerus="yes">
        <source>A return-to-run plan is running: stretches daily, the glute warm-up before each session, core %n time(s) a week, at level 1.</source>
        <translation>
            <numerusform>Ein Wiedereinstiegsplan läuft: täglich Dehnungen, das Gesäß-Aufwärmen vor jeder Einheit, Rumpf einmal pro Woche, auf Stufe 1.</numerusform>
            <numerusform>Ein Wiedereinstiegsplan läuft: täglich Dehnungen, das Gesäß-Aufwärmen vor jeder Einheit, Rumpf %n-mal pro Woche, auf Stufe 1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: pain %2/10 during it, but on a day with %3 — the painkiller may have hidden the pain; the same level next time</source>
        <translation>%1: Schmerz %2/10 dabei, aber an einem Tag mit %3 — das Schmerzmittel kann den Schmerz verdeckt haben; beim nächsten Mal dieselbe Stufe</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>How did the back feel after today&apos;s run?</source>
        <translation>Wie hat sich der Rücken nach dem heutigen Lauf angefühlt?</translation>
    </message>
    <message>
        <source>%1: a pain entry after it (0 if it felt fine) tells how your back took it.</source>
        <translation>%1: Ein Schmerzeintrag danach (0, wenn alles gut war) zeigt, wie Ihr Rücken ihn vertragen hat.</translation>
    </message>
    <message>
        <source>Nothing in the journal today</source>
        <translation>Heute noch nichts im Tagebuch</translation>
    </message>
    <message>
        <source>How was your back today? One entry keeps the week&apos;s picture whole; a day without pain counts too.</source>
        <translation>Wie ging es Ihrem Rücken heute? Ein Eintrag hält das Bild der Woche vollständig; ein Tag ohne Schmerz zählt auch.</translation>
    </message>
    <message>
        <source>How is the back this morning?</source>
        <translation>Wie geht es dem Rücken heute Morgen?</translation>
    </message>
    <message>
        <source>Yesterday&apos;s return-to-run session (%1) waits on this morning&apos;s answer before the plan moves on.</source>
        <translation>Die gestrige Einheit des Wiedereinstiegs (%1) wartet auf die Antwort von heute Morgen, bevor der Plan weitergeht.</translation>
    </message>
    <message>
        <source>The weekly check-in</source>
        <translation>Der Wochencheck</translation>
    </message>
    <message>
        <source>30 seconds on what your back makes hard: one a week shows how your function changes.</source>
        <translation>30 Sekunden dazu, was Ihr Rücken schwer macht: einer pro Woche zeigt, wie sich Ihre Funktion verändert.</translation>
    </message>
    <message>
        <source>Today&apos;s routine is not done yet</source>
        <translation>Die Übungsfolge von heute steht noch aus</translation>
    </message>
    <message>
        <source>Your %1 run at %2</source>
        <translation>Ihr Lauf über %1 um %2</translation>
    </message>
    <message>
        <source>Your %1 run</source>
        <translation>Ihr Lauf über %1</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a routine of the library</source>
        <translation>„%1“ ist keine Übungsfolge der Bibliothek</translation>
    </message>
    <message>
        <source>“%1” is not a form to open: pain, run, morning, checkin or routine:ID</source>
        <translation>„%1“ ist kein Formular zum Öffnen: pain, run, morning, checkin oder routine:ID</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Yesterday&apos;s return-to-run session (%1) and exercises (%2) wait on this morning&apos;s answer.</source>
        <translation>Die gestrige Einheit des Wiedereinstiegs (%1) und die gestrigen Übungen (%2) warten auf die Antwort von heute Morgen.</translation>
    </message>
    <message>
        <source>Yesterday&apos;s exercises (%1) wait on this morning&apos;s answer before their levels move.</source>
        <translation>Die gestrigen Übungen (%1) warten auf die Antwort von heute Morgen, bevor sich ihre Stufen ändern.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Running and low back pain — report for the physical therapist</source>
        <translation>Laufen und Schmerzen im unteren Rücken — Bericht für die Physiotherapie</translation>
    </message>
    <message>
        <source>Runner: (name not set)</source>
        <translation>Läufer/in: (Name nicht eingetragen)</translation>
    </message>
    <message>
        <source>Runner: %1</source>
        <translation>Läufer/in: %1</translation>
    </message>
    <message>
        <source>Period: %1 (%2 days) · generated %3 by Backstride %4</source>
        <translation>Zeitraum: %1 (%2 Tage) · erstellt am %3 mit Backstride %4</translation>
    </message>
    <message>
        <source>This report lists the runner&apos;s own records and the patterns Backstride flagged in them. It is not a diagnosis.</source>
        <translation>Dieser Bericht zeigt die eigenen Aufzeichnungen der Läuferin oder des Läufers und die Muster, die Backstride darin markiert hat. Er ist keine Diagnose.</translation>
    </message>
    <message>
        <source>Look at first:</source>
        <translation>Zuerst ansehen:</translation>
    </message>
    <message>
        <source>Summary, against the %1 days before (%2)</source>
        <translation>Zusammenfassung, verglichen mit den %1 Tagen davor (%2)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Davor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Total distance</source>
        <translation>Gesamtstrecke</translation>
    </message>
    <message>
        <source>Mean distance per week</source>
        <translation>Mittlere Strecke pro Woche</translation>
    </message>
    <message>
        <source>Mean sitting hours per day</source>
        <translation>Mittlere Sitzstunden pro Tag</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Days with pain</source>
        <translation>Tage mit Schmerzen</translation>
    </message>
    <message>
        <source>Mean pain (0–10)</source>
        <translation>Mittlerer Schmerz (0–10)</translation>
    </message>
    <message>
        <source>Worst pain (0–10)</source>
        <translation>Stärkster Schmerz (0–10)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was tun: %1</translation>
    </message>
    <message>
        <source>… and %1 earlier</source>
        <translation>… und %1 frühere</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Sitting h/day</source>
        <translation>Sitzen h/Tag</translation>
    </message>
    <message>
        <source>Pain days</source>
        <translation>Schmerztage</translation>
    </message>
    <message>
        <source>Pain mean</source>
        <translation>Schmerz Mittel</translation>
    </message>
    <message>
        <source>Pain worst</source>
        <translation>Schmerz max.</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Pain against weekly distance and sitting</source>
        <translation>Schmerz gegen Wochenstrecke und Sitzen</translation>
    </message>
    <message>
        <source>Bars: distance per week. Lines: mean sitting hours per day and mean pain; squares: worst pain. Shaded: weeks a flag points at.</source>
        <translation>Balken: Strecke pro Woche. Linien: mittlere Sitzstunden pro Tag und mittlerer Schmerz; Quadrate: stärkster Schmerz. Schattiert: Wochen, auf die eine Markierung zeigt.</translation>
    </message>
    <message>
        <source>Where it hurt</source>
        <translation>Wo es wehtat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No pain logged in this period.</source>
        <translation>In diesem Zeitraum keine Schmerzen erfasst.</translation>
    </message>
    <message>
        <source>Pain entries naming each site (darker is more often): %1.</source>
        <translation>Schmerzeinträge je Stelle (dunkler heißt häufiger): %1.</translation>
    </message>
    <message>
        <source>Pain log (%1 entries)</source>
        <translation>Schmerzprotokoll (%1 Einträge)</translation>
    </message>
    <message>
        <source>WARNING SIGNS: %1. </source>
        <translation>WARNZEICHEN: %1. </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Feels</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Worse with</source>
        <translation>Schlimmer bei</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Self-care sessions per week</source>
        <translation>Selbstfürsorge-Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Backstride report%1 · %2</source>
        <translation>Backstride-Bericht%1 · %2</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> für %1</translation>
    </message>
    <message>
        <source>Running and low back pain — %1</source>
        <translation>Laufen und Schmerzen im unteren Rücken — %1</translation>
    </message>
    <message>
        <source>How far from the spine the pain reached</source>
        <translation>Wie weit der Schmerz von der Wirbelsäule weg reichte</translation>
    </message>
    <message>
        <source>Levels: 0 low back, 1 buttock, 2 hip or thigh, 3 knee, 4 calf or shin, 5 foot; line: weekly mean, squares: furthest, circles: where it turned.</source>
        <translation>Stufen: 0 unterer Rücken, 1 Gesäß, 2 Hüfte oder Oberschenkel, 3 Knie, 4 Wade oder Schienbein, 5 Fuß; Linie: Wochenmittel, Quadrate: am weitesten, Kreise: Wendepunkte.</translation>
    </message>
    <message>
        <source>Function: what the back lets the runner do</source>
        <translation>Funktion: was der Rücken zulässt</translation>
    </message>
    <message>
        <source>more than measurement noise</source>
        <translation>mehr als Messrauschen</translation>
    </message>
    <message>
        <source>meaningful</source>
        <translation>bedeutsam</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Mean of the activities</source>
        <translation>Mittel der Tätigkeiten</translation>
    </message>
    <message>
        <source>Mean pain, first against last %1 days</source>
        <translation>Mittlerer Schmerz, erste gegen letzte %1 Tage</translation>
    </message>
    <message>
        <source>Activity (0 cannot, 10 as before)</source>
        <translation>Tätigkeit (0 gar nicht, 10 wie früher)</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Zuerst</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>What the change means</source>
        <translation>Was die Änderung bedeutet</translation>
    </message>
    <message>
        <source>Latest global rating of change (%1): %2 on the scale from −5 very much worse through 0 about the same to +5 completely recovered.</source>
        <translation>Letzte Gesamtbewertung der Veränderung (%1): %2 auf der Skala von −5 sehr viel schlechter über 0 etwa gleich bis +5 vollständig erholt.</translation>
    </message>
    <message>
        <source>No global rating of change was given.</source>
        <translation>Es wurde keine Gesamtbewertung der Veränderung angegeben.</translation>
    </message>
    <message>
        <source>Measurement noise: %1 points for the mean, %2 for one activity; meaningful from %3 (patient-specific functional scale). Pain: meaningful at %4 points or %5 %.</source>
        <translation>Messrauschen: %1 Punkte für das Mittel, %2 für eine Tätigkeit; bedeutsam ab %3 (patientenspezifische Funktionsskala). Schmerz: bedeutsam ab %4 Punkten oder %5 %.</translation>
    </message>
    <message>
        <source>No factor showed a link beyond what chance would give.</source>
        <translation>Kein Faktor zeigte einen Zusammenhang über den Zufall hinaus.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>In plain numbers</source>
        <translation>In einfachen Zahlen</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>rho</source>
        <translation>rho</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>Sitting hours: %1 of the %2 days with sitting hours are desk time from ActivityWatch (time at the computer by its AFK watcher, read from the runner&apos;s own computer); the others the runner logged.</source>
        <translation>Sitzstunden: %1 der %2 Tage mit Sitzstunden sind Schreibtischzeit aus ActivityWatch (Zeit am Computer laut AFK-Watcher, vom eigenen Rechner gelesen); die übrigen hat der Läufer eingetragen.</translation>
    </message>
    <message>
        <source>Return to running</source>
        <translation>Wiedereinstieg ins Laufen</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>paused (a warning sign)</source>
        <translation>pausiert (ein Warnzeichen)</translation>
    </message>
    <message>
        <source>at stage %1 of 8</source>
        <translation>auf Stufe %1 von 8</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Started %1 at stage %2, former weekly distance %3; as of %4: %5.</source>
        <translation>Begonnen am %1 auf Stufe %2, früherer Wochenumfang %3; Stand %4: %5.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Stage after</source>
        <translation>Stufe danach</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No entries before this period: the journal begins on %1, so there is nothing to compare with, and the weekly mean counts from that day.</source>
        <translation>Keine Einträge vor diesem Zeitraum: Das Tagebuch beginnt am %1, es gibt also nichts zum Vergleichen, und der Wochenschnitt zählt ab diesem Tag.</translation>
    </message>
    <message>
        <source>The journal has no entries yet.</source>
        <translation>Das Tagebuch hat noch keine Einträge.</translation>
    </message>
    <message numerus="yes">
        <source>No stage changed yet; %n sessions logged.</source>
        <translation>
            <numerusform>Noch keine Stufe gewechselt; %n Einheit erfasst.</numerusform>
            <numerusform>Noch keine Stufe gewechselt; %n Einheiten erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercises done</source>
        <translation>Durchgeführte Übungen</translation>
    </message>
    <message>
        <source>, %1 min</source>
        <translation>, %1 min</translation>
    </message>
    <message>
        <source>No routine was played from the exercise library in this period.</source>
        <translation>In diesem Zeitraum wurde kein Programm aus der Übungsbibliothek durchgeführt.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Exercises, level, sets and pain during</source>
        <translation>Übungen, Stufe, Sätze und Schmerz dabei</translation>
    </message>
    <message>
        <source>How each exercise was done, start and end position:</source>
        <translation>Wie jede Übung gemacht wurde, Anfangs- und Endstellung:</translation>
    </message>
    <message>
        <source>%1 (from your therapist: a plain figure)</source>
        <translation>%1 (aus der Physiotherapie: eine schlichte Figur)</translation>
    </message>
    <message>
        <source>%1, level %2: %3</source>
        <translation>%1, Stufe %2: %3</translation>
    </message>
    <message>
        <source>Exercise programme</source>
        <translation>Übungsprogramm</translation>
    </message>
    <message>
        <source>On %1: %2. %3</source>
        <translation>Am %1: %2. %3</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (not planned)</source>
        <translation>%1 (nicht geplant)</translation>
    </message>
    <message>
        <source>Sessions done of those planned, week by week (a routine logged by hand counts by its kind):</source>
        <translation>Erledigte von den geplanten Einheiten, Woche für Woche (ein von Hand erfasstes Programm zählt nach ihrer Art):</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>noch nicht gemacht</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) held at its level</source>
        <translation>
            <numerusform>%n-mal auf der Stufe gehalten</numerusform>
            <numerusform>%n-mal auf der Stufe gehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>No exercise was done with the routine player or listed in a session in this period, so no level moved.</source>
        <translation>In diesem Zeitraum wurde keine Übung im Übungsablauf der App gemacht oder in einer Einheit aufgeführt, also hat sich keine Stufe bewegt.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Level at start</source>
        <translation>Stufe zu Beginn</translation>
    </message>
    <message>
        <source>Level at end</source>
        <translation>Stufe am Ende</translation>
    </message>
    <message>
        <source>What moved it</source>
        <translation>Was sie bewegt hat</translation>
    </message>
    <message>
        <source>Hurt lately, and left out of the routines until you have looked at it: %1.</source>
        <translation>Schmerzte zuletzt und ist aus den Programmen genommen, bis Sie sie sich angesehen haben: %1.</translation>
    </message>
    <message>
        <source>Each exercise&apos;s level: up after easy sessions in a row at the whole dose, back one after pain during it above the ceiling or a clearly worse next morning, as said below:</source>
        <translation>Die Stufe jeder Übung: höher nach leichten Einheiten in Folge mit der ganzen Dosis, eine zurück nach Schmerz dabei über der Obergrenze oder einem deutlich schlechteren nächsten Morgen, wie unten begründet:</translation>
    </message>
    <message>
        <source>Seen by %1 on %2: %3.%4</source>
        <translation>Untersucht von %1 am %2: %3.%4</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <source>%1, still flagged at the end of the period</source>
        <translation>%1, am Ende des Zeitraums noch markiert</translation>
    </message>
    <message>
        <source>%1, no longer flagged from %2</source>
        <translation>%1, ab %2 nicht mehr markiert</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>; logged %1</source>
        <translation>; eingetragen am %1</translation>
    </message>
    <message>
        <source>No pain was logged in this period, so no warning-sign questions were asked.</source>
        <translation>In diesem Zeitraum wurden keine Schmerzen eingetragen, also wurden keine Fragen nach Warnzeichen gestellt.</translation>
    </message>
    <message>
        <source>Warning-sign questions asked on all %1 pain entries</source>
        <translation>Fragen nach Warnzeichen bei allen %1 Schmerzeinträgen gestellt</translation>
    </message>
    <message>
        <source>Warning-sign questions asked on %1 of %2 pain entries</source>
        <translation>Fragen nach Warnzeichen bei %1 von %2 Schmerzeinträgen gestellt</translation>
    </message>
    <message>
        <source>; none answered yes</source>
        <translation>; keine mit Ja beantwortet</translation>
    </message>
    <message>
        <source>; answered yes on %1</source>
        <translation>; bei %1 mit Ja beantwortet</translation>
    </message>
    <message>
        <source>; not known for the other %1 (logged before Backstride kept the answer, or imported without it)</source>
        <translation>; bei den übrigen %1 unbekannt (eingetragen, bevor Backstride die Antwort festhielt, oder ohne sie importiert)</translation>
    </message>
    <message>
        <source>Nothing was flagged for a professional in this period.</source>
        <translation>In diesem Zeitraum wurde nichts für eine Fachperson markiert.</translation>
    </message>
    <message>
        <source>Most notable: %1 (%2)</source>
        <translation>Am auffälligsten: %1 (%2)</translation>
    </message>
    <message>
        <source>Nothing was flagged on any day of this period.</source>
        <translation>An keinem Tag dieses Zeitraums wurde etwas markiert.</translation>
    </message>
    <message>
        <source>Flagged during the period, most serious first</source>
        <translation>Im Zeitraum markiert, das Ernsteste zuerst</translation>
    </message>
    <message>
        <source>Nothing was flagged on any day of the period.</source>
        <translation>An keinem Tag des Zeitraums wurde etwas markiert.</translation>
    </message>
    <message>
        <source>Flagged %1.</source>
        <translation>Markiert %1.</translation>
    </message>
    <message>
        <source>While it was flagged, the advice was: %1</source>
        <translation>Solange es markiert war, lautete der Rat: %1</translation>
    </message>
    <message>
        <source>What goes with the pain: links beyond chance in this period</source>
        <translation>Was mit dem Schmerz einhergeht: Zusammenhänge über den Zufall hinaus in diesem Zeitraum</translation>
    </message>
    <message>
        <source>This period (%1 days of the journal) is too short to test any link against chance</source>
        <translation>Dieser Zeitraum (%1 Tage des Tagebuchs) ist zu kurz, um einen Zusammenhang gegen den Zufall zu testen</translation>
    </message>
    <message>
        <source>Nothing in this period had enough entries to be tested against chance</source>
        <translation>Nichts in diesem Zeitraum hatte genug Einträge, um gegen den Zufall getestet zu werden</translation>
    </message>
    <message>
        <source>: a strong link can be told after about %1 days with sitting hours, or %2 weeks of runs, whatever else is logged.</source>
        <translation>: ein starker Zusammenhang lässt sich nach etwa %1 Tagen mit Sitzstunden oder %2 Wochen mit Läufen nennen, gleich was sonst eingetragen ist.</translation>
    </message>
    <message>
        <source>%1 pairings of a factor and a lag tested over %2 (the period&apos;s whole weeks up to its last day), each compared with the rearrangements of the runner&apos;s own half-weeks (each day keeps its weekday) or weeks, all of them or %3 drawn at random when there are more; pairings with too few to ever pass are left out as not enough data yet; Benjamini-Hochberg false-discovery rate %4 %, |rho| at least %5.</source>
        <translation>%1 Paarungen aus Faktor und Verzögerung über %2 getestet (die ganzen Wochen des Zeitraums bis zu seinem letzten Tag), jede verglichen mit den Umordnungen der eigenen Halbwochen (jeder Tag behält seinen Wochentag) oder Wochen der Läuferin oder des Läufers, alle oder %3 zufällig gezogene, wenn es mehr gibt; Paarungen mit zu wenigen, um je zu bestehen, bleiben als „noch zu wenige Daten“ draußen; Benjamini-Hochberg-Falscherkennungsrate %4 %, |rho| mindestens %5.</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (ab %2)</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <translation>%1 (bis %2)</translation>
    </message>
    <message>
        <source>%1 (the whole week)</source>
        <translation>%1 (die ganze Woche)</translation>
    </message>
    <message>
        <source>The runner would like to ask:</source>
        <translation>Die Läuferin oder der Läufer möchte fragen:</translation>
    </message>
    <message>
        <source>Nothing on any day of the period.</source>
        <translation>An keinem Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>still flagged</source>
        <translation>noch markiert</translation>
    </message>
    <message>
        <source>last on %1</source>
        <translation>zuletzt am %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; und %n weiteres</numerusform>
            <numerusform>; und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No weekly check-in in this period.</source>
        <translation>Keine wöchentliche Selbsteinschätzung in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>One check-in (%1): mean of the activities %2 of 10; no change to judge yet.</source>
        <translation>Eine Selbsteinschätzung (%1): Mittel der Aktivitäten %2 von 10; noch keine Veränderung zu beurteilen.</translation>
    </message>
    <message>
        <source>a meaningful change</source>
        <translation>eine bedeutsame Veränderung</translation>
    </message>
    <message>
        <source>within measurement noise</source>
        <translation>innerhalb der Messungenauigkeit</translation>
    </message>
    <message>
        <source>Mean of the activities %1 (%2) to %3 (%4): %5, %6.</source>
        <translation>Mittel der Aktivitäten %1 (%2) bis %3 (%4): %5, %6.</translation>
    </message>
    <message>
        <source>Pain on %1 of %2 days, worst %3 of 10.</source>
        <translation>Schmerzen an %1 von %2 Tagen, am stärksten %3 von 10.</translation>
    </message>
    <message>
        <source>none logged</source>
        <translation>keine eingetragen</translation>
    </message>
    <message>
        <source>Mean pain in the first %1 days %2, in the last %1 days %3</source>
        <translation>Mittlerer Schmerz in den ersten %1 Tagen %2, in den letzten %1 Tagen %3</translation>
    </message>
    <message>
        <source> (%1%2)</source>
        <translation> (%1%2)</translation>
    </message>
    <message>
        <source>, a meaningful change</source>
        <translation>, eine bedeutsame Veränderung</translation>
    </message>
    <message>
        <source>No run logged in this period.</source>
        <translation>Kein Lauf in diesem Zeitraum eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 in all, %2 a week on average</source>
        <translation>
            <numerusform>%n Lauf, %1 insgesamt, im Mittel %2 pro Woche</numerusform>
            <numerusform>%n Läufe, %1 insgesamt, im Mittel %2 pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 a week in the %2 days before)</source>
        <translation> (%1 pro Woche in den %2 Tagen davor)</translation>
    </message>
    <message>
        <source>%1 %2 of %3 planned</source>
        <translation>%1 %2 von %3 geplanten</translation>
    </message>
    <message>
        <source>%1 %2 (not planned)</source>
        <translation>%1 %2 (nicht geplant)</translation>
    </message>
    <message>
        <source>On %1: %2.</source>
        <translation>Am %1: %2.</translation>
    </message>
    <message>
        <source>No routine planned or done in the weeks of this period.</source>
        <translation>In den Wochen dieses Zeitraums war keine Routine geplant oder gemacht.</translation>
    </message>
    <message>
        <source>Sessions in the weeks of this period: %1.</source>
        <translation>Einheiten in den Wochen dieses Zeitraums: %1.</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufen</translation>
    </message>
    <message>
        <source>Started %1; on %2 %3.</source>
        <translation>Begonnen am %1; am %2 %3.</translation>
    </message>
    <message>
        <source>The period at a glance</source>
        <translation>Der Zeitraum auf einen Blick</translation>
    </message>
    <message>
        <source>In this period</source>
        <translation>In diesem Zeitraum</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Pain</source>
        <comment>the first page&apos;s line on pain</comment>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format without the year</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Weeks are drawn whole, Monday to Sunday, where the week table counts only the period&apos;s days.</source>
        <translation>Die Wochen sind ganz gezeichnet, von Montag bis Sonntag; die Wochentabelle zählt nur die Tage des Zeitraums.</translation>
    </message>
    <message>
        <source>Painkillers</source>
        <translation>Schmerzmittel</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n day(s)</source>
        <translation>
            <numerusform>%1 an %n Tag</numerusform>
            <numerusform>%1 an %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>no pain was logged</source>
        <translation>es wurden keine Schmerzen eingetragen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pain reading(s) taken under one</source>
        <translation>
            <numerusform>%1 von %n Schmerzwert darunter eingetragen</numerusform>
            <numerusform>%1 von %n Schmerzwerten darunter eingetragen</numerusform>
        </translation>
    </message>
    <message>
        <source>No painkiller logged in this period.</source>
        <translation>In diesem Zeitraum kein Schmerzmittel eingetragen.</translation>
    </message>
    <message>
        <source>A painkiller on %1 of %2 days (%3); %4.</source>
        <translation>Ein Schmerzmittel an %1 von %2 Tagen (%3); %4.</translation>
    </message>
    <message>
        <source>A pain reading within a painkiller&apos;s usual hours after it was taken (an anti-inflammatory 8, paracetamol 6) is marked in the pain log: it may read milder than the pain was.</source>
        <translation>Ein Schmerzwert in den üblichen Stunden nach einem Schmerzmittel (Entzündungshemmer 8, Paracetamol 6) ist im Schmerzprotokoll markiert: er kann milder ausfallen, als der Schmerz war.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Days with each kind, week by week:</source>
        <translation>Tage mit jeder Art, Woche für Woche:</translation>
    </message>
    <message>
        <source>Under a painkiller. </source>
        <translation>Unter einem Schmerzmittel. </translation>
    </message>
</context>
<context>
    <name>ReturnPlan</name>
    <message>
        <source>a week at %1 % of your former weekly distance</source>
        <translation>eine Woche mit %1 % Ihres früheren Wochenumfangs</translation>
    </message>
    <message>
        <source>brisk walk %1 min</source>
        <translation>zügig gehen %1 min</translation>
    </message>
    <message>
        <source>run %1 min without stopping</source>
        <translation>%1 min ohne Pause laufen</translation>
    </message>
    <message>
        <source>walk %1 min / run %2 min × %3</source>
        <translation>gehen %1 min / laufen %2 min × %3</translation>
    </message>
    <message>
        <source>plan started at stage %1: %2</source>
        <translation>Plan begonnen auf Stufe %1: %2</translation>
    </message>
    <message>
        <source>week of %1: %2 with no setback — back to your normal training</source>
        <translation>Woche ab %1: %2 ohne Rückschlag — zurück zu Ihrem normalen Training</translation>
    </message>
    <message>
        <source>week of %1: %2 with no setback — on to %3</source>
        <translation>Woche ab %1: %2 ohne Rückschlag — weiter mit %3</translation>
    </message>
    <message>
        <source>%1&apos;s run: pain %2/10, the second step back in a row — rest, and see a physical therapist before you go on</source>
        <translation>Lauf am %1: Schmerz %2/10, der zweite Schritt zurück in Folge — ruhen Sie sich aus und gehen Sie zur Physiotherapie, bevor Sie weitermachen</translation>
    </message>
    <message>
        <source>%1&apos;s run: pain %2/10 — too much: rest %3 days, then one stage back (%4)</source>
        <translation>Lauf am %1: Schmerz %2/10 — zu viel: %3 Tage Ruhe, dann eine Stufe zurück (%4)</translation>
    </message>
    <message>
        <source>%1&apos;s run came the day after another — keep a rest day between runs</source>
        <translation>Der Lauf am %1 kam am Tag nach einem anderen — halten Sie einen Ruhetag zwischen den Läufen</translation>
    </message>
    <message>
        <source>%1&apos;s run: pain %2/10 during or after it</source>
        <translation>Lauf am %1: Schmerz %2/10 während oder danach</translation>
    </message>
    <message>
        <source>%1&apos;s run: the back was worse the next morning (%2/10)</source>
        <translation>Lauf am %1: der Rücken war am nächsten Morgen schlechter (%2/10)</translation>
    </message>
    <message>
        <source>%1 — this stage held %2 times: see a physical therapist before you go on</source>
        <translation>%1 — diese Stufe wurde %2-mal wiederholt: gehen Sie zur Physiotherapie, bevor Sie weitermachen</translation>
    </message>
    <message>
        <source>%1 — repeat this stage</source>
        <translation>%1 — diese Stufe wiederholen</translation>
    </message>
    <message>
        <source>%1&apos;s run: pain %2/10, settled by the next morning — on to %3</source>
        <translation>Lauf am %1: Schmerz %2/10, am nächsten Morgen abgeklungen — weiter mit %3</translation>
    </message>
    <message>
        <source>a warning sign was logged on %1: see a doctor before running again</source>
        <translation>am %1 wurde ein Warnzeichen eingetragen: lassen Sie sich ärztlich untersuchen, bevor Sie wieder laufen</translation>
    </message>
    <message>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <source>moved up</source>
        <translation>Stufe höher</translation>
    </message>
    <message>
        <source>stage repeated</source>
        <translation>Stufe wiederholt</translation>
    </message>
    <message>
        <source>step back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <source>see a physical therapist</source>
        <translation>zur Physiotherapie</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>no pain</source>
        <translation>kein Schmerz</translation>
    </message>
    <message>
        <source>pain %1/10</source>
        <translation>Schmerz %1/10</translation>
    </message>
    <message>
        <source>%1&apos;s run: %2 — how the back is the next morning decides the next step</source>
        <translation>Lauf am %1: %2 — wie es dem Rücken am nächsten Morgen geht, entscheidet den nächsten Schritt</translation>
    </message>
    <message>
        <source>%1&apos;s run: %2 so far — how the back is the next morning decides whether it counts</source>
        <translation>Lauf am %1: bisher %2 — wie es dem Rücken am nächsten Morgen geht, entscheidet, ob er zählt</translation>
    </message>
    <message>
        <source>%1&apos;s run: %2, nothing worse the next morning — one more like it and you move up</source>
        <translation>Lauf am %1: %2, am nächsten Morgen nicht schlechter — noch einer wie dieser, und es geht eine Stufe höher</translation>
    </message>
    <message>
        <source>%1&apos;s run: %2, nothing worse the next morning — %3 more like it and you move up</source>
        <translation>Lauf am %1: %2, am nächsten Morgen nicht schlechter — noch %3 wie dieser, und es geht eine Stufe höher</translation>
    </message>
    <message>
        <source>a warning sign on %1</source>
        <translation>ein Warnzeichen am %1</translation>
    </message>
    <message>
        <source>pain below the knee on %1</source>
        <translation>Schmerz unterhalb des Knies am %1</translation>
    </message>
    <message>
        <source>%1&apos;s run: pain %2/10, but under %3 taken %4 — the painkiller may have hidden the pain</source>
        <translation>Lauf am %1: Schmerz %2/10, aber unter %3, eingenommen %4 — das Schmerzmittel kann den Schmerz verdeckt haben</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>am %1 um %2</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <source>%1: cannot write: %2; nothing was written</source>
        <translation>%1: nicht schreibbar: %2; nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>%1 was written by a newer version of Backstride (journal format %2; this version reads up to %3). Open it with the newer version.</source>
        <translation>%1 wurde von einer neueren Backstride-Version geschrieben (Tagebuchformat %2; diese Version liest bis %3). Öffnen Sie es mit der neueren Version.</translation>
    </message>
</context>
<context>
    <name>ScreenshotWriter</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: no such screen</source>
        <translation>%1: diese Ansicht gibt es nicht</translation>
    </message>
    <message>
        <source>%1: cannot write the image</source>
        <translation>%1: das Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>walk 2 min / run 3 min × 6, pain 2/10</source>
        <translation>gehen 2 min / laufen 3 min × 6, Schmerz 2/10</translation>
    </message>
    <message>
        <source>Stand with your back flat against a wall, feet a step forward.
Slide down until your knees bend to a right angle.
Hold, breathing, then slide back up.</source>
        <translation>Mit flachem Rücken an eine Wand stellen, die Füße einen Schritt nach vorn.
Hinunterrutschen, bis die Knie im rechten Winkel gebeugt sind.
Halten, weiteratmen, dann wieder hochrutschen.</translation>
    </message>
    <message>
        <source>Wall sit</source>
        <translation>Wandsitzen</translation>
    </message>
    <message>
        <source>A burn in the thighs is fine; stop if a knee hurts.</source>
        <translation>Brennen in den Oberschenkeln ist in Ordnung; aufhören, wenn ein Knie schmerzt.</translation>
    </message>
    <message>
        <source>physical therapist</source>
        <translation>Physiotherapie</translation>
    </message>
</context>
<context>
    <name>SelfCareRules</name>
    <message>
        <source>no %1 session in the journal</source>
        <translation>keine %1-Einheit im Tagebuch</translation>
    </message>
    <message>
        <source>last %1 session: %2, %3 days before %4</source>
        <translation>letzte %1-Einheit: %2, %3 Tage vor dem %4</translation>
    </message>
    <message>
        <source>latest pain: %1</source>
        <translation>jüngster Schmerz: %1</translation>
    </message>
    <message>
        <source>core-strength</source>
        <translation>Rumpfkraft</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>stretching</source>
        <translation>Dehn</translation>
    </message>
    <message>
        <source>%1 at level %2: pain %3/10 during it</source>
        <translation>%1 auf Stufe %2: Schmerz %3/10 dabei</translation>
    </message>
    <message>
        <source>%1 at level %2: the back %3 points worse the next morning</source>
        <translation>%1 auf Stufe %2: der Rücken am nächsten Morgen %3 Punkte schlechter</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>See a professional</source>
        <translation>Fachlich abklären</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>SittingRules</name>
    <message>
        <source>%1 sitting, then a %2; %3 %4</source>
        <translation>%1 Sitzen, dann ein %2; %3 %4</translation>
    </message>
    <message>
        <source>that day</source>
        <translation>am selben Tag</translation>
    </message>
    <message>
        <source>the next morning</source>
        <translation>am nächsten Morgen</translation>
    </message>
    <message>
        <source>pain followed %1 of %2 runs after %3 or more of sitting (%4 %), and %5 of %6 other runs (%7 %)</source>
        <translation>Schmerz folgte auf %1 von %2 Läufen nach %3 oder mehr Sitzen (%4 %) und auf %5 von %6 anderen Läufen (%7 %)</translation>
    </message>
    <message>
        <source>%1 sitting, then a %2 with no glute warm-up</source>
        <translation>%1 Sitzen, dann ein %2 ohne Gesäß-Aktivierung</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the journal</source>
        <translation>das Tagebuch</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the disk is full (no space left on the device), so nothing was written</source>
        <translation>der Datenträger ist voll (kein Platz mehr auf dem Gerät), daher wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>der Datenträger konnte nicht gelesen oder beschrieben werden (Ein-/Ausgabefehler)</translation>
    </message>
    <message>
        <source>cannot be written: the file or its folder is read-only</source>
        <translation>kann nicht geschrieben werden: die Datei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot be opened: the file or its folder is missing or not accessible</source>
        <translation>kann nicht geöffnet werden: die Datei oder ihr Ordner fehlt oder ist nicht zugänglich</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>another program is writing it right now; try again in a moment</source>
        <translation>ein anderes Programm schreibt gerade hinein; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>the file is damaged or not a database</source>
        <translation>die Datei ist beschädigt oder keine Datenbank</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>nicht genug Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1: an error in Backstride itself (please report it): %2</source>
        <translation>%1: ein Fehler in Backstride selbst (bitte melden): %2</translation>
    </message>
</context>
<context>
    <name>StravaCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a Strava activities.csv: the header lacks Activity Date, Activity Type, Distance or Moving Time</source>
        <translation>keine Strava-activities.csv: der Kopfzeile fehlt Activity Date, Activity Type, Distance oder Moving Time</translation>
    </message>
    <message>
        <source>row %1 has %2 fields, the header %3</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile %3</translation>
    </message>
    <message>
        <source>row %1: “%2” is not a date</source>
        <translation>Zeile %1: „%2“ ist kein Datum</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Garmin watch</source>
        <translation>Garmin-Uhr</translation>
    </message>
</context>
<context>
    <name>TcxReader</name>
    <message>
        <source>not a TCX file: it starts with &lt;%1&gt;</source>
        <translation>keine TCX-Datei: sie beginnt mit &lt;%1&gt;</translation>
    </message>
    <message>
        <source>line %1: &lt;%2&gt; is not a number</source>
        <translation>Zeile %1: &lt;%2&gt; ist keine Zahl</translation>
    </message>
    <message>
        <source>an activity without a start time</source>
        <translation>eine Aktivität ohne Startzeit</translation>
    </message>
    <message>
        <source>not a TCX file (not XML)</source>
        <translation>keine TCX-Datei (kein XML)</translation>
    </message>
    <message>
        <source>not a TCX file: it is empty</source>
        <translation>keine TCX-Datei: sie ist leer</translation>
    </message>
    <message>
        <source>the file holds no activity</source>
        <translation>die Datei enthält keine Aktivität</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Your exercise programme: %1</source>
        <translation>Ihr Übungsprogramm: %1</translation>
    </message>
    <message>
        <source>Get medical care today: your own doctor, urgent care or an emergency department. No running and no exercise until you have been seen.</source>
        <translation>Lassen Sie sich heute ärztlich untersuchen: Hausarztpraxis, Bereitschaftsdienst oder Notaufnahme. Kein Laufen und keine Übungen, bis Sie untersucht wurden.</translation>
    </message>
    <message>
        <source>Book an appointment with a physical therapist or a doctor. When they have seen you, record it (Entry › My physical therapist or doctor saw me…).</source>
        <translation>Vereinbaren Sie einen Termin in einer Physiotherapie- oder Arztpraxis. Wenn Sie untersucht wurden, tragen Sie es ein (Eintrag › Von Physiotherapie oder Arzt untersucht…).</translation>
    </message>
    <message>
        <source>Easy walking is fine. No running build-up and no new return-to-run plan until you have been cleared.</source>
        <translation>Lockeres Gehen ist in Ordnung. Kein Steigern des Laufens und kein neuer Plan zurück zum Laufen, bis Sie freigegeben wurden.</translation>
    </message>
    <message>
        <source>Rest from running today.</source>
        <translation>Heute Laufpause.</translation>
    </message>
    <message>
        <source>Ice the sore area for about 20 minutes, up to three times today (Entry › Start icing).</source>
        <translation>Kühlen Sie die schmerzende Stelle etwa 20 Minuten lang, heute bis zu dreimal (Eintrag › Kühlen starten).</translation>
    </message>
    <message>
        <source>Your return-to-run plan, stage %1 of 8</source>
        <translation>Ihr Plan zurück zum Laufen, Stufe %1 von 8</translation>
    </message>
    <message>
        <source>Today&apos;s return-to-run session: %1.</source>
        <translation>Die heutige Einheit zurück zum Laufen: %1.</translation>
    </message>
    <message>
        <source>A rest day from running in your return-to-run plan.</source>
        <translation>Ein Ruhetag vom Laufen in Ihrem Plan zurück zum Laufen.</translation>
    </message>
    <message>
        <source>Glute warm-up before you run</source>
        <translation>Gesäß-Aktivierung vor dem Laufen</translation>
    </message>
    <message>
        <source>You sat %1 h today</source>
        <translation>Sie saßen heute %1 h</translation>
    </message>
    <message>
        <source>Run as you planned: Backstride prescribes no distance.</source>
        <translation>Laufen Sie wie geplant: Backstride schreibt keine Strecke vor.</translation>
    </message>
    <message>
        <source>Nothing in your log speaks against running today.</source>
        <translation>In Ihrem Protokoll spricht heute nichts gegen das Laufen.</translation>
    </message>
    <message>
        <source>Ice the sore area for about 20 minutes (Entry › Start icing).</source>
        <translation>Kühlen Sie die schmerzende Stelle etwa 20 Minuten lang (Eintrag › Kühlen starten).</translation>
    </message>
    <message>
        <source>The weekly check-in: 30 seconds on what your back makes hard.</source>
        <translation>Der Wochencheck: 30 Sekunden dazu, was Ihr Rücken schwer macht.</translation>
    </message>
    <message>
        <source>One a week shows how your function changes</source>
        <translation>Einer pro Woche zeigt, wie sich Ihre Funktion verändert</translation>
    </message>
    <message>
        <source>“%1” since %2</source>
        <translation>„%1“ seit %2</translation>
    </message>
    <message>
        <source>Medical care for the warning sign comes first (the card above). This waits until you have been seen.</source>
        <translation>Die ärztliche Abklärung des Warnzeichens geht vor (die Karte oben). Dies wartet, bis Sie untersucht wurden.</translation>
    </message>
    <message>
        <source>A professional comes first (the card above): until they have seen you and cleared you, no running build-up and no new return-to-run plan. Ask them about this.</source>
        <translation>Erst zu Fachleuten (die Karte oben): Bis Sie untersucht und freigegeben wurden, kein Steigern des Laufens und kein neuer Plan zurück zum Laufen. Fragen Sie dort danach.</translation>
    </message>
    <message>
        <source>A flare comes first: rest from running today, with gentle relief and ice (Today says why).</source>
        <translation>Der Schub geht vor: heute Laufpause, mit sanfter Linderung und Kühlen (Heute sagt, warum).</translation>
    </message>
    <message>
        <source>Your return-to-run plan now decides when and how much you run (Today has its rest day).</source>
        <translation>Ihr Plan zurück zum Laufen entscheidet jetzt, wann und wie viel Sie laufen (Heute zeigt seinen Ruhetag).</translation>
    </message>
    <message>
        <source>Your return-to-run plan now decides when and how much you run (Today has its session).</source>
        <translation>Ihr Plan zurück zum Laufen entscheidet jetzt, wann und wie viel Sie laufen (Heute zeigt seine Einheit).</translation>
    </message>
    <message>
        <source>Today is a rest day in your plan: no run today. Log the next session on its day, with the pain during it and the next morning.</source>
        <translation>Heute ist ein Ruhetag in Ihrem Plan: heute kein Lauf. Erfassen Sie die nächste Einheit an ihrem Tag, mit dem Schmerz dabei und am nächsten Morgen.</translation>
    </message>
    <message>
        <source>Seen by %1 on %2: %3</source>
        <translation>Untersucht von %1 am %2: %3</translation>
    </message>
    <message>
        <source>%1, pain %2/10</source>
        <translation>%1, Schmerz %2/10</translation>
    </message>
    <message>
        <source>%1, level %2</source>
        <translation>%1, Stufe %2</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>mi</source>
        <translation>mi</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is missing or not a real date (use YYYY-MM-DD)</source>
        <translation>fehlt oder ist kein echtes Datum (JJJJ-MM-TT verwenden)</translation>
    </message>
    <message>
        <source>year %1 is outside %2–%3</source>
        <translation>das Jahr %1 liegt außerhalb von %2–%3</translation>
    </message>
    <message>
        <source>is not a time of day (use HH:MM)</source>
        <translation>ist keine Uhrzeit (HH:MM verwenden)</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>„%1“ ist nicht eines von: %2</translation>
    </message>
    <message>
        <source>lists the same word twice</source>
        <translation>nennt dasselbe Wort zweimal</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>%1 km is longer than any single run; check the unit</source>
        <translation>%1 km ist länger als jeder einzelne Lauf; bitte die Einheit prüfen</translation>
    </message>
    <message>
        <source>is longer than a week</source>
        <translation>ist länger als eine Woche</translation>
    </message>
    <message>
        <source>gives a pace faster than 2:30 min/km; check distance and duration</source>
        <translation>ergibt ein Tempo schneller als 2:30 min/km; bitte Strecke und Dauer prüfen</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>muss 0 oder mehr sein</translation>
    </message>
    <message>
        <source>must be at most %1 m</source>
        <translation>darf höchstens %1 m sein</translation>
    </message>
    <message>
        <source>must be between %1 and %2 beats per minute</source>
        <translation>muss zwischen %1 und %2 Schlägen pro Minute liegen</translation>
    </message>
    <message>
        <source>must be between 1 (very easy) and 10 (all out)</source>
        <translation>muss zwischen 1 (sehr leicht) und 10 (volle Kraft) liegen</translation>
    </message>
    <message>
        <source>must be between 0 and 24 hours</source>
        <translation>muss zwischen 0 und 24 Stunden liegen</translation>
    </message>
    <message>
        <source>must be between 0 (no pain) and 10 (worst imaginable)</source>
        <translation>muss zwischen 0 (kein Schmerz) und 10 (stärkster vorstellbarer) liegen</translation>
    </message>
    <message>
        <source>does not name a run</source>
        <translation>nennt keinen Lauf</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>name from 1 to %1 activities</source>
        <translation>nennen Sie 1 bis %1 Tätigkeiten</translation>
    </message>
    <message>
        <source>must be 1 to %1 characters</source>
        <translation>muss 1 bis %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>“%1” is named twice</source>
        <translation>„%1“ ist doppelt genannt</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be “activitywatch” or left out (typed by the runner)</source>
        <translation>muss „activitywatch“ sein oder fehlen (vom Läufer eingetragen)</translation>
    </message>
    <message>
        <source>at most %1 exercises in one session</source>
        <translation>höchstens %1 Übungen in einer Einheit</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>“%1” is not one of: both, left, right</source>
        <translation>„%1“ ist keines von: both, left, right</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>low back, left</source>
        <translation>unterer Rücken, links</translation>
    </message>
    <message>
        <source>low back, centre</source>
        <translation>unterer Rücken, Mitte</translation>
    </message>
    <message>
        <source>low back, right</source>
        <translation>unterer Rücken, rechts</translation>
    </message>
    <message>
        <source>mid back</source>
        <translation>mittlerer Rücken</translation>
    </message>
    <message>
        <source>left buttock</source>
        <translation>linke Gesäßhälfte</translation>
    </message>
    <message>
        <source>right buttock</source>
        <translation>rechte Gesäßhälfte</translation>
    </message>
    <message>
        <source>left hip</source>
        <translation>linke Hüfte</translation>
    </message>
    <message>
        <source>right hip</source>
        <translation>rechte Hüfte</translation>
    </message>
    <message>
        <source>left groin</source>
        <translation>linke Leiste</translation>
    </message>
    <message>
        <source>right groin</source>
        <translation>rechte Leiste</translation>
    </message>
    <message>
        <source>front of left thigh</source>
        <translation>linker Oberschenkel vorne</translation>
    </message>
    <message>
        <source>front of right thigh</source>
        <translation>rechter Oberschenkel vorne</translation>
    </message>
    <message>
        <source>back of left thigh</source>
        <translation>linker Oberschenkel hinten</translation>
    </message>
    <message>
        <source>back of right thigh</source>
        <translation>rechter Oberschenkel hinten</translation>
    </message>
    <message>
        <source>left knee</source>
        <translation>linkes Knie</translation>
    </message>
    <message>
        <source>right knee</source>
        <translation>rechtes Knie</translation>
    </message>
    <message>
        <source>left calf</source>
        <translation>linke Wade</translation>
    </message>
    <message>
        <source>right calf</source>
        <translation>rechte Wade</translation>
    </message>
    <message>
        <source>left shin</source>
        <translation>linkes Schienbein</translation>
    </message>
    <message>
        <source>right shin</source>
        <translation>rechtes Schienbein</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>linker Fuß</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>rechter Fuß</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>verspannt</translation>
    </message>
    <message>
        <source>achy</source>
        <translation>dumpf</translation>
    </message>
    <message>
        <source>stiff</source>
        <translation>steif</translation>
    </message>
    <message>
        <source>sharp</source>
        <translation>stechend</translation>
    </message>
    <message>
        <source>burning</source>
        <translation>brennend</translation>
    </message>
    <message>
        <source>shooting</source>
        <translation>einschießend</translation>
    </message>
    <message>
        <source>tingling</source>
        <translation>kribbelnd</translation>
    </message>
    <message>
        <source>numb</source>
        <translation>taub</translation>
    </message>
    <message>
        <source>spasm</source>
        <translation>krampfend</translation>
    </message>
    <message>
        <source>during a run</source>
        <translation>beim Laufen</translation>
    </message>
    <message>
        <source>after a run</source>
        <translation>nach dem Laufen</translation>
    </message>
    <message>
        <source>while sitting</source>
        <translation>im Sitzen</translation>
    </message>
    <message>
        <source>in the morning</source>
        <translation>morgens</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>nachts</translation>
    </message>
    <message>
        <source>at rest</source>
        <translation>in Ruhe</translation>
    </message>
    <message>
        <source>bending forward</source>
        <translation>Vorbeugen</translation>
    </message>
    <message>
        <source>bending backward</source>
        <translation>Zurückbeugen</translation>
    </message>
    <message>
        <source>twisting</source>
        <translation>Drehen</translation>
    </message>
    <message>
        <source>sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>Stehen</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>Laufen</translation>
    </message>
    <message>
        <source>coughing or sneezing</source>
        <translation>Husten oder Niesen</translation>
    </message>
    <message>
        <source>numbness in the groin or saddle area</source>
        <translation>Taubheit in der Leiste oder im Reithosenbereich</translation>
    </message>
    <message>
        <source>new trouble controlling bladder or bowel</source>
        <translation>neue Probleme, Blase oder Darm zu kontrollieren</translation>
    </message>
    <message>
        <source>leg weakness that is getting worse</source>
        <translation>zunehmende Schwäche im Bein</translation>
    </message>
    <message>
        <source>fever or unexplained weight loss</source>
        <translation>Fieber oder ungeklärter Gewichtsverlust</translation>
    </message>
    <message>
        <source>started after a fall or injury</source>
        <translation>begann nach einem Sturz oder einer Verletzung</translation>
    </message>
    <message>
        <source>core strength</source>
        <translation>Rumpfkraft</translation>
    </message>
    <message>
        <source>stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>foam rolling</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>glute activation</source>
        <translation>Gesäß-Aktivierung</translation>
    </message>
    <message>
        <source>icing</source>
        <translation>Kühlen</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>physio visit</source>
        <translation>Physiotherapie-Termin</translation>
    </message>
    <message>
        <source>cross-training</source>
        <translation>Ausgleichstraining</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>locker</translation>
    </message>
    <message>
        <source>long</source>
        <translation>lang</translation>
    </message>
    <message>
        <source>tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>intervals</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>race</source>
        <translation>Wettkampf</translation>
    </message>
    <message>
        <source>trail</source>
        <translation>Trail</translation>
    </message>
    <message>
        <source>road</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>track</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>treadmill</source>
        <translation>Laufband</translation>
    </message>
    <message>
        <source>walk</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>walk-run</source>
        <translation>Gehen und Laufen</translation>
    </message>
</context>
<context>
    <name>WindowCommand</name>
    <message>
        <source>Backstride cannot open the journal</source>
        <translation>Backstride kann das Tagebuch nicht öffnen</translation>
    </message>
    <message>
        <source>Journal file (default: %1).</source>
        <translation>Tagebuchdatei (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>Open a generated one-year journal, kept apart from yours.</source>
        <translation>Ein erzeugtes Tagebuch über ein Jahr öffnen, getrennt von Ihrem.</translation>
    </message>
    <message>
        <source>Render every main screen to DIR/*.png and exit.</source>
        <translation>Jede Hauptansicht als DIR/*.png speichern und beenden.</translation>
    </message>
    <message>
        <source>Journal already open</source>
        <translation>Tagebuch bereits geöffnet</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>Demo journal</source>
        <translation>Demo-Tagebuch</translation>
    </message>
    <message>
        <source>there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); the subcommands work without one, see backstride --help</source>
        <translation>es gibt keinen Bildschirm, auf dem sich das Fenster öffnen ließe (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); die Unterbefehle kommen ohne aus, siehe backstride --help</translation>
    </message>
    <message>
        <source>Quit as soon as the window has been painted, printing when (nanoseconds since 1970) for start-up benchmarks.</source>
        <translation>Beenden, sobald das Fenster gezeichnet ist, und den Zeitpunkt ausgeben (Nanosekunden seit 1970), für Start-Benchmarks.</translation>
    </message>
    <message>
        <source>A back-pain journal for runners. Without a subcommand the journal window opens.
Subcommands (run headless): %1; `backstride SUBCOMMAND --help` describes each.</source>
        <translation>Ein Rückenschmerz-Tagebuch für Läuferinnen und Läufer. Ohne Unterbefehl öffnet sich das Tagebuchfenster.
Unterbefehle (ohne Fenster): %1; `backstride UNTERBEFEHL --help` beschreibt jeden.</translation>
    </message>
    <message>
        <source>Open the window on a form: pain, run, morning, checkin or routine:ID (what a reminder&apos;s &quot;Log now&quot; does).</source>
        <translation>Das Fenster mit einem Formular öffnen: pain, run, morning, checkin oder routine:ID (was „Jetzt eintragen“ einer Erinnerung tut).</translation>
    </message>
</context>
<context>
    <name>XmlScanner</name>
    <message>
        <source>not valid XML at line %1, column %2: %3</source>
        <translation>kein gültiges XML in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genug Arbeitsspeicher</translation>
    </message>
    <message>
        <source>cannot read XML files: %1</source>
        <translation>XML-Dateien können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>backstride::AboutDialog</name>
    <message>
        <source>About Backstride</source>
        <translation>Über Backstride</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backstride&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Backstride&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>A journal for runners with lower back pain: runs, desk time, pain and self-care side by side, the patterns a physical therapist looks for, and a report to take to them.</source>
        <translation>Ein Tagebuch für Läuferinnen und Läufer mit Schmerzen im unteren Rücken: Läufe, Sitzzeit, Schmerzen und Selbstfürsorge nebeneinander, die Muster, auf die Physiotherapeuten achten, und ein Bericht zum Mitnehmen.</translation>
    </message>
    <message>
        <source>Your journal stays on this computer. Backstride has no network code: it never sends, uploads or shares anything. Its files are readable by your user account only.</source>
        <translation>Ihr Tagebuch bleibt auf diesem Computer. Backstride enthält keinen Netzwerkcode: Es sendet, lädt hoch oder teilt niemals etwas. Seine Dateien kann nur Ihr Benutzerkonto lesen.</translation>
    </message>
    <message>
        <source>Demo journal, in memory only: nothing is saved.</source>
        <translation>Demo-Tagebuch, nur im Arbeitsspeicher: nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>Tagebuch:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sicherungen:</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or any later version. It comes with no warranty, and it points to professional care; it does not diagnose.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder jeder späteren Version. Ohne Gewährleistung; sie verweist auf fachliche Behandlung und stellt keine Diagnose.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>Qt %1, SQLite</source>
        <translation>Qt %1, SQLite</translation>
    </message>
    <message>
        <source>&amp;Open journal folder</source>
        <translation>Tagebuch-&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>The demo journal has no folder.</source>
        <translation>Das Demo-Tagebuch hat keinen Ordner.</translation>
    </message>
    <message>
        <source>Show the journal&apos;s folder in the file manager.</source>
        <translation>Den Ordner des Tagebuchs im Dateimanager zeigen.</translation>
    </message>
</context>
<context>
    <name>backstride::BackupController</name>
    <message>
        <source>the demo journal</source>
        <translation>das Demo-Tagebuch</translation>
    </message>
    <message>
        <source>The demo journal is not saved, so it has no backups.</source>
        <translation>Das Demo-Tagebuch wird nicht gespeichert und hat daher keine Sicherungen.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert unter %1</translation>
    </message>
    <message>
        <source>Restore the journal from a backup</source>
        <translation>Das Tagebuch aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backstride journals (*.sqlite3)</source>
        <translation>Backstride-Tagebücher (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace everything in the journal with the backup %1?

The journal as it is now is kept as a backup first.</source>
        <translation>Den gesamten Inhalt des Tagebuchs durch die Sicherung %1 ersetzen?

Das Tagebuch in seinem jetzigen Stand wird vorher als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>the demo journal cannot be restored</source>
        <translation>das Demo-Tagebuch kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restored from %1. The journal as it was is kept as %2.</source>
        <translation>Aus %1 wiederhergestellt. Der vorige Stand ist als %2 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>backstride::BodyMapWidget</name>
    <message>
        <source>Body map of pain sites</source>
        <translation>Körperkarte der Schmerzstellen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>L and R are your own left and right (the front view faces you)</source>
        <translation>L und R sind Ihre Seiten (die Vorderansicht blickt Sie an)</translation>
    </message>
    <message>
        <source>%1: no pain logged</source>
        <translation>%1: keine Schmerzen erfasst</translation>
    </message>
    <message>
        <source>pain here spreads beyond the low back</source>
        <translation>Schmerz hier strahlt über den unteren Rücken hinaus aus</translation>
    </message>
    <message>
        <source>no site chosen</source>
        <translation>keine Stelle gewählt</translation>
    </message>
    <message>
        <source>%1, back view</source>
        <translation>%1, Rückansicht</translation>
    </message>
    <message>
        <source>%1, front view</source>
        <translation>%1, Vorderansicht</translation>
    </message>
    <message>
        <source>%1: chosen (Space removes it)</source>
        <translation>%1: gewählt (Leertaste entfernt es)</translation>
    </message>
    <message>
        <source>%1 (Space chooses it)</source>
        <translation>%1 (Leertaste wählt es)</translation>
    </message>
    <message>
        <source>Chosen: %1. Current: %2. Tab or the arrow keys move between sites, Space chooses.</source>
        <translation>Gewählt: %1. Aktuell: %2. Tab oder die Pfeiltasten wechseln die Stelle, die Leertaste wählt.</translation>
    </message>
</context>
<context>
    <name>backstride::CheckInBar</name>
    <message>
        <source>&lt;b&gt;Weekly check-in&lt;/b&gt; — 30 seconds: how well can you do what your back makes hard?</source>
        <translation>&lt;b&gt;Wochencheck&lt;/b&gt; — 30 Sekunden: Wie gut gelingt Ihnen, was der Rücken schwer macht?</translation>
    </message>
    <message>
        <source>Check &amp;in now</source>
        <translation>&amp;Jetzt eintragen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>backstride::CheckInDialog</name>
    <message>
        <source>Edit the weekly check-in</source>
        <translation>Wochencheck bearbeiten</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Wochencheck</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>How well can you do the things your back makes hard? 0 means you cannot do it, 10 as well as before the back trouble. Clear a name that no longer matters.</source>
        <translation>Wie gut gelingen Ihnen die Dinge, die der Rücken schwer macht? 0 heißt: gar nicht, 10: so gut wie vor den Rückenbeschwerden. Löschen Sie einen Namen, der nicht mehr zählt.</translation>
    </message>
    <message>
        <source>e.g. run 10 km, sit through a workday</source>
        <translation>z. B. 10 km laufen, einen Arbeitstag durchsitzen</translation>
    </message>
    <message>
        <source>another activity (optional)</source>
        <translation>weitere Tätigkeit (freiwillig)</translation>
    </message>
    <message>
        <source>Activity %1</source>
        <translation>Tätigkeit %1</translation>
    </message>
    <message>
        <source>/10</source>
        <translation>/10</translation>
    </message>
    <message>
        <source>Activity %1, how well it goes</source>
        <translation>Tätigkeit %1, wie gut sie gelingt</translation>
    </message>
    <message>
        <source>0 cannot do it, 10 as well as before the back trouble</source>
        <translation>0 gar nicht, 10 so gut wie vor den Rückenbeschwerden</translation>
    </message>
    <message>
        <source>No longer relevant</source>
        <translation>Zählt nicht mehr</translation>
    </message>
    <message>
        <source>&amp;Activities:</source>
        <translation>&amp;Tätigkeiten:</translation>
    </message>
    <message>
        <source>— not rated</source>
        <translation>— nicht bewertet</translation>
    </message>
    <message>
        <source>very much worse</source>
        <translation>sehr viel schlechter</translation>
    </message>
    <message>
        <source>much worse</source>
        <translation>viel schlechter</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>a little worse</source>
        <translation>etwas schlechter</translation>
    </message>
    <message>
        <source>a tiny bit worse</source>
        <translation>ein klein wenig schlechter</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
    <message>
        <source>a tiny bit better</source>
        <translation>ein klein wenig besser</translation>
    </message>
    <message>
        <source>a little better</source>
        <translation>etwas besser</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>much better</source>
        <translation>viel besser</translation>
    </message>
    <message>
        <source>completely recovered</source>
        <translation>vollständig erholt</translation>
    </message>
    <message>
        <source>%1%2 · %3</source>
        <translation>%1%2 · %3</translation>
    </message>
    <message>
        <source>Compared with when you started, your back is: from -5 very much worse through 0 about the same to +5 completely recovered</source>
        <translation>Verglichen mit dem Beginn ist Ihr Rücken: von -5 sehr viel schlechter über 0 etwa gleich bis +5 vollständig erholt</translation>
    </message>
    <message>
        <source>Compared with when
you &amp;started, your back is:</source>
        <translation>Verglichen mit dem
&amp;Beginn ist Ihr Rücken:</translation>
    </message>
    <message>
        <source>anything else (optional)</source>
        <translation>sonst noch etwas (freiwillig)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
</context>
<context>
    <name>backstride::ClearanceDialog</name>
    <message>
        <source>My physical therapist or doctor saw me</source>
        <translation>Von Physiotherapie oder Arzt untersucht</translation>
    </message>
    <message>
        <source>Once they have cleared you, what you logged before their visit (warning signs, pain below the knee, spreading pain) no longer holds back what they cleared. Anything logged after it counts again.</source>
        <translation>Sobald Sie freigegeben wurden, hält das vor dem Besuch Erfasste (Warnzeichen, Schmerz unterhalb des Knies, ausstrahlender Schmerz) das Freigegebene nicht mehr zurück. Alles danach Erfasste zählt wieder.</translation>
    </message>
    <message>
        <source>&amp;Seen on:</source>
        <translation>&amp;Untersucht am:</translation>
    </message>
    <message>
        <source>e.g. physical therapist, Dr Weber</source>
        <translation>z. B. Physiotherapie, Dr. Weber</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>to &amp;run</source>
        <translation>zum &amp;Laufen</translation>
    </message>
    <message>
        <source>to e&amp;xercise</source>
        <translation>für Ü&amp;bungen</translation>
    </message>
    <message>
        <source>Cleared me:</source>
        <translation>Freigegeben:</translation>
    </message>
    <message>
        <source>What they said, e.g. build up slowly</source>
        <translation>Was gesagt wurde, z. B. langsam steigern</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>cannot be after today</source>
        <translation>darf nicht nach heute liegen</translation>
    </message>
</context>
<context>
    <name>backstride::CustomExerciseDialog</name>
    <message>
        <source>Add an exercise from my physical therapist</source>
        <translation>Übung aus meiner Physiotherapie hinzufügen</translation>
    </message>
    <message>
        <source>Change an exercise from my physical therapist</source>
        <translation>Übung aus meiner Physiotherapie ändern</translation>
    </message>
    <message>
        <source>e.g. Wall sit</source>
        <translation>z. B. Wandsitzen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Played alone, it is logged as the self-care this kind belongs to</source>
        <translation>Allein durchgeführt, wird sie als die Selbstfürsorge erfasst, zu der diese Art gehört</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>One step a line, as your therapist showed you</source>
        <translation>Ein Schritt pro Zeile, wie in der Physiotherapie gezeigt</translation>
    </message>
    <message>
        <source>The steps, one a line</source>
        <translation>Die Schritte, einer pro Zeile</translation>
    </message>
    <message>
        <source>Ste&amp;ps:</source>
        <translation>Schritt&amp;e:</translation>
    </message>
    <message>
        <source>Se&amp;ts:</source>
        <translation>Sä&amp;tze:</translation>
    </message>
    <message>
        <source>per set (optional)</source>
        <translation>pro Satz (optional)</translation>
    </message>
    <message>
        <source>Repetitions in each set, on each side when done per side</source>
        <translation>Wiederholungen in jedem Satz, je Seite bei seitenweiser Übung</translation>
    </message>
    <message>
        <source>&amp;Repetitions:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>seconds (optional)</source>
        <translation>Sekunden (optional)</translation>
    </message>
    <message>
        <source>Seconds to hold each repetition, or the whole set when it has none</source>
        <translation>Sekunden, die jede Wiederholung gehalten wird, oder der ganze Satz, wenn er keine hat</translation>
    </message>
    <message>
        <source>&amp;Each side in turn</source>
        <translation>&amp;Jede Seite nacheinander</translation>
    </message>
    <message>
        <source>on its own</source>
        <translation>für sich</translation>
    </message>
    <message>
        <source>at the end of: %1</source>
        <translation>am Ende von: %1</translation>
    </message>
    <message>
        <source>Play it &amp;in:</source>
        <translation>Durchführen &amp;in:</translation>
    </message>
    <message>
        <source>what your therapist said (optional)</source>
        <translation>was die Physiotherapie gesagt hat (optional)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>is not a whole number of seconds</source>
        <translation>ist keine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <source>&amp;Hold (seconds):</source>
        <translation>&amp;Halten (Sekunden):</translation>
    </message>
</context>
<context>
    <name>backstride::DayEntriesModel</name>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 in %2 (%3)</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>(warning signs!)</source>
        <translation>(Warnzeichen!)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h sitting</source>
        <translation>%1 h Sitzen</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Lauf: %1</translation>
    </message>
    <message>
        <source>glute warm-up</source>
        <translation>Gesäß-Aktivierung</translation>
    </message>
    <message>
        <source>Sitting: %1</source>
        <translation>Sitzen: %1</translation>
    </message>
    <message>
        <source>Pain: %1</source>
        <translation>Schmerz: %1</translation>
    </message>
    <message>
        <source>Self-care: %1</source>
        <translation>Selbstfürsorge: %1</translation>
    </message>
    <message>
        <source>%1 %2/10</source>
        <translation>%1 %2/10</translation>
    </message>
    <message>
        <source>function %1/10 (%2)</source>
        <translation>Funktion %1/10 (%2)</translation>
    </message>
    <message>
        <source>; overall %1%2</source>
        <translation>; insgesamt %1%2</translation>
    </message>
    <message>
        <source>Weekly check-in: %1</source>
        <translation>Wochencheck: %1</translation>
    </message>
    <message>
        <source>%1 h sitting · desk time from ActivityWatch</source>
        <translation>%1 h Sitzen · Schreibtischzeit aus ActivityWatch</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Seen by %1: %2</source>
        <translation>Untersucht von %1: %2</translation>
    </message>
    <message>
        <source>under a painkiller (%1 at %2)</source>
        <translation>unter einem Schmerzmittel (%1 um %2)</translation>
    </message>
    <message>
        <source>Painkiller: %1</source>
        <translation>Schmerzmittel: %1</translation>
    </message>
</context>
<context>
    <name>backstride::DayLogDialog</name>
    <message>
        <source>Sitting hours</source>
        <translation>Sitzstunden</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>hours at a desk, in a car, on a sofa</source>
        <translation>Stunden am Schreibtisch, im Auto, auf dem Sofa</translation>
    </message>
    <message>
        <source>&amp;Sitting hours:</source>
        <translation>&amp;Sitzstunden:</translation>
    </message>
    <message>
        <source>e.g. long drive, deadline (optional)</source>
        <translation>z. B. lange Autofahrt, Abgabetermin (optional)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is not a number of hours (e.g. %1)</source>
        <translation>ist keine Stundenzahl (z. B. %1)</translation>
    </message>
    <message>
        <source>Hours spent sitting that day, from 0 to 24</source>
        <translation>Stunden im Sitzen an diesem Tag, von 0 bis 24</translation>
    </message>
    <message>
        <source>Desk time from ActivityWatch; type another number to replace it</source>
        <translation>Schreibtischzeit aus ActivityWatch; eine andere Zahl ersetzt sie</translation>
    </message>
    <message>
        <source>Desk time from ActivityWatch (its AFK watcher). Type your own number if you sat away from the computer too; Backstride will keep yours.</source>
        <translation>Schreibtischzeit aus ActivityWatch (sein AFK-Watcher). Tragen Sie Ihre eigene Zahl ein, wenn Sie auch abseits des Computers gesessen haben; Backstride behält dann Ihre.</translation>
    </message>
</context>
<context>
    <name>backstride::DeskTimePrompt</name>
    <message>
        <source>Desk time: no ActivityWatch database on this computer (Settings › Desk time).</source>
        <translation>Schreibtischzeit: keine ActivityWatch-Datenbank auf diesem Computer (Einstellungen › Schreibtischzeit).</translation>
    </message>
    <message>
        <source>Desk time not read: %1</source>
        <translation>Schreibtischzeit nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Desk time from ActivityWatch: %1 days set, %2 kept as you logged them.</source>
        <translation>Schreibtischzeit aus ActivityWatch: %1 Tage gesetzt, %2 wie eingetragen behalten.</translation>
    </message>
</context>
<context>
    <name>backstride::EntryDialog</name>
    <message>
        <source>Fix the marked fields first</source>
        <translation>Bitte zuerst die markierten Felder korrigieren</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>backstride::EntryEditor</name>
    <message>
        <source>That entry is no longer in the journal.</source>
        <translation>Dieser Eintrag ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <source>Deleted. Undo with %1.</source>
        <translation>Gelöscht. Rückgängig mit %1.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>How did the back feel? — %1</source>
        <translation>Wie hat sich der Rücken angefühlt? — %1</translation>
    </message>
    <message>
        <source>stage %1 of %2: %3</source>
        <translation>Stufe %1 von %2: %3</translation>
    </message>
    <message>
        <source>Start a return-to-run plan</source>
        <translation>Wiedereinstiegsplan beginnen</translation>
    </message>
    <message>
        <source>A plan is running: stage %1 of %2 since %3. Start a new one? The running plan stops the day before the new one begins.</source>
        <translation>Ein Plan läuft: Stufe %1 von %2 seit %3. Einen neuen beginnen? Der laufende Plan endet am Tag vor dem Beginn des neuen.</translation>
    </message>
    <message>
        <source>How is the back this morning?</source>
        <translation>Wie geht es dem Rücken heute Morgen?</translation>
    </message>
    <message>
        <source>Not now: your log has %1. That needs a doctor or a physical therapist before a return to running. When they have cleared you to run, record it (Entry › My physical therapist or doctor saw me…) and start the plan.</source>
        <translation>Jetzt nicht: Ihr Protokoll enthält %1. Das gehört vor dem Wiedereinstieg ins Laufen in ärztliche oder physiotherapeutische Hände. Wenn Sie fürs Laufen freigegeben wurden, tragen Sie es ein (Eintrag › Von Physiotherapie oder Arzt untersucht…) und beginnen Sie den Plan.</translation>
    </message>
    <message>
        <source>A clearance is not changed: delete it (Delete) and record it again.</source>
        <translation>Eine Freigabe wird nicht geändert: Löschen Sie sie (Entf) und tragen Sie sie neu ein.</translation>
    </message>
    <message>
        <source>A painkiller is not changed: delete it (Delete) and record it again.</source>
        <translation>Ein Schmerzmittel wird nicht geändert: löschen Sie es (Entf) und tragen Sie es neu ein.</translation>
    </message>
</context>
<context>
    <name>backstride::ExerciseFigureWidget</name>
    <message>
        <source>%1, level %2: %3</source>
        <translation>%1, Stufe %2: %3</translation>
    </message>
    <message>
        <source>A figure moving between the start and the end position of the exercise.</source>
        <translation>Eine Figur, die sich zwischen Anfangs- und Endstellung der Übung bewegt.</translation>
    </message>
    <message>
        <source>Two figures: the start position on the left, the end position on the right.</source>
        <translation>Zwei Figuren: links die Anfangsstellung, rechts die Endstellung.</translation>
    </message>
    <message>
        <source>%1: no drawing</source>
        <translation>%1: keine Zeichnung</translation>
    </message>
    <message>
        <source>A plain standing figure in a dashed frame: Backstride has no drawing of an exercise your physical therapist gave you.</source>
        <translation>Eine schlichte stehende Figur in einem gestrichelten Rahmen: Von einer Übung aus Ihrer Physiotherapie hat Backstride keine Zeichnung.</translation>
    </message>
</context>
<context>
    <name>backstride::ExercisesDoneEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation>Übung zum Hinzufügen</translation>
    </message>
    <message>
        <source>an exercise you did…</source>
        <translation>eine Übung, die Sie gemacht haben…</translation>
    </message>
    <message>
        <source>%1 (from your physical therapist)</source>
        <translation>%1 (aus Ihrer Physiotherapie)</translation>
    </message>
    <message>
        <source>Add this exercise</source>
        <translation>Diese Übung hinzufügen</translation>
    </message>
    <message>
        <source>level </source>
        <translation>Stufe </translation>
    </message>
    <message>
        <source>— reps</source>
        <translation>— Wdh.</translation>
    </message>
    <message>
        <source>— hold</source>
        <translation>— halten</translation>
    </message>
    <message>
        <source> s hold</source>
        <translation> s halten</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <source>left only</source>
        <translation>nur links</translation>
    </message>
    <message>
        <source>right only</source>
        <translation>nur rechts</translation>
    </message>
    <message>
        <source>pain not asked</source>
        <translation>Schmerz nicht gefragt</translation>
    </message>
    <message>
        <source>/10 pain</source>
        <translation>/10 Schmerz</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>repetitions per set</source>
        <translation>Wiederholungen pro Satz</translation>
    </message>
    <message>
        <source>seconds held</source>
        <translation>gehaltene Sekunden</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>pain during it, 0 to 10</source>
        <translation>Schmerz dabei, 0 bis 10</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source> set(s)</source>
        <translation>
            <numerusform> Satz</numerusform>
            <numerusform> Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> rep(s)</source>
        <translation>
            <numerusform> Wdh.</numerusform>
            <numerusform> Wdh.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstride::ExercisesPage</name>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Move the figure</source>
        <translation>&amp;Figur bewegen</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Exercises and routines</source>
        <translation>Übungen und Programme</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>etwa %n min</numerusform>
            <numerusform>etwa %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>each side in turn</source>
        <translation>jede Seite nacheinander</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>What you should feel: %1</source>
        <translation>Was Sie spüren sollten: %1</translation>
    </message>
    <message>
        <source>Why this exercise and dose: %1</source>
        <translation>Warum diese Übung und Dosis: %1</translation>
    </message>
    <message>
        <source>Dose: %1</source>
        <translation>Dosis: %1</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes; logged as %1</source>
        <translation>
            <numerusform>Etwa %n Minute; eingetragen als %1</numerusform>
            <numerusform>Etwa %n Minuten; eingetragen als %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Start this routine</source>
        <translation>Dieses Programm &amp;starten</translation>
    </message>
    <message>
        <source>Add a &amp;therapist&apos;s exercise…</source>
        <translation>Übung aus der &amp;Physiotherapie hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>An exercise your physical therapist gave you: its steps and dose, played and logged like the others</source>
        <translation>Eine Übung aus Ihrer Physiotherapie: ihre Schritte und Dosis, durchgeführt und erfasst wie die anderen</translation>
    </message>
    <message>
        <source>None yet: add one with the button below</source>
        <translation>Noch keine: mit der Schaltfläche darunter hinzufügen</translation>
    </message>
    <message>
        <source>From your physical therapist: Backstride has no drawing of it, and its steps and dose are theirs.</source>
        <translation>Aus Ihrer Physiotherapie: Backstride hat keine Zeichnung davon, Schritte und Dosis stammen von dort.</translation>
    </message>
    <message>
        <source>What your therapist said: %1</source>
        <translation>Was die Physiotherapie gesagt hat: %1</translation>
    </message>
    <message>
        <source>&amp;Start this exercise</source>
        <translation>Diese Übung &amp;starten</translation>
    </message>
    <message>
        <source>%1: %2 (from your physical therapist)</source>
        <translation>%1: %2 (aus Ihrer Physiotherapie)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Nothing due today: a rest day for the exercises.</source>
        <translation>Heute steht nichts an: ein Ruhetag für die Übungen.</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Diese Woche: %1</translation>
    </message>
    <message>
        <source>Your level: %1.</source>
        <translation>Ihre Stufe: %1.</translation>
    </message>
    <message>
        <source> Since %1: %2</source>
        <translation> Seit %1: %2</translation>
    </message>
    <message>
        <source>Not now: see a professional first (Today, above, says why); your therapist&apos;s own exercises, ice and easy walks are fine.</source>
        <translation>Jetzt nicht: erst zu Fachleuten (Heute, oben, sagt warum); Übungen aus Ihrer Physiotherapie, Kühlen und lockere Spaziergänge sind in Ordnung.</translation>
    </message>
    <message>
        <source>Not now: no strengthening during a flare (Today, above, says why).</source>
        <translation>Jetzt nicht: keine Kräftigung während eines Schubs (Heute, oben, sagt warum).</translation>
    </message>
    <message>
        <source>Not now: it hurt in your last sessions (Insights says when). Ask your physical therapist about it first.</source>
        <translation>Jetzt nicht: Sie schmerzte in Ihren letzten Einheiten (unter „Hinweise“ steht, wann). Fragen Sie zuerst Ihre Physiotherapie danach.</translation>
    </message>
</context>
<context>
    <name>backstride::ExportDialog</name>
    <message>
        <source>Report for your physical therapist</source>
        <translation>Bericht für Ihre Physiotherapie</translation>
    </message>
    <message>
        <source>A summary your therapist can read in two minutes: what you logged, the patterns Backstride flagged, and the numbers behind them.</source>
        <translation>Eine Zusammenfassung, die Ihre Therapeutin oder Ihr Therapeut in zwei Minuten liest: was Sie erfasst haben, welche Muster Backstride markiert hat und die Zahlen dahinter.</translation>
    </message>
    <message>
        <source>The last %1 weeks</source>
        <translation>Die letzten %1 Wochen</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Summary against the period before</source>
        <translation>Zusammenfassung im Vergleich zum Zeitraum davor</translation>
    </message>
    <message>
        <source>Flagged patterns with their evidence</source>
        <translation>Markierte Muster mit ihren Belegen</translation>
    </message>
    <message>
        <source>Week-by-week table</source>
        <translation>Tabelle Woche für Woche</translation>
    </message>
    <message>
        <source>Charts: weekly trend and body map</source>
        <translation>Diagramme: Wochenverlauf und Körperkarte</translation>
    </message>
    <message>
        <source>Pain log</source>
        <translation>Schmerzprotokoll</translation>
    </message>
    <message>
        <source>Self-care per week</source>
        <translation>Selbstfürsorge pro Woche</translation>
    </message>
    <message>
        <source>&lt;i&gt;The header and the most important findings are always included.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Der Kopf und die wichtigsten Befunde sind immer enthalten.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF report (%1 pages)</source>
        <translation>PDF-Bericht (%1-Seiten)</translation>
    </message>
    <message>
        <source>CSV files of every entry, for spreadsheets</source>
        <translation>CSV-Dateien aller Einträge, für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>%1 days: %2 runs and %3 pain entries.</source>
        <translation>%1 Tage: %2 Läufe und %3 Schmerzeinträge.</translation>
    </message>
    <message>
        <source>Cannot read the journal: %1</source>
        <translation>Das Tagebuch kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Ordner für die CSV-Dateien</translation>
    </message>
    <message>
        <source>back-pain-report-%1.pdf</source>
        <translation>rueckenschmerz-bericht-%1.pdf</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>&amp;Questions for your therapist (printed on the first page)</source>
        <translation>&amp;Fragen an Ihre Physiotherapie (auf der ersten Seite gedruckt)</translation>
    </message>
    <message>
        <source>Questions for your therapist</source>
        <translation>Fragen an Ihre Physiotherapie</translation>
    </message>
    <message>
        <source>C&amp;lear them once the report is saved or printed</source>
        <translation>Nach dem Speichern oder Drucken des Berichts l&amp;eeren</translation>
    </message>
    <message>
        <source>Cannot keep your questions: %1</source>
        <translation>Ihre Fragen können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>backstride::FactorTable</name>
    <message>
        <source>&lt;b&gt;What matters for your back&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was für Ihren Rücken zählt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What matters for your back</source>
        <translation>Was für Ihren Rücken zählt</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Was es zeigt</translation>
    </message>
    <message>
        <source>In plain numbers</source>
        <translation>In einfachen Zahlen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>rho</source>
        <translation>rho</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <source>Each factor is tested at the lags where it could plausibly matter, against the rearrangements of your own half-weeks (each day keeps its weekday) and weeks, all of them or %1 at random; %2 pairings could be tested over %3 (the last %4 days, whatever range is chosen above; the charts show that range). A link counts only when it survives a false-discovery rate of %5 %: anything weaker may be chance, and is not called a link.</source>
        <translation>Jeder Faktor wird bei den Verzögerungen getestet, bei denen er plausibel eine Rolle spielt, gegen die Umordnungen Ihrer eigenen Halbwochen (jeder Tag behält seinen Wochentag) und Wochen, alle oder %1 zufällige; %2 Paarungen konnten über %3 getestet werden (die letzten %4 Tage, gleich welcher Bereich oben gewählt ist; die Diagramme zeigen diesen Bereich). Ein Zusammenhang zählt nur, wenn er eine Falscherkennungsrate von %5 % übersteht: Schwächeres kann Zufall sein und wird nicht Zusammenhang genannt.</translation>
    </message>
</context>
<context>
    <name>backstride::FunctionChart</name>
    <message>
        <source>Function, week by week</source>
        <translation>Funktion, Woche für Woche</translation>
    </message>
    <message>
        <source>Function as a table</source>
        <translation>Funktion als Tabelle</translation>
    </message>
    <message>
        <source>Function and pain (0–10)</source>
        <translation>Funktion und Schmerz (0–10)</translation>
    </message>
    <message>
        <source>Global change (−5 … +5)</source>
        <translation>Gesamtveränderung (−5 … +5)</translation>
    </message>
    <message>
        <source>No meaningful change (±%1)</source>
        <translation>Keine bedeutsame Änderung (±%1)</translation>
    </message>
    <message>
        <source>Pain, weekly mean</source>
        <translation>Schmerz, Wochenmittel</translation>
    </message>
    <message>
        <source>Function, mean of the activities</source>
        <translation>Funktion, Mittel der Tätigkeiten</translation>
    </message>
    <message>
        <source>Global change</source>
        <translation>Gesamtveränderung</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Wochencheck</translation>
    </message>
    <message>
        <source>Function (mean)</source>
        <translation>Funktion (Mittel)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tätigkeiten</translation>
    </message>
    <message>
        <source>%1 check-ins from %2 to %3; function from %4 to %5.</source>
        <translation>%1 Wochenchecks vom %2 bis %3; Funktion von %4 auf %5.</translation>
    </message>
    <message>
        <source>No weekly check-in in this range yet.</source>
        <translation>In diesem Zeitraum noch kein wöchentlicher Check-in.</translation>
    </message>
    <message>
        <source>Once a week, rate how well you can do what your back makes hard (Entry › Weekly check-in, Ctrl+J);</source>
        <translation>Bewerten Sie einmal pro Woche, wie gut Ihnen gelingt, was der Rücken schwer macht (Eintrag › Wochencheck, Strg+J);</translation>
    </message>
    <message>
        <source>this chart then shows how your function changes.</source>
        <translation>dann zeigt dieses Diagramm, wie sich Ihre Funktion verändert.</translation>
    </message>
</context>
<context>
    <name>backstride::IcingTimer</name>
    <message numerus="yes">
        <source>Time to take the ice off: %n minute(s) of icing logged. %1</source>
        <translation>
            <numerusform>Zeit, das Eis abzunehmen: %n Minute Kühlen eingetragen. %1</numerusform>
            <numerusform>Zeit, das Eis abzunehmen: %n Minuten Kühlen eingetragen. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The icing was not logged: %1</source>
        <translation>Das Kühlen wurde nicht eingetragen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Iced %n× today.</source>
        <translation>
            <numerusform>Heute %n× gekühlt.</numerusform>
            <numerusform>Heute %n× gekühlt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstride::ImportController</name>
    <message>
        <source>Import runs</source>
        <translation>Läufe importieren</translation>
    </message>
    <message>
        <source>Activity files (*.fit *.gpx *.tcx *.fit.gz *.gpx.gz *.tcx.gz *.zip *.csv);;All files (*)</source>
        <translation>Aktivitätsdateien (*.fit *.gpx *.tcx *.fit.gz *.gpx.gz *.tcx.gz *.zip *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a folder of activities or an unpacked Strava export</source>
        <translation>Einen Ordner mit Aktivitäten oder einen entpackten Strava-Export importieren</translation>
    </message>
    <message>
        <source>Reading activity files…</source>
        <translation>Aktivitätsdateien werden gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Importing runs</source>
        <translation>Läufe werden importiert</translation>
    </message>
    <message>
        <source>Reading %1 of %2:
%3</source>
        <translation>Lese %1 von %2:
%3</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Warum nicht importiert</translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <source>This journal is open read-only because another Backstride has it open, so nothing can be imported into it here.</source>
        <translation>Dieses Tagebuch ist schreibgeschützt geöffnet, weil ein anderes Backstride es geöffnet hat; hier kann nichts importiert werden.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weitere</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Import this file into %1?</source>
        <translation>Diese Datei in %1 importieren?</translation>
    </message>
    <message>
        <source>Import these %1 files into %2?</source>
        <translation>Diese %1 Dateien in %2 importieren?</translation>
    </message>
    <message>
        <source>Merge journal files</source>
        <translation>Tagebuchdateien zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 into %2?

Entries already in the journal are skipped. Undo cannot take a merge back, so the journal is backed up first; File › Restore from backup can.</source>
        <translation>%1 in %2 übernehmen?

Einträge, die schon im Tagebuch sind, werden übersprungen. „Rückgängig“ kann das Zusammenführen nicht zurücknehmen, daher wird das Tagebuch vorher gesichert; Datei › Aus Sicherung wiederherstellen kann es.</translation>
    </message>
    <message>
        <source>Nothing was merged, because the backup before merging failed: %1</source>
        <translation>Nichts wurde zusammengeführt, weil die Sicherung davor fehlgeschlagen ist: %1</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Nichts wurde zusammengeführt: %1</translation>
    </message>
    <message>
        <source>Merged %1 — added %2, already in the journal %3, updated %4.</source>
        <translation>%1 zusammengeführt — hinzugefügt %2, schon im Tagebuch %3, aktualisiert %4.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 already in the journal · %3 other activities skipped%4 · %5 could not be read</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 schon im Tagebuch · %3 andere Aktivitäten übersprungen%4 · %5 nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>%n runs imported</source>
        <translation>
            <numerusform>%n Lauf importiert</numerusform>
            <numerusform>%n Läufe importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The new runs are on %1.</source>
        <translation>Die neuen Läufe sind am %1.</translation>
    </message>
    <message>
        <source>The new runs are from %1.</source>
        <translation>Die neuen Läufe sind vom %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them named no sport and were taken as runs; delete any that was not.</source>
        <translation>
            <numerusform>%n davon nannte keine Sportart und wurde als Lauf übernommen; löschen Sie ihn, falls er keiner war.</numerusform>
            <numerusform>%n davon nannten keine Sportart und wurden als Läufe übernommen; löschen Sie jeden, der keiner war.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show them in the journal</source>
        <translation>Im Tagebuch &amp;zeigen</translation>
    </message>
</context>
<context>
    <name>backstride::InsightsPanel</name>
    <message>
        <source>Patterns in your own log, not a diagnosis. When in doubt, see a physical therapist or doctor.</source>
        <translation>Muster in Ihrem eigenen Protokoll, keine Diagnose. Im Zweifel Physiotherapie oder Arztpraxis aufsuchen.</translation>
    </message>
    <message>
        <source>Click a date to open that day in the journal</source>
        <translation>Ein Datum anklicken, um den Tag im Tagebuch zu öffnen</translation>
    </message>
    <message>
        <source>Why, and the days it comes from</source>
        <translation>Warum, und an welchen Tagen es sich zeigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to show yet.&lt;/b&gt; As you log, Insights points out the patterns a physical therapist&apos;s guide for runners links to back pain:&lt;ul&gt;&lt;li&gt;warning signs and severe or spreading pain: at once;&lt;/li&gt;&lt;li&gt;running through pain, desk-day runs without a glute warm-up, lapsed core work: within the first week or two;&lt;/li&gt;&lt;li&gt;a sudden rise in weekly distance: after %1 weeks of runs;&lt;/li&gt;&lt;li&gt;how pain goes with sitting: after %2 days with sitting hours;&lt;/li&gt;&lt;li&gt;how pain goes with weekly distance: after %3 weeks.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Noch nichts zu zeigen.&lt;/b&gt; Sobald Sie Einträge erfassen, weisen die Hinweise auf die Muster hin, die ein physiotherapeutischer Leitfaden für Läufer mit Rückenschmerz verbindet:&lt;ul&gt;&lt;li&gt;Warnzeichen und starker oder ausstrahlender Schmerz: sofort;&lt;/li&gt;&lt;li&gt;Laufen trotz Schmerz, Läufe nach Schreibtischtagen ohne Gesäß-Aktivierung, ausgelassenes Rumpftraining: in den ersten ein, zwei Wochen;&lt;/li&gt;&lt;li&gt;ein plötzlicher Anstieg der Wochenstrecke: nach %1 Wochen mit Läufen;&lt;/li&gt;&lt;li&gt;wie Schmerz mit dem Sitzen zusammenhängt: nach %2 Tagen mit Sitzstunden;&lt;/li&gt;&lt;li&gt;wie Schmerz mit der Wochenstrecke zusammenhängt: nach %3 Wochen.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Nothing flagged as of %1. Keep logging: patterns need a few weeks of entries.</source>
        <translation>Nichts markiert, Stand %1. Weiter erfassen: Muster brauchen einige Wochen an Einträgen.</translation>
    </message>
    <message>
        <source>1 pattern flagged as of %1</source>
        <translation>1 Muster markiert, Stand %1</translation>
    </message>
    <message>
        <source>%1 patterns flagged as of %2</source>
        <translation>%1 Muster markiert, Stand %2</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was tun:</translation>
    </message>
    <message>
        <source>Seen in your log:</source>
        <translation>In Ihrem Protokoll:</translation>
    </message>
    <message>
        <source>Start a return-to-run plan…</source>
        <translation>Wiedereinstiegsplan beginnen…</translation>
    </message>
    <message>
        <source>A walk-run plan that moves with your pain, from a brisk walk back to your usual distance</source>
        <translation>Ein Geh-Lauf-Plan, der sich nach Ihrem Schmerz richtet, vom zügigen Gehen zurück zu Ihrem üblichen Umfang</translation>
    </message>
    <message numerus="yes">
        <source>Play the routine: %1, about %n min…</source>
        <translation>
            <numerusform>Durchführen: %1, etwa %n Min.…</numerusform>
            <numerusform>Durchführen: %1, etwa %n Min.…</numerusform>
        </translation>
    </message>
    <message>
        <source>Your exercise programme has it for today, each exercise at your level:</source>
        <translation>Ihr Übungsprogramm sieht sie für heute vor, jede Übung auf Ihrer Stufe:</translation>
    </message>
    <message numerus="yes">
        <source>Start: %1, about %n min</source>
        <translation>
            <numerusform>Starten: %1, etwa %n Min.</numerusform>
            <numerusform>Starten: %1, etwa %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>TODAY&apos;S EXERCISES</source>
        <translation>HEUTIGE ÜBUNGEN</translation>
    </message>
    <message>
        <source>Your back: %1</source>
        <translation>Ihr Rücken: %1</translation>
    </message>
    <message numerus="yes">
        <source>Start, about %n min</source>
        <translation>
            <numerusform>Starten, etwa %n Min.</numerusform>
            <numerusform>Starten, etwa %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>No return-to-run plan yet: your log has %1. See a doctor or a physical therapist first; when they have cleared you to run, record it and start the plan.</source>
        <translation>Noch kein Plan zurück zum Laufen: Ihr Protokoll enthält %1. Lassen Sie sich zuerst ärztlich oder physiotherapeutisch untersuchen; wenn Sie fürs Laufen freigegeben wurden, tragen Sie es ein und beginnen Sie den Plan.</translation>
    </message>
</context>
<context>
    <name>backstride::JournalCommands</name>
    <message>
        <source>pain with the run: %1</source>
        <translation>Schmerz beim Lauf: %1</translation>
    </message>
    <message>
        <source>Add run and pain on %1</source>
        <translation>Lauf und Schmerz am %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add run on %1</source>
        <translation>Lauf am %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit run on %1</source>
        <translation>Lauf am %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete run on %1</source>
        <translation>Lauf am %1 löschen</translation>
    </message>
    <message>
        <source>Add pain on %1</source>
        <translation>Schmerz am %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit pain on %1</source>
        <translation>Schmerz am %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete pain on %1</source>
        <translation>Schmerz am %1 löschen</translation>
    </message>
    <message>
        <source>Set sitting hours on %1</source>
        <translation>Sitzstunden am %1 setzen</translation>
    </message>
    <message>
        <source>Delete sitting hours on %1</source>
        <translation>Sitzstunden am %1 löschen</translation>
    </message>
    <message>
        <source>Add %1 on %2</source>
        <translation>%1 am %2 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1 on %2</source>
        <translation>%1 am %2 bearbeiten</translation>
    </message>
    <message>
        <source>Delete %1 on %2</source>
        <translation>%1 am %2 löschen</translation>
    </message>
    <message>
        <source>Import 1 run</source>
        <translation>1 Lauf importieren</translation>
    </message>
    <message>
        <source>Import %1 runs</source>
        <translation>%1 Läufe importieren</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>Could not %1 “%2”: %3</source>
        <translation>„%2“ konnte nicht %1 werden: %3</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>this journal is open read-only, because another Backstride has it open</source>
        <translation>dieses Tagebuch ist schreibgeschützt geöffnet, weil ein anderes Backstride es geöffnet hat</translation>
    </message>
    <message>
        <source>there is no %1 entry with id %2</source>
        <translation>es gibt keinen Eintrag %1 mit der Nummer %2</translation>
    </message>
    <message>
        <source>Add the check-in of %1</source>
        <translation>Wochencheck vom %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit the check-in of %1</source>
        <translation>Wochencheck vom %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete the check-in of %1</source>
        <translation>Wochencheck vom %1 löschen</translation>
    </message>
    <message>
        <source>Start the return-to-run plan on %1</source>
        <translation>Wiedereinstiegsplan am %1 beginnen</translation>
    </message>
    <message>
        <source>Stop the return-to-run plan on %1</source>
        <translation>Wiedereinstiegsplan am %1 beenden</translation>
    </message>
    <message>
        <source>Save the exercise %1</source>
        <translation>Übung %1 speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n logged session(s) did this exercise: it stays, so that they keep its name and steps. Change it instead.</source>
        <translation>
            <numerusform>%n erfasste Einheit enthält diese Übung: Sie bleibt, damit Name und Schritte erhalten bleiben. Ändern Sie sie stattdessen.</numerusform>
            <numerusform>%n erfasste Einheiten enthalten diese Übung: Sie bleibt, damit Name und Schritte erhalten bleiben. Ändern Sie sie stattdessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the exercise %1</source>
        <translation>Übung %1 entfernen</translation>
    </message>
    <message>
        <source>Record being seen by %1 on %2</source>
        <translation>Untersuchung durch %1 am %2 eintragen</translation>
    </message>
    <message>
        <source>Delete the clearance</source>
        <translation>Die Freigabe löschen</translation>
    </message>
    <message>
        <source>Add %1 taken at %2 on %3</source>
        <translation>%1, eingenommen um %2 am %3, hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1 taken on %2</source>
        <translation>%1 vom %2 löschen</translation>
    </message>
</context>
<context>
    <name>backstride::JournalDayFilter</name>
    <message>
        <source>All days</source>
        <translation>Alle Tage</translation>
    </message>
    <message>
        <source>Days with pain</source>
        <translation>Tage mit Schmerzen</translation>
    </message>
    <message>
        <source>Days with runs</source>
        <translation>Tage mit Läufen</translation>
    </message>
    <message>
        <source>Days with warning signs</source>
        <translation>Tage mit Warnzeichen</translation>
    </message>
    <message>
        <source>Days without sitting hours</source>
        <translation>Tage ohne Sitzstunden</translation>
    </message>
    <message>
        <source>No days in this period.</source>
        <translation>Keine Tage in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No days with pain in this period.</source>
        <translation>Keine Tage mit Schmerz in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No days with runs in this period.</source>
        <translation>Keine Tage mit Läufen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No days with warning signs in this period.</source>
        <translation>Keine Tage mit Warnzeichen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No days without sitting hours in this period.</source>
        <translation>Keine Tage ohne Sitzstunden in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>backstride::JournalDayModel</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Selbstfürsorge</translation>
    </message>
    <message>
        <source>%1 h · from ActivityWatch</source>
        <translation>%1 h · aus ActivityWatch</translation>
    </message>
    <message>
        <source>%1 (under a painkiller)</source>
        <translation>%1 (unter einem Schmerzmittel)</translation>
    </message>
</context>
<context>
    <name>backstride::JournalPage</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Previous week or month (Ctrl+Page Up)</source>
        <translation>Vorige Woche oder voriger Monat (Strg+Bild auf)</translation>
    </message>
    <message>
        <source>Next week or month (Ctrl+Page Down)</source>
        <translation>Nächste Woche oder nächster Monat (Strg+Bild ab)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>&amp;Gehe zu Datum…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Nothing logged in this period.</source>
        <translation>In diesem Zeitraum nichts erfasst.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche ab %1</translation>
    </message>
    <message>
        <source>Every day logged</source>
        <translation>Jeder Tag erfasst</translation>
    </message>
    <message>
        <source>nothing logged</source>
        <translation>nichts erfasst</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>%1 — %2. Enter opens an entry, Delete removes it.</source>
        <translation>%1 — %2. Eingabe öffnet einen Eintrag, Entf löscht ihn.</translation>
    </message>
    <message>
        <source>%1 · %2, %3 · %4</source>
        <translation>%1 · %2, %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%n days logged</source>
        <translation>
            <numerusform>%n Tag erfasst</numerusform>
            <numerusform>%n Tage erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days with pain</source>
        <translation>
            <numerusform>%n Tag mit Schmerzen</numerusform>
            <numerusform>%n Tage mit Schmerzen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 only: %2</source>
        <translation>Nur %1: %2</translation>
    </message>
    <message>
        <source>No day shown: choose “All days” under Show to see every day.</source>
        <translation>Kein Tag angezeigt: Wählen Sie unter „Zeigen“ „Alle Tage“, um jeden Tag zu sehen.</translation>
    </message>
</context>
<context>
    <name>backstride::JournalWindowParts</name>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Return to r&amp;unning</source>
        <translation>Zurück zum La&amp;ufen</translation>
    </message>
    <message>
        <source>Warning signs are in your recent pain log: seek medical care today. See Insights for what was logged.</source>
        <translation>In Ihrem jüngsten Schmerzprotokoll stehen Warnzeichen: Suchen Sie heute ärztliche Hilfe. Unter „Hinweise“ steht, was erfasst wurde.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Report for your physical therapist</source>
        <translation>Bericht für Ihre Physiotherapie</translation>
    </message>
    <message>
        <source>&amp;Import runs…</source>
        <translation>Läufe &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a &amp;folder or Strava export…</source>
        <translation>&amp;Ordner oder Strava-Export importieren…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Report for your physical therapist…</source>
        <translation>&amp;Bericht für Ihre Physiotherapie…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Open selected entry</source>
        <translation>Gewählten Eintrag ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Delete selected entry</source>
        <translation>Gewählten Eintrag &amp;löschen</translation>
    </message>
    <message>
        <source>New &amp;run…</source>
        <translation>Neuer &amp;Lauf…</translation>
    </message>
    <message>
        <source>New &amp;pain entry…</source>
        <translation>Neuer &amp;Schmerzeintrag…</translation>
    </message>
    <message>
        <source>&amp;Sitting hours…</source>
        <translation>S&amp;itzstunden…</translation>
    </message>
    <message>
        <source>New s&amp;elf-care…</source>
        <translation>Neue Selbst&amp;fürsorge…</translation>
    </message>
    <message>
        <source>&amp;Weekly check-in…</source>
        <translation>&amp;Wochencheck…</translation>
    </message>
    <message>
        <source>S&amp;tart a return-to-run plan…</source>
        <translation>Wiedereinstiegsplan begi&amp;nnen…</translation>
    </message>
    <message>
        <source>&amp;Previous week or month</source>
        <translation>&amp;Vorige Woche oder voriger Monat</translation>
    </message>
    <message>
        <source>&amp;Next week or month</source>
        <translation>&amp;Nächste Woche oder nächster Monat</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Show a &amp;week</source>
        <translation>Eine &amp;Woche zeigen</translation>
    </message>
    <message>
        <source>Show a &amp;month</source>
        <translation>Einen &amp;Monat zeigen</translation>
    </message>
    <message>
        <source>Show &amp;everything</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>Übu&amp;ngen</translation>
    </message>
    <message>
        <source>Do a r&amp;outine…</source>
        <translation>&amp;Programm durchführen…</translation>
    </message>
    <message>
        <source>Stop icing</source>
        <translation>Kühlen beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Icing: %1:%2 left</source>
        <translation>Kühlen: noch %1:%2</translation>
    </message>
    <message>
        <source>Start &amp;icing</source>
        <translation>&amp;Kühlen starten</translation>
    </message>
    <message>
        <source>The exercise stays</source>
        <translation>Die Übung bleibt</translation>
    </message>
    <message>
        <source>Removed; Edit › Undo puts it back.</source>
        <translation>Entfernt; Bearbeiten › Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>H&amp;eute</translation>
    </message>
    <message>
        <source>Recorded; Edit › Undo takes it back.</source>
        <translation>Eingetragen; Bearbeiten › Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>&amp;My physical therapist or doctor saw me…</source>
        <translation>Von Physiotherapie oder Arzt &amp;untersucht…</translation>
    </message>
    <message>
        <source>Could not read the journal: %1</source>
        <translation>Das Tagebuch konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Questions for my therapist</source>
        <translation>Fragen an meine Physiotherapie</translation>
    </message>
    <message>
        <source>What would you like to ask at your next visit? The report prints it on its first page.</source>
        <translation>Was möchten Sie beim nächsten Termin fragen? Der Bericht druckt es auf seiner ersten Seite.</translation>
    </message>
    <message>
        <source>Kept for your next report; Edit › Undo takes it back.</source>
        <translation>Für den nächsten Bericht gespeichert; Bearbeiten › Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>&amp;Questions for my therapist…</source>
        <translation>Fr&amp;agen an meine Physiotherapie…</translation>
    </message>
    <message>
        <source>Pain&amp;killer…</source>
        <translation>Schmer&amp;zmittel…</translation>
    </message>
</context>
<context>
    <name>backstride::MainWindow</name>
    <message>
        <source>%1 — Backstride</source>
        <translation>%1 — Backstride</translation>
    </message>
    <message>
        <source>Could not read the journal: %1</source>
        <translation>Das Tagebuch konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Backstride</source>
        <translation>Backstride</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>E&amp;ntry</source>
        <translation>E&amp;intrag</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Backstride</source>
        <translation>&amp;Über Backstride</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Read-only: another Backstride has this journal open.</source>
        <translation>Schreibgeschützt: Ein anderes Backstride hat dieses Tagebuch geöffnet.</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
</context>
<context>
    <name>backstride::MorningDialog</name>
    <message>
        <source>Return-to-run plan: this morning</source>
        <translation>Wiedereinstiegsplan: heute Morgen</translation>
    </message>
    <message>
        <source>How is the back this morning?</source>
        <translation>Wie geht es dem Rücken heute Morgen?</translation>
    </message>
    <message>
        <source>Yesterday&apos;s session: %1. The plan counts it once it knows how the back is the morning after.</source>
        <translation>Die gestrige Einheit: %1. Der Plan zählt sie, sobald er weiß, wie es dem Rücken am Morgen danach geht.</translation>
    </message>
    <message>
        <source>Enter or 0: no pain.</source>
        <translation>Eingabe oder 0: kein Schmerz.</translation>
    </message>
    <message>
        <source>&amp;No pain</source>
        <translation>&amp;Kein Schmerz</translation>
    </message>
    <message>
        <source>&amp;Some pain…</source>
        <translation>&amp;Etwas Schmerz…</translation>
    </message>
    <message>
        <source>No&amp;t now</source>
        <translation>&amp;Jetzt nicht</translation>
    </message>
    <message>
        <source>Return-to-run plan and exercises: this morning</source>
        <translation>Wiedereinstiegsplan und Übungen: heute Morgen</translation>
    </message>
    <message>
        <source>Exercise programme: this morning</source>
        <translation>Übungsprogramm: heute Morgen</translation>
    </message>
    <message>
        <source>Yesterday&apos;s exercises: %1. Their levels move only once the programme knows how the back is the morning after.</source>
        <translation>Die gestrigen Übungen: %1. Ihre Stufen ändern sich erst, wenn das Programm weiß, wie es dem Rücken am Morgen danach geht.</translation>
    </message>
</context>
<context>
    <name>backstride::PainDialog</name>
    <message>
        <source>Edit pain entry</source>
        <translation>Schmerzeintrag bearbeiten</translation>
    </message>
    <message>
        <source>Log back pain</source>
        <translation>Rückenschmerz erfassen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>e.g. 07:30 (optional)</source>
        <translation>z. B. 07:30 (optional)</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>0 none · 10 worst imaginable</source>
        <translation>0 keiner · 10 stärkster vorstellbarer</translation>
    </message>
    <message>
        <source>&amp;Pain (0–10):</source>
        <translation>&amp;Schmerz (0–10):</translation>
    </message>
    <message>
        <source>It feels:</source>
        <translation>Er fühlt sich an:</translation>
    </message>
    <message>
        <source>It comes:</source>
        <translation>Er kommt:</translation>
    </message>
    <message>
        <source>Worse with:</source>
        <translation>Schlimmer bei:</translation>
    </message>
    <message>
        <source>With the &amp;run:</source>
        <translation>Zum &amp;Lauf:</translation>
    </message>
    <message>
        <source>anything else (optional)</source>
        <translation>sonst noch etwas (optional)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where does it hurt?&lt;/b&gt; Click the places, or Tab to them and press Space.</source>
        <translation>&lt;b&gt;Wo tut es weh?&lt;/b&gt; Die Stellen anklicken oder mit Tab hinspringen und die Leertaste drücken.</translation>
    </message>
    <message>
        <source>— not linked to a run</source>
        <translation>— mit keinem Lauf verknüpft</translation>
    </message>
    <message>
        <source>is not a time of day (use HH:MM)</source>
        <translation>ist keine Uhrzeit (HH:MM verwenden)</translation>
    </message>
</context>
<context>
    <name>backstride::PainQuestions</name>
    <message>
        <source>not given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <source>How strong the pain is, from 0 (none) to 10 (the worst imaginable); type the number</source>
        <translation>Wie stark der Schmerz ist, von 0 (keiner) bis 10 (der schlimmste vorstellbare); die Zahl eintippen</translation>
    </message>
    <message>
        <source>Warning signs — is any of these true now?</source>
        <translation>Warnzeichen — trifft davon jetzt etwas zu?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seek medical care today.&lt;/b&gt; With back pain, this sign can mean serious pressure on a nerve or another cause that needs a doctor now. Do not run; call your doctor, or go to urgent care or an emergency department.</source>
        <translation>&lt;b&gt;Suchen Sie heute ärztliche Hilfe.&lt;/b&gt; Zusammen mit Rückenschmerzen kann dieses Zeichen starken Druck auf einen Nerv oder eine andere Ursache bedeuten, die sofort ärztlich abgeklärt werden muss. Nicht laufen; rufen Sie Ihre Arztpraxis an oder gehen Sie in eine Notaufnahme.</translation>
    </message>
    <message>
        <source>give a number from 0 (no pain) to 10</source>
        <translation>eine Zahl von 0 (kein Schmerz) bis 10 angeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;This pain reaches below the knee.&lt;/b&gt; That is the clearer sign of an irritated nerve: have it examined soon, and do not run through it.</source>
        <translation>&lt;b&gt;Dieser Schmerz reicht bis unter das Knie.&lt;/b&gt; Das deutet klarer auf einen gereizten Nerv hin: Lassen Sie es bald untersuchen und laufen Sie nicht trotz des Schmerzes weiter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This pain spreads beyond the low back&lt;/b&gt; (radiating pain). Pain that travels into the buttock or leg can come from a nerve; a physical therapist or doctor should look at it.</source>
        <translation>&lt;b&gt;Dieser Schmerz strahlt über den unteren Rücken hinaus aus.&lt;/b&gt; Schmerz, der ins Gesäß oder Bein zieht, kann von einem Nerv kommen; Physiotherapie oder Arztpraxis sollten ihn ansehen.</translation>
    </message>
</context>
<context>
    <name>backstride::PainReachChart</name>
    <message>
        <source>How far the pain reached, week by week</source>
        <translation>Wie weit der Schmerz reichte, Woche für Woche</translation>
    </message>
    <message>
        <source>How far from the spine</source>
        <translation>Abstand von der Wirbelsäule</translation>
    </message>
    <message>
        <source>Furthest in the week</source>
        <translation>Am weitesten in der Woche</translation>
    </message>
    <message>
        <source>Weekly mean</source>
        <translation>Wochenmittel</translation>
    </message>
    <message>
        <source>Turned</source>
        <translation>Wendepunkt</translation>
    </message>
    <message>
        <source>How far the pain reached, as a table</source>
        <translation>Wie weit der Schmerz reichte, als Tabelle</translation>
    </message>
    <message>
        <source>turned further down the leg</source>
        <translation>wendete sich weiter ins Bein hinab</translation>
    </message>
    <message>
        <source>turned back towards the spine</source>
        <translation>wendete sich zurück zur Wirbelsäule</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Mean reach (0 low back … 5 foot)</source>
        <translation>Mittlere Ausbreitung (0 unterer Rücken … 5 Fuß)</translation>
    </message>
    <message>
        <source>Furthest</source>
        <translation>Am weitesten</translation>
    </message>
</context>
<context>
    <name>backstride::PainkillerDialog</name>
    <message>
        <source>Painkiller</source>
        <translation>Schmerzmittel</translation>
    </message>
    <message>
        <source>A pain score taken while a painkiller works is not the same number: Backstride marks the pain you log in the hours after it, and does not let it count as a good session.</source>
        <translation>Ein Schmerzwert, während ein Schmerzmittel wirkt, ist nicht dieselbe Zahl: Backstride markiert die Schmerzen, die Sie in den Stunden danach eintragen, und lässt sie nicht als gute Einheit zählen.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>e.g. 07:30</source>
        <translation>z. B. 07:30</translation>
    </message>
    <message>
        <source>T&amp;ime taken:</source>
        <translation>&amp;Uhrzeit der Einnahme:</translation>
    </message>
    <message>
        <source>e.g. ibuprofen, paracetamol</source>
        <translation>z. B. Ibuprofen, Paracetamol</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>e.g. 400 mg (optional)</source>
        <translation>z. B. 400 mg (optional)</translation>
    </message>
    <message>
        <source>e.g. before the long run</source>
        <translation>z. B. vor dem langen Lauf</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>“%1” is not a time of day (use HH:MM)</source>
        <translation>„%1“ ist keine Uhrzeit (HH:MM verwenden)</translation>
    </message>
    <message>
        <source>Do&amp;se:</source>
        <translation>Do&amp;sis:</translation>
    </message>
</context>
<context>
    <name>backstride::RelationshipCharts</name>
    <message>
        <source>too few points to say anything: n = %1 %2, at least %3 needed</source>
        <translation>zu wenige Punkte für eine Aussage: n = %1 %2, mindestens %3 nötig</translation>
    </message>
    <message>
        <source>no correlation: one of the two never changes (n = %1 %2)</source>
        <translation>keine Korrelation: einer der beiden Werte ändert sich nie (n = %1 %2)</translation>
    </message>
    <message>
        <source>Spearman rho %1 · n = %2 %3</source>
        <translation>Spearman-Rho %1 · n = %2 %3</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>10+ days</source>
        <translation>10+ Tage</translation>
    </message>
    <message>
        <source>10+ weeks</source>
        <translation>10+ Wochen</translation>
    </message>
    <message>
        <source>Sitting that day (hours)</source>
        <translation>Sitzen an dem Tag (Stunden)</translation>
    </message>
    <message>
        <source>Distance in the week (%1)</source>
        <translation>Strecke in der Woche (%1)</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2–4</source>
        <translation>2–4</translation>
    </message>
    <message>
        <source>5–9</source>
        <translation>5–9</translation>
    </message>
    <message>
        <source>Pain against sitting</source>
        <translation>Schmerz gegen Sitzen</translation>
    </message>
    <message>
        <source>Pain against weekly distance</source>
        <translation>Schmerz gegen Wochenstrecke</translation>
    </message>
    <message>
        <source>Pain against sitting as a table</source>
        <translation>Schmerz gegen Sitzen als Tabelle</translation>
    </message>
    <message>
        <source>Pain against weekly distance as a table</source>
        <translation>Schmerz gegen Wochenstrecke als Tabelle</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Sitting (hours)</source>
        <translation>Sitzen (Stunden)</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Distance (%1)</source>
        <translation>Strecke (%1)</translation>
    </message>
    <message>
        <source>Pain two days later</source>
        <translation>Schmerz 2 Tage später</translation>
    </message>
    <message>
        <source>Pain the next day</source>
        <translation>Schmerz Folgetag</translation>
    </message>
    <message>
        <source>Pain that day</source>
        <translation>Schmerz am selben Tag</translation>
    </message>
    <message>
        <source>Daily pain, next week</source>
        <translation>Schmerz Folgewoche</translation>
    </message>
    <message>
        <source>Daily pain that week</source>
        <translation>Schmerz der Woche</translation>
    </message>
    <message>
        <source>Pain against sitting&lt;br&gt;&lt;small&gt;%1 · %2&lt;/small&gt;</source>
        <translation>Schmerz gegen Sitzen&lt;br&gt;&lt;small&gt;%1 · %2&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Pain against weekly distance&lt;br&gt;&lt;small&gt;%1 · %2&lt;/small&gt;</source>
        <translation>Schmerz gegen Wochenstrecke&lt;br&gt;&lt;small&gt;%1 · %2&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>backstride::ReminderSettingsPage</name>
    <message>
        <source>Backstride can remind you of what a tired runner skips, through your desktop&apos;s notifications, with the window closed. A reminder comes only when its entry is missing, at most once a day, and nothing leaves this computer.</source>
        <translation>Backstride kann Sie über die Benachrichtigungen Ihres Desktops an das erinnern, was man müde gern auslässt – auch bei geschlossenem Fenster. Eine Erinnerung kommt nur, wenn ihr Eintrag fehlt, höchstens einmal am Tag, und nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>&amp;Evening log</source>
        <translation>Abend&amp;eintrag</translation>
    </message>
    <message>
        <source>When nothing was logged today, or today&apos;s run has no pain entry after it.</source>
        <translation>Wenn heute nichts eingetragen wurde oder nach dem heutigen Lauf kein Schmerzeintrag folgt.</translation>
    </message>
    <message>
        <source>M&amp;orning question</source>
        <translation>M&amp;orgenfrage</translation>
    </message>
    <message>
        <source>Weekly c&amp;heck-in</source>
        <translation>Wöchentlicher Check-&amp;in</translation>
    </message>
    <message>
        <source>On the check-in day, when the week&apos;s check-in is not done.</source>
        <translation>Am Check-in-Tag, wenn der Check-in der Woche noch fehlt.</translation>
    </message>
    <message>
        <source>Today&apos;s &amp;routine</source>
        <translation>Heutige Ro&amp;utine</translation>
    </message>
    <message>
        <source>When a routine your exercise programme has for today is not done.</source>
        <translation>Wenn eine Routine, die Ihr Übungsprogramm für heute vorsieht, nicht gemacht ist.</translation>
    </message>
    <message>
        <source>Time of the reminder: %1</source>
        <translation>Uhrzeit der Erinnerung: %1</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>the training week&apos;s last day (%1)</source>
        <translation>letzter Tag der Trainingswoche (%1)</translation>
    </message>
    <message>
        <source>Check-in da&amp;y:</source>
        <translation>Check-in-Ta&amp;g:</translation>
    </message>
    <message>
        <source>Start reminders when I &amp;log in</source>
        <translation>Erinnerungen beim Anme&amp;lden starten</translation>
    </message>
    <message>
        <source>Reminders are sent by a small background part of Backstride (“backstride remind --wait”) that opens no window and sleeps until a reminder can be due. This adds it to your desktop&apos;s programs started at login: %1</source>
        <translation>Erinnerungen sendet ein kleiner Hintergrundteil von Backstride („backstride remind --wait“), der kein Fenster öffnet und schläft, bis eine Erinnerung fällig sein kann. Diese Einstellung fügt ihn den Programmen hinzu, die Ihr Desktop beim Anmelden startet: %1</translation>
    </message>
    <message>
        <source>Asking the desktop&apos;s notification service…</source>
        <translation>Frage den Benachrichtigungsdienst des Desktops …</translation>
    </message>
    <message>
        <source>Send a &amp;test reminder</source>
        <translation>&amp;Test-Erinnerung senden</translation>
    </message>
    <message>
        <source>Reminders cannot appear on this desktop now: %1. GNOME, KDE Plasma and Xfce each have a notification service; on another desktop, start one (dunst or mako, for example), then send a test reminder.</source>
        <translation>Erinnerungen können auf diesem Desktop gerade nicht erscheinen: %1. GNOME, KDE Plasma und Xfce haben je einen Benachrichtigungsdienst; auf einem anderen Desktop starten Sie einen (etwa dunst oder mako) und senden dann eine Test-Erinnerung.</translation>
    </message>
    <message>
        <source>the reminder part did not start</source>
        <translation>der Erinnerungsteil ist nicht gestartet</translation>
    </message>
    <message>
        <source>When yesterday&apos;s return-to-run session, or exercises whose level moves on it, wait on how your back feels this morning.</source>
        <translation>Wenn die gestrige Einheit des Wiedereinstiegs oder Übungen, deren Stufe davon abhängt, darauf warten, wie sich Ihr Rücken heute Morgen anfühlt.</translation>
    </message>
</context>
<context>
    <name>backstride::ReturnPlanPage</name>
    <message>
        <source>Return to running</source>
        <translation>Zurück zum Laufen</translation>
    </message>
    <message>
        <source>&amp;Log today&apos;s session…</source>
        <translation>Heutige Einheit &amp;eintragen…</translation>
    </message>
    <message>
        <source>The plan&apos;s last word</source>
        <translation>Das letzte Wort des Plans</translation>
    </message>
    <message>
        <source>The st&amp;ages</source>
        <translation>Die Stu&amp;fen</translation>
    </message>
    <message>
        <source>The stages of the plan</source>
        <translation>Die Stufen des Plans</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Wo Sie stehen</translation>
    </message>
    <message>
        <source>Your sess&amp;ions</source>
        <translation>Ihre Ei&amp;nheiten</translation>
    </message>
    <message>
        <source>Your sessions, newest first</source>
        <translation>Ihre Einheiten, die neueste zuerst</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Pain with it</source>
        <translation>Schmerz dabei</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Next morning</source>
        <translation>Nächster Morgen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Start a return-to-run plan…</source>
        <translation>Wiedereinstiegsplan &amp;beginnen…</translation>
    </message>
    <message>
        <source>S&amp;top the plan…</source>
        <translation>Plan be&amp;enden…</translation>
    </message>
    <message>
        <source>A plan built from the pain-monitoring model and published return-to-run guidelines, not a prescription: your physical therapist can change its start and pace.</source>
        <translation>Ein Plan nach dem Schmerz-Monitoring-Modell und veröffentlichten Leitlinien zum Wiedereinstieg ins Laufen, keine Verordnung: Ihre Physiotherapie kann Beginn und Tempo ändern.</translation>
    </message>
    <message>
        <source>No return-to-run plan is running.</source>
        <translation>Kein Wiedereinstiegsplan läuft.</translation>
    </message>
    <message>
        <source>After an episode of back pain, the plan brings you back in small steps: a brisk walk, then walking and running in turns, then half an hour of running, then three weeks of growing distance. After each session it asks how the back was during the run and the next morning, and moves you up, holds you, or takes you a step back.</source>
        <translation>Nach einer Phase mit Rückenschmerz bringt der Plan Sie in kleinen Schritten zurück: zügiges Gehen, dann Gehen und Laufen im Wechsel, dann eine halbe Stunde Laufen, dann drei Wochen mit wachsendem Umfang. Nach jeder Einheit fragt er, wie es dem Rücken beim Laufen und am nächsten Morgen ging, und bringt Sie eine Stufe höher, hält Sie auf der Stufe oder geht einen Schritt zurück.</translation>
    </message>
    <message>
        <source>Plan complete: back to your normal training.</source>
        <translation>Plan abgeschlossen: zurück zu Ihrem normalen Training.</translation>
    </message>
    <message>
        <source>Paused: a warning sign was logged — see a doctor before running again.</source>
        <translation>Pausiert: ein Warnzeichen wurde eingetragen — gehen Sie zum Arzt, bevor Sie wieder laufen.</translation>
    </message>
    <message>
        <source>Stopped on %1, at stage %2 of %3.</source>
        <translation>Beendet am %1, auf Stufe %2 von %3.</translation>
    </message>
    <message>
        <source>Stage %1 of %2: %3</source>
        <translation>Stufe %1 von %2: %3</translation>
    </message>
    <message>
        <source>The plan has stalled (two step-backs in a row, or a stage held %1 times). See a physical therapist before you go on: they can find what holds the back up.</source>
        <translation>Der Plan kommt nicht voran (zwei Schritte zurück in Folge oder eine Stufe %1-mal wiederholt). Gehen Sie in die Physiotherapie, bevor Sie weitermachen: dort lässt sich finden, was den Rücken aufhält.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Today&apos;s session is logged. Tomorrow morning the plan asks how the back is.</source>
        <translation>Die heutige Einheit ist eingetragen. Morgen früh fragt der Plan, wie es dem Rücken geht.</translation>
    </message>
    <message>
        <source>Rest day today: the back needs a few days after too much pain. The next session is on %1.</source>
        <translation>Heute Ruhetag: Nach zu viel Schmerz braucht der Rücken ein paar Tage. Die nächste Einheit ist am %1.</translation>
    </message>
    <message>
        <source>Rest day today: a day between sessions lets the back show how it took the last one. A walk is fine.</source>
        <translation>Heute Ruhetag: Ein Tag zwischen den Einheiten zeigt, wie der Rücken die letzte verkraftet hat. Ein Spaziergang ist in Ordnung.</translation>
    </message>
    <message>
        <source>This week&apos;s aim: %1 in easy runs, with a rest day between them (%2 % of the %3 you ran before the pain). So far this week: %4.</source>
        <translation>Ziel dieser Woche: %1 in lockeren Läufen, mit einem Ruhetag dazwischen (%2 % der %3, die Sie vor dem Schmerz gelaufen sind). Bisher diese Woche: %4.</translation>
    </message>
    <message>
        <source>Hills and faster running are allowed again.</source>
        <translation>Hügel und schnelleres Laufen sind wieder erlaubt.</translation>
    </message>
    <message>
        <source>Today&apos;s session: %1 (about %2 minutes). Log it afterwards with the pain during and after it.</source>
        <translation>Heutige Einheit: %1 (etwa %2 Minuten). Tragen Sie sie danach mit dem Schmerz währenddessen und danach ein.</translation>
    </message>
    <message>
        <source>&amp;Log a run…</source>
        <translation>Lauf &amp;eintragen…</translation>
    </message>
    <message>
        <source>The plan&apos;s last word (%1)</source>
        <translation>Das letzte Wort des Plans (%1)</translation>
    </message>
    <message>
        <source>you are here: %1 of %2 good</source>
        <translation>Sie sind hier: %1 von %2 gut</translation>
    </message>
    <message>
        <source>you are here</source>
        <translation>Sie sind hier</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>done, from %1</source>
        <translation>erledigt, ab %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>a week of %1 (%2 % of before)</source>
        <translation>Woche: %1 (%2 %)</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>stage repeated</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <source>step back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <source>waiting for the next morning</source>
        <translation>wartet auf den nächsten Morgen</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Enter or double-click: open this day in the journal</source>
        <translation>Eingabe oder Doppelklick: diesen Tag im Tagebuch öffnen</translation>
    </message>
    <message>
        <source>Stop the plan</source>
        <translation>Plan beenden</translation>
    </message>
    <message>
        <source>Stop the return-to-run plan today? Its sessions stay in the journal, and Undo can take the stop back.</source>
        <translation>Den Wiedereinstiegsplan heute beenden? Seine Einheiten bleiben im Tagebuch, und Rückgängig kann das Beenden zurücknehmen.</translation>
    </message>
    <message>
        <source>Your log has %1. That needs a doctor or a physical therapist before a return to running: see one first. When they have cleared you to run, record it (Entry › My physical therapist or doctor saw me…) and start the plan.</source>
        <translation>Ihr Protokoll enthält %1. Das gehört vor dem Wiedereinstieg ins Laufen in ärztliche oder physiotherapeutische Hände: Lassen Sie sich zuerst untersuchen. Wenn Sie fürs Laufen freigegeben wurden, tragen Sie es ein (Eintrag › Von Physiotherapie oder Arzt untersucht…) und beginnen Sie den Plan.</translation>
    </message>
</context>
<context>
    <name>backstride::RoutineDialog</name>
    <message>
        <source>Edit self-care</source>
        <translation>Selbstfürsorge bearbeiten</translation>
    </message>
    <message>
        <source>Log self-care</source>
        <translation>Selbstfürsorge erfassen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>minutes (optional)</source>
        <translation>Minuten (optional)</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <source>e.g. planks, bridges (optional)</source>
        <translation>z. B. Unterarmstütz, Beckenheben (optional)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>is not a whole number of minutes</source>
        <translation>ist keine ganze Zahl von Minuten</translation>
    </message>
    <message>
        <source>How many minutes it took; optional</source>
        <translation>Wie viele Minuten es dauerte; freiwillig</translation>
    </message>
    <message>
        <source>E&amp;xercises:</source>
        <translation>Ü&amp;bungen:</translation>
    </message>
</context>
<context>
    <name>backstride::RoutinePlayer</name>
    <message>
        <source>Set &amp;done (Space)</source>
        <translation>Satz &amp;fertig (Leertaste)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Zurück (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Überspringen (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause (P)</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Any pain &amp;during it? (Enter for none)</source>
        <translation>Schmerzen &amp;dabei? (Eingabe für keine)</translation>
    </message>
    <message>
        <source>, left side</source>
        <translation>, linke Seite</translation>
    </message>
    <message>
        <source>, right side</source>
        <translation>, rechte Seite</translation>
    </message>
    <message>
        <source>Set %1 of %2%3: hold, %4 s left</source>
        <translation>Satz %1 von %2%3: halten, noch %4 s</translation>
    </message>
    <message>
        <source>Set %1 of %2%3: press Space when it is done</source>
        <translation>Satz %1 von %2%3: Leertaste drücken, wenn er fertig ist</translation>
    </message>
    <message>
        <source>Rest, %1 s; next: set %2 of %3%4 (Space to start now)</source>
        <translation>Pause, %1 s; als Nächstes: Satz %2 von %3%4 (Leertaste, um jetzt zu beginnen)</translation>
    </message>
    <message>
        <source>Done. Any pain during it?</source>
        <translation>Geschafft. Schmerzen dabei?</translation>
    </message>
    <message>
        <source>Routine done.</source>
        <translation>Programm geschafft.</translation>
    </message>
    <message>
        <source>Paused. %1</source>
        <translation>Angehalten. %1</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Übung %1 von %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Dose: %1</source>
        <translation>Dosis: %1</translation>
    </message>
    <message>
        <source>%v s</source>
        <translation>%v s</translation>
    </message>
    <message>
        <source>&amp;Next exercise (Enter)</source>
        <translation>&amp;Nächste Übung (Eingabe)</translation>
    </message>
    <message>
        <source>Start &amp;now (Space)</source>
        <translation>&amp;Jetzt beginnen (Leertaste)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Weiter (P)</translation>
    </message>
    <message>
        <source>The routine was not logged</source>
        <translation>Das Programm wurde nicht eingetragen</translation>
    </message>
    <message>
        <source>Stop the routine?</source>
        <translation>Programm beenden?</translation>
    </message>
    <message>
        <source>Log what you did so far? Yes keeps the sets you finished; No leaves the routine out of the journal; Cancel goes on with it.</source>
        <translation>Bisher Geschafftes eintragen? Ja behält die fertigen Sätze; Nein lässt das Programm aus dem Tagebuch; Abbrechen macht weiter.</translation>
    </message>
</context>
<context>
    <name>backstride::RunDialog</name>
    <message>
        <source>Edit run</source>
        <translation>Lauf bearbeiten</translation>
    </message>
    <message>
        <source>Log a run</source>
        <translation>Lauf erfassen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>e.g. 18:30 (optional)</source>
        <translation>z. B. 18:30 (optional)</translation>
    </message>
    <message>
        <source>S&amp;tarted at:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Di&amp;stance:</source>
        <translation>&amp;Strecke:</translation>
    </message>
    <message>
        <source>h:mm:ss or mm:ss</source>
        <translation>h:mm:ss oder mm:ss</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Su&amp;rface:</source>
        <translation>Unterg&amp;rund:</translation>
    </message>
    <message>
        <source> (very easy)</source>
        <translation> (sehr leicht)</translation>
    </message>
    <message>
        <source> (all out)</source>
        <translation> (volle Kraft)</translation>
    </message>
    <message>
        <source>&amp;Effort (1–10):</source>
        <translation>Anstr&amp;engung (1–10):</translation>
    </message>
    <message>
        <source>beats per minute (optional)</source>
        <translation>Schläge pro Minute (optional)</translation>
    </message>
    <message>
        <source>Average &amp;heart rate:</source>
        <translation>Mittlere &amp;Herzfrequenz:</translation>
    </message>
    <message>
        <source>metres (optional)</source>
        <translation>Meter (optional)</translation>
    </message>
    <message>
        <source>&amp;Climb:</source>
        <translation>Ans&amp;tieg:</translation>
    </message>
    <message>
        <source>&amp;Glute activation before the run</source>
        <translation>&amp;Gesäß-Aktivierung vor dem Lauf</translation>
    </message>
    <message>
        <source>how it went (optional)</source>
        <translation>wie es lief (optional)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>&amp;Back pain with this run</source>
        <translation>&amp;Rückenschmerz bei diesem Lauf</translation>
    </message>
    <message>
        <source>during the run</source>
        <translation>während des Laufs</translation>
    </message>
    <message>
        <source>after the run</source>
        <translation>nach dem Lauf</translation>
    </message>
    <message>
        <source>pace %1</source>
        <translation>Tempo %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is not a number (e.g. %1)</source>
        <translation>ist keine Zahl (z. B. %1)</translation>
    </message>
    <message>
        <source>is not a duration (use h:mm:ss, mm:ss or minutes)</source>
        <translation>ist keine Dauer (h:mm:ss, mm:ss oder Minuten verwenden)</translation>
    </message>
    <message>
        <source>is not a time of day (use HH:MM)</source>
        <translation>ist keine Uhrzeit (HH:MM verwenden)</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <source>Distance in %1; a comma or a point before the decimals</source>
        <translation>Strecke in %1; Komma oder Punkt vor den Dezimalstellen</translation>
    </message>
    <message>
        <source>miles</source>
        <translation>Meilen</translation>
    </message>
    <message>
        <source>kilometres</source>
        <translation>Kilometern</translation>
    </message>
    <message>
        <source>How long the run took: hours:minutes:seconds, minutes:seconds or minutes</source>
        <translation>Wie lange der Lauf dauerte: Stunden:Minuten:Sekunden, Minuten:Sekunden oder Minuten</translation>
    </message>
    <message>
        <source>How hard it felt, from 1 (very easy) to 10 (all-out); optional</source>
        <translation>Wie anstrengend es sich anfühlte, von 1 (sehr leicht) bis 10 (volle Kraft); freiwillig</translation>
    </message>
    <message>
        <source>Average heart rate in beats per minute; optional</source>
        <translation>Mittlere Herzfrequenz in Schlägen pro Minute; freiwillig</translation>
    </message>
    <message>
        <source>Metres of climb; optional</source>
        <translation>Höhenmeter im Anstieg; freiwillig</translation>
    </message>
    <message>
        <source>Log today&apos;s return-to-run session</source>
        <translation>Heutige Wiedereinstiegs-Einheit eintragen</translation>
    </message>
    <message>
        <source>Return-to-run plan, %1</source>
        <translation>Wiedereinstiegsplan, %1</translation>
    </message>
    <message>
        <source>The pain during and after it, and how the back is tomorrow morning, decide the next step.</source>
        <translation>Der Schmerz währenddessen und danach und wie es dem Rücken morgen früh geht, entscheiden den nächsten Schritt.</translation>
    </message>
    <message>
        <source>&amp;Back pain during or after the session</source>
        <translation>&amp;Rückenschmerz während oder nach der Einheit</translation>
    </message>
    <message>
        <source>&amp;Pain (0–10):</source>
        <translation>Schmer&amp;z (0–10):</translation>
    </message>
    <message>
        <source>When the pain came</source>
        <translation>Wann der Schmerz kam</translation>
    </message>
    <message>
        <source>&amp;More about this pain: what it feels like, when else, what makes it worse</source>
        <translation>&amp;Mehr zu diesem Schmerz: wie er sich anfühlt, wann noch, was ihn verschlimmert</translation>
    </message>
    <message>
        <source>It feels:</source>
        <translation>Er fühlt sich an:</translation>
    </message>
    <message>
        <source>It also comes:</source>
        <translation>Er kommt auch:</translation>
    </message>
    <message>
        <source>Worse with:</source>
        <translation>Schlimmer bei:</translation>
    </message>
    <message numerus="yes">
        <source>You sat %1 h today. A %n-minute glute warm-up first?</source>
        <translation>
            <numerusform>Sie haben heute %1 h gesessen. Zuerst %n Minute Aufwärmen für das Gesäß?</numerusform>
            <numerusform>Sie haben heute %1 h gesessen. Zuerst %n Minuten Aufwärmen für das Gesäß?</numerusform>
        </translation>
    </message>
    <message>
        <source>Play the &amp;warm-up…</source>
        <translation>Auf&amp;wärmen durchführen…</translation>
    </message>
</context>
<context>
    <name>backstride::SettingsDialog</name>
    <message>
        <source>Journal settings</source>
        <translation>Tagebuch-Einstellungen</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilometer</translation>
    </message>
    <message>
        <source>Miles</source>
        <translation>Meilen</translation>
    </message>
    <message>
        <source>&amp;Distances in:</source>
        <translation>&amp;Strecken in:</translation>
    </message>
    <message>
        <source>printed on the report for your physical therapist</source>
        <translation>steht auf dem Bericht für Ihre Physiotherapie</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation>&amp;Wochen beginnen am:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>The numbers behind each flag. The defaults follow common physical-therapy guidance; change them only with your therapist&apos;s advice.</source>
        <translation>Die Zahlen hinter jeder Markierung. Die Vorgaben folgen gängigen physiotherapeutischen Empfehlungen; ändern Sie sie nur auf Rat Ihrer Therapeutin oder Ihres Therapeuten.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Vorgabe: %1</translation>
    </message>
    <message>
        <source>&amp;Pattern thresholds</source>
        <translation>&amp;Schwellen der Muster</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Des&amp;k time</source>
        <translation>Schreibtis&amp;chzeit</translation>
    </message>
    <message>
        <source>Backstride can fill in each day&apos;s sitting hours from ActivityWatch, the open-source time tracker, if you use it: its AFK watcher knows when you were at the computer. Backstride only reads ActivityWatch&apos;s file on this computer; a number you type yourself is never replaced.</source>
        <translation>Backstride kann die Sitzstunden jedes Tages aus ActivityWatch übernehmen, dem quelloffenen Zeiterfassungsprogramm, falls Sie es nutzen: sein AFK-Watcher weiß, wann Sie am Computer waren. Backstride liest nur die Datei von ActivityWatch auf diesem Computer; eine selbst eingetragene Zahl wird nie ersetzt.</translation>
    </message>
    <message>
        <source>&amp;Read desk time from ActivityWatch when the journal opens</source>
        <translation>Schreibtischzeit aus ActivityWatch &amp;lesen, wenn das Tagebuch geöffnet wird</translation>
    </message>
    <message>
        <source>no ActivityWatch database found on this computer</source>
        <translation>keine ActivityWatch-Datenbank auf diesem Computer gefunden</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>gefunden: %1</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>ActivityWatch database or export</source>
        <translation>ActivityWatch-Datenbank oder -Export</translation>
    </message>
    <message>
        <source>ActivityWatch data (*.db *.json);;All files (*)</source>
        <translation>ActivityWatch-Daten (*.db *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation>I&amp;mport</translation>
    </message>
    <message>
        <source>New runs can arrive by themselves: from a Garmin watch plugged in over USB, and from folders where your activity files land (a Syncthing share, a download folder). Backstride looks when the journal opens and whenever one of them changes, and asks before it imports anything.</source>
        <translation>Neue Läufe können von selbst kommen: von einer per USB angeschlossenen Garmin-Uhr und aus Ordnern, in denen Ihre Aktivitätsdateien landen (eine Syncthing-Freigabe, ein Download-Ordner). Backstride sieht beim Öffnen des Tagebuchs nach und wann immer sich einer davon ändert, und fragt, bevor es etwas importiert.</translation>
    </message>
    <message>
        <source>&amp;Look for new runs when the journal opens</source>
        <translation>Beim Öffnen des Tagebuchs nach neuen &amp;Läufen suchen</translation>
    </message>
    <message>
        <source>Watched folders</source>
        <translation>Beobachtete Ordner</translation>
    </message>
    <message>
        <source>&amp;Watched folders:</source>
        <translation>&amp;Beobachtete Ordner:</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>A folder where activity files arrive</source>
        <translation>Ein Ordner, in dem Aktivitätsdateien ankommen</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>%1 forgotten: its %2 files will be looked at again.</source>
        <translation>%1 vergessen: seine %2 Dateien werden erneut angesehen.</translation>
    </message>
    <message>
        <source>Watches and folders &amp;seen:</source>
        <translation>Bekannte Uhren und &amp;Ordner:</translation>
    </message>
    <message>
        <source>Remi&amp;nders</source>
        <translation>E&amp;rinnerungen</translation>
    </message>
    <message>
        <source>Saved, but reminders at login could not be set: %1</source>
        <translation>Gespeichert, aber die Erinnerungen beim Anmelden ließen sich nicht einrichten: %1</translation>
    </message>
</context>
<context>
    <name>backstride::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Open the chosen day&apos;s first entry</source>
        <translation>Den ersten Eintrag des gewählten Tages öffnen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Delete the chosen entry</source>
        <translation>Den gewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulare</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Next or previous site</source>
        <translation>Nächste oder vorige Stelle</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab, arrow keys</source>
        <translation>Tab, Umschalt+Tab, Pfeiltasten</translation>
    </message>
    <message>
        <source>Choose or clear the site</source>
        <translation>Stelle wählen oder Wahl aufheben</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Show the chart&apos;s numbers as a table</source>
        <translation>Die Zahlen des Diagramms als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Alt+T</source>
        <translation>Alt+T</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Open the day of a piece of evidence</source>
        <translation>Den Tag eines Belegs öffnen</translation>
    </message>
    <message>
        <source>Tab to its date, Enter</source>
        <translation>Mit Tab zum Datum, Eingabe</translation>
    </message>
</context>
<context>
    <name>backstride::StartPlanDialog</name>
    <message>
        <source>Start a return-to-run plan</source>
        <translation>Wiedereinstiegsplan beginnen</translation>
    </message>
    <message>
        <source>The plan brings you back to running in small steps: a brisk walk first, then walking and running in turns, then half an hour of running, then three weeks at %1, %2 and %3 % of your weekly distance before the pain. After each session it asks how the back was, during the run and the next morning. Pain up to %4/10 that has settled by the morning counts as a good session, and %5 good ones in a row move you up. Up to %6/10, or a morning worse than the one before, repeats the stage; more than %6/10 means %7 days of rest and a stage back.</source>
        <translation>Der Plan bringt Sie in kleinen Schritten zurück zum Laufen: zuerst zügiges Gehen, dann Gehen und Laufen im Wechsel, dann eine halbe Stunde Laufen, dann drei Wochen mit %1, %2 und %3 % Ihres Wochenumfangs vor dem Schmerz. Nach jeder Einheit fragt er, wie es dem Rücken ging, beim Laufen und am nächsten Morgen. Schmerz bis %4/10, der bis zum Morgen abgeklungen ist, zählt als gute Einheit, und %5 gute in Folge bringen Sie eine Stufe höher. Bis %6/10 oder ein schlechterer Morgen als der davor wiederholt die Stufe; mehr als %6/10 bedeutet %7 Ruhetage und eine Stufe zurück.</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Erster Tag:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Stage 0 is the walk that shows you are ready; most runners start at 1</source>
        <translation>Stufe 0 ist das Gehen, das zeigt, dass Sie bereit sind; die meisten beginnen mit 1</translation>
    </message>
    <message>
        <source>&amp;Start at stage:</source>
        <translation>Beginnen auf &amp;Stufe:</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Your usual weekly distance in %1 before this episode; the last stages are shares of it</source>
        <translation>Ihr üblicher Wochenumfang in %1 vor dieser Phase; die letzten Stufen sind Anteile davon</translation>
    </message>
    <message>
        <source>miles</source>
        <translation>Meilen</translation>
    </message>
    <message>
        <source>kilometres</source>
        <translation>Kilometern</translation>
    </message>
    <message>
        <source>Weekly distance &amp;before the pain:</source>
        <translation>Wochenumfang &amp;vor dem Schmerz:</translation>
    </message>
    <message>
        <source>Worked out from the four weeks before the pain began; change it if those weeks were not your usual ones.</source>
        <translation>Berechnet aus den vier Wochen vor Beginn des Schmerzes; ändern Sie ihn, wenn diese Wochen nicht Ihre üblichen waren.</translation>
    </message>
    <message>
        <source>Start the plan</source>
        <translation>Plan beginnen</translation>
    </message>
    <message>
        <source>is not a date</source>
        <translation>ist kein Datum</translation>
    </message>
    <message>
        <source>is required (0 if you did not run)</source>
        <translation>ist erforderlich (0, wenn Sie nicht gelaufen sind)</translation>
    </message>
    <message>
        <source>is not a distance from 0 to 500 km</source>
        <translation>ist keine Strecke von 0 bis 500 km</translation>
    </message>
    <message>
        <source>Your journal does not reach back to the four weeks before the pain began: type the distance you usually ran in a week then.</source>
        <translation>Ihr Tagebuch reicht nicht bis in die vier Wochen vor Beginn der Schmerzen zurück: Tragen Sie ein, wie weit Sie damals üblicherweise pro Woche gelaufen sind.</translation>
    </message>
    <message>
        <source>%1 — see a doctor or a physical therapist before you return to running, and record it when they clear you</source>
        <translation>%1 — lassen Sie sich vor dem Wiedereinstieg ins Laufen untersuchen und tragen Sie die Freigabe ein</translation>
    </message>
</context>
<context>
    <name>backstride::SyncBar</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>New runs</source>
        <translation>Neue Läufe</translation>
    </message>
</context>
<context>
    <name>backstride::SyncPrompt</name>
    <message>
        <source>1 new run on the %1</source>
        <translation>1 neuer Lauf auf der %1</translation>
    </message>
    <message>
        <source>1 new run in %1</source>
        <translation>1 neuer Lauf in %1</translation>
    </message>
    <message>
        <source>%1 new runs on the %2</source>
        <translation>%1 neue Läufe auf der %2</translation>
    </message>
    <message>
        <source>%1 new runs in %2</source>
        <translation>%1 neue Läufe in %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new runs.</source>
        <translation>
            <numerusform>%n neuer Lauf importiert.</numerusform>
            <numerusform>%n neue Läufe importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files disappeared or changed while they were read (was the watch disconnected?); they are read again next time.</source>
        <translation>
            <numerusform>%n Datei verschwand oder änderte sich beim Lesen (wurde die Uhr getrennt?); sie wird beim nächsten Mal erneut gelesen.</numerusform>
            <numerusform>%n Dateien verschwanden oder änderten sich beim Lesen (wurde die Uhr getrennt?); sie werden beim nächsten Mal erneut gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstride::TodayPage</name>
    <message>
        <source>Your journal is empty. Log a run or your back pain, or import your runs, and Today answers from what you log.</source>
        <translation>Ihr Tagebuch ist leer. Erfassen Sie einen Lauf oder Ihren Rückenschmerz oder importieren Sie Ihre Läufe, dann antwortet Heute aus dem, was Sie erfassen.</translation>
    </message>
    <message>
        <source>&amp;First steps…</source>
        <translation>&amp;Erste Schritte…</translation>
    </message>
    <message>
        <source>Advice from your own log and a physical therapist&apos;s guide for runners, not a diagnosis. The Insights panel shows the patterns behind it.</source>
        <translation>Rat aus Ihrem eigenen Protokoll und einem physiotherapeutischen Leitfaden für Läufer, keine Diagnose. Die Hinweise zeigen die Muster dahinter.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Nothing to do for your back today.</source>
        <translation>Heute nichts für Ihren Rücken zu tun.</translation>
    </message>
    <message>
        <source>Why this first: %1</source>
        <translation>Warum das zuerst: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>Nummer %1</translation>
    </message>
    <message>
        <source>%1 (done today)</source>
        <translation>%1 (heute erledigt)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>I was seen…</source>
        <translation>Ich wurde untersucht…</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Log the run…</source>
        <translation>Lauf erfassen…</translation>
    </message>
    <message>
        <source>Log the session…</source>
        <translation>Einheit erfassen…</translation>
    </message>
    <message>
        <source>Start icing</source>
        <translation>Kühlen starten</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>Wochencheck…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>backstride::TrendsPage</name>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>Letzte 26 Wochen</translation>
    </message>
    <message>
        <source>Last 52 weeks</source>
        <translation>Letzte 52 Wochen</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Weekly trend</source>
        <translation>&amp;Wochenverlauf</translation>
    </message>
    <message>
        <source>&amp;Relationships</source>
        <translation>&amp;Zusammenhänge</translation>
    </message>
    <message>
        <source>&amp;Body map</source>
        <translation>&amp;Körperkarte</translation>
    </message>
    <message>
        <source>%1: %2 pain entries on %3 days</source>
        <translation>%1: %2 Schmerzeinträge an %3 Tagen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No pain logged in this range.</source>
        <translation>In diesem Zeitraum keine Schmerzen erfasst.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where it hurt&lt;/b&gt;, from %1 pain entries: the darker, the more often. Most often: %2.</source>
        <translation>&lt;b&gt;Wo es wehtat&lt;/b&gt;, aus %1 Schmerzeinträgen: je dunkler, desto häufiger. Am häufigsten: %2.</translation>
    </message>
    <message>
        <source>Compare the &amp;first and second half of the range</source>
        <translation>&amp;Erste und zweite Hälfte des Zeitraums vergleichen</translation>
    </message>
    <message>
        <source>Pain&apos;s r&amp;each</source>
        <translation>Schmerz&amp;ausbreitung</translation>
    </message>
    <message>
        <source>%1: %2 pain entries</source>
        <translation>%1: %2 Schmerzeinträge</translation>
    </message>
    <message>
        <source>Where it hurt, first half</source>
        <translation>Wo es schmerzte, erste Hälfte</translation>
    </message>
    <message>
        <source>Where it hurt, second half</source>
        <translation>Wo es schmerzte, zweite Hälfte</translation>
    </message>
    <message>
        <source>Where it hurt</source>
        <translation>Wo es schmerzte</translation>
    </message>
    <message>
        <source>First half: %1</source>
        <translation>Erste Hälfte: %1</translation>
    </message>
    <message>
        <source>Second half: %1</source>
        <translation>Zweite Hälfte: %1</translation>
    </message>
    <message>
        <source>Where it hurt, the darker the more often (one scale for both). First half, %1: %2. Second half, %3: %4.</source>
        <translation>Wo es schmerzte, je dunkler, desto öfter (eine Skala für beide). Erste Hälfte, %1: %2. Zweite Hälfte, %3: %4.</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Als &amp;Tabelle zeigen</translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>%1 weeks, %2 · %3 in %4 runs · %5 pain entries · %6 weeks flagged (shaded; hover a week for why)</source>
        <translation>%1 Wochen, %2 · %3 in %4 Läufen · %5 Schmerzeinträge · %6 Wochen markiert (schraffiert; für den Grund mit der Maus auf eine Woche zeigen)</translation>
    </message>
    <message>
        <source>no pain logged</source>
        <translation>kein Schmerz erfasst</translation>
    </message>
</context>
<context>
    <name>backstride::WeeklyTrendChart</name>
    <message>
        <source>not logged</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>&lt;b&gt;Week of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Woche ab %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Distance: %1 in %2 runs</source>
        <translation>Strecke: %1 in %2 Läufen</translation>
    </message>
    <message>
        <source>Sitting: %1 h a day on average (%2 days logged)</source>
        <translation>Sitzen: im Mittel %1 h am Tag (%2 Tage erfasst)</translation>
    </message>
    <message>
        <source>Pain: mean %1, worst %2 (%3 entries on %4 days)</source>
        <translation>Schmerz: Mittel %1, stärkster %2 (%3 Einträge an %4 Tagen)</translation>
    </message>
    <message>
        <source>Pain: none logged</source>
        <translation>Schmerz: keiner erfasst</translation>
    </message>
    <message>
        <source>⚑ %1</source>
        <translation>⚑ %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click to open this week in the journal&lt;/i&gt;</source>
        <translation>&lt;i&gt;Klicken öffnet diese Woche im Tagebuch&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Distance (%1)</source>
        <translation>Strecke (%1)</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Stärkster Schmerz</translation>
    </message>
    <message>
        <source>Distance per week (%1)</source>
        <translation>Strecke pro Woche (%1)</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>Sitting (hours a day)</source>
        <translation>Sitzen (Stunden am Tag)</translation>
    </message>
    <message>
        <source>Sitting, mean h/day</source>
        <translation>Sitzen, Mittel h/Tag</translation>
    </message>
    <message>
        <source>Pain, weekly mean</source>
        <translation>Schmerz, Wochenmittel</translation>
    </message>
    <message>
        <source>Weekly trend</source>
        <translation>Wochenverlauf</translation>
    </message>
    <message>
        <source>Weekly trend as a table</source>
        <translation>Wochenverlauf als Tabelle</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>No weeks in this range.</source>
        <translation>Keine Wochen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 weeks from %2: distance %3–%4 %5 a week, pain mean %6; %7 weeks flagged. Show as table lists every week.</source>
        <translation>%1 Wochen ab %2: Strecke %3–%4 %5 pro Woche, Schmerzmittel %6; %7 Wochen markiert. „Als Tabelle zeigen“ listet jede Woche.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>Painkillers: on %n day(s), %1</source>
        <translation>
            <numerusform>Schmerzmittel: an %n Tag, %1</numerusform>
            <numerusform>Schmerzmittel: an %n Tagen, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no pain entry taken under one</source>
        <translation>kein Schmerzeintrag unter einem erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%n pain entries taken under one</source>
        <translation>
            <numerusform>%n Schmerzeintrag unter einem erfasst</numerusform>
            <numerusform>%n Schmerzeinträge unter einem erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks with a painkiller</source>
        <translation>Wochen mit Schmerzmittel</translation>
    </message>
    <message>
        <source>Painkiller days</source>
        <translation>Schmerzmitteltage</translation>
    </message>
    <message numerus="yes">
        <source>A painkiller in %n week(s).</source>
        <translation>
            <numerusform>Ein Schmerzmittel in %n Woche.</numerusform>
            <numerusform>Ein Schmerzmittel in %n Wochen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backstride::WelcomePanel</name>
    <message>
        <source>Your journal is empty</source>
        <translation>Ihr Tagebuch ist leer</translation>
    </message>
    <message>
        <source>After a run, log the run and how your back feels. A few weeks of entries are enough for Backstride to point out what goes with your pain. Start with one of these:</source>
        <translation>Erfassen Sie nach einem Lauf den Lauf und wie sich Ihr Rücken anfühlt. Schon nach wenigen Wochen kann Backstride zeigen, was mit Ihrem Schmerz einhergeht. Beginnen Sie mit einem davon:</translation>
    </message>
    <message>
        <source>Just looking? Start it as backstride --demo to explore a generated year of entries, kept apart from your own journal.</source>
        <translation>Nur umsehen? Starten Sie backstride --demo: ein erzeugtes Jahr voller Einträge, getrennt von Ihrem eigenen Tagebuch.</translation>
    </message>
    <message>
        <source>Log a run</source>
        <translation>Lauf erfassen</translation>
    </message>
    <message>
        <source>Log pain</source>
        <translation>Schmerz erfassen</translation>
    </message>
    <message>
        <source>Import files from a watch or a Strava export…</source>
        <translation>Dateien von einer Uhr oder einem Strava-Export importieren…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
