#include "ReportPages.h"

#include <QCoreApplication>

namespace backstride::ReportPages {
namespace {

// In the report's translation context (ReportWriter.cpp's texts).
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};

} // namespace

void Pages::drawFooter()
{
    if (!m_draw)
        return;
    m_painter.setFont(font(7.5));
    m_painter.setPen(QColor(0x44, 0x44, 0x44));
    const QRectF footer(left(), m_content.bottom() + 8, width(), 12);
    m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    m_painter.drawText(
        footer, Qt::AlignRight | Qt::AlignVCenter, ReportText::tr("page %1 of %2").arg(m_page).arg(m_total));
}

} // namespace backstride::ReportPages
