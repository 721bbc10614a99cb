// The preview pane of the dialogs that print (badges, flyer, booth sheet): a QPrintPreviewWidget
// filling its area, drawing on a PDF printer without margins, so that it needs no real printer and
// measures as the PDF does.
#pragma once

class QPrinter;
class QPrintPreviewWidget;
class QWidget;

namespace sd {

class PrintPreview
{
public:
    // Makes PRINTER a PDF printer of full pages and puts a preview of what it draws into AREA,
    // fitted into view; the preview is named "preview" for tests.
    static QPrintPreviewWidget* install(QPrinter& printer, QWidget* area);
};

} // namespace sd
