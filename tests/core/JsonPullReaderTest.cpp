#include "JsonPullReader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace backstride {
namespace {

// A reader over bytes; the buffer lives as long as the test's fixture object.
struct Input
{
    explicit Input(QByteArray bytes) : data(std::move(bytes))
    {
        buffer.setBuffer(&data);
        buffer.open(QIODevice::ReadOnly);
    }
    QByteArray data;
    QBuffer buffer;
};

TEST(JsonPullReader, walksObjectsAndListsAndReadsValuesWhole)
{
    Input input(R"( {"a": 1, "list": [ {"x": "}],\"["}, [2, 3], null, -1.5e2 ], "b": {"c": true}, "s": "t"} )");
    JsonPullReader json(input.buffer);
    ASSERT_TRUE(json.enterObject());
    EXPECT_EQ(json.nextKey(), QStringLiteral("a"));
    EXPECT_EQ(json.readValue().toInt(), 1);
    EXPECT_EQ(json.nextKey(), QStringLiteral("list"));
    ASSERT_TRUE(json.enterArray());
    ASSERT_TRUE(json.nextElement());
    // Brackets and escaped quotes inside a string do not end the value.
    EXPECT_EQ(json.readValue().toObject().value(QLatin1String("x")).toString(), QStringLiteral("}],\"["));
    ASSERT_TRUE(json.nextElement());
    EXPECT_EQ(json.readValue().toArray().size(), 2);
    ASSERT_TRUE(json.nextElement());
    EXPECT_TRUE(json.readValue().isNull());
    ASSERT_TRUE(json.nextElement());
    EXPECT_DOUBLE_EQ(json.readValue().toDouble(), -150);
    EXPECT_FALSE(json.nextElement());
    EXPECT_EQ(json.nextKey(), QStringLiteral("b"));
    json.skipValue();
    EXPECT_EQ(json.nextKey(), QStringLiteral("s"));
    EXPECT_EQ(json.readValue().toString(), QStringLiteral("t"));
    EXPECT_EQ(json.nextKey(), std::nullopt);
    json.expectEnd();
    EXPECT_FALSE(json.failed()) << json.error().toStdString();
}

TEST(JsonPullReader, readsAValueAcrossTheReadBuffersEdge)
{
    // A value of 3 MB straddles the 1 MB pieces the device is read in.
    const QByteArray text(3 * 1024 * 1024, 'x');
    Input input("[\"" + text + "\", 7]");
    JsonPullReader json(input.buffer);
    ASSERT_TRUE(json.enterArray());
    ASSERT_TRUE(json.nextElement());
    EXPECT_EQ(json.readValue().toString().size(), text.size());
    ASSERT_TRUE(json.nextElement());
    EXPECT_EQ(json.readValue().toInt(), 7);
    EXPECT_FALSE(json.nextElement());
    EXPECT_FALSE(json.failed());
}

TEST(JsonPullReader, seeksBackToAList)
{
    Input input(R"({"first": [1, 2], "second": [3]})");
    JsonPullReader json(input.buffer);
    json.enterObject();
    json.nextKey();
    const qint64 first = json.offset();
    json.skipValue();
    EXPECT_EQ(json.nextKey(), QStringLiteral("second"));
    ASSERT_TRUE(json.seek(first));
    ASSERT_TRUE(json.enterArray());
    int sum = 0;
    while (json.nextElement())
        sum += json.readValue().toInt();
    EXPECT_EQ(sum, 3);
}

TEST(JsonPullReader, saysWhatIsWrongAndWhere)
{
    struct Case
    {
        QByteArray bytes;
        const char* error;
    };
    const Case cases[] = {
        {"{\"a\": 1\n \"b\": 2}", "line 2, column 2: “,” or “}” was expected, not “\"”"},
        {"{\"a\" 1}", "line 1, column 6: “:” was expected after the name “a”"},
        {"{1: 2}", "line 1, column 2: a name in double quotes was expected"},
        {"{\"a\": [1, 2}", "line 1, column 13: "}, // QJsonDocument's words from here on
        {"{\"a\": \"open", "line 1, column 7: the file ends inside the value that begins here"},
        {"{\"a\": 1} x", "line 1, column 10: something follows the end of the document"},
        {"{\"a\": tru}", "line 1, column 8: "},
        {"{\"a\": {\"b\": ]}}", "line 1, column 14: "},
        {"{\"a\": 1", "line 1, column 8: the file ends before the closing “}”"},
    };
    for (const Case& c : cases) {
        Input input(c.bytes);
        JsonPullReader json(input.buffer);
        json.enterObject();
        while (json.nextKey())
            json.readValue();
        json.expectEnd();
        ASSERT_TRUE(json.failed()) << c.bytes.constData();
        EXPECT_TRUE(json.error().startsWith(QString::fromUtf8(c.error)))
            << c.bytes.constData() << "\n expected: " << c.error << "\n got: " << json.error().toStdString();
    }
}

TEST(JsonPullReader, refusesOneValueLargerThanItsLimitWithoutReadingItAll)
{
    Input input("[{\"notes\": \"" + QByteArray(2 * 1024 * 1024, 'n') + "\"}]");
    JsonPullReader json(input.buffer, 1024 * 1024);
    json.enterArray();
    json.nextElement();
    json.readValue();
    ASSERT_TRUE(json.failed());
    EXPECT_EQ(json.error(),
        QStringLiteral("line 1, column 2: one value of more than 1 MB: more than an entry of this file can be"));
}

} // namespace
} // namespace backstride
