// The floor for export-xlsx: libxlsxwriter alone, in constant-memory mode, writing the same cells
// from a plain loop over a tab-separated file (export-csv --delimiter tab of the same rows): the
// header in bold, "YYYY-MM-DD HH:MM" as date-times, everything else as text.
// Usage: xlsx-reference IN.tsv OUT.xlsx
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <xlsxwriter.h>

namespace {

bool isTime(const std::string& field, lxw_datetime& time)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0;
    if (field.size() != 16
        || std::sscanf(field.c_str(), "%4d-%2d-%2d %2d:%2d", &year, &month, &day, &hour, &minute) != 5)
        return false;
    time = {year, month, day, hour, minute, 0.0};
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: xlsx-reference IN.tsv OUT.xlsx\n");
        return 2;
    }
    std::ifstream in(argv[1]);
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* workbook = workbook_new_opt(argv[2], &options);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* text = workbook_add_format(workbook);
    format_set_num_format(text, "@");
    lxw_format* dateTime = workbook_add_format(workbook);
    format_set_num_format_index(dateTime, 22);

    std::string line;
    std::string field;
    lxw_row_t row = 0;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        lxw_col_t column = 0;
        std::size_t start = 0;
        for (;;) {
            const std::size_t tab = line.find('\t', start);
            field.assign(line, start, tab == std::string::npos ? std::string::npos : tab - start);
            lxw_datetime time;
            if (row == 0)
                worksheet_write_string(sheet, row, column, field.c_str(), bold);
            else if (isTime(field, time))
                worksheet_write_datetime(sheet, row, column, &time, dateTime);
            else if (!field.empty())
                worksheet_write_string(sheet, row, column, field.c_str(), text);
            if (tab == std::string::npos)
                break;
            start = tab + 1;
            ++column;
        }
        ++row;
    }
    return workbook_close(workbook) == LXW_NO_ERROR ? 0 : 1;
}
