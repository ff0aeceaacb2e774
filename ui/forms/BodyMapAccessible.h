#pragma once

#include <QAccessibleWidget>

namespace backstride {

class BodyMapWidget;

// What a screen reader gets of the body map (Orca reads it over AT-SPI): a group whose 22
// children are the sites, each a check box named for the site and its view ("back of left thigh,
// back view"), checked when chosen, with a toggle action, focused as the keyboard moves. In the
// heat map each site is a read-only item named with its count. The sites have no widgets of their
// own, so their interfaces are made here and cached for as long as the map lives.
class BodyMapAccessible : public QAccessibleWidget
{
public:
    explicit BodyMapAccessible(BodyMapWidget* map);
    ~BodyMapAccessible() override;

    // Registers the factory that gives every BodyMapWidget this interface (once per process).
    static void install();
    // Events for the screen reader: the keyboard moved to a site; a site was chosen or un-chosen.
    static void focusMoved(BodyMapWidget* map, int index);
    static void siteToggled(BodyMapWidget* map, int index);

    QAccessible::Role role() const override;
    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QAccessibleInterface* focusChild() const override;
    QString text(QAccessible::Text t) const override;

    BodyMapWidget* map() const;

private:
    mutable QList<QAccessible::Id> m_sites; // one per site, made when first asked for
};

} // namespace backstride
