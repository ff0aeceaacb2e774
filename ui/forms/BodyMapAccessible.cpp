#include "BodyMapAccessible.h"

#include "Announce.h"
#include "BodyMapWidget.h"

#include <QAccessibleActionInterface>
#include <QCoreApplication>

namespace backstride {
namespace {

// One site of the map: no QObject of its own, everything read from the map.
class SiteAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    SiteAccessible(BodyMapWidget* map, int index) : m_map(map), m_index(index) { }

    bool isValid() const override { return m_map && m_index < m_map->siteCount(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return m_map ? m_map->window()->windowHandle() : nullptr; }
    QAccessibleInterface* parent() const override { return QAccessible::queryAccessibleInterface(m_map); }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        switch (t) {
        case QAccessible::Name:
            return m_map->spokenName(m_index);
        case QAccessible::Description:
            return QCoreApplication::translate(
                "BodyMapWidget", "Left and right are your own. Space chooses or clears this site.");
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString&) override { }

    QRect rect() const override
    {
        if (!isValid())
            return {};
        const QRect local = m_map->siteRect(m_index);
        return QRect(m_map->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::Role role() const override
    {
        return selecting() ? QAccessible::CheckBox : QAccessible::StaticText;
    }

    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!isValid())
            return state;
        state.invisible = !m_map->isVisible();
        if (selecting()) {
            state.checkable = true;
            state.checked = m_map->isSelected(m_map->siteWord(m_index));
            state.focusable = true;
            state.focused = m_map->hasFocus() && m_map->currentIndex() == m_index;
        } else {
            state.readOnly = true;
        }
        return state;
    }

    void* interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface && selecting()
            ? static_cast<QAccessibleActionInterface*>(this)
            : nullptr;
    }

    QStringList actionNames() const override
    {
        return selecting() ? QStringList {toggleAction(), pressAction()} : QStringList();
    }
    void doAction(const QString& name) override
    {
        if (isValid() && selecting() && (name == toggleAction() || name == pressAction()))
            m_map->toggleSite(m_map->siteWord(m_index));
    }
    QStringList keyBindingsForAction(const QString& name) const override
    {
        return name == toggleAction() ? QStringList {QStringLiteral("Space")} : QStringList();
    }

private:
    bool selecting() const { return m_map && m_map->mode() == BodyMapWidget::Mode::Selecting; }

    QPointer<BodyMapWidget> m_map;
    int m_index;
};

QAccessibleInterface* factory(const QString& className, QObject* object)
{
    if (className == QLatin1String("backstride::BodyMapWidget") && object && object->isWidgetType())
        return new BodyMapAccessible(static_cast<BodyMapWidget*>(object));
    return nullptr;
}

} // namespace

BodyMapAccessible::BodyMapAccessible(BodyMapWidget* map) : QAccessibleWidget(map, QAccessible::Grouping) { }

BodyMapAccessible::~BodyMapAccessible()
{
    for (QAccessible::Id id : std::as_const(m_sites)) {
        if (id != 0)
            QAccessible::deleteAccessibleInterface(id);
    }
}

void BodyMapAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(&factory);
        return true;
    }();
    Q_UNUSED(installed);
}

BodyMapWidget* BodyMapAccessible::map() const
{
    return static_cast<BodyMapWidget*>(widget());
}

QAccessible::Role BodyMapAccessible::role() const
{
    return QAccessible::Grouping;
}

int BodyMapAccessible::childCount() const
{
    return map()->siteCount();
}

QAccessibleInterface* BodyMapAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (m_sites.size() < childCount())
        m_sites.resize(childCount(), 0);
    if (m_sites.at(index) == 0)
        m_sites[index] = QAccessible::registerAccessibleInterface(new SiteAccessible(map(), index));
    return QAccessible::accessibleInterface(m_sites.at(index));
}

int BodyMapAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    for (int i = 0; i < m_sites.size(); ++i) {
        if (m_sites.at(i) != 0 && QAccessible::accessibleInterface(m_sites.at(i)) == child)
            return i;
    }
    return -1;
}

QAccessibleInterface* BodyMapAccessible::childAt(int x, int y) const
{
    const QString site = map()->siteAt(map()->mapFromGlobal(QPoint(x, y)));
    for (int i = 0; i < childCount(); ++i) {
        if (map()->siteWord(i) == site)
            return child(i);
    }
    return nullptr;
}

QAccessibleInterface* BodyMapAccessible::focusChild() const
{
    return map()->hasFocus() ? child(map()->currentIndex()) : nullptr;
}

QString BodyMapAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Description && map()->mode() == BodyMapWidget::Mode::Selecting)
        return QCoreApplication::translate("BodyMapWidget",
                   "%1 body sites, on the back view and on the front view; left and right are your own. ")
                   .arg(childCount())
            + QAccessibleWidget::text(t);
    return QAccessibleWidget::text(t);
}

void BodyMapAccessible::focusMoved(BodyMapWidget* map, int index)
{
    if (!Announce::anyoneListening() || !map->hasFocus())
        return;
    QAccessibleEvent event(map, QAccessible::Focus);
    event.setChild(index);
    Announce::send(event);
}

void BodyMapAccessible::siteToggled(BodyMapWidget* map, int index)
{
    if (!Announce::anyoneListening())
        return;
    QAccessible::State changed;
    changed.checked = true;
    QAccessibleStateChangeEvent event(map, changed);
    event.setChild(index);
    Announce::send(event);
}

} // namespace backstride
