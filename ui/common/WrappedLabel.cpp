#include "WrappedLabel.h"

#include <QEvent>

namespace backstride {

WrappedLabel::WrappedLabel(const QString& text, QWidget* parent) : QLabel(text, parent)
{
    setWordWrap(true);
}

int WrappedLabel::heightForWidth(int width) const
{
    if (text() != m_measuredText) {
        m_heights.clear();
        m_measuredText = text();
    }
    for (const auto& [measuredWidth, height] : m_heights) {
        if (measuredWidth == width)
            return height;
    }
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() == m_heights.capacity())
        m_heights.remove(0);
    m_heights.append({width, height});
    return height;
}

QSize WrappedLabel::sizeHint() const
{
    // A hint, not a layout: the height a layout gives the label comes from heightForWidth at the
    // width it really has. The lines are estimated from the text's length (markup included).
    constexpr int kPreferredCharacters = 40;
    const QFontMetrics metrics = fontMetrics();
    const int extraWidth = contentsMargins().left() + contentsMargins().right() + 2 * margin();
    const int extraHeight = contentsMargins().top() + contentsMargins().bottom() + 2 * margin();
    const int lines = int(text().size() / kPreferredCharacters) + 1;
    return {metrics.averageCharWidth() * kPreferredCharacters + extraWidth,
        metrics.lineSpacing() * lines + extraHeight};
}

QSize WrappedLabel::minimumSizeHint() const
{
    constexpr int kMinimumCharacters = 12;
    const QFontMetrics metrics = fontMetrics();
    const int extra = 2 * margin();
    return {metrics.averageCharWidth() * kMinimumCharacters + contentsMargins().left()
            + contentsMargins().right() + extra,
        metrics.lineSpacing() + contentsMargins().top() + contentsMargins().bottom() + extra};
}

void WrappedLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_heights.clear();
    QLabel::changeEvent(event);
}

} // namespace backstride
