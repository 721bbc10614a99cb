// A window on a new database of its own, and the steps that the desk's tests begin with.
#pragma once

#include <QString>
#include <QTemporaryDir>

#include "gui/MainWindow.h"
#include "gui/desk/DeskWidget.h"

class QTableView;

struct DeskFixture
{
    // Settings from no earlier test; a new database "desk.sqlite" in a folder of its own.
    DeskFixture();

    sd::DeskWidget& desk();
    // Triggers the window's action ACTION_NAME, which must be enabled.
    void trigger(const char* actionName);
    QTableView* view(const char* name);
    QString cell(const char* viewName, int row, int column);
    // Shows the page of type PAGE, as Ctrl+1 … does.
    template <typename Page> Page* showPage()
    {
        Page* page = desk().page<Page>();
        desk().showPage(page);
        return page;
    }
    // Adds the seminar "Team Kitakyushu Seminar" through its form, after a first Save that the
    // form refuses (the end before the start).
    void createSeminar();
    // Makes the window the active one, so that the keyboard focus is real (Tab, the seminar list).
    void activate();

    QTemporaryDir folder;
    sd::MainWindow window;
};
