#pragma once

#include <QMap>
#include <QPainterPath>
#include <QStringList>
#include <QWidget>

namespace backstride {

// The body seen from the front and from the back, with every pain site of the vocabulary drawn as
// a region. In Selecting mode a runner clicks (or tabs to and presses Space on) the places that
// hurt; in HeatMap mode each region is shaded by how often it hurt. Left and right are always the
// runner's own: on the front view the runner's left is on the viewer's right, on the back view
// it is on the viewer's left, and both views say so.
class BodyMapWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Selecting, HeatMap };

    explicit BodyMapWidget(QWidget* parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    QStringList selectedSites() const; // in vocabulary order
    void setSelectedSites(const QStringList& sites);
    void toggleSite(const QString& site);

    // HeatMap mode: each site's share from 0 to 1 and the text its tooltip shows.
    void setHeat(const QMap<QString, double>& share, const QMap<QString, QString>& tooltips);

    QString currentSite() const; // the site with keyboard focus
    // The site under a point in widget coordinates, or an empty string.
    QString siteAt(const QPointF& point) const;
    // Centre of a site's region in widget coordinates (for tests and tooltips).
    QPointF siteCentre(const QString& site) const;
    // The sites one by one, in tab order, for the accessible interface (BodyMapAccessible): the
    // stored word, the view it is drawn on, its name for a screen reader (with the view, and in
    // the heat map its count), and where it is in widget coordinates.
    int siteCount() const { return int(m_regions.size()); }
    QString siteWord(int index) const;
    bool isOnBackView(int index) const;
    QString spokenName(int index) const;
    QRect siteRect(int index) const;
    int currentIndex() const { return m_current; }
    bool isSelected(const QString& site) const { return m_selected.contains(site); }

    // The legend under the figures ("L and R are your own…") and where it is drawn, wrapped to
    // the widget's width.
    static QString legendText();
    QRect legendRect() const;
    // What the map says about the site the keyboard is on, drawn above the legend while it has
    // the focus ("left buttock, back view (Space chooses it)"), and where.
    QString shownCurrentSite() const;
    QRect currentSiteRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectionChanged(const QStringList& sites);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Region
    {
        QString site;
        bool back = false; // drawn on the back view
        QPainterPath path; // in figure coordinates
    };

    QTransform figureTransform(bool back) const;
    QPainterPath regionInWidget(const Region& region) const;
    void moveCurrent(int step);
    void moveTo(int index);
    // The site an arrow key leads to from the current one: dx, dy is the arrow's direction.
    int siteInDirection(int dx, int dy) const;
    void updateAccessibleDescription();

    QList<Region> m_regions; // in tab order
    QPainterPath m_outline; // the body, in figure coordinates
    Mode m_mode = Mode::Selecting;
    QStringList m_selected;
    QMap<QString, double> m_heat;
    QMap<QString, QString> m_heatTooltips;
    QString m_hovered;
    int m_current = 0;
};

} // namespace backstride
