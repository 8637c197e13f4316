using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Sakip.Measurement.Cli.Rendering;

/// <summary>
/// Lays a <see cref="ReportDocument"/> out as Markdown: a heading per report and section, the
/// notes as a list, the tables as pipe tables (numbers right-aligned, total rows in bold), a
/// cell's findings as their numbers (<c>[temuan 3]</c>), and the numbered findings at the end.
/// Charts are left to the HTML format. Layout only.
/// </summary>
internal static class MarkdownRenderer
{
    public static void Write(TextWriter output, ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        for (int i = 0; i < document.Units.Count; i++)
        {
            if (i > 0)
            {
                output.WriteLine();
            }
            WriteUnit(output, document.Units[i]);
        }
        if (document.Summary is { } summary)
        {
            output.WriteLine();
            output.WriteLine($"# {document.Title}");
            output.WriteLine();
            WriteTable(output, summary);
        }
    }

    private static void WriteUnit(TextWriter output, UnitDocument unit)
    {
        output.WriteLine($"# {Escape(unit.Title)}");
        foreach (var section in unit.Sections.Where(s => s.Table is not null))
        {
            output.WriteLine();
            output.WriteLine($"## {Escape(section.Heading)}");
            output.WriteLine();
            foreach (string note in section.Notes)
            {
                output.WriteLine($"- {Escape(note)}");
            }
            output.WriteLine();
            WriteTable(output, section.Table!);
        }
        if (!unit.HasReview)
        {
            return;
        }
        output.WriteLine();
        output.WriteLine($"## Temuan pemeriksaan angka tercetak ({unit.Findings.Count})");
        output.WriteLine();
        output.WriteLine(unit.Checked);
        if (unit.Findings.Count > 0)
        {
            output.WriteLine();
        }
        foreach (var entry in unit.Findings)
        {
            output.WriteLine($"{entry.Number}. **{CellText.Severity(entry.Finding.Severity)}** — {Escape(CellText.Places(entry.Finding))}: {Escape(entry.Finding.Explanation)}");
        }
    }

    private static void WriteTable(TextWriter output, ReportTable table)
    {
        WriteRow(output, table.Columns.Select(c => Escape(c.Header)));
        WriteRow(output, table.Columns.Select(c => c.Numeric ? "---:" : "---"));
        foreach (var row in table.Rows)
        {
            WriteRow(output, row.Cells.Select(cell => Cell(cell, row.IsTotal)));
        }
    }

    private static string Cell(ReportCell cell, bool bold)
    {
        string text = Escape(cell.Text);
        if (bold && text.Length > 0)
        {
            text = $"**{text}**";
        }
        var findings = cell.FindingsOrEmpty;
        return findings.Count == 0 ? text : $"{text} [temuan {string.Join(", ", findings.Select(f => f.Number))}]";
    }

    private static void WriteRow(TextWriter output, IEnumerable<string> cells) =>
        output.WriteLine("| " + string.Join(" | ", cells) + " |");

    private static string Escape(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
