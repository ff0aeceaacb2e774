#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace backstride {

// Help > About: the version, the licence, where this journal and its backups are kept (with a
// button that opens the folder in the file manager), and the plain promise that the journal
// never leaves the machine.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // journalPath is "" for the demo journal, which lives in memory only.
    explicit AboutDialog(const QString& journalPath, QWidget* parent = nullptr);

    QPushButton* openFolderButton() const { return m_openFolder; }

private:
    QPushButton* m_openFolder = nullptr;
};

} // namespace backstride
