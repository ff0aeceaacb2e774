#pragma once

#include <QLabel>
#include <QVarLengthArray>

#include <utility>

namespace backstride {

// A word-wrapped QLabel that lays its text out as seldom as it can. QLabel lays the whole text out
// anew, shaping every glyph, for each width a layout asks about, and three or four times more to
// guess its preferred and minimum sizes: with the insights panel's cards that was 40 % of the
// window's start-up (bench/README.md). This label remembers its height per width, prefers a
// width of about 40 characters (its preferred height is estimated from the text's length), and
// needs at least about 12 (Qt's minimum is the longest word, found by laying the text out at
// width 0). The heights are forgotten when the text, font or style changes.
class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(const QString& text = QString(), QWidget* parent = nullptr);

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    mutable QString m_measuredText;
    mutable QVarLengthArray<std::pair<int, int>, 8> m_heights; // width, height
};

} // namespace backstride
