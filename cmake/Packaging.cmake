# Install layout (GNUInstallDirs) and the Debian package (cpack -G DEB).
# `cmake --install build --prefix /usr` puts Backstride where a desktop finds it: the menu entry,
# the icons, the file types it opens, the AppStream description and the man page.
include(GNUInstallDirs)

set(BACKSTRIDE_APP_ID io.github.backstride.Backstride)
set(BACKSTRIDE_DESKTOP_DIR ${PROJECT_SOURCE_DIR}/resources/desktop)

install(TARGETS backstride RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The shared core and the window module are private to Backstride: not on the linker's path.
install(TARGETS core window_module charts_module notify_module LIBRARY DESTINATION ${BACKSTRIDE_PRIVATE_LIBRARY_DIR} NAMELINK_SKIP)
install(FILES ${BACKSTRIDE_DESKTOP_DIR}/${BACKSTRIDE_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${BACKSTRIDE_DESKTOP_DIR}/${BACKSTRIDE_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${BACKSTRIDE_DESKTOP_DIR}/backstride-mime.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME backstride.xml)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/backstride.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 24 32 48 64 128 256 512)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/backstride.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/docs/backstride.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# Debian keeps the licence under the package name, not the project name.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/backstride RENAME copyright)

set(CPACK_PACKAGE_NAME backstride)
set(CPACK_PACKAGE_VENDOR "Backstride")
set(CPACK_PACKAGE_CONTACT "Backstride developers <backstride@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Back-pain journal for runners")
set(CPACK_PACKAGE_DESCRIPTION
    "Backstride joins a running log with a back-pain diary. It records runs, desk hours, pain \
and self-care, flags the training patterns a physical therapist's guide links to low back \
pain, charts pain against mileage and sitting, and writes a summary for the therapist. \
Everything stays on the runner's own machine.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/backstride/backstride")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${BACKSTRIDE_PRIVATE_LIBRARY_BUILD_DIR})
# What is loaded at run time, dpkg-shlibdeps cannot see: the window needs a platform plugin
# (xcb/wayland), the import of a zip archive libzip, and of a GPX or TCX file expat. (The icon is
# PNG, so no SVG plugin.)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libzip4, libexpat1")
# Qt's own translations (standard buttons and dialogs) for the German user interface.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
include(CPack)
