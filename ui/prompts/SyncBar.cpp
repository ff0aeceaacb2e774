#include "SyncBar.h"

#include "Announce.h"
#include "MessageBox.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace backstride {

SyncBar::SyncBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("syncBar"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("syncBarText"));
    layout->addWidget(m_label, 1);
    auto* import = new QPushButton(tr("&Import"), this);
    import->setObjectName(QStringLiteral("syncImportButton"));
    auto* show = new QPushButton(tr("&Show"), this);
    show->setObjectName(QStringLiteral("syncShowButton"));
    auto* later = new QPushButton(tr("Not now"), this);
    later->setObjectName(QStringLiteral("syncLaterButton"));
    for (QPushButton* button : {import, show, later})
        layout->addWidget(button);
    hide();
    connect(import, &QPushButton::clicked, this, &SyncBar::importRequested);
    connect(show, &QPushButton::clicked, this, [this] {
        QStringList names;
        for (const QString& file : std::as_const(m_files))
            names.append(QStringLiteral("• ") + QDir::toNativeSeparators(file));
        MessageBox::about(this, tr("New runs"), names.join(u'\n'));
    });
    connect(later, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT declined();
    });
}

void SyncBar::offer(const QString& text, const QStringList& files)
{
    const bool appeared = isHidden() || m_label->text() != text;
    m_label->setText(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
    m_label->setAccessibleName(text);
    m_files = files;
    show();
    if (appeared)
        Announce::alert(m_label);
}

void SyncBar::withdraw()
{
    m_files.clear();
    hide();
}

QString SyncBar::text() const
{
    return m_label->accessibleName();
}

} // namespace backstride
