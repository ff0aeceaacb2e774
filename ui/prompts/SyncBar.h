#pragma once

#include <QFrame>

class QLabel;

namespace backstride {

// The bar at the top of the journal that says new runs have arrived — on a watch just plugged in
// or in a watched folder — and offers them: Import (one undo step), Show (which files), Not now
// (until something new arrives). Announced to screen readers when it appears.
class SyncBar : public QFrame
{
    Q_OBJECT

public:
    explicit SyncBar(QWidget* parent = nullptr);

    // "3 new runs on the Forerunner 935"; `files` are what Show lists.
    void offer(const QString& text, const QStringList& files);
    void withdraw();
    QString text() const;
    QStringList files() const { return m_files; }

Q_SIGNALS:
    void importRequested();
    void declined();

private:
    QLabel* m_label = nullptr;
    QStringList m_files;
};

} // namespace backstride
