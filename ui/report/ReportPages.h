#pragma once

// The report's page layout: text, headings, boxes, tables whose rows never split, and widgets
// drawn as vectors, flowing over pages with a footer. ReportWriter.cpp says what goes on them.
#include <QFont>
#include <QList>
#include <QPagedPaintDevice>
#include <QPainter>

#include <QMap>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <algorithm>
#include <functional>

namespace backstride::ReportPages {

constexpr double kMargin = 48; // points: the report is laid out at 72 dots per inch
constexpr double kGap = 6;

inline QFont font(double points, bool bold = false, bool italic = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

struct Column
{
    QString title;
    double share; // of the content width
    Qt::Alignment align = Qt::AlignLeft;
};

// A flowing layout over pages. Run twice: once to count the pages (nothing drawn), then to draw
// with "page N of M" known, and the page each marked section begins on (for "page 3" in the
// first page's summary, whose lines must not depend on it: a number in a table cell of its own).
class Pages
{
public:
    Pages(QPainter& painter, QPagedPaintDevice* device, bool draw, int total, QString footer,
        QMap<QString, int> counted = {})
        : m_painter(painter), m_device(device), m_draw(draw), m_total(total), m_footer(std::move(footer)),
          m_counted(std::move(counted))
    {
        const QRectF page(0, 0, device->width(), device->height());
        m_content = page.adjusted(kMargin, kMargin, -kMargin, -kMargin - 18);
        m_y = m_content.top();
    }

    int pages() const { return m_page; }
    // Where the layout is now is where `section` begins; the first pass's pages of every section,
    // and the page of one of them (0 while counting, or when the report leaves it out).
    void mark(const QString& section) { m_marks.insert(section, m_page); }
    const QMap<QString, int>& marks() const { return m_marks; }
    int pageOf(const QString& section) const { return m_counted.value(section); }
    double width() const { return m_content.width(); }
    double left() const { return m_content.left(); }
    double room() const { return m_content.bottom() - m_y; }

    void newPage()
    {
        drawFooter();
        if (m_draw)
            m_device->newPage();
        ++m_page;
        m_y = m_content.top();
    }
    void ensure(double height)
    {
        if (m_y + height > m_content.bottom() && m_y > m_content.top())
            newPage();
    }
    void space(double points) { m_y += points; }
    // The next `height` points, full width, drawn by `draw` (when drawing), kept on one page.
    void block(double height, const std::function<void(QPainter&, const QRectF&)>& draw)
    {
        ensure(height);
        if (m_draw)
            draw(m_painter, QRectF(left(), m_y, width(), height));
        m_y += height;
    }

    double measure(const QString& text, const QFont& f, double width, int flags = Qt::TextWordWrap)
    {
        m_painter.setFont(f);
        return m_painter.boundingRect(QRectF(0, 0, width, 100000), flags, text).height();
    }

    // One line's width on the page (the screen's font metrics would be the screen's, not the page's).
    double textWidth(const QString& text, const QFont& f)
    {
        m_painter.setFont(f);
        return m_painter.boundingRect(QRectF(0, 0, 100000, 1000), Qt::AlignLeft | Qt::AlignTop, text).width();
    }

    // A paragraph; split across pages only if it is taller than a page (it never is in practice).
    void text(const QString& text, const QFont& f, const QColor& colour = Qt::black, double indent = 0)
    {
        const double height = measure(text, f, width() - indent);
        ensure(height);
        if (m_draw) {
            m_painter.setFont(f);
            m_painter.setPen(colour);
            m_painter.drawText(
                QRectF(left() + indent, m_y, width() - indent, height), Qt::TextWordWrap, text);
        }
        m_y += height + 2;
    }

    // A section's heading; with `section`, marks where it begins (see mark).
    void heading(const QString& text, const QString& section = {})
    {
        ensure(60); // a heading never ends a page
        if (!section.isEmpty())
            mark(section);
        space(kGap);
        this->text(text, font(13, true));
        if (m_draw) {
            m_painter.setPen(QPen(Qt::black, 0.8));
            m_painter.drawLine(QPointF(left(), m_y), QPointF(left() + width(), m_y));
        }
        space(kGap);
    }

    void boxed(const QStringList& lines, const QFont& f)
    {
        double height = 8;
        for (const QString& line : lines)
            height += measure(line, f, width() - 16) + 2;
        ensure(height + 4);
        if (m_draw) {
            m_painter.setPen(QPen(Qt::black, 1.6));
            m_painter.setBrush(QColor(0xee, 0xee, 0xee));
            m_painter.drawRect(QRectF(left(), m_y, width(), height));
            m_painter.setBrush(Qt::NoBrush);
        }
        double y = m_y + 4;
        for (const QString& line : lines) {
            const double h = measure(line, f, width() - 16);
            if (m_draw) {
                m_painter.setFont(f);
                m_painter.setPen(Qt::black);
                m_painter.drawText(QRectF(left() + 8, y, width() - 16, h), Qt::TextWordWrap, line);
            }
            y += h + 2;
        }
        m_y += height + kGap;
    }

    // `count` cells, `perRow` to a row, each `height` tall, drawn by `draw` (when drawing): rows
    // are never split across pages.
    void grid(int count, int perRow, double height, const std::function<void(QPainter&, const QRectF&, int)>& draw)
    {
        const double cellWidth = width() / perRow;
        for (int first = 0; first < count; first += perRow) {
            ensure(height);
            for (int i = first; i < std::min(count, first + perRow); ++i) {
                if (m_draw)
                    draw(m_painter, QRectF(left() + (i - first) * cellWidth, m_y, cellWidth, height), i);
            }
            m_y += height;
        }
        space(kGap);
    }

    void table(const QList<Column>& columns, const QList<QStringList>& rows)
    {
        const QFont body = font(8.5);
        const QFont head = font(8.5, true);
        auto heightOf = [&](const QStringList& cells, const QFont& f) {
            double height = 0;
            for (int c = 0; c < columns.size(); ++c)
                height = std::max(height, measure(cells.value(c), f, columns.at(c).share * width() - 6));
            return height + 5;
        };
        QStringList titles;
        for (const Column& column : columns)
            titles.append(column.title);
        const double headHeight = heightOf(titles, head);
        auto drawRow = [&](const QStringList& cells, const QFont& f, double height, bool header, int index) {
            if (!m_draw)
                return;
            if (header || index % 2 == 1) {
                m_painter.fillRect(QRectF(left(), m_y, width(), height),
                    header ? QColor(0xd9, 0xd9, 0xd9) : QColor(0xf3, 0xf3, 0xf3));
            }
            double x = left();
            m_painter.setFont(f);
            m_painter.setPen(Qt::black);
            for (int c = 0; c < columns.size(); ++c) {
                const double w = columns.at(c).share * width();
                m_painter.drawText(QRectF(x + 3, m_y + 2.5, w - 6, height - 5),
                    int(columns.at(c).align) | Qt::TextWordWrap | Qt::AlignTop, cells.value(c));
                x += w;
            }
            m_painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.4));
            m_painter.drawLine(QPointF(left(), m_y + height), QPointF(left() + width(), m_y + height));
        };
        ensure(headHeight + heightOf(rows.value(0), body));
        drawRow(titles, head, headHeight, true, 0);
        m_y += headHeight;
        for (int r = 0; r < rows.size(); ++r) {
            const double height = heightOf(rows.at(r), body);
            if (m_y + height > m_content.bottom()) { // the row moves whole to the next page
                newPage();
                drawRow(titles, head, headHeight, true, 0);
                m_y += headHeight;
            }
            drawRow(rows.at(r), body, height, false, r);
            m_y += height;
        }
        space(kGap * 2);
    }

    // A widget drawn as vectors into the next `height` points, full width.
    void widget(QWidget* widget, double height)
    {
        ensure(height);
        if (m_draw) {
            widget->resize(int(width() * 2), int(height * 2)); // laid out at twice the size, drawn at half
            m_painter.save();
            m_painter.translate(left(), m_y);
            m_painter.scale(0.5, 0.5);
            widget->render(&m_painter, QPoint(), QRegion(), QWidget::DrawChildren);
            m_painter.restore();
        }
        m_y += height + kGap;
    }

    void finish() { drawFooter(); }

private:
    void drawFooter();

    QPainter& m_painter;
    QPagedPaintDevice* m_device;
    bool m_draw;
    int m_total;
    QString m_footer;
    QMap<QString, int> m_counted;
    QMap<QString, int> m_marks;
    QRectF m_content;
    double m_y = 0;
    int m_page = 1;
};

} // namespace backstride::ReportPages
