#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QTranslator>

#include <algorithm>

namespace backstride::Translations {

QStringList install(const QLocale& locale)
{
    static QList<QTranslator*> installed;
    for (QTranslator* translator : std::as_const(installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed.clear();
    // The texts are written in English: an English (or C) locale needs their plural forms only,
    // and a headless command does not probe the translation folders for them.
    const QStringList languages = locale.uiLanguages();
    const bool english = std::all_of(languages.cbegin(), languages.cend(), [](const QString& language) {
        return language == QLatin1String("C") || language.startsWith(QLatin1String("en"));
    });
    if (english) {
        // Only the plural forms of texts with a count ("1 run", "2 runs"), from one known file:
        // nothing in the translation folders is looked at.
        auto* plurals = new QTranslator;
        if (plurals->load(QStringLiteral(":/i18n/backstride_en.qm")) && QCoreApplication::installTranslator(plurals)) {
            installed.append(plurals);
            return {};
        }
        delete plurals;
        return {};
    }

    // Backstride's own are compiled in (translations/*.ts → :/i18n); Qt's come with Debian's
    // qt6-translations-l10n, and are simply absent without it.
    const QList<std::pair<QString, QString>> sources = {
        {QStringLiteral("backstride"), QStringLiteral(":/i18n")},
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
    };
    QStringList loaded;
    for (const auto& [name, folder] : sources) {
        auto* translator = new QTranslator;
        if (translator->load(locale, name, QStringLiteral("_"), folder)
            && QCoreApplication::installTranslator(translator)) {
            installed.append(translator);
            loaded.append(translator->filePath());
        } else {
            delete translator;
        }
    }
    return loaded;
}

} // namespace backstride::Translations
