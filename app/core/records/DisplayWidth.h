// How wide text shows in a fixed-width grid (a terminal, a spreadsheet column): East Asian wide and
// full-width characters take two cells, everything else one.
#pragma once

#include <QString>

namespace sd {

bool isWideCharacter(char32_t codePoint);
int displayWidth(QStringView text);

} // namespace sd
