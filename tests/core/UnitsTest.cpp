#include "Units.h"

#include "TestJournal.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace backstride {
namespace {

TEST(Units, distancesDurationsAndPacesReadInTheRunnersUnit)
{
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(Units::distance(8012.4, DistanceUnit::Kilometres), QStringLiteral("8.0 km"));
    EXPECT_EQ(Units::distance(16093.44, DistanceUnit::Miles), QStringLiteral("10.0 mi"));
    EXPECT_EQ(Units::duration(2700), QStringLiteral("45:00"));
    EXPECT_EQ(Units::duration(3723), QStringLiteral("1:02:03"));
    EXPECT_EQ(Units::pace(2700, 8000, DistanceUnit::Kilometres), QStringLiteral("5:38 /km"));
    EXPECT_EQ(Units::pace(2700, 8000, DistanceUnit::Miles), QStringLiteral("9:03 /mi"));
    EXPECT_EQ(Units::pace(2700, 0, DistanceUnit::Kilometres), QString());
    EXPECT_DOUBLE_EQ(Units::toMetres(1, DistanceUnit::Miles), 1609.344);
    EXPECT_EQ(Units::fromSetting(QStringLiteral("mi")), DistanceUnit::Miles);
    EXPECT_EQ(Units::fromSetting(QStringLiteral("km")), DistanceUnit::Kilometres);

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(Units::distance(8012.4, DistanceUnit::Kilometres), QStringLiteral("8,0 km"));
    QLocale::setDefault(QLocale::c());
}

} // namespace
} // namespace backstride
