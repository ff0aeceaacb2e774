#include "WindowPage.h"

#include <QLayout>
#include <QWidget>

namespace backstride {

WindowPage::WindowPage(Description description, QObject* parent)
    : QObject(parent)
    , m_description(std::move(description))
{
    setObjectName(m_description.name + QLatin1String("Page"));
}

QString WindowPage::goTitle() const
{
    return m_description.goTitle.isEmpty() ? m_description.title : m_description.goTitle;
}

QWidget* WindowPage::content()
{
    if (!m_content && m_holder) {
        m_content = m_description.build(m_holder);
        if (m_content && m_content != m_holder)
            m_holder->layout()->addWidget(m_content);
    }
    return m_content;
}

Status WindowPage::journalChanged(bool shown)
{
    m_stale = true;
    if (!shown && (m_description.lazy || !isBuilt()))
        return {};
    return this->shown();
}

Status WindowPage::shown()
{
    if (!m_stale)
        return {};
    m_stale = false;
    QWidget* page = content();
    if (!page || !m_description.reload)
        return {};
    return m_description.reload(page);
}

} // namespace backstride
