// The factor engine's results in the runner's words, shared by the flags, the Relationships
// table, `factors` and the report, so that all of them say the same thing.
#include "FactorEngine.h"

#include "Vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

#include <functional>

namespace backstride {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FactorText)
};

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString suffixAfter(const QString& factor, const QString& prefix)
{
    return factor.startsWith(prefix) ? factor.mid(prefix.size()) : QString();
}

QString selfCareKind(const QString& factor)
{
    return suffixAfter(factor, QStringLiteral("self-care:"));
}

QString runKind(const QString& factor)
{
    return suffixAfter(factor, QStringLiteral("run-kind:"));
}

QString runsOfKind(const QString& kind)
{
    if (kind == QLatin1String("easy"))
        return Text::tr("easy runs");
    if (kind == QLatin1String("long"))
        return Text::tr("long runs");
    if (kind == QLatin1String("tempo"))
        return Text::tr("tempo runs");
    if (kind == QLatin1String("intervals"))
        return Text::tr("interval sessions");
    if (kind == QLatin1String("race"))
        return Text::tr("races");
    if (kind == QLatin1String("trail"))
        return Text::tr("trail runs");
    if (kind == QLatin1String("walk"))
        return Text::tr("walks");
    if (kind == QLatin1String("walk-run"))
        return Text::tr("walk-run sessions");
    return Text::tr("runs of the kind %1").arg(Vocabulary::label(VocabularyKind::RunKind, kind));
}

} // namespace

QString FactorText::factorId(const FactorResult& result)
{
    return result.factor;
}

QString FactorText::lagId(FactorLag lag)
{
    switch (lag) {
    case FactorLag::SameDay:
        return QStringLiteral("same-day");
    case FactorLag::NextDay:
        return QStringLiteral("next-day");
    case FactorLag::TwoDays:
        return QStringLiteral("two-days");
    case FactorLag::SameWeek:
        return QStringLiteral("same-week");
    case FactorLag::NextWeek:
        return QStringLiteral("next-week");
    case FactorLag::AfterRun:
        return QStringLiteral("after-run");
    case FactorLag::NextMorning:
        return QStringLiteral("next-morning");
    }
    return {};
}

QString FactorText::verdictId(FactorVerdict verdict)
{
    switch (verdict) {
    case FactorVerdict::Linked:
        return QStringLiteral("linked");
    case FactorVerdict::Helps:
        return QStringLiteral("helps");
    case FactorVerdict::Reverse:
        return QStringLiteral("reverse");
    case FactorVerdict::NotLinked:
        return QStringLiteral("not-linked");
    case FactorVerdict::TooLittleData:
        return QStringLiteral("too-little-data");
    }
    return {};
}

QString FactorText::factorName(const QString& factor)
{
    if (factor == QLatin1String("sitting-hours"))
        return Text::tr("sitting hours");
    if (factor == QLatin1String("weekly-distance"))
        return Text::tr("weekly distance");
    if (factor == QLatin1String("glute-warmup"))
        return Text::tr("glute warm-up before the run");
    if (factor == QLatin1String("effort"))
        return Text::tr("effort of the run");
    if (factor == QLatin1String("painkiller"))
        return Text::tr("painkiller days");
    if (const QString kind = selfCareKind(factor); !kind.isEmpty())
        return Vocabulary::label(VocabularyKind::RoutineKind, kind);
    if (const QString kind = runKind(factor); !kind.isEmpty())
        return runsOfKind(kind);
    return factor;
}

QString FactorText::lagName(FactorLag lag)
{
    switch (lag) {
    case FactorLag::SameDay:
        return Text::tr("the same day");
    case FactorLag::NextDay:
        return Text::tr("the next day");
    case FactorLag::TwoDays:
        return Text::tr("two days later");
    case FactorLag::SameWeek:
        return Text::tr("the same week");
    case FactorLag::NextWeek:
        return Text::tr("the next week");
    case FactorLag::AfterRun:
        return Text::tr("after the run");
    case FactorLag::NextMorning:
        return Text::tr("the next morning");
    }
    return {};
}

QString FactorText::effect(const FactorResult& r, DistanceUnit unit)
{
    if (!r.with || !r.without)
        return {};
    const QString with = number(*r.with, 1);
    const QString without = number(*r.without, 1);
    if (r.factor == QLatin1String("sitting-hours")) {
        const QString hours = Text::tr("%1 h").arg(number(r.splitAt, 1));
        switch (r.lag) {
        case FactorLag::NextDay:
            return Text::tr("after days of %1 or more sitting, next-day pain averaged %2/10; after shorter days %3/10")
                .arg(hours, with, without);
        case FactorLag::TwoDays:
            return Text::tr("two days after days of %1 or more sitting, pain averaged %2/10; after shorter days %3/10")
                .arg(hours, with, without);
        default:
            return Text::tr("on days of %1 or more sitting, pain averaged %2/10; on shorter days %3/10")
                .arg(hours, with, without);
        }
    }
    if (r.factor == QLatin1String("weekly-distance")) {
        const QString distance = Units::distance(r.splitAt, unit);
        if (r.lag == FactorLag::NextWeek)
            return Text::tr("in the weeks after weeks of %1 or more, pain averaged %2/10 a day; after lighter weeks "
                            "%3/10")
                .arg(distance, with, without);
        return Text::tr("in weeks of %1 or more, pain averaged %2/10 a day; in lighter weeks %3/10")
            .arg(distance, with, without);
    }
    if (const QString kind = selfCareKind(r.factor); !kind.isEmpty()) {
        const QString name = Vocabulary::label(VocabularyKind::RoutineKind, kind);
        if (r.lag == FactorLag::NextDay)
            return Text::tr("the day after %1, pain averaged %2/10; after days without %3/10").arg(name, with, without);
        return Text::tr("on days with %1, pain averaged %2/10; on days without %3/10").arg(name, with, without);
    }
    if (r.factor == QLatin1String("painkiller"))
        return Text::tr("on days with a painkiller, pain averaged %1/10; on days without %2/10 (a reading taken "
                        "under one may be lower than the pain)")
            .arg(with, without);
    if (r.factor == QLatin1String("glute-warmup"))
        return Text::tr("after runs with a glute warm-up, pain averaged %1/10; after runs without %2/10")
            .arg(with, without);
    if (const QString kind = runKind(r.factor); !kind.isEmpty()) {
        const QString name = runsOfKind(kind);
        if (r.lag == FactorLag::NextMorning)
            return Text::tr("the morning after %1, pain averaged %2/10; after other runs %3/10")
                .arg(name, with, without);
        return Text::tr("after %1, pain averaged %2/10; after other runs %3/10").arg(name, with, without);
    }
    const QString effort = number(r.splitAt, 0);
    if (r.lag == FactorLag::NextMorning)
        return Text::tr("the morning after runs of effort %1 or more, pain averaged %2/10; after easier runs %3/10")
            .arg(effort, with, without);
    return Text::tr("after runs of effort %1 or more, pain averaged %2/10; after easier runs %3/10")
        .arg(effort, with, without);
}

QString FactorText::verdict(const FactorResult& r, DistanceUnit unit)
{
    switch (r.verdict) {
    case FactorVerdict::TooLittleData:
        switch (r.unit) {
        case FactorUnit::Weeks:
            return r.needed == 1 ? Text::tr("not enough data yet: about 1 more week")
                                 : Text::tr("not enough data yet: about %1 more weeks").arg(r.needed);
        case FactorUnit::Runs:
            return r.needed == 1 ? Text::tr("not enough data yet: about 1 more run")
                                 : Text::tr("not enough data yet: about %1 more runs").arg(r.needed);
        case FactorUnit::Days:
            break;
        }
        return r.needed == 1 ? Text::tr("not enough data yet: about 1 more day")
                             : Text::tr("not enough data yet: about %1 more days").arg(r.needed);
    case FactorVerdict::NotLinked:
        if (!r.tested())
            return Text::tr("no link: the pain or the factor never changed");
        return Text::tr("no link beyond what chance would give");
    case FactorVerdict::Linked:
        if (r.factor == QLatin1String("sitting-hours"))
            return Text::tr("linked: more sitting, more pain %1").arg(lagName(r.lag));
        if (r.factor == QLatin1String("weekly-distance"))
            return Text::tr("linked: more distance, more pain %1").arg(lagName(r.lag));
        if (r.factor == QLatin1String("effort"))
            return Text::tr("linked: harder runs, more pain %1").arg(lagName(r.lag));
        return Text::tr("linked: more pain %1").arg(lagName(r.lag));
    case FactorVerdict::Helps:
        if (r.lag == FactorLag::SameDay)
            return Text::tr("helps: less pain on the days you do it");
        return Text::tr("helps: less pain %1").arg(lagName(r.lag));
    case FactorVerdict::Reverse:
        if (r.factor == QLatin1String("weekly-distance")) {
            QString text = Text::tr("pain came first: you run less after painful weeks");
            if (r.painFirstWith && r.painFirstWithout)
                text += Text::tr(" (%1 the week after more painful weeks, %2 after easier ones)")
                            .arg(Units::distance(*r.painFirstWith, unit), Units::distance(*r.painFirstWithout, unit));
            return text;
        }
        if (r.factor == QLatin1String("painkiller"))
            return Text::tr("more pain on the days you take one: you take painkillers when it hurts");
        return Text::tr("more pain on the days you do it: you turn to %1 when it hurts").arg(factorName(r.factor));
    }
    return {};
}

QString FactorText::numbers(const FactorResult& r)
{
    QString points;
    switch (r.unit) {
    case FactorUnit::Days:
        points = Text::tr("n = %1 days").arg(r.n);
        break;
    case FactorUnit::Weeks:
        points = Text::tr("n = %1 weeks").arg(r.n);
        break;
    case FactorUnit::Runs:
        points = Text::tr("n = %1 runs").arg(r.n);
        break;
    }
    if (!r.rho)
        return points;
    QString text = Text::tr("rho %1 · %2").arg(number(*r.rho, 2), points);
    if (r.p)
        text += *r.p < 0.001 ? Text::tr(" · p < 0.001") : Text::tr(" · p = %1").arg(number(*r.p, 3));
    if (r.q)
        text += Text::tr(" · q = %1").arg(number(*r.q, *r.q < 0.01 ? 3 : 2));
    return text;
}

QString FactorReport::toText(DistanceUnit unit) const
{
    const QLocale locale;
    QStringList lines;
    lines.append(Text::tr("What matters for your back, as of %1: the last %2 days, %3 pairings tested against the "
                          "rearrangements of their half-weeks or weeks (all, or %4 at random), false-discovery "
                          "rate %5")
            .arg(locale.toString(asOf, QStringLiteral("ddd d MMM yyyy")))
            .arg(window.days())
            .arg(tests)
            .arg(permutations)
            .arg(number(maxQ, 2)));
    const QList<const FactorResult*> rows = byFactor();
    auto section = [&](const QString& title, const std::function<bool(const FactorResult&)>& belongs) {
        QStringList block;
        for (const FactorResult* row : rows) {
            if (!belongs(*row))
                continue;
            block.append(QStringLiteral("  %1, %2: %3")
                    .arg(FactorText::factorName(row->factor), FactorText::lagName(row->lag),
                        FactorText::verdict(*row, unit)));
            if (row->tested()) {
                if (const QString effect = FactorText::effect(*row, unit); !effect.isEmpty())
                    block.append(QStringLiteral("    ") + effect);
                block.append(QStringLiteral("    ") + FactorText::numbers(*row));
            }
        }
        if (!block.isEmpty()) {
            lines.append(QString());
            lines.append(title);
            lines.append(block);
        }
    };
    section(Text::tr("Found:"), [](const FactorResult& r) { return r.found(); });
    section(Text::tr("Tested, no link beyond chance:"),
        [](const FactorResult& r) { return r.verdict == FactorVerdict::NotLinked; });
    section(Text::tr("Not tested yet:"), [](const FactorResult& r) { return r.verdict == FactorVerdict::TooLittleData; });
    return lines.join(u'\n') + u'\n';
}

} // namespace backstride
