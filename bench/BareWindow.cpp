// The reference for the start-up and memory benchmarks: the least a Qt Widgets journal window
// could be — a main window with a menu and an empty table (and, with --chart, one Qt Charts line
// chart) — shown, painted once, and closed.
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

#include <chrono>
#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    auto* splitter = new QSplitter(&window);
    new QTableView(splitter);
    if (app.arguments().contains(QStringLiteral("--chart"))) {
        auto* series = new QLineSeries;
        for (int i = 0; i < 500; ++i)
            series->append(i, i % 17);
        auto* chart = new QChart;
        chart->addSeries(series);
        chart->createDefaultAxes();
        new QChartView(chart, splitter);
    }
    window.setCentralWidget(splitter);
    window.resize(1360, 820);
    window.show();
    QTimer::singleShot(0, &window, [&window] {
        window.repaint();
        // As `backstride --exit-after-first-paint` prints it, for bench/startup.sh.
        const auto now = std::chrono::system_clock::now().time_since_epoch();
        std::printf("first paint at %lld\n",
            static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
        QApplication::quit();
    });
    return QApplication::exec();
}
