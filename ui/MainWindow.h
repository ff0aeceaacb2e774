#pragma once

#include "Result.h"

#include <QMainWindow>

class QLabel;
class QTableView;

namespace backstride {

class JournalDayModel;
class JournalRepository;

// The journal window: for now the journal's days, newest first. Entry forms, charts and the
// insights panel arrive as pages of their own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(JournalRepository& repository, const QString& journalName, QWidget* parent = nullptr);

    // Re-reads the journal; returns the error when it cannot be read.
    Status reload();
    JournalDayModel* dayModel() const { return m_model; }

    // The screens `--screenshot` renders, by file name, and a way to bring each to the front.
    QStringList screenNames() const;
    void showScreen(const QString& name);

private:
    void createMenus();

    JournalRepository& m_repository;
    JournalDayModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace backstride
