#include "FlagCatalog.h"

#include <QCoreApplication>

namespace backstride {
namespace {

struct Text
{
    const char* id;
    const char* variant;
    Severity severity;
    const char* title;
    const char* explanation;
    const char* advice;
};

// clang-format off
const Text kTexts[] = {
    {"red-flag-symptoms", "", Severity::Urgent,
     QT_TRANSLATE_NOOP("FlagCatalog", "Warning signs: get medical care today"),
     QT_TRANSLATE_NOOP("FlagCatalog", "You answered yes to a warning-sign question: numbness around the groin or saddle area, new trouble "
       "controlling bladder or bowel, leg weakness that keeps getting worse, fever or unexplained weight loss, or "
       "pain that began with a fall or an injury. Together with back pain these can mean serious pressure on a "
       "nerve or a cause other than tired muscles. They are not something to watch and wait on."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Stop running and contact a doctor today. If you cannot reach your own doctor, go to urgent care or an "
       "emergency department. Take this journal's pain log with you.")},
    {"radiating-pain", "", Severity::SeeProfessional,
     QT_TRANSLATE_NOOP("FlagCatalog", "Pain is spreading beyond the low back"),
     QT_TRANSLATE_NOOP("FlagCatalog", "Pain that starts in the low back and travels into the buttock, hip or leg points away from a simple "
       "muscle strain and towards an irritated nerve or disc. That kind of pain typically gets worse when the "
       "spine bends forward or backward."),
     QT_TRANSLATE_NOOP("FlagCatalog", "See a doctor or a physical therapist who treats backs before you build your running up again. Until "
       "then, avoid the movements that send the pain further down.")},
    {"radiating-pain", "strong", Severity::SeeProfessional,
     QT_TRANSLATE_NOOP("FlagCatalog", "Pain is spreading into the leg"),
     QT_TRANSLATE_NOOP("FlagCatalog", "Pain that starts in the low back and travels into the buttock or leg points away from a simple muscle "
       "strain and towards an irritated nerve or disc. Pain that reaches below the knee, or that bending forward "
       "or backward makes worse, is the clearer sign of that."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Have it examined by a doctor or a physical therapist who treats backs soon, and do not run through it. "
       "Until then, avoid the movements that send the pain further down the leg.")},
    {"nerve-symptoms", "", Severity::SeeProfessional,
     QT_TRANSLATE_NOOP("FlagCatalog", "Tingling, numbness, shooting or burning pain"),
     QT_TRANSLATE_NOOP("FlagCatalog", "These words describe how irritated nerves feel rather than how tired muscles feel. Alongside back pain "
       "they suggest that a nerve root may be involved."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Have it checked by a doctor or a physical therapist rather than running through it. If numbness or "
       "weakness spreads, do not wait for the appointment: seek care at once.")},
    {"severe-pain", "", Severity::SeeProfessional,
     QT_TRANSLATE_NOOP("FlagCatalog", "Severe pain"),
     QT_TRANSLATE_NOOP("FlagCatalog", "You logged back pain this strong. Pain at this level is a reason to have the back examined rather than "
       "to manage it on your own."),
     QT_TRANSLATE_NOOP("FlagCatalog", "See a doctor. Rest from running until you have been examined.")},
    {"persistent-pain", "", Severity::SeeProfessional,
     QT_TRANSLATE_NOOP("FlagCatalog", "Pain that is not going away"),
     QT_TRANSLATE_NOOP("FlagCatalog", "Your back has hurt on several days in each of the last two weeks, and it is not clearly easing. Pain "
       "that lingers like this deserves a professional look even when it is not severe."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Book an appointment with a doctor or a physical therapist, and take this journal's report with you.")},
    {"mileage-ramp", "", Severity::Caution,
     QT_TRANSLATE_NOOP("FlagCatalog", "Weekly distance went up quickly"),
     QT_TRANSLATE_NOOP("FlagCatalog", "When the distance climbs fast, the small muscles that steady the spine and pelvis tire before the big "
       "ones, and the back takes on work it is not built for. Weakness or tightness that caused no trouble at "
       "lower mileage starts to show."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Keep week-to-week increases to about 10 %, with an easier week every third or fourth week, and keep up "
       "core and glute work while the distance rises.")},
    {"mileage-ramp", "pain", Severity::Caution,
     QT_TRANSLATE_NOOP("FlagCatalog", "Pain followed a quick rise in weekly distance"),
     QT_TRANSLATE_NOOP("FlagCatalog", "Back pain appeared within two weeks of a week in which your distance rose quickly. When the distance "
       "climbs fast, the small muscles that steady the spine and pelvis tire first, and the back takes on work "
       "it is not built for."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Go back to the weekly distance you ran comfortably before the jump until the pain has settled, then build "
       "up again by no more than about 10 % a week.")},
    {"acute-chronic-load", "", Severity::Caution,
     QT_TRANSLATE_NOOP("FlagCatalog", "This week's load is well above your usual"),
     QT_TRANSLATE_NOOP("FlagCatalog", "The last seven days add up to much more distance than your average week before them. Load that jumps "
       "past what the body has adapted to is when overuse pain tends to start."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Ease off for a few days so the body can catch up, and spread future increases more evenly.")},
    {"sitting-before-run", "", Severity::Caution,
     QT_TRANSLATE_NOOP("FlagCatalog", "Pain follows runs after long desk days"),
     QT_TRANSLATE_NOOP("FlagCatalog", "Runs on days when you sat for many hours were followed by back pain. Long sitting leaves the glutes idle "
       "and the hip flexors and hamstrings short, which tilts the pelvis and hands the work to the low back once "
       "you run."),
     QT_TRANSLATE_NOOP("FlagCatalog", "On desk days, stand up and move every 30 to 45 minutes, and before the run spend five minutes waking the "
       "glutes up (bridges, clamshells, band walks). Where you can, put hard runs on days with less sitting.")},
    {"no-glute-warmup", "", Severity::Info,
     QT_TRANSLATE_NOOP("FlagCatalog", "Desk-day runs without a glute warm-up"),
     QT_TRANSLATE_NOOP("FlagCatalog", "After hours in a chair the glutes are slow to switch on, and the back muscles make up for them. A short "
       "activation routine before the run gets them working first."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Before runs on long desk days, do five minutes of glute activation: bridges, clamshells, side-lying leg "
       "raises or band walks. Tick \"glute warm-up\" on the run so the journal knows.")},
    {"running-through-pain", "", Severity::Caution,
     QT_TRANSLATE_NOOP("FlagCatalog", "Running through pain"),
     QT_TRANSLATE_NOOP("FlagCatalog", "You ran on a day of marked back pain or the day after it, or the back hurt a lot during a run. Carrying "
       "on through muscular back pain tends to drag it out, turning a few bad days into weeks."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Take a few days off running and see whether the pain settles. When you go back, start short and easy, "
       "and log how the back feels during and after each run.")},
    {"next-morning-worse", "", Severity::Caution,
     QT_TRANSLATE_NOOP("FlagCatalog", "Mornings after runs are worse"),
     QT_TRANSLATE_NOOP("FlagCatalog", "Your back hurt more the morning after a run than on the day of the run. Pain and stiffness that build "
       "overnight suggest the run asked more of the back than it could recover from."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Make the next runs shorter or easier, stretch gently after running, and ice the sore area for about 20 "
       "minutes.")},
    {"likely-muscular", "", Severity::Info,
     QT_TRANSLATE_NOOP("FlagCatalog", "This looks like muscular back pain"),
     QT_TRANSLATE_NOOP("FlagCatalog", "Your recent pain stays in the back and feels tight, achy, stiff or cramping, with nothing spreading into "
       "the legs and no tingling or numbness. That is the usual picture of overworked muscles rather than an "
       "irritated nerve. Backstride cannot diagnose; a physical therapist can confirm it."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Take a few days off running. Ice the sore area for about 20 minutes a few times a day. Stretch what is "
       "tight: hip flexors, hamstrings, quadriceps, the hip rotators and the piriformis. Foam roll the hamstrings "
       "and low back gently. When you run again, watch how the back responds.")},
    {"exercise-hurts", "", Severity::SeeProfessional,
     QT_TRANSLATE_NOOP("FlagCatalog", "An exercise hurts: ask your physical therapist about it"),
     QT_TRANSLATE_NOOP("FlagCatalog", "One exercise of your programme has been too much lately: it hurt during it, or left the back clearly "
       "worse the next morning, in the last two sessions that did it, or it hurt in three sessions. Exercise should leave "
       "the back no worse. One that keeps hurting may be done in a way that loads the spine, or may not suit your back yet."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Ask your physical therapist about this exercise before doing it again: how to do it, an easier form, "
       "or another exercise. Backstride leaves it out of today's routines for now; the rest of the programme goes on.")},
    // Painkillers (PainkillerRules.cpp): regular use is worth a word with a doctor or pharmacist.
    // No dosing advice and no diagnosis here.
    {"regular-painkillers", "", Severity::Caution,
     QT_TRANSLATE_NOOP("FlagCatalog", "Painkillers on most days"),
     QT_TRANSLATE_NOOP("FlagCatalog", "You logged a painkiller on most of the last two weeks' days. Guidelines for low back pain advise "
       "anti-inflammatories at the lowest dose that helps for the shortest time, and taking painkillers most days is "
       "something your doctor or pharmacist should know about. They also make the pain you log look milder than it is."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Talk to your doctor or pharmacist about it: say how often you take them, which ones and what "
       "for. Do not change a prescribed medicine on your own.")},
    {"regular-painkillers", "professional", Severity::SeeProfessional,
     QT_TRANSLATE_NOOP("FlagCatalog", "Painkillers on most days: talk to your doctor"),
     QT_TRANSLATE_NOOP("FlagCatalog", "You logged a painkiller on most of the last two weeks' days, and an opioid among them or a "
       "warning sign in the same days. Strong painkillers taken most days, or pain that needs them together with a warning "
       "sign, are for a doctor to look at, not for a journal to judge."),
     QT_TRANSLATE_NOOP("FlagCatalog", "See your doctor about the pain and the painkillers: say how often you take them, which ones and "
       "what for. Do not change a prescribed medicine on your own.")},
    {"no-core-work", "", Severity::Info,
     QT_TRANSLATE_NOOP("FlagCatalog", "No core work while the back hurts"),
     QT_TRANSLATE_NOOP("FlagCatalog", "Your back has hurt recently and you have logged no core-strength session for a week or more. A strong "
       "trunk (stomach, back, hips and glutes) holds the spine steady while you run and takes load off it."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Once the pain allows, add two or three short core sessions a week: planks, side planks, bird dogs, "
       "bridges. A physical therapist can choose exercises for your weak spots.")},
    {"tightness-no-stretching", "", Severity::Info,
     QT_TRANSLATE_NOOP("FlagCatalog", "Tightness, but no stretching or foam rolling"),
     QT_TRANSLATE_NOOP("FlagCatalog", "You describe your pain as tight, stiff or cramping, but logged no stretching or foam rolling in the same "
       "two weeks. Tight hip flexors and hamstrings can pull the pelvis out of neutral and load the low back."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Stretch the tight muscle groups every day (hip flexors, hamstrings, quadriceps, hip rotators, piriformis) "
       "and foam roll the hamstrings and low back with care.")},
    // From the factor engine (FactorEngine.h): links that survive a test of chance.
    {"sitting-pain-correlation", "", Severity::Info,
     QT_TRANSLATE_NOOP("FlagCatalog", "More sitting, more pain"),
     QT_TRANSLATE_NOOP("FlagCatalog", "Over recent weeks your back hurt more after long desk days than after short ones, by more "
       "than chance would explain. It is a pattern in your own log, not proof of a cause, but it fits how long "
       "sitting leaves the glutes and core idle and the hips tight."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Break up long sitting: stand or walk for a few minutes every half hour, set the desk up for a neutral "
       "spine, and keep the glutes and core strong.")},
    {"mileage-pain-correlation", "", Severity::Info,
     QT_TRANSLATE_NOOP("FlagCatalog", "More distance, more pain"),
     QT_TRANSLATE_NOOP("FlagCatalog", "In recent weeks your back hurt more in or after the weeks you ran further, by more than chance "
       "would explain, and the distance came before the pain. As mileage rises, weak or tight muscles around the "
       "spine and hips have more work to do."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Find the weekly distance your back tolerates, build past it slowly, and pair every increase with strength "
       "work.")},
    {"self-care-helps", "", Severity::Info,
     QT_TRANSLATE_NOOP("FlagCatalog", "Your self-care shows in your pain"),
     QT_TRANSLATE_NOOP("FlagCatalog", "Your own log backs up the advice for runners' backs: after the self-care below, your back hurt "
       "less than after days or runs without it, by more than chance would explain."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Keep it in your week. It works for you, and it is what a physical therapist would want you to keep "
       "doing.")},
    // The return-to-run plan (ReturnPlan.h for the sources of its rules).
    {"return-plan-active", "", Severity::Info,
     QT_TRANSLATE_NOOP("FlagCatalog", "Back to running, step by step"),
     QT_TRANSLATE_NOOP("FlagCatalog", "You are on a return-to-run plan: walking, then walk-run intervals, then more running each week. "
       "Each run moves it on only when the pain stayed low and had settled by the next morning."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Do today's session, not more; log the pain during or after it and again the next morning, and "
       "keep a rest day between runs.")},
    {"return-plan-stalled", "", Severity::SeeProfessional,
     QT_TRANSLATE_NOOP("FlagCatalog", "The return to running has stalled"),
     QT_TRANSLATE_NOOP("FlagCatalog", "The plan has stepped back twice in a row, or one stage has had to be repeated again and again. "
       "The back is not yet ready for this, and the reason is worth a professional look."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Rest from running and see a physical therapist or a doctor before you go on with the plan.")},
    // The weekly check-ins' function score (Outcomes.h for the sources of the thresholds).
    {"function-improving", "", Severity::Info,
     QT_TRANSLATE_NOOP("FlagCatalog", "You can do more of what the back had stopped"),
     QT_TRANSLATE_NOOP("FlagCatalog", "Over your last weeks of check-ins, the activities you named went clearly better: the mean "
       "rating rose by more than the week-to-week noise of such ratings."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Keep going as you are, build up gradually, and show your physical therapist the check-ins.")},
    {"function-worsening", "", Severity::Caution,
     QT_TRANSLATE_NOOP("FlagCatalog", "The activities you named are getting harder"),
     QT_TRANSLATE_NOOP("FlagCatalog", "Over your last weeks of check-ins, the activities you named went clearly worse: the mean "
       "rating fell by more than the week-to-week noise of such ratings."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Ease off what makes it worse, and talk it through with your physical therapist or doctor "
       "before you build up again.")},
    // Where the pain reaches, over weeks (PainExtent.h for the sources).
    {"pain-peripheralising", "", Severity::SeeProfessional,
     QT_TRANSLATE_NOOP("FlagCatalog", "Pain is reaching further down the leg"),
     QT_TRANSLATE_NOOP("FlagCatalog", "Over the last two weeks your pain has been reaching further from the spine than in the two weeks "
       "before, or it has newly reached below the knee. Pain that travels further down the leg as time goes on "
       "usually means an irritated nerve is under more pressure, and it is the change therapists want to hear "
       "about early."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Have your back examined soon by a doctor or a physical therapist, and do not run through it. Until "
       "then, avoid the movements that sent the pain further down.")},
    {"pain-centralising", "", Severity::Info,
     QT_TRANSLATE_NOOP("FlagCatalog", "Pain is moving back towards the spine"),
     QT_TRANSLATE_NOOP("FlagCatalog", "Over the last two weeks your pain has stayed closer to the spine than in the two weeks before, and "
       "lately it has not reached past the buttock. Pain that retreats from the leg towards the back is a good "
       "sign: it tends to go with a good recovery, even while the back itself still hurts."),
     QT_TRANSLATE_NOOP("FlagCatalog", "Keep doing what has helped, and tell your physical therapist the pain is centralising.")},
};
// clang-format on
#undef T

QString translated(const char* text)
{
    return QCoreApplication::translate("FlagCatalog", text);
}

} // namespace

const QStringList& FlagCatalog::ids()
{
    static const QStringList all = [] {
        QStringList list;
        for (const Text& text : kTexts) {
            if (!list.contains(QLatin1String(text.id)))
                list.append(QLatin1String(text.id));
        }
        return list;
    }();
    return all;
}

Flag FlagCatalog::make(const QString& id, const QString& variant)
{
    for (const Text& text : kTexts) {
        if (id == QLatin1String(text.id) && variant == QLatin1String(text.variant))
            return Flag {id, text.severity, translated(text.title), translated(text.explanation),
                translated(text.advice), {}};
    }
    Q_ASSERT_X(false, "FlagCatalog::make", "unknown flag id or variant");
    return Flag {id, Severity::Info, id, QString(), QString(), {}};
}

QString Severities::id(Severity severity)
{
    switch (severity) {
    case Severity::Urgent:
        return QStringLiteral("urgent");
    case Severity::SeeProfessional:
        return QStringLiteral("see-professional");
    case Severity::Caution:
        return QStringLiteral("caution");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString Severities::label(Severity severity)
{
    switch (severity) {
    case Severity::Urgent:
        return QCoreApplication::translate("Severity", "Urgent");
    case Severity::SeeProfessional:
        return QCoreApplication::translate("Severity", "See a professional");
    case Severity::Caution:
        return QCoreApplication::translate("Severity", "Caution");
    case Severity::Info:
        return QCoreApplication::translate("Severity", "Info");
    }
    return {};
}

} // namespace backstride
