using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Sakip.Measurement.Cli.Rendering;

/// <summary>
/// Lays a <see cref="ReportDocument"/> out as one CSV (RFC 4180, comma-separated, UTF-8) in long
/// form: one line per cell — unit, year, section, heading, row, column, the text as shown, the
/// exact value when the cell is a number (invariant notation, unrounded) and the numbers of its
/// findings — then one line per field of each finding, then the summary. Every table of every
/// report fits one sheet and filters by section; layout only.
/// </summary>
internal static class CsvRenderer
{
    private static readonly string[] Header = ["unit", "tahun", "bagian", "judul", "baris", "kolom", "teks", "nilai", "temuan"];

    public static void Write(TextWriter output, ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        Line(output, Header);
        foreach (var unit in document.Units)
        {
            string year = unit.Year.ToString();
            foreach (var section in unit.Sections.Where(s => s.Table is not null))
            {
                Table(output, unit.Unit, year, section.Kind, section.Heading, section.Table!);
            }
            foreach (var entry in unit.Findings)
            {
                var finding = entry.Finding;
                string number = entry.Number.ToString(CultureInfo.InvariantCulture);
                (string Column, string Text)[] fields =
                [
                    ("tingkat", CellText.Severity(finding.Severity)),
                    ("jenis", finding.Kind.ToString()),
                    ("angka", finding.Figure?.ToString() ?? string.Empty),
                    ("lokasi", CellText.Places(finding)),
                    ("tercetak", finding.Printed),
                    ("hitungan", finding.Computed ?? string.Empty),
                    ("aturan", finding.Rule),
                    ("kebijakan lain", finding.AlternativePolicy ?? string.Empty),
                    ("penjelasan", finding.Explanation),
                ];
                foreach (var (column, text) in fields)
                {
                    Line(output, [unit.Unit, year, "temuan", "Temuan pemeriksaan angka tercetak", number, column, text, string.Empty, number]);
                }
            }
        }
        if (document.Summary is { } summary)
        {
            Table(output, string.Empty, string.Empty, "ringkasan", document.Title, summary);
        }
    }

    private static void Table(TextWriter output, string unit, string year, string kind, string heading, ReportTable table)
    {
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            for (int c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                Line(output,
                [
                    unit, year, kind, heading, (r + 1).ToString(CultureInfo.InvariantCulture), table.Columns[c].Header, cell.Text,
                    (cell.Value is decimal value ? CellText.Normal(value).ToString(CultureInfo.InvariantCulture) : null) ?? string.Empty,
                    string.Join(' ', cell.FindingsOrEmpty.Select(f => f.Number.ToString(CultureInfo.InvariantCulture))),
                ]);
            }
        }
    }

    private static void Line(TextWriter output, IEnumerable<string> fields) =>
        output.Write(string.Join(',', fields.Select(Quote)) + "\r\n");

    // RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
